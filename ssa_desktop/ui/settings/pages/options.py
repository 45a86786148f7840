"""Einstellungen → Optionen: one editor per vault option, built from the options registry
(``services.settings.editable()``: every declared option except those edited on a screen
of their own, ``settings.ELSEWHERE``). Each editor follows the option's metadata (type,
bounds, unit, choices, label, help); a value is saved when she leaves the field or
presses Enter, through ``services.settings`` (validated, logged). A refused value stays
in its field with the German sentence below; nothing is stored. A number typed beyond its
bounds is said below („… liegt nicht zwischen 1 und 60; es bleibt bei 39.“) and the field
shows the kept value again (``option_widgets._TypedNumber``)."""

from __future__ import annotations

from functools import partial
from typing import Any, cast

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....domain import documents as document_rules
from ....domain import slips as slip_rules
from ....domain.errors import UserError
from ....domain.month_day import MonthDay
from ....domain.options import Option
from ....services import scanner, settings
from ...common.files import choose_source_folder
from ...common.forms import make_button
from ...common.layouts import flow_row
from ...common.lifetime import connect_for
from ...common.messages import ask_yes_no
from ...common.text_boxes import make_line_edit
from ...context import AppContext
from ...i18n import translator
from ..option_widgets import BoundedDoubleSpinBox, option_field
from ..page import SettingsPage, message_line

tr = translator("SettingsArea")

# Section of the page by the option's first name part (its feature).
SECTIONS = {"kvjs": "Statistik und Förderung", "post": "Arbeitszeit",
            "timeshare": "Arbeitszeit", "slips": "Beratungszettel", "documents": "Dokumente"}
OTHER_SECTION = "Weitere Optionen"


class OptionsPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.fields: dict[str, QWidget] = {}      # option name → its editor
        self.labels: dict[str, QLabel] = {}       # option name → its bound row label
        self.buttons: dict[str, dict[Any, QRadioButton]] = {}   # choice options: choice → button
        self._options: dict[str, Option] = {}
        self._loading = False
        self._saved_text: dict[str, str] = {}     # a day's field → the text of its saved value
        outer = QVBoxLayout(self)
        intro = QLabel(tr("Einstellungen dieses Tresors. Eine Änderung gilt sofort und wird "
                          "mit altem und neuem Wert protokolliert."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        # under the intro, by the first (most used) options, not below the last: at 200 %
        # on 1280×720 it lay below the window's edge and only a screen reader told her;
        # a message scrolls it into sight (test_seen_at_640.py)
        self.status = message_line(tr("Meldung zu den Optionen"), into_sight=True)
        outer.addWidget(self.status)
        # no scroll area of its own: the window's scrolls the page whole (one scroll bar,
        # tests/ui/a11y/test_no_nested_scroll.py)
        inner = QWidget()
        form = QFormLayout(inner)
        outer.addWidget(inner, 1)
        section = None
        for option in sorted(settings.editable(), key=_section_order):
            heading = SECTIONS.get(option.name.split(".")[0], OTHER_SECTION)
            if heading != section:
                section = heading
                title = QLabel(f"<b>{tr(heading)}</b>")
                form.addRow(title)
            self._add(form, option)
        connect_for(self, ctx.about_to_lock, self._save_typed)   # typed, not yet confirmed: saved

    def _add(self, form: QFormLayout, option: Option) -> None:
        if option is document_rules.SCANNER_FOLDER:
            self._add_scanner_folder(form, option)
            return
        self._options[option.name] = option
        if option.type is MonthDay:
            editor = make_line_edit(tr(option.label), tr("TT.MM."))
            editor.setToolTip(tr(option.help))
            editor.setAccessibleDescription(tr(option.help))
            editor.editingFinished.connect(lambda o=option, e=editor: self._save_text(o, e))
            label = QLabel(tr(option.label))
            label.setBuddy(editor)
            form.addRow(label, editor)
            self.fields[option.name] = editor
            self.labels[option.name] = label
            return
        texts = ({c: tr(t) for c, t in slip_rules.NAME_FORMAT_LABELS.items()}
                 if option is slip_rules.NAME_FORMAT else None)
        made = option_field(option, option.default,
                            partial(self._changed, option), choice_labels=texts)
        if isinstance(made.editor, QAbstractSpinBox):
            made.editor.setKeyboardTracking(False)   # saved on Enter or leaving, not per key
            cast(BoundedDoubleSpinBox, made.editor).refused.connect(   # a number out of bounds
                self.status.setText)
            made.editor.editingFinished.connect(
                lambda o=option, m=made: self._save(o, m.value()))
        self.fields[option.name] = made.editor
        if made.buttons:
            self.buttons[option.name] = dict(made.buttons)
        if made.label is not None:
            self.labels[option.name] = made.label
            form.addRow(made.label, made.editor)
        else:
            form.addRow(made.editor)

    def _save_typed(self) -> None:
        """Before the lock drops the key: a number or day typed and not yet confirmed (no
        Enter, not left) is saved as leaving the field would – after the lock it was lost
        without a word. A number beyond its bounds is not taken (the field's kept value)."""
        for name, editor in self.fields.items():
            option = self._options.get(name)
            if option is None:
                continue
            if isinstance(editor, QAbstractSpinBox):
                editor.interpretText()
                self._save(option, cast(QDoubleSpinBox, editor).value())
            elif isinstance(editor, QLineEdit):
                self._save_text(option, editor)

    def _changed(self, option: Option, value: Any) -> None:
        """A check box or a choice: saved at once; a spin box waits for editingFinished."""
        if not isinstance(self.fields.get(option.name), QAbstractSpinBox):
            self._save(option, value)

    def _save(self, option: Option, value: Any) -> bool:
        if self._loading or self.ctx.session is None:
            return False
        if value == settings.get(self.ctx.conn, option):
            return True
        try:
            self.ctx.apply(settings.set_value, option, value)
        except UserError as err:
            self.status.setText(str(err))
            return False
        self.status.setText(tr("„%1“ gespeichert.").replace("%1", tr(option.label)))
        return True

    def _save_text(self, option: Option, editor: QLineEdit) -> None:
        if self._loading or self.ctx.session is None:
            return
        try:
            value = option.from_text(editor.text())
        except UserError as err:
            self.status.setText(str(err))   # the text stays to be corrected; no Tab trap
            return
        editor.setText(value.german())
        if self._save(option, value):
            self._saved_text[option.name] = editor.text()

    def holds_input(self) -> bool:
        """A day typed and not saved (refused, or not yet confirmed)."""
        return bool(self._typed_days())

    def _typed_days(self) -> set[str]:
        return {name for name, text in self._saved_text.items()
                if cast(QLineEdit, self.fields[name]).text() != text}

    def _add_scanner_folder(self, form: QFormLayout, option: Option) -> None:
        """The scanner folder: shown, chosen with the folder picker, or none."""
        self.scanner_folder = make_line_edit(tr(option.label), tr("kein Ordner gewählt"))
        self.scanner_folder.setReadOnly(True)
        self.scanner_folder.setToolTip(tr(option.help))
        self.scanner_folder.setAccessibleDescription(tr(option.help))
        label = QLabel(tr("Scanner-&Ordner"))
        label.setBuddy(self.scanner_folder)
        self.scanner_choose = make_button(tr("Ordner &wählen …"), tr("Scanner-Ordner wählen"),
                                          self.choose_scanner_folder)
        self.scanner_none = make_button(tr("&Keinen"), tr("Keinen Scanner-Ordner"),
                                        lambda: self._set_scanner_folder(""))
        form.addRow(label, self.scanner_folder)
        form.addRow(flow_row(self.scanner_choose, self.scanner_none))
        self.fields[option.name] = self.scanner_folder
        self.labels[option.name] = label

    def choose_scanner_folder(self) -> None:
        path = choose_source_folder(self, tr("Scanner-Ordner wählen"),
                                    self.scanner_folder.text() or None)
        if not path:
            return
        warning = scanner.folder_warning(path)
        if warning and not ask_yes_no(self, warning + "\n\n" + tr("Trotzdem diesen Ordner nehmen?"),
                                      title=tr("Synchronisierter Ordner"),
                                      yes=tr("Trotzdem nehmen"), no=tr("Anderen wählen")):
            self.status.setText(tr("Der Scanner-Ordner wurde nicht geändert."))
            return
        self._set_scanner_folder(path)

    def _set_scanner_folder(self, path: str) -> None:
        if self.ctx.session is None:
            return
        try:
            self.ctx.apply(scanner.set_folder, path)
        except UserError as err:
            self.status.setText(str(err))
            return
        self.scanner_folder.setText(path)
        self.status.setText(tr("„%1“ gespeichert.").replace("%1", tr("Scanner-Ordner")))

    def load(self) -> None:
        if self.ctx.session is not None:
            self.scanner_folder.setText(settings.get(self.ctx.conn, document_rules.SCANNER_FOLDER))
        typed = self._typed_days()   # shown again: what she typed stays in its field
        self._loading = True
        try:
            for name, option in self._options.items():
                value = settings.get(self.ctx.conn, option)
                editor = self.fields[name]
                if isinstance(editor, QLineEdit):
                    self._saved_text[name] = value.german()
                    if name not in typed:
                        editor.setText(value.german())
                elif name in self.buttons:
                    if value in self.buttons[name]:
                        self.buttons[name][value].setChecked(True)
                elif isinstance(editor, QCheckBox):
                    editor.setChecked(bool(value))
                else:
                    cast(QSpinBox | QDoubleSpinBox, editor).setValue(value)
        finally:
            self._loading = False

    def clear(self) -> None:
        self.status.clear()
        self.scanner_folder.clear()
        self._saved_text = {}
        for editor in self.fields.values():
            if isinstance(editor, QLineEdit):
                editor.clear()


def _section_order(option: Option) -> tuple[int, str]:
    order = list(dict.fromkeys([*SECTIONS.values(), OTHER_SECTION]))
    return order.index(SECTIONS.get(option.name.split(".")[0], OTHER_SECTION)), option.name
