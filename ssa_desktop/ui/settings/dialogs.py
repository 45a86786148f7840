"""Dialogs of the settings area: school, post with its Stellenumfang, passphrase
change, passphrase prompt and the one-time display of a new emergency key.

Dialogs never lose typed text on a validation error: the error is shown inside the
dialog and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogues import SCHOOL_TYPES
from ...domain.entities import Post, School
from ...domain.errors import UserError
from ...domain.schoolyear import SchoolYear
from ...formatting import fmt_number
from .. import colours
from ..common.closing import KeepingDialog
from ..common.forms import CatalogueCombo
from ..common.key_readout import KeyReadout
from ..common.labels import bind_labels_to_inputs, name_window
from ..common.message_line import MessageLine, add_last, error_line
from ..common.screen_fit import resize_within_screen
from ..common.secret_field import FieldsBeforeToggles, LevelBar, SecretField
from ..common.tab_order import buttons_in_visual_order
from ..i18n import translator
from ..vault.passphrase_widgets import check_passphrase, monospace_key_label
from .option_widgets import BoundedDoubleSpinBox

tr = translator("SettingsDialogs")
# strings of the Schuljahreswechsel keep their feature's context
tr_school_year = translator("SchoolYearDialog")

def strength_labels() -> tuple[str, ...]:
    return (tr("sehr schwach"), tr("schwach"), tr("ausreichend"), tr("gut"), tr("sehr gut"))


def _error_label() -> MessageLine:
    """The red refusal line, hidden until a refusal; put last (``add_last``)."""
    line = error_line()
    line.hide()
    return line


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(ok_text)
    box.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Abbrechen"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(tr("Abbrechen"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class _SavingDialog(KeepingDialog):
    """A dialog whose OK calls ``save``; a German error keeps it open with the input;
    Esc with typed text asks (``common.closing``)."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.watch_typed_text()
        name_window(self, title)
        self.setModal(True)
        self.save: Callable[[], None] | None = None
        self.error = _error_label()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        if self.save is not None:
            try:
                self.save()
            except UserError as err:  # SetupError and other rule violations: German text
                self.show_error(str(err))
                return
        super().accept()


class SchoolDialog(_SavingDialog):
    """Name, Kürzel, Schulart, address and pupil numbers per school year."""

    def __init__(self, school: School | None, pupils: dict[int, int], years: list[int],
                 parent: QWidget | None = None):
        super().__init__(tr("Schule bearbeiten") if school else tr("Schule hinzufügen"), parent)
        self.school = school or School("")
        form = QFormLayout()
        self.name = QLineEdit(self.school.name)
        self.name.setAccessibleName(tr("Name der Schule"))
        self.name.setPlaceholderText(tr("z. B. Gemeinschaftsschule Am Park"))
        form.addRow(tr("&Name"), self.name)
        self.code = QLineEdit(self.school.code)
        self.code.setAccessibleName(tr("Kürzel"))
        form.addRow(tr("&Kürzel"), self.code)
        self.school_number = QLineEdit(self.school.school_number)
        self.school_number.setAccessibleName(tr("Amtliche Schulnummer"))
        self.school_number.setPlaceholderText(tr("8 Ziffern, freiwillig"))
        form.addRow(tr("Schulnu&mmer"), self.school_number)
        self.school_type = CatalogueCombo(SCHOOL_TYPES, accessible_name=tr("Schulart"))
        index = self.school_type.findData(self.school.school_type)
        self.school_type.setCurrentIndex(max(0, index))
        form.addRow(tr("&Schulart"), self.school_type)
        # Schuljahreswechsel: 0 = the school type's default
        self.last_grade = QSpinBox()
        self.last_grade.setRange(0, 13)
        self.last_grade.setSpecialValueText(tr_school_year("Vorgabe der Schulart"))
        self.last_grade.setValue(self.school.last_grade or 0)
        self.last_grade.setAccessibleName(tr_school_year("Letzte Klassenstufe"))
        form.addRow(tr_school_year("&Letzte Klassenstufe"), self.last_grade)
        self.address = QLineEdit(self.school.address)
        self.address.setAccessibleName(tr("Anschrift"))
        form.addRow(tr("&Anschrift"), self.address)
        self.pupils: dict[int, QSpinBox] = {}
        for year in sorted(set(years) | set(pupils)):
            spin = QSpinBox()
            spin.setRange(0, 5000)
            spin.setValue(pupils.get(year, 0))
            label = tr("Schüler:innen {0}").format(SchoolYear(year).label)
            spin.setAccessibleName(label)
            form.addRow(label, spin)
            self.pupils[year] = spin
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, tr("Speichern")))
        add_last(layout, self.error)  # below the buttons: a refusal moves none
        self.name.setFocus()

    def values(self) -> tuple[School, dict[int, int]]:
        self.school.name = self.name.text()
        self.school.code = self.code.text().strip()
        self.school.school_number = self.school_number.text().strip()
        self.school.school_type = self.school_type.currentData() or ""
        self.school.last_grade = self.last_grade.value() or None
        self.school.address = self.address.text().strip()
        return self.school, {year: spin.value() for year, spin in self.pupils.items()}


