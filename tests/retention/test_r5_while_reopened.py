"""R5's yearly question and a § 8a procedure opened again: a file restricted after the
decision "einschränken" stays restricted on its review day while the procedure is open
(nothing is decided about a file whose procedure is running), and is asked again once
the procedure is closed. Pure engine rules on hand-made facts."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.retention_engine import Engine

CLOSED = date(2025, 10, 6)
REVIEW = date(2026, 10, 6)


def _assessed(*, cp_open: bool, leaving: date | None = None) -> rt.Assessment:
    pupil = rt.PersonFacts("p1", "pupil", date(2024, 9, 1), leaving_date=leaving,
                           case_closures=(CLOSED,), cp_youth_office=True, cp_open=cp_open)
    facts = rt.VaultFacts([pupil], decisions=[rt.Decision("p1", "restrict", CLOSED, REVIEW)],
                          restrictions=[rt.Restriction("p1", rt.CP_DECISION, CLOSED)])
    [a] = [a for a in Engine().evaluate(facts, REVIEW) if a.record_kind == "person"]
    return a


def test_a_restricted_file_is_not_asked_again_while_its_procedure_is_open_again():
    for leaving in (None, date(2026, 7, 31)):            # before and after she left
        a = _assessed(cp_open=True, leaving=leaving)
        assert (a.state, a.action) == (rt.RESTRICTED, None), leaving


def test_once_the_procedure_is_closed_the_decision_is_asked_again():
    for leaving in (None, date(2026, 7, 31)):
        a = _assessed(cp_open=False, leaving=leaving)
        assert (a.state, a.rule, a.due, a.action) == (rt.DUE, "R5", REVIEW, rt.DECIDE), leaving
