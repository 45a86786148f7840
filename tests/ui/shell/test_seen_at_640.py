"""At 200 % on a 1280×720 laptop (640×360 logical) in the real main window: what the
whole-window checks at 960×508 (test_whole_windows.py) did not see. A person's
Einwilligungen drew its wrapped buttons over „Übermittlungen“; Datenschutz → Sicherungen
cut its explanation at top and bottom; Abwesenheiten and Einstellungen → Optionen said a
message (a screen reader heard it) in a line below the window's edge, which she did not
see. Each message here comes from her keys on the control that produced it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.support.main_windows import demo_main_window
from tests.ui.a11y.test_tab_in_sight import _out_of_sight
from tests.ui.shell.test_fits_small_screen import _person_with_everything, _settle
from tests.ui.shell.whole import cut_labels, overlaps

pytestmark = pytest.mark.usefixtures("frozen_clock")

SCREEN = (640, 360)  # 1280×720 at 200 %


@pytest.fixture
def window(qapp, qtbot, tmp_path):
    win = demo_main_window(qtbot, tmp_path, SCREEN)
    qtbot.waitExposed(win)
    win.setMinimumSize(*SCREEN)  # as on that screen (test_tab_in_sight.py)
    win.resize(*SCREEN)
    _settle()
    assert (win.width(), win.height()) == SCREEN
    yield win
    win.ctx.lock()


def _in_sight(widget: QWidget) -> bool:
    """``widget`` is in sight: whole, or as much of it as the scroll area's view holds
    (test_tab_in_sight.py's measure; the Arbeitszeit area is wider than 640)."""
    _settle()
    return widget.isVisible() and _out_of_sight(widget) == ""


def test_consents_buttons_stay_above_the_disclosure_log(window):
    from ssa_desktop.ui.consents.panel import ConsentsPanel

    persons = window.show_area("persons")
    persons.open_record(_person_with_everything(window.ctx.conn))
    tabs = persons.page.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count())
                              if tabs.tabText(i).replace("&", "") == "Einwilligungen"))
    _settle()
    panel = persons.findChild(ConsentsPanel)
    assert panel is not None and panel.isVisible()
    assert overlaps(panel) == []
    assert cut_labels(panel) == []


def test_backups_explanation_is_whole(window):
    area = window.show_area("privacy")
    area.tabs.setCurrentIndex(area._pages["backups"])
    _settle()
    from ssa_desktop.ui.privacy.backups_panel import BackupsPanel

    panel = area.findChild(BackupsPanel)
    assert panel is not None and panel.isVisible()
    assert cut_labels(panel) == []


def _press(button: QWidget) -> None:
    """Focus on ``button`` (brought into sight as by Tab), then Space."""
    button.setFocus()
    _settle()
    assert _in_sight(button)
    QTest.keyClick(button, Qt.Key.Key_Space)
    _settle()


def _absences(window):
    area = window.show_area("time")
    area.tabs.setCurrentIndex(area._absences_tab)
    _settle()
    return area.absences


def _button(view: QWidget, name: str) -> QWidget:
    return next(b for b in view.findChildren(QWidget) if b.accessibleName() == name)


def test_an_absence_refused_is_said_in_sight(window):
    view = _absences(window)
    view.first.set_date(view.year.start)  # the demo's summer holiday: overlaps
    view.last.set_date(view.year.start)
    button = _button(view, "Abwesenheit eintragen")
    _press(button)
    assert "überschneiden" in view.message.text()
    assert _in_sight(view.message) and _in_sight(button)  # near what she pressed


def test_a_holiday_refused_is_said_in_sight(window):
    view = _absences(window)
    view.holiday_label.clear()  # no name: refused
    button = _button(view, "Ferien eintragen")
    _press(button)
    assert view.holiday_message.text()
    assert _in_sight(view.holiday_message) and _in_sight(button)


@pytest.mark.parametrize(("option", "typed"), [
    ("kvjs.deadline_kvjs", "31.02."),  # the first field
    ("post.full_time_hours", "100"),  # further down: beyond 60 hours
])
def test_an_option_refused_is_said_in_sight(window, option, typed):
    area = window.show_area("settings")
    area.tabs.setCurrentIndex(next(i for i, spec in enumerate(area.specs)
                                   if spec.key == "options"))
    _settle()
    page = area.page("options")
    field = page.fields[option]
    field.setFocus()
    _settle()
    assert _in_sight(field)
    editor = getattr(field, "lineEdit", lambda: field)()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, typed)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _settle()
    assert f"„{typed}“" in page.status.text()
    assert _in_sight(page.status)
    assert QApplication.focusWidget() in (field, editor)
