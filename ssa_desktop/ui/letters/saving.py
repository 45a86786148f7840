"""What the letter and the serial letter dialog share for a save on the one runner
(``ctx.perform(background=True)``): the buttons off while it runs, its error in the
status line, the wait's close said once, and the sentence that a disclosure was logged."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel

from ..common.closing import KeepingDialog
from ..common.messages import show_error
from ..common.step_bar import StepBar
from ..i18n import translator

tr = translator("Letters")


def logged_sentence(logged: int, serial: bool = False) -> str:
    """„ Im Übermittlungsprotokoll eingetragen.“ after a letter, „ 2 Übermittlungen
    eingetragen.“ after a serial letter; "" when nothing was logged."""
    if not logged:
        return ""
    return " " + (tr("%n Übermittlung(en) eingetragen.", n=logged) if serial
                  else tr("Im Übermittlungsprotokoll eingetragen."))


class SavingDialog(KeepingDialog):
    """A letter dialog whose save runs on the one runner (``start_save``): ``saving``
    meanwhile (its ``_enable_outputs`` turns the buttons off), the progress in
    ``save_progress``, its end or error in ``problem``; ``message`` is what was saved,
    said in the status bar once (``message_said`` after the wait's close)."""

    SAVE_TITLE = ""   # the error box's title
    ctx: Any
    save_progress: StepBar
    problem: QLabel

    def __init__(self, parent=None):
        super().__init__(parent)
        self.message = ""
        self.message_said = False   # by ``closed_when_written``
        self.saving = False         # a save runs on the one runner (its buttons are off)

    def _enable_outputs(self) -> None:
        """Print, save and keep as the dialog allows, none while a save runs."""

    def start_save(self, op: Callable, writing: str, on_done: Callable[[Any], None]) -> None:
        """Run ``op(conn, progress)`` on the one runner (``run_writing``), the buttons
        off and the progress shown until it ends."""
        self.run_writing(op, writing, self._saving, on_done, self._save_failed,
                         self.save_progress.step)

    def _saving(self, on: bool) -> None:
        self.saving = on
        if not on:
            self.save_progress.done()
        self._enable_outputs()

    def _save_failed(self, message: str) -> None:
        self.problem.setText(message)   # not „… danach wird das Fenster geschlossen.“
        if self.isVisible():    # closed: she chose „Abbrechen und verwerfen“
            show_error(self, message, title=self.SAVE_TITLE)

    def waiting_to_close(self, text: str) -> None:
        self.problem.setText(text)

    def closed_when_written(self) -> None:
        self.ctx.status_message.emit(self.message)
        self.message_said = True
