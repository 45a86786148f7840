"""The one writer of tombstones (services/tombstones.py), each function at its rule: what a
tombstone holds (id, kind, day), the day given or today's, a field's ``<id>#<column>``,
``erase`` deleting a present record with its tombstone in one transaction and nothing for
one gone already, the refusals word for word (mutation: tools/mutation.sh tombstones,
docs/mutants.md). The paths that call them: tests/data_protection/test_tombstones_every_path.py."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.services import tombstones
from ssa_desktop.storage import retention_log_repo

DAY = date(2026, 3, 2)


def written(conn) -> list[tuple[str, str, str]]:
    return retention_log_repo.tombstones(conn)


class Rows:
    """A table of ``erase`` (``get``, ``delete``) whose rows are ids in ``held``; its
    deletion writes a row of the real connection, to see the transaction."""

    def __init__(self, *held: str) -> None:
        self.held = set(held)

    def get(self, conn, record_id: str):
        return record_id if record_id in self.held else None

    def delete(self, conn, record_id: str) -> None:
        self.held.discard(record_id)
        retention_log_repo.insert_tombstone(conn, "row-" + record_id, "appointment", DAY)


def test_a_deletion_writes_its_id_kind_and_day(conn, frozen_clock):
    tombstones.deleted(conn, "appointment", "a1", DAY)
    tombstones.deleted(conn, "partner", "p1")
    assert written(conn) == [("a1", "appointment", "2026-03-02"),
                             ("p1", "partner", frozen_clock.isoformat())]


def test_an_emptied_field_writes_id_hash_column(conn, frozen_clock):
    tombstones.cleared(conn, "person", "k1", "contact", DAY)
    tombstones.cleared(conn, "group", "g1", "members")
    assert written(conn) == [("k1#contact", "person", "2026-03-02"),
                             ("g1#members", "group", frozen_clock.isoformat())]


def test_erase_deletes_a_present_record_with_its_tombstone(conn, frozen_clock):
    rows = Rows("a1", "a2")
    tombstones.erase(conn, rows, "appointment", "a1")
    assert rows.held == {"a2"}
    assert written(conn) == [("row-a1", "appointment", "2026-03-02"),
                             ("a1", "appointment", frozen_clock.isoformat())]


def test_erase_of_a_record_gone_already_writes_nothing(conn, frozen_clock):
    rows = Rows("a2")
    tombstones.erase(conn, rows, "appointment", "a1")
    assert (rows.held, written(conn)) == ({"a2"}, [])


def test_erase_deletes_and_writes_in_one_transaction(conn, frozen_clock):
    """A refused kind after the deletion rolls the deletion back: nothing half done."""
    with pytest.raises(ValueError, match="^not a declared tombstone kind: parcel$"):
        tombstones.erase(conn, Rows("a1"), "parcel", "a1")
    assert written(conn) == []


def test_a_removed_session_is_a_session_kind_only(conn, frozen_clock):
    tombstones.session_removed(conn, "group_session", "s1", DAY)
    tombstones.session_removed(conn, "open_offer", "s2")
    assert written(conn) == [("s1", "group_session", "2026-03-02"),
                             ("s2", "open_offer", frozen_clock.isoformat())]
    with pytest.raises(ValueError, match="^not a session kind: appointment$"):
        tombstones.session_removed(conn, "appointment", "s3")
    assert len(written(conn)) == 2


def test_all_deleted_writes_each_with_the_day(conn, frozen_clock):
    tombstones.all_deleted(conn, "partner", ["p1", "p2"], DAY)
    tombstones.all_deleted(conn, "partner", iter(["p3"]))
    assert written(conn) == [("p1", "partner", "2026-03-02"), ("p2", "partner", "2026-03-02"),
                             ("p3", "partner", frozen_clock.isoformat())]


def test_the_refusals_word_for_word(conn):
    with pytest.raises(ValueError, match="^not a declared tombstone kind: parcel$"):
        tombstones.deleted(conn, "parcel", "x")
    with pytest.raises(ValueError, match="^not a declared tombstone kind: parcel$"):
        tombstones.cleared(conn, "parcel", "x", "note")
    assert written(conn) == []
