-- Her documents (a signed Einwilligung, a Schweigepflichtentbindung, a letter received, a
-- scan): one row per document, its content in dokumente/<id>.ssadoc beside the vault, a
-- one-row SQLCipher file under the document's own random key ``content_key`` (docs/documents.md).
-- Deleting the row deletes the key: a copy of the file (a backup, an SSD remnant) can no
-- longer be read. A document belongs to a person and, at most one of, a case, a consent or
-- a § 8a procedure; it goes with each of them (FK cascades). Every deletion, whichever path
-- takes it, leaves its tombstone (kind "document"), so a restore never brings it back.
CREATE TABLE IF NOT EXISTS document (
    id           TEXT PRIMARY KEY,
    person_id    TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    case_id      TEXT REFERENCES case_file(id) ON DELETE CASCADE,
    consent_id   TEXT REFERENCES consent(id) ON DELETE CASCADE,
    procedure_id TEXT REFERENCES cp_procedure(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    day          TEXT NOT NULL,
    file_name    TEXT NOT NULL DEFAULT '',
    mime         TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    added        TEXT NOT NULL,
    content_key  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_person ON document(person_id);
CREATE INDEX IF NOT EXISTS document_case ON document(case_id);
CREATE INDEX IF NOT EXISTS document_consent ON document(consent_id);
CREATE INDEX IF NOT EXISTS document_procedure ON document(procedure_id);
CREATE TRIGGER IF NOT EXISTS document_ad AFTER DELETE ON document BEGIN
    INSERT OR IGNORE INTO tombstone (record_id, category, deleted)
    VALUES (old.id, 'document', date('now', 'localtime'));
END;
