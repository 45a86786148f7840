"""tools/suite_runs.py (docs/testing.md, "Repeated runs") without running the suite: the
failing tests read from pytest's short summary and the report of a set of runs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("suite_runs", ROOT / "tools" / "suite_runs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["suite_runs"] = module
    spec.loader.exec_module(module)
    return module


def test_failed_and_errored_tests_are_read_from_the_short_summary(tool):
    output = ("....F\n=== short test summary info ===\n"
              "FAILED tests/a.py::test_x[privacy] - AssertionError: left open\n"
              "ERROR tests/b.py::test_y - RuntimeError\n"
              "FAILED tests/a.py::test_x[privacy] - again\n1 failed, 1 error\n")
    assert tool.failed_tests(output) == ["tests/a.py::test_x[privacy]", "tests/b.py::test_y"]


def test_the_summary_counts_runs_per_mode_and_failures_per_test(tool):
    runs = [tool.Run("workers", 1, 0, 300.0), tool.Run("workers", 2, 1, 320.0, ["t::a"]),
            tool.Run("one", 1, 0, 800.0), tool.Run("one", 2, 1, 810.0, ["t::a"]),
            tool.Run("one", 3, 2, 5.0)]
    assert tool.summary(runs, 2) == (
        "Suite runs beside 2 busy loop(s):\n\n"
        "| mode | passed | median s | longest s |\n| --- | --- | --- | --- |\n"
        "| workers | 1 of 2 | 310 | 320 |\n| one | 1 of 3 | 800 | 810 |\n\n"
        "Failed:\n- t::a (one): 1 ×\n- t::a (workers): 1 ×\n"
        "- run 3 (one) ended with 2, no test named\n")


def test_a_failed_run_keeps_its_whole_output_to_read_why(tool, tmp_path):
    """A red run among many is read afterwards: its pytest output (the tracebacks) is kept
    in ``--logs`` under the mode and number; a green run's is not."""
    failing = tool.Run("workers", 3, 1, 969.0, ["t::a"], output="E   assert 1 == 9\n")
    passing = tool.Run("one", 1, 0, 800.0, output="1 passed\n")
    assert tool.keep_output(failing, tmp_path) == tmp_path / "workers-3.log"
    assert (tmp_path / "workers-3.log").read_text(encoding="utf-8") == "E   assert 1 == 9\n"
    assert tool.keep_output(passing, tmp_path) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["workers-3.log"]
