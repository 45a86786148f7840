"""The Übersicht tile "Zeitanteile (Schuljahr)": the direct share and its light (with its
words, colour is never the only signal) and the thirds; Enter, Space or a click opens
the Arbeitszeit area. Computed on a worker thread so the Übersicht stays quick."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from ...domain import clock
from ...services import timeshare
from ...services.operations import DataKind
from ..common.lifetime import connect_for
from ..i18n import translator
from .dashboard import LIGHT_WORDS, light_icon, value_text

tr = translator("TimeTile")


class TimeShareTile(QGroupBox):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(tr("Zeitanteile (Schuljahr)"), parent)
        self.ctx = ctx
        self.summary: timeshare.Summary | None = None
        self._generation = 0
        self._asked_for: date | None = None     # the day whose figures are shown or being computed
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(tr("Zeitanteile (Schuljahr) – Enter öffnet die Auswertung"))
        self.setToolTip(tr("Enter oder Klick: Arbeitszeit öffnen"))
        self.grid = QGridLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.grid.addWidget(self.note, 0, 0, 1, 4)
        self.rows: list[QLabel] = []
        connect_for(self, ctx.changes, self._changes)
        connect_for(self, ctx.locked, self.clear)
        connect_for(self, ctx.locked, self._forget)

    def _changes(self, changes) -> None:
        """Only the kinds that move a time share; hidden, it computes when shown again."""
        if changes.touches(DataKind.TIME, DataKind.CONTACTS, DataKind.GROUPS,
                           DataKind.OPEN_OFFERS, DataKind.NETWORK, DataKind.AGREEMENTS,
                           DataKind.SCHOOLS, DataKind.VAULT):
            if self.isVisible():
                self.refresh()
            else:
                self._forget()

    def show_current(self) -> None:
        """The Übersicht loads (shown, or any change it watches): compute only when no
        figures of today are shown or on their way. The Übersicht watches every kind;
        the unlock's backup and deletion check move no time share."""
        if self._asked_for != clock.today():
            self.refresh()

    def _forget(self) -> None:
        self._asked_for = None

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self._generation += 1
        generation = self._generation
        today = self._asked_for = clock.today()

        def done(summary) -> None:
            if generation == self._generation and self.ctx.is_unlocked:
                self.show_summary(summary)

        def failed(message: str) -> None:
            if generation == self._generation:
                self._forget()      # the next load of the Übersicht tries again
            self.note.setText(message)

        # a read: it need not wait for the unlock's page check as a write does
        self.ctx.run(lambda conn, _p: timeshare.summary(conn, today), on_done=done,
                     on_error=failed)

    def show_summary(self, summary: timeshare.Summary) -> None:
        self.clear()
        self.summary = summary
        self.setTitle(tr("Zeitanteile (Schuljahr {0})").format(summary.school_year.label))
        if all(ev.value is None for _, ev in summary.lines):
            self.note.setText(tr("Noch keine Zeiten in diesem Schuljahr."))
            return
        for row, (label, ev) in enumerate(summary.lines, start=1):
            icon = QLabel()
            icon.setPixmap(light_icon(ev.light).pixmap(14, 14))
            cells = [QLabel(tr(label)), QLabel(value_text(ev)), icon,
                     QLabel(tr(LIGHT_WORDS[ev.light]))]
            cells[1].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row == 1:
                for cell in (cells[0], cells[1], cells[3]):
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
            for column, cell in enumerate(cells):
                self.grid.addWidget(cell, row, column)
                self.rows.append(cell)
        self.grid.setColumnStretch(3, 1)

    def clear(self) -> None:
        self._generation += 1
        self.summary = None
        self.note.clear()
        for cell in self.rows:
            self.grid.removeWidget(cell)
            cell.deleteLater()
        self.rows = []

    def open_area(self) -> None:
        self.ctx.open_record("time", "")

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_area()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_area()
            return
        super().keyPressEvent(event)
