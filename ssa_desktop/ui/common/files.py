"""The system's file dialogs, asked the same way wherever a file is saved or opened.

Every file dialog of the program goes through this module (a test walks the code: no
other module calls ``QFileDialog``), so a new save cannot forget what every save needs:

- the dialog starts in a local folder (``services.sync_folders.local_export_folder``:
  ``%LOCALAPPDATA%\\SSA Desktop\\Export`` on Windows, ``~/SSA-Export`` elsewhere, or the
  folder IT's policy names; made on demand; or the last local folder chosen in this
  session),
  never in "Dokumente" or "Desktop", which OneDrive's known-folder redirection syncs;
- a file or folder chosen inside a synced folder (OneDrive, SharePoint, Nextcloud,
  Dropbox, iCloud, Google Drive, the roaming part of a roaming Windows profile) gets a
  warning naming the service and the folder, with
  "Anderen Ort wählen" as the default answer, which opens the dialog again.

``choose_save_file`` and ``choose_target_folder`` are for what the program writes;
``choose_open_file(s)`` and ``choose_vault_folder`` only start locally (the vault folder
is checked by the wizard itself).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...services.sync_folders import (
    ROAMING,
    SyncRoot,
    local_export_folder,
    save_warning,
    synced_root,
)
from ..i18n import translator
from .modal import modal

tr = translator("FileDialogs")

_last_local_folder: Path | None = None  # this session only: a folder path is never stored


def start_folder(preferred: Path | str | None = None) -> Path:
    """Where a dialog starts: ``preferred`` if it is an existing local folder, else the
    last local folder chosen in this session, else the local export folder."""
    for candidate in (preferred, _last_local_folder):
        if candidate:
            folder = Path(candidate)
            if folder.is_dir() and synced_root(folder) is None:
                return folder
    return local_export_folder(create=True)


def _remember(folder: Path) -> None:
    global _last_local_folder
    if folder.is_dir() and synced_root(folder) is None:
        _last_local_folder = folder


def synced_warning_box(parent: QWidget | None, path: Path | str,
                       root: SyncRoot) -> QMessageBox:
    """The question before writing into a synced folder; "Anderen Ort wählen" is the
    default and the Escape answer. ``box.property("keep")`` names the other button."""
    text = (tr("Dieser Ordner gehört zu Ihrem Roaming-Profil und wird auf den Profilserver "
               "kopiert.") if root.source == ROAMING
            else tr("Dieser Ordner wird mit {service} synchronisiert.").format(
                service=root.service))
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Synchronisierter Ordner"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(save_warning(path, root))
    other = box.addButton(tr("Anderen Ort wählen"), QMessageBox.ButtonRole.RejectRole)
    keep = box.addButton(tr("Trotzdem hier speichern"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(other)
    box.setEscapeButton(other)
    box.setAccessibleName(tr("Synchronisierter Ordner"))
    other.setAccessibleName(tr("Anderen Ort wählen"))
    keep.setAccessibleName(tr("Trotzdem im synchronisierten Ordner speichern"))
    box.setProperty("keep", keep)
    box.setProperty("other", other)
    return box


def ask_keep_synced(parent: QWidget | None, path: Path | str, root: SyncRoot) -> bool:
    """True when she saves into the synced folder anyway (tests replace this)."""
    box = synced_warning_box(parent, path, root)
    with modal(box):
        return box.clickedButton() is box.property("keep")


def confirm_write_into(parent: QWidget | None, path: Path | str) -> bool:
    """True when ``path`` (a file or folder typed rather than chosen) is local, or she
    keeps the synced folder after the warning."""
    root = synced_root(path)
    if root is None:
        return True
    return ask_keep_synced(parent, path, root)


_accepted = confirm_write_into


def choose_save_file(parent: QWidget | None, title: str, suggested: str, filters: str,
                     *, folder: Path | str | None = None) -> str:
    """The save dialog for ``suggested`` (a file name, or a path whose folder is the
    preferred start); the path chosen, "" when cancelled. Title and filters come
    translated by the caller."""
    suggested_path = Path(suggested)
    if folder is None and suggested_path.parent != Path("."):
        folder = suggested_path.parent
    start = start_folder(folder) / suggested_path.name
    while True:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters)
        if not path:
            return ""
        if _accepted(parent, path):
            _remember(Path(path).parent)
            return path
        start = start_folder() / Path(path).name


def choose_target_folder(parent: QWidget | None, title: str,
                         folder: Path | str | None = None) -> str:
    """A folder the program writes into (packages, exports); "" when cancelled."""
    start = start_folder(folder)
    while True:
        path = QFileDialog.getExistingDirectory(parent, title, str(start))
        if not path:
            return ""
        if _accepted(parent, path):
            _remember(Path(path))
            return path
        start = start_folder()


def choose_source_folder(parent: QWidget | None, title: str,
                         folder: Path | str | None = None) -> str:
    """A folder the program reads from (the scanner folder); "" when cancelled. The
    caller says what a synced folder means for it."""
    return QFileDialog.getExistingDirectory(parent, title, str(start_folder(folder)))


def choose_open_file(parent: QWidget | None, title: str, filters: str,
                     folder: Path | str | None = None) -> str:
    """A file to read (a return, a receipt, a logo, a backup); "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(folder)), filters)
    return path


def read_chosen_picture(path_chooser: Callable[[], str],
                        say: Callable[[str], None]) -> bytes | None:
    """The bytes of the picture she chooses with ``path_chooser`` (a logo); None when she
    cancelled or it could not be read (``say`` got why, in German)."""
    path = path_chooser()
    if not path:
        return None
    try:
        return Path(path).read_bytes()
    except OSError:
        say(tr("Das Bild konnte nicht gelesen werden."))
        return None


def choose_open_files(parent: QWidget | None, title: str, filters: str,
                      folder: Path | str | None = None) -> list[str]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(folder)), filters)
    return list(names)


def choose_vault_folder(parent: QWidget | None, title: str, folder: Path | str) -> str:
    """The folder for a vault (the wizard checks it and says why it refuses one)."""
    return QFileDialog.getExistingDirectory(parent, title, str(folder))


def save_path_chooser(parent: QWidget, title: str, filters: str) -> Callable[[str], str]:
    """``choose(suggested) -> path`` ("" when cancelled): ``choose_save_file`` with a
    title and filters fixed. Dialogs keep it as ``save_path_chooser``, which a test
    replaces (the real one is modal)."""

    def choose(suggested: str) -> str:
        return choose_save_file(parent, title, suggested, filters)

    return choose
