"""The package list of Datenschutz → Vertretung und Übergabe in English (issue 64,
finding 8): kind and state of a school handed over read English, not „Übergabepaket
einer Schule“ / „Empfang quittiert, Daten gelöscht“."""

from __future__ import annotations

from ssa_desktop.ui.handover.panel import HandoverPanel
from tests.support.handed_over import hand_over_second_school
from tests.ui.test_english_walk import english, german_in  # noqa: F401 - the fixture


def test_the_package_list_reads_english(english, ctx, qtbot, tmp_path):  # noqa: F811
    hand_over_second_school(ctx.conn, tmp_path / "uebergabe")
    panel = HandoverPanel(ctx)
    qtbot.addWidget(panel)
    panel.refresh()
    model = panel.model
    cells = [str(model.index(row, column).data() or "") for row in range(model.rowCount())
             for column in range(model.columnCount())]
    assert model.rowCount() == 1
    assert [c for c in cells if german_in(c, ["Tom Weber", "Grundschule Lindenweg"])] == []
