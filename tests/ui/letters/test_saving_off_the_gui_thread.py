"""Issue 65: saving a letter or a serial letter runs on the one runner
(``ctx.perform(background=True)``), not on the GUI thread: while the real letter child
lays the letter out or joins the serial letter, her window answers keys and timers, the
buttons that would save twice are off, and Esc asks „… wird noch geschrieben“ with
„Warten“ (the default and the question's Esc): the dialog stays until the file is whole,
then closes. „Abbrechen und verwerfen“ leaves no file.

The save is held by the in-process test hook ``letter_child.before_request``: before
each request of a child made after ``Hold.on()`` the runner's thread waits for the
test's event; no sleeps, no timing."""

from __future__ import annotations

import os
import threading
from datetime import date

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import Person
from ssa_desktop.services import group_members, letter_child
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui import background
from ssa_desktop.ui.letters.serial_dialog import SerialLetterDialog
from tests.support.questions import answer as _answer
from tests.support.questions import discard as _discard
from tests.support.questions import esc as _esc
from tests.ui.letters.test_serial_dialog import _dialog, _key


@pytest.fixture(autouse=True)
def shown(monkeypatch):
    messages: list[str] = []
    for module in ("dialog", "serial_dialog", "saving"):
        monkeypatch.setattr(f"ssa_desktop.ui.letters.{module}.show_error",
                            lambda parent, text, title="": messages.append(text))
    return messages


class Hold:
    """The letter children made after ``on()`` wait before each request (on the
    runner's thread, ``letter_child.before_request``) until ``release()``;
    ``waiting()``: one of them is waiting (or was)."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch
        self.asked = threading.Event()
        self.released = threading.Event()

    def on(self) -> None:
        self.monkeypatch.setattr(letter_child, "before_request", self._hold)

    def _hold(self) -> None:
        self.asked.set()
        # bounded: a failed test's save goes on (its teardown releases it anyway)
        self.released.wait(timeout=120)

    def waiting(self) -> bool:
        return self.asked.is_set()

    def release(self) -> None:
        self.released.set()


@pytest.fixture
def hold(monkeypatch):
    held = Hold(monkeypatch)
    yield held
    held.release()      # a save still held (a failed test) goes on


def _active(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _ended(qtbot) -> None:
    qtbot.waitUntil(lambda: not background._running, timeout=60_000)


def test_her_window_answers_while_the_child_lays_out_her_letter_as_docx(
        open_letter, qtbot, tmp_path, hold, shown, frozen_clock):
    """Before: Alt+S waited on the GUI thread for the child; the window froze and the
    child's wait was never seen."""
    dialog = open_letter()
    _active(qtbot, dialog)
    QTest.keyClicks(dialog.address_box, "Frau Birgit Sommer")
    target = tmp_path / "briefe" / "einladung.docx"
    target.parent.mkdir()
    dialog.save_path_chooser = lambda suggested: str(target)
    hold.on()
    ticks: list[str] = []
    QTimer.singleShot(0, lambda: ticks.append("timer"))
    _key(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)   # &Speichern unter …
    qtbot.waitUntil(hold.waiting, timeout=30_000)
    qtbot.waitUntil(lambda: ticks == ["timer"], timeout=30_000)  # held: its timers run
    assert not dialog.save_button.isEnabled() and not dialog.keep_button.isEnabled()
    assert not dialog.print_button.isEnabled()
    QTest.keyClicks(dialog.salutation, " Hallo")    # and takes her keys meanwhile
    assert dialog.salutation.text().endswith(" Hallo")
    assert not dialog.save_button.isEnabled()       # no second save
    assert dialog.save_file() is False
    assert not target.exists()
    hold.release()
    qtbot.waitUntil(lambda: "gespeichert" in dialog.message, timeout=60_000)
    _ended(qtbot)
    assert dialog.message == f"Brief gespeichert: {target}" and shown == []
    [field] = Document(str(target)).tables       # read back whole: the address field
    assert field.rows[0].cells[0].paragraphs[-1].text == "Frau Birgit Sommer"
    assert [p.name for p in target.parent.iterdir()] == ["einladung.docx"]
    assert dialog.save_button.isEnabled() and dialog.keep_button.isEnabled()


