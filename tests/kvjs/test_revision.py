"""Issue 60, finding 3 (rest): each KVJS export carries its revision — the vault's count
of exports of that scope and year — so a corrected re-export outranks the original in the
Träger kit independent of file name and time (docs/statistics.md, "Revision"). A vault
from before the counter (no count kept) starts at 1."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.services import statistics as stats
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli_runs import locked_with_passphrase, run_cli

from . import fixture


@pytest.fixture
def vault(open_vault, monkeypatch):
    fixture.build(open_vault.conn)
    return locked_with_passphrase(open_vault, monkeypatch)


def _export(capsys, vault, out, scope=("--school", "GMS-1")) -> dict:
    code, _, err = run_cli(capsys, "kvjs", "--vault", vault, "--year", "2025/26", *scope,
                           "--format", "json", "--out", out, "--force", at=date(2026, 10, 5))
    assert code == 0, err
    return json.loads(out.read_text("utf-8"))


def test_each_export_of_a_scope_counts_one_revision_up(capsys, tmp_path, vault):
    assert _export(capsys, vault, tmp_path / "a.json")["revision"] == 1
    assert _export(capsys, vault, tmp_path / "b.json")["revision"] == 2
    # another scope counts by itself
    assert _export(capsys, vault, tmp_path / "rs.json", ("--school", "RS-2"))["revision"] == 1
    assert _export(capsys, vault, tmp_path / "c.json")["revision"] == 3


def test_writing_all_four_files_counts_one_export(tmp_path, vault):
    session = Vault(vault).unlock(PASSPHRASE)
    try:
        [school] = [s for s in stats.scopes(session.conn, 2025, soll=False)
                    if s.code == "GMS-1"]
        stats.export_all(session.conn, 2025, school.scope, tmp_path / "eins")
        stats.export_all(session.conn, 2025, school.scope, tmp_path / "zwei")
    finally:
        session.lock()
    first = json.loads(next((tmp_path / "eins").glob("*.json")).read_text("utf-8"))
    second = json.loads(next((tmp_path / "zwei").glob("*.json")).read_text("utf-8"))
    assert (first["revision"], second["revision"]) == (1, 2)
