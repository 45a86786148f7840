"""Real KVJS exports for the Träger kit's tests: the files the product wrote
(tests/data/kvjs, format 1 and 3) with the scope, school year and some figures set;
format 3 written as this release writes it (the current format, sealed)."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

from ssa_desktop.domain import kvjs_integrity
from ssa_desktop.exports import kvjs_document
from tests.support.cli_runs import run_cli

DATA = Path(__file__).resolve().parents[1] / "data" / "kvjs"
_SCHOOL = json.loads((DATA / "format-3" / "KVJS_GMS-1_2025-26.json").read_text("utf-8"))
_POST = json.loads((DATA / "format-3" / "KVJS_Stelle-Nord_2025-26.json").read_text("utf-8"))
_OLD_SCHOOL = json.loads((DATA / "format-1" / "KVJS_GMS-1_2025-26.json").read_text("utf-8"))
NAMES = {"GMS-1": "Gemeinschaftsschule Am Park", "RS-2": "Realschule Am Berg", "GS": "Grundschule",
         "GS-3": "Grundschule Talweg", "WRS-4": "Werkrealschule Mühlbach", "HS-5": "Hauptschule Auwald"}


def school_file(folder: Path, name: str, code: str, year: str = "2025/26", *,
                old: bool = False, landkreis: str = "", school_name: str = "",
                created: str = "", period: tuple[str, str] | None = None, number: str = "",
                version: int = 0, **figures) -> Path:
    """A school's export (format 3, or format 1 with ``old``) with ``figures`` set; with
    ``landkreis`` its scope names one (as a rule pack's Landkreis profile may);
    ``school_name`` and ``created`` replace the usual name and creation time; ``period``
    (first, last day) the part of the year it covers (a handover); ``number`` its
    official Schulnummer ("" for none); ``version`` an older format, sealed (5: the last
    without ``school_number``)."""
    doc = copy.deepcopy(_OLD_SCHOOL if old else _SCHOOL)
    doc["school_year"] = year
    doc["scope"] = {"kind": "school", "code": code, "name": school_name or NAMES.get(code, code),
                    "school_type": "GMS"}
    if created:
        doc["created"] = created
    if landkreis:
        doc["scope"]["landkreis"] = landkreis
    if period:
        doc["scope"]["period"] = {"from": period[0], "to": period[1]}
    if number or not (old or version):
        doc["scope"]["school_number"] = number
    if version:
        doc["format_version"] = version
    doc["aggregates"].update(figures)
    changed = set(figures) | _within(doc["aggregates"], set(figures))
    for f in doc["fields"]:  # the form shows the figures set (a file that agrees)
        if f.get("aggregate") in changed:
            f["value"] = kvjs_integrity.field_value(doc["aggregates"], f)
    return _write(folder / name, doc)


def _within(aggregates: dict, figures: set[str]) -> set[str]:
    """The parts of a total set lower (contacts with parents of fewer contacts) brought
    within it, as a real file has them: the names changed."""
    changed: set[str] = set()
    for part, whole in kvjs_integrity.WITHIN:  # a whole before its parts' parts
        if whole not in figures | changed or part in figures:
            continue
        value, total = aggregates[part], aggregates[whole]
        if isinstance(value, dict) and any(v > total for v in value.values()) or \
                isinstance(value, dict) and sum(value.values()) > total:
            aggregates[part] = dict.fromkeys(value, 0)
            changed.add(part)
        elif not isinstance(value, dict) and value > total:
            aggregates[part] = total
            changed.add(part)
    return changed


def post_file(folder: Path, name: str, code: str, schools: list[str],
              year: str = "2025/26", numbers: dict[str, str] | None = None) -> Path:
    """A post's export of ``schools`` (codes); ``numbers``: code -> its Schulnummer."""
    doc = copy.deepcopy(_POST)
    doc["school_year"] = year
    doc["scope"] = {"kind": "post", "code": code, "name": code,
                    "schools": [{"code": c, "name": NAMES[c], "school_type": "GMS",
                                 "school_number": (numbers or {}).get(c, "")}
                                for c in schools]}
    return _write(folder / name, doc)


def _write(path: Path, doc: dict) -> Path:
    """The file as this release writes it (the current format, sealed); an old one as it was."""
    if doc["format_version"] >= 3:
        doc["format_version"] = max(doc["format_version"], kvjs_document.FORMAT_VERSION
                                    if doc["format_version"] == 3 else 0)
        kvjs_document.seal(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    """The command line as she runs it; never a traceback."""
    return run_cli(capsys, *argv, at=date(2026, 11, 2))
