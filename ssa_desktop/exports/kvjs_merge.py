"""Merging KVJS json exports of several workers or posts into one sum file
(docs/statistics.md, "Zusammenführen"). Everything is checked before anything is written:
a file that is not an export, an unknown newer format version (named), another template
or school year, or the same export twice is refused with the file named.

Exports of the previous and the current format version merge: an aggregate one file
lacks (an older release did not count it yet) is reported per file in ``notes`` and left
out of the sum — never a refusal of the whole merge."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..domain import kvjs, kvjs_integrity, kvjs_periods, school_code, strict_json
from ..domain.catalogues import current_code
from ..domain.errors import UserError
from ..domain.kvjs_template import school_type_label, type_order
from ..domain.staff import STAFF_FIELDS
from .kvjs_document import (
    FORMAT,
    FORMAT_VERSION,
    KNOWN_VERSIONS,
    LATER_FIGURES,
    created_now,
    scope_text,
    write_sealed,
)

MAX_BYTES = 5_000_000
MAX_NAME = kvjs_integrity.MAX_NAME  # the longest name of a school, post or Landkreis
MAX_VALUE = 10**12  # far above any real figure; keeps sums and ratios finite


class MergeError(UserError):
    """A German message naming the file that was refused."""


def _is_count(value, decimal: bool) -> bool:
    if isinstance(value, bool):
        return False
    if decimal:
        # the bound first: math.isfinite overflows on a huge int; NaN fails the bound
        return isinstance(value, int | float) and 0 <= value <= MAX_VALUE
    return isinstance(value, int) and 0 <= value <= MAX_VALUE


def read_export(path: Path | str) -> dict:
    """Read and check one json export; raise MergeError naming the file."""
    path = Path(path)
    return check_export(load_export(path), path.name)


def _of_another_year(text: str, years: tuple[str, ...]) -> bool:
    """A KVJS export whose one ``school_year`` is not among ``years`` (read strictly, but
    not yet checked: that is only for the years shown). A file with ``\\u`` escapes
    (which our exports never write) could spell the key another way: read and checked."""
    if "\\u" in text:
        return False
    try:
        doc = strict_json.loads(text)
    except (strict_json.StrictJsonError, ValueError, RecursionError):
        return False
    return (isinstance(doc, dict) and doc.get("format") == FORMAT
            and isinstance(doc.get("school_year"), str) and doc["school_year"] not in years
            and text.count('"school_year"') == 1)


def check_export(doc: Any, name: str) -> dict:
    """The export ``doc`` of the file ``name`` checked (MergeError naming the file) and
    read as today: ``read_export`` after ``load_export``."""
    # the digest of the content as read, before anything is read as today
    content = kvjs_integrity.digest(doc) if isinstance(doc, dict) else ""
    _check_format(doc, name)
    if problem := kvjs_integrity.name_problem(doc["scope"]):
        raise MergeError(f"„{name}“: {problem}.")
    may_lack = _may_lack(doc)
    _check_aggregates(doc["aggregates"], name, may_lack)
    _check_fields(doc["fields"], doc["aggregates"], name)
    _check_digest(doc, name, content)
    _check_agreement(doc, name, may_lack)
    problem = _staff_problem(doc.get("staff", []))
    if problem:
        raise MergeError(f"„{name}“: staff{problem}.")
    if "delivered" in doc and (problem := _delivered_problem(doc["delivered"])):
        raise MergeError(f"„{name}“: delivered{problem}.")
    if "revision" in doc and not (isinstance(doc["revision"], int)
                                  and not isinstance(doc["revision"], bool)
                                  and 1 <= doc["revision"] <= 10**9):
        raise MergeError(f"„{name}“: revision ist keine ganze Zahl von 1 an.")
    if problem := _period_problem(doc) or _number_problem(doc):
        raise MergeError(f"„{name}“: {problem}.")
    if "rule_pack" in doc and not _valid_pack(doc["rule_pack"]):
        raise MergeError(f"„{name}“: rule_pack ist ungültig (erwartet id: SHA-256, title: Text).")
    return _current_school_types(doc)


def _may_lack(doc: dict) -> tuple[str, ...]:
    """The figures ``doc`` may lack: those its format version did not count yet, and in
    a sum file those its notes name as lacking in an older part."""
    older = {n for names in LATER_FIGURES.values() for n in names}
    noted = {n for note in doc.get("notes") or () if isinstance(note, dict)
             and isinstance(note.get("missing"), list)
             for n in note["missing"] if isinstance(n, str) and n in older} \
        if doc["scope"]["kind"] == "merged" else set()
    return tuple(n for n in kvjs.NAMES
                 if n in LATER_FIGURES.get(doc["format_version"], ()) or n in noted)


def _check_digest(doc: dict, name: str, content: str) -> None:
    """Format 4 on: the file's content digest (``integrity.digest``) is that of its
    content; older releases wrote none (docs/statistics.md, "Prüfsumme")."""
    seal = doc.get("integrity")
    if seal is None and doc["format_version"] < 4:
        return
    if not (isinstance(seal, dict) and set(seal) == {"digest"}
            and isinstance(seal["digest"], str)):
        raise MergeError(f"„{name}“ hat keine gültige Prüfsumme (integrity.digest); bitte "
                         "die Datei neu exportieren.")
    if seal["digest"] != content:
        raise MergeError(f"„{name}“: die Prüfsumme stimmt nicht mit dem Inhalt überein – die "
                         "Datei wurde nach dem Export verändert. Bitte neu exportieren.")


def _check_agreement(doc: dict, name: str, may_lack: tuple[str, ...]) -> None:
    """The figures agree with each other: the form's fields with the figures, each
    breakdown within its total, minutes within their sessions and the year, a post's
    per-Schulart figures with its own (``domain.kvjs_integrity``)."""
    by_type = doc.get("by_school_type")
    if by_type is not None and not isinstance(by_type, dict):
        raise MergeError(f"„{name}“: by_school_type ist kein Objekt.")
    for figures in by_type.values() if by_type else ():
        if not isinstance(figures, dict):
            raise MergeError(f"„{name}“: by_school_type enthält ungültige Kennzahlen.")
        _check_aggregates(figures, name, may_lack)
    problem = (kvjs_integrity.fields_problem(doc["fields"], doc["aggregates"])
               or kvjs_integrity.figures_problem(doc["aggregates"])
               or next((p for f in (by_type or {}).values()
                        if (p := kvjs_integrity.figures_problem(f))), "")
               or (kvjs_integrity.by_type_problem(doc["aggregates"], by_type)
                   if by_type else ""))
    if problem:
        raise MergeError(f"„{name}“: {problem}. Die Zahlen der Datei passen nicht zusammen; "
                         "sie wurde verändert oder ist beschädigt.")


def _delivered_problem(delivered: Any) -> str:
    """Why ``delivered`` (the delivered day and the changes since) is invalid ("" if
    fine): ``on`` a date, ``differences`` figure -> number (per key for a keyed figure)."""
    if not isinstance(delivered, dict) or set(delivered) != {"on", "differences"}:
        return " ist keine Angabe mit „on“ und „differences“"
    if not (isinstance(delivered["on"], str)
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", delivered["on"])):
        return ".on ist kein Datum (JJJJ-MM-TT)"
    differences = delivered["differences"]
    if not isinstance(differences, dict):
        return ".differences ist kein Objekt"
    for figure, change in differences.items():
        spec = kvjs.BY_NAME.get(figure)
        ok = spec is not None and (
            isinstance(change, dict) and all(k in spec.keys and _is_change(v)
                                             for k, v in change.items())
            if spec.is_dict else _is_change(change))
        if not ok:
            return f".differences: „{figure[:60]}“ ist keine Änderung einer Kennzahl"
    return ""


def _period_problem(doc: dict) -> str:
    """Why a school's ``period`` in the file (format 5: a school scope's, each school of a
    post's) is not a period of its school year ("" if fine; older files name none)."""
    scope = doc["scope"]
    entries = [p for p in _parts(doc) if isinstance(p, dict)]
    entries += [s for p in entries for s in p.get("schools") or () if isinstance(s, dict)]
    for entry in entries:
        if "period" in entry and (problem := kvjs_periods.problem(entry["period"],
                                                                  doc["school_year"])):
            return problem
    if scope["kind"] != "merged" and "period" in scope and scope["kind"] != "school":
        return "period steht bei einer Stelle an jeder Schule, nicht an der Stelle"
    return ""


