"""The JSON interchange format: everything a vault holds except its keys (docs/interchange.md).

``export_document`` reads every table of the vault (``repositories.ALL_TABLES`` and every
other table of the schema, ``merge_tables``) plus its settings and meta data (without
``vault_uuid``) into a plain, deterministic document; ``import_document`` validates a
document completely and writes it into an EMPTY vault in one transaction, or writes
nothing at all; ``merge_document`` reads it into a vault that has data
(``interchange_merge``). The field list of each table is the field list
of its dataclass, so the format follows the schema without a second description here;
catalogue fields are checked against ``domain.catalogues``; references are checked
against the foreign keys of the schema itself.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from ..domain import appointment_times, clock, strict_json, tables
from ..domain import catalogues as cat
from ..domain.errors import UserError
from ..domain.text_safety import TEXT_LIMIT
from ..storage import documents_repo, handover_repo
from ..storage import interchange_repo as ixrepo
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.errors import VaultError
from ..storage.files import atomic_write_bytes
from ..storage.mapper import Table
from . import interchange_archive, interchange_derive, interchange_upgrade

_T = TypeVar("_T")

FORMAT = "ssa-desktop-interchange"
# 2: statistics record v2; 3: every table of the vault (holds, restrictions, decisions,
# § 9b marks, deletion log, tombstones, Auskunft, Jahresbericht …). Older versions are
# still read (interchange_upgrade).
VERSION = 3

# SQLite stores 64-bit integers; longer digit strings are not even converted (Python
# limits int() to 4,300 digits and the conversion itself costs time).
_INT_MIN, _INT_MAX, _MAX_INT_DIGITS = -(2 ** 63), 2 ** 63 - 1, 20


class _BadNumber:
    """A JSON number SQLite cannot store (beyond 64 bits, NaN, Infinity), kept as its text
    so that validation names the field instead of failing while parsing or inserting."""

    def __init__(self, text: str):
        self.text = text

    def __str__(self) -> str:
        if len(self.text) > 24:
            return f"eine Zahl mit {len(self.text.lstrip('-'))} Ziffern"
        return self.text


def _parse_int(text: str) -> int | _BadNumber:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        return _BadNumber(text)
    value = int(text)
    return value if _INT_MIN <= value <= _INT_MAX else _BadNumber(text)


def _parse_float(text: str) -> float | _BadNumber:
    value = float(text)
    return value if math.isfinite(value) else _BadNumber(text)


def _printable(text: str) -> str:
    """``text`` with lone surrogates shown as \\udXXX (they cannot be printed or stored)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False

# Catalogue behind each coded field (declared per table, domain/tables.py). Empty string is allowed where the dataclass default
# is "" (no value chosen).
CATALOGUE_FIELDS: dict[tuple[str, str], cat.Catalogue] = tables.catalogue_fields()

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)

# Catalogues the worker can extend: the setting that holds her entries as a
# JSON list of [code, label]. Her codes are valid wherever the catalogue is, in the
# file that carries the setting (and, when merging, in the vault that has it).
EXTENDABLE_CATALOGUES: dict[str, str] = {cat.TIME_CATEGORIES.name: "timeshare.extra_categories"}

# Text columns of the tables without a dataclass that hold a date ("JJJJ-MM-TT", a time
# may follow) or a JSON object; checked at the import boundary like typed fields
# (declared per table, domain/tables.py).
DATE_TEXT_COLUMNS = tables.column_set("dates")
# Names (printed on slips, lists, exports): no direction overrides or control characters
# (domain.text_safety). The fields whose entry strips them (persons, schools), so that
# every vault the app writes moves; an older vault's name is fixed by saving it again.
NAME_FIELDS = tables.column_set("names")
JSON_TEXT_COLUMNS = tables.column_set("json")
_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]{1,30})?$", re.ASCII)


