"""The Träger kit's rules (``domain/traeger.py``) on deliveries built in memory: no file,
no command line, no vault (issue 65, mutation). Each rule at its boundary, the figures
and sentences written by hand. First in the ``traeger`` selection of tools/mutation.sh:
a mutant costs a second here; the command-line tests beside it prove the same rules on
real files."""

from __future__ import annotations

import json
import re
from dataclasses import FrozenInstanceError, replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import traeger
from ssa_desktop.domain.traeger import (
    CONFLICT,
    DELIVERED,
    DUPLICATE,
    MISSING,
    NO_POST,
    OLDER,
    PARTIAL,
    Delivery,
    KitError,
    School,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "kvjs" / "format-3"
FULL = json.loads((DATA / "KVJS_GMS-1_2025-26.json").read_text("utf-8"))["aggregates"]
YEAR = "2025/26"


def _d(file: str, code: str = "GMS-1", *, kind: str = "school", year: str = YEAR,
       schools: tuple[School, ...] = (), fmt: int = 6, template: str = "2026.2",
       pack: str = "", created: str = "2026-10-01", landkreis: str = "",
       aggregates: dict | None = None, delivered: dict | None = None,
       period: tuple[date, date] | None = None, revision: int = 0, number: str = "",
       by_type: dict | None = None) -> Delivery:
    if kind == "school" and not schools:
        schools = (School(code, f"Schule {code}", "GMS", number),)
    return Delivery(file, year, kind, code, schools[0].name if kind == "school" else code,
                    schools, fmt, template, pack, created, landkreis,
                    {"efh_persons": 4, "efh_contacts": 6} if aggregates is None else aggregates,
                    delivered or {}, period, revision, by_type or {})


def _post(file: str, code: str, *codes: str, **kw) -> Delivery:
    return _d(file, code, kind="post", schools=tuple(
        School(c, f"Schule {c}", kw.pop("school_type", "GMS")) for c in codes), **kw)


# -- small helpers -------------------------------------------------------------------
def test_the_small_texts_by_hand():
    assert traeger.previous_year("2025/26") == "2024/25"
    assert traeger.previous_year("2000/01") == "1999/00"
    assert traeger.previous_year("2010/11") == "2009/10"
    assert traeger._german("2026-07-31") == "31.07.2026"
    assert [traeger._signed(v) for v in (3, -2.5, 0, 1.0, 0.25)] == [
        "+3", "-2,5", "+0", "+1", "+0,25"]
    assert [traeger._plain(v) for v in (2.5, 3, 2.0, 0.125)] == ["2,5", "3", "2", "0,125"]
    assert traeger._version_key("2026.2") == (2026, 2)
    assert traeger._version_key("ohne") == (0,)
    assert traeger._version_key("v10") > traeger._version_key("v9")
    assert traeger._pack({"title": "BW", "id": "abcdefghijklmnop"}) == "„BW“ (abcdefghijkl)"
    assert traeger._pack({"title": 5}) == "„“ ()"
    assert traeger._pack("Paket 1") == "Paket 1"
    assert traeger._pack(None) == ""
    assert traeger._text(5) == ""
    assert traeger._stand(_d("a", revision=3, created="2026-10-01")) == (
        "Revision 3, Stand 2026-10-01")
    assert traeger._stand(_d("a", created="2026-10-01")) == "Stand 2026-10-01"


def test_a_school_of_a_file_is_read_with_its_code_normalised():
    assert traeger._school({"code": " gms-1 ", "name": "Am Park", "school_type": "GMS",
                            "school_number": "04123456"}) == School(
        "GMS-1", "Am Park", "GMS", "04123456")
    assert traeger._school("kaputt") == School("", "", "", "")
    assert School("GMS-1", "x", number="04123456").key == "04123456"
    assert School("GMS-1", "x").key == "GMS-1"


def _doc(kind: str, **scope) -> dict:
    return {"school_year": YEAR, "format_version": 6, "template": {"version": "2026.2"},
            "created": "2026-10-01T09:00", "aggregates": {"efh_persons": 1},
            "scope": {"kind": kind, "code": "gms-1", "name": "Am Park", **scope}}


def test_a_delivery_is_read_from_a_checked_document():
    school = traeger.delivery("a.json", {**_doc("school", landkreis="Ortenau",
                                                period={"from": "2025-08-01",
                                                        "to": "2026-01-31"}),
                                         "rule_pack": "BW", "revision": 2,
                                         "delivered": {"on": "2026-09-01"}})
    assert (school.kind, school.code, school.name, school.key) == (
        "school", "GMS-1", "Am Park", "GMS-1")
    assert (school.landkreis, school.rule_pack, school.revision, school.created) == (
        "Ortenau", "BW", 2, "2026-10-01T09:00")
    assert school.period == (date(2025, 8, 1), date(2026, 1, 31))
    assert school.delivered == {"on": "2026-09-01"} and school.by_school_type == {}
    assert (school.format_version, school.template_version) == (6, "2026.2")
    post = traeger.delivery("p.json", {**_doc(
        "post", code="P-Nord", schools=[{"code": "rs-2"}, {"code": "gs"}]),
        "by_school_type": {"GMS": {}}})
    assert (post.code, post.key, post.period, post.revision) == ("P-Nord", "P-Nord", None, 0)
    assert [s.code for s in post.schools] == ["RS-2", "GS"]
    assert post.by_school_type == {"GMS": {}} and post.delivered == {}
    assert traeger.delivery("q.json", _doc("post", code="P")).schools == ()
    whole = traeger.delivery("w.json", _doc("school"))
    assert whole.period == (date(2025, 8, 1), date(2026, 7, 31))
    with pytest.raises(KitError) as refused:
        traeger.delivery("s.json", _doc("merged"))
    assert str(refused.value) == ("„s.json“ ist eine Summendatei (kvjs-merge), keine "
                                  "Lieferung einer Stelle oder Schule.")


# -- what a file says about itself ---------------------------------------------------
@pytest.mark.parametrize(("created", "noted"), [
    ("2026-07-31", True), ("2026-07-31T23:59", True), ("2026-08-01", False),
    ("2025-08-01", True), ("31.07.2026", False), ("", False)])
def test_a_file_made_before_its_year_ended_says_so(created, noted):
    notes = traeger.file_notes(_d("a.json", created=created))
    assert notes == ([f"„a.json“ wurde vor dem Ende des Schuljahres erstellt (Stand "
                      f"{traeger._german(created[:10])}); was danach erfasst wurde, fehlt darin"]
                     if noted else [])


def test_a_file_of_an_unreadable_year_says_nothing_of_its_end():
    assert traeger.file_notes(_d("a.json", year="kaputt", created="2026-01-01")) == []


def test_the_changes_since_the_delivered_version_are_named():
    d = _d("a.json", created="2026-10-01", delivered={
        "on": "2026-09-15", "differences": {"efh_contacts": 2, "efh_pupils_by_gender": {
            "m": -1, "w": 0.5}}})
    assert traeger.file_notes(d) == [
        "„a.json“ weicht von der am 15.09.2026 abgegebenen Fassung ab: Beratungskontakte +2, "
        "Beratene Schüler:innen nach Geschlecht: männlich -1, "
        "Beratene Schüler:innen nach Geschlecht: weiblich +0,5"]
    assert traeger.file_notes(_d("a.json", delivered={"on": "2026-09-15"})) == []


# -- lists she gives -----------------------------------------------------------------
def test_a_list_is_read_line_by_line():
    text = "Stelle;Schule\n\n# Kommentar\nP-Nord ; GMS-1\nP-Süd,RS-2\nP-West\tGS\n  STELLE , schule  "
    assert traeger.pairs(text, "Liste", ("Stelle", "Schule")) == [
        ("P-Nord", "GMS-1"), ("P-Süd", "RS-2"), ("P-West", "GS")]


@pytest.mark.parametrize(("line", "said"), [
    ("P-Nord", "Liste, Zeile 2: erwartet zwei Angaben (Stelle;Schule), gefunden „P-Nord“."),
    ("P;GMS;x", "Liste, Zeile 2: erwartet zwei Angaben (Stelle;Schule), gefunden „P;GMS;x“."),
    ("P;", "Liste, Zeile 2: erwartet zwei Angaben (Stelle;Schule), gefunden „P;“."),
    (";GMS", "Liste, Zeile 2: erwartet zwei Angaben (Stelle;Schule), gefunden „;GMS“."),
    ("P;" + "x" * 201, f"Liste, Zeile 2: „{'x' * 40}…“ ist zu lang (201 Zeichen, höchstens 200)."),
])
def test_a_line_that_is_no_pair_is_refused_with_its_number(line, said):
    with pytest.raises(KitError) as refused:
        traeger.pairs("# Kopf\n" + line, "Liste", ("Stelle", "Schule"))
    assert str(refused.value) == said


def test_a_name_of_the_longest_length_is_taken():
    assert traeger.pairs("P;" + "x" * 200, "Liste", ("a", "b")) == [("P", "x" * 200)]
    assert traeger.pairs(("y" * 61) + ";x", "Liste", ("a", "b")) == [("y" * 61, "x")]
    with pytest.raises(KitError, match=f"gefunden „{'y' * 60}“"):
        traeger.pairs("y" * 70, "Liste", ("a", "b"))


# -- which file is newer -------------------------------------------------------------
@pytest.mark.parametrize(("a", "b", "newer"), [
    (dict(revision=3, created="2026-01-01"), dict(revision=2, created="2026-12-01"), True),
    (dict(revision=2, created="2026-12-01"), dict(revision=3, created="2026-01-01"), False),
    (dict(revision=2, created="2026-12-01"), dict(revision=2, created="2026-01-01"), True),
    (dict(revision=0, created="2026-01-01"), dict(revision=5, created="2026-12-01"), False),
    (dict(revision=5, created="2026-01-01"), dict(revision=0, created="2026-12-01"), False),
    (dict(created="2026-10-02"), dict(created="2026-10-01T23:59"), True),
    (dict(created="2026-10-01T10:00"), dict(created="2026-10-01T09:00"), True),
    (dict(created="2026-10-01T09:00"), dict(created="2026-10-01T10:00"), False),
    (dict(created="2026-10-01T09:00"), dict(created="2026-10-01T09:00"), None),
    (dict(created="2026-10-01"), dict(created="2026-10-01T09:00"), None),
    (dict(created="2026-10-01T09:00"), dict(created="2026-10-01"), None),
])
def test_which_file_is_newer(a, b, newer):
    assert traeger._newer(_d("a", **a), _d("b", **b)) is newer


def test_the_newest_of_a_schools_files_names_the_older_and_the_copies():
    old = _d("alt.json", created="2026-09-01")
    new = _d("neu.json", created="2026-10-01")
    copy = _d("kopie.json", created="2026-10-01")
    best, notes = traeger._newest_of("Schule GMS-1", [old, new, copy])
    assert best is new
    assert notes == [
        "Schule GMS-1: „neu.json“ (Stand 2026-10-01) ersetzt die ältere „alt.json“ "
        "(Stand 2026-09-01).",
        "Schule GMS-1: „kopie.json“ hat dieselben Zahlen wie „neu.json“ und zählt einmal."]
    best, notes = traeger._newest_of("S", [new, old])
    assert best is new
    assert notes == ["S: „neu.json“ (Stand 2026-10-01) ersetzt die ältere „alt.json“ "
                     "(Stand 2026-09-01)."]


def test_two_equally_new_files_with_other_figures_are_a_tie_nobody_decides():
    a = _d("a.json", created="2026-10-01")
    b = _d("b.json", created="2026-10-01", aggregates={"efh_persons": 5, "efh_contacts": 6})
    c = _d("c.json", created="2026-11-01")
    assert traeger._newest_of("S", [a, b, c]) == (None, [
        "S: „a.json“ und „b.json“ sind gleich neu (Stand 2026-10-01 und 2026-10-01) und "
        "haben verschiedene Zahlen; keine der beiden zählt, bis eine entfernt ist."])


# -- status of a delivery ------------------------------------------------------------
NEWEST = traeger._Newest(6, "2026.2", 1)


def test_the_newest_of_a_year_and_why_a_file_is_older():
    items = [_d("a", fmt=4, template="2025.10", pack="A"), _d("b", template="2026.2", pack="B"),
             _d("c", template="2026.1", pack="A")]
    newest = traeger._Newest.of(items, 6)
    assert newest == traeger._Newest(6, "2026.2", 2)
    assert traeger._Newest.of([], 6) == traeger._Newest(6, "", 0)
    assert newest.notes(items[0]) == ["„a“: Formatversion 4 (aktuell 6)",
                                      "„a“: Vorlage 2025.10 (neueste 2026.2)"]
    assert newest.notes(items[1]) == []
    assert newest.notes(_d("d", fmt=7)) == []
    assert newest.pack_notes(items[0]) == ["„a“: Regelpaket A"]
    assert newest.pack_notes(_d("e")) == ["„e“: Regelpaket ohne Angabe"]
    assert traeger._Newest(6, "2026.2", 1).pack_notes(items[0]) == []


def test_no_file_is_missing_one_is_delivered_an_older_one_older():
    assert traeger._status([], NEWEST, "Schule GMS-1") == (MISSING, [])
    assert traeger._status([_d("a", created="2026-10-01")], NEWEST, "S") == (DELIVERED, [])
    assert traeger._status([_d("a", fmt=5)], NEWEST, "S") == (
        OLDER, ["„a“: Formatversion 5 (aktuell 6)"])


def test_a_correction_is_one_delivery_and_a_copy_a_duplicate():
    old, new = _d("alt", created="2026-09-01"), _d("neu", created="2026-10-01")
    assert traeger._status([old, new], NEWEST, "S") == (DELIVERED, [
        "S: „neu“ (Stand 2026-10-01) ersetzt die ältere „alt“ (Stand 2026-09-01)."])
    copy = _d("kopie", created="2026-10-01")
    assert traeger._status([old, new, copy], NEWEST, "S") == (DUPLICATE, [
        "dieselbe Lieferung 3-mal: „alt“, „neu“, „kopie“"])
    tie = _d("b", created="2026-10-01", aggregates={"efh_persons": 9})
    assert traeger._status([new, tie], NEWEST, "S") == (DUPLICATE, [
        "dieselbe Lieferung 2-mal: „neu“, „b“",
        "S: „neu“ und „b“ sind gleich neu (Stand 2026-10-01 und 2026-10-01) und haben "
        "verschiedene Zahlen; keine der beiden zählt, bis eine entfernt ist."])
    # two schools' files under one status (a post's files naming it) are never one
    other = _d("rs", "RS-2", created="2026-11-01")
    assert traeger._status_of_one([new, other], NEWEST, "S")[0] == DUPLICATE


FIRST_HALF = (date(2025, 8, 1), date(2026, 1, 31))
SECOND_HALF = (date(2026, 2, 1), date(2026, 7, 31))


def test_parts_of_the_year_add_up_and_a_missing_part_is_named():
    a = _d("a", period=FIRST_HALF, created="2026-02-01")
    b = _d("b", period=SECOND_HALF, created="2026-10-01")
    assert traeger._status([b, a], NEWEST, "Schule GMS-1") == (DELIVERED, [
        "„a“ wurde vor dem Ende des Schuljahres erstellt (Stand 01.02.2026); was danach "
        "erfasst wurde, fehlt darin",
        "Schule GMS-1: Teiljahre zusammengezählt: „a“ (01.08.2025–31.01.2026), "
        "„b“ (01.02.2026–31.07.2026)"])
    assert traeger._status([a], NEWEST, "Schule GMS-1") == (PARTIAL, [
        "„a“ wurde vor dem Ende des Schuljahres erstellt (Stand 01.02.2026); was danach "
        "erfasst wurde, fehlt darin",
        "Schule GMS-1: für 01.02.2026–31.07.2026 fehlt eine Datei (Teiljahr)"])


def test_overlapping_parts_are_a_duplicate_never_added():
    a = _d("a", period=(date(2025, 8, 1), date(2026, 2, 1)))
    b = _d("b", period=SECOND_HALF)
    assert traeger._status([a, b], NEWEST, "Schule GMS-1") == (DUPLICATE, [
        "Schule GMS-1: die Zeiträume von „a“ (01.08.2025–01.02.2026) und „b“ "
        "(01.02.2026–31.07.2026) überschneiden sich; keine der beiden zählt, bis die "
        "Zeiträume stimmen."])
    assert traeger._of_the_year("S", [a, b])[0] is None


def test_a_duplicate_part_outranks_a_missing_part_and_an_older_one():
    a, copy = _d("a", period=FIRST_HALF), _d("a2", period=FIRST_HALF)
    assert traeger._status([a, copy], NEWEST, "S")[0] == DUPLICATE
    old = _d("o", period=FIRST_HALF, fmt=5)
    assert traeger._status([old], NEWEST, "S")[0] == PARTIAL
    b = _d("b", period=SECOND_HALF)
    assert traeger._status([old, b], NEWEST, "S")[0] == OLDER


# -- a post's file against its schools' own files --------------------------------------
def test_what_a_posts_file_carries_for_one_of_its_schools():
    alone = _post("p", "P", "GMS-1", aggregates={"efh_persons": 7})
    assert traeger.carried(alone, "GMS-1") == ({"efh_persons": 7}, "")
    assert traeger.carried(alone, "RS-2") == (None, "")
    two = Delivery("p", YEAR, "post", "P", "P", (School("GMS-1", "A", "GMS"),
                                                  School("RS-2", "B", "RS")),
                   6, "2026.2", "", "2026-10-01", "", {"efh_persons": 9},
                   by_school_type={"GMS": {"efh_persons": 4}, "RS": "kaputt"})
    assert traeger.carried(two, "GMS-1") == ({"efh_persons": 4}, "")
    assert traeger.carried(two, "RS-2", "Realschule") == (None, (
        "„p“ (Stelle P) enthält die Zahlen der Schule Realschule nicht einzeln (die Datei "
        "hat keine Spalte je Schulart)"))
    three = _post("p", "P", "GMS-1", "RS-2", "GS", by_type={"GMS": {"efh_persons": 4}})
    assert traeger.carried(three, "GS") == (None, (
        "„p“ (Stelle P) enthält die Zahlen der Schule GS nicht einzeln (ihre Schulart GMS "
        "zählt dort mit 2 weiteren Schulen zusammen)"))
    pair = _post("p", "P", "GMS-1", "RS-2", by_type={"GMS": {"efh_persons": 4}})
    assert traeger.carried(pair, "RS-2")[1].endswith(
        "(ihre Schulart GMS zählt dort mit einer weiteren Schule zusammen)")
    untyped = Delivery("p", YEAR, "post", "P", "P", (School("GMS-1", "A"), School("RS-2", "B")),
                       6, "2026.2", "", "", "", {}, by_school_type={"": {"efh_persons": 1}})
    assert traeger.carried(untyped, "GMS-1")[1].endswith("(die Datei hat keine Spalte je Schulart)")


def test_the_first_figure_that_differs_is_named():
    assert traeger.difference({"efh_persons": 4}, {"efh_persons": 4}) == ""
    assert traeger.difference({"efh_persons": 4}, {"efh_contacts": 5}) == ""
    assert traeger.difference({"fte": 0.5, "efh_persons": 4}, {"fte": 0.75, "efh_persons": 3}) == (
        "Vollzeitäquivalente: 0,5 und 0,75")
    assert traeger.difference({"efh_contacts": 6, "efh_persons": 4},
                              {"efh_contacts": 6, "efh_persons": 3}) == (
        "Beratene Personen: 4 und 3")
    gender = "efh_pupils_by_gender"
    assert traeger.difference({gender: {"m": 1, "w": 2}}, {gender: {"m": 1, "w": 3}}) == (
        "Beratene Schüler:innen nach Geschlecht: weiblich: 2 und 3")
    assert traeger.difference({gender: {"m": 1}}, {gender: {"m": 1, "u": 1}}) == (
        "Beratene Schüler:innen nach Geschlecht: unbekannt: 0 und 1")
    assert traeger.difference({gender: {"m": 1, "zz": 2}}, {gender: {"m": 1}}).endswith(
        ": 2 und 0")


def _pair(post_figures: dict, own_figures: dict, **own):
    post = _post("p.json", "P", "GMS-1", aggregates=post_figures)
    school = _d("s.json", aggregates=own_figures, **own)
    return traeger.posts_by_school([post, school]), school


def test_a_schools_own_file_against_its_posts():
    by_school, own = _pair({"efh_persons": 4}, {"efh_persons": 4})
    assert traeger.against_post(by_school, "GMS-1", own) == ("", (
        "„p.json“ (Stelle P) enthält für die Schule GMS-1 dieselben Zahlen wie „s.json“; "
        "sie zählen einmal"))
    by_school, own = _pair({"efh_persons": 4}, {"efh_persons": 5})
    assert traeger.against_post(by_school, "GMS-1", own) == (CONFLICT, (
        "„p.json“ (Stelle P) und „s.json“ nennen für die Schule GMS-1 verschiedene Zahlen "
        "(Beratene Personen: 4 und 5); keine der beiden zählt, bis eine korrigiert ist"))
    by_school, own = _pair({"efh_persons": 4}, {"efh_persons": 5},
                           period=(date(2025, 8, 1), date(2026, 7, 31)))
    assert traeger.against_post(by_school, "GMS-1", own)[0] == CONFLICT   # the whole year
    by_school, own = _pair({"efh_persons": 4}, {"efh_persons": 5}, period=FIRST_HALF)
    assert traeger.against_post(by_school, "GMS-1", own) == ("", "")       # a part: not compared
    assert traeger.against_post(by_school, "RS-2", own) == ("", "")
    combined = _d("a + b", aggregates={"efh_persons": 5})
    assert traeger.against_post(by_school, "GMS-1", combined) == ("", "")


def test_two_posts_at_a_school_or_a_tie_of_a_posts_files_are_not_compared():
    own = _d("s.json", aggregates={"efh_persons": 5})
    two = traeger.posts_by_school([_post("p", "P", "GMS-1"), _post("q", "Q", "GMS-1")])
    assert traeger.against_post(two, "GMS-1", own) == ("", "")
    tie = traeger.posts_by_school([
        _post("p1", "P", "GMS-1", aggregates={"efh_persons": 1}),
        _post("p2", "P", "GMS-1", aggregates={"efh_persons": 2})])
    assert traeger.against_post(tie, "GMS-1", own) == ("", "")
    newer = traeger.posts_by_school([
        _post("p1", "P", "GMS-1", aggregates={"efh_persons": 1}, created="2026-09-01"),
        _post("p2", "P", "GMS-1", aggregates={"efh_persons": 5})])
    assert traeger.against_post(newer, "GMS-1", own)[1].startswith("„p2“")
    shared = traeger.posts_by_school([_post("p", "P", "GMS-1", "RS-2")])
    assert traeger.against_post(shared, "GMS-1", own) == ("", (
        "„p“ (Stelle P) enthält die Zahlen der Schule GMS-1 nicht einzeln (ihre Schulart GMS "
        "zählt dort mit einer weiteren Schule zusammen); nicht verglichen"))


def test_the_post_files_by_school_name_each_school_once():
    p = _post("p", "P", "GMS-1", "gms-1")
    p = Delivery(p.file, YEAR, "post", "P", "P", (School("GMS-1", "A"), School("GMS-1", "A")),
                 6, "", "", "", "", {})
    q = _post("q", "Q", "RS-2")
    assert traeger.posts_by_school([p, q, _d("s")]) == {"GMS-1": [p], "RS-2": [q]}


# -- schools named by their identity -----------------------------------------------------
def test_a_school_without_number_takes_the_one_its_code_has_elsewhere():
    numbered = _d("n", number="04123456")
    bare = _d("b")
    post = _post("p", "P", "GMS-1")
    out, left = traeger.identified([numbered, bare, post])
    assert left == []
    assert out[0] is numbered
    assert out[1].key == "04123456" and out[1].schools[0].unclear == ""
    assert out[2].schools[0].number == "04123456"
    unchanged = _d("u", "RS-2")
    assert traeger.identified([unchanged])[0][0] is unchanged


def test_a_file_under_a_code_of_two_schools_is_left_out_or_unclear():
    a, b = _d("a", number="04123456"), _d("b", number="04999999")
    bare, post = _d("bare.json"), _post("p", "P", "GMS-1")
    out, left = traeger.identified([a, b, bare, post])
    assert [d.file for d in out] == ["a", "b", "p"]
    assert left == [(bare, "„bare.json“ nennt die Schule GMS-1 ohne Schulnummer; unter diesem "
                     "Kürzel liefern andere Dateien zwei Schulen (Schulnummern 04123456, "
                     "04999999): welche gemeint ist, ist nicht zu erkennen. Bitte die Datei mit "
                     "der Schulnummer der Schule neu exportieren")]
    assert out[2].schools[0].number == "" and out[2].schools[0].unclear.startswith(
        "nennt die Schule GMS-1 ohne Schulnummer")


# -- the delivery table --------------------------------------------------------------
def _rows(rows) -> list[tuple]:
    return [(r.post, r.school, r.school_name, r.post_file, r.school_file, r.files) for r in rows]


def test_the_table_of_a_year_expected_from_the_year_before():
    last = [_post("n24", "P-Nord", "GMS-1", "RS-2", year="2024/25"),
            _d("gs24", "GS-3", year="2024/25")]
    this = [_post("nord", "P-Nord", "GMS-1", created="2026-10-01"),
            _d("gms", created="2026-10-01"), _d("rs", "RS-2", fmt=5, created="2026-10-01"),
            _d("wrs", "WRS-4", created="2026-10-01"),
            _post("west", "P-West", "HS-5", created="2026-10-01")]
    rows = traeger.table(last + this, YEAR, current_format=6)
    assert _rows(rows) == [   # "–" (no post) sorts after the posts' names
        ("P-Nord", "GMS-1", "Schule GMS-1", DELIVERED, DELIVERED, ("nord", "gms")),
        ("P-Nord", "RS-2", "Schule RS-2", MISSING, OLDER, ("rs",)),
        ("P-West", "HS-5", "Schule HS-5", DELIVERED, DELIVERED, ("west",)),
        (NO_POST, "GS-3", "Schule GS-3", NO_POST, MISSING, ()),
        (NO_POST, "WRS-4", "Schule WRS-4", NO_POST, DELIVERED, ("wrs",))]
    assert rows[0].notes == ("„nord“ (Stelle P-Nord) enthält für die Schule GMS-1 dieselben "
                             "Zahlen wie „gms“; sie zählen einmal",)
    assert rows[1].notes == ("„nord“ der Stelle P-Nord nennt die Schule RS-2 nicht",
                             "„rs“: Formatversion 5 (aktuell 6)")
    assert rows[2].notes == ("„west“ der Stelle P-West gilt auch als Datei der Schule (ihre "
                             "einzige Schule)",)
    assert {r.year for r in rows} == {YEAR}


def test_the_table_from_her_list_by_code_or_number():
    items = [_d("gms", number="04123456", created="2026-10-01"),
             _post("nord", "P-Nord", "RS-2", "GMS-1", created="2026-10-01")]
    rows = traeger.table(items, YEAR, current_format=6,
                         expected=[("P-Nord", "gms-1"), ("P-Süd", "GS")])
    assert [(r.post, r.school, r.post_file, r.school_file) for r in rows] == [
        ("P-Nord", "04123456", DELIVERED, DELIVERED),
        ("P-Nord", "RS-2", DELIVERED, MISSING),
        ("P-Süd", "GS", MISSING, MISSING)]
    assert rows[2].school_name == ""


def test_a_school_file_under_the_post_her_list_expects_and_a_post_without_it():
    items = [_d("gms", created="2026-10-01"), _post("nord", "P-Nord", "RS-2", created="2026-10-01")]
    rows = traeger.table(items, YEAR, current_format=6, expected=[("P-Nord", "GMS-1")])
    assert _rows(rows) == [
        ("P-Nord", "GMS-1", "Schule GMS-1", MISSING, DELIVERED, ("gms",)),
        ("P-Nord", "RS-2", "Schule RS-2", DELIVERED, DELIVERED, ("nord",))]
    assert rows[0].notes == ("„nord“ der Stelle P-Nord nennt die Schule GMS-1 nicht",)
    assert rows[1].notes == ("„nord“ der Stelle P-Nord gilt auch als Datei der Schule (ihre "
                             "einzige Schule)",)


def test_a_conflict_marks_both_files_and_an_ambiguous_file_is_a_row_of_its_own():
    items = [_post("nord", "P-Nord", "GMS-1", aggregates={"efh_persons": 3},
                   created="2026-10-01"),
             _d("gms", aggregates={"efh_persons": 4}, created="2026-10-01"),
             _d("a", "RS-2", number="04000001", created="2026-10-01"),
             _d("b", "RS-2", number="04000002", created="2026-10-01"),
             _d("rs.json", "RS-2", created="2026-10-01")]
    rows = traeger.table(items, YEAR, current_format=6)
    assert [(r.post, r.school, r.post_file, r.school_file) for r in rows] == [
        ("P-Nord", "GMS-1", CONFLICT, CONFLICT),
        (NO_POST, "04000001", NO_POST, DELIVERED), (NO_POST, "04000002", NO_POST, DELIVERED),
        (NO_POST, "RS-2", NO_POST, traeger.AMBIGUOUS)]
    assert rows[3].files == ("rs.json",) and rows[3].school_name == "Schule RS-2"
    assert rows[3].notes[0].startswith("„rs.json“ nennt die Schule RS-2 ohne Schulnummer")


def test_a_posts_school_it_cannot_tell_is_named_in_its_row():
    items = [_d("a", number="04000001"), _d("b", number="04000002"),
             _post("nord", "P-Nord", "GMS-1")]
    rows = traeger.table(items, YEAR, current_format=6)
    row = next(r for r in rows if r.post == "P-Nord")
    assert row.school == "GMS-1" and row.post_file == DELIVERED
    assert any(n.startswith("„nord“ nennt die Schule GMS-1 ohne Schulnummer") for n in row.notes)


# -- the workbooks per Landkreis -------------------------------------------------------
def test_a_count_of_one_or_two_persons_is_shown_as_less_than_three():
    assert [traeger.shown("efh_persons", v) for v in (0, 1, 2, 3)] == [0, "< 3", "< 3", 3]
    assert traeger.shown("efh_contacts", 1) == 1
    lines = traeger.sheet_lines({"efh_persons": 2, "efh_pupils_by_gender": {
        "m": 1, "w": 5, "d": 0}}, ["efh_persons", "efh_pupils_by_gender"])
    assert [(line.label, line.values) for line in lines] == [
        ("Beratene Personen", ("< 3",)),
        ("Beratene Schüler:innen nach Geschlecht: männlich", ("< 3",)),
        ("Beratene Schüler:innen nach Geschlecht: weiblich", (5,)),
        ("Beratene Schüler:innen nach Geschlecht: divers", (0,)),
        ("Beratene Schüler:innen nach Geschlecht: unbekannt", (0,))]


def _full(**figures) -> dict:
    return {**FULL, **figures}


def test_the_books_sum_first_and_suppress_after():
    items = [_d("a", "GMS-1", landkreis="Ortenau", aggregates=_full(efh_persons=1)),
             _d("b", "RS-2", landkreis="Ortenau", aggregates=_full(efh_persons=2)),
             _d("c", "GS", aggregates=_full(efh_persons=1)),
             _d("x", "GS", year="2024/25", aggregates=_full())]
    books = traeger.landkreis_books(items, YEAR, {"gs": "Rastatt"})
    assert [(b.landkreis, [s.code for s in b.schools], b.sources) for b in books] == [
        ("Ortenau", ["GMS-1", "RS-2"], ("a", "b")), ("Rastatt", ["GS"], ("c",))]
    ortenau = books[0]
    total = {line.label: line.values for line in ortenau.total_lines}
    assert total["Beratene Personen"] == (3,)
    assert [dict((line.label, line.values) for line in lines)["Beratene Personen"]
            for lines in ortenau.school_lines] == [("< 3",), ("< 3",)]
    assert dict(ortenau.key_figures)["Beratene Personen"] == 3
    assert dict(ortenau.key_figures)["Vollzeitäquivalente"] == 1.0
    assert [n for n, _ in ortenau.key_figures] == [
        traeger.kvjs.BY_NAME[n].label for n in traeger.BOARD_FIGURES]
    assert dict(books[1].key_figures)["Beratene Personen"] == "< 3"
    assert ortenau.notes == () and ortenau.year == YEAR


def test_a_landkreis_comes_from_her_list_by_number_or_code_then_the_file():
    d = _d("a", "GMS-1", number="04123456", landkreis="Datei")
    assert traeger._county({"04123456": "Liste"}, "04123456", d) == "Liste"
    assert traeger._county({"GMS-1": "Code"}, "04123456", d) == "Code"
    assert traeger._county({}, "04123456", d) == "Datei"
    assert traeger._county({}, "04123456", _d("b", number="04123456")) == "ohne Landkreis"


def test_an_older_file_lacks_figures_and_differing_packs_are_named():
    old = {k: v for k, v in FULL.items() if k not in ("efh_topics", "vnz_minutes")}
    items = [_d("a", "GMS-1", aggregates=_full(), pack="A"),
             _d("b", "RS-2", aggregates=old, fmt=2, pack="B")]
    book, = traeger.landkreis_books(items, YEAR, {})
    assert book.landkreis == "ohne Landkreis"
    assert book.notes == (
        "„b“ (Formatversion 2) enthält 2 Kennzahl(en) noch nicht; sie fehlen in dieser Mappe.",
        "„a“: Regelpaket A", "„b“: Regelpaket B")
    labels = {line.label for line in book.total_lines}
    assert "Vernetzung: Minuten" not in labels and "Beratene Personen" in labels


def test_a_newer_file_replaces_an_older_and_a_tie_leaves_the_school_out_named():
    items = [_d("alt", "GMS-1", aggregates=_full(efh_persons=9), created="2026-09-01"),
             _d("neu", "GMS-1", aggregates=_full(efh_persons=4), created="2026-10-01",
                landkreis="Ortenau"),
             _d("t1", "RS-2", aggregates=_full(efh_persons=4), landkreis="Ortenau"),
             _d("t2", "RS-2", aggregates=_full(efh_persons=5), landkreis="Ortenau")]
    book, = traeger.landkreis_books(items, YEAR, {})
    assert book.sources == ("neu",)
    assert book.notes == (
        "Schule GMS-1: „neu“ (Stand 2026-10-01) ersetzt die ältere „alt“ (Stand 2026-09-01).",
        "Schule RS-2: „t1“ und „t2“ sind gleich neu (Stand 2026-10-01 und 2026-10-01) und "
        "haben verschiedene Zahlen; keine der beiden zählt, bis eine entfernt ist.")


def test_a_post_with_one_school_stands_for_it_unless_the_school_sent_its_own():
    items = [_post("p", "P", "GMS-1", aggregates=_full(efh_persons=7)),
             _post("q", "Q", "RS-2", aggregates=_full(efh_persons=8)),
             _d("rs", "RS-2", aggregates=_full(efh_persons=8)),
             _post("two", "T", "GS", "HS-5", aggregates=_full())]
    book, = traeger.landkreis_books(items, YEAR, {})
    assert book.sources == ("p", "rs")


def test_a_tie_of_the_schools_own_files_is_not_decided_by_its_posts_file():
    """Her own files tie: the post's file with that school only does not stand in
    (statement deletion of ``chosen.pop(code, None)`` in ``_school_files`` survived)."""
    items = [_post("p", "P", "RS-2", aggregates=_full(efh_persons=4)),
             _d("t1", "RS-2", aggregates=_full(efh_persons=4)),
             _d("t2", "RS-2", aggregates=_full(efh_persons=5)),
             _d("a", "GMS-1", aggregates=_full())]
    book, = traeger.landkreis_books(items, YEAR, {})
    assert book.sources == ("a",)
    assert book.notes == (
        "Schule RS-2: „t1“ und „t2“ sind gleich neu (Stand 2026-10-01 und 2026-10-01) und "
        "haben verschiedene Zahlen; keine der beiden zählt, bis eine entfernt ist.",)


def test_a_conflict_leaves_the_school_out_of_its_book_named():
    items = [_post("p", "P", "GMS-1", aggregates=_full(efh_persons=7), landkreis="Ortenau"),
             _d("s", "GMS-1", aggregates=_full(efh_persons=8), landkreis="Ortenau"),
             _d("r", "RS-2", aggregates=_full(), landkreis="Ortenau")]
    book, = traeger.landkreis_books(items, YEAR, {})
    assert book.sources == ("r",)
    assert book.notes == (
        "„p“ (Stelle P) und „s“ nennen für die Schule GMS-1 verschiedene Zahlen (Beratene "
        "Personen: 7 und 8); keine der beiden zählt, bis eine korrigiert ist; sie fehlt in "
        "dieser Mappe",)


def test_a_file_that_cannot_tell_its_school_is_named_in_its_landkreis():
    items = [_d("a", number="04000001", aggregates=_full(), landkreis="Ortenau"),
             _d("b", number="04000002", aggregates=_full(), landkreis="Ortenau"),
             _d("bare", aggregates=_full(), landkreis="Rastatt"),
             _d("old", aggregates=_full(), year="2024/25"),
             _post("p", "P", "GMS-1", aggregates=_full(), landkreis="Rastatt")]
    books = traeger.landkreis_books(items, YEAR, {})
    assert [b.landkreis for b in books] == ["Ortenau", "Rastatt"]
    rastatt = books[1]
    assert rastatt.sources == () and rastatt.total_lines == () and rastatt.key_figures == ()
    assert [n.split(" nennt")[0] for n in rastatt.notes] == ["„bare“", "„p“"]
    assert all(n.endswith("; sie fehlt in dieser Mappe") for n in rastatt.notes)


def test_parts_of_a_schools_year_are_one_delivery_in_its_book():
    items = [_d("a", aggregates=_full(efh_persons=2, fte=1.0), period=FIRST_HALF,
                created="2026-02-01"),
             _d("b", aggregates=_full(efh_persons=2, fte=0.0), period=SECOND_HALF,
                created="2026-10-01", landkreis="Ortenau", fmt=5)]
    book, = traeger.landkreis_books(items, YEAR, {})
    assert book.landkreis == "Ortenau"
    assert book.sources == ("a + b",)
    figures = dict(book.key_figures)
    assert figures["Beratene Personen"] == 4   # 184 of 365 days at 1.0:
    assert figures["Vollzeitäquivalente"] == 0.5041
    assert book.notes == ("Schule GMS-1: Teiljahre zusammengezählt: „a“ "
                          "(01.08.2025–31.01.2026), „b“ (01.02.2026–31.07.2026)",)
    _, gap_notes = traeger._of_the_year("S", [items[0]])
    assert gap_notes == ["S: für 01.02.2026–31.07.2026 fehlt eine Datei (Teiljahr)"]


@given(st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=5))
def test_a_book_sums_before_it_suppresses(persons):
    items = [_d(f"f{i}", f"S-{i}", aggregates=_full(efh_persons=p)) for i, p in enumerate(persons)]
    book, = traeger.landkreis_books(items, YEAR, {})
    total = sum(persons)
    assert dict(book.key_figures)["Beratene Personen"] == ("< 3" if total in (1, 2) else total)


