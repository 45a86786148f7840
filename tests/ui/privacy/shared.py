"""What the Datenschutz tests share: the area shown at 1366×768 with its first load done."""

from __future__ import annotations

from ssa_desktop.ui.privacy.area import PrivacyArea


def shown_area(ctx, qtbot) -> PrivacyArea:
    """The Datenschutz area shown, once its first load (off the GUI thread) has arrived."""
    area = PrivacyArea(ctx)
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    qtbot.waitUntil(lambda: area.loaded >= 1, timeout=20000)
    return area
