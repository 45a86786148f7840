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
    assert "  survives the pool: mutmut line 2: if points >= 50: → if points > 50:" in out
    assert "double" not in out and "line 8" not in out  # outside the lines given
    assert out.splitlines()[-1] == '  [mod]="tests/test_c.py"'


def _fixture(tmp_path, monkeypatch, *names):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "mod.py").write_text(SOURCE)
    (tmp_path / "tests").mkdir()
    for name in names:
        (tmp_path / "tests" / name).write_text(TESTS[name])
    monkeypatch.setattr(ks, "ROOT", tmp_path)


def test_each_mutant_meets_the_pool_in_its_order_until_the_first_file_that_kills(
        tmp_path, monkeypatch, capsys):
    _fixture(tmp_path, monkeypatch, "test_a.py", "test_c.py")
    grade = len(ks.mutants(SOURCE, {2, 3, 4}))
    # test_a first kills every mutant of grade: test_c (which kills some too) never runs
    ks.main(["pkg/mod.py", "--name", "mod", "--lines", "2-4",
             "--pool", "tests/test_a.py", "tests/test_c.py"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(f"the pool of 2 files kills {grade}; {grade} runs "
                             f"(the whole matrix: {2 * grade - 2})")  # c never runs line 4
    assert lines[1].startswith(f"  chosen tests/test_a.py: kills {grade} (")
    assert lines[2] == "  not needed tests/test_c.py: kills 0, all killed by the chosen"
    assert lines[-1] == '  [mod]="tests/test_a.py"'
    # test_c first: it kills 3; test_a then kills the rest, and is run on those 3 to see
    # whether test_c can go: it can, and the result is the same selection
    ks.main(["pkg/mod.py", "--name", "mod", "--lines", "2-4",
             "--pool", "tests/test_c.py", "tests/test_a.py"])
    lines = capsys.readouterr().out.splitlines()
    # c runs the grade - 2 on lines 2-3, a the grade - 3 c left, then c's 3
    assert lines[0].endswith(f"the pool of 2 files kills {grade}; {(grade - 2) + (grade - 3) + 3}"
                             f" runs (the whole matrix: {2 * grade - 2})")
    assert lines[1].startswith(f"  chosen tests/test_a.py: kills {grade} (")
    assert lines[2] == "  not needed tests/test_c.py: kills 3, all killed by the chosen"
    assert lines[-2].startswith("  the chosen files kill every mutant the pool kills (each "
                                "kill seen); none of them can be dropped")
    assert lines[-1] == '  [mod]="tests/test_a.py"'


def test_a_mutant_on_a_line_no_pool_file_runs_survives_without_a_run(
        tmp_path, monkeypatch, capsys):
    _fixture(tmp_path, monkeypatch, "test_c.py")
    ks.main(["pkg/mod.py", "--name", "mod", "--lines", "4", "--pool", "tests/test_c.py"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ("mod: 2 mutants (1 deletions), 2 tried; the pool of 1 files kills 0; "
                        "0 runs (the whole matrix: 0)")
    assert lines[1] == "  not needed tests/test_c.py: kills 0, all killed by the chosen"
    assert lines[2:4] == [
        '  survives the pool: deletion line 4: return "fail" (no pool file runs its line)',
        '  survives the pool: mutmut line 4: return "fail" → return "XXfailXX" (no pool file runs '
        'its line)']
    assert lines[-1] == '  [mod]=""'


def test_the_files_given_come_first_as_given_then_the_fastest():
    def c(path, seconds):
        return ks.Candidate(path, False, seconds, frozenset())
    pool = [c("s", 5.0), c("t", 0.5), c("g2", 9.0), c("u", 1.0), c("g1", 3.0)]
    assert [x.path for x in ks.ordered(pool, ["g1", "g2"])] == ["g1", "g2", "t", "u", "s"]


def test_a_mutant_on_a_continuation_line_is_reached_where_its_statement_is():
    source = ('def f(x):\n    if x:\n        raise ValueError("a"\n'
              '                         "b")\n    return 1\n')
    starts = ks._statement_starts(source)
    assert starts[4] == 3 and starts[3] == 3 and starts[2] == 2 and starts[5] == 5
    on_4 = [m for m in ks.mutants(source, {4})]
    assert on_4 and all(m.reach == {3, 4} for m in on_4)
