"""Rule packs (docs/statistics.md, "Regelpakete"): the shipped pack for 2026/27 with its
sources and the product's own assumptions, its identity by content, refused packs named
in German, and a pack with a changed rate, formula and deadline taken into force: last
year keeps its figures, grant and deadline, this year follows (nothing else changes).
Literal figures: post-1 at 75 % from 1 October 2025 = 10 months of 2025/26,
16.700 € × 0,75 × 10/12 = 10.437,50 €; 2026/27 under the new pack: 22.000 € × 0,75 ×
365/365 days = 16.500,00 €."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import rule_pack as rp
from ssa_desktop.domain.digests import sha256
from ssa_desktop.domain.entities import PostShare, PostStaff
from ssa_desktop.services import rule_packs, staff
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo

from . import fixture
from .test_engine_fixture import POST

SHIPPED_TEXT = rp.shipped().text


def _doc(**changes) -> dict:
    doc = json.loads(SHIPPED_TEXT)
    doc.update(changes)
    return doc


def _file(tmp_path, doc, name="paket.json"):
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


NEW = {"school_years": [2026], "rate": 22000, "title": "Testpaket 2026/27",
       "grant_formula": {"name": "pro_rata_days", "parameters": {}},
       "deadlines": {"kvjs": "09-30", "landkreis": "07-15"}}


def test_the_shipped_pack_states_its_rules_sources_and_assumptions():
    pack = rp.shipped()
    assert (pack.school_years, pack.rate, pack.template_id) == ((2026,), 16700.0, "kvjs-erhebungsbogen")
    assert (pack.formula.name, pack.formula.parameter("counting_day")) == ("pro_rata_months", 15)
    assert (str(pack.kvjs_deadline), str(pack.landkreis_deadline)) == ("10-31", "07-31")
    assert pack.profile("Breisgau-Hochschwarzwald").deadline.german() == "31.10."
    assert any("28.11.2016" in s for s in pack.sources)
    assert any("15. Tag" in a and "eigene Annahme" in a for a in pack.assumptions)
    assert any("Förderformel" in a and "eigene Annahme" in a for a in pack.assumptions)
    doc = json.loads(SHIPPED_TEXT)
    doc["landkreis_profiles"][0]["questions"] = ["Angebote für Eltern"]
    assert "Fragen des Landkreises Breisgau-Hochschwarzwald: Angebote für Eltern" in \
        rp.describe(rp.parse(json.dumps(doc), "x.json"))
    lines = rp.describe(pack)
    assert f"Kennung (SHA-256): {pack.digest}" in lines
    assert "Fördersatz: 16.700,00 € je Vollzeitstelle und Jahr" in lines


def test_the_identity_is_the_content_not_the_layout():
    doc = json.loads(SHIPPED_TEXT)
    canonical = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert rp.shipped().digest == sha256(canonical.encode("utf-8")).hexdigest()
    assert rp.parse(json.dumps(doc, indent=7), "x.json").digest == rp.shipped().digest
    assert rp.parse(json.dumps(_doc(rate=16701)), "x.json").digest != rp.shipped().digest


@pytest.mark.parametrize(("text", "reason"), [
    ('{"format": "ssa-desktop-rule-pack", "format": "x"}', "„format“ steht zweimal"),
    (json.dumps(_doc(format="ssa-desktop-kvjs")), "die Formatangabe ist „ssa-desktop-kvjs“"),
    (json.dumps(_doc(format_version=2)), "Formatversion „2“ ist unbekannt"),
    (json.dumps(_doc(grant_formula={"name": "eval", "parameters": {}})),
     "die Förderformel „eval“ ist unbekannt"),
    (json.dumps(_doc(grant_formula={"name": "pro_rata_months", "parameters": {"counting_day": 31}})),
     "Parameter „counting_day“ muss eine ganze Zahl von 1 bis 28 sein"),
    (json.dumps(_doc(rate="viel")), "„rate“ muss ein Betrag"),
    (json.dumps(_doc(fields=["pupils", "names"])), "das Feld „names“ ist keine bekannte Kennzahl"),
    (json.dumps(_doc(deadlines={"kvjs": "31.02.", "landkreis": "07-31"})), "Frist „kvjs“"),
    (json.dumps(_doc(extra=1)), "„extra“ ist im Abschnitt Regelpaket nicht vorgesehen"),
    ("{kaputt", "kein gültiges JSON"),
])
def test_a_refused_pack_is_named_in_german(text, reason):
    with pytest.raises(rp.RulePackError) as caught:
        rp.parse(text, "paket.json")
    assert str(caught.value).startswith("Das Regelpaket „paket.json“ wird nicht übernommen: ")
    assert reason in str(caught.value)


@pytest.fixture
def world(conn):
    built = fixture.build(conn)
    repo.POST_SHARES.insert(conn, PostShare("post-1", "school-1", fixture.YEAR + 1, 75.0))
    staff.save_staff(conn, PostStaff("post-1", fixture.YEAR, "Soziale Arbeit (B.A.)", 75.0,
                                     date(2025, 10, 1), None, False, "free"))
    return built


def _dues(conn, day):
    with clock.frozen(day):
        return {d.recipient: d.due for d in stats.deadlines(conn, count_findings=False)}


def _export_pack(conn, year):
    return stats.export_document(stats.report(conn, year, POST, previous_years=0))["rule_pack"]


def test_a_new_pack_changes_this_year_and_never_last_year(conn, world, tmp_path):
    shipped = rp.shipped()
    assert [staff.block(conn, "post-1", y).grant for y in (2025, 2026)] == [10_437.50, 12_525.00]
    seen = rule_packs.preview(conn, _file(tmp_path, _doc(**NEW)))
    assert seen.changes == [
        "Fördersatz: 16.700,00 € → 22.000,00 €",
        f"Förderformel: {shipped.formula.text} → Satz × VZÄ × beschäftigte Tage / Tage des Schuljahres",
        "Frist KVJS: 31.10. → 30.09.", "Frist Landkreis: 31.07. → 15.07."]
    with clock.frozen(date(2026, 11, 26)):
        rule_packs.accept(conn, seen.pack)
    # last year (2025/26): figures, grant, months and deadline as before
    last = staff.block(conn, "post-1", 2025)
    assert (last.months_filled, last.grant) == (10, 10_437.50)
    assert _dues(conn, date(2026, 7, 1))["KVJS"] == date(2026, 10, 31)
    last_pack = rp.shipped_packs()[1]   # 2025/26 follows the shipped pack naming it
    assert _export_pack(conn, 2025) == {"id": last_pack.digest, "title": last_pack.title}
    # this year (2026/27) follows the new pack
    assert staff.block(conn, "post-1", 2026).grant == 16_500.00
    assert _dues(conn, date(2027, 7, 1)) == {"Landkreis": date(2027, 7, 15),
                                             "KVJS": date(2027, 9, 30)}
    assert _export_pack(conn, 2026) == {"id": seen.pack.digest, "title": "Testpaket 2026/27"}
    assert [(k.pack.digest, k.in_force, k.years) for k in rule_packs.listing(conn)] == [
        (rp.shipped_packs()[0].digest, False, (2024,)), (last_pack.digest, False, (2025,)),
        (seen.pack.digest, True, ())]


def test_a_delivered_year_keeps_its_pack(conn, world, tmp_path):
    with clock.frozen(date(2027, 8, 3)):
        stats.mark_delivered(conn, 2026, POST)
    rule_packs.accept(conn, rule_packs.read_file(_file(tmp_path, _doc(**NEW))))
    assert staff.block(conn, "post-1", 2026).grant == 12_525.00


def test_the_day_formula_counts_days_employed_at_the_boundaries():
    days = rp.GrantFormula("pro_rata_days", ())
    year = rp.SchoolYear(2026)
    # 1 Feb – 31 Jul 2027: 28 + 31 + 30 + 31 + 30 + 31 = 181 of 365 days
    assert days.grant(100, date(2027, 2, 1), None, year, 22_000) == 10_909.59
    assert days.months_filled(date(2027, 2, 1), None, year) == 6
    assert days.grant(100, date(2027, 7, 31), None, year, 36_500) == 100.00  # the last day
    assert days.grant(100, date(2027, 8, 1), None, year, 36_500) == 0.00     # after the year
    assert days.grant(100, date(2020, 1, 1), date(2026, 8, 1), year, 36_500) == 100.00


def test_a_year_keeps_its_exported_pack_only_once_it_has_ended(conn):
    """Issue 65: 2025/26 runs to 31 July 2026; an export on that day leaves the year
    following a corrected pack (``end < today``: ``<=`` survived every test)."""
    from ssa_desktop.storage import rule_pack_repo

    with clock.frozen(date(2026, 7, 31)):
        rule_packs.keep_exported_year(conn, 2025)
    assert rule_pack_repo.year_digest(conn, 2025) is None
    with clock.frozen(date(2026, 8, 1)):
        rule_packs.keep_exported_year(conn, 2025)
    assert rule_pack_repo.year_digest(conn, 2025) == rp.shipped_packs()[1].digest
