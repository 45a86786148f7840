"""Groups handed over or deleted together: their words leave the search index by one
rebuild of it, not by a secure delete per group (each rewrote the doclists of every word
of the group: most of the group part of a school handover), and no page of the vault
keeps a word of theirs. On a real vault."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain.entities import GroupActivity
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.connection import checkpoint
from tests.support.sqlcipher_pages import pages_holding

TODAY = date(2026, 9, 1)


def test_groups_deleted_together_leave_the_index_in_one_rebuild_and_no_word_behind(
        conn, open_vault):
    for n in range(3):
        repo.GROUPS.insert(conn, GroupActivity(f"Zitronenfalter{n} AG", 2024, id=f"g-{n}",
                                               note=f"Wacholderweg{n}"))
    repo.GROUPS.insert(conn, GroupActivity("Amselgruppe", 2024, id="g-stays"))
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        report = svc.delete_handed_over(conn, [("group", f"g-{n}") for n in range(3)], TODAY,
                                        category="Übergabe")
    finally:
        conn.set_trace_callback(None)
    assert len(report.entries) == 3
    assert [g.id for g in repo.GROUPS.select(conn)] == ["g-stays"]
    # a per-row FTS delete removes the row's document size, one statement per group
    assert [s for s in statements if "fts_group_docsize' WHERE id=" in s] == []
    assert sum("'rebuild'" in s and "fts_group" in s for s in statements) == 1
    assert [r[0] for r in conn.execute(
        "SELECT rowid FROM fts_group WHERE fts_group MATCH 'Amselgruppe'")] != []
    assert conn.execute("SELECT count(*) FROM fts_group WHERE fts_group MATCH"
                        " 'Zitronenfalter0 OR Wacholderweg1'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'group_ad'"
                        ).fetchone()[0] == 1
    assert conn.execute("SELECT v FROM fts_group_config WHERE k = 'secure-delete'"
                        ).fetchone()[0] == 1
    checkpoint(conn)   # as the handover's finish does: the WAL holds the inserts' frames
    words = ["Zitronenfalter0", "Wacholderweg2"]
    assert pages_holding(open_vault.vault.db_path, bytes(open_vault.data_key), words) == []
