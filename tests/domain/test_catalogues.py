"""Catalogues: stable, unique codes; every contact kind belongs to a task area."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain.catalogues import ALL, Catalogue, Entry


@pytest.mark.parametrize("catalogue", list(ALL.values()), ids=list(ALL))
def test_codes_unique_and_labelled(catalogue):
    codes = catalogue.codes()
    assert codes and len(codes) == len(set(codes))
    for entry in catalogue:
        assert entry.code and entry.code == entry.code.strip() and " " not in entry.code
        assert entry.label.strip()
        assert catalogue.label(entry.code) == entry.label
        assert entry.code in catalogue
    assert catalogue.label("") == "" and catalogue.label(None) == ""
    assert catalogue.label("unbekannter-code") == "unbekannter-code"


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
