"""Statistik → Eingabehilfe: the year's figures in the online form's order (the
template's order), each with a copy button and a tick once copied, so typing them into
the KVJS web form takes minutes and none is missed (docs/statistics.md, "Eingabehilfe").

Copies go through ``ui/common/clipboard.copy_sensitive``: marked for clipboard managers
and cleared after 30 seconds (if still ours), like every other copy in the app.

By keyboard (no Alt letter is left on this tab with the findings' buttons): Tab walks the
copy buttons, the space bar, Enter or Strg+C copies the line she is on and moves on; the
area's Strg+P writes the PDF while this tab is open (``StatisticsArea``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import statistics as stats
from .. import colours
from ..common.clipboard import DEFAULT_CLEAR_MS, copy_sensitive
from ..common.forms import make_button
from ..common.layout_items import widget_at
from ..common.layouts import empty_layout
from ..common.wrapping_label import LinesHighLabel
from ..i18n import translator

tr = translator("Statistics")
TICK = "✓"


def _copies(event: QKeyEvent) -> bool:
    return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier) \
        or event.matches(QKeySequence.StandardKey.Copy)


class CopyButton(QPushButton):
    """„Kopieren“ of one line: Enter and Strg+C press it too (a window's Strg+C never
    takes the key first)."""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _copies(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if _copies(event):
            self.click()
            return
        super().keyPressEvent(event)


class EntryAid(QWidget):
    """The lines of one report with copy buttons and ticks; ``pdf_requested`` asks the
    area to write the one-page PDF."""

    pdf_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lines: list[stats.EntryLine] = []
        self.buttons: list[QPushButton] = []
        self.ticks: list[QLabel] = []
        self.copied: set[int] = set()
        self._laid_out = True   # nothing to lay out yet
        self.progress = QLabel()
        self.progress.setAccessibleDescription(tr("Fortschritt der Eingabe"))
        pdf_key = tr("Strg+P")   # the area's key (no Alt letter is left on this tab)
        self.pdf_button = make_button(f"{tr('Als PDF (eine Seite) …')} ({pdf_key})",
                                      tr("Eingabehilfe als PDF speichern"),
                                      self.pdf_requested)
        self.pdf_button.setAccessibleName(tr("Als PDF (eine Seite) …"))
        self.pdf_button.setAccessibleDescription(
            f"{tr('Eingabehilfe als PDF speichern')} ({pdf_key})")
        self.hint = hint = QLabel(tr(
            "Reihenfolge wie im KVJS-Onlineformular. „Kopieren“ (oder Enter bzw. {1} auf "
            "der Zeile) legt den Wert in die Zwischenablage (nach {0} Sekunden wieder "
            "gelöscht); ein Häkchen zeigt, was schon übertragen ist.").format(
                DEFAULT_CLEAR_MS // 1000, tr("Strg+C")))
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.pdf_button)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setColumnStretch(0, 1)
        self.grid.setVerticalSpacing(2)
        self.body.setAccessibleName(tr("Eingabehilfe"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(top)
        # no scroll area of its own: the window's scrolls the page whole and follows the
        # copy buttons' focus (one scroll bar, tests/ui/a11y/test_no_nested_scroll.py)
        layout.addWidget(self.body, 1)

    def show_report(self, rep: stats.Report | None) -> None:
        """The lines of ``rep``; ticks start empty for a new count. The rows (four widgets
        per figure, about 600) are laid out when the page is shown, not at every count
        while it is not (10 MB on ten years)."""
        empty_layout(self.grid)
        self.lines = stats.entry_lines(rep) if rep else []
        self.buttons, self.ticks, self.copied = [], [], set()
        self._laid_out = False
        self.pdf_button.setEnabled(bool(self.lines))
        self._update_progress()
        if self.isVisible():
            self._lay_out()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if not self._laid_out:
            self._lay_out()
        super().showEvent(event)

    def _lay_out(self) -> None:
        self._laid_out = True
        bold = QFont(self.font())
        bold.setBold(True)
        for row, line in enumerate(self.lines):
            # wraps where the width ends, as high as its lines (640×360 at 200 %: the
            # longest scrolled the page sideways); a part's lines all indented
            label = LinesHighLabel(line.label)
            if line.sub:
                label.setIndent(self.fontMetrics().horizontalAdvance("      "))
            if line.heading:
                label.setFont(bold)
                self.grid.addWidget(label, row, 0, 1, 4)
                continue
            value = QLabel(line.text or "–")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            tick = QLabel()
            tick.setMinimumWidth(self.fontMetrics().horizontalAdvance(TICK) + 6)
            tick.setStyleSheet(f"color: {colours.current().ok}; font-weight: bold;")
            button = CopyButton(tr("Kopieren"))
            button.setAccessibleName(tr("{0} kopieren").format(line.label))
            if line.text:
                button.setAccessibleDescription(
                    tr("Wert {0}; Leertaste, Enter oder {1} kopiert").format(
                        line.text, tr("Strg+C")))
            button.setEnabled(bool(line.text))
            index = len(self.buttons)
            button.clicked.connect(lambda _c=False, i=index: self.copy(i))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(value, row, 1)
            self.grid.addWidget(button, row, 2)
            self.grid.addWidget(tick, row, 3)
            self.buttons.append(button)
            self.ticks.append(tick)
        if self.body.isVisible():   # added to a shown page: show now, not at the next pass
            for i in range(self.grid.count()):
                widget = widget_at(self.grid, i)
                if widget is not None:
                    widget.show()

    def values(self) -> list[stats.EntryLine]:
        return [line for line in self.lines if not line.heading]

    def copy(self, index: int) -> None:
        """Copy the value of figure ``index`` (sensitive, cleared after 30 s) and tick it."""
        line = self.values()[index]
        if not line.text:
            return
        copy_sensitive(line.text)
        self.copied.add(index)
        self.ticks[index].setText(TICK)
        self.ticks[index].setAccessibleName(tr("kopiert"))
        self._update_progress()
        if index + 1 < len(self.buttons):  # on to the next figure
            self.buttons[index + 1].setFocus()

    def _update_progress(self) -> None:
        todo = sum(1 for line in self.values() if line.text)
        self.progress.setText(tr("{0} von {1} Werten kopiert.").format(len(self.copied), todo)
                              if todo else tr("Keine Zahlen."))
