"""R14 "Ruhende Personen" as pure rules (issue 20 item 6: mutation testing of
``domain/dormancy.py``): every boundary at its day, every sentence she reads. The
vault-backed behaviour is in tests/retention/test_dormancy.py."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ssa_desktop.domain import dormancy as dm
from ssa_desktop.domain import retention as rt

LAST = date(2024, 1, 15)   # last activity; 24 months later: 15.01.2026


def _active(due: date | None = None, state: str = rt.ACTIVE, kind: str = rt.PERSON,
            record_id: str = "p1") -> rt.Assessment:
    return rt.Assessment(kind, record_id, "R2", "case_file", state, due, None, None, "aktiv")


def _review(today: date, *, last: date = LAST, open_case: bool = False,
            unknown: bool = False, holds=(), decisions=(), a: rt.Assessment | None = None):
    a = a or _active()
    facts = {"p1": dm.ActivityFacts("p1", last, open_case=open_case, unknown=unknown)}
    return dm.review([a], facts, holds, decisions, today, months=24, case_months=36)[0]


def test_a_person_known_only_by_her_last_activity_is_asked_after_the_ordinary_months():
    """What is known of most persons: the day of the last activity (no open case,
    whereabouts known). She is asked on the day 24 months later, not before."""
    facts = {"p1": dm.ActivityFacts("p1", LAST)}

    def on(day):
        return dm.review([_active()], facts, [], [], day, months=24, case_months=36)[0]

    assert on(date(2026, 1, 14)).state == rt.ACTIVE
    assert on(date(2026, 1, 15)).reason.startswith("keine Aktivität, kein Termin")


def test_weiter_benoetigt_is_shown_in_her_words_until_its_day():
    """The hold the review offers (Datenschutz, "Weiter benötigt bis …") is a hold reason
    the retention catalogue names."""
    hold = rt.Hold("h1", "p1", dm.STILL_NEEDED, date(2025, 12, 1), date(2026, 2, 1))
    assert _review(date(2026, 1, 31), holds=[hold]).reason.startswith(
        "weiter benötigt bis 01.02.2026")


def test_is_review():
    assert dm.is_review(_active(state=rt.REVIEW))
    assert dm.is_review(_active(state=dm.DORMANT))
    assert not dm.is_review(_active(state=rt.ACTIVE))
    assert not dm.is_review(_active(state=rt.DUE))


def test_dormant_on_the_day_not_the_day_before():
    a = _active()
    assert _review(date(2026, 1, 14), a=a) is a
    got = _review(date(2026, 1, 15))
    assert got == rt.Assessment(
        rt.PERSON, "p1", "R14", "dormant", "Prüfung fällig (ruhend)", date(2026, 1, 15),
        LAST, None, "keine Aktivität, kein Termin und kein offenes § 8a-Verfahren seit "
        "15.01.2024 (R14: 24 Monate): bitte prüfen")


def test_open_case_uses_the_case_months():
    assert _review(date(2027, 1, 14), open_case=True).state == rt.ACTIVE
    got = _review(date(2027, 1, 15), open_case=True)
    assert got.state == dm.DORMANT and got.due == date(2027, 1, 15)
    assert got.reason == ("offener Fall ohne Aktivität seit 15.01.2024 (R14: 36 Monate): "
                          "bitte den Fall abschließen oder „weiter benötigt bis …“ angeben")


def test_unknown_whereabouts_asked_at_once_until_activity_in_the_new_year():
    today = date(2025, 8, 20)            # school year 2025/26 starts 01.08.2025
    got = _review(today, last=date(2025, 7, 31), unknown=True)
    assert got.state == dm.DORMANT and got.due == today
    assert got.reason == ("Verbleib beim Schuljahreswechsel nicht bekannt: bitte Abgang, "
                          "Schulwechsel oder „weiter benötigt bis …“ angeben")
    # activity on the first day of the new school year: no longer "nicht bekannt"
    a = _active()
    assert _review(today, last=date(2025, 8, 1), unknown=True, a=a) is a
    # not unknown: the ordinary period
    assert _review(today, last=date(2025, 7, 31), a=a) is a


def test_unknown_keeps_an_earlier_due_day():
    # last activity long ago: due 15.01.2026 is earlier than today
    got = _review(date(2026, 3, 1), unknown=True)
    assert got.due == date(2026, 1, 15)


def test_hold_until_its_review_day_then_the_review_is_asked():
    hold = rt.Hold("h1", "p1", "still_needed", date(2025, 12, 1), date(2026, 2, 1))
    got = _review(date(2026, 1, 31), holds=[hold])
    assert got.state == rt.HOLD and got.action is None and got.rule == "R2"
    assert got.reason == ("weiter benötigt bis 01.02.2026 (Sperre seit 01.12.2025); "
                          "danach erneute Prüfung")
    got = _review(date(2026, 2, 1), holds=[hold])
    assert got.state == dm.DORMANT
    assert got.reason == ("Überprüfung der Sperre fällig seit 01.02.2026; keine Aktivität, "
                          "kein Termin und kein offenes § 8a-Verfahren seit 15.01.2024 "
                          "(R14: 24 Monate): bitte prüfen")


def test_hold_reason_unknown_to_the_catalogue_is_shown_as_stored():
    hold = rt.Hold("h1", "p1", "XY", date(2025, 12, 1), date(2026, 2, 1))
    assert _review(date(2026, 1, 20), holds=[hold]).reason.startswith("XY bis 01.02.2026")


@pytest.mark.parametrize("order", [1, -1])
def test_the_latest_hold_of_a_person_counts(order):
    early = rt.Hold("h1", "p1", "legal_claim", date(2025, 1, 1), date(2026, 1, 20))
    late = rt.Hold("h2", "p1", "still_needed", date(2025, 6, 1), date(2026, 3, 1))
    same = rt.Hold("h3", "p1", "auskunft", date(2025, 6, 2), date(2026, 3, 1))
    got = _review(date(2026, 2, 1), holds=[early, late, same][::order])
    assert got.state == rt.HOLD
    # equal review days: the first one given stays
    first = "weiter benötigt" if order == 1 else "Auskunftsersuchen offen"
    assert got.reason.startswith(f"{first} bis 01.03.2026")


def test_a_hold_of_another_record_kind_does_not_hold_the_person():
    hold = rt.Hold("h1", "p1", "still_needed", date(2025, 12, 1), date(2026, 3, 1),
                   record_kind="guardian_contact")
    assert _review(date(2026, 2, 1), holds=[hold]).state == dm.DORMANT


def test_not_needed_decision_makes_the_person_due():
    d = rt.Decision("p1", rt.NOT_NEEDED, date(2026, 1, 20), date(2026, 1, 20))
    got = _review(date(2026, 2, 1), decisions=[d])
    assert got == rt.Assessment(
        rt.PERSON, "p1", "R14", "dormant", rt.DUE, date(2026, 1, 20), LAST, rt.DELETE,
        "fällig seit 20.01.2026 nach R14: bei der Prüfung am 20.01.2026 als nicht mehr "
        "benötigt entschieden")


def test_not_needed_decision_on_the_day_of_the_last_activity_counts():
    d = rt.Decision("p1", rt.NOT_NEEDED, LAST, LAST)
    assert _review(date(2026, 2, 1), decisions=[d]).state == rt.DUE
    # decided before the last activity: asked again
    d = rt.Decision("p1", rt.NOT_NEEDED, date(2024, 1, 14), date(2024, 1, 14))
    assert _review(date(2026, 2, 1), decisions=[d]).state == dm.DORMANT


def test_decision_ignored_while_a_case_is_open_or_not_not_needed():
    d = rt.Decision("p1", rt.NOT_NEEDED, date(2027, 2, 1), date(2027, 2, 1))
    assert _review(date(2027, 2, 1), open_case=True, decisions=[d]).state == dm.DORMANT
    d = rt.Decision("p1", "keep", date(2026, 1, 20), date(2026, 1, 20))
    assert _review(date(2026, 2, 1), decisions=[d]).state == dm.DORMANT


def test_the_latest_decision_given_counts():
    old = rt.Decision("p1", rt.NOT_NEEDED, date(2026, 1, 20), date(2026, 1, 20))
    new = rt.Decision("p1", "keep", date(2026, 1, 25), date(2026, 1, 25))
    assert _review(date(2026, 2, 1), decisions=[old, new]).state == dm.DORMANT
    assert _review(date(2026, 2, 1), decisions=[new, old]).state == rt.DUE


def test_only_active_or_reviewed_persons_without_a_later_deletion_day():
    today = date(2026, 2, 1)
    # a dated deletion in the future: R2 takes its course
    a = _active(due=date(2026, 2, 2))
    assert _review(today, a=a) is a
    # deletion due today (or earlier) while still active: asked
    assert _review(today, a=_active(due=today)).state == dm.DORMANT
    # a closed case waiting for its review: asked even with a later day
    assert _review(today, a=_active(due=date(2026, 5, 1), state=rt.REVIEW)).state == dm.DORMANT
    for state in (rt.HOLD, rt.DUE, rt.RESTRICTED):
        a = _active(state=state)
        assert _review(today, a=a) is a


def test_other_record_kinds_and_persons_without_facts_pass_unchanged():
    today = date(2026, 2, 1)
    other = _active(kind="guardian_contact")
    stranger = _active(record_id="p2")
    facts = {"p1": dm.ActivityFacts("p1", LAST)}
    got = dm.review([other, stranger, _active()], facts, [], [], today, months=24,
                    case_months=36)
    assert got[0] is other and got[1] is stranger and got[2].state == dm.DORMANT


def test_value_objects_are_frozen():
    # immutable (and hashable) values: a caller cannot change one in place
    for value, name in ((dm.ActivityFacts("p", LAST), "person_id"),):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, name, None)


# -- a restriction that outlasts everything else (Art. 18 DSGVO) ------------------------------
SINCE = date(2025, 3, 1)   # restricted on her request; R14's 24 months later: 01.03.2027


def _restricted(today: date, *, due: date | None = None, rule: str = "R2",
                reason: str = "request", open_case: bool = False, since: date = SINCE,
                stored: str = "eingeschränkt seit 01.03.2025") -> rt.Assessment:
    a = rt.Assessment(rt.PERSON, "p1", rule, "case_file", rt.RESTRICTED, due, None, None, stored)
    facts = {"p1": dm.ActivityFacts("p1", LAST, open_case=open_case)}
    restriction = rt.Restriction("p1", reason, since)
    return dm.review([a], facts, [], [], today, months=24, case_months=36,
                     restrictions=[restriction])[0]


def test_a_restriction_that_outlasts_everything_is_asked_about_on_its_day():
    """Nothing else is open after 15.01.2026 (24 months after the last activity); the
    restriction's own 24 months end on 01.03.2027: asked then, not the day before."""
    assert _restricted(date(2027, 2, 28)).state == rt.RESTRICTED
    asked = _restricted(date(2027, 3, 1))
    assert (asked.state, asked.due, asked.rule, asked.action) == (
        dm.RESTRICTED_REVIEW, date(2027, 3, 1), "R14", None)
    assert asked.reason == (
        "eingeschränkt seit 01.03.2025, Grund: auf Antrag (Art. 18 DSGVO) – sonst ist nichts "
        "mehr offen: keine Aktivität seit 15.01.2024 (R14: 24 Monate); bitte prüfen, ob die "
        "Einschränkung noch nötig ist: aufheben oder „weiter benötigt bis …“ angeben")


