"""The KVJS export as a JSON-ready document: the contract of the json file, the merge and
the source every other format is written from (docs/statistics.md, "Exportdatei")."""

from __future__ import annotations

import json
from pathlib import Path

from ..domain import clock, kvjs, kvjs_integrity, kvjs_periods
from ..domain import kvjs_template as tpl
from ..domain.file_names import safe_file_name
from ..formatting import fmt_figure as number  # the one rendering of a figure
from ..storage.files import atomic_write_bytes

FORMAT = "ssa-desktop-kvjs"
FORMAT_VERSION = 6
# every format version this release reads (merging); 1: the first export, 2: new
# aggregates, 3: the staff block (``staff`` and form lines without an
# aggregate, which a release reading format 2 would take for broken fields), 4: the
# content digest (``integrity``) and every figure required, 5: the period each school is
# covered for (``period``: a handover in the year makes two partial-year files), 6: each
# school's official Schulnummer (``school_number``, "" for none: its identity where given;
# a release reading format 5 would take one school under two codes for two)
KNOWN_VERSIONS = (1, 2, 3, 4, 5, 6)
# The figures a file of an older format version may lack (counted from format 2 on);
# any other missing figure is damage, never "an older release".
LATER_FIGURES: dict[int, tuple[str, ...]] = {1: (
    "cp_8a_by_outcome", "cp_8a_jugendamt_informed", "efh_cases_closed",
    "efh_cases_by_outcome", "efh_referrals_by_target", "grp_by_purpose",
    "grp_participants_by_purpose")}
EXTENSIONS = ("xlsx", "pdf", "csv", "json")


def build(*, template: tpl.Template, year_label: str, scope: dict, aggregates: kvjs.Aggregates,
          rows: list[tpl.Row], differences: dict | None = None,
          delivered_on: str = "", by_school_type: dict | None = None,
          staff: list[dict] | None = None, rule_pack: tuple[str, str] = ("", ""),
          revision: int = 0) -> dict:
    """``scope``: {"kind": "school"|"post"|"merged", "code", "name", "schools": […]}.
    ``by_school_type``: Schulart -> aggregates, when the scope has two or more types;
    fields of sections that ask for it then carry ``columns`` (Schulart -> value).
    ``staff``: the staff block of each post (``staff.export_record``), for a post.
    ``rule_pack``: (SHA-256, title) of the rule pack the year is computed under.
    ``revision``: the how-manieth export of the scope and year this is (0: not counted)."""
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "template": {"id": template.id, "version": template.version, "title": template.title},
        "school_year": year_label,
        "scope": scope,
        "created": created_now(),
        **({"revision": revision} if revision else {}),
        "aggregates": {name: aggregates[name] for name in kvjs.NAMES},
        "fields": [_field(r) for r in rows],
    }
    if by_school_type:
        doc["school_types"] = [{"code": t, "label": tpl.school_type_label(t)}
                               for t, _ in next((r.columns for r in rows if r.columns), ())]
        doc["by_school_type"] = {t: {name: agg[name] for name in kvjs.NAMES}
                                 for t, agg in by_school_type.items()}
    if staff:
        doc["staff"] = staff
    if rule_pack[0]:
        doc["rule_pack"] = {"id": rule_pack[0], "title": rule_pack[1]}
    if delivered_on:
        doc["delivered"] = {"on": delivered_on, "differences": differences or {}}
    return doc


def created_now() -> str:
    """The creation time of an export, to the second ("2026-11-02T10:15:30"): a corrected
    re-export of the same day is newer than the first (older files carry the date only)."""
    return clock.now().isoformat(timespec="seconds")


def _field(r: tpl.Row) -> dict:
    if r.staff:  # a line of the staff block: named by ``staff``, no aggregate
        return {"section": r.section, "id": r.field_id, "label": r.label, "staff": r.staff,
                "key": r.key, "sub": r.sub, "value": r.value}
    out = {"section": r.section, "id": r.field_id, "label": r.label, "aggregate": r.aggregate,
           "key": r.key, "sub": r.sub, "value": r.value}
    if r.columns:
        out["columns"] = dict(r.columns)
    return out


def column_types(doc: dict) -> list[tuple[str, str]]:
    """(Schulart code, label) of the per-Schulart columns, in order ([] without)."""
    return [(t["code"], t["label"]) for t in doc.get("school_types", [])]


