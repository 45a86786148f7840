"""The staff block of a post ("Kennzahlen zu den Fachkräften", docs/statistics.md,
"Fachkräfte"): months filled and vacant in a school year (counted by the grant formula of
the year's rule pack, ``domain.rule_pack``), the grant and the FTE. Pure Python."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .catalogues import EMPLOYER_TYPES, TASK_AREAS, TIME_CATEGORIES
from .entities import PostStaff
from .schoolyear import SchoolYear

MONTHS = 12


def school_year_months(year: SchoolYear) -> list[tuple[int, int]]:
    """(year, month) of the twelve months August … July."""
    first = year.start
    return [(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1)
            for i in range(MONTHS)]


@dataclass(frozen=True)
class StaffBlock:
    """What the staff chapter asks for, for one post and school year."""

    staff: PostStaff
    post_label: str
    stored: bool               # False: carried over from the previous year or new
    months_filled: int
    minutes_by_area: dict[str, int]  # task area -> minutes of the post's time entries
    grant: float               # the pro-rata grant under the year's rule pack (€)

    @property
    def months_vacant(self) -> int:
        return MONTHS - self.months_filled

    @property
    def fte(self) -> float:
        return round(self.staff.percent / 100, 4)

    @property
    def total_minutes(self) -> int:
        return sum(self.minutes_by_area.values())


# -- what a missing field does to the export ----------------------------------
# field -> (its name on the form, what its absence does to the KVJS export)
MISSING_EFFECTS = {
    "employed_from": ("Beschäftigt seit", "Ohne Beginn der Beschäftigung gilt die Stelle als "
                      "12 Monate unbesetzt, Förderung 0 €"),
    "employer_type": ("Anstellungsträger", "ohne Anstellungsträger bleibt das Feld im "
                      "Erhebungsbogen leer"),
}


def missing_fields(staff: PostStaff) -> list[str]:
    """The fields of ``MISSING_EFFECTS`` the block lacks, in that order."""
    return [name for name in MISSING_EFFECTS if not getattr(staff, name)]


def missing_hint(post_label: str, year_label: str, missing: list[str]) -> str:
    """The plausibility hint: which fields are missing and what that does to the export."""
    names = ", ".join(MISSING_EFFECTS[m][0] for m in missing)
    effects = "; ".join(MISSING_EFFECTS[m][1] for m in missing)
    verb = "fehlt" if len(missing) == 1 else "fehlen"
    return (f"Für {post_label} {verb} in den Fachkräfte-Angaben {year_label}: {names}. "
            f"{effects[0].upper()}{effects[1:]}.")


# -- the staff block in the KVJS form (docs/statistics.md, "Fachkräfte") -------------------
# The names a template field may give as ``staff`` (resources/kvjs/kvjs-default.toml); the
# exact KVJS field list is not public, so which of them the form asks is template data.
STAFF_FIELDS = ("qualification", "percent", "fte", "employed_from", "employed_to",
                "fixed_term", "employer_type", "months_filled", "months_vacant",
                "minutes_by_area")


def minutes_by_area(by_category: dict[str, int]) -> dict[str, int]:
    """Minutes per task area (every area, in catalogue order) from the minutes per time
    category (``time_minutes_by_category``); a category the catalogue does not know
    (worker-added, "EXTRA") is indirect work."""
    out = {area.code: 0 for area in TASK_AREAS}
    for code, n in by_category.items():
        area = TIME_CATEGORIES.get(code).group if code in TIME_CATEGORIES else "IND"
        out[area] = out.get(area, 0) + n
    return out


def _german_date(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def form_values(block: StaffBlock) -> dict[str, object]:
    """The value of each ``STAFF_FIELDS`` name as the form shows it: text for the
    qualification, dates (TT.MM.JJJJ), yes/no and the employer, numbers for the rest;
    ``minutes_by_area`` a dict (task area -> minutes)."""
    s = block.staff
    return {"qualification": s.qualification, "percent": float(s.percent), "fte": block.fte,
            "employed_from": _german_date(s.employed_from),
            "employed_to": _german_date(s.employed_to),
            "fixed_term": "ja" if s.fixed_term else "nein",
            "employer_type": EMPLOYER_TYPES.label(s.employer_type),
            "months_filled": block.months_filled, "months_vacant": block.months_vacant,
            "minutes_by_area": dict(block.minutes_by_area)}


def export_record(block: StaffBlock) -> dict[str, object]:
    """The block as the KVJS json carries it (``staff``): codes, ISO dates, numbers."""
    s = block.staff
    return {"post": block.post_label, "qualification": s.qualification,
            "percent": float(s.percent), "fte": block.fte,
            "employed_from": s.employed_from.isoformat() if s.employed_from else None,
            "employed_to": s.employed_to.isoformat() if s.employed_to else None,
            "fixed_term": bool(s.fixed_term), "employer_type": s.employer_type,
            "months_filled": block.months_filled, "months_vacant": block.months_vacant,
            "minutes_by_area": dict(block.minutes_by_area)}
