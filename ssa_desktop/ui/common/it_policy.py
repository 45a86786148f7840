"""What IT's machine policy set, said where she sees it: the setting greyed out (or
limited) by the caller, the reason in its tooltip and accessible description and in one
visible line right below it, shown and hidden with the setting."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLayout, QWidget

from .layout_items import item_parts
from .layouts import FlowLayout

_SHOWN = (QEvent.Type.ShowToParent, QEvent.Type.HideToParent)


class _FollowVisibility(QObject):
    """The note is visible exactly while its setting is (not hidden by its owner)."""

    def __init__(self, note: QLabel):
        super().__init__(note)
        self._note = note

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in _SHOWN:
            self._note.setVisible(not obj.isHidden())
        return False


def it_set(widget: QWidget, text: str) -> QLabel | None:
    """``text`` (what IT's policy set) before the widget's own help, and as a visible line
    below ``widget`` in its layout; once per widget. Returns the line (None without a
    layout to put it in: then tooltip and description alone say it)."""
    own = widget.accessibleDescription()
    if text not in own:
        said = f"{text} {own}" if own else text
        widget.setToolTip(said)
        widget.setAccessibleDescription(said)
    note = getattr(widget, "_it_note", None)
    if note is not None:
        note.setText(text)
        return note
    anchor, parent = widget, widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, FlowLayout) and parent is not None:  # a row that wraps: below it
        anchor, parent = parent, parent.parentWidget()
        layout = parent.layout() if parent is not None else None
    if parent is None or layout is None:
        return None
    note = _note_label(text, parent)
    if not _insert_below(layout, anchor, note):
        note.deleteLater()
        return None
    note.setVisible(not widget.isHidden())
    widget.installEventFilter(_FollowVisibility(note))
    widget._it_note = note  # type: ignore[attr-defined]
    return note


def _note_label(text: str, parent: QWidget) -> QLabel:
    note = QLabel(text, parent)
    note.setObjectName("itPolicyNote")
    note.setWordWrap(True)
    return note


def _insert_below(layout: QLayout, item: QWidget | QLayout, note: QLabel) -> bool:
    """``note`` right below ``item`` in ``layout`` or one of its nested layouts (below a
    whole row when ``item`` sits in a horizontal one)."""
    for index, (widget, nested) in enumerate(item_parts(layout)):
        if widget is item or nested is item:
            return _insert_at(layout, index, item, note)
        if nested is not None and _contains(nested, item):
            if isinstance(nested, QBoxLayout) and nested.direction() in (
                    QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft):
                return _insert_at(layout, index, nested, note)
            return _insert_below(nested, item, note)
    return False


def _insert_at(layout: QLayout, index: int, item: QWidget | QLayout, note: QLabel) -> bool:
    if isinstance(layout, QFormLayout):
        position = (layout.getWidgetPosition(item) if isinstance(item, QWidget)
                    else layout.getLayoutPosition(item))
        row = cast(tuple[int, Any], position)[0]
        layout.insertRow(row + 1, note)
        return True
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(index + 1, note)
        return True
    return False


def _contains(layout: QLayout, item: QWidget | QLayout) -> bool:
    for widget, nested in item_parts(layout):
        if widget is item or nested is item:
            return True
        if nested is not None and _contains(nested, item):
            return True
    return False
