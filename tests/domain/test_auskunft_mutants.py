"""Auskunft rules as literals (issue 20 item 6: mutation testing of
``domain/auskunft.py``): the catalogues, the deadline at the year's end, an item's
decision, the name-list match."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import auskunft as ak


def test_catalogues():
    assert (ak.REFUSAL_REASONS.name, ak.REQUEST_KINDS.name) == (
        "refusal_reason", "privacy_request_kind")
    assert [(e.code, e.label) for e in ak.REFUSAL_REASONS] == [
        ("s65", "Anvertraut von einer anderen Person (§ 65 SGB VIII)"),
        ("third", "Überwiegende berechtigte Interessen Dritter (§ 83 Abs. 1 Nr. 1 i. V. m. "
                  "§ 82a SGB X)"),
        ("person", "Betrifft eine andere Person (Art. 15 Abs. 4 DSGVO)"),
        ("cp", "Kinderschutzverfahren: Schutz des Kindes (§ 65 SGB VIII, Art. 15 Abs. 4 "
               "DSGVO)"),
        ("other", "Anderer Grund (siehe Vermerk)")]
    assert [(e.code, e.label) for e in ak.REQUEST_KINDS] == [
        ("auskunft", "Auskunft (Art. 15 DSGVO, § 83 SGB X)"),
        ("widerspruch", "Widerspruch (Art. 21 DSGVO, § 84 Abs. 5 SGB X)")]


@pytest.mark.parametrize(("day", "due"), [
    (date(2025, 12, 31), date(2026, 1, 31)),
    (date(2025, 12, 1), date(2026, 1, 1)),
    (date(2025, 11, 30), date(2025, 12, 30)),
    (date(2026, 1, 31), date(2026, 2, 28)),
    (date(2028, 1, 31), date(2028, 2, 29)),
    (date(2026, 3, 31), date(2026, 4, 30)),
])
def test_one_month_after(day, due):
    assert ak.one_month_after(day) == due


def test_item_defaults_and_decision():
    i = ak.AuskunftItem("contact:1", "Kontakte", "Kontakt am 02.09.2026")
    assert (i.fields, i.entrusted, i.hint, i.include, i.reason, i.note, i.parent) == (
        [], False, "", True, "", "", "")
    assert i.decision() == {"include": True, "reason": "", "note": ""}
    i.apply({"include": False, "reason": "s65", "note": "Vermerk"})
    assert i.decision() == {"include": False, "reason": "s65", "note": "Vermerk"}
    i.apply({"note": 7})                     # include not given: stays withheld
    assert i.decision() == {"include": False, "reason": "", "note": "7"}
    i.apply({"include": 1, "reason": "s65"})  # included: no reason kept
    assert i.decision() == {"include": True, "reason": "", "note": ""}
    i.apply({})
    assert i.include is True
    i.apply({"include": 0, "reason": 5})
    assert (i.include, i.reason) == (False, "5")


def test_disclosed_and_check_decisions():
    a = ak.AuskunftItem("c:1", "K", "Kontakt A", include=False, reason="s65")
    b = ak.AuskunftItem("a:1", "K", "Korrektur A", parent="c:1")
    c = ak.AuskunftItem("c:2", "K", "Kontakt B")
    d = ak.AuskunftItem("c:3", "K", "Kontakt C", include=False, reason="nonsense")
    e = ak.AuskunftItem("c:4", "K", "Kontakt D", include=False)
    assert ak.disclosed([a, b, c, d, e]) == [c]
    assert ak.check_decisions([a, b, c, d, e]) == [
        "„Kontakt C“: Bitte einen Grund für die Nichtmitteilung wählen.",
        "„Kontakt D“: Bitte einen Grund für die Nichtmitteilung wählen."]


def test_name_list_entries_and_match():
    assert ak.name_list_entries("K-1, Kim  Sommer;\nLENA Berg ,, ;") == [
        "k-1", "kim sommer", "lena berg"]
    assert ak.names_person("K-12, Kim Sommer", ["K-1"]) is False
    assert ak.names_person("K-12, Kim Sommer", [" kim   SOMMER ", ""]) is True
    assert ak.names_person("K-12", ["", " "]) is False
