"""At 200 % on a 1280×720 laptop (640×360 logical) in the real main window: what the
whole-window checks at 960×508 (test_whole_windows.py) did not see. A person's
Einwilligungen drew its wrapped buttons over „Übermittlungen“; Datenschutz → Sicherungen
cut its explanation at top and bottom; Abwesenheiten and Einstellungen → Optionen said a
message (a screen reader heard it) in a line below the window's edge, which she did not
see. Each message here comes from her keys on the control that produced it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.support.main_windows import demo_main_window, make_active
from tests.ui.a11y.test_tab_in_sight import _out_of_sight
from tests.ui.shell.test_fits_small_screen import _person_with_everything, _settle, _shot
from tests.ui.shell.test_whole_windows import _views
from tests.ui.shell.whole import cut_labels, overlaps, short_tables, sideways

pytestmark = pytest.mark.usefixtures("frozen_clock")

SCREEN = (640, 360)  # 1280×720 at 200 %


@pytest.fixture
def window(qapp, qtbot, tmp_path):
    win = demo_main_window(qtbot, tmp_path, SCREEN)
    qtbot.waitExposed(win)
    win.setMinimumSize(*SCREEN)  # as on that screen (test_tab_in_sight.py)
    win.resize(*SCREEN)
    _settle()
    assert (win.width(), win.height()) == SCREEN
    yield win
    win.ctx.lock()


def _in_sight(widget: QWidget) -> bool:
    """``widget`` is in sight: whole, or as much of it as the scroll area's view holds
    (test_tab_in_sight.py's measure; the Arbeitszeit area is wider than 640)."""
    _settle()
    return widget.isVisible() and _out_of_sight(widget) == ""


def test_consents_buttons_stay_above_the_disclosure_log(window):
    from ssa_desktop.ui.consents.panel import ConsentsPanel

    persons = window.show_area("persons")
    persons.open_record(_person_with_everything(window.ctx.conn))
    tabs = persons.page.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count())
                              if tabs.tabText(i).replace("&", "") == "Einwilligungen"))
    _settle()
    panel = persons.findChild(ConsentsPanel)
    assert panel is not None and panel.isVisible()
    assert overlaps(panel) == []
    assert cut_labels(panel) == []


def test_backups_explanation_is_whole(window):
    area = window.show_area("privacy")
    area.tabs.setCurrentIndex(area._pages["backups"])
    _settle()
    from ssa_desktop.ui.privacy.backups_panel import BackupsPanel

    panel = area.findChild(BackupsPanel)
    assert panel is not None and panel.isVisible()
    assert cut_labels(panel) == []


def _press(button: QWidget) -> None:
    """Focus on ``button`` (brought into sight as by Tab), then Space."""
    button.setFocus()
    _settle()
    assert _in_sight(button)
    QTest.keyClick(button, Qt.Key.Key_Space)
    _settle()


def _absences(window):
    area = window.show_area("time")
    area.tabs.setCurrentIndex(area._absences_tab)
    _settle()
    return area.absences


def _button(view: QWidget, name: str) -> QWidget:
    return next(b for b in view.findChildren(QWidget) if b.accessibleName() == name)


def test_an_absence_refused_is_said_in_sight(window):
    view = _absences(window)
    view.first.set_date(view.year.start)  # the demo's summer holiday: overlaps
    view.last.set_date(view.year.start)
    button = _button(view, "Abwesenheit eintragen")
    _press(button)
    assert "überschneiden" in view.message.text()
    assert _in_sight(view.message) and _in_sight(button)  # near what she pressed


def test_a_holiday_refused_is_said_in_sight(window):
    view = _absences(window)
    view.holiday_label.clear()  # no name: refused
    button = _button(view, "Ferien eintragen")
    _press(button)
    assert view.holiday_message.text()
    assert _in_sight(view.holiday_message) and _in_sight(button)


