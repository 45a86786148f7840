"""Issue 60, finding 6: the shipped pack named 2026/27 stood in for 2024/25 and 2025/26
(recorded with those years, so their forms said „2026/27“). The release ships a pack for
each of the three years it computes; each applies to exactly the year it names, a pack she
took that names the year wins over the shipped one, and a year recorded with a pack keeps
it (docs/statistics.md, „Regelpakete“)."""

from __future__ import annotations

import json
from datetime import date

from ssa_desktop import paths
from ssa_desktop.domain import clock
from ssa_desktop.domain import rule_pack as rp
from ssa_desktop.services import rule_packs
from ssa_desktop.storage import rule_pack_repo

TITLE = "KVJS-Förderung Jugendsozialarbeit an öffentlichen Schulen {}"


def test_each_year_of_the_release_follows_the_shipped_pack_that_names_it(conn):
    assert rule_packs.for_year(conn, 2024).title == TITLE.format("2024/25")
    assert rule_packs.for_year(conn, 2025).title == TITLE.format("2025/26")
    assert rule_packs.for_year(conn, 2026).title == TITLE.format("2026/27")
    assert rule_packs.in_force(conn).title == TITLE.format("2026/27")  # still the default
    # the form and the export name the year's pack (the report carries it)
    rule_packs.record_year(conn, 2025)
    assert rule_pack_repo.year_digest(conn, 2025) == rule_packs.for_year(conn, 2025).digest
    assert rule_pack_repo.year_digest(conn, 2025) != rp.shipped().digest


def test_the_shipped_packs_name_their_own_year_once_and_say_what_is_assumed():
    packs = rp.shipped_packs()
    assert [p.school_years for p in packs] == [(2024,), (2025,), (2026,)]
    for pack in packs:
        name = paths.resource("rules", f"regelpaket-{pack.years_label.replace('/', '-')}.json")
        assert rp.parse(name.read_text("utf-8"), name.name).digest == pack.digest
    # same rules; the older two say the field list is the product's assumption
    older = [p for p in packs if p.school_years != (2026,)]
    assert all(p.fields == rp.shipped().fields and p.rate == 16_700 for p in older)
    assert all(any(a.startswith("Feldliste wie im Paket 2026/27") for a in p.assumptions)
               for p in older)
    assert "verlängert für das Schuljahr 2025/26" in packs[1].sources[0]


def test_a_pack_she_took_for_a_year_wins_over_the_shipped_one(conn):
    doc = {**json.loads(rp.shipped_packs()[1].text), "title": "Regelpaket 2025/26 (Korrektur)",
           "rate": 17_000, "version": 2}
    correction = rp.parse(json.dumps(doc, ensure_ascii=False), "korrektur.json")
    later = rp.parse(json.dumps({**json.loads(rp.shipped().text), "school_years": [2027],
                                 "title": "Regelpaket 2027/28"}, ensure_ascii=False), "b.json")
    with clock.frozen(date(2026, 11, 26)):
        rule_packs.accept(conn, correction)
        rule_packs.accept(conn, later)
    assert rule_packs.for_year(conn, 2025).title == "Regelpaket 2025/26 (Korrektur)"
    assert rule_packs.grant_rate(conn, 2025) == 17_000
    assert rule_packs.for_year(conn, 2024).title == TITLE.format("2024/25")
    assert rule_packs.for_year(conn, 2026).title == TITLE.format("2026/27")


def test_a_year_recorded_with_a_pack_keeps_it(conn):
    """A vault that recorded the 2026/27 pack for 2025/26 (before this release) keeps it:
    the pack of a delivered year never changes."""
    shipped = rp.shipped()
    rule_pack_repo.store(conn, shipped.digest, shipped.text, "2026-10-20 09:00:00")
    rule_pack_repo.record_year(conn, 2025, shipped.digest)
    assert rule_packs.for_year(conn, 2025).digest == shipped.digest
