"""The declaration of letters at its edges, its refusals word for word (domain/letters.py;
mutation: tools/mutation.sh letters, docs/mutants.md)."""

from __future__ import annotations

import dataclasses

import pytest

from ssa_desktop.domain import letters as dl
from ssa_desktop.domain.errors import UserError

ALWAYS = ("letter", "recipient", "person", "school", "worker", "traeger")


def test_the_groups_in_declaration_order():
    assert dl.GROUPS == ("letter", "recipient", "person", "school", "appointment", "consent",
                         "partner", "offer", "worker", "traeger")


def test_each_kind_its_title_groups_and_record():
    assert {key: (k.key, k.title, k.groups, k.needs) for key, k in dl.KINDS.items()} == {
        "invitation": ("invitation", "Einladung zum Gespräch", (*ALWAYS, "appointment"),
                       "appointment"),
        "consent_release": ("consent_release", "Schweigepflichtentbindung",
                            (*ALWAYS, "consent"), "consent"),
        "referral": ("referral", "Weitervermittlung an eine Fachstelle", (*ALWAYS, "partner"),
                     "partner"),
        "participation": ("participation", "Teilnahmebestätigung", (*ALWAYS, "offer"), "offer"),
        "appointment": ("appointment", "Terminbestätigung", (*ALWAYS, "appointment"),
                        "appointment"),
        "general": ("general", "Allgemeiner Brief", ALWAYS, ""),
    }
    with pytest.raises(dataclasses.FrozenInstanceError):
        dl.KINDS["general"].groups = ("consent",)   # type: ignore[misc]


def test_what_each_kind_discloses():
    assert dl.DISCLOSED == {
        "invitation": ("master", "attendance"), "consent_release": ("master",),
        "referral": ("master", "assessment"), "participation": ("master", "attendance"),
        "appointment": ("master", "attendance"), "general": ("master",)}


def test_the_fields_of_a_kind_in_declaration_order():
    assert dl.allowed_fields(dl.KINDS["participation"]) == [
        "letter.date", "letter.place", "recipient.address", "recipient.salutation",
        "person.pseudonym", "person.first_name", "person.last_name", "person.class_label",
        "school.name", "school.address", "offer.title", "offer.first_day", "offer.last_day",
        "offer.sessions", "worker.name", "worker.role", "worker.phone", "worker.email",
        "traeger.name", "traeger.street", "traeger.city"]


def test_an_unknown_kind_is_named_with_the_known_ones():
    assert dl.kind_of("referral") is dl.KINDS["referral"]
    with pytest.raises(UserError) as caught:
        dl.kind_of("mahnung")
    assert str(caught.value) == (
        "Die Briefart „mahnung“ gibt es nicht (bekannt: invitation, consent_release, referral, "
        "participation, appointment, general).")


def test_a_name_is_quoted_whole_up_to_60_characters():
    assert dl.QUOTED_LIMIT == 60
    assert dl.quoted("a" * 60) == "a" * 60
    assert dl.quoted("b" * 61) == "b" * 60 + "…"


def test_a_placeholder_of_another_kind_and_an_unknown_one_are_refused_word_for_word():
    invitation = dl.KINDS["invitation"]
    dl.check_placeholders(["person.first_name", "appointment.day", "person.first_name"],
                          invitation)
    with pytest.raises(dl.TemplateRefused) as caught:
        # sorted: the allowed one comes first, the refused one after it
        dl.check_placeholders(["person.first_name", "appointment.day", "school.name",
                               "worker.name", "offer.title"], dl.KINDS["general"])
    assert str(caught.value) == ("Der Platzhalter „appointment.day“ gehört nicht in eine "
                                 "Allgemeiner Brief: diese Briefart darf ihn nicht verwenden.")
    with pytest.raises(dl.TemplateRefused) as caught:
        dl.check_placeholders(["letter.date", "zeugnis.note"], invitation)
    assert str(caught.value) == (
        "Den Platzhalter „zeugnis.note“ gibt es nicht. Alle Platzhalter dieser Briefart zeigt "
        "„Platzhalter …“ im Dialog „Brief erstellen“ (z. B. „person.first_name“, „school.name“).")
    with pytest.raises(dl.TemplateRefused, match="„" + "x" * 60 + "…“ gibt es nicht"):
        dl.check_placeholders(["x" * 70], invitation)


def test_an_address_of_six_lines_is_taken_seven_are_refused():
    six = "  Familie Berger \n\nMarktplatz 1\n \n79312 Emmendingen\nc\nd\ne\n"
    assert dl.address_lines(six) == ["Familie Berger", "Marktplatz 1", "79312 Emmendingen",
                                     "c", "d", "e"]
    with pytest.raises(UserError) as caught:
        dl.address_lines(six + "f")
    assert str(caught.value) == ("Eine Anschrift hat höchstens 6 Zeilen (Name, Straße und "
                                 "Hausnummer, PLZ und Ort); diese hat 7.")


@pytest.mark.parametrize(("name", "limit"), [
    ("recipient.address", 1000), ("consent.scope", 1000), ("consent.purpose", 1000),
    ("consent.recipient", 200), ("person.first_name", 200), ("letter.date", 200)])
def test_each_value_is_taken_up_to_its_limit(name, limit):
    assert dl.limit_values({name: "x" * limit, "school.name": "y" * 200}) == {
        name: "x" * limit, "school.name": "y" * 200}
    with pytest.raises(UserError) as caught:
        dl.limit_values({"school.name": "ok", name: "x" * (limit + 1)})
    assert str(caught.value) == (f"Das Feld „{dl.FIELDS[name]}“ ist zu lang "
                                 f"(höchstens {limit} Zeichen).")


def test_a_value_outside_the_fields_or_not_text_is_refused():
    with pytest.raises(UserError) as caught:
        dl.limit_values({"person.first_name": "Kim", "case.note": "x"})
    assert str(caught.value) == "Das Feld „case.note“ ist für Briefe nicht vorgesehen."
    with pytest.raises(UserError) as caught:
        dl.limit_values({"person.first_name": 7})   # type: ignore[dict-item]
    assert str(caught.value) == "Das Feld „person.first_name“ muss Text sein."
