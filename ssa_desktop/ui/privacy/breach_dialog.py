"""Datenpanne melden (Art. 33/34 DSGVO): the notification draft for the Träger's
data-protection officer, editable section by section, saved as PDF. Works without
unlocking: it needs only the vault folder (docs/datenschutz.md "Datenpanne")."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...services import breach
from .. import colours
from ..common.combos import make_combo
from ..common.files import choose_save_file
from ..common.fonts import enlarge_font
from ..common.forms import DateField, TimeField
from ..common.labels import label_for_readers, name_window
from ..common.message_line import MessageLine
from ..common.messages import show_error, user_message
from ..common.screen_fit import resize_within_screen
from ..common.tab_chain import chain_in_order
from ..common.text_boxes import make_text_box
from ..i18n import translator

tr = translator("Privacy")

INCIDENT_LABELS = {
    "lost": "Gerät verloren",
    "stolen": "Gerät gestohlen",
    "copied": "Tresordatei kopiert",
    "other": "Sonstiges",
}
TIME_SECTION = "Zeitpunkt der Feststellung und Frist"
INCIDENT_SECTION = "Art des Vorfalls"


def _to_qt(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


class DiscoveredField(QWidget):
    """Date (the German ``DateField``: 12.10.2026, 1.9.26, 121026, the calendar) and time
    of the discovery; ``dateTime``/``setDateTime`` as a ``QDateTimeEdit``."""

    dateTimeChanged = Signal(QDateTime)  # noqa: N815 - the QDateTimeEdit name

    def __init__(self, value: QDateTime, parent: QWidget | None = None):
        super().__init__(parent)
        d = value.date()
        self.day = DateField(date(d.year(), d.month(), d.day()),
                             accessible_name=tr("Festgestellt am"))
        self.time = TimeField(accessible_name=tr("Uhrzeit der Feststellung"))
        self.time.setTime(value.time())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day)
        row.addWidget(self.time)
        row.addWidget(QLabel(tr("Uhr")))
        row.addStretch(1)
        label_for_readers(tr("Festgestellt am"), self.day)
        label_for_readers(tr("Uhrzeit der Feststellung"), self.time)
        self.setFocusProxy(self.day)
        self.day.dateChanged.connect(lambda _d: self.dateTimeChanged.emit(self.dateTime()))
        self.time.timeChanged.connect(lambda _t: self.dateTimeChanged.emit(self.dateTime()))

    def dateTime(self) -> QDateTime:  # noqa: N802
        return QDateTime(self.day.date(), self.time.time())

    def setDateTime(self, value: QDateTime) -> None:  # noqa: N802
        self.time.blockSignals(True)
        self.time.setTime(value.time())
        self.time.blockSignals(False)
        d = value.date()
        before = self.day.value()
        self.day.set_date(date(d.year(), d.month(), d.day()))
        if before == self.day.value():  # the date did not change: the time did
            self.dateTimeChanged.emit(self.dateTime())


class BreachDialog(QDialog):
    """``BreachDialog(vault_folder, parent)``; ``editors`` maps heading → text editor."""

    def __init__(self, vault_folder: Path | str, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault_folder = Path(vault_folder)
        name_window(self, tr("Datenpanne melden"))
        resize_within_screen(self, 760, 640)

        title = QLabel(tr("Datenpanne melden"), self)
        enlarge_font(title, 1.3, QFont.Weight.DemiBold)
        intro = QLabel(tr("Gerät verloren oder gestohlen, oder eine Tresordatei an einen falschen "
                          "Ort kopiert? Dieser Entwurf ist für die/den Datenschutzbeauftragte:n "
                          "Ihres Trägers. Er enthält keine Namen, nur Zahlen. Bitte prüfen und "
                          "ergänzen Sie jeden Abschnitt."), self)
        intro.setWordWrap(True)

        now = clock.now().replace(second=0, microsecond=0)
        self.discovered = DiscoveredField(_to_qt(now), self)
        self.discovered.setAccessibleName(tr("Festgestellt am"))
        self.incident = make_combo(tr("Art des Vorfalls"), self)
        for code, label in INCIDENT_LABELS.items():
            self.incident.addItem(tr(label), code)
        self.deadline_label = QLabel(self)
        self.deadline_label.setAccessibleDescription(tr("Frist"))
        self.deadline_label.setStyleSheet(f"color: {colours.current().error};"
                                          " font-weight: 600;")

        form = QFormLayout()
        form.addRow(tr("Festgestellt am:"), self.discovered)
        form.addRow(tr("Art des Vorfalls:"), self.incident)
        form.addRow(tr("Frist:"), self.deadline_label)

        self.sections_widget = QWidget(self)
        self.sections_layout = QVBoxLayout(self.sections_widget)
        self.sections_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sections_widget)
        # it holds controls: they take Tab and scroll into view; the area is no Tab stop
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(tr("Abschnitte der Meldung"))
        self.editors: dict[str, QPlainTextEdit] = {}

        self.status = MessageLine(self)   # a refused date or what was saved, heard
        self.status.setAccessibleDescription(tr("Status"))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(tr("Als PDF speichern …"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(tr("Als PDF speichern"))
        self.save_button.setAutoDefault(False)
        close = buttons.addButton(tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(tr("Schließen"))
        self.save_button.clicked.connect(self.choose_pdf)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self._build(breach.draft(self.vault_folder, now, "lost"))
        # Tab in reading order: the sections (made after the buttons) before the buttons;
        # not the scroll area, no Tab stop: Qt drops a pair with a widget taking no focus
        chain_in_order([self.incident, *self.editors.values(), self.save_button, close])
        self.discovered.dateTimeChanged.connect(lambda _v: self._update_generated())
        self.discovered.day.refused.connect(self._date_refused)  # e.g. 31.02.: never another
        self.incident.currentIndexChanged.connect(lambda _i: self._update_generated())

    # -- draft ---------------------------------------------------------------------------
    def discovered_at(self) -> datetime:
        q = self.discovered.dateTime()
        d, t = q.date(), q.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def _build(self, d: breach.BreachDraft) -> None:
        for heading, text in d.sections:
            label = QLabel(tr(heading), self.sections_widget)
            enlarge_font(label, 1.0, QFont.Weight.DemiBold)
            editor = make_text_box(tr(heading), self.sections_widget)
            editor.setPlainText(text)
            editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lines = max(3, min(12, text.count("\n") + 3))
            editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * lines + 12)
            label.setBuddy(editor)
            self.sections_layout.addWidget(label)
            self.sections_layout.addWidget(editor)
            self.editors[heading] = editor
        self.sections_layout.addStretch(1)
        self._show_deadline(d)

    def _show_deadline(self, d: breach.BreachDraft) -> None:
        hours = int((d.deadline - clock.now()).total_seconds() // 3600)
        left = (tr("noch %n Stunde(n)", n=hours) if hours >= 0
                else tr("seit %n Stunde(n) überschritten", n=-hours))
        self.deadline_label.setText(f"{d.deadline:%d.%m.%Y, %H:%M} Uhr ({left})")

    def _date_refused(self, reason: str) -> None:
        self.status.setText(reason)
        self.status.setStyleSheet(f"color: {colours.current().error};")
        self.save_button.setEnabled(False)

    def _future_refused(self) -> bool:
        """A discovery in the future is refused visibly (the 72 hours run from it); a day
        its field refused (31.02.) stays refused whatever else she changes (the time: it
        cleared the refusal, and saving took the last valid day, not the one on screen)."""
        if self.discovered.day.is_refused():
            self.save_button.setEnabled(False)
            return True
        try:
            breach.check_discovered(self.discovered_at())
        except breach.BreachError as err:
            self.status.setText(str(err))
            self.status.setStyleSheet(f"color: {colours.current().error};")
            self.save_button.setEnabled(False)
            return True
        if self.status.styleSheet():
            self.status.clear()
            self.status.setStyleSheet("")
        self.save_button.setEnabled(True)
        return False

    def _update_generated(self) -> None:
        """Time and kind changed: renew only their two sections; edits elsewhere stay."""
        if self._future_refused():
            return
        d = breach.draft(self.vault_folder, self.discovered_at(), self.incident.currentData())
        fresh = dict(d.sections)
        for heading in (TIME_SECTION, INCIDENT_SECTION):
            self.editors[heading].setPlainText(fresh[heading])
        self._show_deadline(d)

    def current_draft(self) -> breach.BreachDraft:
        d = breach.draft(self.vault_folder, self.discovered_at(), self.incident.currentData())
        d.sections = [(heading, editor.toPlainText()) for heading, editor in self.editors.items()]
        return d

    # -- output --------------------------------------------------------------------------
    def choose_pdf(self) -> None:
        stamp = self.discovered_at().strftime("%Y-%m-%d")
        path = choose_save_file(self, tr("Meldung speichern"), f"datenpanne-{stamp}.pdf",
                                tr("PDF (*.pdf)"))
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> Path | None:
        if self._future_refused():
            return None
        try:
            written = breach.write_breach_pdf(path, self.current_draft())
        except Exception as err:  # noqa: BLE001 - a German sentence, never a traceback
            show_error(self, user_message(err))
            return None
        self.status.setText(tr("Gespeichert: {0}. Bitte heute noch an die/den "
                               "Datenschutzbeauftragte:n geben.").format(written))
        return written


def open_breach_dialog(vault_folder: Path | str, parent: QWidget | None = None,
                       conn=None) -> BreachDialog:
    """Open the assistant non-modally (from the Datenschutz area or the unlock dialog).
    With ``conn`` (an unlocked vault) the figures are counted again first, so that a
    deletion since the unlock shows; locked, the counts of the last unlock are used."""
    if conn is not None:
        try:
            breach.recount(conn, Path(vault_folder))
        except Exception:  # noqa: BLE001 - the counts of the last unlock still serve
            pass
    dialog = BreachDialog(vault_folder, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
