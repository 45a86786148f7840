"""The integrity rules of one KVJS file (``domain/kvjs_integrity``, docs/statistics.md,
„Prüfsumme und Stimmigkeit“) asked directly, each at its boundary and with its German
sentence written out by hand: a name's length, the digest's bytes, a part against its
whole, minutes against their sessions and the year, a form field against its figure, a
post's Schularten against its own figures. Pure: no vault, no file."""

from __future__ import annotations

import hashlib

import pytest

from ssa_desktop.domain import kvjs
from ssa_desktop.domain import kvjs_integrity as ki

LONG = "x" * 201


@pytest.mark.parametrize(("field", "what"), [
    ("landkreis", "des Landkreises"), ("name", "der Schule oder Stelle"),
    ("code", "des Kürzels"), ("school_type", "der Schulart")])
def test_a_name_longer_than_200_is_named_with_its_length_and_start(field, what):
    assert ki.name_problem({field: "x" * 200}) == ""
    assert ki.name_problem({field: LONG}) == (
        f"der Name {what} ist zu lang (201 Zeichen, höchstens 200): „{'x' * 40}…“")


def test_the_schools_and_parts_of_a_scope_are_asked_too_and_odd_entries_skipped():
    assert ki.name_problem({"schools": None, "parts": None}) == ""
    assert ki.name_problem({"schools": [LONG, {"code": "GS"}], "parts": []}) == ""
    assert ki.name_problem({"schools": [{"code": "GS"}, {"school_type": LONG}]}) == (
        f"der Name der Schulart ist zu lang (201 Zeichen, höchstens 200): „{'x' * 40}…“")
    assert ki.name_problem({"parts": [7, {"landkreis": LONG}]}).startswith(
        "der Name des Landkreises ist zu lang (201 Zeichen")
    assert ki.name_problem({"name": 5 * 10 ** 300, "code": ["x" * 300]}) == ""


def test_the_first_long_name_is_the_one_named():
    assert ki.name_problem({"code": "c" * 250, "landkreis": "l" * 300}).startswith(
        "der Name des Landkreises ist zu lang (300 Zeichen")
    assert ki.name_problem({"code": "c" * 250, "schools": [{"landkreis": "l" * 300}]}).startswith(
        "der Name des Kürzels ist zu lang (250 Zeichen")


def test_the_digest_is_over_the_sorted_compact_utf8_json_without_integrity():
    doc = {"b": [1, 2], "a": "Größe", "integrity": {"digest": "alt"}}
    body = '{"a":"Größe","b":[1,2]}'.encode()
    assert ki.canonical(doc) == body
    assert ki.digest(doc) == hashlib.sha256(body).hexdigest()
    assert doc["integrity"] == {"digest": "alt"}   # the document itself is left as it was


def test_a_part_above_its_whole_is_refused_and_equal_is_not():
    assert ki.figures_problem({"efh_pupils": 36, "efh_persons": 36}) == ""
    assert ki.figures_problem({"efh_pupils": 37, "efh_persons": 36}) == (
        "„Beratene Schüler:innen“ = 37 ist größer als „Beratene Personen“ = 36")
    assert ki.figures_problem({"efh_pupils": 37}) == ""
    assert ki.figures_problem({"efh_persons": 36}) == ""


def test_a_key_above_the_whole_is_named_the_first_of_them():
    assert ki.figures_problem({"efh_pupils_by_gender": {"m": 36, "w": 0},
                               "efh_pupils": 36}) == ""
    assert ki.figures_problem({"efh_pupils_by_gender": {"d": 1, "m": 40, "w": 50},
                               "efh_pupils": 36}) == (
        "„Beratene Schüler:innen nach Geschlecht“ „m“ = 40 ist größer als "
        "„Beratene Schüler:innen“ = 36")


def test_keys_that_split_a_whole_add_up_to_at_most_it():
    assert ki.figures_problem({"efh_pupils_by_gender": {"m": 20, "w": 16},
                               "efh_pupils": 36}) == ""
    assert ki.figures_problem({"efh_pupils_by_gender": {"m": 20, "w": 17},
                               "efh_pupils": 36}) == (
        "„Beratene Schüler:innen nach Geschlecht“ ergeben zusammen 37, mehr als "
        "„Beratene Schüler:innen“ = 36")
    # topics do not split the persons (one person, several topics): only each key is bound
    assert ki.figures_problem({"efh_topics": {"a": 30, "b": 30}, "efh_persons": 36}) == ""


