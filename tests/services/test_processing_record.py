"""The deletion-periods section of the record of processing (Art. 30 DSGVO)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from ssa_desktop.services import backups, processing_record, settings
from ssa_desktop.storage import repositories as repo

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "retention" / "rules.toml"


def test_rules_from_the_table_with_defaults():
    rules = processing_record.rules_from_toml(FIXTURE)
    assert [r.code for r in rules] == [f"R{i}" for i in range(1, 13)]
    by_code = {r.code: r for r in rules}
    assert by_code["R2"].period == "Abgang + 0 Monate; Schulwechsel + 6 Monate"
    assert by_code["R1"].period == "keine Löschfrist: nicht personenbezogen"
    assert by_code["R5"].period.startswith("keine automatische Löschung")
    assert by_code["R8"].legal_basis == "§ 16 Abs. 2 ArbZG"


def test_configured_periods_are_printed(conn, tmp_path):
    repo.set_setting(conn, "retention.R8.months", "36")  # raised by the Träger
    settings.set_value(conn, backups.KEEP_DAYS, 45)
    out = tmp_path / "vvt.pdf"
    processing_record.write_processing_record(conn, out, path=FIXTURE, today=date(2026, 11, 22))
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Löschfristen" in text and "Art. 30 Abs. 1 lit. f DSGVO" in text
    assert "Monatsende + 36 Monate" in text and "Sicherung + 45 Tage" in text
    assert "Gemeinschaftsschule Am Park" in text and "22.11.2026" in text


def test_missing_table_is_a_german_message(conn, tmp_path):
    with pytest.raises(processing_record.RuleTableMissing, match="Regeltabelle"):
        processing_record.current_rules(conn, tmp_path / "fehlt.toml")


def test_cli_loeschfristen(open_vault, tmp_path, monkeypatch, capsys):
    from ssa_desktop.cli import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setattr("ssa_desktop.services.processing_record.resource", lambda *_p: FIXTURE)
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder = open_vault.vault.folder
    open_vault.lock()
    out = tmp_path / "vvt.pdf"
    assert main(["loeschfristen", "--vault", str(folder), "--out", str(out)]) == 0
    assert "Löschfristen geschrieben" in capsys.readouterr().out
    assert "Sicherung + 30 Tage" in PdfReader(out).pages[0].extract_text()
    monkeypatch.setattr("ssa_desktop.services.processing_record.resource",
                        lambda *_p: tmp_path / "fehlt.toml")
    assert main(["loeschfristen", "--vault", str(folder), "--out", str(tmp_path / "b.pdf")]) == 1
    assert "Regeltabelle" in capsys.readouterr().err