def test_the_deliveries_may_come_as_a_generator():
    items = [_d("a", number="04123456"), _d("b")]
    out, left = traeger.identified(d for d in items)
    assert [d.key for d in out] == ["04123456", "04123456"] and left == []


def test_a_correction_is_judged_by_the_newer_file_alone():
    old = _d("alt", fmt=5, created="2026-07-01")
    new = _d("neu", created="2026-10-01")
    assert traeger._status([old, new], NEWEST, "S") == (DELIVERED, [
        "S: „neu“ (Stand 2026-10-01) ersetzt die ältere „alt“ (Stand 2026-07-01)."])


def test_a_missing_school_is_named_as_a_posts_file_named_it():
    last = [_post("s24", "P-Süd", "GS-3", year="2024/25")]
    rows = traeger.table(last, YEAR, current_format=6)
    assert _rows(rows) == [("P-Süd", "GS-3", "Schule GS-3", MISSING, MISSING, ())]


def test_a_schools_year_of_one_file_is_that_file_and_a_tied_part_leaves_none():
    d = _d("a", revision=3, aggregates=_full())
    assert traeger._of_the_year("S", [d]) == (d, [])
    assert traeger._of_the_year("S", [d])[0] is d
    tie = [_d("t1", period=FIRST_HALF, aggregates=_full(efh_persons=4)),
           _d("t2", period=FIRST_HALF, aggregates=_full(efh_persons=5)),
           _d("b", period=SECOND_HALF, aggregates=_full())]
    assert traeger._of_the_year("S", tie) == (None, [
        "S: „t1“ und „t2“ sind gleich neu (Stand 2026-10-01 und 2026-10-01) und haben "
        "verschiedene Zahlen; keine der beiden zählt, bis eine entfernt ist."])


