"""The count she reads after a school-year change ("{n} Schüler:innen – … vorgerückt, …
ohne Klassenstufe, … abgegangen, … Schule gewechselt, … nicht bekannt"): every pupil in
exactly one count, so the total is the number of pupils shown. Pure."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import school_year_change as syc
from ssa_desktop.domain.schoolyear import SchoolYear

ENDING = SchoolYear(2025)


def test_the_total_is_every_pupil_shown_each_counted_once():
    facts = [syc.PupilFacts(f"p{n}", f"P{n}", grade, label, True)
             for n, (grade, label) in enumerate([(7, "7a"), (8, "8a"), (5, "5a"), (6, "6a"),
                                                  (9, "9a"), (None, ""), (None, "DaZ"),
                                                  (7, "7b"), (7, "7c"), (8, "8b")])]
    rows = syc.plan(facts, 10, ENDING)
    rows = ([r.with_status(syc.LEFT, date(2026, 7, 1)) for r in rows[:2]]
            + [r.with_status(syc.CHANGED, date(2026, 3, 1)) for r in rows[2:5]]
            + [rows[5], rows[6]]
            + [rows[7].with_status(syc.UNKNOWN)] + rows[8:])
    summary = syc.summarise(rows)
    assert (summary.advanced, summary.kept, summary.left, summary.changed,
            summary.unknown) == (2, 2, 2, 3, 1)
    assert summary.total == len(rows) == 10