@pytest.fixture
def group(ctx, records):
    for n, name in ((21, "Ali"), (22, "Lea")):
        person = repo.PERSONS.insert(ctx.conn, Person(
            f"K-{n}", first_name=name, last_name="Berg", class_label="7b",
            school_id="school-1", guardian_contact=f"Familie Berg\nWeg {n}"))
        group_members.add_member(ctx.conn, records["offer"], person.id, date(2026, 10, 1))
    group_members.add_member(ctx.conn, records["offer"], records["person"], date(2026, 10, 1))
    return records["offer"]


def _serial(qtbot, ctx, group_id):
    dialog = _dialog(qtbot, ctx, group_id)
    _active(qtbot, dialog)
    return dialog


def test_her_serial_letter_is_made_and_joined_while_her_window_answers_and_esc_waits(
        qtbot, ctx, group, tmp_path, hold, shown, frozen_clock):
    """Three letters, one step each, joined into one PDF in the child. Esc meanwhile asks;
    its Esc („Warten“) keeps the dialog open until the file is whole, then it closes
    and says where the file is."""
    dialog = _serial(qtbot, ctx, group)
    assert "3 Briefe" in dialog.problem.text(), dialog.problem.text()
    target = tmp_path / "serie.pdf"
    dialog.save_path_chooser = lambda suggested: str(target)
    said: list[str] = []
    ctx.status_message.connect(said.append)
    hold.on()
    _key(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)    # Als Datei &speichern
    qtbot.waitUntil(hold.waiting, timeout=30_000)
    qtbot.waitUntil(dialog.save_progress.isVisible)
    assert dialog.save_progress.format() == "Brief 1 von 3 wird erstellt …"
    assert not any(b.isEnabled() for b in (dialog.save_button, dialog.print_button,
                                           dialog.keep_button))
    asked: list[str] = []
    _answer(asked, _esc)   # „Warten“
    _key(dialog, Qt.Key.Key_Escape)
    assert asked == ["Der Serienbrief wird noch geschrieben."]
    assert dialog.isVisible() and not target.exists()
    assert "danach wird das Fenster geschlossen" in dialog.problem.text()
    hold.release()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    _ended(qtbot)
    assert shown == []
    assert dialog.message == f"3 Briefe gespeichert: {target}"
    assert said[-1] == dialog.message
    pages = PdfReader(str(target)).pages
    assert len(pages) == 3
    assert {n for n in ("Ali", "Lea", "Kim") if any(n in p.extract_text() for p in pages)} == {
        "Ali", "Lea", "Kim"}