def file_name(code: str, year_label: str, ext: str) -> str:
    """KVJS_<school code or post>_<2025-26>.<ext>, valid on Windows whatever the code holds."""
    return safe_file_name(f"KVJS_{code}_{year_label.replace('/', '-')}.{ext}")


def dumps(doc: dict) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def seal(doc: dict) -> dict:
    """``doc`` with its content digest (``integrity``, format 4): any later edit of a
    figure, field or scope makes the file disagree with it and be refused by name."""
    doc["integrity"] = {"digest": kvjs_integrity.digest(doc)}
    return doc


def write_json(doc: dict, path: Path) -> Path:
    atomic_write_bytes(path, dumps(doc))
    return path


def write_sealed(doc: dict, path: Path) -> Path:
    """The json file of an export or sum file, sealed with its digest."""
    atomic_write_bytes(path, dumps(seal(doc)))
    return path


def header_lines(doc: dict) -> list[tuple[str, str]]:
    """(label, text) lines above the form in every format."""
    scope = doc["scope"]
    lines = [("Vorlage", f"{doc['template']['title']} (Version {doc['template']['version']})"),
             ("Schuljahr", doc["school_year"]),
             ("Bereich", scope_text(scope)),
             ("Stand", _german_moment(doc["created"]))]
    lines += [("Zeitraum", text) for text in period_lines(doc)]
    lines += [("Schulnummer", text) for text in number_lines(doc)]
    if doc.get("delivered"):
        lines.append(("Abgegeben am", _german(doc["delivered"]["on"])))
    return lines


def period_lines(doc: dict) -> list[str]:
    """The part of the year a school's figures cover, where it is not the whole year (a
    handover in the year): "01.08.2026–22.11.2026 (Teiljahr)"; for a post per school."""
    scope = doc["scope"]
    entries = [scope] if scope["kind"] == "school" else scope.get("schools") or []
    whole = kvjs_periods.whole(doc["school_year"])
    out = []
    for entry in entries:
        period = kvjs_periods.of(entry, doc["school_year"])
        if period != whole:
            prefix = f"{entry.get('code') or entry.get('name')}: " if scope["kind"] != "school" else ""
            out.append(f"{prefix}{kvjs_periods.text(period)} (Teiljahr)")
    return out


def number_lines(doc: dict) -> list[str]:
    """The official Schulnummer of each school that has one (format 6): "04123456"; for a
    post per school ("GMS-1: 04123456")."""
    scope = doc["scope"]
    entries = [scope] if scope["kind"] == "school" else scope.get("schools") or []
    return [(f"{e.get('code') or e.get('name')}: " if scope["kind"] != "school" else "")
            + e["school_number"] for e in entries if e.get("school_number")]


def scope_text(scope: dict) -> str:
    if scope["kind"] == "school":
        return f"Schule {scope['name']}" + (f" ({scope['code']})" if scope.get("code") else "")
    if scope["kind"] == "post":
        schools = ", ".join(s["name"] for s in scope.get("schools", []))
        name = scope["name"]   # „Stelle Schulsozialarbeit Nord“ not twice „Stelle“
        return (name if name.startswith("Stelle") else f"Stelle {name}") + (
            f" – {schools}" if schools else "")
    return "Zusammenführung: " + "; ".join(scope_text(p) for p in scope.get("parts", []))


def _german_moment(iso: str) -> str:
    """"02.11.2026, 10:15 Uhr" for a creation time, "02.11.2026" for a date only."""
    day, _, time = iso.partition("T")
    return _german(day) + (f", {time[:5]} Uhr" if time else "")


def _german(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def difference_lines(doc: dict) -> list[tuple[str, str]]:
    """(figure, change) for every figure that differs from the delivered one."""
    out = []
    for name, delta in (doc.get("delivered") or {}).get("differences", {}).items():
        label = kvjs.BY_NAME[name].label
        if isinstance(delta, dict):
            for key, d in delta.items():
                out.append((f"{label}: {tpl.key_label(name, key)}", _signed(d)))
        else:
            out.append((label, _signed(delta)))
    return out


def _signed(value) -> str:
    text = number(value)
    return text if text.startswith("-") else f"+{text}"
