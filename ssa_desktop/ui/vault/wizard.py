"""First-run wizard: welcome → location → passphrase → create → emergency key →
school(s) and post. Afterwards ``session`` holds the open vault.

The vault is created off the GUI thread (key derivation plus calibration take about
a second). The emergency key is shown once, in large monospace groups, can be written
to a printable PDF sheet, and is never put on the clipboard; she must confirm she has
kept it safe before going on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain import clock
from ...domain.catalogues import EMPLOYER_TYPES, SCHOOL_TYPES
from ...domain.schoolyear import SchoolYear
from ...formatting import fmt_date, fmt_number
from ...services.session import (
    AMBER,
    DeviceKeyStore,
    OpenVault,
    default_vault_folder,
    holds_vault,
    location_findings,
    takes_new_folder,
)
from ...services.sync_folders import REFUSED, local_export_folder, vault_place
from .. import colours
from ..common.announce import MessageLabel, announce
from ..common.files import choose_save_file, choose_vault_folder
from ..common.forms import CatalogueCombo, buddy_label
from ..common.it_policy import it_set
from ..common.key_readout import KeyReadout
from ..common.labels import bind_labels_to_inputs, label_for_readers, name_by_label
from ..common.message_line import MessageLine, add_last
from ..common.modal import alive, open_deleting
from ..common.screen_fit import resize_within_screen
from ..common.secret_field import SecretField
from ..common.tab_chain import chain_in_order, chain_inside, tab_chain
from ..context import run_in_background
from ..i18n import translator
from .passphrase_rows import add_new_passphrase_rows
from .passphrase_widgets import StrengthMeter, monospace_key_label

if TYPE_CHECKING:
    from ..traeger.kit_dialog import TraegerKitDialog

tr = translator("FirstRunWizard")

PAGE_WELCOME, PAGE_LOCATION, PAGE_PASSPHRASE, PAGE_CREATE, PAGE_EMERGENCY, PAGE_SCHOOLS = range(6)
MAX_SCHOOLS = 3

_WARN_STYLE = {
    "red": (f"QLabel {{ color: {colours.current().error_box_text};"
            f" background: {colours.current().error_box_fill};"
            f" border: 1px solid {colours.current().error_box_border};"
            " border-radius: 4px; padding: 8px; }"),
    "amber": (f"QLabel {{ color: {colours.current().warn_box_text};"
              f" background: {colours.current().warn_box_fill};"
              f" border: 1px solid {colours.current().warn_box_border};"
              " border-radius: 4px; padding: 8px; }"),
}


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(tr("Willkommen bei SSA Desktop"))
        self.setSubTitle(tr("Dokumentation der Schulsozialarbeit — verschlüsselt, nur auf "
                            "diesem Gerät."))
        text = _heading(tr(
            "<p>SSA Desktop hilft Ihnen bei Einzelfallhilfe, Kurzkontakten, Gruppenarbeit, "
            "offenen Angeboten und Vernetzung — bis zu Zeitanteilen und KVJS-Statistik.</p>"
            "<p><b>Ihre Daten bleiben getrennt von Schuldaten.</b> Alles liegt verschlüsselt "
            "in einem Tresor auf diesem Gerät. Das Programm hat keine Netzwerkverbindung; "
            "die Schule hat keinen Zugriff.</p>"
            "<p>In den nächsten Schritten legen Sie fest:</p>"
            "<ol><li>wo der Tresor liegt,</li><li>Ihre Passphrase,</li>"
            "<li>den Notfallschlüssel für Ihren Träger,</li><li>Ihre Schule(n) und Stelle.</li>"
            "</ol><p>Das dauert etwa drei Minuten.</p>"), self)
        text.setTextFormat(Qt.TextFormat.RichText)
        # the Träger's coordinator reads the posts' exports without a vault of her own
        self.kit_button = QPushButton(tr("Träger-Werkzeuge (ohne Tresor) …"), self)
        name_by_label(self.kit_button, self.kit_button.text(), tr("Träger-Werkzeuge ohne Tresor öffnen"))
        self.kit_button.setAutoDefault(False)
        self.kit_button.clicked.connect(self.open_kit)
        self._kit_dialog: TraegerKitDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(self.kit_button, 0, Qt.AlignmentFlag.AlignLeft)

    def open_kit(self) -> None:
        from ..traeger.kit_dialog import TraegerKitDialog  # not on the wizard's first frame

        # kept: an open dialog outlives this call; Qt deletes it once it closes
        self._kit_dialog = open_deleting(TraegerKitDialog(self))

    @property
    def kit_dialog(self) -> TraegerKitDialog | None:
        """The Träger kit while it is open, else None."""
        return alive(self._kit_dialog)


def cannot_create(folder: Path) -> str:
    """Why the vault folder cannot be created there ("" when it can): the path is a file,
    or the nearest existing folder takes no new folder (probed with a temporary folder
    that is removed at once; "/proc/nope" once showed a green tick)."""
    if folder.exists():
        if not folder.is_dir():
            return tr("„{0}“ ist eine Datei, kein Ordner. Bitte einen Ordner wählen.").format(
                folder)
        probe_in = folder
    else:
        nearest = next((p for p in folder.parents if p.exists()), None)
        if nearest is None or not nearest.is_dir():
            return tr("Der Ordner „{0}“ kann nicht angelegt werden.").format(folder)
        probe_in = nearest
    if not takes_new_folder(probe_in):
        return tr("In „{0}“ kann SSA Desktop keinen Ordner anlegen (keine Schreibrechte oder "
                  "kein echter Ordner). Bitte einen Ordner in Ihrem Benutzerverzeichnis "
                  "wählen.").format(probe_in)
    return ""


class LocationPage(QWizardPage):
    def __init__(self, default_folder: Path, parent: QWidget | None = None,
                 *, location_kwargs: dict | None = None):
        super().__init__(parent)
        self.location_kwargs = location_kwargs or {}
        self.setTitle(tr("Wo soll der Tresor liegen?"))
        self.setSubTitle(tr("Am besten im vorgeschlagenen Ordner auf diesem Gerät — nicht auf "
                            "einem Schulserver, Netzlaufwerk oder in einem Cloud-Ordner."))
        self.folder_edit = QLineEdit(str(default_folder), self)
        self.folder_edit.setAccessibleName(tr("Ordner des Tresors"))
        self.choose_button = QPushButton(tr("Anderer Ordner …"), self)
        name_by_label(self.choose_button, self.choose_button.text(), tr("Anderen Ordner wählen"))
        self.choose_button.clicked.connect(self.choose)
        self.default_button = QPushButton(tr("Vorschlag"), self)
        name_by_label(self.default_button, self.default_button.text(), tr("Vorgeschlagenen Ordner verwenden"))
        self.default_button.clicked.connect(lambda: self.folder_edit.setText(str(default_folder)))
        row = QHBoxLayout()
        row.addWidget(buddy_label(tr("Ordner:"), self.folder_edit))
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.default_button)
        self.warnings_box = QVBoxLayout()
        self.warning_labels: list[QLabel] = []
        self.ok_label = QLabel(self)
        self.ok_label.setStyleSheet(f"color: {colours.current().ok};")
        self.ok_label.setWordWrap(True)
        self.override = QCheckBox(tr("Ich habe die Hinweise gelesen und möchte diesen Ordner "
                                     "trotzdem verwenden."), self)
        self.override.setAccessibleName(tr("Ordner trotz Hinweis verwenden"))
        self.override.toggled.connect(lambda _on: self.completeChanged.emit())
        layout = QVBoxLayout(self)   # „Ordner:“ once: the row's label (it stood twice)
        layout.addLayout(row)
        layout.addWidget(self.ok_label)
        layout.addLayout(self.warnings_box)
        layout.addWidget(self.override)
        layout.addStretch(1)
        self.folder_edit.textChanged.connect(self._update)
        self.registerField("folder*", self.folder_edit)
        self._update()

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def choose(self) -> None:
        chosen = choose_vault_folder(self, tr("Ordner für den Tresor wählen"),
                                     self.folder().parent)
        if chosen:
            self.folder_edit.setText(chosen)

    def _update(self) -> None:
        for label in self.warning_labels:
            label.deleteLater()
        self.warning_labels = []
        self.blocking = ""
        self.red = False
        text = self.folder_edit.text().strip()
        findings = location_findings(self.folder(), **self.location_kwargs) if text else []
        if text and holds_vault(self.folder()):
            self.blocking = tr("In diesem Ordner liegt bereits ein Tresor. Er wird nicht "
                               "überschrieben: bitte einen anderen Ordner wählen oder beim "
                               "Start den vorhandenen Tresor öffnen.")
            findings = []
            self._add_warning("red", self.blocking)
        for finding in findings:
            if finding.level == REFUSED:  # a synced folder: no override (IT's policy only)
                self.blocking = self.blocking or finding.text
                self._add_warning("red", finding.text)
                continue
            self._add_warning(finding.level, finding.text)
            self.red = self.red or finding.level != AMBER
        self.override.setVisible(self.red)
        if not self.red:
            self.override.setChecked(False)
        if text and not self.blocking:
            self.blocking = cannot_create(self.folder())
            if self.blocking:
                self._add_warning("red", self.blocking)
        self.ok_label.setText(
            "✓ " + vault_place(self.folder(), tr, **self.location_kwargs).text
            if text and not findings and not self.blocking else "")
        self.completeChanged.emit()

    def _add_warning(self, level: str, text: str) -> None:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setStyleSheet(_WARN_STYLE.get(level, _WARN_STYLE["red"]))
        label.setAccessibleName(text)
        label.setProperty("level", level)
        self.warnings_box.addWidget(label)
        self.warning_labels.append(label)

    def warning_texts(self) -> list[str]:
        return [label.text() for label in self.warning_labels]

    def isComplete(self) -> bool:  # noqa: N802 (Qt naming)
        if not self.folder_edit.text().strip() or self.blocking:
            return False
        return not self.red or self.override.isChecked()


class PassphrasePage(QWizardPage):
    def __init__(self, store: DeviceKeyStore, parent: QWidget | None = None,
                 *, remember_allowed: bool = True):
        super().__init__(parent)
        self.setTitle(tr("Passphrase festlegen"))
        self.setSubTitle(tr("Mit ihr öffnen Sie den Tresor. Ein Satz aus mehreren Wörtern ist "
                            "leichter zu merken und sicherer als ein kurzes Passwort."))
        self.first = SecretField(tr("Passphrase"), parent=self)
        self.second = SecretField(tr("Passphrase wiederholen"), parent=self,
                                      toggle_name=tr("Wiederholung anzeigen"))
        self.meter = StrengthMeter(self)
        self.match_label = QLabel(self)
        self.match_label.setAccessibleDescription(tr("Übereinstimmung"))
        self.remember = QCheckBox(tr("Auf diesem Gerät merken (kein Eingeben beim Start)"), self)
        self.remember.setAccessibleName(tr("Auf diesem Gerät merken"))
        self.remember.setToolTip(tr("Nur auf einem Gerät, das nur Sie benutzen. Sperren "
                                    "(Strg+L) schützt trotzdem."))
        try:
            self.remember.setVisible(bool(store.available()))
        except Exception:
            self.remember.setVisible(False)
        self.remember.setEnabled(remember_allowed)
        note = QLabel(tr("Wichtig: Ohne Passphrase und ohne Notfallschlüssel kann niemand die "
                         "Daten wiederherstellen — auch der Hersteller nicht."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        self.tab_order = add_new_passphrase_rows(form, tr("Passphrase:"), self.first,
                                                 tr("Wiederholen:"), self.second, self.meter,
                                                 self.match_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addStretch(1)
        layout.addWidget(note)
        if not remember_allowed:   # IT's policy: greyed out, saying so on a line below it
            it_set(self.remember,
                   tr("Von Ihrer IT abgeschaltet: die Passphrase ist bei jedem Öffnen nötig."))
        bind_labels_to_inputs(self)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self.setCommitPage(False)
        self._changed()

    def _changed(self) -> None:
        self.meter.update_for(self.first.text())
        if self.second.text() and self.second.text() != self.first.text():
            self.match_label.setText(tr("Die beiden Eingaben stimmen nicht überein."))
            self.match_label.setStyleSheet(f"color: {colours.current().error};")
        elif self.second.text():
            self.match_label.setText(tr("✓ Beide Eingaben stimmen überein."))
            self.match_label.setStyleSheet(f"color: {colours.current().ok};")
        else:
            self.match_label.setText("")
        self.completeChanged.emit()

    def passphrase(self) -> str:
        return self.first.text()

    def isComplete(self) -> bool:  # noqa: N802 (Qt naming)
        return self.meter.ok and self.first.text() == self.second.text()


class CreatePage(QWizardPage):
    """Creates the vault in the background as soon as it is shown."""

    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(tr("Tresor wird angelegt"))
        self.setSubTitle(tr("Der Schlüssel wird berechnet. Das dauert einen Moment."))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(tr("Tresor wird angelegt"))
        self.status = MessageLabel(self)  # „✓ Der Tresor ist angelegt“ is announced
        self.status.setWordWrap(True)
        self.retry = QPushButton(tr("Erneut versuchen"), self)
        self.retry.clicked.connect(self.start)
        self.retry.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.running = False
        self.error = ""

    def initializePage(self) -> None:  # noqa: N802 (Qt naming)
        if self._wizard.session is None:
            self.start()

    def start(self) -> None:
        if self.running or self._wizard.session is not None:
            return
        self.running = True
        self.error = ""
        self.retry.hide()
        self.bar.setRange(0, 0)
        self.bar.show()
        if self.isVisible():  # again after a failure: said
            self.status.setText(tr("Tresor wird angelegt …"))
        else:  # the page's title says it as the page shows
            self.status.show_quietly(tr("Tresor wird angelegt …"))
        self.status.setStyleSheet("")
        # no way back past "Tresor anlegen" while and after the vault is created: a second
        # passphrase typed there was accepted and ignored (only the first opened the vault)
        self._wizard.passphrase_page.setCommitPage(True)
        self.setCommitPage(True)
        self.completeChanged.emit()
        self._wizard.start_creation(self._created, self._failed)

    def _created(self) -> None:
        self.running = False
        # hidden, not set to its end: a value change reached Orca as „100 percent“ after
        # the status line said it is done
        self.bar.hide()
        self.status.setText(tr("✓ Der Tresor ist angelegt. Als Nächstes: der Notfallschlüssel."))
        self.completeChanged.emit()
        self._wizard.button(QWizard.WizardButton.CommitButton).setFocus()

    def _failed(self, message: str) -> None:
        self.running = False
        self.error = message
        self.bar.hide()
        self.status.setText(message)
        self.status.setStyleSheet(_WARN_STYLE["red"])
        self.retry.show()
        self.setCommitPage(False)  # nothing was created: she may go back, pick another folder
        self._wizard.passphrase_page.setCommitPage(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt naming)
        return self._wizard.session is not None and not self.running


class EmergencyPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(tr("Ihr Notfallschlüssel"))
        self.setSubTitle(tr("Damit kann Ihr Träger den Tresor öffnen, wenn Sie ausfallen oder "
                            "die Passphrase vergessen ist. Er wird nur jetzt angezeigt."))
        self.key_holder = QVBoxLayout()
        self.key_label: QLabel | None = None
        explain = QLabel(tr("Drucken oder speichern Sie das Notfallblatt und geben Sie es Ihrem "
                            "Träger in einem verschlossenen Umschlag. Legen Sie es nicht zu den "
                            "Akten in der Schule und nicht in einen Cloud-Ordner."), self)
        explain.setWordWrap(True)
        self.sheet_button = QPushButton(tr("Notfallblatt drucken/speichern …"), self)
        self.sheet_button.setAccessibleName(tr("Notfallblatt als PDF speichern"))
        self.sheet_button.clicked.connect(self.save_sheet)
        self.sheet_status = MessageLine(self)   # „✓ Gespeichert: …“, heard
        self.confirm = QCheckBox(tr("Ich habe den Notfallschlüssel sicher verwahrt."), self)
        self.confirm.setAccessibleName(tr("Ich habe den Notfallschlüssel sicher verwahrt"))
        self.confirm.toggled.connect(lambda _on: self.completeChanged.emit())
        row = QHBoxLayout()
        row.addWidget(self.sheet_button)
        row.addWidget(self.sheet_status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.key_holder)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.confirm)
        self.sheet_path: Path | None = None

    def initializePage(self) -> None:  # noqa: N802 (Qt naming)
        if self.key_label is None and self._wizard.emergency_key:
            self.key_label = monospace_key_label(self._wizard.emergency_key, self)
            self.key_holder.addWidget(self.key_label)
            self.readout = KeyReadout(self.key_label, self)
            self.key_holder.addWidget(self.readout)
        self.sheet_button.setFocus()

    def default_sheet_path(self) -> Path:
        """Offered in the local export folder (never Documents, which OneDrive may sync)."""
        return local_export_folder() / f"SSA-Desktop-Notfallblatt-{clock.today().isoformat()}.pdf"

    def save_sheet(self, path: Path | str | None = None) -> Path | None:
        if not path:
            chosen = choose_save_file(
                self, tr("Notfallblatt speichern"), self.default_sheet_path().name,
                tr("PDF-Dokument (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            from ...services.vault_admin import write_vault_emergency_sheet

            session = self._wizard.session
            assert session is not None  # made on the page before
            written = write_vault_emergency_sheet(session, path)
        except ImportError:
            self.sheet_status.setText(tr("Das Notfallblatt kann in dieser Version noch nicht "
                                         "erstellt werden. Bitte schreiben Sie den Schlüssel "
                                         "sorgfältig ab."))
            return None
        except Exception as err:
            from ..common.messages import user_message

            self.sheet_status.setText(user_message(err))
            return None
        self.sheet_path = Path(written)
        self.sheet_status.setText(tr("✓ Gespeichert: {0} — jetzt ausdrucken und das PDF danach "
                                     "löschen.").format(self.sheet_path.name))
        return self.sheet_path

    def isComplete(self) -> bool:  # noqa: N802 (Qt naming)
        return self.confirm.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 (Qt naming)
        from ...services.vault_admin import confirm_emergency_key

        if self._wizard.session is not None and self.confirm.isChecked():
            confirm_emergency_key(self._wizard.session)
        return self.confirm.isChecked()


class SchoolRow(QObject):
    """One school in the grid: name, Schulart, pupils, Stellenumfang."""

    changed = Signal()

    def __init__(self, number: int, parent: QWidget):
        super().__init__(parent)
        self.name = QLineEdit(parent)
        self.name.setPlaceholderText(tr("z. B. Gemeinschaftsschule Am Park"))
        self.name.setAccessibleName(tr("Name der Schule {0}").format(number))
        self.name.setMinimumWidth(260)
        self.school_type = CatalogueCombo(SCHOOL_TYPES, accessible_name=tr(
            "Schulart der Schule {0}").format(number), parent=parent)
        self.school_type.set_code("GMS")
        self.school_type.setMaximumWidth(230)
        self.pupils = QSpinBox(parent)
        self.pupils.setRange(0, 5000)
        self.pupils.setAccessibleName(tr("Schülerzahl der Schule {0}").format(number))
        self.percent = QDoubleSpinBox(parent)
        self.percent.setRange(0, 100)
        self.percent.setDecimals(1)
        self.percent.setSuffix(" %")
        self.percent.setAccessibleName(tr("Stellenumfang an Schule {0}").format(number))
        self.percent.setValue(100 if number == 1 else 0)
        for widget in self.widgets():  # the column heads are their visible labels
            label_for_readers(widget.accessibleName(), widget)
        self.name.textChanged.connect(lambda _t: self.changed.emit())
        self.percent.valueChanged.connect(lambda _v: self.changed.emit())

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.school_type, self.pupils, self.percent)


class SchoolsPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(tr("Schule(n) und Stelle"))
        self.setSubTitle(tr("Für Zeitanteile und Statistik. Sie können alles später unter "
                            "Einstellungen ändern."))
        year = SchoolYear.of(clock.today())
        self.school_year = year.start_year
        self.grid = grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for col, text in enumerate((tr("Schule"), tr("Schulart"), tr("Schüler:innen"),
                                    tr("Stellenumfang"))):
            head = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(head, 0, col)
        for col, stretch in enumerate((3, 1, 0, 0)):
            grid.setColumnStretch(col, stretch)
        self.rows: list[SchoolRow] = []
        self.add_button = QPushButton(tr("+ Weitere Schule"), self)
        self.add_button.setAccessibleName(tr("Weitere Schule hinzufügen"))
        self.add_button.clicked.connect(self.add_row)
        self.post_label = QLineEdit(tr("Schulsozialarbeit"), self)
        self.post_label.setAccessibleName(tr("Bezeichnung der Stelle"))
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(1, 60)
        self.hours.setDecimals(1)
        self.hours.setValue(39.0)
        self.hours.setSuffix(tr(" Std."))
        self.hours.setAccessibleName(tr("Wochenstunden einer Vollzeitstelle"))
        self.hours.setMaximumWidth(140)
        self.post_label.setMaximumWidth(360)
        # her post's staff block: without the start the KVJS export counts
        # the post as vacant all year, funding 0 €
        self.employed_from = QLineEdit(self)
        self.employed_from.setPlaceholderText(tr("TT.MM.JJJJ"))
        self.employed_from.setAccessibleName(tr("Beschäftigt seit"))
        self.employed_from.setMaximumWidth(140)
        self.employer = CatalogueCombo(EMPLOYER_TYPES, empty="—",
                                       accessible_name=tr("Anstellungsträger"), parent=self)
        self.employer.setMaximumWidth(220)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.error_label = MessageLine(self)  # heard when it appears
        self.error_label.setStyleSheet(_WARN_STYLE["red"])
        self.error_label.hide()
        # leaving „Beschäftigt seit“ shows „1.9.26“ as 01.09.2026, or says why it is no
        # date; typing again takes that hint away (it stayed until „Fertig“ was pressed)
        self.employed_from.editingFinished.connect(self._employed_typed)
        self.employed_from.textEdited.connect(lambda _t: self.error_label.hide())
        post_form = QFormLayout()
        post_form.addRow(tr("Stelle (Bezeichnung):"), self.post_label)
        post_form.addRow(tr("Vollzeit (Wochenstunden):"), self.hours)
        post_form.addRow(tr("Beschäftigt seit:"), self.employed_from)
        post_form.addRow(tr("Anstellungsträger:"), self.employer)
        staff_note = QLabel(tr("Für die KVJS-Statistik und den Verwendungsnachweis: ohne "
                               "Beginn gilt die Stelle als unbesetzt (Förderung 0 €)."), self)
        staff_note.setWordWrap(True)
        post_form.addRow("", staff_note)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Schuljahr {0}").format(year.label), self))
        layout.addLayout(grid)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addLayout(post_form)
        layout.addWidget(self.summary)
        add_last(layout, self.error_label)  # last, it takes the room left over
        self.add_row()
        self.hours.valueChanged.connect(self._changed)
        self.post_label.textChanged.connect(self._changed)
        tab_chain(self.hours, self.employed_from, self.employer)  # the post's fields, top to bottom

    def add_row(self) -> SchoolRow | None:
        if len(self.rows) >= MAX_SCHOOLS:
            return None
        row = SchoolRow(len(self.rows) + 1, self)
        row.changed.connect(self._changed)
        for col, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, len(self.rows) + 1, col)
        if self.rows:
            tab_chain(self.rows[-1].percent, row.name)
        chain_in_order(row.widgets())
        # then „+ Weitere Schule“, Stelle, Vollzeit: Tab follows what she sees
        tab_chain(row.percent, self.add_button, self.post_label, self.hours)
        self.rows.append(row)
        self.add_button.setEnabled(len(self.rows) < MAX_SCHOOLS)
        if len(self.rows) > 1:
            row.name.setFocus()
        self._changed()
        return row

    def named_rows(self) -> list[SchoolRow]:
        return [row for row in self.rows if row.name.text().strip()]

    def total_percent(self) -> float:
        return sum(row.percent.value() for row in self.named_rows())

    def _changed(self) -> None:
        total = self.total_percent()
        hours = total / 100 * self.hours.value()
        text = tr("Stellenumfang gesamt: {0} % = {1} Std. pro Woche").format(
            fmt_number(total, 1), fmt_number(hours, 2))
        if total > 100:
            text += " — " + tr("mehr als 100 % ist nicht möglich.")
            self.summary.setStyleSheet(f"color: {colours.current().error};")
        else:
            self.summary.setStyleSheet("")
        missing = self.missing()
        if missing:  # say why "Fertig" is disabled
            text += "\n" + tr("„Fertig“ ist noch gesperrt: {0}").format(missing)
        self.summary.setText(text)
        self.completeChanged.emit()

    def initializePage(self) -> None:  # noqa: N802 (Qt naming)
        self.rows[0].name.setFocus()

    def missing(self) -> str:
        """Why "Fertig" is still disabled, in her words ("" when everything is there)."""
        named = self.named_rows()
        if not named:
            return tr("Bitte mindestens eine Schule mit Namen eintragen.")
        zero = [row.name.text().strip() for row in named if row.percent.value() <= 0]
        if zero:
            return tr("Bitte für „{0}“ den Stellenumfang in % eintragen (0 % geht nicht: eine "
                      "Schule ohne Anteil gehört nicht zur Stelle).").format(zero[0])
        if self.total_percent() > 100:
            return tr("Zusammen mehr als 100 % – bitte die Anteile verringern.")
        if not self.post_label.text().strip():
            return tr("Bitte die Stelle bezeichnen, z. B. „Schulsozialarbeit“.")
        return ""

    def isComplete(self) -> bool:  # noqa: N802 (Qt naming)
        return not self.missing()

    def _employed_typed(self) -> None:
        from ...domain.dates import DateEntryError

        try:
            start, _employer = self.staff_values()
        except DateEntryError as err:
            self.error_label.setText(str(err))
            self.error_label.show()
            return
        self.error_label.hide()
        if start is not None:
            self.employed_from.setText(fmt_date(start))

    def staff_values(self) -> tuple:
        """(employment start or None, Träger code); a typed text that is no date raises
        the German reason, named by the field."""
        from ...domain.dates import DateEntryError, parse_date

        text = self.employed_from.text().strip()
        try:
            start = parse_date(text, clock.today()) if text else None
        except DateEntryError as err:
            raise DateEntryError(tr("Beschäftigt seit: {0}").format(err)) from None
        return start, self.employer.code()

    def validatePage(self) -> bool:  # noqa: N802 (Qt naming)
        try:
            self._wizard.save_setup([(r.name.text().strip(), r.school_type.code() or "GMS",
                                      r.pupils.value(), r.percent.value())
                                     for r in self.named_rows()],
                                    self.post_label.text().strip(), self.hours.value(),
                                    self.school_year)
        except Exception as err:
            from ..common.messages import user_message

            self.error_label.setText(user_message(err))
            self.error_label.show()
            return False
        return True


def _tab_fields(page: QWidget) -> list[QWidget]:
    """The page's fields in Tab order (the window's focus chain, from the page on)."""
    return [widget for widget in chain_inside(page)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page)
            and widget.isEnabled() and widget.focusProxy() is None]


class FirstRunWizard(QWizard):
    """Create a vault. After ``accepted`` the open vault is in ``session``.

    ``store`` is the device key store for "Auf diesem Gerät merken"; ``kdf_params``
    replaces the calibrated key derivation (tests); ``location_kwargs`` are passed to
    ``location_findings`` (tests pass a mount table).
    """

    vault_created = Signal(object)

    def __init__(self, folder: Path | None = None, *, store: DeviceKeyStore | None = None,
                 kdf_params=None, location_kwargs: dict | None = None,
                 remember_allowed: bool = True, parent: QWidget | None = None):
        super().__init__(parent)

        self.store = store if store is not None else DeviceKeyStore()
        self.kdf_params = kdf_params
        self.session: OpenVault | None = None
        self.emergency_key: str = ""
        self.setWindowTitle(tr("SSA Desktop — Einrichtung"))
        self.setAccessibleName(tr("Einrichtung von SSA Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # a calm first size, never larger than the screen (200 %: 960×540 logical)
        resize_within_screen(self, 720, 560)
        for which, text in ((QWizard.WizardButton.NextButton, tr("Weiter")), (QWizard.WizardButton.BackButton, tr("Zurück")),
                            (QWizard.WizardButton.CancelButton, tr("Abbrechen")),
                            (QWizard.WizardButton.FinishButton, tr("Fertig")),
                            (QWizard.WizardButton.CommitButton, tr("Weiter"))):
            self.setButtonText(which, text)
        self.welcome = WelcomePage(self)
        self.location = LocationPage(folder or default_vault_folder(), self,
                                     location_kwargs=location_kwargs)
        self.passphrase_page = PassphrasePage(self.store, self,
                                              remember_allowed=remember_allowed)
        self.create_page = CreatePage(self)
        self.emergency = EmergencyPage(self)
        self.schools = SchoolsPage(self)
        for page_id, page in ((PAGE_WELCOME, self.welcome), (PAGE_LOCATION, self.location),
                              (PAGE_PASSPHRASE, self.passphrase_page),
                              (PAGE_CREATE, self.create_page), (PAGE_EMERGENCY, self.emergency),
                              (PAGE_SCHOOLS, self.schools)):
            self.setPage(page_id, page)
        self.passphrase_page.setButtonText(QWizard.WizardButton.NextButton, tr("Tresor anlegen"))
        self.passphrase_page.setButtonText(QWizard.WizardButton.CommitButton, tr("Tresor anlegen"))
        # a commit page: once the vault is created, Zurück never leads back to a passphrase
        # field (Qt disables Back on the page after a commit page)
        self.passphrase_page.setCommitPage(True)
        # the last page finishes with Enter: Tab from its last field goes to „Fertig“
        self.currentIdChanged.connect(self._tab_to_finish_on_the_last_page)
        self.currentIdChanged.connect(self._say_page)

    def _say_page(self, _page_id: int) -> None:
        """Each page's title and explanation said once as it shows (a reader hears only
        the focused control of a new page otherwise); on the next turn of the event loop,
        when the first page's window is visible."""
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._say_current_page)

    def _say_current_page(self) -> None:
        page = self.currentPage()
        if page is self.welcome:
            # the main path first: „Weiter“, not the Träger's side door (Umschalt+Tab)
            self.button(QWizard.WizardButton.NextButton).setFocus(Qt.FocusReason.TabFocusReason)
        if page is not None and self.isVisible():
            announce(page, ". ".join(text.rstrip(".") for text in (page.title(),
                                                                  page.subTitle()) if text) + ".")

    def _tab_to_finish_on_the_last_page(self, _page_id: int) -> None:
        """On the last page Tab from the last field lands on „Fertig“, never on „Zurück“
        (Enter on a focused „Zurück“ went back instead of finishing)."""
        page = self.currentPage()
        if page is None or self.nextId() != -1:
            return
        fields = _tab_fields(page)
        if fields:
            finish = self.button(QWizard.WizardButton.FinishButton)
            QWidget.setTabOrder(fields[-1], finish)
            QWidget.setTabOrder(finish, self.button(QWizard.WizardButton.BackButton))

    # -- steps --------------------------------------------------------------------------
    def start_creation(self, on_done, on_error) -> None:
        folder = self.location.folder()
        passphrase = self.passphrase_page.passphrase()
        params = self.kdf_params
        remember = (not self.passphrase_page.remember.isHidden()
                    and self.passphrase_page.remember.isEnabled()
                    and self.passphrase_page.remember.isChecked())

        if self.session is not None:
            raise RuntimeError("the vault is already created")  # never a second creation

        def work():
            from ...services.vault_admin import create_vault

            return create_vault(folder, passphrase, params=params)

        def done(result) -> None:
            session, key_text = result
            if self.result() == QWizard.DialogCode.Rejected and not self.isVisible():
                session.lock()  # cancelled while the vault was being created
                return
            self.session = session
            self.emergency_key = key_text
            from ...services.vault_admin import mark_emergency_key_unconfirmed

            mark_emergency_key_unconfirmed(session)  # shown at every unlock until confirmed
            self.passphrase_page.first.wipe()
            self.passphrase_page.second.wipe()
            if remember:
                try:
                    session.remember_on_device(self.store)
                except Exception:
                    pass
            self.vault_created.emit(session)
            on_done()

        def failed(err: BaseException) -> None:
            from ..common.messages import user_message

            on_error(user_message(err))

        run_in_background(work, done, failed)

    def save_setup(self, schools: list[tuple[str, str, int, float]], post_label: str,
                   full_time_hours: float, school_year: int) -> None:
        """Save schools, pupils, the post and its shares in one transaction."""
        from ...services import setup

        if self.session is None:
            raise RuntimeError("no vault")
        employed_from, employer_type = self.schools.staff_values()
        setup.save_initial_setup(self.session.conn, schools, post_label, full_time_hours,
                                 school_year, employed_from=employed_from,
                                 employer_type=employer_type)

    def _may_cancel(self) -> bool:
        """Abbrechen after creation with the emergency key not yet confirmed: she is told
        that it is shown at every start until confirmed, or goes back to it."""
        from ...services.vault_admin import emergency_key_unconfirmed
        from ..common.messages import ask_yes_no

        if self.session is None or not emergency_key_unconfirmed(self.session):
            return True
        if ask_yes_no(self, tr("Der Tresor ist angelegt, aber der Notfallschlüssel ist noch "
                               "nicht bestätigt. Ohne ihn sind alle Daten verloren, wenn die "
                               "Passphrase vergessen ist. Der Notfallschlüssel wird bei jedem "
                               "Entsperren wieder angezeigt, bis Sie bestätigen, dass er sicher "
                               "verwahrt ist."),
                      title=tr("Notfallschlüssel nicht bestätigt"),
                      yes=tr("Trotzdem abbrechen"), no=tr("Zum Notfallschlüssel")):
            return True
        if self.currentId() == PAGE_CREATE and self.create_page.isComplete():
            self.next()
        return False

    def done(self, result: int) -> None:
        if result != QWizard.DialogCode.Accepted and not self._may_cancel():
            return
        self.emergency_key = ""
        if result != QWizard.DialogCode.Accepted and self.session is not None:
            self.session.lock()
            self.session = None
        super().done(result)

