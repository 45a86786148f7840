"""Demo vaults for tests, on a set day. The demo's rows follow the day it is filled on
(what is due in Datenschutz, the Übersicht's counts, Termine): on the system clock a test
saw other rows on another day (session 26: the Datenschutz focus tests red after
midnight). So a demo is filled on ``demo_day()`` and the one clock stands there for the
rest of the test (conftest's ``_system_clock`` puts the system clock back after it).

A test that stood the clock itself (``frozen_clock``, ``clock_stands_at``,
``clock.frozen``) keeps its day: the demo is filled on it. No test fills a demo past
this module (tests/ui/test_demo_day.py scans for it)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from ssa_desktop import demo
from ssa_desktop.domain import clock
from tests.support.vaults import FAST_KDF, PASSPHRASE

# A Friday in term time whose one-year demo has, in Datenschutz, a record due for
# deletion and one due for review (on 25.11. and 30.11.2026 only the review).
DEMO_DAY = date(2026, 11, 27)


def on_system_clock() -> bool:
    """The one clock reads the machine's time (no test has stood it)."""
    return getattr(clock._now, "__self__", None) is datetime   # datetime.now, bound


def demo_day() -> date:
    """The day a demo filled now is filled on: the test's own day if it stood the clock,
    else ``DEMO_DAY``, the clock standing there from now on in this test."""
    if on_system_clock():
        clock.set_clock(clock.fixed(DEMO_DAY))
    return clock.today()


def on_day_filled(day: date) -> None:
    """A demo filled earlier on ``day`` and kept (a template shared by tests) is used in
    this test: the clock stands at ``day`` too, so the demo's rows are those of its day."""
    if on_system_clock():
        clock.set_clock(clock.fixed(day))
    assert clock.today() == day, \
        f"the demo was filled on {day}, this test's clock stands at {clock.today()}"


def fill(conn, *, years: int = 1, **options) -> dict[str, int]:
    """``demo.fill_demo`` on ``demo_day()`` (``options`` as there, without ``today``)."""
    return demo.fill_demo(conn, years=years, today=demo_day(), **options)


def create(folder: Path, *, years: int = 1, **options):
    """A new demo vault in ``folder`` (test passphrase, fast KDF) filled on
    ``demo_day()``; its open session."""
    return demo.create_demo_vault(folder, PASSPHRASE, years=years, params=FAST_KDF,
                                  today=demo_day(), **options)
