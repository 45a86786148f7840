-- Rights of the persons concerned (docs/datenschutz.md "Auskunft"): requests with their
-- one-month deadline and the item-by-item review. A pending objection (Widerspruch)
-- restricts the person through the retention tables (retention_restriction).

CREATE TABLE privacy_request (
    id         TEXT PRIMARY KEY,
    person_id  TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL DEFAULT 'auskunft',      -- auskunft | widerspruch
    received   TEXT NOT NULL,                         -- date of the request
    due        TEXT NOT NULL,                         -- one month later (Art. 12 Abs. 3 DSGVO)
    status     TEXT NOT NULL DEFAULT 'open',          -- open | done
    completed  TEXT,
    decisions  TEXT NOT NULL DEFAULT '{}'             -- JSON: item key -> {include, reason}
);
CREATE INDEX privacy_request_open ON privacy_request(status, due);
