"""Quick entry's Dauer: the preset buttons never cover the spin box's arrows, also at
200 % on the small screens (640×360 and 683×384 logical), where the row wraps, and in the
Windows style (wider arrows) as in Fusion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QPushButton, QStyleFactory

from tests.support.main_windows import active_main_window
from tests.ui.a11y.test_fits_200_percent import SCREENS, _room


def _rect(widget, window) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.fixture(params=["Fusion", "Windows"])
def style(request, qapp):
    before = qapp.style().name()
    qapp.setStyle(QStyleFactory.create(request.param))
    yield request.param
    qapp.setStyle(QStyleFactory.create(before))


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_presets_leave_the_spin_arrows_free(ctx, qtbot, pupil, tmp_path, screen, style):
    window = active_main_window(ctx, qtbot, tmp_path)
    dialog = window.open_quick_entry()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.resize(_room(SCREENS[screen]))
    QApplication.processEvents()
    spin = _rect(dialog.duration.spin, dialog)
    presets = dialog.duration.findChildren(QPushButton)
    assert [b.text() for b in presets] == ["5", "15", "30", "45", "60"]
    covering = [b.text() for b in presets if _rect(b, dialog).intersects(spin)]
    assert covering == [], (spin, [_rect(b, dialog) for b in presets])
