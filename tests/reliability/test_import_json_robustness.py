"""Issue 7 item 13: hostile numbers, nesting and text in an interchange file give a German
message naming the field, write nothing, and an export is always valid JSON."""

from __future__ import annotations

import json
import math

import pytest

from ssa_desktop.cli import main
from ssa_desktop.services.interchange import (
    InterchangeError,
    export_document,
    read_document,
    write_export,
)
from ssa_desktop.services.interchange_import import import_document
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def document(open_vault):
    """A valid export of a vault with a post (the test vault's school plus one post)."""
    from ssa_desktop.domain.entities import Post

    repo.POSTS.insert(open_vault.conn, Post("Stelle Nord", full_time_hours=39.0, id="post-1"))
    return json.loads(json.dumps(export_document(open_vault.conn)))


def _post_text(document: dict, raw_value: str) -> str:
    """The document as JSON text with ``full_time_hours`` replaced by raw JSON text."""
    document["tables"]["post"][0]["full_time_hours"] = "@@"
    return json.dumps(document).replace('"@@"', raw_value)


def _refused(tmp_path, text: str, *expected: str) -> str:
    path = tmp_path / "austausch.json"
    path.write_text(text, "utf-8")
    with pytest.raises(InterchangeError) as err:
        doc = read_document(path)
        session, _ = Vault.create(tmp_path / "leer", PASSPHRASE, params=FAST_KDF)
        try:
            import_document(session.conn, doc)
        finally:
            assert repo.table_counts(session.conn).get("post", 0) == 0
            session.lock()
    message = str(err.value)
    for part in expected:
        assert part in message, message
    message.encode("utf-8")  # printable: no lone surrogate inside the message itself
    return message


@pytest.mark.parametrize("raw", ["Infinity", "-Infinity", "NaN", "1e400"])
def test_non_finite_hours_name_the_field(document, tmp_path, raw):
    _refused(tmp_path, _post_text(document, raw), "tables.post[0].full_time_hours")


def test_negative_hours_name_the_field(document, tmp_path):
    _refused(tmp_path, _post_text(document, "-5"), "tables.post[0].full_time_hours",
             "zwischen 1 und 60")


@pytest.mark.parametrize("raw", [str(2 ** 63), str(-(2 ** 63) - 1), "9" * 5000])
def test_integers_sqlite_cannot_store_name_the_field(document, tmp_path, raw):
    document["tables"]["school_pupils"] = [
        {"school_id": document["tables"]["school"][0]["id"], "school_year": 2025, "pupils": "@@"}]
    text = json.dumps(document).replace('"@@"', raw)
    message = _refused(tmp_path, text, "tables.school_pupils[0].pupils")
    assert len(message) < 2000  # the 5,000 digits are not echoed


def test_deep_nesting_is_refused_with_a_message(tmp_path):
    _refused(tmp_path, "[" * 100_000 + "]" * 100_000, "verschachtelt")


def test_a_lone_surrogate_in_a_note_names_the_field(document, tmp_path):
    document["tables"]["person"] = [{"id": "p1", "pseudonym": "K-1", "note": "@@"}]
    text = json.dumps(document).replace('"@@"', '"Notiz \\ud800 kaputt"')
    _refused(tmp_path, text, "tables.person[0].note", "Zeichen")


def test_cli_import_of_a_hostile_file_is_a_message_not_a_crash(document, tmp_path, monkeypatch,
                                                               capsys):
    path = tmp_path / "austausch.json"
    path.write_text(_post_text(document, "Infinity"), "utf-8")
    Vault.create(tmp_path / "leer", PASSPHRASE, params=FAST_KDF)[0].lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert main(["import-json", "--vault", str(tmp_path / "leer"), str(path)]) == 1
    err = capsys.readouterr().err
    assert "full_time_hours" in err and "Unerwarteter" not in err


def test_export_never_writes_non_json(open_vault, tmp_path):
    from ssa_desktop.domain.entities import Post

    post = Post("Stelle Süd", full_time_hours=39.0, id="post-2")
    repo.POSTS.insert(open_vault.conn, post)
    open_vault.conn.execute("UPDATE post SET full_time_hours = ? WHERE id = 'post-2'",
                            (math.inf,))
    target = tmp_path / "export.json"
    with pytest.raises(InterchangeError) as err:
        write_export(open_vault.conn, target)
    assert "full_time_hours" in str(err.value)
    assert not target.exists()
