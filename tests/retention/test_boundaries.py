"""Every due-date comparison of the retention engine at its boundary: the day before the
due date nothing is due, on the due date it is (``due <= today``). Each kind of record,
each tie between two rules and each review date, with hand-computed dates; a property
whose days are drawn around the due date so that the boundary itself is always tried."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.retention_engine import Engine

D = date
ONE = timedelta(days=1)


def _pupil(**kw) -> rt.PersonFacts:
    return rt.PersonFacts(**{"id": "p1", "kind": "pupil", "created": D(2024, 9, 1), **kw})


def _find(facts: rt.VaultFacts, kind: str, record_id: str, today: date,
          engine: Engine | None = None) -> rt.Assessment | None:
    got = (engine or Engine()).evaluate(facts, today)
    return next((a for a in got if (a.record_kind, a.record_id) == (kind, record_id)), None)


# (name, facts, record kind, record id, hand-computed due date, action when due, engine)
CASES = [
    ("R2 leaving + 0 months", rt.VaultFacts([_pupil(leaving_date=D(2026, 8, 3))]),
     "person", "p1", D(2026, 8, 3), rt.DELETE, None),
    ("R2 school change + 6 months", rt.VaultFacts([_pupil(school_change_date=D(2026, 2, 28))]),
     "person", "p1", D(2026, 8, 28), rt.DELETE, None),
    ("R9 last contact + 6 months", rt.VaultFacts([rt.PersonFacts(
        "g1", "guardian", D(2025, 1, 1), last_contact=D(2025, 3, 15))]),
     "person", "g1", D(2025, 9, 15), rt.DELETE, None),
    ("R9 created + 6 months (no contact)", rt.VaultFacts([rt.PersonFacts(
        "g1", "teacher", D(2025, 1, 1))]),
     "person", "g1", D(2025, 7, 1), rt.DELETE, None),
    ("R9 planned appointment + 6 months", rt.VaultFacts([rt.PersonFacts(
        "g1", "guardian", D(2025, 1, 1), last_contact=D(2025, 3, 15),
        last_appointment=D(2025, 10, 20))]),
     "person", "g1", D(2026, 4, 20), rt.DELETE, None),
    ("R9 parents' contact data after case closure", rt.VaultFacts([_pupil(
        case_closures=(D(2026, 1, 31),), has_guardian_contact=True)]),
     "guardian_contact", "p1", D(2026, 7, 31), rt.CLEAR, None),
    ("R3 note created + 30 days", rt.VaultFacts(notes=[rt.NoteFacts(
        "n1", D(2026, 5, 1), D(2026, 12, 31))]),
     "working_note", "n1", D(2026, 5, 31), rt.DELETE, None),
    ("R3 note's own expiry", rt.VaultFacts(notes=[rt.NoteFacts(
        "n1", D(2026, 5, 1), D(2026, 5, 10))]),
     "working_note", "n1", D(2026, 5, 10), rt.DELETE, None),
    ("R4 group: school year end + 12 months", rt.VaultFacts(groups=[rt.GroupFacts("g", 2024)]),
     "group", "g", D(2026, 7, 31), rt.DELETE, None),
    ("R4 name list: school year end + 0 months", rt.VaultFacts(groups=[rt.GroupFacts(
        "g", 2024, reported=True, has_name_list=True)]),
     "name_list", "g", D(2025, 7, 31), rt.CLEAR, None),
    ("R8 time month: month end + 24 months", rt.VaultFacts(time_months=[rt.TimeMonthFacts(
        D(2024, 2, 1), 3)]),
     "time_month", "2024-02", D(2026, 2, 28), rt.DELETE, None),
    ("R10 disclosure: person deleted + 36 months", rt.VaultFacts(disclosures=[
        rt.DisclosureFacts("d1", D(2026, 1, 15))]),
     "disclosure", "d1", D(2029, 1, 15), rt.DELETE, None),
    ("R5 § 8a with Jugendamt: decision due", rt.VaultFacts([_pupil(
        leaving_date=D(2026, 7, 31), cp_youth_office=True)]),
     "person", "p1", D(2026, 7, 31), rt.DECIDE, None),
    ("R9b classified and enabled: restrict", rt.VaultFacts(
        [_pupil(leaving_date=D(2026, 7, 31), birth_year=2010)], marks_9b=frozenset({"p1"})),
     "person", "p1", D(2026, 7, 31), rt.RESTRICT, Engine(enable_9b=True)),
    ("R9b restricted until 31.12. of the 30th year + 70 years", rt.VaultFacts(
        [_pupil(leaving_date=D(2026, 7, 31), birth_year=2010)],
        restrictions=[rt.Restriction("p1", rt.MARK_9B, D(2026, 9, 1))]),
     "person", "p1", D(2110, 12, 31), rt.DELETE, Engine(enable_9b=True)),
]


@pytest.mark.parametrize(("facts", "kind", "record_id", "due", "action", "engine"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_due_exactly_on_the_due_date(facts, kind, record_id, due, action, engine):
    before = _find(facts, kind, record_id, due - ONE, engine)
    on = _find(facts, kind, record_id, due, engine)
    after = _find(facts, kind, record_id, due + ONE, engine)
    assert before.due == on.due == after.due == due
    assert before.state != rt.DUE and before.action is None
    assert (on.state, on.action) == (rt.DUE, action)
    assert (after.state, after.action) == (rt.DUE, action)
    assert f"fällig am {due:%d.%m.%Y}" in before.reason
    assert f"fällig seit {due:%d.%m.%Y}" in on.reason


def test_the_earlier_of_leaving_and_school_change_counts():
    # school change 31.01.2026 (+ 6 months: 31.07.2026) against leaving on the same day
    tie = rt.VaultFacts([_pupil(leaving_date=D(2026, 7, 31), school_change_date=D(2026, 1, 31))])
    assert _find(tie, "person", "p1", D(2026, 7, 31)).due == D(2026, 7, 31)
    leaving_first = rt.VaultFacts([_pupil(leaving_date=D(2026, 7, 30),
                                          school_change_date=D(2026, 1, 31))])
    a = _find(leaving_first, "person", "p1", D(2026, 7, 30))
    assert (a.state, a.due) == (rt.DUE, D(2026, 7, 30)) and "Abgang" in a.reason
    change_first = rt.VaultFacts([_pupil(leaving_date=D(2026, 8, 1),
                                         school_change_date=D(2026, 1, 31))])
    a = _find(change_first, "person", "p1", D(2026, 7, 31))
    assert (a.state, a.due) == (rt.DUE, D(2026, 7, 31)) and "Schulwechsel" in a.reason


def test_parents_contact_data_are_cleared_separately_only_before_the_case_itself():
    # case closed 31.01.2026: the parents' data are due 31.07.2026 (R9)
    closed = dict(case_closures=(D(2026, 1, 31),), has_guardian_contact=True)
    same_day = rt.VaultFacts([_pupil(leaving_date=D(2026, 7, 31), **closed)])
    assert _find(same_day, "guardian_contact", "p1", D(2026, 7, 31)) is None
    day_later = rt.VaultFacts([_pupil(leaving_date=D(2026, 8, 1), **closed)])
    a = _find(day_later, "guardian_contact", "p1", D(2026, 7, 31))
    assert (a.state, a.due, a.action) == (rt.DUE, D(2026, 7, 31), rt.CLEAR)


def test_the_name_list_is_cleared_separately_only_before_the_group_itself():
    # school year 2024/25 ends 31.07.2025; the group is due 31.07.2026 (12 months)
    group = rt.VaultFacts(groups=[rt.GroupFacts("g", 2024, reported=True, has_name_list=True)])
    same = Engine({"retention.R4.names": 12})
    assert _find(group, "name_list", "g", D(2026, 7, 31), same) is None
    earlier = Engine({"retention.R4.names": 11})
    a = _find(group, "name_list", "g", D(2026, 6, 30), earlier)
    assert (a.state, a.due, a.action) == (rt.DUE, D(2026, 6, 30), rt.CLEAR)
    unreported = rt.VaultFacts(groups=[rt.GroupFacts("g", 2024, has_name_list=True)])
    assert _find(unreported, "name_list", "g", D(2026, 7, 31)) is None


def test_a_notes_own_expiry_on_the_thirtieth_day_names_the_period():
    # created 01.05.2026 + 30 days = 31.05.2026 = its expiry: the rule's words
    on_day = rt.VaultFacts(notes=[rt.NoteFacts("n1", D(2026, 5, 1), D(2026, 5, 31))])
    assert _find(on_day, "working_note", "n1", D(2026, 6, 1)).reason.endswith(
        "R3: Anlage + 30 Tage")
    earlier = rt.VaultFacts(notes=[rt.NoteFacts("n1", D(2026, 5, 1), D(2026, 5, 30))])
    assert _find(earlier, "working_note", "n1", D(2026, 6, 1)).reason.endswith(
        "(Ablaufdatum der Notiz)")


def test_a_hold_blocks_from_the_due_date_and_its_review_is_due_on_its_day():
    hold = rt.Hold("h1", "p1", "legal_claim", D(2026, 2, 1), D(2026, 12, 1))
    facts = rt.VaultFacts([_pupil(leaving_date=D(2026, 8, 3))], holds=[hold])
    assert _find(facts, "person", "p1", D(2026, 8, 2)).state == rt.ACTIVE
    assert _find(facts, "person", "p1", D(2026, 8, 3)).state == rt.HOLD
    assert "Überprüfung am 01.12.2026" in _find(facts, "person", "p1", D(2026, 11, 30)).reason
    review = _find(facts, "person", "p1", D(2026, 12, 1))
    assert (review.state, review.action) == (rt.HOLD, None)
    assert "Überprüfung fällig seit 01.12.2026" in review.reason


def test_the_latest_hold_names_the_reason():
    holds = [rt.Hold("h1", "p1", "legal_claim", D(2026, 2, 1), D(2026, 12, 1)),
             rt.Hold("h2", "p1", "auskunft", D(2026, 3, 1), D(2027, 3, 1))]
    facts = rt.VaultFacts([_pupil(leaving_date=D(2026, 1, 10))], holds=holds)
    a = _find(facts, "person", "p1", D(2026, 6, 1))
    assert a.reason.startswith("Sperre seit 01.03.2026 (Auskunftsersuchen offen), "
                               "Überprüfung am 01.03.2027")


@pytest.mark.parametrize(("kind", "facts", "record_id", "due"), [
    ("working_note", rt.VaultFacts(notes=[rt.NoteFacts("n1", D(2026, 5, 1), D(2026, 12, 31),
                                                       person_id="p9")],
                                   holds=[rt.Hold("h", "p9", "auskunft", D(2026, 1, 1),
                                                  D(2027, 1, 1))]), "n1", D(2026, 5, 31)),
    ("group", rt.VaultFacts(groups=[rt.GroupFacts("g", 2024)],
                            holds=[rt.Hold("h", "g", "auskunft", D(2026, 1, 1),
                                           D(2027, 1, 1))]), "g", D(2026, 7, 31)),
])
def test_held_notes_and_groups_from_their_due_date(kind, facts, record_id, due):
    assert _find(facts, kind, record_id, due - ONE).state == rt.ACTIVE
    assert (_find(facts, kind, record_id, due).state,
            _find(facts, kind, record_id, due).action) == (rt.HOLD, None)


def test_an_r5_decision_is_asked_again_on_its_review_day():
    person = _pupil(leaving_date=D(2026, 7, 31), cp_youth_office=True)
    keep = rt.Decision("p1", "keep", D(2026, 9, 2), D(2027, 9, 2))
    facts = rt.VaultFacts([person], decisions=[keep])
    assert (_find(facts, "person", "p1", D(2027, 9, 1)).state,
            _find(facts, "person", "p1", D(2027, 9, 1)).action) == (rt.HOLD, None)
    again = _find(facts, "person", "p1", D(2027, 9, 2))
    assert (again.state, again.due, again.action) == (rt.DUE, D(2027, 9, 2), rt.DECIDE)
    restricted = rt.VaultFacts([person], decisions=[
        rt.Decision("p1", "restrict", D(2026, 9, 2), D(2027, 9, 2))],
        restrictions=[rt.Restriction("p1", rt.CP_DECISION, D(2026, 9, 2))])
    assert _find(restricted, "person", "p1", D(2027, 9, 1)).state == rt.RESTRICTED
    assert _find(restricted, "person", "p1", D(2027, 9, 2)).action == rt.DECIDE


def test_the_yearly_r5_review_is_asked_before_the_file_is_due_too():
    """Issue 20: the decision taken at the procedure's closure (one store) is asked again
    on its review day while the pupil is still at school; a decision "löschen" then
    never deletes a file that is not due, and an open procedure asks nothing."""
    closed = D(2025, 10, 6)
    person = _pupil(case_closures=(closed,), cp_youth_office=True)
    for decision in ("keep", "delete", "restrict"):
        facts = rt.VaultFacts([person], decisions=[
            rt.Decision("p1", decision, closed, D(2026, 10, 6))])
        before = _find(facts, "person", "p1", D(2026, 10, 5))
        assert (before.state, before.action) == (rt.REVIEW, None), decision
        on = _find(facts, "person", "p1", D(2026, 10, 6))
        assert (on.state, on.rule, on.due, on.action) == (
            rt.DUE, "R5", D(2026, 10, 6), rt.DECIDE), decision
        assert on.reason.startswith("erneute Entscheidung fällig seit 06.10.2026"), decision
    keep = [rt.Decision("p1", "keep", closed, D(2026, 10, 6))]
    still_open = rt.VaultFacts([_pupil(case_closures=(closed,), cp_youth_office=True,
                                       cp_open=True)], decisions=keep)
    assert _find(still_open, "person", "p1", D(2027, 1, 1)).action is None
    without_office = rt.VaultFacts([_pupil(case_closures=(closed,))], decisions=keep)
    assert _find(without_office, "person", "p1", D(2027, 1, 1)).state == rt.REVIEW
    restricted = rt.VaultFacts([person], decisions=[
        rt.Decision("p1", "restrict", closed, D(2026, 10, 6))],
        restrictions=[rt.Restriction("p1", rt.CP_DECISION, closed)])
    assert _find(restricted, "person", "p1", D(2026, 10, 5)).state == rt.RESTRICTED
    assert _find(restricted, "person", "p1", D(2026, 10, 6)).action == rt.DECIDE


def test_a_not_needed_review_counts_from_the_closure_day_on():
    closed = D(2026, 3, 1)
    pupil = _pupil(case_closures=(closed,))
    same_day = rt.Decision("p1", rt.NOT_NEEDED, closed, closed)
    a = _find(rt.VaultFacts([pupil], decisions=[same_day]), "person", "p1", closed)
    assert (a.state, a.due, a.action) == (rt.DUE, closed, rt.DELETE)
    day_before = rt.Decision("p1", rt.NOT_NEEDED, closed - ONE, closed - ONE)
    a = _find(rt.VaultFacts([pupil], decisions=[day_before]), "person", "p1", closed)
    assert (a.state, a.action) == (rt.REVIEW, None)


def test_a_not_needed_review_waits_for_child_protection():
    closed = D(2026, 3, 1)
    decision = rt.Decision("p1", rt.NOT_NEEDED, closed, closed)
    for cp in (dict(cp_youth_office=True), dict(cp_open=True)):
        pupil = _pupil(case_closures=(closed,), **cp)
        a = _find(rt.VaultFacts([pupil], decisions=[decision]), "person", "p1", D(2026, 6, 1))
        assert a.state != rt.DUE and a.action is None


# -- property: days drawn around the due date, the boundary itself always among them ------
simple = st.sampled_from([c for c in CASES if c[6] is None and c[2] != "person"
                          or c[0].startswith("R2")])


@given(simple, st.integers(-3, 3))
@example(CASES[0], 0)
@example(CASES[0], -1)
@example(CASES[6], 0)
@example(CASES[6], -1)
def test_due_exactly_when_the_day_has_come(case, offset):
    _name, facts, kind, record_id, due, action, _engine = case
    a = _find(facts, kind, record_id, due + timedelta(days=offset))
    assert (a.state == rt.DUE) == (offset >= 0)
    assert a.action == (action if offset >= 0 else None)


def test_held_parents_contact_data_and_the_exact_reasons():
    # case closed 31.01.2026: parents' data due 31.07.2026 (R9); a hold on the pupil holds them
    hold = rt.Hold("h1", "p1", "legal_claim", D(2026, 2, 1), D(2026, 8, 1))
    pupil = _pupil(case_closures=(D(2026, 1, 31),), has_guardian_contact=True)
    held = _find(rt.VaultFacts([pupil], holds=[hold]), "guardian_contact", "p1", D(2026, 8, 1))
    assert (held.state, held.action, held.rule, held.category) == (
        rt.HOLD, None, "R9", "third_party")
    assert held.reason.startswith("Sperre seit 01.02.2026 (Geltendmachung von Rechtsansprüchen),"
                                  " Überprüfung fällig seit 01.08.2026; ohne Sperre fällig seit")
    before = _find(rt.VaultFacts([pupil], holds=[hold]), "guardian_contact", "p1", D(2026, 7, 30))
    assert (before.state, before.action) == (rt.ACTIVE, None)
    still_open = _find(rt.VaultFacts([_pupil()]), "person", "p1", D(2026, 8, 1))
    assert still_open.reason == "keine Löschfrist erreicht"
    cp = _find(rt.VaultFacts([_pupil(leaving_date=D(2026, 7, 31), cp_youth_office=True)]),
               "person", "p1", D(2026, 8, 1))
    assert (cp.rule, cp.category) == ("R5", "child_protection")
    assert cp.reason == ("fällig seit 31.07.2026 nach R2: Abgang + 0 Monate; § 8a mit "
                         "Jugendamt: Entscheidung nötig (R5)")
    marked = rt.VaultFacts([_pupil(leaving_date=D(2026, 7, 31))], marks_9b=frozenset({"p1"}))
    b9 = _find(marked, "person", "p1", D(2026, 8, 1), Engine(enable_9b=True))
    assert (b9.rule, b9.category) == ("R9b", "case_9b")
    assert b9.reason == ("fällig seit 31.07.2026 nach R2: Abgang + 0 Monate; § 9b: "
                         "einschränken statt löschen")
    still = _find(rt.VaultFacts([_pupil(leaving_date=D(2026, 7, 31), cp_open=True)]),
                  "person", "p1", D(2026, 8, 1))
    assert still.reason == ("fällig seit 31.07.2026 nach R2: Abgang + 0 Monate; Verfahren nach "
                            "§ 8a noch offen")


# -- found by mutation testing (docs/testing.md): rule, category and reason, literally ------
def test_a_pupil_is_assessed_under_r2_case_with_or_without_a_due_date():
    at_school = _find(rt.VaultFacts([_pupil()]), "person", "p1", D(2026, 8, 1))
    assert (at_school.rule, at_school.category, at_school.due) == ("R2", "case", None)
    left = _find(rt.VaultFacts([_pupil(leaving_date=D(2026, 7, 31))]), "person", "p1",
                 D(2026, 8, 1))
    assert (left.rule, left.category, left.due) == ("R2", "case", D(2026, 7, 31))


def test_a_9b_classification_is_named_only_when_enabled_and_classified():
    # no due date yet (still at school): the reason announces the restriction to come
    marked = rt.VaultFacts([_pupil()], marks_9b=frozenset({"p1"}))
    on = Engine(enable_9b=True)
    assert _find(marked, "person", "p1", D(2026, 8, 1), on).reason == (
        "keine Löschfrist erreicht; nach § 9b eingeordnet: bei Fälligkeit einschränken "
        "statt löschen")
    assert _find(marked, "person", "p1", D(2026, 8, 1)).reason == "keine Löschfrist erreicht"
    unmarked = rt.VaultFacts([_pupil()])
    assert _find(unmarked, "person", "p1", D(2026, 8, 1), on).reason == (
        "keine Löschfrist erreicht")


def test_a_third_partys_open_case_keeps_the_contact_data():
    # last contact 15.03.2025 (+ 6 months: 15.09.2025), but a case with her is still open
    open_case = rt.PersonFacts("g1", "guardian", D(2025, 1, 1), last_contact=D(2025, 3, 15),
                               case_closures=(None,))
    a = _find(rt.VaultFacts([open_case]), "person", "g1", D(2026, 8, 1))
    assert (a.rule, a.category, a.state, a.due, a.action) == (
        "R9", "third_party", rt.ACTIVE, None, None)
    assert a.reason == "keine Löschfrist erreicht"


def test_a_third_partys_case_closed_after_the_last_contact_counts_from_the_closure():
    # last contact 15.03.2025, case closed 31.05.2025: + 6 months = 30.11.2025
    closed = rt.PersonFacts("g1", "guardian", D(2025, 1, 1), last_contact=D(2025, 3, 15),
                            case_closures=(D(2025, 5, 31),))
    before = _find(rt.VaultFacts([closed]), "person", "g1", D(2025, 11, 29))
    assert (before.state, before.due, before.trigger_day) == (
        rt.ACTIVE, D(2025, 11, 30), D(2025, 5, 31))
    on = _find(rt.VaultFacts([closed]), "person", "g1", D(2025, 11, 30))
    assert (on.rule, on.category, on.state, on.action) == (
        "R9", "third_party", rt.DUE, rt.DELETE)


def test_a_restriction_on_request_keeps_the_rule_and_names_its_day():
    # born 2010 (the § 9b period does not apply to a restriction on request): R2 stays
    facts = rt.VaultFacts([_pupil(leaving_date=D(2026, 7, 31), birth_year=2010)],
                          restrictions=[rt.Restriction("p1", "request", D(2026, 9, 1))])
    a = _find(facts, "person", "p1", D(2026, 9, 2), Engine(enable_9b=True))
    assert (a.rule, a.category, a.state, a.due, a.action) == (
        "R2", "case", rt.RESTRICTED, D(2026, 7, 31), None)
    assert a.reason == ("eingeschränkt seit 01.09.2026; fällig seit 31.07.2026 nach R2: "
                        "Abgang + 0 Monate")


def test_a_9b_restriction_runs_to_the_30th_birthday_plus_70_years_under_r9b():
    # born 2010: 31.12.2040 + 70 years = 31.12.2110
    facts = rt.VaultFacts([_pupil(leaving_date=D(2026, 7, 31), birth_year=2010)],
                          restrictions=[rt.Restriction("p1", rt.MARK_9B, D(2026, 9, 1))])
    on = Engine(enable_9b=True)
    before = _find(facts, "person", "p1", D(2110, 12, 30), on)
    assert (before.rule, before.category, before.state, before.due, before.trigger_day) == (
        "R9b", "case_9b", rt.RESTRICTED, D(2110, 12, 31), D(2026, 9, 1))
    assert before.reason == ("eingeschränkt seit 01.09.2026 nach R9b; fällig am 31.12.2110 "
                             "nach R9b: 30. Geburtstag + 70 Jahre")
    due = _find(facts, "person", "p1", D(2110, 12, 31), on)
    assert (due.rule, due.category, due.state, due.action) == (
        "R9b", "case_9b", rt.DUE, rt.DELETE)
    assert due.reason == ("eingeschränkt seit 01.09.2026 nach R9b; fällig seit 31.12.2110 "
                          "nach R9b: 30. Geburtstag + 70 Jahre")


def test_an_r5_decision_is_named_in_the_reason_until_it_is_asked_again():
    # left 31.07.2026, § 8a with the Jugendamt; decided 02.09.2026, review + 12 months
    person = _pupil(leaving_date=D(2026, 7, 31), cp_youth_office=True)
    delete = rt.VaultFacts([person], decisions=[
        rt.Decision("p1", "delete", D(2026, 9, 2), D(2027, 9, 2))])
    a = _find(delete, "person", "p1", D(2026, 9, 3))
    assert (a.state, a.action) == (rt.DUE, rt.DELETE)
    assert a.reason == ("fällig seit 31.07.2026 nach R2: Abgang + 0 Monate; § 8a mit "
                        "Jugendamt: Entscheidung nötig (R5); entschieden am 02.09.2026: löschen")
    keep = rt.VaultFacts([person], decisions=[
        rt.Decision("p1", "keep", D(2026, 9, 2), D(2027, 9, 2))])
    held = _find(keep, "person", "p1", D(2027, 9, 1))
    assert (held.state, held.due) == (rt.HOLD, D(2027, 9, 2))
    assert held.reason == ("entschieden am 02.09.2026: nach Absprache aufbewahren; erneut am "
                           "02.09.2027 nach R5: Entscheidung + 12 Monate")
    again = _find(keep, "person", "p1", D(2027, 9, 2))
    assert (again.rule, again.category, again.state, again.action) == (
        "R5", "child_protection", rt.DUE, rt.DECIDE)
    assert again.reason == ("erneute Entscheidung fällig seit 02.09.2027 nach R5: Entscheidung"
                            " + 12 Monate (zuletzt: nach Absprache aufbewahren)")


def test_a_working_note_is_assessed_under_r3():
    # created 01.05.2026 + 30 days = 31.05.2026, its expiry 31.12.2026 later
    facts = rt.VaultFacts(notes=[rt.NoteFacts("n1", D(2026, 5, 1), D(2026, 12, 31))])
    a = _find(facts, "working_note", "n1", D(2026, 5, 31))
    assert (a.rule, a.category, a.trigger_day, a.state) == (
        "R3", "working_note", D(2026, 5, 1), rt.DUE)


def _text(kind: str, trigger: date) -> rt.VaultFacts:
    return rt.VaultFacts(free_texts=[rt.FreeTextFacts(kind, "t1", trigger)])


@pytest.mark.parametrize(("facts", "kind", "record_id", "due", "rule", "category", "action",
                          "words"), [
    (rt.VaultFacts(groups=[rt.GroupFacts("g", 2024)]), "group", "g", D(2026, 7, 31),
     "R4", "group", rt.DELETE, "R4: Schuljahresende + 12 Monate"),
    (rt.VaultFacts(groups=[rt.GroupFacts("g", 2024, reported=True, has_name_list=True)]),
     "name_list", "g", D(2025, 7, 31), "R4", "group", rt.CLEAR,
     "R4: Meldung, frühestens Schuljahresende + 0 Monate"),
    (rt.VaultFacts(time_months=[rt.TimeMonthFacts(D(2024, 2, 1), 3)]), "time_month",
     "2024-02", D(2026, 2, 28), "R8", "time", rt.DELETE, "R8: Monatsende + 24 Monate"),
    (rt.VaultFacts(disclosures=[rt.DisclosureFacts("d1", D(2026, 1, 15))]), "disclosure",
     "d1", D(2029, 1, 15), "R10", "disclosure", rt.DELETE,
     "R10: Löschung des Falls + 36 Monate"),
    (_text("activity_note", D(2025, 7, 31)), "activity_note", "t1", D(2026, 7, 31),
     "R13", "free_text", rt.CLEAR, "R13: Schuljahresende + 12 Monate"),
    (_text("partner_contact", D(2024, 3, 15)), "partner_contact", "t1", D(2026, 3, 15),
     "R13", "free_text", rt.CLEAR, "R13: letzte Vernetzung + 24 Monate"),
    (_text("report_text", D(2024, 7, 31)), "report_text", "t1", D(2026, 7, 31),
     "R13", "free_text", rt.DELETE, "R13: Schuljahresende + 24 Monate"),
    (_text("agreement_notes", D(2023, 6, 30)), "agreement_notes", "t1", D(2026, 6, 30),
     "R13", "free_text", rt.CLEAR, "R13: Ende der Vereinbarung + 36 Monate"),
], ids=["group", "name_list", "time_month", "disclosure", "activity_note", "partner_contact",
        "report_text", "agreement_notes"])
def test_each_kinds_rule_category_and_reason_on_its_due_day(facts, kind, record_id, due, rule,
                                                            category, action, words):
    before = _find(facts, kind, record_id, due - ONE)
    assert (before.rule, before.category, before.state, before.due, before.action) == (
        rule, category, rt.ACTIVE, due, None)
    assert before.reason == f"fällig am {due:%d.%m.%Y} nach {words}"
    on = _find(facts, kind, record_id, due)
    assert (on.rule, on.category, on.state, on.action) == (rule, category, rt.DUE, action)
    assert on.reason == f"fällig seit {due:%d.%m.%Y} nach {words}"


def test_a_restricted_persons_working_note_is_restricted_from_its_due_day():
    # created 01.05.2026 + 30 days = 31.05.2026; its person restricted since 01.01.2026
    facts = rt.VaultFacts(notes=[rt.NoteFacts("n1", D(2026, 5, 1), D(2026, 12, 31),
                                              person_id="p9")],
                          restrictions=[rt.Restriction("p9", "request", D(2026, 1, 1))])
    before = _find(facts, "working_note", "n1", D(2026, 5, 30))
    assert (before.state, before.reason) == (rt.ACTIVE, "fällig am 31.05.2026 nach R3: "
                                             "Anlage + 30 Tage")
    on = _find(facts, "working_note", "n1", D(2026, 5, 31))
    assert (on.state, on.action, on.due, on.owner_id) == (
        rt.RESTRICTED, None, D(2026, 5, 31), "p9")
    assert on.reason == ("Einschränkung seit 01.01.2026; ohne sie fällig seit 31.05.2026 nach "
                         "R3: Anlage + 30 Tage")
