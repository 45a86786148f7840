"""The appointments' clock times are read as ``datetime.strptime(text, "%H:%M")`` reads
them, without loading ``_strptime`` (its locale tables and patterns stay out of the GUI)."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ssa_desktop.services.appointments import add_minutes, clock_minutes, minutes_between

ROOT = Path(__file__).resolve().parents[2]
EVERY_WRITTEN = [f"{h:02d}:{m:02d}" for h in range(24) for m in range(60)]
SHORT = ["0:00", "9:05", "09:5", "7:7", "23:9"]
REFUSED = ["", "24:00", "12:60", "007:00", "12:000", " 9:00", "9:00 ", "9.00", "0900",
           "12:", ":30", "+9:30", "-1:00", "²:00", "ab:cd", "12:30:00",
           "١٢:٠٠", "٠٧:٠٥"]


def _strptime_minutes(text: str) -> int:
    moment = datetime.strptime(text, "%H:%M")
    return moment.hour * 60 + moment.minute


def test_read_as_strptime_reads_it():
    """Every time the app writes (00:00–23:59) and the short forms strptime takes: one test,
    not 1,445 (a test each would add more to the suite's run than they check)."""
    differ = [text for text in EVERY_WRITTEN + SHORT
              if clock_minutes(text) != _strptime_minutes(text)]
    assert differ == []


@pytest.mark.parametrize("text", REFUSED)
def test_refused_where_strptime_refuses(text):
    with pytest.raises(ValueError):
        datetime.strptime(text, "%H:%M")
    with pytest.raises(ValueError):
        clock_minutes(text)


@pytest.mark.parametrize(("start", "minutes"), [("08:00", 45), ("23:30", 45), ("00:10", -20),
                                                ("12:00", 0), ("9:05", 24 * 60 + 5)])
def test_minutes_added_and_between_as_before(start, minutes):
    moment = datetime.strptime(start, "%H:%M") + timedelta(minutes=minutes)
    assert add_minutes(start, minutes) == moment.strftime("%H:%M")
    assert minutes_between(start, "18:00") == int(
        (datetime.strptime("18:00", "%H:%M") - datetime.strptime(start, "%H:%M"))
        .total_seconds() // 60)


def test_the_termine_times_load_no_strptime():
    code = ("import sys; from ssa_desktop.services import appointments as a;"
            "a.minutes_between('08:00', '09:30'); a.add_minutes('08:00', 45);"
            "print('_strptime' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120, cwd=str(ROOT))
    assert out.stdout.split() == ["False"]
