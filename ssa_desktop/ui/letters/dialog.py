"""Brief erstellen: kind, record, template, address → preview → print, save, keep.

Three steps: she chooses the kind (and the appointment, consent, partner or offer it is
made from), checks the preview, then prints it, saves it where she chooses or keeps it
in the vault. The letter is made in memory (``services.letters.make``); printing paints
the built-in letter's pages straight onto the printer (``slip_painter``), so no file
with her data is written unless she saves one, and that one atomically. Saving runs on
the one runner (``services.letters.save_letter``, a letter child of its own): her window
keeps working, the buttons that would save twice are off, and closing meanwhile asks
„Der Brief wird noch geschrieben“ (``KeepingDialog``: „Warten“ closes once it is whole).
With her own template, typing in the address or salutation previews once after the
typing (``own_preview``), off the GUI thread; an answer for older text is dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain import letters as dl
from ...domain.catalogues import LEGAL_BASES
from ...domain.errors import UserError
from ...services import letter_templates as store
from ...services import letters as svc
from ...services import persons
from ..background import start_task
from ..common.button_row import end_button_row
from ..common.combos import make_combo
from ..common.dialog_buttons import default_button
from ..common.files import choose_open_file, save_path_chooser
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import make_button
from ..common.labels import name_window
from ..common.message_line import MessageLine
from ..common.messages import ask_yes_no, show_error, user_message
from ..common.modal import modal, run_modal
from ..common.picture_label import PictureLabel
from ..common.step_bar import StepBar
from ..common.text_boxes import make_line_edit, make_text_box
from ..i18n import translator
from ..memory import give_back_when_gone
from ..notes.form_draft import FormDraft
from ..reports.slip_painter import PREVIEW_WIDTH, preview_image, print_pages
from .own_preview import LatestPreview, SharedChild
from .saving import SavingDialog, logged_sentence

if TYPE_CHECKING:  # Qt's printing library loads when she prints, not with the dialog
    from PySide6.QtPrintSupport import QPrinter

tr = translator("Letters")

BUILTIN = ""   # the template combo's data for the built-in letter
OUTSIDE = "outside"   # the recipient combo's data: not the person or a guardian
GUARDIANS = "guardians"   # to her guardians: their recorded postal address is proposed
OWN = "own"    # … for the file she picked; "stored:<id>" for one of her kept templates
STORED = "stored:"


def letter_preview() -> tuple[PictureLabel, QScrollArea, MessageLine]:
    """A letter's preview (an image in a scroll area, painted from it: not kept in Qt's
    pixmap cache once the dialog is gone) and the message line that says what keeps it from
    being made or what happened (heard when it appears); the single letter's dialog and the
    serial letter's share them."""
    preview = PictureLabel()
    preview.setAccessibleDescription(tr("Vorschau"))
    preview.setWordWrap(True)
    preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    scroll = QScrollArea()
    scroll.setWidget(preview)
    scroll.setAccessibleName(tr("Vorschau"))
    scroll.setWidgetResizable(True)
    scroll.setMinimumSize(PREVIEW_WIDTH + 40, 200)
    problem = MessageLine()
    problem.setAccessibleDescription(tr("Hinweis"))
    return preview, scroll, problem


