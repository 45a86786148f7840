"""Rules of passing data on to other professionals (docs/handover.md).

Three kinds of package leave a vault: a *Vertretungspaket* for a deputy during an
absence (only persons with the consent "Weitergabe an die Vertretung"), the *return*
the deputy writes at its end, and a *school package* for the successor at one school.
This module holds the pure rules: who is proposed for a Vertretungspaket, when a
package expires, what a return may carry. No SQL, no Qt.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import appointment_times, strict_json, tables
from .digests import sha256
from .errors import UserError
from .goals import SCALES
from .handover_kinds import (  # noqa: F401 - is_deputy_mark: the rules' own too
    KIND_DEPUTY,
    KIND_RETURN,
    KIND_SCHOOL,
    WRITTEN_BY_SUFFIX,
    is_deputy_mark,
)
from .text_safety import TEXT_LIMIT

# Days after the period's last day until the deputy's app deletes the package.
GRACE_DAYS = 14

KINDS = (KIND_DEPUTY, KIND_RETURN, KIND_SCHOOL)
KIND_LABELS = {KIND_DEPUTY: "Vertretungspaket", KIND_RETURN: "Rückgabe der Vertretung",
               KIND_SCHOOL: "Übergabepaket einer Schule"}

# The only tables a deputy may add rows to (and the only ones a return carries).
RETURN_TABLES = ("contact", "appointment", "goal_rating")

# The return's meta key with each handed goal's scale as the deputy last had it
# ({goal id: scale}; a return of an earlier release has none).
GOAL_SCALES = "goal_scales"

# Disclosure categories of a Vertretungspaket (R10: categories, never content).
DEPUTY_CATEGORIES = ("master", "attendance", "case")
DEPUTY_CATEGORIES_8A = (*DEPUTY_CATEGORIES, "8a")
SCHOOL_CATEGORIES = ("master", "attendance", "assessment", "case")
DOCUMENT_CATEGORY = "document"   # added for a person whose ticked documents went along


# What a Vertretungspaket carries of a person only when the worker ticks it for her in
# the preview (docs/handover.md "Vertretungspaket"): free text that may name others.
EXTRAS = ("person_note", "case_notes", "case_goals", "appointment_notes")
EXTRA_LABELS = {"person_note": "Notiz zur Person", "case_notes": "Notizen der Fälle",
                "case_goals": "Ziele der Fälle", "appointment_notes": "Notizen der Termine"}


class HandoverRuleError(UserError):
    """An input breaks a rule of packages; str() is a German sentence."""


@dataclass(frozen=True)
class Deputy:
    name: str
    role: str = ""

    @property
    def recipient(self) -> str:
        """How the deputy is named in the disclosure log."""
        return f"{self.name} ({self.role}) – Vertretung" if self.role else f"{self.name} – Vertretung"


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    def __post_init__(self):
        if self.last < self.first:
            raise HandoverRuleError("Das Ende der Vertretung liegt vor ihrem Beginn.")

    @property
    def expires(self) -> date:
        """The first day on which the package is deleted by the deputy's app."""
        return self.last + timedelta(days=GRACE_DAYS + 1)


def package_of_return_name(file_name: str, package_id: str) -> bool:
    """Whether a file name is the default name of a return of ``package_id``
    (``rueckgabe-YYYY-MM-DD-<first 8 of the id>[-n].ssapaket``): how a return is recognised
    once the package's key is gone."""
    parts = file_name.removesuffix(".ssapaket").split("-")
    return len(parts) in (5, 6) and parts[0] == "rueckgabe" and len(package_id) >= 8 \
        and parts[4] == package_id[:8] and (len(parts) == 5 or (parts[5].isascii() and parts[5].isdigit()))


def check_deputy(name: str, role: str, *, who: str = "Vertretung") -> Deputy:
    """The recipient (deputy, or ``who="Nachfolge"`` for a school handover)."""
    name, role = " ".join(name.split()), " ".join(role.split())
    if not name:
        raise HandoverRuleError(f"Bitte den Namen der {who} angeben.")
    return Deputy(name, role)


