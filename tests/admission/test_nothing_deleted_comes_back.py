"""What a deletion removed stays removed on every way in (docs/datenschutz.md, "Was
hereinkommt"): the real retention run at 2031-09-01 on a demo vault, then ``import-json``
of the export taken before it, counted table by table; ``check`` names a deleted row that
an older build let back in."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.demo import create_demo_vault
from ssa_desktop.domain import clock
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import annual_report
from ssa_desktop.storage.vault import Vault
from tests.support.cli_runs import run_cli
from tests.support.vaults import FAST_KDF, PASSPHRASE

BEFORE = date(2026, 3, 12)
AFTER = date(2031, 9, 1)
# the kinds of rows that came back before the admission rule (each with a tombstone now)
KINDS = ("time_entry", "absence", "time_session", "annual_report_text", "deletion_log")


def _counts(folder) -> dict[str, int]:
    with Vault(folder).unlock(PASSPHRASE) as session:
        return {t: session.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                for t in (*KINDS, "person", "contact")} | {
            "sick": session.conn.execute(
                "SELECT count(*) FROM absence WHERE kind = 'sick'").fetchone()[0]}


@pytest.fixture
def deleted_after_export(tmp_path, monkeypatch, capsys):
    """A demo vault (with annual-report texts) exported, then the retention run of
    2031-09-01 applied: (folder, export, counts before, counts after the run)."""
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "tresor"
    session = create_demo_vault(folder, PASSPHRASE, years=2, params=FAST_KDF, today=BEFORE)
    school = session.conn.execute("SELECT id FROM school ORDER BY id").fetchone()[0]
    with clock.frozen(BEFORE):
        annual_report.save_texts(session.conn, school, SchoolYear(2024),
                                 {"intro": "Ein Jahr mit Frau K.", "focus": "Streit in 7b"})
    session.lock()
    before = _counts(folder)
    export = tmp_path / "vorher.json"
    assert run_cli(capsys, "export-json", "--vault", folder, "--out", export, at=BEFORE)[0] == 0
    assert run_cli(capsys, "retention", "--vault", folder, "--apply", at=AFTER)[0] == 0
    return folder, export, before, _counts(folder)


def test_import_json_of_an_earlier_export_brings_back_nothing_deleted(deleted_after_export, capsys):
    folder, export, before, after = deleted_after_export
    # the run deleted every one of these (the numbers of the demo vault, by hand)
    assert before == {"time_entry": 1479, "absence": 8, "time_session": 8,
                      "annual_report_text": 4, "deletion_log": 9, "person": 116,
                      "contact": 685, "sick": 2}
    assert {k: after[k] for k in ("time_entry", "absence", "time_session",
                                  "annual_report_text", "sick")} == {
        "time_entry": 0, "absence": 0, "time_session": 0, "annual_report_text": 0, "sick": 0}
    code, out, _ = run_cli(capsys, "import-json", "--vault", folder, export, at=AFTER)
    assert code == 0
    assert "0 neu eingelesen" in out
    assert _counts(folder) == after


def test_check_names_a_deleted_row_that_came_back(deleted_after_export, capsys):
    """A vault an older build let the rows back into: ``check`` names each kind."""
    folder, export, _before, _after = deleted_after_export
    with Vault(folder).unlock(PASSPHRASE) as session:
        session.conn.execute(
            "INSERT INTO time_entry (id, day, category, minutes, note) VALUES"
            " ('t-back', '2026-02-03', 'admin', 30, 'Telefonat Frau K.')")
        session.conn.execute(
            "INSERT INTO annual_report_text (school_id, school_year, section, text, updated)"
            " SELECT id, 2024, 'intro', 'Ein Jahr mit Frau K.', '2026-03-12' FROM school"
            " ORDER BY id LIMIT 1")
    code, _out, err = run_cli(capsys, "check", "--vault", folder, at=AFTER)
    assert code == 1
    assert "time_entry t-back: gelöscht (Grabstein „2026-02“), wieder vorhanden" in err
    assert "annual_report_text" in err and "gelöscht (Grabstein" in err


def test_restore_of_a_backup_taken_before_brings_back_nothing_deleted(tmp_path, monkeypatch,
                                                                     capsys):
    """The backup of 2026 restored after the run of 2031: its tombstones delete again what
    the run deleted, the pruned entries of the deletion log too."""
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "tresor"
    create_demo_vault(folder, PASSPHRASE, years=2, params=FAST_KDF, today=BEFORE).lock()
    backup = tmp_path / "vorher.ssabak"
    assert run_cli(capsys, "backup", "--vault", folder, "--out", backup, at=BEFORE)[0] == 0
    earlier = _log_ids(folder)
    assert len(earlier) == 9
    assert run_cli(capsys, "retention", "--vault", folder, "--apply", at=AFTER)[0] == 0
    assert earlier & _log_ids(folder) == set()     # R11 pruned every one of them
    code, _out, err = run_cli(capsys, "restore", "--vault", folder, backup, at=AFTER)
    assert code == 0, err
    counts = _counts(folder)
    assert {k: counts[k] for k in ("time_entry", "absence", "time_session", "sick")} == {
        "time_entry": 0, "absence": 0, "time_session": 0, "sick": 0}
    assert earlier & _log_ids(folder) == set()


def _log_ids(folder) -> set[str]:
    with Vault(folder).unlock(PASSPHRASE) as session:
        return {i for (i,) in session.conn.execute("SELECT id FROM deletion_log")}
