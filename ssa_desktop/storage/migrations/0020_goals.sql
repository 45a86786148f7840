-- Goals she reviews with the pupil, measured over time (docs/domain.md
-- "Ziele mit Skala"). A goal and its ratings belong to the case and go with it; the
-- anonymous outcome (no text, no person, no case) is part of the statistics layer and
-- survives deletion (docs/statistics.md "Zielerreichung").
CREATE TABLE case_goal (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    text         TEXT NOT NULL,
    scale        TEXT NOT NULL CHECK (scale IN ('gas', 'generic')),
    baseline     INTEGER NOT NULL,
    anchor_1     TEXT NOT NULL DEFAULT '',
    anchor_2     TEXT NOT NULL DEFAULT '',
    anchor_3     TEXT NOT NULL DEFAULT '',
    anchor_4     TEXT NOT NULL DEFAULT '',
    anchor_5     TEXT NOT NULL DEFAULT '',
    pupil_words  TEXT NOT NULL DEFAULT '',
    target_date  TEXT,
    created      TEXT NOT NULL
);
CREATE INDEX case_goal_case ON case_goal(case_id);

CREATE TABLE goal_rating (
    id          TEXT PRIMARY KEY,
    goal_id     TEXT NOT NULL REFERENCES case_goal(id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    level       INTEGER NOT NULL,
    contact_id  TEXT REFERENCES contact(id) ON DELETE SET NULL,
    created     TEXT NOT NULL
);
CREATE INDEX goal_rating_goal ON goal_rating(goal_id);
CREATE INDEX goal_rating_contact ON goal_rating(contact_id);

-- one anonymous record per goal and school year, replaced until the year is over
CREATE TABLE goal_outcome (
    goal_token   TEXT PRIMARY KEY,
    school_year  INTEGER NOT NULL,
    school_id    TEXT REFERENCES school(id) ON DELETE SET NULL,
    moment       TEXT NOT NULL CHECK (moment IN ('closing', 'year_end')),
    scale        TEXT NOT NULL,
    baseline     INTEGER NOT NULL,
    last_level   INTEGER,
    ratings      INTEGER NOT NULL DEFAULT 0 CHECK (ratings >= 0),
    day          TEXT NOT NULL
);
CREATE INDEX goal_outcome_year ON goal_outcome(school_year);
