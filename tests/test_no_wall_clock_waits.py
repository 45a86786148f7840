"""No test waits on the wall clock (GUIDE: a test that waits reads a monotonic clock or an
event): a deadline from ``time.time()`` jumps with the system clock (NTP, a suspended
laptop) and ends a wait early or never. The scan reads the files' text, so scripts a test
starts as a child (source in a string) are covered too."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
WALL_CLOCK_WAIT = re.compile(r"(deadline\w*\s*=\s*time\.time\(\)|while\b[^\n]*time\.time\(\))")


def wall_clock_waits(text: str) -> list[int]:
    return [text.count("\n", 0, m.start()) + 1 for m in WALL_CLOCK_WAIT.finditer(text)]


def test_no_test_waits_on_the_wall_clock():
    found = [f"{path.relative_to(TESTS)}:{line}" for path in sorted(TESTS.rglob("*.py"))
             if path != Path(__file__).resolve()
             for line in wall_clock_waits(path.read_text(encoding="utf-8"))]
    assert found == [], f"time.monotonic() or qtbot.waitUntil instead: {found}"


def test_the_scan_sees_a_deadline_and_a_loop_but_not_a_file_age():
    text = ("deadline = time.time() + 30\n"
            "while time.time() < deadline:\n"
            "old = time.time() - 60\n"
            "deadline = time.monotonic() + 30\n")
    assert wall_clock_waits(text) == [1, 2]
