"""Validation of an interchange document (docs/interchange.md): every problem of a
document with its place, in German, before anything is written. Each field is checked
against its declared kind (``FieldSpec.kind``) by one small check of the table
``_KIND_CHECKS``; the declarations it checks against (catalogue fields, date, name and
JSON texts, size limits) are in ``interchange.py``."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any, TypeGuard

from ..domain import appointment_times, plausibility, strict_json
from ..domain import catalogues as cat
from ..domain import goals as goal_rules
from ..domain.text_safety import name_problem
from ..storage import migrations
from .interchange import (
    _ISO_DATE,
    _MAX_PROBLEMS,
    _TABLES,
    _TOO_DEEP,
    CATALOGUE_FIELDS,
    DATE_TEXT_COLUMNS,
    FORMAT,
    JSON_TEXT_COLUMNS,
    LARGE_TEXT_LIMIT,
    NAME_FIELDS,
    VERSION,
    FieldSpec,
    ImportProblem,
    _BadNumber,
    _has_surrogate,
    _is_date_text,
    extra_codes,
    field_specs,
    references,
    text_limit,
    upgrade,
)
from .interchange_derive import ACTIVITY_TABLES, RECORD_TYPES

# The most rows a file may hold in all its tables together, counted before a row is read
# (a ten-year vault holds a small part of it).
MAX_ROWS = 500_000


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _too_long(table: str, field_name: str, length: int) -> str | None:
    limit = text_limit(table, field_name)
    if length <= limit:
        return None
    return (f"Text zu lang in Tabelle „{table}“, Feld „{field_name}“: {_thousands(length)} "
            f"Zeichen, höchstens {_thousands(limit)} Zeichen sind erlaubt")


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
        return isinstance(strict_json.loads(text), dict)
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


def _check_header(doc: Any, problems: list[ImportProblem]) -> bool:
    if not isinstance(doc, dict):
        problems.append(ImportProblem("", "Das Dokument ist kein JSON-Objekt."))
        return False
    if doc.get("format") != FORMAT:
        problems.append(ImportProblem("format", f"erwartet „{FORMAT}“, gefunden "
                                                f"{_show(doc.get('format'))}"))
        return False
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        problems.append(ImportProblem(
            "version", f"Die Datei stammt aus einer neueren Version von SSA Desktop "
                       f"(Formatversion {version}, hier {VERSION}). Bitte die aktuelle "
                       "Version installieren."))
        return False
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
                           "settings", "tables", "not_counted", "documents"}:
        problems.append(ImportProblem(key, "unbekannter Eintrag"))
    _check_not_counted(doc.get("not_counted", {}), problems)
    for key in ("meta", "settings"):
        _check_section(key, doc.get(key, {}), problems)
    if not isinstance(doc.get("tables"), dict):
        problems.append(ImportProblem("tables", "fehlt oder ist kein Objekt"))
        return False
    return True


def _check_not_counted(section: Any, problems: list[ImportProblem]) -> None:
    """``not_counted``: per activity table a list of ids the exporting vault did not
    count (docs/interchange.md "Nicht gezählte Tätigkeiten")."""
    if not isinstance(section, dict):
        problems.append(ImportProblem("not_counted", "erwartet ein Objekt"))
        return
    for name, ids in section.items():
        if name not in ACTIVITY_TABLES:
            problems.append(ImportProblem(f"not_counted.{name}", "unbekannte Tätigkeit"))
        elif not isinstance(ids, list) or not all(map(_is_id, ids)):
            problems.append(ImportProblem(f"not_counted.{name}",
                                          "erwartet eine Liste von Kennungen (Text)"))


def _is_id(value: Any) -> bool:
    """An id ``not_counted`` may name: a text of 1–100 characters."""
    return isinstance(value, str) and 0 < len(value) <= 100 and not _has_surrogate(value)


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _check_not_counted_ids(section: Any, tables: dict[str, list[dict]],
                           problems: list[ImportProblem]) -> None:
    """Each id of a well-formed ``not_counted`` list names an activity of its own table
    in the file (never one of the vault or of another table), once, and one the file
    carries no statistics record for: the exporting vault writes nothing else."""
    if not isinstance(section, dict):
        return
    counted = {(r.get("record_type"), r.get("source_id"))
               for r in tables.get("statistics_record", [])
               if _is_text(r.get("record_type")) and _is_text(r.get("source_id"))}
    for name, ids in section.items():
        if name not in RECORD_TYPES or not isinstance(ids, list) \
                or not all(map(_is_id, ids)):  # ill-formed: named by _check_not_counted
            continue
        held = {r.get("id") for r in tables.get(name, []) if _is_text(r.get("id"))}
        seen: set[str] = set()
        for i, activity_id in enumerate(ids):
            if len(problems) > _MAX_PROBLEMS:
                return
            if why := _not_counted_problem(name, activity_id, held, seen, counted):
                problems.append(ImportProblem(f"not_counted.{name}[{i}]", why))
            seen.add(activity_id)


def _not_counted_problem(name: str, activity_id: str, held: set, seen: set[str],
                         counted: set) -> str | None:
    if activity_id not in held:
        return f"verweist auf {_show(activity_id)}, das es in tables.{name} nicht gibt"
    if activity_id in seen:
        return f"doppelte Kennung {_show(activity_id)}"
    if (RECORD_TYPES[name], activity_id) in counted:
        return f"{_show(activity_id)} hat in der Datei einen Statistik-Datensatz, wird also gezählt"
    return None


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
                      vault_settings: dict[str, str] | None = None,
                      goal_scales: dict[str, str] | None = None,
                      rated_goals: set[str] | frozenset[str] = frozenset()) -> list[ImportProblem]:
    """Every problem of ``doc`` (empty list: importable into an empty vault).

    ``known`` ({table: ids}) are rows a reference may point to besides those of the
    document, and ``vault_settings`` the settings whose catalogue entries count besides
    the document's, and ``goal_scales`` ({goal id: scale}) the scales of its goals: the
    target vault's own when the document is merged into it; of those, ``rated_goals`` keep
    their scale whatever the file says (a rated goal's scale stays, ``services.goals``)."""
    try:
        return _validate(doc, known or {}, vault_settings or {}, goal_scales or {},
                         rated_goals)
    except RecursionError:
        return [ImportProblem("", _TOO_DEEP)]


def _validate(doc: Any, known: dict[str, set], vault_settings: dict[str, str],
              goal_scales: dict[str, str], rated_goals: set[str] | frozenset[str]
              ) -> list[ImportProblem]:
    problems: list[ImportProblem] = []
    doc = upgrade(doc)
    if not _check_header(doc, problems):
        return problems
    tables = doc["tables"]
    if too_many := _too_many_rows(tables):
        return [too_many]
    keys = _check_tables(tables, problems, _codes_added(doc, vault_settings))
    if keys is None:
        return problems
    # references and rules too, so that one run names every error with its place
    # (docs/interchange.md), not only those of the first stage
    rows_ok = {name: [r if isinstance(r, dict) else {} for r in rows]
               for name, rows in tables.items() if name in _TABLES and isinstance(rows, list)}
    for name, ids in known.items():
        keys[name] = keys.get(name, set()) | ids
    _check_references(rows_ok, keys, problems)
    _check_rules(rows_ok, problems, goal_scales, rated_goals)
    _check_not_counted_ids(doc.get("not_counted"), rows_ok, problems)
    return problems


def _too_many_rows(tables: dict) -> ImportProblem | None:
    count = sum(len(rows) for rows in tables.values() if isinstance(rows, list))
    if count <= MAX_ROWS:
        return None
    return ImportProblem("tables", f"{_thousands(count)} Zeilen; eine Austauschdatei hat "
                                   f"höchstens {_thousands(MAX_ROWS)} Zeilen")


# The form's rule for the day of each table whose rows it refuses after today: the
# contact's and the Kurzkontakt's (``plausibility.refused_day``), a goal rating's.
_DAY_RULES: dict[str, Callable[[date, date], str | None]] = {
    "contact": plausibility.refused_day,
    "short_contact": partial(plausibility.refused_day, what=plausibility.SHORT_CONTACT),
    "goal_rating": goal_rules.rating_day_problem,
}


def contact_problems(doc: dict, held: list[dict], names: dict[str, str], today: date
                     ) -> list[ImportProblem]:
    """The rules of her own entry over the contacts of a valid document, the same as over
    a return (``plausibility.bulk_contacts``), each with its place: a day after ``today``
    of a contact, a Kurzkontakt or a goal rating (its form's sentence, ``_DAY_RULES``), a
    person's birth year and a person's or Kurzkontakt's grade her forms refuse
    (``plausibility.person_numbers_problem``),
    minutes that no version of her entry saved, more than 24 hours or 48 contacts of one
    person on one day together with ``held`` (the target vault's contacts of those persons
    and days), a new contact that copies one of hers or another of the file. ``names``:
    person id → pseudonym of the target vault (the file's own persons are added)."""
    rows = doc["tables"].get("contact", [])
    place = {id(row): f"tables.contact[{i}]" for i, row in enumerate(rows)}
    names = {**names, **{p["id"]: p["pseudonym"] for p in doc["tables"].get("person", [])}}
    future = [ImportProblem(f"tables.{table}[{i}].day", why)
              for table, rule in _DAY_RULES.items()
              for i, row in enumerate(doc["tables"].get(table, []))
              if (why := rule(date.fromisoformat(row["day"]), today))]
    future += [ImportProblem(f"tables.{table}[{i}].{problem[0]}", problem[1])
               for table in ("person", "short_contact")
               for i, row in enumerate(doc["tables"].get(table, []))
               if (problem := plausibility.person_numbers_problem(
                   row.get("birth_year"), row.get("grade"), today))]
    found = plausibility.bulk_contacts(
        rows, held, where="in der Datei",
        minutes_rule=lambda row: plausibility.ever_minutes_problem(row.get("duration_min")))
    return (future + [ImportProblem(place[id(p.row)] + (".duration_min" if p.minutes else ""),
                                    p.sentence(names)) for p in found])[:_MAX_PROBLEMS]


def _codes_added(doc: dict, vault_settings: dict[str, str]) -> dict[str, set[str]]:
    """{catalogue name: codes} the target vault's and the document's settings added."""
    extra = extra_codes(vault_settings)
    for name, codes in extra_codes(doc.get("settings")).items():
        extra[name] = extra.get(name, set()) | codes
    return extra


def _check_tables(tables: dict, problems: list[ImportProblem], extra: dict[str, set[str]]
                  ) -> dict[str, set] | None:
    """Each table known and a list of rows, each row checked (``_check_rows``). The ids
    of each table keyed by id, or None when the problems reached their most."""
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
            return None
        keys[name] = {k[0] for k in seen} if _TABLES[name].key == ("id",) else set()
    return keys


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


@dataclass(frozen=True)
class _Range:
    """A number column the schema holds to a range (``high`` None: no upper bound)."""

    table: str
    column: str
    low: int
    high: int | None
    sentence: str


_NOT_NEGATIVE = "darf nicht negativ sein"
# The ranges the schema enforces, checked on a number of the column's kind (another value
# is a field error already); hours and share as the settings (services/setup.py). The
# minutes of a session, an open offer and a network activity: ``_NO_MINUTES``.
_RANGES = (
    _Range("school_pupils", "pupils", 0, None, _NOT_NEGATIVE),
    _Range("contact", "duration_min", 0, None, _NOT_NEGATIVE),
    _Range("time_entry", "minutes", 0, None, _NOT_NEGATIVE),
    _Range("post", "full_time_hours", 1, 60, "muss zwischen 1 und 60 (Wochenstunden) liegen"),
    _Range("post_share", "percent", 0, 100, "muss zwischen 0 und 100 liegen"),
    _Range("short_contact", "count", 1, None, "muss mindestens 1 sein"),
    _Range("short_contact", "duration_min", 0, None, _NOT_NEGATIVE),
)


def _check_rules(tables: dict, problems: list[ImportProblem], goal_scales: dict[str, str],
                 rated_goals: set[str] | frozenset[str]) -> None:
    """Rules the schema enforces, reported with their place instead of a database error:
    pseudonyms filled and unique, numbers within their ``_RANGES``, goals and ratings as
    the goal form takes them, appointments' and contacts' times as their forms do."""
    problems.extend(_pseudonym_problems(tables.get("person", [])))
    for rule in _RANGES:
        problems.extend(_range_problems(rule, tables.get(rule.table, [])))
    problems.extend(_goal_problems(tables, goal_scales, rated_goals))
    problems.extend(_appointment_problems(tables.get("appointment", [])))
    problems.extend(_contact_time_problems(tables.get("contact", [])))
    problems.extend(_offer_and_group_problems(tables))


# The tables whose minutes her form refuses when there are none (0 or fewer) or more than
# a day, with the subject of its sentence (``plausibility.no_duration_problem``).
_NO_MINUTES = plausibility.NO_MINUTES_TABLES


def _offer_and_group_problems(tables: dict) -> Iterator[ImportProblem]:
    """What her forms refuse of a Kurzkontakt, an open offer, a group, a network activity
    and a consent: a Kurzkontakt's minutes beyond any version of her entry
    (``plausibility.ever_minutes_problem``, a negative one is ``_RANGES``'), no minutes or
    more than a day of a session, an open offer or a network activity (``_NO_MINUTES``), the counts of
    ``_COUNT_RULES`` (visitors and their split m/w/d, participants), a session outside its
    group's school year (``_session_problems``), an agreement's Zielwerte
    (``_band_problems``), a consent ending or withdrawn before it
    begins (``plausibility.consent_period_problem``, ``consent_withdrawal_problem``). A value of the wrong kind is the field
    check's."""
    yield from _minutes_problems(tables)
    for table, rule, fields in _COUNT_RULES:
        for i, row in enumerate(tables.get(table, [])):
            if problem := _count_problem(row, rule, fields):
                yield ImportProblem(f"tables.{table}[{i}].{problem[0]}", problem[1])
    yield from _session_problems(tables)
    yield from _band_problems(tables.get("agreement_target", []))
    for i, row in enumerate(tables.get("consent", [])):
        begin, end = _day_of(row.get("valid_from")), _day_of(row.get("valid_to"))
        if begin is not None and end is not None and (
                why := plausibility.consent_period_problem(begin, end)):
            yield ImportProblem(f"tables.consent[{i}].valid_to", why)
        withdrawn = _day_of(row.get("withdrawn_on"))
        if begin is not None and withdrawn is not None and (
                why := plausibility.consent_withdrawal_problem(begin, withdrawn)):
            yield ImportProblem(f"tables.consent[{i}].withdrawn_on", why)


def _band_problems(rows: list) -> Iterator[ImportProblem]:
    """An agreement's Zielwerte her form refuses (``timeshare.bands_problem``: a Soll
    outside 0–100 %, lower bounds over 100 % together), at its first row; a value of the
    wrong kind is the field check's."""
    from . import timeshare

    first: dict[Any, int] = {}
    bands: dict[Any, dict] = {}
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            continue
        values = [row.get(name) for name in ("soll", "low", "high", "margin")]
        if not (isinstance(row.get("code"), str) and isinstance(row.get("agreement_id"), str)
                and all(_is_number(v, "float") for v in values)):
            continue   # a key of the wrong kind ([] is no key) is the field check's
        first.setdefault(row.get("agreement_id"), i)
        bands.setdefault(row.get("agreement_id"), {})[row["code"]] = (
            *values, bool(row.get("enabled", True)))
    for agreement, own in bands.items():
        if why := timeshare.bands_problem(own):
            yield ImportProblem(f"tables.agreement_target[{first[agreement]}]", why)


def _minutes_problems(tables: dict) -> Iterator[ImportProblem]:
    """A Kurzkontakt's minutes beyond any version of her entry, no or too many minutes of
    a table of ``_NO_MINUTES`` (a value of the wrong kind is the field check's)."""
    for i, row in enumerate(tables.get("short_contact", [])):
        minutes = row.get("duration_min")
        if _is_number(minutes, "int") and minutes >= 0 and (
                why := plausibility.ever_minutes_problem(minutes)):
            yield ImportProblem(f"tables.short_contact[{i}].duration_min", why)
    for table, what in _NO_MINUTES.items():
        for i, row in enumerate(tables.get(table, [])):
            minutes = row.get("duration_min")
            if _is_number(minutes, "int") and (
                    why := plausibility.no_duration_problem(int(minutes), what)):
                yield ImportProblem(f"tables.{table}[{i}].duration_min", why)


def _count_problem(row: dict, rule: Callable[..., tuple[str, str] | None],
                   fields: dict[str, int | None]) -> tuple[str, str] | None:
    """``rule`` over the row's ``fields`` (absent: their default), when each is a whole
    number or None where None is its default."""
    values = [row.get(name, default) for name, default in fields.items()]
    if all(_is_number(v, "int") or (v is None and fields[name] is None)
           for name, v in zip(fields, values, strict=True)):
        return rule(*values)
    return None


def _session_problems(tables: dict, held: dict[str, int] | None = None
                      ) -> Iterator[ImportProblem]:
    """A group session outside its group's school year (``plausibility
    .session_day_problem``): the file's group, else the one the vault holds (``held``: id →
    school year; a merge, ``held_session_problems``)."""
    years = {**(held or {}), **{row.get("id"): row.get("school_year")
                                for row in tables.get("group_activity", [])}}
    for i, row in enumerate(tables.get("group_session", [])):
        year, day = years.get(row.get("group_id")), _day_of(row.get("day"))
        if isinstance(year, int) and not isinstance(year, bool) and day is not None and (
                why := plausibility.session_day_problem(day, year)):
            yield ImportProblem(f"tables.group_session[{i}].day", why)


def held_session_problems(tables: dict, held: dict[str, int]) -> list[ImportProblem]:
    """A merge's group sessions outside the school year of their group (the file's, else
    the vault's: ``held``, id → school year) – her form refuses both."""
    return list(_session_problems(tables, held))


def _day_of(value: Any) -> date | None:
    """A date field's day (None: not a day, which its field check names)."""
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


# (table, rule, {field: its value when absent} in the rule's order): counts her forms
# refuse; the rule gives (field, why). A field absent by default None may be None.
_COUNT_RULES: tuple[tuple[str, Callable[..., tuple[str, str] | None],
                          dict[str, int | None]], ...] = (
    ("open_offer_session", plausibility.visitors_problem,
     {"visitors": 0, "visitors_m": None, "visitors_w": None, "visitors_d": None}),
    ("group_activity", plausibility.participants_problem,
     {"participants_m": 0, "participants_w": 0, "participants_d": 0}),
)


def _contact_time_problems(rows: list[dict]) -> Iterator[ImportProblem]:
    """Each contact's time as her entry saves it (``appointment_times.contact_time``: none
    or HH:MM); a time of the wrong kind is the field check's."""
    for i, row in enumerate(rows):
        if isinstance(time := row.get("time"), str) and (
                problem := appointment_times.contact_time_problem(time)):
            yield ImportProblem(f"tables.contact[{i}].time", problem)


def _appointment_problems(rows: list[dict]) -> Iterator[ImportProblem]:
    """Each appointment's times as the Termine form saves them
    (``appointment_times.times_problem``); a time of the wrong kind is the field check's."""
    for i, row in enumerate(rows):
        start, end = row.get("start"), row.get("end")
        if isinstance(start, str) and isinstance(end, str) and (
                problem := appointment_times.times_problem(start, end)):
            yield ImportProblem(f"tables.appointment[{i}].{problem[0]}", problem[1])


def _goal_problems(tables: dict, vault_scales: dict[str, str],
                   rated: set[str] | frozenset[str]) -> Iterator[ImportProblem]:
    """A goal as the goal form takes it (``domain.goals.goal_problems``: text, scale,
    baseline, anchors) and each rating a level of its goal's scale, the file's goal or the
    vault's (``vault_scales``, which a goal ``rated`` there keeps; of some scale for a goal
    neither holds: ``domain.goals.level_problem``). An id or scale of the wrong kind is the
    field check's."""
    scales = dict(vault_scales)
    scales.update({row["id"]: row["scale"] for row in tables.get("case_goal", [])
                   if isinstance(row.get("id"), str) and isinstance(row.get("scale"), str)})
    scales.update({goal_id: vault_scales[goal_id] for goal_id in rated if goal_id in vault_scales})
    for i, row in enumerate(tables.get("case_goal", [])):
        goal = _goal_of(row)
        for column, why in goal_rules.goal_problems(goal) if goal else ():
            yield ImportProblem(f"tables.case_goal[{i}].{column}", why)
    for i, row in enumerate(tables.get("goal_rating", [])):
        goal_id = row.get("goal_id")
        off = goal_rules.level_problem(scales.get(goal_id) if isinstance(goal_id, str)
                                       else None, row.get("level"))
        if off:
            yield ImportProblem(f"tables.goal_rating[{i}].level", off)


_GOAL_TEXTS = ("text", "pupil_words", "scale", *(f"anchor_{n}" for n in range(1, 6)))


def _goal_of(row: dict) -> goal_rules.CaseGoal | None:
    """The file's goal row as a goal to check (None: a field of the wrong kind, which its
    field check names already)."""
    texts = {name: row.get(name, "") for name in _GOAL_TEXTS}
    baseline = row.get("baseline")
    if not all(isinstance(v, str) for v in texts.values()) or isinstance(baseline, bool) \
            or not isinstance(baseline, int):
        return None
    return goal_rules.CaseGoal("", baseline=baseline, **texts)


def _pseudonym_problems(persons: list[dict]) -> Iterator[ImportProblem]:
    """A pseudonym is not blank and names one person only (the first row is named)."""
    first_row: dict[str, int] = {}
    for i, row in enumerate(persons):
        pseudonym = row.get("pseudonym")
        if not isinstance(pseudonym, str):
            continue  # reported as a field error already
        place = f"tables.person[{i}].pseudonym"
        if not pseudonym.strip():
            yield ImportProblem(place, "darf nicht leer sein")
        elif pseudonym in first_row:
            yield ImportProblem(place, f"Pseudonym {_show(pseudonym)} kommt doppelt vor (auch "
                                       f"in tables.person[{first_row[pseudonym]}])")
        else:
            first_row[pseudonym] = i


def _range_problems(rule: _Range, rows: list[dict]) -> Iterator[ImportProblem]:
    """The rows whose number in ``rule.column`` lies outside the rule's range."""
    [kind] = [spec.kind for spec in field_specs(rule.table) if spec.name == rule.column]
    for i, row in enumerate(rows):
        value = row.get(rule.column)
        if _is_number(value, kind) and (value < rule.low
                                        or (rule.high is not None and value > rule.high)):
            yield ImportProblem(f"tables.{rule.table}[{i}].{rule.column}", rule.sentence)


def _is_number(value: Any, kind: str) -> TypeGuard[int | float]:
    """A number of the field kind ``kind`` ("int": whole; true/false is no number)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) if kind == "int" else isinstance(value, int | float)