def _number_problem(doc: dict) -> str:
    """Why a school's ``school_number`` in the file is not an official Schulnummer ("" if
    fine): eight digits or "" (none entered); from format 6 on every school names it."""
    for part in (p for p in _parts(doc) if isinstance(p, dict)):
        for entry in _entries(part):
            if "school_number" not in entry:
                if doc["format_version"] >= 6 and doc["scope"]["kind"] != "merged":
                    return "school_number fehlt (ab Formatversion 6 bei jeder Schule)"
                continue
            number = entry["school_number"]
            if number != "" and not school_code.is_school_number(number):
                return (f"school_number „{str(number)[:20]}“ ist keine amtliche Schulnummer "
                        "(8 Ziffern)")
    return ""


def _is_change(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) \
        and abs(value) <= MAX_VALUE


def _valid_pack(pack) -> bool:
    """The ``rule_pack`` entry: {"id": SHA-256 in hex, "title": text}."""
    return (isinstance(pack, dict) and set(pack) == {"id", "title"}
            and isinstance(pack["id"], str) and re.fullmatch(r"[0-9a-f]{64}", pack["id"]) is not None
            and isinstance(pack["title"], str))


def load_export(path: Path, skip_years: tuple[str, ...] | None = None) -> Any:
    """The JSON of one file, within the size an export can have, read strictly (a key
    twice is refused), not yet checked. With ``skip_years`` (the years wanted): None for
    an export of another school year, seen with a quick plain read and passed over (the
    Träger kit's folder of ten years)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise MergeError(f"„{path.name}“ ist zu groß für eine KVJS-Exportdatei.")
        text = path.read_bytes().decode("utf-8-sig")
        if skip_years is not None and _of_another_year(text, skip_years):
            return None
        # strictly: a key twice in one object is refused (json would keep the last one)
        return strict_json.loads(text)
    except strict_json.StrictJsonError as err:
        raise MergeError(f"„{path.name}“ ist keine gültige KVJS-Exportdatei: {err}.") from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
        if isinstance(err, MergeError):
            raise
        raise MergeError(f"„{path.name}“ ist keine lesbare KVJS-Exportdatei (json).") from None


def _check_format(doc: Any, name: str) -> None:
    """A KVJS export of a known format version with its template, school year, scope,
    figures and fields."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise MergeError(f"„{name}“ ist keine KVJS-Exportdatei von SSA Desktop.")
    _check_version(doc.get("format_version"), name)
    if not (_names_its_template(doc.get("template")) and _has_year_scope_and_figures(doc)):
        raise MergeError(f"„{name}“ ist unvollständig (Vorlage, Schuljahr, Bereich, Kennzahlen).")


