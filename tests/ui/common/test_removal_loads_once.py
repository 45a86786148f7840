"""``applying.remove_keeping_place`` loads the list once: the run's news loads it where
an area watches what went (Offene Angebote, Gruppen: tests/ui/open_offers/
test_entry_removal_by_keys.py, tests/ui/groups/test_session_removal_by_keys.py); a list
no news reaches is loaded by the ``reload`` it was given, and her place is kept all the
same."""

from __future__ import annotations

import pytest

from ssa_desktop.domain.entities import OpenOfferSession
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import open_offers as svc
from ssa_desktop.ui.common.applying import remove_keeping_place
from ssa_desktop.ui.common.tables import make_table_view
from ssa_desktop.ui.open_offers.area import SessionModel
from tests.conftest import TODAY
from tests.support.removals import chosen_rows

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_a_list_no_news_reaches_is_loaded_by_its_reload(qtbot, ctx):
    start = SchoolYear.of(TODAY).start
    for day in (6, 13, 20):
        svc.record(ctx.conn, OpenOfferSession("Pausenangebot", start.replace(month=10, day=day),
                                              30, visitors=5, school_id="school-1"))
    model = SessionModel()
    view = make_table_view(model, "Einträge")
    qtbot.addWidget(view)
    loads: list[int] = []

    def reload() -> None:
        loads.append(1)
        model.set_rows(svc.sessions(ctx.conn))

    reload()
    view.show()
    view.selectRow(1)
    gone, following = model.rows[1], model.rows[2]
    assert remove_keeping_place(ctx, view, "Eintrag löschen", svc.remove, gone, reload,
                                "Eintrag gelöscht.")
    assert len(loads) == 2   # the first load above, then the one after the removal
    assert [s.id for s in model.rows].index(following.id) == 1
    assert view.currentIndex().row() == 1 and chosen_rows(view) == [1]