@dataclass(frozen=True)
class Candidate:
    """What the selection rule needs to know about one person (read by storage)."""

    person_id: str
    pseudonym: str
    school: str
    deputy_consent: bool       # "Weitergabe an die Vertretung" valid on the day of writing
    open_case: bool            # and on every day of the period (chained consents count)
    appointment_in_period: bool
    open_8a: bool
    consent_problem: str = ""  # why not (German, for the preview) when deputy_consent is off

    @property
    def needed(self) -> bool:
        return self.open_case or self.appointment_in_period or self.open_8a

    @property
    def proposed(self) -> bool:
        return self.deputy_consent and self.needed

    @property
    def reasons(self) -> str:
        parts = [label for on, label in ((self.open_case, "offener Fall"),
                                         (self.appointment_in_period, "Termin im Zeitraum"),
                                         (self.open_8a, "offenes § 8a-Verfahren")) if on]
        return ", ".join(parts)

    @property
    def not_proposed_reason(self) -> str:
        """Why a needed person is not proposed ("" when she is)."""
        if self.proposed or not self.needed:
            return ""
        return self.consent_problem or "keine gültige Einwilligung „Weitergabe an die Vertretung“"


def _order(c: Candidate) -> tuple[str, str, str]:
    return c.school, c.pseudonym, c.person_id


def not_proposed(candidates: list[Candidate]) -> list[Candidate]:
    """The persons who would be needed in the period but whose consent does not allow
    it (shown in the preview with the reason); by school, then pseudonym."""
    return sorted((c for c in candidates if c.needed and not c.proposed), key=_order)


def propose(candidates: list[Candidate]) -> list[Candidate]:
    """Exactly the persons with the consent who have an open case, an appointment in the
    period or an open § 8a procedure; by school, then pseudonym."""
    return sorted((c for c in candidates if c.proposed), key=_order)


def check_selection(chosen: list[str], candidates: list[Candidate]) -> list[str]:
    """The chosen ids, each of them proposed (the worker may remove, never add)."""
    allowed = {c.person_id for c in candidates if c.proposed}
    unknown = [pid for pid in chosen if pid not in allowed]
    if unknown:
        raise HandoverRuleError(
            "Nur Personen mit gültiger Einwilligung „Weitergabe an die Vertretung“ und offenem "
            "Fall, Termin im Zeitraum oder offenem § 8a-Verfahren können ins Paket.")
    if not chosen:
        raise HandoverRuleError("Es ist keine Person ausgewählt; ein leeres Paket wird nicht "
                                "geschrieben.")
    return list(dict.fromkeys(chosen))


def check_extras(extras: dict[str, set[str]] | None, chosen: list[str]) -> dict[str, set[str]]:
    """The ticked extras per chosen person (``EXTRAS`` names only); none without a tick."""
    checked: dict[str, set[str]] = {}
    for pid, names in (extras or {}).items():
        names = set(names)
        unknown = sorted(names - set(EXTRAS))
        if unknown:
            raise HandoverRuleError(f"Unbekannter Zusatz für das Paket: {', '.join(unknown)}. "
                                    f"Möglich sind: {', '.join(EXTRAS)}.")
        if pid not in chosen:
            raise HandoverRuleError("Zusätze (Notizen, Ziele) gibt es nur für Personen im Paket; "
                                    f"die Person {pid} ist nicht im Paket.")
        if names:
            checked[pid] = names
    return checked


def is_expired(expires: date, today: date) -> bool:
    return today >= expires


def row_hash(row: dict) -> str:
    """A stable hash of one row (its fields as JSON), to find what a deputy changed."""
    text = json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)
    return sha256(text.encode("utf-8")).hexdigest()


# -- the deputy's entries (their mark: ``handover_kinds.WRITTEN_BY_SUFFIX``) ----------


def written_by(deputy_name: str) -> str:
    """"Jana Berger (Vertretung)": who wrote an entry of the return."""
    name = " ".join(deputy_name.split()) or "Vertretung"
    return name + WRITTEN_BY_SUFFIX


def check_time(text: str, what: str = "Die Uhrzeit") -> str:
    """A contact's time by the one rule of every way in (``appointment_times.contact_time``:
    "" or HH:MM as stored, „9:00“ → 09:00); its sentence as a HandoverRuleError otherwise."""
    try:
        return appointment_times.contact_time(text, what)
    except UserError as err:
        raise HandoverRuleError(str(err)) from None


