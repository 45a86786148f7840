"""The consent rules at their edges, each written out: the last valid day, a one-day
consent, a withdrawal before the start, the recipient compared trimmed and in any case,
each refusal's words as she reads them, and what each writing use case declares it
changed (the views refresh from that). Found by mutation (docs/mutants.md, `consents`)."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.entities import Case, Consent
from ssa_desktop.services import consents as svc
from ssa_desktop.services import operations, persons
from ssa_desktop.services.operations import DataKind
from ssa_desktop.storage import repositories as repo

ROTH = "Herr Roth (Klassenlehrer)"


def _consent(conn, pupil, **kw):
    values = dict(person_id=pupil.id, recipient=ROTH, valid_from=date(2026, 10, 1),
                  valid_to=date(2026, 12, 31), party="both")
    values.update(kw)
    return svc.save_consent(conn, Consent(**values))


def _refusal(call) -> str:
    with pytest.raises((svc.ConsentError, svc.DisclosureRefused)) as caught:
        call()
    return str(caught.value)


def test_the_recipient_is_compared_trimmed_and_in_any_case():
    assert svc.normalise_recipient("  Herr   ROTH\t(Klassenlehrer) ") == "herr roth (klassenlehrer)"


def test_status_on_the_first_and_last_valid_day():
    c = Consent("p", ROTH, date(2026, 10, 1), valid_to=date(2026, 12, 31))
    assert svc.consent_status(c, date(2026, 9, 30)) == "future"
    assert svc.consent_status(c, date(2026, 10, 1)) == "valid"
    assert svc.consent_status(c, date(2026, 12, 31)) == "valid"
    assert svc.consent_status(c, date(2027, 1, 1)) == "expired"
    assert svc.STATUS_LABELS["future"] == "noch nicht gültig"


def test_a_one_day_consent_is_saved(conn, pupil):
    one_day = _consent(conn, pupil, valid_from=date(2026, 11, 2), valid_to=date(2026, 11, 2))
    assert repo.CONSENTS.get(conn, one_day.id).valid_to == date(2026, 11, 2)


def test_a_deputy_consent_without_a_recipient_names_the_deputy(conn, pupil):
    saved = _consent(conn, pupil, recipient=" ", deputy=True)
    assert repo.CONSENTS.get(conn, saved.id).recipient == "Vertretung der Schulsozialarbeit"


def test_each_refusal_of_a_consent_in_her_words(conn, pupil):
    assert _refusal(lambda: _consent(conn, pupil, recipient="  ")) == \
        "Bitte angeben, wem gegenüber die Einwilligung gilt (Empfänger)."
    assert _refusal(lambda: _consent(conn, pupil, party="")) == "Bitte angeben, wer eingewilligt hat."
    assert _refusal(lambda: _consent(conn, pupil, valid_to=date(2026, 9, 30))) == \
        "Das Ende der Gültigkeit liegt vor ihrem Beginn."
    assert _refusal(lambda: _consent(conn, pupil, person_id="nobody")) == "Die Person gibt es nicht (mehr)."
    assert _refusal(lambda: svc.withdraw_consent(conn, "nothing", date(2026, 11, 1))) == \
        "Die Einwilligung gibt es nicht (mehr)."
    consent = _consent(conn, pupil)
    svc.withdraw_consent(conn, consent.id, date(2026, 11, 5))
    assert _refusal(lambda: svc.withdraw_consent(conn, consent.id, date(2026, 11, 6))) == \
        "Die Einwilligung wurde schon am 05.11.2026 widerrufen."
    assert repo.CONSENTS.count(conn) == 1


def test_a_withdrawal_dated_before_the_start_takes_effect_on_the_start(conn, pupil):
    consent = _consent(conn, pupil)
    svc.withdraw_consent(conn, consent.id, date(2026, 9, 1))
    assert repo.CONSENTS.get(conn, consent.id).withdrawn_on == date(2026, 10, 1)


def test_a_named_consent_is_the_one_matched_whichever_is_listed_first(conn, pupil):
    older = _consent(conn, pupil, valid_from=date(2026, 9, 1))
    newer = _consent(conn, pupil, valid_from=date(2026, 10, 1))
    day = date(2026, 11, 2)
    assert svc.matching_consent(conn, pupil.id, day, ROTH, older.id) == older
    assert svc.matching_consent(conn, pupil.id, day, ROTH, newer.id) == newer


def test_each_refusal_of_a_disclosure_in_her_words(conn, pupil):
    day = date(2026, 11, 2)

    def disclose(recipient=ROTH, categories=("attendance",), basis="consent", person=pupil.id):
        return lambda: svc.record_disclosure(conn, person, day, recipient, categories, basis)

    assert _refusal(disclose(recipient=" ")) == "Bitte angeben, an wen die Information ging."
    assert _refusal(disclose(categories=())) == \
        "Bitte angeben, welche Art von Information übermittelt wurde."
    assert _refusal(disclose(basis="gut gemeint")) == (
        "Ohne Rechtsgrundlage darf nichts übermittelt werden. Bitte eine Rechtsgrundlage wählen.")
    assert _refusal(disclose(person="nobody")) == "Die Person gibt es nicht (mehr)."
    assert _refusal(disclose()) == (
        "Übermittlung an „Herr Roth (Klassenlehrer)“ am 02.11.2026 nicht zulässig: "
        "Es liegt keine an diesem Tag gültige Einwilligung (Schweigepflichtentbindung) vor, "
        "die diesen Empfänger nennt. Bitte zuerst die Einwilligung erfassen – oder eine andere "
        "Rechtsgrundlage wählen, wenn sie wirklich vorliegt (z. B. § 8a SGB VIII, § 4 KKG).")
    assert repo.DISCLOSURES.count(conn) == 0


def test_each_writing_use_case_says_it_changed_consents(conn, pupil):
    saved = operations.run(_consent, conn, pupil)
    assert saved.changes.kinds == frozenset({DataKind.CONSENTS})
    withdrawn = operations.run(svc.withdraw_consent, conn, saved.value.id, date(2026, 11, 5))
    assert withdrawn.changes.kinds == frozenset({DataKind.CONSENTS})
    logged = operations.run(svc.record_disclosure, conn, pupil.id, date(2026, 11, 2), "Jugendamt",
                            ("8a",), "8a")
    assert logged.changes.kinds == frozenset({DataKind.CONSENTS})


def test_a_renewal_of_one_day_right_after_the_end_renews_it(conn, pupil):
    """The day after the end is the renewal's first and last day: renewed (the edge of
    `_renewed`: its last valid day is the day after, and is its first)."""
    persons.save_case(conn, Case(pupil.id, date(2026, 10, 1), school_id="school-1"))
    first = _consent(conn, pupil, valid_to=date(2026, 11, 15))
    assert [r.consent_id for r in svc.consents_to_renew(conn, date(2026, 11, 10), 14)] == [first.id]
    renewal = _consent(conn, pupil, valid_from=date(2026, 11, 16), valid_to=date(2026, 11, 16))
    assert [r.consent_id for r in svc.consents_to_renew(conn, date(2026, 11, 10), 14)] == [renewal.id]
