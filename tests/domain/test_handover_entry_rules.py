"""The Vertretung's rules that moved into ``domain/handover.py`` with the entries a deputy
writes: how a return file is recognised by its name, who is left out of the proposal and
why, the extras she may tick, how the deputy's entries are marked, the times she types,
and the field hashes that tell which fields the deputy changed (a package written by one
release is read back by another, so the hash is a format). Pure, no vault."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from ssa_desktop.domain import handover as ho
from ssa_desktop.domain.text_safety import TEXT_LIMIT

PID = "abcdef1234567890"


@pytest.mark.parametrize(("name", "ours"), [
    ("rueckgabe-2026-03-20-abcdef12.ssapaket", True),
    ("rueckgabe-2026-03-20-abcdef12-2.ssapaket", True),       # a second return that day
    ("rueckgabe-2026-03-20-abcdef12-10.ssapaket", True),
    ("rueckgabe-2026-03-20-abcdef12-x.ssapaket", False),
    ("rueckgabe-2026-03-20-abcdef12-2-3.ssapaket", False),
    ("rueckgabe-2026-03-abcdef12.ssapaket", False),
    ("rueckgabe-2026-03-20-abcdef13.ssapaket", False),        # another package
    ("vertretung-2026-03-20-abcdef12.ssapaket", False),
])
def test_a_return_is_recognised_by_its_default_name(name, ours):
    assert ho.package_of_return_name(name, PID) is ours


def test_a_package_id_shorter_than_its_name_part_recognises_no_return():
    assert not ho.package_of_return_name("rueckgabe-2026-03-20-abc.ssapaket", "abc")
    assert ho.package_of_return_name("rueckgabe-2026-03-20-abcdefgh.ssapaket", "abcdefgh")


def _c(pid, *, consent=True, case=True, school="GMS", pseudonym=None, problem=""):
    return ho.Candidate(pid, pseudonym or pid, school, consent, case, False, False, problem)


def test_who_is_needed_but_not_proposed_is_named_with_the_reason():
    no_consent = _c("p2", consent=False, pseudonym="K-2")
    expired = _c("p1", consent=False, pseudonym="K-1", problem="Einwilligung abgelaufen")
    proposed, unneeded = _c("p3"), _c("p4", consent=False, case=False)
    other_school = _c("p5", consent=False, school="ABC", pseudonym="Z-1")
    left_out = ho.not_proposed([no_consent, proposed, unneeded, expired, other_school])
    assert left_out == [other_school, expired, no_consent]          # school, pseudonym
    assert expired.not_proposed_reason == "Einwilligung abgelaufen"
    assert no_consent.not_proposed_reason == (
        "keine gültige Einwilligung „Weitergabe an die Vertretung“")
    assert proposed.not_proposed_reason == "" and unneeded.not_proposed_reason == ""


@pytest.mark.parametrize("extra", ho.EXTRAS)
def test_each_extra_can_be_ticked_for_a_person_in_the_package(extra):
    assert ho.check_extras({"p1": {extra}}, ["p1"]) == {"p1": {extra}}
    assert ho.EXTRA_LABELS[extra]


def test_extras_she_did_not_tick_are_not_carried():
    assert ho.check_extras(None, ["p1"]) == {}
    assert ho.check_extras({"p1": set(), "p2": ["case_notes", "case_notes"]},
                           ["p1", "p2"]) == {"p2": {"case_notes"}}


def test_an_unknown_extra_or_one_for_a_person_not_in_the_package_is_refused():
    with pytest.raises(ho.HandoverRuleError) as err:
        ho.check_extras({"p1": {"diagnose", "akte", "case_notes"}}, ["p1"])
    assert str(err.value) == ("Unbekannter Zusatz für das Paket: akte, diagnose. Möglich sind: "
                              "person_note, case_notes, case_goals, appointment_notes.")
    with pytest.raises(ho.HandoverRuleError) as err:
        ho.check_extras({"p1": {"case_notes"}, "p9": {"case_goals"}}, ["p1"])
    assert str(err.value) == ("Zusätze (Notizen, Ziele) gibt es nur für Personen im Paket; "
                              "die Person p9 ist nicht im Paket.")


def test_the_deputys_entries_are_marked_with_her_name():
    assert ho.written_by("  Jana   Berger ") == "Jana Berger (Vertretung)"
    assert ho.written_by(" ") == "Vertretung (Vertretung)"


@pytest.mark.parametrize("typed", ["00:00", "09:30", "23:59", " 12:05 "])
def test_a_time_of_the_day_is_taken(typed):
    assert ho.check_time(typed) == typed.strip()


def test_a_time_without_its_leading_zero_is_taken_as_every_way_in_stores_it():
    """The one rule of a contact's time (``appointment_times.contact_time``)."""
    assert ho.check_time("9:30") == "09:30"


def test_no_time_is_no_time():
    assert ho.check_time("  ") == ""


