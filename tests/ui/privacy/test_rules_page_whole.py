"""Regeln und Fristen shows every line of each rule's text (title, rule, legal basis) in
the main window at 1280×720 and at 200 % (960×508): the window scrolls the page whole and
gave it a height that left out wrapped lines, so the legal basis under „§ 8a …“ and
„Einwilligungen …“ was hidden at 1280 and „Kurzkontakte …“ cut in half at 200 %.
The whole-window check (tests/ui/shell/whole.py) does not measure rich-text labels."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from tests.support.main_windows import active_main_window
from tests.ui.shell.test_fits_small_screen import _settle

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.mark.parametrize("size", [(1280, 688), (960, 508)], ids=["1280x720", "200%"])
def test_every_rule_text_shows_all_its_lines(ctx, qtbot, tmp_path, size):
    window = active_main_window(ctx, qtbot, tmp_path)
    window.resize(*size)
    area = window.show_area("privacy")
    area.tabs.setCurrentIndex(area._pages["rules"])
    _settle()
    page = area.page("rules")
    texts = [label for label in page.findChildren(QLabel) if label.wordWrap()]
    assert len(texts) >= 8  # every rule of the rule table
    QApplication.processEvents()
    cut = {label.text()[:40]: (label.height(), label.heightForWidth(label.width()))
           for label in texts if label.height() < label.heightForWidth(label.width())}
    assert cut == {}
