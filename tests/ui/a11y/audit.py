"""The in-process accessibility audit: what a screen reader gets from Qt's own
accessibility interfaces (``QAccessible.queryAccessibleInterface``) for every visible
control of a window — a name, a bound label for every input, no keyboard trap."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

R = QAccessible.Role
INTERACTIVE = {R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText,
               R.SpinBox, R.ButtonMenu, R.ButtonDropDown, R.Slider, R.Table, R.List,
               R.Tree, R.PageTabList}
EDITABLE = {R.EditableText, R.SpinBox, R.ComboBox}


def _describe(widget: QWidget) -> str:
    path = []
    w = widget
    while w is not None and len(path) < 3:
        path.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(path))


def _inside_view(widget: QWidget) -> bool:
    """Cell editors and a view's own scroll bars belong to the view."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def controls(window: QWidget):
    """(widget, interface) of every visible interactive control of ``window``."""
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        if _inside_view(widget):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or iface.role() not in INTERACTIVE:
            continue
        yield widget, iface


def _labelled(iface) -> bool:
    return any(flag & QAccessible.RelationFlag.Label for _, flag in iface.relations())


def audit(window: QWidget) -> dict[str, list[str]]:
    """The failures by kind: ``unnamed`` controls, combo boxes ``named_by_value``
    (no name of their own, so a reader says "—" or "keine"), inputs without a bound
    label (``unlabelled``), views that trap Tab (``tab_trap``) and scroll areas that
    take Tab (``scroll_stop``)."""
    found: dict[str, list[str]] = {"unnamed": [], "named_by_value": [], "unlabelled": [],
                                   "tab_trap": []}
    for widget, iface in controls(window):
        name = (iface.text(QAccessible.Name) or "").strip()
        where = f"{_describe(widget)} ({name or '—'})"
        owner = widget.parentWidget()
        inner = isinstance(owner, (QComboBox, QAbstractSpinBox))
        if isinstance(widget, QComboBox):
            if not widget.accessibleName().strip():
                found["named_by_value"].append(where)
        elif not name:
            found["unnamed"].append(where)
        read_only = iface.state().readOnly and iface.role() == R.EditableText
        if iface.role() in EDITABLE and not inner and not read_only and not _labelled(iface):
            found["unlabelled"].append(where)
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation() and (
                widget.editTriggers() == QAbstractItemView.NoEditTriggers):
            found["tab_trap"].append(where)
    found["scroll_stop"] = scroll_stops(window)
    found["text_hidden_by_name"] = texts_hidden_by_name(window)
    return {kind: items for kind, items in found.items() if items}


def texts_hidden_by_name(window: QWidget) -> list[str]:
    """Labels whose accessible name is set over their visible text: a reader says the
    name and never the text. A key shown on screen is the one exception by design
    (``KEY_PROPERTY``): it is read out only on request, group by group."""
    from ssa_desktop.ui.common.announce import plain
    from ssa_desktop.ui.common.key_readout import KEY_PROPERTY

    hidden = []
    for label in window.findChildren(QLabel):
        text, name = plain(label.text()), label.accessibleName().strip()
        if (label.isVisibleTo(window) and text and name and text not in plain(name)
                and not label.property(KEY_PROPERTY)):
            hidden.append(f"{_describe(label)}: {name!r} over {text!r}")
    return hidden


def scroll_stops(window: QWidget) -> list[str]:
    """Scroll areas that take Tab although they hold controls (the controls scroll
    into view when they get the focus; the area itself is read as an unnamed "filler"),
    or that take Tab without a name (an area of charts or text only keeps its Tab stop
    to scroll by keyboard, and is named). Views and text fields scroll their own
    content and keep their focus."""
    stops = []
    for widget in window.findChildren(QAbstractScrollArea):
        if (widget.isVisibleTo(window) and widget.focusPolicy() & Qt.TabFocus
                and not isinstance(widget, (QAbstractItemView, QTextEdit, QPlainTextEdit))
                and not _inside_view(widget)):
            holds_controls = any(
                child.focusPolicy() & Qt.TabFocus and child.isVisibleTo(window)
                for child in widget.viewport().findChildren(QWidget))
            if holds_controls or not widget.accessibleName().strip():
                stops.append(_describe(widget))
    return stops
