"""Form widgets shared by every feature: catalogue selectors with type-ahead, code
lists (topics, participants), German date fields and duration presets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
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
    QTimeEdit,
    QWidget,
)

from ...domain import clock
from ...domain.catalogues import Catalogue
from ..i18n import translator

tr = translator("Forms")


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose Alt+letter reaches ``buddy``. A composite field (topics, duration,
    check boxes) has no focus of its own, so the label points at its focus proxy: Qt's
    mnemonic does nothing on a buddy without a focus policy (Alt+T, Alt+U did nothing)."""
    label = QLabel(text)
    target = buddy
    while target.focusProxy() is not None:
        target = target.focusProxy()
    label.setBuddy(target)
    return label


def make_button(text: str, accessible_name: str, slot) -> QPushButton:
    """A push button with its screen-reader name and its action."""
    button = QPushButton(text)
    button.setAccessibleName(accessible_name)
    button.clicked.connect(slot)
    return button


def _hide_list_on_leave(widget: QWidget, event) -> bool:
    """True when ``event`` is ``widget`` losing the focus to somewhere else (not to its
    own list); the completer's list is closed then. Used by event filters that the widget
    installs on itself after the completer (see ``_filter_first``)."""
    if event.type() != QEvent.FocusOut or event.reason() == Qt.PopupFocusReason:
        return False
    completer = widget.completer()
    if completer is not None:
        completer.popup().hide()
    return True


def _filter_first(widget: QWidget) -> None:
    """Put the widget's own event filter in front of its completer's. The completer
    re-installs its filter at every focus-in and swallows FocusOut while its list is open,
    so Alt+letter or a click elsewhere left the list open and the typed text unresolved."""
    widget.removeEventFilter(widget)
    widget.installEventFilter(widget)


