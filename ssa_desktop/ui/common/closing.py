"""One rule for closing a dialog when something would be lost (docs/barrierefreiheit.md,
„Schließen“): Esc, Abbrechen, the title bar's × and Strg+Q ask first when the dialog
says what would be lost – typed text, a key shown only once – with
„Zurück“ (keep) as the default and as the question's Esc, so that no single key throws
her work away. A file she asked for still being written (an export, a PDF, a backup on
the one runner, ``background.running_writes``) asks „… wird noch geschrieben“ with
„Warten“ as default and Esc (the dialog then closes once the file is whole; a failed one
keeps it open with its error, a package first shows its key); „Abbrechen und verwerfen“
stops it, and the writers' temp file + ``os.replace`` leave no half file. Her explicit „Fertig“ (accept) closes. The vault's lock closes without a
question (``close_by_program``): what a lock closes is kept as a draft or, for a key,
never stored anyway.

A dialog says what would be lost in ``would_lose()`` (a German sentence, "" when
nothing); ``may_close()`` asks. Every open ``KeepingDialog`` is known to the main
window's quit (``losing_dialogs``)."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ..background import _Task, after, running_writes
from ..i18n import translator
from .messages import Role, ask_choice
from .stopped_at_lock import noun

if TYPE_CHECKING:
    from ...services.operations import Progress

tr = translator("Closing")

_OPEN: weakref.WeakSet[KeepingDialog] = weakref.WeakSet()

CLOSE, STAY = "close", "stay"
WAIT, DISCARD = "wait", "discard"


def writing_nouns(tasks: list[_Task]) -> str:
    """„Der Export wird noch geschrieben“ (or „… und … werden …“) for ``tasks``."""
    nouns = list(dict.fromkeys(noun(task.writing) for task in tasks))
    return (tr("{0} wird noch geschrieben") if len(nouns) == 1
            else tr("{0} werden noch geschrieben")).format(" und ".join(nouns))


def may_stop_writing(parent: QWidget | None, tasks: list[_Task]) -> bool:
    """True when none of ``tasks`` still writes, or she chose to stop them („Abbrechen
    und verwerfen“: cancelled now; each stops at its next step and its temp file goes).
    „Warten“, the default and Esc, lets them finish: the caller stays open."""
    running = [task for task in tasks if not task.progress.cancelled]
    if not running:
        return True
    text = writing_nouns(running) + "."
    if isinstance(parent, QWidget):
        parent.raise_()
        parent.activateWindow()
    informative = (tr("Der Vorgang wird gerade abgeschlossen und lässt sich nicht mehr "
                      "abbrechen; „Warten“ lässt ihn fertig werden.")
                   if all(task.progress.final for task in running) else
                   tr("„Warten“ lässt den Vorgang fertig werden. „Abbrechen und "
                      "verwerfen“ bricht ihn ab; es bleibt keine halbe Datei zurück."))
    answer = ask_choice(parent, tr("Wird noch geschrieben"), text, (
        (WAIT, tr("Warten"), Role.RejectRole),
        (DISCARD, tr("Abbrechen und verwerfen"), Role.DestructiveRole)),
        default=WAIT, escape=WAIT, informative=informative)
    if answer != DISCARD:
        return False
    # a task past its last step refuses (``Progress.finishing``): it ends whole, and its
    # caller stays open for what it shows (a package's key)
    return all([task.progress.cancel() for task in running])


class KeepingDialog(QDialog):
    """A dialog that asks before closing loses something (see the module)."""

    ctx: Any   # the AppContext of a dialog that writes through ``run_writing``

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._by_program = False
        self._watch_typed = False
        self._typed_baseline: list[str] | None = None
        self._writes: list[Progress] = []
        self._close_waits = False
        _OPEN.add(self)

    def keep_writing(self, progress: Progress | None) -> None:
        """The file ``progress``'s task writes (``ctx.perform(writing=…)``) is her work:
        closing this dialog while it runs asks first (``may_stop_writing``)."""
        if progress is not None:
            self._writes = [p for p in self._writes if any(
                t.progress is p for t in running_writes())] + [progress]

    def run_writing(self, op: Callable[[Any, Progress], Any], writing: str,
                    busy: Callable[[bool], None], on_done: Callable[[Any], None],
                    on_error: Callable[[str], None],
                    on_progress: Callable[[int, str], None] | None = None, *,
                    critical: bool = True) -> Progress | None:
        """The one shape of a write she started from this dialog (a save, an export, a
        print): ``op(conn, progress)`` on the one runner (``ctx.perform``: background, its
        own connection; ``critical``, a lock waits, and cancellable; else a lock stops it;
        ``self.ctx``), ``busy(True)`` meanwhile
        (the dialog's buttons off, its keys still taken), ``busy(False)`` before
        ``on_done``/``on_error`` and when the perform itself raises; closing meanwhile
        asks (``keep_writing``). A step reported after the dialog was deleted is dropped
        (as ``_deliver`` drops a late answer)."""
        def done(value: Any) -> None:
            busy(False)
            on_done(value)

        def failed(message: str) -> None:
            busy(False)
            on_error(message)

        def stepped(percent: int, text: str) -> None:
            if on_progress is not None and shiboken6.isValid(self):
                on_progress(percent, text)

        busy(True)
        try:
            progress = self.ctx.perform(op, background=True, critical=critical,
                                        cancellable=critical,
                                        writing=writing, on_done=done, on_error=failed,
                                        on_progress=stepped if on_progress else None)
        except BaseException:
            busy(False)
            raise
        self.keep_writing(progress)
        return progress

    def own_writes(self) -> list[_Task]:
        """The tasks this dialog started that still write."""
        return [task for task in running_writes()
                if any(task.progress is p for p in self._writes)]

    def watch_typed_text(self) -> None:
        """Text typed into the dialog's text fields after it first shows would be lost."""
        self._watch_typed = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self._watch_typed and self._typed_baseline is None:
            self._typed_baseline = self.typed_texts()

    def typed_texts(self) -> list[str]:
        """What she typed into the dialog's text fields (a dialog that fills a field
        itself leaves that text out: it is no typing of hers)."""
        return [w.text() if isinstance(w, QLineEdit) else w.toPlainText()
                for w in self.findChildren(QWidget)
                if isinstance(w, (QLineEdit, QPlainTextEdit))
                and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]

    def typed_text_kept(self, went: list[str] | None = None) -> None:
        """What is typed now went somewhere (filed, printed, saved): closing asks again
        only once she types more. With ``went``, only those of her texts went (with the
        ones kept before): closing still asks for her others."""
        if not self._watch_typed:
            return
        before = self._typed_baseline or []
        self._typed_baseline = [text for text in self.typed_texts()
                                if went is None or text in went or text in before]

    def would_lose(self) -> str:
        """What closing now would lose, as a German sentence ("" when nothing)."""
        if self._typed_baseline is not None and self.typed_texts() != self._typed_baseline:
            return tr("Ihre Eingaben sind nicht gespeichert; sie gehen beim Schließen verloren.")
        return ""

    def may_close(self) -> bool:
        """True when nothing would be lost, or she chose to close anyway."""
        writes = self.own_writes() if self.isVisible() else []
        if writes and not may_stop_writing(self, writes):
            self._close_when_written(writes)
            return False
        lost = self.would_lose() if self.isVisible() else ""
        if not lost:
            return True
        self.raise_()
        self.activateWindow()
        return ask_choice(self, tr("Nicht gespeichert"), lost, (
            (CLOSE, tr("Trotzdem schließen"), Role.DestructiveRole),
            (STAY, tr("Zurück"), Role.RejectRole)), default=STAY, escape=STAY) == CLOSE

    def _close_when_written(self, tasks: list[_Task]) -> None:
        """She asked to close and chose „Warten“: the dialog says so and closes once
        every file is whole (as the main window's quit does). A failed or cancelled one
        keeps it open (its error is shown where it always is); a package does not close
        it: its key is shown once when it is whole."""
        if any(task.writing == "package" for task in tasks):
            return
        self.waiting_to_close(tr("{0}; danach wird das Fenster geschlossen.").format(
            writing_nouns(tasks)))
        if not self._close_waits:         # Esc again while it waits: one close
            self._close_waits = True
            after(tasks, self._written_for_close)

    def _written_for_close(self, failed: list[_Task]) -> None:
        self._close_waits = False
        if not failed and shiboken6.isValid(self) and self.isVisible():
            QTimer.singleShot(0, self, self._close_written)

    def _close_written(self) -> None:
        self.reject()
        self.closed_when_written()

    def waiting_to_close(self, text: str) -> None:
        """Show ``text`` (the dialog closes once the file is written); a dialog with a
        status line shows it there."""

    def closed_when_written(self) -> None:
        """The dialog closed itself after the wait: what its status line said of the
        file (what was saved, where) is said where she is now (the main window's status
        bar, announced), or she would never see or hear it."""

    def close_by_program(self) -> None:
        """Close without a question (the lock; the app shutting down)."""
        self._by_program = True
        try:
            self.reject()
        finally:
            self._by_program = False

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """The title bar's × (a spontaneous close, from the window system) asks through
        ``done``; a close by the program (shutdown, tests) does not."""
        if event.spontaneous():
            super().closeEvent(event)
            return
        self._by_program = True
        try:
            super().closeEvent(event)
        finally:
            self._by_program = False

    def done(self, result: int) -> None:
        # Esc, Abbrechen and the × (closeEvent → reject) come here as Rejected; her
        # explicit „Fertig“/„Speichern“ (accept) is her choice and closes
        if (result == QDialog.DialogCode.Rejected and not self._by_program
                and not self.may_close()):
            return
        self.closing()
        super().done(result)

    def closing(self) -> None:
        """Called once closing is decided (clear a shown key, stop a draft)."""


def losing_dialogs() -> list[KeepingDialog]:
    """The open dialogs where closing would lose something (asked before quitting)."""
    out = []
    for dialog in list(_OPEN):
        try:
            if dialog.isVisible() and (dialog.would_lose() or dialog.own_writes()):
                out.append(dialog)
        except RuntimeError:       # its C++ object is gone
            continue
    return out
