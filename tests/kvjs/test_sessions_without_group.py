"""Group sessions saved without a group token (records from before tokens, or imported)
each stand alone in the KVJS count (``r.group_token or r.id``); the delivery's finding
"Gruppenangebote … ohne Teilnehmende" counts them the same way, not as one group."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import StatisticsRecord
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo

YEAR = 2025
SCHOOL = stats.Scope("school", "school-1")


def _session(rid: str, token: str, day: date) -> StatisticsRecord:
    return StatisticsRecord(day, YEAR, "group_session", "GRP", 45, "school-1",
                            group_token=token, group_kind="GR", id=rid)


def test_sessions_without_a_group_count_one_offer_each(conn):
    for rid, token, day in (("s-1", "", date(2025, 10, 6)), ("s-2", "", date(2025, 11, 3)),
                            ("s-3", "g-1", date(2025, 12, 1)),
                            ("s-4", "g-1", date(2026, 1, 12))):
        repo.STATISTICS.insert(conn, _session(rid, token, day))
    assert stats.compute(conn, YEAR, SCHOOL)["grp_activities"] == 3
    with clock.frozen(date(2026, 7, 20)):
        found = {f.code: f.message for f in stats.plausibility(conn, YEAR, SCHOOL)}
    assert found["group_participants"] == ("3 Gruppenangebote mit Terminen, aber ohne "
                                           "Teilnehmende.")
