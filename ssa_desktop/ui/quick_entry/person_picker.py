"""Person field with type-ahead over pseudonyms ("K-17 · 7b · Schule").

Real names are offered and matched only while ``ctx.show_names`` is on. Leaving the
field resolves what was typed: the exact label, an exact pseudonym, or the single
person whose label starts with (or contains) the text.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QWidget

from ...services import persons
from ..common.forms import CompleterLineEdit
from ..i18n import translator

tr = translator("QuickEntry")


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
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCompletionMode(QCompleter.PopupCompletion)
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
        low = text.lower()
        for choice, label in zip(self._choices, self._labels, strict=True):
            if label.lower() == low or choice.pseudonym.lower() == low:
                self.setText(label)
                self._set_id(choice.id)
                return choice.id
        for test in (str.startswith, str.__contains__):
            hits = [(c, lab) for c, lab in zip(self._choices, self._labels, strict=True)
                    if test(lab.lower(), low)]
            if len(hits) == 1:
                self.setText(hits[0][1])
                self._set_id(hits[0][0].id)
                return hits[0][0].id
            if hits:
                break
        self._set_id("")
        return ""

    def is_unknown(self) -> bool:
        """Typed text that no person's label or pseudonym contains (a new pseudonym)."""
        low = self.text().strip().lower()
        if not low or self._person_id:
            return False
        return not any(low in label.lower() or low == choice.pseudonym.lower()
                       for choice, label in zip(self._choices, self._labels, strict=True))

    def resolve(self) -> str:
        """Resolve the typed text to a person id ('' if none or ambiguous)."""
        if self._person_id:
            return self._person_id
        return self._pick(self.text())
