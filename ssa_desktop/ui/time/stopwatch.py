"""Stopwatch for the current activity: a button in the main window's top bar and
Strg+T. Start needs no choice; on stop the worker picks the category (and the school,
when she serves two) and may correct the minutes. The running state is stored in the
vault (services/worktime.py), so it survives a lock and a restart; while locked the
button shows nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.schoolyear import SchoolYear
from ...domain.worktime import WorkTimeError
from ...services import timeshare, worktime
from ...services.operations import DataKind
from .. import colours
from ..common.announce import MessageLabel
from ..common.combos import make_combo
from ..common.spins import make_spin_box
from ..common.text_boxes import make_line_edit
from ..i18n import translator
from .combo import current, select

tr = translator("Stopwatch")
SHORTCUT = "Ctrl+T"


class StopDialog(QDialog):
    """Category, school, minutes (prefilled with the elapsed time) and a short note."""

    def __init__(self, ctx, running: worktime.Stopwatch, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Stoppuhr anhalten"))
        self.setAccessibleName(tr("Stoppuhr anhalten"))
        conn = ctx.conn
        layout = QVBoxLayout(self)
        started = running.started.astimezone()
        layout.addWidget(QLabel(tr("Gestartet um {0} Uhr.").format(started.strftime("%H:%M"))))
        form = QFormLayout()
        self.category = make_combo(tr("Kategorie"))
        for entry in timeshare.indirect_categories(conn):
            self.category.addItem(entry.label, entry.code)
        self.school = make_combo(tr("Schule"))
        year = SchoolYear.of(started.date()).start_year
        for school_id, name in worktime.schools_with_post(conn, year):
            self.school.addItem(name, school_id)
        select(self.school, running.school_id)
        self.minutes = make_spin_box(tr("Dauer in Minuten"), 0, 24 * 60)
        self.minutes.setSuffix(tr(" Min."))
        self.minutes.setValue(min(running.elapsed_minutes(), 24 * 60))
        self.note = make_line_edit(tr("Notiz (ohne Namen)"),
                                   tr("z. B. Protokoll Klassenkonferenz – ohne Namen"))
        form.addRow(tr("&Kategorie"), self.category)
        form.addRow(tr("&Schule"), self.school)
        form.addRow(tr("&Dauer"), self.minutes)
        form.addRow(tr("&Notiz"), self.note)
        layout.addLayout(form)
        self.message = MessageLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {colours.current().error};")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.book = buttons.addButton(tr("Buchen"), QDialogButtonBox.AcceptRole)
        self.book.setDefault(True)
        self.discard = buttons.addButton(tr("Verwerfen"), QDialogButtonBox.DestructiveRole)
        self.keep = buttons.addButton(tr("Weiterlaufen lassen"), QDialogButtonBox.RejectRole)
        self.book.clicked.connect(self.accept)
        self.discard.clicked.connect(self.discard_time)
        self.keep.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.category.setFocus()
        self.entry = None

    def accept(self) -> None:
        try:
            result = self.ctx.apply(worktime.stop_stopwatch, current(self.category),
                                    current(self.school), self.minutes.value(),
                                    self.note.text())
        except WorkTimeError as err:
            self.message.setText(str(err))
            return
        self.entry = result
        super().accept()

    def discard_time(self) -> None:
        self.ctx.apply(worktime.discard_stopwatch)
        self.done(2)


class StopwatchButton(QPushButton):
    """"Stoppuhr starten (Strg+T)" or "■ 0:25 – anhalten"; refreshed every 15 seconds."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.running: worktime.Stopwatch | None = None
        self.dialog: StopDialog | None = None
        self.setAccessibleName(tr("Stoppuhr (Strg+T)"))
        self.setToolTip(tr("Zeit für indirekte Arbeit stoppen; die Kategorie wird beim "
                           "Anhalten gewählt (Strg+T)"))
        self.clicked.connect(self.toggle_stopwatch)
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self._show)
        ctx.unlocked.connect(self.reload)
        ctx.locked.connect(self.clear)
        ctx.changes.connect(self._changed)
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
            self.setText(tr("Stoppuhr starten (Strg+T)"))
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
        if self.dialog is not None:
            self.dialog.raise_()
            return
        self.dialog = StopDialog(self.ctx, self.running, self.window())
        self.dialog.setAttribute(Qt.WA_DeleteOnClose)
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
