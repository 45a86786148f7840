"""Verlauf (all contacts of a person, newest first) and Arbeitsnotizen.

A selected contact shows the coded fields she recorded (Ort, Zugang, Weitervermittlung,
Sprachmittlung …: ``domain/recorded.py``), its note with Beobachtung (facts) and Einschätzung
(interpretation) apart, and its corrections with the earlier version (docs/domain.md § 7);
disputed contacts are flagged "bestritten" (§ 84 Abs. 2 SGB X).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogues import CONTACT_KINDS, PARTICIPANT_ROLES, TOPICS
from ...domain.entities import Contact
from ...domain.errors import UserError
from ...domain.recorded import recorded_codes
from ...formatting import escape_html as escape
from ...formatting import fmt_date
from ...services import notes as notes_svc
from .. import colours
from ..common.clipboard import copy_sensitive
from ..common.combos import make_combo
from ..common.dialog_buttons import save_cancel_buttons
from ..common.forms import buddy_label, make_button
from ..common.labels import name_window
from ..common.layouts import LinesHigh, flow_row
from ..common.lifetime import connect_for
from ..common.message_line import add_last, error_line
from ..common.messages import ask_yes_no, show_error, user_message
from ..common.modal import modal_until
from ..common.models import RESIZE_PRECISION, RowsModel
from ..common.tables import hold_rows, make_table_view
from ..common.text_boxes import make_text_box
from ..context import AppContext
from ..i18n import translator
from .person_list import AMBER

tr = translator("PersonsArea")
field_tr = translator("Fields")   # the labels of coded fields, as the forms show them
DISPUTED = "bestritten"


def _preview(contact: Contact) -> str:
    text = " ".join((contact.note or contact.observation or contact.assessment).split())
    return text[:80] + ("…" if len(text) > 80 else "")


def _topics(codes) -> str:
    return ", ".join(TOPICS.label(c) for c in codes)


def written_by(contact: Contact) -> str:
    """"eingetragen von Jana Berger (Vertretung)" for a deputy's entry, else ""."""
    return tr("eingetragen von {0}").format(contact.written_by) if contact.written_by else ""


def _participants(codes) -> str:
    return ", ".join(PARTICIPANT_ROLES.label(c) for c in codes)


def coded_lines(contact: Contact) -> list[str]:
    """„Ort: Hausbesuch“, „Sprachmittlung: …“: each coded field she recorded."""
    return [f"{field_tr(label)}: {entry}" for label, entry in recorded_codes(contact)]


def contact_text(contact: Contact) -> str:
    """The full note as plain text (what "Notiz kopieren" puts on the clipboard)."""
    parts = [f"{fmt_date(contact.day)} {contact.time} · {CONTACT_KINDS.label(contact.kind)}"
             f" · {contact.duration_min} Min."]
    if coded_lines(contact):
        parts.append("\n".join(coded_lines(contact)))
    if contact.written_by:
        parts.append(written_by(contact))
    if contact.disputed:
        parts.append(tr("Achtung: Inhalt bestritten (§ 84 Abs. 2 SGB X)"))
    for label, text in ((tr("Notiz"), contact.note), (tr("Beobachtung"), contact.observation),
                        (tr("Einschätzung"), contact.assessment)):
        if text:
            parts.append(f"{label}:\n{text}")
    return "\n\n".join(parts)