def test_an_open_case_or_a_later_due_day_moves_the_question_later():
    # an open case: 36 months after 15.01.2024 is 15.01.2027, after the end (01.06.2026) of
    # a restriction from 01.06.2024
    early = date(2024, 6, 1)
    assert _restricted(date(2027, 1, 14), open_case=True, since=early).state == rt.RESTRICTED
    case = _restricted(date(2027, 1, 15), open_case=True, since=early)
    assert case.due == date(2027, 1, 15)
    assert "offen: Fall ohne Aktivität seit 15.01.2024 (R14: 36 Monate); bitte" in case.reason
    # a file due later (a leaving day) is waited for, and its reason kept after the prefix
    stored = "eingeschränkt seit 01.03.2025; Abgang am 31.07.2027, gelöscht nach R2"
    assert _restricted(date(2028, 4, 30), due=date(2028, 5, 1), stored=stored).state == \
        rt.RESTRICTED
    late = _restricted(date(2028, 5, 1), due=date(2028, 5, 1), stored=stored)
    assert late.due == date(2028, 5, 1)
    assert "offen: Abgang am 31.07.2027, gelöscht nach R2; bitte prüfen" in late.reason


def test_a_restriction_with_an_end_of_its_own_is_never_asked_about():
    """§ 9b's (R9b ends after its years) and an R5 decision's (asked at its own review)."""
    far = date(2040, 1, 1)
    assert _restricted(far, rule="R9b").state == rt.RESTRICTED
    assert _restricted(far, reason=rt.CP_DECISION).state == rt.RESTRICTED
