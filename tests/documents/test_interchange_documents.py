"""Her documents travel in the interchange when she asks (issue 61: "interchange
export/import … carry them"; docs/interchange.md "Dokumente"): the JSON lists each with its
record link, size and SHA-256, the bytes lie in the archive beside it; reading back checks
every document before anything is written, stores each under a fresh key, never writes
one twice, and refuses a crafted archive by the document's title with nothing written."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest

from ssa_desktop.domain import documents as d
from ssa_desktop.domain.entities import Case, Person
from ssa_desktop.domain.tables import TABLES
from ssa_desktop.services import documents, interchange, interchange_import
from ssa_desktop.services import interchange_archive as ixd
from ssa_desktop.services import interchange_merge as mx
from ssa_desktop.storage import documents_repo as q
from ssa_desktop.storage import repositories as repo
from tests.conftest import PASSPHRASE
from tests.handover.test_cli_package_create import _run
from tests.support import document_files as f
from tests.support.vaults import new_vault

DAY = date(2026, 11, 23)


def _fill(conn) -> dict[str, bytes]:
    """Anna with a release (PDF) of her own and a letter (PNG) of her case; title → bytes."""
    anna = repo.PERSONS.insert(conn, Person("P-Anna", grade=7, school_id="school-1"))
    case = repo.CASES.insert(conn, Case(anna.id, date(2026, 9, 1), "school-1", "Schulangst"))
    made = {"SPE Anna": f.pdf(text="SPE Anna"), "Brief Jugendamt": f.image("PNG")}
    documents.add_document(conn, d.Owner("person", anna.id), "release", "SPE Anna", DAY,
                           made["SPE Anna"], "spe.pdf")
    documents.add_document(conn, d.Owner("case", case.id), "letter", "Brief Jugendamt", DAY,
                           made["Brief Jugendamt"], "brief.png")
    return made


@pytest.fixture
def target(tmp_path):
    session = new_vault(tmp_path / "neu")
    yield session
    session.lock()


def _export(conn, tmp_path) -> Path:
    return interchange.write_export(conn, tmp_path / "alles.json", with_documents=True)


def _bytes_by_title(conn) -> dict[str, bytes]:
    return {doc.title: documents.read_content(conn, doc) for doc in q.every(conn)}


def _files(conn) -> list[str]:
    where = q.folder(conn)
    return sorted(p.name for p in where.iterdir()) if where and where.is_dir() else []


def test_a_vault_with_documents_moves_with_them_bytes_equal(open_vault, target, tmp_path):
    made = _fill(open_vault.conn)
    path = _export(open_vault.conn, tmp_path)
    text = path.read_text("utf-8")
    doc = json.loads(text)
    section = doc["documents"]
    assert section["file"] == "alles.dokumente.zip" == ixd.archive_path(path).name
    mine = {x.id: x for x in q.every(open_vault.conn)}
    for item in section["items"]:
        kept = mine[item["id"]]
        assert (item["size"], item["sha256"], item["person_id"], item["case_id"]) == (
            kept.size, kept.sha256, kept.person_id, kept.case_id)
        assert "content_key" not in item and kept.content_key not in text
        assert set(item) == set(TABLES["document"].columns) - {"content_key"} | {"entry"}
    assert oct(ixd.archive_path(path).stat().st_mode & 0o777) == "0o600"
    written = interchange_import.import_document(target.conn, doc, beside=path)
    assert written["document"] == 2
    assert _bytes_by_title(target.conn) == made
    theirs = {x.id: x for x in q.every(target.conn)}
    assert theirs.keys() == mine.keys()
    assert all(theirs[i].content_key != mine[i].content_key for i in mine), "fresh keys"
    assert all(theirs[i].case_id == mine[i].case_id for i in mine), "record links kept"
    assert documents.check_documents(target.conn) == []


def test_merging_into_a_vault_that_has_them_does_not_duplicate(open_vault, target, tmp_path):
    _fill(open_vault.conn)
    path = _export(open_vault.conn, tmp_path)
    doc = interchange.read_document(path)
    before = _files(open_vault.conn)
    result = mx.merge_document(open_vault.conn, doc, beside=path)
    assert result.changed_nothing and result.identical["document"] == 2
    assert _files(open_vault.conn) == before and len(q.every(open_vault.conn)) == 2
    interchange_import.import_document(target.conn, doc, beside=path)
    again = mx.merge_document(target.conn, doc, beside=path)
    assert again.inserted["document"] == 0 and len(q.every(target.conn)) == 2
    assert len(_files(target.conn)) == 2


def test_merging_brings_a_document_the_vault_lacks(open_vault, target, tmp_path):
    made = _fill(open_vault.conn)
    first = _export(open_vault.conn, tmp_path)
    anna = repo.PERSONS.all(open_vault.conn)[0]
    made["Bescheid"] = f.docx("Bescheid")
    documents.add_document(open_vault.conn, d.Owner("person", anna.id), "report", "Bescheid",
                           DAY, made["Bescheid"], "bescheid.docx")
    later = interchange.write_export(open_vault.conn, tmp_path / "später.json",
                                     with_documents=True)
    interchange_import.import_document(target.conn, interchange.read_document(first),
                                       beside=first)
    result = mx.merge_document(target.conn, interchange.read_document(later), beside=later)
    assert (result.inserted["document"], result.identical["document"]) == (1, 2)
    assert _bytes_by_title(target.conn) == made


def test_a_document_deleted_here_does_not_come_back(open_vault, tmp_path):
    _fill(open_vault.conn)
    path = _export(open_vault.conn, tmp_path)
    gone = next(x for x in q.every(open_vault.conn) if x.title == "SPE Anna")
    documents.delete_document(open_vault.conn, gone.id, DAY)
    result = mx.merge_document(open_vault.conn, interchange.read_document(path), beside=path)
    assert result.inserted["document"] == 0 and result.deleted_here == 1
    assert [x.title for x in q.every(open_vault.conn)] == ["Brief Jugendamt"]


def test_an_unreadable_document_stops_the_export_with_no_file_written(open_vault, tmp_path):
    _fill(open_vault.conn)
    damaged = q.content_path(open_vault.conn, q.every(open_vault.conn)[0].id)
    damaged.write_bytes(b"\0" * 4096)
    out = tmp_path / "aus"
    out.mkdir()
    with pytest.raises(q.DocumentUnreadable):
        _export(open_vault.conn, out)
    assert sorted(p.name for p in out.iterdir()) == []


# -- crafted archives: refused by title and reason, nothing written -------------------------
def _rewrite(archive: Path, change) -> None:
    """The archive again, each entry's (name, bytes) through ``change`` (None: left out)."""
    with zipfile.ZipFile(archive) as z:
        entries = [(i.filename, z.read(i)) for i in z.infolist()]
    os.remove(archive)
    with zipfile.ZipFile(archive, "w") as z:
        for name, data in entries:
            changed = change(name, data)
            if changed is not None:
                z.writestr(*changed)


