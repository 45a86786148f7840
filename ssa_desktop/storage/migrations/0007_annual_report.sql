-- Free-text sections of the Jahresbericht (annual report for the Auswertungsgespräch),
-- written by the worker per school and school year. Anonymous by intent: the report is
-- shown to school, Schulträger and Landratsamt.

CREATE TABLE annual_report_text (
    school_id   TEXT NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    school_year INTEGER NOT NULL,
    section     TEXT NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    updated     TEXT NOT NULL,
    PRIMARY KEY (school_id, school_year, section)
);
