"""Issue 65: adding a document (encrypted and stored, up to 25 MB) and exporting one
(decrypted, written, logged) run on the one runner (``ctx.perform(background=True)``),
not on the GUI thread: while the real service works on the real vault her window runs
its timers and takes her keys, „Speichern“/„Exportieren …“ is off (no second run), and
Esc asks „… wird noch geschrieben“ with „Warten“ (the default and the question's Esc):
the dialog stays until the work is whole, then closes. „Abbrechen und verwerfen“ leaves
no document, no file (whole or half) and no log entry. A lock waits for the work.

The service is held at its own step (``progress``, its seam for the runner) by a
``threading.Event`` the test sets, or by her cancel: no sleeps, no timing."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import Consent
from ssa_desktop.services import consents
from ssa_desktop.services import documents as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui import background
from ssa_desktop.ui.documents import export_dialog as export_module
from tests.support import document_files as f
from tests.support.questions import answer as _answer
from tests.support.questions import discard as _discard
from tests.support.questions import esc as _esc
from tests.ui.documents.conftest import TODAY, closed, ran

QUESTION = "wird noch geschrieben"


class HeldProgress:
    """The runner's ``Progress`` as the service sees it, held at its first ``step``
    (``at="step"``: before the bytes are encrypted or written) or at ``finishing`` (the
    bytes are written, the commit not yet made) until the test's gate or her cancel."""

    def __init__(self, real, at: str, entered: threading.Event, gate: threading.Event):
        self.real, self.at, self.entered, self.gate = real, at, entered, gate

    def _hold(self) -> None:
        self.entered.set()
        while not self.gate.is_set() and not self.real.cancelled:
            self.gate.wait(0.005)      # woken by the gate, or by the cancel she chose

    def __call__(self, percent: int, text: str = "") -> None:
        if self.at == "step":
            self._hold()
        self.real(percent, text)

    def finishing(self, percent: int, text: str = "") -> None:
        if self.at == "finishing":
            self._hold()
        self.real.finishing(percent, text)

    @property
    def cancelled(self) -> bool:
        return self.real.cancelled


@pytest.fixture
def hold(ctx, monkeypatch):
    """``hold(name, at)``: the service's ``name`` runs for real, held at its step ``at``;
    returns (entered, gate). Every gate opens after the test, before its vault locks."""
    gates: list[threading.Event] = []

    def make(name: str, at: str = "step") -> tuple[threading.Event, threading.Event]:
        real = getattr(svc, name)
        entered, gate = threading.Event(), threading.Event()
        gates.append(gate)

        def held(*args, progress, **kwargs):
            assert threading.current_thread() is not threading.main_thread()
            return real(*args, progress=HeldProgress(progress, at, entered, gate), **kwargs)

        monkeypatch.setattr(svc, name, held)
        return entered, gate

    yield make
    for gate in gates:
        gate.set()
    background.wait_for_all(60_000)


def _shown(qtbot, dialog) -> None:
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _files(folder) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


