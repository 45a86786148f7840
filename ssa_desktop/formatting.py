"""German formatting used by the GUI, the CLI and reports: 21.11.2026, 14:30, 1,5."""

from __future__ import annotations

from datetime import date

from .domain.errors import UserError

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
WEEKDAYS_SHORT = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def fmt_date(day: date | str | None) -> str:
    if not day:
        return ""
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return day.strftime("%d.%m.%Y")


def fmt_long_date(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]}, {fmt_date(day)}"


def fmt_number(value: float, decimals: int = 1) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def fmt_minutes(minutes: int) -> str:
    return f"{minutes} Min."


def fmt_count(n: int, one: str, many: str) -> str:
    """ "1 Fall", "0 Fälle", "3 Fälle": the German noun form for the number."""
    return f"{n} {one if n == 1 else many}"


def fmt_percent(value: float, decimals: int = 0) -> str:
    return f"{fmt_number(value, decimals)} %"


def parse_date(text: str) -> date:
    """Parse "21.11.2026", "21.11.26" or "2026-11-21"; raise a UserError (German)."""
    text = text.strip()
    try:
        if "-" in text:
            return date.fromisoformat(text)
        d, m, y = (int(p) for p in text.split("."))
        if y < 100:
            y += 2000
        return date(y, m, d)
    except (ValueError, TypeError):
        raise UserError(f"„{text}“ ist kein gültiges Datum (TT.MM.JJJJ).") from None