@pytest.mark.parametrize(("option", "typed"), [
    ("kvjs.deadline_kvjs", "31.02."),  # the first field
    ("post.full_time_hours", "100"),  # further down: beyond 60 hours
])
def test_an_option_refused_is_said_in_sight(window, option, typed):
    area = window.show_area("settings")
    area.tabs.setCurrentIndex(next(i for i, spec in enumerate(area.specs)
                                   if spec.key == "options"))
    _settle()
    page = area.page("options")
    field = page.fields[option]
    field.setFocus()
    _settle()
    assert _in_sight(field)
    editor = getattr(field, "lineEdit", lambda: field)()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, typed)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _settle()
    assert f"„{typed}“" in page.status.text()
    assert _in_sight(page.status)
    assert QApplication.focusWidget() in (field, editor)


def _tab(area, label: str) -> None:
    tabs = area.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count())
                              if tabs.tabText(i).replace("&", "") == label))


# Pages that scrolled sideways at 640×360 (the area wider than its view by 28 to 182 px:
# Abwesenheiten, Zielwerte, Sicherungen, Termine, Briefkopf) and the rest of Arbeitszeit,
# each shown as she opens it (its tab, the appointments' day and week)
FIT_AT_640 = {
    "time → Auswertung": ("time", "Auswertung"),
    "time → Wochenraster": ("time", "Wochenraster"),
    "time → Abwesenheiten und Ferien": ("time", "Abwesenheiten und Ferien"),
    "time → Zielwerte": ("time", "Zielwerte"),
    "privacy → Sicherungen": ("privacy", "Sicherungen"),
    "appointments → Tag": ("appointments", "day"),
    "appointments → Woche": ("appointments", "week"),
    "settings → Briefkopf": ("settings", "Briefkopf"),
    # Vernetzung, Datenschutz and Einstellungen (220–300 px too wide before): their forms
    # beside the lists, button rows and long drop-down lists
    "network → Partner": ("network", "Partner"),
    "network → Vernetzungsaktivitäten": ("network", "Vernetzungsaktivitäten"),
    "network → Kooperationsvereinbarung": ("network", "Kooperationsvereinbarung"),
    "privacy → Vertretung und Übergabe": ("privacy", "Vertretung und Übergabe"),
    "privacy → Auskunft und Widerspruch": ("privacy", "Auskunft und Widerspruch"),
    "privacy → Löschprotokoll": ("privacy", "Löschprotokoll"),
    "privacy → Verzeichnis und Datenpanne": ("privacy", "Verzeichnis und Datenpanne"),
    "settings → Schulen & Stelle": ("settings", "Schulen  Stelle"),
    "settings → Sicherheit": ("settings", "Sicherheit"),
    # a period's label (one line up to 460 px) wraps beside its field
    "privacy → Regeln und Fristen": ("privacy", "Regeln und Fristen"),
}


@pytest.mark.parametrize("view", list(FIT_AT_640))
def test_page_fits_the_width_whole(window, view):
    """No sideways scroll bar (WCAG 1.4.10: labels wrap, rows stack, long fields
    shrink; only a table may scroll inside itself), and nothing cut or drawn over."""
    key, page = FIT_AT_640[view]
    area = window.show_area(key)
    if key == "appointments":
        area.set_mode(page)
    else:
        _tab(area, page)
    _settle()
    _shot(window, f"seen-at-640-{view}")
    assert sideways(window, tables=False) == []
    assert cut_labels(window) == []
    assert overlaps(window) == []


# The views that still scroll sideways at 640×360, found when this check first ran over
# every area, tab and person tab (session 26). Each is a fault to fix, not a rule: take it
# out with its fix. A view not listed that scrolls sideways fails, and so does a listed
# one that fits now (the list only shrinks).
STILL_SIDEWAYS: frozenset[str] = frozenset()


