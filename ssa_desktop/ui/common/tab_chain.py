"""Tab through widgets in the order given (Qt's own order follows creation), and a page
built later (``LazyTabWidget``, ``SideTabs``) in the place of the placeholder it replaces."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import shiboken6
from PySide6.QtWidgets import QWidget

# Qt ignores a setTabOrder pair whose widgets are not yet in the same window (only a
# console warning) or of which one takes no focus (silently). The test suite sets this
# (tests/conftest.py) so that such a pair fails the test; the app logs it.
raise_when_ignored = False


class TabOrderIgnored(RuntimeError):
    """Qt did not put ``second`` after ``first`` in the Tab chain."""


def _rehomed(widget: QWidget) -> None:
    """``widget`` with its own parent as its Python parent again, and so each parent up to
    one made in Python (whose wrapper lives as long as it does; a wrapper of Qt's own
    with no Python parent went with its last reference and took its children along).
    Qt keeps a parent set again as it is (no event, the same place in the chain); the
    None each setParent releases without taking is ``ui.none_guard``'s."""
    child = widget
    while (parent := child.parentWidget()) is not None:
        child.setParent(parent)
        if shiboken6.createdByPython(parent):
            break
        child = parent


def _walk(start: QWidget, *, back: bool = False) -> Iterator[QWidget]:
    """The widgets after ``start`` in its window's focus chain (before it: ``back``), the
    window where the chain goes round, up to ``start``; asks each widget for the next one
    only when the caller wants it.

    PySide makes the widget ``nextInFocusChain()`` / ``previousInFocusChain()`` returns a
    Python child of the widget asked (its return-value heuristic); once Qt deletes the
    widget asked, PySide invalidates its Python children, alive in Qt (session 27: her
    window under Statistik's last chart; a list's viewport under a placeholder). So each
    widget the walk gets goes back to its own parent (``_rehomed``), and the window's last
    widget is never asked for the window (its first, walking back): the walk knows it."""
    window = start.window()
    end = window.nextInFocusChain() if back else window.previousInFocusChain()
    if end is None:
        return
    _rehomed(end)
    step = start
    while True:
        if step is end:
            step = window
        else:
            after = step.previousInFocusChain() if back else step.nextInFocusChain()
            if after is None:
                return
            _rehomed(after)
            step = after
        if step is start:
            return
        yield step


def _next_outside(first: QWidget, *, skip_no_focus: bool = True) -> QWidget | None:
    """The widget Tab can reach that comes after ``first`` and the widgets inside it
    (the check's, ``raise_when_ignored``: the app never walks here)."""
    from PySide6.QtCore import Qt  # not for the unlock window's start (``controls_of``)

    for step in _walk(first):
        if not first.isAncestorOf(step) and (
                not skip_no_focus or step.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return step
    return first   # round the chain: Tab stays


def _why_ignored(first: QWidget, second: QWidget) -> str:
    from PySide6.QtCore import Qt

    if first.window() is not second.window():
        return "not in the same window yet (call it once both are in their layout)"
    if Qt.FocusPolicy.NoFocus in (first.focusPolicy(), second.focusPolicy()):
        return "one of them takes no focus"
    return "Qt kept another order"


def _check(first: QWidget, second: QWidget) -> None:
    if not raise_when_ignored:
        # the app checks the window case alone: walking the focus chain would bring Qt's
        # inner widgets (viewports) into Python, and the rest looks up Qt's enums, which
        # the unlock window's start does without (``controls_of``)
        if first.window() is not second.window():
            _ignored(first, second)
        return
    if _next_outside(first, skip_no_focus=False) is second or first.isAncestorOf(second):
        return   # a spin box's own line edit (``controls_of``) is inside it, Tab keeps it
    from PySide6.QtCore import Qt

    if _next_outside(first) is second:
        return   # Qt keeps an order in which only widgets Tab skips lie between them
    if second.focusPolicy() == Qt.FocusPolicy.ClickFocus:
        return   # Tab never stops at it (a message line, ``controls_of``): no Tab order
    _ignored(first, second)


def _ignored(first: QWidget, second: QWidget) -> None:
    """Raise (tests) or log (the app) that Qt did not take the pair; no field's content."""
    if not raise_when_ignored:
        import logging  # not at import: the unlock window's start does without it

        logging.getLogger(__name__).warning(
            "Tab order %s -> %s ignored: not in the same window yet",
            type(first).__name__, type(second).__name__)
        return
    raise TabOrderIgnored(
        f"Tab order {type(first).__name__} {first.accessibleName()!r} -> "
        f"{type(second).__name__} {second.accessibleName()!r} ignored: "
        f"{_why_ignored(first, second)}; Tab goes to "
        f"{type(_next_outside(first)).__name__} instead")


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes from each of ``widgets`` to the next one, in the order given."""
    chain_in_order(widgets)


def chain_in_order(widgets: Sequence[QWidget], *, checked: bool = True) -> None:
    """``tab_chain`` for a list built at run time."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
        if checked:
            _check(first, second)


def chain_inside(container: QWidget) -> Iterator[QWidget]:
    """The widgets inside ``container`` (its window's, not a dialog of its own) in the
    order Tab reaches them; never asks the last of them for the widget after it.

    PySide makes the widget ``nextInFocusChain()`` returns a Python child of the widget
    asked (its return-value heuristic). A walk round the whole chain made her window the
    Python child of an area's last widget: once Qt deleted that widget (the lock takes
    Statistik apart), PySide invalidated the window's Python children with it, and the
    unlock window's buttons raised „already deleted“ (tests/ui/common/test_focus_walk.py).
    """
    left = sum(1 for child in container.findChildren(QWidget) if container.isAncestorOf(child))
    if left == 0:
        return
    for step in _walk(container):   # round the window's chain where one lies before it
        if container.isAncestorOf(step):
            yield step
            left -= 1
            if left == 0:
                return


def controls_of(widget: QWidget) -> list[QWidget]:
    """``widget`` and the widgets in it that take the focus, in their Tab order."""
    from PySide6.QtCore import Qt  # not at import: the unlock window's start never needs
    # the Qt namespace's enums (building them cost the cold start 20 ms of CPU)

    return [w for w in (widget, *chain_inside(widget))
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus]


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

    if not controls:
        return
    for anchor in _walk(placeholder, back=True):   # every widget on the way rehomed: the
        # placeholder is deleted next (a list's viewport had become its Python child)
        if anchor.focusPolicy() != Qt.FocusPolicy.NoFocus and not (
                anchor is widget or widget.isAncestorOf(anchor)):
            break
    else:
        return
    # unchecked: its own tests walk it by Tab (test_side_tabs_tab_order, test_lazy_tabs);
    # walking the chain while a page is built left a table's column fit a deleted viewport
    chain_in_order([anchor, *controls], checked=False)
