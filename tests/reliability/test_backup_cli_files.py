"""Issue 7 item 17 and issue 8: ``backup --out`` with a missing folder, two backups on one
day, an existing target file, and errors that never name a temporary file."""

from __future__ import annotations

import errno

import pytest

from ssa_desktop import cli
from ssa_desktop.storage import backup as backup_mod
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def vault(vault_dir, monkeypatch):
    Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)[0].lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    return vault_dir


def run(vault, out, capsys):
    code = cli.main(["backup", "--vault", str(vault), "--out", out])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_out_with_a_missing_folder_creates_the_folder(vault, tmp_path, capsys):
    code, out, err = run(vault, f"{tmp_path}/neuer-ordner/", capsys)
    assert code == 0, err
    folder = tmp_path / "neuer-ordner"
    assert folder.is_dir()
    files = list(folder.iterdir())
    assert len(files) == 1 and files[0].name.startswith("ssa-sicherung-")
    assert files[0].suffix == ".ssabak"


def test_two_backups_on_one_day_keep_both_files(vault, tmp_path, capsys):
    folder = tmp_path / "sicherungen"
    folder.mkdir()
    assert run(vault, str(folder), capsys)[0] == 0
    first = next(folder.iterdir())
    content = first.read_bytes()
    code, out, _ = run(vault, str(folder), capsys)
    assert code == 0
    second = [p.name for p in folder.iterdir() if p != first]
    assert len(second) == 1 and second[0] == first.name.replace(".ssabak", "-2.ssabak")
    assert first.read_bytes() == content
    assert second[0] in out


def test_an_existing_file_is_not_overwritten_without_asking(vault, tmp_path, capsys):
    target = tmp_path / "fest.ssabak"
    target.write_bytes(b"erste Sicherung")
    code, _, err = run(vault, str(target), capsys)
    assert code == 1 and "gibt es bereits" in err
    assert target.read_bytes() == b"erste Sicherung"


def test_a_failed_write_names_the_target_not_the_temp_file(vault, tmp_path, capsys, monkeypatch):
    def broken(path):
        raise OSError(errno.EIO, "Input/output error", str(path))

    monkeypatch.setattr(backup_mod, "fsync_file", broken)
    code, _, err = run(vault, str(tmp_path / "x.ssabak"), capsys)
    assert code == 1
    assert "x.ssabak konnte nicht geschrieben werden" in err
    assert ".partial" not in err and "Unerwarteter" not in err
    assert list(tmp_path.glob("*.ssabak")) == [] and list(tmp_path.glob(".*")) == []
