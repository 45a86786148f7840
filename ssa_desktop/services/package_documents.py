"""The documents a school package carries (docs/documents.md): only those she ticked,
whose person goes with the package. Their bytes travel in the package's own table
``document_file`` (the package is a SQLCipher file under the package key); the row goes
without its vault key. The successor's vault keeps each under a fresh key; the digest is
checked before anything is written, and a document tombstoned there never comes back."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial

from ..domain import documents as d
from ..domain.catalogues import DOCUMENT_KINDS
from ..domain.digests import sha256
from ..domain.entities import Document
from ..domain.text_safety import clean_name
from ..formatting import fmt_date
from ..storage import documents_repo as q
from ..storage.connection import Connection
from .handover import PackageError
from .operations import Progress


def of_persons(conn: Connection, person_ids) -> list[Document]:
    """The documents of these persons (newest first per person), for the dialog's ticks."""
    return [doc for pid in person_ids for doc in q.for_person(conn, pid)]


def carry(conn: Connection, pkg: Connection, ticked: list[str],
          copy_row: Callable[[Connection, Document], None] | None = None) -> dict[str, str]:
    """Copy the ticked documents of the package's persons into ``pkg``; id → SHA-256 of
    each that went (remembered for the receipt's check). The row goes whole but for its
    vault key, or through ``copy_row`` (a Vertretungspaket: only the columns its
    declaration allows)."""
    q.create_package_table(pkg)
    going = q.package_person_ids(pkg)
    went: dict[str, str] = {}
    for doc_id in dict.fromkeys(ticked):
        doc = q.DOCUMENTS.get(conn, doc_id)
        if doc is None or doc.person_id not in going:
            continue
        data = q.read_content(conn, doc)
        if copy_row is None:
            q.DOCUMENTS.insert(pkg, replace(doc, content_key=""))
        else:
            copy_row(pkg, doc)
        q.put_package_file(pkg, doc.id, data)
        went[doc.id] = doc.sha256
    return went


DAMAGED = ("Ein Dokument im Übergabepaket ist beschädigt (Prüfsumme stimmt nicht). Nichts "
           "wurde eingelesen; bitte die Vorgängerin um ein neues Paket.")


def _one(pkg: Connection, doc_id: str, damaged: str = DAMAGED) -> tuple[Document, bytes]:
    """One document of the package and its bytes, checked against its digest."""
    doc = q.DOCUMENTS.get(pkg, doc_id)
    data = q.package_file(pkg, doc_id)
    if doc is None or data is None or sha256(data).hexdigest() != doc.sha256 \
            or len(data) != doc.size:
        raise PackageError(damaged)
    return doc, data


def carried(pkg: Connection) -> list[Document]:
    """The documents a package carries (the deputy's window lists them)."""
    return [doc for doc in q.every(pkg) if doc.id in set(q.package_file_ids(pkg))]


def carried_content(pkg: Connection, doc_id: str) -> bytes:
    """One carried document's bytes, checked against its digest (``PackageError``)."""
    return _one(pkg, doc_id)[1]


# facts of a document another copy may hold differently (the interchange merge asks them
# as a conflict) and facts no form changes once it is added (differing: refused)
DESCRIBED = ("kind", "title", "day", "file_name", "written_by")
FIXED = ("person_id", "case_id", "consent_id", "procedure_id", "mime", "size")


def other_facts(mine: Document, theirs: Document) -> tuple[str, ...] | None:
    """The ``DESCRIBED`` facts ``theirs`` holds otherwise than ``mine`` (the same id; ()
    when identical), or None when their content, person or record differ."""
    if mine.sha256 != theirs.sha256 or any(getattr(mine, name) != getattr(theirs, name)
                                           for name in FIXED):
        return None
    return tuple(name for name in DESCRIBED if getattr(mine, name) != getattr(theirs, name))


def owners_of_records(conn: Connection, doc: Document) -> list[str | None]:
    """The person of each record (case, consent, procedure) ``doc`` names; None for one
    that is not there."""
    return [q.owner_person(conn, kind, getattr(doc, column)) for kind, column in
            (("case", "case_id"), ("consent", "consent_id"), ("procedure", "procedure_id"))
            if getattr(doc, column)]


OTHER_PERSON = "der Eintrag, zu dem es gehört, ist der einer anderen Person"


