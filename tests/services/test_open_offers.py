"""Offene Angebote: gender split validation, records, monthly totals (real vault)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain.entities import OpenOfferSession
from ssa_desktop.services import open_offers as svc
from ssa_desktop.storage import repositories as repo


def _offer(conn, **kw):
    values = dict(title="Pausenangebot", day=date(2026, 11, 3), duration_min=30, visitors=14,
                  school_id="school-1")
    values.update(kw)
    return svc.record(conn, OpenOfferSession(**values))


def test_record_writes_statistics_and_time(conn):
    s = _offer(conn, visitors_m=6, visitors_w=8)
    stat = [x for x in repo.STATISTICS.all(conn) if x.source_id == s.id]
    time = [x for x in repo.TIME_ENTRIES.all(conn) if x.source_id == s.id]
    assert [(x.task_area, x.visitors, x.duration_min) for x in stat] == [("OFF", 14, 30)]
    assert [(x.category, x.minutes) for x in time] == [("OFF", 30)]
    stored = repo.OPEN_OFFERS.get(conn, s.id)
    assert (stored.visitors_m, stored.visitors_w, stored.visitors_d) == (6, 8, 0)


def test_split_must_sum_to_total(conn):
    with pytest.raises(ValueError, match="ergibt 13"):
        _offer(conn, visitors_m=6, visitors_w=7)
    assert repo.OPEN_OFFERS.count(conn) == 0
    assert repo.STATISTICS.count(conn) == 0
    _offer(conn)  # no split at all is fine
    assert repo.OPEN_OFFERS.get(conn, svc.sessions(conn)[0].id).visitors_m is None


def test_monthly_totals_and_titles(conn):
    _offer(conn)
    _offer(conn, day=date(2026, 11, 10), visitors=20, duration_min=45)
    _offer(conn, title="offener Raum", day=date(2026, 12, 1), visitors=5)
    _offer(conn, title="offener Raum", day=date(2026, 7, 1), visitors=5)  # school year 2025
    totals = svc.monthly_totals(conn, school_year=2026)
    assert [(t.month, t.sessions, t.minutes, t.visitors) for t in totals] == [
        ("2026-11", 2, 75, 34), ("2026-12", 1, 30, 5)]
    assert svc.month_label("2026-11") == "November 2026"
    assert svc.titles(conn)[0] in {"Pausenangebot", "offener Raum"}
    assert set(svc.titles(conn)) == {"Pausenangebot", "offener Raum"}
    assert len(svc.sessions(conn, school_year=2025)) == 1


def test_remove_drops_records(conn):
    s = _offer(conn)
    svc.remove(conn, s.id)
    assert repo.OPEN_OFFERS.count(conn) == 0
    assert repo.STATISTICS.count(conn) == 0
    assert repo.TIME_ENTRIES.count(conn) == 0


@given(st.integers(0, 50), st.one_of(st.none(), st.integers(0, 30)),
       st.one_of(st.none(), st.integers(0, 30)), st.one_of(st.none(), st.integers(0, 30)))
def test_check_split_property(visitors, m, w, d):
    given_split = any(p is not None for p in (m, w, d))
    ok = not given_split or sum(p or 0 for p in (m, w, d)) == visitors
    if ok:
        svc.check_split(visitors, m, w, d)
    else:
        with pytest.raises(ValueError):
            svc.check_split(visitors, m, w, d)
