"""The receipt of a school handover proves that every document she ticked arrived
(docs/documents.md, docs/handover.md): the successor's receipt names each document that
arrived with its SHA-256, under the receipt's proof; the predecessor's check compares them
with what went and says so; a document missing, changed or unknown, or a receipt that
names none, is refused by name and nothing is deleted."""

from __future__ import annotations

import json

import pytest

from ssa_desktop.domain import documents as d
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Case, Person
from ssa_desktop.services import (
    documents,
    handover_confirm,
    handover_receipt,
    handover_school,
    package_documents,
    tombstones,
)
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import documents_repo
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage import repositories as repo
from tests.services.test_handover import TODAY
from tests.support import document_files as f
from tests.support.vaults import fresh_vault


def _handed(conn, tmp_path, tombstone_first: bool = False):
    """Anna with two documents at school-1, both ticked; the successor receives the
    package (having deleted the first one before, with ``tombstone_first``)."""
    anna = repo.PERSONS.insert(conn, Person("P-Anna", grade=7, school_id="school-1"))
    docs = [documents.add_document(conn, d.Owner("person", anna.id), "consent", title, TODAY,
                                   f.pdf(text=title), "a.pdf")
            for title in ("Einwilligung Anna", "Zeugnis Anna")]
    result = handover_school.create_school_package(
        conn, "school-1", rules.Deputy("Mara Ott"), tmp_path / "aus", today=TODAY,
        documents=[doc.id for doc in docs])
    with fresh_vault() as successor:
        if tombstone_first:
            tombstones.deleted(successor.conn, documents.TOMBSTONE_KIND, docs[0].id, TODAY)
        _result, receipt = handover_school.receive_school_package(
            successor.conn, result.path, result.key_text, tmp_path, today=TODAY)
    return docs, result, receipt


def _reproved(conn, receipt, change) -> None:
    """The receipt changed by ``change`` and proved again with the package's secret (as
    only a successor's app that opened the package could)."""
    data = json.loads(receipt.read_text("utf-8"))
    change(data)
    secret = q.registry(conn, q.REGISTRY_PREFIX)[data["package_id"]]["receipt_secret"]
    fields = handover_receipt._fields(data["package_id"], data["content_hash"], data["received"],
                                      data["counts"], data["rows"], data.get("documents", {}))
    data["proof"] = handover_receipt._proof(fields, secret)
    receipt.write_text(json.dumps(data), "utf-8")


def _still_there(conn, docs) -> None:
    assert sorted(doc.id for doc in documents_repo.every(conn)) == sorted(doc.id for doc in docs)
    assert len(repo.PERSONS.all(conn)) == 1


def test_the_receipt_names_each_document_with_its_digest_and_the_check_says_so(conn, tmp_path):
    docs, _result, receipt = _handed(conn, tmp_path)
    said = json.loads(receipt.read_text("utf-8"))
    assert said["documents"] == {doc.id: doc.sha256 for doc in docs}
    assert said["version"] == 2
    report = handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    assert report.documents_sentence == ("Beide mitgegebenen Dokumente sind laut Quittung "
                                         "angekommen (Prüfsummen verglichen).")
    assert documents_repo.every(conn) == []


def test_a_document_that_did_not_arrive_is_named_and_nothing_is_deleted(conn, tmp_path):
    docs, _result, receipt = _handed(conn, tmp_path, tombstone_first=True)
    assert list(json.loads(receipt.read_text("utf-8"))["documents"]) == [docs[1].id]
    with pytest.raises(svc.PackageError, match="„Einwilligung Anna“ ist laut Quittung nicht"):
        handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    _still_there(conn, docs)


def test_a_changed_digest_under_a_valid_proof_is_named(conn, tmp_path):
    docs, _result, receipt = _handed(conn, tmp_path)
    _reproved(conn, receipt, lambda data: data["documents"].update({docs[1].id: "0" * 64}))
    with pytest.raises(svc.PackageError, match="„Zeugnis Anna“ ist laut Quittung nicht"):
        handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    _still_there(conn, docs)


def test_a_document_the_package_did_not_carry_is_refused(conn, tmp_path):
    docs, _result, receipt = _handed(conn, tmp_path)
    _reproved(conn, receipt, lambda data: data["documents"].update({"fremd": "1" * 64}))
    with pytest.raises(svc.PackageError, match="Dokument, das das Paket nicht trug"):
        handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    _still_there(conn, docs)


