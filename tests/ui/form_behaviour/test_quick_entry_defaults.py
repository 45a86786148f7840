"""Quick entry's defaults come from the person, never from another person's last contact
(issue 31 item 6: after an Elterngespräch about N-5, Strg+N → K-17 was prefilled with
"Elterngespräch" and Beteiligte Eltern). What is carried over is marked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.services import activities
from ssa_desktop.storage import repositories as repo
from tests.ui.quick_entry.test_quick_entry import _open, _target

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _pick(text: str) -> None:
    QTest.keyClicks(_target(), text)
    QTest.keyClick(_target(), Qt.Key_Tab)


@pytest.fixture
def parents_talk_about_n5(conn):
    n5 = repo.PERSONS.insert(conn, Person("N-5", grade=5, class_label="5a",
                                          school_id="school-1"))
    activities.record_contact(conn, Contact(day=date(2026, 11, 24), kind="EG",
                                            duration_min=60, person_id=n5.id,
                                            participants=("parent",)))
    return n5


def test_another_persons_elterngespraech_is_not_carried_over(qtbot, ctx, pupil,
                                                             parents_talk_about_n5):
    dialog = _open(qtbot, ctx)
    _pick("k17")
    assert dialog.picker.person_id() == pupil.id
    assert dialog.kind_combo.code() == "EB"
    assert dialog.participants.codes() == ("pupil",)
    assert dialog.duration.minutes() == 30
    assert not dialog.carried_label.isVisible()


def test_the_same_persons_last_contact_is_carried_over_and_marked(qtbot, ctx, pupil,
                                                                 parents_talk_about_n5):
    dialog = _open(qtbot, ctx)
    _pick("N-5")
    assert dialog.picker.person_id() == parents_talk_about_n5.id
    assert dialog.kind_combo.code() == "EG"
    assert dialog.participants.codes() == ("parent",)
    assert dialog.duration.minutes() == 60
    assert dialog.carried_label.isVisible()
    assert dialog.carried_label.text() == "übernommen vom letzten Kontakt mit dieser Person"
    assert dialog.carried_label.accessibleName()


def test_a_teacher_without_contacts_gets_beratung_lehrkraft(qtbot, ctx, conn, pupil):
    repo.PERSONS.insert(conn, Person("L-2", kind="teacher", school_id="school-1"))
    dialog = _open(qtbot, ctx)
    _pick("L-2")
    assert dialog.kind_combo.code() == "BL"
    assert dialog.participants.codes() == ("teacher",)
    assert not dialog.carried_label.isVisible()


def test_her_appointment_today_gives_time_and_length_and_is_named(qtbot, ctx, conn, pupil,
                                                                  frozen_clock):
    from ssa_desktop.domain.entities import Appointment

    # an appointment with K-17 today, 10:15–11:00 (45 min), not yet documented
    repo.APPOINTMENTS.insert(conn, Appointment(frozen_clock, "10:15", "11:00",
                                               person_id=pupil.id))
    repo.APPOINTMENTS.insert(conn, Appointment(frozen_clock, "08:00", "08:30",
                                               person_id=pupil.id, status="attended"))
    dialog = _open(qtbot, ctx)
    _pick("k17")
    assert dialog.time_edit.time().toString("HH:mm") == "10:15"
    assert dialog.duration.minutes() == 45
    assert dialog.kind_combo.code() == "EB"
    assert dialog.carried_label.isVisible()
    assert dialog.carried_label.text() == "übernommen vom Termin heute um 10:15"


def test_an_appointment_on_another_day_gives_nothing(qtbot, ctx, conn, pupil, frozen_clock):
    from datetime import timedelta

    from ssa_desktop.domain.entities import Appointment

    repo.APPOINTMENTS.insert(conn, Appointment(frozen_clock + timedelta(days=1), "10:15",
                                               "11:00", person_id=pupil.id))
    dialog = _open(qtbot, ctx)
    _pick("k17")
    assert dialog.duration.minutes() == 30
    assert not dialog.carried_label.isVisible()


@pytest.mark.parametrize(("width", "height"), [(640, 360), (900, 600), (1350, 700)])
def test_the_carried_over_mark_covers_no_field(qtbot, ctx, pupil, parents_talk_about_n5,
                                               width, height):
    """At a width where the Art/Datum/Zeit/Dauer row wraps, the mark appeared at the
    height of the row's second line, over Zeit and Dauer (the form kept the row's
    one-line height when the mark was shown)."""
    from PySide6.QtCore import QPoint, QRect

    from ssa_desktop.ui.background import wait_for_all

    dialog = _open(qtbot, ctx)
    dialog.resize(width, height)
    _pick("N-5")
    assert dialog.carried_label.isVisible()
    wait_for_all()   # what choosing her started, then the layout's posted events
    QApplication.sendPostedEvents()
    QApplication.processEvents()

    def rect(widget):
        return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())

    def covered():
        mark = rect(dialog.carried_label)
        return [w.accessibleName() or type(w).__name__
                for w in (dialog.kind_combo, dialog.time_label, dialog.time_edit,
                          dialog.duration, dialog.kind_keys_hint, dialog.participants)
                if w.isVisible() and rect(w).intersects(mark)]

    assert covered() == []
