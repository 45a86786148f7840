"""The pure rules of packages (issue 20 item 6: mutation testing of
``domain/handover.py``): expiry at its day, the selection rule, what a return may carry,
the categories the disclosure log names, every sentence she reads. The vault-backed packages are in tests/services/test_handover.py."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date

import pytest

from ssa_desktop.domain import handover as ho
from ssa_desktop.domain.errors import UserError


def test_a_return_is_recognised_by_the_name_of_its_kind():
    """Once a package's key is gone, a return is known by its default name, which starts
    with the return kind's code (the code stored in every package's meta)."""
    name = f"{ho.KIND_RETURN}-2026-03-20-abcdef12.ssapaket"
    assert ho.package_of_return_name(name, "abcdef1234567890")
    assert not ho.package_of_return_name(f"{ho.KIND_DEPUTY}-2026-03-20-abcdef12.ssapaket",
                                         "abcdef1234567890")


@pytest.mark.parametrize("stored", ["vertretung", "rueckgabe", "schule"])
def test_the_kind_a_package_of_an_earlier_release_carries_is_still_read(stored):
    """Packages already written carry their kind as a code in their meta: each code is
    still a kind, with a name in the Pakete list."""
    assert stored in ho.KINDS
    assert ho.KIND_LABELS[stored]


def test_a_return_carries_only_contacts_and_appointments():
    contents = ho.PackageContents(frozenset({"p1"}), {}, frozenset())
    row = {"id": "r1", "person_id": "p1", "day": "2026-03-05"}
    for table in ("contact", "appointment"):
        assert ho.refused_row(table, row, contents, exists_here=False) is None
    assert ho.refused_row("working_note", row, contents, exists_here=False) == (
        "eine Rückgabe enthält nur Kontakte und Termine")


def test_the_disclosure_log_names_catalogue_categories_and_8a_only_with_a_procedure():
    """What Auskunft shows of a package: categories of the disclosure catalogue (their
    labels are its), never content; § 8a only for a person with an open procedure."""
    from ssa_desktop.domain.catalogues import DISCLOSURE_CATEGORIES

    for categories in (ho.DEPUTY_CATEGORIES, ho.DEPUTY_CATEGORIES_8A, ho.SCHOOL_CATEGORIES):
        assert all(code in DISCLOSURE_CATEGORIES for code in categories)
    assert set(ho.DEPUTY_CATEGORIES_8A) - set(ho.DEPUTY_CATEGORIES) == {"8a"}
    assert "8a" not in ho.SCHOOL_CATEGORIES
    # the successor takes the school's files, with the assessments in them
    assert set(ho.SCHOOL_CATEGORIES) - set(ho.DEPUTY_CATEGORIES) == {"assessment"}
    # a person's ticked documents: the catalogue's own category, named as Auskunft says it
    assert DISCLOSURE_CATEGORIES.label(ho.DOCUMENT_CATEGORY) == "Dokument (Datei aus dem Tresor)"


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
    with pytest.raises(UserError) as e:      # shown as her sentence, never a traceback
        ho.check_deputy("  ", "x")
    assert isinstance(e.value, ho.HandoverRuleError)
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
    contents = ho.PackageContents(frozenset(), {}, frozenset())
    for value, name in ((ho.Deputy("a"), "name"), (ho.Period(date(2026, 1, 1), date(2026, 1, 2)), "last"),
                        (_c("a"), "school"), (contents, "persons")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, name, None)


def test_a_newer_files_version_is_named_only_when_it_looks_like_one():
    """Issue 65 (statement deletion): a file of a newer program names the version that
    wrote it — only a version-like text of at most 32 characters, starting with a digit."""
    assert ho.plain_version("0.4.0rc1") == "0.4.0rc1"
    assert ho.plain_version("1" + "0" * 31) == "1" + "0" * 31
    assert [ho.plain_version(v) for v in ("1" + "0" * 32, "v0.4", "0.4 beta", 4, None)] == [
        "", "", "", "", ""]
    assert ho.newer_sentence("Das Paket", "0.4.0", "es wird nicht gelesen") == (
        "Das Paket wurde mit einer neueren Version von SSA Desktop geschrieben (0.4.0). "
        "Bitte installieren Sie SSA Desktop 0.4.0 oder neuer; es wird nicht gelesen.")
    assert ho.newer_sentence("Das Paket", "", "es wird nicht gelesen") == (
        "Das Paket wurde mit einer neueren Version von SSA Desktop geschrieben. Bitte "
        "installieren Sie die aktuelle Version; es wird nicht gelesen.")


def test_a_returned_time_is_checked_only_where_changed_and_may_be_empty():
    """An appointment whose start is the package's and whose end she changed: the end is
    checked (the unchanged start does not end the check); a contact without a time is fine."""
    base = {"start": ho.field_hash("08:00"), "end": ho.field_hash("08:45")}
    assert ho._time_problem("appointment", {"start": "08:00", "end": "25:00"}, base) == (
        "Das Ende „25:00“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30).")
    assert ho._time_problem("appointment", {"start": "08:00", "end": "09:00"}, base) is None
    assert ho._time_problem("contact", {"time": None}, None) is None
    assert ho._time_problem("contact", {"time": ""}, None) is None


@pytest.mark.parametrize(("went", "name", "now", "same"), [
    ("09:00", "start", "09:00", True), ("9:00", "start", "09:00", True),
    ("9:45", "end", "09:45", True), ("9:00", "time", "09:00", True),
    ("9:00", "start", "09:01", False), ("9:01", "start", "09:00", False),
    ("09:00", "start", "9:00", False),       # the other way round is no earlier spelling
    ("19:00", "start", "09:00", False),
    (" 9:00 ", "start", "09:00", True), ("10:00 ", "end", "10:00", True),   # blanks stripped
    ("\t9:00", "start", "09:00", False), ("  9:00", "start", "09:00", False),  # not guessed
    ("9:00", "note", "09:00", False),        # only a time of day has earlier spellings
    ("9:00", "room", "09:00", False), ("", "time", "", True), (None, "time", "", False),
    (None, "contact_id", None, True), ("9:00", "start", None, False)])
def test_a_field_is_what_went_in_the_same_value_or_a_time_s_earlier_spelling(went, name, now,
                                                                             same):
    """A package written before migration 0030 hashed „9:00“ where the update stores
    09:00 (``same_field``; ``changed_fields`` names the others)."""
    assert ho.same_field(ho.field_hash(went), name, now) is same
    assert ho.changed_fields({name: ho.field_hash(went)}, {name: now}) == (() if same else (name,))
