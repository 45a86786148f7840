"""A contact's search entry is written once per write transaction (storage/search_pending.py):
its trigger notes the row, the transaction's end indexes every noted row in one statement.
What she sees stays as it was: a contact is found right after its save, also inside the
transaction that saved it; a deleted contact leaves nothing in the index; a changed one is
found by its new words only."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain.entities import Contact
from ssa_desktop.services.activities import record_contact
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction


def _contact(pupil, note: str) -> Contact:
    return Contact(date(2026, 9, 1), "EB", 30, person_id=pupil.id, note=note)


def _found(conn, word: str) -> list[str]:
    return [h.id for h in repo.search(conn, word) if h.kind == "contact"]


def _index_holds(conn, contact_id: str) -> int:
    """The contact's entries in the index (its docsize row)."""
    return conn.execute("SELECT count(*) FROM fts_contact_docsize WHERE id ="
                        " (SELECT rowid FROM contact WHERE id = ?)", (contact_id,)).fetchone()[0]


def _index_sound(conn) -> None:
    conn.execute("INSERT INTO fts_contact(fts_contact, rank) VALUES ('integrity-check', 1)")


def _segments_written(conn, action) -> int:
    """Rows FTS5 wrote into the index's segment table while ``action`` ran."""
    before = conn.execute("SELECT coalesce(max(id), 0) FROM fts_contact_data").fetchone()[0]
    action()
    return conn.execute("SELECT count(*) FROM fts_contact_data WHERE id > ?",
                        (before,)).fetchone()[0]


def test_a_hundred_contacts_in_one_transaction_write_the_index_once(conn, pupil):
    def hundred():
        with transaction(conn):
            for i in range(100):
                record_contact(conn, _contact(pupil, f"Nr. {i}: Streit um das Fahrrad"))

    # one segment: its leaf pages and the index's structure record; a segment per
    # contact, merged four at a time, wrote 11
    assert _segments_written(conn, hundred) <= 3
    assert len(repo.search_page(conn, "Fahrrad", limit=100).hits) == 100
    _index_sound(conn)


def test_a_contact_is_found_inside_the_transaction_that_saved_it_and_after(conn, pupil):
    with transaction(conn):
        saved = record_contact(conn, _contact(pupil, "Streit am Kickertisch"))
        assert _found(conn, "Kickertisch") == [saved.id]
    assert _found(conn, "Kickertisch") == [saved.id]
    assert conn.execute("SELECT count(*) FROM fts_contact_pending").fetchone()[0] == 0
    _index_sound(conn)


def test_a_contact_deleted_before_it_was_indexed_leaves_nothing(conn, pupil):
    kept = record_contact(conn, _contact(pupil, "Tischtennis in der Pause"))
    with transaction(conn):
        gone = record_contact(conn, _contact(pupil, "Tischtennis und Hämatom"))
        rowid = conn.execute("SELECT rowid FROM contact WHERE id = ?", (gone.id,)).fetchone()[0]
        conn.execute("DELETE FROM contact WHERE id = ?", (gone.id,))
    assert _found(conn, "Tischtennis") == [kept.id]
    assert _found(conn, "Hämatom") == []
    assert conn.execute("SELECT count(*) FROM fts_contact_docsize WHERE id = ?",
                        (rowid,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM fts_contact_pending").fetchone()[0] == 0
    _index_sound(conn)


def test_an_indexed_contact_deleted_leaves_nothing(conn, pupil):
    gone = record_contact(conn, _contact(pupil, "Schulweg mit dem Roller"))
    assert _index_holds(conn, gone.id) == 1
    with transaction(conn):
        conn.execute("DELETE FROM contact WHERE id = ?", (gone.id,))
    assert _found(conn, "Roller") == []
    assert conn.execute("SELECT count(*) FROM fts_contact_docsize").fetchone()[0] == 0
    _index_sound(conn)


def test_a_changed_contact_is_found_by_its_new_words_only(conn, pupil):
    before = record_contact(conn, _contact(pupil, "Streit im Klassenchat"))
    with transaction(conn):
        during = record_contact(conn, _contact(pupil, "Bauchschmerzen vor Mathe"))
        for contact, note in ((before, "Versöhnung im Klassenrat"), (during, "Zahnarzt")):
            conn.execute("UPDATE contact SET note = ? WHERE id = ?", (note, contact.id))
    assert _found(conn, "Klassenchat") == [] and _found(conn, "Bauchschmerzen") == []
    assert _found(conn, "Klassenrat") == [before.id] and _found(conn, "Zahnarzt") == [during.id]
    _index_sound(conn)
