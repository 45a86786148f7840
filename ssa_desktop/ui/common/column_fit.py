"""Columns that fit their table: every column in sight, every header read whole.

``fit_columns(view)`` sizes the columns of a table or tree view to the width it has, again
whenever that width or the rows change: each column gets its contents' width; when they do
not all fit, the columns give up what their contents need beyond their header's width, in
proportion (long cell texts are then cut with "…"; a cut cell shows its whole text as its
tool tip, where the model gives it none: cell_tips.py), so that no column lies beyond the right edge. A header is never cut: when even the
headers do not fit (a very narrow window, 200 % scaling), the table scrolls sideways.
Spare width goes to the ``stretch`` column (the last one unless given).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

from .cell_tips import show_cut_cells_whole


def _header(view: QAbstractItemView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else cast(QTreeView, view).header()


def viewport_of(view: QAbstractItemView) -> QWidget:
    """``view.viewport()``, found by its Qt object name: the first ``viewport()`` of a
    view made PySide look for the C++ widget's type among every QWidget subclass and
    create all ~70 of their Python types with their enums (≈ 0.5 MB that stays), which
    a lookup by name does not."""
    found = view.findChild(QWidget, "qt_scrollarea_viewport")
    return found if found is not None else view.viewport()


KEEP_WIDTH = 160  # px of a ``keep`` column (a title) kept before the others give way


def fitted_widths(contents: list[int], headers: list[int], width: int,
                  stretch: int, keep: tuple[int, ...] = ()) -> list[int]:
    """The column widths for ``width`` pixels: ``contents`` (each at least its header's
    width) when they fit, the spare width to column ``stretch``. Else the widest columns
    give way first: every column wider than a common cap is cut to the cap, the narrow
    ones keep their contents; no column goes below its header's width, and a column in
    ``keep`` not below ``KEEP_WIDTH`` (or its contents, if shorter) unless the others'
    headers leave it less (then down to its header: Gruppen's list scrolled its last
    column out of sight at 640×360). When even the headers do not fit, the headers (the
    table scrolls sideways)."""
    contents = [max(c, h) for c, h in zip(contents, headers, strict=True)]
    if not contents:
        return []
    total = sum(contents)
    if total <= width:
        widths = list(contents)
        widths[stretch] += width - total
        return widths
    floors = [max(h, min(c, KEEP_WIDTH)) if i in keep else h
              for i, (c, h) in enumerate(zip(contents, headers, strict=True))]
    excess = sum(floors) - width
    for i in keep:  # a kept column gives way before the table scrolls
        give = max(0, min(excess, floors[i] - headers[i]))
        floors[i] -= give
        excess -= give
    if sum(floors) >= width:
        return floors
    low, high = 0, max(contents)
    while low < high:  # the largest cap at which the columns still fit
        cap = (low + high + 1) // 2
        if sum(max(f, min(c, cap)) for c, f in zip(contents, floors, strict=True)) <= width:
            low = cap
        else:
            high = cap - 1
    widths = [max(f, min(c, low)) for c, f in zip(contents, floors, strict=True)]
    widths[stretch] += width - sum(widths)
    return widths


class ColumnFit(QObject):
    """Keeps the columns of ``view`` fitted (see the module text)."""

    def __init__(self, view: QAbstractItemView, stretch: int | None = None,
                 keep: tuple[int, ...] = ()):
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.keep = keep
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        header = _header(view)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionCountChanged.connect(self.schedule)
        # its wrapper is not kept: a wrapper PySide made earlier for a freed widget at the
        # same address (an area taken apart) is invalidated later with that widget's
        viewport_of(view).installEventFilter(self)
        show_cut_cells_whole(view)
        self._model: QAbstractItemModel | None = None
        self._watch_model()

    def _watch_model(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged, model.dataChanged, model.headerDataChanged):
            signal.connect(self.schedule)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.schedule()
        return False

    def schedule(self, *_args) -> None:
        """Fit again once the current work (filling the model, resizing) is done."""
        self._timer.start()

    def apply(self) -> None:
        view = self.view
        self._watch_model()
        header = _header(view)
        model = view.model()
        if model is None or not view.isVisible():
            return
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns:
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        headers = [header.sectionSizeHint(c) for c in columns]
        grid = 1 if isinstance(view, QTableView) and view.showGrid() else 0
        # the contents' width, the grid line and a pixel of air (a date exactly as wide as
        # its column was drawn as "09.11.20…")
        contents = [QAbstractItemView.sizeHintForColumn(view, c) + grid + 1 for c in columns]
        if isinstance(view, QTreeView):  # the first column also holds the branch lines
            contents[0] += view.indentation() * (1 if view.rootIsDecorated() else 0)
        stretch = columns.index(self.stretch) if self.stretch in columns else len(columns) - 1
        keep = tuple(columns.index(c) for c in self.keep if c in columns)
        width = viewport_of(view).width()
        widths = fitted_widths(contents, headers, width, stretch, keep)
        for column, size in zip(columns, widths, strict=True):
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)


def fit_columns(view: QAbstractItemView, stretch: int | None = None,
                keep: tuple[int, ...] = ()) -> ColumnFit:
    """Keep the columns of ``view`` fitted to its width (once per view); the columns in
    ``keep`` (e.g. a title) are the last to be shortened."""
    existing = view.findChild(ColumnFit)
    if existing is not None:
        existing.stretch, existing.keep = stretch, keep
        existing.schedule()
        return existing
    return ColumnFit(view, stretch, keep)
