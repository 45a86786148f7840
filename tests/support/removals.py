"""A removal from a list by her keys, and what it leaves: the question asked, the status
lines said, the rows chosen in the list (her place)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from .questions import press_once_active

ALT = Qt.KeyboardModifier.AltModifier


def statuses(ctx) -> list[str]:
    """The status lines ``ctx`` says from now on, in order."""
    said: list[str] = []
    ctx.status_message.connect(said.append)
    return said


def chosen_rows(view) -> list[int]:
    """The rows chosen in ``view``."""
    return [i.row() for i in view.selectionModel().selectedRows()]


def delete_answered(qtbot, view, key=Qt.Key.Key_J, modifier=ALT) -> list[str]:
    """Entf in ``view``, the question answered by ``key`` (Alt+J „Ja“; Esc with no
    modifier for „Nein“) once it is shown. Returns the question asked."""
    asked: list[str] = []
    press_once_active(QMessageBox, key, asked, lambda box: box.text(), modifier)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(asked))
    return asked


def removed_by_yes(qtbot, ctx, view, rows: int) -> tuple[list[str], list[str]]:
    """Entf in ``view``, the question answered „Ja“ (Alt+J), until ``view`` shows ``rows``
    rows. Returns the question asked and the status lines said from Entf on."""
    said = statuses(ctx)
    asked = delete_answered(qtbot, view)
    qtbot.waitUntil(lambda: view.model().rowCount() == rows)
    return asked, said


def records_of(conn, source_id: str) -> tuple[list, list]:
    """The statistics records and the time entries ``source_id`` left."""
    from ssa_desktop.storage import repositories as repo

    return (repo.STATISTICS.select(conn, "source_id = ?", (source_id,)),
            repo.TIME_ENTRIES.select(conn, "source_id = ?", (source_id,)))


def calls_of(monkeypatch, module, name: str) -> list[tuple]:
    """The calls of ``module.name`` from now on (their arguments), each still made by the
    real function: how often a list is loaded."""
    real = getattr(module, name)
    calls: list[tuple] = []

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls
