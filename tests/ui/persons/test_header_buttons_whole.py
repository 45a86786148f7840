"""The person page's header at 1280×720 and at 200 % of it (640×360 logical) with a long
name shown: „Beratungszettel … (Strg+D)“ and „Brief erstellen … (Strg+B)“ (the key in the
text since issue 65) wrapped below the name even at 1280×720, where the name (its whole
text in the tool tip and to the reader) could give way. Now at 1280×720 they stay on the
name's line and the name ends in „…“; at 200 % they wrap below it; either way each
button shows its whole text, none lies over another or over the name, and each stays in
the window's width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import repositories as repo
from tests.support.main_windows import shown_main_window
from tests.ui.shell.test_fits_small_screen import _settle, _shot

pytestmark = pytest.mark.usefixtures("frozen_clock")

LONG = ("Maximiliane-Friederike", "von Hohenzollern-Sigmaringen")


def _rect(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("screen", [(1280, 688), (640, 360)], ids=["1280x720", "200%"])
def test_header_buttons_are_whole_beside_a_long_name(ctx, conn, qtbot, tmp_path, screen):
    person = repo.PERSONS.insert(conn, Person("R-39", first_name=LONG[0], last_name=LONG[1],
                                              gender="w", grade=5, class_label="5d",
                                              school_id="school-1", birth_year=2015))
    ctx.show_names = True
    window = shown_main_window(ctx, qtbot, tmp_path, screen)
    qtbot.waitExposed(window)
    window.setMinimumSize(*screen)
    window.resize(*screen)
    persons = window.show_area("persons")
    persons.open_record(person.id)
    _settle()
    page = persons.page
    assert LONG[1] in page.header.full_text()
    buttons = [page.back_button, page.entry_button, page.slip_button, page.letter_button]
    rects = {button.text(): _rect(button, window) for button in buttons}
    header = _rect(page.header, window)
    for button in buttons:
        text = button.text()
        assert button.isVisible(), text
        assert button.sizeHint().width() <= button.width(), \
            f"{text}: {button.width()} wide, its text needs {button.sizeHint().width()}"
        assert not rects[text].intersects(header), f"{text} over the name"
        assert rects[text].right() < screen[0], f"{text} beyond the window's edge"
        for other, rect in rects.items():
            assert other == text or not rects[text].intersects(rect), f"{text} over {other}"
    if screen[0] >= 1280:  # room for all: on the name's line, the name shortened with „…“
        assert {r.center().y() for r in rects.values()} == {header.center().y()}, rects
        assert page.header.text().endswith("…") and page.header.width() >= 200
    _shot(window, f"person-long-name-{screen[0]}")
    window.ctx.lock()
