"""The answer to an R14 review (docs/retention.md "R14 – Ruhende Personen"), given where
Datenschutz asks for it: the pupil left (Abgang), changed school (Schulwechsel), or the
documentation is still needed until a day ("weiter benötigt bis …": a hold with that
review date). A leaving or change day hands the person to R2 and clears the "nicht
bekannt" mark of the Schuljahreswechsel.
"""

from __future__ import annotations

from datetime import date

from ..domain import clock
from ..domain.dormancy import STILL_NEEDED
from ..domain.errors import UserError
from ..formatting import fmt_date
from ..storage import repositories as repo
from ..storage import school_year_repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import retention
from .operations import DataKind, writes

LEFT = "left"                      # Abgang
CHANGED = "changed"                # Schulwechsel
SCHOOL_ANSWERS = (LEFT, CHANGED)   # only for pupils


def answers_for(person_kind: str) -> list[str]:
    """The answers that fit a person: a pupil can leave or change school; anyone can be
    still needed."""
    return [LEFT, CHANGED, STILL_NEEDED] if person_kind == "pupil" else [STILL_NEEDED]


@writes(DataKind.PERSONS, DataKind.RETENTION)
def answer(conn: Connection, person_id: str, kind: str, day: date,
           today: date | None = None) -> str:
    """Record the answer; return one German sentence saying what was recorded."""
    today = today or clock.today()
    person = repo.PERSONS.get(conn, person_id)
    if person is None:
        raise UserError("Die Person gibt es in diesem Tresor nicht mehr.")
    if kind == STILL_NEEDED:
        retention.add_hold(conn, person_id, STILL_NEEDED, day, today=today)
        return (f"{person.pseudonym}: weiter benötigt bis {fmt_date(day)}; am "
                f"{fmt_date(day)} wird erneut gefragt.")
    if kind not in SCHOOL_ANSWERS:
        raise UserError("Unbekannte Angabe zum Verbleib.")
    if person.kind != "pupil":
        raise UserError("Abgang und Schulwechsel gibt es nur bei Schülerinnen und Schülern.")
    if day > today:
        raise UserError(f"Der {fmt_date(day)} liegt in der Zukunft: bitte den Tag angeben, an "
                        "dem der Abgang oder Schulwechsel war.")
    if kind == LEFT:
        person.leaving_date = day
    else:
        person.school_change_date = day
    with transaction(conn):
        repo.PERSONS.save(conn, person)
        school_year_repo.set_unknown(conn, person_id, False)
    words = "Abgang" if kind == LEFT else "Schulwechsel"
    return (f"{person.pseudonym}: {words} am {fmt_date(day)} eingetragen; die "
            "Löschfrist (R2) zählt ab diesem Tag.")
