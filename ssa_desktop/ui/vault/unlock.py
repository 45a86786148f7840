"""Unlock dialog, and the emergency-key dialog behind it.

Key derivation (Argon2id, ~0.5 s) runs off the GUI thread; the dialog shows a busy
state meanwhile. On an error the typed passphrase stays in the field, selected, so she
can correct or retype it at once. The emergency key opens the vault when the key file
is missing or damaged (or the passphrase is forgotten) and then asks for a new
passphrase. Cheap to construct: only the light session service is imported (no
reportlab), because it is the first window she sees.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt where used: its namespace is slow to build
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import colours
from ..common.announce import MessageLabel, announce
from ..common.fonts import enlarge_font
from ..common.labels import bind_labels_to_inputs, name_by_label, name_window
from ..common.layout_items import item_parts, let_go_of_layout_items
from ..common.secret_field import FieldsBeforeToggles, SecretField
from ..common.tab_chain import tab_chain
from ..first_frame import after_first_frame
from ..i18n import translator
from .passphrase_rows import add_new_passphrase_rows, grow_to_fit
from .passphrase_widgets import StrengthMeter

if TYPE_CHECKING:
    from ...services.session import DeviceKeyStore, OpenVault, Vault
    from ..traeger.kit_dialog import TraegerKitDialog

tr = translator("Unlock")


def run_in_background(*args, **kwargs):
    """The one runner (``ui.background``), imported when first used: the first frame of
    the window does not wait for it."""
    from ..background import run_in_background as run

    return run(*args, **kwargs)


def start_task(*args, **kwargs):
    """The one runner with its Progress (``ui.background``), imported when first used."""
    from ..background import start_task as start

    return start(*args, **kwargs)


def _migration_step(progress) -> Callable[[int, int], None]:
    """Report each migration of the first unlock after an update (on the worker thread;
    ``QCoreApplication.translate`` is thread-safe)."""
    def step(done: int, total: int) -> None:
        progress(done * 100 // max(total, 1),
                 tr("Der Tresor wird auf die neue Version umgestellt … Schritt {0} von {1}. "
                    "Bitte das Programm nicht beenden.").format(done + 1, total))
    return step


def _session_service():
    """The session service, imported when it is first needed (after the window shows):
    it brings the storage layer, SQLCipher, Argon2 and the keychain with it."""
    return importlib.import_module("ssa_desktop.services.session")

ERROR_STYLE = (f"QLabel {{ color: {colours.current().error_box_text};"
               f" background: {colours.current().error_box_fill};"
               f" border: 1px solid {colours.current().error_box_border};"
               " border-radius: 4px; padding: 8px; }")
INFO_STYLE = (f"QLabel {{ color: {colours.current().info_box_text};"
              f" background: {colours.current().info_box_fill};"
              f" border: 1px solid {colours.current().info_box_border};"
              " border-radius: 4px; padding: 8px; }")


def _message_for(err: BaseException) -> str:
    if isinstance(err, _session_service().VaultError):
        return str(err)
    from ..common.messages import user_message

    return user_message(err)


def _button(text: str, parent: QWidget) -> QPushButton:
    """A push button with ``text``. Not ``QPushButton(text, parent)``: resolving that call
    against the (icon, text, parent) overload builds PySide's ``QIcon`` with its 151-member
    ``ThemeIcon`` (2-4 ms of the first frame; tests/ui/shell/test_start_path.py)."""
    button = QPushButton(parent)
    button.setText(text)
    return button


class _BusyRow(QWidget):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(text)
        self.label = QLabel(text, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        self.hide()

    def show_step(self, percent: int, text: str) -> None:
        """A determinate step (a migration) instead of the running bar."""
        self.bar.setRange(0, 100)
        self.bar.setValue(percent)
        self.bar.setFixedHeight(12)
        self.bar.setAccessibleName(text)
        self.label.setText(text)
        self.label.setWordWrap(True)
        announce(self.label, text)


class UnlockDialog(QDialog):
    """Ask for the passphrase and open ``vault``.

    After ``accepted`` the open vault is in ``session`` (and ``unlocked`` was emitted).
    ``store`` is the device key store; the "Auf diesem Gerät merken" box is only shown
    when it is available. Without a ``store`` (the application's start) the keychain is
    asked only after the window is shown, off the GUI thread: whether it is available
    and, with ``try_remembered``, whether it remembers this vault — then the vault opens
    without the passphrase. The window itself imports only Qt. ``kdf_params`` is used when a
    new passphrase is set via the emergency key (tests pass a cheap one).
    """

    unlocked = Signal(object)
    progress_shown = Signal()  # a step of the first unlock after an update is shown

    def __init__(self, vault: Vault | Path | str, *, store: DeviceKeyStore | None = None,
                 demo_passphrase: str | None = None, kdf_params=None,
                 try_remembered: bool = False,
                 remember_allowed: Callable[[], bool] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        if isinstance(vault, (str, Path)):
            self._folder, self._vault = Path(vault), None
        else:
            self._folder, self._vault = vault.folder, vault
        self.store = store
        self._try_remembered = try_remembered
        # IT's policy, asked off the GUI thread with the keychain (it reads the registry)
        self._remember_allowed = remember_allowed or (lambda: True)
        self._keychain_pending = store is None
        # the window's one child process: asked for the remembered key, it stays for the
        # passphrase she types (services.session.UnlockChild); ended with the window
        self._unlock_child = None
        self.finished.connect(self._end_unlock_child)
        self.kdf_params = kdf_params
        self.session: OpenVault | None = None
        self._busy = False
        self._opening_remembered = False   # a remembered unlock shows migration steps
        self.setWindowTitle(tr("SSA Desktop — Tresor entsperren"))
        self.setAccessibleName(tr("Tresor entsperren"))
        self.setModal(True)
        self.setMinimumWidth(480)

        title, intro = self._build_header(demo_passphrase)
        self._build_fields()
        self._build_buttons()
        self._lay_out(title, intro)
        let_go_of_layout_items()
        bind_labels_to_inputs(self)
        self.passphrase.setFocus()  # the field she types in when the window shows
        self._update_buttons()
        if self._keychain_pending:
            after_first_frame(self, self._after_first_frame)

    # -- parts ---------------------------------------------------------------------------
    def _build_header(self, demo_passphrase: str | None) -> tuple[QLabel, QLabel]:
        """Title, introduction and (for the demo vault) its passphrase."""
        title = QLabel(tr("Tresor entsperren"), self)
        enlarge_font(title, 1.4, QFont.Weight.DemiBold)
        intro = QLabel(tr("Geben Sie Ihre Passphrase ein, um die Dokumentation zu öffnen."), self)
        intro.setWordWrap(True)

        self.demo_label = QLabel(self)
        self.demo_label.setWordWrap(True)
        if demo_passphrase:  # the box's style sheet only when shown: each costs the first frame
            self.demo_label.setStyleSheet(INFO_STYLE)
            self.demo_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            self.demo_label.setText(tr("Demo-Tresor mit erfundenen Daten. Passphrase: {0}")
                                    .format(demo_passphrase))
            self.demo_label.setAccessibleName(self.demo_label.text())
        else:
            self.demo_label.hide()
        return title, intro

    def _build_fields(self) -> None:
        """Passphrase, error line, "remember on this device", busy row."""
        self.passphrase = SecretField(tr("Passphrase"), tr("Passphrase"), self)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.passphrase.textChanged.connect(lambda _t: self._update_buttons())

        # not a MessageLine: nothing but Qt's plain classes before the first frame
        # (test_start_path.py); last below the buttons as one, so a refusal moves none
        self.error_label = MessageLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()  # its box (ERROR_STYLE) comes with its first message

        self.remember = QCheckBox(tr("Auf diesem Gerät merken"), self)
        self.remember.setAccessibleName(tr("Auf diesem Gerät merken"))
        self.remember.setToolTip(tr("Ein Geräteschlüssel (nicht der Notfallschlüssel) wird im "
                                    "Schlüsselbund Ihres Benutzerkontos gespeichert; beim Start "
                                    "ist keine Passphrase nötig. Nur auf einem Gerät, das nur "
                                    "Sie benutzen."))
        self.remember.setVisible(self.store is not None and self._store_available())

        self.busy = _BusyRow(tr("Wird entsperrt …"), self)

    def _build_buttons(self) -> None:
        self.emergency_button = _button(tr("Mit Notfallschlüssel öffnen …"), self)
        self.emergency_button.setAccessibleName(tr("Mit Notfallschlüssel öffnen"))
        self.emergency_button.setAutoDefault(False)
        self.emergency_button.clicked.connect(self.open_with_emergency_key)

        # Art. 33 DSGVO: a lost device must be reported even when nobody can unlock.
        self.breach_button = _button(tr("Datenpanne melden …"), self)
        self.breach_button.setAccessibleName(tr("Datenpanne melden"))
        self.breach_button.setAutoDefault(False)
        self.breach_button.clicked.connect(self.open_breach_assistant)

        # the Träger's coordinator reads the posts' exports without opening her vault
        self.kit_button = _button(tr("Träger-Werkzeuge (ohne Tresor) …"), self)
        name_by_label(self.kit_button, self.kit_button.text(), tr("Träger-Werkzeuge ohne Tresor öffnen"))
        self.kit_button.setAutoDefault(False)
        self.kit_button.clicked.connect(self.open_kit)
        self._kit_dialog: TraegerKitDialog | None = None

        # no parent in the constructor: resolving QDialogButtonBox(parent) against the
        # (orientation, parent) overload builds PySide's whole Qt namespace (11 ms of the
        # first frame); the layout takes it as a child
        self.buttons = QDialogButtonBox()
        self.buttons.setParent(self)
        self.unlock_button = self.buttons.addButton(tr("Entsperren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setAccessibleName(tr("Entsperren"))
        self.unlock_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(tr("Abbrechen"))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.cancel_button.clicked.connect(self.reject)

    def _lay_out(self, title: QLabel, intro: QLabel) -> None:
        form = QFormLayout()
        form.addRow(tr("Passphrase:"), self.passphrase)
        bottom = QHBoxLayout()
        bottom.addWidget(self.emergency_button)
        bottom.addWidget(self.breach_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        # never narrower than its buttons: with a fixed minimum of 480 the window opened at
        # 533 px and cut "Mit Notfallschlüssel öffnen …" to "it Notfallschlüssel öffnen"
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.demo_label)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.busy)
        kit_row = QHBoxLayout()  # left, as wide as its text (no Qt namespace: first frame)
        kit_row.addWidget(self.kit_button)
        kit_row.addStretch(1)
        layout.addLayout(kit_row)
        layout.addLayout(bottom)
        layout.addWidget(self.error_label)  # below the buttons: a refusal moves none
        layout.addStretch(1)
        # Tab follows the layout: the row's left buttons, then the button box in the order
        # the platform shows its buttons (Abbrechen came before Notfallschlüssel)
        box = self.buttons.layout()
        shown = [widget for widget, _nested in item_parts(box)] if box is not None else []
        tab_chain(self.passphrase.edit, self.passphrase.toggle, self.remember,
                  self.kit_button, self.emergency_button, self.breach_button,
                  *[b for b in shown if b in (self.unlock_button, self.cancel_button)])
        if self.store is not None and not self._remember_allowed():
            self._remember_forbidden()   # in its place: its line goes below it

    def _store_available(self) -> bool:
        if self.store is None:
            return False
        try:
            return bool(self.store.available())
        except Exception:
            return False

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            self._vault = _session_service().Vault(self._folder)
        return self._vault

    # -- the keychain, after the window is shown ----------------------------------------
    def _ask_keychain(self) -> None:
        folder, remembered, allowed = self._folder, self._try_remembered, self._remember_allowed

        def work(_conn, progress):
            service = _session_service()
            store = service.DeviceKeyStore()
            session = None
            may = allowed()
            if remembered and may:
                # one child process asks the keychain, opens the device's wrapped key
                # file and says whether there is a keychain (then ``available`` is known);
                # when nothing is remembered it stays for the passphrase she types
                child = service.UnlockChild()
                self._unlock_child = child
                try:   # the window deleted without closing (no ``finished``) ends it too
                    self.destroyed.connect(child.close)
                except RuntimeError:   # deleted already
                    child.close()
                session = service.unlock_remembered(
                    service.Vault(folder), store, defer_integrity=True, unlock_child=child,
                    on_migration_step=_migration_step(progress))
            return store, bool(store.available()), session, may

        # the one runner with its Progress: a remembered vault's first unlock after an
        # update shows its steps as the passphrase unlock does
        self._remembering = start_task(work, on_done=self._keychain_answered,
                                       on_error=self._keychain_failed,
                                       on_progress=self._show_remembered_step)

    def _show_remembered_step(self, percent: int, text: str) -> None:
        """The remembered key opened an old vault that is being converted: her fields
        close until it is done (a second unlock would meet the vault in use)."""
        if not self._busy:
            self._opening_remembered = True
            self._set_busy(True)
        self._show_step(percent, text)

    def _keychain_answered(self, answer) -> None:
        store, available, session, may = answer
        self._keychain_pending = False
        if self._opening_remembered:
            self._opening_remembered = False
            self._set_busy(False)
        if not may:
            self._remember_forbidden()
        if not self.isVisible():   # the window went while the child was asked
            self._end_unlock_child()
        if self.store is None:
            self.store = store
        self.remember.setVisible(available)
        if session is None:
            return
        if self._busy or self.session is not None or not self.isVisible():
            session.lock()  # she is already unlocking with the passphrase (or has left)
            return
        self.finish(session)

    def _remember_forbidden(self) -> None:
        """IT's policy does not allow „Auf diesem Gerät merken“: greyed out, saying so
        (its module only then: nothing more before the unlock window's first frame)."""
        from ..common.it_policy import it_set

        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        it_set(self.remember,
               tr("Von Ihrer IT abgeschaltet: die Passphrase ist bei jedem Öffnen nötig."))

    def _keychain_failed(self, err: BaseException) -> None:
        # The keychain is a convenience: without it she types the passphrase. What the
        # vault itself refused (a newer version, in use, a link, a full disk) is said at
        # once: her passphrase would only meet the same refusal.
        self._keychain_pending = False
        self.remember.hide()
        converting, self._opening_remembered = self._opening_remembered, False
        service = _session_service()
        refused = (isinstance(err, service.VaultError)
                   and not isinstance(err, service.UnwrapFailed))
        if converting or refused:
            self._failed(err)

    # -- state --------------------------------------------------------------------------
    # ui.first_frame: the first frame's followers without an event filter or handler (no
    # Python event handler runs before the first frame: PySide would build QEvent for it)
    WATCHES_EXPOSURE = True

    def _after_first_frame(self) -> None:
        # After the first frame, not at show: importing the session service on a worker
        # thread competes for the GIL and would delay the window she is waiting for; and
        # after the start's other followers (the hop to the end of the queue).
        if self._keychain_pending and not getattr(self, "_remembering", None):
            self._remembering = True
            QTimer.singleShot(0, self._ask_keychain)

    def _update_buttons(self) -> None:
        self.unlock_button.setEnabled(not self._busy and bool(self.passphrase.text()))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.remember, self.emergency_button, self.cancel_button):
            widget.setEnabled(not busy)
        self._update_buttons()

    def show_error(self, text: str, *, offer_emergency: bool = False) -> None:
        if not self.error_label.styleSheet():
            self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setText(text)
        self.error_label.show()
        layout = self.layout()
        if layout is not None:
            layout.activate()   # the label's width, then its wrapped height at it
        self.error_label.setMinimumHeight(self.error_label.heightForWidth(
            self.error_label.width()))
        self.adjustSize()  # room for the wrapped message, below the buttons
        if offer_emergency:
            self.emergency_button.setDefault(True)
            self.emergency_button.setFocus()
        else:
            self.passphrase.select_all()

    # -- unlocking ----------------------------------------------------------------------
    def try_unlock(self) -> None:
        if self._busy or not self.passphrase.text():
            return
        passphrase = self.passphrase.text()
        self.error_label.hide()
        self._set_busy(True)
        vault, service = self.vault, _session_service()
        # in_child: Argon2 and the unwrap run in a short-lived child process; this
        # process never loads them nor keeps their memory
        child = self._unlock_child
        # the one runner with its Progress: the first unlock after an update says that
        # the vault is converted, step by step (nothing to say when nothing is migrated)
        start_task(lambda _conn, progress: service.unlock(
                       vault, passphrase, defer_integrity=True, in_child=True,
                       unlock_child=child, on_migration_step=_migration_step(progress)),
                   on_done=self._unlocked, on_error=self._failed,
                   on_progress=self._show_step)

    def _show_step(self, percent: int, text: str) -> None:
        self.busy.show_step(percent, text)
        self.adjustSize()  # room for the wrapped line
        self.progress_shown.emit()

    def _failed(self, err: BaseException) -> None:
        self._set_busy(False)
        # another vault's key file: the emergency key still opens this vault
        service = _session_service()
        offer = isinstance(err, (service.KeyFileMissing, service.KeyFileDamaged,
                                 service.ForeignKeyFile))
        text = _message_for(err)
        if isinstance(err, service.WrongPassphrase):
            text = tr("Die Passphrase ist falsch. Bitte prüfen Sie Groß-/Kleinschreibung und "
                      "Tastaturbelegung (Feststelltaste?).")
        self.show_error(text, offer_emergency=offer)

    def _unlocked(self, session: OpenVault) -> None:
        self._set_busy(False)
        self.finish(session)

    def finish(self, session: OpenVault) -> None:
        if (self.store is not None and not self.remember.isHidden()
                and self.remember.isEnabled() and self.remember.isChecked()):
            try:
                session.remember_on_device(self.store)
            except Exception:
                pass  # remembering is a convenience; the vault is open anyway
        self.session = session
        self.passphrase.wipe()
        self.unlocked.emit(session)
        self.accept()

    def _end_unlock_child(self, _result: int = 0) -> None:
        """The window's child, still waiting for a passphrase, ends with the window."""
        if self._unlock_child is not None:
            self._unlock_child.close()

    def open_with_emergency_key(self) -> None:
        dialog = EmergencyUnlockDialog(self.vault, kdf_params=self.kdf_params, parent=self)
        self._emergency_dialog = dialog
        dialog.unlocked.connect(self.finish)
        dialog.rejected.connect(self._back_to_passphrase)
        dialog.open()

    def open_breach_assistant(self) -> None:
        from ..privacy.breach_dialog import open_breach_dialog  # not on the fast unlock path

        self._breach_dialog = open_breach_dialog(self.vault.folder, self)

    def open_kit(self) -> None:
        from ..common.modal import open_deleting  # not on the fast unlock path either
        from ..traeger.kit_dialog import TraegerKitDialog  # not on the fast unlock path

        # kept: an open dialog outlives this call; Qt deletes it once it closes
        self._kit_dialog = open_deleting(TraegerKitDialog(self))

    @property
    def kit_dialog(self) -> TraegerKitDialog | None:
        """The Träger kit while it is open, else None."""
        if self._kit_dialog is None:
            return None
        from ..common.modal import alive

        return alive(self._kit_dialog)

    def _back_to_passphrase(self) -> None:
        """After cancelling the emergency key the keyboard belongs to the passphrase field
        again: typing must never land on the button (Space reopens the dialog and the
        rest of the passphrase would appear in its clear-text field)."""
        self.emergency_button.setDefault(False)
        self.unlock_button.setDefault(True)
        self.passphrase.setFocus()

    def reject(self) -> None:
        if self._busy:
            return
        self.passphrase.wipe()
        super().reject()


class KeyAndNewPassphraseDialog(QDialog):
    """A dialog with the emergency key and a new passphrase twice (the emergency unlock,
    the restore from a copy), its fields made in one place (``_make_key_fields``,
    ``_add_key_rows``, ``_key_fields_ready``): Esc waits while it works, and closed
    either way nothing typed stays. Subclasses set ``_busy`` and define ``_changed``."""

    key_edit: SecretField
    new1: SecretField
    new2: SecretField
    meter: StrengthMeter
    match_label: QLabel
    _busy: bool

    def _make_key_fields(self) -> None:
        """The key's field (a password field to a reader: no typed key on the bus), the
        new passphrase twice, its strength and whether both match; each change of a field
        asks ``_changed``."""
        self.key_edit = SecretField(tr("Notfallschlüssel"), "XXXXXXXX XXXXXXXX XXXXXXXX …",
                                    self, toggle_name=tr("Notfallschlüssel anzeigen"),
                                    monospace=True)
        self.new1 = SecretField(tr("Neue Passphrase"), parent=self,
                                toggle_name=tr("Neue Passphrase anzeigen"))
        self.new2 = SecretField(tr("Neue Passphrase wiederholen"), parent=self,
                                toggle_name=tr("Wiederholung anzeigen"))
        self.meter = StrengthMeter(self)
        for field in (self.key_edit, self.new1, self.new2):
            field.textChanged.connect(self._changed)
        self.match_label = QLabel(self)

    def _add_key_rows(self, form: QFormLayout) -> FieldsBeforeToggles:
        form.addRow(tr("Notfallschlüssel:"), self.key_edit)
        return add_new_passphrase_rows(form, tr("Neue Passphrase:"), self.new1,
                                       tr("Wiederholen:"), self.new2, self.meter,
                                       self.match_label)

    def _key_fields_ready(self) -> bool:
        """Whether a key and a new passphrase strong enough, repeated alike, are typed;
        the strength and a mismatch are shown."""
        ok = self.meter.update_for(self.new1.text())
        same = self.new1.text() == self.new2.text()
        self.match_label.setText("" if not self.new2.text() or same
                                 else tr("Die beiden Eingaben stimmen nicht überein."))
        return ok and same and bool(self.key_edit.text().strip())

    def _changed(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def done(self, result: int) -> None:
        """Closed either way: nothing typed stays, and the dialog is deleted."""
        for field in (self.key_edit, self.new1, self.new2):
            field.wipe()
        super().done(result)


class EmergencyUnlockDialog(KeyAndNewPassphraseDialog):
    """Open the vault with the emergency key and set a new passphrase."""

    unlocked = Signal(object)

    def __init__(self, vault: Vault, *, kdf_params=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.kdf_params = kdf_params
        self.session: OpenVault | None = None
        self._busy = False
        name_window(self, tr("Mit Notfallschlüssel öffnen"))
        self.setMinimumWidth(560)
        # closed is gone: no hidden dialog keeps a typed key readable (on the bus too)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        intro = QLabel(tr("Geben Sie den Notfallschlüssel vom Notfallblatt Ihres Trägers ein "
                          "(64 Zeichen, Leerzeichen sind egal). Danach vergeben Sie eine neue "
                          "Passphrase."), self)
        intro.setWordWrap(True)
        self._make_key_fields()
        from ..common.message_line import MessageLine, add_last  # not before the first frame

        self.error_label = MessageLine(self)  # heard by a screen reader, as the unlock window's
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.busy = _BusyRow(tr("Tresor wird geöffnet …"), self)
        # no parent in the constructor: resolving QDialogButtonBox(parent) against the
        # (orientation, parent) overload builds PySide's whole Qt namespace (11 ms of the
        # first frame); the layout takes it as a child
        self.buttons = QDialogButtonBox()
        self.buttons.setParent(self)
        self.ok_button = self.buttons.addButton(tr("Öffnen und Passphrase setzen"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        form = QFormLayout()
        self.tab_order = self._add_key_rows(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        # below the buttons, taking the spare height: a refusal moves none
        add_last(layout, self.error_label)
        bind_labels_to_inputs(self)
        self.key_edit.setFocus()
        self._changed()

    def _changed(self) -> None:
        self.ok_button.setEnabled(self._key_fields_ready() and not self._busy)
        grow_to_fit(self)

    def submit(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        key_text = self.key_edit.text()
        passphrase = self.new1.text()
        vault, params, service = self.vault, self.kdf_params, _session_service()

        def work() -> OpenVault:  # refuses a weak passphrase as the CLI does
            return service.recover(vault, key_text, passphrase, params=params)

        self._busy = True
        self.busy.show()
        self.error_label.hide()
        for widget in (self.key_edit, self.new1, self.new2, self.cancel_button):
            widget.setEnabled(False)
        self._changed()
        run_in_background(work, self._done, self._failed)

    def _enable(self) -> None:
        self._busy = False
        self.busy.hide()
        for widget in (self.key_edit, self.new1, self.new2, self.cancel_button):
            widget.setEnabled(True)
        self._changed()

    def _failed(self, err: BaseException) -> None:
        self._enable()
        self.error_label.setText(_message_for(err))
        self.error_label.show()
        grow_to_fit(self)
        service = _session_service()
        if isinstance(err, (service.WrongEmergencyKey, service.VaultError)):
            self.key_edit.select_all()

    def _done(self, session: OpenVault) -> None:
        self._enable()
        self.session = session
        self.key_edit.clear()
        self.new1.wipe()
        self.new2.wipe()
        self.unlocked.emit(session)
        self.accept()

