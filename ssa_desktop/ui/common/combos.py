"""A drop-down list with its screen-reader name; Strg+Enter from an open list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget

from .alt_letters import chord_text


class WholeCombo(QComboBox):
    """A drop-down list never narrower than its longest entry: a layout short of room
    once squeezed the filters to the width of an empty box („alle Schuler“ at 200 %)."""

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(self.sizeHint().width(), 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        """An Alt or Strg letter is no type-ahead (``alt_letters.chord_text``, the rule
        of the theme's filter too; this holds without it): Qt's list took the Alt+T of a
        button that was off („Im &Tresor ablegen“) as „t“ and switched to another entry.
        Ignored, the window still gets it."""
        if chord_text(event):
            event.ignore()
            return
        super().keyPressEvent(event)


class ShorteningCombo(WholeCombo):
    """As wide as its longest entry where its line has the room; where it has not (a
    long goal or partner name at 640×360, 200 %: the area scrolled sideways) down to
    ``least`` characters, the entry shown cut at the right, whole in the open list, in
    its tool tip and to a reader."""

    def __init__(self, least: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.least = least
        self.currentTextChanged.connect(self.setToolTip)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = QComboBox.minimumSizeHint(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = QSize(self.fontMetrics().horizontalAdvance("x") * self.least, hint.height())
        least = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text,
                                              self).width()
        return QSize(min(self.sizeHint().width(), least), hint.height())


def make_combo(accessible_name: str, parent: QWidget | None = None, *,
               least: int | None = None) -> QComboBox:
    """An empty drop-down list named ``accessible_name`` for screen readers, as wide as
    its longest entry (with ``least``, down to that many characters where the room is
    short: ``ShorteningCombo``); the caller adds its entries."""
    combo = WholeCombo(parent) if least is None else ShorteningCombo(least, parent)
    combo.setAccessibleName(accessible_name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def watch_open_list(combo: QComboBox, watcher: QObject) -> None:
    """``watcher`` also sees the keys of ``combo``'s open list: while it is open they go
    to the list (or its frame), not to the window's fields."""
    view = combo.view()
    view.installEventFilter(watcher)
    if (frame := view.parentWidget()) is not None:
        frame.installEventFilter(watcher)


def in_a_list(obj: object) -> bool:
    """``obj`` is (in) a combo box's or a completer's popup, open or just closed by the
    key being delivered (its pick closes it before the key press reaches a filter)."""
    return isinstance(obj, QWidget) and obj.window().windowType() == Qt.WindowType.Popup


def in_open_list(obj: object) -> bool:
    """``obj`` is (in) an open list: a combo box's or a completer's popup."""
    return in_a_list(obj) and obj.isVisible()  # type: ignore[attr-defined]  # a QWidget


def close_open_list(obj: object) -> None:
    """Close the open list ``obj`` is in, without picking. A combo box's list gives the
    activation back to the combo box's window: closed amid her keys, the list was still
    made the active window afterwards and the next keys went nowhere."""
    if not in_open_list(obj):
        return
    popup = obj.window()  # type: ignore[attr-defined]  # a QWidget (in_open_list)
    combo = popup.parentWidget()
    if isinstance(combo, QComboBox):
        combo.hidePopup()
        combo.window().activateWindow()
    else:
        popup.hide()


def strg_enter_in_open_list(obj: object, event: QEvent, save: Callable[[], object],
                            strg_s: bool = False) -> bool:
    """For a window's event filter: Strg+Enter (with ``strg_s`` also Strg+S, where the
    window saves with it) in an open list closes it without picking and calls ``save``
    (what the fields show is saved); True when ``event`` was that. A combo box's list
    takes Return with any modifier as a pick already on its ShortcutOverride: the window's
    Strg+Enter saved nothing and said nothing; Strg+S went to the list and did nothing."""
    if (event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            or not in_open_list(obj)):
        return False
    key = event.key()  # type: ignore[attr-defined]  # a key event (by its type)
    modifiers = event.modifiers()  # type: ignore[attr-defined]
    enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
        and bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    if not enter and not (strg_s and event.matches(QKeySequence.StandardKey.Save)):  # type: ignore[attr-defined]
        return False
    if event.type() == QEvent.Type.KeyPress:
        close_open_list(obj)
        save()
    event.accept()
    return True


class _WholeWhenCut(QObject):
    """See ``whole_when_cut``."""

    def __init__(self, combo: QComboBox):
        super().__init__(combo)
        self.combo = combo
        self.shown = ""  # the text given as tool tip and description, while cut
        combo.installEventFilter(self)
        combo.currentTextChanged.connect(lambda _t: self.update())

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def update(self) -> None:
        combo = self.combo
        if combo.toolTip() != self.shown:
            self.shown = ""  # a message of its own (a refusal): left as it is
            if combo.toolTip():
                return
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        text = combo.currentText()
        cut = combo.fontMetrics().horizontalAdvance(text) > field.width() + 1
        self.shown = text if cut else ""
        combo.setToolTip(self.shown)
        combo.setAccessibleDescription(self.shown)
        edit = combo.lineEdit()
        if cut and edit is not None and not edit.hasFocus():
            edit.setCursorPosition(0)  # its beginning in sight, not its end


def whole_when_cut(combo: QComboBox) -> QComboBox:
    """``combo`` may be narrower than its longest entry (640×360 at 200 %): while its
    entry is cut, its whole text is its tool tip and accessible description; where it
    fits, neither (a reader hears it once); an editable one shows its beginning. A tool
    tip of its own (a refusal) stays."""
    _WholeWhenCut(combo)
    return combo
