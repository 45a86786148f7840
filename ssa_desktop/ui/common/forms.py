"""Form widgets shared by every feature: catalogue selectors with type-ahead, code
lists (topics, participants), German date fields and duration presets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...domain import clock
from ...domain.catalogues import Catalogue
from ..i18n import translator

tr = translator("Forms")


def make_button(text: str, accessible_name: str, slot) -> QPushButton:
    """A push button with its screen-reader name and its action."""
    button = QPushButton(text)
    button.setAccessibleName(accessible_name)
    button.clicked.connect(slot)
    return button


class CatalogueCombo(QComboBox):
    """Select one catalogue entry; typing filters by any part of the label."""

    def __init__(self, catalogue: Catalogue, *, empty: str | None = None,
                 accessible_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        if empty is not None:
            self.addItem(empty, "")
        for entry in catalogue:
            self.addItem(entry.label, entry.code)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchContains)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def code(self) -> str:
        index = self.findText(self.currentText(), Qt.MatchFixedString)
        return self.itemData(index) if index >= 0 else (self.currentData() or "")

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        if index >= 0:
            self.setCurrentIndex(index)


class CodeListEdit(QWidget):
    """Several codes of a catalogue: type to find, Enter adds, Backspace on empty removes."""

    changed = Signal()

    def __init__(self, catalogue: Catalogue, *, accessible_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self._codes: list[str] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chips = QLabel()
        self.chips.setTextFormat(Qt.PlainText)
        self.chips.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("+ Thema eingeben …"))
        self.edit.setAccessibleName(accessible_name or tr("Auswahl hinzufügen"))
        labels = [e.label for e in catalogue]
        self._completer = QCompleter(labels, self)
        self._completer.setFilterMode(Qt.MatchContains)
        self._completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.edit.setCompleter(self._completer)
        self._completer.activated.connect(self._add_label)
        self.edit.returnPressed.connect(lambda: self._add_label(self.edit.text()))
        self.edit.installEventFilter(self)
        layout.addWidget(self.chips, 1)
        layout.addWidget(self.edit, 1)
        self.chips.hide()  # no empty gap before the field while nothing is chosen
        self.setFocusProxy(self.edit)

    def eventFilter(self, obj, event):  # noqa: N802
        from PySide6.QtCore import QEvent

        if (obj is self.edit and event.type() == QEvent.KeyPress
                and event.key() == Qt.Key_Backspace and not self.edit.text() and self._codes):
            self._codes.pop()
            self._render()
            return True
        return super().eventFilter(obj, event)

    def _add_label(self, text: str) -> None:
        text = text.strip()
        match = next((e for e in self.catalogue if e.label.lower() == text.lower()), None)
        if match is None:
            match = next((e for e in self.catalogue if text and text.lower() in e.label.lower()), None)
        if match and match.code not in self._codes:
            self._codes.append(match.code)
            self._render()
        self.edit.clear()

    def _render(self) -> None:
        self.chips.setText("  ".join(f"{self.catalogue.label(c)} ×" for c in self._codes))
        self.chips.setVisible(bool(self._codes))
        self.chips.setAccessibleName(", ".join(self.catalogue.label(c) for c in self._codes))
        self.changed.emit()

    def codes(self) -> tuple[str, ...]:
        pending = self.edit.text().strip()
        if pending:
            self._add_label(pending)
        return tuple(self._codes)

    def set_codes(self, codes) -> None:
        self._codes = [c for c in codes if c in self.catalogue]
        self._render()


class CodeChecks(QWidget):
    """Check boxes for a small catalogue (e.g. participants by role)."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for entry in catalogue:
            box = QCheckBox(entry.label)
            box.setAccessibleName(entry.label)
            self.boxes[entry.code] = box
            layout.addWidget(box)
        layout.addStretch(1)

    def codes(self) -> tuple[str, ...]:
        return tuple(c for c, b in self.boxes.items() if b.isChecked())

    def set_codes(self, codes) -> None:
        for c, b in self.boxes.items():
            b.setChecked(c in codes)


class DateField(QDateEdit):
    """A date as 21.11.2026 with a calendar popup."""

    def __init__(self, value: date | None = None, *, accessible_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setCalendarPopup(True)
        self.set_date(value or clock.today())
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def value(self) -> date:
        q = self.date()
        return date(q.year(), q.month(), q.day())

    def set_date(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))


class DurationField(QWidget):
    """Minutes with presets 5/15/30/45/60 and free entry."""

    PRESETS = (5, 15, 30, 45, 60)

    def __init__(self, minutes: int = 30, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spin = QSpinBox()
        self.spin.setRange(0, 24 * 60)
        self.spin.setSingleStep(5)
        self.spin.setSuffix(" Min.")
        self.spin.setValue(minutes)
        self.spin.setAccessibleName(tr("Dauer in Minuten"))
        # room for "1440 Min." plus the arrows, so presets never cover the value
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("1440 Min.") + 36)
        layout.setSpacing(4)
        layout.addWidget(self.spin)
        for preset in self.PRESETS:
            button = QPushButton(str(preset))
            button.setAccessibleName(tr("Dauer {0} Minuten").format(preset))
            button.setFocusPolicy(Qt.ClickFocus)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("60") + 18)
            button.clicked.connect(lambda _=False, p=preset: self.spin.setValue(p))
            layout.addWidget(button)
        self.setFocusProxy(self.spin)

    def minutes(self) -> int:
        return self.spin.value()

    def set_minutes(self, minutes: int) -> None:
        self.spin.setValue(minutes)
