"""``dates.days_in_month`` counts as ``calendar.monthrange`` does, and the retention
rules and the Auskunft's deadlines load no ``calendar`` (its tables stay out of the GUI)."""

from __future__ import annotations

import calendar
import subprocess
import sys
from pathlib import Path

from ssa_desktop.domain.dates import days_in_month

ROOT = Path(__file__).resolve().parents[2]


def test_every_month_of_three_centuries_as_calendar_counts():
    for year in range(1900, 2201):
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1]


def test_the_retention_rules_load_no_calendar():
    code = ("import sys, ssa_desktop.domain.retention, ssa_desktop.domain.retention_engine,"
            " ssa_desktop.domain.auskunft; print('calendar' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120, cwd=str(ROOT))
    assert out.stdout.split() == ["False"]
