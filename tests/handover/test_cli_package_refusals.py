"""A package step that is refused after the vault was opened: exit 1, its German
sentence, no traceback, and the vault locked again (another program may open it)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from functools import partial

from tests.conftest import PASSPHRASE
from tests.support.cli_runs import run_cli

TODAY = date(2026, 11, 23)


_run = partial(run_cli, at=TODAY)


CLAIM = ("import sys\nfrom ssa_desktop.services.one_writer import VaultInUse, claim_vault\n"
         "try:\n    claim_vault(sys.argv[1]).release()\nexcept VaultInUse:\n    sys.exit(7)\n")


def _opens_again(folder) -> None:
    """The vault is locked again: another program can claim it (a session left open in
    this process would still hold the vault's lock)."""
    child = subprocess.run([sys.executable, "-c", CLAIM, str(folder)], timeout=120)
    assert child.returncode == 0


def test_an_empty_deputy_package_is_refused_and_the_vault_locked(open_vault, tmp_path,
                                                                  capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder = open_vault.vault.folder
    open_vault.lock()
    code, out, err = _run(capsys, "package", "create", "--vault", folder, "--from", "2026-12-05",
                          "--to", "2027-01-08", "--deputy", "Frau Vertretung",
                          "--out", tmp_path)
    assert code == 1
    assert err.startswith("ssa-desktop: Es ist keine Person ausgewählt; ein leeres Paket")
    assert "Traceback" not in err and "Paket geschrieben" not in out
    assert list(tmp_path.glob("*.ssa*")) == []
    _opens_again(folder)


def test_an_unknown_school_is_refused_and_the_vault_locked(open_vault, tmp_path, capsys,
                                                           monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder = open_vault.vault.folder
    open_vault.lock()
    code, _out, err = _run(capsys, "package", "create", "--vault", folder, "--school", "XYZ",
                           "--successor", "Herr Nachfolge", "--out", tmp_path)
    assert code == 1 and err.startswith("ssa-desktop: ") and "XYZ" in err
    assert "Traceback" not in err
    _opens_again(folder)


def test_a_missing_receipt_is_refused_and_the_vault_locked(open_vault, tmp_path, capsys,
                                                           monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder = open_vault.vault.folder
    open_vault.lock()
    code, _out, err = _run(capsys, "package", "receipt", "--vault", folder,
                           tmp_path / "fehlt.ssaq")
    assert code == 1 and err.startswith("ssa-desktop: ") and "Traceback" not in err
    _opens_again(folder)
