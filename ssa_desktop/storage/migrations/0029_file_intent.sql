-- The overwrite journal (docs/reliability.md, „Überschreiben rückgängig“): a file she
-- chose, written as a disclosure, is recorded here in its own commit before it replaces
-- anything: its path and the hidden name its old file is kept aside under (NULL: there
-- was none). The disclosure's commit marks it done; the next unlock undoes a file whose
-- row was never done (a kill before the log's commit) and removes the kept file. Paths
-- only inside the vault: they can name a child. (IF NOT EXISTS: a test may set
-- user_version back and run the later migrations again.)
CREATE TABLE IF NOT EXISTS file_intent (
    id     INTEGER PRIMARY KEY,
    target TEXT NOT NULL,
    kept   TEXT,
    done   INTEGER NOT NULL DEFAULT 0
);
