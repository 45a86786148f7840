"""Issue 65 (statement deletion over every rule module): the rules of
``services/rule_packs.py`` that no test in its selection proved — a file that cannot be
read, the year recorded with its figures winning over the pack in force, the earlier
years kept at ``accept`` (up to the year before the pack's first, not that year), her own
rate and deadlines winning over the pack, the Landkreis profile's deadline and ``per``,
her Landkreis stripped and refused by name, and the note on a loaded KVJS template that
is not the pack's. Real vaults (tests/conftest.py)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain import clock, deliveries
from ssa_desktop.domain import rule_pack as rp
from ssa_desktop.domain.entities import Post, PostShare
from ssa_desktop.domain.month_day import MonthDay
from ssa_desktop.services import rule_packs, settings
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import rule_pack_repo

SHIPPED = json.loads(rp.shipped().text)
MUSTERKREIS = {"name": "Musterkreis", "deadline": "09-15", "per": "post", "questions": []}


def _pack(title: str, years: list[int], **more) -> rp.RulePack:
    return rp.parse(json.dumps({**SHIPPED, "title": title, "school_years": years, **more},
                               ensure_ascii=False), f"{title}.json")


def test_a_file_that_cannot_be_read_is_refused_by_its_name(tmp_path):
    with pytest.raises(rp.RulePackError) as missing:
        rule_packs.read_file(tmp_path / "fehlt.json")
    assert str(missing.value) == "Das Regelpaket „fehlt.json“ kann nicht gelesen werden."
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"title": "F\xf6rderung"}')
    with pytest.raises(rp.RulePackError, match="^Das Regelpaket „latin.json“ kann nicht gelesen"):
        rule_packs.read_file(latin)
    good = tmp_path / "gut.json"
    good.write_text(rp.shipped().text, "utf-8")
    assert rule_packs.read_file(str(good)).digest == rp.shipped().digest


def test_a_recorded_year_keeps_its_pack_and_the_others_follow_the_pack_in_force(conn):
    assert rule_packs.in_force(conn).digest == rp.shipped().digest
    with clock.frozen(date(2026, 11, 26)):
        kept = rule_packs.record_year(conn, 2026)            # the shipped 2026/27 pack
    assert kept.digest == rp.shipped().digest
    assert rule_pack_repo.year_digest(conn, 2026) == kept.digest
    later = _pack("Korrektur 2026/27", [2026, 2027], rate=20_000)
    with clock.frozen(date(2026, 11, 27)):
        rule_packs.accept(conn, later)
    assert rule_packs.in_force(conn).title == "Korrektur 2026/27"
    assert rule_packs.for_year(conn, 2026).digest == kept.digest   # recorded: stays
    assert rule_packs.for_year(conn, 2027).title == "Korrektur 2026/27"
    assert rule_packs.grant_rate(conn, 2026) == 16_700.0
    assert rule_packs.grant_rate(conn, 2027) == 20_000.0
    # a year no kept pack names: the shipped pack naming it, else the pack in force
    assert rule_packs.for_year(conn, 2024).digest == rp.shipped_packs()[0].digest
    assert rule_packs.for_year(conn, 2031).title == "Korrektur 2026/27"
    assert rule_packs.formula(conn, 2026).name == "pro_rata_months"
    assert [(k.pack.title, k.in_force, k.years) for k in rule_packs.listing(conn)] == [
        (SHIPPED["title"], False, (2026,)), ("Korrektur 2026/27", True, ())]


def test_accept_keeps_every_earlier_year_with_figures_up_to_the_year_before_its_first(conn):
    post = repo.POSTS.insert(conn, Post("Stelle Nord", id="post-1"))
    for year in (2024, 2025, 2026):
        repo.POST_SHARES.insert(conn, PostShare(post.id, "school-1", year, 50.0))
    with clock.frozen(date(2026, 11, 26)):
        rule_packs.accept(conn, _pack("Ab 2026/27", [2026, 2027], rate=21_000))
    assert [y for y, _ in rule_pack_repo.recorded_years(conn)] == [2024, 2025]
    assert rule_packs.for_year(conn, 2025).digest == rp.shipped_packs()[1].digest
    assert rule_packs.grant_rate(conn, 2026) == 21_000.0


def test_her_own_rate_and_deadlines_win_over_the_pack(conn):
    assert rule_packs.kvjs_due(conn, 2025) == date(2026, 10, 31)
    assert rule_packs.landkreis_due(conn, 2025) == date(2026, 7, 31)
    settings.set_value(conn, deliveries.GRANT_RATE, 18_000.0)
    settings.set_value(conn, deliveries.KVJS_DEADLINE, MonthDay(9, 30))
    settings.set_value(conn, deliveries.LANDKREIS_DEADLINE, MonthDay(7, 20))
    rule_packs.choose_landkreis(conn, "Breisgau-Hochschwarzwald")   # her own date still wins
    assert rule_packs.grant_rate(conn, 2025) == 18_000.0
    assert rule_packs.kvjs_due(conn, 2025) == date(2026, 9, 30)
    assert rule_packs.landkreis_due(conn, 2025) == date(2026, 7, 20)


def test_the_landkreis_profile_sets_its_deadline_and_what_it_receives(conn):
    assert rule_packs.landkreis(conn) == ""
    assert rule_packs.landkreis_per(conn, 2026) == "school"
    rule_packs.accept(conn, _pack("Mit Musterkreis", [2026], landkreis_profiles=[MUSTERKREIS]))
    assert rule_packs.choose_landkreis(conn, "  Musterkreis \n") == "Musterkreis"
    assert rule_packs.landkreis(conn) == "Musterkreis"
    assert rule_packs.landkreis_due(conn, 2026) == date(2027, 9, 15)
    assert rule_packs.landkreis_per(conn, 2026) == "post"
    assert rule_packs.choose_landkreis(conn, " ") == ""
    assert rule_packs.landkreis(conn) == ""
    assert rule_packs.landkreis_due(conn, 2026) == date(2027, 7, 31)   # the pack's own
    assert rule_packs.landkreis_per(conn, 2026) == "school"


def test_a_landkreis_the_pack_has_no_profile_for_is_refused_by_name(conn):
    with pytest.raises(rule_packs.LandkreisError) as unknown:
        rule_packs.choose_landkreis(conn, "Ortenaukreis")
    assert str(unknown.value) == ("Das Regelpaket hat kein Profil „Ortenaukreis“ "
                                  "(Profile: Breisgau-Hochschwarzwald).")
    rule_packs.accept(conn, _pack("Ohne Profile", [2026], landkreis_profiles=[]))
    with pytest.raises(rule_packs.LandkreisError, match=r"\(Profile: keine\)\.$"):
        rule_packs.choose_landkreis(conn, "Breisgau-Hochschwarzwald")
    assert rule_packs.landkreis(conn) == ""


def test_a_loaded_template_that_is_not_the_packs_is_named(conn):
    pack = rp.shipped()
    assert rule_packs.template_note(conn, pack) == ""                  # none loaded
    from ssa_desktop import paths

    text = paths.resource("kvjs", "kvjs-default.toml").read_text("utf-8")
    settings.set_value(conn, deliveries.TEMPLATE, text)
    assert rule_packs.template_note(conn, pack) == ""                  # the pack's own
    other = text.replace('id = "kvjs-erhebungsbogen"', 'id = "kreis-bogen"', 1)
    settings.set_value(conn, deliveries.TEMPLATE, other)
    assert rule_packs.template_note(conn, pack) == (
        "Die geladene KVJS-Vorlage „Erhebungsbogen Jugendsozialarbeit an öffentlichen "
        "Schulen“ (kreis-bogen) ist nicht die Vorlage des Regelpakets (kvjs-erhebungsbogen). "
        "Die Statistik zählt weiter nach der geladenen Vorlage; die Vorlage des Regelpakets "
        "lädt sie unter Statistik → „Vorlage laden …“.")
    settings.set_value(conn, deliveries.TEMPLATE, "kaputt = [")
    assert rule_packs.template_note(conn, pack) == ""                  # the area names it


def test_the_preview_says_what_changes_and_whether_it_is_the_same(conn, tmp_path):
    same = tmp_path / "same.json"
    same.write_text(rp.shipped().text, "utf-8")
    seen = rule_packs.preview(conn, same)
    assert (seen.same, seen.changes, seen.template_note) == (True, [], "")
    other = tmp_path / "other.json"
    other.write_text(json.dumps({**SHIPPED, "rate": 17_000}), "utf-8")
    seen = rule_packs.preview(conn, other)
    assert (seen.same, seen.changes) == (False, ["Fördersatz: 16.700,00 € → 17.000,00 €"])


def test_a_year_no_pack_names_is_said_with_the_pack_it_is_computed_under(conn):
    assert [rule_packs.missing_note(conn, y) for y in (2024, 2025, 2026)] == ["", "", ""]
    assert rule_packs.missing_note(conn, 2027) == (
        "Kein Regelpaket nennt das Schuljahr 2027/28; gerechnet wird nach „KVJS-Förderung "
        "Jugendsozialarbeit an öffentlichen Schulen 2026/27“. Ein Regelpaket für 2027/28 lädt "
        "sie unter Einstellungen → Förderung („Regelpaket laden …“) oder mit "
        "„ssa-desktop rules import DATEI“.")


def test_the_pack_in_force_applies_to_the_years_it_names_before_any_higher_version(conn):
    """A pack without a version is never refused as older; taken after one with a
    version for the same year, it is in force and the year follows it (not the kept
    pack with the higher declared version)."""
    with clock.frozen(date(2026, 11, 26)):
        rule_packs.accept(conn, _pack("Version 5", [2026], version=5, rate=20_000))
    with clock.frozen(date(2026, 11, 27)):
        rule_packs.accept(conn, _pack("Ohne Version", [2026, 2027], rate=21_000))
    assert rule_packs.for_year(conn, 2026).title == "Ohne Version"
    assert rule_packs.grant_rate(conn, 2026) == 21_000.0
