"""``ssa-desktop traeger deliveries``: the delivery table of a school year from a folder
of the posts' KVJS exports, through the real command line (docs/traeger.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ssa_desktop.exports import kvjs_document

from .files import post_file, run, school_file

YEAR = "2025/26"


@pytest.fixture
def folder(tmp_path) -> Path:
    """Last year: posts P-Nord (GMS-1, RS-2) and P-Süd (GS-3), each school's file.
    This year: P-Nord's file, GMS-1 twice, RS-2 from an older release (format 1), WRS-4
    whose post sent nothing, the new post P-West whose one school HS-5 sent no file of
    its own; P-Süd and GS-3 missing; a file of 2019/20; and six files that are no
    delivery."""
    f = tmp_path / "lieferungen"
    post_file(f, "nord-24.json", "P-Nord", ["GMS-1", "RS-2"], "2024/25")
    post_file(f, "sued-24.json", "P-Süd", ["GS-3"], "2024/25")
    for code in ("GMS-1", "RS-2", "GS-3"):
        school_file(f, f"{code}-24.json", code, "2024/25")
    post_file(f, "nord.json", "P-Nord", ["GMS-1", "RS-2"])
    school_file(f, "gms-a.json", "GMS-1")
    school_file(f, "gms-b.json", "GMS-1")
    school_file(f, "rs.json", "RS-2", old=True)
    school_file(f, "wrs.json", "WRS-4")
    post_file(f, "west.json", "P-West", ["HS-5"])
    text = (f / "wrs.json").read_text("utf-8")
    (f / "doppelter-schluessel.json").write_text(
        text.replace('"school_year": "2025/26"', '"school_year": "2025/26", "school_year": "2024/25"'),
        "utf-8")
    # a year twice, the last one a year not shown: still read strictly, refused
    (f / "versteckt.json").write_text(
        text.replace('"school_year": "2025/26"', '"school_year": "2025/26", "school_year": "2019/20"'),
        "utf-8")
    school_file(f, "alt.json", "GS-3", "2019/20")  # another year: passed over, no refusal
    (f / "notizen.txt").write_text("Gespräch mit Frau Beispiel", "utf-8")
    (f / "austausch.json").write_text('{"format": "ssa-desktop-interchange"}', "utf-8")
    summe = json.loads(text)
    summe["scope"] = {"kind": "merged", "code": "Summe", "name": "Zusammenführung", "parts": []}
    (f / "summe.json").write_text(json.dumps(kvjs_document.seal(summe)), "utf-8")
    big = json.loads(text)
    big["aggregates"]["efh_contacts"] = 10**13  # above any real figure
    (f / "riesig.json").write_text(json.dumps(big), "utf-8")
    return f


def _rows(path: Path) -> list[tuple]:
    doc = json.loads(path.read_text("utf-8"))
    return [(r["post"], r["school"], r["post_file"], r["school_file"]) for r in doc["rows"]]


def test_each_post_and_school_delivered_missing_duplicate_or_older(folder, capsys, tmp_path):
    code, out, err = run(capsys, "traeger", "deliveries", folder, "--year", YEAR,
                         "--json", tmp_path / "tabelle.json")
    assert code == 0
    # expected from last year's files: P-Süd and GS-3; WRS-4 is new and under no post
    assert _rows(tmp_path / "tabelle.json") == [
        ("P-Nord", "GMS-1", "geliefert", "doppelt"),
        ("P-Nord", "RS-2", "geliefert", "ältere Fassung"),
        ("P-Süd", "GS-3", "fehlt", "fehlt"),
        ("P-West", "HS-5", "geliefert", "geliefert"),
        ("–", "WRS-4", "–", "geliefert"),
    ]
    doc = json.loads((tmp_path / "tabelle.json").read_text("utf-8"))
    notes = {r["school"]: r["notes"] for r in doc["rows"]}
    assert notes["GMS-1"] == ["dieselbe Lieferung 2-mal: „gms-a.json“, „gms-b.json“"]
    assert "„rs.json“: Formatversion 1 (aktuell 6)" in notes["RS-2"]
    # a post with one school: its file stands for the school's (the same figures)
    assert notes["HS-5"] == ["„west.json“ der Stelle P-West gilt auch als Datei der Schule "
                             "(ihre einzige Schule)"]
    assert "Realschule Am Berg (RS-2)" in out and "P-Süd" in out
    # every file that is no delivery is named with its reason; the others were read
    refused = {r["file"] for r in doc["refused"]}
    assert refused == {"doppelter-schluessel.json", "versteckt.json", "notizen.txt",
                       "austausch.json", "summe.json", "riesig.json"}
    assert "„school_year“ steht zweimal" in err
    assert "„summe.json“ ist eine Summendatei" in err
    assert "„notizen.txt“ ist keine lesbare KVJS-Exportdatei" in err
    assert "„austausch.json“ ist keine KVJS-Exportdatei" in err
    assert "„riesig.json“: die Kennzahl „efh_contacts“ fehlt oder ist ungültig" in err


def test_a_list_of_expected_posts_and_schools_replaces_last_year(folder, capsys, tmp_path):
    wanted = tmp_path / "erwartet.csv"
    wanted.write_text("Stelle;Schule\n# Stellen 2025/26\nP-Nord;GMS-1\nP-West;GS-3\n", "utf-8")
    code, _, _ = run(capsys, "traeger", "deliveries", folder, "--year", YEAR,
                     "--expected", wanted, "--json", tmp_path / "t.json")
    assert code == 0
    assert _rows(tmp_path / "t.json") == [
        ("P-Nord", "GMS-1", "geliefert", "doppelt"),
        ("P-Nord", "RS-2", "geliefert", "ältere Fassung"),
        ("P-West", "GS-3", "fehlt", "fehlt"),
        ("P-West", "HS-5", "geliefert", "geliefert"),
        ("–", "WRS-4", "–", "geliefert"),
    ]


def test_bad_calls_are_german_sentences_and_write_nothing(folder, capsys, tmp_path):
    wanted = tmp_path / "erwartet.csv"
    wanted.write_text("P-Nord;GMS-1\nnur eine Angabe\n", "utf-8")
    code, _, err = run(capsys, "traeger", "deliveries", folder, "--year", YEAR,
                       "--expected", wanted, "--json", tmp_path / "t.json")
    assert code == 1 and "Zeile 2: erwartet zwei Angaben (Stelle;Schule)" in err
    assert not (tmp_path / "t.json").exists()
    code, _, err = run(capsys, "traeger", "deliveries", folder, "--year", "Sommer")
    assert code == 1 and "kein gültiges Schuljahr: „Sommer“" in err
    code, _, err = run(capsys, "traeger", "deliveries", tmp_path / "fehlt", "--year", YEAR)
    assert code == 1 and "wurde nicht gefunden" in err


def test_no_output_into_a_synced_folder_unless_allowed(folder, capsys, tmp_path, monkeypatch):
    """Like every file the command line writes: the JSON, the workbooks and the PDF."""
    cloud = tmp_path / "Cloud Träger"
    cloud.mkdir()
    monkeypatch.setenv("OneDriveCommercial", str(cloud))
    for argv in (["deliveries", "--json", cloud / "t.json"],
                 ["workbook", "--out", cloud / "mappen"],
                 ["overview", "--out", cloud / "ue.pdf"]):
        code, _, err = run(capsys, "traeger", argv[0], folder, "--year", YEAR, *argv[1:])
        assert code == 1 and "Es wurde nichts geschrieben" in err, argv
    assert list(cloud.iterdir()) == []
    code, _, _ = run(capsys, "traeger", "deliveries", folder, "--year", YEAR,
                     "--json", cloud / "t.json", "--allow-synced-folder")
    assert code == 0 and (cloud / "t.json").exists()


def test_a_year_twice_hidden_by_an_escape_is_refused_not_passed_over(tmp_path, capsys):
    """``school\\u005fyear`` is the key ``school_year`` in JSON: a file naming the year
    twice that way is still read strictly and refused by name, never passed over as a
    file of another year."""
    f = tmp_path / "lieferungen"
    text = school_file(f, "wrs.json", "WRS-4").read_text("utf-8")
    (f / "wrs.json").write_text(text.replace(
        '"school_year": "2025/26"', '"school\\u005fyear": "2025/26", "school_year": "2019/20"'),
        "utf-8")
    code, _, err = run(capsys, "traeger", "deliveries", f, "--year", YEAR)
    assert code == 0
    assert "„school_year“ steht zweimal" in err and "wrs.json" in err


def test_a_link_in_the_folder_is_named_and_not_followed(tmp_path, capsys):
    """A symbolic link among the deliveries points at a file elsewhere on her computer:
    the kit names it and reads only the files that lie in the folder."""
    f = tmp_path / "lieferungen"
    school_file(f, "gms.json", "GMS-1")
    elsewhere = school_file(tmp_path / "privat", "rs.json", "RS-2")
    (f / "rs.json").symlink_to(elsewhere)
    code, out, err = run(capsys, "traeger", "deliveries", f, "--year", YEAR)
    assert code == 0
    assert "„rs.json“ ist eine Verknüpfung auf eine andere Stelle und wurde nicht gelesen" in err
    assert "GMS-1" in out and "RS-2" not in out


def test_control_characters_from_a_file_never_reach_her_terminal(tmp_path, capsys):
    """Names and codes in a delivery, and the names of the files, are the senders' text:
    an escape sequence in them would recolour, erase or retitle her terminal. The
    command line shows them without control characters."""
    f = tmp_path / "lieferungen"
    path = school_file(f, "gms.json", "GMS-1")
    doc = json.loads(path.read_text("utf-8"))
    doc["scope"].update(code="GMS-1\x1b[31m", name="Schule\x1b[2K\rGefälscht")
    path.write_text(json.dumps(kvjs_document.seal(doc)), "utf-8")
    (f / "notiz\x1b]0;Titel\x07.txt").write_text("keine Lieferung", "utf-8")
    code, out, err = run(capsys, "traeger", "deliveries", f, "--year", YEAR)
    assert code == 0
    assert not any(ch in out + err for ch in "\x1b\x07\r")
    assert "Schule [2K Gefälscht (GMS-1 [31M)" in out  # a code in its one form: upper case
    assert "„notiz ]0;Titel .txt“ ist keine lesbare KVJS-Exportdatei" in err
