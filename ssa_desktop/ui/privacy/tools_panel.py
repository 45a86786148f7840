"""Documents of the Datenschutz area that are not about one person: the deletion
periods for the Träger's record of processing (Art. 30 DSGVO) and the data-breach
assistant (Art. 33/34 DSGVO)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain import clock
from ...services import processing_record
from ..common.files import choose_save_file
from ..common.forms import make_button
from ..common.messages import show_error
from ..context import AppContext
from ..i18n import translator
from .breach_dialog import open_breach_dialog

tr = translator("Privacy")


class ToolsPanel(QWidget):
    """``ToolsPanel(ctx)``: two buttons and a status line; embed in the Datenschutz area."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(tr("Verzeichnis und Datenpanne"))
        title = QLabel(tr("Verzeichnis und Datenpanne"), self)
        title.setStyleSheet("font-weight: 600;")
        self.record_button = make_button(
            tr("Löschfristen für das Verarbeitungsverzeichnis …"),
            tr("Löschfristen für das Verarbeitungsverzeichnis drucken"), self.choose_record)
        self.breach_button = make_button(tr("Datenpanne melden …"), tr("Datenpanne melden"),
                                         self.open_breach)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Status"))
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addWidget(self.breach_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.status)
        ctx.locked.connect(self.status.clear)

    def choose_record(self) -> None:
        name = f"loeschfristen-{clock.today().isoformat()}.pdf"
        path = choose_save_file(self, tr("Löschfristen speichern"), name, tr("PDF (*.pdf)"))
        if path:
            self.write_record(Path(path))

    def write_record(self, path: Path) -> None:
        self.ctx.perform(
            (lambda conn, _progress: processing_record.write_processing_record(conn, path)),
            on_done=lambda p: self.status.setText(tr("Gespeichert: {0}").format(p)),
            on_error=lambda msg: show_error(self, msg))

    def open_breach(self):
        return open_breach_dialog(self.ctx.session.vault.folder, self, conn=self.ctx.conn)

