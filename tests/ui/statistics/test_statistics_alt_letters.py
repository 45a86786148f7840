"""Statistik with her keys (session 22, tester Y): the KVJS export is the area's work of
the year, yet none of its buttons and choices had an Alt+letter; she tabbed through the
year, the scope and nine buttons. Each now has its letter, once in the window on every
tab, and Alt+X („E&xportieren …“) writes the year's files."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import statistics as stats
from ssa_desktop.ui.statistics import area as area_module
from tests.support.languages import in_language
from tests.support.main_windows import active_main_window
from tests.ui.common.mnemonics import clashes, letter

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_every_choice_and_button_has_its_alt_letter_and_alt_x_exports(ctx, qtbot, tmp_path,
                                                                       monkeypatch, pupil):
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    area = window.show_area("statistics")
    qtbot.waitUntil(lambda: area.report is not None, timeout=10_000)
    buttons = [area.export_button, area.deliver_button, area.template_button,
               area.merge_button, area.proof_button, area.annual_report_button]
    assert [b.text() for b in buttons if not letter(b.text())] == []
    assert letter(area.default_button.text())
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        assert clashes(window) == {}, area.tabs.tabText(index)
    area.tabs.setCurrentIndex(0)
    window.setFocus()
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_S,
                   Qt.KeyboardModifier.AltModifier)                         # &Schuljahr
    assert QApplication.focusWidget() is area.year_box
    QTest.keyClick(area.year_box, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Be&reich
    assert QApplication.focusWidget() is area.scope_box
    target = tmp_path / "kvjs"
    target.mkdir()
    monkeypatch.setattr(area_module, "choose_target_folder", lambda *a, **k: str(target))
    monkeypatch.setattr(area_module, "ask_yes_no", lambda *a, **k: True)  # her „Ja“ to findings
    QTest.keyClick(area.scope_box, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: area.status.text().startswith("Geschrieben"), timeout=30_000)
    assert len(list(target.iterdir())) == 4


def test_every_finding_button_has_its_own_alt_letter(ctx, qtbot, tmp_path, pupil):
    """The findings' buttons come and go with the year's data („Entwürfe öffnen“ with a
    kept draft): each kind at once, two of one kind among them, on every tab – each with
    a letter the window gives nothing else (issue 65: none had one; the guard over every
    tab never saw them, its vault had no findings)."""
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    area = window.show_area("statistics")
    qtbot.waitUntil(lambda: area.report is not None, timeout=10_000)
    codes = sorted(stats.FINDING_BUTTONS)
    findings = [stats.Finding(code, (2, "2025/26", 3), "overview", stats.FINDING_BUTTONS[code])
                for code in [*codes, *codes]]
    area.report = replace(area.shown, findings=findings)
    area._show_findings()
    buttons = [item.widget() for item in (area.findings_layout.itemAtPosition(r, 1)
                                          for r in range(area.findings_layout.rowCount()))
               if item is not None]
    assert len(buttons) == 2 * len(codes)
    qtbot.waitUntil(lambda: all(b.isVisibleTo(window) for b in buttons))  # shown by the loop
    first = {button.text().replace("&", ""): button for button in reversed(buttons)}
    assert [b.text() for b in first.values() if not letter(b.text())] == []
    assert "Entwürfe öffnen" in first
    assert [b.accessibleName() for b in buttons] == [b.text().replace("&", "") for b in buttons]
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        assert clashes(window) == {}, area.tabs.tabText(index)


KEYS = {**{chr(c): getattr(Qt.Key, f"Key_{chr(c).upper()}") for c in range(97, 123)},
        "ö": Qt.Key.Key_Odiaeresis, "ä": Qt.Key.Key_Adiaeresis, "ü": Qt.Key.Key_Udiaeresis}


@pytest.mark.parametrize("language", ["de", "en"])
def test_alt_letter_opens_each_tab(ctx, qtbot, tmp_path, pupil, language):
    """Session 24 (issue 65): Formular, Diagramme, Eingabehilfe, Wie wird gezählt? and
    Zielerreichung had no Alt letter – she reached the charts by Tab to the tab bar and
    the arrows. Each tab now has one (its own in English too), free in the window with
    every finding's button shown, and Alt+letter, a real key event, opens it."""
    with in_language(language):
        window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
        area = window.show_area("statistics")
        qtbot.waitUntil(lambda: area.report is not None, timeout=10_000)
        codes = sorted(stats.FINDING_BUTTONS)
        area.report = replace(area.shown, findings=[
            stats.Finding(code, (2, "2025/26", 3), "overview", stats.FINDING_BUTTONS[code])
            for code in codes])
        area._show_findings()
        area.default_button.show()          # „Mitgelieferte Vorlage“, with her own template
        texts = [area.tabs.tabText(i) for i in range(area.tabs.count())]
        assert [t for t in texts if not letter(t)] == []
        for index in reversed(range(area.tabs.count())):
            area.tabs.setCurrentIndex(index)
            assert clashes(window) == {}, texts[index]
        for index, text in enumerate(texts):
            area.tabs.setCurrentIndex((index + 1) % len(texts))
            area.scope_box.setFocus()
            QTest.keyClick(QApplication.focusWidget(), KEYS[letter(text)],
                           Qt.KeyboardModifier.AltModifier)
            assert area.tabs.currentIndex() == index, text
