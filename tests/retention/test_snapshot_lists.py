"""The Datenschutz snapshot's lists are exactly those made before they were held
compactly and read page by page: every assessment in the engine's order, "Löschung
fällig" (due items, then review prompts), "Alle Fristen" (a month of working time only
when due, then the deleted records), the names read with the load and the assessment
each restricted or held record's row reads. The lists before are written out here as
the snapshot made them from the full ``assess``."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.dormancy import is_review
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from tests.retention.linked_vaults import (
    BASE,
    DEMO_TODAY,
    PAGE_SIZES,
    families,
    with_families,
)


def _before(conn, today: date) -> dict:
    """The lists as the snapshot made them from one full ``assess``."""
    found = svc.assess(conn, today)
    due = [a for a in found if a.is_due] + [a for a in found if is_review(a)]
    gone = list(svc.deleted(conn))
    every = [a for a in found if a.is_due
             or not rt.KINDS[a.record_kind].listed_when_due_only] + gone
    names: dict = {}
    for rows in (due, every):
        for a in rows[:svc.NAMED_AT_LOAD]:
            if svc.key(a) not in names:
                names[svc.key(a)] = svc.display_name(conn, a)
    wanted = {r.record_id for r in svc.restrictions(conn)} | {h.record_id
                                                              for h in svc.holds(conn)}
    related = {}
    for record_id in wanted:
        first = next((a for a in found if a.record_id == record_id), None)
        if first is not None:
            related[record_id] = first
    return {"assessments": found, "due": due, "every": every, "deleted": gone,
            "names": names, "related": related}


def _now(conn, today: date, size: int) -> dict:
    snap = svc.snapshot(conn, today=today, page_size=size)
    return {"assessments": list(snap.assessments), "due": list(snap.due),
            "every": list(snap.every), "deleted": list(snap.deleted), "names": snap.names,
            "related": snap.related}


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(PAGE_SIZES, st.integers(-800, 1500))
def test_the_lists_of_a_demo_vault_are_those_of_the_full_assess(demo, size, shift):
    today = DEMO_TODAY + timedelta(days=shift)
    assert _now(demo.conn, today, size) == _before(demo.conn, today)


def test_the_demo_vault_has_what_the_property_must_see(demo):
    lists = _before(demo.conn, DEMO_TODAY)
    kinds = {a.record_kind for a in lists["assessments"]}
    assert {"person", "group", "activity_note", "time_month", "partner_contact"} <= kinds
    assert lists["deleted"] and lists["related"]
    assert any(is_review(a) for a in lists["due"])
    assert len(lists["every"]) > svc.NAMED_AT_LOAD   # the names stop where they stopped
    # ids that are no hex (a month "2024-02", a report text's key) beside the vault's ids
    assert any(a.record_kind == "time_month" for a in lists["every"])
    assert any(a.owner_id for a in lists["assessments"])


# -- persons linked across pages: R9 across records, R5, R14, holds, restrictions -----------
@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(families, st.integers(1, 3) | st.just(1_000_000), st.integers(0, 1200))
def test_persons_linked_across_a_page_edge_are_listed_as_before(
        template, tmp_path_factory, family, size, shift):
    with with_families(template, tmp_path_factory, family) as conn:
        today = BASE + timedelta(days=shift)
        assert _now(conn, today, size) == _before(conn, today)


def test_ids_that_sort_otherwise_in_the_vault_keep_the_engines_order(conn):
    """Ids of any form (not only the vault's hex ids) come out in the engine's order: by
    due day, kind, then id as Python compares them."""
    for record_id in ("Z-1", "a-1", "ä-1", "0", "ff", "FF", "e9"):
        repo.PERSONS.insert(conn, Person(f"P{record_id}", leaving_date=date(2020, 7, 31),
                                         id=record_id))
    today = date(2026, 9, 1)
    for size in (1, 2, 100):
        assert _now(conn, today, size) == _before(conn, today)
    assert [a.record_id for a in svc.snapshot(conn, today=today).assessments] == sorted(
        ["Z-1", "a-1", "ä-1", "0", "ff", "FF", "e9"])
