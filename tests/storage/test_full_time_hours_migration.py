"""Issue 20 item 5: one full-time-hours option. ``post.full_time_hours`` is the one;
a vault that stored the old ``timeshare.full_time_hours`` keeps its value through the
migration "i20_one_full_time_hours" (real vault: the old value is written, the vault is
set back to the schema before the migration, locked and unlocked again)."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import options
from ssa_desktop.domain.entities import Post
from ssa_desktop.services import settings, setup, timeshare
from ssa_desktop.storage import migrations
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE


def _version_of(name: str) -> int:
    return next(v for v, n, _ in migrations.available() if n == name)


def _reopen_from_before_the_migration(session, vault_dir, stored: dict[str, str],
                                      zero_hours_post: bool = False):
    conn = session.conn
    conn.execute("DELETE FROM setting WHERE key LIKE '%full_time_hours'")
    for key, value in stored.items():
        conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (key, value))
    repo.POSTS.insert(conn, Post("Stelle Nord", full_time_hours=38.5, id="post-1"))
    if zero_hours_post:  # an old row without hours of its own (read with the fallback)
        repo.POSTS.insert(conn, Post("Stelle Alt", id="post-0"))
        conn.execute("UPDATE post SET full_time_hours = 0 WHERE id = 'post-0'")
    conn.execute(f"PRAGMA user_version = {_version_of('i20_one_full_time_hours') - 1}")
    conn.execute("DROP TABLE migration_ledger")  # a vault of that day had none
    session.lock()
    return Vault(vault_dir).unlock(PASSPHRASE)


def test_only_one_full_time_hours_option_is_declared():
    assert options.get_option("post.full_time_hours") is setup.FULL_TIME_HOURS
    with pytest.raises(KeyError):
        options.get_option("timeshare.full_time_hours")
    assert timeshare.FULL_TIME_HOURS is setup.FULL_TIME_HOURS


def test_the_old_timeshare_value_becomes_the_post_option(open_vault, vault_dir):
    session = _reopen_from_before_the_migration(
        open_vault, vault_dir, {"timeshare.full_time_hours": "40.0"}, zero_hours_post=True)
    try:
        conn = session.conn
        assert settings.get(conn, setup.FULL_TIME_HOURS) == 40.0
        assert repo.get_setting(conn, "timeshare.full_time_hours", "") == ""
        assert setup.new_post(conn, "Neu").full_time_hours == 40.0
        # a post's own hours stay; a post without hours gets what the fallback gave it
        assert repo.POSTS.get(conn, "post-1").full_time_hours == 38.5
        assert repo.POSTS.get(conn, "post-0").full_time_hours == 40.0
    finally:
        session.lock()


def test_a_stored_post_option_wins_over_the_old_one(open_vault, vault_dir):
    session = _reopen_from_before_the_migration(
        open_vault, vault_dir, {"timeshare.full_time_hours": "40.0",
                                "post.full_time_hours": "39.5"})
    try:
        assert settings.get(session.conn, setup.FULL_TIME_HOURS) == 39.5
        assert repo.get_setting(session.conn, "timeshare.full_time_hours", "") == ""
    finally:
        session.lock()


@pytest.mark.parametrize("stored", [{}, {"post.full_time_hours": "38.0"}])
def test_without_the_old_value_nothing_changes(open_vault, vault_dir, stored):
    session = _reopen_from_before_the_migration(open_vault, vault_dir, stored)
    try:
        expected = float(stored.get("post.full_time_hours", 39.0))
        assert settings.get(session.conn, setup.FULL_TIME_HOURS) == expected
        assert repo.POSTS.get(session.conn, "post-1").full_time_hours == 38.5
    finally:
        session.lock()


def test_an_export_of_an_older_vault_imports_into_the_one_option(open_vault):
    """A JSON export made before the migration still carries the old key."""
    from ssa_desktop.services import interchange, interchange_import
    from tests.support.vaults import fresh_vault

    doc = interchange.export_document(open_vault.conn)
    doc["settings"] = {"timeshare.full_time_hours": "40.0"}
    with fresh_vault() as target:
        target.conn.execute("DELETE FROM school")
        interchange_import.import_document(target.conn, doc)
        assert settings.get(target.conn, setup.FULL_TIME_HOURS) == 40.0
        assert repo.get_setting(target.conn, "timeshare.full_time_hours", "") == ""
