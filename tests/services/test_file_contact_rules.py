"""The rules of her own entry over a file's contacts and goal ratings
(``interchange_validate.contact_problems``) and its appointments' times
(``_appointment_problems``), called as the import and the merge call them,
without a vault: each with its place, today itself taken and tomorrow refused (the form's
sentence), the file's own pseudonyms before the vault's, minutes at their place, and at
most ``_MAX_PROBLEMS`` named. The mutation selection of ``tools/mutation.sh
interchange-validate`` (the real-vault CLI tests: tests/services/test_import_plausibility.py)."""

from __future__ import annotations

from datetime import date, timedelta

from ssa_desktop.services.interchange import ImportProblem
from ssa_desktop.services.interchange_validate import (
    _MAX_PROBLEMS,
    _appointment_problems,
    contact_problems,
)

TODAY = date(2026, 11, 22)
TOMORROW = TODAY + timedelta(days=1)


def _contact(n: int, day: date, **fields) -> dict:
    return {"id": f"c{n}", "person_id": "anna", "day": day.isoformat(), "time": "",
            "kind": "talk", "duration_min": 30, "case_id": None, "note": "", **fields}


def _doc(contacts=(), ratings=(), persons=()) -> dict:
    return {"tables": {"contact": list(contacts), "goal_rating": list(ratings),
                       "person": list(persons)}}


def _problems(doc: dict, held=(), names=None) -> list[str]:
    return [str(p) for p in contact_problems(doc, list(held), names or {"anna": "P-Anna"},
                                             TODAY)]


def test_a_contact_dated_today_is_taken_and_one_dated_tomorrow_refused_at_its_day():
    assert _problems(_doc([_contact(0, TODAY)])) == []
    assert _problems(_doc([_contact(0, TODAY), _contact(1, TOMORROW)])) == [
        "tables.contact[1].day: Der Kontakt ist auf den 23.11.2026 datiert, also in der "
        "Zukunft. Kontakte werden nach dem Gespräch erfasst; Künftiges gehört in die Termine."]


def test_a_contact_over_a_year_back_is_only_asked_in_the_form_not_refused_in_a_file():
    """``plausibility.day``'s question (not blocking) is no refusal of a file."""
    assert _problems(_doc([_contact(0, TODAY - timedelta(days=400))])) == []


def test_a_rating_dated_today_is_taken_and_one_dated_tomorrow_refused_at_its_day():
    ratings = [{"id": "r0", "goal_id": "g", "day": TODAY.isoformat(), "level": 1},
               {"id": "r1", "goal_id": "g", "day": TOMORROW.isoformat(), "level": 1}]
    assert _problems(_doc(ratings=ratings[:1])) == []
    assert _problems(_doc(ratings=ratings)) == [
        "tables.goal_rating[1].day: Der 23.11.2026 liegt in der Zukunft: bitte den Tag der "
        "Einschätzung angeben."]


def test_the_future_comes_first_then_the_entry_s_rules_in_the_file_s_order():
    contacts = [_contact(0, TODAY, duration_min=1441), _contact(1, TOMORROW)]
    ratings = [{"id": "r0", "goal_id": "g", "day": TOMORROW.isoformat(), "level": 1}]
    assert [p.split(":")[0] for p in _problems(_doc(contacts, ratings))] == [
        "tables.contact[1].day", "tables.goal_rating[0].day", "tables.contact[0]",
        "tables.contact[0].duration_min"]


def test_minutes_no_entry_saved_are_named_at_their_field_with_the_file_s_pseudonym():
    """The file's own person is named by the file's pseudonym, over the vault's."""
    doc = _doc([_contact(0, TODAY, person_id="ben", duration_min=1441)],
               persons=[{"id": "ben", "pseudonym": "P-Ben"}])
    assert _problems(doc, names={"ben": "P-Alt"}) == [
        "tables.contact[0]: Kontakte vom 22.11.2026 (P-Ben): zusammen 1.441 Minuten an einem "
        "Tag, mehr als 24 Stunden (1.440 Minuten)",
        "tables.contact[0].duration_min: Kontakt vom 22.11.2026 (P-Ben): 1441 Minuten sind "
        "24,02 Stunden – länger als ein Tag; so lange ließ die Eingabe keinen Kontakt "
        "speichern (höchstens 1440 Minuten)"]
    assert _problems(_doc([_contact(0, TODAY, duration_min=1440)])) == []


