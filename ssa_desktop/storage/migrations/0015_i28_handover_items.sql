-- Issue 28: a school package records what it carries. Per package, table and row the
-- row's id and a hash of its content as it went into the package (no content). The
-- receipt deletes exactly these rows where the content is still the same; what was
-- added or changed at the school since the package was written stays. (IF NOT EXISTS: a
-- test may set user_version back and run the later migrations again.)
CREATE TABLE IF NOT EXISTS handover_item (
    package_id TEXT NOT NULL,
    tbl        TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    row_hash   TEXT NOT NULL,
    PRIMARY KEY (package_id, tbl, row_id)
) WITHOUT ROWID;
