"""Vernetzung, Datenschutz, Einstellungen and Arbeitszeit are taken apart when she leaves
them with nothing typed, and come back on her tab and her row; an area holding what she
typed and has not saved (a partner, a day that was refused, a holiday's name) is kept as
it is, with her text. Driven as she drives it: Strg+<digit> and her keys on the real main
window over a real vault (``test_area_places`` for the other areas)."""

from __future__ import annotations

import weakref

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ssa_desktop.domain.entities import Partner
from ssa_desktop.services import network
from tests.ui.shell.test_area_places import deferred_deletions, locked_and_back, switch, taken_apart
from tests.ui.shell.test_area_places import window as window  # noqa: F401 (the fixture)

pytestmark = pytest.mark.usefixtures("frozen_clock")


def left_for(window, qtbot, key: str) -> None:
    """She goes from the area ``key`` to Personen; the area she left is taken apart."""
    ref = weakref.ref(window.areas[key])
    switch(window, qtbot, "persons")
    taken_apart(qtbot, ref, window)


def kept_when_left(window, qtbot, area, key: str) -> None:
    """She goes to Personen and back: the very same area, not built again."""
    switch(window, qtbot, "persons")
    deferred_deletions()
    assert shiboken6.isValid(area)
    assert switch(window, qtbot, key) is area


def next_tab(qtbot, tabs, times: int) -> None:
    tabs.setFocus()
    for _ in range(times):
        qtbot.keyClick(tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)


# -- Vernetzung ---------------------------------------------------------------------------
def _partners(ctx) -> None:
    for name in ("Beratungsstelle", "Jugendamt", "Kinderarzt"):
        ctx.apply(network.save_partner, Partner(name))


def _jugendamt_chosen(window, ctx, qtbot):
    """Three partners; in Vernetzung she chooses the second, Jugendamt, by her keys.
    Returns the area and its Partner tab."""
    _partners(ctx)
    area = switch(window, qtbot, "network")
    tab = area.partners
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Home)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    assert tab.name.text() == "Jugendamt"
    return area, tab


def test_vernetzung_comes_back_with_her_partner_selected(window, ctx, qtbot):
    area, tab = _jugendamt_chosen(window, ctx, qtbot)
    del area, tab
    left_for(window, qtbot, "network")

    again = switch(window, qtbot, "network")
    assert again.tabs.currentIndex() == 0
    assert again.partners.name.text() == "Jugendamt"
    row = again.partners.view.currentIndex().row()
    assert again.partners.partners[row].name == "Jugendamt"


def test_vernetzung_comes_back_on_her_tab(window, ctx, qtbot):
    area = switch(window, qtbot, "network")
    next_tab(qtbot, area.tabs, 2)
    assert area.tabs.currentIndex() == 2
    del area
    left_for(window, qtbot, "network")
    assert switch(window, qtbot, "network").tabs.currentIndex() == 2


def test_a_partner_typed_and_not_saved_keeps_vernetzung(window, ctx, qtbot):
    area = switch(window, qtbot, "network")
    area.partners.name.setFocus()
    qtbot.keyClicks(area.partners.name, "Erziehungsberatung")
    kept_when_left(window, qtbot, area, "network")
    assert area.partners.name.text() == "Erziehungsberatung"


def test_a_partner_she_changes_keeps_her_change_when_she_comes_back(window, ctx, qtbot):
    """Reviewer R: an existing partner with a phone number typed and not saved kept the
    area, but coming back loaded the partner again over her number (the showing's
    refresh selected the partner anew): lost without a question."""
    area, tab = _jugendamt_chosen(window, ctx, qtbot)
    tab.phone.setFocus()
    qtbot.keyClicks(tab.phone, "07071 123")
    kept_when_left(window, qtbot, area, "network")
    assert tab.name.text() == "Jugendamt"
    assert tab.phone.text() == "07071 123"
    assert area.holds_input()   # still hers to save: kept the next time too
    qtbot.keyClick(tab.phone, Qt.Key.Key_Return)   # saves the partner
    assert [p.phone for p in network.partners(ctx.conn) if p.name == "Jugendamt"] == [
        "07071 123"]
    assert not area.holds_input()


