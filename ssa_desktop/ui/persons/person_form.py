"""Stammdaten of a person: code required, names optional, validation inline (German)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.catalogues import GENDERS, PERSON_KINDS
from ...domain.entities import Person
from ...domain.school_class import effective_grade, grade_from_class
from ...domain.tables import TABLES
from ...services import notes, schools
from ...services import persons as svc
from .. import colours
from ..common.announce import MessageLabel, announce
from ..common.combos import in_a_list, strg_enter_in_open_list, watch_open_list
from ..common.declared_fields import DeclaredInputs, give_free_letters
from ..common.forms import (
    CatalogueCombo,
    DateField,
    buddy_label,
    commit_selectors,
    refusal,
)
from ..common.labels import bind_labels_to_inputs, label_for_readers
from ..common.layouts import LinesHigh, flow_row, grow
from ..common.lifetime import connect_for
from ..common.message_line import add_last, error_line
from ..common.messages import user_message
from ..common.text_boxes import make_line_edit, make_text_box
from ..common.type_ahead import TypeAheadCombo
from ..common.wrapping_label import LinesHighLabel
from ..context import AppContext
from ..i18n import translator

tr = translator("PersonsArea")
NO_YEAR = 1899
DRAFT_KIND = "person"  # unsaved master data kept across lock and quit


class OptionalDate(QWidget):
    """A check box that enables a German date field (the date is optional)."""

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.check.setAccessibleName(label)
        self.field = DateField(accessible_name=label)
        self.field.setEnabled(False)
        self.check.toggled.connect(self.field.setEnabled)
        layout.addWidget(self.check)
        layout.addWidget(self.field)
        layout.addStretch(1)
        label_for_readers(label, self.field)  # the check box in front is its label
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return self.field.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.field.set_date(value or clock.today())


class PersonForm(QWidget):
    """``load(person_id | None)``, ``save() -> Person | None``; emits ``saved(id)``."""

    saved = Signal(str)
    changed = Signal()
    names_toggled = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person: Person | None = None
        self.dirty = False
        outer = QVBoxLayout(self)
        self._build_fields()
        outer.addLayout(self._build_form())
        self._build_bottom(outer)
        give_free_letters(self._declared_labels, self._form, self.save_button, self.names_button,
                          keys=self.declared.keys())
        bind_labels_to_inputs(self)

        self._fields = {"pseudonym": self.pseudonym, "kind": self.kind, "gender": self.gender,
                        "birth_year": self.birth_year, "grade": self.grade,
                        "school": self.school, "guardian_address": self.guardian_address}
        for edit in (self.pseudonym, self.first_name, self.last_name, self.class_label):
            edit.textEdited.connect(self._mark)
        # an error about the pseudonym goes as soon as she changes it (it stayed, stale,
        # after she had typed a free one)
        self.pseudonym.textEdited.connect(lambda _t: self._clear_error_of("pseudonym"))
        # the Klassenstufe follows the class she types ("5a" → 5, the one rule of
        # domain/school_class.py) unless she entered a grade of her own
        self._derived_grade = 0
        self.class_label.textEdited.connect(self._derive_grade)
        # Return in any single-line field and Ctrl+S anywhere in the form save (UX: Enter
        # saves); the note fields keep Return for new lines.
        for widget in (self.pseudonym, self.first_name, self.last_name, self.class_label,
                       self.kind, self.gender, self.birth_year, self.grade, self.school,
                       self.leaving.check, self.leaving.field, self.school_change.check,
                       self.school_change.field):
            widget.installEventFilter(self)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)
        # Strg+Enter saves too, also from the Bemerkung (as in every multi-line field)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            key = QShortcut(QKeySequence(seq), self)
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.activated.connect(self.save)
        for combo in self.findChildren(QComboBox):
            watch_open_list(combo, self)   # and from an open list (it took Strg+Enter as a
            # pick; Strg+S did nothing)
        for box in (self.guardians, self.guardian_address, self.note):
            box.textChanged.connect(self._mark)
        for spin in (self.birth_year, self.grade):
            spin.valueChanged.connect(self._mark)
        for combo in (self.kind, self.gender, self.school):
            combo.activated.connect(self._mark)
        self.declared.on_change(self._mark)
        for widget in self.declared.widgets.values():
            widget.installEventFilter(self)   # Return saves there too
        # a letter no kind or school fits: said in the error line until it no longer applies
        for name, field in (("kind", self.kind), ("school", self.school)):
            field.refused.connect(lambda reason, n=name: self._show_error(reason, n))
            field.cleared.connect(lambda _reason, n=name: self._clear_error_of(n))
        for opt in (self.leaving, self.school_change):
            opt.check.toggled.connect(self._mark)
            opt.field.dateChanged.connect(self._mark)

    def _derive_grade(self, text: str) -> None:
        if self.grade.value() not in (0, self._derived_grade):
            return                      # her own grade stays
        self._derived_grade = grade_from_class(text) or 0
        self.grade.setValue(self._derived_grade)

    # -- parts ---------------------------------------------------------------------------
    def _build_fields(self) -> None:
        """The input widgets of the master data."""
        self.pseudonym = make_line_edit(tr("Pseudonym (Kürzel), Pflichtfeld"),
                                        tr("z. B. K-17 (Pflicht)"))
        self.first_name = make_line_edit(tr("Vor- / Nachname: Vorname (freiwillig)"))
        self.last_name = make_line_edit(tr("Nachname (freiwillig)"))
        self.kind = TypeAheadCombo(((e.label, e.code) for e in PERSON_KINDS),
                                   accessible_name=tr("Personenart"))
        self.gender = CatalogueCombo(GENDERS, accessible_name=tr("Geschlecht"))
        self.birth_year = QSpinBox()
        self.birth_year.setRange(NO_YEAR, clock.today().year)
        self.birth_year.setSpecialValueText("—")
        self.birth_year.setAccessibleName(tr("Geburtsjahr"))
        self.grade = QSpinBox()
        self.grade.setRange(0, 13)
        self.grade.setSpecialValueText("—")
        self.grade.setAccessibleName(tr("Klassenstufe"))
        self.class_label = make_line_edit(tr("Klasse"), tr("z. B. 7b"))
        self.school = TypeAheadCombo(accessible_name=tr("Schule"))
        self.school.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.leaving = OptionalDate(tr("Abgang am"))
        self.school_change = OptionalDate(tr("Schulwechsel am"))
        self.guardians = make_text_box(tr("Kontakt Erziehungsberechtigte"))
        self.guardians.setFixedHeight(64)
        # the lines of a window envelope's address field (DIN 5008): Return a new line
        self.guardian_address = make_text_box(tr("Anschrift Erziehungsberechtigte"))
        self.guardian_address.setPlaceholderText(tr("Name\nStraße und Hausnummer\nPLZ Ort"))
        self.guardian_address.setFixedHeight(64)
        self.note = make_text_box(tr("Bemerkung zur Person"))
        self.note.setFixedHeight(64)
        # the fields the person declares with ``captured`` (domain/entities.py): a row each
        self.entity: type[Person] = TABLES["person"].entity or Person
        self.declared = DeclaredInputs(self.entity)

    def _build_form(self) -> QFormLayout:
        """The labelled rows (names and guardians hidden until "Namen anzeigen")."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # narrow (200 %): a label stands above its field, never scrolled away from it
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        def row(text: str, widget: QWidget) -> None:
            form.addRow(buddy_label(text, widget), widget)

        row(tr("&Pseudonym *"), self.pseudonym)
        self.names_hidden = QLabel(tr("••• (ausgeblendet)"))
        self.names_hidden.setStyleSheet(f"color: {colours.current().muted};")
        self.names_button = QPushButton(tr("Namen anzeigen"))
        self.names_button.setCheckable(True)
        self.names_button.setAccessibleName(tr("Namen anzeigen"))
        self.names_button.setToolTip(tr("Namen und Kontaktdaten für diese Sitzung anzeigen"))
        self.names_button.toggled.connect(self._toggle_names)
        # each name below the other where the width ends (640×360: side by side with the
        # button they were squeezed to about 35 px each)
        name_box = LinesHigh(flow_row(grow(self.names_hidden), grow(self.first_name),
                                      grow(self.last_name), self.names_button))
        self._name_box = name_box  # its focus proxy follows apply_names
        row(tr("V&or- / Nachname"), name_box)
        row(tr("A&rt"), self.kind)
        row(tr("&Geschlecht"), self.gender)
        row(tr("Geburts&jahr"), self.birth_year)
        row(tr("Klassenst&ufe"), self.grade)
        row(tr("K&lasse"), self.class_label)
        row(tr("S&chule"), self.school)
        row(tr("Abgang"), self.leaving)
        row(tr("Schulwechsel"), self.school_change)
        self._guardians_box, self.guardians_hidden = _masked(self.guardians)
        row(tr("Kontakt &Erziehungsberechtigte"), self._guardians_box)
        self._address_box, self.guardian_address_hidden = _masked(self.guardian_address)
        row(tr("Anschrift Er&ziehungsberechtigte"), self._address_box)
        # all its lines at 200 %: the form has no scroll area of its own
        hint = LinesHighLabel(tr("Daten Dritter – nur was nötig ist; sie werden mit dem Fall "
                                 "gelöscht, spätestens sechs Monate nach dem Ende der Beratung."))
        hint.setStyleSheet(f"color: {colours.current().muted};")
        form.addRow("", hint)
        self._declared_labels = []
        for text, widget in self.declared.rows():   # Alt keys given once all rows are there
            self._declared_labels.append(buddy_label(text, widget))
            form.addRow(self._declared_labels[-1], widget)
        row(tr("Be&merkung"), self.note)
        self._form = form
        return form

    def _build_bottom(self, outer: QVBoxLayout) -> None:
        """Save status, the save button and the error line below them (between the
        fields and the button a long refusal moved the button and was drawn over
        „Bemerkung“; ui/common/message_line.py)."""
        self.error = error_line()
        self.error.hide()
        buttons = QHBoxLayout()
        self.status = MessageLabel()
        self.status.setAccessibleDescription(tr("Speicherstatus"))
        buttons.addWidget(self.status, 1)
        self.save_button = QPushButton(tr("Speichern"))
        self.save_button.setAccessibleName(tr("Stammdaten speichern"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        add_last(outer, self.error)

    def eventFilter(self, obj, event):  # noqa: N802
        if strg_enter_in_open_list(obj, event, self.save, strg_s=True):
            return True
        if in_a_list(obj):   # plain Enter in a list picks its entry (closing it), saves nothing
            return super().eventFilter(obj, event)
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            popup = obj.view() if hasattr(obj, "view") else None
            if popup is None or not popup.isVisible():
                self.save()
                return True
        return super().eventFilter(obj, event)

    def _mark(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self.status.setText(tr("Nicht gespeichert"))
            self.changed.emit()
            if self.autosaver is not None:
                self.autosaver.changed()

    # -- draft: what she typed survives Strg+L, the auto-lock and Strg+Q ------------------
    autosaver = None

    def _start_draft(self) -> None:
        """A fresh autosaver for the person now shown; her draft (if any) is restored."""
        from ..notes.autosave import DraftAutosaver

        if self.autosaver is not None:
            self.autosaver.enabled = False
            self.autosaver.deleteLater()
        self.autosaver = None
        if not self.ctx.is_unlocked:
            return
        ref = self.person.id if self.person is not None else ""
        self.autosaver = DraftAutosaver(self.ctx, DRAFT_KIND, self._draft_data, ref, self)
        if not self._locked_connected:
            connect_for(self, self.ctx.locked, self._keep_draft)
            self._locked_connected = True
        draft = next((d for d in notes.pending_drafts(self.ctx.conn, DRAFT_KIND)
                      if d.ref == ref), None)
        if draft is not None:
            self._restore(notes.draft_data(draft))
            self.autosaver.adopt(draft.id)

    _locked_connected = False

    def _keep_draft(self) -> None:
        if self.autosaver is not None and self.dirty:
            self.autosaver.flush()

    def _draft_data(self) -> dict | None:
        """The raw typed values (nothing resolved or refused while she types)."""
        if not self.dirty:
            return None
        return {
            "pseudonym": self.pseudonym.text(), "first_name": self.first_name.text(),
            "last_name": self.last_name.text(), "kind": self.kind.currentData() or "",
            "gender": self.gender.currentData() or "", "birth_year": self.birth_year.value(),
            "grade": self.grade.value(), "class_label": self.class_label.text(),
            "school": self.school.currentData() or "",
            "leaving": self.leaving.field.text() if self.leaving.check.isChecked() else "",
            "school_change": (self.school_change.field.text()
                              if self.school_change.check.isChecked() else ""),
            "guardians": self.guardians.toPlainText(),
            "guardian_address": self.guardian_address.toPlainText(), "note": self.note.toPlainText(),
            "captured": self.declared.values()}

    def _restore(self, data: dict) -> None:
        self._loading = True
        try:
            self.pseudonym.setText(data.get("pseudonym", ""))
            self.first_name.setText(data.get("first_name", ""))
            self.last_name.setText(data.get("last_name", ""))
            self.kind.set_code(data.get("kind") or "pupil")
            self.gender.set_code(data.get("gender") or "u")
            self.birth_year.setValue(int(data.get("birth_year") or NO_YEAR))
            self.grade.setValue(int(data.get("grade") or 0))
            self.class_label.setText(data.get("class_label", ""))
            index = self.school.findData(data.get("school", ""))
            if index >= 0:
                self.school.setCurrentIndex(index)
            for option, key in ((self.leaving, "leaving"), (self.school_change, "school_change")):
                option.check.setChecked(bool(data.get(key)))
                if data.get(key):
                    option.field.setText(data[key])
                    option.field._edited("")
                    option.field.commit()
            self.guardians.setPlainText(data.get("guardians", ""))
            self.guardian_address.setPlainText(data.get("guardian_address", ""))
            self.note.setPlainText(data.get("note", ""))
            self.declared.restore(data.get("captured", {}))
        finally:
            self._loading = False
        self.dirty = True
        self.apply_names()
        self.status.setText(tr("Entwurf wiederhergestellt – noch nicht gespeichert"))

    _loading = False

    # -- names (shown only when asked) ---------------------------------------------------
    def names_visible(self) -> bool:
        return self.ctx.show_names or self.person is None

    def apply_names(self) -> None:
        """Mask real names and third-party contact data unless names are shown."""
        visible = self.names_visible()
        for edit in (self.first_name, self.last_name):  # hidden, not masked: no length shown
            edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
            edit.setReadOnly(not visible)
            edit.setVisible(visible)
        self.names_hidden.setVisible(not visible)
        for box, hint in ((self.guardians, self.guardians_hidden),
                          (self.guardian_address, self.guardian_address_hidden)):
            box.setVisible(visible)
            hint.setVisible(not visible)
        self.names_button.blockSignals(True)
        self.names_button.setChecked(self.ctx.show_names)
        self.names_button.setVisible(self.person is not None)
        self.names_button.blockSignals(False)
        self._proxy_visible_fields(visible)

    def _proxy_visible_fields(self, visible: bool) -> None:
        """A hidden field is out of the focus chain: the row's label and Tab go to the
        visible field (the name, or "Namen anzeigen" while names are hidden)."""
        self._name_box.setFocusProxy(self.first_name if visible else self.names_button)
        # None takes the proxy away (Qt allows it; the stubs want a widget)
        self._guardians_box.setFocusProxy(self.guardians if visible else None)  # type: ignore[arg-type]
        self._address_box.setFocusProxy(self.guardian_address if visible else None)  # type: ignore[arg-type]

    def _toggle_names(self, on: bool) -> None:
        self.ctx.show_names = on
        self.apply_names()
        self.names_toggled.emit(on)

    # -- loading -------------------------------------------------------------------------
    def _only_school(self) -> str | None:
        offered = schools.choosable(self.ctx.conn, clock.today())
        return offered[0].id if len(offered) == 1 else None

    def _fill_schools(self, current: str | None) -> None:
        self.school.clear()
        self.school.addItem(tr("— keine —"), "")
        for school in schools.choosable(self.ctx.conn, clock.today(), keep=current):
            self.school.addItem(school.name, school.id)
        index = self.school.findData(current or "")
        self.school.setCurrentIndex(max(index, 0))
        # never narrower than its longest school: where the form is narrow (640×360) the
        # row stands below its label instead of cutting „Gemeinschaftsschule Am Lind“
        self.school.setMinimumWidth(self.school.sizeHint().width())

    def load(self, person: Person | None, *, school_id: str | None = None) -> None:
        """Show ``person`` (or an empty form for a new one)."""
        self._loading = True
        try:
            self.person = person
            p = person or self.entity(pseudonym="", school_id=school_id)
            self.pseudonym.setText(p.pseudonym)
            self.first_name.setText(p.first_name)
            self.last_name.setText(p.last_name)
            self.kind.set_code(p.kind)
            self.gender.set_code(p.gender)
            self.birth_year.setValue(p.birth_year or NO_YEAR)
            self._derived_grade = 0
            self.grade.setValue(p.grade or 0)
            self.class_label.setText(p.class_label)
            # a new person starts at her only school (pupils need one; she can change it)
            self._fill_schools(p.school_id if person is not None or p.school_id
                               else self._only_school())
            self.leaving.set_value(p.leaving_date)
            self.school_change.set_value(p.school_change_date)
            self.guardians.setPlainText(p.guardian_contact)
            self.guardian_address.setPlainText(p.guardian_address)
            self.note.setPlainText(p.note)
            self.declared.load(p)
            self._show_error("")
            self.status.clear()
            self.dirty = False
            self.apply_names()
        finally:
            self._loading = False
        self._start_draft()

    def collect(self) -> Person:
        base = self.person or self.entity(pseudonym="")
        year = self.birth_year.value()
        return replace(
            base, pseudonym=self.pseudonym.text(), first_name=self.first_name.text(),
            last_name=self.last_name.text(), kind=self.kind.code() or "pupil",
            gender=self.gender.code() or "u", birth_year=None if year == NO_YEAR else year,
            grade=effective_grade(self.grade.value(), self.class_label.text()),
            class_label=self.class_label.text().strip(),
            school_id=self.school.currentData() or None, leaving_date=self.leaving.value(),
            school_change_date=self.school_change.value(),
            guardian_contact=self.guardians.toPlainText().strip(),
            guardian_address=self.guardian_address.toPlainText().strip(),
            note=self.note.toPlainText().strip(), **self.declared.values())

    def _clear_error_of(self, field: str) -> None:
        if self._error_field == field:
            self._show_error("")

    _error_field = ""

    def _show_error(self, text: str, field: str = "") -> None:
        self._error_field = field if text else ""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        for name, widget in self._fields.items():
            widget.setStyleSheet(f"border: 2px solid {colours.current().error};"
                                 if text and name == field else "")
        wrong = self._fields.get(field)
        if text and wrong is not None:
            wrong.setFocus()

    def save(self) -> Person | None:
        """Validate and save; on an error the typed text stays and the field is marked."""
        refused = commit_selectors(self)
        if refused is not None:  # what is saved is what is on screen
            field = next((n for n, w in self._fields.items() if w is refused), "")
            self._show_error(refusal(refused), field)
            return None
        was_new = self.person is None
        try:
            person = self.ctx.apply(svc.save_person, self.collect())
        except svc.PersonError as err:
            self._show_error(str(err), err.field)
            return None
        except Exception as err:  # noqa: BLE001 - never a traceback to the user
            self._show_error(user_message(err))
            return None
        self._loading = True
        self.person = person
        self.pseudonym.setText(person.pseudonym)
        self._loading = False
        self.dirty = False
        if self.autosaver is not None:
            self.autosaver.flush(saved=True)  # saved: the draft goes
        self._start_draft()
        self._show_error("")
        self.apply_names()
        self.status.setText(self._saved_text(was_new))
        if was_new:  # what she chose, said once (a reader hears it too; no box to close)
            announce(self.status, self.status.text())
        self.saved.emit(person.id)
        return person

    def _saved_text(self, was_new: bool) -> str:
        """"Gespeichert"; for a new person with the kind and school she chose."""
        if not was_new:
            return tr("Gespeichert")
        if not self.school.currentData():
            return tr("Gespeichert: {0}, ohne Schule").format(self.kind.currentText())
        return tr("Gespeichert: {0} an der Schule „{1}“").format(
            self.kind.currentText(), self.school.currentText())

    def discard_draft(self) -> None:
        """She chose "Verwerfen": the typed values and their draft go."""
        self.dirty = False
        if self.autosaver is not None:
            self.autosaver.flush()

    def clear(self) -> None:
        self._keep_draft()  # at lock and quit the typed values stay as a draft
        if self.autosaver is not None:
            self.autosaver.enabled = False
        self._loading = True
        self.person = None
        for edit in (self.pseudonym, self.first_name, self.last_name, self.class_label):
            edit.clear()
        self.guardians.clear()
        self.guardian_address.clear()
        self.note.clear()
        self.declared.restore({})
        self.school.clear()
        self._show_error("")
        self.status.clear()
        self.dirty = False
        self._loading = False


def _masked(field: QWidget) -> tuple[QWidget, QLabel]:
    """A field of other people's data and, below it, the line shown in its place while the
    names are hidden (``apply_names`` shows one of the two)."""
    hidden = QLabel(tr("ausgeblendet – „Namen anzeigen“ blendet sie ein"))
    hidden.setStyleSheet(f"color: {colours.current().muted};")
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field)
    layout.addWidget(hidden)
    return box, hidden
