"""The German date field with real key events (issue 16.1): dots, short years, digits only,
the calendar; an impossible date is refused visibly and nothing spills into the next field."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ssa_desktop.domain import clock
from ssa_desktop.ui.common.forms import DateField, commit_selectors

TODAY = date(2026, 11, 23)


@pytest.fixture
def pair(qtbot):
    """A date field followed by a text field (as Datum → Zeit in the dialogs)."""
    clock.set_clock(clock.fixed(TODAY))
    box = QWidget()
    layout = QVBoxLayout(box)
    field = DateField(accessible_name="Datum")
    after = QLineEdit()
    layout.addWidget(field)
    layout.addWidget(after)
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    field.box = box  # keeps the window alive while the test runs
    return field, after


def _type(qtbot, field, text):
    field.setFocus(Qt.TabFocusReason)
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)


@pytest.mark.parametrize("typed", ["12.10.2026", "1.9.2026", "12.10.26", "121026",
                                   "12102026", "12.10."])
def test_every_form_stays_in_the_field(qtbot, pair, typed):
    field, after = pair
    _type(qtbot, field, typed)
    expected = date(2026, 9, 1) if typed == "1.9.2026" else date(2026, 10, 12)
    assert field.value() == expected
    assert field.text() == expected.strftime("%d.%m.%Y")
    assert after.text() == ""  # the dots used to move the focus: "10.2026" landed here
    assert after.hasFocus()
    assert not field.is_refused()


def test_an_impossible_date_is_refused_visibly_and_never_replaced(qtbot, pair):
    field, after = pair
    reasons = []
    field.refused.connect(reasons.append)
    _type(qtbot, field, "31.02.2026")
    assert field.text() == "31.02.2026"  # what she typed stays, not 28.02. or 03.03.
    assert field.is_refused() and "border" in field.styleSheet()
    assert reasons == ["Datum: „31.02.2026“ ist kein gültiges Datum: den 31. Februar 2026 "
                       "gibt es nicht."]
    assert field.toolTip() == reasons[0]
    assert after.text() == ""
    assert commit_selectors(field.parentWidget()) is field  # saving is refused
    _type(qtbot, field, "28.02.2026")  # she corrects it: the red frame goes
    assert field.value() == date(2026, 2, 28) and not field.is_refused()
    assert commit_selectors(field.parentWidget()) is None


def test_typing_replaces_a_selected_date_and_one_after_the_cursor_at_the_end(qtbot, pair):
    field, _after = pair
    field.set_date(date(2026, 5, 5))
    field.setFocus(Qt.TabFocusReason)
    assert field.selectedText() == "05.05.2026"  # Tab in selects all
    qtbot.keyClicks(field, "3.12.2026")
    qtbot.keyClick(field, Qt.Key_Return)
    assert field.value() == date(2026, 12, 3)
    field.deselect()
    field.end(False)  # cursor after the shown date: a digit starts a new date
    qtbot.keyClicks(field, "040126")
    qtbot.keyClick(field, Qt.Key_Tab)
    assert field.value() == date(2026, 1, 4)


def test_calendar_popup_by_keyboard(qtbot, pair):
    field, _after = pair
    field.set_date(date(2026, 10, 12))
    field.setFocus()
    changed = []
    field.dateChanged.connect(changed.append)
    qtbot.keyClick(field, Qt.Key_Down, Qt.AltModifier)
    popup = field.calendar_popup()
    assert popup is not None and popup.isVisible()
    grid = QApplication.focusWidget()
    qtbot.keyClick(grid, Qt.Key_Right)
    qtbot.keyClick(grid, Qt.Key_Return)
    assert field.value() == date(2026, 10, 13)
    assert field.calendar_popup() is None
    assert [d.toPython() for d in changed] == [date(2026, 10, 13)]


def test_arrow_keys_move_a_day(qtbot, pair):
    field, _after = pair
    field.set_date(date(2026, 2, 28))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key_Up)
    assert field.value() == date(2026, 3, 1)
    qtbot.keyClick(field, Qt.Key_Down)
    assert field.value() == date(2026, 2, 28)
