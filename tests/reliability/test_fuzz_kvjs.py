"""Fuzzing the KVJS template loader and the merge input: whatever comes in, a German
error or a result — never a crash, never a partial write."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop import paths
from ssa_desktop.domain import kvjs
from ssa_desktop.domain import kvjs_template as tpl
from ssa_desktop.exports import kvjs_merge
from ssa_desktop.services import statistics as stats

DEFAULT = paths.resource("kvjs", "kvjs-default.toml").read_text("utf-8")
LINES = DEFAULT.splitlines()


@st.composite
def mutated_template(draw) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["drop", "dup", "replace", "insert"]))
        i = draw(st.integers(0, len(lines) - 1))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "replace":
            lines[i] = draw(st.text(max_size=40))
        else:
            lines.insert(i, draw(st.sampled_from([
                'aggregate = "nope"', 'key = "m"', "scopes = []", 'scopes = ["school"]',
                "[[sections]]", "[[sections.fields]]", 'id = "x"', "label = 3", "version = 1",
                'aggregate = "efh_topics"', 'key = "KON"', "fields = 1"])))
    return "\n".join(lines)


def _check_template(text: str) -> None:
    try:
        template = tpl.parse(text, "neu.toml")
    except tpl.TemplateError as err:
        assert str(err).startswith("neu.toml")
        return
    aggregates = {a.name: (dict.fromkeys(a.keys, 1) if a.is_dict else 1) for a in kvjs.AGGREGATES}
    for scope in tpl.SCOPES:
        tpl.layout(template, aggregates, scope)  # a valid template always lays out


@settings(max_examples=300, deadline=None)
@given(mutated_template())
def test_template_loader_mutations_never_crash(text):
    _check_template(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_template_loader_arbitrary_text_never_crashes(text):
    _check_template(text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**6) | st.integers(min_value=10**11)
    | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20)


def _valid_doc(code: str) -> dict:
    template = tpl.parse(DEFAULT)
    # figures that agree (a breakdown within its total), sealed as the product writes them
    aggregates = {a.name: (dict.fromkeys(a.keys, 0) if a.is_dict else 2) for a in kvjs.AGGREGATES}
    from ssa_desktop.exports.kvjs_document import build, seal
    return seal(build(template=template, year_label="2025/26",
                      scope={"kind": "school", "code": code, "name": f"Schule {code}",
                             "school_number": ""},
                      aggregates=aggregates, rows=tpl.layout(template, aggregates, "school")))


@st.composite
def damaged_doc(draw) -> object:
    doc = _valid_doc(draw(st.sampled_from(["B", "C"])))
    path = draw(st.sampled_from([("aggregates",), ("scope",), ("template",), ("fields",), ()]))
    target = doc
    for part in path:
        target = target[part]
    if isinstance(target, dict) and target:
        key = draw(st.sampled_from(sorted(target)))
        target[key] = draw(json_values)
    return doc if draw(st.booleans()) else draw(json_values)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_doc(), st.binary(max_size=64) | st.none())
def test_merge_never_crashes_and_never_writes_half(doc, raw):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        good = folder / "a.json"
        good.write_text(json.dumps(_valid_doc("A")), "utf-8")
        other = folder / "b.json"
        other.write_bytes(raw if raw is not None else json.dumps(doc).encode("utf-8"))
        out = folder / "summe.json"
        out.write_text("vorher", "utf-8")
        try:
            result = stats.merge([good, other], out)
        except stats.StatisticsError as err:
            assert "b.json" in str(err)
            assert out.read_text("utf-8") == "vorher"
        else:
            assert json.loads(out.read_text("utf-8")) == result
            assert kvjs_merge.read_export(out)["scope"]["kind"] == "merged"
        assert sorted(p.name for p in folder.iterdir()) == ["a.json", "b.json", "summe.json"]


def test_absurd_figures_are_refused_not_overflowed(tmp_path):
    """Found by thinking about the fuzzer: fte = 10**400 made the ratio overflow a float."""
    good = tmp_path / "a.json"
    good.write_text(json.dumps(_valid_doc("A")), "utf-8")
    doc = _valid_doc("B")
    doc["aggregates"]["fte"] = 10**400
    bad = tmp_path / "b.json"
    bad.write_text(json.dumps(doc), "utf-8")
    try:
        stats.merge([good, bad], tmp_path / "summe.json")
    except stats.StatisticsError as err:
        assert "„b.json“: die Kennzahl „fte“ fehlt oder ist ungültig." == str(err)
    else:
        raise AssertionError("refused expected")
    assert not (tmp_path / "summe.json").exists()
