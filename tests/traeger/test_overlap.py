"""A school counted once, whatever its code looks like: a post's file and the file of one
of its own schools overlap and are refused by ``kvjs-merge`` (naming both files and the
school); ``traeger workbook`` takes a school whose code differs only in case, spaces or
invisible characters for the same school (docs/traeger.md, "Überschneidungen")."""

from __future__ import annotations

import json

import openpyxl
import pytest

from ssa_desktop.domain.school_code import key
from ssa_desktop.exports import kvjs_document

from .files import post_file, run, school_file

YEAR = "2025/26"


@pytest.mark.parametrize("code", ["GMS-1", "gms-1", "GMS-1 ", "GMS\u200b-1", "ＧＭＳ-1"])
def test_a_post_and_its_own_school_are_refused(capsys, tmp_path, code):
    post = post_file(tmp_path, "stelle.json", "Stelle-Nord", ["GMS-1", "RS-2"])
    school = school_file(tmp_path, "schule.json", code, school_name="GMS Am Park (neu)")
    out = tmp_path / "summe.json"
    status, _, err = run(capsys, "kvjs-merge", post, school, "--out", out)
    assert status == 1
    assert "„schule.json“ und „stelle.json“ enthalten beide die Schule GMS-1" in err
    assert "doppelt gezählt" in err and "Traceback" not in err
    assert not out.exists()


def test_two_schools_of_two_files_still_merge(capsys, tmp_path):
    a = school_file(tmp_path, "a.json", "GMS-1", efh_contacts=6)
    b = school_file(tmp_path, "b.json", "RS-2", efh_contacts=2)
    status, _, _ = run(capsys, "kvjs-merge", a, b, "--out", tmp_path / "summe.json")
    assert status == 0


def test_one_school_whatever_the_case_of_its_code(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    school_file(folder, "gms.json", "GMS-1", efh_contacts=100, created="2026-10-01")
    school_file(folder, "gms-klein.json", "gms-1 ", efh_contacts=150, created="2026-10-05")
    school_file(folder, "rs.json", "RS-2", efh_contacts=2)
    out = tmp_path / "mappen"
    status, _, _ = run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", out)
    assert status == 0
    book = openpyxl.load_workbook(out / "Traeger_ohne Landkreis_2025-26.xlsx")
    assert book.sheetnames == ["Übersicht", "GMS-1", "RS-2"]
    summary = {row[0]: list(row[1:]) for row in book["Übersicht"].iter_rows(values_only=True)
               if row and row[0]}
    # the newer file of GMS-1 (150), not 100 + 150: 150 + 2 = 152
    assert summary["Beratungskontakte"][:3] == [152, 150, 2]


def test_the_one_normalisation_of_a_school_code():
    assert key(" gms-1\u200b ") == key("GMS-1") == key("ＧＭＳ\u00ad-1") == "GMS-1"
    assert key("GMS  1") == "GMS 1"
    assert key("GMS-1") != key("GMS-2")


def test_two_posts_sharing_a_school_are_refused(capsys, tmp_path):
    """Issue 60, „Identity that cannot collide“: two posts whose files both list a school
    (one under another spelling) would count it twice."""
    north = post_file(tmp_path, "nord.json", "Stelle-Nord", ["GMS-1", "RS-2"])
    south = post_file(tmp_path, "sued.json", "Stelle-Sued", ["RS-2", "WRS-4"])
    doc = json.loads(south.read_text("utf-8"))
    doc["scope"]["schools"][0]["code"] = "rs-2\u200b"   # another spelling of RS-2
    south.write_text(json.dumps(kvjs_document.seal(doc), ensure_ascii=False), "utf-8")
    out = tmp_path / "summe.json"
    status, _, err = run(capsys, "kvjs-merge", north, south, "--out", out)
    assert status == 1 and not out.exists()
    assert ("„sued.json“ und „nord.json“ enthalten beide die Schule RS-2: ihre Zahlen würden "
            "doppelt gezählt. Zwei Stellen an einer Schule: bitte jede Stelle in einer eigenen "
            "Summendatei zusammenführen.") in err
