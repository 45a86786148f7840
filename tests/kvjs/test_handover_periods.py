"""Issue 60, finding 2: a school handed on in the middle of the year. Predecessor and
successor each export the school for the year; each file carries the period it covers
(the successor's first day is the day she received the package, on her signed receipt),
and ``kvjs-merge`` adds the two halves up to the whole year — through the real CLI and
two real vaults."""

from __future__ import annotations

import json
from datetime import date

import openpyxl

from ssa_desktop import cli
from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Contact
from ssa_desktop.exports import kvjs_document
from ssa_desktop.services import activities
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.test_school_receipt import _receive, _setup

RECEIPT_READ = date(2026, 11, 25)   # two days after the successor received (TODAY)
EXPORTED = date(2027, 9, 2)


def _cli(capsys, day: date, *argv) -> tuple[int, str, str]:
    with clock.frozen(day):
        code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _export(capsys, vault, out) -> dict:
    code, _, err = _cli(capsys, EXPORTED, "kvjs", "--vault", vault, "--year", "2026/27",
                        "--school", "GMS-1", "--format", "json", "--out", out, "--force")
    assert code == 0, err
    return json.loads(out.read_text("utf-8"))


def _contact(vault, day: date, pseudonym: str, minutes: int) -> None:
    session = Vault(vault).unlock(PASSPHRASE)
    with clock.frozen(day):
        [person] = [p for p in repo.PERSONS.all(session.conn) if p.pseudonym == pseudonym]
        activities.record_contact(session.conn, Contact(day, "EB", minutes, school_id="school-1",
                                                        person_id=person.id))
    session.lock()


def _handed_over(open_vault, tmp_path, capsys, monkeypatch):
    """Anna and Ben handed on after a contact each (01.10. 30 minutes, 08.10.2026 20
    minutes); the successor has one contact of her own with Anna on 15.01.2027 (45
    minutes). Both files of 2026/27 exported."""
    _anna, folder, successor, _out, package = _setup(open_vault, tmp_path, capsys, monkeypatch)
    _contact(folder, date(2026, 10, 1), "P-Anna", 30)
    _contact(folder, date(2026, 10, 8), "P-Ben", 20)
    _inbox, receipt = _receive(capsys, successor, package, tmp_path)
    code, _, err = _cli(capsys, RECEIPT_READ, "package", "receipt", "--vault", folder, receipt)
    assert code == 0, err
    _contact(successor, date(2027, 1, 15), "P-Anna", 45)
    before = _export(capsys, folder, tmp_path / "KVJS_GMS-1_vorher.json")
    after = _export(capsys, successor, tmp_path / "KVJS_GMS-1_nachher.json")
    return before, after


def test_two_halves_of_a_handed_over_school_add_up_to_its_year(open_vault, tmp_path, capsys,
                                                                monkeypatch):
    before, after = _handed_over(open_vault, tmp_path, capsys, monkeypatch)
    assert before["format_version"] == after["format_version"] == 6
    assert before["scope"]["period"] == {"from": "2026-08-01", "to": "2026-11-22"}
    assert after["scope"]["period"] == {"from": "2026-11-23", "to": "2027-07-31"}
    assert (before["aggregates"]["efh_contacts"], after["aggregates"]["efh_contacts"]) == (2, 1)
    # the printed forms say it too (xlsx, pdf and csv share the header)
    assert ("Zeitraum", "01.08.2026–22.11.2026 (Teiljahr)") in kvjs_document.header_lines(before)
    code, _, err = _cli(capsys, EXPORTED, "kvjs", "--vault", tmp_path / "nachfolge", "--year",
                        "2026/27", "--school", "GMS-1", "--format", "xlsx", "--out",
                        tmp_path / "nachher.xlsx", "--force")
    assert code == 0, err
    sheet = openpyxl.load_workbook(tmp_path / "nachher.xlsx").active
    assert ["Zeitraum", "23.11.2026–31.07.2027 (Teiljahr)"] in [
        list(row[:2]) for row in sheet.iter_rows(values_only=True)]
    out = tmp_path / "summe.json"
    code, _, err = _cli(capsys, EXPORTED, "kvjs-merge", tmp_path / "KVJS_GMS-1_vorher.json",
                        tmp_path / "KVJS_GMS-1_nachher.json", "--out", out)
    assert code == 0, err
    total = json.loads(out.read_text("utf-8"))
    assert total["aggregates"]["efh_contacts"] == 3
    assert total["aggregates"]["efh_minutes"] == 30 + 20 + 45
    assert "missing_periods" not in total and "fehlt" not in err


def test_one_half_alone_names_the_days_missing_and_overlap_is_refused(open_vault, tmp_path,
                                                                       capsys, monkeypatch):
    before, after = _handed_over(open_vault, tmp_path, capsys, monkeypatch)
    # another school's file beside the predecessor's half: the successor's half is missing
    other = json.loads((tmp_path / "KVJS_GMS-1_nachher.json").read_text("utf-8"))
    other["scope"].update(code="RS-2", name="Realschule", period={"from": "2026-08-01",
                                                                  "to": "2027-07-31"})
    kvjs_document.write_sealed(other, tmp_path / "KVJS_RS-2.json")
    out = tmp_path / "summe.json"
    code, _, err = _cli(capsys, EXPORTED, "kvjs-merge", tmp_path / "KVJS_GMS-1_vorher.json",
                        tmp_path / "KVJS_RS-2.json", "--out", out)
    assert code == 0, err
    assert json.loads(out.read_text("utf-8"))["missing_periods"] == [
        {"school": "GMS-1", "from": "2026-11-23", "to": "2027-07-31"}]
    assert "Hinweis: Schule GMS-1: für 23.11.2026–31.07.2027 fehlt eine Datei" in err
    # the successor's period made to reach back a day: the same day in both, refused
    after["scope"]["period"]["from"] = "2026-11-22"
    kvjs_document.write_sealed(after, tmp_path / "KVJS_GMS-1_nachher.json")
    code, _, err = _cli(capsys, EXPORTED, "kvjs-merge", tmp_path / "KVJS_GMS-1_vorher.json",
                        tmp_path / "KVJS_GMS-1_nachher.json", "--out", tmp_path / "s2.json")
    assert code != 0
    assert ("„KVJS_GMS-1_nachher.json“ (22.11.2026–31.07.2027) und „KVJS_GMS-1_vorher.json“ "
            "(01.08.2026–22.11.2026) enthalten beide die Schule GMS-1 für dieselben Tage") in err
