"""Issue 21 item 2: the GUI's unlock checks header, key, truncation and schema before the
first read and leaves the full page check (every HMAC) to a worker while the main window
is built. A damaged page must still refuse the vault before anything is written: the
session is read-only until the check has passed, every write waits for it, and a failed
check locks the vault with the German message and leaves the files byte-identical.
"""

from __future__ import annotations

import pytest
import sqlcipher3

from ssa_desktop.domain.entities import Person
from ssa_desktop.services.operations import DataKind, writes
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.errors import CorruptDatabase
from ssa_desktop.storage.vault import DB_NAME, Vault
from ssa_desktop.ui.context import AppContext
from tests.conftest import PASSPHRASE
from tests.storage.helpers import flip_bytes, snapshot


def _damage_a_page_not_read_at_open(folder) -> None:
    db = folder / DB_NAME
    flip_bytes(db, db.stat().st_size - 2000)  # inside the last page (person rows)


def test_a_deferred_unlock_is_read_only_until_the_check_passes(locked_vault):
    session = Vault(locked_vault).unlock(PASSPHRASE, defer_integrity=True)
    try:
        assert session.integrity_pending
        with pytest.raises(sqlcipher3.OperationalError):
            repo.PERSONS.insert(session.conn, Person("K-neu", first_name="Ada"))
        session.verify_integrity()
        assert not session.integrity_pending
        session.wait_writable()
        repo.PERSONS.insert(session.conn, Person("K-neu", first_name="Ada"))
    finally:
        session.lock()
    again = Vault(locked_vault).unlock(PASSPHRASE)
    assert again.conn.execute("SELECT count(*) FROM person WHERE pseudonym = 'K-neu'"
                              ).fetchone()[0] == 1
    again.lock()


def test_the_cli_unlock_still_checks_every_page_first(locked_vault):
    _damage_a_page_not_read_at_open(locked_vault)
    before = snapshot(locked_vault)
    with pytest.raises(CorruptDatabase):
        Vault(locked_vault).unlock(PASSPHRASE)
    assert snapshot(locked_vault) == before


def test_a_damaged_page_found_by_the_deferred_check_changes_nothing(locked_vault):
    _damage_a_page_not_read_at_open(locked_vault)
    before = snapshot(locked_vault)
    session = Vault(locked_vault).unlock(PASSPHRASE, defer_integrity=True)
    assert session.integrity_pending  # opened: the damaged page was not read
    with pytest.raises(CorruptDatabase) as err:
        session.verify_integrity()
    assert "beschädigt" in str(err.value)
    with pytest.raises(CorruptDatabase):
        session.wait_writable()
    with pytest.raises(CorruptDatabase):
        session.new_connection(for_writing=True)
    session.lock()
    assert snapshot(locked_vault) == before


def test_a_crash_left_wal_or_a_due_migration_is_never_deferred(locked_vault, monkeypatch):
    from ssa_desktop.storage import migrations

    latest = migrations.latest_version()
    monkeypatch.setattr(migrations, "latest_version", lambda: latest + 1)
    session = Vault(locked_vault).unlock(PASSPHRASE, defer_integrity=True)
    try:
        assert not session.integrity_pending  # checked in full (a migration would write)
    finally:
        session.lock()


def test_the_gui_holds_writes_until_the_check_passes(qtbot, locked_vault):
    session = Vault(locked_vault).unlock(PASSPHRASE, defer_integrity=True)
    ctx = AppContext(locked_vault)
    ctx.set_session(session)

    @writes(DataKind.PERSONS)
    def add(conn):
        repo.PERSONS.insert(conn, Person("K-gui", first_name="Ada"))

    ctx.apply(add)  # waits for the page check, then writes
    assert not session.integrity_pending
    assert ctx.conn.execute("SELECT count(*) FROM person WHERE pseudonym = 'K-gui'"
                            ).fetchone()[0] == 1
    ctx.lock()


def test_the_gui_locks_a_damaged_vault_and_says_so(qtbot, locked_vault):
    _damage_a_page_not_read_at_open(locked_vault)
    before = snapshot(locked_vault)
    session = Vault(locked_vault).unlock(PASSPHRASE, defer_integrity=True)
    ctx = AppContext(locked_vault)
    with qtbot.waitSignal(ctx.vault_damaged, timeout=10000) as blocker:
        ctx.set_session(session)
    assert "beschädigt" in blocker.args[0]
    assert not ctx.is_unlocked
    assert snapshot(locked_vault) == before
