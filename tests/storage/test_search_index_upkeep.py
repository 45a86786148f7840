"""Issue 21 item 5: the full-text indexes are kept in one piece. Every transaction leaves
a segment; a search looks each word up in every segment, and on twenty years of daily
saving the first search after an unlock read more segment pages than doclist pages. The
upkeep after an unlock (``services.search.tidy_index``) merges an index with more than
``MERGE_ABOVE`` segments into one, in short transactions; what a search finds stays the
same, and the merge leaves no deleted word in any page."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import search as search_svc
from ssa_desktop.services.activities import record_contact
from ssa_desktop.services.operations import Cancelled, Progress
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import search_index_repo as sirepo
from ssa_desktop.storage.connection import checkpoint
from tests.support.sqlcipher_pages import pages_holding


# -- the structure record, by hand ---------------------------------------------------------
@pytest.mark.parametrize("record, segments", [
    (b"\x00\x00\x00\x07" + bytes([3, 9, 40]), 9),                 # cookie, levels, segments, …
    (b"\x00\x00\x00\x07" + bytes([1, 0]), 0),                     # an empty index
    (b"\x00\x00\x00\x07" + bytes([2, 0x81, 0x48, 5]), 200),       # two-byte varint: 1·128 + 72
    (b"\x12\x34\x56\x78" + b"\xff\x00\x00\x01" + bytes([4, 13, 2]), 13),  # with the v2 marker
    (b"\x00\x00\x00\x00" + bytes([0x80, 0x81, 0x01, 0x82, 0x00]), 256),   # levels 129, segments 2·128
])
def test_segment_count_reads_the_structure_record(record, segments):
    assert sirepo.segment_count(record) == segments


def test_merge_step_refuses_a_table_that_is_no_index(conn):
    with pytest.raises(ValueError):
        sirepo.merge_step(conn, "contact", 10)


# -- on a real vault -----------------------------------------------------------------------
def _save(conn, pupil, n: int, word: str = "Fahrradhelm") -> list[str]:
    """``n`` contacts, each saved in its own transaction (as the worker saves them)."""
    return [record_contact(conn, Contact(date(2026, 9, 1), "EB", 30, person_id=pupil.id,
                                         note=f"Nr. {i}: {word} vergessen")).id
            for i in range(n)]


@pytest.fixture
def no_automerge(conn):
    """FTS5 merges small segments by itself; switched off, every save is one segment and
    the count can be set exactly."""
    conn.execute("INSERT INTO fts_contact(fts_contact, rank) VALUES ('automerge', 0)")
    return conn


def test_an_index_at_the_limit_is_left_as_it_is(no_automerge, pupil):
    conn = no_automerge
    _save(conn, pupil, search_svc.MERGE_ABOVE)
    assert sirepo.segments(conn)["fts_contact"] == search_svc.MERGE_ABOVE == 8
    assert search_svc.tidy_index(conn) == 0
    assert sirepo.segments(conn)["fts_contact"] == 8


def test_one_segment_more_and_it_is_merged_into_one(no_automerge, pupil):
    conn = no_automerge
    ids = _save(conn, pupil, search_svc.MERGE_ABOVE + 1)
    before = [h.id for h in repo.search(conn, "fahrr")]
    assert sirepo.segments(conn)["fts_contact"] == 9
    assert search_svc.tidy_index(conn) >= 1
    assert sirepo.segments(conn) == {"fts_person": 1, "fts_contact": 1, "fts_group": 0,
                                     "fts_partner": 0, "fts_document": 0}
    assert [h.id for h in repo.search(conn, "fahrr")] == before == ids[::-1]
    assert search_svc.tidy_index(conn) == 0   # nothing left to do


def test_a_large_index_is_merged_in_several_short_steps(no_automerge, pupil, monkeypatch):
    conn = no_automerge
    long_note = " ".join(f"Wort{i} Fahrradhelm" for i in range(400))
    for _ in range(12):
        record_contact(conn, Contact(date(2026, 9, 1), "EB", 30, person_id=pupil.id,
                                     note=long_note))
    monkeypatch.setattr(search_svc, "MERGE_PAGES", 4)
    steps = search_svc.tidy_index(conn)
    assert steps > 2
    assert sirepo.segments(conn)["fts_contact"] == 1
    assert len(repo.search_page(conn, "wort399").hits) == 12


def test_a_cancel_stops_before_the_next_step_and_the_index_still_finds(no_automerge, pupil):
    conn = no_automerge
    ids = _save(conn, pupil, 10)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        search_svc.tidy_index(conn, progress)
    assert sirepo.segments(conn)["fts_contact"] == 10
    assert not conn.in_transaction
    assert [h.id for h in repo.search(conn, "Fahrradhelm")] == ids[::-1]


def test_the_merge_leaves_no_deleted_word_in_any_page(open_vault, no_automerge, pupil):
    conn = no_automerge
    gone = record_contact(conn, Contact(date(2026, 9, 1), "EB", 30, person_id=pupil.id,
                                        note="Quittenmus4711 und Fahrradhelm"))
    _save(conn, pupil, 9)
    conn.execute("DELETE FROM contact WHERE id = ?", (gone.id,))
    assert search_svc.tidy_index(conn) >= 1
    checkpoint(conn)
    key, path = bytes(open_vault.data_key), open_vault.vault.db_path
    assert pages_holding(path, key, ["Quittenmus4711", "quittenmus4711"]) == []
    assert not repo.search(conn, "Quittenmus")
    assert len(repo.search(conn, "Fahrradhelm")) == 9


def test_the_upkeep_refuses_to_run_inside_a_transaction(no_automerge, pupil):
    """Each step must commit on its own (a save in between waits for one step only)."""
    conn = no_automerge
    _save(conn, pupil, 9)
    conn.execute("BEGIN")
    try:
        with pytest.raises(RuntimeError):
            search_svc.tidy_index(conn)
    finally:
        conn.execute("ROLLBACK")
    assert sirepo.segments(conn)["fts_contact"] == 9
