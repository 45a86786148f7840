"""Plausibility rules with hand-picked limits and a property: nothing plausible is refused,
nothing refused is plausible."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ssa_desktop.domain import plausibility as p

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(("day", "minutes", "blocking", "words"), [
    (date(2099, 1, 1), 30, True, "01.01.2099"),
    (TODAY + timedelta(days=1), 30, True, "Zukunft"),
    (TODAY, 0, True, "0 Minuten"),
    (TODAY, 2000, True, "2000 Minuten sind 33,33 Stunden"),
    (TODAY, 240, False, "240 Minuten (4,00 Stunden)"),
    (date(2025, 11, 1), 30, False, "über ein Jahr"),
])
def test_contact_findings_in_her_words(day, minutes, blocking, words):
    [finding] = p.contact(day, minutes, TODAY)
    assert finding.blocking is blocking and words in finding.message


@given(st.dates(TODAY - timedelta(days=365), TODAY), st.integers(1, 180))
@example(TODAY, 1)
@example(TODAY, 180)
@example(TODAY - timedelta(days=365), 180)
def test_an_ordinary_contact_passes(day, minutes):
    assert p.contact(day, minutes, TODAY) == []


# each limit at its boundary: the last value on either side
@pytest.mark.parametrize(("minutes", "blocking", "words"), [
    (-1, True, "keine Dauer (-1 Minuten)"),
    (0, True, "keine Dauer (0 Minuten)"),
    (1, None, ""),
    (180, None, ""),
    (181, False, "Der Kontakt dauerte 181 Minuten (3,02 Stunden). Stimmt die Dauer?"),
    (600, False, "Der Kontakt dauerte 600 Minuten (10,00 Stunden). Stimmt die Dauer?"),
    (601, True, "601 Minuten sind 10,02 Stunden – so lange dauert kein einzelnes Gespräch. "
                "Bitte die Dauer prüfen (höchstens 600 Minuten)."),
])
def test_duration_limits_at_their_boundaries(minutes, blocking, words):
    findings = p.duration(minutes)
    if blocking is None:
        assert findings == []
    else:
        [finding] = findings
        assert finding.blocking is blocking and words in finding.message


@pytest.mark.parametrize(("days_back", "blocking"), [
    (-1, True), (0, None), (365, None), (366, False)])
def test_date_limits_at_their_boundaries(days_back, blocking):
    findings = p.day(TODAY - timedelta(days=days_back), TODAY, "Der Kurzkontakt")
    if blocking is None:
        assert findings == []
    else:
        [finding] = findings
        assert finding.blocking is blocking and finding.message.startswith("Der Kurzkontakt")


def test_short_contact_names_itself():
    [finding] = p.short_contact(TODAY, 0, TODAY)
    assert finding.message.startswith("Der Kurzkontakt hat keine Dauer")
    [future] = p.short_contact(TODAY + timedelta(days=1), 30, TODAY)
    assert future.message.startswith("Der Kurzkontakt ist auf den")


@given(st.integers(-5, 5000))
@example(0)
@example(1)
@example(600)
@example(601)
def test_duration_is_refused_exactly_outside_one_to_six_hundred(minutes):
    blocking = [f for f in p.duration(minutes) if f.blocking]
    assert bool(blocking) == (minutes < 1 or minutes > 600)


@given(st.integers(1, 600))
@example(180)
@example(181)
@example(600)
def test_duration_is_asked_about_exactly_above_three_hours(minutes):
    asked = [f for f in p.duration(minutes) if not f.blocking]
    assert bool(asked) == (minutes > 180)


def test_enforce_refuses_first_and_asks_unless_confirmed():
    with pytest.raises(p.Implausible, match="0 Minuten"):
        p.enforce(p.contact(TODAY, 0, TODAY), confirmed=True)
    with pytest.raises(p.NeedsConfirmation) as asked:
        p.enforce(p.contact(TODAY, 240, TODAY), confirmed=False)
    assert asked.value.questions == [
        "Der Kontakt dauerte 240 Minuten (4,00 Stunden). Stimmt die Dauer?"]
    with pytest.raises(p.NeedsConfirmation) as both:
        p.enforce(p.contact(date(2025, 1, 1), 240, TODAY), confirmed=False)
    assert len(both.value.questions) == 2
    assert str(both.value) == " ".join(both.value.questions)
    p.enforce([], confirmed=False)  # nothing to ask: saved
    p.enforce(p.contact(TODAY, 240, TODAY), confirmed=True)  # she confirmed: saved


def test_other_rules():
    assert p.open_offer(0) and not p.open_offer(0)[0].blocking and p.open_offer(1) == []
    assert p.open_offer(-1) and p.pupil_school("pupil", "s1") == []
    assert p.pupil_school("pupil", None)[0].blocking and p.pupil_school("teacher", None) == []
    assert p.case_title("  ")[0].blocking and p.case_title("Streit") == []
    [clash] = p.overlap("09:40", "10:10", [("10:00", "10:30", "K-17"), ("10:10", "11:00", "M-3")])
    assert "K-17" in clash.message and "M-3" not in clash.message
    # touching on either side is no overlap; one minute into it is
    assert p.overlap("10:10", "11:00", [("09:40", "10:10", "K-17")]) == []
    assert p.overlap("09:00", "09:40", [("09:40", "10:10", "K-17")]) == []
    assert p.overlap("09:00", "09:41", [("09:40", "10:10", "K-17")])
    assert p.overlap("10:09", "11:00", [("09:40", "10:10", "K-17")])
    [two] = p.overlap("09:00", "12:00", [("09:40", "10:10", "K-17"), ("11:00", "11:30", "M-3")])
    assert "mit K-17, M-3. Trotzdem" in two.message


def test_every_finding_in_her_exact_words():
    # the whole sentence she reads: a changed word is a changed product
    assert [(f.message, f.blocking) for f in p.duration(0)] == [
        ("Der Kontakt hat keine Dauer (0 Minuten). Bitte die Dauer in Minuten angeben, "
         "mindestens 1 Minute.", True)]
    assert [(f.message, f.blocking) for f in p.contact(TODAY + timedelta(days=1), 30, TODAY)] == [
        ("Der Kontakt ist auf den 23.11.2026 datiert, also in der Zukunft. Kontakte werden "
         "nach dem Gespräch erfasst; Künftiges gehört in die Termine.", True)]
    assert [(f.message, f.blocking) for f in p.contact(date(2025, 11, 1), 30, TODAY)] == [
        ("Der Kontakt liegt über ein Jahr zurück (01.11.2025). Stimmt das Datum?", False)]
    assert [(f.message, f.blocking) for f in p.open_offer(0)] == [
        ("Es ist keine Besucherin und kein Besucher eingetragen. War das Angebot geöffnet, "
         "aber niemand kam? Dann bitte bestätigen.", False)]
    assert [(f.message, f.blocking) for f in p.pupil_school("pupil", "")] == [
        ("Bitte die Schule der Schülerin oder des Schülers wählen – ohne Schule fehlt der "
         "Kontakt in der Statistik der Schule.", True)]
    assert [(f.message, f.blocking) for f in p.case_title("")] == [
        ("Bitte dem Fall einen kurzen Titel geben (ohne Namen), damit Sie ihn in Listen "
         "wiederfinden, z. B. „Streit in der Pause“.", True)]
    assert [(f.message, f.blocking) for f in p.overlap("09:00", "10:00", [
        ("09:30", "10:30", "K-17")])] == [
        ("Der Termin überschneidet sich mit K-17. Trotzdem speichern?", False)]


def test_a_finding_cannot_be_changed_after_the_check():
    finding = p.duration(0)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.blocking = False


@pytest.mark.parametrize(("counts", "expected"), [
    ((5, None, None, None), None),
    ((0, None, None, None), None),
    ((5, 2, 3, 0), None),
    ((5, 5, None, None), None),            # a part left empty counts as 0
    ((-1, None, None, None), ("visitors", "Die Besucherzahl kann nicht negativ sein.")),
    ((5, 6, -1, 0), ("visitors_w", "Die Aufteilung m/w/d kann nicht negativ sein.")),
    ((5, 0, 0, -1), ("visitors_d", "Die Aufteilung m/w/d kann nicht negativ sein.")),
    ((5, -1, 6, 0), ("visitors_m", "Die Aufteilung m/w/d kann nicht negativ sein.")),
    ((5, 2, 2, 0), ("visitors", "Die Aufteilung m/w/d ergibt 4, angegeben sind aber 5 "
                                "Besucher:innen.")),
    ((5, 2, 2, 2), ("visitors", "Die Aufteilung m/w/d ergibt 6, angegeben sind aber 5 "
                                "Besucher:innen.")),
    ((5, None, None, 5), None),
])
def test_an_open_offer_s_visitors_as_her_form_takes_them(counts, expected):
    assert p.visitors_problem(*counts) == expected


@pytest.mark.parametrize(("counts", "expected"), [
    ((0, 0, 0), None),
    ((3, 4, 1), None),
    ((-1, 0, 0), "participants_m"),
    ((0, -1, 0), "participants_w"),
    ((0, 0, -1), "participants_d"),
])
def test_a_group_s_participants_are_not_negative(counts, expected):
    problem = p.participants_problem(*counts)
    assert (problem and problem[0]) == expected
    if problem:
        assert problem[1] == "Teilnehmerzahlen können nicht negativ sein."


@pytest.mark.parametrize(("day", "refused"), [
    (date(2026, 7, 31), True), (date(2026, 8, 1), False),
    (date(2027, 7, 31), False), (date(2027, 8, 1), True),
])
def test_a_group_session_lies_in_its_group_s_school_year(day, refused):
    """The school year's first and last day belong to it, the days around do not."""
    why = p.session_day_problem(day, 2026)
    assert why == ("Das Datum liegt nicht im Schuljahr 2026/27." if refused else None)


