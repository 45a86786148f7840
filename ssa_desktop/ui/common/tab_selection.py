"""A tab list that tells assistive software which tab is no longer selected.

When the current tab changes (a click, Ctrl+Tab, an Alt key of a tab's label) Qt tells
the bus that the new tab is selected, never that the tab left is not: a reader that keeps
the states it was told (Orca, over AT-SPI) reports both, the old one first („Verlauf“
after Alt+S). ``report_deselection`` sends the missing event."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget


def report_deselection(tabs: QTabWidget) -> None:
    """From now on every change of ``tabs``' current tab also says the tab left is no
    longer selected."""
    left = [tabs.currentIndex()]

    def changed(index: int) -> None:
        _deselected(tabs, left[0])
        left[0] = index

    tabs.currentChanged.connect(changed)


def _deselected(tabs: QTabWidget, index: int) -> None:
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    if index < 0 or index >= tabs.count() or not QAccessible.isActive():
        return
    event = QAccessibleEvent(tabs.tabBar(), QAccessible.Event.SelectionRemove)
    event.setChild(index)
    QAccessible.updateAccessibility(event)
