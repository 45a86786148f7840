"""The file layer under Windows file sharing (issue 29.7): a file another program holds open
is named in a German sentence, nothing is half-written, no temp file is left; a scanner's
brief hold is waited out with bounded back-off (waits recorded, never slept)."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.storage import files
from ssa_desktop.storage.errors import FileInUse

HELD_SENTENCE = "ist in einem anderen Programm geöffnet (z. B. Excel oder Acrobat)"


# -- the fixture itself answers as Windows does ------------------------------------------------
def test_fixture_refuses_what_windows_refuses(windows_sharing, tmp_path):
    held = tmp_path / "held.xlsx"
    held.write_text("alt")
    new = tmp_path / "new"
    new.write_text("neu")
    windows_sharing.hold(held)
    with pytest.raises(PermissionError) as replace_onto:
        os.replace(new, held)
    assert replace_onto.value.winerror == 5
    with pytest.raises(PermissionError) as unlink:
        held.unlink()
    assert unlink.value.winerror == 32
    with pytest.raises(PermissionError) as move_away:
        os.replace(held, tmp_path / "elsewhere")
    assert move_away.value.winerror == 32
    with pytest.raises(FileExistsError):
        os.rename(new, tmp_path / "held.xlsx")
    windows_sharing.close(held)
    os.replace(new, held)
    assert held.read_text() == "neu"


def test_fixture_scanner_lets_go_after_n_operations(windows_sharing, tmp_path):
    path = tmp_path / "frisch.pdf"
    path.write_text("x")
    windows_sharing.scan(tmp_path / "*.pdf", times=2)
    for _ in range(2):
        with pytest.raises(PermissionError):
            path.unlink()
    path.unlink()
    assert not path.exists()


# -- the file layer ----------------------------------------------------------------------------
def test_a_held_target_is_named_and_left_as_it_was(windows_sharing, tmp_path):
    target = tmp_path / "KVJS_GMS-1_2025-26.xlsx"
    target.write_bytes(b"letztes Jahr")
    windows_sharing.hold(target)
    with pytest.raises(FileInUse) as caught:
        files.atomic_write_bytes(target, b"neu")
    text = str(caught.value)
    assert f"Die Datei {target} {HELD_SENTENCE}" in text
    assert "Bitte dort schließen und erneut versuchen" in text
    assert "Keine Berechtigung" not in text
    assert target.read_bytes() == b"letztes Jahr"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temp file left
    assert 0 < sum(windows_sharing.waits) <= 2.0  # retried, bounded, never slept


def test_after_closing_the_other_program_the_write_succeeds(windows_sharing, tmp_path):
    target = tmp_path / "bericht.pdf"
    target.write_bytes(b"alt")
    windows_sharing.hold(target)
    with pytest.raises(FileInUse):
        files.atomic_write_bytes(target, b"neu")
    windows_sharing.close(target)
    files.atomic_write_bytes(target, b"neu")
    assert target.read_bytes() == b"neu"


def test_a_scanner_holding_the_fresh_file_is_waited_out(windows_sharing, tmp_path):
    target = tmp_path / "export.csv"
    windows_sharing.scan(tmp_path / ".export.csv.*", times=3)  # the temp file, just written
    files.atomic_write_bytes(target, b"a;b\n")
    assert target.read_bytes() == b"a;b\n"
    assert windows_sharing.waits == list(files.RETRY_WAITS[:3])
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_the_back_off_grows_and_stays_within_two_seconds():
    waits = files.RETRY_WAITS
    assert all(a < b for a, b in zip(waits, waits[1:], strict=False))
    assert sum(waits) <= 2.0


def test_a_scanner_that_never_lets_go_ends_in_the_german_sentence(windows_sharing, tmp_path):
    target = tmp_path / "export.csv"
    target.write_bytes(b"alt")
    windows_sharing.scan(target, times=1000)
    with pytest.raises(FileInUse, match=re.escape(HELD_SENTENCE)):
        files.atomic_write_bytes(target, b"neu")
    assert target.read_bytes() == b"alt"
    assert len(windows_sharing.waits) == len(files.RETRY_WAITS)


def test_replace_and_remove_retry_and_name_the_held_file(windows_sharing, tmp_path):
    src, dst = tmp_path / "a", tmp_path / "b"
    src.write_text("a")
    dst.write_text("b")
    windows_sharing.scan(src, times=2)
    files.replace(src, dst)
    assert dst.read_text() == "a"
    windows_sharing.hold(dst)
    with pytest.raises(FileInUse, match=re.escape(f"Die Datei {dst} {HELD_SENTENCE}")):
        files.remove(dst)
    assert dst.exists()
    windows_sharing.close(dst)
    files.remove(dst)
    files.remove(dst)  # gone already: nothing to do
    assert not dst.exists()


def test_remove_quietly_waits_out_a_scanner(windows_sharing, tmp_path):
    path = tmp_path / ".tmp"
    path.write_text("x")
    windows_sharing.scan(path, times=2)
    files.remove_quietly(path)
    assert not path.exists()


def test_a_real_permission_error_on_linux_is_not_retried(monkeypatch, tmp_path):
    """Without ``winerror`` (Linux, a real read-only folder) there is nothing to wait out:
    the old sentence stays, and no wait happens."""
    waits: list[float] = []
    monkeypatch.setattr(files, "_sleep", waits.append)

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(files.WriteFailed, match="Keine Berechtigung"):
        files.atomic_write_bytes(tmp_path / "x", b"x")
    assert waits == []


@given(failures=st.integers(min_value=0, max_value=len(files.RETRY_WAITS) + 3),
       held_target=st.booleans())
def test_any_scanner_hold_is_waited_out_or_named(failures, held_target):
    """The rule: a scanner that lets go within the retries costs exactly the first waits;
    one that does not ends in FileInUse, the old file unchanged, no temp file left."""
    from tests.support.windows_sharing import WindowsSharing

    with tempfile.TemporaryDirectory() as name, pytest.MonkeyPatch.context() as mp:
        folder = Path(name)
        target = folder / "KVJS.xlsx"
        target.write_bytes(b"alt")
        sharing = WindowsSharing().install(mp)
        sharing.scan(target if held_target else folder / ".KVJS.xlsx.*", times=failures)
        tries = len(files.RETRY_WAITS) + 1
        if failures < tries:
            files.atomic_write_bytes(target, b"neu")
            assert target.read_bytes() == b"neu"
            assert sharing.waits == list(files.RETRY_WAITS[:failures])
        else:
            with pytest.raises(FileInUse):
                files.atomic_write_bytes(target, b"neu")
            assert target.read_bytes() == b"alt"
            # all retries spent; the temp file's removal then waits out the rest
            assert sharing.waits[:len(files.RETRY_WAITS)] == list(files.RETRY_WAITS)
        assert [p.name for p in folder.iterdir()] == ["KVJS.xlsx"]


# -- her rights, not another program ----------------------------------------------------------
# Windows answers "access denied" (5) both for a destination another program holds open and
# for one whose rights forbid replacing it; the file layer opens it for deletion to tell the
# two apart (``files._delete_refusal``). Excel's file is "open in another program", an ACL's
# is not: closing Excel would not help her there.
NO_RIGHT = "Keine Berechtigung"


def test_a_target_her_rights_forbid_is_not_called_open_elsewhere(windows_sharing, tmp_path):
    target = tmp_path / "KVJS_GMS-1_2025-26.xlsx"
    target.write_bytes(b"letztes Jahr")
    windows_sharing.deny(target)
    with pytest.raises(files.WriteFailed) as caught:
        files.atomic_write_bytes(target, b"neu")
    text = str(caught.value)
    assert not isinstance(caught.value, FileInUse)
    assert f"{NO_RIGHT}, {target} zu schreiben" in text
    assert HELD_SENTENCE not in text
    assert target.read_bytes() == b"letztes Jahr"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temp file left
    assert windows_sharing.waits == []  # nothing to wait out: the rights do not change


def test_a_folder_that_takes_no_new_file_is_not_called_open_elsewhere(windows_sharing,
                                                                      tmp_path):
    """Controlled Folder Access or an ACL refuses the temp file beside a file that exists:
    the refusal is about the folder, not about a program holding her file."""
    target = tmp_path / "Beratungszettel.pdf"
    target.write_bytes(b"alt")
    windows_sharing.refuse_new_files(tmp_path)
    with pytest.raises(files.WriteFailed) as caught:
        files.atomic_write_bytes(target, b"neu")
    assert not isinstance(caught.value, FileInUse)
    assert NO_RIGHT in str(caught.value)
    assert target.read_bytes() == b"alt"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_removing_a_file_her_rights_forbid_is_not_called_open_elsewhere(windows_sharing,
                                                                       tmp_path):
    path = windows_sharing.deny(tmp_path / "alt.pdf")
    path.write_bytes(b"x")
    with pytest.raises(PermissionError) as caught:
        files.remove(path)
    assert not isinstance(caught.value, FileInUse)
    assert path.exists()
    assert windows_sharing.waits == []


@pytest.mark.parametrize(("state", "in_use"), [("held", True), ("denied", False),
                                               ("scanned", True)])
def test_held_or_forbidden_decides_the_sentence(windows_sharing, tmp_path, state, in_use):
    target = tmp_path / "Bericht.pdf"
    target.write_bytes(b"alt")
    if state == "held":
        windows_sharing.hold(target)
    elif state == "denied":
        windows_sharing.deny(target)
    else:
        windows_sharing.scan(target, times=1000)
    with pytest.raises(files.WriteFailed) as caught:
        files.atomic_write_bytes(target, b"neu")
    assert isinstance(caught.value, FileInUse) is in_use
    assert (HELD_SENTENCE in str(caught.value)) is in_use
    assert (NO_RIGHT in str(caught.value)) is not in_use
    assert target.read_bytes() == b"alt"


def test_the_question_is_only_asked_on_windows():
    """Elsewhere there is no ``winerror`` to tell apart: the probe answers None."""
    assert files._delete_refusal(Path(__file__)) is None


def test_a_folder_where_she_may_write_but_not_change_is_no_program_holding_a_file(
        windows_sharing, tmp_path):
    """"Schreiben" without "Ändern" (a school share): the temp file is made, but renaming it
    needs the right to delete it, which Windows refuses with "access denied" — about the
    temp file, not about her file, on the first export as on the next."""
    windows_sharing.deny(tmp_path / ".*")  # every temp file made here
    first = tmp_path / "KVJS_2025-26.xlsx"
    with pytest.raises(files.WriteFailed) as caught:
        files.atomic_write_bytes(first, b"neu")
    assert not isinstance(caught.value, FileInUse)
    assert f"{NO_RIGHT}, {first} zu schreiben" in str(caught.value)
    assert not first.exists()
    assert windows_sharing.waits == []
    existing = tmp_path / "Bericht.pdf"
    existing.write_bytes(b"alt")
    with pytest.raises(files.WriteFailed) as caught:
        files.atomic_write_bytes(existing, b"neu")
    assert not isinstance(caught.value, FileInUse)
    assert existing.read_bytes() == b"alt"


def test_a_scanner_on_the_temp_file_while_it_is_written_is_a_program_holding_it(tmp_path):
    """A sharing violation about the temp file beside her file (a scanner opened it between
    the write and the fsync): she is told a program holds it and to try again, not that
    she lacks a right."""
    from tests.support.windows_sharing import windows_error

    target = tmp_path / "Bericht.pdf"
    tmp = tmp_path / ".Bericht.pdf.1a2b.tmp"
    error = files.write_failed(target, windows_error(tmp, 32))
    assert isinstance(error, FileInUse) and HELD_SENTENCE in str(error)
    refused = files.write_failed(target, windows_error(tmp, 5))  # the folder's refusal
    assert not isinstance(refused, FileInUse) and NO_RIGHT in str(refused)


def test_a_read_only_target_is_said_at_once(windows_sharing, tmp_path, monkeypatch):
    """The read-only attribute: opening it for deletion would succeed, so the attribute is
    asked first; nothing to wait out. The file is said write-protected, not her rights
    (before: „Keine Berechtigung“, read as the folder's)."""
    target = tmp_path / "alt.csv"
    target.write_bytes(b"alt")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: (
        mode != os.W_OK or os.path.abspath(p) != str(target)) and real_access(p, mode, **kw))
    monkeypatch.setattr(os, "replace", _refuse_onto(target, os.replace))  # Windows: 5
    with pytest.raises(files.WriteFailed) as caught:
        files.atomic_write_bytes(target, b"neu")
    assert not isinstance(caught.value, FileInUse)
    assert str(caught.value) == (f"Die Datei {target} ist schreibgeschützt; es wurde nichts "
                                 "verändert.")
    assert windows_sharing.waits == []
    assert target.read_bytes() == b"alt"


def _refuse_onto(target, real):
    from tests.support.windows_sharing import windows_error

    def replace(src, dst, **kwargs):
        if os.path.abspath(dst) == str(target):
            raise windows_error(src, 5, dst)
        return real(src, dst, **kwargs)

    return replace


def test_a_path_too_long_for_windows_is_said_so(windows_sharing, tmp_path):
    """A target of 250 characters: its temp file beside it passes Windows' 260, which
    Windows answers with "path not found". Before: „der Ordner wurde nicht gefunden“ for
    the folder she had just chosen; now the reason, and nothing left."""
    target = tmp_path / ("b" * (250 - len(str(tmp_path)) - 5) + ".pdf")
    assert len(str(target)) == 250
    with pytest.raises(files.WriteFailed) as caught:
        files.atomic_write_bytes(target, b"neu")
    assert "(der Pfad ist zu lang)" in str(caught.value) and "Ordner" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []
