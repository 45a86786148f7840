"""Reading interchange files of older format versions.

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
from typing import Any

from ..domain import tokens

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
    if not isinstance(doc, dict) or doc.get("version") not in (1, 2) \
            or not isinstance(doc.get("tables"), dict):
        return doc
    doc = copy.deepcopy(doc)
    if doc["version"] == 1:
        _v1_to_v2(doc)
    doc["version"] = CURRENT  # 2 → 3: the added tables are simply absent
    return doc


def upgrade_notes(doc: Any) -> list[str]:
    """What the reader should know about an older file (German, one sentence each)."""
    if isinstance(doc, dict) and doc.get("version") in (1, 2):
        return [f"Die Datei hat das ältere Format {doc['version']}: Sperren, Einschränkungen "
                "(auch die eingeschränkten Personen selbst), Löschentscheidungen, "
                "§ 9b-Kennzeichen, Löschprotokoll, Grabsteine, Auskunftsanfragen und "
                "Jahresbericht-Texte waren darin nicht enthalten und wurden daher auch nicht "
                "eingelesen. Für einen Umzug bitte eine neue Austauschdatei schreiben."]
    return []


def _v1_to_v2(doc: dict) -> None:
    """Statistics records v1 → v2, in place."""
    tables = doc["tables"]
    src = {name: _by_id(tables, name) for name in (
        "contact", "cp_procedure", "group_session", "group_activity", "open_offer_session",
        "network_activity", "partner")}
    rows = tables.get("statistics_record")
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, dict):
            try:
                _convert(row, src)
            except (TypeError, ValueError, AttributeError):
                continue  # left for validation to name
