"""The deadlines of the open Auskunft and Widerspruch requests (one month, Art. 12 Abs. 3
DSGVO), as the Übersicht and the Datenschutz area list them. Apart from ``services.privacy``
(the requests' handling, 44 kB of code) that her ordinary day, which only lists them,
never runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain import clock
from ..storage import privacy_repo
from ..storage import repositories as repo
from ..storage.connection import Connection


@dataclass(frozen=True)
class RequestDeadline:
    request_id: str
    person_id: str
    pseudonym: str
    kind: str
    due: date
    state: str  # normal | due (7 days or less) | overdue


def deadlines(conn: Connection, today: date | None = None) -> list[RequestDeadline]:
    """Open requests with their deadlines, for the Übersicht (pseudonyms only)."""
    today = today or clock.today()
    found = []
    for r in privacy_repo.open_requests(conn):
        person = repo.PERSONS.get(conn, r.person_id)
        state = "overdue" if r.due < today else "due" if (r.due - today).days <= 7 else "normal"
        found.append(RequestDeadline(r.id, r.person_id, person.pseudonym if person else "",
                                     r.kind, r.due, state))
    return found
