"""One operation protocol (docs/architecture.md "Operations and changes"): a use case
declares what it writes, the one runner (``AppContext.apply``/``perform``) tells the
views. An AST walk over the package:

- no view broadcasts by hand: ``broadcast(`` and ``changes.emit(`` are called only
  inside ``ui/context.py``;
- one way to report a change: use cases declare with ``@writes`` and return their plain
  value; no function returns an ``Outcome`` (the runner's record of one run, built only
  by ``operations.run``) and only the runner imports it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "ssa_desktop"
RUNNER = PACKAGE / "ui" / "context.py"


def _sources(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def broadcasts(tree: ast.AST) -> list[int]:
    """Lines that call ``broadcast`` (``ctx.broadcast(...)``, ``broadcast(...)``)."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
            if name == "broadcast":
                lines.append(node.lineno)
    return lines


def test_views_never_broadcast_by_hand():
    found = [f"{path.relative_to(PACKAGE)}:{line}"
             for path, tree in _sources(PACKAGE) if path != RUNNER
             for line in broadcasts(tree)]
    assert found == [], ("a view broadcasts by hand; let the use case declare what it "
                         f"writes (@writes) and run it through ctx.apply/perform: {found}")


def test_the_broadcast_finder_sees_both_forms():
    tree = ast.parse("self.ctx.broadcast(Changes.of('x'))\nbroadcast(c)\nctx.perform(f)\n")
    assert broadcasts(tree) == [1, 2]


def change_emits(tree: ast.AST) -> list[int]:
    """Lines that emit the context's ``changes`` signal (``ctx.changes.emit(...)``)."""
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "emit" and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "changes"]


def test_views_never_emit_changes_by_hand():
    found = [f"{path.relative_to(PACKAGE)}:{line}"
             for path, tree in _sources(PACKAGE) if path != RUNNER
             for line in change_emits(tree)]
    assert found == [], ("a view emits ctx.changes by hand; only the runner tells the "
                         f"views what a use case wrote: {found}")


def test_the_emit_finder_sees_the_signal_and_not_other_emits():
    tree = ast.parse("self.ctx.changes.emit(c)\nctx.changes.emit(c)\nself.done.emit(1)\n")
    assert change_emits(tree) == [1, 2]


def test_changes_has_no_everything():
    from ssa_desktop.services.operations import Changes
    assert not hasattr(Changes, "everything")


def outcome_returns(tree: ast.AST) -> list[str]:
    """Functions that return ``outcome(...)`` or ``Outcome(...)``."""
    names = []
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(fn):
            if (isinstance(node, ast.Return) and isinstance(node.value, ast.Call)
                    and getattr(node.value.func, "id", getattr(node.value.func, "attr", ""))
                    in ("outcome", "Outcome")):
                names.append(fn.name)
                break
    return names


OPERATIONS = PACKAGE / "services" / "operations.py"


def outcome_returners() -> list[str]:
    return [f"{path.relative_to(PACKAGE)}:{name}"
            for path, tree in _sources(PACKAGE) if path != OPERATIONS
            for name in outcome_returns(tree)]


def test_no_function_returns_an_outcome():
    found = outcome_returners()
    assert found == [], (
        "a use case declares what it writes with @writes(DataKind...) and returns its "
        f"plain value, never an Outcome: {found}")


def test_the_outcome_finder_sees_both_spellings():
    tree = ast.parse("def f():\n    return outcome(1, 'x')\n"
                     "def g():\n    return Outcome(1)\n"
                     "def h():\n    return 1\n")
    assert outcome_returns(tree) == ["f", "g"]


def outcome_imports(tree: ast.AST) -> list[str]:
    """``Outcome``/``outcome`` imported from ``operations``, or reached as an attribute."""
    found = [alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
             and (node.module or "").endswith("operations")
             for alias in node.names if alias.name in ("Outcome", "outcome")]
    found += [node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
              and node.attr in ("Outcome", "outcome")
              and getattr(node.value, "id", "") == "operations"]
    return found


def test_only_the_runner_knows_the_outcome_of_a_run():
    found = [f"{path.relative_to(PACKAGE)}: {name}"
             for path, tree in _sources(PACKAGE) if path not in (OPERATIONS, RUNNER)
             for name in outcome_imports(tree)]
    assert found == [], ("only operations.run and ui/context.py handle the Outcome of a "
                         f"run; a use case returns its value: {found}")


def test_a_use_case_is_declared_once_and_returns_its_value():
    from ssa_desktop.services import operations, retention, settings

    assert not hasattr(operations, "outcome") and not hasattr(operations, "split")
    for fn in (settings.set_value, settings.reset, settings.set_text, retention.apply,
               retention.apply_due, retention.check_at_unlock, retention.restrict,
               retention.lift_restriction, retention.add_hold, retention.lift_hold,
               retention.decide, retention.not_needed_after_review, retention.apply_9b,
               retention.classify_9b, retention.set_period, retention.delete_handed_over):
        assert operations.changes_of(fn), fn.__name__


# -- every @writes call from ui/ goes through the runner ------------------------------------
UI = PACKAGE / "ui"
RUNNER_METHODS = ("apply", "perform")   # ctx.apply(fn, …) and ctx.perform(op, …)
# helpers that hand their first argument straight to ctx.perform, with where they live
FORWARDERS = {"settings/pages/security.py": ("_start",), "handover/panel.py": ("_with_progress",),
              # the package dialogs hand their use case to ``PackageDialog.start_writing``
              "handover/deputy_dialog.py": ("start_writing",),
              "handover/school_dialog.py": ("start_writing",),
              # the letter dialogs hand their save to ``SavingDialog.start_save``, the
              # documents' dialogs their write to ``KeepingDialog.run_writing``
              "letters/dialog.py": ("start_save",),
              "letters/serial_dialog.py": ("start_save",),
              "documents/panel.py": ("run_writing",),
              "documents/export_dialog.py": ("run_writing",),
              "privacy/auskunft_dialog.py": ("run_writing",),
              # lifting a restriction or a hold hands its use case to ``_lift`` (the runner)
              "privacy/area.py": ("_lift",)}
