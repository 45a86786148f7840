"""Schuljahreswechsel (docs/domain.md "Schuljahreswechsel"): what the change to
a new school year proposes for the pupils of one school. Pure Python, no names.

Every pupil's grade advances by one and the class label follows its pattern (7b → 8b,
"Klasse 5" → "Klasse 6"); pupils in the school's last grade are proposed as left on
31 July of the ending year; pupils without any activity in the ending school year are
listed with the choice "noch an der Schule / abgegangen am / Schule gewechselt am /
nicht bekannt" (proposed: "nicht bekannt", a review state that shows in Datenschutz).
A pupil who repeats the year keeps grade and class ("wiederholt die Klassenstufe"; never
proposed, she chooses it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from .school_class import grade_from_class
from .schoolyear import SchoolYear
from .schoolyear import target_year as target_year  # the change's rules, read here too

# What becomes of a pupil.
STAY = "stay"          # noch an der Schule (grade advances)
REPEATS = "repeats"    # wiederholt die Klassenstufe (grade and class stay)
LEFT = "left"          # abgegangen am …
CHANGED = "changed"    # Schule gewechselt am …
UNKNOWN = "unknown"    # nicht bekannt: grade advances, review state in Datenschutz
STATUS_LABELS = {
    STAY: "noch an der Schule",
    REPEATS: "wiederholt die Klassenstufe",
    LEFT: "abgegangen am",
    CHANGED: "Schule gewechselt am",
    UNKNOWN: "nicht bekannt",
}
MAX_GRADE = 13

# The last grade by school type (Baden-Württemberg); None: the worker sets it (SBBZ,
# berufliche Schulen and Verbundschulen differ from school to school).
DEFAULT_LAST_GRADE: dict[str, int | None] = {
    "GS": 4,      # Grundschule 1–4
    "WRS": 10,    # Werkrealschule 5–10 (Hauptschulabschluss nach 9, Werkrealschule 10)
    "RS": 10,     # Realschule 5–10
    "GMS": 10,    # Gemeinschaftsschule 5–10 (mit Oberstufe: 13, vom Träger einzustellen)
    "GYM": 13,    # Gymnasium G8 12 / G9 13: the later one, nobody leaves too early
    "SBBZ": None,
    "BS": None,
    "VBS": None,
}


def last_grade(school_type: str, configured: int | None) -> int | None:
    """The school's last grade: its own setting, else the school type's default."""
    return configured if configured is not None else DEFAULT_LAST_GRADE.get(school_type)


_NUMBER = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")


def next_label(label: str, grade: int | None, new_grade: int | None) -> str:
    """The class label of the next grade: the first number that equals the old grade is
    replaced by the new one (7b → 8b, 07b → 08b, Klasse 9 → Klasse 10); a label without
    the grade in it stays as it is."""
    if grade is None or new_grade is None or grade == new_grade:
        return label
    for match in _NUMBER.finditer(label):
        if int(match.group(1)) == grade:
            width = len(match.group(1))
            text = str(new_grade).zfill(width)
            return label[:match.start()] + text + label[match.end():]
    return label


@dataclass(frozen=True)
class PupilFacts:
    """A pupil of the school as the change sees it (no names)."""

    id: str
    pseudonym: str
    grade: int | None
    class_label: str
    active: bool               # any contact, appointment or § 8a in the ending year


@dataclass(frozen=True)
class Row:
    """One pupil's line of the change: the proposal, editable before it is applied."""

    person_id: str
    pseudonym: str
    grade: int | None
    class_label: str
    new_grade: int | None
    new_label: str
    status: str                 # STAY | REPEATS | LEFT | CHANGED | UNKNOWN
    day: date | None            # leaving / change day for LEFT and CHANGED
    active: bool
    reason: str                 # one German sentence: why this is proposed

    def with_status(self, status: str, day: date | None = None) -> Row:
        """The row with another status; LEFT/CHANGED/REPEATS keep the old grade and
        label (a day only for LEFT/CHANGED). Between STAY and UNKNOWN (both advance the
        grade) the new class stays as it was, typed by her or proposed."""
        if status in (LEFT, CHANGED, REPEATS):
            return replace(self, status=status, day=day if status != REPEATS else None,
                           new_grade=self.grade, new_label=self.class_label)
        if self.status in (STAY, UNKNOWN):
            return replace(self, status=status, day=None)
        new_grade = advance(self.grade)
        return replace(self, status=status, day=None, new_grade=new_grade,
                       new_label=next_label(self.class_label, self.grade, new_grade))


def advance(grade: int | None) -> int | None:
    return None if grade is None else min(grade + 1, MAX_GRADE)


