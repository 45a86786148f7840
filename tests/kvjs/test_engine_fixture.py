"""Every counting rule of docs/statistics.md on the hand-built fixture (tests/kvjs/fixture.py):
the expected figures are literal numbers counted by hand."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import persons
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo

from . import fixture

SCHOOL_1 = stats.Scope("school", "school-1")
SCHOOL_2 = stats.Scope("school", "school-2")
POST = stats.Scope("post", "post-1")


def _d(keys, **values):
    out = dict.fromkeys(keys, 0)
    out.update(values)
    return out


TOPICS = ("KON FAM SCH VER EMO GEW SUC SEX BER MIG KWG LEI FRE GES SON").split()
ROUTES = ("self", "teacher", "parents", "management", "peers", "youth_office", "other", "unknown")
REFERRALS = ("ASD", "EB", "SPS", "KJP", "SUC", "POL", "ARZ", "BER", "MIG", "OTH")
GRADES = tuple(str(g) for g in range(1, 14)) + ("unknown",)
NETWORK = ("GRE", "RT", "KFB", "GLK", "KOG", "SL", "GWA", "OTH")
CP = ("found", "need", "none", "open")
OUTCOMES = ("achieved", "partly", "not_achieved", "aborted", "referred", "unknown")
PURPOSES = ("SOZ", "PRV", "KON", "VKL", "UEB", "GES", "OTH")
TIME = ("EFH", "GRP", "OFF", "VNZ", "IND", "DOK", "ABS", "SUP", "FOB", "VER", "FAH", "SON", "EXTRA")

EXPECTED_SCHOOL_1 = {
    "pupils": 400, "post_percent": 50.0, "fte": 0.5, "posts_per_1000_pupils": 1.25,
    "efh_contacts": 6, "efh_minutes": 230, "efh_persons": 4, "efh_pupils": 2,
    "efh_pupils_by_gender": {"m": 1, "w": 1, "d": 0, "u": 0},
    "efh_pupils_by_grade": _d(GRADES, **{"7": 1, "5": 1}),
    "efh_contacts_with_parents": 3, "efh_contacts_with_teachers": 2,
    "efh_short_contacts": 3,
    "efh_topics": _d(TOPICS, KON=2, FAM=2, EMO=1, VER=1),
    "efh_access_routes": _d(ROUTES, teacher=1, parents=1, unknown=2),
    "efh_referrals": _d(REFERRALS, SPS=1, EB=1),
    "cp_8a_procedures": 1,
    "cp_8a_by_outcome": _d(CP, found=1), "cp_8a_jugendamt_informed": 1,
    "efh_cases_closed": 2, "efh_cases_by_outcome": _d(OUTCOMES, referred=1, achieved=1),
    "efh_referrals_by_target": _d(REFERRALS, SPS=1),
    "grp_by_purpose": _d(PURPOSES, SOZ=1, KON=2),
    "grp_participants_by_purpose": _d(PURPOSES, SOZ=24, KON=31),
    "grp_activities": 2, "grp_by_kind": {"group": 1, "class": 1, "project": 0},
    "grp_sessions": 4, "grp_minutes": 285, "grp_participants": 31,
    "grp_participants_by_gender": {"m": 15, "w": 15, "d": 1},
    "off_sessions": 2, "off_visitors": 20, "off_minutes": 60,
    "vnz_activities": 2, "vnz_by_kind": _d(NETWORK, RT=1, GLK=1), "vnz_minutes": 210,
    "time_minutes_by_category": _d(TIME, EFH=245, GRP=285, OFF=60, VNZ=210, IND=240),
}

EXPECTED_SCHOOL_2 = {
    "pupils": 250, "post_percent": 25.0, "fte": 0.25, "posts_per_1000_pupils": 1.0,
    "efh_contacts": 2, "efh_minutes": 75, "efh_persons": 1, "efh_pupils": 1,
    "efh_pupils_by_gender": {"m": 0, "w": 0, "d": 1, "u": 0},
    "efh_pupils_by_grade": _d(GRADES, unknown=1),
    "efh_contacts_with_parents": 0, "efh_contacts_with_teachers": 0,
    "efh_short_contacts": 2,
    "efh_topics": _d(TOPICS, GEW=1, SCH=1),
    "efh_access_routes": _d(ROUTES, peers=1),
    "efh_referrals": _d(REFERRALS, ASD=1),
    "cp_8a_procedures": 1,
    "cp_8a_by_outcome": _d(CP, need=1), "cp_8a_jugendamt_informed": 0,
    "efh_cases_closed": 1, "efh_cases_by_outcome": _d(OUTCOMES, partly=1),
    "efh_referrals_by_target": _d(REFERRALS),
    "grp_by_purpose": _d(PURPOSES, UEB=1),
    "grp_participants_by_purpose": _d(PURPOSES, UEB=22),
    "grp_activities": 1, "grp_by_kind": {"group": 0, "class": 0, "project": 1},
    "grp_sessions": 1, "grp_minutes": 300, "grp_participants": 22,
    "grp_participants_by_gender": {"m": 0, "w": 20, "d": 2},
    "off_sessions": 1, "off_visitors": 15, "off_minutes": 45,
    "vnz_activities": 1, "vnz_by_kind": _d(NETWORK, RT=1), "vnz_minutes": 60,
    "time_minutes_by_category": _d(TIME, EFH=95, GRP=300, OFF=45, VNZ=60, FOB=480),
}

EXPECTED_POST = {
    "pupils": 650, "post_percent": 75.0, "fte": 0.75, "posts_per_1000_pupils": 1.15,
    "efh_contacts": 8, "efh_minutes": 305, "efh_persons": 5, "efh_pupils": 3,
    "efh_pupils_by_gender": {"m": 1, "w": 1, "d": 1, "u": 0},
    "efh_pupils_by_grade": _d(GRADES, **{"7": 1, "5": 1, "unknown": 1}),
    "efh_contacts_with_parents": 3, "efh_contacts_with_teachers": 2,
    "efh_short_contacts": 5,
    "efh_topics": _d(TOPICS, KON=2, FAM=2, EMO=1, VER=1, GEW=1, SCH=1),
    "efh_access_routes": _d(ROUTES, teacher=1, parents=1, peers=1, unknown=2),
    "efh_referrals": _d(REFERRALS, SPS=1, EB=1, ASD=1),
    "cp_8a_procedures": 2,
    "cp_8a_by_outcome": _d(CP, found=1, need=1), "cp_8a_jugendamt_informed": 1,
    "efh_cases_closed": 3, "efh_cases_by_outcome": _d(OUTCOMES, referred=1, achieved=1, partly=1),
    "efh_referrals_by_target": _d(REFERRALS, SPS=1),
    "grp_by_purpose": _d(PURPOSES, SOZ=1, KON=2, UEB=1),
    "grp_participants_by_purpose": _d(PURPOSES, SOZ=24, KON=31, UEB=22),
    "grp_activities": 3, "grp_by_kind": {"group": 1, "class": 1, "project": 1},
    "grp_sessions": 5, "grp_minutes": 585, "grp_participants": 53,
    "grp_participants_by_gender": {"m": 15, "w": 35, "d": 3},
    "off_sessions": 3, "off_visitors": 35, "off_minutes": 105,
    "vnz_activities": 3, "vnz_by_kind": _d(NETWORK, RT=2, GLK=1), "vnz_minutes": 270,
    "time_minutes_by_category": _d(TIME, EFH=340, GRP=585, OFF=105, VNZ=270, IND=240, FOB=480),
}


@pytest.fixture
def world(conn):
    return fixture.build(conn)


@pytest.mark.parametrize(("scope", "expected"), [
    (SCHOOL_1, EXPECTED_SCHOOL_1), (SCHOOL_2, EXPECTED_SCHOOL_2), (POST, EXPECTED_POST)],
    ids=["school-1", "school-2", "post"])
def test_every_rule_on_the_hand_built_fixture(conn, world, scope, expected):
    assert stats.compute(conn, fixture.YEAR, scope) == expected


def test_previous_year_counts_the_case_again(conn, world):
    """Anna's case runs over two school years: she counts in both; Ben's § 8a of July 2025
    belongs to 2024/25."""
    before = stats.compute(conn, fixture.YEAR - 1, SCHOOL_1)
    assert (before["efh_contacts"], before["efh_pupils"], before["cp_8a_procedures"]) == (1, 1, 1)
    assert before["efh_access_routes"]["self"] == 1
    assert before["pupils"] == 380 and before["posts_per_1000_pupils"] == 1.32


def test_deleting_persons_cases_and_groups_changes_no_figure(conn, world):
    before = {s: stats.compute(conn, fixture.YEAR, s) for s in (SCHOOL_1, SCHOOL_2, POST)}
    for person in repo.PERSONS.all(conn):
        repo.PERSONS.delete(conn, person.id)   # cascades cases, contacts, procedures
    for group in repo.GROUPS.all(conn):
        repo.GROUPS.delete(conn, group.id)     # cascades sessions
    assert repo.CONTACTS.count(conn) == 0 and repo.GROUP_SESSIONS.count(conn) == 0
    assert {s: stats.compute(conn, fixture.YEAR, s) for s in before} == before


def test_a_corrected_grade_counts_in_the_current_year_only(conn, world):
    anna: Person = world["anna"]
    with clock.frozen(date(2026, 3, 1)):
        anna.grade = 8
        persons.save_person(conn, anna)
    now = stats.compute(conn, fixture.YEAR, SCHOOL_1)["efh_pupils_by_grade"]
    assert (now["7"], now["8"]) == (0, 1)
    assert stats.compute(conn, fixture.YEAR - 1, SCHOOL_1)["efh_pupils_by_grade"]["7"] == 1


def test_drill_down_shows_the_counted_records_without_names(conn, world):
    rows = stats.drill_down(conn, fixture.YEAR, SCHOOL_1, "efh_topics", "FAM")
    assert [(r.day, r.area, r.kind, r.minutes) for r in rows] == [
        ("10.09.2025", "Beratungskontakt", "Einzelberatung", 45),
        ("01.10.2025", "Beratungskontakt", "Einzelberatung", 30),
        ("01.12.2025", "Beratungskontakt", "Elterngespräch", 50)]
    assert len(stats.drill_down(conn, fixture.YEAR, POST, "grp_sessions")) == 5
    assert stats.drill_down(conn, fixture.YEAR, POST, "pupils") == []


def test_plausibility_names_each_problem_and_its_place(conn, world):
    with clock.frozen(date(2026, 11, 2)):
        codes = {f.code: f.area for f in stats.plausibility(conn, fixture.YEAR, SCHOOL_2)}
    # cem has no grade; school-2's recorded time is far below its 25 % share
    # and the post serving it has no Fachkräfte-Angaben (issue 31.1)
    assert codes == {"person_details": "persons", "staff": "settings", "time_coverage": "time"}
    repo.SCHOOL_PUPILS.delete(conn, "school-2", fixture.YEAR)
    repo.POST_SHARES.delete(conn, "post-1", "school-2", fixture.YEAR)
    with clock.frozen(date(2026, 11, 2)):
        codes = {f.code: f.area for f in stats.plausibility(conn, fixture.YEAR, SCHOOL_2)}
    assert codes == {"person_details": "persons", "pupils": "settings",
                     "post_share": "settings"}


def test_the_annual_report_shows_case_outcomes(conn, world):
    from ssa_desktop.domain.schoolyear import SchoolYear
    from ssa_desktop.services import annual_report

    figures = annual_report.kvjs_figures(conn, "school-1", SchoolYear(fixture.YEAR))
    tables = {t.title: t for t in figures.tables}
    assert tables["Abgeschlossene Fälle nach Ergebnis"].rows == (
        ("Ziel erreicht", (1,)), ("weitervermittelt", (1,)))
    assert tables["Weitervermittelte Fälle"].rows == (
        ("Schulpsychologische Beratungsstelle", (1,)),)
    assert ("Abgeschlossene Fälle", 2) in figures.key


def test_reopening_a_case_takes_its_outcome_out_of_the_year(conn, world):
    from ssa_desktop.services import persons as persons_svc

    case = repo.CASES.get(conn, world["case"].id)
    case.status = "open"
    persons_svc.save_case(conn, case)
    figures = stats.compute(conn, fixture.YEAR, SCHOOL_1)
    assert figures["efh_cases_closed"] == 1
    assert figures["efh_referrals_by_target"]["SPS"] == 0


def test_referred_needs_a_place(conn, world):
    with pytest.raises(persons.PersonError, match="wohin weitervermittelt"):
        persons.close_case(conn, world["case"].id, date(2026, 6, 30), "referred", "none")
