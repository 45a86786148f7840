"""The stopwatch's stop dialog (``ui/time/stopwatch.py``): category, school, minutes and
a short note when she stops it; imported when she stops it, not with the main window."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.schoolyear import SchoolYear
from ...domain.worktime import WorkTimeError
from ...services import timeshare, worktime
from .. import colours
from ..common.announce import MessageLabel
from ..common.combos import make_combo
from ..common.labels import name_window
from ..common.spins import make_spin_box
from ..common.text_boxes import make_line_edit
from ..i18n import translator
from .combo import current, select

tr = translator("Stopwatch")   # the stopwatch's texts


class StopDialog(QDialog):
    """Category, school, minutes (prefilled with the elapsed time) and a short note."""

    def __init__(self, ctx, running: worktime.Stopwatch, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        name_window(self, tr("Stoppuhr anhalten"))
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
        self.book = buttons.addButton(tr("Buchen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.book.setDefault(True)
        self.discard = buttons.addButton(tr("Verwerfen"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.keep = buttons.addButton(tr("Weiterlaufen lassen"), QDialogButtonBox.ButtonRole.RejectRole)
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
