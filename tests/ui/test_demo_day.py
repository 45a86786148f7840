"""Every demo a test opens is filled and used on a set day (tests/support/demo_vaults.py):
its rows follow the day it is filled on, and on the system clock they changed at midnight
(session 26: the Datenschutz focus tests red in full runs after 00:00, 30.11.2026)."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from ssa_desktop.domain import clock
from ssa_desktop.domain import retention as rt
from ssa_desktop.services import retention
from tests.support import demo_vaults
from tests.support.demo_vaults import DEMO_DAY
from tests.support.main_windows import demo_main_window

TESTS = Path(__file__).resolve().parents[1]
HELPER = TESTS / "support" / "demo_vaults.py"
# The product's functions that fill a demo vault.
FILLERS = {"fill_demo", "create_demo_vault", "render_screenshots"}
# Files that fill a demo past the helper, each with its reason (reviewed 30.11.2026). Those
# not in CHILD_PROCESSES fill on a day they set themselves (checked below).
FILLS_ITS_OWN = {
    "test_demo.py": "tests the filler itself, on days of its own (term time, August)",
    "test_demo_coverage.py": "every column filled: three years on its own TODAY",
    "traeger/test_nothing_personal.py": "every file a demo writes, for the kit, on 05.10.2026",
    "retention/conftest.py": "the benchmark profile at the retention tests' DEMO_TODAY",
    "retention/test_count_streamed.py": "the benchmark profile at DEMO_TODAY, several sizes",
    "counters/conftest.py": "the benchmark profile at DEMO_TODAY, the counters' baseline",
    "crawl/conftest.py": "the crawl's session template, made and crawled on TODAY",
    "reports/test_every_report_table_fits.py": "the printed reports of three years, on 20.07.2026",
    "admission/test_nothing_deleted_comes_back.py": "two years on 12.03.2026, then the deletion run of 2031",
    "ui/time/test_grid_typing_speed.py": "the child types into the week of 12.11.2025",
    "ui/shell/demo_child.py": "a child process of the product on the machine's clock",
    "ui/shell/test_quit_cleanly.py": "child processes of the product on the machine's clock",
    "reliability/test_disk_full_outputs.py": "CLI child processes on the machine's clock",
    "ui/test_screenshots.py": "the product's screenshots command, which fills its own demo",
}
# The product in a child process reads the machine's clock, which no test can stand: its
# demo is filled on that clock too, so fill day and the child's day agree; what these
# check (an exit code, the modules loaded, a refusal on a full disk) has no day in it.
CHILD_PROCESSES = {"ui/shell/demo_child.py", "ui/shell/test_quit_cleanly.py",
                   "reliability/test_disk_full_outputs.py"}


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _sets_a_day(node: ast.expr) -> bool:
    """``clock.frozen(…)``, or the helper's ``demo_day()`` / ``on_day_filled(…)``."""
    return isinstance(node, ast.Call) and _called(node) in ("frozen", "demo_day", "on_day_filled")


def fills(source: str) -> list[tuple[int, str, bool]]:
    """Each call of a filler: its line, its name and whether it is filled on a day the
    code sets (``today=``, inside ``with clock.frozen(…)``, or after ``demo_day()`` in
    its function)."""
    found = []

    def visit(node: ast.AST, day_set: bool) -> None:
        if isinstance(node, ast.With) and any(_sets_a_day(i.context_expr) for i in node.items):
            day_set = True
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            day_set = day_set or any(_sets_a_day(n) for n in ast.walk(node))
        if isinstance(node, ast.Call) and (name := _called(node)) in FILLERS:
            keywords = {k.arg for k in node.keywords}
            found.append((node.lineno, name, day_set or "today" in keywords))
        for child in ast.iter_child_nodes(node):
            visit(child, day_set)

    visit(ast.parse(source), False)
    return found


def test_the_scan_sees_a_fill_and_whether_its_day_is_set():
    source = ("def a(conn):\n    fill_demo(conn, years=1)\n"
              "def b(f):\n    demo.create_demo_vault(f, 'p', today=DAY)\n"
              "def c(conn):\n    with clock.frozen(DAY):\n        fill_demo(conn)\n"
              "def d(out):\n    demo_vaults.demo_day()\n    render_screenshots(out)\n"
              "def e(folder):\n    demo_vaults.create(folder)\n"
              "def create_demo_vault(folder):\n    pass\n")
    assert fills(source) == [(2, "fill_demo", False), (4, "create_demo_vault", True),
                             (7, "fill_demo", True), (10, "render_screenshots", True)]


def test_no_test_fills_a_demo_past_the_helper():
    """A demo filled past ``tests/support/demo_vaults.py`` would follow the machine's day;
    the few that must are listed with their reason and set their own day."""
    past, unset = [], []
    for path in sorted(TESTS.rglob("*.py")):
        if path == HELPER:
            continue
        name = path.relative_to(TESTS).as_posix()
        for line, called, day_set in fills(path.read_text("utf-8")):
            if name not in FILLS_ITS_OWN:
                past.append(f"{name}:{line} {called}")
            elif not day_set and name not in CHILD_PROCESSES:
                unset.append(f"{name}:{line} {called}")
    assert past == [], "fill through tests.support.demo_vaults (or list it with a reason)"
    assert unset == [], "filled on no day of its own: today=, clock.frozen or demo_day()"
    listed = {path for path in FILLS_ITS_OWN if any(fills((TESTS / path).read_text("utf-8")))}
    assert listed == set(FILLS_ITS_OWN), "a listed file fills no demo any more: unlist it"


def test_a_demo_window_stands_the_clock_at_the_demo_day(qtbot, tmp_path):
    """Without a day of the test's own the demo is filled on ``DEMO_DAY`` and the clock
    stands there while the test runs, not on the machine's clock."""
    assert demo_vaults.on_system_clock()
    window = demo_main_window(qtbot, tmp_path, (1280, 720))
    assert not demo_vaults.on_system_clock()
    assert clock.today() == DEMO_DAY
    due = {a.state for a in retention.assess(window.ctx.conn) if a.is_due or a.state == rt.REVIEW}
    assert due == {rt.DUE, rt.REVIEW}, "the demo day shows a row to delete and one to review"
    window.ctx.lock()


def test_a_test_s_own_day_is_kept(frozen_clock, tmp_path):
    """A test that stood the clock itself gets its demo filled on its own day."""
    session = demo_vaults.create(tmp_path / "demo", scale=0.2)
    try:
        assert clock.today() == frozen_clock
        day = session.conn.execute("SELECT max(day) FROM contact").fetchone()[0]
        assert date.fromisoformat(day) <= frozen_clock
    finally:
        session.lock()


def test_a_kept_demo_is_used_on_the_day_it_was_filled():
    demo_vaults.on_day_filled(date(2026, 3, 12))
    assert clock.today() == date(2026, 3, 12)
    with clock.frozen(date(2026, 3, 13)):
        try:
            demo_vaults.on_day_filled(date(2026, 3, 12))
        except AssertionError as refused:
            assert "filled on 2026-03-12" in str(refused)
        else:
            raise AssertionError("a kept demo used on another day was not refused")
