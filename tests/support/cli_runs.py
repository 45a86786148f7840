"""The command line as she runs it, for tests: ``cli.main`` with its output captured and
never a traceback; a vault folder locked with its passphrase in the environment."""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from pathlib import Path

from ssa_desktop import cli
from ssa_desktop.domain import clock
from tests.support.vaults import PASSPHRASE


def run_cli(capsys, *argv, at: date | datetime | None = None) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``ssa-desktop argv`` (on the day ``at`` when
    given); a traceback in either stream fails the test."""
    frozen = clock.frozen(at) if at is not None else contextlib.nullcontext()
    with frozen:
        code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def locked_with_passphrase(open_vault, monkeypatch) -> Path:
    """The folder of ``open_vault``, locked, its passphrase in ``SSA_PASSPHRASE``."""
    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    return folder