@pytest.mark.parametrize("typed", ["24:00", "12:60", "9:3", "09:3", "0930", "ab:cd",
                                   "09:30:00", "-1:30"])
def test_anything_else_is_refused_with_the_field_named(typed):
    with pytest.raises(ho.HandoverRuleError) as err:
        ho.check_time(typed, "Das Ende")
    assert str(err.value) == (f"Das Ende „{typed}“ ist keine gültige Uhrzeit "
                              "(HH:MM, z. B. 09:30).")
    with pytest.raises(ho.HandoverRuleError, match="^Die Uhrzeit „"):
        ho.check_time(typed)


def _by_hand(value) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@pytest.mark.parametrize("value", ["Gespräch mit Frau Müller", {"b": 1, "a": "ß"},
                                   date(2026, 3, 5), None, 30])
def test_a_field_hash_is_the_short_sha256_of_its_json(value):
    assert ho.field_hash(value) == _by_hand(value)
    assert len(ho.field_hash(value)) == 16


def test_a_field_hash_does_not_depend_on_key_order():
    assert ho.field_hash({"a": 1, "b": 2}) == ho.field_hash({"b": 2, "a": 1})


def test_only_the_fields_the_deputy_changed_are_changed():
    row = {"id": "c1", "note": "neu", "day": "2026-03-05"}
    baseline = {"id": ho.field_hash("c1"), "note": ho.field_hash("alt"),
                "day": ho.field_hash("2026-03-05")}
    assert ho.changed_fields(baseline, row) == ("note",)
    assert ho.changed_fields({}, row) == ("id", "note", "day")      # a new row


def test_of_a_packaged_appointment_the_deputy_changes_only_its_status_and_her_mark():
    packaged = {"id": "a1", "person_id": "p1", "day": "2026-03-05", "status": "planned",
                "room": "Raum 3", "written_by": ""}
    base = {name: ho.field_hash(value) for name, value in packaged.items()}
    contents = ho.PackageContents(frozenset({"p1"}), {}, frozenset({"a1"}))

    def refused(**changed):
        return ho.refused_row("appointment", {**packaged, **changed}, contents,
                              exists_here=True, person_here="p1", base=base)
    assert refused(status="attended", written_by=ho.written_by("Jana Berger")) is None
    assert refused(room="Aula") == ("an einem Termin des Pakets ändert die Vertretung nur den "
                                    "Status, nicht: Raum")
    assert refused(day="2026-03-06", room="Aula") == (
        "an einem Termin des Pakets ändert die Vertretung nur den Status, nicht: Datum, Raum")


PERIOD = ho.Period(date(2026, 3, 2), date(2026, 3, 13))
TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(("day", "problem"), [
    (date(2026, 3, 1), "der Tag 01.03.2026 liegt vor dem Beginn der Vertretung (02.03.2026)"),
    (date(2026, 3, 2), None),
    (date(2026, 3, 10), None),
    (date(2026, 3, 11), "der Tag 11.03.2026 liegt in der Zukunft"),
])
def test_a_deputys_contact_lies_in_the_vertretung_and_not_in_the_future(day, problem):
    assert ho.contact_day_problem(day, PERIOD, TODAY) == problem


def test_a_contact_after_the_vertretung_is_refused_even_when_read_later():
    later = date(2026, 3, 20)
    assert ho.contact_day_problem(date(2026, 3, 13), PERIOD, later) is None
    assert ho.contact_day_problem(date(2026, 3, 14), PERIOD, later) == (
        "der Tag 14.03.2026 liegt nach dem Ende der Vertretung (13.03.2026)")


def test_a_contact_from_the_day_the_package_was_written_comes_back():
    written = date(2026, 2, 27)
    assert ho.contact_day_problem(written, PERIOD, TODAY, written) is None
    assert ho.contact_day_problem(date(2026, 2, 26), PERIOD, TODAY, written) == (
        "der Tag 26.02.2026 liegt vor dem Beginn der Vertretung (27.02.2026)")
    # a package written after the first day does not move the first day
    assert ho.contact_day_problem(date(2026, 3, 2), PERIOD, TODAY, date(2026, 3, 5)) is None


def test_an_appointment_is_attended_only_once_its_day_has_come():
    assert ho.attended_problem("attended", TODAY, TODAY) is None
    assert ho.attended_problem("planned", date(2026, 3, 11), TODAY) is None
    assert ho.attended_problem("attended", date(2026, 3, 11), TODAY) == (
        "der Termin am 11.03.2026 ist als wahrgenommen markiert, hat aber noch nicht begonnen")


# -- why a row of a return is refused (each sentence she reads beside the row) ------------

CONTENTS = ho.PackageContents(
    frozenset({"p1", "p2"}), {"f1": "p1", "f2": "p2"}, frozenset({"a1"}),
    contacts=frozenset({"c1"}), person_school={"p1": "s1", "p2": "s1"},
    returned={"contact": frozenset({"c9"})}, period=PERIOD)


