-- A contact's search entry is written once per write transaction. The insert trigger only
-- notes the new contact's rowid in fts_contact_pending; storage/search_pending.py indexes
-- the noted rows in one INSERT … SELECT before the COMMIT (storage/transactions.py) and
-- before a search. FTS5 writes its in-memory entries to disk as a new segment at every
-- statement that writes the index from a trigger: a segment per contact, merged again and
-- again, half of a bulk insert's CPU. A noted row is not yet in the index: its deletion
-- only drops the note, its change keeps it noted.
CREATE TABLE IF NOT EXISTS fts_contact_pending (rid INTEGER PRIMARY KEY);
DROP TRIGGER contact_ai;
CREATE TRIGGER contact_ai AFTER INSERT ON contact BEGIN
    INSERT OR IGNORE INTO fts_contact_pending(rid) VALUES (new.rowid);
END;
DROP TRIGGER contact_ad;
CREATE TRIGGER contact_ad AFTER DELETE ON contact BEGIN
    INSERT INTO fts_contact(fts_contact, rowid, note, observation, assessment)
    SELECT 'delete', old.rowid, old.note, old.observation, old.assessment
    WHERE NOT EXISTS (SELECT 1 FROM fts_contact_pending WHERE rid = old.rowid);
    DELETE FROM fts_contact_pending WHERE rid = old.rowid;
END;
DROP TRIGGER contact_au;
CREATE TRIGGER contact_au AFTER UPDATE OF note, observation, assessment ON contact BEGIN
    INSERT INTO fts_contact(fts_contact, rowid, note, observation, assessment)
    SELECT 'delete', old.rowid, old.note, old.observation, old.assessment
    WHERE NOT EXISTS (SELECT 1 FROM fts_contact_pending WHERE rid = old.rowid);
    INSERT OR IGNORE INTO fts_contact_pending(rid) VALUES (new.rowid);
END;
