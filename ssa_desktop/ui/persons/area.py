"""Personen & Fälle: the list of persons and, on the same screen, one person's page.

Search and other areas navigate here with ``ctx.open_record("persons", person_id)`` (a
document: ``DOCUMENT_RECORD + doc_id``).
On lock everything is dropped (models, forms, panels) and the list is shown again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services.operations import DataKind
from ..common.announce import quietly_unless_shown
from ..common.area import Area, typed
from ..common.current_stack import CurrentPageStack
from ..common.messages import ask_yes_no
from ..common.modal import run_modal
from ..common.unsaved import may_leave as ask_before_leaving
from ..context import AppContext
from ..documents import DOCUMENT_RECORD
from ..i18n import translator
from .person_list import PersonListView

if TYPE_CHECKING:
    from .person_page import PersonPage

NEW_PERSON_DRAFT = "new"  # record id of "the new person's draft" (services/overview.py)
tr = translator("PersonsArea")


@dataclass(frozen=True)
class PersonsPlace:
    """Her place in the list (``Area.place``): its filters and the selected person."""

    filters: tuple[str, str, str, str]   # school, grade, status, kind
    selected: str
    text: str = typed()   # her search


class PersonsArea(Area):
    # the list shows persons, their cases and last contacts; the page also notes,
    # § 8a procedures and consents
    watches = (DataKind.PERSONS, DataKind.CASES, DataKind.CONTACTS, DataKind.NOTES,
               DataKind.CHILD_PROTECTION, DataKind.CONSENTS, DataKind.SCHOOLS,
               DataKind.DOCUMENTS)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setAccessibleName(tr("Personen & Fälle"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = CurrentPageStack()  # the list's width does not widen a person's page
        self.list = PersonListView(ctx)
        self.stack.addWidget(self.list)
        layout.addWidget(self.stack)
        self._page: PersonPage | None = None  # the person page is built when a person is first opened
        self.list.open_person.connect(self.open_record)
        self.list.new_person.connect(self.new_person)
        self.list.quick_entry.connect(self.quick_entry)
        self._place: PersonsPlace | None = None   # restored at the first load

    @property
    def page(self):
        """The person's page, built on first use (the list alone shows first)."""
        if self._page is None:
            from .person_page import PersonPage

            page = self._page = PersonPage(self.ctx)
            self.stack.addWidget(page)
            self.list.names_toggled.connect(page.set_names_visible)
            page.form.names_toggled.connect(self._names_from_form)
            page.back.connect(self.show_list)
            page.person_saved.connect(lambda _id: self.list.reload())
            for seq in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left)):
                sc = QShortcut(seq, page)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(self.go_back)
        return self._page

    def _names_from_form(self, on: bool) -> None:
        self.page.set_names_visible(on)
        self.list.set_names(on)

    # -- navigation ----------------------------------------------------------------------
    def showing_page(self) -> bool:
        return self._page is not None and self.stack.currentWidget() is self._page

    def current_person_id(self) -> str:
        """The person whose page is open ("" on the list or a new, unsaved person)."""
        person = self.page.person if self.showing_page() else None
        return person.id if person is not None else ""

    def open_record(self, record_id: str) -> None:
        if not record_id or not self.ctx.is_unlocked:
            return
        if record_id == NEW_PERSON_DRAFT:  # the draft of a new person (Übersicht)
            self.new_person()
            return
        if record_id.startswith(DOCUMENT_RECORD):   # a document found by Strg+K
            self._open_document(record_id.removeprefix(DOCUMENT_RECORD))
            return
        if self._open_form_draft(record_id):  # a case, consent or § 8a step kept at lock or quit
            return
        if self._may_open(record_id) and self.page.load(record_id):
            self.stack.setCurrentWidget(self.page)
            if not self.page.timeline.model.rows:
                # no contact yet (just created): her Stammdaten, where Alt+C and the
                # other field keys work, not an empty Verlauf
                self.page.tabs.setCurrentIndex(self.page.TAB_MASTER)
                self.page.form.pseudonym.setFocus()
                return
            self.page.tabs.setCurrentIndex(self.page.TAB_TIMELINE)
            # a named control a reader says ("Verlauf der Kontakte"), not the tab's container
            self.page.timeline.table.setFocus()

    def _open_document(self, doc_id: str) -> None:
        from ...domain.errors import UserError
        from ...services import documents

        try:
            doc = documents.get_document(self.ctx.conn, doc_id)
        except UserError:   # deleted since it was found
            return
        if (self._may_open(doc.person_id) and self.page.load(doc.person_id)
                and self.page.documents_panel is not None):
            self.stack.setCurrentWidget(self.page)
            self.page.tabs.setCurrentIndex(self.page.TAB_DOCUMENTS)
            self.page.documents_panel.show_document(doc.id)

    def _open_form_draft(self, record_id: str) -> bool:
        from ...services import notes
        from ..notes.form_draft import find_draft

        for form, tab in (("case", self.page.TAB_CASES), ("goal", self.page.TAB_CASES),
                          ("rating", self.page.TAB_CASES), ("consent", self.page.TAB_CONSENTS),
                          ("child_protection", self.page.TAB_CP), ("letter", None)):
            draft = find_draft(self.ctx, record_id, form)
            if draft is None:
                continue
            person_id = notes.draft_data(draft).get("person_id") or ""
            if not (self._may_open(person_id) and self.page.load(person_id)):
                return True
            self.stack.setCurrentWidget(self.page)
            if tab is not None:   # a letter opens over the tab shown
                self.page.tabs.setCurrentIndex(tab)
            if form == "letter":
                self.page.open_letter_draft(draft)
            elif form == "case":
                self.page.cases.open_draft(draft)
            elif form in ("goal", "rating"):
                self.page.cases.open_goal_draft(draft)
            elif form == "child_protection":
                if self.page.cp_panel is not None:
                    self.page.cp_panel.open_draft(draft)
            elif self.page.consents_panel is not None:
                self.page.consents_panel.open_draft(draft)
            return True
        return False

    def _may_open(self, person_id: str) -> bool:
        """Another person's page in place of the one shown (Strg+K, a found document, a
        draft): a § 8a step typed there is asked about first, as when the page goes (its
        panel is dropped with the person; her words went without a question)."""
        shown = self.page.person if self.showing_page() else None
        return shown is None or shown.id == person_id or self.page.cp_step_may_go()

    def new_person(self) -> None:
        self.page.new_person()
        self.stack.setCurrentWidget(self.page)
        self.page.form.pseudonym.setFocus()

    def go_back(self) -> None:
        if self.showing_page() and not self.page.cp_step_may_go():
            return
        if self.showing_page() and self.page.form.dirty and not ask_yes_no(
                self, tr("Die Änderungen an den Stammdaten sind noch nicht gespeichert. "
                         "Trotzdem zurück zur Liste?"), title=tr("Nicht gespeichert"),
                yes=tr("Verwerfen"), no=tr("Weiter bearbeiten")):
            return
        self.page.form.discard_draft()
        self.show_list()

    def may_leave(self) -> bool:
        """Before another area is shown: unsaved master data are asked about (Speichern,
        Verwerfen, Weiter bearbeiten), as "Zurück zur Liste" does."""
        if not (self.ctx.is_unlocked and self.showing_page()):
            return True
        if not self.page.cp_step_may_go():
            return False
        form = self.page.form

        def discard() -> None:
            form.discard_draft()
            self.show_list()

        return ask_before_leaving(
            self, form.dirty,
            tr("Die Änderungen an den Stammdaten sind noch nicht gespeichert."),
            save=lambda: form.save() is not None, discard=discard)

    def show_list(self) -> None:
        if self._page is not None:
            self._page.clear()
        self.stack.setCurrentWidget(self.list)
        if self.ctx.is_unlocked:
            self.list.reload()
        self.list.table.setFocus()

    def quick_entry(self) -> None:
        from ..quick_entry.dialog import QuickEntryDialog

        run_modal(QuickEntryDialog(self.ctx, self))  # it notifies "contact" itself

    # -- Area ----------------------------------------------------------------------------
    # Taken apart only from the list: a person's page holds panels with input of their own
    # (a working note typed, not added) that the list does not.
    rebuilt_when_left = True

    def may_take_apart(self) -> bool:
        return not self.showing_page() and super().may_take_apart()

    def place(self) -> PersonsPlace:
        text, *filters = self.list.filter_values()
        school, grade, status, kind = filters
        return PersonsPlace((school, grade, status, kind), self.list.selected_person_id(), text)

    def restore(self, place: object) -> None:
        if isinstance(place, PersonsPlace):
            self._place = place

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        place, self._place = self._place, None
        if place is not None:
            self.list.show_place((place.text, *place.filters), place.selected)
            return
        quietly_unless_shown(self.list, self.list.refresh)  # behind her page: no event
        if self.showing_page():
            self.page.refresh()

    def clear(self) -> None:
        if self._page is not None:
            self._page.clear()
        self.list.clear()
        self.stack.setCurrentWidget(self.list)
