"""Drafts, corrections by annotation, disputed flag and working notes (R3)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import activities, notes
from ssa_desktop.storage import repositories as repo
from tests.support.examples import examples
from tests.support.vaults import fresh_vault


@pytest.fixture
def contact(conn, pupil):
    return activities.record_contact(conn, Contact(day=date(2026, 11, 21), kind="EB",
                                                   duration_min=30, person_id=pupil.id,
                                                   observation="Fassung 0"))


def test_drafts_are_upserted_listed_newest_first_and_deleted(conn):
    a = notes.save_draft(conn, "d1", "quick_entry", {"observation": "eins"})
    notes.save_draft(conn, "d1", "quick_entry", {"observation": "eins zwei"})
    assert [notes.draft_data(d)["observation"] for d in notes.pending_drafts(conn)] == ["eins zwei"]
    notes.save_draft(conn, "d2", "working_note", {"text": "x"}, ref="p1")
    assert {d.id for d in notes.pending_drafts(conn)} == {a.id, "d2"}
    assert [d.id for d in notes.pending_drafts(conn, "working_note")] == ["d2"]
    notes.delete_draft(conn, "d1")
    assert [d.id for d in notes.pending_drafts(conn)] == ["d2"]


def test_a_draft_is_a_change_of_drafts_only_when_its_line_changes(conn, pupil):
    """Typing on changes only the text (``DRAFT_TEXTS``): the overview's line stays; a
    new draft, another person, a short contact or a later minute change the line."""
    from datetime import datetime

    from ssa_desktop.domain import clock
    from ssa_desktop.services import overview
    from ssa_desktop.services.operations import Changes, DataKind, run

    listed, text = Changes.of(DataKind.DRAFT_TEXTS, DataKind.DRAFTS), Changes.of(
        DataKind.DRAFT_TEXTS)
    with clock.frozen(datetime(2026, 11, 20, 9, 5, 10)):
        saves = [({"observation": "Kim"}, listed),
                 ({"observation": "Kim erzaehlt"}, text),
                 ({"observation": "Kim erzaehlt", "person_id": pupil.id}, listed),
                 ({"observation": "Kim", "person_id": pupil.id}, text),
                 ({"observation": "Kim", "person_id": pupil.id, "short": True}, listed)]
        for data, expected in saves:
            lines = [i.text for i in overview.draft_lines(conn)]
            assert run(notes.save_draft, conn, "d1", "quick_entry", data).changes == expected
            assert ([i.text for i in overview.draft_lines(conn)] == lines) == (
                expected == text)
    with clock.frozen(datetime(2026, 11, 20, 9, 6)):
        assert run(notes.save_draft, conn, "d1", "quick_entry",
                   {"observation": "Kim", "person_id": pupil.id, "short": True}
                   ).changes == listed                      # "vom 20.11.2026 09:06"


def test_annotation_keeps_the_earlier_version_and_updates_the_field(conn, contact):
    ann = notes.add_annotation(conn, "contact", contact.id, "observation", "Fassung 1")
    assert ann.previous == "Fassung 0"
    assert repo.CONTACTS.get(conn, contact.id).observation == "Fassung 1"
    with pytest.raises(ValueError, match="gleich"):
        notes.add_annotation(conn, "contact", contact.id, "observation", "Fassung 1")
    with pytest.raises(ValueError):
        notes.add_annotation(conn, "contact", contact.id, "kind", "KI")
    assert not conn.in_transaction


@settings(max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=6, unique=True))
def test_annotation_chain_reconstructs_every_version(versions):
    with fresh_vault() as session:
        conn = session.conn
        contact = activities.record_contact(conn, Contact(day=date(2026, 11, 21), kind="EB",
                                                          duration_min=5, assessment="Anfang"))
        texts = ["Anfang"] + [v for v in versions if v != "Anfang"]
        for text in texts[1:]:
            notes.add_annotation(conn, "contact", contact.id, "assessment", text)
        chain = notes.annotations_for(conn, contact.id)
        assert [a.previous for a in chain] == texts[:-1]
        assert [a.text for a in chain] == texts[1:]
        assert repo.CONTACTS.get(conn, contact.id).assessment == texts[-1]


def test_disputed_flag(conn, contact):
    notes.set_disputed(conn, contact.id, True)
    assert repo.CONTACTS.get(conn, contact.id).disputed
    notes.set_disputed(conn, contact.id, False)
    assert not repo.CONTACTS.get(conn, contact.id).disputed


def test_working_notes_expire_after_thirty_days_at_the_latest(conn, pupil):
    today = date(2026, 11, 21)
    note = notes.add_working_note(conn, " anrufen ", person_id=pupil.id, today=today)
    assert note.text == "anrufen" and note.expires == today + timedelta(days=30)
    longer = notes.add_working_note(conn, "x", person_id=pupil.id, days=90, today=today)
    assert longer.expires == today + timedelta(days=30)  # never longer than R3 allows
    assert not notes.working_notes_expired(conn, today + timedelta(days=29))
    assert notes.purge_expired_working_notes(conn, today + timedelta(days=29)) == 0
    assert notes.working_notes_expired(conn, today + timedelta(days=30))
    assert notes.purge_expired_working_notes(conn, today + timedelta(days=30)) == 2
    assert not notes.working_notes_expired(conn, today + timedelta(days=30))
    assert repo.WORKING_NOTES.count(conn) == 0
    with pytest.raises(ValueError):
        notes.add_working_note(conn, "   ", person_id=pupil.id)


def test_finalise_deletes_the_working_note(conn, pupil):
    note = notes.add_working_note(conn, "Entwurf", person_id=pupil.id)
    notes.finalise_working_note(conn, note.id)
    assert notes.working_notes(conn, pupil.id) == []


def test_last_contact_defaults_never_carry_person_or_note(conn, contact):
    defaults = notes.last_contact_defaults(conn, contact.person_id)
    assert defaults == {"kind": "EB", "duration_min": 30, "participants": ["pupil"],
                        "access_route": ""}
    assert notes.last_contact_defaults(conn, "someone-else") == {}
    assert notes.last_contact_defaults(conn, "") == {}
