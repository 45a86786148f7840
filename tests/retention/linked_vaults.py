"""Vaults for the deletion engine's page-by-page tests (the unlock's count and the
Datenschutz lists): families of persons linked across a page edge, and a copy of an empty
vault to write them into. The vaults themselves are fixtures (conftest.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from hypothesis import strategies as st

from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.dormancy import is_review
from ssa_desktop.domain.entities import Case, ChildProtectionProcedure, Contact, Person
from ssa_desktop.services import activities
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.connection import Connection
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

DEMO_TODAY = date(2026, 7, 20)
PAGE_SIZES = st.integers(1, 40) | st.just(1_000_000)   # 1 … and more than the vault


@contextmanager
def with_families(template, tmp_path_factory, family: list[dict]) -> Iterator[Connection]:
    """A copy of the empty vault ``template``, unlocked, with each of ``family``
    (``add_family``) written: its connection, locked at the end."""
    folder = tmp_path_factory.mktemp("v") / "tresor"
    shutil.copytree(template, folder)
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        for n, f in enumerate(family):
            add_family(session.conn, n, f)
        yield session.conn
    finally:
        session.lock()


BASE = date(2025, 3, 1)
families = st.lists(st.fixed_dictionaries({
    "parent_first": st.booleans(),             # the parent's id sorts before the pupil's
    "closed": st.none() | st.integers(0, 200),  # the pupil's case closed (days after BASE)
    "parent_contact": st.integers(0, 300),      # the parent's contact in the pupil's case
    "leaving": st.none() | st.integers(-300, 300),
    "youth_office": st.booleans(),              # a closed § 8a procedure with the Jugendamt
    "decision": st.sampled_from([None, "delete", "keep", "not_needed"]),
    "held": st.booleans(),
    "restricted": st.booleans(),
}), min_size=1, max_size=4)


def add_family(conn, n: int, f: dict) -> None:
    """A pupil with a case and a parent whose only contact is in that case: the parent's
    counselling ends with the pupil's case (R9), the pupil's activity includes the
    parent's contact (R14). The ids put the two on either side of a page edge."""
    pupil_id, parent_id = f"f{n}-b-pupil", f"f{n}-a-parent" if f["parent_first"] else f"f{n}-c-parent"
    leaving = BASE + timedelta(days=f["leaving"]) if f["leaving"] is not None else None
    pupil = repo.PERSONS.insert(conn, Person(f"K-{n}", leaving_date=leaving, birth_year=2012,
                                             guardian_contact="Tel. 0711", id=pupil_id))
    parent = repo.PERSONS.insert(conn, Person(f"E-{n}", kind="parent", id=parent_id))
    closed = BASE + timedelta(days=f["closed"]) if f["closed"] is not None else None
    case = repo.CASES.insert(conn, Case(pupil.id, BASE, status="closed" if closed else "open",
                                        closed=closed))
    activities.record_contact(conn, Contact(BASE + timedelta(days=f["parent_contact"]), "EB",
                                            30, person_id=parent.id, case_id=case.id,
                                            participants=("parent",)))
    if f["youth_office"]:
        repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(
            pupil.id, BASE, case_id=case.id, status="closed", closed=BASE,
            youth_office_involved=True))
    day = BASE + timedelta(days=30)
    if f["decision"] == "not_needed":
        svc.rrepo.insert_decision(conn, rt.PERSON, rt.Decision(pupil.id, rt.NOT_NEEDED, day, day))
    elif f["decision"] is not None:
        svc.record_decision(conn, pupil.id, f["decision"], day)
    if f["held"]:
        svc.add_hold(conn, parent.id, "legal_claim", BASE + timedelta(days=400), today=BASE)
    if f["restricted"]:
        svc.restrict(conn, pupil.id, today=BASE)


def count_from_assess(conn, today: date) -> svc.UnlockCheck:
    """The count as the full ``assess`` gives it (the Datenschutz list's rows)."""
    found = svc.assess(conn, today)
    due = [a for a in found if a.is_due]
    return svc.UnlockCheck(len(due), sum(a.action == rt.DECIDE for a in due), 0,
                           sum(is_review(a) for a in found))
