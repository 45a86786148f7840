-- Schema version 1: everything a vault holds. Column names equal the field names of
-- the dataclasses in ssa_desktop/domain/entities.py. Dates are ISO text (YYYY-MM-DD),
-- booleans 0/1, code lists space-separated catalogue codes.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE school (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    code        TEXT NOT NULL DEFAULT '',
    school_type TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE school_pupils (
    school_id   TEXT NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    school_year INTEGER NOT NULL,
    pupils      INTEGER NOT NULL CHECK (pupils >= 0),
    PRIMARY KEY (school_id, school_year)
);

CREATE TABLE post (
    id              TEXT PRIMARY KEY,
    label           TEXT NOT NULL,
    full_time_hours REAL NOT NULL DEFAULT 39.0,
    qualification   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE post_share (
    post_id     TEXT NOT NULL REFERENCES post(id) ON DELETE CASCADE,
    school_id   TEXT NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    school_year INTEGER NOT NULL,
    percent     REAL NOT NULL CHECK (percent >= 0 AND percent <= 100),
    PRIMARY KEY (post_id, school_id, school_year)
);

CREATE TABLE person (
    id                 TEXT PRIMARY KEY,
    kind               TEXT NOT NULL,
    pseudonym          TEXT NOT NULL UNIQUE CHECK (length(trim(pseudonym)) > 0),
    first_name         TEXT NOT NULL DEFAULT '',
    last_name          TEXT NOT NULL DEFAULT '',
    gender             TEXT NOT NULL DEFAULT 'u',
    birth_year         INTEGER,
    grade              INTEGER,
    class_label        TEXT NOT NULL DEFAULT '',
    school_id          TEXT REFERENCES school(id) ON DELETE SET NULL,
    leaving_date       TEXT,
    school_change_date TEXT,
    guardian_contact   TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT '',
    stat_token         TEXT NOT NULL,
    created            TEXT NOT NULL
);
CREATE INDEX person_school ON person(school_id, kind);

CREATE TABLE case_file (
    id           TEXT PRIMARY KEY,
    person_id    TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    school_id    TEXT REFERENCES school(id) ON DELETE SET NULL,
    title        TEXT NOT NULL DEFAULT '',
    opened       TEXT NOT NULL,
    closed       TEXT,
    status       TEXT NOT NULL DEFAULT 'open',
    access_route TEXT NOT NULL DEFAULT '',
    topics       TEXT NOT NULL DEFAULT '',
    referral     TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_person ON case_file(person_id);

CREATE TABLE contact (
    id           TEXT PRIMARY KEY,
    person_id    TEXT REFERENCES person(id) ON DELETE CASCADE,
    case_id      TEXT REFERENCES case_file(id) ON DELETE CASCADE,
    school_id    TEXT REFERENCES school(id) ON DELETE SET NULL,
    day          TEXT NOT NULL,
    time         TEXT NOT NULL DEFAULT '',
    duration_min INTEGER NOT NULL CHECK (duration_min >= 0),
    kind         TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '',
    topics       TEXT NOT NULL DEFAULT '',
    access_route TEXT NOT NULL DEFAULT '',
    referral     TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    observation  TEXT NOT NULL DEFAULT '',
    assessment   TEXT NOT NULL DEFAULT '',
    disputed     INTEGER NOT NULL DEFAULT 0,
    created      TEXT NOT NULL
);
CREATE INDEX contact_person ON contact(person_id, day);
CREATE INDEX contact_case ON contact(case_id);
CREATE INDEX contact_day ON contact(day);

CREATE TABLE annotation (
    id          TEXT PRIMARY KEY,
    target_kind TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    field_name  TEXT NOT NULL,
    previous    TEXT NOT NULL,
    text        TEXT NOT NULL,
    created     TEXT NOT NULL
);
CREATE INDEX annotation_target ON annotation(target_id);

CREATE TABLE working_note (
    id        TEXT PRIMARY KEY,
    person_id TEXT REFERENCES person(id) ON DELETE CASCADE,
    case_id   TEXT REFERENCES case_file(id) ON DELETE CASCADE,
    text      TEXT NOT NULL,
    created   TEXT NOT NULL,
    expires   TEXT NOT NULL
);

CREATE TABLE short_contact (
    id           TEXT PRIMARY KEY,
    school_id    TEXT REFERENCES school(id) ON DELETE SET NULL,
    day          TEXT NOT NULL,
    gender       TEXT NOT NULL DEFAULT 'u',
    grade        INTEGER,
    topics       TEXT NOT NULL DEFAULT '',
    count        INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
    duration_min INTEGER NOT NULL DEFAULT 5
);

CREATE TABLE cooperation_agreement (
    id               TEXT PRIMARY KEY,
    school_id        TEXT NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    valid_from       TEXT NOT NULL,
    valid_to         TEXT,
    evaluation_dates TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE agreement_goal (
    id           TEXT PRIMARY KEY,
    agreement_id TEXT NOT NULL REFERENCES cooperation_agreement(id) ON DELETE CASCADE,
    goal         TEXT NOT NULL,
    offer        TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE group_activity (
    id             TEXT PRIMARY KEY,
    school_id      TEXT REFERENCES school(id) ON DELETE SET NULL,
    kind           TEXT NOT NULL,
    title          TEXT NOT NULL,
    classes        TEXT NOT NULL DEFAULT '',
    school_year    INTEGER NOT NULL,
    goal_id        TEXT REFERENCES agreement_goal(id) ON DELETE SET NULL,
    participants_m INTEGER NOT NULL DEFAULT 0,
    participants_w INTEGER NOT NULL DEFAULT 0,
    participants_d INTEGER NOT NULL DEFAULT 0,
    co_leaders     TEXT NOT NULL DEFAULT '',
    name_list      TEXT NOT NULL DEFAULT '',
    reported       INTEGER NOT NULL DEFAULT 0,
    note           TEXT NOT NULL DEFAULT ''
);

CREATE TABLE group_session (
    id           TEXT PRIMARY KEY,
    group_id     TEXT NOT NULL REFERENCES group_activity(id) ON DELETE CASCADE,
    day          TEXT NOT NULL,
    duration_min INTEGER NOT NULL CHECK (duration_min >= 0),
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX group_session_group ON group_session(group_id);

CREATE TABLE open_offer_session (
    id           TEXT PRIMARY KEY,
    school_id    TEXT REFERENCES school(id) ON DELETE SET NULL,
    title        TEXT NOT NULL,
    day          TEXT NOT NULL,
    duration_min INTEGER NOT NULL CHECK (duration_min >= 0),
    visitors     INTEGER NOT NULL DEFAULT 0,
    visitors_m   INTEGER,
    visitors_w   INTEGER,
    visitors_d   INTEGER,
    goal_id      TEXT REFERENCES agreement_goal(id) ON DELETE SET NULL,
    note         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE partner (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    partner_type   TEXT NOT NULL DEFAULT 'OTH',
    contact_person TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT ''
);

CREATE TABLE network_activity (
    id           TEXT PRIMARY KEY,
    school_id    TEXT REFERENCES school(id) ON DELETE SET NULL,
    partner_id   TEXT REFERENCES partner(id) ON DELETE SET NULL,
    goal_id      TEXT REFERENCES agreement_goal(id) ON DELETE SET NULL,
    kind         TEXT NOT NULL,
    day          TEXT NOT NULL,
    duration_min INTEGER NOT NULL CHECK (duration_min >= 0),
    note         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE time_entry (
    id          TEXT PRIMARY KEY,
    day         TEXT NOT NULL,
    category    TEXT NOT NULL,
    minutes     INTEGER NOT NULL CHECK (minutes >= 0),
    school_id   TEXT REFERENCES school(id) ON DELETE SET NULL,
    source_kind TEXT NOT NULL DEFAULT '',
    source_id   TEXT,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX time_entry_day ON time_entry(day);
CREATE INDEX time_entry_source ON time_entry(source_id);

CREATE TABLE appointment (
    id         TEXT PRIMARY KEY,
    person_id  TEXT REFERENCES person(id) ON DELETE CASCADE,
    school_id  TEXT REFERENCES school(id) ON DELETE SET NULL,
    day        TEXT NOT NULL,
    start      TEXT NOT NULL,
    "end"      TEXT NOT NULL,
    room       TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'planned',
    contact_id TEXT REFERENCES contact(id) ON DELETE SET NULL
);
CREATE INDEX appointment_day ON appointment(day);

CREATE TABLE consent (
    id           TEXT PRIMARY KEY,
    person_id    TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    recipient    TEXT NOT NULL,
    valid_from   TEXT NOT NULL,
    party        TEXT NOT NULL DEFAULT 'young_person',
    entrusted_by TEXT NOT NULL DEFAULT '',
    scope        TEXT NOT NULL DEFAULT '',
    purpose      TEXT NOT NULL DEFAULT '',
    valid_to     TEXT,
    withdrawn_on TEXT
);

CREATE TABLE disclosure (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    recipient   TEXT NOT NULL,
    categories  TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    consent_id  TEXT REFERENCES consent(id) ON DELETE SET NULL
);

CREATE TABLE cp_procedure (
    id                    TEXT PRIMARY KEY,
    person_id             TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    case_id               TEXT REFERENCES case_file(id) ON DELETE SET NULL,
    opened                TEXT NOT NULL,
    acute                 INTEGER NOT NULL DEFAULT 0,
    status                TEXT NOT NULL DEFAULT 'open',
    closed                TEXT,
    youth_office_involved INTEGER NOT NULL DEFAULT 0,
    retention_decision    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE cp_step (
    id           TEXT PRIMARY KEY,
    procedure_id TEXT NOT NULL REFERENCES cp_procedure(id) ON DELETE CASCADE,
    step         TEXT NOT NULL,
    day          TEXT NOT NULL,
    actor        TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL DEFAULT '',
    due          TEXT
);
CREATE INDEX cp_step_procedure ON cp_step(procedure_id);

-- Anonymous statistics layer: no foreign keys, so it survives deletion of its source.
CREATE TABLE statistics_record (
    id            TEXT PRIMARY KEY,
    day           TEXT NOT NULL,
    school_year   INTEGER NOT NULL,
    task_area     TEXT NOT NULL,
    kind          TEXT NOT NULL,
    duration_min  INTEGER NOT NULL DEFAULT 0,
    school_id     TEXT,
    gender        TEXT NOT NULL DEFAULT 'u',
    grade         INTEGER,
    person_kind   TEXT NOT NULL DEFAULT '',
    topics        TEXT NOT NULL DEFAULT '',
    access_route  TEXT NOT NULL DEFAULT '',
    referral      TEXT NOT NULL DEFAULT '',
    participants  TEXT NOT NULL DEFAULT '',
    person_token  TEXT NOT NULL DEFAULT '',
    count         INTEGER NOT NULL DEFAULT 1,
    visitors      INTEGER NOT NULL DEFAULT 0,
    source_kind   TEXT NOT NULL DEFAULT '',
    source_id     TEXT
);
CREATE INDEX statistics_year ON statistics_record(school_year, school_id, task_area);
CREATE INDEX statistics_source ON statistics_record(source_id);

-- Full-text search inside the encrypted database (external content, kept by triggers).
CREATE VIRTUAL TABLE fts_person USING fts5(
    pseudonym, first_name, last_name, content='person', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3');
CREATE TRIGGER person_ai AFTER INSERT ON person BEGIN
    INSERT INTO fts_person(rowid, pseudonym, first_name, last_name)
    VALUES (new.rowid, new.pseudonym, new.first_name, new.last_name);
END;
CREATE TRIGGER person_ad AFTER DELETE ON person BEGIN
    INSERT INTO fts_person(fts_person, rowid, pseudonym, first_name, last_name)
    VALUES ('delete', old.rowid, old.pseudonym, old.first_name, old.last_name);
END;
CREATE TRIGGER person_au AFTER UPDATE OF pseudonym, first_name, last_name ON person BEGIN
    INSERT INTO fts_person(fts_person, rowid, pseudonym, first_name, last_name)
    VALUES ('delete', old.rowid, old.pseudonym, old.first_name, old.last_name);
    INSERT INTO fts_person(rowid, pseudonym, first_name, last_name)
    VALUES (new.rowid, new.pseudonym, new.first_name, new.last_name);
END;

CREATE VIRTUAL TABLE fts_contact USING fts5(
    note, observation, assessment, content='contact', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3');
CREATE TRIGGER contact_ai AFTER INSERT ON contact BEGIN
    INSERT INTO fts_contact(rowid, note, observation, assessment)
    VALUES (new.rowid, new.note, new.observation, new.assessment);
END;
CREATE TRIGGER contact_ad AFTER DELETE ON contact BEGIN
    INSERT INTO fts_contact(fts_contact, rowid, note, observation, assessment)
    VALUES ('delete', old.rowid, old.note, old.observation, old.assessment);
END;
CREATE TRIGGER contact_au AFTER UPDATE OF note, observation, assessment ON contact BEGIN
    INSERT INTO fts_contact(fts_contact, rowid, note, observation, assessment)
    VALUES ('delete', old.rowid, old.note, old.observation, old.assessment);
    INSERT INTO fts_contact(rowid, note, observation, assessment)
    VALUES (new.rowid, new.note, new.observation, new.assessment);
END;

CREATE VIRTUAL TABLE fts_group USING fts5(
    title, classes, note, content='group_activity', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3');
CREATE TRIGGER group_ai AFTER INSERT ON group_activity BEGIN
    INSERT INTO fts_group(rowid, title, classes, note) VALUES (new.rowid, new.title, new.classes, new.note);
END;
CREATE TRIGGER group_ad AFTER DELETE ON group_activity BEGIN
    INSERT INTO fts_group(fts_group, rowid, title, classes, note)
    VALUES ('delete', old.rowid, old.title, old.classes, old.note);
END;
CREATE TRIGGER group_au AFTER UPDATE OF title, classes, note ON group_activity BEGIN
    INSERT INTO fts_group(fts_group, rowid, title, classes, note)
    VALUES ('delete', old.rowid, old.title, old.classes, old.note);
    INSERT INTO fts_group(rowid, title, classes, note) VALUES (new.rowid, new.title, new.classes, new.note);
END;

CREATE VIRTUAL TABLE fts_partner USING fts5(
    name, contact_person, note, content='partner', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3');
CREATE TRIGGER partner_ai AFTER INSERT ON partner BEGIN
    INSERT INTO fts_partner(rowid, name, contact_person, note)
    VALUES (new.rowid, new.name, new.contact_person, new.note);
END;
CREATE TRIGGER partner_ad AFTER DELETE ON partner BEGIN
    INSERT INTO fts_partner(fts_partner, rowid, name, contact_person, note)
    VALUES ('delete', old.rowid, old.name, old.contact_person, old.note);
END;
CREATE TRIGGER partner_au AFTER UPDATE OF name, contact_person, note ON partner BEGIN
    INSERT INTO fts_partner(fts_partner, rowid, name, contact_person, note)
    VALUES ('delete', old.rowid, old.name, old.contact_person, old.note);
    INSERT INTO fts_partner(rowid, name, contact_person, note)
    VALUES (new.rowid, new.name, new.contact_person, new.note);
END;