def test_a_receipt_without_documents_is_refused_when_documents_went(conn, tmp_path):
    docs, _result, receipt = _handed(conn, tmp_path)

    def older(data):   # as a successor's build before documents wrote it
        data.pop("documents")
        data.pop("version")
        data.pop("written_with", None)
    _reproved(conn, receipt, older)
    with pytest.raises(svc.PackageError, match="weist nicht nach, dass die 2 mitgegebenen"):
        handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    _still_there(conn, docs)


def test_a_changed_digest_without_the_secret_is_a_changed_receipt(conn, tmp_path):
    docs, _result, receipt = _handed(conn, tmp_path)
    data = json.loads(receipt.read_text("utf-8"))
    data["documents"][docs[0].id] = "2" * 64
    receipt.write_text(json.dumps(data), "utf-8")
    with pytest.raises(svc.PackageError, match="verändert"):
        handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    _still_there(conn, docs)


@pytest.mark.parametrize("documents_field", [["a"], {"a": 1}, {"a": "kurz"}, "x"])
def test_a_malformed_documents_field_is_no_receipt(tmp_path, documents_field):
    path = tmp_path / "q.ssaquittung"
    path.write_text(json.dumps({"format": handover_receipt.RECEIPT_FORMAT, "version": 2,
                                "package_id": "p", "content_hash": "h", "received": "2025-01-01",
                                "counts": {}, "rows": "r", "proof": "x",
                                "documents": documents_field}), "utf-8")
    with pytest.raises(svc.PackageError, match="keine Empfangsquittung"):
        handover_receipt.read_receipt(path)


def test_a_document_deleted_here_since_is_named_by_its_id(conn, tmp_path):
    """She deleted the first document after the handover, and it did not arrive either:
    the refusal names it by the first 8 characters of its id (its title is gone)."""
    docs, _result, receipt = _handed(conn, tmp_path, tombstone_first=True)
    documents.delete_document(conn, docs[0].id, today=TODAY)
    with pytest.raises(svc.PackageError) as refused:
        handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    assert str(refused.value).startswith(
        f"Das Dokument mit der Kennung {docs[0].id[:8]} ist laut Quittung nicht (unverändert) "
        "angekommen.")


def _edited(made, sql: str, *args) -> None:
    """The package file ``made`` changed by ``sql`` (as a hostile or damaged one comes)."""
    pkg, _info = svc.open_package(made.path, made.key_text, today=TODAY, writable=True)
    with pkg:
        pkg.execute(sql, args)
    pkg.close()


def _received(successor, made, tmp_path, **more):
    """The school package ``made`` received into ``successor``'s vault (its result and
    receipt)."""
    return handover_school.receive_school_package(successor.conn, made.path, made.key_text,
                                                  tmp_path, today=TODAY, **more)


@pytest.mark.parametrize("column,value,said", [
    ("kind", "fremd", "die Art „fremd“ gibt es nicht"),
    ("title", " ", "Titel"),
    ("mime", "image/png", "das Format stimmt nicht"),
    ("file_name", "ordner/a.pdf", "der Dateiname ist kein bloßer Name")])
def test_a_school_packages_document_is_held_to_the_forms_rules(conn, tmp_path, column, value,
                                                                said):
    """Kind, title and format (and the 25 MB before reading) as the Dokumente form and an
    interchange archive or a deputy's return hold them (``package_documents.content_problem``):
    a package whose document row breaks one is refused by the document, nothing received.
    Before, only its digest was compared (the session's check of every way in)."""
    anna = repo.PERSONS.insert(conn, Person("P-Anna", grade=7, school_id="school-1"))
    doc = documents.add_document(conn, d.Owner("person", anna.id), "consent", "Einwilligung",
                                 TODAY, f.pdf(text="E"), "a.pdf")
    made = handover_school.create_school_package(
        conn, "school-1", rules.Deputy("Mara Ott"), tmp_path / "aus", today=TODAY,
        documents=[doc.id])
    _edited(made, f"UPDATE document SET {column} = ?", value)  # noqa: S608
    with fresh_vault() as successor:
        with pytest.raises(svc.PackageError, match=said):
            _received(successor, made, tmp_path)
        assert documents_repo.every(successor.conn) == []
        assert repo.PERSONS.all(successor.conn) == []


