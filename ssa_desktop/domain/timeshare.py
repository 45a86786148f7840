"""Time shares against target bands (docs/timeshare.md, "Zielwerte und Ampel").

A target is a band, not a constant: a Soll value, a tolerance band [low, high] and a
margin around the band. The traffic light is green inside the band, amber within the
margin outside it and red further away. Comparisons are exact (fractions of whole
minutes), so a week at exactly 60 % is inside a band starting at 60 %.

Which categories count as direct work, and in which task area, is data
(``CategoryRule`` rows from resources/timeshare/categories.toml). Pure Python.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import cache

from ..paths import resource
from .catalogues import TIME_CATEGORIES
from .errors import UserError
from .translate import Translate, german

AREAS = ("EFH", "GRP", "OFF", "VNZ", "IND")          # task areas shown, in this order
AREA_LABELS = {
    "EFH": "Einzelfallhilfe und Beratung",
    "GRP": "Gruppen, Klassen, Projekte",
    "OFF": "Offene Angebote",
    "VNZ": "Vernetzung und Kooperation",
    # not "Indirekte Arbeit": that target also counts Vernetzung, and two different
    # figures under one name disagreed on the screen
    "IND": "Vor- und Nachbereitung, Dokumentation u. a. (ohne Vernetzung)",
}
LIGHTS = {"green": "im Zielbereich", "amber": "knapp außerhalb", "red": "außerhalb",
          "none": "keine Daten"}


class TimeShareError(UserError):
    """Input the time-share rules refuse; ``str()`` is a German sentence."""


@dataclass(frozen=True)
class CategoryRule:
    code: str
    area: str            # task area the minutes belong to (AREAS)
    direct: bool         # counts as direct work (EFH + GRP + OFF incl. parents, teachers)
    wording: str = ""    # the agreement's words for it


@dataclass(frozen=True)
class Target:
    code: str
    label: str
    numerator: str        # "direct", "indirect", an area code, or "contacts"
    denominator: str      # "total", "direct", or "hours"
    soll: float
    low: float
    high: float
    margin: float = 0.0
    unit: str = "%"
    enabled: bool = True
    wording: str = ""

    def check(self) -> Target:
        """The target itself, or a German TimeShareError for a band that cannot be."""
        for name, value in (("Soll", self.soll), ("Untergrenze", self.low),
                            ("Obergrenze", self.high), ("Spielraum", self.margin)):
            if value != value or value in (float("inf"), float("-inf")):
                raise TimeShareError(f"„{self.label}“: {name} ist keine gültige Zahl.")
        if self.low > self.high:
            raise TimeShareError(
                f"„{self.label}“: die Untergrenze ({_num(self.low)}) liegt über der "
                f"Obergrenze ({_num(self.high)}).")
        if self.margin < 0:
            raise TimeShareError(f"„{self.label}“: der Spielraum darf nicht negativ sein.")
        if self.unit == "%" and not (0 <= self.low <= 100 and 0 <= self.high <= 100):
            raise TimeShareError(f"„{self.label}“: Anteile liegen zwischen 0 und 100 %.")
        if self.low < 0:
            raise TimeShareError(f"„{self.label}“: die Untergrenze darf nicht negativ sein.")
        return self

    def with_band(self, soll: float, low: float, high: float, margin: float,
                  enabled: bool) -> Target:
        return replace(self, soll=soll, low=low, high=high, margin=margin,
                       enabled=enabled).check()

    @property
    def band_text(self) -> str:
        return self.band()

    def band(self, tr: Translate = german) -> str:
        """The target band in words through ``tr`` (German without one)."""
        unit = " %" if self.unit == "%" else f" {self.unit}"
        digits = 1 if self.unit == "%" else 2
        if self.low <= 0 and self.unit == "%":
            return tr("höchstens {0}").format(f"{_num(self.high, digits)}{unit}")
        return f"{_num(self.low, digits)}–{_num(self.high, digits)}{unit}"


@dataclass(frozen=True)
class Evaluation:
    """A target, the actual value (None without data) and its light."""

    target: Target
    value: float | None
    light: str            # green | amber | red | none

    @property
    def light_text(self) -> str:
        return LIGHTS[self.light]


_WHOLES = {"total": "der Arbeitszeit", "direct": "der direkten Arbeit"}


def check_agreement(targets: list[Target]) -> None:
    """A German TimeShareError for the bands of one agreement that cannot be met together:
    a Soll of a share outside 0–100 %, or the lower bounds of the evaluated shares of one
    whole (direct and indirect work of the working time; Einzelfallhilfe, Gruppen and
    Offene Angebote of the direct work) over 100 % together – no time meets them all."""
    shares = [t for t in targets if t.unit == "%"]
    for t in shares:
        if not 0 <= t.soll <= 100:
            raise TimeShareError(f"„{t.label}“: das Soll liegt zwischen 0 und 100 %.")
    for whole, words in _WHOLES.items():
        parts = [t for t in shares if t.enabled and t.denominator == whole]
        if sum(t.low for t in parts) > 100:
            quoted = [f"„{t.label}“" for t in parts]
            names = ", ".join(quoted[:-1]) + " und " + quoted[-1]
            raise TimeShareError(
                f"Die Untergrenzen von {names} ergeben zusammen "
                f"{_num(sum(t.low for t in parts))} % {words}; mehr als 100 % kann keine "
                "Zeit erreichen.")


def _num(value: float, digits: int = 1) -> str:
    text = f"{value:.{digits}f}".replace(".", ",")
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def light(target: Target, value: Fraction | float | None) -> str:
    """green inside [low, high], amber within ``margin`` outside, red beyond; "none"
    without a value. Exact: pass a Fraction for values computed from minutes."""
    if value is None:
        return "none"
    v = Fraction(value) if not isinstance(value, Fraction) else value
    low, high, margin = (Fraction(str(x)) for x in (target.low, target.high, target.margin))
    if low <= v <= high:
        return "green"
    if low - margin <= v <= high + margin:
        return "amber"
    return "red"


@dataclass(frozen=True)
class Tally:
    """Minutes by category plus the counts a target may need."""

    minutes: Mapping[str, int]
    contacts: int = 0

    def total(self) -> int:
        return sum(self.minutes.values())


def by_area(minutes: Mapping[str, int], rules: Mapping[str, CategoryRule]) -> dict[str, int]:
    """Minutes per task area (every category counted once, in its area; unknown
    categories count as indirect)."""
    result = dict.fromkeys(AREAS, 0)
    for code, value in minutes.items():
        rule = rules.get(code)
        area = rule.area if rule else "IND"
        result[area] = result.get(area, 0) + value
    return result


def direct_minutes(minutes: Mapping[str, int], rules: Mapping[str, CategoryRule]) -> int:
    return sum(v for c, v in minutes.items() if c in rules and rules[c].direct)


def quantity(name: str, tally: Tally, rules: Mapping[str, CategoryRule]) -> Fraction:
    minutes = tally.minutes
    total = tally.total()
    direct = direct_minutes(minutes, rules)
    if name == "total":
        return Fraction(total)
    if name == "direct":
        return Fraction(direct)
    if name == "indirect":
        return Fraction(total - direct)
    if name == "contacts":
        return Fraction(tally.contacts)
    if name == "hours":
        return Fraction(total, 60)
    return Fraction(by_area(minutes, rules).get(name, 0))


def evaluate(target: Target, tally: Tally, rules: Mapping[str, CategoryRule]) -> Evaluation:
    """The target's actual value for ``tally`` and its light."""
    denominator = quantity(target.denominator, tally, rules)
    if denominator == 0:
        return Evaluation(target, None, "none")
    ratio = quantity(target.numerator, tally, rules) / denominator
    if target.unit == "%":
        ratio *= 100
    return Evaluation(target, float(ratio), light(target, ratio))