def _check_version(version: Any, name: str) -> None:
    """A format version this release reads; a newer one is named (merge with a newer
    release). True is not the version 1."""
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise MergeError(f"„{name}“ hat die Formatversion {version}; diese Version von SSA "
                         f"Desktop kennt die Formatversionen bis {FORMAT_VERSION}. Bitte mit "
                         "einer neueren Version zusammenführen.")
    if version not in KNOWN_VERSIONS or isinstance(version, bool):
        raise MergeError(f"„{name}“ hat eine unbekannte Formatversion.")


def _names_its_template(template: Any) -> bool:
    """The template is named by id, version and title (texts)."""
    return isinstance(template, dict) and all(isinstance(template.get(k), str)
                                              for k in ("id", "version", "title"))


def _has_year_scope_and_figures(doc: dict) -> bool:
    """A school year (text), a scope of a known kind, the figures (an object) and the
    form's fields (a list)."""
    scope = doc.get("scope")
    return (isinstance(doc.get("school_year"), str) and isinstance(scope, dict)
            and scope.get("kind") in ("school", "post", "merged")
            and isinstance(doc.get("aggregates"), dict) and isinstance(doc.get("fields"), list))


def _check_aggregates(aggregates: dict, name: str, may_lack: tuple[str, ...] = ()) -> None:
    """Each figure is there with its shape; only a figure its format version did not
    count yet (``may_lack``) may be missing (keys added later count 0 in an older
    file)."""
    for spec in kvjs.AGGREGATES:
        if spec.name not in aggregates and spec.name in may_lack:
            continue  # an older release did not count it: reported by ``merge``
        value = aggregates.get(spec.name)
        if isinstance(value, dict):  # a key added later counted nothing in an older file
            for key in kvjs.ADDED_KEYS.get(spec.name, ()):
                value.setdefault(key, 0)
        ok = (isinstance(value, dict) and set(value) == set(spec.keys)
              and all(_is_count(v, False) for v in value.values())) if spec.is_dict \
            else _is_count(value, spec.decimal)
        if not ok:
            raise MergeError(f"„{name}“: die Kennzahl „{spec.name}“ fehlt oder ist ungültig.")


