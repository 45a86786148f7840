"""Hilfe → Erklärung zur Barrierefreiheit: the statement that BITV 2.0 and the L-BGG ask
for, shipped as ``resources/help/barrierefreiheit.md`` (the same text as
``docs/barrierefreiheit.md``) and shown read-only; the Träger's feedback contact (device
setting ``help/accessibility_contact``) replaces the placeholder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...paths import resource
from ..common.labels import name_window
from ..i18n import translator

tr = translator("MainWindow")

STATEMENT = ("help", "barrierefreiheit.md")
CONTACT_PLACEHOLDER = "[KONTAKT DES TRÄGERS]"


def statement_text(contact: str = "") -> str:
    """The statement (Markdown) with the Träger's contact, or the placeholder explained."""
    text = resource(*STATEMENT).read_text(encoding="utf-8")
    shown = contact.strip() or ("Der Träger hat hier noch keinen Kontakt eingetragen. Bitte "
                                "wenden Sie sich an Ihre Ansprechperson beim Träger.")
    return text.replace(CONTACT_PLACEHOLDER, shown)


class StatementDialog(QDialog):
    def __init__(self, contact: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        title = tr("Erklärung zur Barrierefreiheit")
        name_window(self, title)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(title)
        self.text.setOpenLinks(False)
        self.text.setMarkdown(statement_text(contact))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.text.setFocus()
