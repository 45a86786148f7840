"""Issue 60, finding 6: a pack's ``school_years`` were ignored for later years — taking a
pack for 2025/26 into force replaced the pack imported for 2027/28 in 2027/28 too. A kept
pack applies to exactly the years it names; a year no kept pack names follows the pack
in force (docs/statistics.md, „Regelpakete“)."""

from __future__ import annotations

import json
from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain import rule_pack as rp
from ssa_desktop.services import rule_packs


def _pack(years: list[int], title: str, rate: int) -> rp.RulePack:
    doc = json.loads(rp.shipped().text)
    doc.update(school_years=years, title=title, rate=rate)
    return rp.parse(json.dumps(doc, ensure_ascii=False), f"{title}.json")


def test_each_kept_pack_applies_to_the_years_it_names(conn):
    later = _pack([2027], "Regelpaket 2027/28", 23_000)
    earlier = _pack([2025], "Regelpaket 2025/26", 16_700)
    with clock.frozen(date(2026, 11, 26)):
        rule_packs.accept(conn, later)
        rule_packs.accept(conn, earlier)   # a correction for last year, taken later
    assert rule_packs.in_force(conn).title == "Regelpaket 2025/26"
    assert rule_packs.for_year(conn, 2027).title == "Regelpaket 2027/28"
    assert rule_packs.grant_rate(conn, 2027) == 23_000
    assert rule_packs.for_year(conn, 2025).title == "Regelpaket 2025/26"
    # a year no kept pack names follows the pack in force
    assert rule_packs.for_year(conn, 2030).title == "Regelpaket 2025/26"


def test_of_two_packs_naming_a_year_the_later_taken_applies(conn):
    first = _pack([2026], "Regelpaket 2026/27", 20_000)
    corrected = _pack([2026], "Regelpaket 2026/27 (Korrektur)", 21_000)
    other = _pack([2028], "Regelpaket 2028/29", 24_000)
    with clock.frozen(date(2026, 11, 26)):
        rule_packs.accept(conn, first)
    with clock.frozen(date(2026, 11, 27)):
        rule_packs.accept(conn, corrected)
    with clock.frozen(date(2026, 11, 28)):
        rule_packs.accept(conn, other)
    assert rule_packs.for_year(conn, 2026).title == "Regelpaket 2026/27 (Korrektur)"
