-- The official Schulnummer of a school where she enters one (docs/statistics.md,
-- „Schulnummer“): eight digits, "" while she has none. Reserved number 0028: renumbered
-- at merge (the checksum is over this text only).
ALTER TABLE school ADD COLUMN school_number TEXT NOT NULL DEFAULT '';
