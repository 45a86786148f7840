"""A table's columns are fitted to its viewport's width after she went through the areas:
each area taken apart frees its widgets, and a new viewport can be made at the address of
one freed. A fitter that kept its viewport's Python wrapper found it invalidated with the
old area's (PySide, address reuse: „Internal C++ object already deleted“ in the event
loop, the columns unfitted)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.shell.test_area_places import KEYS, deferred_deletions, switch
from tests.ui.shell.test_area_places import window as window  # noqa: F401 (the fixture)
from tests.ui.shell.test_every_area_keeps_its_place import every_area_filled, focus_chain

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_every_area_visited_twice_fits_its_columns_without_an_error(window, ctx, qtbot):
    every_area_filled(ctx)
    for _round in range(2):
        for key in KEYS:
            area = switch(window, qtbot, key)
            assert focus_chain(area)   # Tab's way through it (wrappers of Qt's own widgets)
            for _event in range(50):   # the fitters' zero timers, the loads' answers
                QApplication.processEvents()
            deferred_deletions()
