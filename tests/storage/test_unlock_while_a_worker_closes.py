"""Unlocking while a worker of the session just locked still holds a connection (issue 31.16).

A lock closes the session's own connection at once; a worker on the quiet lane (daily
backup, "Tresor prüfen", index upkeep) closes its own a moment later. Its last close
checkpoints the WAL and removes it. An unlock in that moment saw a WAL, went to probe it
on a copy and found it gone: ``FileNotFoundError`` instead of an open vault (it failed
the form-draft tests under load, and it could fail her unlock right after Strg+L)."""

from __future__ import annotations

from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import inspection
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def test_unlock_opens_when_the_wal_is_checkpointed_during_the_probe(vault_dir, monkeypatch):
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    worker = session.new_connection(for_writing=True)
    session.lock()
    repo.PERSONS.insert(worker, Person("K-1", first_name="Elif"))  # the worker's WAL
    assert inspection.has_wal(vault_dir / "vault.ssadb")
    seen = inspection.has_wal

    def worker_ends_now(db_path):
        present = seen(db_path)
        worker.close()  # the last connection: SQLite checkpoints and removes the WAL
        return present

    monkeypatch.setattr("ssa_desktop.storage.vault.has_wal", worker_ends_now)
    again = Vault(vault_dir).unlock(PASSPHRASE)
    try:
        assert [p.first_name for p in repo.PERSONS.all(again.conn)] == ["Elif"]
    finally:
        again.lock()
