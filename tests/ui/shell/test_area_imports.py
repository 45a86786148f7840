"""What the main window loads with every area shown, before she starts an action.

A child process unlocks a demo vault the GUI's way, builds the main window, shows every
area (as the benchmark's peak child does) and waits until every load and the unlock's
upkeep have ended. The file exports of the Statistik and the Zeitanteile (KVJS json/csv,
the merge of several schools' files, the time-share csv/json) are not loaded then: they
come when she writes or merges a file; the figures on screen are rendered by
``formatting.fmt_figure``.
"""

from __future__ import annotations

from tests.ui.shell.demo_child import run_main_window_child

ACTION_ONLY = ("ssa_desktop.exports.kvjs_document", "ssa_desktop.exports.kvjs_csv",
               "ssa_desktop.exports.kvjs_merge", "ssa_desktop.exports.timeshare",
               "ssa_desktop.exports.cells")


def test_every_area_shown_loads_no_file_export(tmp_path):
    seen = run_main_window_child(tmp_path, every_area=True)
    assert seen["shown"] == seen["areas"]                          # every area was shown
    assert "ssa_desktop.ui.statistics.area" in seen["modules"]
    assert "ssa_desktop.ui.time.area" in seen["modules"]
    assert [m for m in ACTION_ONLY if m in seen["modules"]] == []
