-- Each user's role and state are signed with the administrators' key (app/roles.py), so a
-- role changed outside Madoguchi no longer verifies. NULL until an administrator's login
-- signs the rows.
ALTER TABLE users ADD COLUMN grant_sig TEXT;
