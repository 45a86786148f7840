"""The plaintext export is written owner-only and atomically (docs/interchange.md): a full
disk at the last step leaves the earlier file as it was and no temporary file beside it."""

from __future__ import annotations

import errno
import os

import pytest

from ssa_desktop.services import interchange
from ssa_desktop.storage.errors import StorageFull


def test_a_full_disk_leaves_the_old_export_and_no_half_file(conn, pupil, tmp_path,
                                                             monkeypatch):
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / "tresor.json"
    target.write_text("die alte Datei", "utf-8")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(StorageFull):
        interchange.write_export(conn, target)
    assert [p.name for p in folder.iterdir()] == ["tresor.json"]
    assert target.read_text("utf-8") == "die alte Datei"
