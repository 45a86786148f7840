"""Reading interchange files of older format versions and schemas.

One step for every schema change that changed the shape of the format's tables (a column
gone or moved; an added column needs none: its default fills it), named like the
migration it follows and applied where a file still has the old shape, whatever its
format number says (the format number was raised later than some schema changes):

- ``statistics_v2``: a format-1 statistics record without ``record_type`` (below).
- ``i20_r5_one_store``: ``cp_procedure.retention_decision`` (every format up to early 3)
  becomes a row of ``retention_decision`` for the procedure's person, as the vault
  migration does (``retention_repo.move_cp_decisions``).

Version 2 carried only the tables with a domain dataclass: holds, restrictions,
retention decisions, § 9b marks, the deletion log, tombstones, Auskunft requests and
Jahresbericht texts were missing (a vault moved with it lost them). A version-2 file is
read as version 3 without those tables (there is nothing to convert: they were not in
the file; ``import-json`` says so, ``upgrade_notes``).

Version 1 wrote the anonymous statistics records with one ``kind`` mixing five
catalogues, a ``source_kind`` and the person's own token. ``upgrade`` converts such a
document to version 2 exactly as the vault migration statistics_v2 does
(storage/migrations/0003_statistics_v2.sql and ``statistics_repo.backfill_v2``): record
type, one field per catalogue, per-year tokens, details from the sources in the file.
Rows it cannot read are left as they are, so validation names them.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

from ..domain import retention as rt
from ..domain import tokens
from ..domain.digests import sha256

_TYPES = {"cp_procedure": "cp_8a"}


def _by_id(tables: dict, name: str) -> dict[str, dict]:
    rows = tables.get(name)
    if not isinstance(rows, list):
        return {}
    return {r["id"]: r for r in rows if isinstance(r, dict) and isinstance(r.get("id"), str)}


def _convert(row: dict[str, Any], src: dict[str, Any]) -> None:
    # rows of a file not yet validated: any JSON value (validation names what is wrong)
    source_kind, kind = row.pop("source_kind", ""), row.pop("kind", "")
    record_type = _TYPES.get(source_kind, source_kind)
    row["record_type"] = record_type
    year: Any = row.get("school_year")
    source_id: Any = row.get("source_id")
    secret = row.get("person_token", "") or ""
    row["person_token"] = tokens.person_token(secret, year)
    visitors = row.pop("visitors", 0)
    if record_type in ("contact", "short_contact"):
        row["contact_kind"] = kind
    if record_type == "contact" and source_id in src["contact"]:
        row["case_token"] = tokens.case_token(secret, src["contact"][source_id].get("case_id"), year)
    elif record_type == "cp_8a":
        proc = src["cp_procedure"].get(source_id, {})
        row["case_token"] = tokens.case_token(secret, proc.get("case_id") or source_id, year)
        row["youth_office"] = bool(proc.get("youth_office_involved", False))
    elif record_type == "group_session":
        row["group_kind"] = kind
        group = src["group_activity"].get(src["group_session"].get(source_id, {}).get("group_id"))
        if group:
            row["group_token"] = tokens.group_token(group["id"], group.get("school_year"))
            for g in "mwd":
                row[f"participants_{g}"] = group.get(f"participants_{g}", 0)
        else:
            row["group_token"] = tokens.group_token(source_id, year)
    elif record_type == "open_offer":
        row["visitors"] = visitors
        offer = src["open_offer_session"].get(source_id, {})
        for g in "mwd":
            row[f"visitors_{g}"] = offer.get(f"visitors_{g}") or 0
    elif record_type == "network":
        row["network_kind"] = kind
        act = src["network_activity"].get(source_id, {})
        row["partner_type"] = src["partner"].get(act.get("partner_id"), {}).get("partner_type", "")


CURRENT = 3


def upgrade(doc: Any) -> Any:
    """An older document as the current version (other documents are returned unchanged;
    the caller's document is never changed)."""
    if not isinstance(doc, dict) or doc.get("version") not in (1, 2, CURRENT) \
            or not isinstance(doc.get("tables"), dict):
        return doc
    steps = [step for applies, step in STEPS if applies(doc)]
    if not steps and doc["version"] == CURRENT:
        return doc
    doc = copy.deepcopy(doc)
    for step in steps:
        step(doc)
    doc["version"] = CURRENT  # 2 → 3: the added tables are simply absent
    return doc


def upgrade_notes(doc: Any) -> list[str]:
    """What the reader should know about an older file (German, one sentence each)."""
    if isinstance(doc, dict) and doc.get("version") in (1, 2):
        return [f"Die Datei hat das ältere Format {doc['version']}: Sperren, Einschränkungen "
                "(auch die eingeschränkten Personen selbst), Löschentscheidungen (außer denen "
                "abgeschlossener § 8a-Verfahren), "
                "§ 9b-Kennzeichen, Löschprotokoll, Grabsteine, Auskunftsanfragen und "
                "Jahresbericht-Texte waren darin nicht enthalten und wurden daher auch nicht "
                "eingelesen. Für einen Umzug bitte eine neue Austauschdatei schreiben."]
    return []


def _rows(doc: dict, table: str) -> list[dict]:
    rows = doc["tables"].get(table)
    return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []


def _has_v1_statistics(doc: dict) -> bool:
    return doc["version"] == 1 and any(
        "record_type" not in r for r in _rows(doc, "statistics_record"))


def _v1_to_v2(doc: dict) -> None:
    """Statistics records v1 → v2, in place (records already v2 are left as they are)."""
    tables = doc["tables"]
    src = {name: _by_id(tables, name) for name in (
        "contact", "cp_procedure", "group_session", "group_activity", "open_offer_session",
        "network_activity", "partner")}
    for row in _rows(doc, "statistics_record"):
        if "record_type" in row:
            continue
        try:
            _convert(row, src)
        except (TypeError, ValueError, AttributeError):
            continue  # left for validation to name


def _has_cp_decisions(doc: dict) -> bool:
    return any("retention_decision" in r for r in _rows(doc, "cp_procedure"))


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _decided(proc: dict, steps: list[dict]) -> date | None:
    """The procedure's latest step 9 (closure or yearly review), else its closing day."""
    days = [d for d in (_day(s.get("day")) for s in steps
                        if s.get("procedure_id") == proc.get("id") and s.get("step") == "9")
            if d is not None]
    return max(days) if days else _day(proc.get("closed"))


def _review_months(doc: dict) -> int:
    option = rt.rule_table()["R5"].period("review_months").option
    settings = doc.get("settings")
    value = settings.get(option.name) if isinstance(settings, dict) else None
    return option.decode(value if isinstance(value, str) else None)


def _move_cp_decisions(doc: dict) -> None:
    """``cp_procedure.retention_decision`` → ``retention_decision``, in place; the row's id
    is derived from the procedure's, so the same file read twice brings the same row."""
    months, steps = _review_months(doc), _rows(doc, "cp_step")
    moved = []
    for index, proc in enumerate(_rows(doc, "cp_procedure")):
        decision = proc.pop("retention_decision", "")
        decided = _decided(proc, steps)
        if proc.get("status") != "closed" or decision not in rt.DECISIONS or decided is None:
            continue
        key = sha256(f"cp_procedure.retention_decision:{proc.get('id')}".encode())
        moved.append((decided, index, {
            "id": key.hexdigest()[:32], "record_kind": rt.PERSON,
            "record_id": proc.get("person_id"), "decision": decision,
            "decided": decided.isoformat(),
            "review": rt.add_months(decided, months).isoformat()}))
    if moved:
        existing = doc["tables"].get("retention_decision")
        rows = existing if isinstance(existing, list) else []
        doc["tables"]["retention_decision"] = rows + [row for *_, row in sorted(
            moved, key=lambda m: (m[0], m[1]))]


# (applies to the document?, convert it in place), in the order of the migrations
STEPS: list[tuple[Callable[[dict], bool], Callable[[dict], None]]] = [
    (_has_v1_statistics, _v1_to_v2),               # statistics_v2
    (_has_cp_decisions, _move_cp_decisions),       # i20_r5_one_store
]
