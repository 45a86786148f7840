"""The one-month deadline of an Auskunft (Art. 12 Abs. 3 DSGVO) and which items leave."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain.auskunft import AuskunftItem, check_decisions, disclosed, one_month_after


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_one_month_after_is_the_same_day_next_month_or_its_last_day(day):
    due = one_month_after(day)
    assert (due.year * 12 + due.month) - (day.year * 12 + day.month) == 1
    last = calendar.monthrange(due.year, due.month)[1]
    assert due.day == min(day.day, last)
    assert timedelta(days=28) <= due - day <= timedelta(days=31)


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 4)), min_size=1, max_size=12))
def test_nothing_withheld_leaves_and_children_follow_their_parent(spec):
    items = [AuskunftItem(f"k:{i}", "S", f"T{i}", include=inc,
                          parent=f"k:{p}" if p < i else "") for i, (inc, p) in enumerate(spec)]
    out = disclosed(items)
    withheld = {i.key for i in items if not i.include}
    assert all(i.include and i.parent not in withheld for i in out)
    assert len(out) == sum(1 for i in items if i.include and i.parent not in withheld)
    assert len(check_decisions(items)) == len(withheld)  # no reason given anywhere
