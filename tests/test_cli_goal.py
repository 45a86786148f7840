"""``ssa-desktop goal add|rate|list`` on a real vault: the same services as the program,
German refusals with exit 1, nothing written on a refusal."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.entities import Case
from ssa_desktop.services import persons
from ssa_desktop.storage import goals_repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli_runs import run_cli


@pytest.fixture
def vault_with_case(open_vault, pupil, monkeypatch):
    case = persons.save_case(open_vault.conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    return folder, case.id


def test_add_rate_and_list(vault_with_case, capsys):
    folder, case_id = vault_with_case
    code, out, err = run_cli(capsys, "goal", "add", "--vault", str(folder), "--case", case_id,
                             "--text", "Jeden Tag in die Schule", "--scale", "gas",
                             "--anchor", "fehlt oft", "--words", "Ich will hin",
                             "--date", "2025-09-15")
    assert code == 0 and "Traceback" not in err
    goal_id = out.strip().rsplit(" ", 1)[-1]
    # the day before the goal's start (its baseline's day) is refused, in German
    code, _out, err = run_cli(capsys, "goal", "rate", "--vault", str(folder), "--goal", goal_id,
                              "--level", "0", "--date", "2025-09-14")
    assert code == 1 and "Traceback" not in err
    assert "Der 14.09.2025 liegt vor dem Ausgangswert vom 15.09.2025" in err
    code, out, _err = run_cli(capsys, "goal", "rate", "--vault", str(folder), "--goal", goal_id,
                              "--level", "0", "--date", "2025-10-06")
    assert (code, out.strip()) == (0, "Eingeschätzt am 06.10.2025: Stufe 0")
    code, out, _err = run_cli(capsys, "goal", "list", "--vault", str(folder), "--case", case_id)
    assert code == 0
    assert out.strip() == (f"{goal_id}  Jeden Tag in die Schule  [Zielerreichungsskala (−2 bis +2)]"
                           "  Ausgangswert -2, 1 Einschätzung(en), Veränderung +2, erreicht")


def test_a_level_off_the_scale_is_refused_in_german_and_nothing_is_written(vault_with_case, capsys):
    folder, case_id = vault_with_case
    code, out, _ = run_cli(capsys, "goal", "add", "--vault", str(folder), "--case", case_id,
                           "--text", "Im Unterricht sprechen")
    goal_id = out.strip().rsplit(" ", 1)[-1]
    code, _out, err = run_cli(capsys, "goal", "rate", "--vault", str(folder), "--goal", goal_id,
                              "--level", "7")
    assert code == 1 and "Stufe der Skala" in err and "Traceback" not in err
    code, _out, err = run_cli(capsys, "goal", "add", "--vault", str(folder), "--case", case_id)
    assert code != 0 and "--text" in err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert goals_repo.GOAL_RATINGS.all(session.conn) == []
    finally:
        session.lock()
