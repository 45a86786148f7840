"""What is saved is what is on screen: every selector of quick entry, typed by keyboard,
read back from the vault (issue: "Tel" + Tab saved "Einzelberatung")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog

from .test_quick_entry import _forget_typed, _key, _tab_to, _type


def _open(qtbot, ctx) -> QuickEntryDialog:
    dialog = QuickEntryDialog(ctx)
    qtbot.addWidget(dialog, before_close_func=_forget_typed)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _pick_person(dialog) -> None:
    _type("K-17")
    _key(Qt.Key_Tab)


def _focus(dialog, widget) -> None:
    _tab_to(dialog, widget)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.ControlModifier)


@pytest.mark.parametrize(("field", "prefix", "attribute", "expected"), [
    ("kind_combo", "Tel", "kind", "TEL"),
    ("kind_combo", "krisen", "kind", "KI"),
    ("access_combo", "Lehr", "access_route", "teacher"),
    ("referral_combo", "Poliz", "referral", "POL"),
    ("referral_combo", "Sucht", "referral", "SUC"),
])
def test_prefix_and_tab_saves_the_entry_the_list_suggests(qtbot, ctx, conn, pupil, field,
                                                          prefix, attribute, expected):
    dialog = _open(qtbot, ctx)
    _pick_person(dialog)
    combo = getattr(dialog, field)
    _focus(dialog, combo)
    _type(prefix)
    _key(Qt.Key_Tab)
    assert QApplication.focusWidget() not in (combo, combo.lineEdit())  # Tab moved on
    shown = combo.currentText()
    assert shown.lower().startswith(prefix.lower()) or prefix.lower() in shown.lower()
    dialog.save()
    assert dialog.result() == QDialog.Accepted
    contact = repo.CONTACTS.get(conn, dialog.saved_contact_id)
    assert getattr(contact, attribute) == expected
    assert combo.findData(expected) == combo.currentIndex()  # on screen == saved


@pytest.mark.parametrize(("typed", "why"), [("Xylophon", "gibt es"), ("gespr", "mehreren")])
def test_text_that_fits_no_or_several_entries_is_refused_visibly(qtbot, ctx, conn, pupil,
                                                                  typed, why):
    dialog = _open(qtbot, ctx)
    _pick_person(dialog)
    combo = dialog.kind_combo
    before = combo.currentText()
    _focus(dialog, combo)
    _type(typed)
    _key(Qt.Key_Tab)
    assert combo.currentText() == before  # the previous entry is back on screen ...
    assert combo.is_refused() and why in combo.toolTip()  # ... and she is told why
    assert dialog.error.isVisible() and why in dialog.error.text()


def test_enter_on_a_selector_with_unknown_text_saves_nothing(qtbot, ctx, conn, pupil):
    dialog = _open(qtbot, ctx)
    _pick_person(dialog)
    _focus(dialog, dialog.access_combo)
    _type("Nachbarin")
    _key(Qt.Key_Return)
    assert dialog.result() != QDialog.Accepted and repo.CONTACTS.count(conn) == 0
    assert "Nachbarin" in dialog.error.text()


def test_enter_in_themen_with_an_unknown_word_acts_only_in_that_field(qtbot, ctx, conn, pupil):
    dialog = _open(qtbot, ctx)
    _pick_person(dialog)
    _focus(dialog, dialog.topics.edit)
    _type("Hausaufgabenheft")
    _key(Qt.Key_Return)
    assert dialog.isVisible() and repo.CONTACTS.count(conn) == 0
    assert dialog.topics.edit.text() == "Hausaufgabenheft"  # the word is not dropped
    assert "Hausaufgabenheft" in dialog.error.text()
    QTest.keyClick(dialog.topics.edit, Qt.Key_A, Qt.ControlModifier)
    _type("Mobb")
    _key(Qt.Key_Return)  # one topic: added, still no save
    assert dialog.isVisible() and dialog.topics.codes() == ("GEW",)
    _key(Qt.Key_Return)  # empty field: Enter saves the contact
    assert dialog.result() == QDialog.Accepted
    assert repo.CONTACTS.get(conn, dialog.saved_contact_id).topics == ("GEW",)


def test_switching_to_kurzkontakt_drops_the_stale_person_error(qtbot, ctx, conn, pupil):
    dialog = _open(qtbot, ctx)
    dialog.note.observation.setPlainText("x")
    dialog.save()  # no person: said in the error line, the keyboard in Person
    assert dialog.error.isVisible() and dialog.picker.hasFocus()
    dialog.note.clear()
    _key(Qt.Key_Tab)
    QTest.keyClick(dialog.short_check, Qt.Key_Space)
    assert dialog.short_check.isChecked()
    assert not dialog.error.isVisible()
