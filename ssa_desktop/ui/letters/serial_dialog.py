"""Serienbrief: the group's members (add, end, remove), ticked ones get one letter each.

She ticks members (Leertaste), chooses the kind, the template and to whom the letters go,
checks each address (a member's own, proposed from her record) and the preview of the
current member's letter (with her kept template filled off the GUI thread, of her latest
choices: ``own_preview.LatestPreview``), then prints all letters as one job, saves them as one PDF or
keeps each as a document of its person (``services.letters.make_serial``). Letters to
another office are each a disclosure she confirms once for all; each is logged. Saving
runs on the one runner (``services.letters.save_serial_letter``: one step per letter,
then the join, in a letter child of its own): her window keeps working, the buttons are
off meanwhile, and closing asks „Der Serienbrief wird noch geschrieben“ (``KeepingDialog``).
Each address she corrected is kept per member and „An“ choice: switching „An“ and back
shows hers again, and the letters carry the addresses of the choice shown. Closing after
she changed an address or the salutation asks too, until the letters that carry them are
printed, saved or kept (``typed_texts``, ``typed_text_kept``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import letters as dl
from ...domain.catalogues import LEGAL_BASES
from ...domain.errors import UserError
from ...services import group_members, groups
from ...services import letter_templates as store
from ...services import letters as svc
from ..common.button_row import end_button_row
from ..common.combos import make_combo
from ..common.dialog_buttons import default_button
from ..common.files import save_path_chooser
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import make_button
from ..common.labels import name_window
from ..common.layouts import BesideOrBelow
from ..common.messages import ask_yes_no, show_error
from ..common.modal import modal, run_modal
from ..common.printing import print_failed
from ..common.step_bar import StepBar
from ..common.text_boxes import make_line_edit, make_text_box
from ..i18n import translator
from ..memory import give_back_when_gone
from ..reports.slip_painter import preview_image, print_pages
from .dialog import letter_preview
from .own_preview import LatestPreview, SharedChild
from .saving import SavingDialog, logged_sentence

tr = translator("Letters")

PERSON, GUARDIANS, OUTSIDE = "person", "guardians", "outside"
Whose = tuple[str, str]   # (the „An“ choice, the person id; the office's: OUTSIDE)


class SerialLetterDialog(SavingDialog):
    """Members of ``group_id`` and one letter for each ticked one; ``message`` says what
    happened."""

    preview_shown = Signal()   # a preview (or why there is none) of the latest choices

    def __init__(self, ctx, group_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.group_id = ctx, group_id
        self._ok = False       # the preview's letter was made and may go out
        # the child that fills the letter's texts (the sandbox stays out of the GUI):
        # started with the first letter, ended when the dialog closes; her kept
        # template's preview is filled in it on the runner's pool
        self.letter_child = SharedChild()
        self.latest = LatestPreview(self, self.letter_child, self._own_work, self._show)
        self.finished.connect(self.latest.end)   # and with it the child
        self._said_at = -1   # the choices (``latest.generation``) a save, print or keep ended at
        self._kept: svc.SerialRequest | None = None   # the letters last kept (her choices then)
        # her addresses per „An“ choice: switching it and back shows hers again (clearing
        # them on a switch lost all she had corrected, without a question)
        self.addresses: dict[Whose, str] = {}   # the address she confirmed
        self._proposed: dict[Whose, str] = {}   # the address the dialog filled in
        self._showing: Whose | None = None      # whose address the box shows
        self.save_path_chooser = save_path_chooser(self, tr("Serienbrief speichern"),
                                                   tr("PDF oder DOCX (*.pdf *.docx)"))
        self.printer_chooser = lambda printer: run_modal(QPrintDialog(printer, self)) == (
            QDialog.DialogCode.Accepted)
        group = groups.get_group(ctx.conn, group_id)
        name_window(self, tr("Serienbrief: {0}").format(group.title if group else ""))
        give_back_when_gone(self)   # its preview and window go back once it is deleted

        self.members = QListWidget()
        self.members.setAccessibleName(tr("Mitglieder"))
        self.members.setMinimumHeight(90)
        members_hint = QLabel(tr("Angehakte bekommen einen Brief; die Leertaste setzt den "
                                 "Haken."))
        members_hint.setWordWrap(True)
        self.members.setAccessibleDescription(members_hint.text())
        self.candidates = make_combo(tr("Person aufnehmen"))
        self.add_button = make_button(tr("&Aufnehmen"), tr("Person in die Gruppe aufnehmen"),
                                      self.add_member)
        self.end_button = make_button(tr("Teilnahme &beenden"),
                                      tr("Teilnahme des gewählten Mitglieds heute beenden"),
                                      self.end_member)
        self.remove_button = make_button(tr("&Entfernen"),
                                         tr("Irrtümlich eingetragenes Mitglied entfernen"),
                                         self.remove_member)
        self.all_button = make_button(tr("Alle an&haken"), tr("Alle Mitglieder anhaken"),
                                      lambda: self._tick_all(True))
        # the box's title names the list once; Alt+M takes her to the list, its first field
        # (a label „&Mitglieder“ inside the box „Mitglieder“ showed the word twice)
        members_box = QGroupBox(tr("&Mitglieder"))
        members_layout = QVBoxLayout(members_box)
        members_layout.addWidget(members_hint)
        members_layout.addWidget(self.members, 1)
        add_row = QHBoxLayout()
        add_label = QLabel(tr("Person au&fnehmen:"))
        add_label.setBuddy(self.candidates)
        add_row.addWidget(add_label)
        add_row.addWidget(self.candidates, 1)
        add_row.addWidget(self.add_button)
        members_layout.addLayout(add_row)
        change_row = QHBoxLayout()
        for button in (self.all_button, self.end_button, self.remove_button):
            change_row.addWidget(button, 1)
        members_layout.addLayout(change_row)

        self.kind_box = make_combo(tr("Briefart"))
        for key in svc.SERIAL_KINDS:
            self.kind_box.addItem(tr(dl.kind_of(key).title), key)
        self.template_box = make_combo(tr("Vorlage"))
        self.source_box = make_combo(tr("Kalendertermin"))   # the invitation's, no person
        self.source_box.setToolTip(tr("Ein Termin ohne Person aus dem Kalender, z. B. ein "
                                      "Elternabend"))
        self.recipient_box = make_combo(tr("An"))
        self.recipient_box.addItem(tr("die Person selbst"), PERSON)
        self.recipient_box.addItem(tr("ihre Erziehungsberechtigten"), GUARDIANS)
        self.recipient_box.addItem(tr("eine andere Stelle (Übermittlung)"), OUTSIDE)
        self.basis_box = make_combo(tr("Rechtsgrundlage der Übermittlung"))
        for entry in LEGAL_BASES:   # catalogue labels stay German, as in Einwilligungen
            self.basis_box.addItem(entry.label, entry.code)
        self.address_box = make_text_box(tr("Anschrift"))
        self.address_box.setTabChangesFocus(True)
        self.address_box.setMaximumHeight(100)
        self.salutation = make_line_edit(tr("Anrede"))
        self.salutation.setText("Sehr geehrte Damen und Herren,")  # the letter is German
        form = QFormLayout()
        form.addRow(tr("Br&iefart"), self.kind_box)
        form.addRow(tr("Vor&lage"), self.template_box)
        form.addRow(tr("&Kalendertermin"), self.source_box)
        form.addRow(tr("A&n"), self.recipient_box)
        form.addRow(tr("Rechts&grundlage"), self.basis_box)
        form.addRow(tr("Ans&chrift"), self.address_box)
        form.addRow(tr("An&rede"), self.salutation)
        letter_box = QGroupBox(tr("Brief"))
        letter_layout = QVBoxLayout(letter_box)
        letter_layout.addLayout(form)
        self.form = form
        only = QLabel(tr("Ein Brief enthält nur die Angaben seiner Briefart – nie Themen, "
                         "Notizen, Fälle oder § 8a."))
        only.setWordWrap(True)
        letter_layout.addWidget(only)

        self.preview, scroll, self.problem = letter_preview()
        self.save_progress = StepBar(self)    # the save, step by step (hidden otherwise)

        self.print_button = default_button(tr("&Drucken …"), tr("Alle Briefe drucken"),
                                           lambda: self.print_letters())
        self.save_button = make_button(tr("Als Datei &speichern …"),
                                       tr("Alle Briefe als ein PDF oder eine DOCX-Datei "
                                          "speichern"), self.save_file)
        self.keep_button = make_button(tr("Im &Tresor ablegen"),
                                       tr("Jeden Brief als Dokument seiner Person ablegen"),
                                       self.keep)
        self.close_button = make_button(tr("Schließen"), tr("Schließen"), self.reject)

        left = QVBoxLayout()
        left.addWidget(members_box, 1)
        left.addWidget(letter_box)
        # the choices beside the preview where the width holds both (1280×720), the preview
        # below them on a narrower screen (side by side it scrolled sideways at 200 %)
        top = BesideOrBelow((left, 0), (scroll, 1))
        box = QVBoxLayout(self)
        box.addWidget(top, 1)
        # the save's progress, what it says and the buttons below the scrolling part:
        # always in sight (at 200 % they were scrolled away)
        whole_window_scrolls(self, (self.save_progress, self.problem, end_button_row(
            self.print_button, self.save_button, self.keep_button, self.close_button)))

        self._fill_members()
        self._fill_templates()
        self._fill_sources()
        self.members.itemChanged.connect(self.refresh)
        self.members.currentItemChanged.connect(self._show_address)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.template_box.currentIndexChanged.connect(self.refresh)
        self.source_box.currentIndexChanged.connect(self.refresh)
        self.recipient_box.currentIndexChanged.connect(self._recipient_changed)
        self.basis_box.currentIndexChanged.connect(self.refresh)
        self.address_box.textChanged.connect(self._address_edited)
        self.salutation.textChanged.connect(self._text_changed)
        self._show_address()
        self.watch_typed_text()   # Esc after her addresses asks first, until the letters went out

    def typed_texts(self) -> list[str]:
        """Her salutation and each address she changed, under every „An“ choice (the
        address the dialog filled in itself is none of her typing)."""
        return [self.salutation.text()] + [text for _whose, text in self._her_addresses()]

    def _her_addresses(self) -> list[tuple[Whose, str]]:
        return [(whose, f"{whose[0]}\n{whose[1]}\n{address}")
                for whose, address in sorted(self.addresses.items())
                if address != self._proposed.get(whose, "")]

    def _going_out(self, serial: svc.SerialRequest) -> list[str]:
        """Her texts the letters of ``serial`` carry: the salutation and her addresses
        under this „An“ choice of the members who get one (or the office's)."""
        to = self.recipient_box.currentData()
        carried = {(to, OUTSIDE)} if serial.outside else {(to, p) for p in serial.person_ids}
        return [serial.salutation] + [text for whose, text in self._her_addresses()
                                      if whose in carried]

    # -- members ---------------------------------------------------------------------------
    def _fill_members(self, current: str = "") -> None:
        ticked = set(self.ticked()) if self.members.count() else None
        self.members.blockSignals(True)
        self.members.clear()
        for member in group_members.members(self.ctx.conn, self.group_id):
            text = member.label(self.ctx.show_names)
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            on = member.current if ticked is None else member.person.id in ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, member.person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, member.membership.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, tr("Brief an: {0}").format(text))
            self.members.addItem(item)
            if member.person.id == current:
                self.members.setCurrentItem(item)
        if self.members.currentItem() is None and self.members.count():
            self.members.setCurrentRow(0)
        self.members.blockSignals(False)
        self.candidates.clear()
        for person in group_members.candidates(self.ctx.conn, self.group_id):
            label = person.pseudonym + (f" – {person.display_name}"
                                        if self.ctx.show_names and person.display_name else "")
            self.candidates.addItem(label, person.id)
        self.add_button.setEnabled(self.candidates.count() > 0)
        has = self.members.count() > 0
        self.end_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def ticked(self) -> list[str]:
        return [self.members.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.members.count())
                if self.members.item(r).checkState() == Qt.CheckState.Checked]

    def _tick_all(self, on: bool) -> None:
        for row in range(self.members.count()):
            self.members.item(row).setCheckState(Qt.CheckState.Checked if on
                                                 else Qt.CheckState.Unchecked)

    def _current_member(self) -> tuple[str, str]:
        item = self.members.currentItem()
        if item is None:
            return "", ""
        return item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)

    def _change(self, title: str, fn, *args, current: str = "") -> None:
        try:
            self.ctx.apply(fn, *args)
        except UserError as err:
            show_error(self, str(err), title=title)
            return
        self._fill_members(current)
        self._show_address()

    def add_member(self) -> None:
        person_id = self.candidates.currentData()
        if person_id:
            self._change(tr("Aufnehmen"), group_members.add_member, self.group_id, person_id,
                         current=person_id)
            self.members.setFocus()

    def end_member(self) -> None:
        person_id, member_id = self._current_member()
        if member_id:
            self._change(tr("Teilnahme beenden"), group_members.end_membership, member_id,
                         current=person_id)

    def remove_member(self) -> None:
        person_id, member_id = self._current_member()
        if member_id and (held := group_members.hold_keeps_membership(self.ctx.conn,
                                                                        member_id)):
            show_error(self, held, title=tr("Entfernen"))   # said at once, not asked
            self.members.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if member_id and ask_yes_no(self, tr("Die Teilnahme wird gelöscht (irrtümlich "
                                             "eingetragen). Fortfahren?"),
                                    title=tr("Entfernen"), yes=tr("Entfernen"), no=tr("Abbrechen")):
            for whose in [w for w in self.addresses if w[1] == person_id]:
                del self.addresses[whose]
            self._change(tr("Entfernen"), group_members.remove_member, member_id)

    # -- the letter ------------------------------------------------------------------------
    def _fill_templates(self) -> None:
        self.template_box.blockSignals(True)
        self.template_box.clear()
        kind = self.kind_box.currentData()
        if kind in dl.BUILTIN:
            self.template_box.addItem(tr("Eingebauter Brief"), "")
        for template in store.stored_templates(self.ctx.conn, kind):
            self.template_box.addItem(tr("{0} (im Tresor)").format(template.name),
                                      template.id)
        self.template_box.blockSignals(False)

    def _fill_sources(self) -> None:
        """The appointments without a person an invitation is made from (its row shown
        only for an invitation)."""
        kind = self.kind_box.currentData()
        self.source_box.blockSignals(True)
        self.source_box.clear()
        for key, label in svc.serial_sources(self.ctx.conn, kind):
            self.source_box.addItem(label, key)
        self.source_box.blockSignals(False)
        self.form.setRowVisible(self.source_box, kind == "invitation")

    def _kind_changed(self) -> None:
        self._fill_templates()
        self._fill_sources()
        if self.kind_box.currentData() == "invitation":   # an invitation: to the guardians
            self.recipient_box.setCurrentIndex(self.recipient_box.findData(GUARDIANS))
        self.refresh()

    def _recipient_changed(self) -> None:
        self._show_address()   # hers under this choice, else its proposal

    def _show_address(self, *_args) -> None:
        """The address box shows the current member's address under the „An“ choice
        (or the office's): hers, else the proposal."""
        person_id, _member = self._current_member()
        to = self.recipient_box.currentData()
        outside = to == OUTSIDE
        self._showing = (to, OUTSIDE) if outside else (to, person_id) if person_id else None
        text = self.addresses.get(self._showing) if self._showing else None
        if text is None:
            text = "" if outside or not person_id else svc.member_address(
                self.ctx.conn, person_id, to == GUARDIANS)
            if self._showing:
                self._proposed[self._showing] = text
        self.address_box.blockSignals(True)
        self.address_box.setPlainText(text)
        self.address_box.blockSignals(False)
        self.refresh()

    def _address_edited(self) -> None:
        if self._showing:
            self.addresses[self._showing] = self.address_box.toPlainText()
        self._text_changed()

    def _text_changed(self) -> None:
        """A keystroke in the address or salutation: the built-in letter is previewed at
        once; her kept template once she pauses (``latest``), off the GUI thread."""
        if self.template_box.currentData():
            self.latest.changed(wait=True)
        else:
            self.refresh()

    def serial(self) -> svc.SerialRequest:
        """Her choices: each letter at the address shown under the „An“ choice."""
        to = self.recipient_box.currentData()
        outside = to == OUTSIDE
        people = tuple(self.ticked())
        addresses = ({p: self.addresses.get((to, OUTSIDE), "") for p in people} if outside
                     else {p: a for (on, p), a in self.addresses.items()
                           if on == to and p in people})
        return svc.SerialRequest(self.kind_box.currentData(), self.group_id, people,
                                 self.recipient_box.currentData() == GUARDIANS, addresses,
                                 self.salutation.text(), self.template_box.currentData() or "",
                                 outside, self.basis_box.currentData() or "" if outside else "",
                                 self.source_box.currentData() or "")

    def _preview_serial(self) -> svc.SerialRequest:
        """The serial letter of the current member only (the preview), or of the first
        ticked one."""
        serial = self.serial()
        person_id, _member = self._current_member()
        one = (person_id,) if person_id in serial.person_ids else serial.person_ids[:1]
        return replace(serial, person_ids=one)

    def _preview_request(self) -> svc.LetterRequest:
        """The previewed member's letter, checked: it may go out (else her message)."""
        [request] = svc.serial_requests(self.ctx.conn, self._preview_serial())
        svc.check_serial_disclosures(self.ctx.conn, [request])
        return request

    def refresh(self, *_args) -> None:
        """The preview of her choices: the built-in letter now (painted here, a small
        render in the child); her kept template on the runner's pool (``latest``)."""
        self.basis_box.setEnabled(self.recipient_box.currentData() == OUTSIDE)
        self.latest.changed()
        if self.template_box.currentData():
            self._enable_outputs()   # no print while her template is chosen
            self.latest.ask()
            return
        try:
            made = svc.make(self.ctx.conn, self._preview_request(), tr, self.letter_child)
        except UserError as err:
            self._show(None, str(err))
        else:
            self._show(made, "")

    def _own_work(self):
        """On the GUI thread: the previewed letter's request with her kept template and
        its values read from the vault; the work that fills it in the child."""
        request, values = svc.own_request(self.ctx.conn, self._preview_request(), tr)
        return lambda child: svc.make_own(request, values, child)

    def _show(self, made: svc.MadeLetter | None, problem: str) -> None:
        """Show the preview of her latest choices: ``made`` with how many letters go out,
        or ``problem``."""
        self.latest.mark_shown()
        ok = made is not None
        if made is None:
            self.problem.setText(problem)
            self.preview.setText(tr("Keine Vorschau."))
        else:
            if self._said_at != self.latest.generation:   # a late answer: what was saved stays
                self.problem.setText(tr("%n Brief(e) – die Vorschau zeigt den des gewählten "
                                        "Mitglieds.", n=len(self.ticked())))
            if made.pages:
                self.preview.set_image(preview_image(list(made.pages)))
            elif made.file_type == "docx":
                self.preview.setText(tr("Ihre Word-Vorlage wird je Mitglied gefüllt: eine "
                                        "DOCX-Datei, jeder Brief auf einer neuen Seite "
                                        "(gedruckt wird sie aus Word)."))
            else:
                self.preview.setText(tr("Ihr PDF-Formular wird je Mitglied gefüllt."))
        self._ok = ok
        self._enable_outputs()
        self.preview_shown.emit()

    def _saving(self, on: bool) -> None:
        """What the save, print or keep says at its end stays until she changes a choice:
        her template's preview asked before it may answer later."""
        super()._saving(on)
        if not on:
            self._said_at = self.latest.generation

    def _enable_outputs(self) -> None:
        """Print, save and keep when the letters can be made, none while a save runs."""
        ok = self._ok and not self.saving
        own = self.template_box.currentData() != ""
        why = tr("Briefe aus Ihrer eigenen Vorlage druckt SSA Desktop nicht: „Als Datei "
                 "speichern …“ und mit Word oder dem PDF-Programm drucken.") if own else ""
        self.print_button.setEnabled(ok and not own)
        self.print_button.setToolTip(why)
        self.print_button.setAccessibleDescription(why)
        self.save_button.setEnabled(ok)
        # kept once for these choices (moving to another member changes none): a second
        # press kept every letter again
        self.keep_button.setEnabled(ok and (self._kept is None or self.serial() != self._kept))

    def _requests(self, title: str) -> list[svc.LetterRequest] | None:
        """Who gets a letter (quick reads, asked before anything runs); refused → her
        message, None."""
        try:
            return svc.serial_requests(self.ctx.conn, self.serial())
        except UserError as err:
            show_error(self, str(err), title=title)
            return None

    def _confirm_disclosures(self, requests: list[svc.LetterRequest]) -> bool:
        try:
            seen = svc.check_serial_disclosures(self.ctx.conn, requests)
        except UserError as err:
            show_error(self, str(err), title=tr("Übermittlung"))
            return False
        if not seen:
            return True
        return ask_yes_no(self, tr("Diese {0} Briefe gehen nicht an die Personen oder ihre "
                                   "Erziehungsberechtigten. Jeder ist eine Übermittlung und "
                                   "wird im Übermittlungsprotokoll eingetragen: {1}. "
                                   "Fortfahren?").format(len(seen),
                                                         svc.describe_disclosure(seen[0])),
                          title=tr("Übermittlung"), yes=tr("Fortfahren und eintragen"),
                          no=tr("Abbrechen"))

    def print_letters(self, printer: QPrinter | None = None) -> bool:
        """Print all letters as one job on the one runner (each letter made, its pages
        painted from memory, each disclosure logged with it); True when the print
        started (its end says what happened: ``message``, or her error)."""
        if self.saving or self.template_box.currentData():   # the built-in letter only
            return False
        requests = self._requests(tr("Serienbrief drucken"))
        if not requests:
            return False
        from PySide6.QtGui import QPageLayout, QPageSize  # their enums come when she prints

        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        printer.setDocName(tr("Serienbrief"))
        if not self.printer_chooser(printer) or not self._confirm_disclosures(requests):
            return False

        def op(conn, progress) -> svc.SerialPrinted:
            try:
                return svc.print_serial_letter(
                    conn, requests, lambda pages, steps, begun: print_pages(
                        printer, pages, steps, 80, begun), tr, progress)
            except OSError as err:
                raise print_failed(err) from None

        went = self._going_out(self.serial())
        self.start_save(op, "print", lambda printed: self._printed(printed, went))
        return True

    def _printed(self, printed: svc.SerialPrinted, went: list[str]) -> None:
        self.message = tr("%n Brief(e) gedruckt.", n=printed.letters) + logged_sentence(
            printed.logged, serial=True)
        self.problem.setText(self.message)
        self.typed_text_kept(went)

    def save_file(self) -> bool:
        """Save all letters as one file where she chooses, on the one runner (each letter
        made, joined, written, each disclosure logged); True when the save started (its
        end says what happened: ``message``, or her error)."""
        if self.saving:
            return False
        serial = self.serial()
        try:   # who gets a letter and whether it may go out: quick reads, asked first
            requests = svc.serial_requests(self.ctx.conn, serial)
            name = svc.serial_file_name(self.ctx.conn, serial)
        except UserError as err:
            show_error(self, str(err), title=tr("Serienbrief speichern"))
            return False
        path = self.save_path_chooser(name)
        if not path or not self._confirm_disclosures(requests):
            return False
        went = self._going_out(serial)
        self.start_save(
            lambda conn, progress: svc.save_serial_letter(conn, path, requests, tr, progress),
            "serial", lambda saved: self._saved(saved, went))
        return True

    def _saved(self, saved: svc.SerialSaved, went: list[str]) -> None:
        self.message = tr("%n Brief(e) gespeichert: {0}", n=saved.letters).format(
            str(saved.path)) + logged_sentence(saved.logged, serial=True)
        self.problem.setText(self.message)
        self.typed_text_kept(went)

    def keep(self) -> bool:
        """Keep each letter as a document of its person, on the one runner; True when
        it started."""
        if self.saving:
            return False
        requests = self._requests(tr("Im Tresor ablegen"))
        if not requests:
            return False
        template = self.template_box.currentData() or ""
        name = store.get(self.ctx.conn, template).name if template else ""
        choices = self.serial()
        went = self._going_out(choices)

        def kept(count: int) -> None:
            self._kept = choices
            self._said_kept(count, went)

        self.start_save(lambda conn, progress: svc.keep_serial_letter(
            conn, requests, tr, name, progress), "serial", kept)
        return True

    def _said_kept(self, kept: int, went: list[str]) -> None:
        self.message = tr("%n Brief(e) als Dokumente ihrer Personen abgelegt.", n=kept)
        self.problem.setText(self.message)
        self._enable_outputs()
        self.typed_text_kept(went)


def open_serial_dialog(ctx, group_id: str, parent: QWidget | None = None) -> str:
    """Show the dialog modally; the message of what happened ("" when closed), said in
    the status bar once."""
    dialog = SerialLetterDialog(ctx, group_id, parent)
    with modal(dialog):   # deleted after: no names stay in memory after use
        if dialog.message and not dialog.message_said:
            ctx.status_message.emit(dialog.message)   # once: not again after the wait
        return dialog.message
