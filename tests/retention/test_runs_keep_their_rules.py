"""Rules a deletion run and a review decision must keep even when nothing else asks for
them: every deletion run expires the deletion log (R11), not only the unlock check; an
open § 8a procedure without the Jugendamt keeps the file out of the review at case
closure (R5), so that closing the procedure later does not make the file due at once."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import retention as svc
from tests.retention.fixtures import full_person

TODAY = date(2026, 9, 1)   # R11's 36 months reach back to 01.09.2023


def test_a_deletion_run_expires_the_deletion_log_at_its_boundary(conn):
    gone = full_person(conn, 1, leaving=date(2026, 7, 31))
    for executed in ("2023-08-31 23:59:59", "2023-09-01 00:00:00"):
        conn.execute("INSERT INTO deletion_log (id, record_id, category, rule, executed,"
                     " method) VALUES (?, 'x', 'case', 'R2', ?, 'm')", (executed, executed))
    svc.apply(conn, [("person", gone.person.id)], today=TODAY)
    left = sorted(e.executed for e in svc.deletion_log(conn))
    assert left[0] == "2023-09-01 00:00:00"           # the boundary day itself stays
    assert "2023-08-31 23:59:59" not in left          # the day before is gone
    assert len(left) == 2                              # and the run's own entry


def test_an_open_8a_procedure_keeps_the_file_out_of_the_review(conn):
    fx = full_person(conn, 1, leaving=None)
    conn.execute("UPDATE case_file SET status = 'closed', closed = '2026-01-31'"
                 " WHERE person_id = ?", (fx.person.id,))
    conn.execute("UPDATE cp_procedure SET status = 'open', closed = NULL,"
                 " youth_office_involved = 0 WHERE person_id = ?", (fx.person.id,))
    with pytest.raises(UserError, match=r"^Bei einem Verfahren nach § 8a \(offen oder mit "):
        svc.not_needed_after_review(conn, fx.person.id, today=TODAY)
    assert conn.execute("SELECT count(*) FROM retention_decision").fetchone()[0] == 0