@pytest.mark.parametrize(("birth_year", "grade", "expected"), [
    (None, None, None), (1900, 1, None), (TODAY.year, 13, None),
    (1899, 7, ("birth_year", "Das Geburtsjahr ist nicht plausibel.")),
    (TODAY.year + 1, 7, ("birth_year", "Das Geburtsjahr ist nicht plausibel.")),
    (2013, 0, ("grade", "Die Klassenstufe muss zwischen 1 und 13 liegen.")),
    (None, 14, ("grade", "Die Klassenstufe muss zwischen 1 und 13 liegen.")),
])
def test_a_person_s_birth_year_and_grade_as_her_form_takes_them(birth_year, grade, expected):
    """This year and 1900, grades 1 and 13 are taken; the years and grades around not."""
    assert p.person_numbers_problem(birth_year, grade, TODAY) == expected


def test_a_file_s_day_is_refused_by_the_form_s_blocking_sentence_only():
    """``refused_day``: tomorrow with the form's sentence and subject; today and a day
    over a year back (the form only asks) are no refusal."""
    assert p.refused_day(TODAY, TODAY) is None
    assert p.refused_day(TODAY - timedelta(days=400), TODAY) is None
    assert p.refused_day(TODAY + timedelta(days=1), TODAY, p.SHORT_CONTACT) == (
        "Der Kurzkontakt ist auf den 23.11.2026 datiert, also in der Zukunft. Kontakte "
        "werden nach dem Gespräch erfasst; Künftiges gehört in die Termine.")


