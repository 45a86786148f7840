"""The system's file dialogs, asked the same way wherever a file is saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def save_path_chooser(parent: QWidget, title: str, filters: str) -> Callable[[str], str]:
    """``choose(suggested) -> path`` ("" when cancelled): the save dialog, offering
    ``suggested`` in the home folder. Title and filters come translated by the caller.
    Dialogs keep it as ``save_path_chooser``, which a test replaces (the real one is modal)."""

    def choose(suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested),
                                              filters)
        return path

    return choose
