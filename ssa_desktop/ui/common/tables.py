"""The one set-up of a table view (whole rows, no row numbers, read-only unless asked)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from .cell_tips import show_cut_cells_whole
from .models import describe_cells


def make_table_view(model: QAbstractItemModel | None, accessible_name: str, *,
                    stretch: int | None = None, fit: Iterable[int] = (),
                    single: bool = True, alternating: bool = True, elide: bool = False,
                    editable: bool = False, parent: QWidget | None = None) -> QTableView:
    """A table for ``model``: selects whole rows (one at a time when ``single``), hides
    the row numbers. Read-only tables let Tab leave the table; an ``editable`` one (cells
    edited in place) keeps Qt's editing and Tab moves from cell to cell. ``stretch``
    takes the spare width (else the last column does); columns in ``fit`` size to their
    contents; ``elide`` cuts long texts on one line instead of wrapping them."""
    view = QTableView(parent)
    if model is not None:
        view.setModel(model)
        if isinstance(model, QStandardItemModel):   # its cells are read with their headers
            describe_cells(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if not editable:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
    else:
        view.setItemDelegate(NamedEditorDelegate(view))
    view.verticalHeader().hide()
    show_cut_cells_whole(view)  # a cell cut with "…" shows its whole text on hover
    view.setAlternatingRowColors(alternating)
    if elide:
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return view


class NamedEditorDelegate(QStyledItemDelegate):
    """Qt's delegate, whose editor a screen reader names after the cell's column ("Klasse
    neu"; Qt's own editor has no name)."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt naming)
        editor = super().createEditor(parent, option, index)
        if editor is not None:
            editor.setAccessibleName(self.editor_name(index))
        return editor

    def editor_name(self, index) -> str:
        """What a screen reader calls the cell's editor: its column's header."""
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        return str(header or "")


def commit_open_editor(view: QAbstractItemView) -> None:
    """Hand what she typed into a cell still open to the model, as leaving the cell does:
    a button's shortcut (Alt+B) leaves the focus in the editor, so Qt's delegate would
    never save it and the button would act on the old value."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    editor = view.indexWidget(view.currentIndex())   # the cell's open editor
    if editor is not None:
        delegate = view.itemDelegate()
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def commit_all_open_editors() -> None:
    """Before the lock drops the key: every cell still open in any window (the
    Wochenraster, a dialog's table) hands what she typed to its model, as leaving the
    cell does — after the lock its save would meet a locked vault and the value be lost."""
    from PySide6.QtWidgets import QApplication

    for window in QApplication.topLevelWidgets():
        views = window.findChildren(QAbstractItemView)
        if isinstance(window, QAbstractItemView):
            views.append(window)
        for view in views:
            commit_open_editor(view)


def hold_rows(view: QTableView, most: int = 3, exactly: bool = False) -> QTableView:
    """``view`` never lower than its header and its first ``most`` rows (all of them
    where fewer), again whenever its rows or their heights change. Where the window
    scrolls a page whole (200 %), the page got its minimum and a list of two schools
    showed one. ``exactly``: never higher either (a list above buttons that must not
    give up its lines when a message below them grows)."""
    # A QTableWidget's own model, its child, clears its rows once more while it is deleted
    # with the view, after PySide gave up the view's wrapper: asking the view for its
    # model then raised „already deleted“ at every teardown (Arbeitszeit → Zielwerte).
    # Qt says ``destroyed`` before it deletes a widget's children.
    gone = False

    def let_go(*_args) -> None:
        nonlocal gone
        gone = True

    def update(*_args) -> None:
        if gone:
            return
        model = view.model()
        rows = min(model.rowCount(), most) if model is not None else 0
        header = view.horizontalHeader()
        height = 2 * view.frameWidth() + (0 if header.isHidden() else header.sizeHint().height())
        height += sum(view.rowHeight(row) for row in range(rows)) or \
            view.verticalHeader().defaultSectionSize()
        if view.horizontalScrollBar().maximum() > 0:
            height += view.horizontalScrollBar().sizeHint().height()
        if height != view.minimumHeight():
            view.setMinimumHeight(height)
        if exactly and height != view.maximumHeight():
            view.setMaximumHeight(height)

    view.destroyed.connect(let_go)
    model = view.model()
    if model is not None:
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.layoutChanged):
            signal.connect(update)
    view.verticalHeader().sectionResized.connect(update)
    view.horizontalScrollBar().rangeChanged.connect(update)
    update()
    return view


def delete_key_asks(view: QWidget, ask: Callable[[], object]) -> QShortcut:
    """Entf in ``view`` (a list) calls ``ask``, the same question its „Löschen …“ button
    asks (Dokumente, Vorlagen, Angebote: one key for one deed)."""
    delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), view)
    delete.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    delete.activated.connect(ask)
    return delete


class _EnterOpens(QObject):
    def __init__(self, view: QWidget, open_: Callable[[], object]):
        super().__init__(view)
        self.open_ = open_
        view.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.open_()
            return True
        return False


def enter_key_opens(view: QWidget, open_: Callable[[], object]) -> QObject:
    """Enter (either key) in ``view`` (a list) calls ``open_``, as a double click does; the
    key goes no further (in a dialog it went on to press its first button). Strg+Enter
    and the like stay the window's."""
    return _EnterOpens(view, open_)
