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
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..domain import catalogues as cat
from ..domain import clock, tables
from ..domain.text_safety import TEXT_LIMIT, name_problem
from ..storage import handover_repo, migrations
from ..storage import interchange_repo as ixrepo
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.errors import VaultError
from ..storage.files import atomic_write_bytes
from ..storage.mapper import Table
from ..storage.transactions import transaction
from . import interchange_upgrade
from .interchange_derive import derive_missing_statistics
from .operations import DataKind, writes

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

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

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
_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]{1,30})?$")


def extra_codes(settings: Any) -> dict[str, set[str]]:
    """{catalogue name: codes the worker added} from a settings section (text → text)."""
    result: dict[str, set[str]] = {}
    if not isinstance(settings, dict):
        return result
    for catalogue, key in EXTENDABLE_CATALOGUES.items():
        try:
            items = json.loads(settings.get(key) or "[]")
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


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _too_long(table: str, field_name: str, length: int) -> str | None:
    limit = text_limit(table, field_name)
    if length <= limit:
        return None
    return (f"Text zu lang in Tabelle „{table}“, Feld „{field_name}“: {_thousands(length)} "
            f"Zeichen, höchstens {_thousands(limit)} Zeichen sind erlaubt")


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
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema_version": ixrepo.schema_version(conn),
        "exported": (now or clock.now()).isoformat(timespec="seconds"),
        "meta": meta,
        "settings": settings,
        "tables": tables,
    }


def dumps(doc: dict) -> bytes:
    """Strict JSON: no NaN/Infinity (``export_document`` refuses them with their place)."""
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False, allow_nan=False)
            + "\n").encode("utf-8")


def write_export(conn: Connection, path: Path | str) -> Path:
    """Write the export atomically with owner-only permissions. The file is NOT encrypted."""
    path = Path(path)
    atomic_write_bytes(path, dumps(export_document(conn)))
    return path


# -- validation ---------------------------------------------------------------------------
def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, _BadNumber):
        return "Zahl"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "Zahl"
    if isinstance(value, str):
        return "Text"
    if isinstance(value, list):
        return "Liste"
    if isinstance(value, dict):
        return "Objekt"
    return type(value).__name__


def _show(value: Any) -> str:
    if isinstance(value, _BadNumber):
        return str(value)
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (ValueError, RecursionError):
        text = "…"
    if isinstance(value, str):
        text = f"„{value}“"
    return text if len(text) <= 60 else text[:57] + "…"


_KIND_WORDS = {"str": "Text", "int": "ganze Zahl", "float": "Zahl", "bool": "true oder false",
               "date": "Datum (JJJJ-MM-TT)", "codes": "Liste von Codes"}


# One check per declared field kind (``FieldSpec.kind``): each yields its problems as
# (suffix of the place, German sentence); the first problem of a value is its only one,
# except in a list of codes, where each code is checked.
Problems = Iterator[tuple[str, str]]


def _check_value(table: str, spec: FieldSpec, value: Any, place: str,
                 problems: list[ImportProblem], extra: dict[str, set[str]] | None = None
                 ) -> None:
    """``value`` of the field ``spec`` of ``table`` against its kind (``_KIND_CHECKS``);
    ``extra`` are the codes the vault added to a catalogue."""
    for where, message in _value_problems(table, spec, value, extra or {}):
        problems.append(ImportProblem(place + where, message))


def _value_problems(table: str, spec: FieldSpec, value: Any,
                    extra: dict[str, set[str]]) -> Problems:
    if value is None:
        if not spec.optional:
            yield "", "darf nicht leer (null) sein"
        return
    if isinstance(value, _BadNumber):
        yield "", (f"{value} lässt sich nicht speichern (erwartet {_KIND_WORDS[spec.kind]}; "
                   "ganze Zahlen höchstens 19 Stellen, keine NaN/Infinity)")
        return
    yield from _KIND_CHECKS[spec.kind](table, spec, value, extra)


def _check_text(table: str, spec: FieldSpec, value: Any, extra: dict[str, set[str]]
                ) -> Problems:
    """Text: a string within its column's length; names, date texts, JSON texts and
    catalogue codes as their columns declare."""
    if not isinstance(value, str):
        yield "", f"erwartet {_KIND_WORDS['str']}, gefunden {_type_name(value)}"
    elif problem := (_text_problem(table, spec.name, value)
                     or _code_problem(table, spec, value, extra)):
        yield "", problem