def _check_fields(fields: list, aggregates: dict, name: str) -> None:
    """Each form field is well formed and names a figure of the file."""
    for i, f in enumerate(fields):
        # each value is checked for its type before it is looked up: a list where a name
        # belongs ("aggregate": []) is a named field error, not an unexpected one
        problem = _field_problem(f)
        if problem:
            raise MergeError(f"„{name}“: fields[{i}]{problem}.")
        if "staff" not in f and f["aggregate"] not in aggregates \
                and f.get("left_out") is not True:
            raise MergeError(f"„{name}“: fields[{i}].aggregate „{f['aggregate']}“ fehlt unter "
                             "den Kennzahlen der Datei.")


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_text_or_none(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _is_yes_no(value: Any) -> bool:
    return isinstance(value, bool)


def _is_share(value: Any) -> bool:
    """A percentage or full-time equivalent: a number, decimals allowed."""
    return _is_count(value, True)


def _is_whole_count(value: Any) -> bool:
    return _is_count(value, False)


def _is_minutes_by_area(value: Any) -> bool:
    """Area name -> whole minutes."""
    return isinstance(value, dict) and all(isinstance(area, str) and _is_count(minutes, False)
                                           for area, minutes in value.items())


# A post's staff block (format 3): each key it has, and the check of its value.
_STAFF_VALUES = {
    "post": _is_text, "qualification": _is_text, "employer_type": _is_text,
    "employed_from": _is_text_or_none, "employed_to": _is_text_or_none,
    "fixed_term": _is_yes_no, "percent": _is_share, "fte": _is_share,
    "months_filled": _is_whole_count, "months_vacant": _is_whole_count,
    "minutes_by_area": _is_minutes_by_area,
}


def _staff_problem(staff) -> str:
    """Why the ``staff`` list (format 3: each post's staff block) is invalid ("" when
    fine): each block has exactly the keys of ``_STAFF_VALUES``, each value passes its
    check. It is carried into the sum file per post, never added up."""
    if not isinstance(staff, list):
        return " ist keine Liste"
    for i, block in enumerate(staff):
        if not isinstance(block, dict) or set(block) != set(_STAFF_VALUES):
            return f"[{i}] ist keine vollständige Fachkräfte-Angabe"
        if not all(valid(block[key]) for key, valid in _STAFF_VALUES.items()):
            return f"[{i}] enthält einen ungültigen Wert"
    return ""


def _school_type(code):
    return current_code("school_type", code) if isinstance(code, str) else code


def _current_school_types(doc: dict) -> dict:
    """Legacy Schulart codes read as today (``catalogues.LEGACY_CODES``: earlier versions
    wrote the Verbundschule as "VKL"), in the scope, its parts and schools and the
    per-Schulart figures; two columns that become one are added up."""
    scope = doc["scope"]
    for part in [scope, *(scope.get("parts") or []), *(scope.get("schools") or [])]:
        if isinstance(part, dict) and "school_type" in part:
            part["school_type"] = _school_type(part["school_type"])
    if isinstance(doc.get("by_school_type"), dict):
        doc["by_school_type"] = _current_by_type(doc["by_school_type"])
    if isinstance(doc.get("school_types"), list):
        codes = list(dict.fromkeys(_school_type(t.get("code")) for t in doc["school_types"]
                                   if isinstance(t, dict)))
        doc["school_types"] = [{"code": c, "label": school_type_label(c)} for c in codes]
    for f in doc["fields"]:
        if isinstance(f.get("columns"), dict):
            f["columns"] = _current_columns(f["columns"])
    return doc


def _current_by_type(by_type: dict) -> dict:
    """The per-Schulart figures under today's codes; two that become one are added up."""
    merged: dict = {}
    for code, aggregates in by_type.items():
        merged.setdefault(_school_type(code), []).append(aggregates)
    return {code: parts[0] if len(parts) == 1 else kvjs.add(
                parts, names=[n for n in kvjs.NAMES if all(n in p for p in parts)])
            for code, parts in merged.items()}


def _current_columns(old: dict) -> dict:
    """A field's per-Schulart columns under today's codes; two numbers that become one
    column are added up."""
    columns: dict = {}
    for code, value in old.items():
        new = _school_type(code)
        if new in columns and isinstance(value, int | float) \
                and isinstance(columns[new], int | float):
            value = columns[new] + value
        columns[new] = value
    return columns


def _field_problem(f) -> str:
    """Why one entry of "fields" is invalid ("" when it is fine): ``.name`` and reason."""
    if not isinstance(f, dict):
        return " ist kein Objekt"
    if "staff" in f:  # a line of a post's staff block (format 3): text or a number
        if f["staff"] not in STAFF_FIELDS:
            return f".staff nennt keine Fachkräfte-Angabe ({', '.join(STAFF_FIELDS)})"
        value = f.get("value")
        if not (isinstance(value, str) or _is_count(value, True)):
            return ".value ist weder Text noch eine Zahl"
        for key in ("label", "section", "id"):
            if not isinstance(f.get(key), str):
                return f".{key} fehlt oder ist kein Text"
        return ""
    aggregate = f.get("aggregate")
    if not isinstance(aggregate, str):
        return ".aggregate ist kein Text (erwartet den Namen einer Kennzahl)"
    if aggregate not in kvjs.BY_NAME:
        return f".aggregate nennt die unbekannte Kennzahl „{aggregate[:60]}“"
    for key in ("label", "section", "id"):
        if not isinstance(f.get(key), str):
            return f".{key} fehlt oder ist kein Text"
    if not isinstance(f.get("key", ""), str):
        return ".key ist kein Text"
    return ""


def _parts(doc: dict) -> list[dict]:
    scope = doc["scope"]
    if scope["kind"] == "merged":
        parts = scope.get("parts")
        return parts if isinstance(parts, list) else []
    return [scope]


def _identity(scope: dict) -> str:
    """One post or school: a post by its generated id where the file names it."""
    if scope.get("kind") == "post" and isinstance(scope.get("post_id"), str):
        return json.dumps({"kind": "post", "post_id": scope["post_id"]})
    code = scope.get("code")
    return json.dumps({"kind": scope.get("kind"), "name": scope.get("name"),
                       "code": school_code.key(code) if isinstance(code, str) else code,
                       "school_number": _number(scope), "period": scope.get("period")},
                      sort_keys=True)


def _number(entry: dict) -> str:
    """The official Schulnummer a school entry names (format 6; "" for none)."""
    number = entry.get("school_number")
    return number if isinstance(number, str) else ""


def _entries(scope: dict) -> list[dict]:
    """The school entries of a scope: a school's own, a post's schools."""
    entries = [scope] if scope.get("kind") == "school" else scope.get("schools") or []
    return [s for s in entries if isinstance(s, dict)]


def numbers_of(docs: list[tuple[str, dict]]) -> dict[str, tuple[str, ...]]:
    """Normalised code -> the Schulnummern the files name under it."""
    return school_code.numbers_by_code(
        (s["code"], _number(s)) for _, doc in docs for part in _parts(doc)
        for s in _entries(part) if isinstance(s.get("code"), str))


def schools_of(scope: dict, numbers: dict[str, tuple[str, ...]] | None = None
               ) -> dict[str, str]:
    """The schools a scope covers: identity (``school_code.identity``: the official
    Schulnummer, else the normalised code; the name where a school has neither) -> the
    school as shown. A post covers its ``schools``."""
    covered: dict[str, str] = {}
    for s in _entries(scope):
        code, name = s.get("code"), s.get("name")
        code = code if isinstance(code, str) else ""
        if _number(s) or school_code.key(code):
            ident = school_code.identity(code, _number(s), numbers or {})
            shown = school_code.key(code) or name
            covered.setdefault(ident, f"{shown} (Schulnummer {ident})"
                               if school_code.is_school_number(ident) else str(shown))
        elif isinstance(name, str) and school_code.key(name):
            covered.setdefault("name:" + school_code.key(name), name)
    return covered


def missing(doc: dict) -> list[str]:
    """The aggregates of this release that ``doc`` lacks (an older format version)."""
    return [name for name in kvjs.NAMES if name not in doc["aggregates"]]


def merge(paths: list[Path | str]) -> dict:
    """The sum document of ``paths`` (at least two)."""
    if len(paths) < 2:
        raise MergeError("Bitte mindestens zwei Exportdateien zum Zusammenführen angeben.")
    docs = [(Path(p).name, read_export(p)) for p in paths]
    _check_together(docs)
    docs, once = _post_covers(docs)
    _check_overlap(docs)
    _, first = docs[0]
    notes = [{"file": name, "format_version": doc["format_version"], "missing": missing(doc)}
             for name, doc in docs if missing(doc)]
    left_out = {n for note in notes for n in note["missing"]}
    common = [n for n in kvjs.NAMES if n not in left_out]
    units = _units(docs, common)
    total = kvjs.add((doc["aggregates"] for _, doc in units), names=common)
    # the form of the newest file (its template shows the most)
    _, layout = max(docs, key=lambda d: d[1]["format_version"])
    fields = _summed_fields(layout["fields"], total, left_out)
    by_type = _by_school_type(units, common)  # every line gets a column per Schulart
    types = sorted(by_type, key=type_order)
    _set_columns(fields, by_type, types)
    out = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "template": layout["template"],
        "school_year": first["school_year"],
        "scope": {"kind": "merged", "code": "Summe", "name": "Zusammenführung",
                  "parts": [p for _, doc in docs for p in _parts(doc)]},
        "created": created_now(),
        "aggregates": total, "fields": fields,
    }
    out.update(_carried_along(docs, notes, by_type, types))
    out.update(_packs(docs))
    if gaps := missing_periods(docs):
        out["missing_periods"] = gaps
    if once:
        out["counted_once"] = once
    return out