def test_a_landkreis_whose_only_school_is_a_tie_has_a_book_that_says_so():
    items = [_d("t1", "RS-2", aggregates=_full(efh_persons=4), landkreis="Rastatt"),
             _d("t2", "RS-2", aggregates=_full(efh_persons=5), landkreis="Rastatt"),
             _d("a", "GMS-1", aggregates=_full(), landkreis="Ortenau")]
    books = traeger.landkreis_books(items, YEAR, {})
    assert [(b.landkreis, b.sources) for b in books] == [("Ortenau", ("a",)), ("Rastatt", ())]
    assert books[1].notes[0].startswith("Schule RS-2: „t1“ und „t2“ sind gleich neu")


# The figures that count persons, procedures or cases, written out by hand: a 1 or 2 at a
# school points at a person and is shown "< 3"; every other figure (contacts, minutes,
# offers, visits, master data) is shown as it is (issue 65: mutmut changing any name of
# ``PERSON_FIGURES`` survived the selection).
PERSONS_BY_HAND = {
    "efh_persons", "efh_pupils", "efh_pupils_by_gender", "efh_pupils_by_grade", "efh_topics",
    "efh_access_routes", "efh_referrals", "cp_8a_procedures", "cp_8a_by_outcome",
    "cp_8a_jugendamt_informed", "efh_cases_closed", "efh_cases_by_outcome",
    "efh_referrals_by_target", "grp_participants", "grp_participants_by_gender",
    "grp_participants_by_purpose"}


