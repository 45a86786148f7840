"""Schuljahreswechsel assistant with real key events: the Übersicht tile, editing a class
label in place, choosing the whereabouts with the keyboard, applying through the
operation runner, postponing (Esc) keeps the tile."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain import school_year_change as syc
from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.services import activities as act
from ssa_desktop.services import school_year_change as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.overview.area import OverviewArea
from ssa_desktop.ui.school_year.dialog import LABEL_COLUMN, SchoolYearDialog

TODAY = date(2026, 8, 3)
CREATED = "2026-03-01 10:00:00"


def _pupils(conn):
    made = {}
    for pseudo, grade, label in (("A-1", 7, "7b"), ("B-2", 10, "10a"), ("C-3", 5, "5c")):
        made[pseudo] = repo.PERSONS.insert(conn, Person(
            pseudo, first_name="Vorname", last_name=pseudo, grade=grade, class_label=label,
            school_id="school-1", created=CREATED))
    for pseudo in ("A-1", "B-2"):
        act.record_contact(conn, Contact(date(2026, 3, 2), "EB", 30, school_id="school-1",
                                         person_id=made[pseudo].id))
    return made


def _text(dialog, row, column):
    return dialog.model.index(row, column).data()


def _row(dialog, pseudo):
    return next(i for i, r in enumerate(dialog.plan.rows) if r.pseudonym == pseudo)


def _shown_dialog(ctx, qtbot):
    """The assistant on TODAY with the three pupils, shown."""
    _pupils(ctx.conn)
    dialog = SchoolYearDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()    # her shortcuts (Alt+V, Alt+B) reach the active window only
    qtbot.waitUntil(dialog.isActiveWindow, timeout=60000)
    return dialog


def _type_label(qtbot, dialog, pseudo, text):
    """Her keys: to the pupil's row, F2, the new class, Enter (the editor hands the text
    to the table when its Return has been handled)."""
    table = dialog.table
    table.setFocus()
    while table.currentIndex().row() != _row(dialog, pseudo):
        QTest.keyClick(table, Qt.Key_Down if table.currentIndex().row() < _row(dialog, pseudo)
                       else Qt.Key_Up)
    assert table.currentIndex().column() == LABEL_COLUMN
    QTest.keyClick(table, Qt.Key_F2)
    editor = table.focusWidget()
    QTest.keyClick(editor, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: _text(dialog, _row(dialog, pseudo), LABEL_COLUMN) == text,
                    timeout=60000)


def test_keyboard_walk_through_and_apply(ctx, qtbot):
    _pupils(ctx.conn)
    with clock.frozen(TODAY):
        area = OverviewArea(ctx)
        qtbot.addWidget(area)
        area.show()
        area.refresh()
        assert "Schuljahreswechsel 2026/27 für Gemeinschaftsschule Am Park steht aus" in \
            area.school_year.model.item(0).text()
        area.school_year.view.setFocus()
        QTest.keyClick(area.school_year.view, Qt.Key_Return)
        dialog = area._school_year_dialog
        qtbot.waitExposed(dialog)
        assert "2025/26 → 2026/27" in dialog.heading.text()
        assert "Vorname" not in " ".join(
            _text(dialog, r, 0) for r in range(dialog.model.rowCount()))
        # the proposal, as shown: C-3 (5c → 6c, nicht bekannt), A-1 (7b → 8b), B-2 left
        shown = [(_text(dialog, r, 0), _text(dialog, r, LABEL_COLUMN), _text(dialog, r, 4))
                 for r in range(dialog.model.rowCount())]
        assert shown == [("C-3", "6c", "nicht bekannt"), ("A-1", "8b", "noch an der Schule"),
                         ("B-2", "10a", "abgegangen am 31.07.2026")]
        # edit A-1's new class in place: Down to its row, F2, type, Enter
        table = dialog.table
        _type_label(qtbot, dialog, "A-1", "8d")
        # C-3: Up, then Alt+V to the whereabouts, choose "noch an der Schule" (Home)
        QTest.keyClick(table, Qt.Key_Up)
        QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)
        assert dialog.status.hasFocus()
        QTest.keyClick(dialog.status, Qt.Key_Home)
        assert dialog.plan.rows[_row(dialog, "C-3")].status == syc.STAY
        # apply with Alt+B ("Ü&bernehmen") through the operation runner
        QTest.keyClick(dialog, Qt.Key_B, Qt.AltModifier)
        # closed, and given up by the Übersicht once closed (perhaps already deleted)
        qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                        timeout=10000)
        persons = {p.pseudonym: p for p in repo.PERSONS.all(ctx.conn)}
        assert (persons["A-1"].grade, persons["A-1"].class_label) == (8, "8d")
        assert (persons["C-3"].grade, persons["C-3"].class_label) == (6, "6c")
        assert persons["B-2"].leaving_date == date(2026, 7, 31)
        assert svc.unknown_ids(ctx.conn) == set()
        qtbot.waitUntil(lambda: area.school_year.model.rowCount() == 0, timeout=60000)


def test_escape_postpones_and_the_tile_stays(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        QTest.keyClick(dialog.table, Qt.Key_Escape)
        assert not dialog.isVisible()
        assert [p.postponed for p in svc.pending(ctx.conn)] == [TODAY]
        assert svc.due_at_unlock(ctx.conn) == []
        persons = {p.pseudonym: p for p in repo.PERSONS.all(ctx.conn)}
        assert persons["A-1"].grade == 7                      # nothing applied


def test_screenshot_at_1366x768(ctx, qtbot, tmp_path):
    import os
    from pathlib import Path

    _pupils(ctx.conn)
    for i in range(12):
        repo.PERSONS.insert(ctx.conn, Person(f"P-{i + 10}", grade=5 + i % 5,
                                             class_label=f"{5 + i % 5}{'abc'[i % 3]}",
                                             school_id="school-1", created=CREATED))
    with clock.frozen(TODAY):
        dialog = SchoolYearDialog(ctx, today=TODAY)
        qtbot.addWidget(dialog)
        dialog.resize(1366, 768)
        dialog.show()
        qtbot.waitExposed(dialog)
        image = dialog.grab()
        assert (image.width(), image.height()) == (1366, 768)
        target = Path(os.environ.get("SSA_I17_SHOT", tmp_path / "shot.png"))
        target.parent.mkdir(parents=True, exist_ok=True)
        assert image.save(str(target))


def test_opens_by_itself_at_the_first_unlock_from_1_august(ctx, qtbot, tmp_path):
    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.ui.settings_store import SettingsStore
    from ssa_desktop.ui.shell.main_window import MainWindow
    from tests.conftest import FAST_KDF
    from tests.support.memory_keyring import MemoryKeyring

    def unlocked_window(settings: str) -> MainWindow:
        """Shown, until what follows its first frame has run (the vault check started
        with the school-year offer)."""
        win = MainWindow(ctx, SettingsStore(tmp_path / settings),
                         store=DeviceKeyStore(MemoryKeyring()), kdf_params=FAST_KDF)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.vault_label.text() != "", timeout=30000)
        return win

    _pupils(ctx.conn)
    with clock.frozen(date(2026, 7, 31)):     # before 1 August: nothing opens
        win = unlocked_window("a.ini")
        assert win._school_year is None
        win.hide()
    with clock.frozen(TODAY):
        win = unlocked_window("b.ini")
        dialog = win._school_year
        assert isinstance(dialog, SchoolYearDialog) and dialog.isVisible()
        dialog.postpone()
        win.hide()
    with clock.frozen(TODAY):                # postponed: only the tile stays
        win = unlocked_window("c.ini")
        assert win._school_year is None
        assert svc.pending(ctx.conn)


def test_a_school_type_without_default_asks_for_the_last_grade(ctx, qtbot):
    school = repo.SCHOOLS.get(ctx.conn, "school-1")
    school.school_type = "SBBZ"
    repo.SCHOOLS.update(ctx.conn, school)
    _pupils(ctx.conn)
    with clock.frozen(TODAY):
        dialog = SchoolYearDialog(ctx, today=TODAY)
        qtbot.addWidget(dialog)
        assert "keine letzte Klassenstufe voreingestellt" in dialog.explain.text()
        assert all(r.status != syc.LEFT for r in dialog.plan.rows)
        dialog.last_grade.setValue(10)
        dialog._save_last_grade()
        assert [r.pseudonym for r in dialog.plan.rows if r.status == syc.LEFT] == ["B-2"]


def test_a_class_she_typed_stays_when_she_then_changes_the_whereabouts(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        # C-3 is "nicht bekannt" (6c proposed): she types 6e, then finds out: still here
        _type_label(qtbot, dialog, "C-3", "6e")
        QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)
        assert dialog.status.hasFocus()
        QTest.keyClick(dialog.status, Qt.Key_Home)          # "noch an der Schule"
        assert dialog.plan.rows[_row(dialog, "C-3")].status == syc.STAY
        assert _text(dialog, _row(dialog, "C-3"), LABEL_COLUMN) == "6e"
        # A-1 stays (8b proposed): she types 8d, then is unsure: "nicht bekannt"
        _type_label(qtbot, dialog, "A-1", "8d")
        QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)
        QTest.keyClick(dialog.status, Qt.Key_End)           # "nicht bekannt"
        assert dialog.plan.rows[_row(dialog, "A-1")].status == syc.UNKNOWN
        assert _text(dialog, _row(dialog, "A-1"), LABEL_COLUMN) == "8d"
        # what is saved is what the table showed
        QTest.keyClick(dialog, Qt.Key_B, Qt.AltModifier)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
        persons = {p.pseudonym: p for p in repo.PERSONS.all(ctx.conn)}
        assert (persons["C-3"].grade, persons["C-3"].class_label) == (6, "6e")
        assert (persons["A-1"].grade, persons["A-1"].class_label) == (8, "8d")
        assert svc.unknown_ids(ctx.conn) == {persons["A-1"].id}


def test_the_assistant_opened_from_the_uebersicht_is_given_up_when_closed(ctx, qtbot):
    """Closed with Esc ("Später"), the assistant the Übersicht opened is deleted, not kept
    hidden with its list until the lock."""
    from ssa_desktop.ui.school_year.dialog import SchoolYearDialog

    _pupils(ctx.conn)
    with clock.frozen(TODAY):
        area = OverviewArea(ctx)
        qtbot.addWidget(area)
        area.show()
        dialog = area.open_school_year()
        qtbot.waitExposed(dialog)
        QTest.keyClick(dialog, Qt.Key_Escape)
        assert not dialog.isVisible()
        qtbot.waitUntil(lambda: area.findChildren(SchoolYearDialog) == [])
