"""Issue 22 item 5: the Auskunft (Art. 15 DSGVO) collects the child's drafts, matches
group participants exactly, and withholds by default what concerns another person or
the child-protection procedure, with the reason shown."""

from __future__ import annotations

import json
from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain.auskunft import REFUSAL_REASONS, disclosed, names_person
from ssa_desktop.domain.entities import (
    Appointment,
    Case,
    ChildProtectionProcedure,
    ChildProtectionStep,
    Contact,
    Draft,
    GroupActivity,
    Person,
)
from ssa_desktop.services import privacy
from ssa_desktop.storage import repositories as repo

TODAY = date(2026, 11, 22)


def _child(conn, pid="p-1", pseudonym="K-1"):
    return repo.PERSONS.insert(conn, Person(pseudonym, first_name="Ida", last_name="Lenz",
                                            school_id="school-1", id=pid))


def test_the_childs_drafts_are_collected(conn):
    _child(conn)
    _child(conn, "p-2", "K-2")
    repo.APPOINTMENTS.insert(conn, Appointment(date(2026, 12, 1), "09:00", "09:30", "p-1",
                                               id="ap-1"))
    repo.DRAFTS.insert(conn, Draft("contact", json.dumps({"person_id": "p-1", "note": "Schnell"}),
                                   ref="quick_entry", updated="2026-11-20 10:00:00"))
    repo.DRAFTS.insert(conn, Draft("contact", json.dumps({"note": "Unter ihr"}), ref="p-1",
                                   updated="2026-11-19 10:00:00"))
    repo.DRAFTS.insert(conn, Draft("contact", json.dumps({"note": "Unter Termin"}), ref="ap-1",
                                   updated="2026-11-18 10:00:00"))
    repo.DRAFTS.insert(conn, Draft("contact", json.dumps({"appointment_id": "ap-1",
                                                          "observation": "Im Termin"}),
                                   ref="quick_entry", updated="2026-11-17 10:00:00"))
    repo.DRAFTS.insert(conn, Draft("contact", json.dumps({"person_id": "p-2", "note": "Fremd"}),
                                   ref="quick_entry", updated="2026-11-16 10:00:00"))
    items = [i for i in privacy.collect(conn, "p-1") if i.section.startswith("Entwürfe")]
    assert [dict(i.fields) for i in items] == [{"Notiz": "Schnell"}, {"Notiz": "Unter ihr"},
                                               {"Notiz": "Unter Termin"},
                                               {"Beobachtung": "Im Termin"}]
    assert all(i.include for i in items) and items[0].title == "Entwurf vom 20.11.2026"


def test_group_participation_is_matched_exactly():
    assert not names_person("K-12, K-13", ["K-1"])
    assert names_person("K-12, K-1; K-13", ["K-1"])
    assert names_person("Ida  Lenz\nMax Muster", ["K-1", "ida lenz"])
    assert not names_person("Idalenz, Ida Lenzmann", ["Ida Lenz"])


def test_a_list_naming_k12_is_not_k1s(conn):
    _child(conn)
    repo.GROUPS.insert(conn, GroupActivity("AG A", 2026, school_id="school-1",
                                           name_list="K-12, K-13"))
    repo.GROUPS.insert(conn, GroupActivity("AG B", 2026, school_id="school-1",
                                           name_list="K-13\nK-1"))
    titles = [i.title for i in privacy.collect(conn, "p-1") if i.section == "Gruppen und Projekte"]
    assert titles == ["Teilnahme: AG B"]


def test_a_parents_auskunft_withholds_the_childs_case_and_every_8a_step(conn):
    child = _child(conn)
    mother = repo.PERSONS.insert(conn, Person("E-1", kind="guardian", first_name="Eva",
                                              last_name="Lenz", id="m-1"))
    case = repo.CASES.insert(conn, Case(child.id, date(2026, 9, 1), school_id="school-1"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 9, 9), "EG", 45, "school-1", mother.id, case.id,
                                       participants=("parent",), note="Gespräch mit Mutter",
                                       observation="Ida wirkt verängstigt"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 9, 10), "EG", 30, "school-1", mother.id,
                                       participants=("parent",), note="Eigene Beratung"))
    proc = repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(mother.id, date(2026, 10, 1)))
    repo.CP_STEPS.insert(conn, ChildProtectionStep(proc.id, "1", date(2026, 10, 1),
                                                   text="Hinweis der Lehrerin"))
    items = privacy.collect(conn, mother.id)
    by_title = {i.title: i for i in items}
    in_childs_case = by_title["Kontakt am 09.09.2026 (Elterngespräch)"]
    assert not in_childs_case.include and in_childs_case.reason == "person"
    assert "Art. 15 Abs. 4" in in_childs_case.hint
    assert by_title["Kontakt am 10.09.2026 (Elterngespräch)"].include
    cp = [i for i in items if i.section.startswith("Kinderschutz")]
    assert len(cp) == 2 and all(not i.include and i.reason == "cp" for i in cp)
    assert "§ 65 SGB VIII" in cp[0].hint and "cp" in REFUSAL_REASONS
    sent = json.dumps([i.fields for i in disclosed(items)], ensure_ascii=False)
    assert "verängstigt" not in sent and "Hinweis der Lehrerin" not in sent
    assert "Eigene Beratung" in sent


def test_the_letter_leaves_out_what_is_withheld_by_default(conn, tmp_path):
    child = _child(conn)
    proc = repo.CP_PROCEDURES.insert(conn, ChildProtectionProcedure(child.id, date(2026, 10, 1)))
    repo.CP_STEPS.insert(conn, ChildProtectionStep(proc.id, "1", date(2026, 10, 1),
                                                   text="Gefährdungsvermerk"))
    with clock.frozen(TODAY):
        request = privacy.open_request(conn, child.id, date(2026, 11, 2))
        _, items = privacy.load_review(conn, request.id)
        privacy.write_auskunft(conn, request.id, items, tmp_path / "a.pdf", tmp_path / "a.json")
    assert "Gefährdungsvermerk" not in (tmp_path / "a.json").read_text("utf-8")
