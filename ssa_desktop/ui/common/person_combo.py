"""The person selector of forms (Neuer Termin, …): a ``ChoiceCombo`` whose typed text is
resolved by the one person resolver of quick entry (``domain/person_match.py``), so
`k17`, a pseudonym and (while shown) a name work in every person field."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.person_match import match_person
from .forms import ChoiceCombo


class PersonCombo(ChoiceCombo):
    """``people``: (pseudonym, label, id) triples; the empty entry (if any) comes first."""

    def __init__(self, people=(), *, empty: str | None = None, accessible_name: str = "",
                 parent: QWidget | None = None):
        self._pseudonyms: dict[str, str] = {}
        super().__init__(empty=empty, accessible_name=accessible_name, parent=parent)
        self.set_people(people)

    def set_people(self, people) -> None:
        people = list(people)
        self._pseudonyms = {person_id: pseudonym for pseudonym, _label, person_id in people}
        self.set_entries((label, person_id) for _pseudonym, label, person_id in people)

    def _candidates(self, text: str) -> list[int]:
        entries = [(self._pseudonyms.get(self.itemData(i) or "", ""), self.itemText(i))
                   for i in range(self.count())]
        return match_person(text, entries)
