"""A label that shows an image without keeping it after it is gone (docs/performance.md,
„Arbeitsspeicher").

Qt 6's ``QLabel.setPixmap`` draws the pixmap through a ``QIcon``, whose engine puts what
it drew into the application's ``QPixmapCache`` (up to 10 MB): a document's page or a
letter's preview stayed in the GUI after its window was closed (3.4 MB for an A4 page at
96 dpi). ``PictureLabel`` paints its ``QImage`` itself: one copy, held by the label alone,
gone with it. Text (``setText``) is shown as by any label.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStyle, QWidget


class PictureLabel(QLabel):
    """``set_image(image)`` shows ``image`` (its text cleared); ``clear()`` and
    ``setText`` drop it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._picture: QImage | None = None

    def image(self) -> QImage | None:
        """The image shown, or None."""
        return self._picture

    def set_image(self, image: QImage) -> None:
        super().clear()
        self._picture = image
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self._picture = None
        super().clear()
        self.updateGeometry()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._picture = None
        super().setText(text)

    def _picture_size(self) -> QSize:
        assert self._picture is not None
        margins = self.contentsMargins()
        return self._picture.size().grownBy(margins) + QSize(2 * self.margin(),
                                                             2 * self.margin())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return super().sizeHint() if self._picture is None else self._picture_size()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return super().minimumSizeHint() if self._picture is None else self._picture_size()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return self._picture is None and super().hasHeightForWidth()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self._picture is None:
            super().paintEvent(event)
            return
        area = self.contentsRect().adjusted(self.margin(), self.margin(),
                                            -self.margin(), -self.margin())
        spot = QStyle.alignedRect(self.layoutDirection(), self.alignment(),
                                  self._picture.size(), area)
        painter = QPainter(self)
        try:
            painter.drawImage(spot.topLeft(), self._picture)
        finally:
            painter.end()
