"""The deletion check at unlock counts in bounded memory: ``count_due`` feeds the engine
the facts of one page of records at a time (keyset pages of one record kind) and keeps
only the three counts, so its memory does not grow with the vault's years. Its result is
exactly the full ``assess``'s, for every page size, with the rules that look across
records (a parent's contacts in a pupil's case, the contacts in a person's cases, holds,
restrictions, R5 decisions, review prompts) seeing what they saw before."""

from __future__ import annotations

import tracemalloc
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.demo import fill_demo
from ssa_desktop.domain import clock
from ssa_desktop.domain import retention as rt
from ssa_desktop.services import retention as svc
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.retention.linked_vaults import (
    BASE,
    DEMO_TODAY,
    PAGE_SIZES,
    count_from_assess,
    families,
    with_families,
)


def _in_order(items) -> list[rt.Assessment]:
    return sorted(items, key=lambda a: (a.record_kind, a.record_id))


def _streamed(conn, today: date, size: int) -> list[rt.Assessment]:
    """Every page's assessments (by kind and id)."""
    return _in_order(a for page in svc.assessed_in_pages(conn, size, today) for a in page)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(PAGE_SIZES, st.integers(-800, 1500))
def test_the_streamed_count_of_a_demo_vault_is_the_full_assess_count(demo, size, shift):
    today = DEMO_TODAY + timedelta(days=shift)
    conn = demo.conn
    assert svc.count_due(conn, today=today, page_size=size) == count_from_assess(conn, today)
    assert _streamed(conn, today, size) == _in_order(svc.assess(conn, today))


def test_the_demo_vault_has_what_the_property_must_see(demo):
    kinds = {a.record_kind for a in svc.assess(demo.conn, DEMO_TODAY)}
    assert {"person", "group", "activity_note", "time_month", "partner_contact"} <= kinds
    assert svc.restrictions(demo.conn)


# -- persons linked across pages -------------------------------------------------------------
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(families, st.integers(1, 3) | st.just(1_000_000), st.integers(0, 1200))
def test_persons_linked_across_a_page_edge_count_as_in_the_full_assess(
        template, tmp_path_factory, family, size, shift):
    with with_families(template, tmp_path_factory, family) as conn:
        today = BASE + timedelta(days=shift)
        assert svc.count_due(conn, today=today, page_size=size) == count_from_assess(conn, today)
        assert _streamed(conn, today, size) == _in_order(svc.assess(conn, today))


def test_a_parent_on_another_page_ends_counselling_with_the_pupils_case(template,
                                                                         tmp_path_factory):
    """The boundary itself: with one person per page the parent (first page) is due R9's
    months after the pupil's case (second page) closed, not after its own contact."""
    family = [{"parent_first": True, "closed": 200, "parent_contact": 0, "leaving": None,
               "youth_office": False, "decision": None, "held": False, "restricted": False}]
    with with_families(template, tmp_path_factory, family) as conn:
        closed = BASE + timedelta(days=200)
        parent = next(a for page in svc.assessed_in_pages(conn, 1, closed)
                      for a in page if a.record_id == "f0-a-parent")
        assert parent.trigger_day == closed


# -- memory bounded -------------------------------------------------------------------------
def _peak_of_count(years: int, tmp_path_factory) -> tuple[int, int]:
    folder = tmp_path_factory.mktemp(f"y{years}") / "tresor"
    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    try:
        fill_demo(session.conn, years=years, today=DEMO_TODAY, scale=0.1, profile="benchmark")
        with clock.frozen(DEMO_TODAY):
            svc.count_due(session.conn)            # statements and settings read once
            tracemalloc.start()
            try:
                svc.count_due(session.conn)
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
            records = len(svc.assess(session.conn))
        return peak, records
    finally:
        session.lock()


def test_the_counts_memory_does_not_grow_with_the_vaults_years(tmp_path_factory, monkeypatch):
    """Two years and eight years of the same generated work: four times the records,
    and the count's peak stays within the heaviest page's variation (the full engine
    run's grew 3.4-fold; the streamed count's 1.4-fold: its persons' pages hold more
    cases each after eight years). The pages
    are made small so that both vaults fill many of them (a page's own size is the
    count's memory; ten years fill the product's pages as two years here fill these)."""
    monkeypatch.setattr(svc, "PAGE_SIZE", 20, raising=False)
    small, small_records = _peak_of_count(2, tmp_path_factory)
    large, large_records = _peak_of_count(8, tmp_path_factory)
    assert large_records > 3.5 * small_records
    assert large < 2 * small, (small, large)