def _package_and_hers(conn, tmp_path, change: str = ""):
    """Anna's consent in a school package; the successor's vault already holds Anna and
    the same document (same id, same bytes). ``change``: an UPDATE of the package's row."""
    anna = repo.PERSONS.insert(conn, Person("P-Anna", grade=7, school_id="school-1"))
    data = f.pdf(text="E")
    doc = documents.add_document(conn, d.Owner("person", anna.id), "consent", "Einwilligung",
                                 TODAY, data, "a.pdf")
    made = handover_school.create_school_package(
        conn, "school-1", rules.Deputy("Mara Ott"), tmp_path / "aus", today=TODAY,
        documents=[doc.id])
    if change:
        _edited(made, f"UPDATE document SET {change}")  # noqa: S608
    return anna, doc, data, made


def _hers(successor, anna, doc, data) -> None:
    repo.PERSONS.insert(successor.conn, anna)
    documents_repo.write_content(successor.conn, doc.id, bytes.fromhex(doc.content_key), data)
    documents_repo.DOCUMENTS.insert(successor.conn, doc)


def test_a_document_she_already_has_unchanged_is_skipped_as_identical(conn, tmp_path):
    anna, doc, data, made = _package_and_hers(conn, tmp_path)
    with fresh_vault() as successor:
        _hers(successor, anna, doc, data)
        _received(successor, made, tmp_path)
        assert documents_repo.every(successor.conn) == [doc]



@pytest.mark.parametrize(("change", "said"), [
    ("title = 'Zeugnis'", "Titel „Zeugnis“"),
    ("kind = 'report'", "Art „Bescheid/Bericht“"),
    ("day = '2026-01-02'", "Datum „02.01.2026“"),
    ("file_name = 'b.pdf'", "Dateiname „b.pdf“"),
    ("file_name = ''", "Dateiname „ohne Angabe“"),
    ("written_by = 'Mara Ott'", "eingetragen von „Mara Ott“"),
    ("title = 'Hilfeplan 2025/26'", "Titel „Hilfeplan 2025/26“")])    # whole, not „26“
def test_a_document_she_has_with_other_facts_keeps_hers_and_says_so(conn, tmp_path, change,
                                                                     said):
    """A document this vault holds under the same id and content but with other facts
    (title, kind, day, file name, author) does not refuse the package (the receipt has no
    conflict dialog for documents): hers stays as it is, the package is received, and each
    difference is named in what she reads, by her title and the file's value."""
    anna, doc, data, made = _package_and_hers(conn, tmp_path, change)
    with fresh_vault() as successor:
        _hers(successor, anna, doc, data)
        sentence = f"Dokument „Einwilligung“: in der Datei {said} – Ihre Angaben bleiben."
        result, receipt = _received(successor, made, tmp_path)
        assert sentence in result.after     # seen with the conflicts, before she decides
        if receipt is None:                 # her Anna's own conflict (the setup's)
            result, receipt = _received(successor, made, tmp_path,
                                        resolutions={c.ref: "mine" for c in result.conflicts})
        assert receipt is not None and sentence in result.after
        assert documents_repo.every(successor.conn) == [doc]


def test_a_document_at_another_persons_record_refuses_the_package(conn, tmp_path):
    """As an interchange archive's (``Incoming.insert``): a package document whose case
    belongs to another person of the package is refused by its title, nothing received.
    Before, only its person was checked and the row went in."""
    anna, doc, _data, made = _package_and_hers(conn, tmp_path)
    ben = repo.PERSONS.insert(conn, Person("P-Ben", grade=7, school_id="school-1"))
    case = repo.CASES.insert(conn, Case(ben.id, TODAY, school_id="school-1", title="Ben"))
    made = handover_school.create_school_package(
        conn, "school-1", rules.Deputy("Mara Ott"), tmp_path / "aus2", today=TODAY,
        documents=[doc.id])
    _edited(made, "UPDATE document SET case_id = ?", case.id)
    with fresh_vault() as successor:
        with pytest.raises(svc.PackageError,
                           match="„Einwilligung“.*der Eintrag, zu dem es gehört, ist der "
                                 "einer anderen Person"):
            _received(successor, made, tmp_path)
        assert documents_repo.every(successor.conn) == []
        assert repo.PERSONS.all(successor.conn) == []


def test_the_cli_names_her_document_facts_kept(conn, tmp_path, capsys, monkeypatch):
    """`package receive` prints what the panel shows: her facts of a document she holds
    stay, each difference named (it printed only the merge's summary)."""
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import PASSPHRASE
    from tests.handover.test_cli_package import _run
    from tests.support.vaults import FAST_KDF, add_test_school

    anna, doc, data, made = _package_and_hers(conn, tmp_path, "title = 'Zeugnis'")
    successor = tmp_path / "nachfolge"
    session = Vault.create(successor, PASSPHRASE, params=FAST_KDF)[0]
    add_test_school(session)
    _hers(session, anna, doc, data)
    session.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SSA_PACKAGE_KEY", made.key_text)
    _code, out, err = _run(capsys, "package", "receive", "--vault", successor, "--package",
                           made.path, "--receipt-out", tmp_path)
    assert ("Dokument „Einwilligung“: in der Datei Titel „Zeugnis“ – Ihre Angaben bleiben."
            in out.splitlines()), (out, err)


