"""A letter to a recipient who is not the person or a guardian is a disclosure: with her
confirmation it is logged in the Übermittlungsprotokoll (recipient, the categories its
kind carries, the legal basis; with a consent only when one names the recipient), the
same service for the GUI and the CLI (``letters.check_disclosure`` / ``disclose``)."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.services import consents
from ssa_desktop.services import letters as svc
from ssa_desktop.services.consents import DisclosureRefused

EB = "Erziehungsberatungsstelle Emmendingen\nHerrn Vogt\nBahnhofstr. 3\n79312 Emmendingen"


def _request(records, recipient=EB, **extra):
    return svc.LetterRequest("referral", records["person"], records["partner"], recipient,
                             **extra)


def test_a_letter_to_the_person_or_a_guardian_is_no_disclosure(conn, records, frozen_clock):
    assert svc.check_disclosure(conn, _request(records, "Familie Sommer\nLindenweg 4")) is None
    assert svc.disclose(conn, _request(records, "Familie Sommer\nLindenweg 4")) is None
    assert consents.disclosures_for_person(conn, records["person"]) == []


def test_a_letter_to_an_outside_recipient_is_logged_with_the_consent_naming_it(
        conn, records, frozen_clock):
    request = _request(records, outside=True, legal_basis="consent")
    seen = svc.check_disclosure(conn, request)
    assert consents.disclosures_for_person(conn, records["person"]) == []  # checked, not logged
    assert (seen.recipient, seen.categories, seen.legal_basis, seen.consent_id) == (
        "Erziehungsberatungsstelle Emmendingen", ("master", "assessment"), "consent",
        records["consent"])
    svc.disclose(conn, request)
    [logged] = consents.disclosures_for_person(conn, records["person"])
    assert (logged.day, logged.recipient, logged.categories, logged.legal_basis) == (
        date(2026, 11, 25), "Erziehungsberatungsstelle Emmendingen", ("master", "assessment"),
        "consent")


@pytest.mark.parametrize(("kind", "source", "categories"), [
    ("invitation", "appointment", ("master", "attendance")),
    ("participation", "offer", ("master", "attendance")),
    ("consent_release", "consent", ("master",)),
])
def test_each_kind_names_the_categories_it_carries(conn, records, frozen_clock, kind, source,
                                                   categories):
    request = svc.LetterRequest(kind, records["person"], records[source], EB, outside=True,
                                legal_basis="8a")
    assert svc.check_disclosure(conn, request).categories == categories


def test_without_a_consent_naming_the_recipient_it_is_refused_and_nothing_logged(
        conn, records, frozen_clock):
    request = _request(records, "Jugendamt Emmendingen\nPostfach 1", outside=True,
                       legal_basis="consent")
    with pytest.raises(DisclosureRefused, match="keine an diesem Tag gültige Einwilligung"):
        svc.check_disclosure(conn, request)
    with pytest.raises(DisclosureRefused):
        svc.disclose(conn, request)
    with pytest.raises(DisclosureRefused, match="Ohne Rechtsgrundlage"):
        svc.check_disclosure(conn, _request(records, outside=True))
    assert consents.disclosures_for_person(conn, records["person"]) == []