# -- adding ------------------------------------------------------------------------------
def test_her_window_answers_while_the_document_is_encrypted_and_esc_waits(
        open_panel, ctx, qtbot, pupil, tmp_path, hold):
    """Before: „Speichern“ encrypted and stored the file on the GUI thread (the service
    ran on the main thread); her window froze until it was done."""
    data = f.pdf(pages=3)
    source = tmp_path / "SPE Jugendamt.pdf"
    source.write_bytes(data)
    panel = open_panel(pupil)
    dialog = panel.add_file(str(source))
    _shown(qtbot, dialog)
    dialog.kind.set_code("release")
    entered, gate = hold("add_document")
    ticks: list[str] = []
    QTimer.singleShot(0, lambda: ticks.append("timer"))
    QTest.keyClick(dialog.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    qtbot.waitUntil(lambda: ticks == ["timer"], timeout=30_000)  # held: its timers run
    assert not dialog.save_button.isEnabled()          # no second save
    QTest.keyClick(dialog.save_button, Qt.Key.Key_Space)
    dialog.save()
    assert len(background._running) == 1
    asked: list[str] = []
    _answer(asked, _esc)                               # „Warten“: the question's Esc
    QTest.keyClick(dialog, Qt.Key.Key_Escape)          # her key, taken while it works
    assert asked == ["Das Dokument " + QUESTION + "."]
    assert dialog.isVisible() and QUESTION in dialog.error.text()
    assert svc.documents_of_person(ctx.conn, pupil.id) == []
    gate.set()
    qtbot.waitUntil(lambda: closed(dialog), timeout=60_000)
    ran(qtbot)
    [doc] = svc.documents_of_person(ctx.conn, pupil.id)
    assert doc.title == "SPE Jugendamt" and doc.kind == "release"
    assert svc.read_content(ctx.conn, doc) == data     # whole, byte for byte
    assert source.exists()                             # not ticked: the original stays
    assert panel.model.rowCount() == 1 and panel.model.item(0, 0).text() == "SPE Jugendamt"


def test_a_document_discarded_while_it_is_stored_leaves_nothing(
        open_panel, ctx, qtbot, pupil, tmp_path, vault_dir, hold):
    """Held after its encrypted file is written, before the row's commit: „Abbrechen und
    verwerfen“ removes that file again; the original (shred ticked) is not touched."""
    source = tmp_path / "scan.png"
    source.write_bytes(f.image("PNG"))
    panel = open_panel(pupil)
    dialog = panel.add_file(str(source))
    _shown(qtbot, dialog)
    dialog.shred.setChecked(True)
    before = _files(vault_dir / "dokumente")
    entered, _gate = hold("add_document", at="finishing")
    QTest.keyClick(dialog.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    assert len(_files(vault_dir / "dokumente")) == len(before) + 1   # written, not committed
    asked: list[str] = []
    _answer(asked, _discard)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Das Dokument " + QUESTION + "."]
    assert closed(dialog)
    ran(qtbot)
    assert svc.documents_of_person(ctx.conn, pupil.id) == []
    assert _files(vault_dir / "dokumente") == before and source.exists()


def test_a_lock_waits_until_the_document_is_stored(open_panel, ctx, qtbot, pupil, tmp_path,
                                                   vault_dir, hold):
    """The add is critical: Strg+L meanwhile locks once the document is whole, and the
    lock closes the dialog without a question."""
    source = tmp_path / "brief.pdf"
    source.write_bytes(f.pdf())
    panel = open_panel(pupil)
    dialog = panel.add_file(str(source))
    _shown(qtbot, dialog)
    entered, gate = hold("add_document")
    QTest.keyClick(dialog.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    ctx.lock()
    assert ctx.is_unlocked and ctx.lock_pending and dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=60_000)
    ran(qtbot)
    assert closed(dialog) and ctx.lock_notes == []
    assert len(_files(vault_dir / "dokumente")) == 1    # stored, not thrown away


# -- exporting -----------------------------------------------------------------------------
@pytest.fixture
def exporting(open_panel, ctx, pupil, tmp_path, monkeypatch, qtbot):
    """A document of Kim, the export dialog for it (to the Jugendamt on her consent) and
    the file she names."""
    data = f.pdf(pages=3)
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "release", "SPE", TODAY, data)
    repo.CONSENTS.insert(ctx.conn, Consent(pupil.id, "Jugendamt", date(2026, 1, 1)))
    target = tmp_path / "export" / "spe.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(export_module, "choose_save_file", lambda *a, **k: str(target))
    panel = open_panel(pupil)
    dialog = panel.export_selected()
    _shown(qtbot, dialog)
    dialog.recipient.setCurrentText("Jugendamt")
    return panel, dialog, data, target


def _log(ctx, pupil):
    return [(x.recipient, x.legal_basis) for x in consents.disclosures_for_person(ctx.conn, pupil.id)]


def test_her_window_answers_while_the_document_is_exported_and_esc_waits(
        exporting, ctx, qtbot, pupil, hold):
    """Before: the export decrypted and wrote the file on the GUI thread."""
    panel, dialog, data, target = exporting
    entered, gate = hold("export_document")
    ticks: list[str] = []
    QTimer.singleShot(0, lambda: ticks.append("timer"))
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    # the GUI thread runs her timer while the export is held (before: blocked in it); not
    # asserted at the moment the worker arrives, which may come before the loop's next turn
    qtbot.waitUntil(lambda: ticks == ["timer"], timeout=30_000)
    assert not gate.is_set()
    assert not dialog.export_button.isEnabled()
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    dialog.export()
    assert len(background._running) == 1
    asked: list[str] = []
    _answer(asked, _esc)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Der Export " + QUESTION + "."]
    assert dialog.isVisible() and not target.exists() and _log(ctx, pupil) == []
    gate.set()
    qtbot.waitUntil(lambda: closed(dialog), timeout=60_000)
    ran(qtbot)
    assert target.read_bytes() == data and _files(target.parent) == ["spe.pdf"]
    assert _log(ctx, pupil) == [("Jugendamt", "consent")]
    assert panel.message.text() == (f"Exportiert nach {target} (im Übermittlungsprotokoll "
                                  "eingetragen).")


def test_an_export_discarded_after_its_file_was_written_leaves_no_file_and_no_log(
        exporting, ctx, qtbot, pupil, hold):
    """Held with the whole file in place and the log's commit not yet made: „Abbrechen
    und verwerfen“ takes the file away again and logs nothing."""
    _panel, dialog, data, target = exporting
    entered, _gate = hold("export_document", at="finishing")
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    assert target.read_bytes() == data                 # written whole, atomically
    asked: list[str] = []
    _answer(asked, _discard)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Der Export " + QUESTION + "."] and closed(dialog)
    ran(qtbot)
    assert _files(target.parent) == [] and _log(ctx, pupil) == []


def test_a_refused_export_says_why_in_the_dialog_and_may_be_tried_again(
        exporting, ctx, qtbot, pupil):
    """A refusal of the log's rules comes back from the runner into the error line;
    the button is on again."""
    _panel, dialog, _data, target = exporting
    dialog.recipient.setCurrentText("Schulleitung")     # no consent names her
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    ran(qtbot)
    assert "nicht zulässig" in dialog.error.text() and dialog.isVisible()
    assert dialog.export_button.isEnabled() and not target.exists() and _log(ctx, pupil) == []


# -- printing ----------------------------------------------------------------------------
@pytest.fixture
def printing(open_panel, ctx, pupil, tmp_path, qtbot):
    """A three-page document of Kim, the print dialog for it (to the Jugendamt on her
    consent) and a real QPrinter writing a PDF into the test's folder (the system's
    print dialog says OK)."""
    from PySide6.QtPrintSupport import QPrinter

    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "release", "SPE", TODAY,
                     f.pdf(pages=3))
    repo.CONSENTS.insert(ctx.conn, Consent(pupil.id, "Jugendamt", date(2026, 1, 1)))
    panel = open_panel(pupil)
    dialog = panel.print_selected()
    _shown(qtbot, dialog)
    target = tmp_path / "drucker" / "ausdruck.pdf"
    target.parent.mkdir()
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer.setOutputFileName(str(target))
    dialog.printer_chooser = lambda printer: True
    dialog.recipient.setCurrentText("Jugendamt")
    return dialog, target


