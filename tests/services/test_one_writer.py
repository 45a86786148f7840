"""The start's one-writer decision is one service call (``one_writer.decide_start``): claim
the vault, hand over to the window that holds it, or refuse with the German reason. The
holders here are real locks of another holder (``shared_in_process=False``: a second
handle, refused as another process's would be)."""

from __future__ import annotations

import os

import pytest

from ssa_desktop.services import one_writer
from ssa_desktop.services.one_writer import CLAIM, HAND_OVER, REFUSE
from ssa_desktop.storage import vault_lock


@pytest.fixture
def named(request):
    """Hold the folder as the program ``name`` would, and name this start afterwards."""
    holds = []

    def hold(folder, name):
        vault_lock.set_program(name)
        holds.append(vault_lock.acquire(folder, shared_in_process=False))

    yield hold
    for held in holds:
        held.release()
    vault_lock.set_program("SSA Desktop")


def test_a_free_vault_is_claimed_and_held_until_released(tmp_path):
    decision = one_writer.decide_start(tmp_path)
    assert (decision.action, decision.reason) == (CLAIM, "")
    try:
        with pytest.raises(one_writer.VaultInUse) as refused:
            vault_lock.acquire(tmp_path, shared_in_process=False)
        assert refused.value.program == one_writer.WINDOW_PROGRAM  # named as the window
    finally:
        decision.hold.release()
    vault_lock.acquire(tmp_path, shared_in_process=False).release()


def test_a_folder_still_to_be_made_is_claimed_without_a_hold(tmp_path):
    decision = one_writer.decide_start(tmp_path / "neu")
    assert (decision.action, decision.hold, decision.reason) == (CLAIM, None, "")


def test_a_vault_a_window_holds_is_handed_over_to_that_window(tmp_path, named):
    named(tmp_path, one_writer.WINDOW_PROGRAM)
    decision = one_writer.decide_start(tmp_path)
    assert decision.action == HAND_OVER and decision.hold is None
    assert decision.pid == os.getpid()           # whom Windows lets take the foreground
    assert decision.reason.startswith("Dieser Tresor ist bereits in einem anderen Fenster")


def test_a_vault_a_command_holds_is_refused_naming_the_command(tmp_path, named):
    named(tmp_path, "ssa-desktop restore")
    decision = one_writer.decide_start(tmp_path)
    assert decision.action == REFUSE and decision.hold is None
    assert decision.reason == (
        "Der Tresor ist gerade in einem anderen Programm geöffnet (ssa-desktop restore). Bitte "
        "warten Sie, bis es beendet ist, und starten Sie SSA Desktop dann erneut. Es wurde "
        "nichts verändert.")


def test_a_lock_file_that_is_a_link_is_refused_with_its_sentence(tmp_path):
    (tmp_path / "vault.lock").symlink_to(tmp_path / "anderswo")
    decision = one_writer.decide_start(tmp_path)
    assert decision.action == REFUSE and decision.hold is None
    assert "vault.lock" in decision.reason and "Traceback" not in decision.reason
    assert not (tmp_path / "anderswo").exists()     # nothing followed, nothing made
