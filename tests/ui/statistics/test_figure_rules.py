"""Statistik: every figure's rule where the figure stands (issue 31 item 12, issue 30 item 9).

A Grundschule with one talk with the parents only, about a pupil who was not there: the
form shows "Beratungskontakte 1", "Kontakte mit Eltern 1", "Beratene Personen insgesamt 0".
The rule of each figure is its tooltip and its accessible description; Enter or F1 on a
figure opens the rule beside the form, which takes the focus under the figure's name
(what a screen reader announces); Esc goes back to the figure. Real key events.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from ssa_desktop.domain import clock, kvjs
from ssa_desktop.domain.entities import (
    Contact,
    Person,
    Post,
    PostShare,
    School,
    SchoolPupils,
    TimeEntry,
)
from ssa_desktop.services import activities
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.statistics.area import StatisticsArea
from tests.support.main_windows import active_main_window

DAY = date(2026, 10, 5)  # the Statistik opens on the school year 2025/26

PERSONS_RULE = (
    "Verschiedene Personen mit mindestens einem Beratungskontakt im Schuljahr, an dem sie "
    "selbst teilgenommen haben, gleich welcher Personenart. Ein Gespräch nur mit den Eltern "
    "über eine Schülerin oder einen Schüler zählt als Beratungskontakt und als Kontakt mit "
    "Eltern, aber nicht als beratene Person; ein Elternteil, der selbst als Person erfasst "
    "ist und mit dem das Gespräch geführt wurde, zählt als beratene Person.")


@pytest.fixture
def area(ctx, qtbot):
    conn = ctx.conn
    repo.SCHOOLS.insert(conn, School("Grundschule Am Bach", code="GS-3", school_type="GS",
                                     id="school-3"))
    repo.SCHOOL_PUPILS.insert(conn, SchoolPupils("school-3", 2025, 180))
    post = repo.POSTS.insert(conn, Post("Stelle Süd", id="post-3"))
    repo.POST_SHARES.insert(conn, PostShare(post.id, "school-3", 2025, 50.0))
    pupil = repo.PERSONS.insert(conn, Person("N-5", gender="w", grade=3, school_id="school-3"))
    # the parents only, about N-5: 45 minutes
    activities.record_contact(conn, Contact(date(2025, 11, 12), "EG", 45, person_id=pupil.id,
                                            school_id="school-3", participants=("parent",)))
    # 540 minutes of documentation: 585 minutes of time entries in all = 9 h 45 min
    repo.TIME_ENTRIES.insert(conn, TimeEntry(date(2025, 11, 13), "DOK", 540,
                                             school_id="school-3"))
    widget = StatisticsArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with clock.frozen(DAY):
        widget.show()
        qtbot.waitUntil(lambda: widget.report is not None, timeout=10000)
        widget.scope_box.setCurrentIndex(widget.scope_box.findText("Grundschule Am Bach (GS-3)"))
        widget.report = None
        widget.compute()
        qtbot.waitUntil(lambda: widget.report is not None, timeout=10000)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _row(area, label):
    items = [area.form.topLevelItem(i) for i in range(area.form.topLevelItemCount())]
    return next(i for i in items if i.text(0).strip() == label)


def test_the_parents_only_talk_and_its_explanation_at_the_figure(area):
    values = {label: _row(area, label).text(1) for label in
              ("Beratungskontakte", "Kontakte mit Eltern", "Beratene Personen insgesamt")}
    assert values == {"Beratungskontakte": "1", "Kontakte mit Eltern": "1",
                      "Beratene Personen insgesamt": "0"}
    persons = _row(area, "Beratene Personen insgesamt")
    for column in (0, 1):
        assert persons.toolTip(column) == PERSONS_RULE
        # read after the cell's headers (tests/ui/a11y/test_grid_headers.py)
        assert persons.data(column, Qt.AccessibleDescriptionRole).endswith(f" – {PERSONS_RULE}")


@pytest.mark.parametrize("key", [Qt.Key_Return, Qt.Key_F1])
def test_enter_or_f1_opens_the_rule_with_the_focus_and_esc_goes_back(area, qtbot, key):
    persons = _row(area, "Beratene Personen insgesamt")
    area.form.setFocus()
    area.form.setCurrentItem(persons)
    QTest.keyClick(area.form, key)
    panel = area.rule_panel
    assert QApplication.focusWidget() is panel
    assert panel.accessibleName().startswith("Zählregel: Beratene Personen insgesamt: ")
    assert panel.toPlainText() == (
        "Beratene Personen insgesamt: 0 im Schuljahr 2025/26\n"
        f"So wird gezählt: {PERSONS_RULE}\n"
        "Keine anonymen Einträge dahinter (aus den Stammdaten oder nichts gezählt).")
    QTest.keyClick(panel, Qt.Key_Escape)
    assert QApplication.focusWidget() is area.form
    assert area.form.currentItem() is persons


def test_the_contact_is_explained_too(area):
    area.form.setFocus()
    area.form.setCurrentItem(_row(area, "Kontakte mit Eltern"))
    QTest.keyClick(area.form, Qt.Key_Return)
    text = area.rule_panel.toPlainText().split("\n")
    assert text[0] == "Kontakte mit Eltern: 1 im Schuljahr 2025/26"
    assert text[2] == "1 anonymer Eintrag dahinter (Liste darunter)."
    assert area.drill_model.rowCount() == 1


def test_every_figure_has_its_rule_at_hand(area):
    for i in range(area.form.topLevelItemCount()):
        item = area.form.topLevelItem(i)
        field = item.data(0, Qt.UserRole + 1)
        if field is None and not item.text(1):
            continue  # a section heading
        rule = item.toolTip(0)
        assert rule, item.text(0)
        if field:
            assert rule == kvjs.BY_NAME[field[0]].rule
        for column in range(area.form.columnCount()):
            assert item.data(column, Qt.AccessibleDescriptionRole).endswith(f" – {rule}")


def test_the_time_finding_shows_hours_and_minutes_exactly(area):
    texts = [w.text() for w in area.findings_box.findChildren(QLabel)]
    assert any(t.startswith("⚠ Die Zeiteinträge (9,75 Std.) decken weniger als die Hälfte")
               for t in texts), texts


def test_f1_in_the_main_window_explains_the_figure_not_the_shortcuts(ctx, qtbot, tmp_path):
    """In the real window F1 is the list of shortcuts everywhere but in the form preview,
    where it explains the chosen figure (the window's shortcut must not fire too)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from tests.kvjs import fixture

    fixture.build(ctx.conn)
    # 2026/27 has begun and the fixture's post share is 2025/26's: "Später" for the
    # Schuljahreswechsel, or its assistant opens over the window
    from ssa_desktop.services import school_year_change
    school_year_change.postpone_waiting(
        ctx.conn, [p.school_id for p in school_year_change.pending(ctx.conn, DAY)], today=DAY)
    opened = []

    def shown_dialogs():
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]

    def close_dialogs():  # a modal list of shortcuts would block the test: note and close
        for widget in shown_dialogs():   # only what this test opened: an earlier test
            if id(widget) not in before:  # in the same worker may have left one open
                opened.append(widget.windowTitle())
                widget.reject()

    with clock.frozen(DAY):
        win = active_main_window(ctx, qtbot, tmp_path, size=(1366, 768))
        area = win.show_area("statistics")
        qtbot.waitUntil(lambda: area.report is not None, timeout=10000)
    row = _row(area, "Beratungskontakte")
    area.form.setFocus()
    area.form.setCurrentItem(row)
    before = {id(w) for w in shown_dialogs()}
    QTimer.singleShot(0, close_dialogs)
    QTest.keyClick(area.form, Qt.Key_F1)
    close_dialogs()
    assert opened == []
    assert QApplication.focusWidget() is area.rule_panel
    assert area.rule_panel.accessibleName().startswith("Zählregel: Beratungskontakte: 6 ")
    assert kvjs.BY_NAME["efh_contacts"].rule in area.rule_panel.accessibleName()
    assert area.rule_panel.toPlainText().startswith("Beratungskontakte: 6 im Schuljahr 2025/26\n")
    assert area.rule_panel.accessibleDescription() == kvjs.BY_NAME["efh_contacts"].rule