def _post_covers(docs: list[tuple[str, dict]]) -> tuple[list[tuple[str, dict]], list[dict]]:
    """A school's file (its whole year) whose school the file of one post in the merge
    names, checked against the figures that post's file carries for it
    (``domain.traeger.carried``): the same figures → the school's file is left out and
    named in ``counted_once``; different → refused naming both files and the figure; no
    figures of the school alone in the post's file → the overlap is refused with why."""
    from ..domain import traeger as kit

    numbers = numbers_of(docs)
    posts = [(name, doc) for name, doc in docs if doc["scope"]["kind"] == "post"]
    kept, once = [], []
    for name, doc in docs:
        scope = doc["scope"]
        key = next(iter(schools_of(scope, numbers)), None) if scope["kind"] == "school" \
            and not scope.get("period") else None
        covering = [(p, d, i) for p, d in posts for i, entry in enumerate(_entries(d["scope"]))
                    if key in schools_of({**entry, "kind": "school"}, numbers)]
        if key is None or len(covering) != 1:
            kept.append((name, doc))
            continue
        post_name, post_doc, index = covering[0]
        shown = schools_of(scope, numbers)[key]
        post = kit.delivery(post_name, post_doc)
        figures, why = kit.carried(post, post.schools[index].key, shown)
        if figures is None:
            whole = kvjs_periods.whole(doc["school_year"])
            raise MergeError(_overlap_text(name, post_name, shown, whole, whole,
                                           doc["school_year"]) + f" {why}.")
        if differs := kit.difference(figures, doc["aggregates"]):
            raise MergeError(f"„{post_name}“ (Stelle {post.code}) und „{name}“ nennen für die "
                             f"Schule {shown} verschiedene Zahlen ({differs}); keine der "
                             "beiden zählt, bis eine korrigiert ist.")
        once.append({"file": name, "in": post_name, "school": shown})
    return kept, once


