-- Schema version 2: autosaved drafts (kept inside the encrypted vault) and settings
-- that belong to the vault rather than to the device.

CREATE TABLE draft (
    id      TEXT PRIMARY KEY,
    kind    TEXT NOT NULL,
    ref     TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,
    updated TEXT NOT NULL
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
