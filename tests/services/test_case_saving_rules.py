"""What saving a case checks and fills in, on a real vault: a status and outcome of the
catalogue, the referral target of a referred case, a person that still exists, the closing
day, and what an open case may not carry; nothing is stored when a check refuses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ssa_desktop.domain.entities import Case
from ssa_desktop.services import persons
from ssa_desktop.services.persons import PersonError
from ssa_desktop.storage import repositories as repo
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.mark.parametrize("changes,field,sentence", [
    ({"status": "vertagt"}, "status", "Unbekannter Fallstatus."),
    ({"status": "closed", "outcome": "gelungen"}, "outcome", "Unbekanntes Ergebnis des Falls."),
    ({"status": "closed", "outcome": "referred", "outcome_referral": "none"},
     "outcome_referral", "Bitte angeben, wohin weitervermittelt wurde."),
    ({"status": "closed", "outcome": "referred", "outcome_referral": "Mond"},
     "outcome_referral", "Bitte angeben, wohin weitervermittelt wurde."),
    ({"person_id": "gibt-es-nicht"}, "person", "Die Person gibt es nicht mehr."),
])
def test_a_case_the_catalogue_or_the_vault_does_not_know_is_refused(conn, pupil, changes,
                                                                     field, sentence):
    with pytest.raises(PersonError) as err:
        persons.save_case(conn, replace(Case(pupil.id, date(2026, 9, 1)), **changes))
    assert (str(err.value), err.value.field) == (sentence, field)
    assert repo.CASES.count(conn) == 0


def test_closing_without_a_day_closes_today_and_keeps_the_referral(conn, pupil):
    case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), status="closed",
                                        outcome="referred", outcome_referral="ASD"))
    stored = repo.CASES.get(conn, case.id)
    assert (stored.closed, stored.outcome, stored.outcome_referral) == (TODAY, "referred",
                                                                        "ASD")


def test_a_referral_target_goes_with_the_outcome_referred_only(conn, pupil):
    case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), status="closed",
                                        outcome="achieved", outcome_referral="ASD"))
    assert repo.CASES.get(conn, case.id).outcome_referral == ""


def test_an_open_case_carries_no_outcome(conn, pupil):
    case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), status="open",
                                        outcome="referred", outcome_referral="ASD"))
    stored = repo.CASES.get(conn, case.id)
    assert (stored.closed, stored.outcome, stored.outcome_referral) == (None, "", "")
