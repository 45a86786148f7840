"""The deletion-periods section of the record of processing (Art. 30 DSGVO), printed
from the shipped rule table (resources/retention/rules.toml) with the vault's periods."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from ssa_desktop.domain.options import get_option
from ssa_desktop.services import backups, processing_record, settings
from ssa_desktop.services import retention as svc


def test_rules_of_the_shipped_table_with_defaults(conn):
    rules = processing_record.current_rules(conn)
    assert [r.code for r in rules] == [f"R{i}" for i in range(1, 14)] + ["R9b", "R14"]
    by_code = {r.code: r for r in rules}
    assert by_code["R2"].period == "Abgang + 0 Monate; Schulwechsel + 6 Monate"
    assert by_code["R1"].period == "keine Löschfrist: nicht personenbezogen"
    assert by_code["R5"].period.startswith("keine automatische Löschung")
    assert by_code["R12"].period == "Sicherung + 30 Tage"
    assert by_code["R9b"].optional


def test_configured_periods_are_printed(conn, tmp_path):
    svc.set_period(conn, get_option("retention.R8.months"), 36)  # raised by the Träger
    settings.set_value(conn, backups.KEEP_DAYS, 14)  # what the rotation uses, too
    out = tmp_path / "vvt.pdf"
    processing_record.write_processing_record(conn, out, today=date(2026, 11, 22))
    # line breaks depend on the font's widths: compare the words
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Löschfristen" in text and "Art. 30 Abs. 1 lit. f DSGVO" in text
    assert "Monatsende + 36 Monate" in text and "Sicherung + 14 Tage" in text
    assert "Gemeinschaftsschule Am Park" in text and "22.11.2026" in text


def test_missing_or_broken_table_is_a_german_message(conn, tmp_path):
    with pytest.raises(processing_record.RuleTableMissing, match="Regeltabelle"):
        processing_record.current_rules(conn, tmp_path / "fehlt.toml")
    broken = tmp_path / "kaputt.toml"
    broken.write_text("[[rule]]\ncode = 'R1'\n", "utf-8")
    with pytest.raises(processing_record.RuleTableMissing, match="beschädigt"):
        processing_record.current_rules(conn, broken)


def test_cli_loeschfristen(open_vault, tmp_path, monkeypatch, capsys):
    from ssa_desktop.cli import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    folder = open_vault.vault.folder
    open_vault.lock()
    out = tmp_path / "vvt.pdf"
    assert main(["loeschfristen", "--vault", str(folder), "--out", str(out)]) == 0
    assert "Löschfristen geschrieben" in capsys.readouterr().out
    assert "Sicherung + 30 Tage" in "".join(p.extract_text() for p in PdfReader(out).pages)
    monkeypatch.setattr("ssa_desktop.services.processing_record.resource",
                        lambda *_p: tmp_path / "fehlt.toml")
    assert main(["loeschfristen", "--vault", str(folder), "--out", str(tmp_path / "b.pdf")]) == 1
    assert "Regeltabelle" in capsys.readouterr().err
