"""The Alt+1 … Alt+6 line under „Art" takes the height of its lines: a word-wrapped
QLabel asks its form for the height at a narrow guessed width (five lines), which left a
large empty band above and below the one or two lines it shows."""

from __future__ import annotations

import pytest

from tests.ui.quick_entry.test_quick_keys import _open


@pytest.mark.parametrize(("width", "height"), [(1350, 700), (640, 360)])
def test_the_kind_keys_line_is_as_high_as_its_lines(qtbot, ctx, pupil, width, height):
    dialog = _open(qtbot, ctx)
    dialog.resize(width, height)
    qtbot.waitUntil(lambda: dialog.kind_keys_hint.width() > 0)
    hint = dialog.kind_keys_hint
    lines = hint.heightForWidth(hint.width())
    qtbot.waitUntil(lambda: hint.height() == hint.heightForWidth(hint.width()))
    assert hint.height() == lines
    assert lines <= 3 * hint.fontMetrics().lineSpacing() + 2 * hint.margin() + 2
