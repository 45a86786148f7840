"""Time-share report: JSON, CSV (German Excel) and PDF (read back with pypdf), and the CLI."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from ssa_desktop.domain import entities as e
from ssa_desktop.exports import timeshare as exports
from ssa_desktop.formatting import fmt_hours, fmt_number
from ssa_desktop.reports.timeshare import write_pdf
from ssa_desktop.services import activities, timeshare, worktime
from ssa_desktop.services import setup as setup_service
from tests.conftest import PASSPHRASE
from tests.support.cli_runs import run_cli


@pytest.fixture
def filled(conn):
    """One school at 50 % of 39 h in 2025/26 with a known week of work."""
    post = setup_service.save_post(conn, e.Post("Stelle", 39.0))
    setup_service.set_post_share(conn, post.id, "school-1", 2025, 50)
    monday = date(2025, 11, 10)
    group = activities.save_group(conn, e.GroupActivity("Klassenrat 5a", 2025, kind="class",
                                                        school_id="school-1"))
    activities.record_contact(conn, e.Contact(monday, "EB", 300, school_id="school-1"))
    activities.record_group_session(conn, e.GroupSession(group.id, monday, 180))
    activities.record_open_offer(conn, e.OpenOfferSession("Pause", monday, 120,
                                                          school_id="school-1"))
    activities.record_network_activity(conn, e.NetworkActivity("RT", monday, 100,
                                                               school_id="school-1"))
    worktime.set_cell(conn, monday + timedelta(days=1), "DOK", "school-1", 200)
    worktime.set_cell(conn, monday + timedelta(days=2), "FOB", "school-1", 100)
    return conn


def test_json_holds_minutes_shares_bands_actuals_and_lights(filled, tmp_path):
    report = timeshare.compute(filled, "2025/26")
    path = exports.write_json(report, tmp_path / "z.json")
    doc = json.loads(path.read_text("utf-8"))
    areas = {a["code"]: (a["minutes"], a["share_percent"]) for a in doc["areas"]}
    # 1000 minutes: EFH 300, GRP 180, OFF 120, VNZ 100, IND 300
    assert areas == {"EFH": (300, 30.0), "GRP": (180, 18.0), "OFF": (120, 12.0),
                     "VNZ": (100, 10.0), "IND": (300, 30.0)}
    targets = {t["code"]: t for t in doc["targets"]}
    assert targets["direct"]["actual"] == 60.0 and targets["direct"]["light"] == "green"
    assert targets["direct"]["band"] == {"low": 60.0, "high": 65.0, "margin": 5.0}
    assert targets["EFH"]["actual"] == 50.0 and targets["EFH"]["light"] == "red"
    assert targets["GRP"]["actual"] == 30.0 and targets["GRP"]["light"] == "green"
    assert targets["OFF"]["actual"] == 20.0 and targets["OFF"]["light"] == "amber"
    assert targets["indirect"]["actual"] == 40.0 and targets["indirect"]["light"] == "green"
    cats = {c["code"]: c for c in doc["categories"]}
    assert cats["DOK"]["minutes"] == 200 and cats["DOK"]["share_percent"] == 20.0
    assert sum(c["share_percent"] for c in doc["categories"]) == pytest.approx(100.0)
    assert doc["hours"]["ist_min"] == 1000


def test_csv_is_german_excel(filled, tmp_path):
    report = timeshare.compute(filled, "2025/26")
    raw = exports.write_csv(report, tmp_path / "z.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                           # UTF-8 BOM
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert ["Einzelfallhilfe und Beratung", "EFH", "300", "30,0"] in rows
    direct = next(r for r in rows if r and r[0] == "Direkte Arbeit")
    assert direct[2:] == ["62,5", "60,0", "65,0", "5,0", "60,0", "im Zielbereich"]


def test_pdf_shows_the_figures_of_the_json(filled, tmp_path):
    report = timeshare.compute(filled, "2025/26")
    doc = exports.as_dict(report)
    path = write_pdf(report, tmp_path / "z.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    text = " ".join(text.split())
    assert "Zeitanteile – alle Schulen" in text or "Zeitanteile – Gemeinschaftsschule" in text
    for area in doc["areas"]:
        assert f"{area['label']} {area['code']}" in text
        assert f"{area['minutes']} {fmt_number(area['share_percent'], 1)} %" in text
    for target in doc["targets"]:
        assert target["band_text"] in text
        assert f"{fmt_number(target['actual'], 1)} % {target['light_text']}" in text
    assert fmt_hours(doc["hours"]["ist_min"]) in text
    assert fmt_hours(doc["hours"]["balance_min"]) in text
    assert not list(tmp_path.glob(".*"))                             # no temp file left


# -- CLI -------------------------------------------------------------------------------------------
@pytest.fixture
def vault_folder(filled, open_vault):
    folder = open_vault.vault.folder
    open_vault.lock()
    return folder


def run(capsys, *argv) -> tuple[int, str, str]:
    return run_cli(capsys, *argv)


def test_cli_writes_each_format(vault_folder, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    for fmt in ("pdf", "csv", "json"):
        out = tmp_path / f"zeit.{fmt}"
        code, stdout, err = run(capsys, "timeshare", "--vault", vault_folder, "--year", "2025/26",
                                "--school", "GMS-1", "--quarter", "2", "--format", fmt,
                                "--out", out)
        assert code == 0, err
        assert out.exists() and "geschrieben" in stdout
    doc = json.loads((tmp_path / "zeit.json").read_text("utf-8"))
    assert doc["period"]["label"] == "2. Quartal 2025/26"
    assert doc["school"] == "Gemeinschaftsschule Am Park"
    assert doc["hours"]["ist_min"] == 1000


def test_cli_bad_input_is_german_and_writes_nothing(vault_folder, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "timeshare", "--vault", vault_folder, "--year", "2025/27",
                       "--format", "pdf", "--out", out)
    assert code == 2 and "kein Schuljahr" in err
    code, _, err = run(capsys, "timeshare", "--vault", vault_folder, "--year", "2025/26",
                       "--school", "XY", "--format", "pdf", "--out", out)
    assert code == 1 and "Schule „XY“" in err and "GMS-1" in err
    code, _, err = run(capsys, "timeshare", "--vault", vault_folder, "--year", "2025/26",
                       "--quarter", "5", "--format", "pdf", "--out", out)
    assert code == 2 and "--quarter" in err
    code, _, err = run(capsys, "timeshare", "--vault", vault_folder, "--year", "2025/26",
                       "--format", "xlsx", "--out", out)
    assert code == 2
    assert not out.exists() and "Traceback" not in err
