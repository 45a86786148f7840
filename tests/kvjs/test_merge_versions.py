"""Merging KVJS exports across format versions (docs/statistics.md, "Zusammenführen").

tests/data/kvjs/format-1 holds real exports of issue 10's release, format-2 those of the
previous release (issue 19's aggregates), format-3 those of this release (the staff block
of a post, issue 19 item 2), each written by its code from the same hand-built fixture.
Keep the format-3 files when the format changes again: they are the "previous" of the
next release."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ssa_desktop.exports import kvjs_merge
from ssa_desktop.exports.kvjs_document import FORMAT_VERSION, KNOWN_VERSIONS
from ssa_desktop.services import statistics as stats

from .test_engine_fixture import EXPECTED_POST

DATA = Path(__file__).resolve().parents[1] / "data" / "kvjs"
OLD_1, OLD_2 = (DATA / "format-1" / f"KVJS_{c}_2025-26.json" for c in ("GMS-1", "RS-2"))
PREV_1, PREV_2 = (DATA / "format-2" / f"KVJS_{c}_2025-26.json" for c in ("GMS-1", "RS-2"))
NEW_1, NEW_2 = (DATA / "format-3" / f"KVJS_{c}_2025-26.json" for c in ("GMS-1", "RS-2"))
NEW_NAMES = ["cp_8a_by_outcome", "cp_8a_jugendamt_informed", "efh_cases_closed",
             "efh_cases_by_outcome", "efh_referrals_by_target", "grp_by_purpose",
             "grp_participants_by_purpose"]


def test_fixtures_are_what_they_claim():
    assert FORMAT_VERSION == 6 and KNOWN_VERSIONS == (1, 2, 3, 4, 5, 6)
    for path, version in ((OLD_1, 1), (OLD_2, 1), (PREV_1, 2), (PREV_2, 2), (NEW_1, 3),
                          (NEW_2, 3)):
        assert json.loads(path.read_text("utf-8"))["format_version"] == version


def test_current_exports_merge_to_the_post(tmp_path):
    doc = stats.merge([NEW_1, NEW_2], tmp_path / "summe.json")
    assert "notes" not in doc
    additive = {a.name for a in stats.kvjs.AGGREGATES if a.additive}
    assert {k: v for k, v in doc["aggregates"].items() if k in additive} == \
        {k: v for k, v in EXPECTED_POST.items() if k in additive}


def test_previous_and_current_version_merge_and_the_lacking_figures_are_named(tmp_path):
    out = tmp_path / "summe.json"
    doc = stats.merge([OLD_1, NEW_2], out)
    assert json.loads(out.read_text("utf-8")) == doc
    # the figures both files have are summed as before
    for name in ("efh_contacts", "efh_minutes", "grp_participants", "cp_8a_procedures",
                 "time_minutes_by_category", "pupils", "fte", "posts_per_1000_pupils"):
        assert doc["aggregates"][name] == EXPECTED_POST[name], name
    # the ones the old file lacks are reported for that file only and left out of the sum
    assert doc["notes"] == [{"file": "KVJS_GMS-1_2025-26.json", "format_version": 1,
                             "missing": NEW_NAMES}]
    assert not set(NEW_NAMES) & set(doc["aggregates"])
    left_out = {f["aggregate"] for f in doc["fields"] if f.get("left_out")}
    assert left_out == set(NEW_NAMES)
    assert all(f["value"] is None for f in doc["fields"] if f.get("left_out"))
    assert doc["template"]["version"] == "2026.2"  # the newest file's form
    (line,) = stats.merge_notes(doc)
    assert line.startswith("„KVJS_GMS-1_2025-26.json“ (Formatversion 1) enthält 7 Kennzahl(en)")
    # the sum file of a mixed merge is itself a readable current export
    assert kvjs_merge.missing(kvjs_merge.read_export(out)) == NEW_NAMES


def test_the_previous_format_2_and_the_current_format_3_merge(tmp_path):
    """Format 3 added no aggregate (the staff block is per post, no figure to sum): the
    previous release's exports merge with this one's without a note; their template
    versions differ, the newest file's form is used."""
    doc = stats.merge([PREV_1, NEW_2], tmp_path / "summe.json")
    assert "notes" not in doc
    additive = {a.name for a in stats.kvjs.AGGREGATES if a.additive}
    assert {k: v for k, v in doc["aggregates"].items() if k in additive} == \
        {k: v for k, v in EXPECTED_POST.items() if k in additive}
    assert doc["template"]["version"] == "2026.2"
    assert set(doc["by_school_type"]) == {"GMS", "RS"}


