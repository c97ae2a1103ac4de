-- What the desk needs to know of a person and of an accompaniment (round two):
-- residents' phone, date of birth, residence card number and its expiry (在留期間満了日,
-- for renewal reminders); who accompanied, whether an interpreter came, and the department.
ALTER TABLE residents ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE residents ADD COLUMN birth_date TEXT;            -- Japan local 'YYYY-MM-DD'
ALTER TABLE residents ADD COLUMN card_number TEXT NOT NULL DEFAULT '';  -- 在留カード番号
ALTER TABLE residents ADD COLUMN card_expiry TEXT;           -- 在留期間満了日 'YYYY-MM-DD'
CREATE INDEX residents_card_expiry ON residents (card_expiry) WHERE card_expiry IS NOT NULL;

ALTER TABLE accompaniments ADD COLUMN department TEXT NOT NULL DEFAULT '';   -- 診療科・課
ALTER TABLE accompaniments ADD COLUMN accompanied_by TEXT NOT NULL DEFAULT '';
ALTER TABLE accompaniments ADD COLUMN interpreter TEXT;      -- code list 'interpreter'
