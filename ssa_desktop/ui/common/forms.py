"""Form widgets shared by every feature: catalogue selectors with type-ahead, code
lists (topics, participants), German date fields and duration presets."""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QBoxLayout,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionFrame,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.catalogues import Catalogue
from ...domain.dates import DateEntryError, format_date, parse_date
from .. import colours
from ..i18n import translator
from .announce import announce, name_action_buttons, name_inner_edit
from .labels import mnemonic_letter, name_by_label
from .layouts import FlowLayout, LinesHigh

if TYPE_CHECKING:
    _Field = QWidget  # what the mixins below are mixed into (for the type checker)
else:
    _Field = object

tr = translator("Forms")
ERROR_STYLE = f"color: {colours.current().error};"


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose Alt+letter reaches ``buddy``. A composite field (topics, duration,
    check boxes) has no focus of its own, so the label points at its focus proxy: Qt's
    mnemonic does nothing on a buddy without a focus policy (Alt+T, Alt+U did nothing).
    A group of check boxes gets a ``GroupLabel``: its letter moves into the group, and
    it labels the group, not the first box (a reader named that box by the group)."""
    target = buddy
    proxy = target.focusProxy()
    while proxy is not None:
        target = proxy
        proxy = target.focusProxy()
    if isinstance(target, QAbstractButton) and target is not buddy:
        label: QLabel = GroupLabel(text)
        label.setBuddy(buddy)  # setFocus on the group reaches its first box (the proxy)
        return label
    label = GroupLabel(text) if isinstance(target, QAbstractButton) else QLabel(text)
    label.setBuddy(target)
    return label


class GroupLabel(QLabel):
    """The label of a group of check boxes ("&Beteiligte"), bound to the group (or a
    lone box): its Alt+letter moves the focus into the group and toggles nothing (Qt's
    mnemonic clicks a button buddy, so Alt+B ticked "Schüler:in")."""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.Shortcut and self.buddy() is not None:
            self.buddy().setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
            return True
        return super().event(event)


def say_refusal(error: QLabel, text: str, field: QWidget | None = None) -> None:
    """Show ``text`` in a form's error line (``message_line.error_line``, hidden while
    empty) and put the keyboard into the field it is about."""
    error.setText(text)
    error.setVisible(bool(text))
    if field is not None:
        field.setFocus()


def make_button(text: str, accessible_name: str, slot) -> QPushButton:
    """A push button with its screen-reader name (containing the visible text, WCAG 2.5.3:
    ``name_by_label``) and its action."""
    button = QPushButton(text)
    name_by_label(button, text, accessible_name)
    button.clicked.connect(slot)
    return button


def _suggestions(widget: QWidget) -> QAbstractItemView | None:
    """The list of ``widget``'s completer (None without a completer)."""
    completer = widget.completer() if isinstance(widget, (QLineEdit, QComboBox)) else None
    return completer.popup() if completer is not None else None


def _hide_list_on_leave(widget: QWidget, event) -> bool:
    """True when ``event`` is ``widget`` losing the focus to somewhere else (not to its
    own list); the completer's list is closed then. Used by event filters that the widget
    installs on itself after the completer (see ``_filter_first``)."""
    if event.type() != QEvent.Type.FocusOut or event.reason() == Qt.FocusReason.PopupFocusReason:
        return False
    popup = _suggestions(widget)
    if popup is not None:
        popup.hide()
    return True


_LIST_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)


def list_keeps_key(widget: QWidget, event) -> bool:
    """True (and the event accepted) when ``event`` asks whether Enter or Esc is a shortcut
    while ``widget``'s suggestion list is open: the key then belongs to the list (Enter
    picks the suggestion, Esc closes the list), never to a form's Enter-saves or
    Esc-discards shortcut (Enter on a "Zweck" suggestion saved the half-filled group)."""
    if event.type() != QEvent.Type.ShortcutOverride or event.key() not in _LIST_KEYS:
        return False
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return False
    popup = _suggestions(widget)
    if popup is None or not popup.isVisible():
        return False
    event.accept()
    return True


