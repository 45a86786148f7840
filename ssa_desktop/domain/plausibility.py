"""Plausibility checks in her words: what a careful colleague would refuse ("so kann das
nicht stimmen") or ask about ("stimmt das?") before a record is saved. Pure functions;
the services raise, the UI refuses or asks. Nothing is ever changed silently.

Limits (docs/handbook.md, "Plausibilitätsprüfungen"): a contact is documented after it happened, lasts
at least one minute and at most ten hours; the contacts of one person on one day together
at most 24 hours (checked where rows arrive in bulk: a return, an import); more than three
hours or a date more than a year back is asked about.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..formatting import fmt_date, fmt_hours, fmt_number
from .errors import UserError

MAX_MINUTES = 600        # ten hours: no single conversation is longer
ASK_MINUTES = 180        # three hours: possible (Hilfeplan, Krise), worth a question
ASK_DAYS_BACK = 365      # documenting more than a year later is unusual
DAY_MINUTES = 24 * 60    # the contacts of one person on one day fit into the day


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


def duration(minutes: int, what: str = "Der Kontakt") -> list[Finding]:
    if minutes <= 0:
        return [Finding(f"{what} hat keine Dauer (0 Minuten). Bitte die Dauer in Minuten "
                        "angeben, mindestens 1 Minute.", True)]
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


def contact(value: date, minutes: int, today: date) -> list[Finding]:
    return day(value, today) + duration(minutes)


def short_contact(value: date, minutes: int, today: date) -> list[Finding]:
    what = "Der Kurzkontakt"
    return day(value, today, what) + duration(minutes, what)


def open_offer(visitors: int) -> list[Finding]:
    if visitors <= 0:
        return [Finding("Es ist keine Besucherin und kein Besucher eingetragen. War das "
                        "Angebot geöffnet, aber niemand kam? Dann bitte bestätigen.", False)]
    return []


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
