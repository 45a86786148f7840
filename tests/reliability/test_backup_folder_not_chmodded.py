"""Issue 7 item 9: a backup never changes the mode of a folder it did not create."""

from __future__ import annotations

import stat

import pytest

from ssa_desktop.services.vault_admin import backup_vault


@pytest.mark.parametrize("mode", [0o755, 0o1777, 0o775])
def test_existing_folder_keeps_its_mode(open_vault, tmp_path, mode):
    shared = tmp_path / "geteilt"
    shared.mkdir()
    shared.chmod(mode)
    path = backup_vault(open_vault, shared)
    assert stat.S_IMODE(shared.stat().st_mode) == mode
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_folders_we_create_are_private(open_vault, tmp_path):
    parent = tmp_path / "stick"
    parent.mkdir()
    parent.chmod(0o755)
    path = backup_vault(open_vault, parent / "neu" / "tiefer" / "x.ssabak")
    assert stat.S_IMODE((parent / "neu").stat().st_mode) == 0o700
    assert stat.S_IMODE((parent / "neu" / "tiefer").stat().st_mode) == 0o700
    assert stat.S_IMODE(parent.stat().st_mode) == 0o755
    assert path.exists()
