"""A numbered step („Brief 2 von 3 wird erstellt …“) is one text to translate, its
numbers kept: the bar shows it in her language and a screen reader hears the same."""

from __future__ import annotations

from ssa_desktop.ui.common.step_bar import StepBar, step_text
from tests.support.languages import in_language


def test_a_numbered_step_keeps_its_numbers_in_german(qtbot):
    bar = StepBar()
    qtbot.addWidget(bar)
    bar.step(40, "Brief 2 von 3 wird erstellt …")
    assert bar.format() == "Brief 2 von 3 wird erstellt …" == bar.accessibleDescription()
    assert bar.value() == 40 and not bar.isHidden()
    assert step_text("Der Serienbrief wird gespeichert …") == "Der Serienbrief wird gespeichert …"


def test_a_numbered_step_is_translated_with_its_numbers(qapp):
    with in_language("en"):
        assert step_text("Brief 12 von 25 wird erstellt …") == "Making letter 12 of 25 …"
        assert step_text("Seite 1 von 3 wird gedruckt …") == "Printing page 1 of 3 …"
        assert step_text("Der Serienbrief wird gespeichert …") == "Saving the serial letter …"
