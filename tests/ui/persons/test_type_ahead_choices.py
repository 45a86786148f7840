"""Kind and school of a person are chosen from their lists by type-ahead, never as free
text (issue 64, finding 6): real key events on the person form, then what was saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import School
from ssa_desktop.services import persons as psvc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.persons.area import PersonsArea
from tests.support.open_lists import open_list

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def area(ctx, qtbot):
    # two schools starting with G: „Gemeinschaftsschule Am Park" (school-1), then this one
    repo.SCHOOLS.insert(ctx.conn, School("Grundschule Lindenhof", school_type="GS",
                                         id="school-2"))
    widget = PersonsArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.new_person()
    return widget


def _type_in(qtbot, widget, keys: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QTest.keyClicks(widget, keys)  # no delay: as fast as she can type


def _saved(ctx, pseudonym: str):
    row = ctx.conn.execute("SELECT id FROM person WHERE pseudonym = ?", (pseudonym,)).fetchone()
    assert row is not None, f"{pseudonym} was not saved"
    return psvc.get_person(ctx.conn, row[0])


def test_e_then_enter_saves_the_kind_starting_with_e(area, ctx, qtbot):
    form = area.page.form
    QTest.keyClicks(form.pseudonym, "E-1")
    _type_in(qtbot, form.kind, "E")
    assert form.kind.currentText() == "Elternteil / Erziehungsberechtigte:r"  # shown
    QTest.keyClick(form.kind, Qt.Key_Return)
    assert _saved(ctx, "E-1").kind == "guardian"


def test_gg_typed_fast_picks_the_second_g_school(area, ctx, qtbot):
    form = area.page.form
    QTest.keyClicks(form.pseudonym, "G-2")
    _type_in(qtbot, form.school, "GG")
    assert form.school.currentText() == "Grundschule Lindenhof"
    QTest.keyClick(form.school, Qt.Key_Return)
    assert _saved(ctx, "G-2").school_id == "school-2"


def test_a_word_inside_the_label_matches(area, qtbot):
    form = area.page.form
    _type_in(qtbot, form.school, "park")
    assert form.school.currentText() == "Gemeinschaftsschule Am Park"


def test_down_goes_on_from_the_chosen_item(area, ctx, qtbot):
    form = area.page.form
    QTest.keyClicks(form.pseudonym, "L-1")
    _type_in(qtbot, form.kind, "l")
    assert form.kind.currentText() == "Lehrkraft"
    QTest.keyClick(form.kind, Qt.Key_Up)
    assert form.kind.currentText() == "Elternteil / Erziehungsberechtigte:r"
    QTest.keyClick(form.kind, Qt.Key_Down)
    assert form.kind.currentText() == "Lehrkraft"
    QTest.keyClick(form.kind, Qt.Key_Return)
    assert _saved(ctx, "L-1").kind == "teacher"


def test_free_text_is_refused_and_the_focus_stays(area, qtbot):
    form = area.page.form
    _type_in(qtbot, form.kind, "L")
    QTest.keyClicks(form.kind, "x")
    assert form.kind.currentText() == "Lehrkraft"
    assert form.kind.code() == "teacher"
    assert QApplication.focusWidget() is form.kind
    assert "„Lx“ gibt es bei Personenart nicht" in form.kind.toolTip()
    assert "„Lx“ gibt es bei Personenart nicht" in form.kind.accessibleDescription()
    assert form.error.isVisibleTo(form) and form.error.text().startswith(
        "„Lx“ gibt es bei Personenart nicht. Bitte einen Eintrag der Liste wählen")
    QTest.keyClick(form.kind, Qt.Key_Down)  # a choice from the list: the message goes
    assert form.kind.toolTip() == "" and form.error.text() == ""
    assert form.kind.currentText() == "andere Person"


def test_saving_a_new_person_confirms_kind_and_school_on_stammdaten(area, ctx, qtbot):
    form = area.page.form
    QTest.keyClicks(form.pseudonym, "T-3")
    _type_in(qtbot, form.kind, "Leh")
    _type_in(qtbot, form.school, "Grund")
    QTest.keyClick(form.school, Qt.Key_Return)
    assert _saved(ctx, "T-3").kind == "teacher"
    assert form.status.text() == ("Gespeichert: Lehrkraft an der Schule "
                                  "„Grundschule Lindenhof“")
    assert area.page.tabs.currentIndex() == area.page.TAB_MASTER


def test_e_in_the_open_list_goes_to_the_kind_and_enter_picks_it(area, ctx, qtbot):
    form = area.page.form
    QTest.keyClicks(form.pseudonym, "E-2")
    view = open_list(qtbot, form.kind)
    QTest.keyClicks(view, "E")  # as fast as she can type (the events' own timestamps)
    assert view.currentIndex().data() == "Elternteil / Erziehungsberechtigte:r"
    QTest.keyClick(view, Qt.Key_Return)  # picks, closes the list, saves nothing
    assert QApplication.activePopupWidget() is None
    assert form.kind.currentText() == "Elternteil / Erziehungsberechtigte:r"
    QTest.keyClick(form.kind, Qt.Key_Return)
    assert _saved(ctx, "E-2").kind == "guardian"


def test_gg_in_the_open_list_goes_to_the_second_g_school(area, ctx, qtbot):
    form = area.page.form
    QTest.keyClicks(form.pseudonym, "G-3")
    view = open_list(qtbot, form.school)
    QTest.keyClicks(view, "GG")
    assert view.currentIndex().data() == "Grundschule Lindenhof"
    QTest.keyClick(view, Qt.Key_Return)
    assert form.school.currentText() == "Grundschule Lindenhof"
    QTest.keyClick(form.school, Qt.Key_Return)
    assert _saved(ctx, "G-3").school_id == "school-2"


def test_a_word_inside_the_label_matches_in_the_open_list(area, qtbot):
    form = area.page.form
    view = open_list(qtbot, form.school)
    QTest.keyClicks(view, "park")
    assert view.currentIndex().data() == "Gemeinschaftsschule Am Park"
