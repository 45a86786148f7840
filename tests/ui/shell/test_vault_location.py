"""The main window points out a vault that lies in a synced folder at every unlock: the
vault's line in the status bar turns red and names the service, the whole sentence is
its tool tip and description and a message window's text, a short sentence is announced."""

from __future__ import annotations

import pytest

from ssa_desktop.ui.shell.main_window import MainWindow
from tests.support.main_windows import shown_main_window


@pytest.fixture
def vault_dir(tmp_path):
    """The vault in a Dropbox folder (made there before the check existed)."""
    return tmp_path / "Dropbox" / "tresor"


def _checked_window(ctx, qtbot, tmp_path) -> MainWindow:
    """The main window once the check after the unlock has answered."""
    # the unlock's check starts after its first frame
    window = shown_main_window(ctx, qtbot, tmp_path)
    qtbot.waitUntil(lambda: window.vault_label.text() not in ("", "Tresor: wird geprüft …"),
                    timeout=60_000)
    return window


def test_a_vault_in_a_synced_folder_is_pointed_out_after_the_unlock(ctx, qtbot, tmp_path):
    said: list[str] = []
    ctx.status_message.connect(said.append)
    window = _checked_window(ctx, qtbot, tmp_path)
    label = window.vault_label
    assert label.text() == "Tresor: in einem synchronisierten Ordner (Dropbox)"
    assert "red" in label.styleSheet() or "#" in label.styleSheet()
    assert "SSA Desktop beenden und den ganzen Tresor-Ordner" in label.toolTip()
    assert label.accessibleDescription() == label.toolTip()
    # the whole sentence in a window of its own (the status bar cuts it, a tool tip needs
    # the mouse): not modal, Esc closes it, she works on
    box = window.location_box
    assert box is not None and box.isVisible() and not box.isModal()
    assert box.text() == label.toolTip()
    assert box.accessibleName() == "Ort des Tresors"      # a screen reader names it
    assert said == ["Der Tresor liegt in einem synchronisierten Ordner (Dropbox): bitte "
                    "verschieben, siehe Hinweis."]
    from PySide6.QtCore import Qt

    qtbot.keyClick(box, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)


def test_a_problem_found_keeps_its_line_and_the_place_is_still_said(ctx, qtbot, tmp_path):
    (ctx.session.vault.folder / "vault.key").write_text("kaputt")   # a damaged key file
    window = _checked_window(ctx, qtbot, tmp_path)
    label = window.vault_label
    assert label.text() == "Tresor: Problem gefunden — bitte Sicherung prüfen"
    assert window.location_box is not None and window.location_box.isVisible()
    assert "Dropbox" in window.location_box.text()
