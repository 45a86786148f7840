"""A school package is read whole by the successor's merge and never searched: it holds no
full-text index (docs/handover.md, „The package has no full-text index“)."""

from __future__ import annotations

import os

from ssa_desktop.domain import handover as rules
from ssa_desktop.services import handover as svc
from tests.handover.test_school_receipt import _setup


def test_a_school_package_holds_no_full_text_index(open_vault, tmp_path, capsys, monkeypatch):
    *_, package = _setup(open_vault, tmp_path, capsys, monkeypatch)
    pkg, info = svc.open_package(package, os.environ["SSA_PACKAGE_KEY"])
    try:
        names = [n for (n,) in pkg.execute("SELECT name FROM sqlite_master")]
        assert info.kind == rules.KIND_SCHOOL and "person" in names
        assert [n for n in names if n.startswith("fts_")] == []
    finally:
        pkg.close()
