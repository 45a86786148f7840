-- Rule packs (docs/statistics.md, "Regelpakete"): every pack the vault has used, by the
-- SHA-256 of its canonical content, with its text; the one in force; and the pack a
-- school year's figures were computed under, so that an old year keeps its rules.
CREATE TABLE IF NOT EXISTS rule_pack (
    digest       TEXT PRIMARY KEY,
    text         TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    in_force     INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS rule_pack_year (
    school_year  INTEGER PRIMARY KEY,
    digest       TEXT NOT NULL  -- a digest of rule_pack (kept by services.rule_packs)
);