class PostDialog(_SavingDialog):
    """Bezeichnung, full-time hours, qualification and the Stellenumfang per school in
    one school year."""

    def __init__(self, post: Post | None, schools: list[School], shares: dict[str, float],
                 school_year: int, parent: QWidget | None = None):
        super().__init__(tr("Stelle bearbeiten") if post else tr("Stelle hinzufügen"), parent)
        self.post = post or Post(tr("Stelle Schulsozialarbeit"))
        self.school_year = school_year
        form = QFormLayout()
        self.label = QLineEdit(self.post.label)
        self.label.setAccessibleName(tr("Bezeichnung der Stelle"))
        form.addRow(tr("&Bezeichnung"), self.label)
        self._refused = ""   # a number typed beyond its bounds (said; the dialog stays once)
        self.hours = self._bounded()
        self.hours.setRange(1, 60)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(tr(" Std./Woche"))
        self.hours.setValue(self.post.full_time_hours)
        self.hours.setAccessibleName(tr("Wochenstunden einer Vollzeitstelle"))
        form.addRow(tr("&Vollzeit"), self.hours)
        self.qualification = QLineEdit(self.post.qualification)
        self.qualification.setAccessibleName(tr("Qualifikation"))
        self.qualification.setPlaceholderText(tr("z. B. Soziale Arbeit (B.A.)"))
        form.addRow(tr("&Qualifikation"), self.qualification)
        heading = QLabel(tr("Stellenumfang im Schuljahr {0}").format(SchoolYear(school_year).label))
        heading.setStyleSheet("font-weight: bold;")
        form.addRow(heading)
        self.shares: dict[str, QDoubleSpinBox] = {}
        for school in schools:
            spin = self._bounded()
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setSingleStep(5)
            spin.setSuffix(" %")
            spin.setValue(shares.get(school.id, 0.0))
            spin.setAccessibleName(tr("Stellenumfang an {0}").format(school.name))
            spin.valueChanged.connect(self._update_sum)
            form.addRow(school.name, spin)
            self.shares[school.id] = spin
        self.sum = QLabel()
        self.sum.setAccessibleDescription(tr("Summe Stellenumfang"))
        form.addRow(tr("Summe"), self.sum)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, tr("Speichern")))
        add_last(layout, self.error)  # below the buttons: a refusal moves none
        self._update_sum()
        self.label.setFocus()

    def _bounded(self) -> BoundedDoubleSpinBox:
        """A number field whose number typed beyond its bounds is refused (Qt dropped the
        key that made it too big: „150“ % became 15 % and was saved with Enter)."""
        spin = BoundedDoubleSpinBox()
        spin.refused.connect(self._refuse)
        return spin

    def _refuse(self, reason: str) -> None:
        self._refused = reason   # for the Enter that refused it, not for a later click
        self.show_error(reason)
        QTimer.singleShot(0, lambda: setattr(self, "_refused", ""))

    def accept(self) -> None:
        """The Enter that refused a number keeps the dialog open (the field shows the kept
        value again; the next Enter saves)."""
        if self._refused:
            self._refused = ""
            return
        super().accept()

    def _update_sum(self) -> None:
        total = sum(s.value() for s in self.shares.values())
        hours = total / 100 * self.hours.value()
        self.sum.setText(tr("{0} % · {1} Std./Woche").format(fmt_number(total, 1),
                                                              fmt_number(hours, 2)))

    def values(self) -> tuple[Post, dict[str, float]]:
        self.post.label = self.label.text()
        self.post.full_time_hours = self.hours.value()
        self.post.qualification = self.qualification.text().strip()
        return self.post, {sid: spin.value() for sid, spin in self.shares.items()}


def _password_field(name: str, toggle_name: str = "") -> SecretField:
    """The product's one secret field (no typed character on the bus)."""
    return SecretField(name, toggle_name=toggle_name or tr("{0} anzeigen").format(name))


