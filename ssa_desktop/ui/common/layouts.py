"""Small layout chores several screens share."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QWidget,
)


def wrap_layout(layout: QLayout) -> QWidget:
    """``layout`` in a widget of its own without margins (a form row of several fields)."""
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget


def empty_layout(layout: QLayout) -> None:
    """Take every item out of ``layout``; its widgets are deleted."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class FlowLayout(QLayout):
    """Items side by side, wrapping onto a new line where the width ends (a form row of
    several fields that must not push the window wider than a small screen: 640 logical
    pixels at 200 %). Each item gets its preferred width, or the line's width where that
    is less; the room left on a line goes to its items that expand horizontally. Where
    everything fits on one line it looks like a QHBoxLayout."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._short: tuple[int, int] | None = None   # the width we asked again for
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    # -- QLayout's item list ----------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt naming)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt naming)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt naming)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes ------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt naming)
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt naming)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt naming)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        """All items on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height) + self._margins()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt naming)
        """One item a line: the widest item's minimum."""
        shown = self._shown()
        width = max((item.minimumSize().width() for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        return QSize(width, height) + self._margins()

    def _margins(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt naming)
        super().setGeometry(rect)
        needed = self._arrange(rect, move=True)
        if needed > rect.height() and self._short != (rect.width(), needed):
            self._short = (rect.width(), needed)
            self._ask_again()

    def _ask_again(self) -> None:
        """The layout around ours gave the height of fewer lines than ours needs at this
        width (a QFormLayout kept the height of a row from before it wrapped, and the row
        below covered the second line): it lays out again, once for this width."""
        owner = self.parentWidget()
        outer = owner.layout() if owner is not None else None
        if outer is not None and outer is not self:
            outer.invalidate()
        elif owner is not None:
            owner.updateGeometry()

    # -- the lines --------------------------------------------------------------------------
    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        """The shown items with their widths, line by line."""
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item in self._shown():
            wanted = min(item.sizeHint().width(), width)
            wanted = max(wanted, min(item.minimumSize().width(), width))
            if lines[-1] and used + self.spacing() + wanted > width:
                lines.append([])
                used = 0
            used += (self.spacing() if lines[-1] else 0) + wanted
            lines[-1].append((item, wanted))
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (when ``move``); the height they take."""
        inner = rect.marginsRemoved(self.contentsMargins())
        y = inner.y()
        for line in self._lines(max(1, inner.width())):
            height = max(item.sizeHint().height() for item, _ in line)
            if move:
                self._place_line(line, inner.x(), y, inner.width(), height)
            y += height + self.spacing()
        used = y - inner.y() - self.spacing() if y > inner.y() else 0
        m = self.contentsMargins()
        return used + m.top() + m.bottom()

    def _place_line(self, line: list[tuple[QLayoutItem, int]], x: int, y: int, width: int,
                    height: int) -> None:
        growing = [item for item, _ in line if item.expandingDirections()
                   & Qt.Orientation.Horizontal]
        left = width - sum(w for _, w in line) - self.spacing() * (len(line) - 1)
        extra = max(0, left) // len(growing) if growing else 0
        for item, item_width in line:
            if item in growing:
                item_width += extra
            item_height = min(height, max(item.sizeHint().height(),
                                          item.minimumSize().height()))
            top = y + (height - item_height) // 2
            item.setGeometry(QRect(x, top, item_width, item_height))
            x += item_width + self.spacing()


_GROWS = "flow_grows"  # a widget marked by grow()


def flow_row(*groups: QWidget | tuple[QWidget, ...]) -> FlowLayout:
    """A ``FlowLayout`` of ``groups``: a tuple (a label and its field) stays together on
    one line; a widget alone may expand."""
    flow = FlowLayout()
    for group in groups:
        if isinstance(group, tuple):
            box = QHBoxLayout()
            for widget in group:
                box.addWidget(widget)
            together = wrap_layout(box)
            grows = any(widget.property(_GROWS) for widget in group)
            together.setSizePolicy(QSizePolicy.Policy.Expanding if grows
                                   else QSizePolicy.Policy.Maximum,
                                   QSizePolicy.Policy.Preferred)
            flow.addWidget(together)
        else:
            flow.addWidget(group)
    return flow


class LinesHigh(QWidget):
    """A ``FlowLayout`` in a widget never lower than its lines at its width. Where the
    window scrolls a page whole (no scroll area of its own, the person's page at 200 %),
    the page is given its minimum height; a row that wrapped onto a second line took that
    line from the rows below it (the Stammdaten's wrapped hint was cut)."""

    def __init__(self, flow: FlowLayout, parent: QWidget | None = None):
        super().__init__(parent)
        self.setLayout(flow)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.setMinimumHeight(self.heightForWidth(event.size().width()))

    def event(self, event) -> bool:
        """Its items changed at the same width (the appointments' week label once its
        data came): its lines again. Only at a new width, the row kept the height of one
        line less and cut „Tagesansicht“ at 640×360."""
        if event.type() == QEvent.Type.LayoutRequest and self.width() > 0:
            self.setMinimumHeight(self.heightForWidth(self.width()))
        return super().event(event)


def grow(widget: QWidget) -> QWidget:
    """``widget`` takes the room its line of a ``FlowLayout`` leaves (other widgets keep
    their preferred width there)."""
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
    widget.setProperty(_GROWS, True)
    return widget


class BesideOrBelow(QWidget):
    """Panes side by side where the width holds all their minimums, else one below the
    other (a form beside its preview that must not push the window wider than a small
    screen). It asks for them side by side and needs only the widest pane's width; each
    pane's stretch is kept either way."""

    def __init__(self, *panes: tuple[QWidget | QLayout, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.panes = [pane for pane, _stretch in panes]
        for pane, stretch in panes:
            if isinstance(pane, QLayout):
                self.box.addLayout(pane, stretch)
            else:
                self.box.addWidget(pane, stretch)

    def _minimums(self) -> list[QSize]:
        return [pane.minimumSize() if isinstance(pane, QLayout)
                else pane.minimumSizeHint().expandedTo(pane.minimumSize())
                for pane in self.panes]

    def _beside_width(self) -> int:
        sizes = self._minimums()
        return sum(s.width() for s in sizes) + self.box.spacing() * max(0, len(sizes) - 1)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        sizes = [pane.sizeHint().expandedTo(least)
                 for pane, least in zip(self.panes, self._minimums(), strict=True)]
        return QSize(sum(s.width() for s in sizes) + self.box.spacing() * max(0, len(sizes) - 1),
                     max((s.height() for s in sizes), default=0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        sizes = self._minimums()
        width = max((s.width() for s in sizes), default=0)
        if self.box.direction() == QBoxLayout.Direction.LeftToRight:
            return QSize(width, max((s.height() for s in sizes), default=0))
        return QSize(width, sum(s.height() for s in sizes)
                     + self.box.spacing() * max(0, len(sizes) - 1))

    def turn(self, width: int) -> None:
        """Side by side or below each other for ``width``."""
        beside = width >= self._beside_width()
        direction = QBoxLayout.Direction.LeftToRight if beside \
            else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.updateGeometry()  # its least height changed with the direction

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.turn(event.size().width())
        super().resizeEvent(event)


class HighForItsWidth(QWidget):
    """A pane never lower than its rows need at the width it has. Qt's minimum leaves
    out the second line of a word-wrapped label (its height follows its width); where the
    window scrolls a page whole at 200 %, the page got that minimum and the rows below
    the label were drawn over (Gruppen's name list, Einstellungen → Schulen's tables)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.minimumHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the minimum height follows the width


class TurningGrid(QWidget):
    """Labelled fields in rows of a grid where the width holds them (each field spans
    its columns, ``stretch`` the columns that share the room), else one field a row
    below each other, its label beside it, or above it where the two do not fit side
    by side (a filter bar or a form that must not push the window wider than a small
    screen: 640 logical pixels at 200 %). ``rows``: per row its (label, field, columns
    the field spans) in the Tab order; a field without a label (a button) stands in the
    label's column. ``top``: labels at the top of their cell (beside a field that may
    wrap onto more lines)."""

    def __init__(self, rows: list[list[tuple[QWidget | None, QWidget, int]]],
                 stretch: tuple[int, ...], top: tuple[QWidget, ...] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rows = rows
        self.stretch = stretch
        self.top = top
        self._narrow = True
        self._state: object = None
        self._place(self._state_for(None))

    @staticmethod
    def _least(widget: QWidget | None) -> int:
        if widget is None:
            return 0
        return max(widget.minimumSizeHint().width(), widget.minimumWidth())

    def _cells(self):
        """Each widget of the wide grid: (widget, its column, its span)."""
        for row in self.rows:
            column = 0
            for label, field, span in row:
                if label is not None:
                    yield label, column, 1
                    column += 1
                yield field, column, span
                column += span

    def _pairs(self) -> list[tuple[QWidget | None, QWidget, int]]:
        return [pair for row in self.rows for pair in row]

    def _wide_width(self) -> int:
        """The least width of the rows side by side (each column as wide as its widest)."""
        columns: dict[int, int] = {}
        spans = []
        for widget, column, span in self._cells():
            if span == 1:
                columns[column] = max(columns.get(column, 0), self._least(widget))
            else:
                spans.append((column, span, self._least(widget)))
        spacing = self.grid.horizontalSpacing()
        for first, span, least in spans:  # a spanning field widens its last column
            have = sum(columns.get(c, 0) for c in range(first, first + span)) \
                + spacing * (span - 1)
            last = first + span - 1
            columns[last] = columns.get(last, 0) + max(0, least - have)
        return sum(columns.values()) + spacing * max(0, len(columns) - 1)

    def _label_column(self) -> int:
        return max((self._least(label) for label, _f, _s in self._pairs()), default=0)

    def _narrow_width(self) -> int:
        """Each label above its field."""
        return max((max(self._least(label), self._least(field))
                    for label, field, _s in self._pairs()), default=0)

    def _state_for(self, width: int | None) -> object:
        """("wide",) or ("narrow", the pairs whose field stands below its label)."""
        if width is None or width >= self._wide_width():
            return ("wide",)
        room = width - self._label_column() - self.grid.horizontalSpacing()
        return ("narrow", frozenset(index for index, (_l, field, _s) in enumerate(self._pairs())
                                    if self._least(field) > room))

    @property
    def narrow(self) -> bool:
        """False: its least width is that of the rows side by side."""
        return self._narrow

    @narrow.setter
    def narrow(self, allowed: bool) -> None:
        self._narrow = allowed
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = super().minimumSizeHint()
        hint.setWidth(self._narrow_width() if self._narrow else self._wide_width())
        return hint

    def _add(self, widget: QWidget, line: int, column: int, span: int, *,
             at_top: bool = False) -> None:
        if at_top:
            self.grid.addWidget(widget, line, column, 1, span, Qt.AlignmentFlag.AlignTop)
        elif isinstance(widget, QAbstractButton):  # a button keeps its width
            self.grid.addWidget(widget, line, column, 1, span, Qt.AlignmentFlag.AlignLeft)
        else:
            self.grid.addWidget(widget, line, column, 1, span)

    def _place(self, state: object) -> None:
        if state == self._state:
            return
        self._state = state
        for widget, _column, _span in list(self._cells()):
            self.grid.removeWidget(widget)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        if state == ("wide",):
            for line, row in enumerate(self.rows):
                column = 0
                for label, field, span in row:
                    if label is not None:
                        if label in self.top:
                            self.grid.addWidget(label, line, column, Qt.AlignmentFlag.AlignTop)
                        else:
                            self.grid.addWidget(label, line, column)
                        column += 1
                    self.grid.addWidget(field, line, column, 1, span)
                    column += span
            for column in self.stretch:
                self.grid.setColumnStretch(column, 1)
        else:
            above = cast(tuple, state)[1]
            line = 0
            for index, (label, field, _span) in enumerate(self._pairs()):
                if index in above:
                    if label is not None:
                        self._add(label, line, 0, 2)
                        line += 1
                    self._add(field, line, 0, 2)
                else:
                    if label is not None:
                        self._add(label, line, 0, 1, at_top=label in self.top)
                    self._add(field, line, 1, 1)
                line += 1
            self.grid.setColumnStretch(1, 1)
        self.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._place(self._state_for(event.size().width()))
        super().resizeEvent(event)
