"""Issue 65 (statement deletion over every rule module): the rules of ``domain/rule_pack.py``
that only a real vault or no test at all proved — each refusal of a malformed pack (a
section that is no section, a list that is no list, an empty text, a bad ``per``, the
formula's parameters), the bounds at the bound, the filled months of both formulas at
their first and last day, and the lines she reads (``changes``, ``describe``). Pure: no
vault. Figures by hand: SchoolYear 2026 is 1 Aug 2026 – 31 Jul 2027 (365 days),
2027 is 1 Aug 2027 – 31 Jul 2028 (366: 29 Feb 2028)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain import rule_pack as rp
from ssa_desktop.domain.schoolyear import SchoolYear

SHIPPED = json.loads(rp.shipped().text)
PROFILE = SHIPPED["landkreis_profiles"][0]
MONTHS_15 = rp.GrantFormula("pro_rata_months", (("counting_day", 15),))
DAYS = rp.GrantFormula("pro_rata_days", ())


def _parse(**changes) -> rp.RulePack:
    return rp.parse(json.dumps({**SHIPPED, **changes}, ensure_ascii=False), "p.json")


def _refusal(**changes) -> str:
    with pytest.raises(rp.RulePackError) as caught:
        _parse(**changes)
    text = str(caught.value)
    assert text.startswith("Das Regelpaket „p.json“ wird nicht übernommen: ")
    return text.removeprefix("Das Regelpaket „p.json“ wird nicht übernommen: ")


@pytest.mark.parametrize(("changes", "reason"), [
    ({"kvjs_template": "kvjs-erhebungsbogen"}, "„kvjs_template“ fehlt oder ist kein Abschnitt."),
    ({"deadlines": ["10-31"]}, "„deadlines“ fehlt oder ist kein Abschnitt."),
    ({"grant_formula": None}, "„grant_formula“ fehlt oder ist kein Abschnitt."),
    ({"sources": "KVJS"}, "„sources“ fehlt oder ist keine Liste."),
    ({"school_years": 2026}, "„school_years“ fehlt oder ist keine Liste."),
    ({"landkreis_profiles": {}}, "„landkreis_profiles“ fehlt oder ist keine Liste."),
    ({"title": "   "}, "„title“ fehlt oder ist leer."),
    ({"title": 7}, "„title“ fehlt oder ist leer."),
    ({"counting_notes": ["eine", " "]}, "„counting_notes“ darf nur nicht leere Texte enthalten."),
    ({"assumptions": [3]}, "„assumptions“ darf nur nicht leere Texte enthalten."),
    ({"fields": ["pupils", "names"]}, "das Feld „names“ ist keine bekannte Kennzahl."),
    ({"school_years": []}, "„school_years“ braucht Startjahre wie 2026 (für 2026/27)."),
    ({"school_years": [1999]}, "„school_years“ braucht Startjahre wie 2026 (für 2026/27)."),
    ({"school_years": [2101]}, "„school_years“ braucht Startjahre wie 2026 (für 2026/27)."),
    ({"school_years": ["2026"]}, "„school_years“ braucht Startjahre wie 2026 (für 2026/27)."),
    ({"school_years": [2026, 2027, 2028, 2029, 2030, 2031]},
     "„school_years“ nennt 6 Schuljahre (höchstens 5)."),
    ({"rate": True}, "„rate“ muss ein Betrag zwischen 0 und 1.000.000 € sein."),
    ({"rate": -0.01}, "„rate“ muss ein Betrag zwischen 0 und 1.000.000 € sein."),
    ({"rate": 1_000_000.01}, "„rate“ muss ein Betrag zwischen 0 und 1.000.000 € sein."),
    ({"deadlines": {"kvjs": "13-01", "landkreis": "07-31"}}, "Frist „kvjs“: "),
    ({"deadlines": {"kvjs": "10-31", "landkreis": ""}}, "„landkreis“ fehlt oder ist leer."),
    ({"grant_formula": {"name": 5, "parameters": {}}},
     "die Förderformel „5“ ist unbekannt (bekannt: pro_rata_days, pro_rata_months)."),
    ({"grant_formula": {"name": "pro_rata_months", "parameters": []}},
     "die Förderformel „pro_rata_months“ braucht die Parameter counting_day."),
    ({"grant_formula": {"name": "pro_rata_months"}},
     "die Förderformel „pro_rata_months“ braucht die Parameter counting_day."),
    ({"grant_formula": {"name": "pro_rata_days", "parameters": {"counting_day": 15}}},
     "die Förderformel „pro_rata_days“ braucht die Parameter keine."),
    ({"grant_formula": {"name": "pro_rata_months", "parameters": {"counting_day": 0}}},
     "Parameter „counting_day“ muss eine ganze Zahl von 1 bis 28 sein."),
    ({"grant_formula": {"name": "pro_rata_months", "parameters": {"counting_day": 29}}},
     "Parameter „counting_day“ muss eine ganze Zahl von 1 bis 28 sein."),
    ({"grant_formula": {"name": "pro_rata_months", "parameters": {"counting_day": "15"}}},
     "Parameter „counting_day“ muss eine ganze Zahl von 1 bis 28 sein."),
    ({"landkreis_profiles": ["Breisgau"]}, "ein Landkreis-Profil ist kein Abschnitt."),
    ({"landkreis_profiles": [{**PROFILE, "extra": 1}]},
     "„extra“ ist im Abschnitt Landkreis-Profil nicht vorgesehen."),
    ({"landkreis_profiles": [{**PROFILE, "per": "land"}]},
     "„per“ eines Landkreis-Profils muss „school“ oder „post“ sein."),
    ({"landkreis_profiles": [{**PROFILE, "name": "Kreis\u202e"}]},
     "„name“ enthält unsichtbare Schreibrichtungs-Steuerzeichen"),
    ({"landkreis_profiles": [{**PROFILE, "questions": ["Frage\x07"]}]},
     "„questions“ enthält unsichtbare Steuerzeichen"),
    ({"counting_notes": ["Zeile\x1b"]}, "„counting_notes“ enthält unsichtbare Steuerzeichen"),
])
def test_a_malformed_pack_is_refused_by_its_reason(changes, reason):
    assert _refusal(**changes).startswith(reason)


def test_a_format_version_that_is_not_1_is_refused_with_the_one_known():
    assert _refusal(format_version=None) == "Formatversion „None“ ist unbekannt (bekannt: 1)."


def test_the_bounds_pass_at_the_bound():
    assert _parse(school_years=[2000, 2100]).school_years == (2000, 2100)
    assert _parse(rate=0).rate == 0.0
    assert _parse(rate=1_000_000).rate == 1_000_000.0
    for day in (1, 28):
        formula = {"name": "pro_rata_months", "parameters": {"counting_day": day}}
        assert _parse(grant_formula=formula).formula.parameter("counting_day") == day
    assert _parse(version=1).version == 1
    assert _parse(version=1_000_000).version == 1_000_000
    assert rp.shipped().version == 0                    # none declared


def test_texts_are_kept_stripped_and_years_sorted():
    pack = _parse(title="  Paket 2026/27 \n", school_years=[2027, 2026],
                  kvjs_template={"id": " kvjs-x "}, sources=[" Quelle A "],
                  counting_notes=["Zeile\nzwei "], assumptions=[],
                  fields=[" pupils", "fte "],
                  landkreis_profiles=[{"name": " Musterkreis ", "deadline": " 09-15 ",
                                       "per": "post"}])
    assert (pack.title, pack.school_years, pack.template_id) == (
        "Paket 2026/27", (2026, 2027), "kvjs-x")
    assert (pack.sources, pack.counting_notes, pack.assumptions, pack.fields) == (
        ("Quelle A",), ("Zeile\nzwei",), (), ("pupils", "fte"))
    assert pack.profiles == (rp.LandkreisProfile("Musterkreis", rp.MonthDay(9, 15), "post", ()),)
    assert pack.profile("Musterkreis") is pack.profiles[0]
    assert pack.profile("musterkreis") is None
    assert (pack.years_label, pack.short_id) == ("2026/27, 2027/28", pack.digest[:12])
    assert len(pack.digest) == 64 and pack.text.startswith('{"format": ')
    assert _parse(landkreis_profiles=[]).profiles == ()
    without = {k: v for k, v in SHIPPED.items() if k != "landkreis_profiles"}
    assert rp.parse(json.dumps(without), "p.json").profiles == ()


def test_the_month_formula_counts_a_month_whose_counting_day_is_employed():
    year = SchoolYear(2026)
    assert MONTHS_15.months_filled(None, None, year) == 0
    assert MONTHS_15.months_filled(date(2026, 8, 15), None, year) == 12    # on the 15th
    assert MONTHS_15.months_filled(date(2026, 8, 16), None, year) == 11    # a day after
    assert MONTHS_15.months_filled(date(2026, 8, 1), date(2027, 7, 15), year) == 12
    assert MONTHS_15.months_filled(date(2026, 8, 1), date(2027, 7, 14), year) == 11
    # 12.000 € × 50 % × 11 / 12 = 5.500,00 €
    assert MONTHS_15.grant(50, date(2026, 8, 16), None, year, 12_000) == 5_500.00
    assert MONTHS_15.grant(50, None, None, year, 12_000) == 0.00
    assert MONTHS_15.text == ("Satz × VZÄ × besetzte Monate / 12; ein Monat zählt als besetzt, "
                              "wenn die Beschäftigung seinen Stichtag (15.) umfasst")
    assert DAYS.text == "Satz × VZÄ × beschäftigte Tage / Tage des Schuljahres"


def test_the_day_formula_counts_a_month_with_any_day_employed_and_a_leap_year():
    year = SchoolYear(2026)
    assert DAYS.months_filled(None, None, year) == 0
    assert DAYS.months_filled(date(2026, 12, 31), None, year) == 8          # December – July
    assert DAYS.months_filled(date(2026, 8, 1), date(2026, 12, 1), year) == 5
    assert DAYS.months_filled(date(2026, 8, 1), date(2026, 11, 30), year) == 4
    # 2027/28 has 366 days: the whole year is the whole rate, one day is 1/366
    assert DAYS.grant(100, date(2027, 8, 1), None, SchoolYear(2027), 36_600) == 36_600.00
    assert DAYS.grant(100, date(2028, 2, 29), date(2028, 2, 29), SchoolYear(2027), 36_600) == 100.00
    assert DAYS.grant(100, None, None, year, 36_500) == 0.00
    assert rp.pro_rata(75, 10, 16_700) == 10_437.50


def _two() -> tuple[rp.RulePack, rp.RulePack]:
    old = _parse(landkreis_profiles=[])
    new = _parse(version=2, school_years=[2026, 2027], kvjs_template={"id": "kvjs-neu"},
                 rate=1234.5, deadlines={"kvjs": "09-30", "landkreis": "07-15"},
                 fields=["pupils", "fte"],
                 grant_formula={"name": "pro_rata_days", "parameters": {}},
                 landkreis_profiles=[{"name": "Musterkreis", "deadline": "09-15",
                                      "per": "post", "questions": ["Elternarbeit?"]},
                                     PROFILE])
    return old, new


def test_every_change_is_one_line_and_nothing_changed_is_none():
    old, new = _two()
    assert rp.changes(old, old) == []
    assert rp.changes(old, new) == [
        "Version: ohne Versionsangabe → Version 2",
        "Schuljahre: 2026/27 → 2026/27, 2027/28",
        "KVJS-Vorlage: kvjs-erhebungsbogen → kvjs-neu",
        "Fördersatz: 16.700,00 € → 1.234,50 €",
        f"Förderformel: {MONTHS_15.text} → {DAYS.text}",
        "Frist KVJS: 31.10. → 30.09.",
        "Frist Landkreis: 31.07. → 15.07.",
        f"Felder: {', '.join(SHIPPED['fields'])} → pupils, fte",
        "Landkreis-Profile: keine → Musterkreis (15.09.); Breisgau-Hochschwarzwald (31.10.)"]


def test_she_reads_the_whole_pack_before_accepting_it():
    old, new = _two()
    assert rp.describe(new) == [
        f"Regelpaket: {SHIPPED['title']} (Version 2)",
        f"Kennung (SHA-256): {new.digest}",
        "Schuljahre: 2026/27, 2027/28", "KVJS-Vorlage: kvjs-neu",
        "Fördersatz: 1.234,50 € je Vollzeitstelle und Jahr",
        f"Förderformel: {DAYS.text}",
        "Fristen: KVJS 30.09., Landkreis 15.07.",
        "Landkreis-Profile: Musterkreis (15.09., je Stelle); "
        "Breisgau-Hochschwarzwald (31.10., je Schule)",
        "Fragen des Landkreises Musterkreis: Elternarbeit?",
        "Quellen:", *(f"  – {s}" for s in SHIPPED["sources"]),
        "Eigene Annahmen des Programms (von keiner Quelle belegt):",
        *(f"  – {a}" for a in SHIPPED["assumptions"])]
    lines = rp.describe(old)
    assert lines[0] == f"Regelpaket: {SHIPPED['title']}"
    assert "Landkreis-Profile: keine" in lines
