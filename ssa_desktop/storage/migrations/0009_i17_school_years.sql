-- Issue 17: across the school years.
--
-- 1. Counted years never change: before R8 deletes a month of time entries, their
--    anonymous totals (school, month, time category, task area, minutes, contacts; no
--    text, no link to a record) are kept here. Every report that reads time reads the
--    live entries plus these totals; a month's entries are either live or kept, so
--    every minute is counted exactly once (docs/statistics.md, "Gelöschte Monate").
CREATE TABLE time_month_total (
    month     TEXT NOT NULL,                                    -- YYYY-MM
    school_id TEXT REFERENCES school(id) ON DELETE SET NULL,    -- like time_entry
    category  TEXT NOT NULL,
    area      TEXT NOT NULL,                                    -- task area at deletion
    minutes   INTEGER NOT NULL CHECK (minutes >= 0),
    contacts  INTEGER NOT NULL DEFAULT 0 CHECK (contacts >= 0),
    kept      TEXT NOT NULL                                     -- day of the deletion
);
CREATE INDEX time_month_total_month ON time_month_total(month);

-- 2. Schuljahreswechsel: the last grade of a school (NULL: the school type's default)
--    and, per school and new school year, when the change was applied or postponed.
ALTER TABLE school ADD COLUMN last_grade INTEGER;

CREATE TABLE school_year_change (
    school_id   TEXT NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    school_year INTEGER NOT NULL,          -- start year of the NEW school year
    applied     TEXT,                      -- day the change was applied
    postponed   TEXT,                      -- day it was last postponed
    summary     TEXT NOT NULL DEFAULT '',      -- counts as JSON (no names, no ids)
    PRIMARY KEY (school_id, school_year)
);

-- 3. School types: "VKL" was labelled "Verbundschule", but VKL in Baden-Württemberg is
--    the Vorbereitungsklasse (a class, not a school type). Stored VKL always meant the
--    Verbundschule, which now has its own code.
UPDATE school SET school_type = 'VBS' WHERE school_type = 'VKL';
