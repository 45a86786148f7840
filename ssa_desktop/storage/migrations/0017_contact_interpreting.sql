-- Who interpreted in a contact (Sprachmittlung: nicht nötig, Sprachmittler:in, Angehörige,
-- das Kind selbst, andere): catalogue INTERPRETING, "" for not recorded.
ALTER TABLE contact ADD COLUMN interpreting TEXT NOT NULL DEFAULT '';
