"""Rule packs (docs/statistics.md, "Regelpakete"): the funder's rules of a school year as
one versioned file – the KVJS template it fits, the rate, the grant formula (one of a
small closed set, with parameters; nothing is evaluated), the deadlines, the field
list, the counting notes, the sources and the rules that are the product's own
assumptions – plus optional Landkreis profiles (own deadline, per school or per post,
own questions). Its identity is the SHA-256 of its canonical content. Pure: no Qt, no
SQL; ``parse`` refuses a pack by naming the problem in German."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from .. import paths
from . import strict_json
from .digests import sha256
from .errors import UserError
from .kvjs import AGGREGATES
from .month_day import MonthDay, MonthDayError
from .schoolyear import SchoolYear
from .staff import MONTHS, school_year_months
from .text_safety import name_problem

MAX_YEARS = 5        # a pack is the rules of a year or a few: 100 years is a mistake
MAX_TEXT = 200       # a title, a Landkreis name: one line
FORMAT = "ssa-desktop-rule-pack"
FORMAT_VERSION = 1
SHIPPED = ("rules", "regelpaket-2026-27.json")   # in force until she takes another
# every pack the release ships, one per school year it computes (resources/rules)
SHIPPED_YEARS = ("regelpaket-2024-25.json", "regelpaket-2025-26.json", SHIPPED[1])


class RulePackError(UserError):
    """A refused pack; ``str()`` is a German sentence naming the file and the problem."""


# -- grant formulas: a closed set, each with its named parameters ---------------------------
@dataclass(frozen=True)
class Formula:
    name: str
    title: str        # German, shown before she accepts a pack
    parameters: dict[str, tuple[int, int]]  # parameter -> allowed range (integers)


FORMULAS = {f.name: f for f in (
    Formula("pro_rata_months", "Satz × VZÄ × besetzte Monate / 12; ein Monat zählt als "
            "besetzt, wenn die Beschäftigung seinen Stichtag ({counting_day}.) umfasst",
            {"counting_day": (1, 28)}),
    Formula("pro_rata_days", "Satz × VZÄ × beschäftigte Tage / Tage des Schuljahres", {}),
)}


@dataclass(frozen=True)
class GrantFormula:
    name: str
    parameters: tuple[tuple[str, int], ...]

    def parameter(self, key: str) -> int:
        return dict(self.parameters)[key]

    @property
    def text(self) -> str:
        return FORMULAS[self.name].title.format(**dict(self.parameters))

    def months_filled(self, employed_from: date | None, employed_to: date | None,
                      year: SchoolYear) -> int:
        """Months of the school year the post counts as filled: with ``pro_rata_months``
        those whose counting day the employment covers, otherwise those with any day
        employed. No start date: none."""
        if employed_from is None:
            return 0
        end = employed_to or date.max
        if self.name == "pro_rata_months":
            day = self.parameter("counting_day")
            return sum(1 for y, m in school_year_months(year) if employed_from <= date(y, m, day) <= end)
        return sum(1 for y, m in school_year_months(year)
                   if employed_from <= _month_end(y, m) and end >= date(y, m, 1))

    def grant(self, percent: float, employed_from: date | None, employed_to: date | None,
              year: SchoolYear, rate: float) -> float:
        """The pro-rata grant of a post in euro and cent."""
        if self.name == "pro_rata_months":
            return pro_rata(percent, self.months_filled(employed_from, employed_to, year), rate)
        days = _days_employed(employed_from, employed_to, year)
        return round(rate * percent / 100 * days / _days(year), 2)


def pro_rata(percent: float, months: int, rate: float) -> float:
    """Rate per full-time post and year × FTE × filled months / 12, in euro and cent."""
    return round(rate * percent / 100 * months / MONTHS, 2)


def _month_end(y: int, m: int) -> date:
    return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)


def _days(year: SchoolYear) -> int:
    return (year.end - year.start).days + 1


def _days_employed(employed_from: date | None, employed_to: date | None, year: SchoolYear) -> int:
    if employed_from is None:
        return 0
    first = max(employed_from, year.start)
    last = min(employed_to or year.end, year.end)
    return max(0, (last - first).days + 1)


# -- the pack ----------------------------------------------------------------------------
@dataclass(frozen=True)
class LandkreisProfile:
    name: str
    deadline: MonthDay          # the per-school (or per-post) delivery to the Landkreis
    per: str                    # "school" or "post"
    questions: tuple[str, ...]  # the Landkreis's own questions


@dataclass(frozen=True)
class RulePack:
    title: str
    school_years: tuple[int, ...]   # start years: 2026 = 2026/27
    template_id: str
    rate: float
    formula: GrantFormula
    kvjs_deadline: MonthDay
    landkreis_deadline: MonthDay
    fields: tuple[str, ...]
    counting_notes: tuple[str, ...]
    sources: tuple[str, ...]
    assumptions: tuple[str, ...]    # rules no source backs: the product's own
    profiles: tuple[LandkreisProfile, ...]
    digest: str                     # SHA-256 of the canonical content (hex)
    text: str                       # the file as read (stored in the vault)
    # its declared place in the order of packs (1, 2, …; 0: none declared, an early pack):
    # of two packs for one school year the higher version is the newer (``is_older``)
    version: int = 0

    @property
    def years_label(self) -> str:
        return ", ".join(SchoolYear(y).label for y in self.school_years)

    @property
    def short_id(self) -> str:
        return self.digest[:12]

    def profile(self, name: str) -> LandkreisProfile | None:
        return next((p for p in self.profiles if p.name == name), None)


def canonical(doc: Any) -> bytes:
    """The content a pack's identity is taken from: sorted keys, no spaces, UTF-8."""
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def parse(text: str, name: str) -> RulePack:
    """A pack from its JSON text, checked whole; RulePackError names ``name`` and why."""
    try:
        doc = strict_json.loads(text)
        strict_json.require_format(doc, FORMAT)
        return _pack(doc, text)
    except (ValueError, UserError) as err:
        reason = str(err) if isinstance(err, UserError) else "kein gültiges JSON"
        raise RulePackError(f"Das Regelpaket „{name}“ wird nicht übernommen: {reason}.") from None


