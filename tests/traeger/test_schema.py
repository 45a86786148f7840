"""The delivery table's JSON follows its published schema
(docs/schemas/traeger-lieferungen.schema.json), checked with ``jsonschema``."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from ssa_desktop.domain import traeger
from ssa_desktop.services.traeger import TABLE_FORMAT, TABLE_FORMAT_VERSION

from .files import post_file, run, school_file

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "schemas"
                     / "traeger-lieferungen.schema.json").read_text("utf-8"))


def test_the_delivery_table_json_is_valid_and_the_schema_knows_each_status(capsys, tmp_path):
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    f = tmp_path / "lieferungen"
    post_file(f, "nord-24.json", "P-Nord", ["GMS-1", "RS-2"], "2024/25")
    post_file(f, "nord.json", "P-Nord", ["GMS-1"])
    school_file(f, "gms-a.json", "GMS-1")
    school_file(f, "gms-b.json", "GMS-1")
    school_file(f, "rs.json", "RS-2", old=True)
    school_file(f, "wrs.json", "WRS-4")
    (f / "kaputt.json").write_text("{", "utf-8")
    code, _, _ = run(capsys, "traeger", "deliveries", f, "--year", "2025/26",
                     "--json", tmp_path / "t.json")
    assert code == 0
    doc = json.loads((tmp_path / "t.json").read_text("utf-8"))
    jsonschema.validate(doc, SCHEMA)
    # every status occurs, and the schema lists exactly the product's
    assert {(r["post_file"], r["school_file"]) for r in doc["rows"]} == {
        ("geliefert", "doppelt"), ("fehlt", "ältere Fassung"), ("–", "geliefert")}
    rows = SCHEMA["$defs"]["row"]["properties"]
    assert rows["post_file"]["enum"] == [traeger.DELIVERED, traeger.MISSING, traeger.DUPLICATE,
                                         traeger.OLDER, traeger.NO_POST, traeger.CONFLICT]
    assert rows["school_file"]["enum"] == rows["post_file"]["enum"][:4] + [
        traeger.PARTIAL, traeger.CONFLICT, traeger.AMBIGUOUS]
    assert rows["school_status"]["enum"] == [traeger.STATUS_CODES[s]
                                             for s in rows["school_file"]["enum"]]
    # each status in machine form beside its German word
    assert {(r["post_file"], r["post_status"], r["school_file"], r["school_status"])
            for r in doc["rows"]} == {
        ("geliefert", "delivered", "doppelt", "duplicate"),
        ("fehlt", "missing", "ältere Fassung", "older"),
        ("–", "no_post", "geliefert", "delivered")}
    assert rows["post_status"]["enum"] == [traeger.STATUS_CODES[s]
                                           for s in rows["post_file"]["enum"]]
    assert SCHEMA["properties"]["format"]["const"] == TABLE_FORMAT
    assert SCHEMA["properties"]["format_version"]["const"] == TABLE_FORMAT_VERSION
    doc["rows"][0]["school_file"] = "vielleicht"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, SCHEMA)
