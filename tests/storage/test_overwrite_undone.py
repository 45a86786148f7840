"""``files.undone_on_failure``: a file put into place inside the block is undone when the
block fails (the old file back, whole; none where there was none), on a file system with
hard links and on one without (FAT/exFAT USB sticks: a copy), past a scanner holding the
new file (Windows); on success nothing of it stays beside the file."""

from __future__ import annotations

import errno
import os

import pytest

from ssa_desktop.storage import files


class Failed(Exception):
    pass


@pytest.fixture(params=["links", "fat"])
def file_system(request, monkeypatch):
    if request.param == "fat":   # FAT has no hard links: os.link answers EPERM
        def no_link(*_args, **_kwargs):
            raise OSError(errno.EPERM, "Operation not permitted")
        monkeypatch.setattr(os, "link", no_link)
    return request.param


def test_a_failed_block_puts_the_old_file_back_whole(file_system, tmp_path):
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old letter")
    with pytest.raises(Failed), files.undone_on_failure():
        files.atomic_write_bytes(target, b"new letter")
        assert target.read_bytes() == b"new letter"
        raise Failed
    assert target.read_bytes() == b"old letter"
    assert list(tmp_path.iterdir()) == [target]


def test_a_failed_block_leaves_no_file_where_there_was_none(tmp_path):
    target = tmp_path / "brief.pdf"
    with pytest.raises(Failed), files.undone_on_failure():
        files.atomic_write_bytes(target, b"new letter")
        raise Failed
    assert list(tmp_path.iterdir()) == []


def test_a_file_written_twice_gets_its_first_old_content_back(tmp_path):
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old letter")
    with pytest.raises(Failed), files.undone_on_failure():
        files.atomic_write_bytes(target, b"first")
        files.atomic_write_bytes(target, b"second")
        raise Failed
    assert target.read_bytes() == b"old letter"
    assert list(tmp_path.iterdir()) == [target]


def test_a_block_that_succeeds_keeps_the_new_file_and_nothing_beside_it(file_system,
                                                                        tmp_path):
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old letter")
    with files.undone_on_failure():
        files.atomic_write_bytes(target, b"new letter")
    assert target.read_bytes() == b"new letter"
    assert list(tmp_path.iterdir()) == [target]


def test_the_undo_waits_out_a_scanner_holding_the_new_file(windows_sharing, tmp_path):
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old letter")
    with pytest.raises(Failed), files.undone_on_failure():
        files.atomic_write_bytes(target, b"new letter")
        windows_sharing.scan(target, times=2)
        raise Failed
    assert target.read_bytes() == b"old letter" and windows_sharing.waits


def test_a_copy_that_cannot_be_made_changes_nothing(monkeypatch, tmp_path):
    """FAT and the stick full: the old file cannot be kept, so it is not replaced."""
    monkeypatch.setattr(os, "link", lambda *_a, **_k: (_ for _ in ()).throw(
        OSError(errno.EPERM, "Operation not permitted")))

    def full(_src, _dst, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(files.shutil, "copyfile", full)
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old letter")
    with pytest.raises(files.StorageFull), files.undone_on_failure():
        files.atomic_write_bytes(target, b"new letter")
    assert target.read_bytes() == b"old letter"
    assert list(tmp_path.iterdir()) == [target]


def test_outside_the_block_nothing_is_kept(monkeypatch, tmp_path):
    monkeypatch.setattr(os, "link", lambda *_a, **_k: pytest.fail("kept outside the block"))
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old letter")
    files.atomic_write_bytes(target, b"new letter")
    assert target.read_bytes() == b"new letter"


def test_a_block_inside_another_is_undone_with_it(tmp_path):
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old letter")
    with pytest.raises(Failed), files.undone_on_failure():
        with files.undone_on_failure():
            files.atomic_write_bytes(target, b"new letter")
        raise Failed
    assert target.read_bytes() == b"old letter"
    assert list(tmp_path.iterdir()) == [target]


def test_a_held_file_not_replaced_leaves_no_copy_beside_it(windows_sharing, tmp_path):
    """Acrobat holds the old file: nothing was replaced, so nothing kept stays (the undo
    could not put it back past the program either)."""
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old letter")
    windows_sharing.hold(target)
    with pytest.raises(files.FileInUse), files.undone_on_failure():
        files.atomic_write_bytes(target, b"new letter")
    assert target.read_bytes() == b"old letter"
    assert list(tmp_path.iterdir()) == [target]
