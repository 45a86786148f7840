-- Text she asked to be read out of a document („Text auslesen“, docs/documents.md): the
-- text layer of a PDF, kept only in this full-text index so that Strg+K finds its words.
-- Nothing is read unless she asks. A row per document (its id, not its rowid, which a
-- VACUUM may renumber); it goes with the document whichever path deletes it (the trigger;
-- the FK cascades of a person, case, consent or procedure fire it too), and FTS5
-- secure-delete with the vault's secure_delete leaves no token in a freed page.
-- Reserved number 0028: renumbered at merge (the checksum is over this text only).
CREATE VIRTUAL TABLE IF NOT EXISTS fts_document USING fts5(
    document_id UNINDEXED, text,
    tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20');
INSERT OR REPLACE INTO fts_document_config (k, v) VALUES ('secure-delete', 1);
CREATE TRIGGER IF NOT EXISTS document_text_ad AFTER DELETE ON document BEGIN
    DELETE FROM fts_document WHERE document_id = old.id;
END;
