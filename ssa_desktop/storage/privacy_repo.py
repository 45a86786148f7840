"""SQL of the data-protection functions: Auskunft and Widerspruch requests, the
per-person collection for an Auskunft and the content-free counts for the data-breach
assistant. Tombstones and restrictions live with the retention tables
(``storage.retention_repo``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from ..domain import entities as e
from ..domain import strict_json
from ..domain.auskunft import names_person
from ..domain.goals import CaseGoal, GoalRating
from . import documents_repo, goals_repo, group_members_repo
from . import repositories as repo
from .connection import Connection
from .notes_repo import drafts_of_person


# -- requests (Auskunft, Widerspruch) -------------------------------------------------------
@dataclass
class PrivacyRequest:
    id: str
    person_id: str
    kind: str
    received: date
    due: date
    status: str = "open"
    completed: date | None = None
    decisions: dict | None = None


def _request(row) -> PrivacyRequest:
    return PrivacyRequest(row[0], row[1], row[2], date.fromisoformat(row[3]),
                          date.fromisoformat(row[4]), row[5],
                          date.fromisoformat(row[6]) if row[6] else None,
                          strict_json.loads(row[7] or "{}"))


_REQUEST_COLUMNS = "id, person_id, kind, received, due, status, completed, decisions"


def insert_request(conn: Connection, r: PrivacyRequest) -> None:
    conn.execute(f"INSERT INTO privacy_request({_REQUEST_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
                 (r.id, r.person_id, r.kind, r.received.isoformat(), r.due.isoformat(), r.status,
                  r.completed.isoformat() if r.completed else None,
                  json.dumps(r.decisions or {}, ensure_ascii=False, sort_keys=True)))


def update_request(conn: Connection, r: PrivacyRequest) -> None:
    conn.execute("UPDATE privacy_request SET status = ?, completed = ?, decisions = ? WHERE id = ?",
                 (r.status, r.completed.isoformat() if r.completed else None,
                  json.dumps(r.decisions or {}, ensure_ascii=False, sort_keys=True), r.id))


def get_request(conn: Connection, request_id: str) -> PrivacyRequest | None:
    row = conn.execute(f"SELECT {_REQUEST_COLUMNS} FROM privacy_request WHERE id = ?",  # noqa: S608
                       (request_id,)).fetchone()
    return _request(row) if row else None


def open_requests(conn: Connection, person_id: str | None = None) -> list[PrivacyRequest]:
    sql = f"SELECT {_REQUEST_COLUMNS} FROM privacy_request WHERE status = 'open'"  # noqa: S608
    params: tuple = ()
    if person_id is not None:
        sql += " AND person_id = ?"
        params = (person_id,)
    return [_request(r) for r in conn.execute(sql + " ORDER BY due, id", params)]


RequestState = tuple[list[tuple], set[str]]   # (every request as stored, every person id)


def read_requests(conn: Connection) -> RequestState:
    """For a restore (``lay_over_requests``): the requests and the persons of this vault."""
    return (list(conn.execute(f"SELECT {_REQUEST_COLUMNS} FROM privacy_request")),  # noqa: S608
            {i for (i,) in conn.execute("SELECT id FROM person")})


def lay_over_requests(staged: Connection, state: RequestState) -> int:
    """Inside the caller's transaction: the requests of every person of ``persons`` (those
    the replaced vault holds) become ``current``'s in the restored copy ``staged``, as
    their holds and restrictions do (``retention_state_repo.lay_over``): one received or
    answered since the backup stays so. Returns how many rows changed."""
    current, persons = state
    ids = sorted(persons)
    marks = ", ".join("?" * len(ids))
    changed = max(staged.execute(f"DELETE FROM privacy_request WHERE person_id IN ({marks})",  # noqa: S608
                                 ids).rowcount, 0) if ids else 0
    there = {i for (i,) in staged.execute("SELECT id FROM person")}
    carried = [r for r in current if r[1] in persons and r[1] in there]
    staged.executemany(f"INSERT INTO privacy_request({_REQUEST_COLUMNS}) VALUES "  # noqa: S608
                       "(?, ?, ?, ?, ?, ?, ?, ?)", carried)
    return changed + len(carried)


# -- what the vault holds about one person (Auskunft) ---------------------------------------
@dataclass
class PersonHoldings:
    person: e.Person
    cases: list[e.Case]
    contacts: list[e.Contact]
    annotations: list[e.Annotation]
    working_notes: list[e.WorkingNote]
    appointments: list[e.Appointment]
    consents: list[e.Consent]
    disclosures: list[e.Disclosure]
    procedures: list[e.ChildProtectionProcedure]
    steps: list[e.ChildProtectionStep]
    groups: list[e.GroupActivity]     # groups whose name list names the person
    drafts: list[e.Draft] = field(default_factory=list)   # unfinished entries of hers
    goals: list[CaseGoal] = field(default_factory=list)   # goals of her cases
    ratings: list[GoalRating] = field(default_factory=list)  # their ratings
    documents: list[e.Document] = field(default_factory=list)   # her documents (facts only)
    memberships: list[tuple[e.GroupMember, e.GroupActivity]] = field(default_factory=list)


def person_holdings(conn: Connection, person_id: str) -> PersonHoldings | None:
    person = repo.PERSONS.get(conn, person_id)
    if person is None:
        return None
    cases = repo.CASES.select(conn, "person_id = ?", (person_id,), "opened, id")
    case_ids = [c.id for c in cases]
    marks = ",".join("?" * len(case_ids))
    contact_where = "person_id = ?" + (f" OR case_id IN ({marks})" if case_ids else "")
    contacts = repo.CONTACTS.select(conn, contact_where, (person_id, *case_ids), "day, time, id")
    procedures = repo.CP_PROCEDURES.select(conn, "person_id = ?", (person_id,), "opened, id")
    proc_ids = [p.id for p in procedures]
    steps = (repo.CP_STEPS.select(conn, f"procedure_id IN ({','.join('?' * len(proc_ids))})",
                                  proc_ids, "day, step, id") if proc_ids else [])
    targets = [person_id, *case_ids, *(c.id for c in contacts)]
    annotations = repo.ANNOTATIONS.select(
        conn, f"target_id IN ({','.join('?' * len(targets))})", targets, "created, id")
    notes = repo.WORKING_NOTES.select(
        conn, "person_id = ?" + (f" OR case_id IN ({marks})" if case_ids else ""),
        (person_id, *case_ids), "created, id")
    return PersonHoldings(
        person=person, cases=cases, contacts=contacts, annotations=annotations,
        working_notes=notes,
        appointments=repo.APPOINTMENTS.select(conn, "person_id = ?", (person_id,), "day, start, id"),
        consents=repo.CONSENTS.select(conn, "person_id = ?", (person_id,), "valid_from, id"),
        disclosures=repo.DISCLOSURES.select(conn, "person_id = ?", (person_id,), "day, id"),
        procedures=procedures, steps=steps,
        groups=_groups_listing(conn, person),
        drafts=drafts_of_person(conn, person_id),
        goals=goals_repo.CASE_GOALS.select(conn, f"case_id IN ({marks})", case_ids, "created, id")
        if case_ids else [],
        ratings=goals_repo.GOAL_RATINGS.select(
            conn, f"goal_id IN (SELECT id FROM case_goal WHERE case_id IN ({marks}))",  # noqa: S608
            case_ids,
            "day, created, id") if case_ids else [],
        documents=documents_repo.for_person(conn, person_id),
        memberships=[(m, g) for m in group_members_repo.for_person(conn, person_id)
                     if (g := repo.GROUPS.get(conn, m.group_id)) is not None])


def _groups_listing(conn: Connection, person: e.Person) -> list[e.GroupActivity]:
    """Groups whose participant name list names the person (pseudonym or full name) as a
    whole entry: "K-1" is not on a list reading "K-12, K-13"."""
    names = [n for n in (person.pseudonym, person.display_name) if n.strip()]
    if not names:
        return []
    return [g for g in repo.GROUPS.select(conn, "name_list != ''", (), "school_year, title, id")
            if names_person(g.name_list, names)]


# -- content-free counts (data-breach assistant) --------------------------------------------
def breach_counts(conn: Connection) -> dict[str, int]:
    """How many persons by kind and how many records by category the vault holds. Counts
    only: nothing here identifies anyone."""
    counts: dict[str, int] = {}
    for kind, n in conn.execute("SELECT kind, count(*) FROM person GROUP BY kind ORDER BY kind"):
        counts[f"persons.{kind}"] = n
    for key, sql in (
        ("persons_with_case", "SELECT count(DISTINCT person_id) FROM case_file"),
        ("persons_with_cp", "SELECT count(DISTINCT person_id) FROM cp_procedure"),
        ("cases", "SELECT count(*) FROM case_file"),
        ("contacts", "SELECT count(*) FROM contact"),
        ("working_notes", "SELECT count(*) FROM working_note"),
        ("appointments", "SELECT count(*) FROM appointment"),
        ("consents", "SELECT count(*) FROM consent"),
        ("disclosures", "SELECT count(*) FROM disclosure"),
        ("cp_procedures", "SELECT count(*) FROM cp_procedure"),
        ("groups_with_names", "SELECT count(*) FROM group_activity WHERE name_list != ''"),
        ("partners", "SELECT count(*) FROM partner"),
        ("schools", "SELECT count(*) FROM school"),
    ):
        counts[key] = conn.execute(sql).fetchone()[0]
    return counts
