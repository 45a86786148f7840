"""Issue 60, findings 4 and 5: a KVJS file whose figures were edited, disagree with each
other or lack a figure its format requires is refused by name, in kvjs-merge and in the
Träger kit; files of older releases (format 1–3, no digest) are still read
(docs/statistics.md, "Prüfsumme und Stimmigkeit")."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from ssa_desktop.domain import clock, kvjs_integrity
from ssa_desktop.exports import kvjs_document, kvjs_merge
from ssa_desktop.services import statistics as stats
from ssa_desktop.services import traeger

from . import fixture
from .test_engine_fixture import SCHOOL_1

DATA = Path(__file__).resolve().parents[1] / "data" / "kvjs"
SCHOOL = DATA / "format-3" / "KVJS_GMS-1_2025-26.json"   # the previous release: no digest
OTHER = DATA / "format-3" / "KVJS_RS-2_2025-26.json"
POST = DATA / "format-3" / "KVJS_Stelle-Nord_2025-26.json"
OLDEST = DATA / "format-1" / "KVJS_RS-2_2025-26.json"
SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "schemas" / "kvjs-export.v6.schema.json"


@pytest.fixture
def current(conn, tmp_path) -> tuple[Path, Path]:
    """Two school exports of this release (format 4, sealed)."""
    fixture.build(conn)
    with clock.frozen(date(2026, 9, 1)):
        return tuple(stats.write_export(stats.report(conn, fixture.YEAR, scope, previous_years=0),
                                        "json", tmp_path / f"KVJS_{scope.id}_2025-26.json")
                     for scope in (SCHOOL_1, stats.Scope("school", "school-2")))


def _edited(path: Path, change, out: Path) -> Path:
    doc = json.loads(path.read_text("utf-8"))
    change(doc)
    out.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return out


def _refusal(path: Path) -> str:
    with pytest.raises(kvjs_merge.MergeError) as err:
        kvjs_merge.read_export(path)
    assert f"„{path.name}“" in str(err.value)
    return str(err.value)


def _field(doc: dict, aggregate: str, key: str = "") -> dict:
    return next(f for f in doc["fields"] if f.get("aggregate") == aggregate
                and f.get("key", "") == key)


def test_every_written_export_carries_the_digest_of_its_content(current):
    for path in current:
        doc = json.loads(path.read_text("utf-8"))
        assert doc["format_version"] == 6
        body = {k: v for k, v in doc.items() if k != "integrity"}
        text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        import hashlib
        assert doc["integrity"] == {"digest": hashlib.sha256(text.encode()).hexdigest()}
        assert kvjs_merge.read_export(path)["aggregates"]["efh_contacts"] >= 0


def test_contacts_typed_into_the_figures_are_refused_by_name(current, tmp_path):
    def more(doc):
        doc["aggregates"]["efh_contacts"] += 1000
    edited = _edited(current[0], more, tmp_path / "KVJS_GMS-1_2025-26 (bearbeitet).json")
    assert "Prüfsumme stimmt nicht" in _refusal(edited)
    with pytest.raises(stats.StatisticsError, match="bearbeitet"):
        stats.merge([edited, current[1]], tmp_path / "summe.json")
    assert not (tmp_path / "summe.json").exists()


def test_a_file_without_its_digest_in_the_current_format_is_refused(current, tmp_path):
    edited = _edited(current[0], lambda doc: doc.pop("integrity"), tmp_path / "ohne.json")
    assert "keine gültige Prüfsumme" in _refusal(edited)


def test_an_older_file_whose_fields_and_figures_disagree_is_refused(tmp_path):
    def more(doc):
        doc["aggregates"]["efh_contacts"] += 1000
    message = _refusal(_edited(SCHOOL, more, tmp_path / "alt.json"))
    assert "zeigt 6, die Kennzahl „Beratungskontakte“ aber 1006" in message


def test_a_breakdown_above_its_total_is_refused(tmp_path):
    def boys(doc):
        doc["aggregates"]["efh_pupils_by_gender"]["m"] = 500
        _field(doc, "efh_pupils_by_gender", "m")["value"] = 500
        _field(doc, "efh_pupils_by_gender")["value"] = 502
    message = _refusal(_edited(POST, boys, tmp_path / "jungen.json"))
    assert "„Beratene Schüler:innen nach Geschlecht“ „m“ = 500 ist größer als " \
           "„Beratene Schüler:innen“ = 3" in message


def test_six_hundred_million_minutes_are_refused(tmp_path):
    def minutes(doc):
        doc["aggregates"]["efh_minutes"] = 600_000_000
        _field(doc, "efh_minutes")["value"] = 600_000_000
    message = _refusal(_edited(SCHOOL, minutes, tmp_path / "minuten.json"))
    assert "„Minuten Beratung“ = 600000000 ist mehr als ein Tag je Termin" in message
    assert "Plausibilitätsgrenze" in message


def test_a_post_whose_schularten_do_not_add_up_is_refused(tmp_path):
    def school(doc):
        doc["by_school_type"]["GMS"]["efh_contacts"] += 3
    message = _refusal(_edited(POST, school, tmp_path / "stelle.json"))
    assert "„Beratungskontakte“: die Summe der Schularten (11) ist nicht die der Datei (8)" \
        in message


def test_a_current_file_without_a_required_figure_is_refused_not_read_as_older(current,
                                                                              tmp_path):
    def drop(doc):
        del doc["aggregates"]["efh_minutes"]
        kvjs_document.seal(doc)  # a digest that fits: the figure itself is missing
    edited = _edited(current[0], drop, tmp_path / "ohne-minuten.json")
    assert "die Kennzahl „efh_minutes“ fehlt" in _refusal(edited)
    # the same in a file of the previous release, which counted it as well
    older = _edited(SCHOOL, lambda doc: doc["aggregates"].pop("efh_minutes"),
                    tmp_path / "alt-ohne-minuten.json")
    assert "die Kennzahl „efh_minutes“ fehlt" in _refusal(older)
    # the schema of the current format requires it too
    schema = json.loads(SCHEMA.read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid(json.loads(current[0].read_text("utf-8")))
    assert not validator.is_valid(json.loads(edited.read_text("utf-8")))


def test_files_of_older_releases_are_still_read_and_merged(current, tmp_path):
    doc = stats.merge([OLDEST, SCHOOL], tmp_path / "summe.json")
    assert [n["file"] for n in doc["notes"]] == [OLDEST.name]
    # the sum file is itself a sealed current file that reads back
    assert kvjs_merge.read_export(tmp_path / "summe.json")["integrity"]["digest"] == \
        kvjs_integrity.digest(json.loads((tmp_path / "summe.json").read_text("utf-8")))


def test_the_traeger_kit_names_an_edited_file_and_reads_the_others(current, tmp_path):
    folder = tmp_path / "eingang"
    folder.mkdir()
    for path in current:
        path.replace(folder / path.name)
    first = folder / current[0].name
    _edited(first, lambda doc: doc["aggregates"].update(efh_contacts=1005), first)
    read = traeger.read_folder(folder, ("2025/26",))
    assert [d.file for d in read.deliveries] == [current[1].name]
    ((name, reason),) = read.refused
    assert name == current[0].name and "Prüfsumme stimmt nicht" in reason
