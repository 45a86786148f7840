"""Issue 31.15: every command that asks for a school takes its code (``GMS-LP``), its
name or its internal id, through one resolver (``services.schools.find_school``); an
unknown one gets one German sentence naming the codes there are. Through the real CLI."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from ssa_desktop.domain.entities import School
from ssa_desktop.services import schools
from ssa_desktop.storage import repositories as repo
from tests.conftest import PASSPHRASE
from tests.services.test_handover import _person
from tests.support.cli_runs import run_cli

TODAY = date(2026, 11, 23)


_run = partial(run_cli, at=TODAY)


@pytest.fixture
def folder(open_vault, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    repo.SCHOOLS.insert(open_vault.conn, School("Grundschule Lindenpark", code="GMS-LP",
                                                school_type="GS", id="school-lp"))
    _person(open_vault.conn, "Anna")
    folder = open_vault.vault.folder
    open_vault.lock()
    return folder


@pytest.mark.parametrize("given", ["GMS-LP", "gms-lp", " GMS-LP ", "school-lp",
                                   "Grundschule Lindenpark"])
def test_find_school_takes_code_id_or_name(open_vault, given):
    repo.SCHOOLS.insert(open_vault.conn, School("Grundschule Lindenpark", code="GMS-LP",
                                                school_type="GS", id="school-lp"))
    assert schools.find_school(open_vault.conn, given).id == "school-lp"


def test_unknown_school_names_the_codes_there_are(open_vault):
    with pytest.raises(schools.UnknownSchool) as err:
        schools.find_school(open_vault.conn, "RS-X")
    assert str(err.value) == ("Eine Schule „RS-X“ gibt es in diesem Tresor nicht "
                              "(vorhanden: GMS-1).")


def test_package_create_takes_the_school_code(folder, tmp_path, capsys):
    out_dir = tmp_path / "aus"
    out_dir.mkdir()
    code, out, err = _run(capsys, "package", "create", "--vault", folder, "--school", "GMS-1",
                          "--successor", "Mara Ott", "--out", out_dir)
    assert code == 0, err
    assert len(list(out_dir.iterdir())) == 1


def test_package_create_unknown_code_is_one_sentence(folder, tmp_path, capsys):
    code, out, err = _run(capsys, "package", "create", "--vault", folder, "--school", "RS-X",
                          "--successor", "Mara Ott", "--out", tmp_path)
    assert code == 1 and "Traceback" not in err
    assert "Eine Schule „RS-X“ gibt es in diesem Tresor nicht (vorhanden: GMS-1, GMS-LP)." \
        in err


@pytest.mark.parametrize("given", ["GMS-LP", "school-lp"])
def test_report_timeshare_and_kvjs_take_code_and_id(folder, tmp_path, capsys, given):
    code, out, err = _run(capsys, "report", "--vault", folder, "--school", given, "--year",
                          "2026/27", "--out", tmp_path / "bericht.pdf")
    assert code == 0, err
    code, out, err = _run(capsys, "timeshare", "--vault", folder, "--school", given,
                          "--year", "2026/27", "--format", "json", "--out", tmp_path / "t.json")
    assert code == 0, err
    code, out, err = _run(capsys, "kvjs", "--vault", folder, "--school", given, "--year",
                          "2026/27", "--format", "json", "--out", tmp_path / "k.json",
                          "--force")
    assert code == 0, err
