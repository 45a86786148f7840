"""Bring her vault back from a backup copy when its folder is gone (a temporary profile
Windows deleted at logoff, a cleaned or lost profile): the copy in the second backup
location, or any backup file she chooses, into a folder she chooses. It opens with the
emergency key (the key file went with the folder) and gets a new passphrase. The same
use case as the command line's ``restore --from … --into …``
(``vault_admin.restore_into_new_folder``); a refusal leaves no half vault behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..common.files import choose_open_file, choose_vault_folder
from ..common.fit_scroll import scrolling
from ..common.labels import bind_labels_to_inputs, name_by_label, name_window
from ..common.message_line import MessageLine, add_last
from ..i18n import translator
from .passphrase_rows import grow_to_fit
from .unlock import (
    ERROR_STYLE,
    KeyAndNewPassphraseDialog,
    _BusyRow,
    _message_for,
    run_in_background,
)

tr = translator("RestoreCopy")


class RestoreCopyDialog(KeyAndNewPassphraseDialog):
    """``backup`` into ``folder`` (both can be changed). After ``exec`` returns Accepted
    the vault lies in ``folder`` (locked: the unlock window opens it with the new
    passphrase). ``kdf_params`` for tests (cheap key derivation)."""

    def __init__(self, backup: Path | None, folder: Path, *, kdf_params=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.backup = Path(backup) if backup is not None else None
        self.folder = Path(folder)
        self.kdf_params = kdf_params
        self._busy = False
        name_window(self, tr("Tresor aus einer Sicherung zurückholen"))
        self.setMinimumWidth(560)
        # closed is gone: no hidden dialog keeps a typed key readable
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(tr("Die Sicherung wird mit dem Notfallschlüssel vom Notfallblatt Ihres "
                          "Trägers geöffnet und in den gewählten Ordner zurückgeholt. Danach "
                          "gilt die neue Passphrase."), self)
        intro.setWordWrap(True)
        self.backup_edit = self._path_field(tr("Sicherungsdatei"), self.backup)
        self.backup_button = self._button(tr("Andere &Datei …"), tr("Andere Sicherungsdatei wählen"),
                                          self.choose_backup)
        self.folder_edit = self._path_field(tr("Zielordner"), self.folder)
        self.folder_button = self._button(tr("Anderer &Ordner …"), tr("Anderen Zielordner wählen"),
                                          self.choose_folder)
        self._make_key_fields()
        self.error_label = MessageLine(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.busy = _BusyRow(tr("Tresor wird zurückgeholt …"), self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(tr("Tresor zurückholen"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(tr("Abbrechen"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self._lay_out(intro)
        bind_labels_to_inputs(self)
        self.key_edit.setFocus()
        self._changed()

    def _path_field(self, name: str, path: Path | None) -> QLineEdit:
        edit = QLineEdit(str(path) if path is not None else "", self)
        edit.setReadOnly(True)   # chosen with the button beside it (Tab reaches both)
        edit.setAccessibleName(name)
        return edit

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        name_by_label(button, text, name)
        button.clicked.connect(slot)
        return button

    def _lay_out(self, intro: QLabel) -> None:
        form = QFormLayout()
        for label, edit, button in ((tr("Sicherung:"), self.backup_edit, self.backup_button),
                                    (tr("Zielordner:"), self.folder_edit, self.folder_button)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            form.addRow(label, row)
        self._add_key_rows(form)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(intro)
        body.addLayout(form)
        body.addWidget(self.busy)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        # at 200 % on 1280×720 the fields scroll (with an error and the strength hint they
        # are taller than the screen); the buttons stay in sight
        self.fields_scroll = scrolling(body)
        layout.addWidget(self.fields_scroll, 1)
        layout.addWidget(self.buttons)
        # in sight, however the fields are scrolled; below the buttons: it moves none
        add_last(layout, self.error_label)

    # -- choices ------------------------------------------------------------------------
    def choose_backup(self) -> None:
        start = self.backup.parent if self.backup is not None else self.folder.parent
        chosen = choose_open_file(self, tr("Sicherungsdatei wählen"),
                                  tr("Sicherungen (*.ssabak);;Alle Dateien (*)"), start)
        if chosen:
            self.backup = Path(chosen)
            self.backup_edit.setText(chosen)
            self._changed()

    def choose_folder(self) -> None:
        chosen = choose_vault_folder(self, tr("Zielordner für den Tresor wählen"),
                                     self.folder.parent)
        if chosen:
            self.folder = Path(chosen)
            self.folder_edit.setText(chosen)

    def _changed(self) -> None:
        self.ok_button.setEnabled(self._key_fields_ready() and not self._busy
                                  and self.backup is not None)
        grow_to_fit(self, self.fields_scroll)

    # -- the restore --------------------------------------------------------------------
    def submit(self) -> None:
        if self._busy or not self.ok_button.isEnabled() or self.backup is None:
            return
        from ...services import vault_admin

        backup, folder, params = self.backup, self.folder, self.kdf_params
        key_text, passphrase = self.key_edit.text(), self.new1.text()

        def work() -> None:   # the session is locked at once: the unlock window opens it
            vault_admin.restore_into_new_folder(backup, folder, key_text, passphrase,
                                                params=params).lock()

        self._set_busy(True)
        self.error_label.hide()
        run_in_background(work, self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.backup_button, self.folder_button, self.key_edit, self.new1,
                       self.new2, self.cancel_button):
            widget.setEnabled(not busy)
        self._changed()

    def _failed(self, err: BaseException) -> None:
        self._set_busy(False)
        self.error_label.setText(_message_for(err))
        self.error_label.show()
        grow_to_fit(self, self.fields_scroll)
        self.key_edit.select_all()

    def _done(self, _result) -> None:
        self._set_busy(False)
        self.accept()

