"""The persons area as she sees it, and a new person begun by keys."""

from __future__ import annotations

import pytest

from ssa_desktop.ui.persons.area import PersonsArea


@pytest.fixture
def area(ctx, qtbot):
    """The persons area, shown and active (a module with other needs has its own)."""
    widget = PersonsArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def new_person(area, qtbot):
    """``new_person(pseudonym)``: „Neue Person …“, the pseudonym typed; returns the form."""
    def begin(pseudonym: str):
        area.refresh()
        area.list.new_button.click()
        form = area.page.form
        form.pseudonym.setFocus()
        qtbot.keyClicks(form.pseudonym, pseudonym)
        return form
    return begin
