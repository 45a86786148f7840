"""The deputy's workspace: a colleague's Vertretungspaket next to her own vault, marked "Vertretung für … bis …". A small version of her own app: the persons
with name, class, school and how the guardians are reached; open cases; appointments
with room, marked wahrgenommen / abgesagt / nicht erschienen; the next step of each
§ 8a procedure with its deadline; the contacts she recorded. She records contacts
("Kontakt erfassen …", for a person she chooses, in one of that person's open cases or
without one) and appointments, and writes the return. The package is closed (and its
key dropped) when she closes the window or her own vault locks; after a lock her vault
brings it back at the unlock (``HandoverPanel.reopen_windows``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain import handover as rules
from ...domain.catalogues import (
    APPOINTMENT_STATUS,
    CONTACT_KINDS,
    CONTACT_PLACES,
    DOCUMENT_KINDS,
    PARTICIPANT_ROLES,
    TOPICS,
)
from ...domain.entities import Contact
from ...domain.errors import UserError
from ...formatting import fmt_date
from ...services import handover as svc
from ...services import handover_deputy_work
from .. import colours
from ..common.announce import MessageLabel
from ..common.button_row import end_button_row
from ..common.combos import make_combo, strg_enter_in_open_list, watch_open_list
from ..common.declared_fields import coded_combos, coded_keys, give_free_letters
from ..common.dialog_buttons import cancel_button, default_button
from ..common.files import choose_open_file, choose_target_folder
from ..common.fit_scroll import scrolling
from ..common.forms import (
    CatalogueCombo,
    CodeChecks,
    CodeListEdit,
    DateField,
    DurationField,
    TimeField,
    buddy_label,
    commit_selectors,
    follow_refusals,
    make_button,
    refusal,
    say_refusal,
)
from ..common.goal_rating import GoalRatings
from ..common.goal_trend import TrendView
from ..common.labels import name_window
from ..common.layouts import LinesHigh, flow_row, grow
from ..common.lifetime import connect_for
from ..common.message_line import add_last, error_line
from ..common.messages import ask_yes_no
from ..common.modal import alive, open_deleting, run_modal
from ..common.person_combo import PersonCombo
from ..common.screen_fit import resize_within_screen
from ..common.tab_selection import report_deselection
from ..common.tables import make_table_view
from ..common.text_boxes import make_line_edit, make_text_box
from ..context import AppContext
from ..i18n import translator
from ..quick_entry.dialog import TYPICAL_PARTICIPANTS

tr = translator("Handover")
field_tr = translator("Fields")   # the labels of coded fields, as the forms show them
BANNER_STYLE = (f"background: {colours.current().warn_box_fill}; color: {colours.current().warn_box_text};"
                f" border: 1px solid {colours.current().warn_box_border}; "
                "padding: 6px; font-weight: 600;")
HIDDEN_NAME = "•••"  # a name while "Namen anzeigen" is off (as in the person list)


def _table(headers: list[str], name: str, stretch: int | None = None):
    """A read-only table: each column as wide as its texts; ``stretch`` (else the last
    column shown) takes the rest."""
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    view = make_table_view(model, name, stretch=stretch, alternating=False,
                           fit=[c for c in range(len(headers)) if c != stretch])
    return model, view


def _row(model: QStandardItemModel, cells: list[str], record_id: str) -> None:
    items = [QStandardItem(c) for c in cells]
    for item in items:
        item.setEditable(False)
    items[0].setData(record_id, Qt.ItemDataRole.UserRole)
    model.appendRow(items)


def person_label(p: handover_deputy_work.DeputyPersonRow, show_names: bool) -> str:
    """"P-Anna · 7b · GMS Nord" (with the name while names are shown)."""
    parts = [p.pseudonym]
    if show_names and p.name:
        parts.append(p.name)
    parts += [x for x in (p.class_label, p.school) if x]
    return " · ".join(parts)


class _EntryDialog(QDialog):
    """A deputy's entry: rows of (label with mnemonic, field), the red error line, and
    Speichern / Abbrechen. ``write(dialog)`` writes it into the package; a refusal
    (German) stays in the dialog with everything typed, success closes it."""

    person: PersonCombo   # each entry is for one person of the package (``_person_combo``)

    def __init__(self, title: str, write, parent: QWidget | None = None):
        super().__init__(parent)
        name_window(self, title)
        self._write = write
        self.written = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = error_line(tr("Fehlermeldung"))
        self.error.hide()
        self.save_button = default_button(tr("&Speichern"), tr("Speichern"), self.save)
        self.cancel_button = cancel_button(self.reject)

    def finish(self) -> None:
        """Lay the rows out, then the buttons and the error line. Called once all rows
        are added: Tab follows this order and comes round to the first field again."""
        buttons = end_button_row(self.cancel_button, self.save_button)
        layout = QVBoxLayout(self)
        # the rows scroll on a small screen (640×360 at 200 %); buttons and error stay
        layout.addWidget(scrolling(self.form), 1)
        layout.addLayout(buttons)
        add_last(layout, self.error)  # below the buttons: a refusal moves none

    def person_id(self) -> str:
        return self.person.currentData() or ""

    def add_row(self, text: str, field: QWidget) -> QLabel:
        label = buddy_label(text, field)
        self.form.addRow(label, field)
        return label

    def show_error(self, text: str, field: QWidget | None = None) -> None:
        say_refusal(self.error, text, field)

    def save(self) -> None:
        refused = commit_selectors(self)
        if refused is not None:  # what is saved is what is on screen, or nothing
            self.show_error(refusal(refused), refused)
            return
        try:
            self.written = self._write(self)
        except (svc.PackageError, UserError) as err:
            self.show_error(str(err))
            return
        self.show_error("")
        self.accept()


def _person_combo(view: handover_deputy_work.DeputyOverview, person_id: str | None,
                  show_names: bool) -> PersonCombo:
    # `k17`, a pseudonym or (while shown) a name: the quick entry's one resolver
    combo = PersonCombo([(p.pseudonym, person_label(p, show_names), p.id)
                         for p in view.persons], accessible_name=tr("Person"))
    index = combo.findData(person_id) if person_id else -1
    if index >= 0:
        combo.setCurrentIndex(index)
    return combo


_Entry = TypeVar("_Entry", bound=_EntryDialog)


class DeputyContactDialog(_EntryDialog):
    """"Kontakt erfassen": the person (shown and chosen here), Fall (one of that person's
    open cases or „ohne Fall“), Art, Datum, Zeit, Dauer, Beteiligte, Themen, Ort, the coded
    fields the contact declares with ``captured`` (Sprachmittlung; ``declared_fields``),
    Notiz – the quick entry's widgets and rules (dates as typed; a future day is refused)."""

    def __init__(self, view: handover_deputy_work.DeputyOverview, person_id: str | None, write,
                 parent: QWidget | None = None, *, show_names: bool = False, goals_of=None):
        super().__init__(tr("Kontakt erfassen (Vertretung)"), write, parent)
        self.view = view
        self._goals_of: Callable[[str], list] = goals_of or (lambda _case_id: [])
        self.person = _person_combo(view, person_id, show_names)
        self.case = make_combo(tr("Fall"))
        self.kind = CatalogueCombo(CONTACT_KINDS, accessible_name=tr("Art des Kontakts"))
        self.kind.set_code("EB")
        self.day = DateField(clock.today(), accessible_name=tr("Datum"))
        self.time = TimeField(accessible_name=tr("Uhrzeit"))
        now = clock.now()
        self.time.setTime(QTime(now.hour, now.minute))
        self.duration = DurationField(30)
        self.place = CatalogueCombo(CONTACT_PLACES, empty="—", accessible_name=tr("Ort"))
        self.coded = coded_combos(Contact)   # Sprachmittlung …, from the declaration
        self.participants = CodeChecks(PARTICIPANT_ROLES)
        self.participants.setAccessibleName(tr("Beteiligte"))
        self.participants.setFocusProxy(next(iter(self.participants.boxes.values())))
        self.participants.set_codes(("pupil",))
        self.topics = CodeListEdit(TOPICS, accessible_name=tr("Themen"))
        self.note = make_text_box(tr("Notiz"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.add_row(tr("&Person"), self.person)
        self.add_row(tr("&Fall"), self.case)
        # the goals of the chosen case handed to her, each optionally rated (Strg+1 …)
        self.goal_ratings = GoalRatings(self)
        self.goals_label = self.add_row(tr("Ziele"), self.goal_ratings)
        self.kind_label = buddy_label(tr("&Art"), self.kind)
        # wraps where the width ends, as the quick entry's (at 640×360 it scrolled sideways)
        when = LinesHigh(flow_row(grow(self.kind),
                                  *((buddy_label(text, field), field) for text, field in (
                                      (tr("&Datum"), self.day), (tr("&Zeit"), self.time)))))
        self.form.addRow(self.kind_label, when)
        self.add_row(tr("Da&uer"), self.duration)
        self.add_row(tr("&Beteiligte"), self.participants)
        self.add_row(tr("&Themen"), self.topics)
        self.add_row(tr("&Ort"), self.place)   # after the topics, as in the quick entry
        coded_labels = [self.add_row(combo.accessibleName(), combo) for combo in self.coded.values()]
        self.add_row(tr("&Notiz"), self.note)
        give_free_letters(coded_labels, self.form, self.save_button, self.cancel_button,
                          keys=coded_keys(Contact))
        follow_refusals((self.person, self.kind, self.place, self.topics, self.day,
                         *self.coded.values()), self.show_error)
        self.person.currentIndexChanged.connect(self._load_cases)
        self.case.currentIndexChanged.connect(self._load_goals)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._load_cases()
        self.note.installEventFilter(self)
        for combo in self.findChildren(QComboBox):  # Strg+Enter saves from an open list
            watch_open_list(combo, self)
        self.finish()
        self._load_goals()   # again, now that all rows are in the window: the Tab chain
        resize_within_screen(self, max(760, self.sizeHint().width()), self.sizeHint().height())
        self.person.setFocus()

    def _load_cases(self, _index: int = 0) -> None:
        self.case.clear()
        for c in self.view.cases_of(self.person_id()):
            self.case.addItem(tr("{0} (seit {1})").format(c.title, fmt_date(c.opened)), c.id)
        self.case.addItem(tr("ohne Fall"), "")
        self._load_goals()

    def _load_goals(self, _index: int = 0) -> None:
        """The chosen case's goals (none rated); the row hides without goals; Tab runs
        from Fall through the goals to Art."""
        case_id = self.case.currentData() or ""
        self.goal_ratings.set_goals(self._goals_of(case_id) if case_id else [])
        boxes = self.goal_ratings.focus_widgets()
        self.form.setRowVisible(self.goal_ratings, bool(boxes))
        if self.layout() is not None:   # the rows are in the window (``finish``)
            chain = [self.case, *boxes, self.kind]
            for first, second in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(first, second)
        for box in boxes:
            box.installEventFilter(self)   # Strg+Enter saves from a goal box too
            if isinstance(box, QComboBox):
                watch_open_list(box, self)   # and from its open list

    def _kind_changed(self, _index: int) -> None:
        typical = TYPICAL_PARTICIPANTS.get(self.kind.currentData() or "")
        if typical:
            self.participants.set_codes(typical)

    def entry(self) -> handover_deputy_work.DeputyContactEntry:
        """What is on screen, as the service takes it."""
        return handover_deputy_work.DeputyContactEntry(
            person_id=self.person_id(), case_id=self.case.currentData() or None,
            day=self.day.value(), kind=self.kind.code(), duration_min=self.duration.minutes(),
            time=self.time.time().toString("HH:mm"), participants=self.participants.codes(),
            topics=self.topics.codes(), note=self.note.toPlainText().strip(),
            place=self.place.code(),
            coded={name: combo.code() for name, combo in self.coded.items()},
            ratings=self.goal_ratings.levels())

    def has_typed_text(self) -> bool:
        return bool(self.note.toPlainText().strip() or self.topics._codes
                    or self.topics.edit.text().strip())

    def reject(self) -> None:
        """Esc / Abbrechen: asks before a typed note or topics are thrown away."""
        if self.has_typed_text() and not ask_yes_no(
                self, tr("Der Kontakt ist noch nicht gespeichert. Verwerfen?"),
                title=tr("Verwerfen?"), yes=tr("Verwerfen"), no=tr("Weiter bearbeiten")):
            return
        super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt
        """Ctrl+Enter saves from every field (in the note Enter is a new line)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save()
            return
        super().keyPressEvent(event)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt
        if strg_enter_in_open_list(obj, event, self.save):
            return True
        if ((obj is self.note or obj in self.goal_ratings.focus_widgets())
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.save()
            return True
        return super().eventFilter(obj, event)



class DeputyAppointmentDialog(_EntryDialog):
    """An appointment with a person of the package: person, date, start, end, room, note."""

    def __init__(self, view: handover_deputy_work.DeputyOverview, person_id: str | None, write,
                 parent: QWidget | None = None, *, show_names: bool = False):
        super().__init__(tr("Termin eintragen (Vertretung)"), write, parent)
        self.person = _person_combo(view, person_id, show_names)
        self.day = DateField(clock.today(), accessible_name=tr("Datum"))
        self.start = TimeField(accessible_name=tr("Beginn"))
        self.start.setTime(QTime(9, 0))
        self.end = TimeField(accessible_name=tr("Ende"))
        self.end.setTime(QTime(9, 45))
        self.room = make_line_edit(tr("Raum"))
        self.note = make_line_edit(tr("Notiz"))
        self.add_row(tr("&Person"), self.person)
        self.add_row(tr("&Datum"), self.day)
        self.add_row(tr("&Beginn"), self.start)
        self.add_row(tr("&Ende"), self.end)
        self.add_row(tr("&Raum"), self.room)
        self.add_row(tr("&Notiz"), self.note)
        follow_refusals((self.person, self.day), self.show_error)
        self.finish()
        resize_within_screen(self, max(520, self.sizeHint().width()), self.sizeHint().height())
        self.person.setFocus()


class DeputyDocumentDialog(_EntryDialog):
    """„Dokument hinzufügen (Vertretung)“ for a file already read: the person (shown and
    chosen here), Art, Titel, Datum; it goes with her return to the colleague."""

    def __init__(self, view: handover_deputy_work.DeputyOverview, person_id: str | None,
                 file_name: str, size: int, write, parent: QWidget | None = None, *,
                 show_names: bool = False):
        from ...domain import documents as d

        super().__init__(tr("Dokument hinzufügen (Vertretung)"), write, parent)
        self.file_name = file_name
        shown = QLabel(tr("Datei: {0} ({1} KB)").format(d.shown_name(file_name),
                                                        -(-size // 1024)))
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.setWordWrap(True)
        self.form.addRow(shown)
        self.person = _person_combo(view, person_id, show_names)
        self.kind = CatalogueCombo(DOCUMENT_KINDS, accessible_name=tr("Art des Dokuments"))
        self.title = make_line_edit(tr("Titel"), tr("z. B. Einwilligung der Mutter"))
        self.title.setText(Path(d.shown_name(file_name)).stem[:d.TITLE_LIMIT])
        self.day = DateField(clock.today(), accessible_name=tr("Datum des Dokuments"))
        self.add_row(tr("&Person"), self.person)
        self.add_row(tr("&Art"), self.kind)
        self.add_row(tr("&Titel"), self.title)
        self.add_row(tr("&Datum"), self.day)
        note = QLabel(tr("Das Dokument liegt verschlüsselt im Vertretungspaket und geht mit "
                         "der nächsten Rückgabe zur Kollegin."))
        note.setWordWrap(True)
        self.form.addRow(note)
        follow_refusals((self.person, self.kind, self.day), self.show_error)
        self.finish()
        resize_within_screen(self, max(560, self.sizeHint().width()), self.sizeHint().height())
        self.person.setFocus()


class DeputyWindow(QDialog):
    """``DeputyWindow(ctx, path, key_text)``: raises ``svc.PackageError`` (German) when the
    package cannot be opened; an expired package is deleted by the opening itself."""

    def __init__(self, ctx: AppContext, path: Path, key_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.pkg, self.info = svc.open_package(self.path, key_text, writable=True,
                                               expected_kind="vertretung")
        self._key_text = key_text
        if ctx.is_unlocked:   # her vault keeps the key: the window comes back after a lock
            ctx.apply(svc.register_received, self.path, self.info, key_text)
        self.view: handover_deputy_work.DeputyOverview | None = None
        self._entry_dialog: _EntryDialog | None = None
        self.setWindowTitle(tr("Vertretungspaket"))
        self.setModal(False)
        banner = QLabel(self.info.label + "  ·  " + tr("wird gelöscht ab {0}").format(
            fmt_date(self.info.expires)))
        banner.setStyleSheet(BANNER_STYLE)
        banner.setAccessibleDescription(tr("Vertretungspaket"))
        self.banner = banner
        self.tabs = QTabWidget()
        report_deselection(self.tabs)
        self.tabs.setAccessibleName(tr("Inhalt des Vertretungspakets"))
        # the fixed columns, then each field the person declares to travel (``captured``)
        self.persons_model, self.persons = _table(
            [tr("Pseudonym"), tr("Name"), tr("Klasse"), tr("Schule"), tr("Eltern / Kontakt"),
             *(field_tr(c.label or c.name) for c in handover_deputy_work.deputy_person_columns())],
            tr("Personen"))
        self.cases_model, self.cases = _table([tr("Person"), tr("seit"), tr("Fall")],
                                              tr("Offene Fälle"))
        self.appts_model, self.appts = _table(
            [tr("Datum"), tr("Zeit"), tr("Person"), tr("Raum"), tr("Stand"), tr("Notiz")],
            tr("Termine"))
        self.deadlines_model, self.deadlines = _table(
            [tr("Frist"), tr("Person"), tr("Nächster Schritt")], tr("§ 8a-Fristen"))
        self.contacts_model, self.contacts = _table(
            [tr("Datum"), tr("Zeit"), tr("Person"), tr("Fall"), tr("Art"), tr("Dauer"),
             tr("Themen"), tr("Notiz")], tr("Kontakte der Vertretung"))
        self.attended_button = make_button(tr("Als &wahrgenommen markieren"),
                                           tr("Ausgewählten Termin als wahrgenommen markieren"),
                                           lambda: self.set_status("attended"))
        self.cancelled_button = make_button(tr("&Abgesagt"),
                                            tr("Ausgewählten Termin als abgesagt markieren"),
                                            lambda: self.set_status("cancelled"))
        self.missed_button = make_button(tr("N&icht erschienen"),
                                         tr("Ausgewählten Termin als nicht erschienen markieren"),
                                         lambda: self.set_status("missed"))
        appts_page = QWidget()
        appts_layout = QVBoxLayout(appts_page)
        appts_layout.addWidget(self.appts, 1)
        status_row = QHBoxLayout()
        for b in (self.attended_button, self.cancelled_button, self.missed_button):
            status_row.addWidget(b)
        status_row.addStretch(1)
        appts_layout.addLayout(status_row)
        contacts_page = self._contacts_page()
        documents_page = self._documents_page()
        self.goals_page = self._goals_page()
        for widget, title in ((self.persons, tr("&Personen")), (self.cases, tr("Offene &Fälle")),
                              (appts_page, tr("&Termine")), (self.deadlines, tr("§ &8a-Fristen")),
                              (contacts_page, tr("&Kontakte der Vertretung")),
                              (documents_page, tr("&Dokumente")),
                              (self.goals_page, tr("Ziel&verlauf"))):
            self.tabs.addTab(widget, title)
        self.contact_button = make_button(tr("Kontakt &erfassen …"),
                                          tr("Kontakt für die ausgewählte Person erfassen"),
                                          self.add_contact)
        self.appointment_button = make_button(tr("Ter&min eintragen …"),
                                              tr("Termin mit der ausgewählten Person eintragen"),
                                              self.add_appointment)
        self.return_button = make_button(tr("&Rückgabe schreiben …"),
                                         tr("Rückgabe für die Kollegin schreiben"),
                                         self.choose_return)
        self.last_box = QCheckBox(tr("&Letzte Rückgabe"))
        self.last_box.setAccessibleName(tr("Letzte Rückgabe (beendet die Vertretung)"))
        self.return_hint = QLabel(self._return_meaning())
        self.return_hint.setWordWrap(True)
        self.names_button = QPushButton()
        self.names_button.setCheckable(True)
        self.names_button.setChecked(ctx.show_names)
        self._name_names_button(ctx.show_names)
        self.names_button.toggled.connect(self._toggle_names)
        self.close_button = make_button(tr("&Schließen"), tr("Vertretungspaket schließen"),
                                        self.close)
        self.status = MessageLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        for b in (self.contact_button, self.appointment_button, self.return_button):
            row.addWidget(b)
        row.addStretch(1)
        # a second row: one row of five buttons was wider than 640×360 at 200 %
        second = QHBoxLayout()
        second.addWidget(self.names_button)
        second.addWidget(self.last_box)
        second.addStretch(1)
        second.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.return_hint)
        layout.addLayout(row)
        layout.addLayout(second)
        connect_for(self, ctx.locked, self._close_at_lock)
        self.tabs.currentChanged.connect(lambda _i: self.status.clear())  # stale elsewhere
        resize_within_screen(self, 1100, 620)
        self.refresh()
        self.persons.setFocus()  # where she starts: the persons, not the tab bar

    def _documents_page(self) -> QWidget:
        """The documents her colleague ticked for this package and those she added (they
        go back with her return): listed, shown from memory (no copy on disk); Enter or
        „Anzeigen“ opens one, „Dokument hinzufügen …“ (Alt+H) adds one."""
        self.docs_model, self.docs = _table([tr("Titel"), tr("Art"), tr("Datum"), tr("Person"),
                                             tr("Herkunft")], tr("Dokumente"), stretch=0)
        self._documents: list = []
        self.docs.activated.connect(lambda _index: self.show_document())
        self.show_doc_button = make_button(tr("Dok&ument ansehen"),
                                           tr("Ausgewähltes Dokument ansehen"),
                                           self.show_document)
        self.add_doc_button = make_button(tr("Dokument &hinzufügen …"),
                                          tr("Dokument für die ausgewählte Person hinzufügen"),
                                          self.choose_document)
        self.docs_error = error_line(tr("Fehlermeldung"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.docs, 1)
        layout.addWidget(self.docs_error)
        row = QHBoxLayout()
        row.addWidget(self.show_doc_button)
        row.addWidget(self.add_doc_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def show_document(self) -> None:
        from ..documents.render import Unshowable
        from ..documents.viewer import DocumentViewer

        doc_id = self._chosen_id(self.docs, self.docs_model)
        doc = next((x for x in self._documents if x.id == doc_id), None)
        if doc is None:
            self.status.setText(tr("Bitte zuerst ein Dokument wählen."))
            return
        try:
            viewer = DocumentViewer(self.ctx, doc,
                                    handover_deputy_work.deputy_document_content(self.pkg, doc.id),
                                    self)
        except (UserError, Unshowable) as err:
            self.status.setText(str(err))
            return
        run_modal(viewer)

    def choose_document(self) -> None:
        from ..documents.panel import OPEN_FILTER

        path = choose_open_file(self, tr("Dokument wählen"), OPEN_FILTER)
        if path:
            self.add_document(path)

    def add_document(self, path: str) -> DeputyDocumentDialog | None:
        """Read ``path`` (refused at once, under the table, when it cannot be taken) and
        ask for its person, kind, title and date; saved into the package."""
        from ...domain import documents as d
        from ...services import documents

        self.docs_error.clear()
        try:
            data = documents.read_source(path)
            d.detect(data, path)
        except UserError as err:
            self.docs_error.setText(str(err))
            return None

        def write(dialog: DeputyDocumentDialog):
            return handover_deputy_work.deputy_add_document(
                self.pkg, dialog.person_id(), dialog.kind.code(), dialog.title.text(),
                dialog.day.value(), data, path)

        def said(doc) -> str:
            return tr("Dokument hinzugefügt: {0}. Es geht mit der nächsten Rückgabe zur "
                      "Kollegin.").format(doc.title)

        chosen = self._chosen_id(self.docs, self.docs_model)
        person = next((x.person_id for x in self._documents if x.id == chosen), None)
        return self._open_entry(DeputyDocumentDialog(
            self.overview, person or self.selected_person(), path, len(data), write, self,
            show_names=self.ctx.show_names), said)

    def _contacts_page(self) -> QWidget:
        """The contacts table and, below it, the coded fields recorded with the chosen
        contact („Ort: Hausbesuch · Sprachmittlung: …“): a line, not more columns, so the
        table stays as wide as the window."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.contacts, 1)
        self.contact_detail = QLabel()
        self.contact_detail.setWordWrap(True)
        self.contact_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.contact_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                    | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.contact_detail.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.contact_detail.setAccessibleName(tr("Angaben zum gewählten Kontakt"))
        layout.addWidget(self.contact_detail)
        self.contacts.selectionModel().selectionChanged.connect(
            lambda *_: self._show_contact_detail())
        return page

    def _goals_page(self) -> QWidget:
        """The handed goals (a choice by person, case and goal) and the chosen goal's
        trend: the post holder's own widget (``TrendView``: chart, table read cell by
        cell, change), with who rated each point. It scrolls at 200 %."""
        layout = QVBoxLayout()
        self.goal_choice = make_combo(tr("Ziel"))
        self.goal_choice.currentIndexChanged.connect(lambda _i: self._show_goal_trend())
        self.no_goals = QLabel(tr("Mit diesem Vertretungspaket wurden keine Ziele übergeben "
                                  "(„Ziele der Fälle“ war bei keiner Person angekreuzt)."))
        self.no_goals.setWordWrap(True)
        self.goal_trend = TrendView()
        choice = QFormLayout()
        choice.addRow(buddy_label(tr("Ziel"), self.goal_choice), self.goal_choice)
        layout.addLayout(choice)
        layout.addWidget(self.no_goals)
        layout.addWidget(self.goal_trend, 1)
        page = scrolling(layout)
        page.setFocusProxy(self.goal_choice)
        return page

    def _fill_goals(self, goals: list[handover_deputy_work.DeputyGoalRow]) -> None:
        """The handed goals into the choice, the one chosen before kept."""
        chosen = self.goal_choice.currentData()
        self.goal_choice.blockSignals(True)
        self.goal_choice.clear()
        for goal in goals:
            self.goal_choice.addItem(f"{goal.person} · {goal.case} · {goal.text}", goal.id)
        self.goal_choice.setCurrentIndex(max(self.goal_choice.findData(chosen), 0))
        self.goal_choice.blockSignals(False)
        self.no_goals.setVisible(not goals)
        self.goal_choice.setEnabled(bool(goals))
        self.goal_trend.setVisible(bool(goals))
        self._show_goal_trend()

    def _show_goal_trend(self) -> None:
        goal_id = self.goal_choice.currentData()
        try:
            trend = handover_deputy_work.goal_trend(self.pkg, goal_id) if goal_id else None
        except (svc.PackageError, UserError) as err:
            self.status.setText(str(err))
            trend = None
        self.goal_trend.set_trend(trend)

    def _show_contact_detail(self) -> None:
        chosen = self._chosen_id(self.contacts, self.contacts_model)
        contact = next((k for k in (self.view.contacts if self.view else ())
                        if k.id == chosen), None)
        text = " · ".join(f"{field_tr(label)}: {entry}" for label, entry in contact.coded) \
            if contact is not None else ""
        self.contact_detail.setText(text)
        self.contact_detail.setAccessibleDescription(text)
        self.contact_detail.setVisible(bool(text))

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = {view: self._chosen_id(view, model) for view, model in self._tables()}
        view = self.view = handover_deputy_work.deputy_overview(self.pkg)
        for model in self._models():
            model.removeRows(0, model.rowCount())
        self._fill_persons_and_cases(view)
        self._fill_dated(view)
        self._fill_documents(view)
        # notes of appointments go along only where she ticked them: no empty column
        self.appts.setColumnHidden(5, not any(a.note for a in view.appointments))
        self.contacts.setColumnHidden(7, not any(k.note for k in view.contacts))
        for table, model in self._tables():
            self._select(table, model, chosen.get(table))
        self._fill_goals(view.goals)   # her new rating shows in the trend at once

    def _fill_persons_and_cases(self, view) -> None:
        names = self.ctx.show_names
        for p in view.persons:
            name = (p.name if names else HIDDEN_NAME) if p.name else "–"
            _row(self.persons_model, [p.pseudonym, name, p.class_label, p.school,
                                      p.guardian_contact or "–",
                                      *(entry or "–" for entry in p.declared)], p.id)
        for c in view.cases:
            _row(self.cases_model, [c.person, fmt_date(c.opened), c.title], c.id)

    def _fill_dated(self, view) -> None:
        for a in view.appointments:
            _row(self.appts_model, [fmt_date(a.day), f"{a.start}–{a.end}", a.person, a.room,
                                    APPOINTMENT_STATUS.label(a.status), a.note], a.id)
        for d in view.deadlines:
            _row(self.deadlines_model, [fmt_date(d.due) if d.due else tr("ohne Frist"),
                                        d.person, d.next_step_label], d.procedure_id)
        for k in view.contacts:
            _row(self.contacts_model, [
                fmt_date(k.day), k.time, k.person, k.case or tr("ohne Fall"),
                CONTACT_KINDS.label(k.kind), tr("{0} Min.").format(k.duration_min),
                ", ".join(TOPICS.label(t) for t in k.topics), k.note], k.id)

    def _fill_documents(self, view) -> None:
        self._documents = handover_deputy_work.deputy_documents(self.pkg)
        pseudonyms = {p.id: p.pseudonym for p in view.persons}
        for doc in self._documents:
            _row(self.docs_model, [doc.title, DOCUMENT_KINDS.label(doc.kind), fmt_date(doc.day),
                                   pseudonyms.get(doc.person_id, "–"),
                                   tr("von Ihnen hinzugefügt") if doc.written_by
                                   else tr("von der Kollegin")], doc.id)

    def _models(self) -> tuple[QStandardItemModel, ...]:
        return (self.persons_model, self.cases_model, self.appts_model,
                self.deadlines_model, self.contacts_model, self.docs_model)

    def _tables(self):
        return ((self.persons, self.persons_model), (self.cases, self.cases_model),
                (self.appts, self.appts_model), (self.deadlines, self.deadlines_model),
                (self.contacts, self.contacts_model), (self.docs, self.docs_model))

    @staticmethod
    def _chosen_id(table, model: QStandardItemModel) -> str | None:
        rows = table.selectionModel().selectedRows()
        return model.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    @staticmethod
    def _select(table, model: QStandardItemModel, record_id: str | None) -> None:
        """Select the row of ``record_id`` again (else the first row)."""
        for r in range(model.rowCount()):
            if model.item(r, 0).data(Qt.ItemDataRole.UserRole) == record_id:
                table.selectRow(r)
                return
        if model.rowCount():
            table.selectRow(0)

    def _toggle_names(self, on: bool) -> None:
        self.ctx.show_names = on
        self._name_names_button(on)
        self.refresh()

    def _name_names_button(self, shown: bool) -> None:
        """The toggle says what pressing it does: show the names, or hide them again."""
        self.names_button.setText(tr("Namen ver&bergen") if shown else tr("Namen an&zeigen"))
        self.names_button.setAccessibleName(tr("Namen verbergen") if shown
                                            else tr("Namen anzeigen"))

    # -- what is chosen ------------------------------------------------------------------
    @property
    def overview(self) -> handover_deputy_work.DeputyOverview:
        """The package's contents as shown (read by ``refresh`` when the window opens;
        gone only once it has closed)."""
        assert self.view is not None
        return self.view

    def selected_person(self) -> str | None:
        """The person of the row chosen on the tab she is on (Personen, Fälle, Termine,
        Fristen); on the other tabs the one chosen under „Personen“."""
        page = self.tabs.currentIndex()
        view = self.overview
        if page == 1:
            case_id = self._chosen_id(self.cases, self.cases_model)
            return next((c.person_id for c in view.cases if c.id == case_id), None)
        if page == 2:
            appt_id = self._chosen_id(self.appts, self.appts_model)
            return next((a.person_id for a in view.appointments if a.id == appt_id), None)
        if page == 3:
            proc_id = self._chosen_id(self.deadlines, self.deadlines_model)
            return next((d.person_id for d in view.deadlines if d.procedure_id == proc_id),
                        None)
        if self.tabs.widget(page) is self.goals_page:
            goal_id = self.goal_choice.currentData()
            return next((g.person_id for g in view.goals if g.id == goal_id), None)
        return self._chosen_id(self.persons, self.persons_model)

    def selected_appointment(self) -> str | None:
        return self._chosen_id(self.appts, self.appts_model)

    # -- entries -------------------------------------------------------------------------
    def _open_entry(self, dialog: _Entry, written) -> _Entry:
        """Show ``dialog``; when it has written, the window says ``written(entry)``."""
        def done() -> None:
            self.status.setText(written(dialog.written))
            self.refresh()

        dialog.accepted.connect(done)
        self._entry_dialog = open_deleting(dialog)
        return dialog

    @property
    def entry_dialog(self) -> _EntryDialog | None:
        """The entry dialog open now; None once it closed (Qt deleted it)."""
        return alive(self._entry_dialog)

    def add_contact(self) -> DeputyContactDialog:
        def write(d: DeputyContactDialog):
            return handover_deputy_work.deputy_add_contact(self.pkg, d.entry())

        def said(contact) -> str:
            person = next((p.pseudonym for p in self.overview.persons
                           if p.id == contact.person_id), "")
            return tr("Kontakt erfasst: {0} mit {1} am {2}, {3} Min.").format(
                CONTACT_KINDS.label(contact.kind), person, fmt_date(contact.day),
                contact.duration_min)

        return self._open_entry(DeputyContactDialog(
            self.overview, self.selected_person(), write, self, show_names=self.ctx.show_names,
            goals_of=lambda case_id: handover_deputy_work.case_goals(self.pkg, case_id)),
            said)

    def add_appointment(self) -> DeputyAppointmentDialog:
        def write(d: DeputyAppointmentDialog):
            return handover_deputy_work.deputy_add_appointment(
                self.pkg, d.person_id(), d.day.value(), d.start.time().toString("HH:mm"),
                d.end.time().toString("HH:mm"), room=d.room.text(), note=d.note.text())

        def said(appt) -> str:
            return tr("Termin eingetragen: {0} {1}–{2}.").format(fmt_date(appt.day),
                                                                 appt.start, appt.end)

        return self._open_entry(DeputyAppointmentDialog(
            self.overview, self.selected_person(), write, self, show_names=self.ctx.show_names),
            said)

    def set_status(self, status: str) -> None:
        """Mark the appointment chosen under „Termine“ (wahrgenommen, abgesagt, …)."""
        appt_id = self.selected_appointment()
        if appt_id is None:
            self.status.setText(tr("Bitte zuerst unter „Termine“ einen Termin wählen."))
            return
        try:
            appt = handover_deputy_work.deputy_set_appointment_status(self.pkg, appt_id, status)
        except svc.PackageError as err:
            self.status.setText(str(err))
            return
        self.status.setText(tr("Termin am {0} {1}: {2}.").format(
            fmt_date(appt.day), appt.start, APPOINTMENT_STATUS.label(appt.status)))
        self.refresh()
        self.appts.setFocus()

    # -- the return ----------------------------------------------------------------------
    def _return_meaning(self) -> str:
        """What a return means, in one sentence under the table."""
        who = self.info.meta.get("for_name") or tr("die Kollegin")
        until = fmt_date(self.info.expires - timedelta(days=1)) if self.info.expires else "–"
        return tr("Eine Rückgabe bringt Ihre Kontakte und Termine zu {0}. Sie können bis zum "
                  "{1} weitere schreiben; jede bringt nur, was neu ist. Die letzte Rückgabe "
                  "(angekreuzt) beendet die Vertretung.").format(who, until)

    def choose_return(self) -> None:
        path = choose_target_folder(self, tr("Rückgabe speichern in"), self.path.parent)
        if path:
            self.write_return(Path(path))

    def write_return(self, target: Path) -> None:
        """Write the return into ``target`` (a folder: the next free name there); the
        path written is shown."""
        self.pkg.close()
        self.pkg = None
        path, key_text = self.path, self._key_text
        last = self.last_box.isChecked()

        def write(conn=None):
            result = handover_deputy_work.write_return(path, key_text, target, vault=conn,
                                                       last=last)
            if conn is not None:  # her app deletes it at the expiry
                svc.register_return(conn, result)
            return result

        try:  # through the runner: the handover panel's list follows
            result = self.ctx.apply(write) if self.ctx.is_unlocked else write()
            counts = rules.count_text(result.counts)
            self.status.setText(tr("Rückgabe geschrieben: {0} ({1}). Bitte der Kollegin "
                                   "geben.").format(result.path, counts)
                                + (" " + tr("Es ist die letzte Rückgabe: ihr Einlesen beendet "
                                            "die Vertretung.") if last else ""))
        except svc.PackageError as err:
            self.status.setText(str(err))
        try:
            self.pkg, _ = svc.open_package(self.path, self._key_text, writable=True)
        except svc.PackageError as err:  # e.g. expired meanwhile: deleted by the opening
            said = " ".join(t for t in (self.status.text(), str(err)) if t)
            self.status.setText(said)
            self.ctx.status_message.emit(said)   # the window closes; her main window says it
            self.close()

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt
        self._drop()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._drop()
        super().done(result)

    def _close_at_lock(self) -> None:
        """Her vault locks: the package connection and the key go now (the main window
        may already have hidden this window); ``window_open`` stays set in her vault, so
        the window comes back after the unlock."""
        self._drop()
        self.close()

    def _drop(self) -> None:
        if self.pkg is not None and self.ctx.is_unlocked:   # closed by her, not by a lock
            self.ctx.apply(svc.close_received_window, self.info.package_id)
        if self.entry_dialog is not None:  # closed without asking: the package goes
            QDialog.reject(self.entry_dialog)
        self._entry_dialog = None
        if self.pkg is not None:
            self.pkg.close()
            self.pkg = None
        self._key_text = ""
        self.view = None
        for model in self._models():
            model.removeRows(0, model.rowCount())
        self.goal_choice.clear()
        self.goal_trend.set_trend(None)
