"""Open Auskunft requests and objections with their deadlines (docs/datenschutz.md
"Auskunft"): record a new one, review an Auskunft, decide an objection. Pseudonyms
only unless "Namen anzeigen" is on."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.auskunft import REQUEST_KINDS
from ...formatting import fmt_date
from ...services import privacy, privacy_deadlines
from ...services.operations import Changes, DataKind
from .. import colours
from ..common.forms import make_button
from ..common.layouts import LinesHigh, flow_row
from ..common.lifetime import connect_for
from ..common.messages import ask_yes_no, show_error
from ..common.modal import open_deleting
from ..common.models import RowsModel
from ..common.tables import make_table_view
from ..common.titled_panel import titled_panel
from ..context import AppContext
from ..i18n import translator
from .auskunft_dialog import AuskunftDialog, NewRequestDialog

tr = translator("Privacy")

STATE_COLOURS = {"due": QColor(colours.current().due_fill),
                 "overdue": QColor(colours.current().overdue_fill)}


class RequestsPanel(QWidget):
    """``RequestsPanel(ctx)``: embed in the Datenschutz area; refreshes on RETENTION."""

    HEADERS = ("Person", "Art", "Frist")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = titled_panel(self, tr("Auskunft und Widerspruch"))
        self.model = RowsModel([tr(h) for h in self.HEADERS], self._cell, self,
                               background=lambda r, _c: STATE_COLOURS.get(r.state))
        self.table = make_table_view(self.model, tr("Offene Anträge"), alternating=False,
                                     parent=self)
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 300)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.empty = QLabel(tr("Keine offenen Anträge."), self)
        self.new_button = make_button(tr("&Auskunftsantrag erfassen …"), tr("Auskunftsantrag erfassen"),
                                      lambda: self.new_request("auskunft"))
        self.objection_button = make_button(tr("&Widerspruch erfassen …"), tr("Widerspruch erfassen"),
                                            lambda: self.new_request("widerspruch"))
        self.open_button = make_button(tr("Prüfen / &entscheiden …"), tr("Antrag prüfen oder entscheiden"),
                                       self.open_selected)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        # wraps where the width ends (640×360 at 200 %: the page scrolled sideways)
        layout.addWidget(LinesHigh(flow_row(self.new_button, self.objection_button,
                                            self.open_button)))
        connect_for(self, ctx.changes, self._on_changes)
        connect_for(self, ctx.locked, self.clear)
        if ctx.is_unlocked:
            self.refresh()

    def _cell(self, row: privacy_deadlines.RequestDeadline, column: int) -> str:
        if column == 0:
            return row.pseudonym
        if column == 1:
            return tr(REQUEST_KINDS.label(row.kind))
        text = fmt_date(row.due)
        if row.state == "overdue":
            text += " · " + tr("überschritten")
        return text

    def _on_changes(self, changes: Changes) -> None:
        if self.ctx.is_unlocked and changes.touches(DataKind.RETENTION, DataKind.PERSONS):
            self.refresh()

    def refresh(self) -> None:
        rows = privacy_deadlines.deadlines(self.ctx.conn)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def clear(self) -> None:
        self.model.set_rows([])

    def select_person(self, person_id: str) -> bool:
        """Select the person's open request (the Übersicht's deadline leads here)."""
        for index, row in enumerate(self.model.rows):
            if row.person_id == person_id:
                self.table.selectRow(index)
                return True
        return False

    def selected(self) -> privacy_deadlines.RequestDeadline | None:
        return self.model.row(self.table.currentIndex())

    def new_request(self, kind: str, person_id: str = "") -> NewRequestDialog:
        return open_deleting(NewRequestDialog(self.ctx, kind, self, person_id))

    def open_selected(self):
        row = self.selected()
        if row is None:
            return None
        if row.kind == "auskunft":
            dialog = AuskunftDialog(self.ctx, row.request_id, self)
            dialog.open()
            return dialog
        upheld = ask_yes_no(self, tr("Widerspruch von {0}: Ist er berechtigt? „Ja“: die Daten "
                                     "bleiben eingeschränkt, bis sie gelöscht sind. „Nein“: die "
                                     "Einschränkung wird aufgehoben.").format(row.pseudonym),
                            title=tr("Widerspruch entscheiden"), yes=tr("Ja, berechtigt"),
                            no=tr("Nein, zurückweisen"))
        self.ctx.perform((lambda conn, _progress: privacy.decide_objection(conn, row.request_id,
                                                                         upheld=upheld)),
                         on_error=lambda msg: show_error(self, msg))
        return None
