"""Collect the Alt+letter mnemonics a window offers (labels with a buddy, buttons, check
boxes, tabs, menu titles) — shared by the keyboard tests."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QTabBar, QWidget

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def letter(text: str) -> str:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def mnemonics(window: QWidget) -> dict[str, list[tuple[str, QWidget]]]:
    """letter → [(text, widget the letter reaches)] for what is visible in ``window``."""
    out: dict[str, list[tuple[str, QWidget]]] = {}

    def add(text: str, target: QWidget) -> None:
        key = letter(text)
        if key:
            out.setdefault(key, []).append((text, target))

    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), widget.buddy())
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), widget)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), widget)
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), window.menuBar())
    return out


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: [text for text, _ in hits] for key, hits in mnemonics(window).items()
            if len(hits) > 1}
