"""Before a document that promises no names is printed: the names of the vault's persons
found in its free texts, and her choice – replace them by „[Name]“, edit the text (the
first hit selected), or print anyway (docs/reports.md, "Namen im Freitext")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from ...domain.names_in_text import PLACEHOLDER, Hit, line_of
from ...services import names_in_text as names
from ..common.button_row import end_button_row
from ..common.dialog_buttons import default_button
from ..common.forms import make_button
from ..common.labels import name_window
from ..common.modal import modal
from ..common.screen_fit import resize_within_screen
from ..i18n import translator

tr = translator("NamesFound")

REPLACE, EDIT, PRINT = names.REPLACE, "edit", names.PRINT


def hit_lines(found: list[names.Found]) -> list[str]:
    """One line per name found: the name, where it stands, its line."""
    return [tr("„{0}“ – {1}, Zeile {2}").format(hit.word, f.place.label,
                                                 line_of(f.place.text, hit.start))
            for f in found for hit in f.hits]


class NamesFoundDialog(QDialog):
    """Asks what to do; ``choice`` is REPLACE, EDIT (also when closed by Esc) or PRINT."""

    def __init__(self, document: str, found: list[names.Found], parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = EDIT
        title = tr("Namen im Text")
        name_window(self, title)
        count = sum(len(f.hits) for f in found)
        self.text = QLabel(tr("{0} verspricht „keine Namen“, aber in den Texten stehen "
                              "{1} Namen von Personen aus dem Tresor. Ersetzen setzt "
                              "„{2}“ an ihre Stelle.").format(document, count, PLACEHOLDER))
        self.text.setWordWrap(True)
        self.hits = QListWidget()
        self.hits.setAccessibleName(tr("Gefundene Namen"))
        self.hits.addItems(hit_lines(found))
        self.hits.setCurrentRow(0)
        self.hits.setWordWrap(True)  # a long line wraps instead of hiding behind a scroll bar
        self.hits.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hits.setMinimumWidth(min(self.hits.sizeHintForColumn(0) + 40, 760))
        self.replace_button = default_button(tr("Namen &ersetzen"),
                                             tr("Namen durch „[Name]“ ersetzen und drucken"),
                                             lambda: self._choose(REPLACE))
        self.edit_button = make_button(tr("&Bearbeiten"), tr("Zurück zum Text, erster Name "
                                                             "markiert"),
                                       lambda: self._choose(EDIT))
        self.print_button = make_button(tr("&Trotzdem drucken"),
                                        tr("Trotzdem mit den Namen drucken"),
                                        lambda: self._choose(PRINT))
        for button in (self.edit_button, self.print_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.hits, 1)
        layout.addLayout(end_button_row(self.replace_button, self.edit_button,
                                        self.print_button))
        resize_within_screen(self, 560, 320)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask(document: str, found: list[names.Found], parent: QWidget | None = None) -> str:
    """REPLACE, EDIT or PRINT, as she chose."""
    dialog = NamesFoundDialog(document, found, parent)
    with modal(dialog):
        return dialog.choice


# -- the text boxes the names stand in --------------------------------------------------------
def _select(cursor: QTextCursor, text: str, hit: Hit) -> None:
    """Select the hit (Qt counts UTF-16 units, Python code points)."""
    def units(i: int) -> int:
        return len(text[:i].encode("utf-16-le")) // 2

    cursor.setPosition(units(hit.start))
    cursor.setPosition(units(hit.end), QTextCursor.MoveMode.KeepAnchor)


def replace_in(editor: QPlainTextEdit, found: names.Found) -> None:
    """Each name the box holds replaced by the placeholder, as one step she can undo."""
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    for hit in reversed(found.hits):
        _select(cursor, found.place.text, hit)
        cursor.insertText(PLACEHOLDER)
    cursor.endEditBlock()


def select_first(editor: QPlainTextEdit, found: names.Found) -> None:
    """Back to the box with its first name selected."""
    cursor = editor.textCursor()
    _select(cursor, found.place.text, found.hits[0])
    editor.setTextCursor(cursor)
    editor.setFocus(Qt.FocusReason.OtherFocusReason)


def checked(editors: dict[str, QPlainTextEdit], document: str, found: list[names.Found],
            parent: QWidget | None = None) -> str | None:
    """Ask what to do with the names found in ``editors`` (by place key): REPLACE (done
    in the boxes) or PRINT; None: she edits (the first name selected). Nothing found:
    REFUSE, so a name typed meanwhile stops the printing."""
    if not found:
        return names.REFUSE
    choice = ask(document, found, parent)
    mine = [f for f in found if f.place.key in editors]
    if choice == EDIT:
        if mine:
            select_first(editors[mine[0].place.key], mine[0])
        return None
    if choice == REPLACE:
        for f in mine:
            replace_in(editors[f.place.key], f)
    return choice
