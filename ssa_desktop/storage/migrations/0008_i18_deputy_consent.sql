-- Issue 18: a consent can allow passing data on to the deputy during an absence
-- ("Weitergabe an die Vertretung", § 65 SGB VIII / Art. 6 DSGVO). Default: no.
ALTER TABLE consent ADD COLUMN deputy INTEGER NOT NULL DEFAULT 0;