def _text_problem(table: str, name: str, value: str) -> str | None:
    column = (table, name)
    if too_long := _too_long(table, name, len(value)):
        return too_long
    if _has_surrogate(value):
        return ("enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat, z. B. aus "
                "einer beschädigten Datei)")
    if column in NAME_FIELDS and (problem := name_problem(value)):
        return (f"{problem} (im Tresor, aus dem die Datei stammt, entfernt erneutes Speichern "
                "der Person bzw. Schule sie)")
    if column in DATE_TEXT_COLUMNS and not _is_date_text(value):
        return f"{_show(value)} ist kein gültiges Datum (erwartet JJJJ-MM-TT)"
    if column in JSON_TEXT_COLUMNS and value and not _is_json_object(value):
        return "erwartet ein JSON-Objekt als Text"
    return None


def _is_json_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except (ValueError, RecursionError):
        return False


def _code_problem(table: str, spec: FieldSpec, value: str, extra: dict[str, set[str]]
                  ) -> str | None:
    """A text field with a catalogue holds one of its codes (or the vault's own, or is
    empty where empty is the default)."""
    catalogue = CATALOGUE_FIELDS.get((table, spec.name))
    if (catalogue is None or value in catalogue or (value == "" and spec.default == "")
            or value in extra.get(catalogue.name, ())):
        return None
    return f"unbekannter Code {_show(value)} im Katalog {catalogue.name}"


def _check_int(table: str, spec: FieldSpec, value: Any, extra: dict[str, set[str]]
               ) -> Problems:
    """A whole number (not true/false)."""
    if isinstance(value, bool) or not isinstance(value, int):
        yield "", f"erwartet {_KIND_WORDS['int']}, gefunden {_show(value)}"


def _check_float(table: str, spec: FieldSpec, value: Any, extra: dict[str, set[str]]
                 ) -> Problems:
    """A finite number (not true/false)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        yield "", f"erwartet {_KIND_WORDS['float']}, gefunden {_show(value)}"
    elif not math.isfinite(value):
        yield "", f"{value} ist keine endliche Zahl"


def _check_bool(table: str, spec: FieldSpec, value: Any, extra: dict[str, set[str]]
                ) -> Problems:
    """true or false."""
    if not isinstance(value, bool):
        yield "", f"erwartet {_KIND_WORDS['bool']}, gefunden {_show(value)}"


def _check_date(table: str, spec: FieldSpec, value: Any, extra: dict[str, set[str]]
                ) -> Problems:
    """A day of the calendar as JJJJ-MM-TT."""
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        yield "", f"{_show(value)} ist kein gültiges Datum (erwartet JJJJ-MM-TT)"
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        yield "", f"{_show(value)} ist kein gültiges Datum"


def _check_codes(table: str, spec: FieldSpec, value: Any, extra: dict[str, set[str]]
                 ) -> Problems:
    """A list of codes, each checked (its place is its index)."""
    if not isinstance(value, list):
        yield "", f"erwartet {_KIND_WORDS['codes']}, gefunden {_type_name(value)}"
        return
    catalogue = CATALOGUE_FIELDS.get((table, spec.name))
    own = extra.get(catalogue.name, ()) if catalogue is not None else ()
    for i, code in enumerate(value):
        if problem := _list_code_problem(table, spec.name, code, catalogue, own):
            yield f"[{i}]", problem


def _list_code_problem(table: str, name: str, code: Any, catalogue: cat.Catalogue | None,
                       own: Collection[str]) -> str | None:
    if isinstance(code, str) and (too_long := _too_long(table, name, len(code))):
        return too_long
    if not isinstance(code, str) or not code or re.search(r"\s", code) or _has_surrogate(code):
        return f"{_show(code)} ist kein gültiger Code"
    if catalogue is not None and code not in catalogue and code not in own:
        return f"unbekannter Code {_show(code)} im Katalog {catalogue.name}"
    return None


# field kind -> its check (``_spec`` declares the kind from the dataclass annotation)
_KIND_CHECKS = {"str": _check_text, "int": _check_int, "float": _check_float,
                "bool": _check_bool, "date": _check_date, "codes": _check_codes}


def upgrade(doc: Any) -> Any:
    """``doc`` as the current version: an older format converted
    (``interchange_upgrade``) and every legacy catalogue code read as today
    (``catalogues.LEGACY_CODES``: the "VKL" earlier versions stored for the Verbundschule
    is VBS). The caller's document is never changed."""
    doc = interchange_upgrade.upgrade(doc)
    if not isinstance(doc, dict) or not isinstance(doc.get("tables"), dict):
        return doc
    fields = [(table, name, cat.LEGACY_CODES[catalogue.name])
              for (table, name), catalogue in CATALOGUE_FIELDS.items()
              if catalogue.name in cat.LEGACY_CODES]
    copied = False
    for table, name, legacy in fields:
        rows = doc["tables"].get(table)
        for i, row in enumerate(rows if isinstance(rows, list) else []):
            if not isinstance(row, dict):
                continue
            value = row.get(name)
            new: object
            if isinstance(value, list):
                new = [legacy.get(c, c) if isinstance(c, str) else c for c in value]
            else:
                new = legacy.get(value, value) if isinstance(value, str) else value
            if new == value:
                continue
            if not copied:  # copy on the first change only: most files have none
                doc = dict(doc, tables={k: (list(v) if isinstance(v, list) else v)
                                        for k, v in doc["tables"].items()})
                copied = True
            doc["tables"][table][i] = dict(row, **{name: new})
    return doc


