"""Fields that did not go into a Vertretungspaket (an unticked note, data minimisation)
arrive in the package empty; when the deputy changes another field of that entry, the
return must not empty them in the worker's vault (issue 28: nothing of hers is lost)."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy, handover_deputy_work, handover_return
from ssa_desktop.storage import repositories as repo
from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person


def test_marking_an_appointment_keeps_her_withheld_note_and_case_notes(conn, tmp_path):
    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))   # note "TerminAnna"
    [appt] = repo.APPOINTMENTS.select(conn, "person_id = ?", (anna.id,))
    result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [anna.id], tmp_path,
                                                   today=TODAY)
    pkg, _ = svc.open_package(result.path, result.key_text, today=date(2026, 12, 5),
                              writable=True)
    try:
        assert repo.APPOINTMENTS.get(pkg, appt.id).note == ""      # withheld (not ticked)
        with clock.frozen(date(2026, 12, 5)):     # the appointment has begun
            handover_deputy_work.deputy_set_appointment_status(pkg, appt.id, "attended")
    finally:
        pkg.close()
    ret = handover_deputy_work.write_return(result.path, result.key_text, tmp_path / "r.ssapaket",
                                            today=date(2026, 12, 5))
    merged = handover_return.import_return(conn, ret.path, today=date(2026, 12, 5))
    assert not merged.conflicts
    after = repo.APPOINTMENTS.get(conn, appt.id)
    assert after.status == "attended"
    assert after.note == "TerminAnna"
