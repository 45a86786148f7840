"""A consent whose end or withdrawal lies before its begin (taken in by an import before
29.11.2026; never valid on any day) can have that day corrected – only such a consent:
a consent is a legal record, whose days are otherwise never changed (she withdraws it or
records a new one). The correction is logged as a Korrekturvermerk with the earlier day,
kept with the person (docs/domain.md § 7: corrections are annotations, the earlier
version stays visible)."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.entities import Consent
from ssa_desktop.services import admission, consents, notes
from ssa_desktop.storage import repositories as repo
from tests.services.test_handover import _person

BEGIN = date(2026, 10, 1)


def _reversed(conn, **days):
    lena = _person(conn, "L-13", consent=False)
    return repo.CONSENTS.insert(conn, Consent(lena.id, "Jugendamt", BEGIN, **days))


def test_an_end_before_the_begin_is_corrected_and_logged(conn):
    c = _reversed(conn, valid_to=date(2025, 10, 31))
    consents.correct_reversed_days(conn, c.id, date(2026, 10, 31))
    assert repo.CONSENTS.get(conn, c.id).valid_to == date(2026, 10, 31)
    [note] = notes.annotations_for(conn, c.person_id)
    assert (note.target_kind, note.previous, note.text) == ("consent", "31.10.2025", "31.10.2026")
    assert note.field_name == "Einwilligung gegenüber Jugendamt ab 01.10.2026: Gültig bis"
    assert admission.held_form_problems(conn) == []


def test_a_withdrawal_before_the_begin_is_corrected_and_logged(conn):
    c = _reversed(conn, withdrawn_on=date(2026, 9, 28))
    consents.correct_reversed_days(conn, c.id, BEGIN)
    assert repo.CONSENTS.get(conn, c.id).withdrawn_on == BEGIN
    [note] = notes.annotations_for(conn, c.person_id)
    assert (note.field_name.endswith("Widerruf am"), note.previous) == (True, "28.09.2026")
    assert admission.held_form_problems(conn) == []


def test_a_day_before_the_begin_is_refused_nothing_written(conn):
    c = _reversed(conn, valid_to=date(2025, 10, 31))
    with pytest.raises(consents.ConsentError, match="vor ihrem Beginn"):
        consents.correct_reversed_days(conn, c.id, date(2026, 9, 30))
    assert repo.CONSENTS.get(conn, c.id).valid_to == date(2025, 10, 31)
    assert notes.annotations_for(conn, c.person_id) == []


def test_a_consent_whose_days_agree_is_never_changed(conn):
    c = _reversed(conn, valid_to=date(2026, 12, 31))
    with pytest.raises(consents.ConsentError, match="Widerruf eintragen"):
        consents.correct_reversed_days(conn, c.id, date(2027, 6, 30))
    assert repo.CONSENTS.get(conn, c.id).valid_to == date(2026, 12, 31)
    assert notes.annotations_for(conn, c.person_id) == []