def test_an_activity_keeps_her_goal_when_she_comes_back(window, ctx, qtbot):
    """Reviewer R: a Vernetzungsaktivität with its goal chosen and a note typed kept the
    area, but coming back listed the school's goals again on „— ohne Ziel —“: „Erfassen“
    then saved the activity without the goal she had chosen."""
    from datetime import date

    from ssa_desktop.domain.entities import AgreementGoal, CooperationAgreement
    from ssa_desktop.services import agreements

    agreement = ctx.apply(agreements.save_agreement, CooperationAgreement(
        school_id="school-1", valid_from=date(2026, 8, 1)))
    ctx.apply(agreements.save_goal, AgreementGoal(agreement.id, "Elternarbeit stärken"))
    area = switch(window, qtbot, "network")
    next_tab(qtbot, area.tabs, 1)
    tab = area.activities
    tab.school.setCurrentIndex(tab.school.findData("school-1"))
    tab.goal.setFocus()
    qtbot.keyClick(tab.goal, Qt.Key.Key_Down)              # „Elternarbeit stärken“
    assert tab.goal.currentText() == "Elternarbeit stärken"
    tab.note.setFocus()
    qtbot.keyClicks(tab.note, "Elternabend vorbereitet")
    kept_when_left(window, qtbot, area, "network")
    assert tab.note.text() == "Elternabend vorbereitet"
    assert tab.goal.currentText() == "Elternarbeit stärken"


def _two_goals(ctx) -> dict[str, str]:
    """An agreement of school-1 with two goals; their ids by goal."""
    from datetime import date

    from ssa_desktop.domain.entities import AgreementGoal, CooperationAgreement
    from ssa_desktop.services import agreements

    agreement = ctx.apply(agreements.save_agreement, CooperationAgreement(
        school_id="school-1", valid_from=date(2026, 8, 1)))
    return {goal: ctx.apply(agreements.save_goal, AgreementGoal(agreement.id, goal)).id
            for goal in ("Elternarbeit stärken", "Übergänge begleiten")}


def _chosen_by_keys(qtbot, area):
    """On Vernetzungsaktivitäten she chooses „Jugendamt“ and the second goal by keyboard,
    nothing typed; the activities' tab."""
    next_tab(qtbot, area.tabs, 1)
    tab = area.activities
    tab.partner.setFocus()
    qtbot.keyClick(tab.partner, Qt.Key.Key_Down)        # Beratungsstelle
    qtbot.keyClick(tab.partner, Qt.Key.Key_Down)        # Jugendamt
    tab.goal.setFocus()
    qtbot.keyClick(tab.goal, Qt.Key.Key_Down)           # Elternarbeit stärken
    qtbot.keyClick(tab.goal, Qt.Key.Key_Down)           # Übergänge begleiten
    assert (tab.partner.currentText(), tab.goal.currentText()) == (
        "Jugendamt", "Übergänge begleiten")
    assert not area.holds_input()
    return tab


def _choices(tab) -> tuple[str, str, str]:
    return tab.partner.currentText(), tab.school.currentText(), tab.goal.currentText()


def test_an_activity_comes_back_with_her_partner_school_and_goal(window, ctx, qtbot):
    """Nothing typed, the area is taken apart when she leaves it: the activity's partner
    and school came back, the goal she chose stood on „— ohne Ziel —“."""
    _partners(ctx)
    goals = _two_goals(ctx)
    area = switch(window, qtbot, "network")
    chosen = _choices(_chosen_by_keys(qtbot, area))
    del area
    left_for(window, qtbot, "network")

    tab = switch(window, qtbot, "network").activities
    assert _choices(tab) == chosen
    assert tab.goal.currentData() == goals["Übergänge begleiten"]


def test_a_goal_removed_while_she_was_away_leaves_the_activity_without_a_goal(
        window, ctx, qtbot):
    """Her goal removed from the agreement meanwhile: the form comes back on „— ohne
    Ziel —“ (no other goal in its place), her partner and school as she chose them."""
    from ssa_desktop.services import agreements

    _partners(ctx)
    goals = _two_goals(ctx)
    area = switch(window, qtbot, "network")
    _chosen_by_keys(qtbot, area)
    del area
    left_for(window, qtbot, "network")
    ctx.apply(agreements.delete_goal, goals["Übergänge begleiten"])

    tab = switch(window, qtbot, "network").activities
    assert tab.partner.currentText() == "Jugendamt"
    assert tab.school.currentData() == "school-1"
    assert (tab.goal.currentIndex(), tab.goal.currentData()) == (0, "")
    assert tab.goal.findData(goals["Elternarbeit stärken"]) > 0   # the other still offered


