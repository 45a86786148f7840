"""A school she handed over (confirmed on 16.06.2027) is offered for no new entry from
that day on: the person form, quick entry, Vernetzung, groups, Offene Angebote and
Schule übergeben leave it out; the day before it is still there, and an entry that
names it already keeps it (docs/handover.md, „Nach der Übergabe“)."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import GroupActivity, Person
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.groups.area import GroupsArea
from ssa_desktop.ui.handover.school_dialog import SchoolHandoverDialog
from ssa_desktop.ui.network.area import ActivitiesTab
from ssa_desktop.ui.open_offers.area import OpenOffersArea
from ssa_desktop.ui.persons.person_form import PersonForm
from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog
from tests.support.handed_over import HANDED, hand_over_second_school

PARK, LINDENWEG = "Gemeinschaftsschule Am Park", "Grundschule Lindenweg"


def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _pickers(ctx, qtbot, tmp_path) -> dict[str, list[str]]:
    """Every school picker of a new entry, with the names it offers."""
    form = PersonForm(ctx)
    quick = QuickEntryDialog(ctx)
    activities = ActivitiesTab(ctx)
    groups = GroupsArea(ctx)
    offers = OpenOffersArea(ctx)
    handover = SchoolHandoverDialog(ctx, tmp_path / "aus")
    for widget in (form, quick, activities, groups, offers, handover):
        qtbot.addWidget(widget)
    form.load(None)
    activities.refresh()
    groups.refresh()
    offers.refresh()
    return {"Person: Schule": _items(form.school), "Schnellerfassung: Schule": _items(quick.school_combo),
            "Schnellerfassung: neue Person": _items(quick.new_school),
            "Vernetzung: Schule": _items(activities.school), "Gruppe: Schule": _items(groups.school_combo),
            "Offene Angebote: Schule": _items(offers.school_filter),
            "Schule übergeben: Schule": _items(handover.school)}


@pytest.mark.parametrize("day", [HANDED, date(2027, 8, 3)], ids=["the day", "next year"])
def test_no_picker_offers_the_school_from_its_handover_on(ctx, qtbot, tmp_path, day):
    hand_over_second_school(ctx.conn, tmp_path / "uebergabe")
    with clock.frozen(day):
        offered = _pickers(ctx, qtbot, tmp_path)
    assert {where: names for where, names in offered.items() if LINDENWEG in names} == {}
    assert all(PARK in names for names in offered.values()), offered


def test_the_day_before_every_picker_offers_it(ctx, qtbot, tmp_path):
    hand_over_second_school(ctx.conn, tmp_path / "uebergabe")
    with clock.frozen(date(2027, 6, 15)):
        offered = _pickers(ctx, qtbot, tmp_path)
    assert {where for where, names in offered.items() if LINDENWEG not in names} == set()


def test_an_entry_that_names_it_keeps_it(ctx, qtbot, tmp_path):
    hand_over_second_school(ctx.conn, tmp_path / "uebergabe")
    staying = repo.PERSONS.insert(ctx.conn, Person("L-9", school_id="school-2"))
    group = repo.GROUPS.insert(ctx.conn, GroupActivity(title="Streitschlichtung", school_year=2026,
                                                       school_id="school-2"))
    with clock.frozen(date(2027, 8, 3)):
        form = PersonForm(ctx)
        groups = GroupsArea(ctx)
        handover = SchoolHandoverDialog(ctx, tmp_path / "aus", school_id="school-2")
        for widget in (form, groups, handover):
            qtbot.addWidget(widget)
        form.load(staying)
        groups.refresh()
        groups.show_group(group)
    assert form.school.currentText() == LINDENWEG
    assert groups.school_combo.currentText() == LINDENWEG
    assert handover.school.currentText() == LINDENWEG
