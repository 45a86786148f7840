"""Search (Strg+K) on a real vault: a bounded first page per kind, the last recorded first, the next
page only when asked for (issue 21: the time of a search must not grow with the years;
ranking every hit by relevance did)."""

from __future__ import annotations

from datetime import date, timedelta

from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.services import retention
from ssa_desktop.services.activities import record_contact
from ssa_desktop.storage import repositories as repo


def _contacts(conn, person_id: str, n: int, word: str = "Fahrrad") -> list[str]:
    """``n`` contacts mentioning ``word``, recorded one after another (ids in that order)."""
    ids = []
    for i in range(n):
        contact = record_contact(conn, Contact(date(2026, 9, 1) + timedelta(days=i), "EB", 30,
                                               person_id=person_id,
                                               note=f"Nr. {i}: {word} auf dem Schulhof"))
        ids.append(contact.id)
    return ids


def test_the_first_page_is_the_20_last_recorded_and_the_next_page_the_rest(conn, pupil):
    ids = _contacts(conn, pupil.id, 25)
    page = repo.search_page(conn, "fahrr")
    assert [h.id for h in page.hits] == ids[::-1][:20]          # last recorded first
    assert page.more == frozenset({"contact"})
    rest = repo.search_page(conn, "fahrr", kinds=("contact",), before=page.hits[-1].rowid)
    assert [h.id for h in rest.hits] == ids[4::-1]                # the five oldest
    assert rest.more == frozenset()
    assert repo.search(conn, "fahrr") == page.hits


def test_exactly_20_hits_have_no_more_and_21_have(conn, pupil):
    _contacts(conn, pupil.id, 20)
    page = repo.search_page(conn, "Fahrrad")
    assert len(page.hits) == 20 and page.more == frozenset()
    _contacts(conn, pupil.id, 1)
    page = repo.search_page(conn, "Fahrrad")
    assert len(page.hits) == 20 and page.more == frozenset({"contact"})


def test_a_restricted_persons_notes_are_on_no_page(conn, pupil):
    other = repo.PERSONS.insert(conn, Person("M-03", school_id="school-1"))
    mine = _contacts(conn, pupil.id, 3)
    _contacts(conn, other.id, 30)
    retention.restrict(conn, other.id, today=date(2026, 11, 1))
    page = repo.search_page(conn, "Fahrrad")
    assert [h.id for h in page.hits] == mine[::-1] and page.more == frozenset()


def test_one_character_before_the_last_word_is_a_whole_word(conn, pupil):
    assert repo.fts_query("K-1") == '"K" "1"*'
    assert repo.fts_query("Konflikt") == '"Konflikt"*'
    assert repo.fts_query("K") == '"K"*'
    assert repo.fts_query(" ") == ""
    repo.PERSONS.insert(conn, Person("K-2", school_id="school-1"))
    repo.PERSONS.insert(conn, Person("KA-15", school_id="school-1"))
    assert [h.title for h in repo.search(conn, "K-1") if h.kind == "person"] == ["K-17"]