def check(conn: Connection, pkg: Connection, progress: Progress,
          span: tuple[int, int], notes: list[str]) -> dict[str, str]:
    """Every document of the package checked by the rules of every way in
    (``content_problem``: kind, title, size before reading, digest, format), one at a time
    (memory holds one document, however many go); id → SHA-256 of each. One her vault
    ``conn`` already holds must have the same content, person and record; its other facts
    (title, kind, day, file name, author: ``other_facts``) may differ – hers stay, and one
    sentence per difference goes into ``notes`` (the receipt has no conflict dialog for
    documents). ``PackageError`` naming the first refused by its title. One progress step
    per document inside ``span`` (percent from, to)."""
    ids = q.package_file_ids(pkg)
    checked: dict[str, str] = {}
    for n, doc_id in enumerate(ids, 1):
        progress(_at(span, n - 1, len(ids)), f"Dokument {n} von {len(ids)} wird geprüft …")
        doc = q.DOCUMENTS.get(pkg, doc_id)
        if doc is None:
            raise PackageError(DAMAGED)
        why = _already_here(conn, doc, notes) or content_problem(
            doc, q.package_file_size(pkg, doc_id), partial(q.package_file, pkg, doc_id))
        if why:
            raise PackageError(f"Dokument „{_title(doc)}“ im Übergabepaket: {why}. Nichts "
                               "wurde übernommen.")
        checked[doc_id] = doc.sha256
    return checked


def _already_here(conn: Connection, doc: Document, notes: list[str]) -> str | None:
    """Why a package document her vault already holds is refused (None: it is not there,
    or the same but for facts she keeps – each such one a sentence in ``notes``)."""
    mine = q.DOCUMENTS.get(conn, doc.id)
    if mine is None:
        return None
    differing = other_facts(mine, doc)
    if differing is None:
        return "dieses Dokument gibt es hier mit anderem Inhalt oder bei einem anderen Eintrag"
    notes.extend(f"Dokument „{_title(mine)}“: in der Datei {_FACT_NAMES[name]} "
                 f"„{_shown(name, getattr(doc, name))}“ – Ihre Angaben bleiben."
                 for name in differing)
    return None


def _shown(name: str, value) -> str:
    """A document fact as she reads it (a date, the kind's label)."""
    if name == "day":
        return fmt_date(value)
    if name == "kind":
        return DOCUMENT_KINDS.label(value)
    # a file name is a bare name here (``content_problem`` refuses one that is not: the
    # package is refused, its notes unread); a title may hold „2025/26“
    return clean_name(str(value))[:80] or "ohne Angabe"


_FACT_NAMES = {"kind": "Art", "title": "Titel", "day": "Datum", "file_name": "Dateiname",
               "written_by": "eingetragen von"}


def _title(doc: Document) -> str:
    return clean_name(doc.title)[:80] or "ohne Titel"   # whole: „Hilfeplan 2025/26“


def write_files(conn: Connection, pkg: Connection, ids: Iterable[str], progress: Progress,
                span: tuple[int, int], damaged: str = DAMAGED) -> list[Document]:
    """Write each admitted document's file under a fresh key (before the rows), one at a
    time and checked again as it is read; the rows to insert. Tombstoned or already
    present documents are skipped. A failure removes the files written so far."""
    return store_each(conn, ids, lambda doc_id: _one(pkg, doc_id, damaged), progress, span)


def store_each(conn: Connection, ids: Iterable[str],
               fetch: Callable[[str], tuple[Document, bytes]], progress: Progress,
               span: tuple[int, int]) -> list[Document]:
    """``write_files`` for any source: ``fetch(id)`` gives a document's row and bytes,
    checked against its digest (it raises when they differ)."""
    gone = q.tombstoned_ids(conn)
    present = q.all_ids(conn)
    ids = list(ids)
    written: list[Document] = []
    try:
        for n, doc_id in enumerate(ids, 1):
            progress(_at(span, n - 1, len(ids)), f"Dokument {n} von {len(ids)} wird gespeichert …")
            if doc_id in gone or doc_id in present:
                continue
            doc, data = fetch(doc_id)
            doc = replace(doc, content_key=os.urandom(32).hex())
            q.write_content(conn, doc.id, bytes.fromhex(doc.content_key), data)
            del data
            written.append(doc)
    except BaseException:
        discard_written(conn, written)
        raise
    return written


