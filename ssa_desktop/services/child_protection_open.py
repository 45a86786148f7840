"""The open § 8a procedures with their next step, as the Übersicht lists them. Apart from
``services.child_protection`` (recording steps, closing, the pseudonymised presentation:
29 kB of code with its name redaction) that her ordinary day, which only lists them,
never runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.catalogues import CP_STEPS
from ..storage import child_protection_repo as q
from ..storage.connection import Connection


@dataclass(frozen=True)
class OpenProcedure:
    procedure_id: str
    person_id: str
    pseudonym: str
    name: str
    class_label: str
    acute: bool
    last_step: str
    next_step: str
    due: date | None
    overdue: bool

    @property
    def next_step_label(self) -> str:
        return CP_STEPS.label(self.next_step)


def next_step_after(last: str) -> str:
    if not last:
        return "0"
    return str(min(int(last) + 1, 9))


def open_procedures(conn: Connection, today: date) -> list[OpenProcedure]:
    """Open procedures, most urgent first (overdue, then by due date, then undated)."""
    result = [OpenProcedure(r.procedure_id, r.person_id, r.pseudonym, r.name, r.class_label,
                            r.acute, r.last_step, next_step_after(r.last_step), r.next_due,
                            r.next_due is not None and r.next_due < today)
              for r in q.open_procedure_rows(conn)]
    return sorted(result, key=lambda p: (not p.overdue, p.due is None, p.due or date.max))
