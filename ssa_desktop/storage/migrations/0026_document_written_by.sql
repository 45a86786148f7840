-- Who added a document (docs/documents.md, "Vertretungspaket"): a document the deputy adds
-- in her Vertretungspaket comes back with her return and keeps the mark
-- "<deputy's name> (Vertretung)", like her contacts; "" is the post holder's own document.
ALTER TABLE document ADD COLUMN written_by TEXT NOT NULL DEFAULT '';
