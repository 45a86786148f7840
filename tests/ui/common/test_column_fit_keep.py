"""A kept column (a list's title) gives way before the list scrolls sideways: Gruppen's
list at 640×360 kept its title at 160 px and pushed „berichtet“ out of sight."""

from __future__ import annotations

from ssa_desktop.ui.common.column_fit import KEEP_WIDTH, fitted_widths

HEADERS = [35, 26, 68]
CONTENTS = [300, 20, 60]  # a long title


def test_the_kept_title_keeps_its_width_where_it_fits():
    width = KEEP_WIDTH + 26 + 68
    assert fitted_widths(CONTENTS, HEADERS, width, stretch=0, keep=(0,)) == [KEEP_WIDTH, 26, 68]


def test_the_kept_title_gives_way_down_to_its_header():
    width = KEEP_WIDTH + 26 + 68 - 1  # a pixel less: the title gives it, nothing scrolls
    assert fitted_widths(CONTENTS, HEADERS, width, stretch=0, keep=(0,)) == [KEEP_WIDTH - 1, 26, 68]
    assert fitted_widths(CONTENTS, HEADERS, 35 + 26 + 68, stretch=0, keep=(0,)) == HEADERS


def test_below_the_headers_the_headers():
    assert fitted_widths(CONTENTS, HEADERS, 35 + 26 + 68 - 1, stretch=0, keep=(0,)) == HEADERS
