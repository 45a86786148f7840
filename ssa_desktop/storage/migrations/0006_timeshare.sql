-- Time shares (docs/timeshare.md): absences and school holidays that shape the target
-- hours, the targets of a cooperation agreement, the stopwatch and its sessions.

CREATE TABLE absence (
    id        TEXT PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('vacation', 'sick', 'other')),
    first_day TEXT NOT NULL,
    last_day  TEXT NOT NULL,
    school_id TEXT REFERENCES school(id) ON DELETE CASCADE,
    note      TEXT NOT NULL DEFAULT '',
    CHECK (last_day >= first_day)
);
CREATE INDEX absence_days ON absence(first_day, last_day);

CREATE TABLE school_holiday (
    id        TEXT PRIMARY KEY,
    label     TEXT NOT NULL,
    first_day TEXT NOT NULL,
    last_day  TEXT NOT NULL,
    CHECK (last_day >= first_day)
);

CREATE TABLE agreement_target (
    agreement_id TEXT NOT NULL REFERENCES cooperation_agreement(id) ON DELETE CASCADE,
    code         TEXT NOT NULL,
    soll         REAL NOT NULL,
    low          REAL NOT NULL,
    high         REAL NOT NULL,
    margin       REAL NOT NULL DEFAULT 0 CHECK (margin >= 0),
    enabled      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (agreement_id, code),
    CHECK (low <= high)
);

CREATE TABLE time_session (
    id            TEXT PRIMARY KEY,
    time_entry_id TEXT NOT NULL REFERENCES time_entry(id) ON DELETE CASCADE,
    started       TEXT NOT NULL,
    stopped       TEXT NOT NULL
);
CREATE INDEX time_session_started ON time_session(started);

CREATE TABLE stopwatch (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    started   TEXT NOT NULL,
    school_id TEXT REFERENCES school(id) ON DELETE SET NULL
);

CREATE INDEX time_entry_school_day ON time_entry(school_id, day);
