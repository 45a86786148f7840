"""Entries of a return or a school package that differ from hers (issue 18): for each she
keeps her own or takes the file's. Nothing is written before she decides; "Abbrechen"
leaves every conflict open (her entries stay as they are)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...services.interchange_merge import KEEP_MINE, TAKE_THEIRS
from ..i18n import translator

tr = translator("Handover")

# The fields of what a return or a school package may change (contacts, appointments),
# in her words; any other field name is shown as it is.
FIELD_LABELS = {
    "day": "Datum", "time": "Uhrzeit", "start": "Beginn", "end": "Ende",
    "kind": "Art", "duration_min": "Dauer", "school_id": "Schule", "person_id": "Person",
    "case_id": "Fall", "participants": "Beteiligte", "topics": "Themen",
    "access_route": "Zugang", "referral": "Weitervermittlung", "note": "Notiz",
    "observation": "Beobachtung", "assessment": "Einschätzung", "disputed": "Bestritten",
    "room": "Raum", "status": "Status", "contact_id": "Kontakt",
}


def field_words(fields) -> str:
    return ", ".join(tr(FIELD_LABELS[f]) if f in FIELD_LABELS else f for f in fields)


class ConflictsDialog(QDialog):
    def __init__(self, conflicts, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Abweichende Einträge entscheiden"))
        self.conflicts = list(conflicts)
        intro = QLabel(tr("Diese Einträge weichen von Ihren ab. Bisher wurde nichts "
                          "überschrieben. Entscheiden Sie je Eintrag:"))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.conflicts), 3, self)
        self.table.setHorizontalHeaderLabels([tr("Eintrag"), tr("abweichend in"),
                                              tr("Entscheidung")])
        self.table.verticalHeader().hide()
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(self.conflicts):
            self.table.setItem(row, 0, QTableWidgetItem(conflict.place))
            self.table.setItem(row, 1, QTableWidgetItem(field_words(conflict.fields)))
            choice = QComboBox(self.table)
            choice.addItem(tr("Meine behalten"), KEEP_MINE)
            choice.addItem(tr("Aus der Datei übernehmen"), TAKE_THEIRS)
            choice.setAccessibleName(tr("Entscheidung für {0}").format(conflict.place))
            self.table.setCellWidget(row, 2, choice)
            self.choices.append(choice)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        self.decide_button = buttons.addButton(tr("Entscheiden"), QDialogButtonBox.AcceptRole)
        buttons.addButton(tr("Abbrechen"), QDialogButtonBox.RejectRole)
        self.decide_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 360)
        if self.choices:
            self.choices[0].setFocus()

    def resolutions(self) -> dict[str, str]:
        """{conflict ref: "mine" | "theirs"} as the merge takes them."""
        return {c.ref: box.currentData() for c, box in zip(self.conflicts, self.choices,
                                                           strict=True)}
