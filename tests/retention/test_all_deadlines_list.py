"""The Datenschutz list "Alle Fristen" on a real vault: every record with its deadline as
she reads it, a month of working time only once it is due (ten years of months would
drown the persons), then the deleted records; "Löschung fällig" only what is due."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain.entities import Person, TimeEntry
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo

TODAY = date(2026, 9, 1)


def _rows(rows) -> list[tuple[str, str, str]]:
    return [(a.record_kind, a.state, a.reason) for a in rows]


def test_all_deadlines_lists_persons_before_they_are_due_and_months_only_when_due(conn):
    repo.PERSONS.insert(conn, Person("BLEIBT1", kind="pupil", leaving_date=date(2027, 7, 31)))
    gone = repo.PERSONS.insert(conn, Person("GEHT1", kind="pupil", leaving_date=date(2026, 7, 31)))
    # R8: February 2024 ends 29.02.2024, + 24 months = 28.02.2026: due on 01.09.2026;
    # August 2026 ends 31.08.2026, due on 31.08.2028: not listed yet
    repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2024, 2, 12), "EB", 90))
    repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2026, 8, 3), "EB", 60))
    svc.apply(conn, [("person", gone.id)], today=TODAY, compact=False)

    snap = svc.snapshot(conn, today=TODAY)
    assert _rows(snap.every) == _rows(svc.all_rows(snap.assessments, snap.deleted)) == [
        ("time_month", "Löschung fällig",
         "fällig seit 28.02.2026 nach R8: Monatsende + 24 Monate"),
        ("person", "Aktiv", "fällig am 31.07.2027 nach R2: Abgang + 0 Monate"),
        ("person", "Gelöscht", "gelöscht am 01.09.2026"),
    ]
    assert [snap.names[svc.key(a)][0] for a in snap.every[:2]] == [
        "2024-02", "BLEIBT1"]
    assert _rows(snap.due) == _rows(svc.due_rows(snap.assessments)) == [
        ("time_month", "Löschung fällig",
         "fällig seit 28.02.2026 nach R8: Monatsende + 24 Monate")]