@pytest.mark.parametrize("hers_differ", [
    {"sha256": "0" * 64}, {"mime": "image/png"}, {"size": 1}],
    ids=["content", "format", "size"])
def test_a_document_she_has_with_other_content_refuses_the_package(conn, tmp_path,
                                                                   hers_differ):
    """The same id with other content (or a fact no form changes: format, size) is no
    difference of facts she keeps: the package is refused by the title, hers stays."""
    from dataclasses import replace

    anna, doc, data, made = _package_and_hers(conn, tmp_path)
    with fresh_vault() as successor:
        _hers(successor, anna, replace(doc, **hers_differ), data)
        with pytest.raises(svc.PackageError) as refused:
            _received(successor, made, tmp_path)
        assert str(refused.value) == (
            "Dokument „Einwilligung“ im Übergabepaket: dieses Dokument gibt es hier mit "
            "anderem Inhalt oder bei einem anderen Eintrag. Nichts wurde übernommen.")
        assert documents_repo.every(successor.conn) == [replace(doc, **hers_differ)]


def test_a_package_file_without_its_document_row_is_damaged(conn, tmp_path):
    _anna, _doc, _data, made = _package_and_hers(conn, tmp_path)
    _edited(made, "DELETE FROM document")
    with fresh_vault() as successor:
        with pytest.raises(svc.PackageError) as refused:
            _received(successor, made, tmp_path)
        assert str(refused.value) == package_documents.DAMAGED
        assert documents_repo.every(successor.conn) == []


def test_each_package_document_is_a_step_of_the_check(conn, tmp_path):
    """„Dokument n von m wird geprüft …“, from 10 % on to 40 % (the check's span)."""
    from ssa_desktop.services.operations import Progress

    anna = repo.PERSONS.insert(conn, Person("P-Anna", grade=7, school_id="school-1"))
    docs = [documents.add_document(conn, d.Owner("person", anna.id), "consent", title, TODAY,
                                   f.pdf(text=title), "a.pdf") for title in ("Eins", "Zwei")]
    made = handover_school.create_school_package(
        conn, "school-1", rules.Deputy("Mara Ott"), tmp_path / "aus", today=TODAY,
        documents=[doc.id for doc in docs])
    steps: list[tuple[int, str]] = []
    with fresh_vault() as successor:
        _received(successor, made, tmp_path,
                  progress=Progress(lambda percent, text: steps.append((percent, text))))
    assert [s for s in steps if s[1].endswith("geprüft …")] == [
        (10, "Dokument 1 von 2 wird geprüft …"), (25, "Dokument 2 von 2 wird geprüft …")]


LONG = "Hilfeplan " + "x" * 90   # 100 characters, within the title's limit


@pytest.mark.parametrize("long_one", ["package", "hers"])
def test_a_long_title_is_named_by_its_first_80_characters(conn, tmp_path, long_one):
    """Her kept facts name her document and the package's value each by at most 80
    characters."""
    from dataclasses import replace

    change = f"title = '{LONG}'" if long_one == "package" else ""
    anna, doc, data, made = _package_and_hers(conn, tmp_path, change)
    with fresh_vault() as successor:
        _hers(successor, anna, doc if change else replace(doc, title=LONG), data)
        result, _receipt = _received(successor, made, tmp_path)
    mine, theirs = ("Einwilligung", LONG[:80]) if change else (LONG[:80], "Einwilligung")
    assert result.after == [
        f"Dokument „{mine}“: in der Datei Titel „{theirs}“ – Ihre Angaben bleiben."]


def test_a_package_document_without_a_title_is_refused_as_one_without_a_title(conn, tmp_path):
    _anna, _doc, _data, made = _package_and_hers(conn, tmp_path, "title = ' '")
    with fresh_vault() as successor:
        with pytest.raises(svc.PackageError) as refused:
            _received(successor, made, tmp_path)
        assert str(refused.value) == (
            "Dokument „ohne Titel“ im Übergabepaket: Bitte einen Titel für das Dokument "
            "angeben. Nichts wurde übernommen.")
