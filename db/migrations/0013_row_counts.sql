-- Madoguchi schema: the number of rows of the tables the window lists, kept by triggers, so
-- that a list's unfiltered row count is one read instead of a walk over a whole index (every
-- page of which is decrypted on the first query after a login: 700 pages for 100,000
-- consultations). Filtered counts still count. A sync of changesets must leave this table
-- out of its sessions: each device keeps its own counts through the same triggers.

CREATE TABLE row_counts (
    name TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO row_counts (name, n)
    SELECT 'residents', count(*) FROM residents UNION ALL
    SELECT 'consultations', count(*) FROM consultations UNION ALL
    SELECT 'accompaniments', count(*) FROM accompaniments UNION ALL
    SELECT 'sessions', count(*) FROM sessions;

CREATE TRIGGER residents_counted_in AFTER INSERT ON residents BEGIN
    UPDATE row_counts SET n = n + 1 WHERE name = 'residents';
END;
CREATE TRIGGER residents_counted_out AFTER DELETE ON residents BEGIN
    UPDATE row_counts SET n = n - 1 WHERE name = 'residents';
END;
CREATE TRIGGER consultations_counted_in AFTER INSERT ON consultations BEGIN
    UPDATE row_counts SET n = n + 1 WHERE name = 'consultations';
END;
CREATE TRIGGER consultations_counted_out AFTER DELETE ON consultations BEGIN
    UPDATE row_counts SET n = n - 1 WHERE name = 'consultations';
END;
CREATE TRIGGER accompaniments_counted_in AFTER INSERT ON accompaniments BEGIN
    UPDATE row_counts SET n = n + 1 WHERE name = 'accompaniments';
END;
CREATE TRIGGER accompaniments_counted_out AFTER DELETE ON accompaniments BEGIN
    UPDATE row_counts SET n = n - 1 WHERE name = 'accompaniments';
END;
CREATE TRIGGER sessions_counted_in AFTER INSERT ON sessions BEGIN
    UPDATE row_counts SET n = n + 1 WHERE name = 'sessions';
END;
CREATE TRIGGER sessions_counted_out AFTER DELETE ON sessions BEGIN
    UPDATE row_counts SET n = n - 1 WHERE name = 'sessions';
END;