def _refused(table, *, here=None, base=None, today=TODAY, contents=CONTENTS, **row):
    row = {"id": "new", "person_id": "p1", "school_id": "s1", "day": "2026-03-05", **row}
    return ho.refused_row(table, row, contents, exists_here=here is not None,
                          person_here=here, base=base, today=today)


def test_a_new_contact_of_a_packaged_person_in_her_case_is_taken():
    assert _refused("contact", case_id="f1") is None
    assert _refused("contact") is None                                 # no case
    assert _refused("appointment", case_id="f2") is None               # a case only on contacts


def test_a_row_of_another_person_or_case_is_refused():
    assert _refused("contact", person_id="p3") == "die Person ist nicht im Vertretungspaket"
    assert _refused("contact", case_id="f7") == "der Fall ist nicht im Vertretungspaket"
    assert _refused("contact", case_id="f2") == "der Fall gehört nicht zu dieser Person"


def test_a_text_longer_than_the_limit_is_refused_with_the_fields_name():
    assert _refused("contact", note="x" * TEXT_LIMIT) is None
    limit = f"{TEXT_LIMIT:,}".replace(",", ".")
    over = f"{TEXT_LIMIT + 1:,}".replace(",", ".")
    assert _refused("contact", note="x" * (TEXT_LIMIT + 1)) == (
        f"Text zu lang im Feld „Notiz“: {over} Zeichen, höchstens {limit} Zeichen sind erlaubt")


def test_a_row_she_has_already_comes_only_from_the_package_or_an_earlier_return():
    assert _refused("contact", here="p1", id="c1") is None             # in the package
    assert _refused("contact", here="p1", id="c9") is None             # an earlier reading
    assert _refused("appointment", here="p1", id="a1") is None
    assert _refused("contact", here="p1", id="a1") == (                # not a packaged contact
        "den Eintrag gibt es bei Ihnen, er war aber nicht im Vertretungspaket")
    assert _refused("appointment", here="p1", id="c9") == (            # returned as a contact
        "den Eintrag gibt es bei Ihnen, er war aber nicht im Vertretungspaket")
    assert _refused("contact", here="p2", id="c1") == (
        "der Eintrag gehört bei Ihnen zu einer anderen Person")
    plain = ho.PackageContents(frozenset({"p1"}), {}, frozenset(), contacts=frozenset({"c1"}))
    assert _refused("contact", here="p1", id="c1", contents=plain) is None
    assert _refused("contact", here="p1", id="c2", contents=plain) == (
        "den Eintrag gibt es bei Ihnen, er war aber nicht im Vertretungspaket")


def test_an_appointment_brought_by_an_earlier_reading_may_change_further():
    contents = ho.PackageContents(frozenset({"p1"}), {}, frozenset(),
                                  returned={"appointment": frozenset({"a5"})})
    base = {"room": ho.field_hash("Raum 3")}
    assert _refused("appointment", here="p1", id="a5", base=base, room="Aula",
                    contents=contents) is None
    assert _refused("appointment", here="p1", id="a1", base=None, room="Aula") is None


def test_a_row_for_another_school_is_refused():
    assert _refused("contact", school_id="s2") == "die Schule ist nicht die Schule der Person"
    anywhere = ho.PackageContents(frozenset({"p1"}), {}, frozenset())
    assert _refused("contact", school_id="s2", contents=anywhere) is None


def test_the_day_is_checked_for_contacts_in_the_period_and_attended_appointments():
    assert _refused("contact", day="2026-03-01") == (
        "der Tag 01.03.2026 liegt vor dem Beginn der Vertretung (02.03.2026)")
    assert _refused("contact", day="2026-03-01", today=None) is None   # no day to compare
    assert _refused("contact", day="kein Datum") is None               # the format check's
    assert _refused("appointment", day="2026-03-11", status="attended") == (
        "der Termin am 11.03.2026 ist als wahrgenommen markiert, hat aber noch nicht begonnen")
    assert _refused("appointment", day="2026-03-01", status="attended") is None
    no_period = ho.PackageContents(frozenset({"p1"}), {}, frozenset())
    assert _refused("contact", day="2026-03-01", contents=no_period) is None


@pytest.mark.parametrize(("counts", "said"), [
    ({"Schulen": 1, "Personen": 3, "Termine": 1}, "1 Schule, 3 Personen, 1 Termin"),
    ({"Kontakte": 0, "Fälle": 2, "Unbekanntes": 1}, "2 Fälle, 1 Unbekanntes"),
    ({"offene Fälle": 1, "Korrekturvermerke": 2}, "1 offener Fall, 2 Korrekturvermerke"),
])
def test_counts_are_said_in_singular_or_plural_without_zeros(counts, said):
    assert ho.count_text(counts) == said
