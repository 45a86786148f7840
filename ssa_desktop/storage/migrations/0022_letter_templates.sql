-- Her own letter templates (docs/handbuch.md, „Briefe und Formulare“): a DOCX with
-- placeholders or a fillable PDF form, checked on import, for one letter kind; a PDF
-- form's mapping (form field → placeholder, JSON) is kept with it. A template holds no
-- personal data: placeholders stand where names go, and the author's name is removed
-- from the file's properties on import. Not part of any deletion: it belongs to no person.
CREATE TABLE IF NOT EXISTS letter_template (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    kind      TEXT NOT NULL,
    file_type TEXT NOT NULL CHECK (file_type IN ('docx', 'pdf')),
    content   BLOB NOT NULL,
    mapping   TEXT NOT NULL DEFAULT '{}',
    sha256    TEXT NOT NULL,
    added     TEXT NOT NULL
);