def test_she_may_stop_the_save_and_no_file_is_left(qtbot, ctx, group, tmp_path, hold,
                                                   shown, frozen_clock):
    """„Abbrechen und verwerfen“ while the child is held: the dialog closes, the save
    stops at its next step and writes nothing, not even a temp file."""
    dialog = _serial(qtbot, ctx, group)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.save_path_chooser = lambda suggested: str(folder / "serie.docx")
    hold.on()
    _key(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(hold.waiting, timeout=30_000)

    asked: list[str] = []
    _answer(asked, _discard)
    _key(dialog, Qt.Key.Key_Escape)
    assert asked == ["Der Serienbrief wird noch geschrieben."]
    assert not dialog.isVisible()
    hold.release()
    _ended(qtbot)
    assert list(folder.iterdir()) == [] and shown == []


def test_a_lock_during_the_save_waits_until_the_letter_is_whole(
        open_letter, qtbot, ctx, tmp_path, hold, shown, frozen_clock):
    """The save is critical: a lock asked for meanwhile (her key, the idle lock) happens
    once the file is written whole, not half way (a sleep would cancel it instead)."""
    dialog = open_letter()
    _active(qtbot, dialog)
    target = tmp_path / "einladung.docx"
    dialog.save_path_chooser = lambda suggested: str(target)
    hold.on()
    _key(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(hold.waiting, timeout=30_000)
    ctx.lock()
    assert ctx.is_unlocked and ctx.lock_pending
    hold.release()
    qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=60_000)
    _ended(qtbot)
    assert Document(str(target)).paragraphs[0].text == "Einladung zu einem Gespräch"
    assert shown == []


@pytest.mark.parametrize("serial", [False, True], ids=["letter", "serial letter"])
def test_a_save_that_fails_after_waiting_says_its_error_not_that_it_closes(
        open_letter, qtbot, ctx, group, tmp_path, hold, shown, frozen_clock, serial):
    """Esc → „Warten“, then the file is refused (a folder of its name stands there): the
    dialog stays open with the error, and its status line says the error. Before: it
    still said „… danach wird das Fenster geschlossen.“"""
    dialog = _serial(qtbot, ctx, group) if serial else open_letter()
    _active(qtbot, dialog)
    target = tmp_path / "brief.docx"   # laid out / joined in the held child
    target.mkdir()
    dialog.save_path_chooser = lambda suggested: str(target)
    hold.on()
    _key(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(hold.waiting, timeout=30_000)
    asked: list[str] = []
    _answer(asked, _esc)   # „Warten“
    _key(dialog, Qt.Key.Key_Escape)
    assert "danach wird das Fenster geschlossen" in dialog.problem.text()
    hold.release()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=60_000)
    _ended(qtbot)
    assert dialog.isVisible() and len(shown) == 1
    assert dialog.problem.text() == shown[0]


def test_what_was_saved_is_said_once_when_the_dialog_closes_after_the_wait(
        qtbot, ctx, group, tmp_path, hold, shown, frozen_clock):
    """The groups area opens the serial letter (``serial_letter``); she saves, Esc →
    „Warten“, the dialog closes once the file is whole: the status bar hears what was
    saved once. Before: ``closed_when_written`` said it and the caller said it again (a
    screen reader heard it twice)."""
    from ssa_desktop.services import groups
    from ssa_desktop.ui.groups.area import GroupsArea

    area = GroupsArea(ctx)
    qtbot.addWidget(area)
    area.show_group(groups.get_group(ctx.conn, group))
    target = tmp_path / "serie.pdf"
    said: list[str] = []
    ctx.status_message.connect(said.append)

    def drive():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SerialLetterDialog)
        dialog.save_path_chooser = lambda suggested: str(target)
        hold.on()
        assert dialog.save_file()
        asked: list[str] = []
        _answer(asked, _esc)   # „Warten“
        dialog.reject()                                                      # as Esc does
        assert asked == ["Der Serienbrief wird noch geschrieben."] and dialog.isVisible()
        hold.release()
    QTimer.singleShot(0, drive)
    area.serial_letter()
    _ended(qtbot)
    assert said == [f"3 Briefe gespeichert: {target}"] and shown == []


@pytest.mark.parametrize(("serial", "size"), [
    (False, (640, 360)), (True, (640, 360)), (True, (1280, 720))],
    ids=["letter at 200 %", "serial letter at 200 %", "serial letter at 1280x720"])