def extra_codes(settings: Any) -> dict[str, set[str]]:
    """{catalogue name: codes the worker added} from a settings section (text → text)."""
    result: dict[str, set[str]] = {}
    if not isinstance(settings, dict):
        return result
    for catalogue, key in EXTENDABLE_CATALOGUES.items():
        try:
            items = strict_json.loads(settings.get(key) or "[]")
        except (TypeError, ValueError, RecursionError):
            continue
        result[catalogue] = {item[0] for item in items if isinstance(items, list)
                             and isinstance(item, list) and len(item) == 2
                             and all(isinstance(x, str) for x in item) and item[0]
                             and not re.search(r"\s", item[0])} if isinstance(items, list) else set()
    return result


def _is_date_text(value: str) -> bool:
    if not _DATE_PREFIX.match(value):
        return False
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True
_MAX_PROBLEMS = 200

# Size limits of a text field on import (docs/interchange.md "Size limits on import"):
# characters per value. The same check reads every interchange document, a return of the
# Vertretung and a school package (all go through ``validate_document``), so an oversized
# text is refused with table and field named and nothing of the file is written.
# Machine-written texts that can legitimately be longer (JSON kept as text).
LARGE_TEXT_LIMIT = 2_000_000
LARGE_TEXT_COLUMNS = tables.column_set("large")


def text_limit(table: str, field_name: str) -> int:
    return LARGE_TEXT_LIMIT if (table, field_name) in LARGE_TEXT_COLUMNS else TEXT_LIMIT


@dataclass(frozen=True)
class ImportProblem:
    """One reason a document cannot be imported: where (JSON path) and what (German)."""

    place: str
    message: str

    def __str__(self) -> str:
        text = f"{self.place}: {self.message}" if self.place else self.message
        return _printable(text)


# The name used in the design brief; deliberately shadows the builtin only in this module's
# namespace when imported explicitly (``from …interchange import ImportError``).
ImportError = ImportProblem


class InterchangeError(VaultError):
    """Import refused; ``problems`` lists every reason (the message names the first ones)."""

    def __init__(self, problems: list[ImportProblem], message: str | None = None):
        self.problems = list(problems)
        if message is None:
            shown = "\n".join(f"  {p}" for p in self.problems[:10])
            more = len(self.problems) - 10
            tail = f"\n  … und {more} weitere" if more > 0 else ""
            message = (f"Die Datei wurde nicht eingelesen; es wurde nichts verändert. "
                       f"{len(self.problems)} Fehler:\n{shown}{tail}")
        super().__init__(message)


# -- field descriptions -------------------------------------------------------------------
@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # str | int | float | bool | date | codes
    optional: bool  # None allowed
    required: bool  # must be present in a row
    default: Any


def _spec(table: Table, field: dataclasses.Field) -> FieldSpec:
    annotation = str(field.type).replace(" ", "")
    optional = annotation.endswith("|None")
    base = annotation.removesuffix("|None")
    kind = {"str": "str", "int": "int", "float": "float", "bool": "bool", "date": "date"}.get(
        base, "codes" if base.startswith("tuple") else "str")
    has_default = (field.default is not dataclasses.MISSING
                   or field.default_factory is not dataclasses.MISSING)
    required = not has_default or field.name in table.key
    default = field.default if field.default is not dataclasses.MISSING else None
    return FieldSpec(field.name, kind, optional, required, default)


@cache
def field_specs(table_name: str) -> tuple[FieldSpec, ...]:
    table = _TABLES[table_name]
    return tuple(_spec(table, f) for f in dataclasses.fields(table.cls))


# The mapped tables (domain dataclasses), then every other table of the schema with a
# field per column (holds, restrictions, decisions, § 9b marks, deletion log, tombstones,
# Auskunft requests, Jahresbericht texts …): a table a later schema adds travels without
# code here (tests/services/test_interchange_complete.py).
_TABLE_LIST: list[Table] = list(repo.ALL_TABLES) + ixrepo.generic_tables(
    {t.name for t in repo.ALL_TABLES})
_TABLES: dict[str, Table] = {t.name: t for t in _TABLE_LIST}


def merge_tables() -> list[Table]:
    """Every table of the format, parents before children (the order of writing)."""
    return list(_TABLE_LIST)


