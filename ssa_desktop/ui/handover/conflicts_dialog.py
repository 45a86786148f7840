"""Entries of a return or a school package that differ from hers: each
in her words (date, person, kind; each differing field with her value and the file's),
and for each she keeps her own or takes the file's. Nothing is written before she
decides; "Abbrechen" leaves every conflict open (her entries stay as they are)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain import handover as rules
from ...services.interchange_merge import KEEP_MINE, TAKE_THEIRS
from ..common.screen_fit import resize_within_screen
from ..i18n import translator

tr = translator("Handover")

def field_words(fields, table: str = "") -> str:
    return ", ".join(field_label(f, table) for f in fields)


def field_label(name: str, table: str = "") -> str:
    """A field by its German name (the one list, ``domain/handover.FIELD_LABELS``, that
    the merge's own text uses too; a goal's ``created``: „Ausgangswert vom“)."""
    return tr(rules.field_label(name, table))


class ConflictsDialog(QDialog):
    """Per entry: what it is (date, person, kind), each differing field in her words with
    her value and the file's, and her choice."""

    def __init__(self, conflicts, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Abweichende Einträge entscheiden"))
        self.conflicts = list(conflicts)
        intro = QLabel(tr("Diese Einträge weichen von Ihren ab. Bisher wurde nichts "
                          "überschrieben. Entscheiden Sie je Eintrag:"))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.conflicts), 5, self)
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.table.setAccessibleName(tr("Abweichende Einträge"))
        self.table.setHorizontalHeaderLabels([tr("Eintrag"), tr("Feld"), tr("Bei Ihnen"),
                                              tr("In der Datei"), tr("Entscheidung")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(self.conflicts):
            what = conflict_words(conflict)
            fields, mine, theirs = differences(conflict)
            for column, text in enumerate((what, fields, mine, theirs)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            choice = QComboBox(self.table)
            choice.addItem(tr("Meine behalten"), KEEP_MINE)
            choice.addItem(tr("Aus der Datei übernehmen"), TAKE_THEIRS)
            choice.setAccessibleName(tr("Entscheidung für {0}").format(what))
            choice.setAccessibleDescription(tr("{0}: bei Ihnen {1}, in der Datei {2}").format(
                fields.replace("\n", ", "), mine.replace("\n", ", "),
                theirs.replace("\n", ", ")))
            self.table.setCellWidget(row, 4, choice)
            self.choices.append(choice)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        self.decide_button = buttons.addButton(tr("&Entscheiden"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.decide_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        resize_within_screen(self, 980, 420)
        for a, b in zip(self.choices, self.choices[1:], strict=False):
            self.setTabOrder(a, b)
        if self.choices:
            self.choices[0].setFocus()

    def resolutions(self) -> dict[str, str]:
        """{conflict ref: "mine" | "theirs"} as the merge takes them."""
        return {c.ref: box.currentData() for c, box in zip(self.conflicts, self.choices,
                                                           strict=True)}


def conflict_words(conflict) -> str:
    """The entry in her words ("Termin am 03.12.2026, 10:00–10:45, P-Anna"); the place in
    the file only when the merge could not say more."""
    return getattr(conflict, "what", "") or conflict.place


def differences(conflict) -> tuple[str, str, str]:
    """(fields, her values, the file's values), one line per differing field."""
    values, table = getattr(conflict, "values", ()), getattr(conflict, "table", "")
    if not values:
        return field_words(conflict.fields, table), "", ""
    # the values as the merge words them (``interchange_merge.display``): shown as given
    return ("\n".join(field_label(name, table) for name, _m, _t in values),
            "\n".join(mine for _n, mine, _t in values),
            "\n".join(theirs for _n, _m, theirs in values))
