"""The vault builder: the generator put together from its features, run once, and
every collected row inserted in one transaction (plus the last KVJS delivery and the
Schuljahreswechsel, as a worker would have done them)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain import clock
from ..domain.errors import UserError
from ..domain.schoolyear import SchoolYear
from ..storage import group_members_repo
from ..storage import repositories as repo
from ..storage.transactions import transaction
from .base import GeneratorBase
from .captured import fill_captured
from .cases import CaseWork
from .catalogue import (
    PROFILES,
    Profile,
    Progress,
    school_days,
)
from .child_protection import ChildProtection
from .contacts import Contacts
from .details import Details
from .groups import GroupsAndOffers
from .network import Network
from .privacy_work import privacy_work
from .worktime import WorkingTime


class _Generator(Details, CaseWork, Contacts, GroupsAndOffers, WorkingTime, ChildProtection,
                 Network, GeneratorBase):
    """Every feature of the demo, one school year after another. The order of the calls
    is part of the data: they all draw from one random source, so a new feature draws
    from a source of its own (as ``kvjs_extras``) to leave the rest as it is."""

    def run(self) -> None:
        self.structure()
        self.progress(5, "Schulen und Vereinbarungen angelegt …")
        self.heavy_person()
        span = range(self.first_year, self.current + 1)
        for step, year in enumerate(span):
            sy = SchoolYear(year)
            days = self.days_of(year)
            full = len(school_days(sy.start, sy.end)) or 1
            fraction = len(days) / full
            self.casework(year, days, fraction)
            self.short_contacts(year, days, fraction)
            self.groups(year, days, fraction)
            self.open_offers(year, days, fraction)
            self.network(year, days, fraction)
            self.indirect(year, days, fraction)
            self.working_time(year)
            self.progress(5 + 60 * (step + 1) // len(span), f"Schuljahr {sy.label} erzeugt …")
        self.finish_pupils()
        self.appointments()
        self.consents()
        self.child_protection()
        self.extras()
        self.kvjs_extras()
        self.goal_work()
        self.details(self.seed)
        fill_captured(self.out, self.seed)


def is_empty_for_demo(conn) -> bool:
    """Demo data go only into a vault without schools and persons."""
    return not (repo.SCHOOLS.count(conn) or repo.PERSONS.count(conn))


def fill_demo(conn, *, years: int = 3, today: date | None = None, seed: int = 2026,
              scale: float = 1.0, progress: Progress | None = None,
              profile: str | Profile = "demo") -> dict[str, int]:
    """Fill an empty, unlocked vault with generated data; return the rows per table.

    ``profile`` "demo" is one worker's realistic year at a 75 % post; "benchmark" is the
    heavier data set of ``benchmarks/generate.py`` (notes of ~500 characters, a person
    with exactly 200 contacts). ``scale`` multiplies every amount.
    """
    if years < 1:
        raise ValueError("years must be at least 1")
    if not is_empty_for_demo(conn):
        raise UserError("Der Tresor ist nicht leer; Demodaten nur in einen leeren Tresor.")
    chosen = PROFILES[profile] if isinstance(profile, str) else profile
    gen = _Generator(years=years, today=today or clock.today(), seed=seed, scale=scale,
                     profile=chosen, progress=progress)
    gen.run()
    report = gen.progress
    with transaction(conn):
        total = len(repo.ALL_TABLES)
        for index, table in enumerate(repo.ALL_TABLES):
            table.insert_many(conn, gen.out[table.name])
            report(65 + 35 * (index + 1) // total, "Daten werden gespeichert …")
        group_members_repo.MEMBERS.insert_many(conn, gen.members)
        _deliver_last_kvjs_year(conn, gen.today, years)
        _school_year_change_done(conn, gen)
    privacy_work(conn, gen.today, seed)
    return repo.table_counts(conn)   # after the Datenschutz work, which deletes some rows


def _school_year_change_done(conn, gen: _Generator) -> None:
    """The generated grades are the current ones: the Schuljahreswechsel into the
    current school year counts as done for every school (with its counts), so a fresh
    demo vault does not open the assistant."""
    from ..storage import school_year_repo

    year = SchoolYear.of(gen.today)
    for school in repo.SCHOOLS.all(conn):
        school_year_repo.set_applied(conn, school.id, year.start_year, year.start,
                                     gen.school_year_summary(school.id))


def _deliver_last_kvjs_year(conn, today: date, years: int) -> int:
    """The last school year whose KVJS figures were due (31 October) is marked as
    delivered for every school, on 20 October, as a worker would have done."""
    from ..domain.schoolyear import SchoolYear
    from ..services import statistics
    from ..storage import statistics_repo

    current = SchoolYear.of(today).start_year
    due = current - 1 if today >= date(current, 10, 20) else current - 2
    if due < current - years + 1:
        return 0
    template = statistics.load_template()
    scopes = [s.scope for s in statistics.scopes(conn, due) if s.scope.kind == "school"]
    for scope in scopes:
        statistics_repo.save_delivery(conn, statistics_repo.Delivery(
            due, scope.key, template.id, template.version, date(due + 1, 10, 20),
            statistics.compute(conn, due, scope)))
    return len(scopes)


def create_demo_vault(folder: Path | str, passphrase: str, *, years: int = 3, params=None,
                      **fill_options):
    """Create a vault in ``folder`` and fill it with demo data; return the OpenVault."""
    from ..storage.vault import Vault

    session, _ = Vault.create(folder, passphrase, params=params)
    try:
        fill_demo(session.conn, years=years, **fill_options)
    except BaseException:
        session.lock()
        raise
    return session


def table_counts(conn) -> dict[str, int]:
    """Rows per table: what ``ssa-desktop demo`` reports when it is done."""
    return repo.table_counts(conn)
