"""Strict JSON for everything the product reads (interchange files, receipts, key files,
the lock file, KVJS merge inputs, the breach facts, IT's policy file, what the vault
stores as JSON): a key that appears twice in one object is refused (``json`` would keep
the last one silently), and a document's ``format`` marker must be there and right.
Product code reads JSON only through this module (tests/reliability/test_strict_json_everywhere.py).
Pure: no Qt, no SQL; the callers turn ``StrictJsonError`` into their own German
sentence (its ``str()`` already is one, naming the key or the marker)."""

from __future__ import annotations

import json
from typing import Any

from .errors import UserError


class StrictJsonError(UserError):
    """A duplicate key or a wrong or missing format marker; ``str()`` is German."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # one C call; only a shorter dict has a key twice
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise StrictJsonError(f"„{key}“ steht zweimal in einem Abschnitt der Datei")
            seen.add(key)
    return result


def loads(text: str | bytes, **options: Any) -> Any:
    """``json.loads`` that refuses a key twice in one object (StrictJsonError);
    ``options`` as for ``json.loads`` (parse_int, parse_constant …)."""
    return json.loads(text, object_pairs_hook=_no_duplicates, **options)


def all_pairs(text: str | bytes) -> Any:
    """The JSON with every object as its list of (key, value) pairs, a key twice kept
    twice: for a file of another program whose every entry counts (a folder named under
    an account name twice is two folders, not the last one)."""
    return json.loads(text, object_pairs_hook=list)


def format_problem(doc: Any, expected: str) -> str | None:
    """None when ``doc`` is an object whose ``format`` is ``expected``; else the German
    phrase naming what is wrong (missing, or the marker found)."""
    if not isinstance(doc, dict) or "format" not in doc:
        return "die Formatangabe „format“ fehlt"
    found = doc["format"]
    if found != expected:
        return f"die Formatangabe ist „{found}“ statt „{expected}“"
    return None


def require_format(doc: Any, expected: str) -> None:
    """StrictJsonError unless ``doc`` carries the ``format`` marker ``expected``."""
    problem = format_problem(doc, expected)
    if problem:
        raise StrictJsonError(problem)
