"""Keystrokes of daily documentation, counted from the very paths that the pytest-qt tests
(tests/ui/quick_entry/test_speed_bar.py) drive with QTest against the real main window
and check record by record."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import daily_keys as keys  # noqa: E402
from harness import Result  # noqa: E402


def run(bench) -> list[Result]:
    return [
        Result("keys_existing_pupil_contact", float(keys.count(keys.EXISTING_PUPIL_CONTACT)),
               "Tasten", 8.0, "Kontakt einer bekannten Schüler:in (Person, Art, ein Thema) "
               "≤ 8 Tasten ohne Notiztext",
               note="Strg+N, k17, Alt+4, fa, Strg+Enter"),
        Result("keys_new_pupil_contact", float(keys.count(keys.NEW_PUPIL_CONTACT)), "Tasten",
               12.0, "Neue Schüler:in mit erstem Kontakt ≤ 12 Tasten ohne Notiztext",
               note="Strg+N, z99, Tab, w, 5a, Alt+4, fa, Strg+Enter"),
    ]
