"""Merging KVJS json exports of several workers or posts into one sum file
(docs/statistics.md, "Zusammenführen"). Everything is checked before anything is written:
a file that is not an export, another template version or school year, or the same
export twice is refused with the file named."""

from __future__ import annotations

import json
from pathlib import Path

from ..domain import clock, kvjs
from ..domain.errors import UserError
from .kvjs_document import FORMAT, FORMAT_VERSION, scope_text, write_json

MAX_BYTES = 5_000_000
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
    name = path.name
    try:
        if path.stat().st_size > MAX_BYTES:
            raise MergeError(f"„{name}“ ist zu groß für eine KVJS-Exportdatei.")
        doc = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
        if isinstance(err, MergeError):
            raise
        raise MergeError(f"„{name}“ ist keine lesbare KVJS-Exportdatei (json).") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise MergeError(f"„{name}“ ist keine KVJS-Exportdatei von SSA Desktop.")
    if doc.get("format_version") != FORMAT_VERSION:
        raise MergeError(f"„{name}“ hat eine unbekannte Formatversion.")
    template, scope, aggregates = doc.get("template"), doc.get("scope"), doc.get("aggregates")
    if (not isinstance(template, dict) or not all(isinstance(template.get(k), str)
                                                  for k in ("id", "version", "title"))
            or not isinstance(doc.get("school_year"), str) or not isinstance(scope, dict)
            or scope.get("kind") not in ("school", "post", "merged")
            or not isinstance(aggregates, dict) or not isinstance(doc.get("fields"), list)):
        raise MergeError(f"„{name}“ ist unvollständig (Vorlage, Schuljahr, Bereich, Kennzahlen).")
    for spec in kvjs.AGGREGATES:
        value = aggregates.get(spec.name)
        ok = (isinstance(value, dict) and set(value) == set(spec.keys)
              and all(_is_count(v, False) for v in value.values())) if spec.is_dict \
            else _is_count(value, spec.decimal)
        if not ok:
            raise MergeError(f"„{name}“: die Kennzahl „{spec.name}“ fehlt oder ist ungültig.")
    for f in doc["fields"]:
        if (not isinstance(f, dict) or f.get("aggregate") not in kvjs.BY_NAME
                or not isinstance(f.get("label"), str) or not isinstance(f.get("section"), str)
                or not isinstance(f.get("key", ""), str) or not isinstance(f.get("id"), str)):
            raise MergeError(f"„{name}“: die Felder des Formulars sind ungültig.")
    return doc


def _parts(doc: dict) -> list[dict]:
    scope = doc["scope"]
    if scope["kind"] == "merged":
        parts = scope.get("parts")
        return parts if isinstance(parts, list) else []
    return [scope]


def _identity(scope: dict) -> str:
    return json.dumps({k: scope.get(k) for k in ("kind", "code", "name")}, sort_keys=True)


def merge(paths: list[Path | str]) -> dict:
    """The sum document of ``paths`` (at least two)."""
    if len(paths) < 2:
        raise MergeError("Bitte mindestens zwei Exportdateien zum Zusammenführen angeben.")
    docs = [(Path(p).name, read_export(p)) for p in paths]
    first_name, first = docs[0]
    seen: dict[str, str] = {}
    for name, doc in docs:
        if (doc["template"]["id"], doc["template"]["version"]) != \
                (first["template"]["id"], first["template"]["version"]):
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
    total = kvjs.add(doc["aggregates"] for _, doc in docs)
    fields = []
    for f in first["fields"]:
        value = total[f["aggregate"]]
        spec = kvjs.BY_NAME[f["aggregate"]]
        if isinstance(value, dict):
            key = f.get("key", "")
            if key in value:
                value = value[key]
            else:
                value = sum(value.values()) if spec.partition else None
        fields.append(dict(f, value=value))
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "template": first["template"],
        "school_year": first["school_year"],
        "scope": {"kind": "merged", "code": "Summe", "name": "Zusammenführung",
                  "parts": [p for _, doc in docs for p in _parts(doc)]},
        "created": clock.today().isoformat(),
        "aggregates": total, "fields": fields,
    }


def merge_files(paths: list[Path | str], out: Path | str) -> dict:
    """Merge and write the sum file atomically; nothing is written when a file is refused."""
    doc = merge(paths)
    write_json(doc, Path(out))
    return doc