def field_hash(value) -> str:
    """A short stable hash of one field's JSON value: what the package held, so that the
    import sees which fields the deputy changed (and whether hers are still the same)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return sha256(text.encode("utf-8")).hexdigest()[:16]


def changed_fields(baseline: dict[str, str], row: dict) -> tuple[str, ...]:
    """Fields of ``row`` (JSON values) whose hash differs from ``baseline``
    (``same_field``); a row without a baseline (new) has all its fields changed."""
    return tuple(name for name, value in row.items()
                 if not same_field(baseline.get(name), name, value))


# The fields that hold a time of day in a return's tables (contact, appointment).
_TIMES = frozenset(f for fields in appointment_times.TIME_FIELDS.values() for f in fields)


def same_field(hashed: str | None, name: str, value) -> bool:
    """Whether the field ``name`` with the JSON ``value`` is what the baseline hashed: the
    same hash, or for a time one of its earlier spellings – a package written before
    migration 0030 hashed „9:00“ where the update stored 09:00 (``earlier_spellings``)."""
    if name in _TIMES and isinstance(value, str):
        return hashed in {field_hash(s) for s in appointment_times.earlier_spellings(value)}
    return hashed == field_hash(value)


@dataclass(frozen=True)
class PackageContents:
    """What went into a Vertretungspaket (the issuing vault's registry ``contents``) and
    what earlier readings of its returns brought in (``returned``: table → ids)."""

    persons: frozenset[str]
    case_person: dict[str, str]        # open case of the package → its person
    appointments: frozenset[str]
    contacts: frozenset[str] = frozenset()
    person_school: dict[str, str | None] | None = None  # person → school (her vault)
    returned: dict[str, frozenset[str]] | None = None
    period: Period | None = None                         # of the package (its registry)
    created: date | None = None                          # the day the package was written
    goal_person: dict[str, str] | None = None            # goal handed out (and here) → person


# German names of the fields of a return's rows (the one place: the refusal, the
# conflicts of the import in CLI and dialog); a field named here by no other word has
# its Auskunft label (domain/tables.py).
FIELD_LABELS = {**tables.field_labels(*RETURN_TABLES), "day": "Datum", "start": "Beginn", "end": "Ende", "room": "Raum",
                "note": "Notiz", "status": "Status", "time": "Uhrzeit", "kind": "Art",
                "duration_min": "Dauer (Minuten)", "topics": "Themen",
                "participants": "Beteiligte", "case_id": "Fall", "person_id": "Person",
                "school_id": "Schule", "written_by": "eingetragen von",
                "contact_id": "Kontakt", "access_route": "Zugang",
                "referral": "Weitervermittlung", "disputed": "Bestritten",
                "observation": "Beobachtung",
                "assessment": "Einschätzung", "grade": "Klassenstufe", "title": "Titel",
                "first_name": "Vorname", "last_name": "Nachname",
                "class_label": "Klasse", "pseudonym": "Pseudonym", "file_name": "Dateiname"}


# a field named otherwise in one table: a goal's ``created`` is the day of its baseline,
# which she gives and may move (the goal form's „Ausgangswert vom“) – a day, shown as one
TABLE_FIELD_LABELS = {("case_goal", "created"): "Ausgangswert vom"}
DAY_FIELDS = frozenset(TABLE_FIELD_LABELS)


def field_label(name: str, table: str = "") -> str:
    return TABLE_FIELD_LABELS.get((table, name)) or FIELD_LABELS.get(name, name)


# What the deputy may change of an appointment that was in the package (she marks it;
# the mark says she did): nothing else of it is taken from a return.
DEPUTY_APPOINTMENT_FIELDS = ("status", "written_by")


def _shown(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def contact_day_problem(day: date, period: Period, today: date,
                        created: date | None = None) -> str | None:
    """Why the deputy's contact may not carry ``day`` (a German fragment), or None: it
    lies in the Vertretung (from the day the package was written, when that is earlier,
    ``created``) and not after ``today`` (the deputy's entry and the import of her
    return ask the same)."""
    first = min(period.first, created) if created else period.first
    if day < first:
        return f"der Tag {_shown(day)} liegt vor dem Beginn der Vertretung ({_shown(first)})"
    if day > period.last:
        return f"der Tag {_shown(day)} liegt nach dem Ende der Vertretung ({_shown(period.last)})"
    if day > today:
        return f"der Tag {_shown(day)} liegt in der Zukunft"
    return None


# A return brings at most this many entries per person of the package and day it may
# carry a contact on (one per half hour, round the clock), beyond what the package carried.
RETURN_ROWS_PER_PERSON_DAY = 48


def return_row_limit(contents: PackageContents) -> int | None:
    """How many contacts and appointments a return of this package may hold at most
    (None: a registry entry without its period sets none)."""
    days = contact_days(contents)
    if days is None:
        return None
    carried = len(contents.contacts) + len(contents.appointments) + sum(
        len(ids) for ids in (contents.returned or {}).values())
    return carried + len(contents.persons) * days * RETURN_ROWS_PER_PERSON_DAY


def contact_days(contents: PackageContents) -> int | None:
    """The number of days a deputy's contact may lie on (``contact_day_problem``)."""
    if contents.period is None:
        return None
    first = min(contents.period.first, contents.created) if contents.created \
        else contents.period.first
    return (contents.period.last - first).days + 1


def attended_problem(status: str, day: date, today: date) -> str | None:
    """"wahrgenommen" only for an appointment that has begun: on the import, by its day
    (the deputy's own entry asks the clock, ``appointments.check_started``)."""
    if status == "attended" and day > today:
        return (f"der Termin am {_shown(day)} ist als wahrgenommen markiert, hat aber noch "
                "nicht begonnen")
    return None


def _day(value) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def refused_row(table: str, row: dict, contents: PackageContents, *,
                exists_here: bool, person_here: str | None = None,
                base: dict[str, str] | None = None, today: date | None = None) -> str | None:
    """Why a row of a return may not be read (German), or None. A return carries only
    contacts and appointments of the package's persons, a contact only in a case of its
    own person. A row this vault has already may come only if it was in the package or
    an earlier reading of this package's return brought it, and never for another person;
    of an appointment that was in the package only its status (``base``: the field
    hashes that went into the package)."""
    if table not in RETURN_TABLES:
        return "eine Rückgabe enthält nur Kontakte und Termine"
    if too_long := _too_long_text(row):
        return too_long
    if table == "goal_rating":
        return _rating_problem(row, contents, exists_here, person_here, today)
    person = row.get("person_id")
    if person not in contents.persons:
        return "die Person ist nicht im Vertretungspaket"
    return (_case_problem(table, row, contents, person)
            or (_here_problem(table, row, contents, person, person_here, base)
                if exists_here else None)
            or _school_problem(row, contents, person)
            or _day_problem(table, row, contents, today)
            or _time_problem(table, row, base if exists_here else None))


def _rating_problem(row: dict, contents: PackageContents, exists_here: bool,
                    person_here: str | None, today: date | None) -> str | None:
    """A goal rating: of a goal handed out with the package, new (or brought by
    an earlier reading), on a day of the Vertretung, a level of the scales (−2 … 5)."""
    person = (contents.goal_person or {}).get(str(row.get("goal_id")))
    if person is None or person not in contents.persons:
        return "das Ziel wurde nicht mit dem Vertretungspaket übergeben"
    if exists_here and (row.get("id") not in (contents.returned or {}).get(
            "goal_rating", frozenset()) or person_here != person):
        return "die Einschätzung gibt es bei Ihnen, sie kam aber nicht von der Vertretung"
    level = row.get("level")
    if not isinstance(level, int) or isinstance(level, bool) or not -2 <= level <= 5:
        return f"die Stufe {level} gibt es auf keiner Skala"
    day = _day(row.get("day"))
    if today is not None and day is not None and contents.period is not None:
        return contact_day_problem(day, contents.period, today, contents.created)
    return None


def goal_scales_text(goals) -> str:
    """The return's ``GOAL_SCALES``: each goal of her package with its scale as it is
    there (``goals``: the package's ``CaseGoal``s)."""
    return json.dumps({goal.id: goal.scale for goal in goals}, sort_keys=True)


def return_goal_scales(text: str | None) -> dict[str, str] | None:
    """The return's goal scales (meta ``GOAL_SCALES``): goal id → one of the scales
    (``goals.SCALES``); None for a return of an earlier release (without them). A value
    of another shape raises ``HandoverRuleError`` naming what is wrong."""
    if text is None:
        return None
    try:
        scales = strict_json.loads(text)
    except ValueError as err:     # StrictJsonError and JSONDecodeError alike
        why = str(err) if isinstance(err, strict_json.StrictJsonError) else "kein JSON"
        raise HandoverRuleError(_scales_refusal(why)) from None
    if not isinstance(scales, dict):
        raise HandoverRuleError(_scales_refusal("keine Zuordnung Ziel → Skala"))
    for goal_id, scale in scales.items():
        if not isinstance(scale, str) or scale not in SCALES:
            raise HandoverRuleError(_scales_refusal(
                f"„{_shown_value(scale)}“ ist keine Skala dieses Programms"))
        if not goal_id:
            raise HandoverRuleError(_scales_refusal("ein Ziel ohne Kennung"))
    return scales


def _shown_value(value) -> str:
    return (value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))[:40]


