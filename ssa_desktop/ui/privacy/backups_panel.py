"""Sicherungen (R12): the backups in the vault's folder, how long they are kept, a
backup now and a restore that keeps every deletion (docs/datenschutz.md
"Sicherungen")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QProgressDialog,
    QSpinBox,
    QWidget,
)

from ...domain import clock
from ...formatting import fmt_date, fmt_number
from ...services import backups, retention, vault_admin
from ...services import session as session_service
from ...services.operations import Changes, DataKind, Progress
from ..common.announce import MessageLabel
from ..common.column_fit import fit_columns
from ..common.files import choose_open_file
from ..common.forms import buddy_label, make_button
from ..common.layouts import LinesHigh, flow_row
from ..common.lifetime import connect_for
from ..common.messages import ask_yes_no, show_error
from ..common.models import RowsModel
from ..common.tables import make_table_view
from ..common.titled_panel import titled_panel
from ..common.wrapping_label import LinesHighLabel
from ..context import AppContext
from ..i18n import translator

tr = translator("Privacy")


def _kind_label(b) -> str:
    """What wrote the backup, in her words (the pre-migration one with the schema it holds)."""
    if b.kind == "pre_migration":
        if b.schema is None:
            return tr("vor der Umstellung auf diese Version")
        return tr("vor der Umstellung auf diese Version (Stand Schema {0})").format(b.schema)
    return {"auto": tr("automatisch"), "pre_restore": tr("vor der Wiederherstellung")}.get(
        b.kind, tr("von Hand / vor Schlüsselwechsel"))


class BackupsPanel(QWidget):
    """``BackupsPanel(ctx)``: embed in the Datenschutz area."""

    _job: Progress | None  # the running restore

    HEADERS = ("Datum", "Datei", "Größe", "Art")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = titled_panel(self, tr("Sicherungen"))
        # never lower than its lines: at 640×360 the page got Qt's minimum of a wrapped
        # label (two lines at a guessed width) and cut four lines at top and bottom
        info = LinesHighLabel(tr("Beim Entsperren wird einmal am Tag eine verschlüsselte "
                                 "Sicherung im Ordner „backups“ des Tresors angelegt. Ältere "
                                 "Sicherungen werden gelöscht. Was gelöscht wurde, bleibt auch "
                                 "nach einer Wiederherstellung gelöscht."), self)
        self.keep = QSpinBox(self)
        self.keep.setRange(backups.KEEP_DAYS.minimum, backups.KEEP_DAYS.maximum)
        self.keep.setSuffix(tr(" Tage"))
        self.keep.setAccessibleName(tr("Sicherungen aufbewahren höchstens (Tage)"))
        self.keep.setToolTip(backups.KEEP_DAYS.legal_basis)
        self.keep.editingFinished.connect(self.save_keep_days)
        self.model = RowsModel([tr(h) for h in self.HEADERS], self._cell, self)
        self.table = make_table_view(self.model, tr("Vorhandene Sicherungen"), alternating=False,
                                     parent=self)
        # every column in sight (fixed widths of 100 and 330 px scrolled „Art“ out of sight
        # at 640×360); a long file name ends in „…“, whole on hover
        fit_columns(self.table, keep=(1,))
        self.status = MessageLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(tr("Status"))
        self.backup_button = make_button(tr("Jetzt &sichern"), tr("Jetzt sichern"), self.backup_now)
        self.restore_button = make_button(tr("&Wiederherstellen …"), tr("Aus Sicherung wiederherstellen"),
                                          self.choose_restore)
        layout.addWidget(info)
        # each row wraps where the width ends (640×360: beside the page list it scrolled
        # sideways)
        layout.addWidget(LinesHigh(flow_row(buddy_label(tr("&Aufbewahren höchstens:"),
                                                        self.keep), self.keep)))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(LinesHigh(flow_row(self.backup_button, self.restore_button)))
        connect_for(self, ctx.changes, self._on_changes)
        connect_for(self, ctx.locked, self.clear)
        if ctx.is_unlocked:
            self.refresh()

    def _cell(self, b, column: int) -> str:
        if column == 0:
            return fmt_date(b.day)
        if column == 1:
            return b.path.name
        if column == 2:
            return f"{fmt_number(b.size / 1_048_576, 1)} MB"
        return _kind_label(b)

    def _on_changes(self, changes: Changes) -> None:
        if self.ctx.is_unlocked and changes.touches(DataKind.BACKUPS, DataKind.VAULT,
                                                         DataKind.SETTINGS):
            self.refresh()

    @property
    def folder(self) -> Path:
        return self.ctx.open_session().vault.folder

    def refresh(self) -> None:
        self.keep.blockSignals(True)
        self.keep.setValue(backups.keep_days(self.ctx.conn))
        self.keep.blockSignals(False)
        self._keep_saved = self.keep.value()
        self.model.set_rows(backups.list_backups(self.folder))

    def clear(self) -> None:
        self.model.set_rows([])
        self.status.clear()

    def save_keep_days(self) -> None:
        value = self.keep.value()
        if value == getattr(self, "_keep_saved", None):
            return  # focus left the field unchanged (e.g. to the restore's progress dialog)
        # the rule table's R12 period: changed (and logged) like every retention period
        self.ctx.perform((lambda conn, _progress: retention.set_period(conn, backups.KEEP_DAYS, value)),
                         on_done=lambda _v: setattr(self, "_keep_saved", value),
                         on_error=lambda msg: show_error(self, msg))

    def backup_now(self):
        session = self.ctx.open_session()
        target = self.folder / "backups" / vault_admin.default_backup_name(clock.today())
        self.status.setText(tr("Sicherung wird erstellt …"))

        def work(conn, _progress):
            return session_service.backup(session, conn, target)

        def done(path: Path) -> None:
            self.status.setText(tr("Sicherung erstellt: {0}").format(path.name))

        # the backup declares what it wrote (the vault's backups); the runner tells the views
        return self.ctx.perform(work, background=True, on_done=done, on_error=self.status.setText,
                                writing="backup")

    def choose_restore(self) -> None:
        """The backup of the row she selected (asked about by name); with none selected
        she chooses a file."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        path = str(self.model.rows[rows[0].row()].path) if rows else choose_open_file(
            self, tr("Sicherung wählen"), tr("Sicherung (*.ssabak)"), self.folder / "backups")
        if path and ask_yes_no(self, tr("Den Tresor durch den Stand der Sicherung „{0}“ "
                                        "ersetzen? Der jetzige Stand wird vorher gesichert. "
                                        "Seitdem gelöschte Daten bleiben gelöscht.").format(
                                            Path(path).name),
                               title=tr("Wiederherstellen")):
            self.restore(Path(path))

    def restore(self, path: Path) -> Progress | None:
        """Restore through the one runner, off the GUI thread on the session's own
        connection: nobody else may use it meanwhile (exclusive), and a lock waits until
        the swap is done (critical). The restore declares what it changed; the runner
        tells the views."""
        session = self.ctx.open_session()
        safety = backups.pre_restore_folder(self.folder)
        self.restore_button.setEnabled(False)
        self.backup_button.setEnabled(False)
        self.status.setText(tr("Wird wiederhergestellt … (gelöschte Daten werden erneut gelöscht)"))
        busy = QProgressDialog(tr("Wird wiederhergestellt …"), "", 0, 0, self)
        busy.setWindowTitle(tr("Bitte warten"))
        busy.setCancelButton(None)
        busy.setWindowModality(Qt.WindowModality.ApplicationModal)
        busy.setMinimumDuration(0)
        busy.show()

        def finish() -> None:
            busy.close()
            busy.deleteLater()
            self.restore_button.setEnabled(True)
            self.backup_button.setEnabled(True)
            self._job = None
            # disabling the button had moved the focus on (in the main window to
            # „Stoppuhr starten“, where a stray Enter started it): back to the backups
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
                self.table.setCurrentIndex(self.model.index(0, 0))

        def done(_result) -> None:
            finish()
            if self.ctx.is_unlocked:
                self.status.setText(tr("Wiederhergestellt aus {0}. Gelöschte Daten blieben "
                                       "gelöscht.").format(path.name))

        def failed(message: str) -> None:
            finish()
            self.status.setText(message)  # German; the vault is unchanged

        def work(_conn, _progress):
            return vault_admin.restore_vault(session, path, safety_backup_dir=safety)

        self._job = self.ctx.perform(work, background=True, own_connection=False,
                                     critical=True, exclusive=True,
                                     on_done=done, on_error=failed)
        return self._job
