"""Issue 59/7: „Hoher Kontrast“ switched on while the program runs reaches the promised
7:1 at once, not after a restart: the selected area in the sidebar and „Tresor: geprüft“
(a colour set when the check ended) measured on the rendered pixels of the real main
window, after the box is pressed with the keyboard in Einstellungen → Darstellung."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.ui import colours, theme
from tests.support.main_windows import shown_main_window


@pytest.fixture
def window(ctx, qtbot, tmp_path, qapp, monkeypatch):
    monkeypatch.setattr(theme, "system_high_contrast", lambda: False)
    theme.install(qapp, high_contrast=False)
    win = shown_main_window(ctx, qtbot, tmp_path, (1280, 720))
    yield win
    theme.uninstall(qapp)


def _colours(widget) -> set[str]:
    image = widget.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)}


def _text_contrast(widget) -> float:
    """The strongest contrast between the label's background (its top left pixel) and
    any pixel of its text: the text colour where a glyph is solid."""
    image = widget.grab().toImage()
    background = image.pixelColor(0, 0).name()
    return max(colours.contrast_ratio(background, image.pixelColor(x, y).name())
               for x in range(image.width()) for y in range(image.height()))


def _switch_on(window, qtbot) -> None:
    area = window.show_area("settings")
    titles = [area.tabs.tabText(i) for i in range(area.tabs.count())]
    area.tabs.setCurrentIndex(titles.index("Darstellung"))
    box = area.page("display").high_contrast
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key_Space)
    assert box.isChecked() and colours.current() is colours.HIGH_CONTRAST


def test_high_contrast_switched_on_reaches_7_to_1_at_once(window, qtbot):
    from ssa_desktop.ui.background import wait_for_all

    qtbot.waitUntil(lambda: window.vault_label.text() == "Tresor: geprüft", timeout=20_000)
    wait_for_all(20_000)
    _switch_on(window, qtbot)
    window.show_area("overview")  # the selection moves: the sidebar paints it anew
    qtbot.wait(1)
    sidebar = window.sidebar
    selected = sidebar.visualItemRect(sidebar.currentItem())
    cell = _colours(sidebar.viewport()) if selected.isEmpty() else {
        sidebar.viewport().grab(selected.adjusted(8, 2, -8, -2)).toImage().pixelColor(
            2, 2).name()}
    assert colours.HIGH_CONTRAST.highlight in cell, cell
    assert colours.LIGHT.highlight not in _colours(sidebar.viewport())
    assert _text_contrast(window.vault_label) >= 7.0
