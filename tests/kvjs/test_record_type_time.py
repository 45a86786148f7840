"""The count's per-record rules are filed by the record type they count, the time
entries' under ``kvjs.TIME`` ("time"). A statistics record whose type reads "time" (no
catalogue code: damage, or a file from elsewhere) is no time entry: the count leaves it
out as it always did (``reference_count``), instead of failing on it."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import kvjs
from ssa_desktop.domain.entities import StatisticsRecord, TimeEntry

from . import reference_count as reference


def test_a_record_of_type_time_is_not_a_time_entry():
    odd = StatisticsRecord(date(2025, 9, 1), 2025, kvjs.TIME, "IND", 30, "s1", id="r-1")
    entry = TimeEntry(date(2025, 9, 2), "DOK", 45, school_id="s1", id="t-1")
    figures = kvjs.compute(iter([odd]), iter([entry]), pupils=10, post_percent=50)
    assert figures == reference.compute([odd], [entry], pupils=10, post_percent=50)
    assert [i.id for i in kvjs.counted_items(iter([odd]), "time_minutes_by_category", "",
                                             iter([entry]))] == ["t-1"]
