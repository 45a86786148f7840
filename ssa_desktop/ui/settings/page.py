"""What every settings page shares: ``load()``/``clear()`` and the modal hooks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QWidget

from ...domain.entities import Draft
from ..common.announce import MessageLabel
from ..common.elided import OneLineMessage
from ..common.files import choose_save_file
from ..common.messages import ask_yes_no
from ..common.modal import run_modal
from ..context import AppContext
from ..i18n import translator

tr = translator("SettingsArea")


class SettingsPage(QWidget):
    """One tab of the settings. ``load()`` reads what it shows from the vault or the
    device settings; ``clear()`` drops it (lock). Saving happens per action. ``busy`` is
    true while a critical job runs (the area then neither refreshes nor loads a page)."""

    busy = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def load(self) -> None:
        pass

    def clear(self) -> None:
        pass

    # -- typed and not saved (asked about before she leaves the area) -----------------------
    def unsaved(self) -> bool:
        """Whether the page holds input she typed and has not saved."""
        return False

    unsaved_text = ""   # the question's words when ``unsaved()``

    def holds_input(self) -> bool:
        """Whether the page shows input that a page built again would not (typed and
        not saved, e.g. a day that was refused); the area is then kept when she leaves."""
        return self.unsaved()

    def save_unsaved(self) -> bool:
        """Save what she typed; False when it was refused (she stays)."""
        return True

    def discard_unsaved(self) -> None:
        """Show the saved values again."""

    def restore_draft(self, draft: Draft) -> None:
        """Show her input kept at lock or quit (a form draft named by the page's key)."""

    # -- her place when the area is built again (``SettingsArea.place``) -------------------
    def place(self) -> object | None:
        """What she chose on the page (a small plain value); None: nothing to keep."""
        return None

    def restore(self, place: object) -> None:
        """Show again what ``place()`` kept (called when the page is built, before it loads)."""

    # -- hooks (tests replace these; they are the only modal calls) ---------------------
    def _exec(self, dialog) -> bool:
        return bool(run_modal(dialog))   # deleted once the handler returns

    def _ask(self, text: str) -> bool:
        return ask_yes_no(self, text, title=tr("Einstellungen"))

    def _choose_file(self, title: str, default: str, filters: str) -> str:
        return choose_save_file(self, title, default, filters)


def status_label(name: str) -> MessageLabel:
    """A page's message line: named by the message, announced; ``name`` describes it."""
    label = MessageLabel()
    label.setWordWrap(True)
    label.setAccessibleDescription(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def message_line(name: str, *, into_sight: bool = False) -> OneLineMessage:
    """A page's status or result line beside buttons: one line that never moves them (a
    long message ends in "…"; its whole text is the tool tip and accessible description),
    announced; ``name`` describes it while empty; ``into_sight``: scrolled into sight when
    it speaks (a long page). Texts that must wrap (the device's state, the IT's policy,
    Info) use ``status_label``, placed below the buttons they explain."""
    label = OneLineMessage(into_sight=into_sight)
    label.setAccessibleDescription(name)
    return label


def item(text: str, data=None, align_right: bool = False) -> QStandardItem:
    cell = QStandardItem(text)
    cell.setEditable(False)
    if data is not None:
        cell.setData(data, Qt.ItemDataRole.UserRole)
    if align_right:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cell
