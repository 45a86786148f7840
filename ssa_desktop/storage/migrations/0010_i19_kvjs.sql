-- Issue 19: what the KVJS and the Träger ask for beyond the default template
-- (docs/statistics.md). Still no names and no free text in statistics_record.

-- purpose of group and class offers (several codes, space separated like topics)
ALTER TABLE group_activity ADD COLUMN purposes TEXT NOT NULL DEFAULT '';
-- result of a § 8a procedure
ALTER TABLE cp_procedure ADD COLUMN outcome TEXT NOT NULL DEFAULT 'open';
-- goals of a case (short text, stays with the case) and its outcome at closing
ALTER TABLE case_file ADD COLUMN goals TEXT NOT NULL DEFAULT '';
ALTER TABLE case_file ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE case_file ADD COLUMN outcome_referral TEXT NOT NULL DEFAULT '';

-- the anonymous statistics record: codes only
ALTER TABLE statistics_record ADD COLUMN purposes TEXT NOT NULL DEFAULT '';
ALTER TABLE statistics_record ADD COLUMN cp_outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE statistics_record ADD COLUMN case_outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE statistics_record ADD COLUMN referral_target TEXT NOT NULL DEFAULT '';
-- procedures recorded before: their result is "offen"
UPDATE statistics_record SET cp_outcome = 'open' WHERE record_type = 'cp_8a';

-- "Kennzahlen zu den Fachkräften": the staff block of a post, per school year
CREATE TABLE post_staff (
    post_id        TEXT NOT NULL REFERENCES post(id) ON DELETE CASCADE,
    school_year    INTEGER NOT NULL,
    qualification  TEXT NOT NULL DEFAULT '',
    percent        REAL NOT NULL DEFAULT 0,
    employed_from  TEXT,
    employed_to    TEXT,
    fixed_term     INTEGER NOT NULL DEFAULT 0,
    employer_type  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (post_id, school_year)
);