def _check_header(doc: Any, problems: list[ImportProblem]) -> bool:
    if not isinstance(doc, dict):
        problems.append(ImportProblem("", "Das Dokument ist kein JSON-Objekt."))
        return False
    if doc.get("format") != FORMAT:
        problems.append(ImportProblem("format", f"erwartet „{FORMAT}“, gefunden "
                                                f"{_show(doc.get('format'))}"))
        return False
    version = doc.get("version")
    if version != VERSION:
        problems.append(ImportProblem(
            "version", f"Formatversion {_show(version)} wird nicht unterstützt "
                       f"(diese Version von SSA Desktop liest Version {VERSION})"))
        return False
    schema = doc.get("schema_version")
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
        problems.append(ImportProblem("schema_version", "fehlt oder ist keine ganze Zahl"))
    elif schema > migrations.latest_version():
        problems.append(ImportProblem(
            "schema_version", f"Die Datei stammt aus einer neueren Version von SSA Desktop "
                              f"(Schema {schema}, hier {migrations.latest_version()})."))
    for key in set(doc) - {"format", "version", "schema_version", "exported", "meta",
                           "settings", "tables"}:
        problems.append(ImportProblem(key, "unbekannter Eintrag"))
    for key in ("meta", "settings"):
        _check_section(key, doc.get(key, {}), problems)
    if not isinstance(doc.get("tables"), dict):
        problems.append(ImportProblem("tables", "fehlt oder ist kein Objekt"))
        return False
    return True


def _check_section(key: str, section: Any, problems: list[ImportProblem]) -> None:
    """``meta`` or ``settings``: an object of bounded texts (a vault's own UUID is never
    taken over)."""
    if not isinstance(section, dict):
        problems.append(ImportProblem(key, "erwartet ein Objekt"))
        return
    for name, value in section.items():
        if not isinstance(value, str):
            problems.append(ImportProblem(f"{key}.{name}", "erwartet Text"))
        elif len(name) + len(value) > LARGE_TEXT_LIMIT:
            problems.append(ImportProblem(f"{key}.{name}", f"Text zu lang im Abschnitt "
                                          f"„{key}“: höchstens {_thousands(LARGE_TEXT_LIMIT)} "
                                          "Zeichen sind erlaubt"))
        elif _has_surrogate(name) or _has_surrogate(value):
            problems.append(ImportProblem(f"{key}.{name}", "enthält ein ungültiges Zeichen"))
    if key == "meta" and "vault_uuid" in section:
        problems.append(ImportProblem("meta.vault_uuid",
                                      "wird nicht übernommen (jeder Tresor hat seine eigene)"))


def validate_document(doc: Any, known: dict[str, set] | None = None,
                      vault_settings: dict[str, str] | None = None) -> list[ImportProblem]:
    """Every problem of ``doc`` (empty list: importable into an empty vault).

    ``known`` ({table: ids}) are rows a reference may point to besides those of the
    document, and ``vault_settings`` the settings whose catalogue entries count besides
    the document's: the target vault's own when the document is merged into it."""
    try:
        return _validate(doc, known or {}, vault_settings or {})
    except RecursionError:
        return [ImportProblem("", _TOO_DEEP)]


_TOO_DEEP = "Die Daten sind zu tief verschachtelt; das ist keine Austauschdatei von SSA Desktop."