@lru_cache(maxsize=1)
def references() -> dict[str, dict[str, str]]:
    """{table: {column: parent table}} from the schema's own foreign keys."""
    return ixrepo.schema_references(tuple(_TABLES))


# -- export -------------------------------------------------------------------------------
def _to_json(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "date":
        return value.isoformat()
    if kind == "codes":
        return list(value)
    if kind == "bool":
        return bool(value)
    return value


def export_document(conn: Connection, *, now: datetime | None = None) -> dict:
    """The whole vault content (without keys) as a JSON-ready dict, rows sorted by key.

    Everything the vault holds travels, records under a restriction of processing (Art. 18
    DSGVO) too: they stay marked as restricted by their rows in ``retention_restriction``,
    so the new vault keeps them restricted."""
    tables: dict[str, list[dict]] = {}
    for table in _TABLE_LIST:
        specs = field_specs(table.name)
        rows: list[dict] = []
        for obj in ixrepo.rows_by_key(conn, table):
            row = {s.name: _to_json(s.kind, getattr(obj, s.name)) for s in specs}
            for name, value in row.items():
                if isinstance(value, float) and not math.isfinite(value):
                    raise InterchangeError(
                        [ImportProblem(f"tables.{table.name}[{len(rows)}].{name}",
                                       f"{value} ist keine Zahl im JSON-Sinn")],
                        f"Die Austauschdatei wurde nicht geschrieben: tables.{table.name}"
                        f"[{len(rows)}].{name} enthält {value}, das JSON nicht kennt. Bitte den "
                        "Wert in SSA Desktop korrigieren.")
            rows.append(row)
        tables[table.name] = rows
    settings, meta = ixrepo.settings_and_meta(conn)
    meta = handover_repo.public_meta(meta)  # "everything except the keys": no package key
    meta.pop("vault_uuid", None)
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "schema_version": ixrepo.schema_version(conn),
        "exported": (now or clock.now()).isoformat(timespec="seconds"),
        "meta": meta,
        "settings": settings,
        "tables": tables,
    }
    uncounted = interchange_derive.not_counted(conn)
    if uncounted:  # activities a predecessor counted: the import must not count them
        doc["not_counted"] = uncounted
    return doc


def dumps(doc: dict) -> bytes:
    """Strict JSON: no NaN/Infinity (``export_document`` refuses them with their place)."""
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False, allow_nan=False)
            + "\n").encode("utf-8")


def write_export(conn: Connection, path: Path | str, *, with_documents: bool = False) -> Path:
    """Write the export atomically with owner-only permissions. The file is NOT encrypted.
    ``with_documents``: her documents go along, their bytes in the archive beside it
    (``interchange_archive``), written first, so a JSON never names a missing archive."""
    path = Path(path)
    doc = export_document(conn)
    if with_documents and documents_repo.all_ids(conn):
        doc[interchange_archive.SECTION] = interchange_archive.write_archive(conn, path)
    atomic_write_bytes(path, dumps(doc))
    return path


def upgrade(doc: Any) -> Any:
    """``doc`` as the current version: an older format converted
    (``interchange_upgrade``), every legacy catalogue code read as today
    (``catalogues.LEGACY_CODES``: the "VKL" earlier versions stored for the Verbundschule
    is VBS) and an appointment's and a contact's times as every way in stores them
    („9:00“ → 09:00, ``appointment_times.stored_times`` and ``contact_time``; times the
    form refuses stay for the validation to name). The caller's document is never changed."""
    doc = interchange_upgrade.upgrade(doc)
    if not isinstance(doc, dict) or not isinstance(doc.get("tables"), dict):
        return doc
    changes = [*_codes_as_today(doc["tables"]), *_times_as_stored(doc["tables"])]
    if changes:  # copied on a change only: most files have none
        doc = dict(doc, tables={k: (list(v) if isinstance(v, list) else v)
                                for k, v in doc["tables"].items()})
    for table, i, change in changes:
        doc["tables"][table][i] = dict(doc["tables"][table][i], **change)
    return doc


