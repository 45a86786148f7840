"""The main window's status bar: a message too long for its room (a saved file's long
path at 200 % on a 1280×720 laptop) is shortened in the middle — what happened at its
start, the file's name at its end — instead of cut at the right edge; the whole text is
the bar's tool tip and accessible name (main_window), and it is announced whole."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStatusBar, QStyle, QStyleOption, QWidget

MARGIN = 6  # QStatusBar's own space before the message


class MiddleElidingStatusBar(QStatusBar):
    """Paints as QStatusBar does, but its message elided in the middle where too long."""

    def message_rect(self) -> QRect:
        """From the margin to the first permanent widget shown (QStatusBar's own rule)."""
        right = min((w.geometry().left() for w in self._permanent_shown()),
                    default=self.width()) - MARGIN
        return QRect(MARGIN, 0, max(right - MARGIN, 0), self.height())

    def _permanent_shown(self) -> list[QWidget]:
        return [w for w in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if w.isVisible() and not w.isWindow()]

    def shown_message(self) -> str:
        """The message as painted: whole where it fits, else shortened in the middle."""
        return self.fontMetrics().elidedText(self.currentMessage(), Qt.TextElideMode.ElideMiddle,
                                             self.message_rect().width())

    def fits(self) -> bool:
        return self.shown_message() == self.currentMessage()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent_shown():  # their frames, as QStatusBar draws them
            item = QStyleOption()
            item.rect = widget.geometry().adjusted(-2, -1, 2, 1)
            item.palette = self.palette()
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, item,
                                       painter, widget)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_rect(), Qt.AlignmentFlag.AlignLeading
                         | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                         self.shown_message())
        painter.end()
