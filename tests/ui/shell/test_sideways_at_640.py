"""The dialogs whose forms scrolled sideways (issue 64.7) on the smallest screen the app
promises: 1280×720 at 200 % is 640×360 logical, 624×328 free for a window's contents. Each
asks for more than that, so it gets all of it; its form then reflows (check boxes wrap, a
preview goes below, labels stand above their fields, the deputy's Art/Datum/Zeit row wraps as
the quick entry's, a table's columns fit its width) and scrolls only up and down."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.a11y.test_audit import DIALOGS
from tests.ui.a11y.test_every_dialog import BUILDERS
from tests.ui.shell.whole import cut_labels, overlaps, sideways

pytestmark = pytest.mark.usefixtures("frozen_clock")

FREE = (624, 328)
# The Vorschlag is two-dimensional data: a row per person, and per person four ticks
# (Notiz zur Person, Notizen/Ziele der Fälle, Notizen der Termine) whose meaning is their
# column's header. Its seven headers are wider than 624 px; wrapped or shortened they would
# no longer say what a tick sends, and one row per person as a card would lose the
# comparison down a column. So the table scrolls sideways inside itself (WCAG 1.4.10's
# exception for data tables; each tick is read as „<column>: <person>“, arrows reach all),
# the dialog does not.
TABLE_SCROLLS = {"DeputyPackageDialog": ["QTableView „Vorschlag“"]}


@pytest.mark.parametrize("name", ["DeputyPackageDialog", "OpenPackageDialog",
                                  "SerialLetterDialog", "disclosure", "DeputyContactDialog",
                                  "GoalsDialog"])
def test_the_form_reflows_instead_of_scrolling_sideways(ctx, qtbot, pupil, tmp_path, name):
    from ssa_desktop.domain import clock

    with clock.frozen(datetime(2026, 11, 24, 10, 0)):
        dialog = BUILDERS[name](ctx, pupil, tmp_path) if name in BUILDERS \
            else DIALOGS[name](ctx, pupil, ctx.session.vault.folder)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() > FREE[0]  # it asked for more (its first size): it gets the screen
    dialog.resize(*FREE)
    QApplication.processEvents()
    assert sideways(dialog) == TABLE_SCROLLS.get(name, [])
    assert cut_labels(dialog) == []
    assert overlaps(dialog) == []
