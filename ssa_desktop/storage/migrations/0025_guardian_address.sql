-- The guardians' postal address for a letter (docs/datenschutz.md, „Anschrift der
-- Erziehungsberechtigten“): the lines of a DIN 5008 address field as she writes them on an
-- envelope (name, street and number, postcode and town), one text. The serial letter's
-- invitation to each member's guardians takes it. Data of third parties: cleared with the
-- guardians' contact by R9 and deleted with the person.
ALTER TABLE person ADD COLUMN guardian_address TEXT NOT NULL DEFAULT '';
