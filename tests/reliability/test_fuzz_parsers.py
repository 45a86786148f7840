"""Fuzzing the parsers of outside input with hypothesis: the interchange import and the
backup restore (the KVJS template, KVJS merge and rule-table parsers have their own
fuzz tests beside their features). For any input: never a crash or "Unerwarteter
Fehler", always exit 0 or a German message with exit 1, and after a refusal the vault's
files are byte-identical (never a partial write).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssa_desktop import cli
from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import School
from ssa_desktop.services.vault_admin import backup_vault
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.helpers import snapshot

FUZZ = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# JSON-like values including the nasty ones: huge and long integers, non-finite floats,
# lone surrogates, deep nesting.
leaves = (st.none() | st.booleans() | st.integers() | st.integers(min_value=2**63)
          | st.floats(allow_nan=True, allow_infinity=True)
          | st.text(alphabet=st.characters(codec=None), max_size=30)
          | st.sampled_from(["", "2026-02-30", "x" * 5000, "\ud800", "9" * 5000]))
json_values = st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=12), inner, max_size=4),
                           max_leaves=20)


def _run(args: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    old = os.environ.get("SSA_PASSPHRASE")
    os.environ["SSA_PASSPHRASE"] = PASSPHRASE
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = cli.main(args)
    finally:
        if old is None:
            os.environ.pop("SSA_PASSPHRASE", None)
        else:
            os.environ["SSA_PASSPHRASE"] = old
    return code, err.getvalue()


_TEMPLATE: dict[str, Path] = {}
_DOC_DAY: list[date] = []   # the day the demo behind _TEMPLATE["doc"] was filled on


def _empty_vault() -> Path:
    """A fresh empty vault per example (copied from one made once: fast)."""
    if "empty" not in _TEMPLATE:
        base = Path(tempfile.mkdtemp(prefix="ssa-fuzz-"))
        session, _ = Vault.create(base / "tresor", PASSPHRASE, params=FAST_KDF)
        session.lock()
        _TEMPLATE["empty"] = base / "tresor"
    target = Path(tempfile.mkdtemp(prefix="ssa-fuzz-")) / "tresor"
    shutil.copytree(_TEMPLATE["empty"], target)
    return target


def _valid_document() -> dict:
    """The export of a small demo vault: every table with rows of every field type. Made
    once; each test that imports it runs on the day it was filled."""
    from tests.support import demo_vaults

    if "doc" not in _TEMPLATE:
        from ssa_desktop.services.interchange import export_document

        folder = Path(tempfile.mkdtemp(prefix="ssa-fuzz-")) / "demo"
        session = demo_vaults.create(folder, scale=0.2)
        _TEMPLATE["doc"] = json.dumps(export_document(session.conn))
        _DOC_DAY.append(clock.today())
        session.lock()
    demo_vaults.on_day_filled(_DOC_DAY[0])
    return json.loads(_TEMPLATE["doc"])


def _assert_clean_outcome(code: int, message: str, folder: Path, before: dict) -> None:
    assert code in (0, 1), message
    assert "Unerwarteter Fehler" not in message and "Traceback" not in message, message
    if code == 1:
        assert message.strip(), "a refusal must say why"
        assert snapshot(folder) == before


@FUZZ
@given(doc=json_values)
def test_import_of_any_json_value_is_refused_cleanly(doc):
    folder = _empty_vault()
    source = folder.parent / "import.json"
    try:
        source.write_text(json.dumps(doc), "utf-8", errors="surrogatepass")
    except ValueError:
        source.write_bytes(b'{"format": "\xff"}')
    before = snapshot(folder)
    code, message = _run(["import-json", "--vault", str(folder), str(source)])
    _assert_clean_outcome(code, message, folder, before)
    shutil.rmtree(folder.parent, ignore_errors=True)


@FUZZ
@given(data=st.data(), value=json_values)
def test_import_of_a_mutated_export_never_half_writes(data, value):
    """One field of one row of a valid export replaced by any JSON value."""
    doc = _valid_document()
    tables = sorted(name for name, rows in doc["tables"].items() if rows)
    table = data.draw(st.sampled_from(tables + ["<header>"]), label="table")
    if table == "<header>":
        doc[data.draw(st.sampled_from(sorted(doc)), label="key")] = value
    else:
        rows = doc["tables"][table]
        row = rows[data.draw(st.integers(0, len(rows) - 1), label="row")]
        row[data.draw(st.sampled_from(sorted(row)), label="field")] = value
    folder = _empty_vault()
    source = folder.parent / "import.json"
    source.write_text(json.dumps(doc, allow_nan=True), "utf-8", errors="surrogatepass")
    before = snapshot(folder)
    code, message = _run(["import-json", "--vault", str(folder), str(source)])
    _assert_clean_outcome(code, message, folder, before)
    shutil.rmtree(folder.parent, ignore_errors=True)


def _with_field(table: str, field: str, raw: str) -> str:
    """The valid export's text with ``field`` of the first ``table`` row set to ``raw``
    (raw JSON text, so that non-standard numbers and broken escapes get through)."""
    doc = _valid_document()
    doc["tables"][table][0][field] = "@@RAW@@"
    return json.dumps(doc).replace('"@@RAW@@"', raw)


# The inputs the security review found (issue 7, item 13), pinned.
KNOWN_BAD = {
    "full_time_hours Infinity": lambda: _with_field("post", "full_time_hours", "Infinity"),
    "full_time_hours -5": lambda: _with_field("post", "full_time_hours", "-5"),
    "integer above 2^63": lambda: _with_field("contact", "duration_min", str(2**64)),
    "5000-digit integer": lambda: _with_field("contact", "duration_min", "9" * 5000),
    "broken surrogate in a note": lambda: _with_field("contact", "note", r'"\ud800x"'),
    "100000 nested brackets": lambda: "[" * 100000 + "]" * 100000,
}


@pytest.mark.parametrize("name", sorted(KNOWN_BAD))
def test_import_refuses_the_reviews_inputs_with_a_message(name):
    folder = _empty_vault()
    source = folder.parent / "import.json"
    source.write_text(KNOWN_BAD[name](), "utf-8")
    before = snapshot(folder)
    code, message = _run(["import-json", "--vault", str(folder), str(source)])
    assert code == 1, message
    _assert_clean_outcome(code, message, folder, before)
    shutil.rmtree(folder.parent, ignore_errors=True)


def _backup_bytes() -> bytes:
    if "backup" not in _TEMPLATE:
        folder = _empty_vault()
        session = Vault(folder).unlock(PASSPHRASE)
        repo.SCHOOLS.insert(session.conn, School("Schule am See", code="S-1", id="school-1"))
        path = backup_vault(session, folder.parent / "b.ssabak")
        session.lock()
        _TEMPLATE["backup"] = path.read_bytes()
    return _TEMPLATE["backup"]


@FUZZ
@given(mutation=st.one_of(
    st.just(("empty", 0, 0)),
    st.tuples(st.just("truncate"), st.integers(1, 40000), st.just(0)),
    st.tuples(st.just("flip"), st.integers(0, 40000), st.integers(0, 7)),
    st.tuples(st.just("random"), st.integers(0, 9000), st.integers(0, 2**32 - 1))))
def test_restore_of_a_damaged_or_foreign_file_changes_nothing(mutation):
    kind, a, b = mutation
    data = bytearray(_backup_bytes())
    if kind == "empty":
        data = bytearray()
    elif kind == "truncate":
        data = data[: a % max(1, len(data))]
    elif kind == "flip":
        data[a % len(data)] ^= 1 << b
    else:
        import random

        data = bytearray(random.Random(b).randbytes(a))
    folder = _empty_vault()
    source = folder.parent / "sicherung.ssabak"
    source.write_bytes(bytes(data))
    before = snapshot(folder)
    code, message = _run(["restore", "--vault", str(folder), str(source)])
    if kind == "flip" and code == 0:
        # A flip in a byte SQLCipher does not authenticate (none should exist) would pass
        # unnoticed; a restored vault must at least still pass its check.
        session = Vault(folder).unlock(PASSPHRASE)
        try:
            assert session.check() == []
        finally:
            session.lock()
    else:
        assert code == 1, (kind, message)
        _assert_clean_outcome(code, message, folder, before)
    shutil.rmtree(folder.parent, ignore_errors=True)