class LetterDialog(SavingDialog):
    """Make one letter for ``person_id`` – or, from a group or open offer
    (``person_id`` None), for the person she chooses; ``message`` says what happened."""

    preview_shown = Signal()   # a preview (or why there is none) of the latest choices

    def __init__(self, ctx, person_id: str | None, parent: QWidget | None = None, *,
                 kind: str = "invitation", source_id: str = ""):
        super().__init__(parent)
        self.ctx, self.fixed_person = ctx, person_id
        self.wanted_source = source_id
        self.made: svc.MadeLetter | None = None
        self._may_go_out = True   # the letter's disclosure, if any, is allowed
        # the child that fills the letter's texts (the sandbox stays out of the GUI):
        # started with the first letter, ended when the dialog closes
        # her own template's preview runs in it too, coalesced, on the runner's pool
        # (``own_preview.LatestPreview``): an answer for older choices is dropped
        self.letter_child = SharedChild()
        self.latest = LatestPreview(self, self.letter_child, self._own_work, self._own_shown)
        self.finished.connect(self.latest.end)   # and with it the child
        self._reading_template = False
        self._said_at = -1   # the choices (``latest.generation``) her kept template was said at
        self._kept_at = -1   # the choices (``latest.generation``) the letter was kept at
        self._chosen_before: str | None = None   # the template shown when she chose her file
        # her own template's last preview was made (refused or not yet previewed: it is
        # not offered for keeping – before, she could press „merken“ and only then be refused)
        self._own_good = False
        self._focus_moved_to: QWidget | None = None   # where Qt put her focus while it was read
        self.template: tuple[str, bytes, str] | None = None   # (name, data, "docx"|"pdf")
        # Replaceable in tests (the real dialogs are modal and talk to the system).
        self.save_path_chooser = save_path_chooser(self, tr("Brief speichern"),
                                                   tr("PDF oder DOCX (*.pdf *.docx)"))
        self.template_chooser = lambda: choose_open_file(
            self, tr("Eigene Vorlage wählen"), tr("Vorlagen (*.docx *.pdf)"))
        self.printer_chooser = self._choose_printer
        self.name_chooser = self._choose_name
        name_window(self, tr("Brief erstellen"))
        give_back_when_gone(self)   # its preview and window go back once it is deleted

        self.person_box = make_combo(tr("Person"), self)  # shown only when she chooses
        if person_id is None:
            for choice in persons.person_choices(ctx.conn):
                self.person_box.addItem(persons.choice_label(choice, ctx.show_names), choice.id)
        self.kind_box = make_combo(tr("Briefart"))
        for key, letter_kind in dl.KINDS.items():
            self.kind_box.addItem(tr(letter_kind.title), key)
        self.source_box = make_combo(tr("Bezug"))
        self.template_box = make_combo(tr("Vorlage"))
        self.template_box.addItem(tr("Eingebauter Brief"), BUILTIN)
        self.template_button = make_button(tr("Eigene &Vorlage …"),
                                           tr("Eigene Vorlage wählen (DOCX oder PDF-Formular)"),
                                           self.choose_template)
        self.keep_template_button = make_button(
            tr("Vorlage im Tresor &merken …"),
            tr("Gewählte Vorlage mit ihrer Feldzuordnung im Tresor ablegen"), self.keep_template)
        self.manage_button = make_button(tr("Vorlagen ver&walten …"),
                                         tr("Ihre Vorlagen im Tresor verwalten"),
                                         self.manage_templates)
        self.fields_button = make_button(
            tr("Platz&halter …"), tr("Platzhalter dieser Briefart mit ihrer Bedeutung zeigen"),
            self.show_placeholders)
        self.address_box = make_text_box(tr("Anschrift"))
        self.address_box.setTabChangesFocus(True)
        self.address_box.setMaximumHeight(110)
        self.salutation = make_line_edit(tr("Anrede"))
        self.salutation.setText("Sehr geehrte Damen und Herren,")  # the letter is German
        self.recipient_box = make_combo(tr("Empfänger"))
        self.recipient_box.addItem(tr("die Person selbst"), "")
        self.recipient_box.addItem(tr("ihre Erziehungsberechtigten"), GUARDIANS)
        self.recipient_box.addItem(tr("eine andere Stelle (Übermittlung)"), OUTSIDE)
        self.basis_box = make_combo(tr("Rechtsgrundlage der Übermittlung"))
        for entry in LEGAL_BASES:   # catalogue labels stay German, as in Einwilligungen
            self.basis_box.addItem(entry.label, entry.code)
        form = QFormLayout()
        if person_id is None:
            form.addRow(tr("&Person"), self.person_box)
        else:
            self.person_box.hide()
        form.addRow(tr("&Briefart"), self.kind_box)
        form.addRow(tr("Be&zug"), self.source_box)
        form.addRow(tr("Vor&lage"), self.template_box)
        for pair in ((self.template_button, self.keep_template_button),
                     (self.manage_button, self.fields_button)):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button, 1)
            form.addRow("", row)
        form.addRow(tr("&Anschrift"), self.address_box)
        form.addRow(tr("A&nrede"), self.salutation)
        form.addRow(tr("Empfän&ger"), self.recipient_box)
        form.addRow(tr("&Rechtsgrundlage"), self.basis_box)

        self.preview, scroll, self.problem = letter_preview()
        self.save_progress = StepBar(self)    # the save, step by step (hidden otherwise)

        self.print_button = default_button(tr("&Drucken …"), tr("Brief drucken"),
                                           lambda: self.print_letter())
        self.save_button = make_button(tr("&Speichern unter …"),
                                       tr("Brief als Datei speichern"), self.save_file)
        self.keep_button = make_button(tr("Im &Tresor ablegen"),
                                       tr("Brief als Dokument der Person ablegen"), self.keep)
        self.close_button = make_button(tr("Schließen"), tr("Schließen"), self.reject)

        box = QVBoxLayout(self)
        box.addLayout(form)
        self.mapping_box = QGroupBox(tr("Formularfelder zuordnen"))
        self.mapping_form = QFormLayout(self.mapping_box)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.mapping_box.setVisible(False)
        box.addWidget(self.mapping_box)
        box.addWidget(QLabel(tr("Ein Brief enthält nur die Angaben seiner Briefart – nie "
                                "Themen, Notizen, Fälle oder § 8a.")))
        box.addWidget(scroll, 1)
        # the save's progress, what it says and the buttons below the scrolling part:
        # always in sight (at 200 % they were scrolled away)
        whole_window_scrolls(self, (self.save_progress, self.problem, end_button_row(
            self.print_button, self.save_button, self.keep_button, self.close_button)))

        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self._fill_sources()
        self._fill_templates()
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.source_box.currentIndexChanged.connect(self.refresh)
        self.person_box.currentIndexChanged.connect(self._kind_changed)
        self.template_box.currentIndexChanged.connect(self.refresh)
        self.address_box.textChanged.connect(self._text_changed)
        self.salutation.textChanged.connect(self._text_changed)
        self._proposed = ""   # the address last proposed (replaced while she keeps it)
        self.watch_typed_text()   # Esc after her address asks first, until the letter went out
        self.recipient_box.currentIndexChanged.connect(self._propose_address)
        # another person chosen: her guardians' address, not the last person's
        self.person_box.currentIndexChanged.connect(self._propose_address)
        self.recipient_box.currentIndexChanged.connect(self.refresh)
        self.basis_box.currentIndexChanged.connect(self.refresh)
        self.refresh()
        # her address and salutation (with the choices they belong to) survive Strg+L,
        # the auto-lock and Strg+Q as a draft, as a goal's do: the lock closed the dialog
        # and kept nothing; the Übersicht reopens it on her person's page
        self.form_draft = FormDraft(
            ctx, "letter", self,
            [("kind", self.kind_box), ("source", self.source_box),
             ("template", self.template_box), ("recipient", self.recipient_box),
             ("basis", self.basis_box), ("address", self.address_box),
             ("salutation", self.salutation)],
            save=self.keep, title=self.windowTitle(), person_id=person_id or "",
            person_of=lambda: self.person_id, watched=("address", "salutation"))

    def restore_draft(self, draft) -> None:
        """Show the letter kept at lock or quit (opened from the Übersicht)."""
        self.form_draft.restore(draft)

    def typed_text_kept(self, went: list[str] | None = None) -> None:
        """Filed, printed or saved: its draft goes too (a later change is kept again)."""
        super().typed_text_kept(went)
        self.form_draft.drop()

    def reject(self) -> None:
        """Esc / Schließen: asked first (``KeepingDialog``); once she let it go, its draft
        goes too."""
        super().reject()
        if not self.isVisible():
            self.form_draft.drop()
            self.form_draft.stop()

    def typed_texts(self) -> list[str]:
        """Her address and salutation; the address the dialog proposed (her guardians')
        is none of her typing."""
        address = self.address_box.toPlainText()
        return ["" if address == self._proposed else address, self.salutation.text()]

    # -- choices ---------------------------------------------------------------------------
    @property
    def person_id(self) -> str:
        return self.fixed_person or self.person_box.currentData() or ""

    def _propose_address(self) -> None:
        """To her guardians: their postal address recorded on the person, by the serial
        letter's rule (``letters.member_address``); what she typed herself stays."""
        if self.address_box.toPlainText() not in ("", self._proposed) or not self.person_id:
            return
        guardians = self.recipient_box.currentData() == GUARDIANS
        self._proposed = svc.member_address(self.ctx.conn, self.person_id,
                                            to_guardians=True) if guardians else ""
        self.address_box.setPlainText(self._proposed)

    def _fill_sources(self) -> None:
        self.source_box.blockSignals(True)
        self.source_box.clear()
        for source_id, label in svc.sources(self.ctx.conn, self.kind_box.currentData(),
                                            self.person_id):
            self.source_box.addItem(label, source_id)
        wanted = self.source_box.findData(self.wanted_source or self._proposed_source())
        self.source_box.setCurrentIndex(max(0, wanted))
        self.source_box.setEnabled(self.source_box.count() > 0)
        self.source_box.blockSignals(False)

    def _proposed_source(self) -> str:
        """Without a record asked for: her next appointment from today on, else the newest
        (the list runs by day: its first, her oldest, invited to a day long past)."""
        if dl.kind_of(self.kind_box.currentData()).needs != "appointment" or \
                not self.person_id or not self.source_box.count():
            return ""
        coming = svc.next_appointment(self.ctx.conn, self.person_id)
        return coming or self.source_box.itemData(self.source_box.count() - 1)

    def _kind_changed(self) -> None:
        self._fill_sources()
        self._fill_templates()
        self._fill_mapping_choices()
        self.refresh()

    def _fill_templates(self) -> None:
        """The built-in letter, her kept templates of this kind, the file she picked."""
        current = self.template_box.currentData()
        self.template_box.blockSignals(True)
        while self.template_box.count() > 1:
            self.template_box.removeItem(1)
        for kept in store.stored_templates(self.ctx.conn, self.kind_box.currentData()):
            self.template_box.addItem(tr("{0} (im Tresor)").format(kept.name), STORED + kept.id)
        if self.template is not None:
            self.template_box.addItem(self.template[0], OWN)
        self.template_box.setCurrentIndex(max(0, self.template_box.findData(current)))
        self.template_box.blockSignals(False)

    def _build_mapping(self, fields: list[str]) -> None:
        """One choice per field of her PDF form: the placeholder that fills it, or none."""
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_combos = {}
        for name in fields:
            combo = make_combo(tr("Platzhalter für das Feld „{0}“").format(name))
            self.mapping_form.addRow(name, combo)
            self.mapping_combos[name] = combo
            combo.currentIndexChanged.connect(self.refresh)
        self._fill_mapping_choices()
        self.mapping_box.setVisible(bool(fields))

    def _fill_mapping_choices(self) -> None:
        allowed = dl.allowed_fields(dl.kind_of(self.kind_box.currentData()))
        for name, combo in self.mapping_combos.items():
            chosen = combo.currentData() or (name if name in allowed else "")
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("– bleibt leer –"), "")
            for placeholder in allowed:
                combo.addItem(f"{placeholder} – {tr(dl.FIELDS[placeholder])}", placeholder)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def mapping(self) -> dict[str, str]:
        """Her choices for the fields not named like a placeholder."""
        return {name: combo.currentData() for name, combo in self.mapping_combos.items()
                if combo.currentData() and combo.currentData() != name}

    def choose_template(self) -> None:
        """Her DOCX or PDF form: read here (one file), its form fields read in the letter
        child on the runner's pool (``_template_read``); the button waits meanwhile."""
        path = self.template_chooser()
        if not path:
            return
        try:
            kind = svc.template_type(Path(path))
            data = Path(path).read_bytes()
        except (UserError, OSError) as err:
            show_error(self, user_message(err), title=tr("Eigene Vorlage"))
            return
        template = (Path(path).name, data, kind)
        self._chosen_before = self.template_box.currentData()
        if kind != "pdf":
            self._template_read(template, [])
            return
        had_focus = self.template_button.hasFocus()
        self.template_button.setEnabled(False)   # Qt moves her focus on: it comes back
        self._focus_moved_to = QApplication.focusWidget() if had_focus else None
        self.problem.setText(tr("Die Vorlage wird gelesen …"))
        self._reading_template = True
        start_task(   # no connection: the worker only talks to the child
            lambda _conn, _progress: self.letter_child.run(
                lambda child: svc.form_fields(data, child)),
            on_done=lambda fields: self._template_read(template, fields),
            on_error=lambda err: self._template_read(
                template, [], "" if isinstance(err, UserError) else user_message(err)))

    def _template_read(self, template: tuple[str, bytes, str], fields: list[str],
                       problem: str = "") -> None:
        """Her template chosen with its form's fields (none: a DOCX, or a form refused:
        the preview says why); dropped when the dialog has closed meanwhile."""
        self._reading_template = False
        if self.latest.ended:
            return
        self.template_button.setEnabled(True)
        if self._focus_moved_to is not None and QApplication.focusWidget() is self._focus_moved_to:
            self.template_button.setFocus(Qt.FocusReason.OtherFocusReason)   # she stayed
        self._focus_moved_to = None
        if problem:
            self.problem.setText(problem)
            return
        self.template, self._own_good = template, False   # kept once its preview is made
        self._build_mapping(fields)
        self._fill_templates()
        if self.template_box.currentData() == self._chosen_before:
            # (she chose another template while hers was read: hers is offered, not shown)
            self.template_box.blockSignals(True)
            self.template_box.setCurrentIndex(self.template_box.findData(OWN))
            self.template_box.blockSignals(False)
        self.refresh()

    def _choose_name(self, suggested: str) -> str | None:
        """The name she gave (maybe emptied: the service says why not); None: cancelled."""
        name, ok = QInputDialog.getText(self, tr("Vorlage im Tresor merken"),
                                        tr("Name der Vorlage:"), text=suggested)
        return name if ok else None

    def keep_template(self) -> bool:
        """Keep the file she picked (with her mapping) in the vault for this kind."""
        if self.template is None or self.template_box.currentData() != OWN:
            return False
        name = self.name_chooser(Path(self.template[0]).stem)
        if name is None:   # an emptied name and OK was taken for a cancel: nothing said
            return False
        try:
            kept = self.ctx.apply(store.import_template, name, self.kind_box.currentData(),
                                  self.template[1], self.template[2], self.mapping())
        except UserError as err:
            show_error(self, str(err), title=tr("Vorlage im Tresor merken"))
            return False
        self.template = None
        self._build_mapping([])
        self._fill_templates()
        self.template_box.setCurrentIndex(self.template_box.findData(STORED + kept.id))
        self.problem.setText(tr("Vorlage „{0}“ im Tresor abgelegt.").format(kept.name))
        self._said_at = self.latest.generation   # its preview's answer leaves this line
        return True

    def manage_templates(self) -> None:
        from .templates_dialog import LetterTemplatesDialog

        run_modal(LetterTemplatesDialog(self.ctx, self, kind=self.kind_box.currentData()))
        self._fill_templates()
        self.refresh()

    def request(self) -> svc.LetterRequest:
        chosen = self.template_box.currentData() or BUILTIN
        own = self.template if chosen == OWN else None
        return svc.LetterRequest(
            self.kind_box.currentData(), self.person_id, self.source_box.currentData() or "",
            self.address_box.toPlainText(), self.salutation.text(),
            template=own[1] if own else None, template_type=own[2] if own else "",
            mapping=self.mapping() if own else {},
            template_id=chosen[len(STORED):] if chosen.startswith(STORED) else "",
            outside=self.recipient_box.currentData() == OUTSIDE,
            legal_basis=self.basis_box.currentData() or "")

    # -- preview ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """The preview of her choices: the built-in letter now (painted here, a small
        render in the child); her own template on the runner's pool (``latest``)."""
        self.latest.changed()
        self.mapping_box.setVisible(self.template_box.currentData() == OWN
                                    and bool(self.mapping_combos))
        self._enable_keeping()
        self.basis_box.setEnabled(self.recipient_box.currentData() == OUTSIDE)
        if (self.template_box.currentData() or BUILTIN) != BUILTIN:
            self._enable_outputs()   # no print of the last preview's letter meanwhile
            self.latest.ask()
            return
        self._make_now()

    def _make_now(self) -> None:
        """The letter of her latest choices, made on the GUI thread (the built-in
        letter; her own template only when she saves, prints or keeps: ``_settled``)."""
        try:
            made: svc.MadeLetter | None = svc.make(self.ctx.conn, self.request(), tr,
                                                   self.letter_child)
            text = self._filled_fields() if made is not None and not made.pages else ""
            note = _empty_note(made.empty_fields) if made is not None else ""
        except UserError as err:
            self._show(None, str(err))
        else:
            self._show(made, note, text)

    def _show(self, made: svc.MadeLetter | None, problem: str, text: str = "") -> None:
        """Show ``made`` (its pages, else ``text``: her template's fields) or ``problem``
        as the preview of the latest choices."""
        self.made, may_go_out = made, True
        if made is not None:
            try:
                svc.check_disclosure(self.ctx.conn, self.request())
            except UserError as err:
                may_go_out, problem = False, str(err)
        if not problem and self._said_at == self.latest.generation:
            problem = self.problem.text()   # her template kept a moment ago: it stays said
        # set once: a refusal that stands is not emptied and said again at each keystroke
        self.problem.setText(problem)
        if made is not None and made.pages:
            self.preview.set_image(preview_image(list(made.pages)))
        elif made is not None:
            self.preview.setText(text)
        else:
            self.preview.setText(tr("Keine Vorschau."))
        self._may_go_out = may_go_out
        if self.template_box.currentData() == OWN:
            self._own_good = made is not None
        self._enable_keeping()
        self.latest.mark_shown()   # (a preview still due would show what this shows)
        self._enable_outputs()
        self.preview_shown.emit()

    def _text_changed(self) -> None:
        """A keystroke in the address or salutation: the built-in letter is previewed at
        once (in-process painting, a small render in the child); her own template once
        she pauses (``latest``), off the GUI thread."""
        if (self.template_box.currentData() or BUILTIN) == BUILTIN:
            self.refresh()
            return
        self.latest.changed(wait=True)

    def _own_work(self):
        """On the GUI thread: her template's request and values read from the vault; the
        work that fills and checks it in the child on the worker."""
        request, values = svc.own_request(self.ctx.conn, self.request(), tr)
        return lambda child: _own_letter(request, values, child)

    def _own_shown(self, answer: tuple[svc.MadeLetter, str] | None, problem: str) -> None:
        if answer is None:
            self._show(None, problem)
        else:
            self._show(answer[0], "", answer[1])

    def _settled(self) -> None:
        """Before she prints, saves or keeps: the letter of her latest choices, made now if
        its preview is still to come (``_show`` marks it shown: a late answer is dropped)."""
        if self.latest.pending:
            self._make_now()

    def _enable_keeping(self) -> None:
        """„Vorlage im Tresor merken …“ for her own template once its preview was made;
        off while it is refused (the line under the preview says why, heard)."""
        self.keep_template_button.setEnabled(self.template_box.currentData() == OWN
                                             and self._own_good)

    def _enable_outputs(self) -> None:
        """Print, save and keep where the letter allows them, none while a save runs."""
        made, free = self.made, not self.saving
        self.print_button.setEnabled(free and made is not None and bool(made.pages)
                                     and self._may_go_out and not self.latest.pending)
        self.save_button.setEnabled(free and made is not None and self._may_go_out)
        # kept once for these choices: a second press kept the same letter again
        self.keep_button.setEnabled(free and made is not None
                                    and self._kept_at != self.latest.generation)

    def _filled_fields(self) -> str:
        """Her own template: what goes into it (no file is made for a preview)."""
        request, values = svc.own_request(self.ctx.conn, self.request(), tr)
        return _fields_text(request, values, self.letter_child)

    def placeholder_text(self) -> str:
        """The placeholders this kind allows, each with its meaning (from the declaration)."""
        kind = dl.kind_of(self.kind_box.currentData())
        lines = [tr("Platzhalter für „{0}“ (in Ihrer DOCX-Vorlage als {{{{ … }}}}, im "
                    "PDF-Formular als Feldname):").format(tr(kind.title))]
        lines += [f"{name} – {tr(dl.FIELDS[name])}" for name in dl.allowed_fields(kind)]
        return "\n".join(lines)

    def show_placeholders(self) -> None:
        self.preview.setText(self.placeholder_text())
        self.preview.setFocus()

    # -- output ----------------------------------------------------------------------------
    def _choose_printer(self, printer: QPrinter) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        return run_modal(QPrintDialog(printer, self)) == QDialog.DialogCode.Accepted

    def print_letter(self, printer: QPrinter | None = None) -> bool:
        self._settled()   # her template chosen a moment ago: its letter, not the last preview's
        if self.made is None or not self.made.pages:
            return False
        from PySide6.QtGui import QPageLayout, QPageSize  # their enums come when she prints
        from PySide6.QtPrintSupport import QPrinter

        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        printer.setDocName(tr(self.made.title))
        if not self.printer_chooser(printer) or not self._confirm_disclosure():
            return False
        try:
            print_pages(printer, list(self.made.pages))
        except Exception as err:  # noqa: BLE001 - a German sentence, never a traceback
            show_error(self, tr("Der Druck ist fehlgeschlagen: {0}").format(user_message(err)),
                       title=tr("Brief drucken"))
            return False
        self.message = tr("Brief gedruckt.") + self._log_disclosure()
        self.problem.setText(self.message)
        self.typed_text_kept()
        return True

    # -- a letter to another office: a disclosure, with her confirmation -------------------
    def _confirm_disclosure(self) -> bool:
        """True when the letter goes to the person or a guardian, or she confirms that
        it is a disclosure to be logged (its recipient, categories and legal basis)."""
        try:
            seen = svc.check_disclosure(self.ctx.conn, self.request())
        except UserError as err:
            show_error(self, str(err), title=tr("Übermittlung"))
            return False
        if seen is None:
            return True
        return ask_yes_no(self, tr("Dieser Brief geht nicht an die Person oder ihre "
                                   "Sorgeberechtigten. Das ist eine Übermittlung; sie wird im "
                                   "Übermittlungsprotokoll eingetragen: {0}. Fortfahren?")
                          .format(svc.describe_disclosure(seen)),
                          title=tr("Übermittlung"), yes=tr("Fortfahren und eintragen"),
                          no=tr("Abbrechen"))

    def _log_disclosure(self) -> str:
        """Log the disclosure once the letter went out; the sentence that says so."""
        try:
            logged = self.ctx.apply(svc.disclose, self.request())
        except UserError as err:
            show_error(self, str(err), title=tr("Übermittlung"))
            return ""
        return logged_sentence(1 if logged else 0)

    def save_file(self) -> bool:
        """Save the letter where she chooses, on the one runner; True when the save
        started (its end says what happened: ``message``, or her error)."""
        self._settled()
        if self.made is None or self.saving:
            return False
        path = self.save_path_chooser(self.made.file_name)
        if not path or not self._confirm_disclosure():
            return False
        request, made = self.request(), self.made
        self.start_save(
            lambda conn, progress: svc.save_letter(conn, path, request, made, progress),
            "letter", lambda logged: self._saved(path, logged))
        return True

    def _saved(self, path: str, logged: bool) -> None:
        self.message = tr("Brief gespeichert: {0}").format(path) + logged_sentence(
            1 if logged else 0)
        self.problem.setText(self.message)
        self.typed_text_kept()

    def keep(self) -> bool:
        self._settled()
        if self.made is None:
            return False
        chosen = self.template_box.currentData() or BUILTIN
        own = (self.template[0] if chosen == OWN and self.template
               else store.get(self.ctx.conn, chosen[len(STORED):]).name
               if chosen.startswith(STORED) else "")
        try:
            doc = self.ctx.apply(svc.keep, self.request(), self.made, own)
        except UserError as err:
            show_error(self, str(err), title=tr("Im Tresor ablegen"))
            return False
        self.message = tr("Als Dokument abgelegt: „{0}“").format(doc.title)
        self.problem.setText(self.message)
        self._kept_at = self.latest.generation
        self._enable_outputs()
        self.typed_text_kept()
        return True


