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
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.services import annual_report
from ssa_desktop.services import statistics as stats
from ssa_desktop.services.operations import Progress
from ssa_desktop.ui import background
from tests.support import questions
from tests.support.questions import words_of
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


def _backup_held(monkeypatch) -> threading.Event:
    """The unlock's daily backup (the quiet lane, started after the main window's first
    frame) waits for the returned gate: its „Tägliche Sicherung erstellt.“ comes when the
    test lets it, not some 0.1 s after the window shows (a busy CI core: during a check)."""
    from ssa_desktop.services import backups

    real, gate = backups.auto_backup, threading.Event()
    _GATES.append(gate)

    def held(*args, **kwargs):
        gate.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(backups, "auto_backup", held)
    return gate


BACKED_UP = "Tägliche Sicherung erstellt."


def _key(key):
    return lambda box: QTest.keyClick(box, key)


def _click(label: str):
    def click(box):
        [button] = [b for b in box.buttons() if words_of(b) == label]
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
    nothing asked. Now the question comes; Enter and Esc both wait, the four files
    arrive, and then the app quits as she asked."""
    area = _area(ctx, qtbot)
    window = _main_window(ctx, tmp_path, qtbot)
    entered, gate = _held(monkeypatch, stats, "export_all")
    folder = tmp_path / "export"
    with clock.frozen(DAY):
        area.write_exports(folder)
        qtbot.waitUntil(entered.is_set, timeout=30_000)
        asked: list[str] = []
        questions.answer(asked, _key(key))
        _strg_q(qtbot, window)
        assert asked and asked[0].startswith("Der Export " + QUESTION), asked
        assert ctx.is_unlocked and window.isVisible(), "Strg+Q quit during the export"
        gate.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
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
        questions.answer(asked, _click("Abbrechen und verwerfen"))
        _strg_q(qtbot, window)
        _no_writes_left(qtbot)
    assert asked and QUESTION in asked[0], asked
    assert not ctx.is_unlocked, "she chose to quit"
    assert list(folder.iterdir()) == []            # no file, no temp file


def _jahresbericht_writing(ctx, qtbot, monkeypatch, folder):
    """The Jahresbericht dialog shown, its PDF (into ``folder``) held in the worker."""
    from ssa_desktop.ui.reports.annual_report_dialog import AnnualReportDialog

    entered, gate = _held(monkeypatch, annual_report, "write_report")
    dialog = AnnualReportDialog(ctx, school_id="school-1")
    qtbot.addWidget(dialog)
    dialog.save_path_chooser = lambda suggested: str(folder / suggested)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.create_pdf()
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    return dialog, gate


def test_esc_in_the_jahresbericht_while_its_pdf_writes_asks_waits_and_closes(
        ctx, tmp_path, qtbot, monkeypatch):
    """Before: Esc closed the dialog at once and the PDF's answer was dropped; then Esc
    asked and „Warten“ waited, but the dialog stayed open afterwards (she had asked to
    close it). Now: Esc asks, Esc on the question waits, the dialog says it closes once
    the PDF is written, and it closes when the PDF is whole (read back)."""
    from pypdf import PdfReader

    dialog, gate = _jahresbericht_writing(ctx, qtbot, monkeypatch, tmp_path)
    asked: list[str] = []
    questions.answer(asked, _key(Qt.Key_Escape))
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key_Escape)
    assert asked and asked[0].startswith("Das PDF " + QUESTION), asked
    assert dialog.isVisible()
    assert dialog.status.text() == ("Das PDF wird noch geschrieben; danach wird das "
                                    "Fenster geschlossen.")
    gate.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    [pdf] = tmp_path.glob("Jahresbericht_*.pdf")
    assert dialog.message == f"Jahresbericht gespeichert: {pdf.name}"
    assert "Jahresbericht" in PdfReader(pdf).pages[0].extract_text()
    assert dialog.result() == dialog.DialogCode.Rejected


def test_esc_warten_in_the_jahresbericht_stays_open_when_the_pdf_fails(
        ctx, tmp_path, qtbot, monkeypatch):
    """„Warten“, and then the PDF is refused (a folder of its name stands where it goes):
    the dialog stays open and says why."""
    dialog, gate = _jahresbericht_writing(ctx, qtbot, monkeypatch, tmp_path)
    asked: list[str] = []
    questions.answer(asked, _key(Qt.Key_Escape))
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key_Escape)
    assert asked and QUESTION in asked[0], asked
    (tmp_path / annual_report.file_name(dialog.school_year(),
                                        dialog.school.currentText())).mkdir()
    errors: list[str] = []
    questions.answer(errors, _key(Qt.Key_Return))
    gate.set()
    _no_writes_left(qtbot)
    qtbot.waitUntil(lambda: bool(errors) and not background._waiters, timeout=30_000)
    QApplication.processEvents()    # a close the waiter would have asked for comes now
    assert "Ordner" in errors[0], errors
    assert dialog.isVisible(), "closed although the PDF was not written"
    assert dialog.status.text() == ""


def test_after_warten_the_closed_jahresbericht_says_in_the_main_window_what_was_saved(
        ctx, tmp_path, qtbot, monkeypatch):
    """The dialog closes itself once its PDF is whole, so its „Jahresbericht gespeichert:
    …“ was never seen nor heard. Now the main window's status bar says it, with where
    (the whole path), and is named by it (announced as the other saves are)."""
    backup = _backup_held(monkeypatch)  # its „Tägliche Sicherung erstellt.“ would come among
    window = _main_window(ctx, tmp_path, qtbot)
    dialog, gate = _jahresbericht_writing(ctx, qtbot, monkeypatch, tmp_path)
    questions.answer([], _key(Qt.Key_Escape))
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key_Escape)   # Esc, then „Warten“
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    [pdf] = tmp_path.glob("Jahresbericht_*.pdf")
    assert said == [f"Jahresbericht gespeichert: {pdf}"], said
    assert window.statusBar().currentMessage() == said[0]
    assert window.statusBar().accessibleName() == said[0]       # what a reader hears
    backup.set()                    # before the window closes (its lock waits for it)


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
    questions.answer(asked, _click("Abbrechen und verwerfen"))
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key_Escape)
    assert asked and QUESTION in asked[0], asked
    assert not dialog.isVisible()
    _no_writes_left(qtbot)
    assert list(folder.iterdir()) == []
    assert ctx.is_unlocked                          # only the dialog closed


WAITING = "Der Export wird noch geschrieben; danach wird das Programm beendet."


def _read_back(folder) -> list:
    """The four files of a KVJS export, each opened by its own reader: whole files."""
    import csv
    import io
    import json

    from openpyxl import load_workbook
    from pypdf import PdfReader

    files = {p.suffix[1:]: p for p in folder.iterdir()}
    assert sorted(files) == ["csv", "json", "pdf", "xlsx"], sorted(folder.iterdir())
    doc = json.loads(files["json"].read_text("utf-8"))
    rows = list(csv.reader(io.StringIO(files["csv"].read_bytes().decode("utf-8-sig")),
                           delimiter=";"))
    sheet = load_workbook(files["xlsx"]).active
    pdf = "\n".join(page.extract_text() for page in PdfReader(files["pdf"]).pages)
    in_csv = {r[1].strip(): r[2] for r in rows if len(r) == 3}
    in_xlsx = {str(r[0]).strip(): r[1] for r in sheet.iter_rows(values_only=True)
               if r and len(r) > 1 and r[0]}
    return [doc["school_year"], doc["aggregates"]["efh_contacts"],
            in_csv["Beratungskontakte"], in_xlsx["Beratungskontakte"],
            "Beratungskontakte" in pdf]


def test_strg_q_warten_quits_once_the_export_is_whole(ctx, tmp_path, qtbot, monkeypatch):
    """She asked to quit: „Warten“ (Enter, the default) means finish, then quit. Before:
    the app stayed open after the export and she had to press Strg+Q again. While it
    waits the status bar says so (its accessible name, announced)."""
    backup = _backup_held(monkeypatch)     # its message would come during the checks
    area = _area(ctx, qtbot)
    window = _main_window(ctx, tmp_path, qtbot)
    entered, gate = _held(monkeypatch, stats, "export_all")
    folder = tmp_path / "export"
    with clock.frozen(DAY):
        area.write_exports(folder)
        qtbot.waitUntil(entered.is_set, timeout=30_000)
        asked: list[str] = []
        questions.answer(asked, _key(Qt.Key_Return))
        _strg_q(qtbot, window)
        assert asked and asked[0].startswith("Der Export " + QUESTION), asked
        assert ctx.is_unlocked and window.isVisible()
        assert window.statusBar().currentMessage() == WAITING
        assert window.statusBar().accessibleName() == WAITING     # what a reader hears
        backup.set()
        gate.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert not ctx.is_unlocked, "quit after the export: the vault is locked"
    assert _read_back(folder) == ["2025/26", 6, "6", 6, True]


def test_strg_q_warten_does_not_quit_when_the_export_fails(ctx, tmp_path, qtbot,
                                                          monkeypatch):
    """The export fails (a folder stands where its first file goes): the app stays open
    and says why instead of quitting."""
    backup = _backup_held(monkeypatch)     # its message would come during the checks
    area = _area(ctx, qtbot)
    window = _main_window(ctx, tmp_path, qtbot)
    entered, gate = _held(monkeypatch, stats, "export_all")
    folder = tmp_path / "export"
    (folder / "KVJS_GMS-1_2025-26.xlsx").mkdir(parents=True)
    with clock.frozen(DAY):
        area.write_exports(folder)
        qtbot.waitUntil(entered.is_set, timeout=30_000)
        asked: list[str] = []
        questions.answer(asked, _key(Qt.Key_Return))
        _strg_q(qtbot, window)
        assert asked and window.statusBar().currentMessage() == WAITING
        said_all: list[str] = []        # every message, however briefly it shows
        window.statusBar().messageChanged.connect(said_all.append)
        backup.set()
        gate.set()
        qtbot.waitUntil(lambda: any(m.startswith("Nicht beendet") for m in said_all),
                        timeout=30_000)
    assert window.isVisible() and ctx.is_unlocked
    [said] = [m for m in said_all if m.startswith("Nicht beendet")]
    assert said == (f"Nicht beendet: {folder / 'KVJS_GMS-1_2025-26.xlsx'} konnte nicht "
                    "geschrieben werden (dort liegt ein Ordner gleichen Namens); es wurde "
                    "nichts verändert."), said
    assert area.status.text() == said.removeprefix("Nicht beendet: ")


def _message_room(window) -> int:
    """Where the status bar paints its message: from its margin to the first permanent
    widget shown (QStatusBar's message rectangle)."""
    bar = window.statusBar()
    shown = [w for w in (window.shortcut_label, window.vault_label) if w.isVisible()]
    return min((w.geometry().left() for w in shown), default=bar.width()) - 8


def _waiting_to_quit(ctx, tmp_path, qtbot, monkeypatch):
    """The main window (and Statistik) with the export held and Strg+Q answered
    „Warten“; the daily backup held too. Returns the window and both gates."""
    backup = _backup_held(monkeypatch)
    area = _area(ctx, qtbot)
    window = _main_window(ctx, tmp_path, qtbot)
    window.resize(640, 360)
    entered, gate = _held(monkeypatch, stats, "export_all")
    area.write_exports(tmp_path / "export")
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    questions.answer([], _key(Qt.Key_Return))
    _strg_q(qtbot, window)
    assert window.statusBar().currentMessage() == WAITING
    return window, gate, backup


def test_the_waiting_message_is_whole_at_200_percent(ctx, tmp_path, qtbot, monkeypatch):
    """On 1280×720 at 200 % (640×360 points) the shortcut hint beside the message left
    „Der Export wird n“ of it; while a message does not fit beside the hint, the hint
    gives way (F1 lists the keys), and it is back beside a short one. (Red in 2 of 6
    folder runs under load: the backup's message came during the checks; now held.)"""
    with clock.frozen(DAY):
        window, gate, backup = _waiting_to_quit(ctx, tmp_path, qtbot, monkeypatch)
        QApplication.processEvents()
        width = window.statusBar().fontMetrics().horizontalAdvance(WAITING)
        assert width <= _message_room(window), (width, _message_room(window))
        backup.set()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == BACKED_UP,
                        timeout=30_000)
        QApplication.processEvents()
        assert window.shortcut_label.isVisible()        # back beside a short message
        gate.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)


def test_a_message_while_the_quit_waits_gives_the_waiting_message_back(ctx, tmp_path, qtbot,
                                                                      monkeypatch):
    """Before: the daily backup's „Tägliche Sicherung erstellt.“ (8 s) replaced the
    waiting message, and when it went the status bar was empty while the app still waited
    to quit. Now the other message is shown (and announced), and when it goes the waiting
    message is back, shown and named (announced again)."""
    with clock.frozen(DAY):
        window, gate, backup = _waiting_to_quit(ctx, tmp_path, qtbot, monkeypatch)
        said: list[str] = []
        window.statusBar().messageChanged.connect(said.append)
        backup.set()
        qtbot.waitUntil(lambda: BACKED_UP in said, timeout=30_000)
        window.statusBar().clearMessage()         # what its 8 s timer does when they end
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == WAITING)
        assert said == [BACKED_UP, "", WAITING], said
        assert window.statusBar().currentMessage() == WAITING
        assert window.statusBar().accessibleName() == WAITING
        assert not window.shortcut_label.isVisible()
        gate.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert not ctx.is_unlocked, "quit once the export was whole"
