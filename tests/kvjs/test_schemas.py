"""The published JSON Schemas (docs/schemas, versioned with their formats) hold for what
the product really writes: the KVJS export of a school, of a post with its staff block,
of a delivered year and the merged sum file; and the shipped rule pack. Each schema names
the format version the code writes and every figure the code counts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from ssa_desktop.domain import clock, kvjs
from ssa_desktop.domain import rule_pack as rp
from ssa_desktop.domain.entities import PostStaff
from ssa_desktop.exports import kvjs_document
from ssa_desktop.services import staff
from ssa_desktop.services import statistics as stats

from . import fixture
from .test_engine_fixture import POST, SCHOOL_1

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "schemas"
KVJS = SCHEMAS / f"kvjs-export.v{kvjs_document.FORMAT_VERSION}.schema.json"
PACK = SCHEMAS / f"rule-pack.v{rp.FORMAT_VERSION}.schema.json"


def _validator(path: Path) -> jsonschema.Draft202012Validator:
    schema = json.loads(path.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_each_schema_names_the_format_the_code_writes():
    export = json.loads(KVJS.read_text("utf-8"))
    assert export["properties"]["format"] == {"const": kvjs_document.FORMAT}
    assert export["properties"]["format_version"] == {"const": kvjs_document.FORMAT_VERSION}
    assert list(export["$defs"]["figures"]["properties"]) == list(kvjs.NAMES)
    pack = json.loads(PACK.read_text("utf-8"))
    assert pack["properties"]["format_version"] == {"const": rp.FORMAT_VERSION}
    assert [f["properties"]["name"]["const"] for f in pack["properties"]["grant_formula"]["oneOf"]] \
        == list(rp.FORMULAS)


@pytest.fixture
def written(conn, tmp_path):
    fixture.build(conn)
    staff.save_staff(conn, PostStaff("post-1", fixture.YEAR, "Soziale Arbeit (B.A.)", 75.0,
                                     date(2025, 10, 1), None, False, "free"))
    with clock.frozen(date(2026, 9, 1)):
        stats.mark_delivered(conn, fixture.YEAR, SCHOOL_1)
        paths = [stats.write_export(stats.report(conn, fixture.YEAR, scope, previous_years=0),
                                    "json", tmp_path / f"{scope.id}.json")
                 for scope in (POST, SCHOOL_1, stats.Scope("school", "school-2"))]
        stats.merge([paths[1], paths[2]], tmp_path / "Summe.json")  # never a post + its school
    return [*paths, tmp_path / "Summe.json"]


def test_every_kvjs_file_the_product_writes_fits_the_schema(written):
    validator = _validator(KVJS)
    docs = [json.loads(p.read_text("utf-8")) for p in written]
    assert [d["scope"]["kind"] for d in docs] == ["post", "school", "school", "merged"]
    assert "staff" in docs[0] and "delivered" in docs[1] and "rule_pack" in docs[0]
    for path, doc in zip(written, docs, strict=True):
        assert list(validator.iter_errors(doc)) == [], path.name
    docs[1]["scope"]["pupil_name"] = "Anna"   # nothing beyond the schema passes
    assert not validator.is_valid(docs[1])


def test_the_shipped_rule_pack_fits_the_schema_and_a_broken_one_does_not():
    validator = _validator(PACK)
    doc = json.loads(rp.shipped().text)
    assert list(validator.iter_errors(doc)) == []
    doc["grant_formula"] = {"name": "eval", "parameters": {}}
    assert not validator.is_valid(doc)


def test_the_export_names_her_landkreis_and_the_traeger_kit_sorts_by_it(conn, tmp_path):
    """Her Landkreis profile travels in ``scope.landkreis`` (school and post) and fits the
    schema; the Träger kit files the posts into that Landkreis without a list of its own."""
    from ssa_desktop.services import rule_packs, traeger

    fixture.build(conn)
    rule_packs.choose_landkreis(conn, "Breisgau-Hochschwarzwald")
    folder = tmp_path / "lieferungen"
    folder.mkdir()
    with clock.frozen(date(2026, 9, 1)):
        paths = [stats.write_export(stats.report(conn, fixture.YEAR, scope, previous_years=0),
                                    "json", folder / f"{scope.id}.json")
                 for scope in (POST, SCHOOL_1)]
    docs = [json.loads(p.read_text("utf-8")) for p in paths]
    assert [d["scope"].get("landkreis") for d in docs] == ["Breisgau-Hochschwarzwald"] * 2
    validator = _validator(KVJS)
    for doc in docs:
        assert list(validator.iter_errors(doc)) == []
    found, _ = traeger.books(folder, "2025/26")
    assert [b.landkreis for b in found] == ["Breisgau-Hochschwarzwald"]


def test_without_a_landkreis_profile_the_scope_names_none(conn, tmp_path):
    fixture.build(conn)
    with clock.frozen(date(2026, 9, 1)):
        doc = stats.export_document(stats.report(conn, fixture.YEAR, SCHOOL_1, previous_years=0))
    assert "landkreis" not in doc["scope"]
