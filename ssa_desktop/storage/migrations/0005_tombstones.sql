-- Content-free list of deleted records (R12, docs/datenschutz.md "Sicherungen"): only the
-- random record id, its data category and the day of deletion. A restore re-applies
-- every deletion listed here before the vault opens. No names, no text, no hashes.

CREATE TABLE deletion_tombstone (
    record_id  TEXT PRIMARY KEY,
    category   TEXT NOT NULL,
    deleted_on TEXT NOT NULL
);