def _scales_refusal(why: str) -> str:
    return ("Die Rückgabe wird nicht eingelesen; nichts wurde verändert. Ihre Angabe der "
            f"Skalen der Ziele ist ungültig ({why}); bitte die Vertretung, die Rückgabe noch "
            "einmal zu schreiben.")


def _time_problem(table: str, row: dict, base: dict[str, str] | None) -> str | None:
    """The times a return brings are what her window lets her type: a new entry's, and a
    time changed since the package (``base``; a row a return brought earlier has none) –
    an unchanged time is the vault's own. A contact's time HH:MM or none
    (``check_time``); an appointment's start and end by the Termine form's rule
    (``appointment_times.times_problem``; the merge stores them as the form does)."""
    changed = changed_fields(base or {}, row)
    if table == "appointment":
        if not {"start", "end"} & set(changed):
            return None
        start, end = (_text(row.get(name)) for name in ("start", "end"))
        problem = appointment_times.times_problem(start, end)
        return problem[1] if problem else None
    if table != "contact" or "time" not in changed:
        return None
    try:
        check_time(_text(row.get("time")), "Die Uhrzeit")
    except HandoverRuleError as err:
        return str(err)
    return None


def _text(value) -> str:
    """A time field's value as text ("" for none; a number read as its text)."""
    value = value or ""
    return value if isinstance(value, str) else str(value)


