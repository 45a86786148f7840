"""Session 28, tester TS (her own Word template, a working year): a placeholder written a
little wrong ({{ appointment.date }} for ``appointment.day``, ``person.firstname``) was
refused with „gibt es nicht“ and two unrelated examples – she had to find the right name
herself, behind a button the message did not name. The refusal now names the placeholder
she surely meant (one of her letter kind's, the closest) and the button „Platzhalter …“
that lists them all; a name near none of them gets the button alone."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import letters as dl

INVITATION = dl.KINDS["invitation"]


@pytest.mark.parametrize(("written", "meant"), [
    ("appointment.date", "appointment.day"),
    ("person.firstname", "person.first_name"),
    ("Person.First_Name", "person.first_name"),
    ("school.nam", "school.name"),
])
def test_a_placeholder_written_a_little_wrong_names_the_one_she_meant(written, meant):
    with pytest.raises(dl.TemplateRefused) as caught:
        dl.check_placeholders([written], INVITATION)
    assert str(caught.value) == (
        f"Den Platzhalter „{written}“ gibt es nicht – gemeint ist wohl „{meant}“. "
        "Alle Platzhalter dieser Briefart zeigt „Platzhalter …“ im Dialog „Brief erstellen“.")


def test_a_name_near_none_of_her_kinds_placeholders_gets_the_button_alone():
    with pytest.raises(dl.TemplateRefused) as caught:
        dl.check_placeholders(["zeugnis.note"], INVITATION)
    assert str(caught.value) == (
        "Den Platzhalter „zeugnis.note“ gibt es nicht. Alle Platzhalter dieser Briefart "
        "zeigt „Platzhalter …“ im Dialog „Brief erstellen“ (z. B. „person.first_name“, "
        "„school.name“).")


def test_only_a_placeholder_of_her_kind_is_proposed():
    # „partner.nam“ is near partner.name, which an invitation may not use: not proposed
    with pytest.raises(dl.TemplateRefused) as caught:
        dl.check_placeholders(["partner.nam"], INVITATION)
    assert "gemeint" not in str(caught.value)
    assert "partner.name" not in str(caught.value)