def _validate(doc: Any, known: dict[str, set], vault_settings: dict[str, str]
              ) -> list[ImportProblem]:
    problems: list[ImportProblem] = []
    doc = upgrade(doc)
    if not _check_header(doc, problems):
        return problems
    tables = doc["tables"]
    extra = extra_codes(vault_settings)
    for name, codes in extra_codes(doc.get("settings")).items():
        extra[name] = extra.get(name, set()) | codes
    keys: dict[str, set] = {}
    for name, rows in tables.items():
        if name not in _TABLES:
            problems.append(ImportProblem(f"tables.{name}", "unbekannte Tabelle"))
            continue
        if not isinstance(rows, list):
            problems.append(ImportProblem(f"tables.{name}", "erwartet eine Liste von Zeilen"))
            continue
        seen = _check_rows(name, rows, problems, extra)
        if seen is None:
            return problems
        keys[name] = {k[0] for k in seen} if _TABLES[name].key == ("id",) else set()
    # references and rules too, so that one run names every error with its place
    # (docs/interchange.md), not only those of the first stage
    rows_ok = {name: [r if isinstance(r, dict) else {} for r in rows]
               for name, rows in tables.items() if name in _TABLES and isinstance(rows, list)}
    for name, ids in known.items():
        keys[name] = keys.get(name, set()) | ids
    _check_references(rows_ok, keys, problems)
    _check_rules(rows_ok, problems)
    return problems


def _check_rows(name: str, rows: list, problems: list[ImportProblem],
                extra: dict[str, set[str]]) -> set | None:
    """The rows of one table: objects with their fields, no key twice. Their keys, or
    None when the problems reached their most (``_MAX_PROBLEMS``) and checking stops."""
    table = _TABLES[name]
    specs = {s.name: s for s in field_specs(name)}
    seen: set = set()
    for i, row in enumerate(rows):
        place = f"tables.{name}[{i}]"
        if not isinstance(row, dict):
            problems.append(ImportProblem(place, "erwartet ein Objekt"))
            continue
        _check_fields(name, specs, row, place, problems, extra)
        key = tuple(row.get(k) for k in table.key)
        if all(isinstance(k, str | int) and not isinstance(k, bool) for k in key):
            if key in seen:
                shown = " / ".join(str(k) for k in key)
                problems.append(ImportProblem(place, f"doppelter Schlüssel {shown}"))
            seen.add(key)
        if len(problems) > _MAX_PROBLEMS:
            return None
    return seen


def _check_fields(table: str, specs: dict[str, FieldSpec], row: dict, place: str,
                  problems: list[ImportProblem], extra: dict[str, set[str]]) -> None:
    """A row's fields: none unknown, every required one present, each of its kind."""
    for field_name in row:
        if field_name not in specs:
            problems.append(ImportProblem(f"{place}.{field_name}", "unbekanntes Feld"))
    for spec in specs.values():
        if spec.name in row:
            _check_value(table, spec, row[spec.name], f"{place}.{spec.name}", problems, extra)
        elif spec.required:
            problems.append(ImportProblem(f"{place}.{spec.name}", "Pflichtfeld fehlt"))


def _check_references(tables: dict, keys: dict[str, set], problems: list[ImportProblem]) -> None:
    refs = references()
    for name, rows in tables.items():
        for column, parent in refs.get(name, {}).items():
            parent_ids = keys.get(parent, set())
            for i, row in enumerate(rows):
                value = row.get(column)
                if isinstance(value, str | int) and value not in parent_ids:
                    problems.append(ImportProblem(
                        f"tables.{name}[{i}].{column}",
                        f"verweist auf {_show(value)}, das es in tables.{parent} nicht gibt"))


