"""Nothing lost to one key, a running export (issue 64, item 3): while a file she asked
for is being written on the one runner (ui/background.py), Strg+Q and Esc on the dialog
that started it ask „… wird noch geschrieben“ with „Warten“ as the default and as the
question's Esc; „Abbrechen und verwerfen“ stops it and leaves no file, whole or half.

Each export here is the real one, held at its start by a ``threading.Event`` the test
controls (or by her cancel): no sleeps, no timing."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ssa_desktop.domain import clock
from ssa_desktop.services import annual_report
from ssa_desktop.services import statistics as stats
from ssa_desktop.services.operations import Progress
from ssa_desktop.ui import background
from tests.ui.closing.test_nothing_lost_to_one_key import _main_window
from tests.ui.statistics.test_statistics_area import _area

DAY = date(2026, 10, 5)
QUESTION = "wird noch geschrieben"


_GATES: list[threading.Event] = []


@pytest.fixture(autouse=True)
def _open_gates(ctx):
    """After each test (before its vault locks): no worker stays held."""
    yield
    for gate in _GATES:
        gate.set()
    _GATES.clear()


def _held(monkeypatch, module, name: str):
    """``module.name`` (the real writer) waits for the test's gate, or for her cancel,
    before it starts; ``entered`` is set once the worker is inside."""
    real = getattr(module, name)
    entered, gate = threading.Event(), threading.Event()
    _GATES.append(gate)

    def held(*args, **kwargs):
        [progress] = [a for a in (*args, *kwargs.values()) if isinstance(a, Progress)]
        entered.set()
        while not gate.is_set() and not progress.cancelled:
            gate.wait(0.005)          # woken by the gate, or by the cancel she chose
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, held)
    return entered, gate


def _answer(asked: list[str], how) -> list[bool]:
    """Answer the first question that opens with ``how(box)`` (a key or a click)."""
    live = [True]

    def look():
        if not live[0]:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(box.text())
            live[0] = False
            how(box)
            return
        QTimer.singleShot(10, look)
    QTimer.singleShot(0, look)
    return live


def _key(key):
    return lambda box: QTest.keyClick(box, key)


def _click(label: str):
    def click(box):
        [button] = [b for b in box.buttons() if b.text() == label]
        button.click()
    return click


def _strg_q(qtbot, window) -> None:
    """Strg+Q where she is (application-wide, as the main window binds it)."""
    where = QApplication.activeWindow() or window
    QTest.keyClick(where.focusWidget() or where, Qt.Key_Q, Qt.ControlModifier)
    QApplication.processEvents()


def _no_writes_left(qtbot) -> None:
    qtbot.waitUntil(lambda: not background._running, timeout=30_000)


@pytest.mark.parametrize("key", [Qt.Key_Return, Qt.Key_Escape], ids=["enter", "esc"])
def test_strg_q_while_the_statistik_export_writes_asks_and_waits(key, ctx, tmp_path, qtbot,
                                                                 monkeypatch):
    """Before: Strg+Q locked at once, the lock stopped the export, nothing was written and
    nothing asked. Now the question comes; Enter and Esc both wait, and the four files
    arrive."""
    area = _area(ctx, qtbot)
    window = _main_window(ctx, tmp_path, qtbot)
    entered, gate = _held(monkeypatch, stats, "export_all")
    folder = tmp_path / "export"
    with clock.frozen(DAY):
        area.write_exports(folder)
        qtbot.waitUntil(entered.is_set, timeout=30_000)
        asked: list[str] = []
        _answer(asked, _key(key))
        _strg_q(qtbot, window)
        assert asked and asked[0].startswith("Der Export " + QUESTION), asked
        assert ctx.is_unlocked and window.isVisible(), "Strg+Q quit during the export"
        gate.set()
        qtbot.waitUntil(lambda: area.status.text().startswith("Geschrieben"), timeout=30_000)
    assert sorted(p.name for p in folder.iterdir()) == [
        f"KVJS_GMS-1_2025-26.{ext}" for ext in ("csv", "json", "pdf", "xlsx")]


def test_strg_q_abbrechen_und_verwerfen_quits_and_leaves_no_file(ctx, tmp_path, qtbot,
                                                                 monkeypatch):
    area = _area(ctx, qtbot)
    window = _main_window(ctx, tmp_path, qtbot)
    entered, _gate = _held(monkeypatch, stats, "export_all")
    folder = tmp_path / "export"
    folder.mkdir()
    with clock.frozen(DAY):
        area.write_exports(folder)
        qtbot.waitUntil(entered.is_set, timeout=30_000)
        asked: list[str] = []
        _answer(asked, _click("Abbrechen und verwerfen"))
        _strg_q(qtbot, window)
        _no_writes_left(qtbot)
    assert asked and QUESTION in asked[0], asked
    assert not ctx.is_unlocked, "she chose to quit"
    assert list(folder.iterdir()) == []            # no file, no temp file


def test_esc_in_the_jahresbericht_while_its_pdf_writes_asks_and_waits(ctx, tmp_path, qtbot,
                                                                      monkeypatch):
    """Before: Esc closed the dialog at once; the PDF went on unseen and its answer
    („Jahresbericht gespeichert: …“) was dropped. Now Esc asks; Esc on the question waits,
    the dialog stays and says where the PDF is."""
    from ssa_desktop.ui.reports.annual_report_dialog import AnnualReportDialog

    entered, gate = _held(monkeypatch, annual_report, "write_report")
    dialog = AnnualReportDialog(ctx, school_id="school-1")
    qtbot.addWidget(dialog)
    dialog.save_path_chooser = lambda suggested: str(tmp_path / suggested)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.create_pdf()
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    asked: list[str] = []
    _answer(asked, _key(Qt.Key_Escape))
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key_Escape)
    assert asked and asked[0].startswith("Das PDF " + QUESTION), asked
    assert dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: bool(dialog.message), timeout=30_000)
    assert [p.name for p in tmp_path.glob("Jahresbericht_*.pdf")] == [
        dialog.message.removeprefix("Jahresbericht gespeichert: ")]


def test_esc_in_the_jahresbericht_abbrechen_und_verwerfen_leaves_no_pdf(ctx, tmp_path, qtbot,
                                                                        monkeypatch):
    from ssa_desktop.ui.reports.annual_report_dialog import AnnualReportDialog

    entered, _gate = _held(monkeypatch, annual_report, "write_report")
    dialog = AnnualReportDialog(ctx, school_id="school-1")
    qtbot.addWidget(dialog)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.save_path_chooser = lambda suggested: str(folder / suggested)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.create_pdf()
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    asked: list[str] = []
    _answer(asked, _click("Abbrechen und verwerfen"))
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key_Escape)
    assert asked and QUESTION in asked[0], asked
    assert not dialog.isVisible()
    _no_writes_left(qtbot)
    assert list(folder.iterdir()) == []
    assert ctx.is_unlocked                          # only the dialog closed
