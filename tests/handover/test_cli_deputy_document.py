"""``ssa-desktop package document`` (issue 61): the deputy adds a document from the CLI
through the same service as her window (``deputy_add_document``); a file that is not
taken (wrong format, a link) is refused in German with nothing written; the document
comes back with her return (``package return``, ``package import``) and lies at the
person, marked as hers. Through ``cli.main`` on real vaults and files."""

from __future__ import annotations

from ssa_desktop.services import documents
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover.conftest import WORKING
from tests.handover.conftest import run_cli as _run
from tests.support import document_files as f


def test_the_deputy_adds_a_document_by_cli_and_it_comes_back_hers(deputy_package, tmp_path,
                                                                   capsys):
    anna, folder, package = deputy_package.anna, deputy_package.folder, deputy_package.path
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "spe.pdf").write_bytes(f.pdf(text="Schweigepflichtentbindung"))
    (scans / "programm.pdf").write_bytes(b"MZ\x90\x00 kein PDF")
    (scans / "link.pdf").symlink_to(scans / "spe.pdf")
    add = ("package", "document", "--package", package, "--person", anna.id, "--kind",
           "release", "--title", "SPE Jugendamt", "--day", "2026-12-03")
    code, _, err = _run(capsys, WORKING, *add, scans / "programm.pdf")
    assert code == 1 and "keine PDF-, JPEG-, PNG-, TIFF-, DOCX- oder ODT-Datei" in err
    assert "Traceback" not in err
    code, _, err = _run(capsys, WORKING, *add, scans / "link.pdf")
    assert code == 1 and "Verknüpfung" in err
    code, text, err = _run(capsys, WORKING, *add, scans / "spe.pdf")
    assert code == 0, err
    assert "Dokument hinzugefügt: SPE Jugendamt (Schweigepflichtentbindung, 03.12.2026)" in text
    stick = deputy_package.stick
    code, text, err = _run(capsys, WORKING, "package", "return", "--package", package,
                           "--out", stick, "--last")
    assert code == 0, err
    assert "1 Dokument" in text
    [returned] = list(stick.iterdir())
    code, text, err = _run(capsys, WORKING, "package", "import", "--vault", folder, returned)
    assert code == 0, err
    assert "1 Dokument der Vertretung übernommen" in text and "„SPE Jugendamt“" in text
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        [doc] = documents.documents_of_person(session.conn, anna.id)   # the refusals: none
        assert (doc.title, doc.kind, doc.written_by) == (
            "SPE Jugendamt", "release", "Jana Berger (Vertretung)")
        assert documents.read_content(session.conn, doc) == (scans / "spe.pdf").read_bytes()
    finally:
        session.lock()
