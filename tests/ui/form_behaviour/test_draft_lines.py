"""The Übersicht's draft lines name the kind and the person, as the lists show her
(pseudonym and class; the name only through "Namen anzeigen") – issue 31 item 14."""

from __future__ import annotations

import pytest

from ssa_desktop.services import notes
from ssa_desktop.services import overview as overview_svc

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _lines(conn) -> list[tuple[str, str]]:
    return [(i.text.split(" vom ")[0], i.name) for i in overview_svc.build_overview(conn).drafts]


def test_a_contact_draft_names_kind_and_person(conn, pupil):
    notes.save_draft(conn, "d-1", "quick_entry", {"person_id": pupil.id, "observation": "x"})
    [item] = overview_svc.build_overview(conn).drafts
    assert item.text.startswith("Entwurf: Kontakt mit K-17 (7b) vom ")
    assert "Kim" not in item.text and "Sommer" not in item.text  # the name only when shown
    assert item.name == "Kim Sommer"


def test_drafts_without_a_person_and_short_contacts_say_so(conn, pupil):
    notes.save_draft(conn, "d-1", "quick_entry", {"person_id": "", "observation": "x"})
    notes.save_draft(conn, "d-2", "quick_entry", {"short": True, "observation": "y"})
    assert sorted(_lines(conn)) == [("Entwurf: Kontakt ohne Person", ""),
                                    ("Entwurf: Kurzkontakt", "")]


def test_master_data_and_form_drafts_name_the_person(conn, pupil):
    notes.save_draft(conn, "d-1", "person", {"pseudonym": "K-17"}, ref=pupil.id)
    notes.save_draft(conn, "d-2", notes.FORM_DRAFT_KIND, notes.form_draft_payload(
        "appointment", {}, [], person_id=pupil.id, record_id=""))
    notes.save_draft(conn, "d-3", notes.FORM_DRAFT_KIND, notes.form_draft_payload(
        "group", {}, [], person_id="", record_id=""))
    assert sorted(_lines(conn)) == [("Entwurf: Gruppe/Projekt", ""),
                                    ("Entwurf: Stammdaten von K-17 (7b)", "Kim Sommer"),
                                    ("Entwurf: Termin mit K-17 (7b)", "Kim Sommer")]
