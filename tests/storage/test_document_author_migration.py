"""Migration "document_written_by": who added a document. A vault of the schema before it
(the v2 fixture, made by the historical code, brought up by the shipped migrations) with a
document (row and its encrypted file) is unlocked by this build: the document is there,
readable byte for byte, marked as the post holder's own (""), and ``check`` finds nothing."""

from __future__ import annotations

import os
from datetime import date

from ssa_desktop.domain.digests import sha256
from ssa_desktop.services import documents, vault_admin
from ssa_desktop.storage import documents_repo, migrations
from ssa_desktop.storage.connection import connect
from ssa_desktop.storage.emergency import parse_key
from ssa_desktop.storage.vault import DB_NAME, Vault
from tests.storage.test_true_migrations import _old_vault, _raw
from tests.support import document_files as f


def _version_of(name: str) -> int:
    return next(v for v, n, _ in migrations.available() if n == name)


def test_the_documents_of_an_older_vault_are_hers_after_the_update(tmp_path, frozen_clock):
    before = _version_of("document_written_by") - 1
    data = f.pdf(text="Einwilligung")
    key = os.urandom(32)
    folder, info = _old_vault(
        tmp_path, before,
        "INSERT INTO document (id, person_id, kind, title, day, mime, size, sha256, file_name,"
        " added, content_key) VALUES ('doc-1', 'fixture-person-1', 'consent', 'Einwilligung',"
        f" '2025-02-03', 'application/pdf', {len(data)}, '{sha256(data).hexdigest()}', 'e.pdf',"
        f" '2025-02-03T10:00:00', '{key.hex()}')")
    conn = connect(folder / DB_NAME, parse_key(info["emergency_key"]))
    try:
        documents_repo.write_content(conn, "doc-1", key, data)
    finally:
        conn.close()
    assert "written_by" not in {r[1] for r in _raw(folder, info, "PRAGMA table_info(document)")}
    session = Vault(folder).unlock(info["passphrase"])
    try:
        assert session.schema_version() == migrations.latest_version()
        assert vault_admin.check_vault(session) == []
        [doc] = documents.documents_of_person(session.conn, "fixture-person-1")
        assert (doc.id, doc.title, doc.day, doc.written_by) == (
            "doc-1", "Einwilligung", date(2025, 2, 3), "")
        assert documents.read_content(session.conn, doc) == data
    finally:
        session.lock()