def _too_long_text(row: dict) -> str | None:
    for name, value in row.items():
        if isinstance(value, str) and len(value) > TEXT_LIMIT:
            # worded like the import's own check (services/interchange_validate._too_long)
            return (f"Text zu lang im Feld „{field_label(name)}“: {len(value):_} Zeichen, "
                    f"höchstens {TEXT_LIMIT:_} Zeichen sind erlaubt").replace("_", ".")
    return None


def _case_problem(table: str, row: dict, contents: PackageContents, person) -> str | None:
    """A contact's case is one of the package and of its own person."""
    case = row.get("case_id") if table == "contact" else None
    if case is None:
        return None
    if case not in contents.case_person:
        return "der Fall ist nicht im Vertretungspaket"
    if contents.case_person[case] != person:
        return "der Fall gehört nicht zu dieser Person"
    return None


def _here_problem(table: str, row: dict, contents: PackageContents, person,
                  person_here: str | None, base: dict[str, str] | None) -> str | None:
    """A row this vault has already: it was in the package or an earlier reading of the
    return brought it, of the same person; of a packaged appointment only the status."""
    returned = (contents.returned or {}).get(table, frozenset())
    carried = contents.appointments if table == "appointment" else contents.contacts
    if row.get("id") not in returned and row.get("id") not in carried:
        return "den Eintrag gibt es bei Ihnen, er war aber nicht im Vertretungspaket"
    if person_here != person:
        return "der Eintrag gehört bei Ihnen zu einer anderen Person"
    if table == "appointment" and row.get("id") not in returned and isinstance(base, dict):
        other = [name for name in changed_fields(base, row)
                 if name in base and name not in DEPUTY_APPOINTMENT_FIELDS]
        if other:
            return ("an einem Termin des Pakets ändert die Vertretung nur den Status, "
                    f"nicht: {', '.join(map(field_label, other))}")
    return None


def _school_problem(row: dict, contents: PackageContents, person) -> str | None:
    if contents.person_school is not None and \
            row.get("school_id") != contents.person_school.get(person):
        return "die Schule ist nicht die Schule der Person"
    return None


def _day_problem(table: str, row: dict, contents: PackageContents,
                 today: date | None) -> str | None:
    """A contact's day lies in the period; an appointment is attended only when past."""
    day = _day(row.get("day"))
    if today is None or day is None:
        return None
    if table == "contact" and contents.period is not None:
        return contact_day_problem(day, contents.period, today, contents.created)
    if table == "appointment":
        return attended_problem(str(row.get("status")), day, today)
    return None


