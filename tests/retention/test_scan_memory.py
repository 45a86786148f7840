"""The deletion check reads the whole vault page by page; what SQLite holds for it stays
small: the time months are counted as the day index passes (no sort of every time entry
of ten years in memory), and a pass over the vault reads with a small page cache."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop.storage import retention_repo as rrepo

BASE = date(2015, 8, 1)


def _old_time_month_facts(conn, page):
    """The query before: the union of both tables grouped and sorted by SQLite."""
    return [(m, n) for m, n in conn.execute(
        "SELECT m, count(*) FROM (SELECT substr(day, 1, 7) AS m FROM time_entry"
        " UNION ALL SELECT substr(last_day, 1, 7) FROM absence) WHERE m > ?"
        " GROUP BY 1 ORDER BY 1 LIMIT ?", (page.after, page.size))]


def _fill(conn, entry_days, absence_days):
    conn.execute("SAVEPOINT fill")
    for i, d in enumerate(entry_days):
        conn.execute("INSERT INTO time_entry (id, day, category, minutes) VALUES (?, ?, 'B', 30)",
                     (f"t{i}", (BASE + timedelta(days=d)).isoformat()))
    for i, d in enumerate(absence_days):
        day = (BASE + timedelta(days=d)).isoformat()
        conn.execute("INSERT INTO absence (id, kind, first_day, last_day) VALUES (?, 'sick', ?, ?)",
                     (f"a{i}", day, day))


DAYS = st.lists(st.integers(0, 4000), max_size=60)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=DAYS, absences=st.lists(st.integers(0, 4000), max_size=8),
       size=st.integers(1, 6) | st.just(-1), after=st.integers(-1, 4000))
def test_property_months_and_counts_as_the_grouped_union(conn, entries, absences, size, after):
    """Every page (any start, any size incl. "all") holds the same months and counts as
    SQLite's GROUP BY over both tables gave."""
    _fill(conn, entries, absences)
    try:
        start = "" if after < 0 else (BASE + timedelta(days=after)).isoformat()[:7]
        page = rrepo.Page(start, size)
        got = [(m.month.isoformat()[:7], m.count) for m in rrepo.time_month_facts(conn, page)]
        assert got == _old_time_month_facts(conn, page)
    finally:
        conn.execute("ROLLBACK TO fill")
        conn.execute("RELEASE fill")


def test_the_pages_walk_every_month_once(conn):
    """Keyset pages of two months over entries in four months and an absence in a fifth:
    each month once, in order, with its count (the month of 31 July and of 1 August apart)."""
    days = ["2025-07-31", "2025-07-31", "2025-08-01", "2025-09-30", "2026-01-15"]
    for i, d in enumerate(days):
        conn.execute("INSERT INTO time_entry (id, day, category, minutes) VALUES (?, ?, 'B', 5)",
                     (f"t{i}", d))
    conn.execute("INSERT INTO absence (id, kind, first_day, last_day)"
                 " VALUES ('a', 'vacation', '2025-12-22', '2026-01-02')")
    seen, page = [], rrepo.Page("", 2)
    while True:
        rows = rrepo.time_month_facts(conn, page)
        seen.extend((m.month.isoformat()[:7], m.count) for m in rows)
        if len(rows) < 2:
            break
        page = rrepo.Page(rrepo.time_month_key(rows[-1]), 2)
    assert seen == [("2025-07", 2), ("2025-08", 1), ("2025-09", 1), ("2026-01", 2)]


def test_the_time_months_sort_nothing_in_memory(conn):
    """SQLite's plan for every statement ``time_month_facts`` runs walks an index or a
    small table: no temporary B-tree holding every time entry (ten years: 46,000 rows,
    1.4 MB of SQLite's heap at every check, the GROUP BY over the union before)."""
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        rrepo.time_month_facts(conn, rrepo.Page("2025-07", 3))
    finally:
        conn.set_trace_callback(None)
    plans = [conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall() for sql in statements
             if sql.lstrip().upper().startswith("SELECT")]
    assert len(plans) == 2
    assert not any("TEMP B-TREE" in row[-1] for plan in plans for row in plan), plans
    assert any("time_entry_day" in row[-1] for row in plans[0]), plans[0]


def _cache(conn) -> int:
    return conn.execute("PRAGMA cache_size").fetchone()[0]


def test_the_pass_over_the_vault_reads_with_a_small_cache(conn, pupil):
    """While the deletion check's pages are read the connection's cache is at most
    ``SCAN_CACHE_KIB`` (the check held 3 MB of SQLite's heap with the connection's own
    8 MB cache on ten years, 1.5 MB with this one); afterwards it is as it was, also when
    the check stops early (a lock, a cancel)."""
    from ssa_desktop.storage import connection

    conn.execute("PRAGMA cache_size = -8000")
    pages = rrepo.facts_pages(conn, 1)
    seen = [_cache(conn) for _facts in pages]
    assert seen and set(seen) == {-connection.SCAN_CACHE_KIB}
    assert _cache(conn) == -8000
    stopped = rrepo.facts_pages(conn, 1)
    next(stopped)
    assert _cache(conn) == -connection.SCAN_CACHE_KIB
    stopped.close()
    assert _cache(conn) == -8000


def test_a_smaller_cache_stays_as_it_is(conn, pupil):
    conn.execute("PRAGMA cache_size = 50")   # 50 pages: 200 KiB
    assert {_cache(conn) for _facts in rrepo.facts_pages(conn, 1)} == {50}
    assert _cache(conn) == 50