def test_an_activity_keeps_her_partner_and_goal_after_the_lock(window, ctx, qtbot):
    """Strg+L on the activity's goal, nothing typed: after unlocking she is back on
    Vernetzungsaktivitäten, the keyboard on the goal — which showed „— ohne Ziel —“, and
    the partner „— ohne Partner —“ (the lock emptied the lists, the unlock filled them
    afresh)."""
    _partners(ctx)
    goals = _two_goals(ctx)
    area = switch(window, qtbot, "network")
    tab = _chosen_by_keys(qtbot, area)
    chosen = _choices(tab)
    locked_and_back(window, ctx, qtbot)

    assert window.areas["network"] is area and area.tabs.currentWidget() is tab
    assert _choices(tab) == chosen
    assert tab.goal.currentData() == goals["Übergänge begleiten"]
    assert QApplication.focusWidget() is tab.goal


def _away_and_back(window, ctx, qtbot, how: str):
    """She leaves Vernetzung (taken apart, nothing typed) or locks: Vernetzung again."""
    if how == "locked":
        locked_and_back(window, ctx, qtbot)
        return window.areas["network"]
    left_for(window, qtbot, "network")
    return switch(window, qtbot, "network")


@pytest.mark.parametrize("how", ["left", "locked"])
def test_the_agreement_tab_comes_back_on_her_school_without_an_agreement(
        window, ctx, qtbot, how):
    """A second school, no agreement yet: chosen by keyboard on Kooperationsvereinbarung,
    it came back as the first school (her place held only an agreement's id)."""
    from ssa_desktop.domain.entities import School
    from ssa_desktop.storage import repositories as repo

    repo.SCHOOLS.insert(ctx.conn, School("Grundschule Am Bach", id="school-2"))
    area = switch(window, qtbot, "network")
    next_tab(qtbot, area.tabs, 2)
    school = area.agreement.school
    school.setFocus()
    qtbot.keyClick(school, Qt.Key.Key_Down)
    assert school.currentData() == "school-2" and area.agreement.current() is None
    del area, school
    again = _away_and_back(window, ctx, qtbot, how)
    assert again.tabs.currentIndex() == 2
    assert again.agreement.school.currentData() == "school-2"


@pytest.mark.parametrize("how", ["left", "locked"])
def test_the_agreement_tab_comes_back_on_her_goal(window, ctx, qtbot, how):
    """The second goal chosen in „Ziele und Angebote“: it came back with no goal chosen
    (the agreement's list filled afresh)."""
    goals = _two_goals(ctx)
    area = switch(window, qtbot, "network")
    next_tab(qtbot, area.tabs, 2)
    view = area.agreement.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert area.agreement.selected_goal().id == goals["Übergänge begleiten"]
    assert not area.holds_input()
    del area, view
    again = _away_and_back(window, ctx, qtbot, how)
    chosen = again.agreement.selected_goal()
    assert chosen is not None and chosen.id == goals["Übergänge begleiten"]
    assert again.agreement.view.selectionModel().isRowSelected(1)


def test_an_agreement_note_typed_and_not_saved_keeps_vernetzung(window, ctx, qtbot):
    area = switch(window, qtbot, "network")
    next_tab(qtbot, area.tabs, 2)
    area.agreement.notes.setFocus()
    qtbot.keyClicks(area.agreement.notes, "Auswertung im Mai")
    kept_when_left(window, qtbot, area, "network")
    assert area.agreement.notes.toPlainText() == "Auswertung im Mai"


# -- Datenschutz --------------------------------------------------------------------------
def _on_rules_page(window, qtbot):
    """Datenschutz, and ↓ five times in its page list: „Regeln und Fristen“."""
    area = switch(window, qtbot, "privacy")
    area.tabs.list.setFocus()
    for _ in range(5):
        qtbot.keyClick(area.tabs.list, Qt.Key.Key_Down)
    return area


def test_datenschutz_comes_back_on_her_page(window, ctx, qtbot):
    area = _on_rules_page(window, qtbot)
    assert area.tabs.currentIndex() == 5
    del area
    left_for(window, qtbot, "privacy")
    again = switch(window, qtbot, "privacy")
    assert again.tabs.currentIndex() == 5
    assert again.tabs.list.currentRow() == 5


def test_a_period_typed_in_datenschutz_is_not_lost_when_she_leaves(window, ctx, qtbot):
    """A period is saved when she leaves its field (as before): the rebuilt area shows it."""
    area = _on_rules_page(window, qtbot)
    name, field = next(iter(area.period_fields.items()))
    qtbot.waitUntil(lambda: area.values is not None, timeout=20000)
    field.setFocus()
    field.selectAll()
    typed = field.value() + 1
    qtbot.keyClicks(field, str(typed))
    switch(window, qtbot, "persons")
    again = switch(window, qtbot, "privacy")
    qtbot.waitUntil(lambda: again.values is not None, timeout=20000)
    assert again.tabs.currentIndex() == 5
    assert again.period_fields[name].value() == typed


