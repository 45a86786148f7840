"""What quick entry saves is exactly what its fields showed when she pressed Enter: the
minimal key sequences the property test (test_saved_as_shown_property.py) found, with
real key events, read back from the vault through the service."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from ssa_desktop.domain.entities import Case, Contact
from ssa_desktop.services import activities, notes
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.quick_entry.dialog import DRAFT_KIND, QuickEntryDialog
from tests.conftest import TODAY

from .test_quick_entry import _key, _open, _target

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _type(text: str) -> None:
    for ch in text:
        QTest.keyClicks(_target(), ch)


def _saved(ctx, dialog) -> Contact:
    contact = repo.CONTACTS.get(ctx.conn, dialog.saved_contact_id or "")
    assert contact is not None, dialog.error.text()
    return contact


def test_a_new_pupils_duration_typed_before_saving_is_saved(qtbot, ctx, pupil):
    dialog = _open(qtbot, ctx)
    _type("z99")
    _key(Qt.Key_Tab)
    _type("w")
    _type("5a")
    _key(Qt.Key_U, Qt.AltModifier)
    _type("45")
    assert dialog.duration.spin.text() == "45 Min."
    _key(Qt.Key_Return, Qt.ControlModifier)
    assert _saved(ctx, dialog).duration_min == 45  # it was 30: the new pupil's defaults


def test_a_person_resolved_by_enter_brings_her_values_on_screen_before_saving(qtbot, ctx,
                                                                             pupil):
    activities.record_contact(ctx.conn, Contact(day=TODAY, kind="EG", duration_min=45,
                                                person_id=pupil.id, participants=("parent",)))
    dialog = _open(qtbot, ctx)
    _key(Qt.Key_U, Qt.AltModifier)
    _type("20")
    _key(Qt.Key_P, Qt.AltModifier)
    _type("k17")
    _key(Qt.Key_Return)
    # the screen showed Einzelberatung, 20 Min., Schüler:in: nothing saved in secret
    assert dialog.saved_contact_id is None and dialog.isVisible()
    assert "bitte prüfen" in dialog.error.text()
    assert dialog.duration.spin.text() == "45 Min."  # what is now on screen …
    assert dialog.kind_combo.currentText() == "Elterngespräch"
    _key(Qt.Key_Return)
    contact = _saved(ctx, dialog)  # … is what the second Enter saves
    assert (contact.kind, contact.duration_min, contact.participants) == ("EG", 45, ("parent",))


def test_a_kind_typed_then_enter_shows_its_participants_before_saving(qtbot, ctx, pupil):
    dialog = _open(qtbot, ctx)
    _type("k17")
    _key(Qt.Key_Tab)
    _key(Qt.Key_A, Qt.AltModifier)
    _type("Elterng")
    _key(Qt.Key_Return, Qt.ControlModifier)  # saves from the open list
    assert dialog.saved_contact_id is None  # Schüler:in was ticked on screen
    assert dialog.participants.codes() == ("parent",)
    _key(Qt.Key_Return)
    contact = _saved(ctx, dialog)
    assert (contact.kind, contact.participants) == ("EG", ("parent",))


def test_a_time_typed_in_part_is_saved_as_shown(qtbot, ctx, pupil):
    dialog = _open(qtbot, ctx)
    _type("k17")
    _key(Qt.Key_Z, Qt.AltModifier)
    _type("145")
    assert dialog.time_edit.text() == "14:5"
    _key(Qt.Key_Return)
    assert _saved(ctx, dialog).time == "14:05"  # it was 12:00, the time before she typed


def test_an_emptied_duration_is_refused_not_replaced_by_the_former_one(qtbot, ctx, pupil):
    dialog = _open(qtbot, ctx)
    _type("k17")
    _key(Qt.Key_U, Qt.AltModifier)
    _key(Qt.Key_Backspace)
    assert dialog.duration.spin.cleanText() == ""
    _key(Qt.Key_Return)
    assert dialog.saved_contact_id is None  # 30 was saved while the field was empty
    assert dialog.error.text() == "Dauer in Minuten: Bitte eine Zahl eingeben."
    assert dialog.duration.spin.is_refused()
    assert QApplication.focusWidget() is dialog.duration.spin
    _type("25")
    assert not dialog.duration.spin.is_refused() and not dialog.error.isVisible()
    _key(Qt.Key_Return)
    assert _saved(ctx, dialog).duration_min == 25


@pytest.fixture
def german_numbers():
    """The app's locale (app.py): German numbers, where "." groups thousands."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.German, QLocale.Germany))
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("german_numbers")
def test_a_dot_typed_in_the_duration_is_no_thousands_separator(qtbot, ctx, pupil):
    dialog = _open(qtbot, ctx)
    _type("k17")
    _key(Qt.Key_U, Qt.AltModifier)
    _type("1.5")
    assert dialog.duration.spin.text() == "15 Min."  # it showed "1.5 Min." and saved 15
    _key(Qt.Key_Return)
    assert _saved(ctx, dialog).duration_min == 15


def test_an_appointments_person_comes_with_her_open_case(qtbot, ctx, pupil):
    case = repo.CASES.insert(ctx.conn, Case(pupil.id, date(2026, 9, 1), title="Streit Pause"))
    dialog = QuickEntryDialog(ctx, prefill={"person_id": pupil.id, "kind": "EB"})
    qtbot.addWidget(dialog)
    assert dialog.case_combo.currentData() == case.id


