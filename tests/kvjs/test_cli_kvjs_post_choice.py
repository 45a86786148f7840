"""``ssa-desktop kvjs --post``: the post named by its code or its label (any case), the
only one when none is named, and otherwise a German usage error listing the posts with
shares in the year (real vault, real CLI)."""

from __future__ import annotations

import json

import pytest

from ssa_desktop.domain.entities import Post, PostShare
from ssa_desktop.storage import repositories as repo
from tests.conftest import PASSPHRASE
from tests.kvjs.test_cli_kvjs import run

from . import fixture


@pytest.fixture
def two_posts(open_vault, monkeypatch):
    """The KVJS fixture's "Stelle Nord" (school-1 50 %, school-2 25 %) and "Stelle West"
    (school-2 25 %) in 2025/26."""
    fixture.build(open_vault.conn)
    west = repo.POSTS.insert(open_vault.conn, Post("Stelle West", id="post-2"))
    repo.POST_SHARES.insert(open_vault.conn, PostShare(west.id, "school-2", fixture.YEAR, 25.0))
    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    return folder


def _export(capsys, vault, out_file, *post):
    return run(capsys, "kvjs", "--vault", vault, "--year", "2025/26", "--post", *post,
               "--format", "json", "--out", out_file, "--force")


@pytest.mark.parametrize("named", ["stelle-west", "STELLE WEST"])
def test_a_post_is_named_by_code_or_label_in_any_case(two_posts, capsys, tmp_path, named):
    out_file = tmp_path / "west.json"
    code, _, err = _export(capsys, two_posts, out_file, named)
    assert code == 0, err
    scope = json.loads(out_file.read_text("utf-8"))["scope"]
    assert (scope["kind"], scope["name"]) == ("post", "Stelle West")


def test_without_a_name_two_posts_are_listed_and_nothing_written(two_posts, capsys, tmp_path):
    out_file = tmp_path / "x.json"
    code, _, err = _export(capsys, two_posts, out_file)
    assert code == 2 and not out_file.exists()
    assert ("bitte die Stelle angeben: --post NAME (Stellen mit Anteilen in diesem "
            "Schuljahr: Stelle Nord, Stelle West)") in err


def test_a_year_without_posts_says_so(two_posts, capsys, tmp_path):
    code, _, err = run(capsys, "kvjs", "--vault", two_posts, "--year", "2030/31", "--post",
                       "--format", "json", "--out", tmp_path / "x.json", "--force")
    assert code == 2
    assert "(Stellen mit Anteilen in diesem Schuljahr: –)" in err
