"""Reading a layout's items from Python without leaving PySide wrappers behind
(``item_parts``, ``form_cell``). Only Qt Widgets classes here: the unlock window uses it
before its first frame (no Qt namespace, ``tests/ui/shell/test_start_path.py``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLayout,
    QLayoutItem,
    QSpacerItem,
    QWidget,
    QWidgetItem,
)
from shiboken6 import getAllValidWrappers, invalidate


def item_parts(layout: QLayout) -> list[tuple[QWidget | None, QLayout | None]]:
    """Each item of ``layout`` in order as (its widget, its nested layout); (None, None)
    for a spacer or no item."""
    let_go = not _keeps_its_items(layout)
    return [_parts(layout.itemAt(index), let_go) for index in range(layout.count())]


def widget_at(layout: QLayout | None, index: int) -> QWidget | None:
    """The widget at ``index`` in ``layout`` (None for a spacer, a nested layout or no
    item there)."""
    if layout is None:
        return None
    return _parts(layout.itemAt(index), not _keeps_its_items(layout))[0]


def form_cell(form: QFormLayout, row: int,
              role: QFormLayout.ItemRole) -> tuple[QWidget | None, QLayout | None]:
    """(widget, nested layout) in ``row``'s ``role`` of ``form``."""
    return _parts(form.itemAt(row, role), True)


def _keeps_its_items(layout: QLayout) -> bool:
    """A layout of ours that holds its items in Python (``layouts.FlowLayout``): they are
    its own, not to be let go."""
    return any("itemAt" in vars(cls) for cls in type(layout).__mro__
               if cls.__module__.startswith("ssa_desktop"))


def _parts(item: QLayoutItem | None, let_go: bool) -> tuple[QWidget | None, QLayout | None]:
    """What ``item`` holds; a widget's or a spacer's own item is let go at once. PySide
    keeps every layout item it hands to Python alive as its layout's child, and once Qt
    deleted the item (a button box laid out again, a widget taken out) that stale wrapper
    stayed in PySide's map: an object made later at the same address came back as it (a
    QWidget as a QSpacerItem, a crash in a later call). A nested layout is its own object
    (the item is the layout) and stays as it is."""
    if item is None:
        return None, None
    widget, nested = item.widget(), item.layout()
    if let_go and isinstance(item, (QWidgetItem, QSpacerItem)) and nested is None:
        invalidate(item)
    return widget, nested


def let_go_of_layout_items() -> None:
    """Let go of every widget's or spacer's item wrapper PySide holds, but those a layout of
    ours keeps (``layouts.FlowLayout``). PySide before 6.12 wraps each item of a layout
    added to another (``addLayout``, ``addRow`` with a layout) and keeps the wrappers as
    long as the outer layout: a widget deleted meanwhile leaves its item's wrapper stale, as
    ``_parts`` describes. Called once a window or an area is built (2 ms for the 1,500
    wrappers of a day with every area) and before an area is taken apart. No method is
    called on an item: one may be stale already."""
    wrappers = getAllValidWrappers()
    kept = {id(item) for layout in wrappers
            if isinstance(layout, QLayout) and _keeps_its_items(layout)
            for item in getattr(layout, "_items", ())}
    for item in wrappers:
        if isinstance(item, (QWidgetItem, QSpacerItem)) and id(item) not in kept:
            invalidate(item)
