"""Reading a return merges each appointment three-way against the package's baseline
(real vault, real package and return files): a field both changed to the same value is
no conflict, and her decision to keep her own value writes nothing and is counted."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ssa_desktop.services import handover_return
from ssa_desktop.services.interchange_merge import KEEP_MINE, TAKE_THEIRS
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import LATER, _mark, _open, _package, _return
from tests.services.test_handover import _person


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "aus"
    folder.mkdir()
    return folder


def _both_changed_the_status(conn, out, hers: str):
    """The deputy marks Anna's appointment "attended"; the worker sets it to ``hers``."""
    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    result = _package(conn, out, anna)
    pkg = _open(result)
    [appt] = repo.APPOINTMENTS.all(pkg)
    _mark(pkg, appt.id, "attended")
    pkg.close()
    mine = repo.APPOINTMENTS.get(conn, appt.id)
    repo.APPOINTMENTS.update(conn, dataclasses.replace(mine, status=hers))
    ret = _return(result, out)
    copy = out / "r-kopie.ssapaket"        # her own copy of the return, sent again later
    copy.write_bytes(ret.path.read_bytes())
    return ret, copy, appt.id


def test_both_changed_a_field_to_the_same_value_no_conflict(conn, out):
    """Only her mark (written_by) is the deputy's alone: taken; the status both set alike
    is no conflict. Read again, nothing differs any more: the row counts as identical."""
    ret, copy, appt_id = _both_changed_the_status(conn, out, hers="attended")
    merged = handover_return.import_return(conn, ret.path, today=LATER)
    assert merged.conflicts == []
    assert (merged.identical["appointment"], merged.taken["appointment"]) == (0, 1)
    stored = repo.APPOINTMENTS.get(conn, appt_id)
    assert (stored.status, stored.written_by) == ("attended", "Jana Berger (Vertretung)")
    again = handover_return.import_return(conn, copy, today=LATER)
    assert (again.identical["appointment"], again.taken["appointment"]) == (1, 0)


def test_keeping_hers_takes_only_what_the_deputy_alone_changed(conn, out):
    """Her "cancelled" stays, the deputy's mark is taken; read again with the same
    decision, nothing is left to take: nothing is written."""
    ret, copy, appt_id = _both_changed_the_status(conn, out, hers="cancelled")
    merged = handover_return.import_return(conn, ret.path, {"*": KEEP_MINE}, today=LATER)
    assert merged.conflicts == []
    assert (merged.kept["appointment"], merged.taken["appointment"]) == (1, 1)
    stored = repo.APPOINTMENTS.get(conn, appt_id)
    assert (stored.status, stored.written_by) == ("cancelled", "Jana Berger (Vertretung)")
    again = handover_return.import_return(conn, copy, {"*": KEEP_MINE}, today=LATER)
    assert (again.kept["appointment"], again.taken["appointment"]) == (1, 0)
    assert repo.APPOINTMENTS.get(conn, appt_id) == stored


def test_each_appointment_taken_or_read_again_unchanged_is_counted(conn, out):
    """The deputy marks Anna's and Bea's appointments: both are taken; her own copy of
    the return read again finds both as they are: two identical rows."""
    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    bea = _person(conn, "Bea", appointment=date(2026, 12, 3))
    result = _package(conn, out, anna, bea)
    pkg = _open(result)
    for appt in repo.APPOINTMENTS.all(pkg):
        _mark(pkg, appt.id, "attended")
    pkg.close()
    ret = _return(result, out)
    copy = out / "r-kopie.ssapaket"
    copy.write_bytes(ret.path.read_bytes())
    merged = handover_return.import_return(conn, ret.path, today=LATER)
    assert (merged.conflicts, merged.taken["appointment"]) == ([], 2)
    again = handover_return.import_return(conn, copy, today=LATER)
    assert (again.identical["appointment"], again.taken["appointment"]) == (2, 0)


@pytest.mark.parametrize(("choice", "status", "kept"), [(TAKE_THEIRS, "attended", 0),
                                                        (KEEP_MINE, "cancelled", 2)])
def test_a_clash_over_two_appointments_is_settled_for_each_as_she_decides(conn, out, choice,
                                                                          status, kept):
    """The deputy marks both appointments "attended", the worker has cancelled both:
    taking the deputy's values writes her status, keeping hers counts each row kept; the
    deputy's mark is taken either way."""
    anna = _person(conn, "Anna", appointment=date(2026, 12, 2))
    bea = _person(conn, "Bea", appointment=date(2026, 12, 3))
    result = _package(conn, out, anna, bea)
    pkg = _open(result)
    ids = [appt.id for appt in repo.APPOINTMENTS.all(pkg)]
    for appt_id in ids:
        _mark(pkg, appt_id, "attended")
    pkg.close()
    for appt_id in ids:
        mine = repo.APPOINTMENTS.get(conn, appt_id)
        repo.APPOINTMENTS.update(conn, dataclasses.replace(mine, status="cancelled"))
    merged = handover_return.import_return(conn, _return(result, out).path, {"*": choice},
                                           today=LATER)
    assert (merged.conflicts, merged.taken["appointment"], merged.kept["appointment"]) == (
        [], 2, kept)
    assert [(a.status, a.written_by) for a in map(lambda i: repo.APPOINTMENTS.get(conn, i), ids)
            ] == [(status, "Jana Berger (Vertretung)")] * 2