def _filter_first(widget: QWidget) -> None:
    """Put the widget's own event filter in front of its completer's. The completer
    re-installs its filter at every focus-in and swallows FocusOut while its list is open,
    so Alt+letter or a click elsewhere left the list open and the typed text unresolved."""
    widget.removeEventFilter(widget)
    widget.installEventFilter(widget)


class _ListFieldEvents(_Field):
    """What a field with a completer's list does with the focus and keys: its own filter
    stays in front of the completer's, Enter and Esc go to the open list, and leaving the
    field (its list closed first) calls ``_left_field``. Mixed in before the Qt class."""

    def _left_field(self) -> None:
        raise NotImplementedError

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        _filter_first(self)

    def event(self, event) -> bool:
        if list_keeps_key(self, event):
            return True
        return super().event(event)

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self and _hide_list_on_leave(self, event):
            self._left_field()
        return super().eventFilter(obj, event)


def press_mnemonic(window: QWidget, letter: str) -> bool:
    """Do what Alt+``letter`` does in ``window`` (a label's field, a button, a tab); for a
    key that reached an open completer list, which passes it on as typed text."""
    from PySide6.QtWidgets import QAbstractButton, QTabBar

    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if (buddy is not None and label.isVisible() and buddy.isEnabled()
                and mnemonic_letter(label.text()) == letter):
            buddy.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
    for button in window.findChildren(QAbstractButton):
        if (button.isVisible() and button.isEnabled()
                and mnemonic_letter(button.text()) == letter):
            button.setFocus(Qt.FocusReason.ShortcutFocusReason)
            button.animateClick()
            return True
    for bar in window.findChildren(QTabBar):
        for index in range(bar.count()):
            if bar.isVisible() and bar.isTabEnabled(index) and \
                    mnemonic_letter(bar.tabText(index)) == letter:
                bar.setCurrentIndex(index)
                return True
    return False


class _RefusedMark(_Field):
    """A field that refuses what was typed: framed red, the German reason as its tooltip
    and accessible description. ``FRAMED`` is the Qt class the frame's style names."""

    if TYPE_CHECKING:
        corrected = Signal()  # each field declares its own

    FRAMED = "QWidget"

    def _mark(self, reason: str) -> None:
        was_refused = self.is_refused()
        self.setProperty("refused", bool(reason))
        self.setStyleSheet(self._frame_style() if reason else "")
        self.setToolTip(reason)
        self.setAccessibleDescription(reason)
        if was_refused and not reason:
            self.corrected.emit()

    def is_refused(self) -> bool:
        return bool(self.property("refused"))

    def _frame_style(self) -> str:
        return f"{self.FRAMED} {{ border: 2px solid {colours.current().error}; }}"


class CompleterLineEdit(_ListFieldEvents, QLineEdit):
    """A line edit with a completer that emits ``left`` whenever the focus goes elsewhere
    (Tab, Alt+letter, a click), with its list closed first."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        _filter_first(self)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Alt+letter while the list is open: the completer passes it on here as typed
        text ("Beratungsraum 1.12N") and the keys after it still came here. The list is
        closed and the letter does what Alt+letter does in the window."""
        popup = _suggestions(self)
        if (popup is not None and popup.isVisible()
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
                and Qt.Key.Key_A <= event.key() <= Qt.Key.Key_Z):
            popup.hide()
            press_mnemonic(self.window(), chr(event.key()).casefold())
            return
        super().keyPressEvent(event)

    def _left_field(self) -> None:
        self.left.emit()


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


def _no_single_match(text: str, name: str, hits: list[str]) -> str:
    """Why ``text`` typed into the field ``name`` is refused: it fits the labels ``hits``
    (several, the first four named) or none."""
    if hits:
        shown = ", ".join(f"„{label}“" for label in hits[:4])
        return tr("„{0}“ passt bei {1} zu mehreren Einträgen ({2}). Bitte genauer tippen "
                  "oder mit ↓ wählen.").format(text, name, shown)
    return tr("„{0}“ gibt es bei {1} nicht. Bitte einen Eintrag der Liste wählen."
              ).format(text, name)


