"""Consents and the disclosure log: refusal without a valid consent naming the recipient."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain.entities import Consent
from ssa_desktop.services import consents as svc
from ssa_desktop.storage import repositories as repo
from tests.support.examples import examples

D = date(2026, 11, 21)


def _consent(conn, pupil, **kw):
    values = dict(person_id=pupil.id, recipient="Herr Roth (Klassenlehrer)", valid_from=date(2026, 10, 1),
                  valid_to=date(2026, 12, 31), party="both", scope="Teilnahme", purpose="Förderplan")
    values.update(kw)
    return svc.save_consent(conn, Consent(**values))


def test_refused_without_consent_writes_nothing(conn, pupil):
    with pytest.raises(svc.DisclosureRefused, match="keine an diesem Tag gültige Einwilligung"):
        svc.record_disclosure(conn, pupil.id, D, "Herr Roth (Klassenlehrer)", ("attendance",), "consent")
    assert repo.DISCLOSURES.count(conn) == 0


def test_accepted_with_valid_consent_naming_recipient(conn, pupil):
    consent = _consent(conn, pupil)
    disc = svc.record_disclosure(conn, pupil.id, D, "  herr roth  (klassenlehrer) ", ("attendance",),
                                 "consent")
    [stored] = repo.DISCLOSURES.all(conn)
    assert stored.consent_id == consent.id == disc.consent_id
    assert stored.legal_basis == "consent" and stored.categories == ("attendance",)


def test_refused_for_other_recipient(conn, pupil):
    _consent(conn, pupil)
    with pytest.raises(svc.DisclosureRefused):
        svc.record_disclosure(conn, pupil.id, D, "Frau Klein", ("attendance",), "consent")
    assert repo.DISCLOSURES.count(conn) == 0


def test_refused_after_end_date_and_after_withdrawal(conn, pupil):
    consent = _consent(conn, pupil)
    with pytest.raises(svc.DisclosureRefused):
        svc.record_disclosure(conn, pupil.id, date(2027, 1, 1), consent.recipient, ("master",), "consent")
    assert svc.consent_status(consent, date(2027, 1, 1)) == "expired"
    svc.withdraw_consent(conn, consent.id, date(2026, 11, 15))
    with pytest.raises(svc.DisclosureRefused):
        svc.record_disclosure(conn, pupil.id, D, consent.recipient, ("master",), "consent")
    assert svc.consent_status(repo.CONSENTS.get(conn, consent.id), D) == "withdrawn"
    # before the withdrawal the consent still covered it
    svc.record_disclosure(conn, pupil.id, date(2026, 11, 14), consent.recipient, ("master",), "consent")
    assert repo.DISCLOSURES.count(conn) == 1


def test_accepted_with_legal_basis_8a(conn, pupil):
    disc = svc.record_disclosure(conn, pupil.id, D, "Jugendamt ASD", ("8a", "assessment"), "8a")
    assert disc.legal_basis == "8a" and disc.consent_id is None
    assert repo.DISCLOSURES.count(conn) == 1


def test_unknown_basis_and_empty_categories_refused(conn, pupil):
    with pytest.raises(svc.DisclosureRefused):
        svc.record_disclosure(conn, pupil.id, D, "X", ("master",), "gut gemeint")
    with pytest.raises(svc.DisclosureRefused):
        svc.record_disclosure(conn, pupil.id, D, "X", (), "8a")
    assert repo.DISCLOSURES.count(conn) == 0


def test_consent_validation(conn, pupil):
    with pytest.raises(svc.ConsentError):
        _consent(conn, pupil, recipient="  ")
    with pytest.raises(svc.ConsentError):
        _consent(conn, pupil, valid_to=date(2026, 9, 1))


def test_consents_to_renew_in_the_next_14_days(conn, pupil):
    _consent(conn, pupil, valid_to=D + timedelta(days=10))
    _consent(conn, pupil, recipient="Frau Klein", valid_to=D + timedelta(days=40))
    rows = svc.consents_to_renew(conn, D, 14)
    assert [r.recipient for r in rows] == ["Herr Roth (Klassenlehrer)"]


@settings(max_examples=examples(60), deadline=None)
@given(start=st.integers(0, 60), length=st.one_of(st.none(), st.integers(0, 60)),
       withdrawn=st.one_of(st.none(), st.integers(0, 120)), day=st.integers(-10, 130))
def test_status_agrees_with_is_valid_on(start, length, withdrawn, day):
    base = date(2026, 9, 1)
    c = Consent(person_id="p", recipient="r", valid_from=base + timedelta(days=start),
                valid_to=None if length is None else base + timedelta(days=start + length),
                withdrawn_on=None if withdrawn is None else base + timedelta(days=withdrawn))
    on = base + timedelta(days=day)
    assert (svc.consent_status(c, on) == "valid") == c.is_valid_on(on)


def test_deputy_consent_only_when_marked_and_valid(conn, pupil):
    _consent(conn, pupil)  # an ordinary consent allows no Vertretungspaket
    assert svc.deputy_consent(conn, pupil.id, D) is None
    deputy = _consent(conn, pupil, recipient="", deputy=True, valid_to=date(2026, 11, 30))
    assert deputy.recipient == svc.DEPUTY_RECIPIENT
    assert repo.CONSENTS.get(conn, deputy.id).deputy is True
    assert svc.deputy_consent(conn, pupil.id, D).id == deputy.id
    assert svc.deputy_consent(conn, pupil.id, date(2026, 11, 30)).id == deputy.id
    assert svc.deputy_consent(conn, pupil.id, date(2026, 12, 1)) is None  # expired
    svc.withdraw_consent(conn, deputy.id, date(2026, 11, 25))
    assert svc.deputy_consent(conn, pupil.id, date(2026, 11, 25)) is None
    assert svc.deputy_consent(conn, pupil.id, date(2026, 11, 24)).id == deputy.id


# -- why the deputy consents do not cover a Vertretung ------------------------------------------
_WRITTEN, _FIRST, _LAST = date(2026, 11, 23), date(2026, 11, 30), date(2026, 12, 18)


def _deputy(valid_from, valid_to=None, withdrawn=None, deputy=True):
    return Consent("p", "Vertretung", valid_from, valid_to=valid_to, withdrawn_on=withdrawn,
                   deputy=deputy)


@pytest.mark.parametrize("deputy_consents, reason", [
    ([], svc.NO_DEPUTY_CONSENT),
    ([_deputy(date(2026, 9, 1), deputy=False)], svc.NO_DEPUTY_CONSENT),
    ([_deputy(date(2026, 9, 1))], ""),
    ([_deputy(date(2026, 9, 1), _LAST)], ""),
    ([_deputy(date(2026, 9, 1), date(2026, 12, 5)), _deputy(date(2026, 12, 6))], ""),
    ([_deputy(date(2026, 9, 1), _LAST - timedelta(days=1))], "Einwilligung endet am 17.12.2026"),
    ([_deputy(date(2026, 9, 1), withdrawn=_LAST)], "Einwilligung widerrufen zum 18.12.2026"),
    ([_deputy(date(2026, 9, 1), withdrawn=_WRITTEN)], "Einwilligung widerrufen zum 23.11.2026"),
    # over before the day of writing: the latest withdrawal or end is named
    ([_deputy(date(2026, 9, 1), withdrawn=date(2026, 10, 1)),
      _deputy(date(2026, 9, 1), withdrawn=date(2026, 10, 5))], "Einwilligung widerrufen zum 05.10.2026"),
    ([_deputy(date(2026, 9, 1), date(2026, 10, 1)),
      _deputy(date(2026, 9, 1), date(2026, 10, 9))], "Einwilligung endet am 09.10.2026"),
    ([_deputy(date(2026, 9, 1), date(2026, 10, 1), withdrawn=date(2026, 9, 15))],
     "Einwilligung widerrufen zum 15.09.2026"),
    # not yet valid: the earliest start is named
    ([_deputy(date(2026, 12, 3)), _deputy(_FIRST)], "Einwilligung gilt erst ab 30.11.2026"),
    # the day of writing is covered, a day of the period is not
    ([_deputy(date(2026, 9, 1), date(2026, 12, 5)), _deputy(date(2026, 12, 7))],
     "Einwilligung endet am 05.12.2026"),
])
def test_deputy_consent_problem_names_why(deputy_consents, reason):
    assert svc.deputy_consent_problem(deputy_consents, _FIRST, _LAST, _WRITTEN) == reason
