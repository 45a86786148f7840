-- Retention (docs/retention.md): deleted text must leave the file, every record has an
-- owner that takes it along, and the tables of holds, restrictions, decisions, the
-- deletion log and the tombstones of deleted records.

-- FTS5 keeps deleted tokens in its segment pages unless 'secure-delete' is on (a
-- persistent option of each index, kept in its _config table: written there directly
-- so that the migration also runs on SQLite builds older than 3.42, which ignore the
-- key; SQLCipher's SQLite honours it). The rebuild rewrites every segment so residue
-- left by earlier deletions and renames goes too.
INSERT OR REPLACE INTO fts_person_config (k, v) VALUES ('secure-delete', 1);
INSERT OR REPLACE INTO fts_contact_config (k, v) VALUES ('secure-delete', 1);
INSERT OR REPLACE INTO fts_group_config (k, v) VALUES ('secure-delete', 1);
INSERT OR REPLACE INTO fts_partner_config (k, v) VALUES ('secure-delete', 1);
INSERT INTO fts_person(fts_person) VALUES ('rebuild');
INSERT INTO fts_contact(fts_contact) VALUES ('rebuild');
INSERT INTO fts_group(fts_group) VALUES ('rebuild');
INSERT INTO fts_partner(fts_partner) VALUES ('rebuild');

-- Annotations belong to the record they correct; drafts to the person or appointment
-- they were typed for. Whoever deletes the owner deletes them (also FK cascades).
CREATE TRIGGER annotation_owner_contact AFTER DELETE ON contact BEGIN
    DELETE FROM annotation WHERE target_id = old.id;
END;
CREATE TRIGGER annotation_owner_case AFTER DELETE ON case_file BEGIN
    DELETE FROM annotation WHERE target_id = old.id;
END;
CREATE TRIGGER annotation_owner_person AFTER DELETE ON person BEGIN
    DELETE FROM annotation WHERE target_id = old.id;
END;
CREATE TRIGGER draft_owner_person AFTER DELETE ON person BEGIN
    DELETE FROM draft WHERE ref = old.id
        OR (CASE WHEN json_valid(payload) THEN json_extract(payload, '$.person_id') END) = old.id;
END;
CREATE TRIGGER draft_owner_appointment AFTER DELETE ON appointment BEGIN
    DELETE FROM draft WHERE ref = old.id;
END;
CREATE TRIGGER draft_owner_contact AFTER DELETE ON contact BEGIN
    DELETE FROM draft WHERE ref = old.id;
END;

-- The disclosure log outlives the case for its own period (R10): deleting the person
-- keeps the entry (recipient, categories, legal basis; no content) without the link
-- and notes the day the person was deleted.
CREATE TABLE disclosure_new (
    id             TEXT PRIMARY KEY,
    person_id      TEXT REFERENCES person(id) ON DELETE SET NULL,
    day            TEXT NOT NULL,
    recipient      TEXT NOT NULL,
    categories     TEXT NOT NULL,
    legal_basis    TEXT NOT NULL,
    consent_id     TEXT REFERENCES consent(id) ON DELETE SET NULL,
    person_deleted TEXT
);
INSERT INTO disclosure_new (id, person_id, day, recipient, categories, legal_basis, consent_id)
    SELECT id, person_id, day, recipient, categories, legal_basis, consent_id FROM disclosure;
DROP TABLE disclosure;
ALTER TABLE disclosure_new RENAME TO disclosure;
CREATE INDEX disclosure_person ON disclosure(person_id);
CREATE TRIGGER disclosure_outlives_person AFTER DELETE ON person BEGIN
    UPDATE disclosure SET person_deleted = coalesce(person_deleted, date('now'))
        WHERE person_id IS NULL AND person_deleted IS NULL;
END;

-- Holds (Aufbewahrungspflicht/Sperre): block deletion until lifted.
CREATE TABLE retention_hold (
    id          TEXT PRIMARY KEY,
    record_kind TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    since       TEXT NOT NULL,
    review      TEXT NOT NULL,
    lifted      TEXT
);
CREATE INDEX retention_hold_record ON retention_hold(record_id);

-- Restriction of processing (Art. 18 DSGVO, § 84 Abs. 3 SGB X).
CREATE TABLE retention_restriction (
    record_id   TEXT PRIMARY KEY,
    record_kind TEXT NOT NULL,
    reason      TEXT NOT NULL,
    since       TEXT NOT NULL
);

-- Documented decisions on § 8a procedures with Jugendamt involvement (R5), and the
-- Träger's classification of records under § 9b SGB VIII.
CREATE TABLE retention_decision (
    id          TEXT PRIMARY KEY,
    record_kind TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    decision    TEXT NOT NULL,
    decided     TEXT NOT NULL,
    review      TEXT NOT NULL
);
CREATE INDEX retention_decision_record ON retention_decision(record_id);

CREATE TABLE retention_mark (
    record_id TEXT NOT NULL,
    mark      TEXT NOT NULL,
    PRIMARY KEY (record_id, mark)
);

-- Deletion log (R11): only what the rules allow – random ids, category, rule, dates,
-- method, counts, verification, backup expiry. Never names, birth dates, classes,
-- free text or hashes of names.
CREATE TABLE deletion_log (
    id            TEXT PRIMARY KEY,
    record_id     TEXT NOT NULL,
    category      TEXT NOT NULL,
    rule          TEXT NOT NULL,
    trigger_day   TEXT,
    due           TEXT,
    executed      TEXT NOT NULL,
    method        TEXT NOT NULL,
    counts        TEXT NOT NULL DEFAULT '',
    verification  TEXT NOT NULL DEFAULT '',
    backup_expiry TEXT
);
CREATE INDEX deletion_log_executed ON deletion_log(executed);

-- Tombstones: content-free ids of deleted records (category = the record kind, day of
-- deletion), so that a restored backup re-applies every deletion before the vault
-- opens. A field erased without its record is listed as '<record id>#<column>'.
CREATE TABLE tombstone (
    record_id TEXT PRIMARY KEY,
    category  TEXT NOT NULL,
    deleted   TEXT NOT NULL
);

-- Every change of a retention period (old and new value; numbers only).
CREATE TABLE retention_setting_log (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    old     TEXT NOT NULL,
    new     TEXT NOT NULL,
    changed TEXT NOT NULL
);

-- Deleting a person cascades into these tables: without an index on the child column
-- every cascaded delete scans the whole table.
CREATE INDEX IF NOT EXISTS appointment_person ON appointment(person_id);
CREATE INDEX IF NOT EXISTS appointment_contact ON appointment(contact_id);
CREATE INDEX IF NOT EXISTS consent_person ON consent(person_id);
CREATE INDEX IF NOT EXISTS working_note_person ON working_note(person_id);
CREATE INDEX IF NOT EXISTS working_note_case ON working_note(case_id);
CREATE INDEX IF NOT EXISTS cp_procedure_person ON cp_procedure(person_id);
CREATE INDEX IF NOT EXISTS cp_procedure_case ON cp_procedure(case_id);
CREATE INDEX IF NOT EXISTS draft_ref ON draft(ref);
