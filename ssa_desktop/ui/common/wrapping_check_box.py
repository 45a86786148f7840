"""A check box whose text wraps between words where its width ends.

A QCheckBox keeps its text on one line: a long option („Sperren, wenn der Deckel
geschlossen …“) made a page at 640×360 (200 %) scroll sideways. Its ``text()`` stays the
one line (for readers and Alt letters); only what is drawn wraps, and where the line has
room it looks as before.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)


class WrappingCheckBox(QCheckBox):
    """Its text on as many lines as its width needs; never lower than they are."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # a check box's: Minimum
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _room(self) -> int:
        """The width the check mark and its gap leave."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self) \
            + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self) + 4

    def _shown(self, word: str) -> int:
        return self.fontMetrics().horizontalAdvance(word.replace("&&", "\0").replace(
            "&", "").replace("\0", "&"))

    def _lines(self, width: int) -> str:
        """``text()`` broken between words to fit ``width`` (a word alone may be wider)."""
        room = width - self._room()
        lines: list[str] = []
        for word in self.text().split(" "):
            if lines and self._shown(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return "\n".join(lines)

    def _size(self, text: str) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        inner = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_CheckBox, option, inner,
                                             self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        """As narrow as its longest word; as high as its lines at its width."""
        widest = max((self._shown(w) for w in self.text().split(" ")), default=0)
        high = self.heightForWidth(self.width()) if self.width() > 0 else \
            super().minimumSizeHint().height()
        return QSize(widest + self._room(), high)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt naming)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt naming)
        return self._size(self._lines(width)).height()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.setMinimumHeight(self.heightForWidth(event.size().width()))
            self.updateGeometry()

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt naming)
        return self.rect().contains(pos)  # every line of it, as one line was

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt naming)
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self._lines(self.width())
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
