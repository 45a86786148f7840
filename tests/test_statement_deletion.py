"""tools/statement_deletion.py: the statement-deletion mutants mutmut 2 does not make,
found in a function's body, replaced by ``pass`` without moving a line, and tried against
a real test run in a copy (here of a small tree in tmp_path, never the package folder)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import statement_deletion as sd  # noqa: E402

SOURCE = '''"""A module."""

LIMIT = 3


def clamp(values, log):
    """The values up to LIMIT, each one logged."""
    kept = []
    for value in values:
        if value > LIMIT:
            continue
        elif value < 0: kept.append(0)
        log.append(value)
        kept.append(value)
    return kept
'''

TEST = '''from pkg.mod import clamp


def test_clamp():
    log = []
    assert clamp([1, 5, 2], log) == [1, 2]
'''


def test_every_statement_of_a_function_but_docstrings_and_shared_lines_is_a_mutant():
    found = sd.mutants(SOURCE)
    assert [(m.first, m.last, m.text) for m in found] == [
        (8, 8, "kept = []"),
        (9, 14, "for value in values:"),
        (10, 12, "if value > LIMIT:"),
        (11, 11, "continue"),
        (12, 12, "elif value < 0: kept.append(0)"),   # the branch, not its shared body
        (13, 13, "log.append(value)"),
        (14, 14, "kept.append(value)"),
        (15, 15, "return kept"),
    ]   # not the docstring, not LIMIT (module level), not the elif's one-line body alone
    assert [m.first for m in sd.mutants(SOURCE, sd.parse_lines("10-11,15"))] == [10, 11, 15]


def test_a_mutant_keeps_every_other_line_where_it_was():
    [loop] = [m for m in sd.mutants(SOURCE) if m.first == 9]
    mutated = sd.apply(SOURCE, loop).splitlines()
    assert mutated[8] == "    pass" and mutated[9:14] == [""] * 5
    assert mutated[14] == "    return kept" and len(mutated) == len(SOURCE.splitlines())


def test_a_run_kills_what_the_test_notices_and_names_what_survives(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "mod.py").write_text(SOURCE)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_mod.py").write_text(TEST)
    tree = sd.copy_tree(tmp_path, tmp_path / "copy")
    found = sd.mutants(SOURCE)
    killed, survived, untried = sd.run(tree, "pkg/mod.py", ["tests/test_mod.py", "--noconftest"],
                                       found, budget=300)
    assert untried == 0
    # no negative value and no look at the log in the test: both deletions survive
    assert [m.text for m in survived] == ["elif value < 0: kept.append(0)", "log.append(value)"]
    assert len(killed) == len(found) - 2
    assert (tree / "pkg" / "mod.py").read_text() == SOURCE       # restored
    assert (tmp_path / "pkg" / "mod.py").read_text() == SOURCE   # the original untouched


LOOPING = '''def spaces(text, i):
    """How many spaces stand at ``i``."""
    j = i
    while j < len(text) and text[j] == " ":
        j += 1
    return j - i
'''

LOOPING_TEST = '''from pkg.mod import spaces


def test_spaces():
    assert spaces("a  b", 1) == 2
'''


def _tree(tmp_path: Path, source: str, test: str) -> Path:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "mod.py").write_text(source)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_mod.py").write_text(test)
    return sd.copy_tree(tmp_path, tmp_path / "copy")


def test_a_mutant_that_loops_forever_is_killed_by_a_timeout_from_the_selections_own_time(
        tmp_path):
    # deleting `j += 1` loops forever: it once held a whole budget (names_in_text: 6 of 33
    # tried); each mutant now gets ten times the unmutated selection's time, 30 s at least
    tree = _tree(tmp_path, LOOPING, LOOPING_TEST)
    seconds = sd.baseline(tree, ["tests/test_mod.py", "--noconftest"])
    assert seconds > 0
    assert sd.mutant_timeout(2.9) == 30.0
    assert sd.mutant_timeout(12.5) == 125.0
    found = sd.mutants(LOOPING)
    assert "j += 1" in [m.text for m in found]
    killed, survived, untried = sd.run(tree, "pkg/mod.py", ["tests/test_mod.py", "--noconftest"],
                                       found, budget=300, per_mutant=2.0)
    assert (survived, untried) == ([], 0)   # the loop ended by its timeout counts as killed
    assert len(killed) == len(found)


def test_a_selection_that_fails_without_a_mutant_gives_no_score(tmp_path, capsys,
                                                                monkeypatch):
    # every mutant would be "killed" by a test that fails anyway: a false 100 %
    tree = _tree(tmp_path, LOOPING, LOOPING_TEST.replace("== 2", "== 3"))
    try:
        sd.baseline(tree, ["tests/test_mod.py", "--noconftest"])
    except sd.SelectionFails as error:
        assert "test_spaces" in str(error)
    else:
        raise AssertionError("a failing selection was taken as a baseline")
    monkeypatch.setattr(sd, "ROOT", tree)
    assert sd.main(["pkg/mod.py", "--name", "mod", "--tests", "tests/test_mod.py"]) == 1
    out = capsys.readouterr().out
    assert "mod (statement deletion): the selection fails without a mutant" in out
    assert "killed" not in out
