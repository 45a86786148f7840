-- Issue 28: who wrote an entry. A contact or appointment the deputy entered (or an
-- appointment she marked) during a Vertretung comes back with the return and keeps the
-- mark "<deputy's name> (Vertretung)"; "" is the worker's own entry (docs/handover.md,
-- "The deputy's side and the return").
ALTER TABLE contact ADD COLUMN written_by TEXT NOT NULL DEFAULT '';
ALTER TABLE appointment ADD COLUMN written_by TEXT NOT NULL DEFAULT '';
