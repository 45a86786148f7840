"""The retention engine's assessments held compactly, for lists of thousands of them
(Datenschutz: 14,000 on ten years of data, docs/retention.md).

An ``AssessmentTable`` keeps each assessment as three numbers and its record id's bytes:
what it shares with others (kind, rule, category, state, due day, trigger day, action
and reason: on ten years 806 distinct ones among 13,968 assessments) is kept once as a
*head*, an ``Assessment`` whose record id is empty; a record id of lower-case hex digits
(the vault's ids) as its 16 bytes, any other as UTF-8; the owner (a note's person) as
the number of a distinct owner. A row is made an ``Assessment`` again when it is read,
equal to the one added. ``Rows`` is a list over a table (its row numbers);
``EngineOrder`` puts rows added page by page into the engine's order. Numbers are kept
as 4 bytes each in a ``bytearray`` (``Numbers``): the ``array`` module would map its own
library into the GUI (190 kB resident).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import overload

from .retention import Assessment

# the end offset of a record id whose bytes are its hex digits packed (``bytes.fromhex``)
_PACKED = 1 << 31
_END = _PACKED - 1
_WIDTH = memoryview(bytes(8)).cast("I").itemsize   # bytes of a C unsigned int (4)


class Numbers:
    """Numbers from 0 to 2**32 - 1 in a ``bytearray``, appended one by one; read through
    a ``memoryview`` of C unsigned ints, made when read and let go before the next
    append (a view keeps the bytearray from growing)."""

    __slots__ = ("_data", "_view")

    def __init__(self, numbers: Iterable[int] = ()):
        self._data = bytearray()
        self._view: memoryview | None = None
        for n in numbers:
            self.append(n)

    def append(self, n: int) -> None:
        if self._view is not None:
            self._view.release()
            self._view = None
        self._data += n.to_bytes(_WIDTH, sys.byteorder)

    def view(self) -> memoryview:
        """The numbers as C unsigned ints (for reading many; valid until an append)."""
        if self._view is None:
            self._view = memoryview(self._data).cast("I")
        return self._view

    def __len__(self) -> int:
        return len(self._data) // _WIDTH

    def __getitem__(self, index: int) -> int:
        return int(self.view()[index])

    def __iter__(self) -> Iterator[int]:
        return iter(self.view())

    def extend(self, other: Numbers) -> None:
        if self._view is not None:
            self._view.release()
            self._view = None
        self._data += other._data

    def __add__(self, other: Numbers) -> Numbers:
        joined = Numbers()
        joined._data = self._data + other._data
        return joined


class AssessmentTable:
    """Assessments added one by one and read back by their number (``row``)."""

    def __init__(self) -> None:
        self.heads: list[Assessment] = []
        self._head_numbers: dict[Assessment, int] = {}
        self._owners: list[str | None] = [None]
        self._owner_numbers: dict[str | None, int] = {None: 0}
        self._head = Numbers()
        self._owner = Numbers()
        self._ids = bytearray()
        self._ends = Numbers()   # where each record id's bytes end (| _PACKED)

    def add(self, a: Assessment) -> int:
        """Keep ``a``; returns its row number."""
        head = Assessment(a.record_kind, "", a.rule, a.category, a.state, a.due,
                          a.trigger_day, a.action, a.reason)
        number = self._head_numbers.get(head)
        if number is None:
            number = self._head_numbers[head] = len(self.heads)
            self.heads.append(head)
        owner = self._owner_numbers.get(a.owner_id)
        if owner is None:
            owner = self._owner_numbers[a.owner_id] = len(self._owners)
            self._owners.append(a.owner_id)
        self._head.append(number)
        self._owner.append(owner)
        packed = _packed(a.record_id)
        self._ids += a.record_id.encode() if packed is None else packed
        end = len(self._ids)
        if end > _END:
            raise OverflowError("too many record ids for one table")
        self._ends.append(end if packed is None else end | _PACKED)
        return len(self._head) - 1

    def __len__(self) -> int:
        return len(self._head)

    def head(self, n: int) -> Assessment:
        """What row ``n`` shares with others: its assessment with an empty record id and
        no owner."""
        return self.heads[self._head[n]]

    def record_id(self, n: int) -> str:
        ends = self._ends.view()
        start = ends[n - 1] & _END if n else 0
        end = ends[n]
        chunk = self._ids[start:end & _END]
        return chunk.hex() if end & _PACKED else chunk.decode()

    def row(self, n: int) -> Assessment:
        """Row ``n`` as the ``Assessment`` that was added."""
        h = self.heads[self._head.view()[n]]
        return Assessment(h.record_kind, self.record_id(n), h.rule, h.category, h.state,
                          h.due, h.trigger_day, h.action, h.reason,
                          self._owners[self._owner[n]])

    def heads_where(self, keep: Callable[[Assessment], bool]) -> list[bool]:
        """For each head (by its number): whether ``keep`` holds for it."""
        return [keep(h) for h in self.heads]

    def head_numbers(self) -> memoryview:
        """Each row's head number (``Numbers.view``)."""
        return self._head.view()


