"""Tab through widgets in the order given (Qt's own order follows creation), and a page
built later (``LazyTabWidget``, ``SideTabs``) in the place of the placeholder it replaces."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes from each of ``widgets`` to the next one, in the order given."""
    chain_in_order(widgets)


def chain_in_order(widgets: Sequence[QWidget]) -> None:
    """``tab_chain`` for a list built at run time."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def controls_of(widget: QWidget) -> list[QWidget]:
    """``widget`` and the widgets in it that take the focus, in their Tab order."""
    from PySide6.QtCore import Qt  # not at import: the unlock window's start never needs
    # the Qt namespace's enums (building them cost the cold start 20 ms of CPU)

    inside = [widget]
    step = widget.nextInFocusChain()
    while step is not None and step is not widget and widget.isAncestorOf(step):
        inside.append(step)
        step = step.nextInFocusChain()
    return [w for w in inside if w.focusPolicy() != Qt.FocusPolicy.NoFocus]


def take_placeholders_place(controls: list[QWidget], widget: QWidget,
                            placeholder: QWidget) -> None:
    """Put ``controls`` (of ``widget``, the page that replaced ``placeholder``) in the
    placeholder's place in the window's Tab chain (``LazyTabWidget``, ``SideTabs``).

    Qt appends a widget that joins a window to the end of the window's chain, after
    every control made meanwhile (an area's buttons below the tabs, made after the tab
    widget or at its first load), so Tab from the tab bar or page list reached those
    before the page.
    The controls follow the last control before the placeholder (the tab bar or a page
    before), in the order they were built; the placeholder still holds its old place.
    """
    from PySide6.QtCore import Qt

    anchor = placeholder.previousInFocusChain()
    while anchor is not None and anchor is not placeholder and (
            anchor.focusPolicy() == Qt.FocusPolicy.NoFocus
            or anchor is widget or widget.isAncestorOf(anchor)):
        anchor = anchor.previousInFocusChain()
    if anchor is None or anchor is placeholder or not controls:
        return
    chain_in_order([anchor, *controls])