def test_the_first_disagreement_in_the_order_of_within_is_named():
    figures = {"efh_pupils": 37, "efh_persons": 36, "grp_by_kind": {"a": 9},
               "grp_activities": 2, "efh_minutes": 10 ** 6, "efh_contacts": 1}
    assert ki.figures_problem(figures).startswith("„Beratene Schüler:innen“ = 37")
    del figures["efh_pupils"]
    assert ki.figures_problem(figures) == (
        "„Gruppenangebote nach Art“ „a“ = 9 ist größer als „Gruppenangebote“ = 2")
    del figures["grp_by_kind"]
    assert ki.figures_problem(figures).startswith("„Minuten Beratung“ = 1000000")


@pytest.mark.parametrize(("minutes", "sessions", "words"), [
    ("efh_minutes", "efh_contacts", ("Minuten Beratung", "Beratungskontakte")),
    ("grp_minutes", "grp_sessions", ("Minuten Gruppenarbeit", "Gruppentermine")),
    ("off_minutes", "off_sessions", ("Minuten offene Angebote", "Termine offener Angebote")),
    ("vnz_minutes", "vnz_activities", ("Minuten Vernetzung", "Vernetzungsaktivitäten"))])
def test_minutes_are_at_most_a_day_per_session(minutes, sessions, words):
    assert ki.figures_problem({minutes: 3 * 1440, sessions: 3}) == ""
    assert ki.figures_problem({minutes: 3 * 1440 + 1, sessions: 3}) == (
        f"„{words[0]}“ = 4321 ist mehr als ein Tag je Termin („{words[1]}“ = 3); "
        "Plausibilitätsgrenze")
    assert ki.figures_problem({minutes: 1}) == ""


def test_the_working_time_is_at_most_a_year_per_post_and_at_least_one_year():
    year = 366 * 24 * 60
    time = "time_minutes_by_category"
    assert ki.figures_problem({time: {"a": year - 10, "b": 10}, "fte": 0.5}) == ""
    assert ki.figures_problem({time: {"a": year - 10, "b": 11}, "fte": 0.5}) == (
        "„Arbeitszeit nach Aufgabenbereich (Minuten)“ = 527041 ist mehr, als ein Jahr bei "
        "0.5 Vollzeitstellen hat (Plausibilitätsgrenze)")
    assert ki.figures_problem({time: {"a": 2 * year}, "fte": 2}) == ""
    assert ki.figures_problem({time: {"a": 2 * year + 1}, "fte": 2}).startswith(
        "„Arbeitszeit nach Aufgabenbereich (Minuten)“ = 1054081 ist mehr, als ein Jahr bei 2 ")
    assert ki.figures_problem({time: {"a": 10 * year}}) == ""
    assert ki.figures_problem({time: {"a": 10 * year}, "fte": "2"}) == ""
    assert ki.figures_problem({time: 10 * year, "fte": 1.0}) == ""


def test_a_field_shows_its_key_its_split_sum_or_nothing():
    figures = {"efh_contacts": 5, "efh_pupils_by_gender": {"m": 3, "w": 4},
               "efh_topics": {"a": 2, "b": 6}}
    assert ki.field_value(figures, {"aggregate": "efh_contacts", "key": "m"}) == 5
    assert ki.field_value(figures, {"aggregate": "efh_pupils_by_gender", "key": "w"}) == 4
    assert ki.field_value(figures, {"aggregate": "efh_pupils_by_gender"}) == 7
    assert ki.field_value(figures, {"aggregate": "efh_topics"}) is None
    assert ki.field_value(figures, {"aggregate": "efh_topics", "key": "b"}) == 6