# -- Einstellungen ------------------------------------------------------------------------
def _options_page(area):
    return area.page("options")


def test_einstellungen_come_back_on_her_tab(window, ctx, qtbot):
    area = switch(window, qtbot, "settings")
    next_tab(qtbot, area.tabs, 4)                      # … to "Optionen"
    assert area.tabs.currentIndex() == 4
    del area
    left_for(window, qtbot, "settings")
    again = switch(window, qtbot, "settings")
    assert again.tabs.currentIndex() == 4


def test_a_refused_day_typed_in_einstellungen_keeps_the_area(window, ctx, qtbot):
    area = switch(window, qtbot, "settings")
    next_tab(qtbot, area.tabs, 4)
    page = _options_page(area)
    day = next(e for e in page.fields.values()
               if isinstance(e, QLineEdit) and not e.isReadOnly())
    day.setFocus()
    day.selectAll()
    qtbot.keyClicks(day, "31.02.")                     # no day: refused, stays typed
    kept_when_left(window, qtbot, area, "settings")
    assert day.text() == "31.02."


# -- Arbeitszeit --------------------------------------------------------------------------
def test_arbeitszeit_comes_back_on_her_week_grid_and_week(window, ctx, qtbot):
    area = switch(window, qtbot, "time")
    next_tab(qtbot, area.tabs, 1)
    assert area.tabs.currentIndex() == 1
    grid = area.grid
    grid.following.setFocus()
    qtbot.keyClick(grid.following, Qt.Key.Key_Space)   # the week after this one
    week = grid.day.value()
    del area, grid
    left_for(window, qtbot, "time")
    again = switch(window, qtbot, "time")
    assert again.tabs.currentIndex() == 1
    assert again.grid.day.value() == week


def _herbstferien_typed(window, qtbot):
    """In Arbeitszeit → Abwesenheiten she types a holiday's name, „Herbstferien“, and
    enters nothing. Returns the area and the name's field."""
    area = switch(window, qtbot, "time")
    next_tab(qtbot, area.tabs, 2)
    label = area.absences.holiday_label
    label.setFocus()
    qtbot.keyClicks(label, "Herbstferien")
    return area, label


def test_a_holiday_typed_and_not_entered_keeps_arbeitszeit(window, ctx, qtbot):
    area, label = _herbstferien_typed(window, qtbot)
    kept_when_left(window, qtbot, area, "time")
    assert label.text() == "Herbstferien"
    assert QApplication.focusWidget() is label   # left by Strg+2 from it: back on it


def test_a_holiday_typed_keeps_arbeitszeit_the_second_time_too(window, ctx, qtbot):
    """Reviewer R: coming back after a change of her time elsewhere (a partner saved while
    she was away) filled the year's schools into the Abwesenheiten again and took what the
    fields then showed, her holiday's name too, for the form as filled: the second time
    she left, the area was taken apart and „Herbstferien“ was gone."""
    area, label = _herbstferien_typed(window, qtbot)
    switch(window, qtbot, "persons")
    _partners(ctx)                       # NETWORK: Arbeitszeit is filled again on return
    assert switch(window, qtbot, "time") is area
    assert label.text() == "Herbstferien"
    assert area.holds_input()
    kept_when_left(window, qtbot, area, "time")
    assert label.text() == "Herbstferien"


def _absences_and_holidays(ctx) -> None:
    from datetime import timedelta

    from ssa_desktop.domain.worktime import Absence, SchoolHoliday
    from ssa_desktop.services import worktime
    from tests.conftest import TODAY

    for weeks, kind in ((1, "vacation"), (2, "sick"), (3, "other")):
        first = TODAY + timedelta(weeks=weeks)
        ctx.apply(worktime.add_absence, Absence(kind, first, first + timedelta(days=1)))
    for weeks, label in ((4, "Weihnachtsferien"), (12, "Faschingsferien"),
                         (18, "Osterferien")):
        first = TODAY + timedelta(weeks=weeks)
        ctx.apply(worktime.add_school_holiday,
                  SchoolHoliday(label, first, first + timedelta(days=4)))


def _on_absences(window, ctx, qtbot):
    """Three absences and three holidays; she is on Arbeitszeit → Abwesenheiten. Returns
    the area and its absences' view."""
    _absences_and_holidays(ctx)
    area = switch(window, qtbot, "time")
    next_tab(qtbot, area.tabs, 2)
    return area, area.absences


def _row_id(table) -> str:
    return table.item(table.currentRow(), 0).data(Qt.ItemDataRole.UserRole)


