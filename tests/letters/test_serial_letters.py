"""Group memberships and serial letters (docs/datenschutz.md, „Gruppenmitgliedschaft“;
docs/handbuch.md, „Serienbrief“): who takes part, from when to when; one letter per chosen
member, one PDF, each kept with its person, each logged when it goes to another office;
the membership goes with the person and with the group and is named in her Auskunft."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from ssa_desktop.domain.entities import Appointment, GroupActivity, GroupSession, Person
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import (
    appointments,
    consents,
    documents,
    group_members,
    persons,
    privacy,
    retention,
)
from ssa_desktop.services import letters as svc
from ssa_desktop.storage import child_process, group_members_repo
from ssa_desktop.storage import repositories as repo
from tests.retention.fixtures import full_person


@pytest.fixture
def group_of_three(conn, records, pupil):
    others = [repo.PERSONS.insert(conn, Person(f"K-{n}", first_name=name, last_name="Berg",
                                               class_label="7b", school_id="school-1",
                                               guardian_contact=f"Familie Berg\nWeg {n}\n"
                                                                "79312 Emmendingen"))
              for n, name in ((21, "Ali"), (22, "Lea"))]
    for person in (pupil, *others):
        group_members.add_member(conn, records["offer"], person.id, date(2026, 10, 1))
    return records["offer"], [pupil, *others]


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_a_membership_has_its_period_and_is_refused_twice_or_reversed(conn, group_of_three):
    group_id, (pupil, ali, _lea) = group_of_three
    assert [m.person.pseudonym for m in group_members.members(conn, group_id)] == [
        "K-17", "K-21", "K-22"]
    with pytest.raises(UserError, match="K-17 gehört schon zu dieser Gruppe"):
        group_members.add_member(conn, group_id, pupil.id)
    member = group_members.members(conn, group_id)[1].membership
    with pytest.raises(UserError, match="Das Ende .30.09.2026. liegt vor dem Beginn"):
        group_members.end_membership(conn, member.id, date(2026, 9, 30))
    group_members.end_membership(conn, member.id, date(2026, 11, 20))
    assert group_members.members(conn, group_id)[1].label(True) == (
        "K-21 – Ali Berg (7b), bis 20.11.2026")
    group_members.remove_member(conn, member.id)
    assert (member.id, "group_member") in {(r, k) for r, k, _ in
                                           retention.deleted_ids_since(conn)}
    assert [p.pseudonym for p in group_members.candidates(conn, group_id)] == ["K-21"]


def test_a_serial_letter_is_filled_by_one_child_process(conn, group_of_three, monkeypatch,
                                                        frozen_clock):
    """Each letter's texts go through the template sandbox in a child process
    (``services.letter_child``), one for the whole batch, not one a letter."""
    group_id, people = group_of_three
    started = []
    real = child_process.start
    monkeypatch.setattr(child_process, "start",
                        lambda args: started.append(args) or real(args))
    letters = svc.make_serial(conn, svc.SerialRequest("participation", group_id,
                                                      tuple(p.id for p in people)))
    assert len(letters) == 3
    assert [args[-1] for args in started] == ["--letter-child"]


def test_a_restricted_person_is_not_added_and_gets_no_letter(conn, group_of_three):
    group_id, (pupil, ali, _lea) = group_of_three
    retention.restrict(conn, ali.id)
    with pytest.raises(UserError, match="eingeschränkt"):
        svc.make_serial(conn, svc.SerialRequest("participation", group_id, (pupil.id, ali.id)))
    newcomer = repo.PERSONS.insert(conn, Person("K-30", school_id="school-1"))
    retention.restrict(conn, newcomer.id)
    with pytest.raises(UserError, match="K-30 eingeschränkt"):
        group_members.add_member(conn, group_id, newcomer.id)
    assert newcomer.id not in {p.id for p in group_members.candidates(conn, group_id)}


def test_one_letter_per_chosen_member_in_one_pdf_each_kept_with_its_person(
        conn, group_of_three, tmp_path, frozen_clock):
    group_id, (pupil, ali, lea) = group_of_three
    serial = svc.SerialRequest("participation", group_id, (lea.id, pupil.id),
                               addresses={pupil.id: "Kim Sommer\nKlasse 7b\nMühlenweg 2"})
    letters = svc.make_serial(conn, serial)
    assert [r.person_id for r, _m in letters] == [lea.id, pupil.id]
    path = svc.save_serial(tmp_path / "serie" / "teilnahme.pdf", letters)
    assert [p.name for p in path.parent.iterdir()] == ["teilnahme.pdf"]
    pages = _text(path.read_bytes())
    assert len(pages) == 2
    assert "Lea Berg" in pages[0] and "Klasse 7b" in pages[0] and "Soziales Lernen 7b" in pages[0]
    assert "Mühlenweg 2" in pages[1] and "Lea" not in pages[1]
    assert not any("GEHEIM" in page or "Ali" in page for page in pages)
    assert svc.check_serial_disclosures(conn, [r for r, _m in letters]) == []   # to the pupils themselves

    kept = svc.keep_serial(conn, letters)
    assert [(d.person_id, d.kind, d.title) for d in kept] == [
        (lea.id, "letter", "Teilnahmebestätigung an Lea Berg"),
        (pupil.id, "letter", "Teilnahmebestätigung an Kim Sommer")]
    assert sorted(d.person_id for d in documents.every_document(conn)) == sorted(
        [lea.id, pupil.id])


def test_letters_to_the_guardians_take_their_recorded_contact(conn, group_of_three):
    group_id, (_pupil, ali, _lea) = group_of_three
    assert svc.member_address(conn, ali.id, to_guardians=True) == (
        "An die Erziehungsberechtigten\nvon Ali Berg\nFamilie Berg\nWeg 21\n79312 Emmendingen")
    assert svc.member_address(conn, ali.id) == "Ali Berg\nKlasse 7b"


def test_the_guardians_postal_address_is_the_window_envelopes_address(conn, group_of_three):
    group_id, (_pupil, ali, _lea) = group_of_three
    ali.guardian_address = "  Frau Sara Berg \n\nWeg 21\n79312 Emmendingen\n"
    persons.save_person(conn, ali)
    assert repo.PERSONS.get(conn, ali.id).guardian_address == (
        "Frau Sara Berg\nWeg 21\n79312 Emmendingen")
    assert svc.member_address(conn, ali.id, to_guardians=True) == (
        "Frau Sara Berg\nWeg 21\n79312 Emmendingen")
    ali.guardian_address = "\n".join(f"Zeile {n}" for n in range(1, 8))
    with pytest.raises(persons.PersonError, match="höchstens 6 Zeilen .* diese hat 7") as refused:
        persons.save_person(conn, ali)
    assert refused.value.field == "guardian_address"
    assert repo.PERSONS.get(conn, ali.id).guardian_address.startswith("Frau Sara Berg")


def test_the_guardians_address_is_in_her_auskunft_and_the_interchange_not_the_deputy(
        conn, group_of_three):
    from ssa_desktop.domain import tables
    from ssa_desktop.services import interchange

    _group_id, (_pupil, ali, _lea) = group_of_three
    ali.guardian_address = "Frau Sara Berg\nWeg 21\n79312 Emmendingen"
    persons.save_person(conn, ali)
    [row] = [r for r in interchange.export_document(conn)["tables"]["person"]
             if r["id"] == ali.id]
    assert row["guardian_address"] == "Frau Sara Berg\nWeg 21\n79312 Emmendingen"
    named = [dict(item.fields).get("Anschrift Erziehungsberechtigte")
             for item in privacy.collect(conn, ali.id)]
    assert "Frau Sara Berg\nWeg 21\n79312 Emmendingen" in named
    assert "guardian_address" not in tables.TABLES["person"].deputy


def _parents_evening(conn):
    return appointments.save_appointment(conn, Appointment(
        date(2026, 12, 8), "18:00", "19:30", school_id="school-1", room="Aula",
        note="GEHEIM-Elternabend"))


def test_the_invitation_goes_to_each_members_guardians_in_one_pdf(
        conn, group_of_three, tmp_path, frozen_clock):
    group_id, (pupil, ali, lea) = group_of_three
    ali.guardian_address = "Frau Sara Berg\nWeg 21\n79312 Emmendingen"
    persons.save_person(conn, ali)
    evening = _parents_evening(conn)
    assert svc.serial_sources(conn, "invitation") == [
        (evening.id, "08.12.2026 18:00–19:30 Aula")]   # no person's own appointment
    serial = svc.SerialRequest("invitation", group_id, (ali.id, lea.id), to_guardians=True,
                               source_id=evening.id)
    letters = svc.make_serial(conn, serial)
    pages = _text(svc.save_serial(tmp_path / "einladung.pdf", letters).read_bytes())
    assert len(pages) == 2
    assert "Frau Sara Berg" in pages[0] and "Weg 21" in pages[0]
    assert "Gespräch über Ali" in pages[0].replace("\n", " ")
    assert "Dienstag, 08.12.2026, 18:00–19:30 Uhr" in pages[0]
    assert "Aula" in pages[0] and "Ali" not in pages[1] and "Lea" not in pages[0]
    assert "An die Erziehungsberechtigten" in pages[1]   # no address recorded: the proposal
    assert not any("GEHEIM" in page or "Kim" in page for page in pages)
    assert svc.check_serial_disclosures(conn, [r for r, _m in letters]) == []   # to the guardians
    kept = svc.keep_serial(conn, letters)
    assert [(d.person_id, d.title) for d in kept] == [
        (ali.id, "Einladung zum Gespräch an Frau Sara Berg"),
        (lea.id, "Einladung zum Gespräch an die Erziehungsberechtigten")]


def test_a_serial_invitation_needs_an_appointment_without_a_person(
        conn, group_of_three, records):
    group_id, (pupil, ali, _lea) = group_of_three
    for source, message in (("", "Bitte wählen Sie einen Termin"),
                            (records["appointment"], "Bitte wählen Sie einen Termin")):
        with pytest.raises(UserError, match=message):
            svc.make_serial(conn, svc.SerialRequest("invitation", group_id, (ali.id,),
                                                    to_guardians=True, source_id=source))


def _word_serial(conn, group_id, people, **kw):
    from docx import Document

    from ssa_desktop.services import letter_templates
    from tests.letters.test_own_templates import docx

    template = letter_templates.import_template(
        conn, "Bestätigung Word", "participation",
        docx("{{ recipient.address }}", "{{ recipient.salutation }}",
             "{{ person.first_name }} hat an „{{ offer.title }}“ teilgenommen."), "docx")
    letters = svc.make_serial(conn, svc.SerialRequest("participation", group_id, people,
                                                      template_id=template.id, **kw))
    return letters, Document


def test_a_serial_letter_from_her_word_template_is_one_docx_each_kept_with_its_person(
        conn, group_of_three, tmp_path, frozen_clock):
    group_id, (pupil, ali, lea) = group_of_three
    letters, document = _word_serial(conn, group_id, (ali.id, lea.id))
    assert [made.file_type for _r, made in letters] == ["docx", "docx"]
    with pytest.raises(UserError, match="Word-Vorlage .* Endung .docx"):
        svc.save_serial(tmp_path / "out" / "serie.pdf", letters)
    path = svc.save_serial(tmp_path / "out" / "serie.docx", letters)
    assert sorted(p.name for p in path.parent.iterdir()) == ["serie.docx"]
    doc = document(str(path))
    texts = [p.text for p in doc.paragraphs]
    assert "Ali hat an „Soziales Lernen 7b“ teilgenommen." in texts
    assert "Lea hat an „Soziales Lernen 7b“ teilgenommen." in texts
    assert texts.index("Ali hat an „Soziales Lernen 7b“ teilgenommen.") < texts.index(
        "Lea hat an „Soziales Lernen 7b“ teilgenommen.")
    breaks = path.read_bytes()   # each letter after the first starts on a new page
    import zipfile
    body = zipfile.ZipFile(io.BytesIO(breaks)).read("word/document.xml").decode()
    assert body.count("<w:pageBreakBefore/>") == 1
    assert "Kim" not in body and "GEHEIM" not in body
    kept = svc.keep_serial(conn, letters, "Bestätigung Word")
    assert [(d.person_id, d.file_name.endswith(".docx")) for d in kept] == [
        (ali.id, True), (lea.id, True)]
    one = document(io.BytesIO(documents.read_content(conn, kept[1])))
    assert "Lea hat an „Soziales Lernen 7b“ teilgenommen." in [p.text for p in one.paragraphs]
    assert "Ali" not in "\n".join(p.text for p in one.paragraphs)


def test_a_serial_letter_from_her_word_template_to_an_office_is_logged_per_letter(
        conn, group_of_three, tmp_path, frozen_clock):
    group_id, (pupil, ali, _lea) = group_of_three
    office = "Jugendamt Emmendingen\nPostfach 1"
    letters, _document = _word_serial(conn, group_id, (pupil.id, ali.id),
                                      addresses={pupil.id: office, ali.id: office},
                                      outside=True, legal_basis="8a")
    assert len(svc.check_serial_disclosures(conn, [r for r, _m in letters])) == 2
    svc.save_serial(tmp_path / "amt.docx", letters)
    assert svc.disclose_serial(conn, letters) == 2


def test_serial_letters_to_another_office_are_each_a_logged_disclosure(
        conn, group_of_three, frozen_clock):
    group_id, (pupil, ali, _lea) = group_of_three
    office = "Jugendamt Emmendingen\nPostfach 1\n79312 Emmendingen"
    serial = svc.SerialRequest("participation", group_id, (pupil.id, ali.id),
                               addresses={pupil.id: office, ali.id: office},
                               outside=True, legal_basis="8a")
    letters = svc.make_serial(conn, serial)
    seen = svc.check_serial_disclosures(conn, [r for r, _m in letters])
    assert [(d.person_id, d.recipient, d.categories) for d in seen] == [
        (pupil.id, "Jugendamt Emmendingen", ("master", "attendance")),
        (ali.id, "Jugendamt Emmendingen", ("master", "attendance"))]
    assert consents.disclosures_for_person(conn, ali.id) == []   # checking writes nothing
    assert svc.disclose_serial(conn, letters) == 2
    assert [d.recipient for d in consents.disclosures_for_person(conn, ali.id)] == [
        "Jugendamt Emmendingen"]


def test_letters_to_another_office_without_its_address_are_refused(
        conn, group_of_three, frozen_clock):
    """No office address (the Serienbrief's Anschrift left empty): each letter went to the
    member's own name and class instead, and was logged as a disclosure to her."""
    group_id, (pupil, ali, _lea) = group_of_three
    for addresses in ({}, {pupil.id: "", ali.id: " \n "}):
        serial = svc.SerialRequest("participation", group_id, (pupil.id, ali.id),
                                   addresses=addresses, outside=True, legal_basis="8a")
        with pytest.raises(UserError, match="Anschrift der Stelle"):
            svc.serial_requests(conn, serial)
    assert consents.disclosures_for_person(conn, pupil.id) == []


def test_a_serial_letter_is_refused_for_non_members_other_kinds_and_nobody(
        conn, group_of_three):
    group_id, (pupil, _ali, _lea) = group_of_three
    stranger = repo.PERSONS.insert(conn, Person("K-40", school_id="school-1"))
    for serial, message in (
            (svc.SerialRequest("participation", group_id, (stranger.id,)), "nur an Mitglieder"),
            (svc.SerialRequest("consent_release", group_id, (pupil.id,)),
             "Einen Serienbrief gibt es"),
            (svc.SerialRequest("participation", group_id, ()), "mindestens eine")):
        with pytest.raises(UserError, match=message):
            svc.make_serial(conn, serial)


def test_the_membership_goes_with_the_person(conn):
    fx = full_person(conn, 1, leaving=date(2026, 7, 31), school_id="school-1")
    group = repo.GROUPS.insert(conn, GroupActivity("Streitschlichter-AG", 2026,
                                                   school_id="school-1"))
    member = group_members.add_member(conn, group.id, fx.person.id, date(2025, 9, 15))
    today = date(2026, 9, 1)
    item = next(a for a in retention.due_items(conn, today) if a.record_id == fx.person.id)
    assert retention.preview(conn, item).goes["Teilnahmen (wer in der Gruppe war)"] == 1
    report = retention.apply(conn, [("person", fx.person.id)], today=today)
    assert report.entries[0].counts["Teilnahmen (wer in der Gruppe war)"] == 1
    assert group_members.members(conn, group.id) == []
    assert (member.id, "group_member") in {(r, k) for r, k, _ in
                                           retention.deleted_ids_since(conn)}


def test_the_membership_goes_with_the_group(conn, pupil):
    # R4: the school year 2024/25 ends 31.07.2025, + 12 months: due 31.07.2026
    group = repo.GROUPS.insert(conn, GroupActivity("Streitschlichter-AG", 2024))
    repo.GROUP_SESSIONS.insert(conn, GroupSession(group.id, date(2024, 10, 7), 90))
    member = group_members.add_member(conn, group.id, pupil.id, date(2024, 9, 20))
    report = retention.apply(conn, [("group", group.id)], today=date(2026, 9, 1), compact=False)
    assert report.deleted == 1
    assert group_members_repo.for_person(conn, pupil.id) == []
    counts = {e.record_id: e.counts for e in retention.deletion_log(conn)}
    assert counts[group.id]["Teilnahmen (wer in der Gruppe war)"] == 1
    assert (member.id, "group_member") in {(r, k) for r, k, _ in
                                           retention.deleted_ids_since(conn)}


def test_the_auskunft_names_her_membership_and_no_other_member(conn, group_of_three):
    group_id, (pupil, _ali, _lea) = group_of_three
    items = [i for i in privacy.collect(conn, pupil.id) if i.key.startswith("group_member:")]
    assert [(i.section, i.title, i.fields) for i in items] == [
        ("Gruppen und Projekte", "Teilnahme: Soziales Lernen 7b",
         [("Angebot", "Soziales Lernen 7b"), ("Schuljahr", "2026/27"),
          ("Teilnahme seit", "01.10.2026")])]
    assert "K-21" not in repr(items) and "Ali" not in repr(items)
