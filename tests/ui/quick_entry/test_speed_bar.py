"""The speed bar: a contact for an existing pupil in at most 8 keystrokes, a new pupil
with a first contact in at most 12 (the note text aside). The tests drive exactly the
paths in ``benchmarks/daily_keys.py`` with real key events in the real main window and
read the records back from the vault; ``bench_daily`` reports the same counts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import activities
from ssa_desktop.storage import repositories as repo
from tests.conftest import TODAY
from tests.support.main_windows import active_main_window

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
import daily_keys as keys  # noqa: E402

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def window(ctx, qtbot, tmp_path, pupil):
    # yesterday's entry sets the defaults: an Einzelberatung of 30 minutes
    activities.record_contact(ctx.conn, Contact(day=TODAY, kind="EB", duration_min=30,
                                                person_id=pupil.id, participants=("pupil",)))
    win = active_main_window(ctx, qtbot, tmp_path)
    # the unlock's upkeep ends with the day's backup and says so in the status line: the
    # line a test's save writes comes after it, not raced by it
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() == "Tägliche Sicherung erstellt.",
                    timeout=20_000)
    yield win
    dialog = getattr(win, "_quick_entry", None)
    if dialog is not None and dialog.isVisible():
        dialog.note.clear()
        dialog.topics.set_codes(())


def _known(conn) -> set[str]:
    return {c.id for c in repo.CONTACTS.all(conn)}


def _new_contact(conn, known: set[str]):
    """The one contact saved since ``known`` (the quick entry is given up once closed)."""
    [contact] = [c for c in repo.CONTACTS.all(conn) if c.id not in known]
    return contact


def test_existing_pupil_contact_in_eight_keys(window, ctx, conn, pupil, qtbot):
    assert keys.count(keys.EXISTING_PUPIL_CONTACT) <= 8
    before, known = repo.CONTACTS.count(conn), _known(conn)
    keys.drive(keys.EXISTING_PUPIL_CONTACT)
    qtbot.waitUntil(lambda: repo.CONTACTS.count(conn) == before + 1)
    contact = _new_contact(conn, known)
    assert (contact.person_id, contact.kind, contact.topics) == (pupil.id, "TEL", ("FAM",))
    assert contact.duration_min == 30 and contact.day == TODAY
    assert "Telefonat mit K-17" in window.statusBar().currentMessage()


def test_existing_pupil_contact_with_a_note(window, ctx, conn, pupil, qtbot):
    path = keys.with_note(keys.EXISTING_PUPIL_CONTACT)
    assert keys.count(path) - len(keys.NOTE) <= 9  # Alt+N is the one key for the note
    known = _known(conn)
    keys.drive(path)
    qtbot.waitUntil(lambda: repo.CONTACTS.count(conn) == 2)
    contact = _new_contact(conn, known)
    assert (contact.kind, contact.topics, contact.observation) == ("TEL", ("FAM",), keys.NOTE)


def test_new_pupil_with_first_contact_in_twelve_keys(window, ctx, conn, qtbot):
    assert keys.count(keys.NEW_PUPIL_CONTACT) <= 12
    known = _known(conn)
    keys.drive(keys.NEW_PUPIL_CONTACT)
    qtbot.waitUntil(lambda: repo.CONTACTS.count(conn) == 2)
    [person] = [p for p in repo.PERSONS.all(conn) if p.pseudonym == "Z-99"]
    assert (person.kind, person.class_label, person.grade, person.gender, person.school_id) == (
        "pupil", "5a", 5, "w", "school-1")
    contact = _new_contact(conn, known)
    assert (contact.person_id, contact.kind, contact.topics) == (person.id, "TEL", ("FAM",))
    assert QApplication.activeModalWidget() is None
