"""Stopwatch for the current activity: a button in the main window's top bar and
Strg+T. Start needs no choice; on stop the worker picks the category (and the school,
when she serves two) and may correct the minutes. The running state is stored in the
vault (services/worktime.py), so it survives a lock and a restart; while locked the
button shows nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from ...domain import clock
from ...domain.schoolyear import SchoolYear
from ...domain.worktime import WorkTimeError
from ...services import worktime
from ...services.operations import DataKind
from ..common.lifetime import connect_for
from ..i18n import translator

if TYPE_CHECKING:
    from .stop_dialog import StopDialog

tr = translator("Stopwatch")
SHORTCUT = "Ctrl+T"


class StopwatchButton(QPushButton):
    """"Stoppuhr starten (Strg+T)" or "■ 0:25 – anhalten"; refreshed every 15 seconds."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.running: worktime.Stopwatch | None = None
        self.dialog: StopDialog | None = None
        self.setToolTip(tr("Zeit für indirekte Arbeit stoppen; die Kategorie wird beim "
                           "Anhalten gewählt (Strg+T)"))
        self.clicked.connect(self.toggle_stopwatch)
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self._show)
        connect_for(self, ctx.unlocked, self.reload)
        connect_for(self, ctx.locked, self.clear)
        connect_for(self, ctx.changes, self._changed)
        self.clear()
        if ctx.is_unlocked:
            self.reload()

    def _changed(self, changes) -> None:
        if changes.touches(DataKind.TIME, DataKind.VAULT):
            self.reload()

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.running = worktime.stopwatch(self.ctx.conn)
        self.setVisible(True)
        self._show()

    def _show(self) -> None:
        if self.running is None:
            self.timer.stop()
            self.setText(tr("Stoppuhr starten (Strg+T)"))  # its name: what she reads
            return
        minutes = self.running.elapsed_minutes(clock.now())
        self.setText(tr("Stoppuhr {0}:{1:02d} – anhalten (Strg+T)").format(minutes // 60,
                                                                      minutes % 60))
        if not self.timer.isActive():
            self.timer.start()

    def toggle_stopwatch(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.reload()
        if self.running is None:
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        year = SchoolYear.of(clock.today()).start_year
        schools = worktime.schools_with_post(self.ctx.conn, year)
        school_id = schools[0][0] if len(schools) == 1 else None
        try:
            self.ctx.apply(worktime.start_stopwatch, school_id)
        except WorkTimeError as err:
            self.ctx.status_message.emit(str(err))
            return
        self.ctx.status_message.emit(tr("Stoppuhr läuft. Strg+T hält sie an."))

    def stop(self) -> None:
        if self.running is None:  # ``toggle_stopwatch`` stops only a running one
            return
        if self.dialog is not None:
            self.dialog.raise_()
            return
        from .stop_dialog import StopDialog  # only when she stops it

        self.dialog = StopDialog(self.ctx, self.running, self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self, _result: int) -> None:
        self.dialog = None
        self.reload()

    def clear(self) -> None:
        self.running = None
        self.timer.stop()
        self.setText("")
        self.setVisible(False)
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
