"""The setting declared beside the time-share rules: her own categories of indirect
work, none until she adds some, read under the name earlier releases stored them, typed
as a list of [Kürzel, Bezeichnung]. Pure."""

from __future__ import annotations

from ssa_desktop.domain import options, timeshare


def test_no_own_categories_until_she_adds_some_under_the_stored_name():
    assert options.get_option("timeshare.extra_categories") is timeshare.EXTRA_CATEGORIES
    assert timeshare.EXTRA_CATEGORIES.decode(None) == []
    assert timeshare.EXTRA_CATEGORIES.from_text('[["SUP", "Supervision"]]') == [
        ["SUP", "Supervision"]]
