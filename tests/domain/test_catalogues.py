"""Catalogues: stable, unique codes; every contact kind belongs to a task area."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain.catalogues import ALL, Catalogue, Entry

# The codes stored in vaults and interchange files: a file format. A code may be added,
# never renamed or removed (old vaults and exports hold it) – except through
# ``cat.LEGACY_CODES`` with a migration (VKL → VBS, issue 17). Literal on purpose.
STORED_CODES = {
    "task_area": "EFH GRP VNZ OFF IND",
    "gender": "m w d u",
    "person_kind": "pupil guardian teacher other",
    "school_type": "GS WRS RS GMS GYM SBBZ BS VKL",
    "contact_kind": "EB GB EG BL TEL HB KI HK VM KO",
    "participant_role": "pupil parent teacher other",
    "topic": "KON FAM SCH VER EMO GEW SUC SEX BER MIG KWG LEI FRE GES SON",
    "access_route": "self teacher parents management peers youth_office other",
    "referral": "none ASD EB SPS KJP SUC POL ARZ BER MIG OTH",
    "case_status": "open paused closed",
    "group_kind": "group class project",
    "partner_type": "JA BST SPS POL HIL VER WIR HOC PRA KJH THE KUL SCH OTH",
    "network_kind": "GRE RT KFB GLK KOG SL GWA OTH",
    "time_category": "EFH GRP OFF VNZ IND DOK ABS SUP FOB VER FAH SON",
    "consenting_party": "young_person guardians both",
    "legal_basis": "consent 8a 4KKG 34StGB court",
    "disclosure_category": "master attendance assessment case 8a document",
    "cp_step": "0 1 2 3 4 5 6 7 8 9",
    "appointment_status": "planned attended missed cancelled",
    "record_type": "contact short_contact cp_8a group_session open_offer network case_closed",
    "group_purpose": "SOZ PRV KON VKL UEB GES OTH",
    "cp_outcome": "found need none open",
    "case_outcome": "achieved partly not_achieved aborted referred",
    "employer_type": "public free",
    "contact_place": "school home_visit phone online elsewhere",
    "interpreting": "none professional relative child other",
    "document_kind": "consent release letter report other",
}


@pytest.mark.parametrize("name", sorted(STORED_CODES))
def test_stored_codes_never_disappear(name):
    current = {cat.current_code(name, code) for code in STORED_CODES[name].split()}
    assert current <= set(ALL[name].codes())


def test_vkl_is_no_school_type_and_old_vkl_reads_as_verbundschule():
    """VKL in Baden-Württemberg is the Vorbereitungsklasse, not a school type."""
    assert "VKL" not in cat.SCHOOL_TYPES
    assert cat.current_code("school_type", "VKL") == "VBS"
    assert cat.SCHOOL_TYPES.label("VBS").startswith("Verbundschule")
    assert all("Vorbereitungsklasse" not in e.label and e.label != "Verbundschule"
               or e.code == "VBS" for e in cat.SCHOOL_TYPES)
    assert cat.current_code("school_type", "GMS") == "GMS"


def test_every_catalogue_has_its_stored_codes_pinned():
    assert set(ALL) == set(STORED_CODES)


@pytest.mark.parametrize("catalogue", list(ALL.values()), ids=list(ALL))
def test_codes_are_unique_clean_and_labelled(catalogue):
    codes = catalogue.codes()
    assert len(codes) == len(set(codes))
    assert all(code == code.strip() and " " not in code for code in codes)
    assert all(entry.label.strip() and entry.label != entry.code for entry in catalogue)


def test_label_of_an_unknown_or_empty_code():
    assert cat.TOPICS.label("") == "" and cat.TOPICS.label(None) == ""
    assert cat.TOPICS.label("unbekannter-code") == "unbekannter-code"
    assert cat.TOPICS.label("KON") != "KON"


def test_all_lists_every_catalogue_once():
    found = [v for v in vars(cat).values() if isinstance(v, Catalogue)]
    assert {c.name for c in found} == set(ALL)
    assert all(ALL[name].name == name for name in ALL)


def test_every_contact_kind_has_a_task_area():
    for entry in cat.CONTACT_KINDS:
        assert entry.group in cat.TASK_AREAS, entry


def test_task_areas_and_time_categories_agree():
    assert set(cat.TASK_AREAS.codes()) <= set(cat.TIME_CATEGORIES.codes())
    assert cat.DIRECT_TASK_AREAS <= set(cat.TASK_AREAS.codes())


def test_duplicate_code_is_refused():
    with pytest.raises(ValueError):
        Catalogue("x", [Entry("a", "A"), Entry("a", "B")])
