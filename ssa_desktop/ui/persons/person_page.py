"""One person: header, Stammdaten, Fälle, Verlauf, Arbeitsnotizen, § 8a, Einwilligungen,
Dokumente."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.entities import Person
from ...services import persons as svc
from ..common.announce import quietly_unless_shown
from ..common.current_stack import size_tabs_by_current
from ..common.elided import ElidedLabel
from ..common.forms import make_button
from ..common.labels import name_by_label
from ..common.layouts import LinesHigh, flow_row, grow
from ..common.modal import modal
from ..common.tab_chain import tab_chain
from ..common.tab_selection import report_deselection
from ..common.unsaved import may_leave
from ..context import AppContext
from ..i18n import translator
from .case_dialog import CasesPanel
from .person_form import PersonForm
from .timeline import TimelinePanel, WorkingNotesPanel

if TYPE_CHECKING:
    from ..child_protection.panel import ChildProtectionPanel
    from ..consents.panel import ConsentsPanel
    from ..documents.panel import DocumentsPanel

tr = translator("PersonsArea")

HEADER_ASKS = 240   # px the header asks of its line at most; it grows into what is left


def header_text(person: Person, school_name: str, show_names: bool) -> str:
    """"K-17 · 7b · Gemeinschaftsschule Am Park" (the name only when shown)."""
    parts = [person.pseudonym]
    if show_names and person.display_name:
        parts.append(person.display_name)
    parts.append(person.class_label or (tr("Klasse {0}").format(person.grade)
                                        if person.grade else ""))
    parts.append(school_name)
    return " · ".join(p for p in parts if p)


class PersonPage(QWidget):
    """``load(person_id)`` or ``new_person()``; emits ``back`` and ``person_saved(id)``."""

    back = Signal()
    person_saved = Signal(str)

    TAB_MASTER, TAB_CASES, TAB_TIMELINE, TAB_WORKING, TAB_CP, TAB_CONSENTS, TAB_DOCUMENTS = range(7)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person: Person | None = None
        # § 8a and Einwilligungen are built when first wanted (their tab opened, or asked
        # for): a person opened for her documents does not hold their ≈ 110 widgets
        self._cp_panel: ChildProtectionPanel | None = None
        self._consents_panel: ConsentsPanel | None = None
        self._panels_for: str | None = None   # the person whose panels may be built
        self.documents_panel: DocumentsPanel | None = None
        layout = QVBoxLayout(self)

        self.back_button = QPushButton(tr("← Zurück zur Liste"))
        name_by_label(self.back_button, self.back_button.text(),
                      tr("Zurück zur Personenliste (Esc oder Alt+Links)"))
        self.back_button.setToolTip(tr("Esc oder Alt+Links"))   # the keys: persons/area.py
        self.back_button.clicked.connect(self.back)
        # a long name never widens the window, nor pushes the buttons below it where the
        # line has room for them and a shortened name (1280×720)
        self.header = ElidedLabel(asks=HEADER_ASKS)
        self.header.setAccessibleDescription(tr("Person"))
        self.header.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.entry_button = make_button(tr("Kontakt erfassen …"),
                                        tr("Kontakt für diese Person erfassen"),
                                        self.quick_entry)
        self.slip_button = make_button(tr("Beratungszettel …"),
                                       tr("Beratungszettel für die nächsten Termine drucken"),
                                       self.print_slips)
        self.letter_button = make_button(tr("Brief erstellen …"),
                                         tr("Brief oder Formular für diese Person erstellen"),
                                         self.make_letter)
        # no Alt letter is left for them (the seven tabs use all but q and y): Strg keys,
        # B and D shown in the text as on „Sperren (Strg+L)“, all said in the tool tip and
        # read after the name; Strg+N is the window's (her person), shown in its status bar
        self._say_key(self.entry_button, tr("Strg+N"))
        self._own_key(self.slip_button, "Ctrl+D", tr("Strg+D"), self.print_slips)
        self._own_key(self.letter_button, "Ctrl+B", tr("Strg+B"), self.make_letter)
        # one line; where the width ends (200 %) the buttons wrap below the name
        layout.addWidget(LinesHigh(flow_row(self.back_button, grow(self.header),
                                            self.entry_button, self.slip_button,
                                            self.letter_button)))

        self.tabs = QTabWidget()
        report_deselection(self.tabs)
        self.tabs.setAccessibleName(tr("Bereiche der Person"))
        self.form = PersonForm(ctx)
        self.form.saved.connect(self._on_saved)
        self.cases = CasesPanel(ctx)
        self.timeline = TimelinePanel(ctx)
        self.working = WorkingNotesPanel(ctx)
        self.cp_holder = QWidget()
        QVBoxLayout(self.cp_holder).setContentsMargins(0, 0, 0, 0)
        self.consents_holder = QWidget()
        QVBoxLayout(self.consents_holder).setContentsMargins(0, 0, 0, 0)
        self.documents_holder = QWidget()
        QVBoxLayout(self.documents_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.form, tr("&Stammdaten"))
        self.tabs.addTab(self.cases, tr("&Fälle"))
        self.tabs.addTab(self.timeline, tr("&Verlauf"))
        self.tabs.addTab(self.working, tr("&Arbeitsnotizen"))
        self.tabs.addTab(self.cp_holder, tr("&Kinderschutz (§ 8a)"))
        self.tabs.addTab(self.consents_holder, tr("E&inwilligungen"))
        self.tabs.addTab(self.documents_holder, tr("Dokumen&te"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_opened)
        # the school's key (Alt+C, „S&chule“) from the Verlauf a person opens on, and from
        # every other tab without a key of its own on that letter: Stammdaten → Schule
        self.school_key = QShortcut(QKeySequence.mnemonic(self._school_label()), self)
        self.school_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.school_key.activated.connect(self._to_school)
        self.school_key.setEnabled(False)
        size_tabs_by_current(self.tabs)  # at 200 % the Stammdaten fit the window's width
        tab_chain(self.back_button, self.entry_button, self.slip_button, self.letter_button,
                  self.tabs)

    def _own_key(self, button: QAbstractButton, sequence: str, shown: str, slot) -> None:
        """``sequence`` does what ``button`` does from every field of the page (not while a
        dialog is in front: the page's window then has no focus)."""
        key = QShortcut(QKeySequence(sequence), self)
        key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        key.activated.connect(slot)
        button.setText(f"{button.text()} ({shown})")   # the name stays the words alone
        self._say_key(button, shown)

    @staticmethod
    def _say_key(button: QAbstractButton, shown: str) -> None:
        """``shown`` in the button's tool tip; a reader says it after the name."""
        words = button.accessibleDescription() or button.accessibleName()
        button.setToolTip(f"{words} ({shown})")
        button.setAccessibleDescription(
            f"{button.accessibleDescription()} ({shown})" if button.accessibleDescription()
            else shown)

    @property
    def cp_panel(self) -> ChildProtectionPanel | None:
        """The § 8a panel of the person shown (built now if it was not); None without one."""
        if self._cp_panel is None and self._panels_for is not None:
            from ..child_protection.panel import ChildProtectionPanel

            self._cp_panel = ChildProtectionPanel(self.ctx, self._panels_for, self.cp_holder)
            self._place(self._cp_panel, self.cp_holder)
        return self._cp_panel

    def cp_step_may_go(self) -> bool:
        """Before the page goes (Esc, „Zurück zur Liste“, another area): a § 8a step typed
        and not saved is asked about – Speichern, Verwerfen or Weiter bearbeiten."""
        panel = self._cp_panel
        return panel is None or may_leave(
            self, panel.unsaved(), tr("Der § 8a-Schritt ist noch nicht gespeichert."),
            save=panel.save_step, discard=panel.discard_step)

    @property
    def consents_panel(self) -> ConsentsPanel | None:
        """The Einwilligungen panel of the person shown (built now if it was not)."""
        if self._consents_panel is None and self._panels_for is not None:
            from ..consents.panel import ConsentsPanel

            self._consents_panel = ConsentsPanel(self.ctx, self._panels_for,
                                                 self.consents_holder)
            self._place(self._consents_panel, self.consents_holder)
        return self._consents_panel

    @staticmethod
    def _place(panel: ChildProtectionPanel | ConsentsPanel, holder: QWidget) -> None:
        """A panel built later: in its tab, shown at once (a widget put into a shown one
        is shown only by the next event loop turn), its records loaded."""
        cast(QVBoxLayout, holder.layout()).addWidget(panel)
        panel.setVisible(True)
        panel.refresh()

    def _tab_opened(self, index: int) -> None:
        """Opening „Dokumente“ looks into the scanner folder (no thread watches it); § 8a
        and Einwilligungen are built when their tab is first opened."""
        if index == self.TAB_DOCUMENTS and self.documents_panel is not None:
            self.documents_panel.refresh_scans()
        elif index == self.TAB_CP:
            self.cp_panel  # noqa: B018 - built now
        elif index == self.TAB_CONSENTS:
            self.consents_panel  # noqa: B018 - built now
        tab = self.tabs.widget(index)
        texts = ([b.text() for b in tab.findChildren(QAbstractButton)]
                 + [label.text() for label in tab.findChildren(QLabel)]) if tab else []
        self.school_key.setEnabled(index != self.TAB_MASTER and not any(
            QKeySequence.mnemonic(text) == self.school_key.key() for text in texts))

    def _school_label(self) -> str:
        """The text of the Stammdaten label that names the school field („S&chule“)."""
        return next((label.text() for label in self.form.findChildren(QLabel)
                     if label.buddy() is self.form.school), "")

    def _to_school(self) -> None:
        self.tabs.setCurrentIndex(self.TAB_MASTER)
        self.form.school.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- loading -------------------------------------------------------------------------
    def _drop_panels(self) -> None:
        self._panels_for = None
        for name in ("_cp_panel", "_consents_panel", "documents_panel"):
            panel = getattr(self, name)
            if panel is not None:
                panel.clear()
                panel.setParent(None)
                panel.deleteLater()
                setattr(self, name, None)

    def _make_panels(self, person_id: str) -> None:
        from ..documents.panel import DocumentsPanel

        self._drop_panels()
        self._panels_for = person_id
        if self.tabs.currentIndex() in (self.TAB_CP, self.TAB_CONSENTS):
            self._tab_opened(self.tabs.currentIndex())
        self.documents_panel = DocumentsPanel(self.ctx, person_id, self.documents_holder)
        cast(QVBoxLayout, self.documents_holder.layout()).addWidget(self.documents_panel)

    def load(self, person_id: str) -> bool:
        person = svc.get_person(self.ctx.conn, person_id)
        if person is None:
            return False
        same = self.person is not None and self.person.id == person_id
        self.person = person
        self._update_header()
        if not (same and self.form.dirty):
            quietly_unless_shown(self.form, self.form.load, person)
        self._set_tabs_enabled(True)
        if not same or self._panels_for is None:
            self._make_panels(person_id)
        self.reload_tabs()
        return True

    def new_person(self) -> None:
        self._drop_panels()
        self.person = None
        for panel in (self.cases, self.timeline, self.working):
            panel.clear()
        self.header.set_full_text(tr("Neue Person"))
        self.form.load(None)
        self._set_tabs_enabled(False)
        self.tabs.setCurrentIndex(self.TAB_MASTER)
        self.form.pseudonym.setFocus()

    def _set_tabs_enabled(self, on: bool) -> None:
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, on)
        self.entry_button.setEnabled(on)
        self.slip_button.setEnabled(on)  # a slip needs a saved person (it did nothing)

    def set_names_visible(self, _on: bool) -> None:
        self._update_header()
        self.form.apply_names()

    def _update_header(self) -> None:
        if self.person is None:
            return
        school = svc.school_name(self.ctx.conn, self.person.school_id)
        text = header_text(self.person, school, self.ctx.show_names)
        if self.person.leaving_date and self.person.leaving_date <= clock.today():
            text += " · " + tr("abgegangen")
        self.header.set_full_text(text)

    def reload_tabs(self) -> None:
        pid = self.person.id if self.person else None
        for tab in (self.cases, self.timeline, self.working):  # a tab behind: no event
            quietly_unless_shown(tab, tab.load, pid)
        for panel in (self._cp_panel, self._consents_panel, self.documents_panel):
            if panel is not None:
                quietly_unless_shown(panel, panel.refresh)

    def refresh(self) -> None:
        if self.person is not None and not self.load(self.person.id):
            self.back.emit()

    def _on_saved(self, person_id: str) -> None:
        was_new = self.person is None
        self.person = self.form.person
        self._update_header()
        if was_new:
            self._set_tabs_enabled(True)
            self._make_panels(person_id)
            self.reload_tabs()
        self.person_saved.emit(person_id)

    # -- actions -------------------------------------------------------------------------
    def quick_entry(self) -> None:
        from ..quick_entry.dialog import QuickEntryDialog

        if self.person is None:
            return
        dialog = QuickEntryDialog(self.ctx, self, prefill={"person_id": self.person.id})
        with modal(dialog) as result:
            saved = dialog.saved_contact_id
        if result == QDialog.DialogCode.Accepted and self.ctx.is_unlocked:
            self.tabs.setCurrentIndex(self.TAB_TIMELINE)
            self.timeline.load(self.person.id)
            if saved:
                self.timeline.select_contact(saved)

    def print_slips(self) -> None:
        from ...domain import clock
        from ...services.appointments import slips_for_person
        from ..reports.slip_dialog import open_slip_dialog

        if self.person is None:
            return
        person_id, today = self.person.id, clock.today()
        message = open_slip_dialog(self.ctx, lambda conn: slips_for_person(conn, person_id, today),
                                   self, suggested="Beratungszettel.pdf")
        if message:   # printed or saved (where to): said as after a letter
            self.ctx.status_message.emit(message)

    def make_letter(self) -> None:
        from ..letters.dialog import open_letter_dialog

        if self.person is None:
            return
        open_letter_dialog(self.ctx, self.person.id, self)   # it says what was saved

    def open_letter_draft(self, draft) -> None:
        """A letter typed and kept at lock or quit (Übersicht): „Brief erstellen“ with it."""
        from ..letters.dialog import open_letter_dialog

        if self.person is not None:
            open_letter_dialog(self.ctx, self.person.id, self, draft=draft)

    def clear(self) -> None:
        self._drop_panels()
        self.person = None
        self.header.set_full_text("")
        self.form.clear()
        self.cases.clear()
        self.timeline.clear()
        self.working.clear()
        self.tabs.setCurrentIndex(self.TAB_MASTER)
