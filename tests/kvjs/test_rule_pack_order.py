"""Issue 60, finding 6 (rest): rule packs are ordered by a declared version, never by
the digits of their digest or the order of the import. Of two packs for one school year
the higher version is the newer; an older one is refused by title and version, and a year
follows the highest version that names it (docs/statistics.md, „Regelpakete“)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import rule_pack as rp
from ssa_desktop.services import rule_packs


def _pack(years: list[int], title: str, version: int | None = None, **more) -> rp.RulePack:
    doc = json.loads(rp.shipped().text)
    doc.update(school_years=years, title=title, **more)
    if version is not None:
        doc["version"] = version
    return rp.parse(json.dumps(doc, ensure_ascii=False), f"{title}.json")


def test_an_older_version_for_the_same_year_is_refused_by_title(conn):
    newer = _pack([2026], "KVJS 2026/27, Stand März", 3, rate=21_000)
    older = _pack([2026, 2027], "KVJS 2026/27, Stand Januar", 2, rate=20_000)
    with clock.frozen(date(2026, 11, 26)):
        rule_packs.accept(conn, newer)
        with pytest.raises(rp.RulePackError) as refused:
            rule_packs.accept(conn, older)
    assert str(refused.value) == (
        "Das Regelpaket „KVJS 2026/27, Stand Januar“ (Version 2) ist älter als das schon "
        "übernommene „KVJS 2026/27, Stand März“ (Version 3) für das Schuljahr 2026/27; es "
        "wird nicht übernommen.")
    assert rule_packs.in_force(conn).title == "KVJS 2026/27, Stand März"
    assert rule_packs.grant_rate(conn, 2026) == 21_000


def test_an_older_version_is_refused_even_when_another_pack_is_in_force(conn):
    v1 = _pack([2027], "KVJS 2027/28 (1)", 1, rate=22_000)
    v2 = _pack([2027], "KVJS 2027/28 (2)", 2, rate=23_000)
    other = _pack([2029], "KVJS 2029/30", 1, rate=25_000)
    with clock.frozen(date(2026, 11, 26)):
        rule_packs.accept(conn, v2)
    with clock.frozen(date(2026, 11, 27)):
        rule_packs.accept(conn, other)    # in force now, does not name 2027/28
    with clock.frozen(date(2026, 11, 28)), pytest.raises(rp.RulePackError):
        rule_packs.accept(conn, v1)
    assert rule_packs.for_year(conn, 2027).title == "KVJS 2027/28 (2)"
    assert rule_packs.grant_rate(conn, 2027) == 23_000


def test_the_version_is_shown_and_compared(conn):
    one, two = _pack([2026], "A", 1), _pack([2026], "B", 2)
    assert rp.is_older(one, two) and not rp.is_older(two, one)
    assert not rp.is_older(one, _pack([2030], "C", 9))     # no shared year: no order
    assert not rp.is_older(_pack([2026], "D"), two)          # none declared: no order
    assert rp.describe(two)[0] == "Regelpaket: B (Version 2)"
    assert "Version: Version 1 → Version 2" in rp.changes(one, two)


@pytest.mark.parametrize("value", [0, -1, "2", True, 1.5, 1_000_001])
def test_a_version_that_is_no_whole_number_from_1_is_refused(value):
    with pytest.raises(rp.RulePackError, match="„version“ muss eine ganze Zahl von 1 bis "
                                               "1.000.000 sein"):
        _pack([2026], "X", value)