def _packs(docs: list[tuple[str, dict]]) -> dict:
    """The rule pack of the sum: the one pack of all its files; files under different
    packs merge (no count depends on a pack: the counting rules are the program's, a pack
    sets rate, formula, deadlines and fields) and ``rule_packs`` names each file's."""
    ids = {doc["rule_pack"]["id"] for _, doc in docs if "rule_pack" in doc}
    if len(ids) == 1 and all("rule_pack" in doc for _, doc in docs):
        return {"rule_pack": docs[0][1]["rule_pack"]}
    if len(ids) > 1:
        return {"rule_packs": [{"file": name, **doc["rule_pack"]} for name, doc in docs
                               if "rule_pack" in doc]}
    return {}


def _carried_along(docs: list[tuple[str, dict]], notes: list[dict], by_type: dict[str, dict],
                   types: list[str]) -> dict:
    """What a sum file carries only when there is some: each post's staff block (never
    summed), the notes on figures left out, and the Schularten with their figures."""
    carried: dict = {}
    staff = [block for _, doc in docs for block in doc.get("staff", [])]
    if staff:
        carried["staff"] = staff
    if notes:
        carried["notes"] = notes
    if by_type:
        carried["school_types"] = [{"code": t, "label": school_type_label(t)} for t in types]
        carried["by_school_type"] = by_type
    return carried


def _check_together(docs: list[tuple[str, dict]]) -> None:
    """The files belong together: one template (and its version within one format), one
    school year, and no scope twice (a rule pack may differ: ``_packs``)."""
    first_name, first = docs[0]
    seen: dict[str, str] = {}
    for name, doc in docs:
        same_format = doc["format_version"] == first["format_version"]
        if doc["template"]["id"] != first["template"]["id"] or (
                same_format and doc["template"]["version"] != first["template"]["version"]):
            raise MergeError(f"„{name}“ hat eine andere Vorlage oder Vorlagenversion als "
                             f"„{first_name}“.")
        if doc["school_year"] != first["school_year"]:
            raise MergeError(f"„{name}“ gilt für das Schuljahr {doc['school_year']}, "
                             f"„{first_name}“ für {first['school_year']}.")
        for part in _parts(doc):
            if not isinstance(part, dict):
                raise MergeError(f"„{name}“: der Bereich ist ungültig.")
            key = _identity(part)
            if key in seen:
                raise MergeError(f"„{name}“ enthält denselben Bereich wie „{seen[key]}“ "
                                 f"({scope_text(part)}): dieselbe Auswertung doppelt.")
            seen[key] = name
    _check_numbers(docs)


