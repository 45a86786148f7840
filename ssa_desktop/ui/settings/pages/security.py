"""Einstellungen → Sicherheit: auto-lock, this device, passphrase, emergency key, vault
check and backup.

Every action that takes time (key derivation, re-encryption, check, backup) goes
through ``ctx.perform(background=True)``. Passphrase change and a new emergency key are
*critical*: a lock requested meanwhile waits until they have ended and then happens
before any result is shown. A new emergency key closes and reopens the session's own
connection (*exclusive*), so a modal progress dialog blocks all interaction meanwhile.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressDialog,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....domain import clock
from ....services import backups, post_handover, vault_admin
from ....services import session as session_svc
from ....services.session import DeviceKeyStore, KdfParams
from ...background import start_task
from ...common.files import choose_source_folder
from ...common.forms import make_button
from ...common.it_policy import it_set
from ...common.layouts import LinesHigh, flow_row
from ...common.message_line import MessageLine, add_last
from ...common.messages import user_message
from ...common.text_boxes import make_line_edit
from ...common.wrapping_label import LinesHighLabel
from ...context import AppContext
from ...i18n import translator
from ...settings_store import SettingsStore
from ..device_options import IDLE_MINUTES, LOCK_ON_POWER_EVENTS
from ..dialogs import (
    ChangePassphraseDialog,
    EmergencyKeyDialog,
    FindingsDialog,
    PassphrasePrompt,
    PostHandoverDialog,
)
from ..option_widgets import option_field
from ..page import SettingsPage, message_line, status_label

tr = translator("SettingsArea")
SHOWN_PROBLEMS = 5   # findings listed under "Tresor prüfen"; the rest counted

LOCKED_DURING_JOB = ("Die Aktion ist abgeschlossen; wegen der Sperre wird ihr Ergebnis nicht "
                     "angezeigt. Nach einem neuen Notfallschlüssel bitte unter Einstellungen → "
                     "Sicherheit „Notfallschlüssel anzeigen …“ wählen und das Notfallblatt "
                     "neu speichern.")


class SecurityPage(SettingsPage):
    idle_minutes_changed = Signal(int)
    # Key derivation parameters for a new passphrase; None keeps the key file's.
    kdf_params: KdfParams | None = None

    def __init__(self, ctx: AppContext, settings: SettingsStore, keystore: DeviceKeyStore,
                 parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.settings = settings
        self.keystore = keystore
        self.key_dialog: EmergencyKeyDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.busy = False
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_lock())
        layout.addWidget(self._build_device())
        layout.addWidget(self._build_keys())
        layout.addWidget(self._build_vault())
        self.security_status = message_line(tr("Meldung zur Sicherheit"))
        layout.addWidget(self.security_status)
        add_last(layout, self.policy_refused)

    # -- parts ---------------------------------------------------------------------------
    def _build_lock(self) -> QGroupBox:
        box = QGroupBox(tr("Automatisch sperren"))
        form = QFormLayout(box)
        self.idle_field = option_field(IDLE_MINUTES, self.settings.idle_minutes,
                                       self._idle_changed)
        self.idle = cast(QSpinBox, self.idle_field.editor)  # a whole number of minutes
        self.idle.setMaximumWidth(160)
        assert self.idle_field.label is not None  # a number's editor has its row label
        form.addRow(self.idle_field.label, self.idle)
        self.power_lock = option_field(LOCK_ON_POWER_EVENTS, self.settings.lock_on_power_events,
                                       self._power_lock_changed).editor
        form.addRow(self.power_lock)
        self._show_what_it_set()
        # IT's policy that could not be taken (a broken file, a wrong value); the defaults
        # apply. Said last on the page (``__init__``): in this box a long one moved every
        # button below it
        self.policy_refused = MessageLine()
        self.policy_refused.setAccessibleDescription(tr("Richtlinie Ihrer IT"))
        self.policy_refused.setText(self.settings.policy.refused)
        self.policy_refused.setVisible(bool(self.settings.policy.refused))
        form.addRow(LinesHighLabel(tr("Strg+L sperrt sofort. Der Tresor sperrt sich auch, wenn "
                                      "der Bildschirm gesperrt wird oder das Gerät in den "
                                      "Ruhezustand geht.")))
        return box

    def _show_what_it_set(self) -> None:
        """What IT's machine policy sets: the idle lock's maximum, lock on lid and display
        greyed out; each says so in its tooltip, its description and a line below it."""
        maximum = self.settings.policy.idle_lock_max_minutes
        if maximum is not None:
            self.idle.setMaximum(maximum)
            it_set(self.idle, tr("Höchstens {0} Minuten: von Ihrer IT festgelegt.").format(
                maximum))
        if self.settings.lock_on_power_events_set_by_it:
            self.power_lock.setEnabled(False)
            it_set(self.power_lock, tr("Von Ihrer IT festgelegt."))

    def _build_device(self) -> QGroupBox:
        self.device_box = QGroupBox(tr("Dieses Gerät"))
        device = QVBoxLayout(self.device_box)
        self.device_state = status_label(tr("Zustand dieses Geräts"))
        device.addWidget(self.device_state)
        self.remember_button = make_button(tr("Auf diesem Gerät &merken"),
                                           tr("Auf diesem Gerät merken"), self.remember_device)
        self.forget_button = make_button(tr("Dieses Gerät &vergessen"),
                                         tr("Dieses Gerät vergessen"), self.forget_device)
        # wraps where the width ends (640×360 at 200 %)
        device.addWidget(LinesHigh(flow_row(self.remember_button, self.forget_button)))
        self.device_box.hide()      # shown once the keychain answered that it exists
        self.device_known = False
        return self.device_box

    def _build_keys(self) -> QGroupBox:
        box = QGroupBox(tr("Passphrase und Notfallschlüssel"))
        column = QVBoxLayout(box)
        self.passphrase_button = make_button(tr("&Passphrase ändern …"), tr("Passphrase ändern"),
                                             self.change_passphrase)
        self.rekey_button = make_button(tr("Neuer &Notfallschlüssel …"),
                                        tr("Neuer Notfallschlüssel"), self.new_emergency_key)
        self.show_key_button = make_button(tr("Notfallschlüssel &anzeigen …"),
                                           tr("Notfallschlüssel anzeigen"),
                                           self.show_current_emergency_key)
        self.post_handover_button = make_button(tr("Übergabe an eine Nach&folge …"),
                                                tr("Übergabe der Stelle an eine Nachfolge"),
                                                self.hand_over_post)
        # the buttons wrap onto a second line where the page is narrow (200 %)
        column.addWidget(LinesHigh(flow_row(self.passphrase_button, self.show_key_button,
                                            self.rekey_button, self.post_handover_button)))
        return box

    def _build_vault(self) -> QGroupBox:
        box = QGroupBox(tr("Tresor"))
        column = QVBoxLayout(box)
        self.check_button = make_button(tr("&Tresor prüfen"), tr("Tresor prüfen"),
                                        self.check_vault)
        self.backup_button = make_button(tr("&Sicherung erstellen …"),
                                         tr("Sicherung erstellen"), self.create_backup)
        # the check's findings whole, in a dialog of their own (the message line below
        # counts them in one line; a long list could not be read there)
        self.findings_button = make_button(tr("Befunde an&zeigen …"),
                                           tr("Befunde der Prüfung anzeigen"),
                                           self.show_findings)
        self.findings_button.setEnabled(False)   # until a check found something
        self.findings: list[str] = []
        self.findings_dialog: FindingsDialog | None = None
        # wraps where the width ends (640×360 at 200 %: it scrolled sideways)
        column.addWidget(LinesHigh(flow_row(self.check_button, self.findings_button,
                                            self.backup_button)))
        column.addLayout(self._build_second_place())
        return box

    def _build_second_place(self) -> QFormLayout:
        """The second backup location (``SettingsStore.second_backup_folder``): shown,
        chosen with the folder picker, or none; greyed out when IT's policy names it."""
        form = QFormLayout()
        help_text = tr("Jede tägliche Sicherung wird zusätzlich hierher kopiert (eine Freigabe "
                       "des Trägers, ein USB-Stick), verschlüsselt wie im Tresor-Ordner: so "
                       "geht sie nicht mit dem Tresor verloren.")
        self.second_place = make_line_edit(tr("Zweiter Sicherungsort"), tr("kein zweiter Ort"))
        self.second_place.setReadOnly(True)
        self.second_place.setToolTip(help_text)
        self.second_place.setAccessibleDescription(help_text)
        current = self.settings.second_backup_folder
        self.second_place.setText(str(current) if current else "")
        label = QLabel(tr("Zweiter Sicherungs&ort"))
        label.setBuddy(self.second_place)
        self.second_choose = make_button(tr("Ordner wäh&len …"),
                                         tr("Zweiten Sicherungsort wählen"),
                                         self.choose_second_place)
        self.second_none = make_button(tr("&Keiner"), tr("Kein zweiter Sicherungsort"),
                                       lambda: self._set_second_place(""))
        form.addRow(label, self.second_place)
        form.addRow(flow_row(self.second_choose, self.second_none))
        if self.settings.second_backup_folder_set_by_it:
            for widget in (self.second_choose, self.second_none):
                widget.setEnabled(False)
            it_set(self.second_place, tr("Von Ihrer IT festgelegt."))
        return form

    def choose_second_place(self) -> None:
        path = choose_source_folder(self, tr("Zweiten Sicherungsort wählen"),
                                    self.second_place.text() or None)
        if path:
            self._set_second_place(path)

    def _set_second_place(self, path: str) -> None:
        self.settings.second_backup_folder = path or None
        self.settings.sync()
        self.second_place.setText(path)
        self.security_status.setText(tr("„%1“ gespeichert.").replace(
            "%1", tr("Zweiter Sicherungsort")))

    # -- load ----------------------------------------------------------------------------
    def load(self) -> None:
        self._load_device()

    def clear(self) -> None:
        self.security_status.clear()
        self.device_state.clear()
        if self.key_dialog is not None:
            self.key_dialog.done(0)
            self.key_dialog = None
        self.findings = []                      # the lock ends what the check found
        self.findings_button.setEnabled(False)
        if self.findings_dialog is not None:
            self.findings_dialog.done(0)
            self.findings_dialog = None

    def _idle_changed(self, minutes: int) -> None:
        self.settings.idle_minutes = minutes
        self.settings.sync()
        autolock = getattr(self.ctx, "autolock", None)
        if autolock is not None:
            autolock.set_idle_minutes(minutes)
        self.idle_minutes_changed.emit(minutes)

    def _power_lock_changed(self, on: bool) -> None:
        self.settings.lock_on_power_events = on
        self.settings.sync()
        autolock = getattr(self.ctx, "autolock", None)
        if autolock is not None:
            autolock.set_lock_on_power_events(on)

    def _load_device(self) -> None:
        """Ask the keychain off the GUI thread (a child process answers, ``storage.keychain``):
        the section shows once the answer is there, hidden where there is no keychain."""
        self.device_known = False
        keystore = self.keystore
        uuid = self.ctx.open_session().uuid if self.ctx.is_unlocked else None

        def ask(_conn, _progress) -> tuple[bool, bool]:
            available = keystore.available()
            remembered = False
            if available and uuid is not None:
                with contextlib.suppress(Exception):
                    remembered = keystore.is_remembered(uuid)
            return available, remembered

        start_task(ask, on_done=self._show_device)

    def _show_device(self, answer: tuple[bool, bool]) -> None:
        available, remembered = answer
        self.device_known = True
        self.device_box.setVisible(available)
        if not available or not self.ctx.is_unlocked:
            return
        self.device_state.setText(
            tr("Dieses Gerät öffnet den Tresor ohne Passphrase. Nur sinnvoll, wenn das Gerät "
               "selbst gut geschützt ist (eigenes Benutzerkonto, Festplattenverschlüsselung).")
            if remembered else
            tr("Der Tresor fragt bei jedem Öffnen nach der Passphrase."))
        self.remember_button.setEnabled(not remembered and self.settings.remember_allowed)
        self.forget_button.setEnabled(remembered)
        if not self.settings.remember_allowed:
            it_set(self.remember_button, tr("Von Ihrer IT abgeschaltet: die Passphrase ist "
                                              "bei jedem Öffnen nötig."))

    def remember_device(self) -> None:
        """Off the GUI thread: each keychain question is a child process (0.2–0.5 s)."""
        session, keystore = self.ctx.open_session(), self.keystore

        def done(remembered: bool) -> None:
            self.security_status.setText(
                tr("Dieses Gerät ist jetzt gemerkt.") if remembered else
                tr("Der Schlüsselbund dieses Geräts ist nicht erreichbar. Nichts wurde "
                   "gemerkt."))
            self._load_device()

        self._device_task(lambda: session.is_open and session.remember_on_device(keystore),
                          done)

    def forget_device(self) -> None:
        session, keystore = self.ctx.open_session(), self.keystore

        def done(_value) -> None:
            self.security_status.setText(tr("Dieses Gerät ist vergessen. Beim nächsten "
                                            "Öffnen wird die Passphrase verlangt."))
            self._load_device()

        def forget() -> None:
            if session.is_open:
                session.forget_device(keystore)

        self._device_task(forget, done)

    def _device_task(self, work, done) -> None:
        self.remember_button.setEnabled(False)
        self.forget_button.setEnabled(False)

        def finished(value) -> None:
            if self.ctx.is_unlocked:
                done(value)

        start_task(lambda _conn, _progress: work(), on_done=finished,
                   on_error=lambda err: finished(False))

    # -- passphrase ----------------------------------------------------------------------
    def change_passphrase(self) -> None:
        self._ask_then(ChangePassphraseDialog(self), self.start_change_passphrase)

    def _ask_then(self, dialog: ChangePassphraseDialog | PassphrasePrompt, start) -> None:
        """Show ``dialog``; once she confirms, ``start`` with what she typed, taken out of
        the dialog's fields (they are emptied before the work begins). The dialog deletes
        itself when it closes: no closed prompt waits among the page's children."""
        if self._exec(dialog):
            start(*dialog.take())

    def start_change_passphrase(self, old: str, new: str) -> None:
        """Verify ``old`` and re-wrap the key under ``new``, off the GUI thread."""
        session = self.ctx.open_session()
        params = self.kdf_params

        store = self.keystore if self.keystore.available() else None

        def work(_conn, _progress):
            vault_admin.verify_passphrase(session, old)
            revoked = vault_admin.change_passphrase(session, new, params=params)
            if store is not None:  # this device's keychain entry points to nothing now
                session.forget_device(store)
            return revoked

        def done(revoked) -> None:
            text = tr("Die Passphrase ist geändert.")
            if revoked:
                text += " " + tr("Gemerkte Geräte wurden vergessen; dort wird die neue "
                                 "Passphrase verlangt.")
            self.security_status.setText(text)
            self._load_device()

        self.security_status.setText(tr("Passphrase wird geändert …"))
        # Critical: a lock meanwhile would zero the key while it is being wrapped.
        self._start(work, tr("Passphrase wird geändert …"), done)

    # -- emergency key -------------------------------------------------------------------
    def new_emergency_key(self) -> None:
        prompt = PassphrasePrompt(
            tr("Neuer Notfallschlüssel"),
            tr("Der Tresor wird mit einem neuen Schlüssel neu verschlüsselt; vorher wird eine "
               "Sicherung angelegt. Der bisherige Notfallschlüssel gilt danach nicht mehr. "
               "Bitte zur Bestätigung die Passphrase eingeben."), self)
        self._ask_then(prompt, self.start_new_emergency_key)

    def start_new_emergency_key(self, passphrase: str) -> None:
        session = self.ctx.open_session()
        store = self.keystore if self.keystore.available() else None

        def work(_conn, progress):
            return session_svc.rekey(session, passphrase, progress=progress, store=store)

        def done(key_text: str) -> None:
            self.security_status.setText(tr("Der neue Notfallschlüssel gilt ab sofort."))
            self.show_emergency_key(key_text)

        # Exclusive: the worker uses the session's own connection and swaps it; the GUI
        # thread stays off it (ctx.conn refuses) and a lock waits until the swap is done.
        self._start(work, tr("Neuer Notfallschlüssel wird erstellt …"), done,
                    modal=True, exclusive=True)

    def show_current_emergency_key(self) -> None:
        prompt = PassphrasePrompt(
            tr("Notfallschlüssel anzeigen"),
            tr("Der Notfallschlüssel öffnet den Tresor ohne Passphrase. Bitte zur Bestätigung "
               "die Passphrase eingeben."), self)
        self._ask_then(prompt, self.start_show_emergency_key)

    def start_show_emergency_key(self, passphrase: str) -> None:
        """Verify the passphrase off the GUI thread (key derivation), then show the key."""
        session = self.ctx.open_session()

        def work(_conn, _progress):
            return vault_admin.emergency_key_after_passphrase(session, passphrase)

        self._start(work, tr("Passphrase wird geprüft …"),
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
                                         "Notfallblatt.pdf", "PDF (*.pdf)")
        if not path:
            return
        try:
            written = vault_admin.write_vault_emergency_sheet(self.ctx.open_session(), Path(path))
        except Exception as err:  # noqa: BLE001 - shown as a German sentence
            dialog.show_status(user_message(err))
            return
        dialog.show_status(tr("Notfallblatt gespeichert: {0}").format(written))

    # -- successor for the whole post ---------------------------------------
    def hand_over_post(self) -> None:
        self._ask_then(PostHandoverDialog(self), self.start_post_handover)

    def start_post_handover(self, old: str, new: str) -> None:
        session = self.ctx.open_session()
        store = self.keystore if self.keystore.available() else None
        params = self.kdf_params
        base = self.settings.second_backup_folder
        second = backups.second_place(base, session.uuid) if base is not None else None

        def work(_conn, progress):
            return post_handover.hand_over_post(session, old, new, progress=progress,
                                                store=store, params=params, second=second)

        def done(result) -> None:
            self.post_handover_result = result
            self.security_status.setText(tr(
                "Übergabe abgeschlossen: neue Passphrase der Nachfolge, neuer "
                "Notfallschlüssel, {0} gemerkte(s) Gerät(e) widerrufen, {1} Sicherung(en) "
                "unter dem bisherigen Schlüssel gelöscht und eine neue angelegt. Bitte das "
                "neue Notfallblatt und das Übergabeprotokoll speichern.").format(
                    result.devices_revoked, result.backups_removed)
                + ("\n" + result.second_place if result.second_place else ""))
            self._load_device()
            dialog = self.show_emergency_key(result.key_text)
            protocol = make_button(tr("Übergabeprotokoll speichern …"),
                                   tr("Übergabeprotokoll für den Träger speichern"),
                                   lambda: self.save_post_protocol())
            layout = cast(QVBoxLayout, dialog.layout())
            layout.insertWidget(layout.count() - 1, protocol)

        self._start(work, tr("Übergabe an die Nachfolge …"), done, modal=True, exclusive=True)

    def save_post_protocol(self, path: str | None = None) -> None:
        result = getattr(self, "post_handover_result", None)
        if result is None:
            return
        path = path or self._choose_file(tr("Übergabeprotokoll speichern"),
                                         "Uebergabeprotokoll.pdf",
                                         "PDF (*.pdf)")
        if not path:
            return
        try:
            written = post_handover.write_protocol(Path(path), result)
        except Exception as err:  # noqa: BLE001 - shown as a German sentence
            self.security_status.setText(user_message(err))
            return
        self.security_status.setText(tr("Übergabeprotokoll gespeichert: {0}").format(written))

    # -- check and backup ----------------------------------------------------------------
    def holds_input(self) -> bool:
        """A check or backup she started has not answered (its button waits)."""
        return not (self.check_button.isEnabled() and self.backup_button.isEnabled())

    def check_vault(self) -> None:
        session = self.ctx.open_session()
        self.security_status.setText(tr("Tresor wird geprüft …"))
        self.check_button.setEnabled(False)

        def done(problems: list[str]) -> None:
            self.check_button.setEnabled(True)
            if not self.ctx.is_unlocked:
                return
            self.findings = list(problems)
            self.findings_button.setEnabled(bool(problems))
            if problems:
                shown = problems[:SHOWN_PROBLEMS]   # every one: „Befunde anzeigen …“
                more = ("\n" + tr("… und {0} weitere; alle zeigt „Befunde anzeigen …“.").format(
                    len(problems) - len(shown))) if len(problems) > len(shown) else ""
                self.security_status.setText(
                    tr("Tresor geprüft: {0} Probleme gefunden.").format(len(problems))
                    + "\n" + "\n".join(f"• {p}" for p in shown) + more
                    + "".join("\n" + a for a in vault_admin.check_advice(problems)))
            else:
                self.security_status.setText(tr("Tresor geprüft: keine Probleme"))

        self.ctx.perform(lambda conn, _p: session_svc.check(session, conn), background=True,
                         on_done=done, on_error=self._failed_on(self.check_button))

    def show_findings(self) -> FindingsDialog | None:
        """The last check's findings and the advice for them, whole, in a dialog."""
        if not self.findings:
            return None
        dialog = FindingsDialog(
            tr("Tresor geprüft: {0} Probleme gefunden.").format(len(self.findings)),
            self.findings, vault_admin.check_advice(self.findings), self)
        dialog.destroyed.connect(lambda *_: setattr(self, "findings_dialog", None))
        self.findings_dialog = dialog
        dialog.open()
        return dialog

    def create_backup(self) -> None:
        folder = self.ctx.open_session().vault.folder / "backups"
        path = self._choose_file(tr("Sicherung erstellen"),
                                 str(folder / vault_admin.default_backup_name(clock.today())),
                                 tr("Sicherung (*.ssabak)"))
        if path:
            self.start_backup(Path(path))

    def start_backup(self, out: Path) -> None:
        session = self.ctx.open_session()
        self.security_status.setText(tr("Sicherung wird erstellt …"))
        self.backup_button.setEnabled(False)

        def done(path: Path) -> None:
            self.backup_button.setEnabled(True)
            if self.ctx.is_unlocked:
                self.security_status.setText(tr("Sicherung erstellt: {0}").format(path))

        self.ctx.perform(lambda conn, _p: session_svc.backup(session, conn, out),
                         background=True, on_done=done,
                         on_error=self._failed_on(self.backup_button),
                         writing="backup")

    def _failed_on(self, button) -> Callable[[str], None]:
        def failed(message: str) -> None:
            button.setEnabled(True)
            self.security_status.setText(message)
        return failed

    # -- running a critical job ----------------------------------------------------------
    def _start(self, work, label: str, on_done: Callable[[Any], object], *,
               modal: bool = False, exclusive: bool = False) -> None:
        """Run a critical security job on the session itself behind a progress dialog: a
        lock requested meanwhile (Strg+L, auto-lock, screen lock) waits until it has
        finished, then happens before any result is shown."""
        self.busy = True
        self._set_actions_enabled(False)
        dialog = self._progress_dialog(label, modal)

        def progress(percent: int, text: str) -> None:
            with contextlib.suppress(RuntimeError):  # dialog already gone
                dialog.setLabelText(text)
                dialog.setValue(percent)

        def finish() -> None:
            self.busy = False
            with contextlib.suppress(RuntimeError):
                dialog.close()
                dialog.deleteLater()
            self.progress_dialog = None
            self._set_actions_enabled(True)

        def done(result) -> None:
            finish()
            if not self.ctx.is_unlocked:  # locked meanwhile: show nothing
                self.security_status.setText(tr(LOCKED_DURING_JOB))
                return
            on_done(result)

        def failed(message: str) -> None:
            finish()
            self.security_status.setText(message)

        self.ctx.perform(work, background=True, own_connection=False, critical=True,
                         exclusive=exclusive, on_done=done, on_error=failed,
                         on_progress=progress)

    def _progress_dialog(self, label: str, modal: bool) -> QProgressDialog:
        dialog = QProgressDialog(label, "", 0, 100, self)
        dialog.setWindowTitle(tr("Bitte warten"))
        dialog.setAccessibleName(tr("Fortschritt"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal if modal else Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.progress_dialog = dialog
        dialog.show()
        return dialog

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.passphrase_button, self.rekey_button, self.check_button,
                       self.backup_button, self.post_handover_button):
            button.setEnabled(enabled)