class CompleterLineEdit(QLineEdit):
    """A line edit with a completer that emits ``left`` whenever the focus goes elsewhere
    (Tab, Alt+letter, a click), with its list closed first."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        _filter_first(self)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        _filter_first(self)

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self and _hide_list_on_leave(self, event):
            self.left.emit()
        return super().eventFilter(obj, event)


def matching_labels(text: str, labels: list[str]) -> list[int]:
    """Indexes of the labels the typed text stands for, best first: the exact label, else
    every label starting with it, else every label containing it (case-insensitive).
    One hit completes; several or none are refused by the caller."""
    low = text.strip().casefold()
    if not low:
        return []
    folded = [label.casefold() for label in labels]
    exact = [i for i, lab in enumerate(folded) if lab == low]
    if exact:
        return exact[:1]
    for test in (str.startswith, str.__contains__):
        hits = [i for i, lab in enumerate(folded) if test(lab, low)]
        if hits:
            return hits
    return []


class ChoiceCombo(QComboBox):
    """The one editable selector: type-ahead over the entries, and what stays on screen
    is what is saved.

    Leaving the field (Tab, click, Enter) resolves the typed text: the exact label, an
    exact code, the single entry whose label starts with it, or the single entry that
    contains it; that entry is then shown. Text that fits no entry or several is refused
    visibly: the previous entry comes back, the field is framed red and ``refused``
    carries the German reason (dialogs show it next to their buttons).
    """

    refused = Signal(str)

    def __init__(self, entries=(), *, empty: str | None = None, accessible_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self._empty = empty
        self.set_entries(entries)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchContains)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self._valid_index = self.currentIndex()
        self.currentIndexChanged.connect(self._remember)
        self.lineEdit().editingFinished.connect(self.commit)
        self.lineEdit().textEdited.connect(self._clear_mark)
        _filter_first(self)

    def set_entries(self, entries) -> None:
        """``entries``: (label, data) pairs; the empty entry (if any) comes first."""
        self.blockSignals(True)
        self.clear()
        if self._empty is not None:
            self.addItem(self._empty, "")
        for label, data in entries:
            self.addItem(label, data)
        self.blockSignals(False)
        self._valid_index = self.currentIndex()

    def _remember(self, index: int) -> None:
        if index >= 0 and self.itemText(index) == self.currentText():
            self._valid_index = index
            self._mark("")

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        _filter_first(self)

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self and _hide_list_on_leave(self, event):
            self.commit()
        return super().eventFilter(obj, event)

    def _candidates(self, text: str) -> list[int]:
        return matching_labels(text, [self.itemText(i) for i in range(self.count())])

    def commit(self) -> bool:
        """Resolve the typed text; False (and the previous entry back) when refused."""
        text = self.currentText().strip()
        if self.currentIndex() >= 0 and text == self.itemText(self.currentIndex()):
            return True  # nothing typed since; a refusal stays marked until she edits
        if not text and self._empty is not None:
            self.setCurrentIndex(0)
            self._mark("")
            return True
        hits = self._candidates(text) if text else []
        if len(hits) == 1:
            self.setCurrentIndex(hits[0])
            self.setEditText(self.itemText(hits[0]))
            self._mark("")
            return True
        name = self.accessibleName() or tr("Auswahl")
        if not text:
            reason = tr("Bitte bei {0} einen Eintrag der Liste wählen.").format(name)
        elif hits:
            shown = ", ".join(f"„{self.itemText(i)}“" for i in hits[:4])
            reason = tr("„{0}“ passt bei {1} zu mehreren Einträgen ({2}). Bitte genauer tippen "
                        "oder mit ↓ wählen.").format(text, name, shown)
        else:
            reason = tr("„{0}“ gibt es bei {1} nicht. Bitte einen Eintrag der Liste wählen."
                        ).format(text, name)
        previous = self._valid_index
        self.setCurrentIndex(previous)
        self.setEditText(self.itemText(previous) if previous >= 0 else "")
        self._mark(reason)
        self.refused.emit(reason)
        return False

    def _clear_mark(self, _text: str = "") -> None:
        self._mark("")

    def _mark(self, reason: str) -> None:
        self.setProperty("refused", bool(reason))
        self.setStyleSheet("QComboBox { border: 2px solid #b00020; }" if reason else "")
        self.setToolTip(reason)
        self.setAccessibleDescription(reason)

    def is_refused(self) -> bool:
        return bool(self.property("refused"))

    def value(self):
        """The data of the entry on screen (after resolving what was typed)."""
        self.commit()
        index = self.currentIndex()
        return self.itemData(index) if index >= 0 else None


class CatalogueCombo(ChoiceCombo):
    """Select one catalogue entry (see ``ChoiceCombo``)."""

    def __init__(self, catalogue: Catalogue, *, empty: str | None = None,
                 accessible_name: str = "", parent: QWidget | None = None):
        super().__init__(((e.label, e.code) for e in catalogue), empty=empty,
                         accessible_name=accessible_name, parent=parent)

    def code(self) -> str:
        return self.value() or ""

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
            self._valid_index = index
            self._mark("")




class CodeListEdit(QWidget):
    """Several codes of a catalogue: type to find, Enter adds, Backspace on empty removes.

    Enter with a word acts in this field only: it adds the one topic the word stands for
    or refuses visibly (the word stays, framed red, ``refused`` says why); it never
    reaches the dialog's default button. Enter on an empty field is left to the dialog.
    """

    changed = Signal()
    refused = Signal(str)

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
        self.edit = CompleterLineEdit()
        self.edit.setPlaceholderText(tr("+ Thema eingeben …"))
        self.edit.setAccessibleName(accessible_name or tr("Auswahl hinzufügen"))
        self._labels = [e.label for e in catalogue]
        self._completer = QCompleter(self._labels, self)
        self._completer.setFilterMode(Qt.MatchContains)
        self._completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.edit.setCompleter(self._completer)
        self._completer.activated.connect(self._add_label)
        # Enter while the popup is open reaches the line edit only through returnPressed
        self.edit.returnPressed.connect(self.commit)
        self.edit.textEdited.connect(self._clear_mark)
        self.edit.left.connect(self.commit)  # a typed topic is added (or refused) on leaving
        self.edit.installEventFilter(self)
        layout.addWidget(self.chips, 1)
        layout.addWidget(self.edit, 1)
        self.chips.hide()  # no empty gap before the field while nothing is chosen
        self.setFocusProxy(self.edit)

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self.edit and event.type() == QEvent.KeyPress:
            if event.key() == Qt.Key_Backspace and not self.edit.text() and self._codes:
                self._codes.pop()
                self._render()
                return True
            if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.edit.text().strip():
                self.commit()
                return True  # the word is handled here, never a save of the dialog
        return super().eventFilter(obj, event)

    def _add_label(self, text: str) -> bool:
        hits = matching_labels(text, self._labels)
        if len(hits) != 1:
            return False
        code = self.catalogue.entries[hits[0]].code
        if code not in self._codes:
            self._codes.append(code)
            self._render()
        self.edit.clear()
        self._clear_mark()
        return True

    def commit(self) -> bool:
        """Add the typed word; False (word kept, framed red) when it fits no or several."""
        text = self.edit.text().strip()
        if not text or self._add_label(text):
            return True
        hits = matching_labels(text, self._labels)
        name = self.edit.accessibleName()
        if hits:
            shown = ", ".join(f"„{self._labels[i]}“" for i in hits[:4])
            reason = tr("„{0}“ passt bei {1} zu mehreren Einträgen ({2}). Bitte genauer tippen "
                        "oder mit ↓ wählen.").format(text, name, shown)
        else:
            reason = tr("„{0}“ gibt es bei {1} nicht. Bitte einen Eintrag der Liste wählen."
                        ).format(text, name)
        self.edit.setStyleSheet("QLineEdit { border: 2px solid #b00020; }")
        self.edit.setToolTip(reason)
        self.edit.setAccessibleDescription(reason)
        self.refused.emit(reason)
        return False

    def _clear_mark(self, _text: str = "") -> None:
        self.edit.setStyleSheet("")
        self.edit.setToolTip("")
        self.edit.setAccessibleDescription("")

    def _render(self) -> None:
        self.chips.setText("  ".join(f"{self.catalogue.label(c)} ×" for c in self._codes))
        self.chips.setVisible(bool(self._codes))
        self.chips.setAccessibleName(", ".join(self.catalogue.label(c) for c in self._codes))
        self.changed.emit()

    def codes(self) -> tuple[str, ...]:
        """The chosen codes; a typed word is added first when it names one topic."""
        self.commit()
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
    """A date as 21.11.2026 with a calendar popup. Tab leaves the field (one key, not
    one per day/month/year section); the arrow keys move between the sections."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        return QWidget.focusNextPrevChild(self, forward)

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


