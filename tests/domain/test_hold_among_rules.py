"""The one rule that keeps a held record from a deletion she does not choose from the due
list (``domain.retention.hold_among``: a document deleted by hand, a deletion a merged
file brings): a hold on the record or on any record it belongs to blocks it; the first
such hold is the one named; no id (None) matches no hold. Pure, for the mutation
selection of ``tools/mutation.sh retention-rules``."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import retention as rt

DAY = date(2026, 11, 22)


def _hold(n: int, record_id: str) -> rt.Hold:
    return rt.Hold(f"h{n}", record_id, "Rechtsstreit", DAY, DAY)


def test_a_hold_on_the_record_or_on_its_person_blocks_it():
    on_person, on_other = _hold(1, "anna"), _hold(2, "ben")
    assert rt.hold_among([on_other, on_person], ["doc-1", "anna", "case-1"]) == on_person
    assert rt.hold_among([_hold(3, "doc-1")], ["doc-1", None]) == _hold(3, "doc-1")


def test_the_first_hold_that_blocks_is_named():
    first, second = _hold(1, "case-1"), _hold(2, "anna")
    assert rt.hold_among([first, second], ["anna", "case-1"]) == first
    assert rt.hold_among([second, first], ["anna", "case-1"]) == second


def test_no_hold_of_its_records_or_none_at_all_blocks_nothing():
    assert rt.hold_among([_hold(1, "ben")], ["doc-1", "anna"]) is None
    assert rt.hold_among([], ["doc-1"]) is None
    assert rt.hold_among([_hold(1, "anna")], []) is None


def test_a_missing_id_matches_no_hold_even_one_without_a_record():
    """A document without a case gives None among its ids; a hold is never on None."""
    odd = rt.Hold("h1", None, "Rechtsstreit", DAY, DAY)   # type: ignore[arg-type]
    assert rt.hold_among([odd], ["doc-1", None]) is None


def test_the_ids_are_read_once_as_they_come():
    """``ids`` may be a generator (the merge passes the records it reached)."""
    held = _hold(1, "anna")
    assert rt.hold_among([held], (i for i in ["doc-1", "anna"])) == held
    assert rt.hold_among(iter([held]), ["anna"]) == held
