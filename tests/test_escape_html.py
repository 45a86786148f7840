"""``formatting.escape_html`` escapes as ``html.escape`` does, without the ``html``
package (its HTML5 entity table stays out of the GUI, tests/ui/shell/test_gui_memory.py)."""

from __future__ import annotations

import html

import pytest

from ssa_desktop.formatting import escape_html

TEXTS = ["", "Lea & Tim", "<b>fett</b>", 'Er sagte "nein"', "it's", "&amp; schon escaped",
         "Ä ö ü ß € – „Zitat“", "a<b>c&d\"e'f", "\n\t<script>alert('x')</script>"]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_text_as_html_escape(text):
    assert escape_html(text) == html.escape(text)
