"""The options of the yearly KVJS deliveries (``domain/deliveries``, docs/statistics.md)
written out by hand: each stable key (a renamed key loses the value she set in her vault),
its type and default (the shipped rule pack's), the words Einstellungen shows, the grant
rate's bounds at the boundary, and the day the deadlines appear on the Übersicht."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import deliveries, options
from ssa_desktop.domain.month_day import MonthDay


def test_each_option_by_its_stable_key_type_and_default():
    declared = {o.name: o for o in options.declared()}
    got = {o.name: (o.type, o.default) for o in (
        deliveries.LANDKREIS_DEADLINE, deliveries.KVJS_DEADLINE, deliveries.GRANT_RATE,
        deliveries.LANDKREIS, deliveries.TEMPLATE)}
    assert got == {
        "kvjs.deadline_landkreis": (MonthDay, MonthDay(7, 31)),
        "kvjs.deadline_kvjs": (MonthDay, MonthDay(10, 31)),
        "kvjs.grant_rate": (float, 16_700.0),
        "kvjs.landkreis": (str, ""),
        "kvjs.template": (str, ""),
    }
    assert all(declared[name] is getattr(deliveries, attr) for name, attr in (
        ("kvjs.deadline_landkreis", "LANDKREIS_DEADLINE"), ("kvjs.deadline_kvjs", "KVJS_DEADLINE"),
        ("kvjs.grant_rate", "GRANT_RATE"), ("kvjs.landkreis", "LANDKREIS"),
        ("kvjs.template", "TEMPLATE")))


def test_the_words_einstellungen_shows():
    o = deliveries
    assert [(x.label, x.legal_basis, x.help) for x in (
        o.LANDKREIS_DEADLINE, o.KVJS_DEADLINE, o.GRANT_RATE, o.LANDKREIS, o.TEMPLATE)] == [
        ("Frist Statistik je Schule für den Landkreis",
         "Kooperationsvereinbarung § 5.2 (Ende des Schuljahres)",
         "Tag und Monat, z. B. 31.07. (oder 07-31); erscheint ab 1. Juli in der Übersicht. "
         "Ohne eigenen Wert gilt die Frist des Regelpakets bzw. des Landkreis-Profils."),
        ("Frist KVJS-Statistik je Stelle",
         "KVJS-Fördergrundsätze Ziffer 8 (Verwendungsnachweis, 31. Oktober)",
         "Tag und Monat, z. B. 31.10. (oder 10-31); erscheint ab 1. Juli in der Übersicht. "
         "Ohne eigenen Wert gilt die Frist des Regelpakets."),
        ("Förderung je Vollzeitstelle und Jahr (€)",
         "KVJS-Fördergrundsätze vom 28.11.2016 (16.700 € je Vollzeitstelle)",
         "Für den Verwendungsnachweis, nach der Förderformel des Regelpakets. Ohne eigenen "
         "Wert gilt der Satz des Regelpakets (Einstellungen → Förderung)."),
        ("Landkreis (Profil des Regelpakets)", "",
         "Name eines Landkreis-Profils des Regelpakets, z. B. Breisgau-Hochschwarzwald; "
         "leer: kein Profil."),
        ("KVJS-Formularvorlage (leer: mitgelieferte Vorlage)", "",
         "Text einer geladenen Vorlage; Schema in docs/statistics.md."),
    ]


def test_the_grant_rate_lies_between_nothing_and_a_million():
    rate = deliveries.GRANT_RATE
    assert rate.validate(0) == 0.0
    assert rate.validate(1_000_000) == 1_000_000.0
    with pytest.raises(options.OptionError, match="nicht kleiner als 0"):
        rate.validate(-0.01)
    with pytest.raises(options.OptionError, match="nicht größer als"):
        rate.validate(1_000_000.01)


def test_the_deadlines_appear_from_the_first_of_july():
    assert deliveries.DEADLINES_FROM == MonthDay(7, 1)
