-- Issue 21: the search's first page must cost the same after twenty school years as after
-- one. A typed word is searched as a prefix ("pause"*). FTS5 answers a prefix that no
-- prefix index serves by merging the doclists of every term that starts with it (pause,
-- pausen, pausenhof …) before it returns the first hit: a cost that grows with every
-- contact ever written (0.33 ms for "pause"* on ten years, 0.71 ms on twenty). With an
-- index of the prefixes of 2 to 20 characters every such word is one doclist, walked
-- from its newest entry; the index is about twice the size (docs/architecture.md,
-- "Search"). The tables are made anew with the same columns, tokenizer and options, the
-- triggers on the content tables stay (they name the tables, which keep their names),
-- and every index is built again from its content table. The old index's pages are
-- freed with secure_delete on (zeroed, no token left in the file).
DROP TABLE fts_person;
CREATE VIRTUAL TABLE fts_person USING fts5(
    pseudonym, first_name, last_name, content='person', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20');
INSERT OR REPLACE INTO fts_person_config (k, v) VALUES ('secure-delete', 1);
INSERT INTO fts_person(fts_person) VALUES ('rebuild');

DROP TABLE fts_contact;
CREATE VIRTUAL TABLE fts_contact USING fts5(
    note, observation, assessment, content='contact', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20');
INSERT OR REPLACE INTO fts_contact_config (k, v) VALUES ('secure-delete', 1);
INSERT INTO fts_contact(fts_contact) VALUES ('rebuild');

DROP TABLE fts_group;
CREATE VIRTUAL TABLE fts_group USING fts5(
    title, classes, note, content='group_activity', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20');
INSERT OR REPLACE INTO fts_group_config (k, v) VALUES ('secure-delete', 1);
INSERT INTO fts_group(fts_group) VALUES ('rebuild');

DROP TABLE fts_partner;
CREATE VIRTUAL TABLE fts_partner USING fts5(
    name, contact_person, note, content='partner', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20');
INSERT OR REPLACE INTO fts_partner_config (k, v) VALUES ('secure-delete', 1);
INSERT INTO fts_partner(fts_partner) VALUES ('rebuild');