def test_the_first_field_whose_value_is_not_its_figure_is_named():
    figures = {"efh_contacts": 5, "efh_pupils_by_gender": {"m": 3, "w": 4}}
    label = "Beratungskontakte im Schuljahr, alle Klassen, alle Anlässe, ohne Kurzkontakte xyz"
    fields = [
        {"aggregate": "efh_contacts", "value": 5, "label": "a"},
        {"aggregate": "efh_contacts", "value": 9, "staff": True},
        {"aggregate": "efh_contacts", "value": 9, "left_out": True},
        {"aggregate": "grp_sessions", "value": 9},
        {"aggregate": "efh_pupils_by_gender", "key": "x", "value": 9},
        {"aggregate": "efh_pupils_by_gender", "key": "w", "value": 4},
        {"aggregate": "efh_pupils_by_gender", "value": 7},
    ]
    assert ki.fields_problem(fields, figures) == ""
    wrong = [*fields, {"aggregate": "efh_contacts", "value": 4, "label": label},
             {"aggregate": "efh_contacts", "value": 3}]
    assert ki.fields_problem(wrong, figures) == (
        f"fields[7] („{label[:60]}“) zeigt 4, die Kennzahl „Beratungskontakte“ aber 5")
    assert ki.fields_problem([{"aggregate": "efh_contacts", "value": 6,
                               "left_out": "ja"}], figures) == (
        "fields[0] („“) zeigt 6, die Kennzahl „Beratungskontakte“ aber 5")
    assert ki.fields_problem([{"aggregate": "efh_pupils_by_gender", "key": "w", "value": 3}],
                             figures).endswith("zeigt 3, die Kennzahl "
                                               "„Beratene Schüler:innen nach Geschlecht“ aber 4")


def test_a_posts_schularten_add_up_to_its_additive_figures():
    types = {"GS": {"efh_contacts": 2, "efh_persons": 2, "fte": 0.25},
             "RS": {"efh_contacts": 3, "efh_persons": 2, "fte": 0.25}}
    assert ki.by_type_problem({"efh_contacts": 5, "efh_persons": 3, "fte": 1.0}, types) == ""
    assert ki.by_type_problem({"efh_contacts": 4}, types) == (
        "„Beratungskontakte“: die Summe der Schularten (5) ist nicht die der Datei (4)")
    # a Schulart without the figure (an older release): not compared
    assert ki.by_type_problem({"efh_contacts": 4}, {**types, "WRS": {}}) == ""
    assert ki.by_type_problem({"efh_contacts": 4}, {**types, "WRS": 7}) == ""


def test_keyed_figures_add_up_key_by_key():
    time = "time_minutes_by_category"
    types = {"GS": {time: {"a": 10}}, "RS": {time: {"a": 0, "b": 5}}}
    assert ki.by_type_problem({time: {"a": 10, "b": 5}}, types) == ""
    assert ki.by_type_problem({time: {"a": 10, "b": 6}}, types) == (
        "„Arbeitszeit nach Aufgabenbereich (Minuten)“: die Summe der Schularten (15) ist "
        "nicht die der Datei (16)")


# (part, whole) by hand: every breakdown of the form and the whole it lies within
PARTS = [
    ("efh_pupils", "efh_persons"), ("efh_pupils_by_gender", "efh_pupils"),
    ("efh_pupils_by_grade", "efh_pupils"), ("efh_contacts_with_parents", "efh_contacts"),
    ("efh_contacts_with_teachers", "efh_contacts"), ("efh_topics", "efh_persons"),
    ("efh_access_routes", "efh_persons"), ("efh_referrals", "efh_contacts"),
    ("cp_8a_by_outcome", "cp_8a_procedures"), ("cp_8a_jugendamt_informed", "cp_8a_procedures"),
    ("efh_cases_by_outcome", "efh_cases_closed"),
    ("efh_referrals_by_target", "efh_cases_closed"), ("grp_by_kind", "grp_activities"),
    ("grp_by_purpose", "grp_activities"), ("grp_participants_by_gender", "grp_participants"),
    ("grp_participants_by_purpose", "grp_participants"), ("vnz_by_kind", "vnz_activities")]


def test_the_parts_and_their_wholes_are_the_forms():
    assert list(ki.WITHIN) == PARTS


@pytest.mark.parametrize(("part", "whole"), PARTS)
def test_each_part_above_its_whole_is_refused(part, whole):
    value = {"k": 4} if kvjs.BY_NAME[part].keys else 4
    assert ki.figures_problem({part: value, whole: 4}) == ""
    value = {"k": 5} if kvjs.BY_NAME[part].keys else 5
    assert f"= 5 ist größer als „{kvjs.BY_NAME[whole].label}“ = 4" in \
        ki.figures_problem({part: value, whole: 4})
