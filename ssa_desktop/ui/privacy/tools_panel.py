"""Documents of the Datenschutz area that are not about one person: the deletion
periods for the Träger's record of processing (Art. 30 DSGVO) and the data-breach
assistant (Art. 33/34 DSGVO)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...domain import clock
from ...services import processing_record
from ..common.files import choose_save_file
from ..common.forms import make_button
from ..common.lifetime import connect_for
from ..common.message_line import MessageLine
from ..common.messages import show_error
from ..common.titled_panel import titled_panel
from ..common.wrapping_label import LinesHighLabel
from ..context import AppContext
from ..i18n import translator
from .breach_dialog import open_breach_dialog

tr = translator("Privacy")


class ToolsPanel(QWidget):
    """``ToolsPanel(ctx)``: two buttons and a status line; embed in the Datenschutz area."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = titled_panel(self, tr("Verzeichnis und Datenpanne"))
        self.record_button = make_button(
            tr("&Löschfristen für das Verarbeitungsverzeichnis …"),
            tr("Löschfristen für das Verarbeitungsverzeichnis drucken"), self.choose_record)
        self.breach_button = make_button(tr("Datenpanne &melden …"), tr("Datenpanne melden"),
                                         self.open_breach)
        self.status = MessageLine(self)   # „Gespeichert: …“, heard
        self.status.setAccessibleDescription(tr("Status"))
        # each button with a line of what it does: the page was two lone buttons
        for button, text in (
                (self.record_button, tr("Die Löschfristen aller Daten dieses Tresors als PDF, für "
                                        "das Verzeichnis der Verarbeitungstätigkeiten des Trägers "
                                        "(Art. 30 DSGVO).")),
                (self.breach_button, tr("Wenn Daten verloren gingen oder in falsche Hände kamen: "
                                        "ein Entwurf der Meldung an den Träger, der sie binnen "
                                        "72 Stunden der Aufsichtsbehörde meldet (Art. 33/34 DSGVO)."))):
            # never lower than its lines: at 640×360 (below the page list) a line was cut
            explanation = LinesHighLabel(text, self)
            button.setAccessibleDescription(text)
            layout.addWidget(explanation)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch(1)
        connect_for(self.status, ctx.locked, self.status.clear)

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
        return open_breach_dialog(self.ctx.open_session().vault.folder, self, conn=self.ctx.conn)

