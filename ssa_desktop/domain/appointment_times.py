"""An appointment's and a contact's times, the one rule for every way in: the Termine
form (``services.appointments.save_appointment``), the contact form
(``services.activities.record_contact``), an interchange file, a school package, the
deputy's entry and her return. A time is HH:MM (00:00–23:59; „9:00“ is read as 09:00,
the way it is stored), an appointment's end after its start, a contact's time may be
none; refusals are German sentences that name the field."""

from __future__ import annotations

import re

from .errors import UserError

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$", re.ASCII)
_SUBJECTS = {"start": "Der Beginn", "end": "Das Ende"}


def check_time(text: str, what: str = "Die Uhrzeit") -> str:
    """``text`` as it is stored („9:00“ → 09:00); UserError naming ``what`` otherwise."""
    text = text.strip()
    if len(text) == 4 and text[1] == ":":
        text = "0" + text
    if not _TIME.match(text):
        raise UserError(f"{what} „{text}“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30).")
    return text


def contact_time(text: str, what: str = "Die Uhrzeit") -> str:
    """A contact's time as every way in stores it: none ("", blanks too) or a time of
    ``check_time`` („9:00“ → 09:00); UserError with its sentence otherwise."""
    return check_time(text, what) if text.strip() else ""


def contact_time_problem(text: str) -> str | None:
    """The sentence ``contact_time`` refuses ``text`` with, or None."""
    problem = None
    try:
        contact_time(text)
    except UserError as err:
        problem = str(err)
    return problem


def clock_minutes(text: str) -> int:
    """``text`` as ``datetime.strptime(text, "%H:%M")`` reads it (one or two digits each,
    hours 0–23, minutes 0–59; else ValueError), in minutes after midnight. Without
    ``strptime``: its first call loads ``_strptime`` with its locale tables and patterns
    (≈ 0.12 MB and 8 ms at the first Termine list; ``tests/services/test_clock_minutes.py``)."""
    hours, colon, minutes = text.partition(":")
    if (colon and text.isascii() and 1 <= len(hours) <= 2 and 1 <= len(minutes) <= 2
            and hours.isdecimal() and minutes.isdecimal()   # ASCII digits only, as strptime
            and int(hours) < 24 and int(minutes) < 60):
        return int(hours) * 60 + int(minutes)
    raise ValueError(f"time data {text!r} does not match format '%H:%M'")


def minutes_between(start: str, end: str) -> int:
    return clock_minutes(end) - clock_minutes(start)


def times_problem(start: str, end: str) -> tuple[str, str] | None:
    """The form's rule for an appointment's times: each a time HH:MM, the end after the
    start. (field, German sentence) of the first broken, or None."""
    for name, value in (("start", start), ("end", end)):
        try:
            check_time(value, _SUBJECTS[name])
        except UserError as err:
            return name, str(err)
    if minutes_between(check_time(start), check_time(end)) > 0:
        return None
    return "end", "Das Ende des Termins muss nach dem Beginn liegen."


# The fields that hold a time of day, by table (migration 0030 rewrote the same).
TIME_FIELDS: dict[str, tuple[str, ...]] = {"appointment": ("start", "end"), "contact": ("time",)}


# Blanks a release before migration 0030 may have kept around a time (a CSV cell
# „ 9:05 “): one space before, after or on both sides, which the update stripped.
_AROUND = (("", ""), (" ", ""), ("", " "), (" ", " "))


def earlier_spellings(stored: str) -> tuple[str, ...]:
    """The spellings a release before migration 0030 (stored_times) may have stored for
    the time ``stored`` now holds (a manifest digested those): itself and, for an hour
    before ten (09:00), the one without the leading zero („9:00“, as an import stored it
    as it came) – each also with a space before, after or around it (``_AROUND``), whose
    stripped form the update stored. A spelling the update would not have written (no
    time, other blanks) has no other."""
    if not (stored == "" or _TIME.fullmatch(stored)):
        return (stored,)
    bare = (stored, stored[1:]) if stored[:1] == "0" else (stored,)
    return tuple(dict.fromkeys(f"{before}{time}{after}" for time in bare
                               for before, after in _AROUND))


def stored_times(start: str, end: str) -> tuple[str, str]:
    """Start and end as every way in stores them („9:00“ → 09:00); UserError with the
    sentence of ``times_problem`` when they break the rule."""
    if (problem := times_problem(start, end)) is not None:
        raise UserError(problem[1])
    return check_time(start), check_time(end)
