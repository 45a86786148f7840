"""Pages chosen from a list at the side, for areas with more pages than a tab bar can show
on a 1280×720 screen (a tab bar there scrolled "Verzeichnis und Datenpanne" out of sight).
The part of the QTabWidget API the areas use: addTab, count, tabText, widget, indexOf,
currentIndex/setCurrentIndex, currentWidget/setCurrentWidget, currentChanged.

``addLazyTab(build, text)`` adds a page that is built when it is first shown or asked for
(``widget(index)``): an area with many pages pays on its first show only for the one in
front (Datenschutz built nine pages, 57 ms on ten years)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QListWidget, QWidget

from .current_stack import CurrentPageStack
from .tab_chain import controls_of, take_placeholders_place

PAGE_LEAST = 400  # px: a page narrower than this beside the list goes below it


class SideTabs(QWidget):
    """The list beside the page shown; where the page would get less than ``PAGE_LEAST``
    (or less than it needs) beside it, the list above the page (640×360 at 200 %: beside
    the list a page had 200 px and the area scrolled sideways)."""

    currentChanged = Signal(int)  # noqa: N815 - the QTabWidget name

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = ""):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(accessible_name)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        # as tall as the page shown: a long page (Regeln und Fristen) does not make the
        # short ones scroll in the window's scroll area
        self.stack = CurrentPageStack()
        self.box = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        # the list as high as its pages' names, at the top: stretched beside a long page
        # it was taller than the view at 200 % and Tab could not bring it whole into sight
        self.list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        layout.addWidget(self.list, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.stack, 1)
        self._builders: dict[QWidget, Callable[[], QWidget]] = {}  # placeholder -> build
        self.list.currentRowChanged.connect(self._row_changed)

    def _beside(self, width: int) -> bool:
        page = self.stack.minimumSizeHint().width()
        return width - self.list.width() - self.box.spacing() >= max(PAGE_LEAST, page)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        """As wide as the list or the page, whichever is wider (never both side by side:
        the page goes below where they do not fit); as high as they stand."""
        hint = super().minimumSizeHint()
        page = self.stack.minimumSizeHint()
        hint.setWidth(max(self.list.width(), page.width()))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._turn(event.size().width())
        super().resizeEvent(event)

    def _turn(self, width: int) -> None:
        direction = QBoxLayout.Direction.LeftToRight if self._beside(width) \
            else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            # above the page every title in sight (the window scrolls the area whole and
            # gave the list the height of five)
            beside = direction == QBoxLayout.Direction.LeftToRight
            self.list.setMinimumHeight(0 if beside else self.list.sizeHint().height())
            self.updateGeometry()  # its least height changed with the direction

    def _row_changed(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self._built(row)
            self.stack.setCurrentIndex(row)
            if self.width() > 0:
                self._turn(self.width())  # a page that needs more goes below
            self.currentChanged.emit(row)

    def _built(self, index: int) -> QWidget | None:
        """The page at ``index``, built now if it was added with ``addLazyTab``."""
        page = self.stack.widget(index)
        build = self._builders.pop(page, None) if page is not None else None
        if page is None or build is None:
            return page
        widget = build()
        controls = controls_of(widget)  # as built, before Qt puts them at the chain's end
        self.stack.insertWidget(index, widget)
        if self.stack.currentWidget() is page:
            self.stack.setCurrentWidget(widget)
        self.stack.removeWidget(page)
        take_placeholders_place(controls, widget, page)
        page.deleteLater()
        return widget

    def is_built(self, index: int) -> bool:
        return self.stack.widget(index) not in self._builders

    def addTab(self, widget: QWidget, text: str) -> int:  # noqa: N802
        self.stack.addWidget(widget)
        self.list.addItem(text)
        width = max(self.list.sizeHintForColumn(0), 0) + 2 * self.list.frameWidth() + 16
        self.list.setFixedWidth(width)  # every title whole, never cut
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        return self.stack.count() - 1

    def addLazyTab(self, build: Callable[[], QWidget], text: str) -> int:  # noqa: N802
        placeholder = QWidget()
        index = self.addTab(placeholder, text)
        self._builders[placeholder] = build
        if self.list.currentRow() == index:
            self._built(index)
        return index

    def count(self) -> int:
        return self.stack.count()

    def tabText(self, index: int) -> str:  # noqa: N802
        item = self.list.item(index)
        return item.text() if item is not None else ""

    def widget(self, index: int) -> QWidget | None:
        return self._built(index) if 0 <= index < self.stack.count() else None

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802
        return self.stack.indexOf(widget)

    def currentIndex(self) -> int:  # noqa: N802
        return self.stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        self.list.setCurrentRow(index)

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self._built(self.stack.currentIndex()) if self.stack.count() else None

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802
        self.setCurrentIndex(self.stack.indexOf(widget))