def _pack(doc: dict, text: str) -> RulePack:
    if doc.get("format_version") != FORMAT_VERSION:
        raise RulePackError(f"Formatversion „{doc.get('format_version')}“ ist unbekannt "
                            f"(bekannt: {FORMAT_VERSION})")
    _only(doc, _KEYS, "Regelpaket")
    deadlines = _obj(doc, "deadlines")
    return RulePack(
        title=_text(doc, "title"), school_years=_years(doc),
        template_id=_text(_obj(doc, "kvjs_template"), "id"), rate=_rate(doc),
        formula=_formula(_obj(doc, "grant_formula")),
        kvjs_deadline=_day(deadlines, "kvjs"), landkreis_deadline=_day(deadlines, "landkreis"),
        fields=_fields(doc), counting_notes=_texts(doc, "counting_notes"),
        sources=_texts(doc, "sources"), assumptions=_texts(doc, "assumptions"),
        profiles=_landkreis_profiles(doc),
        digest=sha256(canonical(doc)).hexdigest(), text=text, version=_version(doc))


_KEYS = {"format", "format_version", "title", "school_years", "kvjs_template", "rate",
         "grant_formula", "deadlines", "fields", "counting_notes", "sources", "assumptions",
         "landkreis_profiles", "version"}
MAX_VERSION = 1_000_000


def _version(doc: dict) -> int:
    """The declared version (optional; a pack from before declares none: 0)."""
    if "version" not in doc:
        return 0
    value = doc["version"]
    if type(value) is not int or not 1 <= value <= MAX_VERSION:
        raise RulePackError(f"„version“ muss eine ganze Zahl von 1 bis {MAX_VERSION:,} sein"
                            .replace(",", "."))
    return value


def is_older(pack: RulePack, than: RulePack) -> bool:
    """Whether ``pack`` comes before ``than`` in the declared order: both declare a
    version and share a school year, and ``pack``'s is lower. Never decided by digits
    of a digest or by a title."""
    return (bool(pack.version and than.version and set(pack.school_years) & set(than.school_years))
            and pack.version < than.version)


def version_text(pack: RulePack) -> str:
    return f"Version {pack.version}" if pack.version else "ohne Versionsangabe"


