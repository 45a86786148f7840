"""Every kind a tombstone is written with is declared (``rt.TOMBSTONE_KINDS``: the engine's
``KINDS`` and ``TOMBSTONE_ONLY_LABELS``) and Datenschutz lists it under its label. A
school handover's "handed_over_row" once was not: every load of Datenschutz raised
KeyError and its lists stayed empty for good. Found by reading every call that writes a
tombstone in the product's code, so a new path with a new kind fails here."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from ssa_desktop.domain import retention as rt
from ssa_desktop.services import retention as svc
from ssa_desktop.services import tombstones
from ssa_desktop.storage import retention_log_repo

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "ssa_desktop"
# the writers of tombstones and where their kind argument stands
WRITERS = {"deleted": 1, "cleared": 1, "all_deleted": 1, "session_removed": 1, "erase": 2,
           "insert_tombstone": 2}
# Calls whose kind is known only at run time, each bounded elsewhere:
DYNAMIC = {
    # the engine's due items: their kinds are ``rt.KINDS`` (the deletion and the clearing)
    ("ssa_desktop/services/retention.py", "a.record_kind"): 2,
    # a restore re-applies the tombstones of the vault it replaces: written by this code
    ("ssa_desktop/services/retention.py", "kind"): 1,
    # a session removed by hand: ``session_removed`` refuses all but ``SESSION_KINDS``
    ("ssa_desktop/services/activities.py", "kind"): 1,
}


def _kind_arguments() -> tuple[set[str], dict[tuple[str, str], int]]:
    """(the kinds written as literals or module constants, the dynamic call sites)."""
    found: set[str] = set()
    dynamic: dict[tuple[str, str], int] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in ("ssa_desktop/services/tombstones.py",):
            continue   # the writers themselves pass their own argument on
        module = None
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in WRITERS
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id in ("tombstones", "retention_log_repo")):
                continue
            arg = node.args[WRITERS[node.func.attr]]
            if isinstance(arg, ast.Constant):
                found.add(arg.value)
                continue
            if isinstance(arg, ast.Name) and arg.id.isupper():
                module = module or importlib.import_module(
                    rel.removesuffix(".py").replace("/", "."))
                found.add(getattr(module, arg.id))
                continue
            site = (rel, ast.unparse(arg))
            dynamic[site] = dynamic.get(site, 0) + 1
    return found, dynamic


def test_every_kind_written_to_a_tombstone_is_declared():
    found, dynamic = _kind_arguments()
    assert "handed_over_row" in found and "appointment" in found  # the scan sees them
    assert sorted(found - rt.TOMBSTONE_KINDS) == []
    assert dynamic == DYNAMIC
    assert set(retention_log_repo.SESSION_KINDS) <= rt.TOMBSTONE_KINDS


def test_no_declared_tombstone_only_kind_is_left_unwritten():
    found, _dynamic = _kind_arguments()
    assert sorted(set(rt.TOMBSTONE_ONLY_LABELS) - found
                  - set(retention_log_repo.SESSION_KINDS)) == []


def test_an_undeclared_kind_is_refused(conn):
    with pytest.raises(ValueError, match="not a declared tombstone kind"):
        tombstones.deleted(conn, "handed_over_thing", "abc")
    with pytest.raises(ValueError, match="not a declared tombstone kind"):
        tombstones.cleared(conn, "handed_over_thing", "abc", "note")
    assert retention_log_repo.tombstones(conn) == []


@pytest.mark.parametrize("kind", sorted(rt.TOMBSTONE_KINDS))
def test_datenschutz_lists_every_declared_kind_as_deleted(conn, frozen_clock, kind):
    tombstones.deleted(conn, kind, "0123456789abcdef")
    snap = svc.snapshot(conn)
    [row] = [a for a in snap.every if a.record_id == "0123456789abcdef"]
    assert (row.state, rt.kind_label(row.record_kind)) == (rt.DELETED, rt.KIND_LABELS[kind])
    assert rt.kind_label(kind) != kind   # a German label, never the internal name
