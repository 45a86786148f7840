"""Auskunft (Art. 15 DSGVO, § 83 SGB X) and Widerspruch: collection, review, deadline,
letter as PDF and JSON read back."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pypdf import PdfReader

from ssa_desktop.domain import clock
from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.auskunft import one_month_after
from ssa_desktop.domain.entities import (
    Appointment,
    Case,
    ChildProtectionProcedure,
    ChildProtectionStep,
    Consent,
    Contact,
    Disclosure,
    GroupActivity,
    Person,
)
from ssa_desktop.services import persons, privacy, retention
from ssa_desktop.services.overview import build_overview
from ssa_desktop.storage import repositories as repo

TODAY = date(2026, 11, 22)


@pytest.fixture
def holdings(conn, pupil):
    other = repo.PERSONS.insert(conn, Person("M-03", first_name="Max", last_name="Andere",
                                             school_id="school-1"))
    case = repo.CASES.insert(conn, Case(pupil.id, date(2026, 9, 1), school_id="school-1",
                                        title="Streit in der Klasse"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 9, 2), "EB", 30, "school-1", pupil.id, case.id,
                                       participants=("pupil",), note="Kim erzählt vom Streit"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 9, 9), "EG", 45, "school-1", pupil.id, case.id,
                                       participants=("parent",), note="Mutter berichtet Vertrauliches"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 9, 3), "EB", 20, "school-1", other.id,
                                       participants=("pupil",), note="Max fremder Eintrag"))
    repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 12, 1), "09:40", "10:10", pupil.id,
                                               "school-1", room="012"))
    repo.CONSENTS.insert(conn, Consent(pupil.id, "Klassenlehrerin", date(2026, 9, 1),
                                       scope="Teilnahme"))
    repo.CONSENTS.insert(conn, Consent(pupil.id, "Jugendamt", date(2026, 9, 5),
                                       entrusted_by="Mutter", scope="Familiensituation"))
    repo.DISCLOSURES.insert(conn, Disclosure(pupil.id, date(2026, 9, 6), "Klassenlehrerin",
                                             ("attendance",), "consent"))
    proc = repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(pupil.id, date(2026, 10, 1)))
    repo.CP_STEPS.insert(conn, ChildProtectionStep(proc.id, "1", date(2026, 10, 1), text="Blaue Flecken"))
    repo.GROUPS.insert(conn, GroupActivity("Sozialtraining 7b", 2026, school_id="school-1",
                                           name_list="Kim Sommer\nMax Andere\nLea Dritte"))
    return pupil


def _open(conn, pupil, received=date(2026, 11, 2)):
    with clock.frozen(TODAY):
        return privacy.open_request(conn, pupil.id, received)


def test_one_month_after():
    assert one_month_after(date(2026, 11, 2)) == date(2026, 12, 2)
    assert one_month_after(date(2026, 1, 31)) == date(2026, 2, 28)
    assert one_month_after(date(2028, 1, 31)) == date(2028, 2, 29)
    assert one_month_after(date(2026, 12, 15)) == date(2027, 1, 15)


def test_collect_covers_everything_and_withholds_entrusted(conn, holdings):
    items = privacy.collect(conn, holdings.id)
    sections = {i.section for i in items}
    assert sections == {"Stammdaten", "Fälle", "Kontakte", "Termine", "Einwilligungen",
                        "Weitergaben", "Kinderschutz (§ 8a SGB VIII)", "Gruppen und Projekte"}
    withheld = [(i.title, i.reason) for i in items if not i.include]
    assert withheld == [("Kontakt am 09.09.2026 (Elterngespräch)", "s65"),
                        ("Einwilligung gegenüber Jugendamt", "s65"),
                        ("Verfahren seit 01.10.2026", "cp"),          # issue 22: § 8a withheld
                        ("Schritt 1 am 01.10.2026: Gewichtige Anhaltspunkte wahrgenommen",
                         "cp")]
    text = json.dumps([i.fields for i in items], ensure_ascii=False)
    assert "Max fremder Eintrag" not in text          # another person's contact
    assert "Lea Dritte" not in text and "Max Andere" not in text  # no other names from lists


def test_letter_pdf_and_json(conn, holdings, tmp_path):
    request = _open(conn, holdings)
    assert request.due == date(2026, 12, 2)
    _, items = privacy.load_review(conn, request.id)
    pdf, js = tmp_path / "auskunft.pdf", tmp_path / "auskunft.json"
    with clock.frozen(TODAY):
        privacy.write_auskunft(conn, request.id, items, pdf, js)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Auskunft über gespeicherte Daten" in text
    assert "Kim erzählt vom Streit" in text and "Blaue Flecken" not in text  # § 8a withheld
    assert "Mutter berichtet Vertrauliches" not in text and "Familiensituation" not in text
    assert "02.11.2026" in text and "22.11.2026" in text
    data = json.loads(js.read_text("utf-8"))
    assert data["person"] == "Kim Sommer" and data["empfaenger"] == ["Klassenlehrerin"]
    dumped = json.dumps(data, ensure_ascii=False)
    assert "Kim erzählt vom Streit" in dumped and "Vertrauliches" not in dumped


def test_review_decisions_are_kept_and_withholding_needs_a_reason(conn, holdings, tmp_path):
    request = _open(conn, holdings)
    _, items = privacy.load_review(conn, request.id)
    step = next(i for i in items if i.key.startswith("cp_step:"))
    step.include, step.reason, step.note = False, "", ""
    with pytest.raises(privacy.PrivacyError, match="Grund"):
        privacy.write_auskunft(conn, request.id, items, tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()
    step.reason, step.note = "third", "Gefährdung"
    privacy.save_review(conn, request.id, items)
    _, again = privacy.load_review(conn, request.id)
    saved = next(i for i in again if i.key == step.key)
    assert (saved.include, saved.reason, saved.note) == (False, "third", "Gefährdung")


def test_deadline_on_overview_until_completed(conn, holdings):
    request = _open(conn, holdings)
    overview = build_overview(conn, date(2026, 11, 26))
    lines = [i.text for i in overview.deadlines]
    assert "Auskunft K-17 fällig am 02.12.2026" in lines
    item = next(i for i in overview.deadlines if i.text.startswith("Auskunft"))
    assert item.state == "due" and item.record_id == holdings.id
    assert next(i for i in build_overview(conn, date(2026, 12, 3)).deadlines
                if i.text.startswith("Auskunft")).state == "overdue"
    privacy.complete_request(conn, request.id, TODAY)
    assert not [i for i in build_overview(conn, TODAY).deadlines if i.text.startswith("Auskunft")]


def test_objection_restricts_while_pending(conn, holdings):
    """Widerspruch sets the retention restriction (the person leaves lists and search)
    and a rejected one lifts it again."""
    with clock.frozen(TODAY):
        request = privacy.record_objection(conn, holdings.id, date(2026, 11, 20))
    assert retention.restriction_of(conn, holdings.id) == rt.Restriction(
        holdings.id, rt.OBJECTION, date(2026, 11, 20))
    assert holdings.id not in {c.id for c in persons.person_choices(conn)}
    assert list(repo.search(conn, holdings.pseudonym)) == []
    privacy.decide_objection(conn, request.id, upheld=False, day=TODAY)
    assert retention.restriction_of(conn, holdings.id) is None
    assert holdings.id in {c.id for c in persons.person_choices(conn)}
    with clock.frozen(TODAY):
        request = privacy.record_objection(conn, holdings.id, TODAY)
    privacy.decide_objection(conn, request.id, upheld=True, day=TODAY)
    assert retention.restriction_of(conn, holdings.id) is not None


def test_rejected_objection_keeps_an_earlier_restriction(conn, holdings):
    """A person restricted on request (Art. 18) stays restricted when an objection is
    recorded and rejected: only the objection's own restriction is lifted."""
    retention.restrict(conn, holdings.id, "request", date(2026, 11, 1))
    with clock.frozen(TODAY):
        request = privacy.record_objection(conn, holdings.id, TODAY)
    privacy.decide_objection(conn, request.id, upheld=False, day=TODAY)
    assert retention.restriction_of(conn, holdings.id).reason == "request"


