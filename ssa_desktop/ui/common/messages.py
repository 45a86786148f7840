"""German message dialogs. Never a traceback: a sentence that says what happened and
what to do. ``user_message(err)`` turns any exception into such a sentence."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...diagnostics import log_exception
from ...domain.errors import UserError
from ...services.session import StorageFull, is_storage_full
from ..i18n import translator
from .labels import with_alt_letters
from .modal import modal, run_modal

tr = translator("Messages")

GENERIC_ERROR = "Die Aktion ist fehlgeschlagen. Es wurde nichts halb gespeichert."


def user_message(err: BaseException, *, log: bool = True) -> str:
    """A German sentence for the user; unexpected errors are logged for the developer
    (only their type and frames go to stderr, never their message, never into a
    dialog). ``log=False`` when the caller has logged already."""
    if isinstance(err, UserError):   # refusals in her words (VaultError too): as they are
        return str(err)
    if is_storage_full(err):  # SQLITE_FULL or ENOSPC that no helper translated
        return str(StorageFull())
    if isinstance(err, MemoryError):
        return tr("Der Arbeitsspeicher reicht nicht aus. Bitte schließen Sie andere Programme.")
    if isinstance(err, PermissionError):
        return tr("Auf den Ordner oder die Datei darf nicht geschrieben werden. Bitte wählen "
                  "Sie einen anderen Ort.")
    if isinstance(err, OSError):
        return tr("Die Datei konnte nicht geschrieben oder gelesen werden. Bitte prüfen Sie "
                  "den Ort und den freien Platz.")
    if log:
        log_exception(err)
    return tr(GENERIC_ERROR)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         details: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(tr("OK"))
    if details:
        box.setInformativeText(details)
    box.setAccessibleName(title)
    return box


def open_warning(parent: QWidget | None, text: str, *, title: str = "") -> QMessageBox:
    """A warning that does not stop her (not modal, deleted when closed; Esc closes it)."""
    box = _box(parent, QMessageBox.Icon.Warning, title or tr("Hinweis"), text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box


def show_error(parent: QWidget | None, text: str, *, title: str = "", details: str = "") -> None:
    run_modal(_box(parent, QMessageBox.Icon.Warning, title or tr("Hinweis"), text, details))


def show_info(parent: QWidget | None, text: str, *, title: str = "") -> None:
    run_modal(_box(parent, QMessageBox.Icon.Information, title or tr("Hinweis"), text))


def show_exception(parent: QWidget | None, err: BaseException, *, title: str = "") -> None:
    show_error(parent, user_message(err), title=title)


Role = QMessageBox.ButtonRole


def ask_choice(parent: QWidget | None, title: str, text: str,
               buttons: Sequence[tuple[str, str, QMessageBox.ButtonRole]], *, default: str,
               escape: str, informative: str = "",
               while_open: Callable[[QMessageBox | None], None] | None = None) -> str:
    """One question with named answers (``buttons``: key, German text, role): the key she
    chose, ``escape`` also when she closes the box. ``while_open`` is told the box before
    it shows and None after (a caller that must reach it meanwhile)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    if informative:
        box.setInformativeText(informative)
    labels = with_alt_letters([label for _key, label, _role in buttons])
    made = {key: box.addButton(label, role)
            for (key, _label, role), label in zip(buttons, labels, strict=True)}
    box.setDefaultButton(made[default])
    box.setEscapeButton(made[escape])
    box.setAccessibleName(title)
    if while_open is not None:
        while_open(box)
    try:
        with modal(box):
            clicked = box.clickedButton()
    finally:
        if while_open is not None:
            while_open(None)
    return next((key for key, button in made.items() if button is clicked), escape)


def ask_yes_no(parent: QWidget | None, text: str, *, title: str = "", yes: str = "",
               no: str = "", default_yes: bool = False) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title or tr("Rückfrage"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    yes, no = with_alt_letters([yes or tr("Ja"), no or tr("Nein")])
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.No).setText(no)
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
    return run_modal(box) == QMessageBox.StandardButton.Yes