def test_no_other_view_scrolls_sideways(window, qtbot):
    """Every area, its tabs and stack pages and every person tab (test_whole_windows.py's
    walk, her keys for the stacks) at 640×360: none but those of STILL_SIDEWAYS shows a
    sideways scroll bar (a table's own aside), and each of those still does: one that
    fits is taken out of the list."""
    make_active(qtbot, window)
    faults: dict[str, list[str]] = {}
    found = set()
    for view in _views(qtbot, window, faults):
        _settle()
        if sideways(window, tables=False):
            found.add(view)
    assert faults == {}
    assert sorted(found - STILL_SIDEWAYS) == []
    fits = sorted(STILL_SIDEWAYS - found)
    assert fits == [], f"fits now (or never seen): remove it from STILL_SIDEWAYS: {fits}"


def test_names_are_fields_she_can_type_in(window):
    """The person's Vor- and Nachname beside each other and „Namen anzeigen“ were
    squeezed to about 35 px each at 640×360: each is as wide as a long name, whole."""
    persons = window.show_area("persons")
    persons.open_record(_person_with_everything(window.ctx.conn))
    persons.page.tabs.setCurrentIndex(0)
    form = persons.page.form
    form.names_button.setChecked(True)
    _settle()
    _shot(window, "seen-at-640-names")
    least = form.fontMetrics().horizontalAdvance("Alexandra-Sophie")
    for field in (form.first_name, form.last_name):
        assert field.isVisible() and field.width() >= least, (field.accessibleName(), field.width())
    assert sideways(window, tables=False) == []
    assert cut_labels(window) == [] and overlaps(window) == []


def test_targets_show_their_rows(window):
    """Arbeitszeit → Zielwerte showed less than one row of its table at 640×360 (the
    rows above and below took the height): it keeps its header and three rows in sight;
    the area scrolls up and down for the rest."""
    area = window.show_area("time")
    _tab(area, "Zielwerte")
    _settle()
    _shot(window, "seen-at-640-targets")
    table = area.targets.table
    assert table.rowCount() >= 3  # the demo's agreement has its targets
    assert short_tables(area.targets, rows=3) == []


def test_a_long_step_is_whole_elsewhere_where_cut(window):
    """Person → Kinderschutz scrolled sideways by 138 px at 640×360: the step list was as
    wide as its longest step. It is narrower there; the step she sees cut is whole as
    its tool tip and description, and where it fits (1280×720) a reader hears it once."""
    persons = window.show_area("persons")
    persons.open_record(_person_with_everything(window.ctx.conn))
    _tab(persons.page, "Kinderschutz (§ 8a)")
    _settle()
    from ssa_desktop.ui.child_protection.panel import ChildProtectionPanel

    panel = persons.findChild(ChildProtectionPanel)
    combo = panel.step_combo
    combo.setCurrentIndex(3)  # the longest: „3 – Gefährdungseinschätzung mit insoweit …“
    _settle()
    assert sideways(window, tables=False) == []
    assert cut_labels(panel) == [] and overlaps(panel) == []
    assert combo.toolTip() == combo.accessibleDescription() == combo.currentText()
    window.setMinimumSize(0, 0)
    window.resize(1280, 688)
    _settle()
    assert cut_labels(panel) == []
    assert combo.toolTip() == combo.accessibleDescription() == ""


# Lists that scrolled inside themselves at 640×360, a column or two out of sight to the
# right (Sicherungen' „Art“, the day's „Status“, the groups' „berichtet“ with its
# „Namensliste!“): their columns fit the width now, a long cell ends in „…“ and is whole
# on hover. Tables of figures (Arbeitszeit's Auswertung, Zielwerte, Wochenraster) still
# scroll inside themselves (WCAG 1.4.10's exception for data tables).
LISTS_AT_640 = {
    "privacy → Sicherungen": ("privacy", "Sicherungen"),
    "appointments → Tag": ("appointments", "day"),
    "groups": ("groups", ""),
}


@pytest.mark.parametrize("view", list(LISTS_AT_640))
def test_lists_show_every_column(window, view):
    """No list (a table of rows) scrolls sideways inside itself: every column in sight."""
    key, page = LISTS_AT_640[view]
    area = window.show_area(key)
    if key == "appointments":
        area.set_mode(page)
    elif page:
        _tab(area, page)
    _settle()
    _shot(window, f"seen-at-640-lists-{view}")
    assert sideways(window) == []  # tables too
    assert cut_labels(window) == [] and overlaps(window) == []


