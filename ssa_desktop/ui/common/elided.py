"""One-line labels that shorten their text with "…" instead of widening the window (long
names in a page header pushed the window off a 1366×768 screen) or growing in height."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from .announce import MessageLabel
from .fit_scroll import bring_into_sight


class ElidedLabel(QLabel):
    """``set_full_text(text)``; the whole text stays in the tooltip and accessible text.
    ``mode`` where it is shortened (the middle for a file name: its type and size stay);
    ``asks`` the most width it asks of its row (a page's header, which then leaves the
    buttons beside it on its line and takes what they leave)."""

    def __init__(self, parent: QWidget | None = None, *,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight, asks: int = 0):
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self._asks = asks
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def set_full_text(self, text: str) -> None:
        self._full = text
        if self._asks:
            self.updateGeometry()  # its hint follows the whole text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = super().sizeHint()
        if self._asks:
            wanted = self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 4
            hint.setWidth(min(wanted, self._asks))
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        """Not its shortened text's width (a layout takes the larger of both hints: the
        text shortened to a wide line kept it wide)."""
        hint = super().minimumSizeHint()
        if self._asks:
            hint.setWidth(self.minimumWidth())
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, self._mode, max(self.width(), 40))
        if shown != self.text():
            super().setText(shown)


class OneLineMessage(MessageLabel):
    """A message line beside buttons that never moves them (a long „Geschrieben: …“
    wrapped over five lines and moved the buttons under her next click): one line high,
    a longer text ends in "…" on screen; ``text()``, the tool tip and the accessible name
    and description keep it whole. ``into_sight``: a text given while it shows scrolls
    the line into sight (a page scrolled whole at 200 %, where the line lay below the
    window's edge and only a screen reader told her)."""

    def __init__(self, parent: QWidget | None = None, *, into_sight: bool = False):
        super().__init__(parent)
        self._into_sight = into_sight
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(40)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        if text and getattr(self, "_into_sight", False) and self.isVisible():
            bring_into_sight(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(40, self.fontMetrics().height() + 2 * self.margin())

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        rect = self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0)
        # a text of several lines on one line (drawn as is, it showed two half lines)
        shown = self.fontMetrics().elidedText(" ".join(self.text().split("\n")),
                                              Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())
