"""Einstellungen → Optionen: a number typed beyond the option's bounds is refused in German
and nothing is stored. Qt's spin box dropped the key that made the number too big and
saved the rest: „100“ Wochenstunden (at most 60) became 10 and „-5“ became 5, each said
„… gespeichert.“; „0“ went back to 39 without a word. At the bounds: 1 and 60 are kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.worktime import FULL_TIME_HOURS
from ssa_desktop.services import settings
from ssa_desktop.services import statistics as stats


@pytest.fixture
def page(settings_area, qtbot):
    """Einstellungen → Optionen, its window active (test_options_number_kept_at_lock too)."""
    area = settings_area(front="options", size=(1280, 720))
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    yield area.page("options")
    area.close()


def _type(editor, text: str, end=Qt.Key_Tab) -> None:
    editor.setFocus()
    QTest.keyClick(editor.lineEdit(), Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(editor.lineEdit(), text)
    QTest.keyClick(editor.lineEdit(), end)


@pytest.mark.parametrize("typed", ["100", "61", "-5", "0"])
def test_weekly_hours_beyond_the_bounds_are_refused(page, ctx, typed):
    hours = page.fields["post.full_time_hours"]
    _type(hours, typed)
    assert settings.get(ctx.conn, FULL_TIME_HOURS) == 39.0
    assert settings.changes(ctx.conn) == []
    said = page.status.text()
    assert said.startswith("„Wochenstunden einer Vollzeitstelle“: ") and f"„{typed}“" in said
    assert "zwischen 1" in said and "60" in said and "es bleibt bei 39" in said
    assert hours.value() == 39.0


@pytest.mark.parametrize(("typed", "kept"), [("60", 60.0), ("1", 1.0)])
def test_weekly_hours_at_the_bounds_are_kept(page, ctx, typed, kept):
    _type(page.fields["post.full_time_hours"], typed, Qt.Key_Return)
    assert settings.get(ctx.conn, FULL_TIME_HOURS) == kept
    assert page.status.text() == "„Wochenstunden einer Vollzeitstelle“ gespeichert."


def test_a_grant_rate_beyond_its_bound_is_refused(page, ctx):
    _type(page.fields["kvjs.grant_rate"], "9999999")
    assert settings.get(ctx.conn, stats.GRANT_RATE) == 16700.0
    assert "„9999999“" in page.status.text()