def content_problem(doc: Document, size: int | None,
                    read: Callable[[], bytes | None]) -> str | None:
    """Why the bytes of an incoming document (a return's, an interchange archive's) are not
    taken (German, lower case, no full stop), or None: its facts (``d.facts_problem``), its size (from
    ``size`` before anything is read: over the limit it is never read), its size and
    SHA-256 against its row, its format (``domain.documents.recognised``) against its
    declared mime."""
    why = d.facts_problem(doc.kind, doc.title, doc.file_name)
    if why:
        return why
    if size is None:
        return "die Datei fehlt"
    if size > d.MAX_BYTES or doc.size > d.MAX_BYTES:
        return (f"die Datei ist größer als {d.MAX_BYTES // (1024 * 1024)} MB (die Grenze "
                "jedes Dokuments)")
    data = read() or b""
    if len(data) != doc.size or sha256(data).hexdigest() != doc.sha256:
        return "die Prüfsumme stimmt nicht (die Datei wurde verändert oder ist beschädigt)"
    mime, why = d.recognised(data)
    if why:
        return why[0].lower() + why[1:].rstrip(".")
    if mime != doc.mime:
        return (f"das Format stimmt nicht: die Datei ist {d.FORMAT_LABELS.get(mime, mime)}, "
                f"angegeben ist {d.FORMAT_LABELS.get(doc.mime, doc.mime)}")
    return None


def _at(span: tuple[int, int], done: int, total: int) -> int:
    return span[0] + (span[1] - span[0]) * done // max(total, 1)


def insert_rows(conn: Connection, written: list[Document]) -> None:
    """Inside the receive's transaction: the rows of the written files whose person is
    there after the merge; a file without its row is removed again. A document whose
    record (case, consent, procedure) is another person's refuses the whole receive
    (``PackageError`` by its title; the caller's transaction rolls back)."""
    for doc in written:
        if not q.person_exists(conn, doc.person_id):
            q.remove_content(conn, doc.id)
            continue
        if any(person not in (None, doc.person_id) for person in owners_of_records(conn, doc)):
            raise PackageError(f"Dokument „{_title(doc)}“: {OTHER_PERSON}. "
                               "Nichts wurde übernommen.")
        q.DOCUMENTS.insert(conn, doc)


def persons_of(conn: Connection, doc_ids) -> set[str]:
    """The persons the documents ``doc_ids`` belong to."""
    return {doc.person_id for doc in (q.DOCUMENTS.get(conn, i) for i in doc_ids) if doc is not None}


def arrived(conn: Connection, checked: dict[str, str]) -> dict[str, str]:
    """After the receive: id → SHA-256 of each of the package's documents that her vault
    now holds with that digest (written now or already there) — what the receipt names.
    A tombstoned one, or one whose person did not arrive, is not among them."""
    there = {}
    for doc_id, digest in checked.items():
        doc = q.DOCUMENTS.get(conn, doc_id)
        if doc is not None and doc.sha256 == digest:
            there[doc_id] = digest
    return there


def is_kept(conn: Connection, doc: Document) -> bool:
    """Whether her vault holds ``doc`` (its row, with that digest) after a receive."""
    there = q.DOCUMENTS.get(conn, doc.id)
    return there is not None and there.sha256 == doc.sha256


def discard_written(conn: Connection, written: list[Document]) -> None:
    """A receive that failed: the files it wrote go again (no row names them yet)."""
    for doc in written:
        q.remove_content(conn, doc.id)


# -- documents the deputy adds, carried back by her return ------------------------------------
def keep_in_package(pkg: Connection, doc: Document, data: bytes) -> None:
    """A document the deputy added: its row and bytes in her package (encrypted under the
    package key), inside the caller's transaction."""
    q.create_package_table(pkg)
    q.DOCUMENTS.insert(pkg, doc)
    q.put_package_file(pkg, doc.id, data)


def copy_added(pkg: Connection, ret: Connection) -> int:
    """Into her return: the documents she added (rows and bytes, one at a time); how many."""
    ids = q.deputy_added_ids(pkg)
    q.create_package_table(ret)
    for doc_id in ids:
        doc = q.DOCUMENTS.get(pkg, doc_id)
        data = q.package_file(pkg, doc_id)
        if doc is None or data is None:
            continue
        q.DOCUMENTS.insert(ret, doc)
        q.put_package_file(ret, doc_id, data)
        del data
    return len(ids)
