"""The deputy records where a contact took place (Ort) in "Kontakt erfassen" as in the
quick entry: a bound label with Alt+O, an accessible name, chosen by typing, "—" (not
recorded) until she chooses; it is saved into the package with the contact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.storage import repositories as repo
from tests.ui.handover.deputy_fixture import WORKDAY, gone
from tests.ui.handover.test_deputy_window import _contact_dialog, alt


def test_the_deputy_chooses_the_place_by_keyboard_and_it_is_saved(deputy_window, qtbot, deputy_package):
    with clock.frozen(WORKDAY):
        deputy_window.persons.setFocus()
        QTest.keyClick(deputy_window.persons, Qt.Key_Down)  # N-5
        dialog = _contact_dialog(qtbot, deputy_window)
        assert dialog.place.code() == "" and dialog.place.currentText() == "—"
        assert dialog.place.accessibleName() == "Ort"
        assert dialog.form.labelForField(dialog.place).buddy() is dialog.place
        alt(qtbot, Qt.Key_A)
        QTest.keyClicks(QApplication.focusWidget(), "Hausb")
        alt(qtbot, Qt.Key_O)
        assert QApplication.focusWidget() in (dialog.place, dialog.place.lineEdit())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(QApplication.focusWidget(), "Haus")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() not in (dialog.place, dialog.place.lineEdit())
        alt(qtbot, Qt.Key_S)
        qtbot.waitUntil(lambda: gone(dialog))
        [contact] = repo.CONTACTS.all(deputy_window.pkg)
    assert (contact.person_id, contact.kind, contact.place) == (deputy_package.n5, "HB", "home_visit")


def test_without_a_choice_no_place_is_recorded(deputy_window, qtbot, deputy_package):
    with clock.frozen(WORKDAY):
        dialog = _contact_dialog(qtbot, deputy_window)
        alt(qtbot, Qt.Key_S)
        qtbot.waitUntil(lambda: gone(dialog))
        [contact] = repo.CONTACTS.all(deputy_window.pkg)
    assert contact.place == ""