class TimeField(QTimeEdit):
    """A time as 14:30; Tab leaves the field (not the next section)."""

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = ""):
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        return QWidget.focusNextPrevChild(self, forward)


class DurationField(QWidget):
    """Minutes with presets 5/15/30/45/60 and free entry."""

    PRESETS = (5, 15, 30, 45, 60)

    def __init__(self, minutes: int = 30, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spin = QSpinBox()
        # wide enough that what she types stays what she typed (2000 became 200 when the
        # maximum was 1440); the plausibility check says what is too long
        self.spin.setRange(0, 9999)
        self.spin.setSingleStep(5)
        self.spin.setSuffix(" Min.")
        self.spin.setValue(minutes)
        self.spin.setAccessibleName(tr("Dauer in Minuten"))
        # room for "1440 Min." plus the arrows, so presets never cover the value
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("9999 Min.") + 36)
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


def commit_selectors(root: QWidget) -> QWidget | None:
    """Resolve every visible selector and code list under ``root`` before saving; the
    first one that refused (its tooltip says why), else None."""
    refused = None
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (ChoiceCombo, CodeListEdit)) or not widget.isVisibleTo(root):
            continue
        if not widget.commit() and refused is None:
            refused = widget
    return refused


def refusal(widget: QWidget) -> str:
    """The German reason a selector refused its text."""
    return widget.edit.toolTip() if isinstance(widget, CodeListEdit) else widget.toolTip()


def refused_selector(root: QWidget, show) -> bool:
    """Before saving: resolve every selector under ``root``; when one refuses, ``show``
    its German reason, put the focus there and return True (then nothing is saved)."""
    refused = commit_selectors(root)
    if refused is None:
        return False
    show(refusal(refused))
    refused.setFocus()
    return True