class ChoiceCombo(_ListFieldEvents, _RefusedMark, QComboBox):
    """The one editable selector: type-ahead over the entries, and what stays on screen
    is what is saved.

    Leaving the field (Tab, click, Enter) resolves the typed text: the exact label, an
    exact code, the single entry whose label starts with it, or the single entry that
    contains it; that entry is then shown. Text that fits no entry or several is refused
    visibly: the previous entry comes back, the field is framed red and ``refused``
    carries the German reason (dialogs show it next to their buttons).
    """

    refused = Signal(str)
    corrected = Signal()  # a refused entry was corrected: the frame is gone
    FRAMED = "QComboBox"

    def __init__(self, entries=(), *, empty: str | None = None, accessible_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._empty = empty
        self.set_entries(entries)
        completer = self.completer()
        assert completer is not None  # an editable combo box has its completer
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self._valid_index = self.currentIndex()
        self.currentIndexChanged.connect(self._remember)
        edit = self.lineEdit()
        assert edit is not None  # editable since the first line
        edit.editingFinished.connect(self.commit)
        edit.textEdited.connect(self._clear_mark)
        name_inner_edit(self)
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

    def _left_field(self) -> None:
        self.commit()

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
        else:
            reason = _no_single_match(text, name, [self.itemText(i) for i in hits])
        previous = self._valid_index
        self.setCurrentIndex(previous)
        self.setEditText(self.itemText(previous) if previous >= 0 else "")
        self._mark(reason)
        self.refused.emit(reason)
        return False

    def _clear_mark(self, _text: str = "") -> None:
        self._mark("")

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
    corrected = Signal()  # a refused word was corrected or removed

    def __init__(self, catalogue: Catalogue, *, accessible_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self._codes: list[str] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._box = layout
        self.chips = QLabel()
        self.chips.setTextFormat(Qt.TextFormat.PlainText)
        self.chips.setWordWrap(True)
        self.edit = CompleterLineEdit()
        self.edit.setPlaceholderText(tr("+ Thema eingeben …"))
        self.edit.setAccessibleName(accessible_name or tr("Auswahl hinzufügen"))
        self._labels = [e.label for e in catalogue]
        self._completer = QCompleter(self._labels, self)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
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

    def _least_widths(self) -> tuple[int, int]:
        """The chosen codes' least width (their longest word; 0 while none) and the
        field's."""
        chips = self.chips.minimumSizeHint().width() if not self.chips.isHidden() else 0
        return chips, max(self.edit.minimumSizeHint().width(), self.edit.minimumWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        """The wider of codes and field: where both do not fit beside each other, the
        codes stand above the field (``resizeEvent``)."""
        hint = super().minimumSizeHint()
        hint.setWidth(max(self._least_widths()))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._turn(event.size().width())
        super().resizeEvent(event)

    def _turn(self, width: int) -> None:
        """The codes beside the field where both fit in ``width``, else above it."""
        chips, edit = self._least_widths()
        beside = not chips or width >= chips + self._box.spacing() + edit
        direction = QBoxLayout.Direction.LeftToRight if beside \
            else QBoxLayout.Direction.TopToBottom
        if self._box.direction() != direction:
            self._box.setDirection(direction)
            self.updateGeometry()  # its height changed with the direction

    def set_hint(self, text: str) -> None:
        """``text`` as the field's grey hint, never cut: the field is at least as wide
        and the chosen codes beside it wrap (Gruppen's hint ended in „…“ at 640×360)."""
        self.edit.setPlaceholderText(text)
        option = QStyleOptionFrame()
        self.edit.initStyleOption(option)
        margins = self.edit.textMargins()
        # the text's fractional width rounded up (rounded down, Qt still cut it) and
        # QLineEdit's 2 px a side
        wide = math.ceil(QFontMetricsF(self.edit.font()).horizontalAdvance(text)) + 1
        contents = QSize(wide + 4 + margins.left() + margins.right(),
                         self.edit.sizeHint().height())
        self.edit.setMinimumWidth(self.edit.style().sizeFromContents(
            QStyle.ContentsType.CT_LineEdit, option, contents, self.edit).width())

    def eventFilter(self, obj, event):  # noqa: N802
        # Qt can still deliver an event while PySide takes the wrapper apart (its
        # attributes gone first, seen in a test's teardown): nothing of ours to do then
        if obj is getattr(self, "edit", None) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Backspace and not self.edit.text() and self._codes:
                self._codes.pop()
                self._render()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.edit.text().strip():
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
        reason = _no_single_match(text, name, [self._labels[i] for i in hits])
        self.edit.setStyleSheet(f"QLineEdit {{ border: 2px solid {colours.current().error}; }}")
        self.edit.setToolTip(reason)
        self.edit.setAccessibleDescription(reason)
        self.refused.emit(reason)
        return False

    def _clear_mark(self, _text: str = "") -> None:
        was_refused = self.is_refused()
        self.edit.setStyleSheet("")
        self.edit.setToolTip("")
        self.edit.setAccessibleDescription("")
        if was_refused:
            self.corrected.emit()

    def is_refused(self) -> bool:
        return bool(self.edit.toolTip())

    def _render(self) -> None:
        # each × stays on the line of its topic where the chips wrap (a no-break space)
        self.chips.setText("  ".join(f"{self.catalogue.label(c)}\u00a0×" for c in self._codes))
        self.chips.setVisible(bool(self._codes))
        # codes added or removed at the same size (no resize): decided here as well
        self._turn(self.width())
        self.chips.setAccessibleName(", ".join(self.catalogue.label(c) for c in self._codes))
        self.changed.emit()

    def codes(self) -> tuple[str, ...]:
        """The chosen codes; a typed word is added first when it names one topic."""
        self.commit()
        return tuple(self._codes)

    def set_codes(self, codes) -> None:
        self._codes = [c for c in codes if c in self.catalogue]
        self._render()


class CodeChecks(LinesHigh):
    """Check boxes for a small catalogue (e.g. participants by role), side by side; where
    the width ends they wrap onto the next line (the disclosure's seven categories pushed
    its dialog 1,000 px wide, scrolled sideways at 1280×720)."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        flow = FlowLayout()
        super().__init__(flow, parent)
        self.boxes: dict[str, QCheckBox] = {}
        for entry in catalogue:
            box = QCheckBox(entry.label)
            box.setAccessibleName(entry.label)
            self.boxes[entry.code] = box
            flow.addWidget(box)

    def codes(self) -> tuple[str, ...]:
        return tuple(c for c, b in self.boxes.items() if b.isChecked())

    def set_codes(self, codes) -> None:
        for c, b in self.boxes.items():
            b.setChecked(c in codes)


class DateField(_RefusedMark, QLineEdit):
    """A German date: she types ``12.10.2026``, ``1.9.2026``, ``12.10.26`` or ``121026``
    (see ``domain/dates.py``) or picks it in the calendar (the arrow button, Alt+↓ or F4).

    A plain line edit, not Qt's sectioned date edit: there a typed dot moved the focus to
    the next field (it is the same call as Tab) and an impossible day was clamped to
    another date. Leaving the field (Tab, click, Enter) reads the text; the date is then
    shown as 12.10.2026. Text that is no date is refused visibly like a ``ChoiceCombo``:
    it stays as typed, framed red, ``refused`` carries the German reason and saving is
    refused (``commit_selectors``); it is never replaced by another date.
    """

    dateChanged = Signal(QDate)  # noqa: N815 - the QDateEdit name the areas connect to
    refused = Signal(str)
    corrected = Signal()  # a refused date was corrected
    FRAMED = "QLineEdit"

    def __init__(self, value: date | None = None, *, accessible_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._value = value or clock.today()
        self._typed_over = False
        self._refused_text = ""
        self.setText(format_date(self._value))
        self.setPlaceholderText("TT.MM.JJJJ")
        width = self.fontMetrics().horizontalAdvance("00.00.00000") + 48
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 40)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self._popup_action = self.addAction(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                            QLineEdit.ActionPosition.TrailingPosition)
        self._popup_action.setToolTip(tr("Kalender öffnen (Alt+↓)"))
        self._popup_action.setText(tr("Kalender öffnen"))
        name_action_buttons(self)
        self._popup_action.triggered.connect(self.show_calendar)
        self._popup: QFrame | None = None
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(self._edited)

    # -- reading what she typed ---------------------------------------------------------
    def _edited(self, _text: str) -> None:
        self._typed_over = True
        self._mark("")

    def commit(self) -> bool:
        """Read the typed text; False (text kept, framed red) when it is no date."""
        if not self._typed_over and not self.is_refused():
            return True
        if self.is_refused() and self.text() == self._refused_text:
            return False  # refused already (the reason is shown); no second message
        try:
            parsed = parse_date(self.text(), clock.today())
        except DateEntryError as error:
            reason = f"{self.accessibleName() or tr('Datum')}: {error}"
            self._refused_text = self.text()
            self._mark(reason)
            self.refused.emit(reason)
            return False
        self._typed_over = False
        self._mark("")
        self._set(parsed)
        return True

    def _set(self, value: date) -> None:
        changed = value != self._value
        self._value = value
        self.setText(format_date(value))
        if changed:
            self.dateChanged.emit(QDate(value.year, value.month, value.day))

    # -- keys ----------------------------------------------------------------------------
    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()  # typing replaces the date, as in every other field

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.commit():
                return  # a refused date never reaches the dialog's default button
            event.ignore()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods and not self.is_refused():
            if self.commit():
                self._set(self._value + timedelta(days=1 if key == Qt.Key.Key_Up else -1))
                self.selectAll()
            return
        text = event.text()
        if (text and text.isdigit() and not self.hasSelectedText() and not self._typed_over
                and self.cursorPosition() == len(self.text())):
            self.clear()  # after the shown date, a digit starts a new date
        super().keyPressEvent(event)

    # -- calendar ------------------------------------------------------------------------
    def show_calendar(self) -> None:
        """The calendar below the field; Enter or a click takes the day, Esc closes."""
        if not self.isEnabled():
            return
        self.commit()
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(2, 2, 2, 2)
        calendar = QCalendarWidget(popup)
        calendar.setGridVisible(True)
        calendar.setSelectedDate(self.date())
        calendar.setAccessibleName(tr("Kalender: {0}").format(self.accessibleName()))
        days = calendar.findChild(QAbstractItemView)   # the grid of days takes the focus
        if days is not None:
            days.setAccessibleName(calendar.accessibleName())
        layout.addWidget(calendar)
        calendar.activated.connect(lambda day: self._picked(popup, day))
        calendar.clicked.connect(lambda day: self._picked(popup, day))
        popup.adjustSize()
        where = self.mapToGlobal(self.rect().bottomLeft())
        screen = self.screen().availableGeometry()
        x = min(where.x(), screen.right() - popup.width())
        y = where.y() if where.y() + popup.height() <= screen.bottom() else (
            self.mapToGlobal(self.rect().topLeft()).y() - popup.height())
        popup.move(max(screen.left(), x), max(screen.top(), y))
        self._popup = popup
        popup.show()
        calendar.setFocus()

    def _picked(self, popup: QWidget, day: QDate) -> None:
        popup.close()
        self._typed_over = False
        self._mark("")
        self._set(date(day.year(), day.month(), day.day()))
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.selectAll()

    def calendar_popup(self) -> QFrame | None:
        """The open calendar (tests pick a day in it)."""
        return self._popup if self._popup is not None and self._popup.isVisible() else None

    # -- values --------------------------------------------------------------------------
    def value(self) -> date:
        """The date last read; callers save only after ``commit_selectors`` passed."""
        self.commit()
        return self._value

    def set_date(self, value: date) -> None:
        self._typed_over = False
        self._mark("")
        self._set(value)
        if self.hasFocus():
            self.selectAll()  # typing replaces the new date too

    def date(self) -> QDate:
        value = self.value()
        return QDate(value.year, value.month, value.day)

    def setDate(self, value: QDate) -> None:  # noqa: N802
        self.set_date(date(value.year(), value.month(), value.day()))


_SECTION_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                 Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End)


class TimeField(QTimeEdit):
    """A time as 14:30; Tab leaves the field (not the next section). ←/→ move between
    the hour and the minute, ↑/↓ change the one she is on; after each such key the
    section and its value are said („Minute 30“): Qt tells assistive software nothing of
    the section."""

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = ""):
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        return QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if not self._step_section(event):
            super().keyPressEvent(event)
        if event.key() in _SECTION_KEYS:  # at 23 or the first section too: where she is
            announce(self, self.section_spoken())

    def _step_section(self, event) -> bool:
        """←/→ go to the previous or next section whole (selected: typing replaces it);
        Qt moved the cursor one digit and left her in the section. At the first or last
        section they stay."""
        chord = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier | \
            Qt.KeyboardModifier.AltModifier
        if event.key() not in (Qt.Key.Key_Left, Qt.Key.Key_Right) or event.modifiers() & chord:
            return False
        forward = event.key() == Qt.Key.Key_Right
        if 0 <= self.currentSectionIndex() + (1 if forward else -1) < self.sectionCount():
            QTimeEdit.focusNextPrevChild(self, forward)  # Qt's step to a section, selected
        event.accept()
        return True

    def section_spoken(self) -> str:
        """The section she is on and its value, as a reader says it („Stunde 14“)."""
        if self.currentSection() == QTimeEdit.Section.HourSection:
            return tr("Stunde {0}").format(self.time().hour())
        if self.currentSection() == QTimeEdit.Section.MinuteSection:
            return tr("Minute {0}").format(self.time().minute())
        return ""

    def commit(self) -> bool:
        """Read a time typed in part ("14:5") as leaving the field does (14:05); Qt keeps
        the former time until then, and a save by Enter from the field read that."""
        self.interpretText()
        return True


_WHOLE_NUMBER = re.compile(r"-?[0-9]+")


class NumberSpin(_RefusedMark, QSpinBox):
    """A whole number that is saved as the screen shows it (``spins.make_spin_box``
    builds every number field with it).

    While the text is no number of the range (emptied, a lone "+") Qt keeps the former
    number unseen and shows it again only when she leaves the field; a save by Enter
    from the field read that number. ``commit`` (``commit_selectors``, before saving)
    reads the text as leaving does, or refuses it visibly: the text stays, framed red,
    ``refused`` carries the German reason; refused, it stays so when she leaves the
    field, until she changes it. A dot or comma is refused as typed: Qt read
    "1.5" as 15 under the German locale (a digit grouping)."""

    refused = Signal(str)
    corrected = Signal()  # the refused text was corrected or given up
    FRAMED = "QSpinBox"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lineEdit().textEdited.connect(self._unmark)
        self.textChanged.connect(self._unmark_a_number)  # a preset, an arrow

    def validate(self, text: str, pos: int):
        typed = text.removeprefix(self.prefix()).removesuffix(self.suffix())
        if any(sign in typed for sign in ".,'" + self.locale().groupSeparator()):
            return QValidator.State.Invalid, text, pos
        return super().validate(text, pos)

    def _frame_style(self) -> str:
        # a border alone left the arrow buttons blank: they are given their room back
        return (f"QSpinBox {{ border: 2px solid {colours.current().error}; "
                "padding-right: 16px; } QSpinBox::up-button, QSpinBox::down-button "
                "{ width: 16px; }")

    def shown_number(self) -> int | None:
        """The number the field shows; None when its text is no number of the range."""
        if self.specialValueText() and self.text() == self.specialValueText():
            return self.minimum()
        typed = self.cleanText().strip()
        if not _WHOLE_NUMBER.fullmatch(typed):
            return None
        number = int(typed)
        return number if self.minimum() <= number <= self.maximum() else None

    def commit(self) -> bool:
        """Take the typed number; False (text kept, framed red) when it is none."""
        if self.shown_number() is None:
            typed = self.cleanText().strip()
            name = self.accessibleName() or tr("Zahl")
            reason = (tr("{0}: „{1}“ ist keine Zahl von {2} bis {3}.").format(
                name, typed, self.minimum(), self.maximum()) if typed
                else tr("{0}: Bitte eine Zahl eingeben.").format(name))
            self._mark(reason)
            self.refused.emit(reason)
            return False
        self.interpretText()
        self._unmark()
        return True

    def _unmark(self, _text: str = "") -> None:
        if self.is_refused():  # a hint of the caller's stays in the tooltip otherwise
            self._mark("")

    def _unmark_a_number(self, _text: str = "") -> None:
        if self.shown_number() is not None:
            self._unmark()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self.is_refused() and self.shown_number() is None:  # her refused text and the
            # message stay until she changes it (a preset or an arrow shows a number);
            self.lineEdit().event(event)  # Qt put the kept number back unseen and
            QWidget.focusOutEvent(self, event)  # withdrew the refusal
            return
        super().focusOutEvent(event)  # Qt shows the kept number again: nothing refused
        if self.shown_number() is not None:
            self._unmark()


class DurationField(QWidget):
    """Minutes with presets 5/15/30/45/60 and free entry."""

    PRESETS: tuple[int, ...] = (5, 15, 30, 45, 60)

    def __init__(self, minutes: int = 30, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # wide enough that what she types stays what she typed (2000 became 200 when the
        # maximum was 1440); the plausibility check says what is too long
        self.spin = NumberSpin()
        self.spin.setRange(0, 9999)
        self.spin.setSingleStep(5)
        self.spin.setSuffix(tr(" Min."))
        self.spin.setValue(minutes)
        self.spin.setAccessibleName(tr("Dauer in Minuten"))
        # room for "1440 Min." plus the arrows, so presets never cover the value
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("9999 Min.") + 36)
        layout.setSpacing(4)
        layout.addWidget(self.spin)
        for preset in self.PRESETS:
            button = QPushButton(str(preset))
            button.setAccessibleName(tr("Dauer {0} Minuten").format(preset))
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("60") + 18)
            button.clicked.connect(lambda _=False, p=preset: self.spin.setValue(p))
            layout.addWidget(button)
        self.setFocusProxy(self.spin)

    def minutes(self) -> int:
        return self.spin.value()

    def set_minutes(self, minutes: int) -> None:
        self.spin.setValue(minutes)


def commit_selectors(root: QWidget) -> QWidget | None:
    """Resolve every visible selector, code list, date, time and number under ``root``
    before saving (what is saved is what the screen shows); the first one that refused
    (its tooltip says why), else None."""
    refused = None
    for widget in root.findChildren(QWidget):
        if (not isinstance(widget, (ChoiceCombo, CodeListEdit, DateField, NumberSpin, TimeField))
                or not widget.isVisibleTo(root) or not widget.isEnabled()):
            continue
        if not widget.commit() and refused is None:
            refused = widget
    return refused


def follow_refusals(selectors, show) -> None:
    """A dialog's error line for its selectors: ``show(reason)`` when one refuses what was
    typed, and once she has corrected it ``show`` the reason of a field still refused, or
    ``show("")`` (the line goes) when none is: it never says a field is wrong while the
    field shows a valid entry."""
    selectors = list(selectors)

    def corrected() -> None:
        still = [refusal(s) for s in selectors if s.is_refused()]
        show(still[-1] if still else "")

    for selector in selectors:
        selector.refused.connect(show)
        selector.corrected.connect(corrected)


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