@pytest.mark.parametrize("screen", [SCREEN, (1280, 688)])
def test_group_form_lines_are_whole(window, screen):
    """Gruppen's purpose field showed „+ Zweck eingeb…“ at 640×360 (and „+ Zweck eingeben
    (mehrere“ at 1280×720): each empty line edit of the form shows its hint whole (a
    hint ends in „…“ where cut; a typed text longer than its field scrolls in it)."""
    from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

    window.setMinimumSize(0, 0)
    window.resize(*screen)
    area = window.show_area("groups")
    area.list_view.selectRow(0)
    _settle()
    assert area.group is not None
    _shot(area.form_box, f"seen-at-640-group-form-{screen[0]}")
    cut = []
    for edit in area.form_box.findChildren(QLineEdit):
        shown = edit.placeholderText()
        if not (edit.isVisible() and shown) or edit.text():
            continue
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option,
                                           edit).width() - 4  # QLineEdit's own margin
        elided = edit.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, room)
        if elided != shown:  # as QLineEdit draws its hint
            cut.append(f"„{elided}“ {room}, {edit.width()} of {edit.minimumWidth()}")
    assert cut == []
    # where the chosen purposes and the field do not fit beside each other, the field
    # stands below them, whole in sight once Tab reaches it (not cut by the form's edge)
    area.purposes_edit.edit.setFocus()
    assert _in_sight(area.purposes_edit.edit)
    assert cut_labels(area.form_box) == [] and overlaps(area.form_box) == []


def test_targets_with_lights_show_every_column(window):
    """Arbeitszeit → Auswertung's „Zielwerte mit Ampel“ scrolled inside itself at 640×360,
    the target's name („Zielwert“) beyond the edge: the light and the name wrap in their
    columns now (no word cut), each row as high as its lines. (Je Schule, ten columns of
    figures, still scrolls inside itself: cut figures would say less.)"""
    area = window.show_area("time")
    _tab(area, "Auswertung")
    _settle()
    targets = area.dashboard.targets
    assert targets.rowCount() >= 2  # the demo's agreement
    _shot(targets.parentWidget(), "seen-at-640-targets-with-lights")
    assert sideways(targets.parentWidget()) == []
    assert cut_labels(area.dashboard) == [] and overlaps(area.dashboard) == []
    header = targets.horizontalHeader()
    metrics = targets.fontMetrics()
    for row in range(targets.rowCount()):
        assert targets.rowHeight(row) >= targets.sizeHintForRow(row), row  # lines whole
        for column in (0, 3):
            item = targets.item(row, column)
            icon = targets.iconSize().width() + 4 if not item.icon().isNull() else 0
            longest = max(metrics.horizontalAdvance(w) for w in item.text().split())
            assert header.sectionSize(column) >= longest + icon, item.text()  # no word cut


def test_a_purpose_added_by_keys_keeps_the_field_in_sight(window, qtbot):
    """A group without purposes, then „Vorbereitungsklasse“ typed and Enter: the purpose
    and the field no longer fit beside each other. Red before: the purpose stood beside
    the field, which reached 22 px past the form's edge (the field turned only on a
    resize, and the row kept its height)."""
    area = window.show_area("groups")
    area.list_view.selectRow(0)
    purposes = area.purposes_edit
    purposes.set_codes([])
    _settle()
    purposes.edit.setFocus()
    qtbot.keyClicks(purposes.edit, "Vorbereitungsklasse")
    qtbot.keyClick(purposes.edit, Qt.Key.Key_Return)
    _settle()
    assert purposes.codes() == ("VKL",)
    _shot(area.form_box, "seen-at-640-group-purpose-added")
    assert _in_sight(purposes.edit)
    assert cut_labels(area.form_box) == [] and overlaps(area.form_box) == []
