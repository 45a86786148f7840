-- Who takes part in a group (docs/datenschutz.md, „Gruppenmitgliedschaft“): one row per
-- person and group, from the day she joined to the day she left (NULL while she takes part).
-- It is kept for the serial letter (one Teilnahmebestätigung, one invitation per member)
-- and goes with the person (R2, her deletion) and with the group (R4, school year end +
-- its period): FK cascades. Every deletion, whichever path takes it, leaves its tombstone
-- (kind "group_member"), so a restore never brings it back. No free text: the group's
-- own name list stays the free-text field R4 clears after the report.
CREATE TABLE IF NOT EXISTS group_member (
    id        TEXT PRIMARY KEY,
    group_id  TEXT NOT NULL REFERENCES group_activity(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    joined    TEXT NOT NULL,
    left_on   TEXT,
    UNIQUE (group_id, person_id)
);
CREATE INDEX IF NOT EXISTS group_member_person ON group_member(person_id);
CREATE TRIGGER IF NOT EXISTS group_member_ad AFTER DELETE ON group_member BEGIN
    INSERT OR IGNORE INTO tombstone (record_id, category, deleted)
    VALUES (old.id, 'group_member', date('now', 'localtime'));
END;
