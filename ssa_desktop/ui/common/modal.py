"""The one way a modal dialog is run: ``with modal(dialog) as result:`` runs
``exec()``, hands the result to the block – read the dialog's fields there – and gives the
dialog up on leaving it (``deleteLater``), however it closed. A closed dialog made with a
parent would otherwise live on as a hidden child of its window, readable on the
accessibility bus. ``tests/ui/a11y/test_closed_dialogs_go.py`` finds any ``exec()`` in
ssa_desktop/ui outside this module and every registered dialog left behind after Esc."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


@contextmanager
def modal(dialog: QDialog) -> Iterator[int]:
    """Run ``dialog`` modally; the block gets ``exec()``'s result and may read the dialog;
    the dialog is deleted after the block (one that deletes itself on close, a secret
    dialog, is already gone: Qt's ``exec`` deletes it)."""
    try:
        yield dialog.exec()
    finally:
        if shiboken6.isValid(dialog):
            dialog.deleteLater()


D = TypeVar("D", bound=QDialog)


def open_deleting(dialog: D) -> D:
    """Open ``dialog`` window-modally without waiting (``open()``); Qt deletes it once it
    closes. Whoever keeps it must not touch it after it closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def alive(dialog: D | None) -> D | None:
    """``dialog`` while Qt has not deleted it, else None: for a window that keeps the
    dialog it opened with ``open_deleting`` (tests and the lock read it while open)."""
    return dialog if dialog is not None and shiboken6.isValid(dialog) else None


def run_modal(dialog: QDialog) -> int:
    """``exec()``'s result alone, for a caller that reads nothing from the dialog (or a
    hook that tests replace and whose caller reads the dialog in the same handler: the
    deletion waits for the event loop)."""
    with modal(dialog) as result:
        return result


def modal_until(dialog: QDialog, done: Callable[[], bool]) -> bool:
    """Show ``dialog`` again after each accept until ``done()`` says the input was taken
    (a refusal she corrects in place, her text kept); False when she closed it."""
    try:
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if done():
                return True
        return False
    finally:
        if shiboken6.isValid(dialog):
            dialog.deleteLater()
