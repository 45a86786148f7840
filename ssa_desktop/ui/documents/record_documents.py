"""The documents of one case, consent or § 8a procedure, opened from where that record
is shown on the person's page („Dokumente (n) …“): the list with „Ansehen“ and
„Dokument hinzufügen …“, adding to that record. Three steps at most: the button, „Dokument
hinzufügen …“ (or „Ansehen“), „Speichern“."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain import documents as d
from ...services import documents as svc
from ..common.forms import make_button
from ..common.lifetime import connect_for
from ..context import AppContext
from ..i18n import translator
from .panel import DocumentsPanel

tr = translator("DocumentsPanel")


class RecordDocumentsDialog(QDialog):
    def __init__(self, ctx: AppContext, person_id: str, owner: d.Owner, label: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.owner = ctx, owner
        self.count_button: QPushButton | None = None
        self.setWindowTitle(tr("Dokumente – {0}").format(label))
        layout = QVBoxLayout(self)
        self.panel = DocumentsPanel(ctx, person_id, self, owner=owner)
        layout.addWidget(self.panel, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = make_button(tr("Schließen"), tr("Schließen"), self.accept)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        connect_for(self, ctx.locked, self.reject)
        self.panel.refresh()
        self.resize(900, 480)
        self.finished.connect(self._recount)

    def _recount(self, _result: int) -> None:
        count_on(self.ctx, self.owner, self.count_button)


def documents_button(on_click) -> QPushButton:
    return make_button(tr("Dokumente …"), tr("Dokumente des ausgewählten Eintrags"), on_click)


def show_record_documents(ctx: AppContext, person_id: str, owner: d.Owner | None, label: str,
                          button: QPushButton | None,
                          parent: QWidget) -> RecordDocumentsDialog | None:
    """Open the documents of ``owner`` (nothing when no record is selected); the button
    then says how many it has."""
    if owner is None:
        return None
    dialog = RecordDocumentsDialog(ctx, person_id, owner, label, parent)
    dialog.count_button = button
    dialog.open()
    return dialog


def count_on(ctx: AppContext, owner: d.Owner | None, button: QPushButton | None) -> None:
    """„Dokumente (n) …“ for the selected record; „Dokumente …“ without one."""
    if button is None or not ctx.is_unlocked:
        return
    if owner is None:
        button.setText(tr("Dokumente …"))
        button.setEnabled(False)
        return
    count = len(svc.documents_of(ctx.conn, owner))
    button.setText(tr("Dokumente ({0}) …").format(count))
    button.setAccessibleName(tr("Dokumente des ausgewählten Eintrags ({0})").format(count))
    button.setEnabled(True)
