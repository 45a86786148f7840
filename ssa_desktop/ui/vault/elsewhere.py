"""The start when her settings name a vault folder that holds no vault on this device.

Her device settings roam with a Windows roaming profile (and are copied by hand): on a
second laptop they name the first laptop's vault folder. Opening the first-run wizard
there without a word invites a second vault that splits her records and KVJS figures,
so the start says what happened and offers three ways on: fetch the vault here (the
folder is copied from the other device, as for a new laptop, then checked again), open
another folder that holds it, or start a new vault on purpose.

When the second backup location holds a copy (IT's ``SecondBackupFolder`` or her setting),
the folder may be gone for good (a temporary or cleaned profile): the start then says so
even without settings, and offers first to bring the vault back from the newest copy into
a folder she chooses (``RestoreCopyDialog``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..common.announce import MessageLabel
from ..common.files import choose_vault_folder
from ..common.labels import name_by_label
from ..i18n import translator

if TYPE_CHECKING:
    from ...services.backups import BackupFile

tr = translator("VaultElsewhere")

HERE, OTHER, NEW, RESTORED = "here", "other", "new", "restored"


class VaultElsewhereDialog(QDialog):
    """``choice`` after ``exec``: HERE (the vault now lies in ``folder``), OTHER (it lies
    in ``folder``, another one she chose) or NEW (she starts a new vault on purpose);
    None when she ends the start; RESTORED (brought back from a backup copy into
    ``folder``). ``holds_vault(folder)`` tells whether a folder holds a vault database.
    ``copy`` is the newest backup in the second location (None: there is none);
    ``named`` whether her settings named ``folder`` (else: no settings, a fresh profile)."""

    def __init__(self, folder: Path, holds_vault: Callable[[Path], bool],
                 parent: QWidget | None = None, *, copy: BackupFile | None = None,
                 named: bool = True, kdf_params=None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.holds_vault = holds_vault
        self.copy = copy
        self.kdf_params = kdf_params
        self.choice: str | None = None
        self.restore_dialog: QDialog | None = None
        self.setWindowTitle(tr("SSA Desktop – Tresor nicht gefunden"))
        self.setAccessibleName(tr("Tresor nicht gefunden"))
        self.setMinimumWidth(560)   # the explanation in lines that read well
        self.text = QLabel(self._explanation(named), self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.text.text())
        self.steps = MessageLabel(tr(
            "So kommt der Tresor hierher: 1. Auf dem anderen Gerät SSA Desktop beenden. "
            "2. Ihre IT kopiert dort den ganzen Tresor-Ordner und legt ihn hier nach „{0}“ "
            "(über einen verschlüsselten Datenträger, nie über ein Netzlaufwerk oder eine "
            "Cloud). 3. „Erneut prüfen“ wählen.").format(self.folder), self)
        self.steps.setWordWrap(True)
        self.steps.hide()
        self.message = MessageLabel(self)
        self.message.setWordWrap(True)
        self.here_button = self._button(tr("Tresor hierher holen …"),
                                        tr("Tresor vom anderen Gerät hierher holen"), self.here)
        self.check_button = self._button(tr("Erneut prüfen"),
                                         tr("Erneut prüfen, ob der Tresor hier liegt"),
                                         self.check)
        self.check_button.hide()
        self.other_button = self._button(tr("Anderen Ordner öffnen …"),
                                         tr("Tresor aus einem anderen Ordner öffnen"),
                                         self.open_other)
        self.new_button = self._button(tr("Neuen Tresor anlegen"),
                                       tr("Bewusst einen neuen Tresor anlegen"), self.new)
        self.quit_button = self._button(tr("Beenden"), tr("SSA Desktop beenden"), self.reject)
        self.restore_button = self._button(tr("Aus der &Sicherung zurückholen …"),
                                           tr("Tresor aus der Sicherung zurückholen"),
                                           self.restore)
        self.restore_button.setVisible(copy is not None)
        (self.restore_button if copy is not None else self.here_button).setDefault(True)
        self._lay_out()
        if copy is not None:
            self.restore_button.setFocus()

    def _explanation(self, named: bool) -> str:
        if named:
            text = tr(
                "Ihr Tresor liegt auf einem anderen Gerät: Ihre Einstellungen nennen den "
                "Tresor-Ordner „{0}“, aber auf diesem Gerät liegt dort kein Tresor. Das "
                "geschieht, wenn Einstellungen von einem anderen Laptop mitkommen (etwa mit "
                "einem servergespeicherten Profil). Legen Sie nur bewusst einen neuen Tresor "
                "an: sonst wären Ihre Akten und die KVJS-Zahlen auf zwei Tresore verteilt."
            ).format(self.folder)
        else:
            text = tr("In „{0}“ liegt kein Tresor.").format(self.folder)
        if self.copy is not None:
            text += " " + tr(
                "Im zweiten Sicherungsort liegt eine Sicherung vom {0} („{1}“): Ist der "
                "Tresor-Ordner verloren (etwa mit einem Profil, das Windows gelöscht hat), "
                "holen Sie ihn mit dem Notfallschlüssel daraus zurück.").format(
                    self.copy.day.strftime("%d.%m.%Y"), self.copy.path)
        return text

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        name_by_label(button, text, name)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        # two rows: the ways to her vault, then the others (one row did not fit 1280×720
        # at 200 % once the copy's button came)
        ways, others = QHBoxLayout(), QHBoxLayout()
        for button in (self.restore_button, self.here_button, self.check_button):
            ways.addWidget(button)
        ways.addStretch(1)
        for button in (self.other_button, self.new_button):
            others.addWidget(button)
        others.addStretch(1)
        others.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        for widget in (self.text, self.steps, self.message):
            layout.addWidget(widget)
        layout.addLayout(ways)
        layout.addLayout(others)

    def here(self) -> None:
        """Show how the vault comes here, and offer to check again."""
        self.steps.show()
        self.check_button.show()
        self.check_button.setDefault(True)
        self.check_button.setFocus()

    def check(self) -> None:
        if self.holds_vault(self.folder):
            self._accept(HERE, self.folder)
            return
        self.message.setText(tr("In „{0}“ liegt noch kein Tresor.").format(self.folder))

    def open_other(self) -> None:
        chosen = choose_vault_folder(self, tr("Ordner mit dem Tresor wählen"), self.folder.parent)
        if not chosen:
            return
        if self.holds_vault(Path(chosen)):
            self._accept(OTHER, Path(chosen))
            return
        self.message.setText(tr("In „{0}“ liegt kein Tresor.").format(chosen))

    def restore(self) -> None:
        """Bring the vault back from the copy into a folder she chooses (the one her
        settings named, unless she chooses another)."""
        from .restore_copy import RestoreCopyDialog  # only when she asks for it

        dialog = RestoreCopyDialog(self.copy.path if self.copy is not None else None,
                                   self.folder, kdf_params=self.kdf_params, parent=self)
        self.restore_dialog = dialog
        dialog.accepted.connect(lambda: self._accept(RESTORED, dialog.folder))
        dialog.open()

    def new(self) -> None:
        self._accept(NEW, self.folder)

    def _accept(self, choice: str, folder: Path) -> None:
        self.choice, self.folder = choice, folder
        self.accept()