def test_request_in_the_future_is_refused(conn, pupil):
    with clock.frozen(TODAY), pytest.raises(privacy.PrivacyError, match="Zukunft"):
        privacy.open_request(conn, pupil.id, date(2026, 12, 1))


def test_correction_of_a_withheld_contact_is_withheld_too(conn, holdings, tmp_path):
    from ssa_desktop.domain.entities import Annotation

    secret = next(c for c in repo.contacts_for_person(conn, holdings.id) if "Mutter" in c.note)
    repo.ANNOTATIONS.insert(conn, Annotation("contact", secret.id, "note", secret.note,
                                             "Mutter berichtet Vertrauliches (korrigiert)"))
    request = _open(conn, holdings)
    _, items = privacy.load_review(conn, request.id)
    proc = next(i for i in items if i.key.startswith("cp_procedure:"))
    proc.include, proc.reason = False, "third"
    pdf = tmp_path / "a.pdf"
    with clock.frozen(TODAY):
        privacy.write_auskunft(conn, request.id, items, pdf, tmp_path / "a.json")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Vertrauliches" not in text and "Blaue Flecken" not in text
    assert "Blaue Flecken" not in (tmp_path / "a.json").read_text("utf-8")


def test_pending_auskunft_holds_the_persons_data(conn, pupil):
    """A pupil who has left is due for deletion (R2) – not while an Auskunft is open:
    the request sets the retention hold "Auskunftsersuchen offen", answering lifts it."""
    pupil.leaving_date = date(2026, 10, 31)
    repo.PERSONS.update(conn, pupil)
    assert pupil.id in {a.record_id for a in retention.due_items(conn, TODAY)}
    with clock.frozen(TODAY):
        request = privacy.open_request(conn, pupil.id, date(2026, 11, 20))
    assert [(h.reason, h.review) for h in retention.holds(conn)] == [
        ("auskunft", date(2026, 12, 20))]
    assert pupil.id not in {a.record_id for a in retention.due_items(conn, TODAY)}
    assert retention.apply(conn, [("person", pupil.id)], today=TODAY).deleted == 0
    privacy.complete_request(conn, request.id, TODAY)
    assert retention.holds(conn) == []
    assert pupil.id in {a.record_id for a in retention.due_items(conn, TODAY)}


