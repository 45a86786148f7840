"""Einstellungen: Schulen & Stelle, Sicherheit, Sprache, Über.

Security actions that take time (key derivation, re-encryption, integrity check,
backup) run off the GUI thread. A new emergency key closes and reopens the session's
connection, so a modal progress dialog blocks all interaction while it runs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...domain import clock
from ...domain.catalogues import SCHOOL_TYPES
from ...domain.schoolyear import SchoolYear
from ...formatting import fmt_date, fmt_number
from ...services import setup, vault_admin
from ...storage.keyfile import KdfParams
from ...storage.keystore import DeviceKeyStore
from ...storage.vault import OpenVault
from ..common.area import Area
from ..common.forms import make_button
from ..common.messages import ask_yes_no, user_message
from ..context import AppContext
from ..i18n import translator
from ..settings_store import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, SettingsStore
from .dialogs import (
    ChangePassphraseDialog,
    EmergencyKeyDialog,
    PassphrasePrompt,
    PostDialog,
    SchoolDialog,
)

tr = translator("SettingsArea")

LOCKED_DURING_JOB = ("Die Aktion ist abgeschlossen; wegen der Sperre wird ihr Ergebnis nicht "
                     "angezeigt. Nach einem neuen Notfallschlüssel bitte unter Einstellungen → "
                     "Sicherheit „Notfallschlüssel anzeigen …“ wählen und das Notfallblatt "
                     "neu speichern.")


# -- background work on the session itself (passphrase, new emergency key) ---------------
class _JobSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, str], None]], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _JobSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except BaseException as err:  # shown in German on the GUI thread
            self.signals.failed.emit(err)
            return
        self.signals.finished.emit(result)


@contextlib.contextmanager
def _worker_vault(session: OpenVault, conn) -> Iterator[OpenVault]:
    """An OpenVault view on a worker connection, for use cases that take an OpenVault but
    must not touch the GUI thread's connection. It holds its own copy of the key (a lock
    meanwhile overwrites the session's key, and a backup must not be encrypted with
    zeros); the copy is overwritten when the work ends. The connection stays with its
    owner (``ctx.run`` closes it)."""
    key = bytearray(session.data_key)
    view = OpenVault(session.vault, conn, key, session.uuid)
    try:
        yield view
    finally:
        view._conn = None
        view._key = None
        for i in range(len(key)):
            key[i] = 0


def _item(text: str, data: Any = None, align_right: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if data is not None:
        item.setData(data, Qt.UserRole)
    if align_right:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item


def _table(name: str) -> tuple[QTableView, QStandardItemModel]:
    view = QTableView()
    model = QStandardItemModel(view)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view, model


def _status_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
    return label


class SettingsArea(Area):
    """The settings area. ``settings`` and ``keystore`` default to the device's."""

    watches = ("school", "post", "settings")
    idle_minutes_changed = Signal(int)
    language_changed = Signal(str)
    # Key derivation parameters for a new passphrase; None keeps the key file's.
    kdf_params: KdfParams | None = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 settings: SettingsStore | None = None,
                 keystore: DeviceKeyStore | None = None):
        super().__init__(ctx, parent)
        self.settings = settings or getattr(ctx, "settings", None) or SettingsStore()
        self.keystore = keystore or DeviceKeyStore()
        self._jobs: set[_Job] = set()
        self.key_dialog: EmergencyKeyDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.busy = False

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Bereiche der Einstellungen"))
        self.tabs.addTab(self._build_schools(), tr("Schulen && Stelle"))
        self.tabs.addTab(self._build_security(), tr("Sicherheit"))
        self.tabs.addTab(self._build_language(), tr("Sprache"))
        self.tabs.addTab(self._build_about(), tr("Über"))
        title = QLabel(tr("Einstellungen"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs)

    # == Schulen & Stelle =================================================================
    def _build_schools(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        year_label = QLabel(tr("&Schuljahr"))
        self.year = QComboBox()
        self.year.setAccessibleName(tr("Schuljahr"))
        year_label.setBuddy(self.year)
        self.year.currentIndexChanged.connect(lambda _i: self._load_tables())
        row.addWidget(year_label)
        row.addWidget(self.year)
        row.addStretch(1)
        layout.addLayout(row)

        schools_box = QGroupBox(tr("Schulen"))
        box_layout = QVBoxLayout(schools_box)
        self.schools_view, self.schools_model = _table(tr("Schulen"))
        self.schools_view.doubleClicked.connect(lambda _i: self.edit_school())
        self.schools_view.activated.connect(lambda _i: self.edit_school())
        box_layout.addWidget(self.schools_view)
        buttons = QHBoxLayout()
        self.add_school_button = make_button(tr("Schule &hinzufügen …"), tr("Schule hinzufügen"),
                                         self.add_school)
        self.edit_school_button = make_button(tr("Schule &bearbeiten …"), tr("Schule bearbeiten"),
                                          self.edit_school)
        self.delete_school_button = make_button(tr("Schule &löschen"), tr("Schule löschen"),
                                            self.delete_school)
        for b in (self.add_school_button, self.edit_school_button, self.delete_school_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        layout.addWidget(schools_box, 3)

        post_box = QGroupBox(tr("Stelle"))
        post_layout = QVBoxLayout(post_box)
        explain = QLabel(tr("Stellenumfang in % einer Vollzeitstelle je Schule und Schuljahr. "
                            "Die Wochenstunden ergeben sich aus den Vollzeitstunden."))
        explain.setWordWrap(True)
        post_layout.addWidget(explain)
        self.posts_view, self.posts_model = _table(tr("Stellen"))
        self.posts_view.doubleClicked.connect(lambda _i: self.edit_post())
        self.posts_view.activated.connect(lambda _i: self.edit_post())
        post_layout.addWidget(self.posts_view)
        buttons = QHBoxLayout()
        self.add_post_button = make_button(tr("Stelle hin&zufügen …"), tr("Stelle hinzufügen"),
                                       self.add_post)
        self.edit_post_button = make_button(tr("Stelle und Stellen&umfang bearbeiten …"),
                                        tr("Stelle und Stellenumfang bearbeiten"), self.edit_post)
        buttons.addWidget(self.add_post_button)
        buttons.addWidget(self.edit_post_button)
        buttons.addStretch(1)
        post_layout.addLayout(buttons)
        layout.addWidget(post_box, 2)
        self.schools_status = _status_label(tr("Meldung zu Schulen und Stelle"))
        layout.addWidget(self.schools_status)
        return page

    def school_year(self) -> int:
        data = self.year.currentData()
        return int(data) if data is not None else SchoolYear.of(clock.today()).start_year

    def _load_years(self) -> None:
        current = SchoolYear.of(clock.today()).start_year
        years = sorted(set(setup.known_school_years(self.ctx.conn))
                       | {current - 1, current, current + 1})
        selected = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for year in reversed(years):
            self.year.addItem(SchoolYear(year).label, year)
        index = self.year.findData(selected if selected is not None else current)
        self.year.setCurrentIndex(max(0, index))
        self.year.blockSignals(False)

    def _load_tables(self) -> None:
        if not self.ctx.is_unlocked:
            return
        conn = self.ctx.conn
        year = self.school_year()
        label = SchoolYear(year).label
        overview = setup.post_overview(conn, year)
        self.schools_model.clear()
        self.schools_model.setHorizontalHeaderLabels([
            tr("Schule"), tr("Kürzel"), tr("Schulart"),
            tr("Schüler:innen {0}").format(label), tr("Stellenumfang {0}").format(label)])
        for school in setup.list_schools(conn):
            pupils = setup.school_pupils(conn, school.id).get(year)
            percent = sum(o.percent_at(school.id) for o in overview)
            self.schools_model.appendRow([
                _item(school.name, school.id), _item(school.code),
                _item(SCHOOL_TYPES.label(school.school_type)),
                _item("–" if pupils is None else str(pupils), align_right=True),
                _item(f"{fmt_number(percent, 1)} %" if percent else "–", align_right=True)])
        header = self.schools_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)

        self.posts_model.clear()
        self.posts_model.setHorizontalHeaderLabels([
            tr("Stelle"), tr("Vollzeit"), tr("Stellenumfang {0}").format(label),
            tr("Wochenstunden"), tr("Aufteilung")])
        for row in overview:
            split = " · ".join(f"{s.school_name} {fmt_number(s.percent, 1)} % "
                               f"({fmt_number(s.weekly_hours, 2)} Std.)" for s in row.shares)
            self.posts_model.appendRow([
                _item(row.post.label, row.post.id),
                _item(tr("{0} Std.").format(fmt_number(row.post.full_time_hours, 1)),
                      align_right=True),
                _item(f"{fmt_number(row.total_percent, 1)} %", align_right=True),
                _item(tr("{0} Std.").format(fmt_number(row.weekly_hours, 2)), align_right=True),
                _item(split or tr("noch kein Stellenumfang eingetragen"))])
        header = self.posts_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        for col in range(1, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.Stretch)

    def _selected_id(self, view: QTableView) -> str | None:
        index = view.currentIndex()
        if not index.isValid():
            return None
        return view.model().index(index.row(), 0).data(Qt.UserRole)

    def _dialog_years(self) -> list[int]:
        year = self.school_year()
        return [year - 1, year, year + 1]

    def add_school(self) -> None:
        self._edit_school(None)

    def edit_school(self) -> None:
        school_id = self._selected_id(self.schools_view)
        if school_id is None:
            self.schools_status.setText(tr("Bitte zuerst eine Schule in der Liste auswählen."))
            return
        self._edit_school(school_id)

    def _edit_school(self, school_id: str | None) -> None:
        conn = self.ctx.conn
        school = next((s for s in setup.list_schools(conn) if s.id == school_id), None)
        pupils = setup.school_pupils(conn, school_id) if school_id else {}
        dialog = SchoolDialog(school, pupils, self._dialog_years(), self)
        dialog.save = lambda: setup.save_school(self.ctx.conn, *dialog.values())
        if self._exec(dialog):
            self.schools_status.setText(tr("Schule gespeichert."))
            self.ctx.notify("school")
            self.refresh()

    def delete_school(self) -> None:
        school_id = self._selected_id(self.schools_view)
        if school_id is None:
            self.schools_status.setText(tr("Bitte zuerst eine Schule in der Liste auswählen."))
            return
        if not self._ask(tr("Die Schule mit ihren Schülerzahlen und ihrem Stellenumfang "
                            "löschen?")):
            return
        try:
            setup.delete_school(self.ctx.conn, school_id)
        except setup.SetupError as err:
            self.schools_status.setText(str(err))
            return
        self.schools_status.setText(tr("Schule gelöscht."))
        self.ctx.notify("school")
        self.refresh()

    def add_post(self) -> None:
        self._edit_post(None)

    def edit_post(self) -> None:
        post_id = self._selected_id(self.posts_view)
        if post_id is None:
            if self.posts_model.rowCount() == 1:
                post_id = self.posts_model.index(0, 0).data(Qt.UserRole)
            else:
                self.schools_status.setText(tr("Bitte zuerst eine Stelle in der Liste auswählen."))
                return
        self._edit_post(post_id)

    def _edit_post(self, post_id: str | None) -> None:
        conn = self.ctx.conn
        year = self.school_year()
        post = next((p for p in setup.list_posts(conn) if p.id == post_id), None)
        shares = ({s.school_id: s.percent for s in setup.post_shares(conn, post_id, year)}
                  if post_id else {})
        dialog = PostDialog(post, setup.list_schools(conn), shares, year, self)
        dialog.save = lambda: setup.save_post_with_shares(self.ctx.conn, *_post_values(dialog))
        if self._exec(dialog):
            self.schools_status.setText(tr("Stelle gespeichert."))
            self.ctx.notify("post")
            self.refresh()

    # == Sicherheit =======================================================================
    def _build_security(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)

        lock_box = QGroupBox(tr("Automatisch sperren"))
        form = QFormLayout(lock_box)
        self.idle = QSpinBox()
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setSuffix(tr(" Minuten"))
        self.idle.setAccessibleName(tr("Automatisch sperren nach Minuten ohne Eingabe"))
        self.idle.setValue(self.settings.idle_minutes)
        self.idle.setMaximumWidth(160)
        self.idle.valueChanged.connect(self._idle_changed)
        idle_label = QLabel(tr("Sperren nach &Untätigkeit von"))
        idle_label.setBuddy(self.idle)
        form.addRow(idle_label, self.idle)
        form.addRow(QLabel(tr("Strg+L sperrt sofort. Der Tresor sperrt sich auch, wenn der "
                              "Bildschirm gesperrt wird oder das Gerät in den Ruhezustand geht.")))
        layout.addWidget(lock_box)

        self.device_box = QGroupBox(tr("Dieses Gerät"))
        device = QVBoxLayout(self.device_box)
        self.device_state = _status_label(tr("Zustand dieses Geräts"))
        device.addWidget(self.device_state)
        row = QHBoxLayout()
        self.remember_button = make_button(tr("Auf diesem Gerät &merken"),
                                       tr("Auf diesem Gerät merken"), self.remember_device)
        self.forget_button = make_button(tr("Dieses Gerät &vergessen"), tr("Dieses Gerät vergessen"),
                                     self.forget_device)
        row.addWidget(self.remember_button)
        row.addWidget(self.forget_button)
        row.addStretch(1)
        device.addLayout(row)
        layout.addWidget(self.device_box)

        key_box = QGroupBox(tr("Passphrase und Notfallschlüssel"))
        keys = QHBoxLayout(key_box)
        self.passphrase_button = make_button(tr("&Passphrase ändern …"), tr("Passphrase ändern"),
                                         self.change_passphrase)
        self.rekey_button = make_button(tr("Neuer &Notfallschlüssel …"), tr("Neuer Notfallschlüssel"),
                                    self.new_emergency_key)
        self.show_key_button = make_button(tr("Notfallschlüssel &anzeigen …"),
                                       tr("Notfallschlüssel anzeigen"),
                                       self.show_current_emergency_key)
        keys.addWidget(self.passphrase_button)
        keys.addWidget(self.show_key_button)
        keys.addWidget(self.rekey_button)
        keys.addStretch(1)
        layout.addWidget(key_box)

        data_box = QGroupBox(tr("Tresor"))
        data = QHBoxLayout(data_box)
        self.check_button = make_button(tr("Tresor &prüfen"), tr("Tresor prüfen"), self.check_vault)
        self.backup_button = make_button(tr("&Sicherung erstellen …"), tr("Sicherung erstellen"),
                                     self.create_backup)
        data.addWidget(self.check_button)
        data.addWidget(self.backup_button)
        data.addStretch(1)
        layout.addWidget(data_box)

        self.security_status = _status_label(tr("Meldung zur Sicherheit"))
        layout.addWidget(self.security_status)
        layout.addStretch(1)
        return page

    def _idle_changed(self, minutes: int) -> None:
        self.settings.idle_minutes = minutes
        self.settings.sync()
        autolock = getattr(self.ctx, "autolock", None)
        if autolock is not None:
            autolock.set_idle_minutes(minutes)
        self.idle_minutes_changed.emit(minutes)

    def _load_device(self) -> None:
        available = self.keystore.available()
        self.device_box.setVisible(available)
        if not available or not self.ctx.is_unlocked:
            return
        remembered = False
        with contextlib.suppress(Exception):
            remembered = self.keystore.is_remembered(self.ctx.session.uuid)
        self.device_state.setText(
            tr("Dieses Gerät öffnet den Tresor ohne Passphrase. Nur sinnvoll, wenn das Gerät "
               "selbst gut geschützt ist (eigenes Benutzerkonto, Festplattenverschlüsselung).")
            if remembered else
            tr("Der Tresor fragt bei jedem Öffnen nach der Passphrase."))
        self.remember_button.setEnabled(not remembered)
        self.forget_button.setEnabled(remembered)

    def remember_device(self) -> None:
        if self.ctx.session.remember_on_device(self.keystore):
            self.security_status.setText(tr("Dieses Gerät ist jetzt gemerkt."))
        else:
            self.security_status.setText(tr("Der Schlüsselbund dieses Geräts ist nicht "
                                            "erreichbar. Nichts wurde gemerkt."))
        self._load_device()

    def forget_device(self) -> None:
        self.ctx.session.forget_device(self.keystore)
        self.security_status.setText(tr("Dieses Gerät ist vergessen. Beim nächsten Öffnen "
                                        "wird die Passphrase verlangt."))
        self._load_device()

    # -- passphrase --------------------------------------------------------------------
    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self)
        if self._exec(dialog):
            old, new = dialog.values()
            dialog.wipe()
            self.start_change_passphrase(old, new)

    def start_change_passphrase(self, old: str, new: str) -> _Job:
        """Verify ``old`` and re-wrap the key under ``new``, off the GUI thread."""
        session = self.ctx.session
        params = self.kdf_params

        def work(_progress):
            vault_admin.verify_passphrase(session, old)
            vault_admin.change_passphrase(session, new, params=params)

        self.security_status.setText(tr("Passphrase wird geändert …"))
        # Critical: a lock meanwhile would zero the key while it is being wrapped.
        return self._start(work, tr("Passphrase wird geändert …"),
                           lambda _r: self.security_status.setText(tr("Die Passphrase ist geändert.")))

    # -- new emergency key -------------------------------------------------------------
    def new_emergency_key(self) -> None:
        prompt = PassphrasePrompt(
            tr("Neuer Notfallschlüssel"),
            tr("Der Tresor wird mit einem neuen Schlüssel neu verschlüsselt; vorher wird eine "
               "Sicherung angelegt. Der bisherige Notfallschlüssel gilt danach nicht mehr. "
               "Bitte zur Bestätigung die Passphrase eingeben."), self)
        if self._exec(prompt):
            passphrase = prompt.value()
            prompt.passphrase.clear()
            self.start_new_emergency_key(passphrase)

    def start_new_emergency_key(self, passphrase: str) -> _Job:
        session = self.ctx.session
        backup_dir = session.vault.folder / "backups"
        store = self.keystore if self.keystore.available() else None

        def work(progress):
            return session.rekey(passphrase, backup_dir=backup_dir, progress=progress, store=store)

        def done(key_text: str) -> None:
            self.security_status.setText(tr("Der neue Notfallschlüssel gilt ab sofort."))
            self.ctx.notify("*")
            self.show_emergency_key(key_text)

        # Exclusive: the worker uses the session's own connection and swaps it; the GUI
        # thread stays off it (ctx.conn refuses) and a lock waits until the swap is done.
        return self._start(work, tr("Neuer Notfallschlüssel wird erstellt …"), done,
                           modal=True, exclusive=True)

    def show_current_emergency_key(self) -> None:
        prompt = PassphrasePrompt(
            tr("Notfallschlüssel anzeigen"),
            tr("Der Notfallschlüssel öffnet den Tresor ohne Passphrase. Bitte zur Bestätigung "
               "die Passphrase eingeben."), self)
        if self._exec(prompt):
            passphrase = prompt.value()
            prompt.passphrase.clear()
            self.start_show_emergency_key(passphrase)

    def start_show_emergency_key(self, passphrase: str) -> _Job:
        """Verify the passphrase off the GUI thread (key derivation), then show the key."""
        session = self.ctx.session

        def work(_progress):
            return vault_admin.emergency_key_after_passphrase(session, passphrase)

        return self._start(work, tr("Passphrase wird geprüft …"),
                           lambda key_text: self.show_emergency_key(key_text, new=False))

    def show_emergency_key(self, key_text: str, *, new: bool = True) -> EmergencyKeyDialog:
        dialog = EmergencyKeyDialog(key_text, self, new=new)
        dialog.save_sheet.clicked.connect(lambda: self.save_emergency_sheet(dialog))
        dialog.destroyed.connect(lambda *_: setattr(self, "key_dialog", None))
        self.key_dialog = dialog
        dialog.open()
        return dialog

    def save_emergency_sheet(self, dialog: EmergencyKeyDialog, path: str | None = None) -> None:
        path = path or self._choose_file(tr("Notfallblatt speichern"),
                                         str(Path.home() / "Notfallblatt.pdf"), "PDF (*.pdf)")
        if not path:
            return
        try:
            written = vault_admin.write_vault_emergency_sheet(self.ctx.session, Path(path))
        except Exception as err:  # noqa: BLE001 - shown as a German sentence
            dialog.status.setText(user_message(err))
            return
        dialog.status.setText(tr("Notfallblatt gespeichert: {0}").format(written))

    # -- check and backup --------------------------------------------------------------
    def check_vault(self) -> None:
        session = self.ctx.session
        self.security_status.setText(tr("Tresor wird geprüft …"))
        self.check_button.setEnabled(False)

        def work(conn, _progress):
            with _worker_vault(session, conn) as view:
                return vault_admin.check_vault(view)

        def done(problems: list[str]) -> None:
            self.check_button.setEnabled(True)
            if not self.ctx.is_unlocked:
                return
            if problems:
                self.security_status.setText(
                    tr("Tresor geprüft: {0} Probleme gefunden.").format(len(problems))
                    + "\n" + "\n".join(f"• {p}" for p in problems)
                    + "\n" + tr("Bitte eine Sicherung erstellen und den Träger informieren."))
            else:
                self.security_status.setText(tr("Tresor geprüft: keine Probleme"))

        def failed(message: str) -> None:
            self.check_button.setEnabled(True)
            self.security_status.setText(message)

        self.ctx.run(work, on_done=done, on_error=failed)

    def create_backup(self) -> None:
        folder = self.ctx.session.vault.folder / "backups"
        path = self._choose_file(tr("Sicherung erstellen"),
                                 str(folder / vault_admin.default_backup_name(clock.today())),
                                 tr("Sicherung (*.ssabak)"))
        if path:
            self.start_backup(Path(path))

    def start_backup(self, out: Path):
        session = self.ctx.session
        self.security_status.setText(tr("Sicherung wird erstellt …"))
        self.backup_button.setEnabled(False)

        def work(conn, _progress):
            with _worker_vault(session, conn) as view:
                return vault_admin.backup_vault(view, out)

        def done(path: Path) -> None:
            self.backup_button.setEnabled(True)
            if not self.ctx.is_unlocked:
                return
            self.security_status.setText(tr("Sicherung erstellt: {0}").format(path))

        def failed(message: str) -> None:
            self.backup_button.setEnabled(True)
            self.security_status.setText(message)

        return self.ctx.run(work, on_done=done, on_error=failed)

    # -- running ----------------------------------------------------------------------
    def _start(self, work, label: str, on_done: Callable[[Any], None], *,
               modal: bool = False, exclusive: bool = False) -> _Job:
        """Run a critical security job: a lock requested meanwhile (Strg+L, auto-lock,
        screen lock) waits until it has finished, then happens before any result is
        shown."""
        job = _Job(work)
        self._jobs.add(job)
        self.busy = True
        self._set_actions_enabled(False)
        dialog = QProgressDialog(label, "", 0, 100, self)
        dialog.setWindowTitle(tr("Bitte warten"))
        dialog.setAccessibleName(tr("Fortschritt"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.ApplicationModal if modal else Qt.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.progress_dialog = dialog
        self.ctx.begin_critical(exclusive=exclusive)
        dialog.show()

        def progress(percent: int, text: str) -> None:
            with contextlib.suppress(RuntimeError):  # dialog already gone
                dialog.setLabelText(text)
                dialog.setValue(percent)

        def finish() -> None:
            self._jobs.discard(job)
            self.busy = False
            with contextlib.suppress(RuntimeError):
                dialog.close()
                dialog.deleteLater()
            self.progress_dialog = None
            self._set_actions_enabled(True)
            self.ctx.end_critical(exclusive=exclusive)  # a pending lock happens here

        def done(result) -> None:
            finish()
            if not self.ctx.is_unlocked:  # locked meanwhile: show nothing
                self.security_status.setText(tr(LOCKED_DURING_JOB))
                return
            on_done(result)

        def failed(err: BaseException) -> None:
            finish()
            self.security_status.setText(user_message(err))

        job.signals.progress.connect(progress)
        job.signals.finished.connect(done)
        job.signals.failed.connect(failed)
        QThreadPool.globalInstance().start(job)
        return job

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.passphrase_button, self.rekey_button, self.check_button,
                       self.backup_button):
            button.setEnabled(enabled)

    # == Sprache ==========================================================================
    def _build_language(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        box = QGroupBox(tr("Sprache der Oberfläche"))
        inner = QVBoxLayout(box)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for code, text in (("de", tr("&Deutsch")), ("en", tr("&English"))):
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            inner.addWidget(button)
        self.language_buttons[self.settings.language].setChecked(True)
        for code, button in self.language_buttons.items():
            button.toggled.connect(lambda on, c=code: on and self._language_changed(c))
        note = QLabel(tr("Die neue Sprache gilt nach einem Neustart von SSA Desktop. Eingaben, "
                         "Kataloge und Berichte bleiben deutsch."))
        note.setWordWrap(True)
        inner.addWidget(note)
        layout.addWidget(box)
        self.language_status = _status_label(tr("Meldung zur Sprache"))
        layout.addWidget(self.language_status)
        layout.addStretch(1)
        return page

    def _language_changed(self, code: str) -> None:
        self.settings.language = code
        self.settings.sync()
        self.language_status.setText(tr("Gespeichert. Bitte SSA Desktop neu starten."))
        self.language_changed.emit(code)

    # == Über =============================================================================
    def _build_about(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.about: dict[str, QLabel] = {}
        for key, text in (("version", tr("Version")), ("folder", tr("Tresor-Ordner")),
                          ("schema", tr("Schema-Version")), ("cipher", tr("SQLCipher-Version")),
                          ("created", tr("Tresor angelegt"))):
            label = _status_label(text)
            form.addRow(text, label)
            self.about[key] = label
        layout.addLayout(form)
        note = QLabel(tr("SSA Desktop arbeitet ohne Netzwerk. Alle Daten liegen verschlüsselt "
                         "im Tresor-Ordner auf diesem Gerät."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _load_about(self) -> None:
        info = vault_admin.vault_info(self.ctx.session)
        self.about["version"].setText(__version__)
        self.about["folder"].setText(info["folder"])
        self.about["schema"].setText(
            tr("{0} (aktuell: {1})").format(info["schema_version"], info["schema_latest"]))
        self.about["cipher"].setText(str(info["cipher_version"]))
        self.about["created"].setText(_german_date(info.get("created", "")))

    # == Area =============================================================================
    def refresh(self) -> None:
        if not self.ctx.is_unlocked or self.busy:
            return
        self._load_years()
        self._load_tables()
        self._load_device()
        self._load_about()

    def clear(self) -> None:
        self.schools_model.clear()
        self.posts_model.clear()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.blockSignals(False)
        for label in (*self.about.values(), self.schools_status, self.security_status,
                      self.device_state, self.language_status):
            label.clear()
        if self.key_dialog is not None:
            self.key_dialog.done(0)
            self.key_dialog = None

    # -- hooks (tests replace these; they are the only modal calls) ---------------------
    def _exec(self, dialog) -> bool:
        return bool(dialog.exec())

    def _ask(self, text: str) -> bool:
        return ask_yes_no(self, text, title=tr("Einstellungen"))

    def _choose_file(self, title: str, default: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, default, filters)
        return path


def _post_values(dialog: PostDialog):
    post, shares = dialog.values()
    return post, dialog.school_year, shares


def _german_date(iso: str) -> str:
    if not iso:
        return ""
    try:
        return fmt_date(iso[:10])
    except ValueError:
        return ""
