"""Each check of a KVJS merge input, and each part a sum file carries, on real export files
(tests/data/kvjs) with one part broken: the file is refused with its name and the reason,
nothing is written; a good merge is read back from the written sum file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ssa_desktop.exports import kvjs_merge
from ssa_desktop.services import statistics as stats
from tests.conftest import TODAY

DATA = Path(__file__).resolve().parents[1] / "data" / "kvjs"
SCHOOL = DATA / "format-3" / "KVJS_GMS-1_2025-26.json"  # a school of this release
POST = DATA / "format-3" / "KVJS_Stelle-Nord_2025-26.json"  # a post with its staff block
OLD = DATA / "format-1" / "KVJS_RS-2_2025-26.json"  # an older release: figures missing


def _refusal(tmp_path: Path, change, base: Path = POST) -> str:
    """The German refusal of a merge of SCHOOL with ``base`` changed by ``change``."""
    doc = json.loads(base.read_text("utf-8"))
    change(doc)
    broken = tmp_path / "kaputt.json"
    broken.write_text(json.dumps(doc), "utf-8")
    out = tmp_path / "summe.json"
    with pytest.raises(stats.StatisticsError) as err:
        stats.merge([SCHOOL, broken], out)
    assert not out.exists()
    assert "„kaputt.json“" in str(err.value)
    return str(err.value)


def _staff(key, value):
    def change(doc):
        doc["staff"][0][key] = value
    return change


@pytest.mark.parametrize("key,value", [
    ("post", 5), ("qualification", None), ("employer_type", []),
    ("employed_from", 20251001), ("employed_to", {}), ("fixed_term", "ja"),
    ("percent", -1), ("fte", "0.75"), ("months_filled", 2.5), ("months_vacant", True),
    ("minutes_by_area", []), ("minutes_by_area", {"EFH": 1.5}), ("minutes_by_area", {"EFH": -3}),
])
def test_each_value_of_a_staff_block_is_checked(tmp_path, key, value):
    assert "staff[0] enthält einen ungültigen Wert" in _refusal(tmp_path, _staff(key, value))


@pytest.mark.parametrize("key,value", [
    ("employed_from", None), ("employed_to", None), ("percent", 37.5), ("fte", 1),
    ("fixed_term", False), ("minutes_by_area", {}),
])
def test_a_staff_block_may_leave_dates_open_and_carry_decimals(tmp_path, key, value):
    doc = json.loads(POST.read_text("utf-8"))
    _staff(key, value)(doc)
    post = tmp_path / "stelle.json"
    post.write_text(json.dumps(doc), "utf-8")
    merged = stats.merge([_not_of_the_post(SCHOOL, tmp_path), post], tmp_path / "summe.json")
    assert merged["staff"][0][key] == value


def _not_of_the_post(path: Path, folder: Path) -> Path:
    """The school file under the same name for a school that is not one of the post's
    (GS-3): a post and its own school are never merged (test_overlap)."""
    doc = json.loads(path.read_text("utf-8"))
    doc["scope"].update(code="GS-3", name="Grundschule Talweg")
    copy = folder / path.name
    copy.write_text(json.dumps(doc), "utf-8")
    return copy


def test_a_staff_block_has_exactly_its_keys_and_the_staff_is_a_list(tmp_path):
    def without_fte(doc):
        del doc["staff"][0]["fte"]

    def with_extra(doc):
        doc["staff"][0]["salary"] = 1

    def not_a_list(doc):
        doc["staff"] = doc["staff"][0]

    for change in (without_fte, with_extra, _staff_as_text):
        assert "staff[0] ist keine vollständige Fachkräfte-Angabe" in _refusal(tmp_path, change)
    assert "staff ist keine Liste" in _refusal(tmp_path, not_a_list)


def _staff_as_text(doc):
    doc["staff"] = ["Stelle Nord"]


def _set(*path_and_value):
    *path, value = path_and_value

    def change(doc):
        target = doc
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value
    return change


@pytest.mark.parametrize("change", [
    _set("template", "title", 3), _set("template", "version", None), _set("template", "id", []),
    _set("template", "KVJS"), _set("school_year", 2025), _set("scope", "kind", "land"),
    _set("scope", "Stelle Nord"), _set("aggregates", []), _set("fields", {}),
], ids=["title", "version", "id", "template", "year", "kind", "scope", "aggregates", "fields"])
def test_a_file_without_its_template_year_scope_or_figures_is_incomplete(tmp_path, change):
    assert "ist unvollständig (Vorlage, Schuljahr, Bereich, Kennzahlen)" in _refusal(
        tmp_path, change)


@pytest.mark.parametrize("change,message", [
    (_set("format", "ssa-desktop-interchange"), "ist keine KVJS-Exportdatei von SSA Desktop"),
    (_set("format_version", 7), "hat die Formatversion 7; diese Version von SSA Desktop kennt "
                                "die Formatversionen bis 6"),
    (_set("format_version", True), "hat eine unbekannte Formatversion"),
    (_set("format_version", 0), "hat eine unbekannte Formatversion"),
    (_set("format_version", "3"), "hat eine unbekannte Formatversion"),
], ids=["format", "newer", "true", "zero", "text"])
def test_the_format_and_its_version_are_checked_first(tmp_path, change, message):
    assert message in _refusal(tmp_path, change)


def test_one_file_is_no_merge(tmp_path):
    with pytest.raises(stats.StatisticsError, match="mindestens zwei Exportdateien"):
        stats.merge([POST], tmp_path / "summe.json")
    assert not (tmp_path / "summe.json").exists()


def test_the_sum_file_carries_staff_notes_and_the_parts(tmp_path, frozen_clock):
    out = tmp_path / "summe.json"
    stats.merge([_not_of_the_post(OLD, tmp_path), POST], out)
    doc = kvjs_merge.read_export(out)  # the written file, read back as the next merge would
    assert doc["staff"] == json.loads(POST.read_text("utf-8"))["staff"]
    [note] = doc["notes"]
    assert note["file"] == OLD.name and note["format_version"] == 1 and note["missing"]
    assert all(f["value"] is None for f in doc["fields"] if f.get("left_out"))
    assert [p["code"] for p in doc["scope"]["parts"]] == ["GS-3", "Stelle-Nord"]
    assert (doc["school_year"], doc["created"]) == ("2025/26", f"{TODAY.isoformat()}T12:00:00")
    # the form of the newest file: format 3 shows the staff lines, format 1 knew none
    assert doc["template"] == json.loads(POST.read_text("utf-8"))["template"]
    assert doc["format_version"] == 6


def test_a_sum_without_staff_or_notes_carries_neither(tmp_path):
    out = tmp_path / "summe.json"
    stats.merge([SCHOOL, DATA / "format-3" / "KVJS_RS-2_2025-26.json"], out)
    doc = json.loads(out.read_text("utf-8"))
    assert "staff" not in doc and "notes" not in doc
    assert [t["code"] for t in doc["school_types"]] == ["RS", "GMS"]
    assert set(doc["by_school_type"]) == {"RS", "GMS"}