def _spe(doc: dict) -> dict:
    return next(i for i in doc["documents"]["items"] if i["title"] == "SPE Anna")


def _wrong_digest(path, doc):
    entry = _spe(doc)["entry"]
    _rewrite(ixd.archive_path(path), lambda n, b: (n, b[:-20] + b"x" * 20) if n == entry else (n, b))


def _missing(path, doc):
    entry = _spe(doc)["entry"]
    _rewrite(ixd.archive_path(path), lambda n, b: None if n == entry else (n, b))


def _dotdot_in_json(path, doc):
    _spe(doc)["entry"] = "../" + _spe(doc)["entry"]


def _dotdot_in_archive(path, doc):
    with zipfile.ZipFile(ixd.archive_path(path), "a") as z:
        z.writestr("../../evil.pdf", f.pdf())


def _dotdot_id(path, doc):
    _spe(doc)["id"] = "../../../etc/x"


def _symlinked_archive(path, doc):
    archive = ixd.archive_path(path)
    real = archive.with_name("woanders.zip")
    archive.rename(real)
    archive.symlink_to(real)


def _symlink_entry(path, doc):
    info = zipfile.ZipInfo("link.pdf")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(ixd.archive_path(path), "a") as z:
        z.writestr(info, "/etc/passwd")


def _oversize(path, doc):
    entry = _spe(doc)["entry"]
    big = f.pdf() + b"\0" * (d.MAX_BYTES + 1)
    _rewrite(ixd.archive_path(path), lambda n, b: (n, big) if n == entry else (n, b))
    _spe(doc)["size"] = len(big)


