"""Issue 60, finding 7: every post with the wizard's default label „Schulsozialarbeit“ was
one post — the label was the scope code and the file name, so files overwrote each other
and different posts were refused as duplicates. A post is now identified by its generated
id (``scope.post_id``; the code and file name carry its first eight characters)."""

from __future__ import annotations

import json

from ssa_desktop.domain.entities import Post, PostShare, School, SchoolPupils
from ssa_desktop.exports import kvjs_merge
from ssa_desktop.services import statistics as stats
from ssa_desktop.services import traeger
from ssa_desktop.storage import repositories as repo

YEAR = 2025


def _two_default_posts(conn) -> list[Post]:
    repo.SCHOOLS.insert(conn, School("Realschule Am Berg", code="RS-2", school_type="RS",
                                     id="school-2"))
    posts = []
    for school in ("school-1", "school-2"):
        repo.SCHOOL_PUPILS.insert(conn, SchoolPupils(school, YEAR, 300))
        post = repo.POSTS.insert(conn, Post("Schulsozialarbeit"))  # the wizard's label
        repo.POST_SHARES.insert(conn, PostShare(post.id, school, YEAR, 50.0))
        posts.append(post)
    return posts


def test_two_posts_with_the_default_label_are_two_files_and_merge(conn, tmp_path):
    posts = _two_default_posts(conn)
    paths = []
    for post in posts:
        rep = stats.report(conn, YEAR, stats.Scope("post", post.id), previous_years=0)
        paths.append(stats.write_export(rep, "json", tmp_path / stats.file_name(rep, "json")))
    assert len({p.name for p in paths}) == 2
    assert [p.name for p in paths] == [f"KVJS_Schulsozialarbeit-{p.id[:8]}_2025-26.json"
                                       for p in posts]
    docs = [json.loads(p.read_text("utf-8")) for p in paths]
    assert [d["scope"]["post_id"] for d in docs] == [p.id for p in posts]
    assert [d["scope"]["name"] for d in docs] == ["Schulsozialarbeit"] * 2
    summe = stats.merge(paths, tmp_path / "summe.json")
    assert [part["post_id"] for part in summe["scope"]["parts"]] == [p.id for p in posts]
    assert kvjs_merge.read_export(tmp_path / "summe.json")["scope"]["kind"] == "merged"
    table = traeger.deliveries(tmp_path, "2025/26")
    assert sorted(r.post for r in table.rows) == sorted(f"Schulsozialarbeit-{p.id[:8]}"
                                                       for p in posts)
    assert not any("doppelt" in (r.post_file + r.school_file) for r in table.rows)


def test_one_post_exported_twice_is_still_the_same_post(conn, tmp_path):
    post, _ = _two_default_posts(conn)
    rep = stats.report(conn, YEAR, stats.Scope("post", post.id), previous_years=0)
    a = stats.write_export(rep, "json", tmp_path / "a.json")
    b = stats.write_export(rep, "json", tmp_path / "b.json")
    try:
        stats.merge([a, b], tmp_path / "summe.json")
    except stats.StatisticsError as err:
        assert "dieselbe Auswertung doppelt" in str(err)
    else:
        raise AssertionError("refused expected")
