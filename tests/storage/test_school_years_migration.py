"""Migration "i17_school_years": stored school type VKL (used as Verbundschule) becomes
VBS; the new tables and the column are there; nothing else changes."""

from __future__ import annotations

import sqlcipher3

from ssa_desktop.storage import migrations
from ssa_desktop.storage import repositories as repo


def _version_of(name: str) -> int:
    return next(v for v, n, _ in migrations.available() if n == name)


def test_old_vkl_school_reads_as_verbundschule():
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        mine = _version_of("i17_school_years")
        migrations.upgrade(conn, up_to=mine - 1)
        conn.execute("INSERT INTO school(id, name, code, school_type, address)"
                     " VALUES ('s1', 'Verbund Nord', 'V-1', 'VKL', ''),"
                     " ('s2', 'Grundschule Süd', 'G-2', 'GS', '')")
        migrations.upgrade(conn)
        schools = {s.id: s for s in repo.SCHOOLS.all(conn)}
        assert schools["s1"].school_type == "VBS"
        assert schools["s2"].school_type == "GS"
        assert schools["s1"].last_grade is None
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"time_month_total", "school_year_change"} <= tables
    finally:
        conn.close()
