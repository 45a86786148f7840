"""The persons due for deletion, read from the persons' facts alone
(``retention.due_persons``: the school and deputy packages ask it), are exactly the persons
among every record's assessment (``due_items``): same ids, same reasons. On a real vault
with persons past and within their periods, a parent in a pupil's case and a dormant
person."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import retention as rt
from ssa_desktop.services import retention as svc
from tests.retention.fixtures import full_person

TODAY = date(2026, 9, 1)


def test_the_persons_alone_give_the_same_due_persons_as_every_record(conn):
    full_person(conn, 1, leaving=date(2020, 7, 31))              # long gone: due
    full_person(conn, 2, leaving=date(2026, 7, 31))              # within the period
    full_person(conn, 3, leaving=None)                           # still at school
    full_person(conn, 4, leaving=date(2019, 7, 31), kind="guardian")
    everything = [(a.record_id, a.reason) for a in svc.due_items(conn, TODAY)
                  if a.record_kind == rt.PERSON]
    alone = [(a.record_id, a.reason) for a in svc.due_persons(conn, TODAY)]
    assert alone == everything
    assert len(alone) >= 1
