"""The Alt letters of the English UI (issue 65): the translations carry letters of their
own („Be&reich“ → „Sco&pe“), and nothing looked at them – the German guard
(test_mnemonics) in English: every area and each tab inside it, every settings page,
every person tab, quick entry and Statistik's findings, each letter once per window."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ssa_desktop.services import statistics as stats
from ssa_desktop.ui.areas import AREAS
from tests.support.languages import in_language
from tests.support.main_windows import active_main_window
from tests.support.shown import found_on_each_tab
from tests.ui.common.mnemonics import clashes
from tests.ui.shell.test_mnemonics import _walk_tabs


@pytest.fixture
def window(qapp, ctx, qtbot, tmp_path, pupil):
    with in_language("en"):
        yield active_main_window(ctx, qtbot, tmp_path, size=(1366, 768))


def test_the_window_is_english(window):
    assert [a.text() for a in window.menuBar().actions()][0] == "&File"


def test_every_area_and_tab_in_english_has_unique_mnemonics(window):
    found: dict[str, dict[str, list[str]]] = {}
    for spec in AREAS:
        root = window.show_area(spec.key)
        if clashes(window):
            found[spec.key] = clashes(window)
        _walk_tabs(window, root, spec.key, found, set(), 0)
    assert found == {}


def test_every_settings_page_in_english_has_unique_mnemonics(window):
    tabs = window.show_area("settings").tabs
    assert found_on_each_tab(tabs, lambda: clashes(window)) == {}


def test_every_person_tab_in_english_has_unique_mnemonics(window, pupil):
    persons = window.show_area("persons")
    persons.open_record(pupil.id)
    assert found_on_each_tab(persons.page.tabs, lambda: clashes(window)) == {}


def test_quick_entry_in_english_has_unique_mnemonics(window, qtbot):
    dialog = window.open_quick_entry()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.draft_bar.show()
    dialog.form.setRowVisible(dialog.new_row_widget, True)
    assert clashes(dialog) == {}
    dialog.reject()


def test_statistics_findings_in_english_have_unique_mnemonics(window, qtbot):
    area = window.show_area("statistics")
    qtbot.waitUntil(lambda: area.report is not None, timeout=10_000)
    codes = sorted(stats.FINDING_BUTTONS)
    area.report = replace(area.shown, findings=[
        stats.Finding(code, (2, "2025/26", 3), "overview", stats.FINDING_BUTTONS[code])
        for code in [*codes, *codes]])
    area._show_findings()
    layout = area.findings_layout
    buttons = [item.widget() for item in (layout.itemAtPosition(r, 1)
                                          for r in range(layout.rowCount())) if item is not None]
    assert len(buttons) == 2 * len(codes)
    qtbot.waitUntil(lambda: all(b.isVisibleTo(window) for b in buttons))  # shown by the loop
    assert found_on_each_tab(area.tabs, lambda: clashes(window)) == {}
