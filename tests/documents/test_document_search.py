"""Strg+K finds documents by title and kind (no text extraction): every word the start of a
word of the title or of the kind's name; the last added first, a page at a time; a
restricted person's and a deleted document never (services/search.py)."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import documents as d
from ssa_desktop.services import documents, retention, search
from tests.support import document_files as f

DAY = date(2026, 3, 2)


def _add(conn, person_id, kind, title):
    return documents.add_document(conn, d.Owner("person", person_id), kind, title, DAY, f.pdf())


def _documents(conn, text, **kwargs):
    return [h for h in search.search_page(conn, text, **kwargs).hits if h.kind == "document"]


def test_a_document_is_found_by_its_title_and_its_kind(conn, pupil):
    release = _add(conn, pupil.id, "release", "Schweigepflichtentbindung Jugendamt")
    report = _add(conn, pupil.id, "report", "Zeugnis Halbjahr")
    [hit] = _documents(conn, "schweige")
    assert (hit.id, hit.person_id) == (release.id, pupil.id)
    assert "[[Schweigepflichtentbindung]]" in hit.snippet and "K-17" in hit.title
    assert [h.id for h in _documents(conn, "Bescheid")] == [report.id]      # its kind
    assert [h.id for h in _documents(conn, "jugend schweig")] == [release.id]
    assert _documents(conn, "jugend zeugnis") == [] and _documents(conn, "amt") == []
    assert _documents(conn, "schweigepflichtentbindungen") == []


def test_the_last_added_first_a_page_at_a_time(conn, pupil):
    made = [_add(conn, pupil.id, "letter", f"Brief {n}") for n in range(23)]
    page = search.search_page(conn, "brief")
    hits = [h for h in page.hits if h.kind == "document"]
    assert [h.id for h in hits] == [x.id for x in reversed(made)][:20]
    assert "document" in page.more
    rest = search.search_page(conn, "brief", kinds=("document",), before=hits[-1].rowid)
    assert [h.id for h in rest.hits] == [x.id for x in reversed(made)][20:]
    assert rest.more == frozenset()


def test_a_restricted_or_deleted_document_is_not_found(conn, pupil, frozen_clock):
    doc = _add(conn, pupil.id, "letter", "Brief vom Jugendamt")
    assert len(_documents(conn, "jugendamt")) == 1
    retention.restrict(conn, pupil.id)
    assert _documents(conn, "jugendamt") == []
    retention.lift_restriction(conn, pupil.id)
    documents.delete_document(conn, doc.id)
    assert _documents(conn, "jugendamt") == []