def _check_numbers(docs: list[tuple[str, dict]]) -> None:
    """A school named without a Schulnummer under a code the other files use for two or
    more schools (two Schulnummern) is refused by name: which school it is cannot be told."""
    numbers = numbers_of(docs)
    for name, doc in docs:
        for part in _parts(doc):
            for s in _entries(part):
                code = s.get("code")
                if isinstance(code, str) and (
                        problem := school_code.ambiguous(code, _number(s), numbers)):
                    raise MergeError(f"„{name}“ {problem}.")


def _check_overlap(docs: list[tuple[str, dict]]) -> None:
    """No school in two files for the same days (a post and one of its own schools, two
    posts sharing a school, one school twice under another name or spelling of its code):
    refused, naming both files and the school — never counted twice. Files of one school
    for periods that do not overlap (a handover in the year) are parts of its year."""
    covered: dict[str, list[tuple[str, kvjs_periods.Period, str]]] = {}
    numbers = numbers_of(docs)
    for name, doc in docs:
        for part in _parts(doc):
            for key, (shown, period) in school_periods(part, doc["school_year"],
                                                       numbers).items():
                for other, other_period, other_kind in covered.get(key, []):
                    if other != name and kvjs_periods.overlap(period, other_period):
                        posts = part.get("kind") == other_kind == "post"
                        raise MergeError(_overlap_text(name, other, shown, period,
                                                       other_period, doc["school_year"], posts))
                covered.setdefault(key, []).append((name, period, part.get("kind", "")))


def _overlap_text(name: str, other: str, shown: str, period, other_period, year: str,
                  posts: bool = False) -> str:
    whole = kvjs_periods.whole(year)
    if period == whole and other_period == whole:
        advice = ("Zwei Stellen an einer Schule: bitte jede Stelle in einer eigenen "
                  "Summendatei zusammenführen." if posts else
                  "Bitte entweder die Datei der Stelle oder die der Schule zusammenführen.")
        return (f"„{name}“ und „{other}“ enthalten beide die Schule {shown}: ihre Zahlen "
                f"würden doppelt gezählt. {advice}")
    return (f"„{name}“ ({kvjs_periods.text(period)}) und „{other}“ "
            f"({kvjs_periods.text(other_period)}) enthalten beide die Schule {shown} für "
            "dieselben Tage: ihre Zeiträume überschneiden sich, die Zahlen würden doppelt "
            "gezählt. Bitte die Zeiträume prüfen und neu exportieren.")


def school_periods(scope: dict, year: str, numbers: dict[str, tuple[str, ...]] | None = None
                   ) -> dict[str, tuple[str, kvjs_periods.Period]]:
    """The schools a scope covers (``schools_of``) with the period each is covered for."""
    found: dict[str, tuple[str, kvjs_periods.Period]] = {}
    for entry in _entries(scope):
        for key, shown in schools_of({**entry, "kind": "school"}, numbers).items():
            found.setdefault(key, (shown, kvjs_periods.of(entry, year)))
    return found


def missing_periods(docs: list[tuple[str, dict]]) -> list[dict]:
    """Per school some file covers for a part of the year only: the days no file covers
    (``{"school", "from", "to"}``), named in the sum file and its notes."""
    year = docs[0][1]["school_year"]
    periods: dict[str, tuple[str, list[kvjs_periods.Period]]] = {}
    numbers = numbers_of(docs)
    for _name, doc in docs:
        for part in _parts(doc):
            for key, (shown, period) in school_periods(part, year, numbers).items():
                periods.setdefault(key, (shown, []))[1].append(period)
    return [{"school": shown, **kvjs_periods.to_json(gap)}
            for shown, found in periods.values() for gap in kvjs_periods.gaps(found, year)]


def _units(docs: list[tuple[str, dict]], names: list[str]) -> list[tuple[str, dict]]:
    """The files as they add up: the files of one school for parts of its year
    (``_check_overlap`` made sure they do not overlap) become one, its figures combined
    (``kvjs_periods.combine``: counts add, its pupils count once, the post share by days)."""
    year = docs[0][1]["school_year"]
    groups: dict[str, list[tuple[str, dict]]] = {}
    units: list[tuple[str, dict]] = []
    numbers = numbers_of(docs)
    for name, doc in docs:
        if doc["scope"]["kind"] == "school" and len(key := schools_of(doc["scope"],
                                                                      numbers)) == 1:
            groups.setdefault(next(iter(key)), []).append((name, doc))
        else:
            units.append((name, doc))
    for parts in groups.values():
        if len(parts) == 1:
            units.append(parts[0])
            continue
        figures = kvjs_periods.combine(
            [(doc["aggregates"], kvjs_periods.of(doc["scope"], year)) for _, doc in parts],
            year, names)
        first = parts[0][1]
        units.append((" + ".join(n for n, _ in parts),
                      {"scope": first["scope"], "aggregates": figures}))
    return units