GRADE = "Die Klassenstufe muss zwischen 1 und 13 liegen."


@pytest.mark.parametrize(("grade", "expected"), [
    (None, None), (1, None), (13, None), (0, GRADE), (14, GRADE), (-1, GRADE)])
def test_a_grade_as_her_spin_boxes_offer_it(grade, expected):
    """``grade_problem``: 1–13 or none, the person's and the Kurzkontakt's alike."""
    assert p.grade_problem(grade) == expected


def test_a_kurzkontakt_s_grade_is_refused_first_and_blocking():
    [refused] = p.short_contact(TODAY, 5, TODAY, 14)
    assert refused == p.Finding(GRADE, True)
    assert p.short_contact(TODAY, 5, TODAY, 13) == [] == p.short_contact(TODAY, 5, TODAY)
    assert [f.message for f in p.short_contact(TODAY + timedelta(days=1), 0, TODAY, 0)][:2] \
        == [GRADE, p.refused_day(TODAY + timedelta(days=1), TODAY, p.SHORT_CONTACT)]


@pytest.mark.parametrize(("minutes", "expected"), [
    (1, None), (600, None), (601, None), (1440, None),
    (1441, "Die Sitzung ist mit 1.441 Minuten länger als ein Tag – bitte die Dauer prüfen "
           "(höchstens 1.440 Minuten)."),
    (9999, "Die Sitzung ist mit 9.999 Minuten länger als ein Tag – bitte die Dauer prüfen "
           "(höchstens 1.440 Minuten)."),
    (0, "Die Sitzung hat keine Dauer (0 Minuten). Bitte die Dauer in Minuten angeben, "
        "mindestens 1 Minute."),
    (-5, "Die Sitzung hat keine Dauer (-5 Minuten). Bitte die Dauer in Minuten angeben, "
         "mindestens 1 Minute.")])