def _check_rules(tables: dict, problems: list[ImportProblem]) -> None:
    """Rules the schema enforces, reported with their place instead of a database error."""
    pseudonyms: dict[str, int] = {}
    for i, row in enumerate(tables.get("person", [])):
        pseudonym = row.get("pseudonym")
        if not isinstance(pseudonym, str):
            continue  # reported as a field error already
        if not pseudonym.strip():
            problems.append(ImportProblem(f"tables.person[{i}].pseudonym", "darf nicht leer sein"))
        elif pseudonym in pseudonyms:
            problems.append(ImportProblem(
                f"tables.person[{i}].pseudonym",
                f"Pseudonym {_show(pseudonym)} kommt doppelt vor (auch in "
                f"tables.person[{pseudonyms[pseudonym]}])"))
        else:
            pseudonyms[pseudonym] = i
    non_negative = [("school_pupils", "pupils"), ("contact", "duration_min"),
                    ("group_session", "duration_min"), ("open_offer_session", "duration_min"),
                    ("network_activity", "duration_min"), ("time_entry", "minutes")]
    for name, column in non_negative:
        for i, row in enumerate(tables.get(name, [])):
            if isinstance(row.get(column), int) and row[column] < 0:
                problems.append(ImportProblem(f"tables.{name}[{i}].{column}",
                                              "darf nicht negativ sein"))
    for i, row in enumerate(tables.get("post", [])):
        # the same range as the settings (services/setup.py)
        hours = row.get("full_time_hours")
        if isinstance(hours, int | float) and not isinstance(hours, bool) \
                and not 1 <= hours <= 60:  # a bad number is reported as a field error
            problems.append(ImportProblem(f"tables.post[{i}].full_time_hours",
                                          "muss zwischen 1 und 60 (Wochenstunden) liegen"))
    for i, row in enumerate(tables.get("post_share", [])):
        percent = row.get("percent")
        if isinstance(percent, int | float) and not isinstance(percent, bool) \
                and not 0 <= percent <= 100:
            problems.append(ImportProblem(f"tables.post_share[{i}].percent",
                                          "muss zwischen 0 und 100 liegen"))
    for i, row in enumerate(tables.get("short_contact", [])):
        if isinstance(row.get("count"), int) and row["count"] < 1:
            problems.append(ImportProblem(f"tables.short_contact[{i}].count",
                                          "muss mindestens 1 sein"))


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


DERIVED = "statistics_record (abgeleitet)"  # key of import_document's result
_ACTIVITY_TABLES = ("contact", "short_contact", "group_session", "open_offer_session",
                    "network_activity", "cp_procedure")


def is_empty(conn: Connection) -> bool:
    return all(t.count(conn) == 0 for t in _TABLE_LIST)


@writes(*DataKind)
def import_document(conn: Connection, doc: Any) -> dict[str, int]:
    """Validate ``doc`` and write it into the (empty) vault in one transaction.

    Returns the number of rows written per table, and under ``DERIVED`` the number of
    statistics records derived for activities that came without one. Raises InterchangeError (nothing
    written) when the document has any problem or the vault is not empty.
    """
    doc = upgrade(doc)
    problems = validate_document(doc)
    if problems:
        raise InterchangeError(problems)
    if not is_empty(conn):
        raise InterchangeError(
            [], "Der Tresor enthält bereits Daten. Eine Austauschdatei wird nur in einen leeren "
                "Tresor eingelesen (z. B. einen neu angelegten); es wurde nichts verändert.")
    written: dict[str, int] = {}
    try:
        with transaction(conn):
            for table in merge_tables():
                rows = doc["tables"].get(table.name, [])
                table.insert_many(conn, [_build(table, row) for row in rows])
                written[table.name] = len(rows)
            new_ids = {name: {r.get("id") for r in doc["tables"].get(name, [])}
                       for name in _ACTIVITY_TABLES}
            # activities without their statistics record are counted as if typed
            # (docs/interchange.md, "Statistik-Datensätze"); reported apart
            written[DERIVED] = derive_missing_statistics(conn, new_ids, _TABLES)
            for key, value in sorted(doc.get("settings", {}).items()):
                repo.set_setting(conn, key, value)
            migrations.rerun_data_steps(conn)  # stored values of an older vault
            for key, value in sorted(doc.get("meta", {}).items()):
                ixrepo.set_meta(conn, key, value)
            broken = ixrepo.first_broken_reference(conn)
            if broken:
                raise InterchangeError([ImportProblem(f"tables.{broken}",
                                                      "verweist auf einen fehlenden Eintrag")])
    except ixrepo.DatabaseError as err:
        raise InterchangeError([ImportProblem("", f"Die Datenbank hat die Daten abgelehnt ({err}).")]
                               ) from None
    return written


def read_document(path: Path | str) -> Any:
    """Read and parse a JSON file; raise InterchangeError with a German message on bad JSON."""
    raw = Path(path).read_bytes()
    try:
        return json.loads(raw.decode("utf-8"), parse_int=_parse_int, parse_float=_parse_float,
                          parse_constant=_BadNumber)
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