def plan(pupils: Iterable[PupilFacts], last: int | None, ending: SchoolYear) -> list[Row]:
    """The proposal for every pupil, ordered by new grade, class label and pseudonym."""
    rows = []
    for p in pupils:
        if last is not None and p.grade is not None and p.grade >= last:
            rows.append(Row(p.id, p.pseudonym, p.grade, p.class_label, p.grade, p.class_label,
                            LEFT, ending.end, p.active,
                            f"in der letzten Klassenstufe ({last}): Abgang am "
                            f"{ending.end:%d.%m.%Y} vorgeschlagen"))
            continue
        new_grade = advance(p.grade)
        label = next_label(p.class_label, p.grade, new_grade)
        if p.active:
            reason = ("Klassenstufe rückt vor" if p.grade is not None
                      else "keine Klassenstufe eingetragen")
            status = STAY
            named = grade_from_class(p.class_label)
            if p.grade is not None and named is not None and named != p.grade:
                # saved so before "wiederholt" existed (kept in 7b, saved with grade 8):
                # the proposal cannot follow the class, she decides
                reason = (f"Klasse „{p.class_label}“ passt nicht zur Klassenstufe {p.grade}: "
                          "bitte Klasse und Verbleib prüfen")
        else:
            reason = f"keine Aktivität im Schuljahr {ending.label}: Verbleib bitte angeben"
            status = UNKNOWN
        rows.append(Row(p.id, p.pseudonym, p.grade, p.class_label, new_grade, label, status,
                        None, p.active, reason))
    rows.sort(key=lambda r: (r.new_grade is None, r.new_grade or 0, r.new_label.lower(),
                             r.pseudonym.lower(), r.person_id))
    return rows


@dataclass(frozen=True)
class Summary:
    """What a change did, in counts (logged without names). Every pupil is in exactly
    one count, so they add up to the pupils shown: advanced (noch an der Schule, grade
    +1), repeated (wiederholt die Klassenstufe; also noch an der Schule in grade 13, as
    there is no higher one), left, changed school, unknown (nicht bekannt), kept (noch an
    der Schule without a known Klassenstufe: unchanged)."""

    advanced: int = 0
    left: int = 0
    changed: int = 0
    unknown: int = 0
    kept: int = 0
    repeated: int = 0

    @property
    def total(self) -> int:
        return (self.advanced + self.repeated + self.left + self.changed + self.unknown
                + self.kept)

    def as_dict(self) -> dict[str, int]:
        return {"advanced": self.advanced, "repeated": self.repeated, "left": self.left,
                "changed": self.changed, "unknown": self.unknown, "kept": self.kept}


# the count a pupil leaving the ending year by a whereabouts other than STAY goes into
_OUTCOME_COUNT = {REPEATS: "repeated", LEFT: "left", CHANGED: "changed", UNKNOWN: "unknown"}


def _outcome(r: Row) -> str:
    """The one count of ``Summary`` that ``r`` goes into."""
    if r.status != STAY:
        return _OUTCOME_COUNT[r.status]
    if r.grade is None:
        return "kept"
    return "repeated" if r.new_grade == r.grade else "advanced"   # grade 13 stays 13


def summarise(rows: Iterable[Row]) -> Summary:
    return Summary(**Counter(_outcome(r) for r in rows))


def latest_day(today: date, ending: SchoolYear) -> date:
    """The last leaving or change day a change accepts: the ending school year's last day,
    or today once the new year has begun (a pupil may have left in the holidays). Who
    leaves later is still at the school when the change is made."""
    return max(today, ending.end)


def _too_late(r: Row, latest: date, ending: SchoolYear) -> str:
    after = (f"nach heute ({latest:%d.%m.%Y})" if latest > ending.end else
             f"nach dem Ende des Schuljahres {ending.label} ({latest:%d.%m.%Y})")
    return (f"{r.pseudonym}: der {r.day:%d.%m.%Y} liegt {after}. Wer erst später geht, "
            "ist beim Wechsel noch an der Schule; das Datum tragen Sie bei der Person ein, "
            "wenn es erreicht ist.")


def _class_misfit(r: Row) -> str:
    """A class she typed whose number names another grade than the row's new one (the one
    rule, ``school_class``): the sentence saying so, else "". A proposed class is never
    refused (a label the proposal could not follow is the data as it was)."""
    if r.status not in (STAY, UNKNOWN, REPEATS) or r.new_grade is None:
        return ""
    proposed = (r.class_label if r.status == REPEATS
                else next_label(r.class_label, r.grade, r.new_grade))
    named = grade_from_class(r.new_label)
    if r.new_label.strip() == proposed.strip() or named is None or named == r.new_grade:
        return ""
    advice = ("Rückt {0} vor, bitte unter Verbleib „noch an der Schule“ wählen" if
              r.status == REPEATS else "Wiederholt {0} die Klassenstufe, bitte unter "
              "Verbleib „wiederholt die Klassenstufe“ wählen").format(r.pseudonym)
    return (f"{r.pseudonym}: die Klasse „{r.new_label.strip()}“ passt nicht zur "
            f"Klassenstufe {r.new_grade}. {advice}; sonst die Klasse ändern.")


def check(rows: Iterable[Row], today: date | None = None,
          ending: SchoolYear | None = None) -> list[str]:
    """German problems that block applying: a leaving/change day missing or (given
    ``today`` and the ``ending`` school year) after ``latest_day``, a class she typed
    that names another grade, or a grade outside 1–13."""
    latest = latest_day(today, ending) if today is not None and ending is not None else None
    problems = []
    for r in rows:
        if r.status in (LEFT, CHANGED) and r.day is None:
            problems.append(f"{r.pseudonym}: bitte das Datum angeben.")
        elif (r.status in (LEFT, CHANGED) and r.day is not None and latest is not None
              and ending is not None and r.day > latest):
            problems.append(_too_late(r, latest, ending))
        misfit = _class_misfit(r)
        if misfit:
            problems.append(misfit)
        if r.new_grade is not None and not 1 <= r.new_grade <= MAX_GRADE:
            problems.append(f"{r.pseudonym}: Klassenstufe {r.new_grade} gibt es nicht.")
    return problems