def test_two_previous_exports_still_merge(tmp_path):
    doc = stats.merge([OLD_1, OLD_2], tmp_path / "summe.json")
    assert doc["aggregates"]["efh_contacts"] == EXPECTED_POST["efh_contacts"]
    assert [n["file"] for n in doc["notes"]] == [OLD_1.name, OLD_2.name]


def test_an_unknown_newer_format_is_refused_with_its_version(tmp_path):
    newer = json.loads(NEW_2.read_text("utf-8"))
    newer["format_version"] = 7
    path = tmp_path / "zukunft.json"
    path.write_text(json.dumps(newer), "utf-8")
    out = tmp_path / "summe.json"
    with pytest.raises(stats.StatisticsError, match="„zukunft.json“ hat die Formatversion 7"):
        stats.merge([NEW_1, path], out)
    assert not out.exists()
    newer["format_version"] = "2"
    path.write_text(json.dumps(newer), "utf-8")
    with pytest.raises(stats.StatisticsError, match="unbekannte Formatversion"):
        stats.merge([NEW_1, path], out)


def test_a_current_file_with_a_broken_figure_is_still_refused(tmp_path):
    broken = json.loads(NEW_2.read_text("utf-8"))
    broken["aggregates"]["grp_by_purpose"] = {"SOZ": -1}
    path = tmp_path / "kaputt.json"
    path.write_text(json.dumps(broken), "utf-8")
    with pytest.raises(stats.StatisticsError, match="„kaputt.json“: die Kennzahl „grp_by_purpose“"):
        stats.merge([NEW_1, path], tmp_path / "summe.json")


def test_the_cli_names_the_lacking_figures(tmp_path, capsys):
    from ssa_desktop import cli

    a, b = tmp_path / OLD_1.name, tmp_path / NEW_2.name
    shutil.copy(OLD_1, a)
    shutil.copy(NEW_2, b)
    assert cli.main(["kvjs-merge", str(a), str(b), "--out", str(tmp_path / "s.json")]) == 0
    err = capsys.readouterr().err
    assert "Hinweis: „KVJS_GMS-1_2025-26.json“ (Formatversion 1)" in err
    assert kvjs_merge.missing(json.loads(a.read_text("utf-8"))) == NEW_NAMES


def test_merging_schools_of_two_types_gives_a_column_per_type(tmp_path):
    from .test_engine_fixture import EXPECTED_SCHOOL_1, EXPECTED_SCHOOL_2

    doc = stats.merge([NEW_1, NEW_2], tmp_path / "summe.json")
    assert doc["school_types"] == [{"code": "RS", "label": "Realschule"},
                                   {"code": "GMS", "label": "Gemeinschaftsschule"}]
    assert doc["by_school_type"] == {"GMS": EXPECTED_SCHOOL_1, "RS": EXPECTED_SCHOOL_2}
    contacts = next(f for f in doc["fields"] if f["id"] == "kontakte")
    assert (contacts["value"], contacts["columns"]) == (8, {"RS": 2, "GMS": 6})
    # a file of the previous format does not name its Schulart: no columns then
    mixed = stats.merge([OLD_1, NEW_2], tmp_path / "gemischt.json")
    assert "by_school_type" not in mixed
    assert all("columns" not in f for f in mixed["fields"])