def test_collect_lists_every_record_in_order_with_its_fields(conn, holdings):
    from ssa_desktop.domain.entities import Annotation, WorkingNote

    case = repo.CASES.all(conn)[0]
    repo.ANNOTATIONS.insert(conn, Annotation("case", case.id, "title", "Streit", "Streit in der Klasse",
                                             created="2026-10-02T08:00:00"))
    repo.WORKING_NOTES.insert(conn, WorkingNote("nachfragen", date(2026, 12, 1), holdings.id,
                                                created="2026-11-01T08:00:00"))
    items = privacy.collect(conn, holdings.id)
    assert [(i.section, i.title, i.include, i.parent) for i in items] == [
        ("Stammdaten", "Angaben zur Person", True, ""),
        ("Fälle", "Fall seit 01.09.2026", True, ""),
        ("Kontakte", "Kontakt am 02.09.2026 (Einzelberatung)", True, ""),
        ("Kontakte", "Kontakt am 09.09.2026 (Elterngespräch)", False, ""),
        ("Korrekturvermerke", "Korrektur vom 02.10.2026", True, f"case:{case.id}"),
        ("Arbeitsnotizen", "Arbeitsnotiz vom 01.11.2026", True, ""),
        ("Termine", "Termin am 01.12.2026 09:40–10:10", True, ""),
        ("Einwilligungen", "Einwilligung gegenüber Klassenlehrerin", True, ""),
        ("Einwilligungen", "Einwilligung gegenüber Jugendamt", False, ""),
        ("Weitergaben", "Weitergabe am 06.09.2026 an Klassenlehrerin", True, ""),
        ("Kinderschutz (§ 8a SGB VIII)", "Verfahren seit 01.10.2026", False, ""),
        ("Kinderschutz (§ 8a SGB VIII)", "Schritt 1 am 01.10.2026: Gewichtige Anhaltspunkte wahrgenommen",
         False, items[10].key),
        ("Gruppen und Projekte", "Teilnahme: Sozialtraining 7b", True, ""),
    ]
    fields = {i.title: dict(i.fields) for i in items}
    person = fields["Angaben zur Person"]
    assert (person["Kürzel (Pseudonym)"], person["Vorname"], person["Schule"]) == ("K-17", "Kim", "Gemeinschaftsschule Am Park")
    assert fields["Fall seit 01.09.2026"]["Titel"] == "Streit in der Klasse"
    assert fields["Kontakt am 02.09.2026 (Einzelberatung)"]["Dauer"] == "30 Min."
    assert fields["Korrektur vom 02.10.2026"] == {"Feld": "title", "Vorher": "Streit", "Neu": "Streit in der Klasse"}
    assert fields["Arbeitsnotiz vom 01.11.2026"] == {"Text": "nachfragen", "Wird vernichtet am": "01.12.2026"}
    assert fields["Termin am 01.12.2026 09:40–10:10"] == {"Raum": "012", "Status": "geplant"}
    assert items[8].hint == "Anvertraut von: Mutter (§ 65 SGB VIII)" and items[3].reason == "s65"
    assert fields["Weitergabe am 06.09.2026 an Klassenlehrerin"]["Empfänger"] == "Klassenlehrerin"
    assert fields["Verfahren seit 01.10.2026"]["Jugendamt beteiligt"] == "nein"
    assert fields["Teilnahme: Sozialtraining 7b"]["Schuljahr"] == "2026/27"