# ``file: use case`` called from ui/ outside the runner, each with its reason
ALLOWED = {
    "vault/wizard.py: save_initial_setup": (
        "the first-run wizard writes before any AppContext or view exists; the main "
        "window is built after it and loads everything fresh"),
}


def _module_of(path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)[:-node.level]
    return ".".join(parts + ([node.module] if node.module else []))


def _resolve(module: str, name: str):
    """The object ``from module import name`` binds (a module or a module's attribute)."""
    import importlib

    try:
        return importlib.import_module(f"{module}.{name}")
    except ImportError:
        return getattr(importlib.import_module(module), name, None)


def _is_runner_call(node: ast.AST, forwarders: tuple[str, ...]) -> bool:
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
        return False
    fn = node.func
    return ((fn.attr in RUNNER_METHODS and ast.unparse(fn.value).endswith("ctx"))
            or fn.attr in forwarders)


def writes_outside_runner(path: Path, tree: ast.AST,
                          forwarders: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """``(line, use case)`` of every call of a ``@writes`` use case in ``tree`` that is
    not work handed to the runner: a lambda given to ``ctx.apply``/``ctx.perform`` as its
    use case, or a function whose name is given so (an ``on_done`` runs after the runner)."""
    from ssa_desktop.services.operations import Changes, changes_of

    bound: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module != "__future__":
            for alias in node.names:
                bound[alias.asname or alias.name] = (_module_of(path, node), alias.name)
    handed: set[ast.AST | str] = set()   # the work given to the runner (not on_done …)
    for call in ast.walk(tree):
        if _is_runner_call(call, forwarders) and call.args:
            work = call.args[0]
            handed.add(work.id if isinstance(work, ast.Name) else work)
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST, inside: bool) -> None:
        if isinstance(node, ast.Lambda) and node in handed:
            inside = True
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in handed:
            inside = True
        if isinstance(node, ast.Call) and not inside:
            fn, target = node.func, None
            if isinstance(fn, ast.Name) and fn.id in bound:
                target = _resolve(*bound[fn.id])
            elif (isinstance(fn, ast.Attribute) and isinstance(fn.value, ast.Name)
                  and fn.value.id in bound):
                target = getattr(_resolve(*bound[fn.value.id]), fn.attr, None)
            if callable(target) and isinstance(changes_of(target), Changes) \
                    and changes_of(target):
                found.append((node.lineno, target.__name__))
        for child in ast.iter_child_nodes(node):
            visit(child, inside)

    visit(tree, False)
    return found


def test_every_writing_use_case_from_the_ui_goes_through_the_runner():
    """The protocol, enforced: a view runs a ``@writes`` use case only through
    ``ctx.apply``/``ctx.perform``, so its change is broadcast and every view showing the
    kind refreshes (the autosave's „ghost draft“ came from a direct call)."""
    found = []
    for path, tree in _sources(UI):
        if path == RUNNER:
            continue
        where = path.relative_to(UI).as_posix()
        for line, name in writes_outside_runner(path, tree, FORWARDERS.get(where, ())):
            if f"{where}: {name}" not in ALLOWED:
                found.append(f"ui/{where}:{line} {name}")
    assert found == [], ("a view calls a writing use case directly: run it through "
                         f"ctx.apply/ctx.perform (or allow it in ALLOWED, with a reason): {found}")


def test_the_allowed_direct_writes_still_exist():
    """An allow-list entry whose call is gone is removed, not kept as a blank cheque."""
    seen = {f"{path.relative_to(UI).as_posix()}: {name}" for path, tree in _sources(UI)
            for _line, name in writes_outside_runner(path, tree)}
    assert set(ALLOWED) <= seen, set(ALLOWED) - seen


def test_the_runner_finder_tells_direct_calls_from_handed_work():
    source = ("from ssa_desktop.services import notes\n"
              "from ssa_desktop.services.notes import save_draft\n"
              "notes.delete_draft(conn, 'x')\n"                            # 3: direct
              "save_draft(conn, 'x', 'k', {})\n"                           # 4: direct
              "ctx.apply(notes.delete_draft, 'x')\n"                       # handed
              "self.ctx.perform(lambda c, p: notes.delete_draft(c, 'x'))\n"  # handed
              "def work(c, p):\n    return notes.delete_draft(c, 'x')\n"  # handed by name
              "ctx.perform(work, background=True)\n"
              "def job(c, p):\n    return notes.save_draft(c, 'x', 'k', {})\n"  # 11: forwarded
              "self._start(job, 'label')\n"
              "notes.draft_data(d)\n"                                      # a read
              "def done(v):\n    notes.delete_draft(conn, v)\n"          # 15: after the run
              "ctx.perform(work, on_done=done)\n")
    tree = ast.parse(source)
    path = UI / "example.py"
    assert writes_outside_runner(path, tree) == [(3, "delete_draft"), (4, "save_draft"),
                                                 (11, "save_draft"), (15, "delete_draft")]
    assert writes_outside_runner(path, tree, ("_start",)) == [
        (3, "delete_draft"), (4, "save_draft"), (15, "delete_draft")]
