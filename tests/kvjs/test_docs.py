"""docs/statistics.md and the app's "Wie wird gezählt?" say the same: every aggregate
with its rule (the app text comes from domain.kvjs; the doc must not drift from it)."""

from __future__ import annotations

from pathlib import Path

from ssa_desktop.domain import kvjs
from ssa_desktop.ui.statistics.area import counting_rules_html

DOC = (Path(__file__).resolve().parents[2] / "docs" / "statistics.md").read_text("utf-8")


def test_every_aggregate_and_its_rule_is_documented():
    for spec in kvjs.AGGREGATES:
        assert f"| `{spec.name}` | {spec.label}" in DOC, spec.name
        assert spec.rule in DOC, spec.name


def test_the_app_shows_every_rule():
    html = counting_rules_html()
    for spec in kvjs.AGGREGATES:
        assert spec.label in html and spec.rule in html
        assert f"({spec.name})" not in html  # no internal code names for the worker
