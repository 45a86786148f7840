"""A splitter that puts its panes one below the other where side by side they would not
fit the width it has (WCAG 1.4.10 Reflow: at 200 % on a 1280×720 laptop an area must not
scroll sideways as a whole; it may scroll up and down)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSplitter, QWidget


class TurningSplitter(QSplitter):
    """Side by side where the panes' minimum widths fit, else one below the other. Its
    minimum width is that of its widest pane, so a scroll area around it never needs to
    scroll sideways for it; its minimum height follows the orientation it has (below each other: each pane's
    preferred height, the scroll area around it scrolls up and down)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._beside_sizes: list[int] | None = None
        self._kept: list[tuple[QWidget, int]] = []  # (pane, its least width beside)

    def keep_beside(self, pane: QWidget, width: int) -> None:
        """``pane`` at least ``width`` wide beside the other (a form whose rows stand
        side by side there), and only its own minimum below it (its rows then wrap)."""
        self._kept.append((pane, width))
        pane.setMinimumWidth(width if self.orientation() == Qt.Orientation.Horizontal else 0)

    def _least_beside(self, pane: QWidget) -> int:
        return next((width for kept, width in self._kept if kept is pane), 0) \
            or self._least(pane)

    def _least_below(self, pane: QWidget) -> int:
        """Beside: its kept width (a long message in it does not widen the splitter);
        below: its own minimum."""
        if any(kept is pane for kept, _width in self._kept) \
                and self.orientation() == Qt.Orientation.Vertical:
            return pane.minimumSizeHint().width()
        return self._least(pane)

    def _panes(self) -> list[QWidget]:
        panes = (self.widget(i) for i in range(self.count()))
        return [w for w in panes if w is not None and not w.isHidden()]

    @staticmethod
    def _least(pane: QWidget) -> int:
        """A pane's minimum width as a layout takes it: its own where set (a long message
        in it does not turn the splitter), else its hint's."""
        return pane.minimumWidth() or pane.minimumSizeHint().width()

    def _beside_width(self) -> int:
        panes = self._panes()
        return sum(self._least_beside(p) for p in panes) \
            + self.handleWidth() * max(len(panes) - 1, 0) + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = super().minimumSizeHint()
        widest = max((self._least_below(p) for p in self._panes()), default=0) \
            + 2 * self.frameWidth()
        high = hint.height()
        if self.orientation() == Qt.Orientation.Vertical:  # each pane as high as it asks
            panes = self._panes()  # (a list squeezed to its minimum showed one row)
            high = sum(max(p.minimumHeight(), p.minimumSizeHint().height(), p.sizeHint().height())
                       for p in panes) \
                + self.handleWidth() * max(len(panes) - 1, 0) + 2 * self.frameWidth()
        return QSize(widest, high)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        beside = self.width() >= self._beside_width()
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if wanted != self.orientation():
            for pane, width in self._kept:
                pane.setMinimumWidth(width if beside else 0)
            if beside:
                self.setOrientation(wanted)
                if self._beside_sizes:
                    self.setSizes(self._beside_sizes)
            else:
                self._beside_sizes = self.sizes()
                self.setOrientation(wanted)
                self.setSizes([max(p.minimumHeight(), p.minimumSizeHint().height(),
                                   p.sizeHint().height())
                               for p in self._panes()])
            self.updateGeometry()  # the minimum height follows the orientation
        super().resizeEvent(event)