def _pack_text(pack: dict) -> str:
    return f"„{pack['title']}“ ({pack['id'][:12]})"


def _summed_fields(layout: list[dict], total: dict, left_out: set[str]) -> list[dict]:
    """The form's fields with the summed values; a figure some file lacks is left out, a
    staff field is not summed (the sum file lists each post's block)."""
    fields = []
    for f in layout:
        if "staff" in f:
            continue  # per post, never summed: the sum file lists each post's block
        if f["aggregate"] in left_out:
            fields.append(dict(f, value=None, left_out=True))
            continue
        value = total[f["aggregate"]]
        spec = kvjs.BY_NAME[f["aggregate"]]
        if isinstance(value, dict):
            key = f.get("key", "")
            if key in value:
                value = value[key]
            else:
                value = sum(value.values()) if spec.partition else None
        fields.append(dict(f, value=value))
    return fields


def _types_of(doc: dict) -> dict[str, dict] | None:
    """Schulart -> aggregates of one export, when its Schularten are known: its own
    per-type figures, a school's type, or a post whose schools share one type."""
    if isinstance(doc.get("by_school_type"), dict):
        return doc["by_school_type"]
    scope = doc["scope"]
    if scope["kind"] == "school" and scope.get("school_type"):
        return {scope["school_type"]: doc["aggregates"]}
    types = {str(s.get("school_type") or "") for s in scope.get("schools", []) if isinstance(s, dict)}
    if scope["kind"] == "post" and len(types) == 1 and all(types):
        return {types.pop(): doc["aggregates"]}
    return None


def _by_school_type(docs: list[tuple[str, dict]], names: list[str]) -> dict[str, dict]:
    """The merged figures per Schulart (sum per type), when every file's types are known
    and there are two or more; {} otherwise."""
    parts: dict[str, list[dict]] = {}
    for _name, doc in docs:
        mapping = _types_of(doc)
        if mapping is None:
            return {}
        for school_type, aggregates in mapping.items():
            if not isinstance(aggregates, dict) or not all(n in aggregates for n in names):
                return {}
            parts.setdefault(school_type, []).append(aggregates)
    if len(parts) < 2:
        return {}
    return {t: kvjs.add(p, names=names) for t, p in parts.items()}


def _set_columns(fields: list[dict], by_type: dict[str, dict], types: list[str]) -> None:
    """Each summed field (not left out) gets a column per Schulart, when there are any."""
    for f in fields:
        f.pop("columns", None)
        if types and not f.get("left_out"):
            f["columns"] = {t: _field_value(by_type[t], f) for t in types}


def _field_value(aggregates: dict, f: dict):
    value = aggregates[f["aggregate"]]
    if not isinstance(value, dict):
        return value
    if f.get("key"):
        return value.get(f["key"])
    return sum(value.values()) if kvjs.BY_NAME[f["aggregate"]].partition else None


def note_lines(doc: dict) -> list[str]:
    """German lines naming, per file, the figures left out of the sum, and the packs of
    files computed under different rule packs."""
    lines = [f"„{n['file']}“ (Formatversion {n['format_version']}) enthält "
             f"{len(n['missing'])} Kennzahl(en) noch nicht; sie fehlen in der Summe: "
             + ", ".join(n["missing"]) + "." for n in doc.get("notes", [])]
    lines += [f"„{c['file']}“ zählt nicht noch einmal: „{c['in']}“ enthält für die Schule "
              f"{c['school']} dieselben Zahlen." for c in doc.get("counted_once", [])]
    lines += [f"Schule {g['school']}: für {_day(g['from'])}–{_day(g['to'])} fehlt eine "
              "Datei (Teiljahr); diese Tage fehlen in der Summe." for g in doc.get(
                  "missing_periods", [])]
    if doc.get("rule_packs"):
        lines.append("die Dateien sind unter verschiedenen Regelpaketen gerechnet (die "
                     "Zählregeln hängen nicht davon ab): " + ", ".join(
                         f"„{p['file']}“ unter {_pack_text(p)}" for p in doc["rule_packs"]))
    return lines


def _day(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def merge_files(paths: list[Path | str], out: Path | str) -> dict:
    """Merge and write the sum file atomically; nothing is written when a file is refused."""
    doc = merge(paths)
    write_sealed(doc, Path(out))
    return doc
