"""The deputy's "Kontakt erfassen": a word refused in Ort puts a red sentence under the
form; once she has typed a word the list knows, the sentence must not go on saying the
field is wrong while the field shows a valid entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from tests.ui.handover.deputy_fixture import WORKDAY
from tests.ui.handover.test_deputy_window import _contact_dialog, alt, package, window  # noqa: F401


def _type_into_ort(qtbot, word: str) -> None:
    alt(qtbot, Qt.Key_O)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(QApplication.focusWidget(), word)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)


def test_the_refusal_goes_once_she_has_corrected_the_field(window, qtbot):  # noqa: F811
    with clock.frozen(WORKDAY):
        dialog = _contact_dialog(qtbot, window)
        _type_into_ort(qtbot, "Mond")
        assert dialog.error.isVisible() and "Mond" in dialog.error.text()
        _type_into_ort(qtbot, "Schul")
        assert dialog.place.code() == "school"
        assert not dialog.error.isVisible(), dialog.error.text()
