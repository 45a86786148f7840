"""What the main window and the Übersicht load before she opens an area or an action.

A child process unlocks a demo vault the GUI's way, builds the main window, shows the
Übersicht and waits until its loads and the unlock's upkeep have ended. The code only an
action needs is not loaded then: the Schnellerfassung (opened with Strg+N or from a draft
line) and the stopwatch's stop dialog (opened when she stops it) come when she opens them.
"""

from __future__ import annotations

from tests.ui.shell.demo_child import run_main_window_child

ACTION_ONLY = ("ssa_desktop.ui.quick_entry.dialog", "ssa_desktop.ui.notes.note_editor",
               "ssa_desktop.ui.quick_entry.person_picker",
               # the stop dialog with its fields (spin box, category and school choice)
               "ssa_desktop.ui.time.stop_dialog", "ssa_desktop.ui.common.spins",
               "ssa_desktop.ui.time.combo")


def test_the_overview_loads_no_code_only_an_action_needs(tmp_path):
    seen = run_main_window_child(tmp_path)
    assert seen["area"] == "overview"
    assert "ssa_desktop.ui.overview.area" in seen["modules"]        # the Übersicht was built
    assert "ssa_desktop.ui.time.stopwatch" in seen["modules"]       # its button is there
    assert [m for m in ACTION_ONLY if m in seen["modules"]] == []