class ChangePassphraseDialog(QDialog):
    """Old passphrase, new one twice, strength feedback. ``values()`` after accept."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        name_window(self, tr("Passphrase ändern"))
        self.setModal(True)
        form = QFormLayout()
        self.old = _password_field(tr("Bisherige Passphrase"))
        form.addRow(tr("&Bisherige Passphrase"), self.old)
        self.new = _password_field(tr("Neue Passphrase"))
        form.addRow(tr("&Neue Passphrase"), self.new)
        self.repeat = _password_field(tr("Neue Passphrase wiederholen"))
        form.addRow(tr("Neue Passphrase &wiederholen"), self.repeat)
        self.tab_order = FieldsBeforeToggles(self.old, self.new, self.repeat)  # fields first
        form.addRow("", self.tab_order.row)
        # no progress bar: a reader said its "100 percent" on every keystroke
        self.meter = LevelBar(tr("Stärke der neuen Passphrase"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleDescription(tr("Hinweis zur Passphrase"))
        form.addRow(tr("Stärke"), self.meter)
        form.addRow(self.hint)  # the full width: a long hint takes fewer lines
        self.error = _error_label()
        layout = QVBoxLayout(self)
        self.intro = QLabel(tr("Die Passphrase schützt den Tresor auf diesem Gerät. Der "
                               "Notfallschlüssel bleibt gleich."))
        layout.addWidget(self.intro)
        layout.addLayout(form)
        self.buttons = _buttons(self, tr("Passphrase ändern"))
        layout.addWidget(self.buttons)
        add_last(layout, self.error)  # below the buttons: a refusal moves none
        self.new.textChanged.connect(self._update_strength)
        self.repeat.textChanged.connect(self._update_strength)
        bind_labels_to_inputs(self)
        self._update_strength()

    def _update_strength(self) -> None:
        new = self.new.text()
        ok, score, hint = check_passphrase(new) if new else (False, 0, "")
        scheme = colours.current()
        colour = scheme.ok if ok and score >= 3 else scheme.warning if ok else scheme.error
        self.meter.set_level(score if new else 0, colour,
                             strength_labels()[score] if new else "")
        if not new:
            self.hint.setText(tr("Mindestens 10 Zeichen; am besten mehrere Wörter."))
        elif ok:
            self.hint.setText(tr("Stärke: {0}.").format(strength_labels()[score]))
        else:
            self.hint.setText(hint)
        self._ok = ok
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the height the wrapped hint needs at this width (a window does not do
        that by itself for a word-wrapped label)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def validate(self) -> str:
        """'' when the input can be submitted, else a German message."""
        if not self.old.text():
            return tr("Bitte die bisherige Passphrase eingeben.")
        if not self._ok:
            return self.hint.text() or tr("Die neue Passphrase ist zu schwach.")
        if self.new.text() != self.repeat.text():
            return tr("Die beiden neuen Passphrasen stimmen nicht überein.")
        if self.new.text() == self.old.text():
            return tr("Die neue Passphrase ist dieselbe wie die bisherige.")
        return ""

    def accept(self) -> None:
        problem = self.validate()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    def values(self) -> tuple[str, str]:
        return self.old.text(), self.new.text()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.wipe()
        self.deleteLater()  # closed is gone; the caller takes() before that

    def wipe(self) -> None:
        for field in (self.old, self.new, self.repeat):
            field.clear()

    def take(self) -> tuple[str, str]:
        """The old and the new passphrase, once: the fields are emptied."""
        old, new = self.values()
        self.wipe()
        return old, new


class PostHandoverDialog(ChangePassphraseDialog):
    """Übergabe an eine Nachfolge: the current passphrase of the leaving worker,
    the successor's new passphrase twice; what happens is said before it happens."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = tr("Übergabe an eine Nachfolge")
        name_window(self, title)
        intro = self.intro
        intro.setWordWrap(True)
        intro.setText(tr(
            "Die Nachfolge übernimmt die Stelle mit diesem Tresor. Die bisherige Fachkraft "
            "gibt ihre Passphrase ein, die Nachfolge wählt ihre eigene. Danach: neuer "
            "Notfallschlüssel (der Tresor wird neu verschlüsselt, vorher gesichert), das "
            "bisherige Notfallblatt gilt nicht mehr, alle gemerkten Geräte werden "
            "widerrufen. Löschprotokoll, Übermittlungsprotokoll und die Kennzahlen für "
            "Datenpannen bleiben erhalten. Zum Schluss: neues Notfallblatt und "
            "Übergabeprotokoll (ohne Namen) für den Träger."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Übergabe durchführen"))
        ok.setAccessibleName(ok.text())  # a reader hears what the eye reads


class PassphrasePrompt(QDialog):
    """Ask the current passphrase before a sensitive action."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        name_window(self, title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        info = QLabel(text)
        info.setWordWrap(True)
        layout.addWidget(info)
        form = QFormLayout()
        self.passphrase = _password_field(tr("Passphrase"))
        form.addRow(tr("&Passphrase"), self.passphrase)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, tr("Weiter")))
        bind_labels_to_inputs(self)

    def value(self) -> str:
        return self.passphrase.text()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:  # cancelled (Abbrechen, Esc, closed): nothing stays
            self.passphrase.clear()
        self.deleteLater()  # closed is gone; the caller takes() before that

    def take(self) -> tuple[str]:
        """The passphrase, once: the field is emptied."""
        passphrase = self.value()
        self.passphrase.clear()
        return (passphrase,)


class EmergencyKeyDialog(QDialog):
    """Shows the emergency key (a new one once, or the current one after the passphrase),
    with a button to save the emergency sheet."""

    def __init__(self, key_text: str, parent: QWidget | None = None, *, new: bool = True):
        super().__init__(parent)
        title = tr("Neuer Notfallschlüssel") if new else tr("Notfallschlüssel")
        name_window(self, title)
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        if new:
            intro = QLabel(tr("Das ist der neue Notfallschlüssel. Er wird nur jetzt angezeigt. "
                              "Speichern Sie das Notfallblatt, drucken Sie es aus und geben Sie "
                              "es Ihrem Träger. Der bisherige Notfallschlüssel gilt nicht mehr."))
        else:
            intro = QLabel(tr("Das ist der aktuelle Notfallschlüssel dieses Tresors. Speichern "
                              "Sie bei Bedarf das Notfallblatt, drucken Sie es aus und geben "
                              "Sie es Ihrem Träger."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # Fixed lines of four groups, never wrapped: the layout cannot squeeze a line away.
        self.key = monospace_key_label(key_text)
        self.key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.key)
        self.readout = KeyReadout(self.key)
        layout.addWidget(self.readout)
        # A window does not grow for a wrapped label by itself (height for width): the
        # dialog takes the height its labels need.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        box = QDialogButtonBox()
        self.save_sheet = box.addButton(tr("Notfallblatt speichern …"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_sheet.setAccessibleName(tr("Notfallblatt speichern"))
        self.close_button = box.addButton(tr("Schließen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons_in_visual_order(box)
        self.close_button.setAccessibleName(tr("Schließen"))
        box.accepted.connect(self.accept)
        layout.addWidget(box)
        self.buttons = box
        # last: a long „Gespeichert: …“ grows below the buttons (never moves them)
        self.status = add_last(layout, MessageLine())
        self.status.setAccessibleDescription(tr("Status"))
        self.save_sheet.setDefault(True)
        self.confirm: QCheckBox | None = None  # the reminder's box (vault.emergency_reminder)

    def show_status(self, text: str) -> None:
        """A line under the buttons (saved sheet, error); the dialog grows to show it whole
        (``MessageLine``)."""
        self.status.setText(text)

    def done(self, result: int) -> None:
        self.key.clear()  # the key is shown once
        super().done(result)


class FindingsDialog(QDialog):
    """The findings of „Tresor prüfen“ whole, with what to do about them: read-only text
    her keyboard and screen reader are in (arrows, Strg+Ende; Tab goes on to
    „Schließen“), closed with Esc or „Schließen“. The page's message line only counts
    them (a long list could not be read there)."""

    def __init__(self, summary: str, problems: list[str], advice: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        name_window(self, tr("Befunde der Prüfung"))
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(tr("Befunde und was zu tun ist"))
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)   # no keyboard trap
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # a caret her arrows move: a screen reader reads the line it is on
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = [f"• {p}" for p in problems]
        if advice:
            lines += ["", tr("Was zu tun ist:"), *advice]
        self.text.setPlainText("\n".join(lines))
        label = QLabel(tr("&Befunde"))
        label.setBuddy(self.text)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        box = QDialogButtonBox(self)
        self.close_button = box.addButton(tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAccessibleName(tr("Schließen"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        resize_within_screen(self, 760, 520)
        self.text.setFocus()