def test_her_window_answers_while_the_document_is_printed_and_esc_waits(
        printing, ctx, qtbot, pupil, hold):
    """Before: the pages were rendered (in the PDF child) and painted onto the printer
    on the GUI thread, 1.5 s for three pages; her window froze until the job was sent."""
    from pypdf import PdfReader

    dialog, target = printing
    entered, gate = hold("print_document")
    ticks: list[str] = []
    QTimer.singleShot(0, lambda: ticks.append("timer"))
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)      # „Drucken …“
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    qtbot.waitUntil(lambda: ticks == ["timer"], timeout=30_000)  # held: its timers run
    assert not dialog.export_button.isEnabled()
    dialog.export()                                             # no second print
    assert len(background._running) == 1
    asked: list[str] = []
    _answer(asked, _esc)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Der Druckauftrag " + QUESTION + "."]
    assert dialog.isVisible() and _log(ctx, pupil) == []
    gate.set()
    qtbot.waitUntil(lambda: closed(dialog), timeout=60_000)
    ran(qtbot)
    assert len(PdfReader(str(target)).pages) == 3
    assert _log(ctx, pupil) == [("Jugendamt", "consent")]


def test_a_print_discarded_before_its_pages_are_painted_prints_and_logs_nothing(
        printing, ctx, qtbot, pupil, hold):
    dialog, target = printing
    entered, _gate = hold("print_document")
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    asked: list[str] = []
    _answer(asked, _discard)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Der Druckauftrag " + QUESTION + "."] and closed(dialog)
    ran(qtbot)
    assert not target.exists() and _log(ctx, pupil) == []


