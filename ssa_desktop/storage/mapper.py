"""Mapping between domain dataclasses and their tables.

Each ``Table`` names its table and its dataclass; the column list is the dataclass's
field list, so the SQL it issues is plain, predictable and visible in one place:
``INSERT INTO contact (id, day, …) VALUES (?, ?, …)``. Queries beyond get/insert/
update/delete are written out by hand in ``repositories.py``.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

from .connection import Connection

T = TypeVar("T", bound="DataclassInstance")


def _kind(annotation: str) -> str:
    a = annotation.replace(" ", "")
    if a.startswith("date"):
        return "date"
    if a == "bool":
        return "bool"
    if a.startswith("tuple"):
        return "codes"
    return "plain"


def to_db(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "date":
        return value.isoformat()
    if kind == "bool":
        return 1 if value else 0
    if kind == "codes":
        return " ".join(value)
    return value


def from_db(kind: str, value: Any) -> Any:
    if kind == "date":
        return date.fromisoformat(value) if value else None
    if kind == "bool":
        return bool(value)
    if kind == "codes":
        return tuple(value.split()) if value else ()
    return value


class Table(Generic[T]):
    def __init__(self, name: str, cls: type[T], key: tuple[str, ...] = ("id",)):
        self.name = name
        self.cls = cls
        self.key = key
        self.fields = [(f.name, _kind(str(f.type))) for f in dataclasses.fields(cls)]
        self.columns = [name for name, _ in self.fields]
        cols = ", ".join(f'"{c}"' for c in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        where = " AND ".join(f'"{k}" = ?' for k in key)
        sets = ", ".join(f'"{c}" = ?' for c in self.columns if c not in key)
        self.sql_insert = f"INSERT INTO {name} ({cols}) VALUES ({marks})"
        self.sql_update = f"UPDATE {name} SET {sets} WHERE {where}"
        self.sql_delete = f"DELETE FROM {name} WHERE {where}"
        self.sql_select = f"SELECT {cols} FROM {name}"
        self.sql_get = f"{self.sql_select} WHERE {where}"
        # a row's values read at once; only dates, flags and codes converted (a bulk
        # insert builds thousands of rows)
        self._values = operator.attrgetter(*self.columns)
        self._converted = [(i, kind) for i, (_, kind) in enumerate(self.fields)
                           if kind != "plain"]

    def row(self, obj: T) -> list[Any]:
        got = self._values(obj)
        values = list(got) if len(self.columns) > 1 else [got]
        for i, kind in self._converted:
            values[i] = to_db(kind, values[i])
        return values

    def build(self, row) -> T:
        return self.cls(**{name: from_db(kind, value)
                           for (name, kind), value in zip(self.fields, row, strict=True)})

    def insert(self, conn: Connection, obj: T) -> T:
        conn.execute(self.sql_insert, self.row(obj))
        return obj

    def insert_many(self, conn: Connection, objs) -> None:
        conn.executemany(self.sql_insert, [self.row(o) for o in objs])

    def update(self, conn: Connection, obj: T) -> None:
        values = {name: to_db(kind, getattr(obj, name)) for name, kind in self.fields}
        params = [values[c] for c in self.columns if c not in self.key] + [values[k] for k in self.key]
        conn.execute(self.sql_update, params)

    def save(self, conn: Connection, obj: T) -> T:
        """Insert ``obj``, or update the row with its key when one exists."""
        if self.get(conn, *(getattr(obj, k) for k in self.key)):
            self.update(conn, obj)
        else:
            self.insert(conn, obj)
        return obj

    @property
    def key_sql(self) -> str:
        """SQL naming a row by its key: ``"id"``, or the key columns joined by ``/`` (an
        agreement's target: ``agreement_id/code``), as manifests and tombstones spell it."""
        return " || '/' || ".join(f'"{k}"' for k in self.key)

    def delete(self, conn: Connection, *key: Any) -> None:
        conn.execute(self.sql_delete, key)

    def get(self, conn: Connection, *key: Any) -> T | None:
        row = conn.execute(self.sql_get, key).fetchone()
        return self.build(row) if row else None

    def existing(self, conn: Connection, *key: Any, missing: Exception) -> T:
        """The row of ``key``; ``missing`` (her German refusal: it is gone) is raised
        when there is none."""
        row = self.get(conn, *key)
        if row is None:
            raise missing
        return row

    def select(self, conn: Connection, where: str = "", params: tuple | list = (), order: str = "") -> list[T]:
        """Rows matching a hand-written WHERE clause (with bound parameters)."""
        return list(self.iterate(conn, where, params, order))

    def iterate(self, conn: Connection, where: str = "", params: tuple | list = (),
                order: str = "") -> Iterator[T]:
        """As ``select``, one object at a time: a reader that only counts holds one
        record, not a year's."""
        sql = self.sql_select
        if where:
            sql += " WHERE " + where
        if order:
            sql += " ORDER BY " + order
        for row in conn.execute(sql, params):
            yield self.build(row)

    def all(self, conn: Connection, order: str = "") -> list[T]:
        return self.select(conn, order=order)

    def count(self, conn: Connection) -> int:
        return conn.execute(f"SELECT count(*) FROM {self.name}").fetchone()[0]  # noqa: S608
