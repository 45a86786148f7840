"""The new school year is complete on its first day: the Schuljahreswechsel carries the
post's Stellenumfang at the school and the cooperation agreement's target bands over
from the ending year, as the assistant shows them and she confirms or changes them.
After it, Arbeitszeit has the school in the Wochenraster with its rows, a Soll in the
Auswertung and the school's own bands. Real key events, a frozen clock, a real vault."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain import entities as e
from ssa_desktop.services import agreements, setup, timeshare
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.school_year.dialog import SchoolYearDialog
from tests.ui.time.shared import open_area

from .test_school_year_dialog import _pupils

FIRST_DAY = date(2026, 8, 1)        # Saturday: the new school year 2026/27 begins
WEDNESDAY = date(2026, 8, 5)        # its first working week: Mon 3.8. to Wed 5.8.


def _last_year(ctx):
    """School-1 in 2025/26: half a post (39 h) and an agreement with its own band of
    the direct work (68–72 %), ending with the school year."""
    post = setup.save_post(ctx.conn, e.Post("Stelle Am Park", 39.0))
    setup.set_post_share(ctx.conn, post.id, "school-1", 2025, 50)
    agreement = agreements.save_agreement(ctx.conn, e.CooperationAgreement(
        "school-1", date(2025, 8, 1), date(2026, 7, 31)))
    bands = {t.code: (t.soll, t.low, t.high, t.margin, t.enabled)
             for t in timeshare.model_targets()}
    bands["direct"] = (70.0, 68.0, 72.0, 5.0, True)
    timeshare.save_agreement_targets(ctx.conn, agreement.id, bands)
    _pupils(ctx.conn)
    return post


def _assistant(ctx, qtbot):
    dialog = SchoolYearDialog(ctx, today=FIRST_DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=60000)
    return dialog


def _apply(qtbot, dialog):
    QTest.keyClick(dialog, Qt.Key_B, Qt.AltModifier)      # "Ü&bernehmen"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


def _shares(ctx, post, year):
    return {s.school_id: s.percent for s in setup.post_shares(ctx.conn, post.id, year)}


def test_the_new_year_takes_working_time_on_its_first_day(ctx, qtbot):
    post = _last_year(ctx)
    with clock.frozen(FIRST_DAY):
        dialog = _assistant(ctx, qtbot)
        _apply(qtbot, dialog)
    assert _shares(ctx, post, 2026) == {"school-1": 50.0}
    # the bands went on in an agreement of the new year, as long as the old one ran
    assert [(a.valid_from, a.valid_to) for a in agreements.agreements_for_school(
        ctx.conn, "school-1")] == [(date(2026, 8, 1), date(2027, 7, 31)),
                                   (date(2025, 8, 1), date(2026, 7, 31))]
    with clock.frozen(WEDNESDAY):
        area = open_area(ctx, qtbot)
        assert area.school_year.label == "2026/27"
        # the Auswertung has a Soll: Mon–Wed, 3 × 19,5 h / 5 = 11,7 h = 702 min
        assert area.report.scope.soll_min == 702
        assert "<b>Soll</b> 11,70 Std." in area.dashboard.hours.text()
        assert not any("Stellenumfang" in p for p in area.report.problems)
        # the school's own band of the direct work goes on in the new year
        targets = area.dashboard.targets
        direct = next(r for r in range(targets.rowCount())
                      if targets.item(r, 3).text() == "Direkte Arbeit")
        assert targets.item(direct, 2).text() == "68–72 %"
        # the Wochenraster has the school and its rows, no red hint
        QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)     # "&Wochenraster"
        grid = area.grid
        assert [grid.school.itemText(i) for i in range(grid.school.count())] == [
            "Gemeinschaftsschule Am Park"]
        assert grid.model.rowCount() > 2 and grid.message.text() == ""


def test_what_she_changes_in_the_assistant_is_saved(ctx, qtbot):
    post = _last_year(ctx)
    with clock.frozen(FIRST_DAY):
        dialog = _assistant(ctx, qtbot)
        spin = dialog.shares.spins[0]
        assert spin.value() == 50.0
        assert "2025/26: 50 %" in spin.accessibleName()
        dialog.last_grade_button.setFocus()
        QTest.keyClick(dialog.last_grade_button, Qt.Key_Tab)  # Tab goes on to the share
        assert spin.hasFocus()
        dialog.table.setFocus()
        QTest.keyClick(dialog, Qt.Key_U, Qt.AltModifier)    # "Stellen&umfang"
        assert spin.hasFocus()
        QTest.keyClick(spin, Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(spin, "60")
        assert dialog.shares.targets.isChecked()
        QTest.keyClick(dialog, Qt.Key_Z, Qt.AltModifier)    # "&Zielwerte … übernehmen"
        # a button's mnemonic clicks it as the mouse would: pressed, released a moment later
        qtbot.waitUntil(lambda: not dialog.shares.targets.isChecked(), timeout=10000)
        _apply(qtbot, dialog)
    assert _shares(ctx, post, 2026) == {"school-1": 60.0}
    assert _shares(ctx, post, 2025) == {"school-1": 50.0}          # last year unchanged
    # the bands were not confirmed: no agreement of her own in 2026/27
    assert [a.valid_from for a in agreements.agreements_for_school(ctx.conn, "school-1")] == [
        date(2025, 8, 1)]


def test_the_carry_over_row_fits_a_small_screen(ctx, qtbot):
    """1280×720 at 200 % is 640×360 logical pixels: the row with the share and the bands
    asks for no more width, and the list keeps a row. With SSA_SHOTS=/folder the
    assistant is saved as i45-schoolyear-assistant.png (its first size; run again with
    QT_SCALE_FACTOR=2 for the 200 % shot, at 640×360)."""
    import os
    from pathlib import Path

    _last_year(ctx)
    for i in range(12):                   # more pupils: a fuller list
        repo.PERSONS.insert(ctx.conn, e.Person(f"P-{i + 10}", grade=5 + i % 5,
                                               class_label=f"{5 + i % 5}{'abc'[i % 3]}",
                                               school_id="school-1",
                                               created="2026-03-01 10:00:00"))
    with clock.frozen(FIRST_DAY):
        dialog = _assistant(ctx, qtbot)
        assert dialog.shares.isVisible() and dialog.shares.bands.isVisible()
        assert "Direkte Arbeit 68–72 %" in dialog.shares.bands.text()
        assert dialog.minimumSizeHint().width() <= 640
        scale = dialog.devicePixelRatioF()
        dialog.resize(*((640, 360) if scale > 1 else (980, 480)))
        qtbot.waitUntil(lambda: dialog.table.viewport().height()
                        >= dialog.table.verticalHeader().defaultSectionSize(), timeout=10000)
        folder = os.environ.get("SSA_SHOTS")
        if folder:
            suffix = f"-{round(scale * 100)}pct" if scale != 1 else ""
            Path(folder).mkdir(parents=True, exist_ok=True)
            assert dialog.grab().save(str(Path(folder) / f"i45-schoolyear-assistant{suffix}.png"))


def test_a_share_typed_stays_when_the_last_grade_proposes_anew(ctx, qtbot):
    post = _last_year(ctx)
    with clock.frozen(FIRST_DAY):
        dialog = _assistant(ctx, qtbot)
        QTest.keyClick(dialog, Qt.Key_U, Qt.AltModifier)
        QTest.keyClick(dialog.shares.spins[0], Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(dialog.shares.spins[0], "45")
        QTest.keyClick(dialog, Qt.Key_L, Qt.AltModifier)    # "&Letzte Klassenstufe"
        QTest.keyClick(dialog.last_grade, Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(dialog.last_grade, "9")
        QTest.keyClick(dialog.last_grade, Qt.Key_Return)     # saved, proposed anew
        assert dialog.plan.last_grade_own == 9
        assert dialog.shares.spins[0].value() == 45.0
        _apply(qtbot, dialog)
    assert _shares(ctx, post, 2026) == {"school-1": 45.0}


def test_a_share_over_the_post_is_refused_in_german_and_nothing_of_the_school_saved(ctx,
                                                                                   qtbot):
    """60 % and 40 % last year; she confirms 70 % at the first school: the second
    school's 40 % is refused with the rule's sentence, the assistant stays on it, and
    30 % typed then applies."""
    post = setup.save_post(ctx.conn, e.Post("Stelle", 39.0))
    repo.SCHOOLS.insert(ctx.conn, e.School("Grundschule Tal", code="GS-2", school_type="GS",
                                           id="school-2"))
    setup.set_post_share(ctx.conn, post.id, "school-1", 2025, 60)
    setup.set_post_share(ctx.conn, post.id, "school-2", 2025, 40)
    _pupils(ctx.conn)
    with clock.frozen(FIRST_DAY):
        dialog = _assistant(ctx, qtbot)
        assert "Gemeinschaftsschule Am Park" in dialog.heading.text()
        QTest.keyClick(dialog, Qt.Key_U, Qt.AltModifier)
        QTest.keyClick(dialog.shares.spins[0], Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(dialog.shares.spins[0], "70")
        QTest.keyClick(dialog, Qt.Key_B, Qt.AltModifier)
        qtbot.waitUntil(lambda: "Grundschule Tal" in dialog.heading.text(), timeout=10000)
        assert dialog.shares.spins[0].value() == 40.0
        QTest.keyClick(dialog, Qt.Key_B, Qt.AltModifier)
        qtbot.waitUntil(lambda: "höchstens 30,0 % möglich" in dialog.message.text(),
                        timeout=10000)
        assert dialog.isVisible() and _shares(ctx, post, 2026) == {"school-1": 70.0}
        QTest.keyClick(dialog, Qt.Key_U, Qt.AltModifier)
        QTest.keyClick(dialog.shares.spins[0], Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(dialog.shares.spins[0], "30")
        _apply(qtbot, dialog)
    assert _shares(ctx, post, 2026) == {"school-1": 70.0, "school-2": 30.0}
