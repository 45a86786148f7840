"""Einstellungen → Schulen & Stelle after a school handover (docs/handover.md, „Nach der
Übergabe“): in 2026/27, the year it was handed over in, the school shows „(übergeben am
16.06.2027)“; from 2027/28 on it is no longer listed."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from tests.support.handed_over import hand_over_second_school


def _names(page) -> list[str]:
    model = page.schools_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_handed_over_school_leaves_the_list_of_later_years(settings_area, ctx, tmp_path):
    hand_over_second_school(ctx.conn, tmp_path / "uebergabe")
    with clock.frozen(date(2027, 8, 3)):
        area = settings_area()
        page = area.page("schools")
        page.load()
        page.year.setCurrentIndex(page.year.findData(2027))
        assert _names(page) == ["Gemeinschaftsschule Am Park"]
        page.year.setCurrentIndex(page.year.findData(2026))
        assert _names(page) == ["Gemeinschaftsschule Am Park",
                                "Grundschule Lindenweg (übergeben am 16.06.2027)"]
