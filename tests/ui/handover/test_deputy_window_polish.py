"""The deputy's window as a worker tried it (guitest28 findings 9 and 10): a message of
one tab does not stay on the next, the focus starts in the Personen table, the names
toggle says what it does, the tables list persons in one order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.handover.test_deputy_window import package, window  # noqa: F401 - fixtures


def test_a_message_is_cleared_when_she_switches_tabs(window):  # noqa: F811
    """Finding 9: "Termin am … wahrgenommen." stayed under „Personen“."""
    window.status.setText("Termin am 02.12.2026 wahrgenommen.")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab, Qt.ControlModifier)
    assert window.tabs.currentIndex() == 1
    assert window.status.text() == ""


def test_after_opening_the_focus_is_in_the_persons_table(window):  # noqa: F811
    """Finding 10: the focus was on the tab bar."""
    assert QApplication.focusWidget() is window.persons


def test_the_names_toggle_says_what_it_will_do(window):  # noqa: F811
    window.names_button.setChecked(False)
    assert window.names_button.text().replace("&", "") == "Namen anzeigen"
    window.names_button.setChecked(True)
    assert window.names_button.text().replace("&", "") == "Namen verbergen"
    assert window.names_button.accessibleName() == "Namen verbergen"
    window.names_button.setChecked(False)
    assert window.names_button.accessibleName() == "Namen anzeigen"


def test_persons_and_open_cases_in_the_same_order(window):  # noqa: F811
    """Finding 10: Personen K-17, N-5 but Offene Fälle N-5, K-17."""
    persons = [window.persons_model.item(r, 0).text()
               for r in range(window.persons_model.rowCount())]
    cases = [window.cases_model.item(r, 0).text() for r in range(window.cases_model.rowCount())]
    assert persons == ["K-17", "N-5"] and cases == persons


def test_the_contact_time_is_the_current_time_as_in_the_quick_entry(window, qtbot):  # noqa: F811
    """Finding 10: "12:00" was the frozen clock's noon; a real deputy gets the time of
    now (clock.now(), as the quick entry)."""
    from datetime import datetime

    from PySide6.QtCore import QTime

    from ssa_desktop.domain import clock
    from ssa_desktop.ui.handover.deputy_window import DeputyContactDialog

    with clock.frozen(datetime(2026, 12, 3, 14, 37)):
        dialog = DeputyContactDialog(window.view, None, lambda _d: None, window)
    qtbot.addWidget(dialog)
    assert dialog.time.time() == QTime(14, 37)
