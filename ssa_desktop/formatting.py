"""German formatting used by the GUI, the CLI and reports: 21.11.2026, 14:30, 1,5."""

from __future__ import annotations

from datetime import date

from .domain import clock, dates
from .domain.dates import format_date

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
WEEKDAYS_SHORT = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def fmt_date(day: date | str | None) -> str:
    if not day:
        return ""
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return format_date(day)


def fmt_long_date(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]}, {fmt_date(day)}"


def fmt_number(value: float, decimals: int | None = 1) -> str:
    """A number in German: decimal comma, dots grouping thousands ("1.234,5").

    ``decimals=None``: every digit the value has and no more, never an exponent ("1,0",
    "38,5", "16.725,125", "0,00001"; an int without a comma: "16.700"), so that a value
    shown in a sentence reads back as the very same number when she types it."""
    if decimals is None:
        text = f"{value:,}"
        if "e" in text:  # Python's shortest form uses an exponent below 1e-4 and from 1e16
            from decimal import Decimal

            text = format(Decimal(repr(value)), ",f")
    else:
        text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def fmt_decimal(value: float, decimals: int = 2) -> str:
    """A number rounded half-up on its decimal value (3.025 -> "3,03", as on paper; the
    float's binary value would give "3,02"), with German grouping: sums of decimals the
    Träger kit shows."""
    from decimal import ROUND_HALF_UP, Decimal

    exact = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    return fmt_number(exact, decimals)  # type: ignore[arg-type]  # formats a Decimal alike


def fmt_figure(value) -> str:
    """A figure of the KVJS statistics as the area and every export show it: decimal
    comma, no thousands separator, no trailing zeros; '' for None (a heading whose keys
    do not add up)."""
    if value is None:
        return ""
    if isinstance(value, str):  # text of the staff block (qualification, dates)
        return value
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(int(value))


def fmt_minutes(minutes: int) -> str:
    return f"{minutes} Min."


def fmt_hours(minutes: int, unit: bool = True) -> str:
    """Minutes as hours with two decimals: 585 -> "9,75 Std.", 600 -> "10,00 Std.",
    7 -> "0,12 Std." (``unit=False``: "9,75", for a column headed "Std.").

    The one way the app shows minutes as hours (screens, findings, PDFs). Two decimals
    are exact to the minute: a hundredth of an hour is 0,6 minutes, so ``parse_hours``
    gives back the very minutes (never "9 Std." for 585 minutes, never "9,8")."""
    text = fmt_number(minutes / 60, 2)
    return f"{text} Std." if unit else text


def fmt_count(n: int, one: str, many: str) -> str:
    """ "1 Fall", "0 Fälle", "3 Fälle": the German noun form for the number."""
    return f"{n} {one if n == 1 else many}"


def fmt_percent(value: float, decimals: int = 0) -> str:
    return f"{fmt_number(value, decimals)} %"


def parse_date(text: str, today: date | None = None) -> date:
    """A date given on the command line or in a list of dates, read as her date fields
    read it (``domain.dates``: "21.11.2026", "21.11.26", "2026-11-21" and the short forms);
    ``today`` (default: the app's clock) sets the year of "12.10." and the century of
    "12.10.26". A German ``UserError`` otherwise."""
    return dates.parse_date(text, today if today is not None else clock.today())


def escape_html(text: str) -> str:
    """``html.escape(text)`` (quotes too) for Qt's rich text, without the ``html`` package:
    it loads HTML5's table of 2,231 entities (≈ 0.57 MB held all day) that escaping never
    reads (``tests/test_escape_html.py``)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))
