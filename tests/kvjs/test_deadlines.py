"""Deadlines on the Übersicht (docs/statistics.md, "Fristen"): from 1 July the Landkreis
delivery per school (end of the school year) and the KVJS delivery per post (31 October),
each with its open plausibility findings, until marked delivered."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.services import overview, settings
from ssa_desktop.services import statistics as stats

from . import fixture
from .test_engine_fixture import POST, SCHOOL_1


@pytest.fixture
def world(conn):
    return fixture.build(conn)


def _lines(conn, day):
    with clock.frozen(day):
        return [(d.text, d.state(day)) for d in stats.deadlines(conn)]


def test_nothing_before_the_first_of_july(conn, world):
    assert _lines(conn, date(2026, 6, 30)) == []


def test_from_the_first_of_july_with_the_open_findings(conn, world):
    # school-1: its time covers less than half of its share; school-2 and the post also
    # have cem without a grade and cem's contact of 20 July 2026 still in the future; every
    # scope: the post has no Fachkräfte-Angaben (issue 31.1)
    assert _lines(conn, date(2026, 7, 1)) == [
        ("Landkreis: Statistik 2025/26 Gemeinschaftsschule Am Park (GMS-1) bis 31.07.2026 – "
         "2 offene Hinweise", "normal"),
        ("Landkreis: Statistik 2025/26 Realschule Am Berg (RS-2) bis 31.07.2026 – "
         "4 offene Hinweise", "normal"),
        ("KVJS: Statistik 2025/26 Stelle: Stelle Nord bis 31.10.2026 – 4 offene Hinweise",
         "normal")]
    states = dict(_lines(conn, date(2026, 7, 20)))
    assert list(states.values()) == ["due", "due", "normal"]  # 14 days before: amber


def test_delivered_scopes_leave_and_late_ones_turn_red(conn, world):
    with clock.frozen(date(2026, 7, 30)):
        stats.mark_delivered(conn, fixture.YEAR, SCHOOL_1)
    lines = _lines(conn, date(2026, 11, 2))
    assert [state for _, state in lines] == ["overdue", "overdue"]
    assert not any("GMS-1" in text for text, _ in lines)
    with clock.frozen(date(2026, 11, 2)):
        stats.mark_delivered(conn, fixture.YEAR, POST)
    assert [t for t, _ in _lines(conn, date(2026, 11, 2))] == [
        "Landkreis: Statistik 2025/26 Realschule Am Berg (RS-2) bis 31.07.2026 – "
        "3 offene Hinweise"]


def test_the_deadlines_are_options(conn, world):
    settings.set_value(conn, stats.LANDKREIS_DEADLINE, "07-15")
    settings.set_value(conn, stats.KVJS_DEADLINE, "09-30")
    with clock.frozen(date(2026, 7, 1)):
        dues = {d.recipient: d.due for d in stats.deadlines(conn)}
    assert dues == {"Landkreis": date(2026, 7, 15), "KVJS": date(2026, 9, 30)}


def test_the_overview_shows_them_leading_to_the_statistics(conn, world):
    view = overview.build_overview(conn, date(2026, 10, 20))
    mine = [i for i in view.deadlines if i.area == "statistics"]
    assert [(i.record_id, i.state) for i in mine] == [
        ("school:school-1", "overdue"), ("school:school-2", "overdue"), ("post:post-1", "due")]


def test_the_uebersicht_counts_the_findings_on_a_worker(ctx, qtbot):
    """The findings read every record of the year (0.1 s per scope on the 10-year vault):
    the Übersicht shows the lines at once, "werden gezählt", and the counts from a worker
    thread a moment later (issue 21: the area's first show stays fast)."""
    from ssa_desktop.ui.overview.area import OverviewArea

    fixture.build(ctx.conn)
    day = date(2026, 10, 20)
    with clock.frozen(day):
        area = OverviewArea(ctx)
        qtbot.addWidget(area)
        area.resize(1100, 800)
        area.show()

        def lines():
            model = area.deadlines.model
            return [model.item(i).text() for i in range(model.rowCount())
                    if "Statistik" in model.item(i).text()]

        assert lines() and all(t.endswith("Hinweise werden gezählt …") for t in lines())
        qtbot.waitUntil(lambda: not any("gezählt" in t for t in lines()), timeout=10000)
        # as on 2 November (below): cem's July contact is no longer in the future
        assert lines() == [
            "Überfällig: Landkreis: Statistik 2025/26 Gemeinschaftsschule Am Park (GMS-1) "
            "bis 31.07.2026 – 2 offene Hinweise",
            "Überfällig: Landkreis: Statistik 2025/26 Realschule Am Berg (RS-2) "
            "bis 31.07.2026 – 3 offene Hinweise",
            "KVJS: Statistik 2025/26 Stelle: Stelle Nord bis 31.10.2026 – 3 offene Hinweise"]


def test_the_landkreis_profile_sets_the_per_school_deadline(conn, world):
    """Breisgau-Hochschwarzwald (profile of the shipped pack): per school by 31 October;
    the reminder turns amber 14 days before and red the day after, the KVJS date stays."""
    from ssa_desktop.services import rule_packs

    rule_packs.choose_landkreis(conn, "Breisgau-Hochschwarzwald")
    with clock.frozen(date(2026, 7, 1)):
        dues = {(d.recipient, d.scope.scope.key): d.due for d in stats.deadlines(conn)}
    assert dues == {("Landkreis", "school:school-1"): date(2026, 10, 31),
                    ("Landkreis", "school:school-2"): date(2026, 10, 31),
                    ("KVJS", "post:post-1"): date(2026, 10, 31)}
    states = {day: {i.state for i in overview.build_overview(conn, day).deadlines
                    if i.record_id.startswith("school:")}
              for day in (date(2026, 8, 1), date(2026, 10, 16), date(2026, 10, 17),
                          date(2026, 10, 31), date(2026, 11, 1))}
    assert states == {date(2026, 8, 1): {"normal"}, date(2026, 10, 16): {"normal"},
                      date(2026, 10, 17): {"due"}, date(2026, 10, 31): {"due"},
                      date(2026, 11, 1): {"overdue"}}


def test_a_landkreis_profile_per_post_moves_the_landkreis_delivery_to_the_post(conn, world):
    """A profile „je Stelle“: the Landkreis gets the post's figures by the profile's date
    (beside the KVJS delivery), no school is reminded; marking the post delivered ends
    both."""
    import json

    from ssa_desktop.domain import rule_pack as rp
    from ssa_desktop.services import rule_packs

    doc = json.loads(rp.shipped().text)
    doc.update(title="Testpaket je Stelle", school_years=[2025, 2026], landkreis_profiles=[
        {"name": "Musterkreis", "deadline": "09-15", "per": "post", "questions": []}])
    rule_packs.accept(conn, rp.parse(json.dumps(doc, ensure_ascii=False), "paket.json"))
    rule_packs.choose_landkreis(conn, "Musterkreis")
    assert _lines(conn, date(2026, 7, 1)) == [
        ("Landkreis: Statistik 2025/26 Stelle: Stelle Nord bis 15.09.2026 – 4 offene Hinweise",
         "normal"),
        ("KVJS: Statistik 2025/26 Stelle: Stelle Nord bis 31.10.2026 – 4 offene Hinweise",
         "normal")]
    with clock.frozen(date(2026, 9, 1)):
        assert [i.state for i in overview.delivery_items(conn, date(2026, 9, 1))] == [
            "due", "normal"]
        stats.mark_delivered(conn, fixture.YEAR, POST)
    assert _lines(conn, date(2026, 9, 2)) == []
