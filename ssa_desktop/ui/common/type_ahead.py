"""The list field for a choice that must come from a list (a person's kind, her school):
no free text, type-ahead by prefix, and the match shown at once.

Typing selects the first entry whose label, or a word inside it, starts with what she
typed (case-insensitive), so „E" picks „Elternteil / Erziehungsberechtigte:r" and „park"
picks „Gemeinschaftsschule Am Park". One letter typed again ("GG") goes on to the next
entry starting with it, as Qt's ``keyboardSearch`` does. Whether two keys belong together
is judged from the key events' own timestamps, never from the clock. A letter no entry
fits is refused: the entry stays, the focus stays, and a German message says why.
Down and Up move from the entry shown (a plain, non-editable ``QComboBox``). In the open
list the same letters move it to the entry they fit, and Enter picks it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from ..i18n import translator
from .announce import announce

tr = translator("TypeAhead")


def _words(label: str) -> list[str]:
    """The folded label and each word inside it ("Elternteil / Erziehungsberechtigte:r"
    → the whole, "erziehungsberechtigte:r")."""
    folded = label.casefold()
    parts = folded.replace("/", " ").replace("-", " ").replace("(", " ").split()
    return [folded, *parts[1:]]


def prefix_matches(typed: str, labels: list[str]) -> list[int]:
    """Indexes of the labels that start with ``typed`` (case-insensitive), then those with
    a word inside that starts with it; each once, in list order within each group."""
    low = typed.casefold()
    if not low:
        return []
    starts = [i for i, label in enumerate(labels) if label.casefold().startswith(low)]
    inner = [i for i, label in enumerate(labels)
             if i not in starts and any(w.startswith(low) for w in _words(label)[1:])]
    return starts + inner


def _a_letter(event) -> bool:
    """A key press that types a visible character (no Strg, Alt or Meta)."""
    text = event.text()
    plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                      | Qt.KeyboardModifier.AltModifier
                                      | Qt.KeyboardModifier.MetaModifier))
    return bool(plain and text and text.isprintable() and not text.isspace())


class TypeAheadCombo(QComboBox):
    """A non-editable selector with prefix type-ahead (see the module). ``refused`` carries
    the German message when a typed letter fits no entry, ``cleared`` that message when
    it no longer applies; ``matched`` the label chosen."""

    refused = Signal(str)
    matched = Signal(str)
    cleared = Signal(str)  # the refusal shown went (a choice made, the focus left)

    def __init__(self, entries=(), *, accessible_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(False)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self.set_entries(entries)
        self._typed, self._letter, self._count = "", "", 0
        self._last_key_at = -1

    def set_entries(self, entries) -> None:
        """``entries``: (label, data) pairs; the entry shown stays when it is still there."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        for label, data in entries:
            self.addItem(label, data)
        self.setCurrentIndex(max(self.findData(current), 0) if current is not None else 0)
        self.blockSignals(False)

    # -- the same calls as the catalogue selectors ----------------------------------------
    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        if index >= 0:
            self.setCurrentIndex(index)

    def value(self):
        return self.currentData()

    # -- type-ahead ------------------------------------------------------------------------
    def focusInEvent(self, event) -> None:  # noqa: N802
        self._forget()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self._say("")  # what she left is a valid entry: no refusal stays behind
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if _a_letter(event):
            self._type(event.text(), event.timestamp())
            event.accept()
            return
        self._forget()  # Down, Up, Enter, Tab: the next letter starts a new search
        self._say("")
        super().keyPressEvent(event)

    def showPopup(self) -> None:  # noqa: N802
        """The open list searches as the closed box (Qt's own list search knew neither a
        word inside a label nor „GG“ typed fast, and timed keys by the clock)."""
        self._forget()
        self.view().removeEventFilter(self)
        self.view().installEventFilter(self)
        super().showPopup()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """A letter typed into the open list moves it to the entry it fits (Enter picks it)."""
        view = self.view()
        if obj is view and event.type() == QEvent.Type.KeyPress and _a_letter(event):
            index, typed = self._match(event.text(), event.timestamp(),
                                       view.currentIndex().row())
            if index is None:
                self._refuse(typed)
            else:
                self._say("")
                view.setCurrentIndex(self.model().index(index, self.modelColumn()))
            return True
        return super().eventFilter(obj, event)

    def keyboardSearch(self, text: str) -> None:  # noqa: N802
        """The search a typed ``text`` starts (what the key handler calls)."""
        self._type(text, -1)

    def _forget(self) -> None:
        self._typed, self._letter, self._count = "", "", 0

    def _type(self, text: str, at: int) -> None:
        index, typed = self._match(text, at, self.currentIndex())
        if index is None:
            self._refuse(typed)
        else:
            self._choose(index)

    def _match(self, text: str, at: int, current: int) -> tuple[int | None, str]:
        """The entry one typed key goes to from ``current`` (None: it fits none), and what
        was typed so far. The same letter again goes on to the next entry it fits (the
        count, not the pace, decides: „GG“ is the second G-entry, typed fast or slow);
        other keys typed in quick succession (event timestamps) extend the prefix."""
        interval = QApplication.keyboardInputInterval()
        fresh = at < 0 or self._last_key_at < 0 or at - self._last_key_at > interval
        self._last_key_at = at
        typed = text if fresh else self._typed + text
        labels = [self.itemText(i) for i in range(self.count())]
        letter = text.casefold()
        if typed.casefold() == letter * len(typed) or (fresh and letter == self._letter):
            hits = prefix_matches(letter, labels)
            if hits:
                count = self._count + 1 if letter == self._letter else 1
                self._typed, self._letter, self._count = typed, letter, count
                return hits[(count - 1) % len(hits)], typed
        else:
            hits = prefix_matches(typed, labels)
            if hits:
                self._typed, self._letter, self._count = typed, "", 0
                return (current if current in hits else hits[0]), typed
        return None, typed

    def _refuse(self, typed: str) -> None:
        name = self.accessibleName() or tr("Auswahl")
        reason = tr("„{0}“ gibt es bei {1} nicht. Bitte einen Eintrag der Liste wählen "
                    "(Anfangsbuchstaben tippen oder ↓).").format(typed, name)
        self._say(reason)
        self.refused.emit(reason)
        announce(self, reason)

    def _choose(self, index: int) -> None:
        self._say("")
        if index != self.currentIndex():
            self.setCurrentIndex(index)
            self.activated.emit(index)  # as a choice from the list: forms mark themselves
        self.matched.emit(self.itemText(index))

    def _say(self, reason: str) -> None:
        """The refusal as tooltip and description (a reader hears it with the field)."""
        withdrawn = self.toolTip()
        self.setToolTip(reason)
        self.setAccessibleDescription(reason)
        if withdrawn and not reason:
            self.cleared.emit(withdrawn)