def test_the_saves_progress_its_status_line_and_the_buttons_are_in_sight(
        open_letter, qtbot, ctx, group, tmp_path, hold, shown, frozen_clock, serial, size):
    """At 200 % on 1280×720 (640×360 logical, less the window's frame) and at 1280×720:
    while the save runs, its progress bar, the status line and the buttons are seen
    (``visibleRegion``), not scrolled away. Before: they sat inside the scrolling part,
    below the fold."""
    from ssa_desktop.ui.common.screen_fit import FRAME

    dialog = _serial(qtbot, ctx, group) if serial else open_letter()
    dialog.resize(size[0] - FRAME.width(), size[1] - FRAME.height())
    _active(qtbot, dialog)
    dialog.save_path_chooser = lambda suggested: str(tmp_path / "brief.docx")
    hold.on()
    assert dialog.save_file()
    qtbot.waitUntil(hold.waiting, timeout=30_000)
    qtbot.waitUntil(dialog.save_progress.isVisible)
    if folder := os.environ.get("SSA_SHOTS"):
        dialog.grab().save(os.path.join(folder, f"{'serial' if serial else 'letter'}-"
                                                f"{size[0]}x{size[1]}.png"))
    # (the status line says nothing of the single letter while it is saved: no room)
    for part in (dialog.save_progress, dialog.close_button, dialog.save_button) + (
            (dialog.problem,) if dialog.problem.text() else ()):
        assert not part.visibleRegion().isEmpty(), part
    hold.release()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=60_000)
    _ended(qtbot)
    QApplication.sendPostedEvents()   # (the layout's request for the message's lines)
    assert "gespeichert" in dialog.problem.text()   # what happened, in sight, whole
    assert dialog.problem.visibleRegion().boundingRect().height() >= \
        dialog.problem.heightForWidth(dialog.problem.width()) > 0
    assert not dialog.close_button.visibleRegion().isEmpty()


def test_a_save_that_cannot_start_gives_the_buttons_back(
        open_letter, qtbot, tmp_path, monkeypatch, shown, frozen_clock):
    """The runner refuses the task (``start_task`` raises): the buttons come back.
    Before: they were switched off before ``ctx.perform`` and stayed off for good."""
    dialog = open_letter()
    assert dialog.save_button.isEnabled()
    dialog.save_path_chooser = lambda suggested: str(tmp_path / "brief.pdf")

    def refused(*_args, **_kwargs):
        raise RuntimeError("the runner refused")
    monkeypatch.setattr("ssa_desktop.ui.context.start_task", refused)
    with pytest.raises(RuntimeError):
        dialog.save_file()
    assert not dialog.saving
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()


# -- the serial letter's print and its keeping (issue 65) -----------------------------------
def _pdf_printer(target):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)   # stands in for a printer
    printer.setOutputFileName(str(target))
    return printer


def test_her_serial_letter_is_printed_while_her_window_answers_and_esc_waits(
        qtbot, ctx, group, tmp_path, hold, shown, frozen_clock, monkeypatch):
    """„Drucken …“: the print dialog on the GUI thread, then each letter made and its
    pages painted on the one runner, the step bar saying which letter is made. Before:
    the letters were made and painted on the GUI thread (0.16–0.24 s for 25), the held
    child was never asked, the window froze."""
    dialog = _serial(qtbot, ctx, group)
    target = tmp_path / "drucker.pdf"
    printer = _pdf_printer(target)
    monkeypatch.setattr(SerialLetterDialog, "print_letters",
                        lambda self, _p=None, real=SerialLetterDialog.print_letters:
                        real(self, printer))
    dialog.printer_chooser = lambda p: True
    hold.on()
    ticks: list[str] = []
    QTimer.singleShot(0, lambda: ticks.append("timer"))
    _key(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)    # &Drucken …
    qtbot.waitUntil(hold.waiting, timeout=30_000)
    qtbot.waitUntil(lambda: ticks == ["timer"], timeout=30_000)  # held: its timers run
    qtbot.waitUntil(dialog.save_progress.isVisible)
    assert dialog.save_progress.format() == "Brief 1 von 3 wird erstellt …"
    assert not any(b.isEnabled() for b in (dialog.save_button, dialog.print_button,
                                           dialog.keep_button))
    assert dialog.print_letters() is False                        # no second print
    asked: list[str] = []
    _answer(asked, _esc)   # „Warten“
    _key(dialog, Qt.Key.Key_Escape)
    assert asked == ["Der Druckauftrag wird noch geschrieben."]
    assert dialog.isVisible()
    hold.release()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    _ended(qtbot)
    assert shown == [] and dialog.message == "3 Briefe gedruckt."
    pages = PdfReader(str(target)).pages
    assert len(pages) == 3
    assert {n for n in ("Ali", "Lea", "Kim") if any(n in p.extract_text() for p in pages)} == {
        "Ali", "Lea", "Kim"}