def test_every_count_of_persons_and_only_those_is_shown_as_less_than_three():
    names = list(traeger.kvjs.NAMES)
    ones = {n: dict.fromkeys(traeger.kvjs.BY_NAME[n].keys, 1)
            if traeger.kvjs.BY_NAME[n].is_dict else 1 for n in names}
    shown = {}
    for name in names:
        values = {line.values for line in traeger.sheet_lines(ones, [name])}
        assert len(values) == 1, name   # each key of a keyed figure alike
        shown[name] = values.pop()
    assert {n for n, v in shown.items() if v == ("< 3",)} == PERSONS_BY_HAND
    assert {n for n, v in shown.items() if v == (1,)} == set(names) - PERSONS_BY_HAND


def test_a_school_and_a_delivery_are_values_with_their_defaults():
    # what ``_of_the_year``'s sum of the parts and the tests' files rely on: a School or
    # a Delivery built with the fields left out names no Schulart, number, period or
    # revision and carries empty dicts; neither changes in place (``replace`` makes a
    # new one); a school's ``unclear`` and a delivery's figures are no part of equality,
    # and its repr names no figures.
    school = School("GMS-1", "Am Park")
    assert (school.school_type, school.number, school.unclear) == ("", "", "")
    assert School("GMS-1", "Am Park", unclear="warum") == school
    d = Delivery("a.json", YEAR, "school", "GMS-1", "Am Park", (school,), 6, "2026.2", "",
                 "2026-10-01", "", {"efh_persons": 4})
    assert (d.period, d.revision, d.delivered, d.by_school_type) == (None, 0, {}, {})
    assert traeger.file_notes(d) == []
    assert traeger._stand(d) == "Stand 2026-10-01"
    assert replace(d, aggregates={"efh_persons": 5}, delivered={"on": "x"},
                   by_school_type={"GMS": {}}) == d
    shown = repr(replace(d, delivered={"on": "2026-09-01"}, by_school_type={"Schulart-X": {}}))
    assert not {"efh_persons", "2026-09-01", "Schulart-X"} & set(re.findall(r"[\w-]+", shown))
    for value, name in ((school, "code"), (d, "file")):
        with pytest.raises(FrozenInstanceError):
            setattr(value, name, "x")
    with pytest.raises(TypeError):   # the figures are never left out
        Delivery("a.json", YEAR, "school", "GMS-1", "Am Park", (school,), 6, "2026.2", "",
                 "2026-10-01", "")   # type: ignore[call-arg]


