"""The Einwilligungen tests' panel: ``shown_panel`` shows a person's „Einwilligungen“,
refreshed (written once; the panel tests and the dialogs' audit each built it)."""

from __future__ import annotations


def shown_panel(ctx, qtbot, person_id: str):
    """The Einwilligungen panel of ``person_id``, given to ``qtbot``, shown and refreshed."""
    from ssa_desktop.ui.consents.panel import ConsentsPanel

    panel = ConsentsPanel(ctx, person_id)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    return panel
