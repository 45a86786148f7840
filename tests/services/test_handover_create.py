"""Issue 28 (items 6, 7, 10): what goes into a Vertretungspaket and how it is written –
consent for the whole period, data minimisation with per-person extras, no partial file
left in the target folder. Real vaults, real package files, pages decrypted."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import (
    Appointment,
    Case,
    ChildProtectionProcedure,
    ChildProtectionStep,
    Consent,
    Person,
)
from ssa_desktop.services import consents as consent_svc
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.emergency import parse_key
from tests.services.test_handover import DEPUTY, _person
from tests.support.sqlcipher_pages import pages_holding
from tests.support.vaults import fresh_vault

TODAY = date(2026, 11, 23)
FIRST, LAST = date(2026, 11, 30), date(2026, 12, 18)
PERIOD = rules.Period(FIRST, LAST)
ONE = timedelta(days=1)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def _consent(conn, person, valid_from, valid_to=None, withdrawn=None, *, deputy=True):
    return repo.CONSENTS.insert(conn, Consent(person.id, "Vertretung der Schulsozialarbeit",
                                              valid_from, deputy=deputy, valid_to=valid_to,
                                              withdrawn_on=withdrawn))


def _proposed(conn, today=TODAY) -> set[str]:
    return {c.person_id for c in handover_deputy.propose(conn, PERIOD, today)}


def _not_proposed(conn, today=TODAY) -> dict[str, str]:
    return {c.person_id: c.not_proposed_reason for c in handover_deputy.not_proposed(conn, PERIOD, today)}


@pytest.mark.parametrize("valid_to, proposed, reason", [
    (LAST - ONE, False, "Einwilligung endet am 17.12.2026"),
    (LAST, True, ""),
    (LAST + ONE, True, ""),
    (date(2026, 12, 1), False, "Einwilligung endet am 01.12.2026"),   # the case
])
def test_consent_must_last_to_the_last_day(conn, valid_to, proposed, reason):
    p = _person(conn, "Anna", consent=False)
    _consent(conn, p, date(2026, 9, 1), valid_to)
    assert (p.id in _proposed(conn)) is proposed
    assert _not_proposed(conn).get(p.id, "") == reason


@pytest.mark.parametrize("withdrawn, proposed, reason", [
    (LAST, False, "Einwilligung widerrufen zum 18.12.2026"),   # takes effect on its date
    (LAST + ONE, True, ""),
    (TODAY + ONE, False, "Einwilligung widerrufen zum 24.11.2026"),   # the case
    (TODAY, False, "Einwilligung widerrufen zum 23.11.2026"),
])
def test_a_withdrawal_takes_effect_on_its_date(conn, withdrawn, proposed, reason):
    p = _person(conn, "Anna", consent=False)
    _consent(conn, p, date(2026, 9, 1), withdrawn=withdrawn)
    assert (p.id in _proposed(conn)) is proposed
    assert _not_proposed(conn).get(p.id, "") == reason


@pytest.mark.parametrize("valid_from, proposed, reason", [
    (FIRST, True, ""),
    (FIRST + ONE, False, "Einwilligung gilt erst ab 01.12.2026"),
])
def test_consent_must_start_on_the_first_day_written_that_day(conn, valid_from, proposed, reason):
    """Written on the first day of the Vertretung: the day of writing is the first day."""
    p = _person(conn, "Anna", consent=False)
    _consent(conn, p, valid_from)
    assert (p.id in _proposed(conn, FIRST)) is proposed
    assert _not_proposed(conn, FIRST).get(p.id, "") == reason


def test_consent_must_be_valid_on_the_day_the_package_is_written(conn):
    """Written a week before: a consent valid only from the first day does not cover the
    disclosure today."""
    p = _person(conn, "Anna", consent=False)
    _consent(conn, p, FIRST)
    assert p.id not in _proposed(conn)
    assert _not_proposed(conn)[p.id] == "Einwilligung gilt erst ab 30.11.2026"


def test_chained_consents_cover_the_period_together(conn):
    p = _person(conn, "Anna", consent=False)
    _consent(conn, p, date(2026, 9, 1), date(2026, 12, 5))
    _consent(conn, p, date(2026, 12, 6), date(2027, 3, 1))
    gap = _person(conn, "Ben", consent=False)
    _consent(conn, gap, date(2026, 9, 1), date(2026, 12, 5))
    _consent(conn, gap, date(2026, 12, 7), date(2027, 3, 1))
    assert _proposed(conn) == {p.id}
    assert _not_proposed(conn) == {gap.id: "Einwilligung endet am 05.12.2026"}


def test_no_deputy_consent_is_said(conn):
    p = _person(conn, "Anna", consent=False)
    _consent(conn, p, date(2026, 9, 1), deputy=False)   # a consent, but not for the deputy
    assert _not_proposed(conn) == {p.id: "keine Einwilligung „Weitergabe an die Vertretung“"}


def test_persons_not_needed_and_restricted_persons_are_not_listed(conn):
    from ssa_desktop.services import retention as retention_svc

    _person(conn, "Anna", consent=False, case="closed")          # nothing to do in the period
    r = _person(conn, "Ben", consent=False)
    retention_svc.restrict(conn, r.id, "request")
    assert _not_proposed(conn) == {}


def test_a_package_is_refused_for_a_person_whose_consent_ends_in_the_period(conn, out):
    p = _person(conn, "Anna", consent=False)
    _consent(conn, p, date(2026, 9, 1), date(2026, 12, 1))
    with pytest.raises(rules.HandoverRuleError, match="Weitergabe an die Vertretung"):
        handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [p.id], out, today=TODAY)
    assert list(out.iterdir()) == []


def test_coverage_gap_rule():
    def c(start, end=None, withdrawn=None):
        return Consent("p", "x", start, valid_to=end, withdrawn_on=withdrawn, deputy=True)

    d = date(2026, 12, 1)
    assert consent_svc.coverage_gap([], d, d) == d
    assert consent_svc.coverage_gap([c(d)], d, d + 10 * ONE) is None
    assert consent_svc.coverage_gap([c(d, d + 3 * ONE), c(d + 4 * ONE)], d, d + 9 * ONE) is None
    assert consent_svc.coverage_gap([c(d, d + 3 * ONE), c(d + 5 * ONE)], d,
                                    d + 9 * ONE) == d + 4 * ONE
    assert consent_svc.coverage_gap([c(d, withdrawn=d + 2 * ONE), c(d, d + 5 * ONE)], d,
                                    d + 9 * ONE) == d + 6 * ONE


# -- data minimisation (item 7) ------------------------------------------------------------------
EXTRA_WORDS = {"person_note": "Personnotiz", "case_notes": "Fallnotiz",
               "case_goals": "Fallziel", "appointment_notes": "Terminnotiz"}


def _full_person(conn, w: str) -> Person:
    """A person with every field filled, a case with note and goals, an appointment with
    a note and a room, a § 8a procedure with two steps."""
    p = repo.PERSONS.insert(conn, Person(
        f"P-{w}", first_name=f"Vor{w}", last_name=f"Nach{w}", gender="w", birth_year=2013,
        grade=7, class_label="7b", school_id="school-1", leaving_date=date(2027, 7, 31),
        school_change_date=date(2025, 8, 1), guardian_contact=f"Mutter{w} 0171 555",
        note=f"Personnotiz{w} – streitet mit Zora{w}Nachbarkind"))
    _consent(conn, p, date(2026, 9, 1))
    case = repo.CASES.insert(conn, Case(p.id, date(2026, 9, 10), school_id="school-1",
                                        title=f"Falltitel{w}", topics=("FAM", "SCH"),
                                        access_route="self", referral="JA",
                                        note=f"Fallnotiz{w}", goals=f"Fallziel{w}"))
    repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 12, 2), "10:00", "10:45",
                                               person_id=p.id, school_id="school-1",
                                               room=f"Raum{w}", note=f"Terminnotiz{w}"))
    proc = repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(p.id, date(2026, 11, 2),
                                                                    case_id=case.id))
    repo.CP_STEPS.insert(conn, ChildProtectionStep(proc.id, "1", date(2026, 11, 2),
                                                   actor=f"Akteur{w}", text=f"Schrittext{w}",
                                                   due=date(2026, 11, 20)))
    repo.CP_STEPS.insert(conn, ChildProtectionStep(proc.id, "2", date(2026, 11, 3),
                                                   actor=f"Leitung{w}", text=f"Einschätzung{w}",
                                                   due=date(2026, 12, 3)))
    return p


@settings(max_examples=8, deadline=None)
@given(st.lists(st.sets(st.sampled_from(sorted(rules.EXTRAS))), min_size=2, max_size=2))
def test_unticked_notes_and_goals_never_reach_a_page_of_the_package(ticks):
    with fresh_vault() as session, tempfile.TemporaryDirectory() as folder:
        conn = session.conn
        persons = [_full_person(conn, w) for w in ("Anna", "Ben")]
        extras = {p.id: set(t) for p, t in zip(persons, ticks, strict=True) if t}
        result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [p.id for p in persons],
                                                       Path(folder), extras=extras,
                                                       today=TODAY)
        key = parse_key(result.key_text)
        inside, outside = [], []
        for p, ticked in zip(persons, ticks, strict=True):
            w = p.pseudonym[2:]
            inside += [f"P-{w}", f"Vor{w}", f"Nach{w}", f"Mutter{w}", f"Falltitel{w}",
                       f"Raum{w}"]
            outside += [f"Schrittext{w}", f"Akteur{w}", f"Einschätzung{w}", f"Leitung{w}"]
            for extra, word in EXTRA_WORDS.items():
                (inside if extra in ticked else outside).append(f"{word}{w}")
            (inside if "person_note" in ticked else outside).append(f"Zora{w}Nachbarkind")
        assert not pages_holding(result.path, key, outside)
        assert {word for _, _, word in pages_holding(result.path, key, inside)} == set(inside)


def test_fields_that_go_along_and_those_that_stay(conn, out):
    p = _full_person(conn, "Anna")
    result = handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [p.id], out, today=TODAY)
    pkg, _info = svc.open_package(result.path, result.key_text, today=TODAY)
    try:
        [person] = repo.PERSONS.all(pkg)
        [case] = repo.CASES.all(pkg)
        [appt] = repo.APPOINTMENTS.all(pkg)
        steps = repo.CP_STEPS.all(pkg)
        [proc] = repo.CP_PROCEDURES.all(pkg)
    finally:
        pkg.close()
    assert (person.pseudonym, person.first_name, person.last_name, person.class_label,
            person.school_id, person.guardian_contact, person.kind) == (
        "P-Anna", "VorAnna", "NachAnna", "7b", "school-1", "MutterAnna 0171 555", "pupil")
    assert (person.gender, person.birth_year, person.grade, person.leaving_date,
            person.school_change_date, person.note) == ("u", None, None, None, None, "")
    assert (case.title, case.topics, case.status, case.opened) == (
        "FalltitelAnna", ("FAM", "SCH"), "open", date(2026, 9, 10))
    assert (case.note, case.goals, case.access_route, case.referral) == ("", "", "", "")
    assert (appt.room, appt.note, appt.start) == ("RaumAnna", "", "10:00")
    # the § 8a procedure: its latest step (for the next one) and the deadline it set
    assert [(s.step, s.due, s.text, s.actor) for s in steps] == [
        ("2", date(2026, 12, 3), "", "")]
    assert proc.case_id == case.id


def test_extras_are_checked(conn, out):
    p = _full_person(conn, "Anna")
    with pytest.raises(rules.HandoverRuleError, match="Zusatz"):
        handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [p.id], out,
                                              extras={p.id: {"birth_year"}}, today=TODAY)
    with pytest.raises(rules.HandoverRuleError, match="nicht im Paket"):
        handover_deputy.create_deputy_package(conn, PERIOD, DEPUTY, [p.id], out,
                                              extras={"someone-else": {"person_note"}}, today=TODAY)
    assert list(out.iterdir()) == []
