"""Files of a newer SSA Desktop are reported as such, never as damaged (docs/architecture.md,
„Formatversionen“): the key file, a backup and an interchange file carry a format version
that is read first; a version beyond what this build knows is „neuere Version“, the
files stay byte-identical. (A handover package of a newer version: tests/handover/
test_damaged_packages.py.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import ssa_desktop
from ssa_desktop import cli
from ssa_desktop.storage.errors import KeyFileNewer
from ssa_desktop.storage.keyfile import KeyFile
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _files(folder: Path) -> dict[str, bytes]:
    """The vault's files (not its lock file, which names the program holding it)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and p.name.startswith(("vault.key", "vault.ssadb"))}


@pytest.fixture
def vault(vault_dir):
    Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)[0].lock()
    return vault_dir


def _future_key_file(folder: Path) -> None:
    """Version 3 of a key file as a later build might write it: other fields, another
    checksum rule; only format and version are where they are today."""
    doc = json.loads((folder / "vault.key").read_text("utf-8"))
    future = {"format": doc["format"], "version": 3, "vault_uuid": doc["vault_uuid"],
              "kdf": {"name": "argon2id-2", "lanes": 4}, "sealed": "bm90IHlldA==",
              "checksum": "sha3:0000"}
    (folder / "vault.key").write_text(json.dumps(future), "utf-8")


def test_a_key_file_of_a_newer_version_is_newer_not_damaged(vault):
    _future_key_file(vault)
    before = _files(vault)
    with pytest.raises(KeyFileNewer, match="neueren Version") as raised:
        Vault(vault).unlock(PASSPHRASE)
    assert "beschädigt" not in str(raised.value) and "Notfallschlüssel" not in str(raised.value)
    assert _files(vault) == before


def test_cli_info_with_a_newer_key_file_says_newer(vault, capsys, monkeypatch):
    _future_key_file(vault)
    before = _files(vault)
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert cli.main(["info", "--vault", str(vault)]) == 1
    err = capsys.readouterr().err
    assert "neueren Version" in err and "beschädigt" not in err
    assert _files(vault) == before


@pytest.mark.parametrize("version", [0, "3", None, 2.5])
def test_a_key_file_with_a_version_that_is_no_version_is_damaged(vault, version):
    doc = json.loads((vault / "vault.key").read_text("utf-8"))
    doc["version"] = version
    (vault / "vault.key").write_text(json.dumps(doc), "utf-8")
    with pytest.raises(Exception, match="beschädigt"):
        KeyFile.load(vault / "vault.key")


def test_restoring_a_backup_of_a_newer_version_says_the_backup_is_newer(vault, tmp_path, capsys,
                                                                         monkeypatch):
    """A backup's format version is its schema version, read before anything else of it."""
    from ssa_desktop.services import vault_admin
    from ssa_desktop.storage.connection import connect

    with Vault(vault).unlock(PASSPHRASE) as session:
        backup = vault_admin.backup_vault(session, tmp_path / "sicherungen" / "")
        conn = connect(backup, session.data_key)
        conn.execute("PRAGMA user_version = 999")  # as a newer SSA Desktop writes it
        conn.close()
    before = _files(vault)
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert cli.main(["restore", "--vault", str(vault), str(backup)]) == 1
    err = capsys.readouterr().err
    assert "Sicherung" in err and "neueren Version" in err
    assert "Stand 999 (zuletzt geschrieben von SSA Desktop " in err
    assert f"kennt Stände bis {ssa_desktop.SCHEMA}" in err
    assert "Dieser Tresor" not in err and "beschädigt" not in err
    assert _files(vault) == before


def test_an_interchange_file_of_a_newer_format_is_newer(vault, tmp_path, capsys, monkeypatch):
    """Format 4, as a later build might write it: other sections; read by its header."""
    future = tmp_path / "austausch.json"
    future.write_text(json.dumps({"format": "ssa-desktop-interchange", "version": 4,
                                  "schema_version": 30, "records": {"person": []}}), "utf-8")
    before = _files(vault)
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert cli.main(["import-json", "--vault", str(vault), str(future)]) != 0
    err = capsys.readouterr().err
    assert "neueren Version" in err and "Formatversion 4" in err
    assert "unbekannt" not in err and "nicht unterstützt" not in err
    assert _files(vault) == before
