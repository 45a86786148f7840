"""A consent on the Übersicht: amber in the 14 days before it ends, red once it has lapsed
while the person still has an open case (for 60 days: longer than the summer holidays she
may be away), gone as soon as she has recorded a later consent to the same recipient.
Every expected line is written out by hand."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Case, Consent, Person
from ssa_desktop.services import consents, persons, retention
from ssa_desktop.services import overview as ov
from ssa_desktop.storage import repositories as repo
from tests.support.examples import examples

ROTH = "Herr Roth (Klassenlehrer)"
ENDS = date(2026, 8, 15)


def _consent(conn, pupil, recipient=ROTH, valid_from=date(2025, 9, 1), valid_to=ENDS,
             withdrawn_on=None):
    return repo.CONSENTS.insert(conn, Consent(pupil.id, recipient, valid_from, valid_to=valid_to,
                                              withdrawn_on=withdrawn_on))


def _open_case(conn, pupil):
    return persons.save_case(conn, Case(pupil.id, date(2025, 10, 1), school_id="school-1"))


def _shown(conn, day: date) -> list[tuple[str, str]]:
    with clock.frozen(day):
        return [(i.text, i.state) for i in ov.build_overview(conn).deadlines
                if i.text.startswith("Einwilligung")]


LAPSED = ("Einwilligung K-17 → Herr Roth (Klassenlehrer) abgelaufen am 15.08.2026", "overdue")
ENDING = ("Einwilligung K-17 → Herr Roth (Klassenlehrer) läuft ab am 15.08.2026", "due")


def test_back_after_the_summer_the_lapsed_consent_stands_red(conn, pupil):
    """Away from 20 July to 14 September: on 20 July the end (26 days ahead) is not yet
    due; on her return it stands red – before, it never showed at all."""
    _open_case(conn, pupil)
    _consent(conn, pupil)
    assert _shown(conn, date(2026, 7, 20)) == []
    assert _shown(conn, date(2026, 9, 14)) == [LAPSED]


def test_the_last_day_amber_the_next_day_red(conn, pupil):
    _open_case(conn, pupil)
    _consent(conn, pupil)
    assert _shown(conn, date(2026, 8, 1)) == [ENDING]         # 14 days ahead: the first
    assert _shown(conn, date(2026, 7, 31)) == []               # 15 days ahead
    assert _shown(conn, ENDS) == [ENDING]                      # still valid today
    assert _shown(conn, ENDS + timedelta(days=1)) == [LAPSED]


def test_red_for_sixty_days_then_gone(conn, pupil):
    _open_case(conn, pupil)
    _consent(conn, pupil)
    assert _shown(conn, date(2026, 10, 14)) == [LAPSED]        # 60 days after 15.08.
    assert _shown(conn, date(2026, 10, 15)) == []              # 61 days


def test_without_an_open_case_a_lapsed_consent_asks_nothing(conn, pupil):
    _consent(conn, pupil)
    assert _shown(conn, ENDS) == [ENDING]                      # the end itself still said
    assert _shown(conn, date(2026, 9, 14)) == []
    case = _open_case(conn, pupil)
    assert _shown(conn, date(2026, 9, 14)) == [LAPSED]
    persons.close_case(conn, case.id, date(2026, 9, 14), "achieved")
    assert _shown(conn, date(2026, 9, 14)) == []


def test_a_later_consent_to_the_same_recipient_ends_both_lines(conn, pupil):
    _open_case(conn, pupil)
    _consent(conn, pupil)
    # a renewal from the day after, the recipient written in another case and spacing
    _consent(conn, pupil, recipient="herr  roth (klassenlehrer)", valid_from=ENDS + timedelta(days=1),
             valid_to=date(2027, 7, 31))
    assert _shown(conn, date(2026, 8, 10)) == []
    assert _shown(conn, date(2026, 9, 14)) == []


def test_a_renewal_after_a_gap_counts_a_consent_to_someone_else_does_not(conn, pupil):
    _open_case(conn, pupil)
    _consent(conn, pupil)
    _consent(conn, pupil, recipient="Frau Klein", valid_from=date(2026, 9, 1), valid_to=None)
    assert _shown(conn, date(2026, 9, 14)) == [LAPSED]
    _consent(conn, pupil, valid_from=date(2026, 10, 1), valid_to=None)   # recorded, not yet valid
    assert _shown(conn, date(2026, 9, 14)) == []


def test_a_renewal_that_ends_the_same_day_renews_nothing(conn, pupil):
    _open_case(conn, pupil)
    first = _consent(conn, pupil)
    second = _consent(conn, pupil, valid_from=date(2026, 2, 1))
    assert sorted(r.consent_id for r in consents.consents_to_renew(conn, date(2026, 9, 14), 14)) \
        == sorted([first.id, second.id])


def test_withdrawn_or_restricted_stays_off(conn, pupil):
    _open_case(conn, pupil)
    _consent(conn, pupil, withdrawn_on=date(2026, 6, 1))
    assert _shown(conn, date(2026, 9, 14)) == []
    _consent(conn, pupil)
    assert _shown(conn, date(2026, 9, 14)) == [LAPSED]
    retention.restrict(conn, pupil.id, today=date(2026, 9, 14))
    assert _shown(conn, date(2026, 9, 14)) == []


BASE = date(2026, 1, 1)
_numbers = itertools.count(1)    # one vault for all examples: a person each
_consents = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 120),
                               st.one_of(st.none(), st.integers(0, 200))), min_size=1, max_size=4)


def _made(pupil, spans) -> list[Consent]:
    return [Consent(pupil.id, ROTH, BASE + timedelta(days=start),
                    valid_to=BASE + timedelta(days=start + length),
                    withdrawn_on=None if w is None else BASE + timedelta(days=w))
            for start, length, w in spans]


@settings(max_examples=examples(60), deadline=None)
@given(spans=_consents, day=st.integers(0, 400))
@example(spans=[(0, 0, 1)], day=1)   # withdrawn the day after it ended: it lapsed by its date
def test_she_is_never_left_uncovered_unsaid_nor_told_while_covered(open_vault, spans, day):
    """With an open case: when no consent to the recipient is valid today and the one that
    ended last ended by its date (not withdrawn) within the last 60 days, a red line says
    so; while one is valid today, no line says it lapsed."""
    conn = open_vault.conn
    pupil = repo.PERSONS.insert(conn, Person(f"P-{next(_numbers)}", school_id="school-1"))
    _open_case(conn, pupil)
    made = _made(pupil, spans)
    for c in made:
        if c.withdrawn_on is not None and c.withdrawn_on < c.valid_from:
            c.withdrawn_on = c.valid_from
        repo.CONSENTS.insert(conn, c)
    today = BASE + timedelta(days=day)
    lapsed = [r for r in consents.consents_to_renew(conn, today, 14)
              if r.person_id == pupil.id and r.valid_to < today]
    if any(c.is_valid_on(today) for c in made):
        assert lapsed == []
        return
    last_days = {c.id: consents.last_valid_day(c) for c in made}
    newest = max(made, key=lambda c: last_days[c.id])     # every one here has an end
    ended_by_date = newest.withdrawn_on is None or newest.withdrawn_on > newest.valid_to
    if ended_by_date and today - timedelta(days=60) <= newest.valid_to < today:
        assert lapsed, (today, made)
