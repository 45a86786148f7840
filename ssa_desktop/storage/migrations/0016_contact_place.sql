-- Where a contact took place (Ort: in der Schule, Hausbesuch, Telefon, online, anderswo),
-- apart from what it was (Art): catalogue CONTACT_PLACES, "" for not recorded.
ALTER TABLE contact ADD COLUMN place TEXT NOT NULL DEFAULT '';
