"""The one clock of the application.

Every rule that depends on "now" (retention due dates, school-year boundaries, time
shares, deadlines) reads the time here, never from ``date.today()`` or
``datetime.now()`` directly, so that tests and the CLI (``--today``) can set it.

    from ssa_desktop.domain import clock
    clock.today(); clock.now()
    with clock.frozen(date(2026, 7, 31)): ...     # tests
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date, datetime, time

_now: Callable[[], datetime] = datetime.now


def now() -> datetime:
    """The current local time (naive, like the dates stored in the vault)."""
    return _now()


def today() -> date:
    return _now().date()


def set_clock(source: Callable[[], datetime] | None) -> None:
    """Replace the time source (``None`` restores the system clock)."""
    global _now
    _now = source or datetime.now


def fixed(moment: date | datetime) -> Callable[[], datetime]:
    """A time source that always answers ``moment`` (a date means 12:00 that day)."""
    value = moment if isinstance(moment, datetime) else datetime.combine(moment, time(12, 0))
    return lambda: value


@contextlib.contextmanager
def frozen(moment: date | datetime) -> Iterator[None]:
    """Within the block the clock stands at ``moment``."""
    previous = _now
    set_clock(fixed(moment))
    try:
        yield
    finally:
        set_clock(previous)