def test_the_auskunft_holds_her_goals_with_their_ratings(conn, holdings, tmp_path):
    from ssa_desktop.domain import goals as g
    from ssa_desktop.services import goals

    [case] = repo.CASES.select(conn, "person_id = ?", (holdings.id,))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Streit ohne Schläge lösen", scale=g.GAS,
                                            baseline=-2, pupil_words="Ich bleib ruhig", created="2024-08-01 08:00:00"))
    goals.rate(conn, goal.id, 0, date(2026, 10, 5))
    [item] = [i for i in privacy.collect(conn, holdings.id) if i.section == "Ziele mit Skala"]
    assert (item.title, item.parent, item.include) == ("Ziel: Streit ohne Schläge lösen",
                                                       f"case:{case.id}", True)
    assert item.fields == [("Ziel", "Streit ohne Schläge lösen"),
                           ("In eigenen Worten", "Ich bleib ruhig"),
                           ("Skala", "Zielerreichungsskala (−2 bis +2)"),
                           ("Ausgangswert", "−2 viel weniger als erwartet"),
                           ("Einschätzung am 05.10.2026", "0 erwartetes Ergebnis")]
    request = _open(conn, holdings)
    _, items = privacy.load_review(conn, request.id)
    pdf = tmp_path / "auskunft.pdf"
    with clock.frozen(TODAY):
        privacy.write_auskunft(conn, request.id, items, pdf, tmp_path / "a.json")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    at = text.index("Ziele mit Skala")   # the section, the goal with its rating (a label wraps)
    assert "Ziel: Streit ohne Schl" in text[at:] and "Ich bleib ruhig" in text[at:]
    assert "05.10.2026\n0 erwartetes Ergebnis" in text[at:]
