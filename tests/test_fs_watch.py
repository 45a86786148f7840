"""The tests' file-system watch sees a file that lives only a moment (created, then
removed before the block ends): what the viewer tests rely on."""

from __future__ import annotations

from tests.support.fs_watch import created_in


def test_the_watch_sees_a_file_created_and_removed_again(tmp_path):
    with created_in(tmp_path) as found:
        brief = tmp_path / "kurz.tmp"
        brief.write_bytes(b"x")
        brief.unlink()
    assert found == [f"{tmp_path}/kurz.tmp"]


def test_nothing_done_is_nothing_seen(tmp_path):
    (tmp_path / "schon-da").write_bytes(b"x")
    with created_in(tmp_path) as found:
        (tmp_path / "schon-da").read_bytes()
    assert found == []
