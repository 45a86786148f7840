"""Windows whole in the states a worker brings them into, not only as they open (issue 64,
finding 7): a group with a name list, Statistik after an export, the quick entry while she
types a long note. On a 1280×720 laptop (1280×688 free) and at 200 % of a 1920×1080 screen
(960×508 free); the checks are tests/ui/shell/whole.py's. Screenshots: SSA_SHOTS=folder."""

from __future__ import annotations

import pytest

from tests.support.main_windows import demo_main_window
from tests.ui.shell.test_fits_small_screen import _settle, _shot
from tests.ui.shell.whole import cut_labels, overlaps, short_tables

pytestmark = pytest.mark.usefixtures("frozen_clock")

SCREENS = {"1280x720": (1280, 688), "200%": (960, 508)}


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def screen(request):
    return SCREENS[request.param]


def test_a_group_with_a_name_list_is_whole(qapp, qtbot, tmp_path, screen):
    """„Namensliste führen“ ticked: the warning was drawn over the names box and the
    sessions table shrank to one row."""
    win = demo_main_window(qtbot, tmp_path, screen)
    area = win.show_area("groups")
    rows = [r for r in range(area.list_model.rowCount())
            if int(area.list_model.index(r, 5).data() or 0) >= 2]
    area.list_view.selectRow(rows[0])
    _settle()
    assert area.session_model.rowCount() >= 2
    area.names_check.setChecked(True)
    _settle()
    _shot(win, f"state-groups-names-{screen[0]}")
    found = overlaps(area) + cut_labels(area) + short_tables(area)
    area.revert()  # unsaved, leaving would ask (a modal question)
    win.ctx.lock()
    assert found == []