def test_the_hours_chart_keeps_the_minutes(area):
    """45 minutes of counselling are 0,75 hours in the chart, not 0 (whole hours cut)."""
    from ssa_desktop.ui.common.charts import Chart

    chart = next(c for c in area.charts.findChildren(Chart)
                 if c.title == "Aufgabenbereiche (Stunden)")
    values = dict(zip(chart.categories, chart.series[0].values, strict=True))
    assert values == {"Einzelfallhilfe und Beratung": 0.75, "Dokumentation": 9.0}


@pytest.mark.parametrize("key", [Qt.Key_Return, Qt.Key_F1])
def test_enter_on_a_heading_says_it_is_a_heading(area, key):
    """A heading has no figure: Enter or F1 on it says so instead of nothing (found by a
    worker trying the form by keyboard)."""
    heading = _row(area, "Tätigkeitsstatistik: Einzelfallhilfe und Beratung")
    area.form.setFocus()
    area.form.setCurrentItem(heading)
    QTest.keyClick(area.form, key)
    panel = area.rule_panel
    assert panel.toPlainText() == ("„Tätigkeitsstatistik: Einzelfallhilfe und Beratung“ ist "
                                   "eine Überschrift; die Zahlen stehen darunter.")
    assert QApplication.focusWidget() is panel
    QTest.keyClick(panel, Qt.Key_Escape)
    assert area.form.currentItem() is heading


@pytest.mark.parametrize("key", [Qt.Key_Return, Qt.Key_F1])
def test_the_rule_panel_is_read_with_the_rules_words(area, key):
    """Issue 59 item 5: Orca, on Enter at a figure, said only „Zählregel: … label“. The
    panel is exposed as a label (a read-only text), and for a label a screen reader speaks
    its name, not its text or description: so the name carries what the panel shows —
    the figure, its value, the rule's words and the entries behind it."""
    from PySide6.QtGui import QAccessible

    area.form.setFocus()
    area.form.setCurrentItem(_row(area, "Beratene Personen insgesamt"))
    QTest.keyClick(area.form, key)
    panel = area.rule_panel
    assert QApplication.focusWidget() is panel
    spoken = QAccessible.queryAccessibleInterface(panel)
    name = spoken.text(QAccessible.Name)
    assert name.startswith("Zählregel: Beratene Personen insgesamt: 0 im Schuljahr 2025/26. ")
    assert f"So wird gezählt: {PERSONS_RULE}" in name
    assert name.endswith("Keine anonymen Einträge dahinter (aus den Stammdaten oder nichts "
                         "gezählt).")
    assert spoken.text(QAccessible.Description) == PERSONS_RULE
    # a heading says what it is in the name too
    QTest.keyClick(panel, Qt.Key_Escape)
    area.form.setCurrentItem(_row(area, "Tätigkeitsstatistik: Einzelfallhilfe und Beratung"))
    QTest.keyClick(area.form, key)
    assert spoken.text(QAccessible.Name) == (
        "Zählregel: „Tätigkeitsstatistik: Einzelfallhilfe und Beratung“ ist eine "
        "Überschrift; die Zahlen stehen darunter.")
