"""The interchange JSON carries no document (decision in docs/interchange.md and
docs/documents.md: a document's row holds its key, its bytes would make the file
gigabytes, and the JSON is plaintext); the export says so when the vault holds any, with
their number and where they do travel."""

from __future__ import annotations

import json

from ssa_desktop.domain import documents as d
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import documents, interchange
from ssa_desktop.storage import repositories as repo
from tests.conftest import PASSPHRASE
from tests.handover.test_cli_package_create import TODAY, _run
from tests.support import document_files as f


def test_the_export_says_the_documents_stay_in_the_vault(open_vault, tmp_path, capsys,
                                                         monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    conn = open_vault.conn
    assert interchange.documents_not_carried(conn) == ""
    anna = repo.PERSONS.insert(conn, Person("P-Anna", grade=7, school_id="school-1"))
    for title in ("SPE Anna", "Brief Anna"):
        documents.add_document(conn, d.Owner("person", anna.id), "letter", title, TODAY,
                               f.pdf(text=title), "x.pdf")
    said = interchange.documents_not_carried(conn)
    assert said.startswith("Nicht enthalten: 2 Dokumente")
    folder = open_vault.vault.folder
    open_vault.lock()
    out_file = tmp_path / "alles.json"
    code, out, err = _run(capsys, "export-json", "--vault", folder, "--out", out_file)
    assert code == 0, err
    assert said in out
    doc = json.loads(out_file.read_text("utf-8"))
    assert "document" not in doc["tables"]
    assert "SPE Anna" not in out_file.read_text("utf-8")
