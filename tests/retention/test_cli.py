"""``ssa-desktop retention``: dry run without names, apply with log lines, exit codes."""

from __future__ import annotations

from datetime import date

from ssa_desktop.storage import repositories as repo
from tests.conftest import PASSPHRASE
from tests.retention.fixtures import full_person
from tests.support.cli_runs import run_cli

_run = run_cli


def _vault_with_one_due(open_vault):
    fx = full_person(open_vault.conn, 1, leaving=date(2026, 7, 31))
    folder = open_vault.vault.folder
    open_vault.lock()
    return folder, fx


def test_dry_run_lists_due_items_without_names_and_exits_3(open_vault, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder, fx = _vault_with_one_due(open_vault)
    code, out, _ = _run(capsys, "retention", "--vault", folder, "--today", "2026-09-01",
                        "--dry-run")
    assert code == 3
    assert (f"R2   Person mit Falldokumentation: {fx.person.id}  – fällig seit 31.07.2026 "
            "nach R2: Abgang + 0 Monate") in out
    assert [w for w in fx.words if w in out] == []
    code, out, _ = _run(capsys, "retention", "--vault", folder, "--today", "2026-09-01",
                        "--dry-run", "--show-names")
    assert fx.words[2] in out and f"({fx.words[0]} {fx.words[1]})" in out
    code, out, _ = _run(capsys, "retention", "--vault", folder, "--today", "2026-07-30",
                        "--dry-run")
    assert code == 0 and out.strip().endswith("0 fällig zum 30.07.2026.")


def test_apply_deletes_and_prints_the_log_without_names(open_vault, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder, fx = _vault_with_one_due(open_vault)
    code, out, _ = _run(capsys, "retention", "--vault", folder, "--apply")
    assert code == 0
    assert fx.person.id in out and "Prüfung: 0 Zeilen verblieben; WAL geleert" in out
    assert "in keiner Sicherung" in out   # no backup in the vault's folder holds the data
    assert [w for w in fx.words if w in out] == []
    from ssa_desktop.storage.vault import Vault

    with Vault(folder).unlock(PASSPHRASE) as session:
        assert repo.PERSONS.get(session.conn, fx.person.id) is None


def test_usage_errors(open_vault, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder, _ = _vault_with_one_due(open_vault)
    assert _run(capsys, "retention", "--vault", folder)[0] == 2
    code, _, err = _run(capsys, "retention", "--vault", folder, "--dry-run", "--today", "morgen")
    assert code == 2 and "JJJJ-MM-TT" in err
    code, _, err = _run(capsys, "retention", "--vault", folder, "--apply", "--today", "2999-01-01")
    assert code == 2 and "Zukunft" in err


def test_dry_run_lists_review_items_with_the_random_id(open_vault, capsys, monkeypatch):
    """Issue 17: the dormant person (R14) is listed too, by random id, without names."""
    from ssa_desktop.domain.entities import Person

    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    quiet = repo.PERSONS.insert(open_vault.conn, Person(
        "R-9", first_name="Ruth", last_name="Stillmann", school_id="school-1", grade=6,
        created="2024-09-01 09:00:00"))
    folder = open_vault.vault.folder
    open_vault.lock()
    code, out, _ = _run(capsys, "retention", "--vault", folder, "--today", "2026-09-01",
                        "--dry-run")
    assert code == 0
    assert (f"R14  Person mit Falldokumentation: {quiet.id}  – keine Aktivität, kein Termin "
            "und kein offenes § 8a-Verfahren seit 01.09.2024") in out
    assert "[Prüfung fällig (ruhend)]" in out and "Stillmann" not in out and "R-9" not in out
    assert out.strip().endswith("0 fällig zum 01.09.2026; 1 zur Prüfung.")
