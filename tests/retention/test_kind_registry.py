"""Issue 20: retention record kinds are a registry. Each kind is declared once in the
domain (``rt.KINDS``: label, rules, evaluator, preview text, action, tombstone form) and
once in storage under the same name (``rrepo.KIND_STORES``: facts query, counts, delete or
clear); services look both up. A kind that lacks a part fails here, and so does a
comparison of a record kind with a literal kind name anywhere in the retention code."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.retention_engine import Engine
from ssa_desktop.storage import retention_repo as rrepo

ROOT = Path(__file__).resolve().parents[2] / "ssa_desktop"
NAMES = (rt.BY_PERSON, rt.BY_GROUP, rt.BY_OWNER, rt.BY_ID)
# Dicts keyed by table names (some tables share a kind's name): not a dispatch on kinds.
DECLARATIONS = {"KIND_STORES", "RESTRICTED_ROWS"}
FACT_LISTS = {f.name for f in dataclasses.fields(rt.VaultFacts)}


def missing_parts(kinds: dict[str, rt.RecordKind],
                  stores: dict[str, rrepo.KindStore]) -> list[str]:
    """Every part a kind lacks, as "<kind>: <part>"."""
    codes = {r.code for r in rt.rule_table().rules}
    out = [f"{name}: storage parts" for name in kinds if name not in stores]
    out += [f"{name}: domain declaration" for name in stores if name not in kinds]
    for name, k in kinds.items():
        store = stores.get(name)
        checks = {
            "name": k.name == name,
            "label": bool(k.label.strip()),
            "rules": bool(k.rules) and set(k.rules) <= codes,
            "action": k.action in (rt.DELETE, rt.CLEAR),
            "preview text": bool(k.preview.strip()),
            "evaluator": (callable(k.evaluate) and k.source in FACT_LISTS
                          and not k.derived_from) or (
                k.evaluate is None and k.derived_from in kinds
                and kinds[k.derived_from].evaluate is not None),
            "tombstone form": (k.tombstone == rt.RECORD and not k.columns) or (
                k.tombstone == rt.FIELD and bool(k.columns)),
            "names": k.names in NAMES,
            "delete or clear": store is not None and callable(store.remove),
            "facts query": store is not None and (
                callable(store.facts) if k.evaluate is not None else store.facts is None),
        }
        out += [f"{name}: {part}" for part, ok in checks.items() if not ok]
    return out


def test_every_kind_has_all_its_parts():
    assert missing_parts(rt.KINDS, rrepo.KIND_STORES) == []
    assert list(rt.KINDS) == list(rrepo.KIND_STORES)


def test_a_kind_lacking_a_part_is_caught():
    kinds = dict(rt.KINDS)
    kinds["letter"] = rt.RecordKind("letter", "Brief", ("R99",), rt.CLEAR, "", None)
    stores = dict(rrepo.KIND_STORES)
    stores.pop("disclosure")
    assert set(missing_parts(kinds, stores)) == {
        "letter: storage parts", "letter: rules", "letter: preview text", "letter: evaluator",
        "letter: tombstone form", "letter: names", "letter: delete or clear",
        "letter: facts query", "disclosure: storage parts", "disclosure: delete or clear",
        "disclosure: facts query"}


def test_every_assessed_kind_is_registered(conn, pupil):
    facts = rrepo.facts(conn)
    assert {a.record_kind for a in Engine().evaluate(facts)} <= set(rt.KINDS)


# Modules that must not dispatch on a record kind's name.
MODULES = ("domain/retention.py", "domain/retention_engine.py", "services/retention.py",
           "storage/retention_repo.py", "storage/retention_delete_repo.py",
           "storage/retention_log_repo.py",
           "ui/privacy/area.py", "cli_commands/retention.py", "domain/dormancy.py")


def _kind_literals(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value} & set(rt.KINDS)
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return set().union(*(_kind_literals(e) for e in node.elts)) if node.elts else set()
    return set()


def string_dispatch(source: str) -> list[str]:
    """Comparisons of anything with a literal kind name, and dict literals keyed by kind
    names outside the storage declaration ``KIND_STORES`` (and the table map
    ``RESTRICTED_ROWS``)."""
    tree = ast.parse(source)
    allowed = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.AnnAssign | ast.Assign)
               and any(getattr(t, "id", "") in DECLARATIONS
                       for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            names = set().union(*(_kind_literals(x) for x in [node.left, *node.comparators]))
            if names:
                found.append(f"line {node.lineno}: compares with {sorted(names)}")
        elif isinstance(node, ast.Dict) and id(node) not in allowed:
            names = set().union(*(_kind_literals(k) for k in node.keys if k is not None))
            if len(names) > 1:
                found.append(f"line {node.lineno}: dict keyed by {sorted(names)}")
    return found


@pytest.mark.parametrize("module", MODULES)
def test_no_string_dispatch_on_record_kinds(module):
    assert string_dispatch((ROOT / module).read_text("utf-8")) == []


def test_the_dispatch_check_finds_a_chain():
    assert string_dispatch('if a.record_kind == "group":\n    pass\n'
                           'x = {"working_note": 1, "group": 2}\n') == [
        "line 1: compares with ['group']", "line 3: dict keyed by ['group', 'working_note']"]
