"""Base class of a navigation area."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext


class Area(QWidget):
    """A main-window area. Subclasses fill ``refresh`` and ``clear``.

    - ``refresh()`` loads what the area shows (called when shown and when ``ctx.changed``
      reports a kind listed in ``watches`` or "*").
    - ``clear()`` drops every model and text (called on lock, before the key is gone).
    - ``open_record(record_id)`` shows one record (from search or another area).
    """

    watches: tuple[str, ...] = ("*",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        ctx.changed.connect(self._on_changed)
        ctx.locked.connect(self.clear)

    def _on_changed(self, kind: str) -> None:
        if self.ctx.is_unlocked and self.isVisible() and (kind == "*" or kind in self.watches
                                                          or "*" in self.watches):
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self.ctx.is_unlocked:
            self.refresh()

    def refresh(self) -> None:
        pass

    def clear(self) -> None:
        pass

    def open_record(self, record_id: str) -> None:
        pass