def _painting(monkeypatch, at_page):
    """``render.paint_pages`` for real, its ``paint`` of page ``at_page`` (0-based) first
    calling the test's ``at_page`` hook with the runner's progress."""
    from ssa_desktop.ui.common import printing as printing_module

    real = printing_module.paint_pages

    def painting(printer, count, paint, *rest):
        progress = rest[0]

        def hooked(painter, index):
            if index == at_page[0]:
                at_page[1](progress)
            paint(painter, index)
        return real(printer, count, hooked, *rest)

    monkeypatch.setattr("ssa_desktop.ui.documents.render.paint_pages", painting)


def test_a_cancel_once_the_job_began_is_refused_and_the_job_ends_whole_and_logged(
        printing, ctx, qtbot, pupil, monkeypatch):
    """``QPrinter.abort()`` does nothing on Qt's PDF engine nor on Windows: a begun job
    is always sent. Before: a cancel at the last page was taken, the PDF held all three
    pages and the log's entry was rolled back (printed, not logged)."""
    from pypdf import PdfReader

    dialog, target = printing
    refused: list[bool] = []
    _painting(monkeypatch, (2, lambda progress: refused.append(not progress.cancel())))
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: closed(dialog), timeout=60_000)
    ran(qtbot)
    assert refused == [True]
    assert len(PdfReader(str(target)).pages) == 3
    assert _log(ctx, pupil) == [("Jugendamt", "consent")]


def test_a_print_that_fails_on_a_page_leaves_no_pdf_keeps_its_entry_and_says_so(
        printing, ctx, qtbot, pupil, monkeypatch):
    """The job began (paper may be out): its entry stays, the message does not claim
    „Nichts wurde protokolliert“, and a PDF file it was writing goes. Before: the job
    was sent with one page, the entry rolled back, the message said nothing was logged."""
    dialog, target = printing

    def jam(_progress):
        raise OSError("Papierstau.")

    _painting(monkeypatch, (1, jam))
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=60_000)
    ran(qtbot)
    assert dialog.error.text() == (
        "Der Druck ist fehlgeschlagen: Papierstau. Die Übermittlung bleibt im "
        "Übermittlungsprotokoll, denn einzelne Seiten können schon gedruckt sein.")
    assert not target.exists() and _log(ctx, pupil) == [("Jugendamt", "consent")]
    assert dialog.export_button.isEnabled() and dialog.isVisible()


def test_her_save_while_a_page_is_painted_does_not_wait_for_the_print(
        printing, ctx, qtbot, pupil, monkeypatch):
    """The print's log is one short transaction when the job begins; the painting
    holds none. Before: the disclosure's INSERT stayed open through the painting, and
    her save meanwhile (the window is free) failed after 5 s: „database is locked“."""
    from pypdf import PdfReader

    dialog, target = printing
    entered, gate = threading.Event(), threading.Event()

    def held(_progress):
        entered.set()
        assert gate.wait(60)

    _painting(monkeypatch, (0, held))
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    try:
        qtbot.waitUntil(entered.is_set, timeout=30_000)
        consents.save_consent(ctx.conn, Consent(pupil.id, "Schulamt", date(2026, 2, 1)))
    finally:
        gate.set()
    qtbot.waitUntil(lambda: closed(dialog), timeout=60_000)
    ran(qtbot)
    assert len(PdfReader(str(target)).pages) == 3
    assert _log(ctx, pupil) == [("Jugendamt", "consent")]
    assert "Schulamt" in {c.recipient for c in consents.consents_for_person(ctx.conn, pupil.id)}
