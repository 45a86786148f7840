"""ssa-desktop settings: lists every option the Optionen page shows and sets one with the
same validation (one service for both); a refused value exits 1 with the German sentence
and changes nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from ssa_desktop.domain.month_day import MonthDay
from ssa_desktop.services import settings
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli_runs import locked_with_passphrase, run_cli


@pytest.fixture
def vault(open_vault, monkeypatch):
    return locked_with_passphrase(open_vault, monkeypatch)


def run(capsys, *argv) -> tuple[int, str, str]:
    return run_cli(capsys, *argv, at=datetime(2026, 9, 3, 8, 0))


def _stored(folder, option):
    opened = Vault(folder).unlock(PASSPHRASE)
    try:
        return settings.get(opened.conn, option), settings.changes(opened.conn)
    finally:
        opened.lock()


def test_list_shows_every_option_with_its_value(vault, capsys):
    code, out, _ = run(capsys, "settings", "list", "--vault", vault)
    assert code == 0
    lines = out.splitlines()
    assert "kvjs.deadline_landkreis = 07-31  (Frist Statistik je Schule für den Landkreis)" in lines
    assert "kvjs.grant_rate = 16.700,0  (Förderung je Vollzeitstelle und Jahr (€))" in lines
    assert not any(line.startswith("kvjs.template") for line in lines)


def test_set_stores_logs_and_a_typo_changes_nothing(vault, capsys):
    code, out, _ = run(capsys, "settings", "set", "kvjs.deadline_kvjs", "30.09.", "--vault", vault)
    assert code == 0
    assert out.strip() == "kvjs.deadline_kvjs = 09-30 gespeichert (vorher 10-31)."
    code, _, err = run(capsys, "settings", "set", "kvjs.deadline_kvjs", "09-31", "--vault", vault)
    assert code == 1
    assert "„Frist KVJS-Statistik je Stelle“: „09-31“ ist kein Tag im Jahr" in err
    code, _, err = run(capsys, "settings", "set", "kvjs.grant_rate", "-5", "--vault", vault)
    assert code == 1 and "nicht kleiner als 0,0 sein" in err
    value, log = _stored(vault, stats.KVJS_DEADLINE)
    assert value == MonthDay(9, 30)
    assert log == [("kvjs.deadline_kvjs", "10-31", "09-30", "2026-09-03 08:00:00")]
