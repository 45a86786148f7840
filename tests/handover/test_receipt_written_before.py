"""A receipt written by the release of 24.11.2026, kept byte for byte: later releases
write the same bytes for the same package and still accept it as proof (the successor and
the predecessor may run different releases), and the nesting a receipt file may have is
counted outside its texts only."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.services.handover import PackageError, PackageInfo
from ssa_desktop.services.handover_receipt import (
    NOT_A_RECEIPT,
    _depth,
    _fields,
    _proof,
    _receipt,
    _rows_digest,
    read_receipt,
)

PACKAGE_ID = "0f3c9a7e5b2d4c18a6e1f0b9d8c7a654"
CONTENT_HASH = "9" * 64
SECRET = "00112233445566778899aabbccddeeff" * 2
MANIFEST = {"person": {"b2": "h", "a1": "h"}, "contact": {"c9": "h"}, "appointment": {}}

# Written by `_receipt` on 24.11.2026 (main e36b028) for the package above.
WRITTEN = (
    '{\n "content_hash": "9999999999999999999999999999999999999999999999999999999999999999",\n'
    ' "counts": {\n  "contact": 1,\n  "person": 2\n },\n'
    ' "format": "ssa-desktop-paketquittung",\n'
    ' "package_id": "0f3c9a7e5b2d4c18a6e1f0b9d8c7a654",\n'
    ' "proof": "1bcabe6c59a01015485f9044e63a862b2742255d84c3d74c723c91414bf69cee",\n'
    ' "received": "2026-11-24",\n'
    ' "rows": "d5dea764c00a7473546796cb74de31c3028d63b6f7b472cdc1cf4d8e9ac844cd"\n}'
)


def _info() -> PackageInfo:
    return PackageInfo("school", PACKAGE_ID, "Übergabe", {}, {"person": 2, "contact": 1}, None)


def test_a_receipt_is_written_byte_for_byte_as_the_earlier_release_wrote_it(tmp_path):
    path = _receipt(_info(), CONTENT_HASH, _rows_digest(MANIFEST), SECRET, tmp_path,
                    date(2026, 11, 24))
    assert path.name == "quittung-0f3c9a7e.ssaquittung"
    assert path.read_text(encoding="utf-8") == WRITTEN


def test_a_receipt_of_the_earlier_release_still_proves_its_package(tmp_path):
    path = tmp_path / "quittung.ssaquittung"
    path.write_text(WRITTEN, encoding="utf-8")
    receipt = read_receipt(path)
    assert (receipt.package_id, receipt.content_hash, receipt.received, receipt.counts) == (
        PACKAGE_ID, CONTENT_HASH, "2026-11-24", {"contact": 1, "person": 2})
    assert receipt.rows == _rows_digest(MANIFEST)
    assert receipt.proof == json.loads(WRITTEN)["proof"] == receipt.proof_with(SECRET)
    assert receipt.proof != receipt.proof_with("ff" * 32)


def test_a_receipt_with_a_field_changed_no_longer_proves_its_package(tmp_path):
    path = tmp_path / "quittung.ssaquittung"
    for old, new in (('"person": 2', '"person": 3'), ('"2026-11-24"', '"2026-11-25"'),
                     ('"rows": "d5', '"rows": "e5'), ('"9999', '"8999')):
        path.write_text(WRITTEN.replace(old, new), encoding="utf-8")
        receipt = read_receipt(path)
        assert receipt.proof != receipt.proof_with(SECRET), old


def _nesting(value) -> int:
    if isinstance(value, dict):
        return 1 + max((_nesting(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_nesting(v) for v in value), default=0)
    return 0


TEXTS = st.text(alphabet='[]{}"\\ab\n', max_size=8)
VALUES = st.recursive(st.none() | st.integers() | TEXTS,
                      lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(TEXTS, inner, max_size=3), max_leaves=12)


@given(VALUES)
def test_the_nesting_counted_is_that_of_the_json_value(value):
    assert _depth(json.dumps(value)) == _nesting(value)
    assert _depth(json.dumps(value, indent=1, ensure_ascii=False)) == _nesting(value)


@given(VALUES, st.text(alphabet='[]{}\\ab', max_size=10))
def test_nothing_after_an_unclosed_quote_counts(value, rest):
    text = json.dumps(value)
    assert _depth(text + '"' + rest) == _nesting(value)


@pytest.mark.parametrize("count", ["true", '"2"', "2.0"])
def test_a_count_that_is_no_whole_number_is_no_receipt(tmp_path, count):
    path = tmp_path / "quittung.ssaquittung"
    path.write_text(WRITTEN.replace('"person": 2', f'"person": {count}'), encoding="utf-8")
    with pytest.raises(PackageError) as err:
        read_receipt(path)
    assert str(err.value) == NOT_A_RECEIPT


def test_a_receipt_without_rows_reads_as_one_of_no_rows(tmp_path):
    """An absent ``rows`` is the empty text its proof covers (not a made-up digest)."""
    fields = _fields(PACKAGE_ID, CONTENT_HASH, "2026-11-24", {"person": 2}, "")
    data = dict(fields, proof=_proof(fields, SECRET))
    del data["rows"]
    path = tmp_path / "quittung.ssaquittung"
    path.write_text(json.dumps(data), encoding="utf-8")
    receipt = read_receipt(path)
    assert receipt.rows == ""
    assert receipt.proof == receipt.proof_with(SECRET)
