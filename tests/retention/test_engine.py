"""The retention engine (pure): states, due dates and the German explanations, with
hand-computed expected dates; hypothesis properties over generated facts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import options as opts
from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.retention_engine import Engine

D = date


def _person(**kw) -> rt.PersonFacts:
    base = dict(id="p1", kind="pupil", created=D(2024, 9, 1))
    base.update(kw)
    return rt.PersonFacts(**base)


def _one(facts: rt.VaultFacts, today: date, engine: Engine | None = None) -> rt.Assessment:
    return (engine or Engine()).evaluate(facts, today)[0]


def test_rule_table_has_r1_to_r13_and_the_optional_9b_rule():
    table = rt.rule_table()
    assert [r.code for r in table.rules] == [f"R{i}" for i in range(1, 14)] + ["R9b", "R14"]
    assert table.version == 2   # 2: R13 (issue 22) and R14 (issue 17)
    assert table["R9b"].optional and not rt.ENABLE_9B.default
    assert all(r.legal_basis for r in table.rules)
    assert table["R8"].period("months").minimum == 24
    assert rt.default_periods()["retention.R2.school_change"] == 6


def test_a_period_below_its_minimum_is_refused():
    option = opts.get_option("retention.R8.months")
    with pytest.raises(opts.OptionError, match="nicht kleiner als 24"):
        option.validate(12)
    assert option.validate(36) == 36


def test_leaving_makes_the_case_due_with_the_rules_words():
    a = _one(rt.VaultFacts([_person(leaving_date=D(2026, 8, 3))]), D(2026, 9, 1))
    assert (a.state, a.due, a.action, a.rule) == (rt.DUE, D(2026, 8, 3), rt.DELETE, "R2")
    assert a.reason == "fällig seit 03.08.2026 nach R2: Abgang + 0 Monate"


def test_before_the_due_date_the_record_is_active():
    a = _one(rt.VaultFacts([_person(leaving_date=D(2026, 8, 3))]), D(2026, 8, 2))
    assert (a.state, a.action) == (rt.ACTIVE, None)
    assert a.reason == "fällig am 03.08.2026 nach R2: Abgang + 0 Monate"


def test_school_change_is_due_six_months_later():
    a = _one(rt.VaultFacts([_person(school_change_date=D(2026, 2, 28))]), D(2026, 8, 28))
    assert (a.state, a.due) == (rt.DUE, D(2026, 8, 28))
    assert a.reason == "fällig seit 28.08.2026 nach R2: Schulwechsel + 6 Monate"


def test_configured_period_is_used():
    engine = Engine({"retention.R2.leaving": 3})
    a = _one(rt.VaultFacts([_person(leaving_date=D(2026, 7, 31))]), D(2026, 11, 1), engine)
    assert a.due == D(2026, 10, 31)
    assert a.reason.endswith("R2: Abgang + 3 Monate")


def test_closed_case_of_a_pupil_still_at_school_asks_for_review():
    a = _one(rt.VaultFacts([_person(case_closures=(D(2026, 3, 1),))]), D(2026, 4, 1))
    assert (a.state, a.action) == (rt.REVIEW, None)
    assert a.reason == "Fall abgeschlossen am 01.03.2026; Prüfung nach R2"


def test_hold_blocks_and_names_its_reason_and_review():
    facts = rt.VaultFacts([_person(leaving_date=D(2026, 1, 10))], holds=[
        rt.Hold("h1", "p1", "legal_claim", D(2026, 2, 1), D(2026, 12, 1))])
    a = _one(facts, D(2026, 6, 1))
    assert (a.state, a.action) == (rt.HOLD, None)
    assert a.reason.startswith("Sperre seit 01.02.2026 (Geltendmachung von Rechtsansprüchen),"
                               " Überprüfung am 01.12.2026; ohne Sperre fällig seit 10.01.2026")


def test_cp_with_youth_office_needs_a_decision_and_is_asked_again_yearly():
    person = _person(leaving_date=D(2026, 7, 31), cp_youth_office=True)
    a = _one(rt.VaultFacts([person]), D(2026, 9, 1))
    assert (a.state, a.action, a.rule) == (rt.DUE, rt.DECIDE, "R5")
    keep = rt.Decision("p1", "keep", D(2026, 9, 2), D(2027, 9, 2))
    kept = _one(rt.VaultFacts([person], decisions=[keep]), D(2027, 9, 1))
    assert (kept.state, kept.action) == (rt.HOLD, None)
    again = _one(rt.VaultFacts([person], decisions=[keep]), D(2027, 9, 2))
    assert (again.state, again.action) == (rt.DUE, rt.DECIDE)
    assert again.reason.startswith("erneute Entscheidung fällig seit 02.09.2027 nach R5")
    delete = rt.Decision("p1", "delete", D(2026, 9, 2), D(2027, 9, 2))
    assert _one(rt.VaultFacts([person], decisions=[delete]), D(2026, 9, 3)).action == rt.DELETE


def test_restrict_decision_is_asked_again_after_a_year():
    person = _person(leaving_date=D(2026, 7, 31), cp_youth_office=True,
                     case_closures=(D(2026, 1, 31),), has_guardian_contact=True)
    facts = rt.VaultFacts(
        [person], decisions=[rt.Decision("p1", "restrict", D(2026, 9, 2), D(2027, 9, 2))],
        restrictions=[rt.Restriction("p1", rt.CP_DECISION, D(2026, 9, 2))])
    during = Engine().evaluate(facts, D(2027, 9, 1))
    assert [(a.record_kind, a.state) for a in during] == [("person", rt.RESTRICTED)]
    again = Engine().evaluate(facts, D(2027, 9, 2))
    assert [(a.state, a.action) for a in again] == [(rt.DUE, rt.DECIDE)]


def test_open_cp_procedure_is_never_due():
    a = _one(rt.VaultFacts([_person(leaving_date=D(2026, 1, 1), cp_open=True)]), D(2026, 9, 1))
    assert (a.state, a.action) == (rt.ACTIVE, None)


def test_9b_restricts_instead_of_deleting_only_when_enabled_and_classified():
    person = _person(leaving_date=D(2026, 7, 31), birth_year=2010)
    facts = rt.VaultFacts([person], marks_9b=frozenset({"p1"}))
    assert _one(facts, D(2026, 9, 1)).action == rt.DELETE
    a = _one(facts, D(2026, 9, 1), Engine(enable_9b=True))
    assert (a.action, a.rule) == (rt.RESTRICT, "R9b")
    restricted = rt.VaultFacts([person], restrictions=[
        rt.Restriction("p1", rt.MARK_9B, D(2026, 9, 1))])
    r = _one(restricted, D(2026, 9, 2), Engine(enable_9b=True))
    assert (r.state, r.due) == (rt.RESTRICTED, D(2110, 12, 31))
    assert _one(restricted, D(2110, 12, 31), Engine(enable_9b=True)).state == rt.DUE


def test_third_party_contact_data_and_other_kinds():
    guardian = rt.PersonFacts("g1", "guardian", D(2025, 1, 1), last_contact=D(2025, 3, 15))
    pupil = _person(id="p2", case_closures=(D(2026, 1, 31),), has_guardian_contact=True)
    facts = rt.VaultFacts(
        [guardian, pupil],
        notes=[rt.NoteFacts("n1", D(2026, 5, 1), D(2026, 6, 30))],
        groups=[rt.GroupFacts("g-24", 2024, reported=True, has_name_list=True)],
        time_months=[rt.TimeMonthFacts(D(2024, 2, 1), 10)],
        disclosures=[rt.DisclosureFacts("d1", D(2026, 1, 15))])
    got = {(a.record_kind, a.record_id): a for a in Engine().evaluate(facts, D(2026, 8, 1))}
    assert got["person", "g1"].due == D(2025, 9, 15)
    assert got["guardian_contact", "p2"].due == D(2026, 7, 31)
    assert got["guardian_contact", "p2"].action == rt.CLEAR
    assert got["working_note", "n1"].due == D(2026, 5, 31)
    assert got["working_note", "n1"].reason == "fällig seit 31.05.2026 nach R3: Anlage + 30 Tage"
    assert got["group", "g-24"].due == D(2026, 7, 31)
    assert got["name_list", "g-24"].due == D(2025, 7, 31)
    assert got["time_month", "2024-02"].due == D(2026, 2, 28)
    assert got["disclosure", "d1"].due == D(2029, 1, 15)
    assert got["disclosure", "d1"].state == rt.ACTIVE


def test_add_months_keeps_the_end_of_month():
    assert rt.add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert rt.add_months(D(2024, 8, 31), -6) == D(2024, 2, 29)
    assert rt.add_months(D(2026, 11, 30), 14) == D(2028, 1, 30)


# -- properties ---------------------------------------------------------------------------
days = st.dates(min_value=D(2018, 1, 1), max_value=D(2032, 12, 31))
persons = st.builds(
    rt.PersonFacts, id=st.uuids().map(lambda u: u.hex), kind=st.sampled_from(["pupil", "guardian"]),
    created=days, leaving_date=st.none() | days, school_change_date=st.none() | days,
    birth_year=st.none() | st.integers(2000, 2020),
    case_closures=st.lists(st.none() | days, max_size=3).map(tuple),
    last_contact=st.none() | days, cp_youth_office=st.booleans(), cp_open=st.booleans(),
    has_guardian_contact=st.booleans())


@settings(max_examples=300, deadline=None)
@given(st.lists(persons, max_size=6, unique_by=lambda p: p.id), days,
       st.lists(st.booleans(), min_size=6, max_size=6), st.booleans())
def test_properties_of_the_engine(people, today, held, enable_9b):
    holds = [rt.Hold(f"h{i}", p.id, "legal_claim", today - timedelta(days=1), today)
             for i, p in enumerate(people) if held[i]]
    facts = rt.VaultFacts(people, holds=holds,
                          marks_9b=frozenset(p.id for p in people[::2]))
    engine = Engine(enable_9b=enable_9b)
    result = engine.evaluate(facts, today)
    assert result == engine.evaluate(facts, today)  # deterministic
    held_ids = {h.record_id for h in holds}
    for a in result:
        assert a.state in rt.STATES
        if a.action is not None:          # something to do only when due, and never held
            assert a.state == rt.DUE and a.due is not None and a.due <= today
            assert a.record_id not in held_ids
        if a.record_id in held_ids:
            assert a.action is None
    for p in people:   # everything due is proposed: a pupil past leaving without hold etc.
        if (p.kind == "pupil" and p.leaving_date and p.leaving_date <= today
                and p.id not in held_ids and not p.cp_open):
            person = next(a for a in result if a.record_kind == "person" and a.record_id == p.id)
            assert person.state == rt.DUE and person.action is not None


# -- review findings ------------------------------------------------------------------------
def test_parents_contact_data_stay_while_a_child_protection_procedure_is_open():
    # case closed 31.01.2026, R9 would clear the parents' numbers on 31.07.2026; an open
    # § 8a procedure (or one with the Jugendamt, waiting for its R5 decision) keeps them
    for cp in (dict(cp_open=True), dict(cp_youth_office=True)):
        pupil = _person(case_closures=(D(2026, 1, 31),), has_guardian_contact=True, **cp)
        got = Engine().evaluate(rt.VaultFacts([pupil]), D(2026, 9, 1))
        assert [a for a in got if a.record_kind == "guardian_contact" and a.action] == []


def test_a_planned_appointment_keeps_a_third_partys_contact_data():
    # created 01.01.2025, last contact 15.03.2025 (R9 alone: due 15.09.2025); an
    # appointment on 20.10.2025 means the counselling has not ended: due 20.04.2026
    guardian = rt.PersonFacts("g1", "guardian", D(2025, 1, 1), last_contact=D(2025, 3, 15),
                              last_appointment=D(2025, 10, 20))
    a = _one(rt.VaultFacts([guardian]), D(2025, 10, 1))
    assert (a.state, a.due, a.action) == (rt.ACTIVE, D(2026, 4, 20), None)
    assert _one(rt.VaultFacts([guardian]), D(2026, 4, 20)).state == rt.DUE


persons_full = st.builds(
    rt.PersonFacts, id=st.uuids().map(lambda u: u.hex),
    kind=st.sampled_from(["pupil", "guardian", "teacher"]),
    created=days, leaving_date=st.none() | days, school_change_date=st.none() | days,
    birth_year=st.none() | st.integers(2000, 2020),
    case_closures=st.lists(st.none() | days, max_size=3).map(tuple),
    last_contact=st.none() | days, cp_youth_office=st.booleans(), cp_open=st.booleans(),
    has_guardian_contact=st.booleans(), last_appointment=st.none() | days)


def _earliest(p: rt.PersonFacts, kind: str) -> date | None:
    """Independent oracle: the first day a deletion of ``kind`` is lawful (None: never
    automatic), from the rule table's default periods (R2 0/6 months, R9 6 months)."""
    six = lambda d: rt.add_months(d, 6)   # noqa: E731
    if p.cp_open:
        return None
    if kind == "guardian_contact":
        if p.cp_youth_office or None in p.case_closures or not p.case_closures:
            return None
        return six(max(p.case_closures))
    if p.kind == "pupil":
        days_ = [d for d in (p.leaving_date,) if d] + [six(d) for d in (p.school_change_date,)
                                                         if d]
        return min(days_) if days_ else None
    if None in p.case_closures:
        return None
    ends = [d for d in (*p.case_closures, p.last_contact, p.last_appointment) if d]
    return six(max(ends)) if ends else six(p.created)