def _rows(tables: dict, table: str) -> Iterator[tuple[int, dict]]:
    rows = tables.get(table)
    return ((i, row) for i, row in enumerate(rows if isinstance(rows, list) else [])
            if isinstance(row, dict))


def _codes_as_today(tables: dict) -> Iterator[tuple[str, int, dict]]:
    """(table, row, {field: code read as today}) of each legacy code."""
    for table, name, legacy in _legacy_fields():
        for i, row in _rows(tables, table):
            value = row.get(name)
            if (new := _as_today(value, legacy)) != value:
                yield table, i, {name: new}


def _times_as_stored(tables: dict) -> Iterator[tuple[str, int, dict]]:
    """(table, row, {start, end as stored}) of each appointment, (table, row, {time as
    stored}) of each contact, with times the form takes but stores otherwise („9:00“)."""
    for i, row in _rows(tables, "appointment"):
        start, end = row.get("start"), row.get("end")
        stored = _as_stored(appointment_times.stored_times, start, end)
        if stored is not None and stored != (start, end):
            yield "appointment", i, {"start": stored[0], "end": stored[1]}
    for i, row in _rows(tables, "contact"):
        time = row.get("time")
        stored_time = _as_stored(appointment_times.contact_time, time)
        if stored_time is not None and stored_time != time:
            yield "contact", i, {"time": stored_time}


def _as_stored(store: Callable[..., _T], *times: Any) -> _T | None:
    """``store(*times)``: the times as stored; None when one is no text or the rule
    refuses them (the validation names it with the rule's sentence)."""
    if not all(isinstance(t, str) for t in times):
        return None
    try:
        return store(*times)
    except UserError:
        return None


def _legacy_fields() -> list[tuple[str, str, dict[str, str]]]:
    """(table, field, {legacy code: today's}) of each catalogue field with legacy codes."""
    return [(table, name, cat.LEGACY_CODES[catalogue.name])
            for (table, name), catalogue in CATALOGUE_FIELDS.items()
            if catalogue.name in cat.LEGACY_CODES]


def _as_today(value: Any, legacy: dict[str, str]) -> Any:
    """A code, or each code of a list, read as today; anything else as it is."""
    if isinstance(value, list):
        return [legacy.get(c, c) if isinstance(c, str) else c for c in value]
    return legacy.get(value, value) if isinstance(value, str) else value


_TOO_DEEP = "Die Daten sind zu tief verschachtelt; das ist keine Austauschdatei von SSA Desktop."


# -- import -------------------------------------------------------------------------------
def _from_json(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind == "date":
        return date.fromisoformat(value)
    if spec.kind == "codes":
        return tuple(value)
    if spec.kind == "float":
        return float(value)
    return value


def _build(table: Table, row: dict) -> Any:
    values = {}
    for spec in field_specs(table.name):
        if spec.name in row:
            values[spec.name] = _from_json(spec, row[spec.name])
    return table.cls(**values)


def read_document(path: Path | str) -> Any:
    """Read and parse a JSON file; raise InterchangeError with a German message on bad JSON."""
    raw = Path(path).read_bytes()
    try:
        return strict_json.loads(raw.decode("utf-8"), parse_int=_parse_int,
                                 parse_float=_parse_float, parse_constant=_BadNumber)
    except strict_json.StrictJsonError as err:
        raise InterchangeError([], f"Die Datei {Path(path).name} wurde nicht eingelesen: {err}; "
                                   "es wurde nichts verändert.") from None
    except RecursionError:
        raise InterchangeError([], f"Die Datei {Path(path).name}: {_TOO_DEEP} Es wurde nichts "
                                   "verändert.") from None
    except UnicodeDecodeError:
        raise InterchangeError([], f"Die Datei {Path(path).name} ist keine UTF-8-Textdatei; "
                                   "es wurde nichts verändert.") from None
    except json.JSONDecodeError as err:
        raise InterchangeError([], f"Die Datei {Path(path).name} ist kein gültiges JSON "
                                   f"(Zeile {err.lineno}, Spalte {err.colno}); es wurde nichts "
                                   "verändert.") from None