def test_the_kits_rows_lines_and_books_are_never_changed_in_place():
    row = traeger.Row(YEAR, "P", "GMS-1", "Am Park", DELIVERED, MISSING, ("a",), ())
    line = traeger.Line("Beratene Personen", ("< 3",))
    book = traeger.Book("Ortenau", YEAR, (), (), (), (), ())
    for value, name in ((row, "post"), (NEWEST, "packs"), (line, "label"), (book, "notes")):
        with pytest.raises(FrozenInstanceError):
            setattr(value, name, "x")
    assert book.key_figures == ()


def test_the_parts_note_names_the_newest_file_of_each_part():
    old = _d("a-alt", period=FIRST_HALF, created="2026-02-01")
    new = _d("a-neu", period=FIRST_HALF, created="2026-03-01")
    b = _d("b", period=SECOND_HALF, created="2026-10-01")
    assert traeger._part_notes("S", [[old, new], [b]], []) == [
        "S: Teiljahre zusammengezählt: „a-neu“ (01.08.2025–31.01.2026), "
        "„b“ (01.02.2026–31.07.2026)"]


def test_a_row_names_the_school_as_this_years_post_file_does():
    this = _post("nord", "P-Nord", "GMS-1", created="2026-10-01")
    this = replace(this, schools=(School("GMS-1", "Neuer Name", "GMS"),))
    last = replace(_post("n24", "P-Nord", "GMS-1", year="2024/25"),
                   schools=(School("GMS-1", "Alter Name", "GMS"),))
    row, = traeger.table([this, last], YEAR, current_format=6)
    assert (row.post, row.school, row.school_name) == ("P-Nord", "GMS-1", "Neuer Name")


