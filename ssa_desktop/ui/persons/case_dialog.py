"""Fälle of a person: list, new/edit dialog, "Fall abschließen"."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain import documents as d
from ...domain.catalogues import ACCESS_ROUTES, CASE_OUTCOMES, CASE_STATUS, REFERRALS, TOPICS
from ...domain.entities import Case
from ...formatting import fmt_date
from ...services import persons as svc
from .. import colours
from ..common.announce import MessageLabel
from ..common.column_fit import fit_columns
from ..common.dialog_buttons import save_cancel_buttons
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import (
    CatalogueCombo,
    CodeListEdit,
    DateField,
    buddy_label,
    commit_selectors,
    make_button,
    refusal,
)
from ..common.labels import name_window
from ..common.layouts import flow_row
from ..common.lifetime import connect_for
from ..common.messages import show_error, user_message
from ..common.modal import run_modal
from ..common.models import RowsModel
from ..common.tables import enter_key_opens, make_table_view
from ..common.text_boxes import make_text_box
from ..context import AppContext
from ..documents.record_documents import count_on, documents_button, show_record_documents
from ..i18n import translator
from ..notes.drafted_dialog import DraftedDialog
from ..notes.form_draft import FormDraft

tr = translator("PersonsArea")
CLOSED_HINT = "Abgeschlossen – Prüfung der Löschung fällig"


class CaseDialog(DraftedDialog):
    """New or edit a case; validation errors shown inline, typed text kept."""

    def __init__(self, ctx: AppContext, person_id: str, case: Case | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.case = case or Case(person_id=person_id, opened=clock.today())
        self.saved_case: Case | None = None
        name_window(self, tr("Fall bearbeiten") if case else tr("Neuer Fall"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(self.case.title)
        self.title.setPlaceholderText(tr("kurz und ohne Namen, z. B. „Konflikt Klasse“"))
        self.title.setAccessibleName(tr("Bezeichnung des Falls"))
        self.opened = DateField(self.case.opened, accessible_name=tr("eröffnet am"))
        self.status = CatalogueCombo(CASE_STATUS, accessible_name=tr("Status"))
        self.status.set_code(self.case.status)
        self.access = CatalogueCombo(ACCESS_ROUTES, empty="—", accessible_name=tr("Zugang"))
        self.access.set_code(self.case.access_route)
        self.topics = CodeListEdit(TOPICS, accessible_name=tr("Themen"))
        self.topics.set_codes(self.case.topics)
        self.referral = CatalogueCombo(REFERRALS, empty="—",
                                       accessible_name=tr("Weitervermittlung"))
        self.referral.set_code(self.case.referral)
        self.note = make_text_box(tr("Bemerkung zum Fall"))
        self.note.setPlainText(self.case.note)
        self.note.setFixedHeight(70)
        self.goals = make_text_box(tr("Ziele des Falls"))
        self.goals.setPlainText(self.case.goals)
        self.goals.setPlaceholderText(tr("kurz, z. B. „regelmäßiger Schulbesuch bis zu den "
                                         "Osterferien“"))
        self.goals.setFixedHeight(52)
        self.outcome = CatalogueCombo(CASE_OUTCOMES, empty="—",
                                      accessible_name=tr("Ergebnis beim Abschluss"))
        self.outcome.set_code(self.case.outcome)
        self.outcome_referral = CatalogueCombo(REFERRALS, empty="—",
                                               accessible_name=tr("weitervermittelt an"))
        self.outcome_referral.set_code(self.case.outcome_referral)
        for text, widget in ((tr("&Bezeichnung"), self.title), (tr("&eröffnet am"), self.opened),
                             (tr("&Status"), self.status), (tr("&Zugang"), self.access),
                             (tr("&Themen"), self.topics), (tr("&Weitervermittlung"), self.referral),
                             (tr("Zie&le"), self.goals),
                             (tr("E&rgebnis beim Abschluss"), self.outcome),
                             (tr("weitervermittelt a&n"), self.outcome_referral),
                             (tr("Be&merkung"), self.note)):
            form.addRow(buddy_label(text, widget), widget)  # Alt+T reaches the topics field
        layout.addLayout(form)
        self.error = MessageLabel()
        self.error.setStyleSheet(f"color: {colours.current().error}; font-weight: bold;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = save_cancel_buttons(tr("Speichern"), self.accept, self.reject)
        layout.addWidget(buttons)
        # on a small screen (640×360 at 200 %) the whole dialog scrolls
        whole_window_scrolls(self)
        # at lock: no question; the input was kept as a draft before
        connect_for(self, ctx.locked, self._closed_by_lock)
        self.title.setFocus()
        self.form_draft = FormDraft(
            ctx, "case", self,
            [("title", self.title), ("opened", self.opened), ("status", self.status),
             ("access", self.access), ("topics", self.topics), ("referral", self.referral),
             ("goals", self.goals), ("outcome", self.outcome),
             ("outcome_referral", self.outcome_referral), ("note", self.note)],
            save=self._save_for_quit, title=self.windowTitle(), person_id=person_id,
            record_id=case.id if case else "")

    def _save_for_quit(self) -> bool:
        self.accept()
        return self.saved_case is not None

    def collect(self) -> Case:
        return replace(self.case, title=self.title.text().strip(), opened=self.opened.value(),
                       status=self.status.code() or "open",
                       access_route=self.access.code(), topics=self.topics.codes(),
                       referral=self.referral.code(), note=self.note.toPlainText().strip(),
                       goals=self.goals.toPlainText().strip(), outcome=self.outcome.code(),
                       outcome_referral=self.outcome_referral.code())

    def accept(self) -> None:
        refused = commit_selectors(self)
        if refused is not None:  # what is saved is what is on screen
            self.error.setText(refusal(refused))
            refused.setFocus()
            return
        try:
            case = self.collect()
            svc.check_case(case)
            self.saved_case = self.ctx.apply(svc.save_case, case)
        except svc.PersonError as err:
            self.error.setText(str(err))
            return
        except Exception as err:  # noqa: BLE001
            self.error.setText(user_message(err))
            return
        self.form_draft.drop()  # saved: the draft goes
        self.form_draft.stop()
        super().accept()

    def discard_question(self) -> tuple[str, str]:
        return (tr("Der Fall ist nicht gespeichert. Änderungen verwerfen?"),
                tr("Änderungen verwerfen?"))


class CasesPanel(QWidget):
    """The cases of one person with new / edit / close."""

    HEADERS = ("eröffnet", "abgeschlossen", "Status", "Bezeichnung", "Zugang", "Themen",
               "Weitervermittlung", "Hinweis")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: str | None = None
        layout = QVBoxLayout(self)
        self.model = RowsModel([tr(h) for h in self.HEADERS], self._cell, self,
                               self._background)
        self.table = make_table_view(self.model, tr("Fälle der Person"), alternating=False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_columns(self.table)
        # once: ``activated`` came with a double click too (the case again after she closed it)
        self.table.doubleClicked.connect(lambda _i: self.edit_case())
        enter_key_opens(self.table, self.edit_case)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        # Alt letters free beside the page's tabs, menus and „Brief zu&m Fall …“ (the goals
        # took Alt+F, Tab ×4, Space)
        self.new_button = make_button(tr("&Neuer Fall …"), tr("Neuen Fall anlegen"), self.new_case)
        self.edit_button = make_button(tr("B&earbeiten …"), tr("Fall bearbeiten"), self.edit_case)
        self.close_button = make_button(tr("Fa&ll abschließen"), tr("Fall abschließen"),
                                        self.close_case)
        self.goals_button = make_button(tr("&Ziele mit Skala …"), tr("Ziele mit Skala des Falls"),
                                        self.open_goals)
        self.documents_button = documents_button(self.open_documents)
        self.letter_button = make_button(tr("Brief zu&m Fall …"),
                                         tr("Brief zum ausgewählten Fall erstellen"),
                                         self.make_letter)
        # a flow: at 200 % on 1280×720 the buttons wrap (no sideways scrolling)
        layout.addLayout(flow_row(self.new_button, self.edit_button, self.close_button,
                                  self.goals_button, self.documents_button,
                                  self.letter_button))
        self._update_buttons()

    def _cell(self, case: Case, column: int) -> str:
        return (fmt_date(case.opened), fmt_date(case.closed), CASE_STATUS.label(case.status),
                case.title, ACCESS_ROUTES.label(case.access_route),
                ", ".join(TOPICS.label(t) for t in case.topics),
                REFERRALS.label(case.referral),
                tr(CLOSED_HINT) if case.status == "closed" else "")[column]

    @staticmethod
    def _background(case: Case, column: int):
        return QColor(colours.current().note_fill) if case.status == "closed" and column == 7 else None

    def load(self, person_id: str | None) -> None:
        self.person_id = person_id
        self.model.set_rows(svc.cases(self.ctx.conn, person_id) if person_id else [])
        if self.model.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def current_case(self) -> Case | None:
        return self.model.row(self.table.currentIndex())

    def _update_buttons(self) -> None:
        case = self.current_case()
        self.edit_button.setEnabled(case is not None)
        self.close_button.setEnabled(case is not None and case.status != "closed")
        self.goals_button.setEnabled(case is not None)
        self.letter_button.setEnabled(case is not None)
        count_on(self.ctx, d.Owner("case", case.id) if case else None, self.documents_button)

    def make_letter(self) -> str:
        """Brief erstellen for the case's person: the invitation to her next appointment
        preset (kind and record may be changed there)."""
        from ...services import letters
        from ..letters.dialog import open_letter_dialog

        if self.current_case() is None or not self.person_id:
            return ""
        return open_letter_dialog(self.ctx, self.person_id, self, kind="invitation",
                                  source_id=letters.next_appointment(self.ctx.conn,
                                                                     self.person_id))

    def open_documents(self):
        """The selected case's documents, with open and add (ui/documents/record_documents)."""
        case = self.current_case()
        if case is None:
            return None
        return show_record_documents(
            self.ctx, case.person_id, d.Owner("case", case.id),
            tr("Fall „{0}“").format(case.title or tr("ohne Titel")),
            self.documents_button, self)

    def open_goal_draft(self, draft) -> None:
        """A goal typed or a rating chosen and kept at lock or quit (Übersicht): its case
        chosen here and the goal's or rating's dialog opened with her input."""
        from ...services import notes
        from .goals_dialog import open_goal_draft

        record_id = notes.draft_data(draft).get("record_id") or ""
        rows = [case.id for case in self.model.rows]
        case_id = record_id.partition(":")[0]
        if case_id not in rows:   # the case is gone: its goals with it
            return
        self.table.selectRow(rows.index(case_id))
        open_goal_draft(self.ctx, record_id, draft, self)

    def open_goals(self):
        """The case's goals with a scale (set-up, rating at a review, trend)."""
        from .goals_dialog import GoalsDialog

        case = self.current_case()
        if case is None:
            return None
        return run_modal(GoalsDialog(self.ctx, case.id, self))

    def new_case(self) -> None:
        if self.person_id and run_modal(CaseDialog(self.ctx, self.person_id, None, self)) \
                and self.ctx.is_unlocked:
            self.load(self.person_id)

    def open_draft(self, draft) -> CaseDialog:
        """The case dialog with the input kept at lock or quit (Übersicht)."""
        from ...services import notes

        assert self.person_id is not None  # her page loaded her before it opens her draft
        record_id = notes.draft_data(draft).get("record_id") or ""
        case = next((c for c in svc.cases(self.ctx.conn, self.person_id) if c.id == record_id),
                    None) if record_id else None
        dialog = CaseDialog(self.ctx, self.person_id, case, self)
        dialog.restore_draft(draft)
        if run_modal(dialog) and self.ctx.is_unlocked:
            self.load(self.person_id)
        return dialog

    def edit_case(self) -> None:
        case = self.current_case()
        if case and run_modal(CaseDialog(self.ctx, case.person_id, case, self)) \
                and self.ctx.is_unlocked:
            self.load(self.person_id)

    def close_case(self) -> None:
        case = self.current_case()
        if case is None or case.status == "closed":
            return
        try:
            self.ctx.apply(svc.close_case, case.id)
        except svc.PersonError as err:
            show_error(self, str(err))
            return
        self.load(self.person_id)

    def clear(self) -> None:
        self.person_id = None
        self.model.set_rows([])
        self._update_buttons()
