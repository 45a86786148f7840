-- Statistics record v2 (docs/statistics.md): one record type instead of a "kind" that
-- mixed five catalogues, a field per catalogue, tokens per school year, group, visitor
-- and partner details. Still no names, no free text, no foreign keys.
-- Everything derivable from the old row or from a source that still exists is filled
-- here; the per-year tokens need an HMAC and are filled by
-- storage.statistics_repo.backfill_v2 in the same transaction (migrations.AFTER).

-- legacy_token holds the old per-person token only until backfill_v2 has derived the
-- per-year tokens from it; backfill_v2 then drops the column.
CREATE TABLE statistics_record_v2 (
    id             TEXT PRIMARY KEY,
    day            TEXT NOT NULL,
    school_year    INTEGER NOT NULL,
    record_type    TEXT NOT NULL,
    task_area      TEXT NOT NULL,
    duration_min   INTEGER NOT NULL DEFAULT 0,
    school_id      TEXT,
    contact_kind   TEXT NOT NULL DEFAULT '',
    gender         TEXT NOT NULL DEFAULT 'u',
    grade          INTEGER,
    person_kind    TEXT NOT NULL DEFAULT '',
    topics         TEXT NOT NULL DEFAULT '',
    access_route   TEXT NOT NULL DEFAULT '',
    referral       TEXT NOT NULL DEFAULT '',
    participants   TEXT NOT NULL DEFAULT '',
    person_token   TEXT NOT NULL DEFAULT '',
    case_token     TEXT NOT NULL DEFAULT '',
    count          INTEGER NOT NULL DEFAULT 1,
    group_token    TEXT NOT NULL DEFAULT '',
    group_kind     TEXT NOT NULL DEFAULT '',
    participants_m INTEGER NOT NULL DEFAULT 0,
    participants_w INTEGER NOT NULL DEFAULT 0,
    participants_d INTEGER NOT NULL DEFAULT 0,
    visitors       INTEGER NOT NULL DEFAULT 0,
    visitors_m     INTEGER NOT NULL DEFAULT 0,
    visitors_w     INTEGER NOT NULL DEFAULT 0,
    visitors_d     INTEGER NOT NULL DEFAULT 0,
    network_kind   TEXT NOT NULL DEFAULT '',
    partner_type   TEXT NOT NULL DEFAULT '',
    youth_office   INTEGER NOT NULL DEFAULT 0,
    source_id      TEXT,
    legacy_token   TEXT NOT NULL DEFAULT ''
);

INSERT INTO statistics_record_v2 (
    id, day, school_year, record_type, task_area, duration_min, school_id, contact_kind,
    gender, grade, person_kind, topics, access_route, referral, participants, count,
    group_kind, visitors, network_kind, source_id, legacy_token)
SELECT id, day, school_year,
       CASE source_kind WHEN 'cp_procedure' THEN 'cp_8a' ELSE source_kind END,
       task_area, duration_min, school_id,
       CASE WHEN source_kind IN ('contact', 'short_contact') THEN kind ELSE '' END,
       gender, grade, person_kind, topics, access_route, referral, participants, count,
       CASE WHEN source_kind = 'group_session' THEN kind ELSE '' END,
       CASE WHEN source_kind = 'open_offer' THEN visitors ELSE 0 END,
       CASE WHEN source_kind = 'network' THEN kind ELSE '' END,
       source_id, person_token
FROM statistics_record;

-- from the sources that still exist
UPDATE statistics_record_v2 SET
    participants_m = (SELECT g.participants_m FROM group_session s
                      JOIN group_activity g ON g.id = s.group_id WHERE s.id = source_id),
    participants_w = (SELECT g.participants_w FROM group_session s
                      JOIN group_activity g ON g.id = s.group_id WHERE s.id = source_id),
    participants_d = (SELECT g.participants_d FROM group_session s
                      JOIN group_activity g ON g.id = s.group_id WHERE s.id = source_id)
WHERE record_type = 'group_session'
  AND source_id IN (SELECT s.id FROM group_session s JOIN group_activity g ON g.id = s.group_id);

UPDATE statistics_record_v2 SET
    visitors_m = coalesce((SELECT o.visitors_m FROM open_offer_session o WHERE o.id = source_id), 0),
    visitors_w = coalesce((SELECT o.visitors_w FROM open_offer_session o WHERE o.id = source_id), 0),
    visitors_d = coalesce((SELECT o.visitors_d FROM open_offer_session o WHERE o.id = source_id), 0)
WHERE record_type = 'open_offer';

UPDATE statistics_record_v2 SET
    partner_type = coalesce((SELECT x.partner_type FROM network_activity a
                             JOIN partner x ON x.id = a.partner_id WHERE a.id = source_id), '')
WHERE record_type = 'network';

UPDATE statistics_record_v2 SET
    youth_office = coalesce((SELECT p.youth_office_involved FROM cp_procedure p
                             WHERE p.id = source_id), 0)
WHERE record_type = 'cp_8a';

DROP TABLE statistics_record;
ALTER TABLE statistics_record_v2 RENAME TO statistics_record;
CREATE INDEX statistics_year ON statistics_record(school_year, school_id, record_type);
CREATE INDEX statistics_source ON statistics_record(source_id);

-- KVJS figures marked as delivered ("abgegeben"): a snapshot per year and scope.
CREATE TABLE kvjs_delivery (
    school_year      INTEGER NOT NULL,
    scope            TEXT NOT NULL,
    template_id      TEXT NOT NULL,
    template_version TEXT NOT NULL,
    delivered_on     TEXT NOT NULL,
    aggregates       TEXT NOT NULL,
    PRIMARY KEY (school_year, scope)
);
