"""Every record gets its own random id when it is made, and a record that notes when it
was made or last saved takes the clock's second (pure: no vault). A record without an id
would be stored under none, two with one id would overwrite each other."""

from __future__ import annotations

import dataclasses
import inspect
from datetime import date, datetime

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import entities as e
from tests.domain.test_entities_rules import REQUIRED

MADE = {**REQUIRED, e.Annotation: ("contact", "c1", "note", "alt", "neu"),
        e.Document: ("p", "letter", "Brief", date(2026, 3, 2), "application/pdf", 10, "0" * 64),
        e.GroupMember: ("g", "p", date(2026, 3, 2))}
WITH_ID = [cls for _, cls in inspect.getmembers(e, dataclasses.is_dataclass)
           if "id" in {f.name for f in dataclasses.fields(cls)}]


def test_every_entity_with_an_id_is_made_here():
    assert set(WITH_ID) <= set(MADE)


@pytest.mark.parametrize("cls", WITH_ID, ids=lambda c: c.__name__)
def test_each_record_gets_a_new_random_id_and_the_time_it_was_made(cls):
    with clock.frozen(datetime(2026, 3, 2, 8, 5, 7, 123456)):
        first, second = cls(*MADE[cls]), cls(*MADE[cls])
    assert len(first.id) == 32 and int(first.id, 16) >= 0
    assert first.id != second.id
    for name in ("created", "updated", "added"):
        if hasattr(first, name):
            assert getattr(first, name) == "2026-03-02 08:05:07"