def _only(doc: dict, known: set[str], where: str) -> None:
    unknown = sorted(set(doc) - known)
    if unknown:
        raise RulePackError(f"„{unknown[0]}“ ist im Abschnitt {where} nicht vorgesehen")


def _obj(doc: dict, key: str) -> dict:
    value = doc.get(key)
    if not isinstance(value, dict):
        raise RulePackError(f"„{key}“ fehlt oder ist kein Abschnitt")
    return value


def _list(doc: dict, key: str, optional: bool = False) -> list:
    value = doc.get(key, [] if optional else None)
    if not isinstance(value, list):
        raise RulePackError(f"„{key}“ fehlt oder ist keine Liste")
    return value


def _text(doc: dict, key: str) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RulePackError(f"„{key}“ fehlt oder ist leer")
    _harmless(value, key)
    if len(value.strip()) > MAX_TEXT:
        raise RulePackError(f"„{key}“ ist zu lang ({len(value.strip())} Zeichen, höchstens "
                            f"{MAX_TEXT})")
    return value.strip()


def _harmless(text: str, key: str) -> None:
    """No direction override or control character (a title shown reversed, a bell)."""
    problem = name_problem(text.replace("\n", " "))
    if problem:
        raise RulePackError(f"„{key}“ {problem}")


def _texts(doc: dict, key: str) -> tuple[str, ...]:
    values = _list(doc, key)
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise RulePackError(f"„{key}“ darf nur nicht leere Texte enthalten")
    for v in values:
        _harmless(v, key)
    return tuple(v.strip() for v in values)


def _fields(doc: dict) -> tuple[str, ...]:
    known = {a.name for a in AGGREGATES}
    fields = _texts(doc, "fields")
    if not fields:
        raise RulePackError("„fields“ ist leer (das Paket nennt keine Kennzahl)")
    unknown = [f for f in fields if f not in known]
    if unknown:
        raise RulePackError(f"das Feld „{unknown[0]}“ ist keine bekannte Kennzahl")
    twice = next((f for i, f in enumerate(fields) if f in fields[:i]), None)
    if twice:
        raise RulePackError(f"das Feld „{twice}“ steht zweimal")
    return fields


def _years(doc: dict) -> tuple[int, ...]:
    years = _list(doc, "school_years")
    if not years or not all(type(y) is int and 2000 <= y <= 2100 for y in years):
        raise RulePackError("„school_years“ braucht Startjahre wie 2026 (für 2026/27)")
    if len(years) > MAX_YEARS:
        raise RulePackError(f"„school_years“ nennt {len(years)} Schuljahre (höchstens "
                            f"{MAX_YEARS})")
    twice = next((y for i, y in enumerate(years) if y in years[:i]), None)
    if twice is not None:
        raise RulePackError(f"das Schuljahr {SchoolYear(twice).label} steht zweimal")
    return tuple(sorted(years))


def _landkreis_profiles(doc: dict) -> tuple[LandkreisProfile, ...]:
    """The Landkreis profiles, each name once (case does not tell two apart)."""
    profiles = tuple(_profile(p) for p in _list(doc, "landkreis_profiles", optional=True))
    seen: set[str] = set()
    for p in profiles:
        if p.name.casefold() in seen:
            raise RulePackError(f"das Landkreis-Profil „{p.name}“ steht zweimal")
        seen.add(p.name.casefold())
    return profiles


def _rate(doc: dict) -> float:
    rate = doc.get("rate")
    if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 <= rate <= 1_000_000:
        raise RulePackError("„rate“ muss ein Betrag zwischen 0 und 1.000.000 € sein")
    return float(rate)


def _day(doc: dict, key: str) -> MonthDay:
    try:
        return MonthDay.parse(_text(doc, key))
    except MonthDayError as err:
        raise RulePackError(f"Frist „{key}“: {err}") from None