def test_arbeitszeit_comes_back_on_her_absence_and_holiday_with_the_keyboard_there(
        window, ctx, qtbot):
    """She chose a holiday and an absence by keyboard and left with Strg+2 from the
    absences' list: Strg+7 brings her back to both rows, the keyboard on that list."""
    area, view = _on_absences(window, ctx, qtbot)
    view.holidays.setFocus()
    qtbot.keyClick(view.holidays, Qt.Key.Key_Home)
    qtbot.keyClick(view.holidays, Qt.Key.Key_Down)     # Faschingsferien
    holiday = _row_id(view.holidays)
    view.absences.setFocus()
    qtbot.keyClick(view.absences, Qt.Key.Key_Home)
    qtbot.keyClick(view.absences, Qt.Key.Key_Down)     # the second absence
    qtbot.keyClick(view.absences, Qt.Key.Key_Down)     # … the third
    absence = _row_id(view.absences)
    assert view.absences.currentRow() == 2 and view.holidays.currentRow() == 1
    del area, view
    left_for(window, qtbot, "time")

    again = switch(window, qtbot, "time")
    assert again.tabs.currentIndex() == 2
    view = again.absences
    assert view.absences.currentRow() == 2 and _row_id(view.absences) == absence
    assert view.absences.selectionModel().isRowSelected(2)
    assert view.holidays.currentRow() == 1 and _row_id(view.holidays) == holiday
    assert QApplication.focusWidget() is view.absences  # where her keyboard was


def test_arbeitszeit_left_from_the_sidebar_comes_back_on_her_rows_at_the_first_control(
        window, ctx, qtbot):
    """Left by mouse (the sidebar had the keyboard), the rows are hers again and the
    keyboard goes where Strg+7 always puts it: the area's first control."""
    area, view = _on_absences(window, ctx, qtbot)
    view.absences.setFocus()
    qtbot.keyClick(view.absences, Qt.Key.Key_Home)
    qtbot.keyClick(view.absences, Qt.Key.Key_Down)
    absence = _row_id(view.absences)
    ref = weakref.ref(area)
    del area, view
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Up)      # Strg+6's Vernetzung, by the sidebar
    assert window.current_area_key() == "network"
    taken_apart(qtbot, ref, window)

    again = switch(window, qtbot, "time")
    assert _row_id(again.absences.absences) == absence
    assert QApplication.focusWidget() is again.year


def test_arbeitszeit_comes_back_on_her_agreement_in_the_zielwerte(window, ctx, qtbot):
    """Zielwerte of the second of two agreements, chosen by keyboard and nothing typed:
    the area came back on the first agreement (her place did not hold it)."""
    from datetime import date

    from ssa_desktop.domain.entities import CooperationAgreement, Post
    from ssa_desktop.services import agreements, setup

    post = setup.save_post(ctx.conn, Post("Stelle", 39.0))   # the year's school: its post
    setup.set_post_share(ctx.conn, post.id, "school-1", 2026, 50)
    for year in (2025, 2026):
        ctx.apply(agreements.save_agreement, CooperationAgreement(
            school_id="school-1", valid_from=date(year, 8, 1), valid_to=date(year + 1, 7, 31)))
    area = switch(window, qtbot, "time")
    next_tab(qtbot, area.tabs, 3)                      # … to "Zielwerte"
    chosen = area.targets.agreement
    assert chosen.count() == 2
    chosen.setFocus()
    qtbot.keyClick(chosen, Qt.Key.Key_End)
    agreement = chosen.currentData()
    assert chosen.currentIndex() == 1 and not area.holds_input()
    del area, chosen
    left_for(window, qtbot, "time")

    again = switch(window, qtbot, "time")
    assert again.tabs.currentIndex() == 3
    assert again.targets.agreement.currentData() == agreement


def test_einstellungen_come_back_on_her_school_year(window, ctx, qtbot):
    area = switch(window, qtbot, "settings")
    page = area.page("schools")
    shown = page.year.currentData()
    page.year.setFocus()
    qtbot.keyClick(page.year, Qt.Key.Key_Down)         # the year before
    chosen = page.year.currentData()
    assert chosen == shown - 1
    page.schools_view.setFocus()
    qtbot.keyClick(page.schools_view, Qt.Key.Key_Home)  # her school
    school = page._selected_id(page.schools_view)
    assert school is not None
    del area, page
    left_for(window, qtbot, "settings")

    again = switch(window, qtbot, "settings")
    page = again.page("schools")
    assert page.year.currentData() == chosen
    label = page.year.currentText()
    assert page.schools_model.horizontalHeaderItem(3).text().endswith(label)
    assert page._selected_id(page.schools_view) == school