def shares(minutes: Mapping[str, int]) -> dict[str, float]:
    """Percent of the total per key (all 0.0 when nothing was recorded)."""
    total = sum(minutes.values())
    if total <= 0:
        return dict.fromkeys(minutes, 0.0)
    return {k: v * 100 / total for k, v in minutes.items()}


def rounded_shares(minutes: Mapping[str, int], decimals: int = 1) -> dict[str, float]:
    """Shares rounded to ``decimals`` that add up to exactly 100 (largest remainder), so a
    table or chart never shows 99,9 % or 100,1 % in total."""
    total = sum(minutes.values())
    if total <= 0:
        return dict.fromkeys(minutes, 0.0)
    scale = 10 ** decimals
    exact = {k: Fraction(v * 100 * scale, total) for k, v in minutes.items()}
    floors = {k: int(x) for k, x in exact.items()}
    missing = 100 * scale - sum(floors.values())
    for k in sorted(exact, key=lambda k: (floors[k] - exact[k], k))[:missing]:
        floors[k] += 1
    return {k: v / scale for k, v in floors.items()}


@dataclass
class AgreementTarget:
    """A cooperation agreement's own band for one target (row of ``agreement_target``)."""

    agreement_id: str
    code: str
    soll: float
    low: float
    high: float
    margin: float = 0.0
    enabled: bool = True


@cache
def category_rules() -> dict[str, CategoryRule]:
    """Which category is direct work and in which task area (resources table)."""
    return parse_categories(resource("timeshare", "categories.toml").read_text("utf-8"))


def parse_categories(text: str) -> dict[str, CategoryRule]:
    """The rules of a ``categories.toml`` text; a row with an unknown code or task area
    is refused (the resource is part of the program: a developer's error)."""
    data = tomllib.loads(text)
    rules = {}
    for row in data["category"]:
        if row["code"] not in TIME_CATEGORIES or row["area"] not in AREAS:
            raise ValueError(f"categories.toml: unknown code or area in {row!r}")
        rules[row["code"]] = CategoryRule(row["code"], row["area"], row["kind"] == "direkt",
                                          row.get("wording", ""))
    return rules


# -- the worker's own categories of indirect work (an option; services.timeshare) ------------
from . import options as _options  # noqa: E402

EXTRA_CATEGORIES: _options.Option[list[list[str]]] = _options.declare(_options.Option(
    "timeshare.extra_categories", list, [], "Weitere Kategorien indirekter Arbeit",
    help="Liste aus [Kürzel, Bezeichnung]; sie zählen zur indirekten Arbeit."))
