"""The integrity of one KVJS export file (docs/statistics.md, "Prüfsumme und Stimmigkeit"):
its content digest and whether its figures agree with each other. Pure functions; the
reader (``exports.kvjs_merge.check_export``) refuses a file by name with the German text.

- ``digest``: SHA-256 (hex) of the file's JSON without ``integrity``, keys sorted, UTF-8,
  no spaces — what an independent tool recomputes.
- ``problem``: the first disagreement of a file's figures — a form field against its
  figure, a breakdown above its total, a minutes figure beyond what its sessions (or a
  year) can hold, a post's per-Schulart figures against its own sum.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from . import kvjs

# A part never exceeds its whole: (part, whole). A keyed part: each key and their sum
# (when the keys split it, ``Aggregate.partition``) — m = 500 of 36 pupils is refused.
WITHIN: tuple[tuple[str, str], ...] = (
    ("efh_pupils", "efh_persons"),
    ("efh_pupils_by_gender", "efh_pupils"),
    ("efh_pupils_by_grade", "efh_pupils"),
    ("efh_contacts_with_parents", "efh_contacts"),
    ("efh_contacts_with_teachers", "efh_contacts"),
    ("efh_topics", "efh_persons"),
    ("efh_access_routes", "efh_persons"),
    ("efh_referrals", "efh_contacts"),
    ("cp_8a_by_outcome", "cp_8a_procedures"),
    ("cp_8a_jugendamt_informed", "cp_8a_procedures"),
    ("efh_cases_by_outcome", "efh_cases_closed"),
    ("efh_referrals_by_target", "efh_cases_closed"),
    ("grp_by_kind", "grp_activities"),
    ("grp_by_purpose", "grp_activities"),
    ("grp_participants_by_gender", "grp_participants"),
    ("grp_participants_by_purpose", "grp_participants"),
    ("vnz_by_kind", "vnz_activities"),
)
# Plausibility bounds: no single session is longer than a day (``plausibility``:
# EVER_MAX_MINUTES), so minutes stay within a day per counted session; the year's
# working time within the minutes of a year per full-time post (at least one).
DAY_MINUTES = 24 * 60
YEAR_MINUTES = 366 * DAY_MINUTES
PER_SESSION: tuple[tuple[str, str], ...] = (
    ("efh_minutes", "efh_contacts"), ("grp_minutes", "grp_sessions"),
    ("off_minutes", "off_sessions"), ("vnz_minutes", "vnz_activities"))


# The longest name a file may give a school, post, code or Landkreis: far above any real
# one ("Landkreis Dillingen a.d.Donau"), far below what breaks a page or a sheet.
MAX_NAME = 200
_NAMED = {"landkreis": "des Landkreises", "name": "der Schule oder Stelle",
          "code": "des Kürzels", "school_type": "der Schulart"}


def name_problem(scope: dict) -> str:
    """Why a text of the scope (and of its schools and parts) is too long ("" if none)."""
    entries = [scope, *(scope.get("schools") or []), *(scope.get("parts") or [])]
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        for key, what in _NAMED.items():
            text = entry.get(key)
            if isinstance(text, str) and len(text) > MAX_NAME:
                return (f"der Name {what} ist zu lang ({len(text)} Zeichen, höchstens "
                        f"{MAX_NAME}): „{text[:40]}…“")
    return ""


def canonical(doc: dict) -> bytes:
    """The bytes the digest is taken over: the document without ``integrity``."""
    body = {k: v for k, v in doc.items() if k != "integrity"}
    return json.dumps(body, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def digest(doc: dict) -> str:
    return hashlib.sha256(canonical(doc)).hexdigest()


def _label(name: str) -> str:
    return f"„{kvjs.BY_NAME[name].label}“"


def _total(spec: kvjs.Aggregate, value: Any) -> int | float:
    return sum(value.values()) if isinstance(value, dict) else value


def figures_problem(figures: dict) -> str:
    """Why the figures of one scope disagree ("" when they agree): a part above its
    whole, minutes beyond their sessions or the year. Figures the file lacks (an
    older release) are not compared."""
    return next((p for p in (_part_problem(figures, part, whole) for part, whole in WITHIN)
                 if p), "") or _minutes_problem(figures)


def _part_problem(figures: dict, part: str, whole: str) -> str:
    if part not in figures or whole not in figures:
        return ""
    spec, value, total = kvjs.BY_NAME[part], figures[part], figures[whole]
    if not isinstance(value, dict):
        return (f"{_label(part)} = {value} ist größer als {_label(whole)} = {total}"
                if value > total else "")
    over = [k for k, v in value.items() if v > total]
    if over:
        return (f"{_label(part)} „{over[0]}“ = {value[over[0]]} ist größer als "
                f"{_label(whole)} = {total}")
    if spec.partition and sum(value.values()) > total:
        return (f"{_label(part)} ergeben zusammen {sum(value.values())}, mehr als "
                f"{_label(whole)} = {total}")
    return ""


def _minutes_problem(figures: dict) -> str:
    for minutes, sessions in PER_SESSION:
        if minutes in figures and sessions in figures \
                and figures[minutes] > DAY_MINUTES * figures[sessions]:
            return (f"{_label(minutes)} = {figures[minutes]} ist mehr als ein Tag je Termin "
                    f"({_label(sessions)} = {figures[sessions]}); Plausibilitätsgrenze")
    time = figures.get("time_minutes_by_category")
    if isinstance(time, dict) and isinstance(figures.get("fte"), int | float):
        bound = YEAR_MINUTES * max(1.0, figures["fte"])
        if sum(time.values()) > bound:
            return (f"{_label('time_minutes_by_category')} = {sum(time.values())} ist mehr, "
                    f"als ein Jahr bei {figures['fte']} Vollzeitstellen hat "
                    "(Plausibilitätsgrenze)")
    return ""


def field_value(figures: dict, f: dict) -> Any:
    """The value a form field shows of ``figures`` (a key's count, a split figure's sum)."""
    value = figures[f["aggregate"]]
    if not isinstance(value, dict):
        return value
    key = f.get("key", "")
    if key in value:
        return value[key]
    return sum(value.values()) if kvjs.BY_NAME[f["aggregate"]].partition else None


def fields_problem(fields: list[dict], figures: dict) -> str:
    """The first form field whose value is not its figure's ("" when all agree); a field
    left out (an older release) or of the staff block is not compared."""
    for i, f in enumerate(fields):
        if "staff" in f or f.get("left_out") is True or f["aggregate"] not in figures:
            continue
        if f.get("key") and isinstance(figures[f["aggregate"]], dict) \
                and f["key"] not in figures[f["aggregate"]]:
            continue  # a key of another release: not in the figures to compare
        want = field_value(figures, f)
        if f.get("value") != want:
            return (f"fields[{i}] („{f.get('label', '')[:60]}“) zeigt {f.get('value')}, "
                    f"die Kennzahl {_label(f['aggregate'])} aber {want}")
    return ""


def by_type_problem(figures: dict, by_type: dict) -> str:
    """A post's per-Schulart figures add up to its own (additive figures only: persons
    counted at two schools count once in the post)."""
    for spec in kvjs.AGGREGATES:
        if not spec.additive or spec.decimal or spec.name not in figures \
                or not all(isinstance(t, dict) and spec.name in t for t in by_type.values()):
            continue
        parts = [t[spec.name] for t in by_type.values()]
        total = figures[spec.name]
        summed: Any = ({k: sum(p.get(k, 0) for p in parts) for k in total}
                       if isinstance(total, dict) else sum(parts))
        if summed != total:
            return (f"{_label(spec.name)}: die Summe der Schularten ({_total(spec, summed)}) "
                    f"ist nicht die der Datei ({_total(spec, total)})")
    return ""
