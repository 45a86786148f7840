"""A stacked widget as large as the page it shows.

A plain QStackedWidget asks for the room of its largest page, shown or not; a form with
one long page then pushed its other pages (and whatever stands beside or below them) off a
small screen. ``CurrentPageStack`` asks only for what the current page needs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QTabWidget, QWidget


class CurrentPageStack(QStackedWidget):
    """A QStackedWidget whose size hints are those of its current page."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        page = self.currentWidget()
        if page is None:
            return QSize(0, 0)
        return page.minimumSizeHint().expandedTo(page.minimumSize())


def size_tabs_by_current(tabs: QTabWidget) -> None:
    """``tabs`` asks only for the room of the tab shown, as ``CurrentPageStack`` does (a
    QTabWidget's stack skips pages whose size policy is Ignored)."""
    policies: dict[QWidget, QSizePolicy] = {}
    ignored = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def follow(current: int) -> None:
        for index in range(tabs.count()):
            page = QTabWidget.widget(tabs, index)   # a lazy tab's placeholder stays unbuilt
            if page is None:
                continue
            policies.setdefault(page, page.sizePolicy())
            page.setSizePolicy(policies[page] if index == current else ignored)
        tabs.updateGeometry()

    tabs.currentChanged.connect(follow)
    follow(tabs.currentIndex())