@settings(max_examples=400, deadline=None)
@given(st.lists(persons_full, max_size=5, unique_by=lambda p: p.id), days)
def test_nothing_is_deleted_or_cleared_before_its_lawful_day(people, today):
    by_id = {p.id: p for p in people}
    for a in Engine().evaluate(rt.VaultFacts(people), today):
        if a.action in (rt.DELETE, rt.CLEAR) and a.record_kind in ("person", "guardian_contact"):
            earliest = _earliest(by_id[a.record_id], a.record_kind)
            assert earliest is not None and earliest <= today, (a, by_id[a.record_id])


def test_a_review_that_finds_the_documentation_no_longer_needed_makes_it_due():
    # R2: prompt at case closure (01.03.2026); decided on 10.03.2026: not needed any more
    pupil = _person(case_closures=(D(2026, 3, 1),))
    decided = rt.Decision("p1", rt.NOT_NEEDED, D(2026, 3, 10), D(2026, 3, 10))
    a = _one(rt.VaultFacts([pupil], decisions=[decided]), D(2026, 3, 10))
    assert (a.state, a.due, a.action, a.rule) == (rt.DUE, D(2026, 3, 10), rt.DELETE, "R2")
    assert a.reason == ("fällig seit 10.03.2026 nach R2: Fall abgeschlossen am 01.03.2026, "
                        "bei der Prüfung am 10.03.2026 als nicht mehr benötigt entschieden")
    # a decision from before the last closure (a case reopened and closed again) counts not
    later = _person(case_closures=(D(2026, 3, 1), D(2026, 5, 4)))
    assert _one(rt.VaultFacts([later], decisions=[decided]), D(2026, 6, 1)).state == rt.REVIEW
    # an open case again: active, nothing due
    reopened = _person(case_closures=(D(2026, 3, 1), None))
    assert _one(rt.VaultFacts([reopened], decisions=[decided]), D(2026, 6, 1)).state == rt.ACTIVE