def _packed(record_id: str) -> bytes | None:
    """The bytes of an id written in lower-case hex digits (None: another id)."""
    try:
        packed = bytes.fromhex(record_id)
    except ValueError:
        return None
    return packed if packed.hex() == record_id else None


class Rows(Sequence[Assessment]):
    """A list of a table's rows (their numbers): its items are made when read."""

    def __init__(self, table: AssessmentTable, numbers: Iterable[int] = ()):
        self.table = table
        self.numbers = numbers if isinstance(numbers, Numbers) else Numbers(numbers)

    def __len__(self) -> int:
        return len(self.numbers)

    @overload
    def __getitem__(self, index: int) -> Assessment: ...

    @overload
    def __getitem__(self, index: slice) -> list[Assessment]: ...

    def __getitem__(self, index: int | slice) -> Assessment | list[Assessment]:
        if isinstance(index, slice):
            return [self.table.row(self.numbers[i])
                    for i in range(*index.indices(len(self.numbers)))]
        return self.table.row(self.numbers[index])

    def where(self, keep: Callable[[Assessment], bool]) -> Rows:
        """The rows whose head (``AssessmentTable.head``: everything but record id and
        owner) ``keep`` holds for, in their order; ``keep`` is asked once per head."""
        kept, head = self.table.heads_where(keep), self.table.head_numbers()
        return Rows(self.table, (n for n in self.numbers if kept[head[n]]))

    def count_where(self, keep: Callable[[Assessment], bool]) -> int:
        """How many rows ``where(keep)`` holds."""
        kept, head = self.table.heads_where(keep), self.table.head_numbers()
        return sum(kept[head[n]] for n in self.numbers)

    def __add__(self, other: object) -> Rows:
        if not isinstance(other, Rows) or other.table is not self.table:
            return NotImplemented
        return Rows(self.table, self.numbers + other.numbers)

    def positions(self, keys: Iterable[object]) -> dict[object, int]:
        """Where each of ``keys`` (record kind, record id) stands in these rows (the last
        place of one listed twice), read without making the rows."""
        wanted = set(keys)
        found: dict[object, int] = {}
        if not wanted:
            return found
        heads, head = self.table.heads, self.table.head_numbers()
        for position, n in enumerate(self.numbers):
            key: object = (heads[head[n]].record_kind, self.table.record_id(n))
            if key in wanted:
                found[key] = position
        return found

    def first_of(self, record_ids: set[str]) -> dict[str, Assessment]:
        """The first row of each of ``record_ids`` these rows hold."""
        found: dict[str, Assessment] = {}
        if not record_ids:
            return found
        for n in self.numbers:
            record_id = self.table.record_id(n)
            if record_id in record_ids and record_id not in found:
                found[record_id] = self.table.row(n)
                if len(found) == len(record_ids):
                    break
        return found


class EngineOrder:
    """Rows added page by page (``add``) in the engine's order (``Engine.evaluate``: by
    due day, kind and record id; equal ones as they came). Rows of one due day and kind
    are kept in the order they came: the facts pages come in id order, so a run is
    already in order; one that is not is sorted by id."""

    def __init__(self, table: AssessmentTable):
        self.table = table
        self._runs: dict[tuple[date, str], Numbers] = {}

    def add(self, engine_item: Assessment, number: int) -> None:
        """Row ``number`` where the engine placed ``engine_item`` (its assessment before
        any later step changed its due day)."""
        key = (engine_item.due or date.max, engine_item.record_kind)
        run = self._runs.get(key)
        if run is None:
            run = self._runs[key] = Numbers()
        run.append(number)

    def rows(self) -> Rows:
        numbers = Numbers()
        record_id = self.table.record_id
        for key in sorted(self._runs):
            run = self._runs[key]
            if not _in_id_order(run, record_id):
                run = Numbers(sorted(run, key=record_id))
            numbers.extend(run)
        self._runs = {}
        return Rows(self.table, numbers)


def _in_id_order(run: Numbers, record_id: Callable[[int], str]) -> bool:
    last = ""
    for n in run:
        current = record_id(n)
        if current < last:
            return False
        last = current
    return True
