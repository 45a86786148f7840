"""A letter's choice of appointments reads the person's own (through the index on the
person), not every appointment of the years: on the 10-year vault the whole table read
for the Bezug list raised the GUI's peak by ≈ 3 MB when she opened a letter
(docs/performance.md, „Arbeitsspeicher"). SQLite's steps are counted with its progress
handler, called after every virtual-machine instruction."""

from __future__ import annotations

from datetime import date, timedelta

from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments
from ssa_desktop.services import letters as svc


def _steps(conn, call) -> int:
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    conn.set_progress_handler(count, 1)
    try:
        call()
    finally:
        conn.set_progress_handler(None, 0)
    return steps


def test_the_letters_appointments_are_hers_read_through_her_index(conn, records):
    person = records["person"]
    later = appointments.save_appointment(conn, Appointment(
        date(2027, 1, 13), "09:00", "09:30", person_id=person, school_id="school-1"))
    alone = _steps(conn, lambda: svc.sources(conn, "invitation", person))
    coming = _steps(conn, lambda: svc.next_appointment(conn, person))
    for n in range(300):   # a parents' evening each week: appointments of nobody's
        appointments.save_appointment(conn, Appointment(
            date(2020, 1, 6) + timedelta(days=7 * n), "18:00", "19:30", school_id="school-1"))
    assert _steps(conn, lambda: svc.sources(conn, "invitation", person)) <= alone + 50
    assert _steps(conn, lambda: svc.next_appointment(conn, person)) <= coming + 50
    assert [source_id for source_id, _label in svc.sources(conn, "invitation", person)] == [
        records["appointment"], later.id]
    assert svc.next_appointment(conn, person) == records["appointment"]
