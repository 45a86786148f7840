"""tools/kill_selection.py: a module's mutation selection computed from the tests that
kill (issue 65): the kill matrix of a pool of test files against every mutant, and the
fewest files that kill what the pool kills. A small tree in tmp_path, never the package
folder."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import kill_selection as ks  # noqa: E402

SOURCE = '''def grade(points):
    if points >= 50:
        return "pass"
    return "fail"


def double(x):
    return x * 2
'''

TESTS = {
    "test_a.py": "from pkg.mod import grade\n\n\ndef test_grade():\n"
                 "    assert grade(50) == 'pass'\n    assert grade(49) == 'fail'\n",
    "test_b.py": "from pkg import mod\n\n\ndef test_double():\n    assert mod.double(3) == 6\n",
    "test_c.py": "from pkg.mod import grade\n\n\ndef test_high():\n"
                 "    assert grade(100) == 'pass'\n",
    "test_broken.py": "from pkg.mod import double\n\n\ndef test_odd():\n"
                      "    assert double(1) == 3\n",
    "test_other.py": "def test_nothing():\n    assert True\n",
}


def test_the_cover_is_greedy_then_drops_what_the_others_make_needless():
    seconds = {"A": 1.0, "B": 1.0, "C": 1.0, "D": 0.5}
    # greedy takes A (4), then B (5), then C (6); B and C alone kill all: A goes again
    kills = {"A": {1, 2, 3, 4}, "B": {1, 2, 5}, "C": {3, 4, 6}}
    assert ks.cover(kills, seconds) == ["B", "C"]
    # the faster D instead of C for 6: A is needed again for 3 and 4
    assert ks.cover({**kills, "D": {6}}, seconds) == ["A", "D", "B"]
    # on a tie the faster file is taken
    assert ks.cover({"A": {1}, "D": {1}}, seconds) == ["D"]
    assert ks.cover({"A": set()}, seconds) == []
    assert ks.cover({}, {}) == []


def test_the_pool_is_the_files_given_and_every_test_that_imports_the_module(tmp_path):
    (tmp_path / "tests" / "sub").mkdir(parents=True)
    for name, text in TESTS.items():
        (tmp_path / "tests" / "sub" / name).write_text(text)
    (tmp_path / "tests" / "test_multi.py").write_text(
        "from pkg import (\n    other,\n    mod,\n)\n")
    (tmp_path / "tests" / "test_model.py").write_text("from pkg import model\n")
    assert ks.pool_of("pkg/mod.py", ["tests/given.py"], tmp_path) == [
        "tests/given.py", "tests/sub/test_a.py", "tests/sub/test_b.py",
        "tests/sub/test_broken.py", "tests/sub/test_c.py", "tests/test_multi.py"]


def test_the_selection_is_computed_from_the_kill_matrix(tmp_path, monkeypatch, capsys):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "mod.py").write_text(SOURCE)
    (tmp_path / "tests").mkdir()
    for name, text in TESTS.items():
        (tmp_path / "tests" / name).write_text(text)
    monkeypatch.setattr(ks, "ROOT", tmp_path)
    assert ks.main(["pkg/mod.py", "--name", "mod", "--pool", "tests/test_c.py",
                    "--search"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("mod: ") and "deletions)" in lines[0]
    assert lines[1].startswith("  chosen tests/test_a.py: kills ")
    assert lines[2].startswith("  chosen tests/test_b.py: kills ")
    assert "  not needed tests/test_c.py: kills 3, all killed by the chosen" in lines
    assert "  left out tests/test_broken.py: fails unmutated" in lines
    assert "test_other" not in out                      # it does not import the module
    assert "survives the pool" not in out
    assert lines[-1] == '  [mod]="tests/test_a.py tests/test_b.py"'
    assert (tmp_path / ".mutation" / "mod.selection.txt").read_text() == out
    assert (tmp_path / "pkg" / "mod.py").read_text() == SOURCE      # untouched


def test_a_mutant_no_pool_file_kills_is_named(tmp_path, monkeypatch, capsys):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "mod.py").write_text(SOURCE)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_c.py").write_text(TESTS["test_c.py"])
    monkeypatch.setattr(ks, "ROOT", tmp_path)
    (tmp_path / "tests" / "test_a.py").write_text(TESTS["test_a.py"])   # not searched for
    ks.main(["pkg/mod.py", "--name", "mod", "--lines", "2-4", "--pool", "tests/test_c.py"])
    out = capsys.readouterr().out
    assert "  survives the pool: deletion line 4: return \"fail\"" in out
    assert "  survives the pool: mutmut line 2: if points >= 50:" in out
    assert "double" not in out and "line 8" not in out  # outside the lines given
    assert out.splitlines()[-1] == '  [mod]="tests/test_c.py"'
