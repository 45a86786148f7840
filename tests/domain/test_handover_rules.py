"""The pure rules of packages (issue 20 item 6: mutation testing of
``domain/handover.py``): expiry at its day, the selection rule, every sentence as a
literal. The vault-backed packages are in tests/services/test_handover.py."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date

import pytest

from ssa_desktop.domain import handover as ho
from ssa_desktop.domain.errors import UserError


def test_constants():
    assert ho.GRACE_DAYS == 14
    assert ho.KINDS == ("vertretung", "rueckgabe", "schule")
    assert ho.KIND_LABELS == {"vertretung": "Vertretungspaket",
                              "rueckgabe": "Rückgabe der Vertretung",
                              "schule": "Übergabepaket einer Schule"}
    assert ho.RETURN_TABLES == ("contact", "appointment")
    assert ho.DEPUTY_CATEGORIES == ("master", "attendance", "case")
    assert ho.DEPUTY_CATEGORIES_8A == ("master", "attendance", "case", "8a")
    assert ho.SCHOOL_CATEGORIES == ("master", "attendance", "assessment", "case")
    assert issubclass(ho.HandoverRuleError, UserError)


def test_recipient():
    assert ho.Deputy("Eva Berg", "Schulsozialarbeit").recipient == (
        "Eva Berg (Schulsozialarbeit) – Vertretung")
    assert ho.Deputy("Eva Berg").recipient == "Eva Berg – Vertretung"
    assert ho.Deputy("Eva Berg").role == ""


def test_period_bounds_and_expiry():
    p = ho.Period(date(2026, 3, 2), date(2026, 3, 20))
    assert p.expires == date(2026, 4, 4)     # 20.03. + 14 days of grace: deleted on 04.04.
    assert ho.Period(date(2026, 3, 2), date(2026, 3, 2)).expires == date(2026, 3, 17)
    with pytest.raises(ho.HandoverRuleError) as e:
        ho.Period(date(2026, 3, 2), date(2026, 3, 1))
    assert str(e.value) == "Das Ende der Vertretung liegt vor ihrem Beginn."


def test_is_expired_on_the_day():
    assert not ho.is_expired(date(2026, 4, 4), date(2026, 4, 3))
    assert ho.is_expired(date(2026, 4, 4), date(2026, 4, 4))
    assert ho.is_expired(date(2026, 4, 4), date(2026, 4, 5))


def test_check_deputy():
    assert ho.check_deputy("  Eva   Berg ", " Schul  sozialarbeit ") == ho.Deputy(
        "Eva Berg", "Schul sozialarbeit")
    with pytest.raises(ho.HandoverRuleError) as e:
        ho.check_deputy("  ", "x")
    assert str(e.value) == "Bitte den Namen der Vertretung angeben."
    with pytest.raises(ho.HandoverRuleError) as e:
        ho.check_deputy("", "", who="Nachfolge")
    assert str(e.value) == "Bitte den Namen der Nachfolge angeben."


def _c(pid, school="S1", pseudonym="K-1", consent=True, case=False, appt=False, cp=False):
    return ho.Candidate(pid, pseudonym, school, consent, case, appt, cp)


def test_candidate_needed_proposed_reasons():
    assert not _c("a").needed and not _c("a").proposed and _c("a").reasons == ""
    for kw in ({"case": True}, {"appt": True}, {"cp": True}):
        assert _c("a", **kw).needed and _c("a", **kw).proposed
        assert not _c("a", consent=False, **kw).proposed
    assert _c("a", case=True).reasons == "offener Fall"
    assert _c("a", appt=True).reasons == "Termin im Zeitraum"
    assert _c("a", cp=True).reasons == "offenes § 8a-Verfahren"
    assert _c("a", case=True, appt=True, cp=True).reasons == (
        "offener Fall, Termin im Zeitraum, offenes § 8a-Verfahren")


def test_propose_sorted_by_school_pseudonym_id():
    cs = [_c("p4", "S2", "A", case=True), _c("p3", "S1", "K-2", appt=True),
          _c("p2", "S1", "K-1", cp=True), _c("p1", "S1", "K-1", case=True),
          _c("p5", "S1", "A", consent=False, case=True), _c("p6", "S0", "A")]
    assert [c.person_id for c in ho.propose(cs)] == ["p1", "p2", "p3", "p4"]


def test_check_selection():
    cs = [_c("p1", case=True), _c("p2", appt=True), _c("p3", consent=False, case=True),
          _c("p4")]
    assert ho.check_selection(["p2", "p1", "p2"], cs) == ["p2", "p1"]
    for chosen in (["p1", "p3"], ["p4"], ["px"]):
        with pytest.raises(ho.HandoverRuleError) as e:
            ho.check_selection(chosen, cs)
        assert str(e.value) == (
            "Nur Personen mit gültiger Einwilligung „Weitergabe an die Vertretung“ und "
            "offenem Fall, Termin im Zeitraum oder offenem § 8a-Verfahren können ins Paket.")
    with pytest.raises(ho.HandoverRuleError) as e:
        ho.check_selection([], cs)
    assert str(e.value) == ("Es ist keine Person ausgewählt; ein leeres Paket wird nicht "
                            "geschrieben.")


def test_row_hash_is_the_sha256_of_the_sorted_json():
    text = '{"a": "ä", "b": 1, "day": "2026-03-02"}'
    assert ho.row_hash({"day": date(2026, 3, 2), "b": 1, "a": "ä"}) == hashlib.sha256(
        text.encode("utf-8")).hexdigest()


def test_value_objects_are_frozen():
    # immutable (and hashable) values: a caller cannot change one in place
    for value, name in ((ho.Deputy("a"), "name"), (ho.Period(date(2026, 1, 1), date(2026, 1, 2)), "last"), (_c("a"), "school")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, name, None)