class AnnotationDialog(QDialog):
    """Korrektur: choose the field, edit the text; the earlier version is kept."""

    def __init__(self, contact: Contact, parent: QWidget | None = None):
        super().__init__(parent)
        self.contact = contact
        name_window(self, tr("Korrektur hinzufügen"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Die bisherige Fassung bleibt sichtbar erhalten.")))
        form = QFormLayout()
        self.field = make_combo(tr("Feld"))
        for code, label in notes_svc.FIELD_LABELS.items():
            self.field.addItem(tr(label), code)
        first = next((c for c in ("observation", "assessment", "note") if getattr(contact, c)),
                     "note")
        self.field.setCurrentIndex(self.field.findData(first))
        self.text = make_text_box(tr("Neuer Text (berichtigt)"))
        form.addRow(tr("&Feld"), self.field)
        form.addRow(tr("&Neuer Text"), self.text)
        layout.addLayout(form)
        self.error = error_line()
        buttons = save_cancel_buttons(tr("Korrektur speichern"), self.accept, self.reject)
        layout.addWidget(buttons)
        add_last(layout, self.error)  # below the buttons: a refusal moves none
        self.field.currentIndexChanged.connect(self._load_text)
        self._load_text()
        self.text.setFocus()

    def _load_text(self) -> None:
        self.text.setPlainText(getattr(self.contact, self.field.currentData()) or "")

    def values(self) -> tuple[str, str]:
        return self.field.currentData(), self.text.toPlainText().strip()


class TimelinePanel(QWidget):
    """The contacts of one person and the selected contact's full note."""

    HEADERS = ("Datum", "Zeit", "Art", "Dauer", "Themen", "Notiz", "")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowsModel([tr(h) for h in self.HEADERS[:-1]] + [tr("Hinweis")],
                               self._cell, self, self._background)
        self.table = make_table_view(self.model, tr("Verlauf der Kontakte"), alternating=False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        hold_rows(self.table)  # three contacts at least where the page is low (640×360)

        self.detail = QTextBrowser()
        self.detail.setAccessibleName(tr("Notiz des gewählten Kontakts"))
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(tr("Einen Kontakt wählen, um die Notiz zu lesen."))

        self.annotate_button = make_button(tr("Korrektur hinzufügen …"), tr("Korrektur hinzufügen"), self._ask_annotation)
        self.dispute_button = make_button(tr("Als bestritten markieren"), tr("Als bestritten markieren"), self.toggle_disputed)
        self.copy_button = QPushButton(tr("Notiz kopieren"))
        self.copy_button.setAccessibleName(tr("Notiz kopieren"))
        self.copy_button.setToolTip(tr("Die Zwischenablage wird nach 30 Sekunden geleert."))
        self.copy_button.clicked.connect(self.copy_note)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 1)
        # the buttons wrap where the width ends (640×360 at 200 %: they scrolled sideways)
        lower_layout.addWidget(LinesHigh(flow_row(self.annotate_button, self.dispute_button,
                                                  self.copy_button)))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.empty = QLabel(tr("Noch keine Kontakte. „Kontakt erfassen“ legt den ersten an."))
        self.empty.hide()
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self._set_actions(None)

    # -- model ---------------------------------------------------------------------------
    def _cell(self, c: Contact, column: int) -> str:
        return (fmt_date(c.day), c.time, CONTACT_KINDS.label(c.kind), f"{c.duration_min} Min.",
                _topics(c.topics), _preview(c),
                " · ".join(t for t in (tr(DISPUTED) if c.disputed else "", written_by(c))
                           if t))[column]

    @staticmethod
    def _background(c: Contact, _column: int):
        return AMBER if c.disputed else None

    def load(self, person_id: str | None) -> None:
        keep = self.current_contact()
        self.person_id = person_id
        rows = notes_svc.timeline(self.ctx.conn, person_id) if person_id else []
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        target = 0 if rows else -1
        if keep is not None:
            target = next((i for i, r in enumerate(rows) if r.id == keep.id), target)
        if target >= 0:
            self.table.selectRow(target)
        self._show_selected()

    def current_contact(self) -> Contact | None:
        return self.model.row(self.table.currentIndex())

    def select_contact(self, contact_id: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == contact_id:
                self.table.selectRow(i)
                return

    def _set_actions(self, contact: Contact | None) -> None:
        for b in (self.annotate_button, self.dispute_button, self.copy_button):
            b.setEnabled(contact is not None)
        self.dispute_button.setText(tr("Markierung aufheben") if contact and contact.disputed
                                    else tr("Als bestritten markieren"))

    def _show_selected(self) -> None:
        contact = self.current_contact()
        self._set_actions(contact)
        if contact is None:
            self.detail.clear()
            return
        annotations = notes_svc.annotations_for(self.ctx.conn, contact.id)
        self.detail.setHtml(self.contact_html(contact, annotations))

    @staticmethod
    def contact_html(contact: Contact, annotations) -> str:
        """The shown contact as the detail pane's HTML (not ``render``: that is Qt's
        painting of the widget)."""
        def block(title: str, text: str) -> str:
            body = escape(text).replace("\n", "<br>") if text else "<i>—</i>"
            return f"<h4 style='margin-bottom:2px'>{escape(title)}</h4><p>{body}</p>"

        head = (f"<p><b>{fmt_date(contact.day)} {escape(contact.time)}</b> · "
                f"{escape(CONTACT_KINDS.label(contact.kind))} · {contact.duration_min} Min.")
        if contact.topics:
            head += f"<br>{escape(tr('Themen'))}: {escape(_topics(contact.topics))}"
        if contact.participants:
            head += (f"<br>{escape(tr('Beteiligte'))}: "
                     f"{escape(_participants(contact.participants))}")
        for line in coded_lines(contact):
            head += f"<br>{escape(line)}"
        if contact.written_by:
            head += f"<br><i>{escape(written_by(contact))}</i>"
        head += "</p>"
        html = [head]
        if contact.disputed:
            html.append(f"<p style='background:{colours.current().note_fill}; padding:4px'><b>"
                        + escape(tr("bestritten")) + "</b> – "
                        + escape(tr("Die Richtigkeit wird von der betroffenen Person bestritten "
                                    "(§ 84 Abs. 2 SGB X).")) + "</p>")
        if contact.note:
            html.append(block(tr("Notiz"), contact.note))
        html.append(block(tr("Beobachtung (Fakten)"), contact.observation))
        html.append(block(tr("Einschätzung (fachliche Bewertung)"), contact.assessment))
        if annotations:
            html.append("<h4>" + escape(tr("Korrekturen")) + "</h4>")
            for a in annotations:
                label = notes_svc.FIELD_LABELS.get(a.field_name, a.field_name)
                html.append(
                    f"<p><b>{escape(fmt_date(a.created))} · {escape(tr(label))}</b><br>"
                    f"{escape(tr('Frühere Fassung'))}: <span style='color:{colours.current().muted}'>"
                    f"<s>{escape(a.previous) or '—'}</s></span><br>"
                    f"{escape(tr('Neue Fassung'))}: {escape(a.text)}</p>")
        return "".join(html)

    # -- actions -------------------------------------------------------------------------
    def add_annotation(self, field_name: str, text: str) -> bool:
        contact = self.current_contact()
        if contact is None:
            return False
        try:
            self.ctx.apply(notes_svc.add_annotation, "contact", contact.id, field_name, text)
        except UserError as err:
            show_error(self, str(err))
            return False
        except Exception as err:  # noqa: BLE001
            show_error(self, user_message(err))
            return False
        self.load(self.person_id)
        return True

    def _ask_annotation(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        dialog = AnnotationDialog(contact, self)
        modal_until(dialog, lambda: self.add_annotation(*dialog.values()))

    def toggle_disputed(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        self.ctx.apply(notes_svc.set_disputed, contact.id, not contact.disputed)
        self.load(self.person_id)

    def copy_note(self) -> None:
        contact = self.current_contact()
        if contact is not None:
            copy_sensitive(contact_text(contact))

    def clear(self) -> None:
        self.person_id = None
        self.model.set_rows([])
        self.detail.clear()
        self._set_actions(None)


class WorkingNotesPanel(QWidget):
    """Arbeitsnotizen: visibly temporary, destroyed when finalised (R3)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: str | None = None
        layout = QVBoxLayout(self)
        info = QLabel(tr("Arbeitsnotizen sind persönliche Gedächtnisstützen. Sie werden beim "
                         "Abschließen vernichtet, spätestens nach {0} Tagen.")
                      .format(notes_svc.WORKING_NOTE_DAYS))
        info.setWordWrap(True)
        layout.addWidget(info)
        self.model = RowsModel([tr("Arbeitsnotiz"), tr("Text")], self._cell, self,
                               lambda _n, _c: QColor(colours.current().alternate_base))
        self.table = make_table_view(self.model, tr("Arbeitsnotizen"), fit=(0,),
                                     alternating=False)
        layout.addWidget(self.table, 1)
        self.finalise_button = make_button(tr("Abschließen (vernichten)"), tr("Arbeitsnotiz abschließen und vernichten"), self._finalise_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.finalise_button)
        layout.addLayout(row)
        self.text = make_text_box(tr("Neue Arbeitsnotiz"))
        self.text.setPlaceholderText(tr("Neue Arbeitsnotiz …"))
        self.text.setFixedHeight(72)
        self.add_button = make_button(tr("Arbeitsnotiz hinzufügen"), tr("Arbeitsnotiz hinzufügen"), self.add)
        add_row = QHBoxLayout()
        add_row.addWidget(buddy_label(tr("Neue Arbeitsnotiz"), self.text), 0, Qt.AlignmentFlag.AlignTop)
        add_row.addWidget(self.text, 1)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(add_row)
        # Strg+L, the auto-lock and Strg+Q all lock: a note typed but not added is saved
        # while the key is still there (then the lock clears the field)
        connect_for(self, ctx.about_to_lock, self._keep_typed)

    def _keep_typed(self) -> None:
        if self.person_id and self.text.toPlainText().strip():
            self.add()

    @staticmethod
    def _cell(note, column: int) -> str:
        if column == 0:
            return tr("Arbeitsnotiz – wird gelöscht am {0}").format(fmt_date(note.expires))
        return note.text

    def load(self, person_id: str | None) -> None:
        self.person_id = person_id
        if person_id:
            # housekeeping before showing (R: working notes expire), through the runner
            # when there is any: the Datenschutz area and the search follow
            if notes_svc.working_notes_expired(self.ctx.conn):
                self.ctx.apply(notes_svc.purge_expired_working_notes)
            rows = notes_svc.working_notes(self.ctx.conn, person_id)
        else:
            rows = []
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self.finalise_button.setEnabled(bool(rows))

    def add(self) -> None:
        if not self.person_id:
            return
        try:
            self.ctx.apply(notes_svc.add_working_note, self.text.toPlainText(),
                           person_id=self.person_id)
        except UserError as err:
            show_error(self, str(err))
            return
        self.text.clear()
        self.load(self.person_id)

    def finalise(self, note_id: str) -> None:
        self.ctx.apply(notes_svc.finalise_working_note, note_id)
        self.load(self.person_id)

    def _finalise_selected(self) -> None:
        note = self.model.row(self.table.currentIndex())
        if note is None and self.model.rows:
            note = self.model.rows[0]
        if note is None:
            return
        if ask_yes_no(self, tr("Ist der Inhalt in die Dokumentation übernommen? Die "
                               "Arbeitsnotiz wird unwiderruflich vernichtet."),
                      title=tr("Arbeitsnotiz abschließen"), yes=tr("Vernichten"),
                      no=tr("Abbrechen")):
            self.finalise(note.id)

    def clear(self) -> None:
        self.person_id = None
        self.model.set_rows([])
        self.text.clear()
