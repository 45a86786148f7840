"""Tab through widgets in the order given (Qt's own order follows creation)."""

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
