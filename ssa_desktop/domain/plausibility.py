"""Plausibility checks in her words: what a careful colleague would refuse ("so kann das
nicht stimmen") or ask about ("stimmt das?") before a record is saved. Pure functions;
the services raise, the UI refuses or asks. Nothing is ever changed silently.

Limits (docs/handbook.md, "Plausibilitätsprüfungen"): a contact is documented after it happened, lasts
at least one minute and at most ten hours; the contacts of one person on one day together
at most 24 hours and at most 48 (checked where rows arrive in bulk: a return, an import,
``bulk_contacts``); more than three hours or a date more than a year back is asked about.
A group's session, an open offer and a network activity last one minute to a day.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby

from ..formatting import fmt_date, fmt_hours, fmt_number
from .errors import UserError
from .schoolyear import SchoolYear

MAX_MINUTES = 600        # ten hours: no single conversation is longer
ASK_MINUTES = 180        # three hours: possible (Hilfeplan, Krise), worth a question
ASK_DAYS_BACK = 365      # documenting more than a year later is unusual
DAY_MINUTES = 24 * 60    # the contacts of one person on one day fit into the day
# Until 21.11.2026 her entry saved 0 to a day's minutes per contact: what an export of
# her vault may hold (``ever_minutes_problem``).
EVER_MAX_MINUTES = DAY_MINUTES
DAY_CONTACTS = 48        # one person's contacts on one day: one per half hour, round the clock


@dataclass(frozen=True)
class Finding:
    message: str          # German, addressed with "Sie"
    blocking: bool        # True: refused; False: saved only after she confirms


class Implausible(UserError):
    """Refused; ``str()`` is the German reason."""


class NeedsConfirmation(Exception):
    """Saved only after she confirms; ``questions`` are German sentences."""

    def __init__(self, questions: list[str]):
        super().__init__(" ".join(questions))
        self.questions = questions


def enforce(findings: list[Finding], confirmed: bool) -> None:
    """Raise ``Implausible`` for the first blocking finding, ``NeedsConfirmation`` for
    the questions unless ``confirmed``."""
    for finding in findings:
        if finding.blocking:
            raise Implausible(finding.message)
    questions = [f.message for f in findings]
    if questions and not confirmed:
        raise NeedsConfirmation(questions)


def _hours(minutes: int) -> str:
    return fmt_hours(minutes, unit=False)


def no_duration_problem(minutes: int, what: str) -> str | None:
    """Why her form refuses ``minutes`` of ``what`` (a contact, a Kurzkontakt, a group's
    session, an open offer, a network activity): none, 0 or fewer, or more than a day
    (``DAY_MINUTES``: a typo 900 for 90 went into Arbeitszeit as 15 hours); the same
    sentence for a row that arrives in a file."""
    if minutes > DAY_MINUTES:
        return (f"{what} ist mit {fmt_number(minutes, 0)} Minuten länger als ein Tag – "
                f"bitte die Dauer prüfen (höchstens {fmt_number(DAY_MINUTES, 0)} Minuten).")
    if minutes > 0:
        return None
    return (f"{what} hat keine Dauer ({minutes} Minuten). Bitte die Dauer in Minuten "
            "angeben, mindestens 1 Minute.")


# The subjects of the sentences of the activities that have no ``duration`` rule beyond
# ``no_duration_problem`` (a session may last a school day, never more than a day).
GROUP_SESSION = "Die Sitzung"
OPEN_OFFER = "Das offene Angebot"
NETWORK_ACTIVITY = "Die Vernetzungsaktivität"
# Their tables, each with its subject: a file's rows and the vault's (``check``) alike.
NO_MINUTES_TABLES = {"group_session": GROUP_SESSION, "open_offer_session": OPEN_OFFER,
                     "network_activity": NETWORK_ACTIVITY}


def duration(minutes: int, what: str = "Der Kontakt") -> list[Finding]:
    """A conversation's minutes: 1 to ``MAX_MINUTES`` (stricter than the day of
    ``no_duration_problem``), more than ``ASK_MINUTES`` asked about."""
    if minutes <= 0 and (none := no_duration_problem(minutes, what)):
        return [Finding(none, True)]
    if minutes > MAX_MINUTES:
        return [Finding(f"{minutes} Minuten sind {_hours(minutes)} Stunden – so lange dauert "
                        f"kein einzelnes Gespräch. Bitte die Dauer prüfen (höchstens "
                        f"{MAX_MINUTES} Minuten).", True)]
    if minutes > ASK_MINUTES:
        return [Finding(f"{what} dauerte {minutes} Minuten ({_hours(minutes)} Stunden). "
                        "Stimmt die Dauer?", False)]
    return []


def minutes_problem(minutes: object, what: str = "Der Kontakt") -> str | None:
    """Why minutes that came in a file (not typed) are refused by her entry's rule
    (``duration``'s blocking findings), or None."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        return f"Die Dauer „{minutes}“ ist keine ganze Zahl von Minuten."
    refused = [f.message for f in duration(minutes, what) if f.blocking]
    return refused[0] if refused else None


def ever_minutes_problem(minutes: object) -> str | None:
    """Why the minutes of a contact in her own export are refused: more than any version
    of her entry let her save (0 to ``EVER_MAX_MINUTES``), or None (a German fragment)."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        return f"Die Dauer „{minutes}“ ist keine ganze Zahl von Minuten."
    if 0 <= minutes <= EVER_MAX_MINUTES:
        return None
    return (f"{minutes} Minuten sind {_hours(minutes)} Stunden – länger als ein Tag; so "
            f"lange ließ die Eingabe keinen Kontakt speichern (höchstens "
            f"{EVER_MAX_MINUTES} Minuten)")


def day_total_problem(total: int) -> str | None:
    """Why the minutes of one person's contacts on one day cannot be true (more than
    the day has), or None (a German fragment)."""
    if total <= DAY_MINUTES:
        return None
    return (f"zusammen {fmt_number(total, 0)} Minuten an einem Tag, mehr als 24 Stunden "
            f"({fmt_number(DAY_MINUTES, 0)} Minuten)")


def day(value: date, today: date, what: str = "Der Kontakt") -> list[Finding]:
    if value > today:
        return [Finding(f"{what} ist auf den {fmt_date(value)} datiert, also in der Zukunft. "
                        "Kontakte werden nach dem Gespräch erfasst; Künftiges gehört in die "
                        "Termine.", True)]
    if value < today - timedelta(days=ASK_DAYS_BACK):
        return [Finding(f"{what} liegt über ein Jahr zurück ({fmt_date(value)}). Stimmt das "
                        "Datum?", False)]
    return []


def refused_day(value: date, today: date, what: str = "Der Kontakt") -> str | None:
    """Why her form refuses ``value`` (``day``'s blocking finding: a day after ``today``),
    or None: the same sentence for a row that arrives in a file."""
    refused = [f.message for f in day(value, today, what) if f.blocking]
    return refused[0] if refused else None


SHORT_CONTACT = "Der Kurzkontakt"   # the subject of a Kurzkontakt's sentences


def contact(value: date, minutes: int, today: date) -> list[Finding]:
    return day(value, today) + duration(minutes)


def short_contact(value: date, minutes: int, today: date, grade: int | None = None
                  ) -> list[Finding]:
    grade_refused = [Finding(why, True)] if (why := grade_problem(grade)) else []
    return grade_refused + day(value, today, SHORT_CONTACT) + duration(minutes, SHORT_CONTACT)


def open_offer(visitors: int) -> list[Finding]:
    if visitors <= 0:
        return [Finding("Es ist keine Besucherin und kein Besucher eingetragen. War das "
                        "Angebot geöffnet, aber niemand kam? Dann bitte bestätigen.", False)]
    return []


# -- what her offer and group forms refuse; the same sentence for a row from a file ------
def visitors_problem(visitors: int, m: int | None, w: int | None, d: int | None
                     ) -> tuple[str, str] | None:
    """(field, why) her open-offer form refuses: negative visitors, a negative part of
    the split m/w/d, or a split (not absent) that does not add up to ``visitors``."""
    if visitors < 0:
        return "visitors", "Die Besucherzahl kann nicht negativ sein."
    parts = {"visitors_m": m, "visitors_w": w, "visitors_d": d}
    if all(p is None for p in parts.values()):
        return None
    for name, part in parts.items():
        if part is not None and part < 0:
            return name, "Die Aufteilung m/w/d kann nicht negativ sein."
    total = sum(p or 0 for p in parts.values())
    if total == visitors:
        return None
    return "visitors", (f"Die Aufteilung m/w/d ergibt {total}, angegeben sind aber "
                        f"{visitors} Besucher:innen.")


def participants_problem(m: int, w: int, d: int) -> tuple[str, str] | None:
    """(field, why) her group form refuses: a negative number of participants."""
    negative = [name for name, value in (("participants_m", m), ("participants_w", w),
                                         ("participants_d", d)) if value < 0]
    return (negative[0], "Teilnehmerzahlen können nicht negativ sein.") if negative else None


def session_day_problem(value: date, school_year: int) -> str | None:
    """Why a group's session on ``value`` is refused: a day outside the group's school
    year (its first and last day belong to it)."""
    year = SchoolYear(school_year)
    return None if value in year else f"Das Datum liegt nicht im Schuljahr {year}."


def person_numbers_problem(birth_year: int | None, grade: int | None, today: date
                           ) -> tuple[str, str] | None:
    """(field, why) her person form refuses: a birth year before 1900 or after this year,
    a Klassenstufe outside 1–13 (also a Kurzkontakt's, whose form offers 1–13); none
    given is taken."""
    if birth_year is not None and not 1900 <= birth_year <= today.year:
        return "birth_year", "Das Geburtsjahr ist nicht plausibel."
    return ("grade", why) if (why := grade_problem(grade)) else None


def grade_problem(grade: int | None) -> str | None:
    """Why a person's or a Kurzkontakt's Klassenstufe is refused: outside 1–13 (her spin
    boxes offer 1–13); none given is taken."""
    if grade is None or 1 <= grade <= 13:
        return None
    return "Die Klassenstufe muss zwischen 1 und 13 liegen."


def consent_period_problem(valid_from: date, valid_to: date | None) -> str | None:
    """Why her consent form refuses a consent's period: its end before its begin (a
    consent of one day ends on its first day); none given is taken."""
    if valid_to is None or valid_to >= valid_from:
        return None
    return "Das Ende der Gültigkeit liegt vor ihrem Beginn."


def consent_withdrawal_problem(valid_from: date, withdrawn_on: date | None) -> str | None:
    """Why a file's consent withdrawn before it begins is refused: her form
    (``consents.withdraw_consent``) records such a withdrawal on the begin day; a file is
    read as written, so the sentence asks for that day. None withdrawn, or on or after
    the begin, is taken."""
    if withdrawn_on is None or withdrawn_on >= valid_from:
        return None
    return (f"Der Widerruf am {fmt_date(withdrawn_on)} liegt vor dem Beginn der Einwilligung "
            f"am {fmt_date(valid_from)}. Beim Widerrufen trägt das Programm dafür den Tag des "
            f"Beginns ein – bitte den Widerruf auf den {fmt_date(valid_from)} setzen.")


def pupil_school(kind: str, school_id: str | None) -> list[Finding]:
    if kind == "pupil" and not school_id:
        return [Finding("Bitte die Schule der Schülerin oder des Schülers wählen – ohne "
                        "Schule fehlt der Kontakt in der Statistik der Schule.", True)]
    return []


def case_title(title: str) -> list[Finding]:
    if not title.strip():
        return [Finding("Bitte dem Fall einen kurzen Titel geben (ohne Namen), damit Sie ihn "
                        "in Listen wiederfinden, z. B. „Streit in der Pause“.", True)]
    return []


def overlap(start: str, end: str, others: list[tuple[str, str, str]]) -> list[Finding]:
    """``others``: (start, end, label) of the same day's appointments, "HH:MM"."""
    hits = [label for s, e, label in others if s < end and start < e]
    if hits:
        return [Finding(f"Der Termin überschneidet sich mit {', '.join(hits)}. Trotzdem "
                        "speichern?", False)]
    return []


# -- contacts that arrive in bulk (a return of the Vertretung, an interchange file) -------
# What makes two contacts the same conversation (a copy under another id).
_CONTACT_IDENTITY = ("person_id", "day", "time", "kind", "duration_min", "case_id", "note")


def contact_identity(row: dict) -> tuple | None:
    """A contact row's identity for finding copies ("" and None alike); None for a
    contact with neither time nor note: two short talks of the same kind and length on
    one day may both have been."""
    if not (row.get("time") or row.get("note")):
        return None
    return tuple(str(row.get(name) or "") for name in _CONTACT_IDENTITY)


@dataclass(frozen=True)
class RowProblem:
    """A rule a contact row that arrived in bulk breaks: ``row`` (one of the arriving
    ones) and ``why`` (a German fragment); ``day_rule``: the rule is about the person's
    contacts of that day together, ``minutes``: about the row's minutes."""

    row: dict
    why: str
    day_rule: bool = False
    minutes: bool = False

    def sentence(self, names: dict[str, str]) -> str:
        """„Kontakt vom 03.12.2026 (P-Anna): …“ (``names``: person id → pseudonym)."""
        label = "Kontakte" if self.day_rule else "Kontakt"
        who = names.get(str(self.row.get("person_id")), "unbekannte Person")
        return f"{label} vom {_shown_day(self.row.get('day'))} ({who}): {self.why}"


def _shown_day(value: object) -> str:
    try:
        return fmt_date(date.fromisoformat(str(value)))
    except ValueError:
        return "(ohne gültiges Datum)"


def bulk_contacts(rows: list[dict], held: list[dict], *,
                  minutes_rule: Callable[[dict], str | None], where: str) -> list[RowProblem]:
    """The rules of her own entry over contact rows that arrive in bulk (``rows``), beside
    the contacts her vault holds of their persons on their days (``held``, rows with the
    same fields): ``minutes_rule`` of each row; one person's contacts of a day that an
    arriving row of that person lies on at most 24 hours and at most ``DAY_CONTACTS`` (an arriving row
    replaces the held one with its id); no new row that copies one she holds or another
    arriving one (``contact_identity``; ``where``: „in der Rückgabe“, „in der Datei“)."""
    problems = _day_problems(rows, held)
    problems += [RowProblem(row, why, minutes=True) for row in rows
                 if (why := minutes_rule(row))]
    return problems + _copies(rows, held, where)


def _day_problems(rows: list[dict], held: list[dict]) -> list[RowProblem]:
    arriving = {row.get("id") for row in rows}
    totals: dict[tuple, int] = {}
    counts: dict[tuple, int] = {}
    first_of: dict[tuple, dict] = {}
    for row in rows:
        if row.get("person_id"):   # a contact without a person is no one's day
            first_of.setdefault(_person_day(row), row)
    for row in [*rows, *(h for h in held if h.get("id") not in arriving)]:
        key = _person_day(row)
        if key not in first_of:
            continue
        minutes = row.get("duration_min")
        totals[key] = totals.get(key, 0) + (minutes if isinstance(minutes, int) else 0)
        counts[key] = counts.get(key, 0) + 1
    problems = []
    for key, row in first_of.items():
        if why := day_total_problem(totals[key]):
            problems.append(RowProblem(row, why, day_rule=True))
        if counts[key] > DAY_CONTACTS:
            problems.append(RowProblem(
                row, f"{fmt_number(counts[key], 0)} Kontakte an einem Tag, mehr als einer je "
                     f"halbe Stunde (höchstens {DAY_CONTACTS})", day_rule=True))
    return problems


def _person_day(row: dict) -> tuple:
    return row.get("person_id"), str(row.get("day"))


def _copies(rows: list[dict], held: list[dict], where: str) -> list[RowProblem]:
    """A new row that copies one she holds or an earlier arriving one."""
    held_ids = {h.get("id") for h in held}
    hers = {contact_identity(h) for h in held} - {None}
    seen: set[tuple | None] = set()
    problems = []
    for row in rows:
        identity = contact_identity(row)
        if row.get("id") in held_ids or identity is None:
            continue
        if identity in hers:
            problems.append(RowProblem(row, "gleicht einem Kontakt, den Sie schon haben"))
        elif identity in seen:
            problems.append(RowProblem(row, f"steht mehrfach {where}"))
        seen.add(identity)
    return problems


def held_contacts(rows: Iterable[dict]) -> list[RowProblem]:
    """The rules of her entry over the contacts a vault holds (``check``): minutes no
    version of her entry saved, more than 24 hours or ``DAY_CONTACTS`` contacts of one
    person on one day (the day's first contact named). ``rows`` come one person's day
    after the other (``admission_repo.contact_minutes``), and one such day is held at a
    time: the check after every unlock never holds the vault's contacts at once."""
    days: list[RowProblem] = []
    minutes: list[RowProblem] = []
    for _key, group in groupby(rows, key=_person_day):
        day = list(group)
        days += _day_problems(day, [])
        minutes += [RowProblem(row, why, minutes=True) for row in day
                    if (why := ever_minutes_problem(row.get("duration_min")))]
    return days + minutes
