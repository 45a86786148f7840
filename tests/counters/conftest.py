"""The counters' data: one generated demo vault (3 school years at a tenth of the
benchmark's amounts) per module, copied for every operation that writes."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from ssa_desktop.demo import fill_demo
from ssa_desktop.domain import clock
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.retention.linked_vaults import DEMO_TODAY
from tests.support.counting import counting

BASELINE = Path(__file__).with_name("baseline.json")
# `SSA_REWRITE_COUNTERS=1 pytest tests/counters` writes today's figures as the baseline
REWRITE = bool(os.environ.get("SSA_REWRITE_COUNTERS"))
_MEASURED: dict[str, dict[str, int]] = {}


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "tresor"
    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    try:
        with clock.frozen(DEMO_TODAY):
            fill_demo(session.conn, years=3, today=DEMO_TODAY, scale=0.1, profile="benchmark")
    finally:
        session.lock()
    return folder


@pytest.fixture
def demo_copy(demo_folder, tmp_path) -> Path:
    target = tmp_path / "tresor"
    shutil.copytree(demo_folder, target)
    return target


@pytest.fixture
def counters(monkeypatch):
    with clock.frozen(DEMO_TODAY), counting(monkeypatch) as found:
        yield found


def check(operation: str, figures: dict[str, int]) -> None:
    """The operation's figures stay at or below the baseline's (a rise fails naming
    the operation; a fall asks for the baseline to be rewritten, so it holds)."""
    _MEASURED[operation] = dict(figures)
    if not REWRITE:
        compare(operation, figures, json.loads(BASELINE.read_text(encoding="utf-8")))


def compare(operation: str, figures: dict[str, int], baseline: dict) -> None:
    assert operation in baseline, f"{operation}: no baseline (SSA_REWRITE_COUNTERS=1)"
    rose = {k: (baseline[operation].get(k, 0), v) for k, v in figures.items()
            if v > baseline[operation].get(k, 0)}
    assert not rose, f"{operation} rose above its baseline (baseline, now): {rose}"


def pytest_sessionfinish(session, exitstatus):
    if REWRITE and _MEASURED:
        old = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
        old.update(_MEASURED)
        BASELINE.write_text(json.dumps(old, indent=2, sort_keys=True) + "\n", encoding="utf-8")
