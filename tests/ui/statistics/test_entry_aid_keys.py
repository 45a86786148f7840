"""Statistik → Eingabehilfe with her keys (session 25): „Als PDF (eine Seite) …“ and the
per-line „Kopieren“ had no Alt letter – with every finding's button shown the window
leaves only q and y, which no text has. The PDF now has its Strg key (Strg+P, „druckt
dieselbe Liste zum Abhaken“), shown in its text and said to the reader, working from
anywhere in the area while the Eingabehilfe is open; on the list itself Enter and
Strg+C copy the line she is on (as the space bar did), said to the reader with the
value, and the keyboard moves on to the next figure. German and English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.ui.common import clipboard
from tests.support.languages import in_language
from tests.support.main_windows import active_main_window

pytestmark = pytest.mark.usefixtures("frozen_clock")

CTRL = Qt.KeyboardModifier.ControlModifier
KEYS = {"de": ("Strg+C", "Strg+P"), "en": ("Ctrl+C", "Ctrl+P")}


@pytest.fixture(params=["de", "en"])
def area(request, ctx, qtbot, tmp_path, pupil):
    with in_language(request.param):
        window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
        area = window.show_area("statistics")
        qtbot.waitUntil(lambda: area.report is not None, timeout=10_000)
        area.language = request.param
        yield area
        clipboard.clear_sensitive()


def test_enter_and_strg_c_copy_the_line_she_is_on(area, qtbot):
    aid = area.entry_aid
    area.tabs.setCurrentWidget(aid)
    lines = aid.values()
    first = next(i for i, line in enumerate(lines) if line.text)
    second = next(i for i, line in enumerate(lines) if line.text and i > first)
    aid.buttons[first].setFocus()
    QTest.keyClick(aid.buttons[first], Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == lines[first].text
    assert aid.ticks[first].text() == "✓"
    assert QApplication.focusWidget() is aid.buttons[first + 1]   # on to the next figure
    aid.buttons[second].setFocus()
    QTest.keyClick(aid.buttons[second], Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == lines[second].text
    assert aid.ticks[second].text() == "✓"
    copy_key = KEYS[area.language][0]
    description = aid.buttons[second].accessibleDescription()
    assert lines[second].text in description and copy_key in description   # said
    assert copy_key in aid.hint.text()                                       # and shown


def test_strg_p_writes_the_pdf_from_the_tab_bar_and_shows_its_key(area, qtbot, monkeypatch):
    asked: list[bool] = []
    monkeypatch.setattr(area, "save_entry_aid", lambda: asked.append(True))
    key = KEYS[area.language][1]
    aid = area.entry_aid
    assert aid.pdf_button.text().endswith(f"({key})")
    assert key in aid.pdf_button.accessibleDescription()
    area.tabs.setCurrentIndex(0)                      # the Formular: Strg+P is not its key
    area.tabs.tabBar().setFocus()
    QTest.keyClick(area.tabs.tabBar(), Qt.Key.Key_P, CTRL)
    assert asked == []
    area.tabs.setCurrentWidget(aid)
    area.tabs.tabBar().setFocus()
    QTest.keyClick(area.tabs.tabBar(), Qt.Key.Key_P, CTRL)
    assert asked == [True]
    aid.buttons[0].setFocus()
    QTest.keyClick(aid.buttons[0], Qt.Key.Key_P, CTRL)
    assert asked == [True, True]