def _formula(doc: dict) -> GrantFormula:
    name = doc.get("name")
    known = FORMULAS.get(name) if isinstance(name, str) else None
    if known is None:
        raise RulePackError(f"die Förderformel „{name}“ ist unbekannt (bekannt: "
                            f"{', '.join(sorted(FORMULAS))})")
    params = doc.get("parameters", {})
    if not isinstance(params, dict) or set(params) != set(known.parameters):
        raise RulePackError(f"die Förderformel „{name}“ braucht die Parameter "
                            f"{', '.join(known.parameters) or 'keine'}")
    for key, (low, high) in known.parameters.items():
        if type(params[key]) is not int or not low <= params[key] <= high:
            raise RulePackError(f"Parameter „{key}“ muss eine ganze Zahl von {low} bis {high} sein")
    return GrantFormula(known.name, tuple(sorted(params.items())))


def _profile(doc: Any) -> LandkreisProfile:
    if not isinstance(doc, dict):
        raise RulePackError("ein Landkreis-Profil ist kein Abschnitt")
    _only(doc, {"name", "deadline", "per", "questions"}, "Landkreis-Profil")
    per = doc.get("per")
    if per not in ("school", "post"):
        raise RulePackError("„per“ eines Landkreis-Profils muss „school“ oder „post“ sein")
    return LandkreisProfile(_text(doc, "name"), _day(doc, "deadline"), per,
                            _texts({"questions": doc.get("questions", [])}, "questions"))


# -- the shipped pack and what changes ------------------------------------------------------
@cache
def shipped() -> RulePack:
    """The pack shipped with this release (resources/rules)."""
    target = paths.resource(*SHIPPED)
    return parse(target.read_text("utf-8"), target.name)


@cache
def shipped_packs() -> tuple[RulePack, ...]:
    """Every pack shipped with this release, oldest year first; the last is ``shipped()``."""
    return tuple(parse(paths.resource(SHIPPED[0], name).read_text("utf-8"), name)
                 for name in SHIPPED_YEARS)


def changes(old: RulePack, new: RulePack) -> list[str]:
    """What ``new`` changes against ``old``, one German line each (empty: nothing)."""
    pairs = [
        ("Version", version_text(old), version_text(new)),
        ("Schuljahre", old.years_label, new.years_label),
        ("KVJS-Vorlage", old.template_id, new.template_id),
        ("Fördersatz", _euro(old.rate), _euro(new.rate)),
        ("Förderformel", old.formula.text, new.formula.text),
        ("Frist KVJS", old.kvjs_deadline.german(), new.kvjs_deadline.german()),
        ("Frist Landkreis", old.landkreis_deadline.german(), new.landkreis_deadline.german()),
        ("Felder", ", ".join(old.fields), ", ".join(new.fields)),
        ("Landkreis-Profile", _profiles(old), _profiles(new)),
    ]
    return [f"{label}: {a} → {b}" for label, a, b in pairs if a != b]


def _euro(value: float) -> str:
    whole, cents = f"{value:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents} €"


def _profiles(pack: RulePack) -> str:
    return "; ".join(f"{p.name} ({p.deadline.german()})" for p in pack.profiles) or "keine"


def describe(pack: RulePack) -> list[str]:
    """The pack as she reads it before accepting it (CLI and Einstellungen → Förderung)."""
    per = {"school": "je Schule", "post": "je Stelle"}
    lines = [f"Regelpaket: {pack.title}" + (f" ({version_text(pack)})" if pack.version else ""),
             f"Kennung (SHA-256): {pack.digest}",
             f"Schuljahre: {pack.years_label}", f"KVJS-Vorlage: {pack.template_id}",
             f"Fördersatz: {_euro(pack.rate)} je Vollzeitstelle und Jahr",
             f"Förderformel: {pack.formula.text}",
             f"Fristen: KVJS {pack.kvjs_deadline.german()}, Landkreis "
             f"{pack.landkreis_deadline.german()}",
             "Landkreis-Profile: " + ("; ".join(
                 f"{p.name} ({p.deadline.german()}, {per[p.per]})" for p in pack.profiles)
                 or "keine"),
             *(f"Fragen des Landkreises {p.name}: {q}" for p in pack.profiles for q in p.questions),
             "Quellen:", *(f"  – {s}" for s in pack.sources),
             "Eigene Annahmen des Programms (von keiner Quelle belegt):",
             *(f"  – {a}" for a in pack.assumptions)]
    return lines
