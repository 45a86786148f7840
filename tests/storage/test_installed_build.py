"""An update that replaces the program's files while she works (MSI, setup) never mixes
versions: the migrations are read once per process, and an unlock after the installed
build changed refuses with a German sentence asking for a restart (docs/windows.md)."""

from __future__ import annotations

import shutil
import sys

import pytest

from ssa_desktop.storage import installed_build, migrations
from ssa_desktop.storage.errors import ProgramUpdated
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def test_the_migrations_are_read_once_per_process(tmp_path, monkeypatch):
    """The issue's simulation: the new release's files appear in the program folder while
    the old program runs; its schema stays the one it started with."""
    before = migrations.available()
    swapped = tmp_path / "migrations"
    shutil.copytree(migrations.resources.files(migrations), swapped,
                    ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    (swapped / f"{before[-1][0] + 1:04d}_from_the_update.sql").write_text(
        "CREATE TABLE from_the_update (x);\n", encoding="utf-8")
    monkeypatch.setattr(migrations.resources, "files", lambda _name: swapped)
    assert migrations.available() == before
    assert migrations.latest_version() == before[-1][0]
    for sql in swapped.glob("0003_*.sql"):
        sql.unlink()
    assert migrations.shipped()[-1].version == before[-1][0]


@pytest.fixture
def fresh_start(monkeypatch, tmp_path):
    """A frozen program (``sys.executable`` a file of the installed folder) that takes its
    build id now, as ``launch.run`` does at the start."""
    exe = tmp_path / "Programme" / "ssa-desktop.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"MZ release 0.3.0")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(installed_build, "_started", None)
    installed_build.remember_start()
    return exe


def test_an_unlock_after_an_update_refuses_and_asks_for_a_restart(vault_dir, fresh_start):
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    session.lock()
    Vault(vault_dir).unlock(PASSPHRASE).lock()       # the same build: opens
    fresh_start.write_bytes(b"MZ release 0.4.0 with more")   # the MSI replaced it
    with pytest.raises(ProgramUpdated) as err:
        Vault(vault_dir).unlock(PASSPHRASE)
    assert "neu" in str(err.value) and "nicht verändert" in str(err.value)
    with pytest.raises(ProgramUpdated):
        Vault(vault_dir).unlock_with_emergency_key("0" * 64)


def test_a_file_missing_mid_update_counts_as_changed(fresh_start):
    assert not installed_build.changed_since_start()
    fresh_start.unlink()
    assert installed_build.changed_since_start()


def test_the_build_id_watches_the_migrations_folder_and_its_files():
    paths = installed_build.watched_paths()
    folder = installed_build.Path(str(migrations.resources.files(migrations)))
    assert folder in paths
    assert folder / "ledger.txt" in paths
    assert any(p.name == "0001_initial.sql" or p.name.startswith("0001_") for p in paths)


def test_the_bytecode_cache_of_a_first_import_is_not_an_update(tmp_path):
    """A source install's first run writes ``__pycache__`` into the migrations folder when
    a module of it is first imported; on CI's fresh clone every later unlock of a test
    worker was refused as „aktualisiert“. The cache is not part of the build; a new
    migration is."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_initial.sql").write_text("CREATE TABLE t (x);\n", encoding="utf-8")
    before = installed_build.build_id([folder])
    (folder / "__pycache__").mkdir()
    (folder / "__pycache__" / "ledger.cpython-311.pyc").write_bytes(b"\0")
    (folder / "stray.pyc").write_bytes(b"\0")
    assert installed_build.build_id([folder]) == before
    (folder / "0002_new.sql").write_text("", encoding="utf-8")
    assert installed_build.build_id([folder]) != before