def test_no_minutes_are_refused_with_the_minutes_given(minutes, expected):
    """``no_duration_problem``: one minute to a day (1,440) is taken, 0 and fewer and more
    than a day refused; a session has no upper bound of a conversation (600)."""
    assert p.no_duration_problem(minutes, p.GROUP_SESSION) == expected


def test_each_activity_names_itself_when_it_has_no_minutes():
    assert [p.no_duration_problem(0, what).split(" hat ")[0] for what in (
        p.GROUP_SESSION, p.OPEN_OFFER, p.NETWORK_ACTIVITY)] == [
        "Die Sitzung", "Das offene Angebot", "Die Vernetzungsaktivität"]
    # the tables of a file and of the vault (``check``) whose rows are these activities
    assert p.NO_MINUTES_TABLES == {"group_session": p.GROUP_SESSION,
                                   "open_offer_session": p.OPEN_OFFER,
                                   "network_activity": p.NETWORK_ACTIVITY}


def test_a_consent_ends_on_or_after_its_begin():
    begin = date(2026, 10, 2)
    assert p.consent_period_problem(begin, None) is None
    assert p.consent_period_problem(begin, begin) is None
    assert p.consent_period_problem(begin, begin - timedelta(days=1)) == (
        "Das Ende der Gültigkeit liegt vor ihrem Beginn.")


def test_a_consent_is_withdrawn_on_or_after_its_begin():
    """``consent_withdrawal_problem``: the begin day itself is taken (what
    ``withdraw_consent`` records for an earlier day), the day before refused."""
    begin = date(2026, 10, 2)
    assert p.consent_withdrawal_problem(begin, None) is None
    assert p.consent_withdrawal_problem(begin, begin) is None
    assert p.consent_withdrawal_problem(begin, begin - timedelta(days=1)) == (
        "Der Widerruf am 01.10.2026 liegt vor dem Beginn der Einwilligung am 02.10.2026. "
        "Beim Widerrufen trägt das Programm dafür den Tag des Beginns ein – bitte den "
        "Widerruf auf den 02.10.2026 setzen.")


def test_a_file_s_contact_day_names_the_contact_and_its_problem_stays_as_found():
    """Found by mutation (session 24): ``refused_day``'s subject when none is given, and
    a ``RowProblem`` cannot be changed after the check."""
    assert p.refused_day(TODAY + timedelta(days=1), TODAY).startswith(
        "Der Kontakt ist auf den 23.11.2026 datiert")
    problem = p.RowProblem({"day": "2026-11-22"}, "steht mehrfach in der Datei")
    with pytest.raises(dataclasses.FrozenInstanceError):
        problem.why = "anders"   # type: ignore[misc]
