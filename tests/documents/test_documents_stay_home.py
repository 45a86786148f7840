"""A Vertretungspaket carries a document only when she ticks it (docs/documents.md): none
by default; a ticked one goes with the columns its table declaration allows for a deputy
(an allowlist, domain/tables.py: no vault key, no file name, no link to a case, consent or
procedure), its bytes inside the package (encrypted under the package key), digest equal;
the disclosure of her person names „Dokument“."""

from __future__ import annotations

from ssa_desktop.domain import documents as d
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain import tables
from ssa_desktop.domain.digests import sha256
from ssa_desktop.services import documents, handover_deputy
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import documents_repo
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_allowlist import _filled, _full_data
from tests.services.test_handover import DEPUTY, PERIOD, TODAY
from tests.support import document_files as f


def _two(conn):
    anna = _full_data(conn)
    [case] = [c for c in repo.CASES.all(conn) if c.person_id == anna.id][:1]
    docs = [documents.add_document(conn, d.Owner(*owner), "release", title, TODAY,
                                   f.pdf(text=title), f"{title}.pdf")
            for title, owner in (("SPE Anna", ("person", anna.id)),
                                 ("Bericht Anna", ("case", case.id)))]
    return anna, docs


def _package(conn, tmp_path, anna, ticked):
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    return handover_deputy.create_deputy_package(
        conn, PERIOD, DEPUTY, [anna.id], out, today=TODAY,
        extras={anna.id: set(rules.EXTRAS)}, documents=[doc.id for doc in ticked])


def test_a_deputy_package_carries_no_document_unticked(conn, tmp_path):
    anna, _docs = _two(conn)
    result = _package(conn, tmp_path, anna, [])
    assert result.counts["Dokumente"] == 0
    pkg, _ = svc.open_package(result.path, result.key_text, today=TODAY)
    try:
        assert "document" not in _filled(pkg)
        assert pkg.execute("SELECT count(*) FROM document").fetchone() == (0,)
        assert documents_repo.package_file_ids(pkg) == []
    finally:
        pkg.close()
    assert [p.name for p in (tmp_path / "out").iterdir()] == [result.path.name]
    [disclosure] = [x for x in repo.DISCLOSURES.all(conn) if x.person_id == anna.id]
    assert "document" not in disclosure.categories


def test_a_ticked_document_goes_with_the_declared_columns_and_its_bytes(conn, tmp_path):
    anna, docs = _two(conn)
    result = _package(conn, tmp_path, anna, docs[1:])
    assert result.counts["Dokumente"] == 1
    assert set(tables.TABLES["document"].deputy) == {
        "id", "person_id", "kind", "title", "day", "mime", "size", "sha256", "added"}
    pkg, _ = svc.open_package(result.path, result.key_text, today=TODAY)
    try:
        [row] = pkg.execute("SELECT id, title, file_name, content_key, case_id FROM document")
        assert row == (docs[1].id, "Bericht Anna", "", "", None)
        assert documents_repo.package_file_ids(pkg) == [docs[1].id]
        data = documents_repo.package_file(pkg, docs[1].id)
        assert data is not None and sha256(data).hexdigest() == docs[1].sha256
    finally:
        pkg.close()
    raw = result.path.read_bytes()
    assert b"%PDF" not in raw and b"Bericht Anna" not in raw   # encrypted under the package key
    [disclosure] = [x for x in repo.DISCLOSURES.all(conn) if x.person_id == anna.id]
    assert rules.DOCUMENT_CATEGORY in disclosure.categories


def test_a_document_of_a_person_not_in_the_package_stays_home(conn, tmp_path):
    anna, _docs = _two(conn)
    from ssa_desktop.domain.entities import Person
    ben = repo.PERSONS.insert(conn, Person("P-Ben", grade=5, school_id="school-1"))
    other = documents.add_document(conn, d.Owner("person", ben.id), "letter", "Brief Ben",
                                   TODAY, f.pdf(text="Ben"), "ben.pdf")
    result = _package(conn, tmp_path, anna, [other])
    assert result.counts["Dokumente"] == 0


def test_the_cli_ticks_a_document_for_a_deputy_with_document(open_vault, tmp_path, capsys,
                                                             monkeypatch):
    from tests.conftest import PASSPHRASE
    from tests.handover.test_cli_package_create import PERIOD, _key, _run
    from tests.handover.test_cli_package_create import TODAY as CLI_TODAY
    from tests.services.test_handover import _person

    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    anna = _person(open_vault.conn, "Anna")
    doc = documents.add_document(open_vault.conn, d.Owner("person", anna.id), "release",
                                 "SPE Anna", CLI_TODAY, f.pdf(text="SPE"), "spe.pdf")
    folder = open_vault.vault.folder
    open_vault.lock()
    out_dir = tmp_path / "stick"
    out_dir.mkdir()
    code, out, err = _run(capsys, "package", "create", "--vault", folder, *PERIOD, "--deputy",
                          "Jana Berger", "--document", doc.id, "--out", out_dir)
    assert code == 0, err
    assert "1 Dokument" in out
    [package] = list(out_dir.iterdir())
    pkg, _info = svc.open_package(package, _key(out), today=CLI_TODAY)
    try:
        assert documents_repo.package_file_ids(pkg) == [doc.id]
    finally:
        pkg.close()
