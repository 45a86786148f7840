"""Migration 0023 ``group_member`` on a real old vault (the schema-2 fixture made by the
historical code, brought to the schema before it by the shipped migrations): the unlock
adds the table, ``check`` finds nothing, and a membership of the old vault's person in its
old group goes with the person (FK cascade) and leaves its tombstone."""

from __future__ import annotations

from datetime import date

from ssa_desktop.services import group_members, vault_admin
from ssa_desktop.storage import migrations
from ssa_desktop.storage.vault import Vault
from tests.storage.test_true_migrations import _old_vault

BEFORE = next(m.version for m in migrations.shipped() if m.name == "group_members") - 1


def test_an_old_vault_gets_memberships_that_go_with_the_person(tmp_path, frozen_clock):
    folder, info = _old_vault(tmp_path, BEFORE)
    session = Vault(folder).unlock(info["passphrase"])
    try:
        conn = session.conn
        assert session.schema_version() == migrations.latest_version()
        assert vault_admin.check_vault(session) == []
        [group_id] = [r[0] for r in conn.execute("SELECT id FROM group_activity")]
        member = group_members.add_member(conn, group_id, "fixture-person-1", date(2025, 9, 1))
        assert [m.person.id for m in group_members.members(conn, group_id)] == [
            "fixture-person-1"]
        conn.execute("DELETE FROM person WHERE id = 'fixture-person-1'")
        assert group_members.members(conn, group_id) == []
        assert conn.execute("SELECT category FROM tombstone WHERE record_id = ?",
                            (member.id,)).fetchall() == [("group_member",)]
        assert vault_admin.check_vault(session) == []
    finally:
        session.lock()