# The one place of the singular and plural of what the handover counts (the keys are the
# labels the copy, the deletion and the report use): "1 Kontakt", "3 Kontakte".
COUNT_NOUNS = {
    "Schulen": ("Schule", "Schulen"),
    "Personen": ("Person", "Personen"),
    "Personendatensatz": ("Person", "Personen"),
    "Fälle": ("Fall", "Fälle"),
    "offene Fälle": ("offener Fall", "offene Fälle"),
    "Kontakte": ("Kontakt", "Kontakte"),
    "Ziele mit Skala": ("Ziel mit Skala", "Ziele mit Skala"),
    "Einschätzungen der Ziele": ("Einschätzung eines Ziels", "Einschätzungen der Ziele"),
    "Korrekturvermerke": ("Korrekturvermerk", "Korrekturvermerke"),
    "Korrekturen": ("Korrekturvermerk", "Korrekturvermerke"),
    "Arbeitsnotizen": ("Arbeitsnotiz", "Arbeitsnotizen"),
    "Entwürfe": ("Entwurf", "Entwürfe"),
    "Termine": ("Termin", "Termine"),
    "Einwilligungen": ("Einwilligung", "Einwilligungen"),
    "Übermittlungen": ("Übermittlung", "Übermittlungen"),
    "§ 8a-Verfahren": ("§ 8a-Verfahren", "§ 8a-Verfahren"),
    "Verfahren nach § 8a": ("Verfahren nach § 8a", "Verfahren nach § 8a"),
    "§ 8a-Schritte": ("§ 8a-Schritt", "§ 8a-Schritte"),
    "Schritte nach § 8a": ("Schritt nach § 8a", "Schritte nach § 8a"),
    "§ 8a-Fristen": ("§ 8a-Frist", "§ 8a-Fristen"),
    "Gruppen und Projekte": ("Gruppe oder Projekt", "Gruppen und Projekte"),
    "Gruppentermine": ("Gruppentermin", "Gruppentermine"),
    "Offene Angebote": ("offenes Angebot", "offene Angebote"),
    "Kooperationsvereinbarungen": ("Kooperationsvereinbarung", "Kooperationsvereinbarungen"),
    "Ziele der Vereinbarungen": ("Ziel einer Vereinbarung", "Ziele der Vereinbarungen"),
    "Zielwerte der Vereinbarungen": ("Zielwert einer Vereinbarung",
                                     "Zielwerte der Vereinbarungen"),
    "Einschränkungen, Sperren, Entscheidungen": (
        "Einschränkung, Sperre oder Entscheidung", "Einschränkungen, Sperren, Entscheidungen"),
    "Dokumente": ("Dokument", "Dokumente"),
    "Dokumente (mit ihren Schlüsseln)": ("Dokument (mit seinem Schlüssel)",
                                         "Dokumente (mit ihren Schlüsseln)"),
    "Teilnahmen (wer in der Gruppe war)": ("Teilnahme (wer in der Gruppe war)",
                                           "Teilnahmen (wer in der Gruppe war)"),
}


def count_phrase(label: str, n: int) -> str:
    """ "1 Kontakt" / "3 Kontakte" for a count label (unknown labels as they are)."""
    one, many = COUNT_NOUNS.get(label, (label, label))
    return f"{n} {one if n == 1 else many}"


def count_text(counts: dict[str, int]) -> str:
    """The counts of a summary, zeros left out: "1 Schule, 3 Personen, 1 Termin"."""
    return ", ".join(count_phrase(label, n) for label, n in counts.items() if n)


# -- files of a newer program version ------------------------------------------------------
_VERSION_TEXT = re.compile(r"^[0-9][0-9A-Za-z.+-]{0,31}$")


def plain_version(value: object) -> str:
    """A program version named in a file, when it looks like one (else "")."""
    return value if isinstance(value, str) and _VERSION_TEXT.match(value) else ""


def newer_sentence(what: str, written_with: str, nothing: str) -> str:
    """„<what> wurde mit einer neueren Version … geschrieben“, naming the version that
    wrote it (which she needs) when the file says so."""
    if not written_with:
        return (f"{what} wurde mit einer neueren Version von SSA Desktop geschrieben. Bitte "
                f"installieren Sie die aktuelle Version; {nothing}.")
    return (f"{what} wurde mit einer neueren Version von SSA Desktop geschrieben "
            f"({written_with}). Bitte installieren Sie SSA Desktop {written_with} oder "
            f"neuer; {nothing}.")