def test_a_copy_of_her_contact_is_named_in_the_file_s_words():
    mine = _contact(9, TODAY, time="10:00")
    assert _problems(_doc([_contact(0, TODAY, time="10:00")]), held=[mine]) == [
        "tables.contact[0]: Kontakt vom 22.11.2026 (P-Anna): gleicht einem Kontakt, den Sie "
        "schon haben"]
    assert _problems(_doc([_contact(0, TODAY, time="10:00"), _contact(1, TODAY, time="10:00")])) \
        == ["tables.contact[1]: Kontakt vom 22.11.2026 (P-Anna): steht mehrfach in der Datei"]


def test_a_file_without_contacts_or_ratings_has_none_to_name():
    assert contact_problems({"tables": {}}, [], {}, TODAY) == []


def test_at_most_the_limit_is_named():
    contacts = [_contact(n, TOMORROW, person_id=f"p{n}") for n in range(_MAX_PROBLEMS + 1)]
    problems = contact_problems(_doc(contacts), [], {}, TODAY)
    assert len(problems) == _MAX_PROBLEMS
    assert problems[-1] == ImportProblem(
        f"tables.contact[{_MAX_PROBLEMS - 1}].day",
        "Der Kontakt ist auf den 23.11.2026 datiert, also in der Zukunft. Kontakte werden "
        "nach dem Gespräch erfasst; Künftiges gehört in die Termine.")


def test_each_appointment_s_times_are_named_at_their_field_in_the_file_s_order():
    rows = [{"start": "09:00", "end": "10:00"}, {"start": "10:00", "end": "10:00"},
            {"start": 9, "end": "10:00"}, {"end": "10:00"},      # the field check's
            {"start": "23:59", "end": "24:00"}, {"start": "9:0", "end": "10:00"},
            {"start": " 9:00", "end": "10:00"}]        # the form takes „ 9:00“ (09:00)
    assert [str(p) for p in _appointment_problems(rows)] == [
        "tables.appointment[1].end: Das Ende des Termins muss nach dem Beginn liegen.",
        ("tables.appointment[4].end: Das Ende „24:00“ ist keine gültige Uhrzeit "
         "(HH:MM, z. B. 09:30)."),
        ("tables.appointment[5].start: Der Beginn „9:0“ ist keine gültige Uhrzeit "
         "(HH:MM, z. B. 09:30).")]
    assert list(_appointment_problems(rows[:1])) == []


def test_a_person_s_and_a_kurzkontakt_s_numbers_her_forms_refuse_are_named_at_their_field():
    """After the days, in the file's order: a person's birth year, a person's and a
    Kurzkontakt's grade (``plausibility.person_numbers_problem``, today's year taken)."""
    persons = [{"id": "anna", "pseudonym": "P-Anna", "birth_year": TODAY.year, "grade": 13},
               {"id": "ben", "pseudonym": "P-Ben", "birth_year": TODAY.year + 1},
               {"id": "cem", "pseudonym": "P-Cem", "grade": 14}]
    doc = _doc([_contact(0, TOMORROW)], persons=persons)
    doc["tables"]["short_contact"] = [{"id": "k0", "day": TODAY.isoformat(), "grade": 1},
                                      {"id": "k1", "day": TODAY.isoformat(), "grade": 0}]
    assert _problems(doc) == [
        "tables.contact[0].day: Der Kontakt ist auf den 23.11.2026 datiert, also in der "
        "Zukunft. Kontakte werden nach dem Gespräch erfasst; Künftiges gehört in die Termine.",
        "tables.person[1].birth_year: Das Geburtsjahr ist nicht plausibel.",
        "tables.person[2].grade: Die Klassenstufe muss zwischen 1 und 13 liegen.",
        "tables.short_contact[1].grade: Die Klassenstufe muss zwischen 1 und 13 liegen."]
