"""Alt alone puts the keyboard on the top bar („Datei“); an Alt held for a letter never
does, even when its key press comes back after the letter (as Qt's accessibility bridge
hands it back while a screen reader checks each key; the real thing is heard in
tests/ui/a11y/test_orca.py, ``test_alt_letter_tabs_on_a_persons_page_keep_the_focus_on_the_page``)."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenuBar, QWidget

from ssa_desktop.domain.entities import Contact
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.persons.area import PersonsArea
from ssa_desktop.ui.time.area import TimeArea
from tests.support.main_windows import active_main_window

ALT = Qt.KeyboardModifier.AltModifier


def _press(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyPress(_focused(), key, modifier)


def _release(key: Qt.Key) -> None:
    QTest.keyRelease(_focused(), key)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _on_verlauf(ctx, qtbot, tmp_path, pupil):
    repo.CONTACTS.insert(ctx.conn, Contact(date(2026, 3, 2), "EB", 30, person_id=pupil.id,
                                           school_id=pupil.school_id))
    window = active_main_window(ctx, qtbot, tmp_path)
    area = cast(PersonsArea, window.show_area("persons"))
    area.open_record(pupil.id)
    page = area.page
    page.timeline.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.timeline.table)
    return window, page


def test_alt_alone_goes_to_the_menu_bar(ctx, qtbot, tmp_path, pupil, frozen_clock):
    _on_verlauf(ctx, qtbot, tmp_path, pupil)
    _press(Qt.Key.Key_Alt, ALT)
    _release(Qt.Key.Key_Alt)
    assert isinstance(QApplication.focusWidget(), QMenuBar)


def test_an_alt_press_back_after_its_letter_stays_on_the_page(ctx, qtbot, tmp_path, pupil,
                                                              frozen_clock):
    _, page = _on_verlauf(ctx, qtbot, tmp_path, pupil)
    _press(Qt.Key.Key_S, ALT)  # Alt's press, then S's
    assert QApplication.focusWidget() is page.form.pseudonym
    _press(Qt.Key.Key_Alt, ALT)  # handed back late
    _release(Qt.Key.Key_Alt)
    _release(Qt.Key.Key_S)
    assert QApplication.focusWidget() is page.form.pseudonym
    _press(Qt.Key.Key_Alt, ALT)  # then Alt alone again
    _release(Qt.Key.Key_Alt)
    assert isinstance(QApplication.focusWidget(), QMenuBar)


def test_an_alt_letter_tab_of_another_area_stays_on_its_page(ctx, qtbot, tmp_path,
                                                             frozen_clock):
    """Arbeitszeit: Alt+W (Wochenraster) from Auswertung, its Alt press handed back late:
    the menu bar is one for every area, so is the fix."""
    window = active_main_window(ctx, qtbot, tmp_path)
    area = cast(TimeArea, window.show_area("time"))
    tabs = area.tabs
    tabs.tabBar().setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tabs.tabBar())
    _press(Qt.Key.Key_W, ALT)
    assert tabs.currentIndex() == area._grid_tab  # noqa: SLF001
    _press(Qt.Key.Key_Alt, ALT)
    _release(Qt.Key.Key_Alt)
    _release(Qt.Key.Key_W)
    focused, page = _focused(), tabs.currentWidget()
    assert page is not None
    assert focused is tabs.tabBar() or page.isAncestorOf(focused), focused
