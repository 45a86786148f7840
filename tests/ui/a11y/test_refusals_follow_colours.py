"""A refusal line is red in the colours in use: „Hoher Kontrast“ (its darker red, 7:1)
and the system's colours (its text colour) too. The whereabouts' and the Auskunft's
refusals took the colours in use before they became ``error_line``s; ``error_line`` took
the light red fixed when ``forms`` was imported."""

from __future__ import annotations

from ssa_desktop.ui import colours


def test_a_refusal_line_is_red_in_the_high_contrast_colours(ctx, qtbot, pupil, monkeypatch):
    from ssa_desktop.ui.privacy.advice import WhereaboutsDialog
    from ssa_desktop.ui.privacy.auskunft_dialog import NewRequestDialog

    monkeypatch.setattr(colours, "_current", [colours.HIGH_CONTRAST])
    whereabouts = WhereaboutsDialog(ctx, pupil.id)
    qtbot.addWidget(whereabouts)
    request = NewRequestDialog(ctx)
    qtbot.addWidget(request)
    red = colours.HIGH_CONTRAST.error
    assert red != colours.LIGHT.error
    assert red in whereabouts.message.styleSheet()
    assert red in request.error.styleSheet()