def test_keeping_the_serial_letter_runs_off_the_gui_thread_and_may_be_stopped(
        qtbot, ctx, group, hold, shown, frozen_clock):
    """„Im Tresor ablegen“ makes the letters on the one runner; Esc asks, „Abbrechen und
    verwerfen“ while a letter is made keeps none. Before: made and kept on the GUI
    thread (0.36–0.6 s for 25), Esc was not even read until it had ended."""
    from ssa_desktop.services import documents

    dialog = _serial(qtbot, ctx, group)
    hold.on()
    _key(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)    # Im &Tresor ablegen
    qtbot.waitUntil(hold.waiting, timeout=30_000)
    assert not dialog.keep_button.isEnabled() and not dialog.save_button.isEnabled()

    asked: list[str] = []
    _answer(asked, _discard)
    _key(dialog, Qt.Key.Key_Escape)
    assert asked == ["Der Serienbrief wird noch geschrieben."] and not dialog.isVisible()
    hold.release()
    _ended(qtbot)
    assert documents.every_document(ctx.conn) == [] and shown == []


def test_the_serial_letter_is_kept_from_the_runner(qtbot, ctx, group, hold, shown,
                                                   frozen_clock):
    from ssa_desktop.services import documents

    dialog = _serial(qtbot, ctx, group)
    hold.on()
    _key(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(hold.waiting, timeout=30_000)
    QTest.keyClicks(dialog.salutation, " Hallo")    # her keys go on meanwhile
    hold.release()
    qtbot.waitUntil(lambda: "abgelegt" in dialog.message, timeout=60_000)
    _ended(qtbot)
    assert dialog.message == "3 Briefe als Dokumente ihrer Personen abgelegt."
    assert len(documents.every_document(ctx.conn)) == 3 and dialog.keep_button.isEnabled()


def test_her_save_while_the_serial_letter_is_painted_does_not_wait_for_the_print(
        qtbot, ctx, group, records, tmp_path, shown, frozen_clock, monkeypatch):
    """The disclosures are logged in one short transaction when the job begins; the
    pages are painted outside any. Before: the transaction stayed open through the
    painting, and her save meanwhile failed after 5 s: „database is locked“."""
    from ssa_desktop.domain.entities import Consent
    from ssa_desktop.services import consents
    from ssa_desktop.ui.common import printing

    dialog = _serial(qtbot, ctx, group)
    target = tmp_path / "drucker.pdf"
    printer = _pdf_printer(target)
    dialog.printer_chooser = lambda p: True
    entered, gate = threading.Event(), threading.Event()
    real = printing.paint_pages

    def painting(printer, count, paint, *rest):
        def held(painter, index):
            if index == 0:
                entered.set()
                assert gate.wait(60)
            paint(painter, index)
        return real(printer, count, held, *rest)

    monkeypatch.setattr("ssa_desktop.ui.reports.slip_painter.paint_pages", painting)
    assert dialog.print_letters(printer) is True
    try:
        qtbot.waitUntil(entered.is_set, timeout=30_000)
        consents.save_consent(ctx.conn, Consent(records["person"], "Schulamt",
                                                date(2026, 2, 1)))
    finally:
        gate.set()
    qtbot.waitUntil(lambda: "gedruckt" in dialog.message, timeout=60_000)
    _ended(qtbot)
    assert dialog.message == "3 Briefe gedruckt." and shown == []
    assert len(PdfReader(str(target)).pages) == 3
