"""The deletion check's page-by-page count at its edges: a page exactly full, a write by
another connection while the count is between the statements of a page (the GUI saves
while the check runs off the GUI thread)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from ssa_desktop.domain.entities import Person
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.retention.linked_vaults import count_from_assess

TODAY = date(2026, 11, 24)
LEFT = date(2020, 7, 31)   # every pupil left long ago: each is due (R2)


@pytest.fixture
def session(template, tmp_path):
    folder = tmp_path / "tresor"
    shutil.copytree(template, folder)
    opened = Vault(folder).unlock(PASSPHRASE)
    yield opened
    opened.lock()


def _pupils(conn, n: int) -> list[str]:
    return [repo.PERSONS.insert(conn, Person(f"K-{i:03d}", leaving_date=LEFT, birth_year=2008,
                                             id=f"p{i:03d}")).id for i in range(n)]


@pytest.mark.parametrize("persons", [svc.PAGE_SIZE - 1, svc.PAGE_SIZE, svc.PAGE_SIZE + 1,
                                     2 * svc.PAGE_SIZE])
def test_the_overview_count_is_the_privacy_lists_at_the_products_page_edge(session, persons):
    _pupils(session.conn, persons)
    counted = svc.count_due(session.conn, today=TODAY)
    assert counted == count_from_assess(session.conn, TODAY)
    listed = svc.snapshot(session.conn, today=TODAY).due   # the list "Löschung fällig"
    assert counted.due + counted.reviews == len(listed)
    assert counted.due >= persons


def test_a_person_deleted_by_another_connection_mid_page_loses_no_later_page(session):
    """The GUI deletes a person while the check off the GUI thread reads the second page
    of persons: the count is the vault's before or after that deletion, never the first
    pages alone."""
    ids = _pupils(session.conn, 3 * 4)
    before = svc.count_due(session.conn, today=TODAY, page_size=4)
    other = session.new_connection(for_writing=True)
    reads: list[str] = []

    def between_statements(sql: str) -> None:
        if "closed, status FROM case_file" in sql:   # a page's persons' cases
            reads.append(sql)
            if len(reads) == 2:   # the second page of persons
                other.execute("DELETE FROM person WHERE id = ?", (ids[5],))

    session.conn.set_trace_callback(between_statements)
    try:
        during = svc.count_due(session.conn, today=TODAY, page_size=4)
    finally:
        session.conn.set_trace_callback(None)
        other.close()
    after = svc.count_due(session.conn, today=TODAY, page_size=4)
    assert after.due == before.due - 1
    assert during in (before, after)


def test_months_page_by_the_text_the_vault_stores_whatever_the_year(session):
    """A month's key is the stored day's "YYYY-MM" (ISO: four digits of year): a year
    written with fewer (a typo such as 0999) keeps its place, and the months after it
    are not skipped at the page edge ("999-12" would sort after every "20xx")."""
    conn = session.conn
    for n, day in enumerate(["0999-12-01", "2019-01-10", "2019-02-10", "2025-11-03"]):
        conn.execute("INSERT INTO time_entry (id, day, category, minutes) VALUES (?, ?, ?, ?)",
                     (f"t{n}", day, "other", 30))
    full = count_from_assess(conn, TODAY)
    assert full.due == 3   # the three old months (R8)
    assert svc.count_due(conn, today=TODAY, page_size=1) == full


def test_a_due_month_with_a_short_year_is_deleted_and_not_due_again(session):
    """The month's record id is the same stored "YYYY-MM" the deletion matches: the
    deletion run takes the month's entries, the next check finds nothing due."""
    conn = session.conn
    conn.execute("INSERT INTO time_entry (id, day, category, minutes) VALUES (?, ?, ?, ?)",
                 ("t0", "0999-12-01", "other", 30))
    assert [a.record_id for a in svc.due_items(conn, TODAY)] == ["0999-12"]
    svc.apply_due(conn, today=TODAY)
    assert conn.execute("SELECT count(*) FROM time_entry").fetchone()[0] == 0
    assert svc.count_due(conn, today=TODAY).due == 0