def _fields_text(request: svc.LetterRequest, values: dict[str, str], child) -> str:
    """The placeholders her template uses (checked in ``child``), each with its value."""
    assert request.template is not None
    names = svc.check_template(request.template, request.template_type, request.kind,
                               request.mapping, child)
    lines = [tr("Ihre Vorlage wird so gefüllt:")]
    lines += [f"{name}: {values.get(name, '')}" for name in sorted(names)]
    return "\n".join(lines)


def _own_letter(request: svc.LetterRequest, values: dict[str, str],
                child) -> tuple[svc.MadeLetter, str]:
    """On the worker: her template filled and its fields' text, both in ``child``."""
    return svc.make_own(request, values, child), _fields_text(request, values, child)


def open_letter_dialog(ctx, person_id: str | None, parent: QWidget | None = None, *,
                       kind: str = "invitation", source_id: str = "", draft=None) -> str:
    """Show the dialog modally (with ``draft``: the letter kept at lock or quit); the
    message of what happened ("" when closed), said in the status bar once."""
    dialog = LetterDialog(ctx, person_id, parent, kind=kind, source_id=source_id)
    if draft is not None:
        dialog.restore_draft(draft)
    with modal(dialog):   # deleted after: no names stay in memory after use
        if dialog.message and not dialog.message_said:
            ctx.status_message.emit(dialog.message)   # once: not again after the wait
        return dialog.message


def _empty_note(empty: tuple[str, ...]) -> str:
    """What the built-in letter leaves empty (``MadeLetter.empty_fields``), said (not
    refused): the small preview hid „Sie erreichen mich unter  oder .“ of a Briefkopf
    never filled in."""
    if not empty:
        return ""
    # the field names are German, as the letter is (``domain.letters.FIELDS``)
    note = tr("Im Brief bleibt leer: {0}").format(", ".join(dl.short_label(name)
                                                          for name in empty))
    if any(name.startswith(("worker.", "traeger.")) for name in empty):
        note += " " + tr("(Ihre Angaben: Einstellungen → Briefkopf)")
    return note + "."
