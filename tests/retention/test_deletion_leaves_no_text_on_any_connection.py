"""A deletion leaves no text in the vault file even on a connection that does not zero
freed cells itself (secure_delete off): the settling after it then rebuilds the file,
as the compaction after an ordinary deletion run does; with secure_delete on it only
truncates the WAL. Pages are read back with the data key by an independent reader."""

from __future__ import annotations

from ssa_desktop.domain.entities import Partner
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.connection import checkpoint
from tests.support.sqlcipher_pages import pages_holding

WORD = "Holunderblütensirup"


def _partner_deleted(conn) -> None:
    repo.PARTNERS.insert(conn, Partner("Beratungsstelle Nord", note=WORD, id="partner-x"))
    checkpoint(conn)
    conn.execute("DELETE FROM partner WHERE id = 'partner-x'")


def test_without_secure_delete_the_settling_rebuilds_the_file_so_no_text_stays(open_vault):
    conn, key, path = open_vault.conn, bytes(open_vault.data_key), open_vault.vault.db_path
    conn.execute("PRAGMA secure_delete = OFF")
    try:
        _partner_deleted(conn)
        checkpoint(conn)
        # without secure_delete the deleted cell's bytes are still on its page
        assert pages_holding(path, key, [WORD])
        assert svc.settle_after(conn) is True
        assert pages_holding(path, key, [WORD]) == []
        assert not path.with_name(path.name + "-wal").exists() or \
            path.with_name(path.name + "-wal").stat().st_size == 0
    finally:
        conn.execute("PRAGMA secure_delete = ON")


def test_with_secure_delete_the_settling_only_empties_the_wal(open_vault):
    conn, key, path = open_vault.conn, bytes(open_vault.data_key), open_vault.vault.db_path
    _partner_deleted(conn)
    pages_before = conn.execute("PRAGMA page_count").fetchone()[0]
    assert svc.settle_after(conn) is True
    assert pages_holding(path, key, [WORD]) == []
    # no rebuild: the file keeps its pages (a VACUUM would give the freed ones back)
    assert conn.execute("PRAGMA page_count").fetchone()[0] == pages_before