def test_a_row_names_the_school_as_this_years_school_file_does():
    this = replace(_d("gms", created="2026-10-01"), name="Neuer Name")
    last = replace(_d("gms24", year="2024/25"), name="Alter Name")
    row, = traeger.table([this, last], YEAR, current_format=6)
    assert (row.post, row.school, row.school_name) == (NO_POST, "GMS-1", "Neuer Name")


def test_a_rows_notes_name_the_post_and_the_school_of_each_correction():
    items = [_post("p-alt", "P", "GMS-1", created="2026-09-01"),
             _post("p-neu", "P", "GMS-1", created="2026-10-01"),
             _post("p-rs", "P", "RS-2", created="2026-10-01"),
             _d("s-alt", created="2026-09-01"), _d("s-neu", created="2026-10-01")]
    row = traeger.table(items, YEAR, current_format=6)[0]
    assert (row.post, row.school, row.post_file, row.school_file) == (
        "P", "GMS-1", DELIVERED, DELIVERED)
    assert row.notes == (
        "Stelle P: „p-neu“ (Stand 2026-10-01) ersetzt die ältere „p-alt“ (Stand 2026-09-01).",
        "„p-rs“ der Stelle P nennt die Schule GMS-1 nicht",
        "Schule GMS-1: „s-neu“ (Stand 2026-10-01) ersetzt die ältere „s-alt“ (Stand "
        "2026-09-01).",
        "„p-neu“ (Stelle P) enthält für die Schule GMS-1 dieselben Zahlen wie „s-neu“; sie "
        "zählen einmal")


