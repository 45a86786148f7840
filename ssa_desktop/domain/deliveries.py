"""The options of the yearly KVJS deliveries (docs/statistics.md): when the statistics of
the school year that ended are due, the grant rate of the Verwendungsnachweis and the
form template in use. ``services.statistics`` applies them."""

from __future__ import annotations

from . import options
from .month_day import MonthDay
from .rule_pack import shipped

# The values come from the rule pack in force (domain.rule_pack, resources/rules); an
# option she sets is her local deviation and wins over the pack (services.rule_packs).
# Their defaults are the shipped pack's values.
# Month-day of the two deliveries of the school year that ended: the statistics per
# school for the Landkreis (end of the school year, seed agreement § 5.2; a Landkreis
# profile of the pack sets its own) and per post for the KVJS (31 October).
LANDKREIS_DEADLINE = options.declare(options.Option(
    "kvjs.deadline_landkreis", MonthDay, shipped().landkreis_deadline,
    "Frist Statistik je Schule für den Landkreis",
    legal_basis="Kooperationsvereinbarung § 5.2 (Ende des Schuljahres)",
    help="Tag und Monat, z. B. 31.07. (oder 07-31); erscheint ab 1. Juli in der Übersicht. "
         "Ohne eigenen Wert gilt die Frist des Regelpakets bzw. des Landkreis-Profils."))
KVJS_DEADLINE = options.declare(options.Option(
    "kvjs.deadline_kvjs", MonthDay, shipped().kvjs_deadline, "Frist KVJS-Statistik je Stelle",
    legal_basis="KVJS-Fördergrundsätze Ziffer 8 (Verwendungsnachweis, 31. Oktober)",
    help="Tag und Monat, z. B. 31.10. (oder 10-31); erscheint ab 1. Juli in der Übersicht. "
         "Ohne eigenen Wert gilt die Frist des Regelpakets."))
DEADLINES_FROM = MonthDay(7, 1)     # shown on the Übersicht from 1 July

GRANT_RATE = options.declare(options.Option(
    "kvjs.grant_rate", float, shipped().rate, "Förderung je Vollzeitstelle und Jahr (€)",
    legal_basis="KVJS-Fördergrundsätze vom 28.11.2016 (16.700 € je Vollzeitstelle)",
    minimum=0.0, maximum=1_000_000.0,
    help="Für den Verwendungsnachweis, nach der Förderformel des Regelpakets. Ohne eigenen "
         "Wert gilt der Satz des Regelpakets (Einstellungen → Förderung)."))

# The Landkreis whose profile of the rule pack applies ("": none; the pack's own
# Landkreis deadline applies).
LANDKREIS = options.declare(options.Option(
    "kvjs.landkreis", str, "", "Landkreis (Profil des Regelpakets)",
    help="Name eines Landkreis-Profils des Regelpakets, z. B. Breisgau-Hochschwarzwald; "
         "leer: kein Profil."))

# The template in use: empty = the shipped template; otherwise the text of a template the
# user loaded (validated before it is stored), so it moves with the vault.
TEMPLATE = options.declare(options.Option(
    "kvjs.template", str, "", "KVJS-Formularvorlage (leer: mitgelieferte Vorlage)",
    help="Text einer geladenen Vorlage; Schema in docs/statistics.md."))
