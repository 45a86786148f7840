"""Tab in the order she reads: helpers for chains Qt builds from creation order."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialogButtonBox, QWidget


def buttons_in_visual_order(box: QDialogButtonBox) -> None:
    """Tab through ``box``'s buttons from left to right as the platform placed them (the
    style puts "Schließen" left or right of an action button; Tab followed the order the
    buttons were made in)."""
    box.installEventFilter(_ORDER)


class _Order(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 (Qt naming)
        if event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest) and isinstance(
                obj, QDialogButtonBox):
            shown = sorted((b for b in obj.buttons() if not b.isHidden()),
                           key=lambda b: b.geometry().x())
            for first, second in zip(shown, shown[1:], strict=False):
                QWidget.setTabOrder(first, second)
        return False


_ORDER = _Order()
