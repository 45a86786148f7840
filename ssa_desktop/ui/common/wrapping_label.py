"""A word-wrapped label that asks its layout for the height of its lines at its width.

A plain QLabel with word wrap asks for the height at a narrow guessed width: in a form
that is several empty lines above and below the one or two it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


class WrappingLabel(QLabel):
    """Word-wrapped; its size hint's height is ``heightForWidth`` at its current width."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return self._at_width(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return self._at_width(super().minimumSizeHint())

    def _at_width(self, hint: QSize) -> QSize:
        if self.width() > 0:
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()   # its lines changed with its width: ask again


class LinesHighLabel(QLabel):
    """Word-wrapped; never lower than its lines at its current width. Qt's layouts ask a
    wrapped label for its minimum at a guessed width: in a form without a scroll area of
    its own (the person's Stammdaten, scrolled whole by the window) a label of more lines
    was cut at 200 %."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._lines_high(event.size().width())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        """A new text, its lines at the width it has (Arbeitszeit's Soll/Ist line came
        after its first width: the page gave it one line and the panes below less)."""
        super().setText(text)
        if self.width() > 0:
            self._lines_high(self.width())

    def _lines_high(self, width: int) -> None:
        self.setMinimumHeight(max(0, self.heightForWidth(width)))  # -1 while empty


class OneLineFirstLabel(LinesHighLabel):
    """A LinesHighLabel that asks for one line (its whole text's width) where there is
    room: a wrapped QLabel asks for a guessed narrow width and so wrapped beside a wide
    page (a period's label of Regeln und Fristen at 1280×720)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text().replace("&", "")) \
            + margins.left() + margins.right() + 2 * self.margin() + 2
        hint.setWidth(max(hint.width(), width))
        return hint
