"""Einstellungen → Optionen: built from the options registry; every option set through it
by real key events is stored and logged, a typo or a value out of bounds is refused with
a German sentence and nothing changes."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from ssa_desktop.domain import clock
from ssa_desktop.domain.month_day import MonthDay
from ssa_desktop.services import settings
from ssa_desktop.services import statistics as stats

NOW = datetime(2026, 9, 3, 8, 0)


@pytest.fixture
def page(settings_area, qtbot):
    area = settings_area(front="options", size=(1280, 720))
    assert area.tabs.tabText(area.tabs.currentIndex()) == "Optionen"
    shown = area.page("options")
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    yield shown
    area.close()


def _type(qtbot, editor, text: str) -> None:
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    target = editor.lineEdit() if hasattr(editor, "lineEdit") else editor
    QTest.keyClick(target, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(target, text)
    QTest.keyClick(target, Qt.Key_Return)


def test_every_editable_option_has_a_named_field_with_a_bound_label(page):
    assert set(page.fields) == {o.name for o in settings.editable()}
    for name, editor in page.fields.items():
        assert editor.accessibleName(), name
        label = page.labels.get(name)
        if label is not None:
            assert isinstance(label, QLabel) and label.buddy() is editor, name


def test_a_deadline_typed_is_stored_and_logged_and_used_by_the_reminders(page, qtbot, ctx):
    with clock.frozen(NOW):
        _type(qtbot, page.fields["kvjs.deadline_kvjs"], "30.09.")
    assert settings.get(ctx.conn, stats.KVJS_DEADLINE) == MonthDay(9, 30)
    assert page.fields["kvjs.deadline_kvjs"].text() == "30.09."
    assert settings.changes(ctx.conn) == [
        ("kvjs.deadline_kvjs", "10-31", "09-30", "2026-09-03 08:00:00")]
    assert page.status.text() == "„Frist KVJS-Statistik je Stelle“ gespeichert."


def test_a_typo_in_a_deadline_is_refused_in_german_and_nothing_changes(page, qtbot, ctx):
    field: QLineEdit = page.fields["kvjs.deadline_landkreis"]
    _type(qtbot, field, "31.13.")
    assert "ist kein Tag im Jahr" in page.status.text()
    assert page.status.text().startswith("„Frist Statistik je Schule für den Landkreis“")
    assert settings.get(ctx.conn, stats.LANDKREIS_DEADLINE) == MonthDay(7, 31)
    assert settings.changes(ctx.conn) == []
    assert field.text() == "31.13."            # left as typed, to be corrected
    assert QApplication.focusWidget() is field


def test_numbers_switches_and_choices_set_by_keys_are_stored_and_logged(page, qtbot, ctx):
    rate = page.fields["kvjs.grant_rate"]
    rate.setLocale(QLocale(QLocale.German, QLocale.Germany))
    hours = page.fields["post.full_time_hours"]
    hours.setLocale(QLocale(QLocale.German, QLocale.Germany))
    with clock.frozen(NOW):
        _type(qtbot, rate, "17250,5")
        _type(qtbot, hours, "40")
        free = page.fields["timeshare.school_holidays_free"]
        free.setFocus()
        QTest.keyClick(free, Qt.Key_Space)
        first = page.buttons["slips.name_format"]["first"]
        first.setFocus()
        QTest.keyClick(first, Qt.Key_Space)
    assert [c[:3] for c in settings.changes(ctx.conn)] == [
        ("kvjs.grant_rate", "16700.0", "17250.5"),
        ("post.full_time_hours", "39.0", "40.0"),
        ("timeshare.school_holidays_free", "False", "True"),
        ("slips.name_format", "first_initial", "first")]


def test_a_number_out_of_bounds_is_not_taken(page, qtbot, ctx):
    rate = page.fields["kvjs.grant_rate"]
    _type(qtbot, rate, "9999999")
    assert rate.value() <= 1_000_000.0
    hours = page.fields["post.full_time_hours"]
    _type(qtbot, hours, "0")
    assert settings.get(ctx.conn, stats.GRANT_RATE) <= 1_000_000.0
    assert all(c[2] != "0.0" for c in settings.changes(ctx.conn))
    assert hours.value() >= 1.0


def test_tab_leaves_a_refused_deadline_no_trap(page, qtbot, ctx):
    field = page.fields["kvjs.deadline_kvjs"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(field, "Oktober")
    QTest.keyClick(field, Qt.Key_Tab)
    assert "ist kein Tag im Jahr" in page.status.text()
    assert QApplication.focusWidget() is not field
    assert settings.changes(ctx.conn) == []


def test_the_scanner_folder_is_chosen_with_the_folder_picker(page, qtbot, ctx, tmp_path,
                                                            monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ssa_desktop.services import scanner
    from ssa_desktop.ui.settings.pages import options as options_page

    inbox = tmp_path / "Scans"
    inbox.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(inbox))
    page.scanner_choose.setFocus()
    QTest.keyClick(page.scanner_choose, Qt.Key_Space)
    assert scanner.folder(ctx.conn) == inbox
    assert page.fields["documents.scanner_folder"].text() == str(inbox)
    assert page.status.text() == "„Scanner-Ordner“ gespeichert."
    # a synced folder: warned; she picks another, nothing changes
    cloud = tmp_path / "OneDrive - Träger"
    (cloud / "Scans").mkdir(parents=True)
    monkeypatch.setenv("OneDriveCommercial", str(cloud))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: str(cloud / "Scans"))
    said = []
    monkeypatch.setattr(options_page, "ask_yes_no", lambda _p, text, **k: said.append(text))
    QTest.keyClick(page.scanner_choose, Qt.Key_Space)
    assert "in die Cloud kopiert" in said[0]
    assert scanner.folder(ctx.conn) == inbox
    assert page.status.text() == "Der Scanner-Ordner wurde nicht geändert."
    page.scanner_none.setFocus()
    QTest.keyClick(page.scanner_none, Qt.Key_Space)
    assert scanner.folder(ctx.conn) is None and page.scanner_folder.text() == ""
