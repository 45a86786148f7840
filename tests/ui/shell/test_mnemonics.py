"""Alt+letter in every area, person tab and dialog: each letter once per window, and each
label's letter puts the keyboard into its field (issue: Alt+T and Alt+U did nothing,
Alt+H opened the Hilfe menu, the Bereiche menu showed "Personen _Fälle")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QScrollArea, QTabWidget

from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.common.side_tabs import SideTabs
from ssa_desktop.ui.common.tab_chain import chain_inside
from tests.support.main_windows import active_main_window
from tests.ui.common.mnemonics import clashes, letter, mnemonics

KEYS = {chr(c): getattr(Qt, f"Key_{chr(c).upper()}") for c in range(ord("a"), ord("z") + 1)}


@pytest.fixture
def window(ctx, qtbot, tmp_path, pupil):
    return active_main_window(ctx, qtbot, tmp_path, size=(1366, 768))


def _reaches_fields(window) -> list[str]:
    """Alt+letter of every label moves the focus into its buddy; the failures."""
    failures = []
    for key, hits in mnemonics(window).items():
        for text, target in hits:
            if key not in KEYS or not (target.isEnabled() and target.isVisible()):
                continue
            labels = [w for w in window.findChildren(QLabel) if w.buddy() is target]
            if not labels:
                continue  # a button or tab: pressing it would act, uniqueness is enough
            window.setFocus()
            QTest.keyClick(QApplication.focusWidget() or window, KEYS[key], Qt.AltModifier)
            focus = QApplication.focusWidget()
            if focus is not target and not target.isAncestorOf(focus):
                failures.append(f"Alt+{key.upper()} ({text}) → {type(focus).__name__}")
    return failures


@pytest.mark.parametrize("key", [spec.key for spec in AREAS])
def test_every_area_has_unique_working_mnemonics(window, key):
    window.show_area(key)
    assert clashes(window) == {}
    assert _reaches_fields(window) == []


def _walk_tabs(window, root, key: str, found: dict, seen: set[int], depth: int) -> None:
    """Every tab of every visible tab widget under ``root`` opened (and the tab widgets
    inside it, two levels deep; Datenschutz's pages in the list at the side too); the
    letters shared in ``found``."""
    for tabs in [*root.findChildren(QTabWidget), *root.findChildren(SideTabs)]:
        if id(tabs) in seen or not tabs.isVisibleTo(window):
            continue
        seen.add(id(tabs))
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            if clashes(window):
                found[f"{key} → {tabs.tabText(index)}"] = clashes(window)
            if depth < 2:
                _walk_tabs(window, root, key, found, seen, depth + 1)


def test_every_tab_of_every_area_has_unique_mnemonics(window):
    """Each tab of each area (and the tabs inside them), opened: a tab built when first
    opened was never looked at (Wochenraster's „&Schule“ against „&Schuljahr“, the
    Kooperationsvereinbarung's „Ziel &hinzufügen“ against „&Hilfe“; session 22)."""
    found: dict[str, dict[str, list[str]]] = {}
    for spec in AREAS:
        _walk_tabs(window, window.show_area(spec.key), spec.key, found, set(), 0)
    assert found == {}


def test_every_settings_page_has_unique_working_mnemonics(window):
    """Each settings page against the menus (Alt+H opened Hilfe instead of "Schule
    &hinzufügen", Alt+B the Bereiche menu, Alt+D the Datei menu instead of "&Deutsch")."""
    tabs = window.show_area("settings").tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert clashes(window) == {}, tabs.tabText(index)
        assert _reaches_fields(window) == [], tabs.tabText(index)


def test_every_person_tab_has_unique_mnemonics(window, pupil):
    persons = window.show_area("persons")
    persons.open_record(pupil.id)
    for index in range(persons.page.tabs.count()):
        persons.page.tabs.setCurrentIndex(index)
        assert clashes(window) == {}, persons.page.tabs.tabText(index)
    persons.page.tabs.setCurrentIndex(persons.page.TAB_MASTER)
    assert _reaches_fields(window) == []


def test_quick_entry_mnemonics_unique_and_reaching(window, ctx, qtbot):
    dialog = window.open_quick_entry()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.draft_bar.show()
    dialog.form.setRowVisible(dialog.new_row_widget, True)
    assert clashes(dialog) == {}
    dialog.draft_bar.hide()
    assert _reaches_fields(dialog) == []
    for letter_ in "atub":  # the letters that did nothing or needed two presses
        assert letter_ in mnemonics(dialog)


def test_bereiche_menu_shows_the_ampersand(window):
    texts = [a.text() for a in window.area_actions]
    assert "Personen && Fälle" in texts and "Gruppen && Projekte" in texts
    assert all(letter(t) == "" for t in texts)


@pytest.mark.parametrize("key", ["appointments", "groups", "open_offers", "network"])
def test_focus_is_visible_after_switching_areas(window, qtbot, key):
    persons = window.show_area("persons")
    persons.list.table.setFocus()
    index = next(i for i, spec in enumerate(AREAS) if spec.key == key)
    QTest.keyClick(QApplication.focusWidget(), KEYS_DIGITS[index], Qt.ControlModifier)
    area = window.areas[key]
    focus = QApplication.focusWidget()
    assert window.stack.currentWidget() is area
    assert focus is not None and focus.isVisible() and area.isAncestorOf(focus)
    if isinstance(focus, QAbstractItemView):  # a list shows focus only on a current row
        assert focus.currentIndex().isValid() or focus.model().rowCount() == 0


def _first_control(area):
    """The first widget of the area in Tab order that takes the keyboard."""
    for widget in chain_inside(area):   # not round her window (see chain_inside)
        target = widget.focusProxy() or widget
        if (area.isAncestorOf(target) and target.isVisible() and target.isEnabled()
                and target.focusPolicy() & Qt.TabFocus and type(target) is not QScrollArea):
            return target
    return None


@pytest.mark.parametrize("key", [spec.key for spec in AREAS])
def test_area_shortcut_puts_a_visible_focus_on_its_first_control(window, qtbot, key):
    """Issue: after switching areas the keyboard focus was invisible (it stayed on a hidden
    widget or on a list without a current row; Fusion draws the focus frame only after a
    keyboard focus change)."""
    window.sidebar.setFocus(Qt.MouseFocusReason)
    window.setAttribute(Qt.WA_KeyboardFocusChange, False)  # as after a mouse click
    index = next(i for i, spec in enumerate(AREAS) if spec.key == key)
    QTest.keyClick(QApplication.focusWidget(), KEYS_DIGITS[index], Qt.ControlModifier)
    area = window.areas[key]
    focus = QApplication.focusWidget()
    assert window.stack.currentWidget() is area
    assert focus is _first_control(area), (type(focus).__name__, focus.accessibleName())
    assert window.testAttribute(Qt.WA_KeyboardFocusChange)  # the focus frame is drawn
    if isinstance(focus, QAbstractItemView):
        assert focus.currentIndex().isValid() or focus.model().rowCount() == 0


KEYS_DIGITS = [Qt.Key_1, Qt.Key_2, Qt.Key_3, Qt.Key_4, Qt.Key_5, Qt.Key_6, Qt.Key_7,
               Qt.Key_8, Qt.Key_9, Qt.Key_0]


def test_alt_s_stammdaten_and_alt_t_themen_in_the_case_dialog(window, ctx, pupil, qtbot):
    """Issue 16.8: Alt+S did not reach Stammdaten, Alt+T not Themen in the case dialog."""
    from ssa_desktop.ui.persons.case_dialog import CaseDialog

    persons = window.show_area("persons")
    persons.open_record(pupil.id)
    persons.page.tabs.setCurrentIndex(persons.page.TAB_TIMELINE)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key_S, Qt.AltModifier)
    assert persons.page.tabs.currentIndex() == persons.page.TAB_MASTER
    dialog = CaseDialog(ctx, pupil.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog.title, Qt.Key_T, Qt.AltModifier)
    assert QApplication.focusWidget() is dialog.topics.edit
    assert clashes(dialog) == {}
