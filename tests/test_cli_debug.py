"""How a command ends on what it did not expect: with SSA_DEBUG=1 an unexpected error is
raised as it is (the traceback for whoever asked for it) instead of the German sentence
without details; Ctrl-C ends it with 130 and "abgebrochen"."""

from __future__ import annotations

import pytest

from ssa_desktop import cli
from tests.conftest import PASSPHRASE


def test_with_ssa_debug_an_unexpected_error_is_raised(open_vault, capsys, monkeypatch):
    from ssa_desktop.services import vault_admin

    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)

    def boom(session):
        raise RuntimeError("kaputt")

    monkeypatch.setattr(vault_admin, "vault_info", boom)
    monkeypatch.setenv("SSA_DEBUG", "1")
    with pytest.raises(RuntimeError, match="^kaputt$"):
        cli.main(["info", "--vault", str(folder)])
    assert "Unerwarteter Fehler" not in capsys.readouterr().err


def test_ctrl_c_ends_a_command_with_130_and_one_german_word(open_vault, capsys, monkeypatch):
    from ssa_desktop.services import vault_admin

    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)

    def interrupted(session):
        raise KeyboardInterrupt

    monkeypatch.setattr(vault_admin, "vault_info", interrupted)
    assert cli.main(["info", "--vault", str(folder)]) == 130
    assert capsys.readouterr().err == "\nssa-desktop: abgebrochen.\n"
