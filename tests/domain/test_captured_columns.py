"""A field declared with ``columns.captured`` adds its column to the table declaration:
personal or plain, its catalogue, date and name, and its Auskunft label after the labels
the table lists (docs/architecture.md, "One declaration per table")."""

from __future__ import annotations

from dataclasses import dataclass, fields

from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain.columns import captured
from ssa_desktop.domain.tables import _t


@dataclass
class _Visit:
    id: str
    note: str = ""
    room: str = captured("", personal=True, label="Raum")
    kind: str = captured("", catalogue=cat.CONTACT_PLACES, label="Ort")
    booked: str = captured("", date=True)
    host: str = captured("", personal=True, person_name=True)
    count: int = captured(0)


def _declared():
    return _t("visit", entity=_Visit, personal="note", plain="id", rule="R2", how="mit der Person",
              auskunft="Besuche", fields=(("note", "Notiz"),))


def test_captured_columns_join_the_columns_the_table_names():
    t = _declared()
    assert t.personal == ("note", "room", "host")
    assert t.plain == ("id", "kind", "booked", "count")
    assert set(t.columns) == {f.name for f in fields(_Visit)}
    assert t.catalogues == {"kind": cat.CONTACT_PLACES}
    assert (t.dates, t.names) == (("booked",), ("host",))
    assert t.fields == (("note", "Notiz"), ("room", "Raum"), ("kind", "Ort"))
    assert (t.rule, t.auskunft, t.entity) == ("R2", "Besuche", _Visit)


def test_a_captured_field_keeps_its_default():
    assert _Visit("a") == _Visit("a", "", "", "", "", "", 0)
    assert _Visit("a", room="R 12").room == "R 12"


def test_a_table_without_captured_fields_is_declared_as_written():
    plain = _t("visit", personal="note", plain="id", entity=None)
    assert (plain.personal, plain.plain, plain.fields) == (("note",), ("id",), ())
