"""Hostile input at the KVJS boundaries (issue 22 item 9): a list where a Kennzahl name
belongs is a named field error, a school name with control characters still gives an
xlsx file (the characters left out)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import load_workbook

from ssa_desktop import cli
from ssa_desktop.domain import clock
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo
from tests.conftest import PASSPHRASE

from . import fixture
from .test_engine_fixture import SCHOOL_1, SCHOOL_2


def _exports(conn, folder):
    with clock.frozen(date(2026, 10, 1)):
        return [stats.export_all(conn, fixture.YEAR, scope, folder / scope.id)
                for scope in (SCHOOL_1, SCHOOL_2)]


def _json(files):
    return next(p for p in files if p.suffix == ".json")


@pytest.mark.parametrize("value,message", [
    ([], r"fields\[0\]\.aggregate ist kein Text"),
    ({"a": 1}, r"fields\[0\]\.aggregate ist kein Text"),
    ("gibt_es_nicht", r"fields\[0\]\.aggregate nennt die unbekannte Kennzahl"),
])
def test_a_bad_aggregate_in_a_merge_file_is_a_named_field_error(conn, tmp_path, value,
                                                                   message):
    fixture.build(conn)
    first, second = (_json(f) for f in _exports(conn, tmp_path))
    doc = json.loads(second.read_text("utf-8"))
    doc["fields"][0]["aggregate"] = value
    second.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(stats.StatisticsError, match=message):
        stats.merge([first, second], tmp_path / "summe.json")
    assert not (tmp_path / "summe.json").exists()


def test_kvjs_merge_cli_names_the_field_instead_of_an_unexpected_error(open_vault, tmp_path,
                                                                      capsys, monkeypatch):
    fixture.build(open_vault.conn)
    first, second = (_json(f) for f in _exports(open_vault.conn, tmp_path))
    doc = json.loads(second.read_text("utf-8"))
    doc["fields"][3]["aggregate"] = []
    second.write_text(json.dumps(doc), "utf-8")
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    code = cli.main(["kvjs-merge", str(first), str(second), "--out", str(tmp_path / "s.json")])
    _, err = capsys.readouterr()
    assert code == 1 and "fields[3].aggregate ist kein Text" in err
    assert "Unerwarteter Fehler" not in err and "Traceback" not in err


def test_a_school_name_with_control_characters_still_exports_to_xlsx(conn, tmp_path):
    fixture.build(conn)
    school = repo.SCHOOLS.get(conn, "school-1")
    school.name = "Gemeinschafts\x07schule\x1b Am \u202ePark\x00"  # typed in an older version
    repo.SCHOOLS.update(conn, school)
    files = _exports(conn, tmp_path)[0]
    xlsx = next(p for p in files if p.suffix == ".xlsx")
    cells = [c for row in load_workbook(xlsx).active.iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    assert any("Gemeinschaftsschule Am Park" in c for c in cells)
    assert not any(ch in c for c in cells for ch in "\x07\x1b\x00\u202e")