def _wrong_format(path, doc):
    _spe(doc)["mime"] = d.JPEG
    _spe(doc)["entry"] = _spe(doc)["entry"].replace(".pdf", ".jpg")
    entry = _spe(doc)["entry"]
    _rewrite(ixd.archive_path(path),
             lambda n, b: (entry, b) if n.endswith(".pdf") else (n, b))


@pytest.mark.parametrize("craft,reason", [
    (_wrong_digest, "Dokument „SPE Anna“: die Prüfsumme stimmt nicht"),
    (_missing, "Dokument „SPE Anna“: die Datei fehlt"),
    (_dotdot_in_json, "Dokument „SPE Anna“: der Name im Archiv „../"),
    (_dotdot_in_archive, "„../../evil.pdf“ hat einen Pfad statt eines einfachen Namens"),
    (_dotdot_id, "die Kennung ist kein einfacher Name"),
    (_symlinked_archive, "„alles.dokumente.zip“ ist keine gewöhnliche Datei"),
    (_symlink_entry, "„link.pdf“ ist keine gewöhnliche Datei (Ordner oder Verknüpfung)"),
    (_oversize, "Dokument „SPE Anna“: die Datei ist größer als 25 MB"),
    (_wrong_format, "Dokument „SPE Anna“: das Format stimmt nicht: die Datei ist PDF"),
])
def test_a_crafted_archive_is_refused_by_title_and_nothing_is_written(
        open_vault, target, tmp_path, craft, reason):
    _fill(open_vault.conn)
    path = _export(open_vault.conn, tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    craft(path, doc)
    with pytest.raises(interchange.InterchangeError) as refused:
        interchange_import.import_document(target.conn, doc, beside=path)
    assert reason in str(refused.value)
    assert interchange_import.is_empty(target.conn) and q.every(target.conn) == []
    assert _files(target.conn) == []
    assert not (tmp_path / "evil.pdf").exists() and not Path("/etc/x.ssadoc").exists()


@pytest.mark.parametrize("change,reason", [
    ({"mood": "gut"}, "unbekanntes Feld „mood“"),
    ({"person_id": None}, "Pflichtfeld „person_id“ fehlt"),
    ({"size": "12"}, "falscher Typ in „size“"),
    ({"case_id": "f" * 32}, "„case_id“ verweist auf einen Eintrag, den es nicht gibt"),
    ({"day": "2026-13-01"}, "„2026-13-01“ ist kein gültiges Datum"),
    ({"sha256": "abc"}, "keine SHA-256-Prüfsumme"),
    ({"mime": "application/x-msdownload"}, "wird nicht angenommen"),
])
def test_a_bad_item_is_named_by_its_place_before_the_archive_is_read(
        open_vault, target, tmp_path, change, reason):
    _fill(open_vault.conn)
    path = _export(open_vault.conn, tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    _spe(doc).update(change)
    ixd.archive_path(path).unlink()             # never opened: the item is refused first
    at = doc["documents"]["items"].index(_spe(doc))
    with pytest.raises(interchange.InterchangeError, match=rf"documents\.items\[{at}\]: .*{reason}"):
        interchange_import.import_document(target.conn, doc, beside=path)
    assert interchange_import.is_empty(target.conn)


@pytest.mark.parametrize("name", ["../alles.dokumente.zip", "..\\alles.dokumente.zip",
                                  "C:alles.dokumente.zip", "/etc/alles.dokumente.zip",
                                  "alles.zip", ".dokumente.zip"])
def test_an_archive_named_outside_its_folder_is_refused(open_vault, target, tmp_path, name):
    _fill(open_vault.conn)
    path = _export(open_vault.conn, tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    doc["documents"]["file"] = name
    with pytest.raises(interchange.InterchangeError, match="documents.file: erwartet den Namen"):
        interchange_import.import_document(target.conn, doc, beside=path)
    assert interchange_import.is_empty(target.conn)


def test_a_crafted_archive_leaves_a_vault_with_data_unchanged(open_vault, tmp_path):
    _fill(open_vault.conn)
    path = _export(open_vault.conn, tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    spe = _spe(doc)
    spe["id"] = "a" * 32                      # a new document here …
    _rewrite(ixd.archive_path(path), lambda n, b: (
        (spe["id"] + ".pdf", b[:-20] + b"x" * 20) if n == spe["entry"] else (n, b)))
    spe["entry"] = spe["id"] + ".pdf"         # … whose bytes are not its digest
    before = (_files(open_vault.conn), [x.id for x in q.every(open_vault.conn)])
    with pytest.raises(interchange.InterchangeError, match="„SPE Anna“: die Prüfsumme"):
        mx.merge_document(open_vault.conn, doc, beside=path)
    assert (_files(open_vault.conn), [x.id for x in q.every(open_vault.conn)]) == before


def test_a_file_naming_documents_without_their_archive_is_refused(open_vault, target, tmp_path):
    _fill(open_vault.conn)
    path = _export(open_vault.conn, tmp_path)
    doc = interchange.read_document(path)
    with pytest.raises(interchange.InterchangeError, match="kein[s]? angegeben"):
        interchange_import.import_document(target.conn, doc)
    ixd.archive_path(path).unlink()
    with pytest.raises(interchange.InterchangeError, match="fehlt neben der Austauschdatei"):
        interchange_import.import_document(target.conn, doc, beside=path)
    assert interchange_import.is_empty(target.conn)


# -- the CLI ------------------------------------------------------------------------------
def test_cli_leaves_them_out_unless_asked_and_carries_them_when_asked(
        open_vault, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    made = _fill(open_vault.conn)
    folder = open_vault.vault.folder
    open_vault.lock()
    plain = tmp_path / "ohne.json"
    code, out, err = _run(capsys, "export-json", "--vault", folder, "--out", plain)
    assert code == 0, err
    assert "Nicht enthalten: 2 Dokumente" in out and "--with-documents" in out
    assert "documents" not in json.loads(plain.read_text("utf-8"))
    assert not ixd.archive_path(plain).exists()
    path = tmp_path / "mit.json"
    code, out, err = _run(capsys, "export-json", "--vault", folder, "--out", path,
                          "--with-documents")
    assert code == 0, err
    assert "mit.dokumente.zip" in out and "Nicht enthalten" not in out
    empty = tmp_path / "leer"
    new_vault(empty).lock()
    code, out, err = _run(capsys, "import-json", "--vault", empty, path)
    assert code == 0, err
    assert "Davon 2 Dokumente: Prüfsummen geprüft, verschlüsselt im Tresor gespeichert." in out
    from ssa_desktop.storage.vault import Vault

    session = Vault(empty).unlock(PASSPHRASE)
    try:
        assert _bytes_by_title(session.conn) == made
    finally:
        session.lock()


def test_export_and_import_hold_one_document_at_a_time(open_vault, target, tmp_path):
    """Four scans of 4.3 MB each (noise, incompressible): writing the archive and reading
    it back hold at most one of them in memory (all four would be over 17 MB)."""
    import tracemalloc

    from tests.documents.test_school_package_streamed import _scan

    anna = repo.PERSONS.insert(open_vault.conn, Person("P-Anna", grade=7, school_id="school-1"))
    sizes = [documents.add_document(open_vault.conn, d.Owner("person", anna.id), "report",
                                    f"Scan {n}", DAY, _scan(n), f"scan{n}.png").size
             for n in range(4)]
    peaks = []
    for step in ("export", "import"):
        tracemalloc.start()
        try:
            if step == "export":
                path = _export(open_vault.conn, tmp_path)
            else:
                interchange_import.import_document(target.conn, interchange.read_document(path),
                                                   beside=path)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    assert documents.check_documents(target.conn) == [] and len(q.every(target.conn)) == 4
    assert max(peaks) < 2 * max(sizes), (peaks, max(sizes))


@pytest.mark.parametrize("choice,title,counted", [
    (None, "SPE Anna", "conflicts"), (mx.KEEP_MINE, "SPE Anna", "kept"),
    (mx.TAKE_THEIRS, "SPE Anna (zweite Fassung)", "taken")])
def test_a_document_here_with_another_title_in_the_file_is_a_conflict(open_vault, tmp_path,
                                                                        choice, title, counted):
    """Same id and content, another title (or kind, day, name): a conflict like any row's
    field difference, asked, never overwritten silently; taking theirs changes the facts,
    not the file. Before, it was counted identical and the title dropped (a reviewer's
    finding)."""
    _fill(open_vault.conn)
    path = _export(open_vault.conn, tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    item = next(x for x in doc["documents"]["items"] if x["title"] == "SPE Anna")
    item["title"] = "SPE Anna (zweite Fassung)"
    before = _files(open_vault.conn)
    result = mx.merge_document(open_vault.conn, doc, choice and {"*": choice}, beside=path)
    assert result.identical["document"] == 1
    if counted == "conflicts":
        [conflict] = result.conflicts
        assert (conflict.ref, conflict.place, conflict.values) == (
            f"document:{item['id']}", f"documents.items[{doc['documents']['items'].index(item)}]",
            (("title", "SPE Anna", "SPE Anna (zweite Fassung)"),))
    else:
        assert getattr(result, counted)["document"] == 1 and not result.conflicts
    assert q.DOCUMENTS.get(open_vault.conn, item["id"]).title == title
    assert _files(open_vault.conn) == before and documents.check_documents(open_vault.conn) == []


def test_a_document_here_that_the_file_links_elsewhere_refuses_the_file(open_vault, tmp_path):
    """Same id and content at another person's record or with other facts of its content:
    no form moves a document, so the file is refused by the title, nothing written."""
    _fill(open_vault.conn)
    path = _export(open_vault.conn, tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    item = next(x for x in doc["documents"]["items"] if x["title"] == "Brief Jugendamt")
    item["case_id"] = None
    with pytest.raises(interchange.InterchangeError, match="Brief Jugendamt"):
        mx.merge_document(open_vault.conn, doc, {"*": mx.TAKE_THEIRS}, beside=path)
    assert q.DOCUMENTS.get(open_vault.conn, item["id"]).case_id is not None


@pytest.mark.parametrize("field,value,said", [
    ("kind", "gibt-es-nicht", "die Art „gibt-es-nicht“ gibt es nicht"),
    ("title", "SPE Anna " + "x" * 200, "Der Titel ist länger als"),
    ("title", "\u202eSPE Anna", "der Titel enthält Steuer- oder Richtungszeichen"),
    ("file_name", "..\\..\\CON.pdf", "der Dateiname ist kein bloßer Name"),
])
def test_a_fact_of_a_document_here_is_held_to_the_forms_rules(open_vault, tmp_path,
                                                              field, value, said):
    """A document this vault has, its facts changed in the file: a kind, title or file
    name the Dokumente form refuses is refused by the title, never asked as a conflict
    whose „theirs“ would store it (a reviewer's finding: ``_compare`` skipped the checks
    ``content_problem`` makes for a new document)."""
    _fill(open_vault.conn)
    path = _export(open_vault.conn, tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    item = next(x for x in doc["documents"]["items"] if x["title"] == "SPE Anna")
    item[field] = value
    with pytest.raises(interchange.InterchangeError) as refused:
        mx.merge_document(open_vault.conn, doc, {"*": mx.TAKE_THEIRS}, beside=path)
    assert "SPE Anna" in str(refused.value) and said in str(refused.value)
    assert getattr(q.DOCUMENTS.get(open_vault.conn, item["id"]), field) != value


def _a_file_restricting_anna(open_vault, tmp_path) -> tuple[dict, Path, Person]:
    """The vault's export read back, restricting Anna (Art. 18 DSGVO); its path (the
    archive beside it); Anna."""
    _fill(open_vault.conn)
    path = _export(open_vault.conn, tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    anna = repo.PERSONS.all(open_vault.conn)[0]
    doc["tables"]["retention_restriction"] = [{"record_id": anna.id, "record_kind": "person",
                                               "reason": "Widerspruch", "since": "2026-11-24"}]
    return doc, path, anna


def _merged_taking_her_restriction(conn, doc: dict, path: Path,
                                   anna: Person) -> mx.MergeResult:
    """``doc`` merged, her answer „theirs“ for Anna's restriction only."""
    return mx.merge_document(conn, doc, {f"retention_restriction:{anna.id}": mx.TAKE_THEIRS},
                             beside=path)


def test_a_restriction_taken_from_the_file_hides_a_later_document_conflict(open_vault,
                                                                             tmp_path):
    """The merge reads the restrictions once (``interchange_merge.RestrictedHere``) but
    again after it wrote one: Anna restricted by the file (taken), the conflict on her
    document's title that follows shows neither title."""
    doc, path, anna = _a_file_restricting_anna(open_vault, tmp_path)
    doc["documents"]["items"][0]["title"] = "Neuer Titel"
    [conflict] = _merged_taking_her_restriction(open_vault.conn, doc, path, anna).conflicts
    assert conflict.table == "document" and conflict.values == ()
    assert conflict.what == mx.RESTRICTED_WHAT and "Neuer Titel" not in str(conflict)


def test_every_fact_a_document_conflict_can_name_has_a_german_label():
    """The conflict text names each differing fact by its German word (``FIELD_LABELS``);
    „file_name“ was shown as the English identifier (a reviewer's finding)."""
    from ssa_desktop.domain.handover import FIELD_LABELS
    from ssa_desktop.services import package_documents

    assert {name: FIELD_LABELS.get(name) for name in package_documents.DESCRIBED} == {
        "kind": "Art", "title": "Titel", "day": "Datum", "file_name": "Dateiname",
        "written_by": "eingetragen von"}


def test_a_restriction_in_the_file_hides_the_conflict_on_her_person_row(open_vault, tmp_path):
    """The file restricts Anna (Art. 18 DSGVO) and differs on her own row: the person is
    merged before the restrictions, so her conflict named her values before the
    restriction was read (a reviewer's finding). A restriction she takes counts from the
    first row: the neutral sentence only."""
    doc, path, anna = _a_file_restricting_anna(open_vault, tmp_path)
    row = next(r for r in doc["tables"]["person"] if r["id"] == anna.id)
    row["class_label"] = "9z"
    [conflict] = _merged_taking_her_restriction(open_vault.conn, doc, path, anna).conflicts
    assert conflict.table == "person" and conflict.values == ()
    assert conflict.what == mx.RESTRICTED_WHAT and "9z" not in str(conflict)