def test_strg_enter_in_an_open_list_saves_what_the_fields_show(qtbot, ctx, pupil):
    """Found by the property test: restore a draft (the focus goes to the note),
    Shift+Tab to Fall, Space opens its list, Strg+Enter. The list kept the keys and took
    Strg+Enter as a pick: nothing was saved and nothing said."""
    notes.save_draft(ctx.conn, "d-1", DRAFT_KIND, {
        "person_id": pupil.id, "kind": "TEL", "day": TODAY.isoformat(), "time": "09:40",
        "duration_min": 15, "participants": ["parent"], "topics": [],
        "observation": "Mutter rief an"})
    dialog = _open(qtbot, ctx)
    QTest.mouseClick(dialog.restore_button, Qt.LeftButton)
    _key(Qt.Key_Backtab, Qt.ShiftModifier)
    assert QApplication.focusWidget() is dialog.case_combo
    _key(Qt.Key_Space)
    assert QApplication.activePopupWidget() is not None  # the list of Fall is open
    # where the keys of an open list go: the list inside the popup frame
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return, Qt.ControlModifier)
    contact = _saved(ctx, dialog)
    assert (contact.kind, contact.duration_min, contact.time) == ("TEL", 15, "09:40")
    assert contact.case_id is None and contact.observation == "Mutter rief an"
    assert QApplication.activePopupWidget() is None


def test_a_kind_key_in_an_open_list_closes_it_and_chooses_the_kind(qtbot, ctx, pupil):
    """Alt+1 … Alt+6 work from a combo box's open list too (the list sees the dialog's
    keys since Strg+Enter saves from there): the list closes, the focus goes to Themen."""
    dialog = _open(qtbot, ctx)
    dialog.case_combo.setFocus()
    _key(Qt.Key_Space)
    assert QApplication.activePopupWidget() is not None
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_2, Qt.AltModifier)
    assert QApplication.activePopupWidget() is None
    assert dialog.kind_combo.currentText() == "Elterngespräch"
    QApplication.processEvents()  # the closed list was made the active window after it
    assert QApplication.focusWidget() is dialog.topics.edit


def test_a_refused_duration_keeps_her_text_and_the_message_after_a_closed_list(qtbot, ctx,
                                                                             pupil):
    """Found by the property test: "k" opens Person's completer list, "17" closes it,
    Alt+U goes to Dauer, "+", Enter refuses it. Offscreen, the closed list is made the
    active window late and takes the focus to Person (real platforms show a list without
    activating it); leaving Dauer put the former 30 back on screen and withdrew the
    message, and the next Enter saved nothing and said nothing. A refused number now
    keeps her text and the message until she changes it, wherever the focus goes."""
    dialog = _open(qtbot, ctx)
    _type("k")
    assert dialog.picker.completer().popup().isVisible()  # Person's completer list …
    _type("17")
    assert not dialog.picker.completer().popup().isVisible()  # … closed: "k17" matches none
    _key(Qt.Key_U, Qt.AltModifier)
    assert QApplication.focusWidget() is dialog.duration.spin
    _type("+")
    _key(Qt.Key_Return)
    assert "„+“ ist keine Zahl" in dialog.error.text()
    QApplication.processEvents()  # the late activation arrives here
    if QApplication.activeWindow() is not dialog:  # as the window manager gives it back
        dialog.activateWindow()
        QApplication.processEvents()
    assert dialog.duration.spin.text() == "+ Min."  # her text, not the former 30
    assert dialog.error.isVisibleTo(dialog) and "„+“" in dialog.error.text()
    _key(Qt.Key_Return)  # from wherever the focus is: refused again, said again
    assert dialog.saved_contact_id is None
    assert dialog.error.isVisibleTo(dialog) and "„+“" in dialog.error.text()


def test_a_refused_duration_stays_when_she_clicks_elsewhere(qtbot, ctx, pupil):
    """Leaving a refused Dauer (a click into Person) put the former number back on
    screen and withdrew the message: a refused value silently replaced."""
    dialog = _open(qtbot, ctx)
    _type("k17")
    _key(Qt.Key_U, Qt.AltModifier)
    _type("+")
    _key(Qt.Key_Return)
    assert dialog.duration.spin.is_refused()
    QTest.mouseClick(dialog.picker, Qt.LeftButton)
    assert QApplication.focusWidget() is dialog.picker
    assert dialog.duration.spin.text() == "+ Min." and dialog.duration.spin.is_refused()
    assert dialog.error.isVisibleTo(dialog)
    QTest.mouseClick(dialog.duration.spin.lineEdit(), Qt.LeftButton)
    dialog.duration.spin.lineEdit().selectAll()
    _type("20")  # she changes it: accepted, the message goes
    assert not dialog.duration.spin.is_refused() and not dialog.error.isVisibleTo(dialog)
    _key(Qt.Key_Return)
    assert _saved(ctx, dialog).duration_min == 20


def test_a_preset_clicked_after_a_refused_duration_ends_the_refusal(qtbot, ctx, pupil):
    """The refusal stays while the field shows no number; a preset puts one there."""
    dialog = _open(qtbot, ctx)
    _type("k17")
    _key(Qt.Key_U, Qt.AltModifier)
    _type("+")
    _key(Qt.Key_Return)
    assert dialog.duration.spin.is_refused()
    QTest.mouseClick(dialog.duration.findChildren(QPushButton)[3], Qt.LeftButton)  # 45
    assert dialog.duration.spin.text() == "45 Min."
    assert not dialog.duration.spin.is_refused() and not dialog.error.isVisibleTo(dialog)
    _key(Qt.Key_Return, Qt.ControlModifier)
    assert _saved(ctx, dialog).duration_min == 45