def test_the_assessments_come_by_due_day_then_kind_then_id():
    """The list a worker reads (and every use case walks): earliest due first, a day's
    records by kind, then by id; those without a due day last. Input order is the
    reverse, so each of the three sorts is needed (found by statement deletion)."""
    facts = rt.VaultFacts(
        persons=[_person(id="p-none"), _person(id="a-y", leaving_date=D(2024, 7, 31)),
                 _person(id="p-early", leaving_date=D(2024, 3, 1))],
        groups=[rt.GroupFacts("g-b", 2023, True, True), rt.GroupFacts("g-a", 2023, True, True)])
    got = [(a.record_kind, a.record_id, a.due) for a in Engine().evaluate(facts, D(2026, 9, 1))]
    assert got == [("person", "p-early", D(2024, 3, 1)),
                   ("name_list", "g-a", D(2024, 7, 31)), ("name_list", "g-b", D(2024, 7, 31)),
                   ("person", "a-y", D(2024, 7, 31)),   # its id before theirs: kind first
                   ("group", "g-a", D(2025, 7, 31)), ("group", "g-b", D(2025, 7, 31)),
                   ("person", "p-none", None)]


def test_without_a_day_the_engine_assesses_on_the_clocks_today():
    from ssa_desktop.domain import clock

    facts = rt.VaultFacts([_person(leaving_date=D(2026, 8, 3))])
    with clock.frozen(D(2026, 8, 2)):
        [a] = Engine().evaluate(facts)
    assert (a.state, a.due) == (rt.ACTIVE, D(2026, 8, 3))
