"""Statistik: the counting rule of each figure where the figure stands (docs/statistics.md,
"Die Regel an der Zahl").

Every figure row of the form preview carries its rule as tooltip and as accessible
description (a screen reader reads it with the row). Enter, F1 or a double click on a
figure shows the rule in ``RulePanel`` beside the form, with the figure's value and how
many anonymous entries stand behind it; the panel takes the focus and Esc returns to the
figure. Qt exposes the read-only panel as a label, and for a label a screen reader (Orca)
speaks the name, not the text or the description: so the name is "Zählregel: " and the
whole text the panel shows (figure, value, rule, entries), the description the rule.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QTextBrowser, QTreeWidget, QTreeWidgetItem

from ...domain import kvjs
from ..i18n import translator

tr = translator("Statistics")

ROLE_RULE = Qt.ItemDataRole.UserRole + 2


def rule_of(row) -> str:
    """The rule of a form row (``kvjs_template.Row``): its aggregate's, or for a line of
    the post's staff block where the value comes from."""
    if row.staff:
        return tr("Angabe aus den Fachkräfte-Angaben der Stelle (Einstellungen → Schulen & "
                  "Stelle → „Fachkräfte-Angaben …“); nicht aus Einträgen gezählt.")
    return kvjs.BY_NAME[row.aggregate].rule


def attach(item: QTreeWidgetItem, rule: str, columns: int) -> None:
    """The rule as tooltip of every cell of the row; the form's ``describe_cells`` makes
    it each cell's accessible description after the cell's headers."""
    item.setData(0, ROLE_RULE, rule)
    for column in range(columns):
        item.setToolTip(column, rule)


def _spoken(lines: list[str]) -> str:
    """The panel's lines as one spoken text: each ends as a sentence."""
    return " ".join(line if line.endswith((".", "!", "?", ")")) else line + "."
                    for line in lines)


class RulePanel(QTextBrowser):
    """The rule of the chosen figure; ``back`` (Esc) asks to return to the figure."""

    back = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(tr("Zählregel"))
        self.setTabChangesFocus(True)
        self.setPlaceholderText(tr("Enter oder F1 auf einer Zahl zeigt hier, wie sie gezählt "
                                   "wird."))

    def show_rule(self, label: str, value: str, year: str, rule: str,
                  records: int | None) -> None:
        """``records``: the anonymous entries behind the figure (None: not counted from
        entries, e.g. the staff block)."""
        if records is None:
            behind = tr("Keine Einträge dahinter.")
        elif records == 0:
            behind = tr("Keine anonymen Einträge dahinter (aus den Stammdaten oder nichts "
                        "gezählt).")
        elif records == 1:
            behind = tr("1 anonymer Eintrag dahinter (Liste darunter).")
        else:
            behind = tr("{0} anonyme Einträge dahinter (Liste darunter).").format(records)
        lines = [tr("{0}: {1} im Schuljahr {2}").format(label, value or "–", year),
                 tr("So wird gezählt: {0}").format(rule), behind]
        self.setPlainText("\n".join(lines))
        self.setAccessibleName(tr("Zählregel: {0}").format(_spoken(lines)))
        self.setAccessibleDescription(rule)

    def show_heading(self, label: str) -> None:
        """A heading of the form has no figure of its own: say so."""
        text = tr("„{0}“ ist eine Überschrift; die Zahlen stehen darunter.").format(label)
        self.setPlainText(text)
        self.setAccessibleName(tr("Zählregel: {0}").format(text))
        self.setAccessibleDescription("")

    def clear_rule(self) -> None:
        self.clear()
        self.setAccessibleName(tr("Zählregel"))
        self.setAccessibleDescription("")

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.back.emit()
            return
        super().keyPressEvent(event)


class F1Explains(QObject):
    """F1 in the form preview explains the current figure (there, instead of the window's
    list of shortcuts, which F1 shows everywhere else)."""

    def __init__(self, view: QTreeWidget, explain):
        super().__init__(view)
        self._explain = explain
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
                event.key() == Qt.Key.Key_F1 and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            if event.type() == QEvent.Type.KeyPress and watched.currentItem() is not None:
                self._explain(watched.currentItem())
            return True
        return False
