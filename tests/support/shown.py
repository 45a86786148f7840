"""A window shown and active as she has it in front of her (its Alt shortcuts work); a
person's panel shown with its rows; each tab of a tab widget shown in turn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def show_active(qtbot, widget: W, size: tuple[int, int] | None = None) -> W:
    """``widget`` (an area, a dialog) handed to ``qtbot``, at ``size``, shown and active."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def shown_refreshed(qtbot, panel: W) -> W:
    """``panel`` (a person's Dokumente, Einwilligungen) handed to ``qtbot``, shown and
    refreshed."""
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()  # type: ignore[attr-defined]
    return panel


def each_tab(tabs) -> Iterator[str]:
    """Each tab of ``tabs`` (a ``QTabWidget``) made current in turn; its text is yielded
    while it shows."""
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield tabs.tabText(index)


def found_on_each_tab(tabs, check: Callable[[], Any]) -> dict[str, Any]:
    """``check()`` with each tab of ``tabs`` showing: what it found, by the tab's text
    (a tab where it found nothing is left out; ``{}``: nothing anywhere)."""
    return {text: found for text in each_tab(tabs) if (found := check())}
