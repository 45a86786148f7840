"""The Dokumente tests' one day and panel (written once; every file here used its own
copy): the clock stands on ``TODAY`` in every test of this folder, and ``open_panel``
shows a person's „Dokumente“ panel, refreshed."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import clock

TODAY = date(2026, 11, 21)


@pytest.fixture(autouse=True)
def _clock_on_today():
    with clock.frozen(TODAY):
        yield


@pytest.fixture
def open_panel(ctx, qtbot):
    """``open_panel(person)``: the Dokumente panel of ``person``, shown and refreshed."""
    from ssa_desktop.ui.documents.panel import DocumentsPanel

    def make(person) -> DocumentsPanel:
        panel = DocumentsPanel(ctx, person.id)
        qtbot.addWidget(panel)
        panel.show()
        panel.refresh()
        return panel

    return make
