"""A folder that refuses new files answers at once (issue 29, Windows file rules).

On Windows, Python before 3.13 reads a refused ``os.open``/``os.mkdir`` in ``tempfile``
(``PermissionError`` in a folder ``os.access`` calls writable: Controlled Folder Access,
an ACL without write rights) as "that name is taken" and tries the next one, up to
2,147,483,647 times (CPython gh-66305): a save into such a folder, and the wizard's check
of the folder she types, would hang for hours. ``tempfile`` is made to take the Windows
branch here (its own ``_os.name``), the refusing call counts its attempts and stops a
sweep after 50 with a marker, so the test fails instead of hanging.
"""

from __future__ import annotations

import os
import tempfile
import types
from pathlib import Path

import pytest

from ssa_desktop.storage import files
from ssa_desktop.ui.vault import wizard


class Swept(Exception):
    """The name search went on after a refusal."""


class _Refusing:
    def __init__(self, folder: Path, real):
        self.folder, self.real, self.calls = str(folder), real, 0

    def __call__(self, path, *args, **kwargs):
        if os.path.dirname(os.fspath(path)) == self.folder:
            self.calls += 1
            if self.calls > 50:
                raise Swept(self.calls)
            raise PermissionError(13, "Zugriff verweigert", os.fspath(path))
        return self.real(path, *args, **kwargs)


@pytest.fixture
def tempfile_as_on_windows(monkeypatch):
    """``tempfile`` believes it runs on Windows; nothing else does."""
    proxy = types.SimpleNamespace(**{k: getattr(os, k) for k in dir(os) if not k.startswith("__")})
    proxy.name = "nt"
    monkeypatch.setattr(tempfile, "_os", proxy)
    return proxy


def test_a_save_into_a_refusing_folder_fails_at_once(tempfile_as_on_windows, monkeypatch,
                                                     tmp_path):
    refusing = _Refusing(tmp_path, os.open)
    monkeypatch.setattr(os, "open", refusing)
    monkeypatch.setattr(tempfile_as_on_windows, "open", refusing)
    target = tmp_path / "KVJS_2025-26.xlsx"
    with pytest.raises(Exception) as raised, files.atomic_target(target) as tmp:
        tmp.write_bytes(b"x")
    assert not isinstance(raised.value, Swept)
    assert "Keine Berechtigung" in str(raised.value)
    assert refusing.calls == 1
    assert list(tmp_path.iterdir()) == []


def test_the_wizard_says_at_once_that_it_cannot_create_a_folder_there(
        tempfile_as_on_windows, monkeypatch, tmp_path):
    refusing = _Refusing(tmp_path, os.mkdir)
    monkeypatch.setattr(os, "mkdir", refusing)
    monkeypatch.setattr(tempfile_as_on_windows, "mkdir", refusing)
    message = wizard.cannot_create(tmp_path / "SSA")
    assert "keinen Ordner anlegen" in message
    assert refusing.calls == 1


def test_a_taken_name_gets_another_try(monkeypatch, tmp_path):
    taken = iter(["aaaa", "aaaa", "bbbb"])
    monkeypatch.setattr(files, "_random_part", lambda: next(taken))
    first = files.temp_path_beside(tmp_path / "x.pdf")
    second = files.temp_path_beside(tmp_path / "x.pdf")
    assert (first.name, second.name) == (".x.pdf.aaaa.tmp", ".x.pdf.bbbb.tmp")
    assert oct(second.stat().st_mode & 0o777) == oct(files.FILE_MODE)


def test_names_all_taken_give_up_after_the_bounded_tries(monkeypatch, tmp_path):
    monkeypatch.setattr(files, "_random_part", lambda: "same")
    files.temp_path_beside(tmp_path / "x.pdf")
    with pytest.raises(FileExistsError):
        files.temp_path_beside(tmp_path / "x.pdf")
