"""Person field with type-ahead over pseudonyms ("K-17 · 7b · Schule").

Real names are offered and matched only while ``ctx.show_names`` is on. Leaving the
field resolves what was typed: the exact label, an exact pseudonym, the one pseudonym
typed without its dash and case ("k17" for "K-17"), or the single person whose label
starts with (or contains) the text. The person found is then shown in the field.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QWidget

from ...domain.person_match import match_person, pseudonym_key
from ...services import persons
from ..common.forms import CompleterLineEdit
from ..i18n import translator

tr = translator("QuickEntry")

_SCHEME = re.compile(r"[A-Z]+-[0-9]+")
_TYPED = re.compile(r"([A-Za-z]+)[ -]?([0-9]+)")


def in_scheme(text: str, pseudonyms: list[str]) -> str:
    """A new pseudonym in the school's scheme: "z99" → "Z-99" when every pseudonym on
    file is letters, a dash and digits; else the text as typed."""
    text = text.strip()
    typed = _TYPED.fullmatch(text)
    if typed and pseudonyms and all(_SCHEME.fullmatch(p) for p in pseudonyms):
        return f"{typed.group(1).upper()}-{typed.group(2)}"
    return text


class PersonPicker(CompleterLineEdit):
    person_changed = Signal(str)  # person id or ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(tr("Pseudonym tippen, z. B. K-17"))
        self.setAccessibleName(tr("Person"))
        self._choices: list[persons.PersonChoice] = []
        self._labels: list[str] = []
        self._person_id = ""
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated.connect(self._on_activated)
        self.setCompleter(completer)
        self.editingFinished.connect(self.resolve)
        self.textEdited.connect(self._on_edited)
        # Leaving (Tab, Alt+letter, click) resolves; not QApplication.focusChanged: an
        # app-wide signal reaching this widget while it was destroyed at quit crashed.
        self.left.connect(self.resolve)

    def set_choices(self, choices: list[persons.PersonChoice], show_names: bool) -> None:
        self._choices = choices
        self._labels = [persons.choice_label(c, show_names) for c in choices]
        self._model.setStringList(self._labels)

    def person_id(self) -> str:
        return self._person_id

    def set_person(self, person_id: str) -> None:
        for choice, label in zip(self._choices, self._labels, strict=True):
            if choice.id == person_id:
                self.setText(label)
                self._set_id(person_id)
                return
        self._set_id("")

    def _set_id(self, person_id: str) -> None:
        if person_id != self._person_id:
            self._person_id = person_id
            self.person_changed.emit(person_id)

    def _on_edited(self, _text: str) -> None:
        self._set_id("")

    def _on_activated(self, label: str) -> None:
        self._pick(label)

    def _pick(self, text: str) -> str:
        text = text.strip()
        if not text:
            self._set_id("")
            return ""
        # the one resolver of every person field ("k17" finds "K-17")
        hits = match_person(text, [(c.pseudonym, lab) for c, lab
                                   in zip(self._choices, self._labels, strict=True)])
        if len(hits) == 1:
            self.setText(self._labels[hits[0]])
            self._set_id(self._choices[hits[0]].id)
            return self._choices[hits[0]].id
        self._set_id("")
        return ""

    def is_unknown(self) -> bool:
        """Typed text that no person's label or pseudonym contains (a new pseudonym)."""
        low = self.text().strip().lower()
        if not low or self._person_id:
            return False
        if self._same_key(low):
            return False  # never "Neu anlegen" for a person already on file
        return not any(low in label.lower() or low == choice.pseudonym.lower()
                       for choice, label in zip(self._choices, self._labels, strict=True))

    def _same_key(self, text: str) -> list[tuple[persons.PersonChoice, str]]:
        """The persons whose pseudonym is the text up to case, dashes and spaces."""
        key = pseudonym_key(text)
        if not key:
            return []
        return [(c, lab) for c, lab in zip(self._choices, self._labels, strict=True)
                if pseudonym_key(c.pseudonym) == key]

    def new_pseudonym(self) -> str:
        """The pseudonym a new person gets from the typed text (shown in "Neu anlegen")."""
        return in_scheme(self.text(), [c.pseudonym for c in self._choices])

    def resolve(self) -> str:
        """Resolve the typed text to a person id ('' if none or ambiguous)."""
        if self._person_id:
            return self._person_id
        return self._pick(self.text())