def test_a_school_of_her_list_whose_code_is_a_posts_takes_no_name_from_the_post():
    post = replace(_post("nord", "NORD", "GMS-1", created="2026-10-01"), name="Stelle Nord")
    rows = traeger.table([post], YEAR, current_format=6, expected=[("P-Süd", "NORD")])
    assert [(r.post, r.school, r.school_name) for r in rows] == [
        ("NORD", "GMS-1", "Schule GMS-1"), ("P-Süd", "NORD", "")]


def test_an_older_schools_file_is_still_compared_with_its_posts():
    items = [_post("nord", "P", "GMS-1", aggregates={"efh_persons": 3}, created="2026-10-01"),
             _d("gms", aggregates={"efh_persons": 4}, fmt=5, created="2026-10-01")]
    row, = traeger.table(items, YEAR, current_format=6)
    assert (row.post_file, row.school_file) == (CONFLICT, CONFLICT)


def test_a_schools_year_keeps_the_notes_of_every_part():
    parts = [_d("a-alt", period=FIRST_HALF, created="2026-02-01"),
             _d("a-neu", period=FIRST_HALF, created="2026-03-01"),
             _d("b-alt", period=SECOND_HALF, created="2026-09-01"),
             _d("b-neu", period=SECOND_HALF, created="2026-10-01")]
    best, notes = traeger._of_the_year("S", parts)
    assert best is not None and best.file == "a-neu + b-neu"
    assert notes == [
        "S: „a-neu“ (Stand 2026-03-01) ersetzt die ältere „a-alt“ (Stand 2026-02-01).",
        "S: „b-neu“ (Stand 2026-10-01) ersetzt die ältere „b-alt“ (Stand 2026-09-01).",
        "S: Teiljahre zusammengezählt: „a-neu“ (01.08.2025–31.01.2026), "
        "„b-neu“ (01.02.2026–31.07.2026)"]


def test_the_sum_of_the_parts_has_the_figures_both_carry_and_the_first_parts_names():
    old = {k: v for k, v in FULL.items() if k != "vnz_minutes"}
    a = replace(_d("a", period=FIRST_HALF, created="2026-02-01", aggregates=_full(),
                   template="2025.9", pack="A"), name="Alter Name")
    b = replace(_d("b", period=SECOND_HALF, created="2026-10-01", aggregates=old,
                   template="2026.2", pack="B"), name="Neuer Name")
    best, _ = traeger._of_the_year("S", [b, a])
    assert best is not None and best.file == "a + b"
    assert "vnz_minutes" not in best.aggregates and "efh_persons" in best.aggregates
    assert (best.name, best.template_version, best.rule_pack, best.created) == (
        "Alter Name", "2025.9", "A", "2026-10-01")
    numbered = [replace(d, schools=(School("GMS-1", d.name, "GMS", "04123456"),)) for d in (a, b)]
    whole, _ = traeger._of_the_year("S", numbered)
    assert whole is not None and (whole.kind, whole.key, whole.landkreis) == (
        "school", "04123456", "")   # no part names its Landkreis
