"""The documents a school package carries (docs/documents.md): only those she ticked,
whose person goes with the package. Their bytes travel in the package's own table
``document_file`` (the package is a SQLCipher file under the package key); the row goes
without its vault key. The successor's vault keeps each under a fresh key; the digest is
checked before anything is written, and a document tombstoned there never comes back."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from ..domain.digests import sha256
from ..domain.entities import Document
from ..storage import documents_repo as q
from ..storage.connection import Connection
from .handover import PackageError


@dataclass(frozen=True)
class Carried:
    doc: Document
    data: bytes


def of_persons(conn: Connection, person_ids) -> list[Document]:
    """The documents of these persons (newest first per person), for the dialog's ticks."""
    return [doc for pid in person_ids for doc in q.for_person(conn, pid)]


def carry(conn: Connection, pkg: Connection, ticked: list[str]) -> int:
    """Copy the ticked documents of the package's persons into ``pkg``; their number."""
    q.create_package_table(pkg)
    going = q.package_person_ids(pkg)
    count = 0
    for doc_id in dict.fromkeys(ticked):
        doc = q.DOCUMENTS.get(conn, doc_id)
        if doc is None or doc.person_id not in going:
            continue
        data = q.read_content(conn, doc)
        q.DOCUMENTS.insert(pkg, replace(doc, content_key=""))
        q.put_package_file(pkg, doc.id, data)
        count += 1
    return count


def read(pkg: Connection) -> list[Carried]:
    """The package's documents, each checked against its digest (``PackageError``)."""
    carried = []
    for doc_id, data in q.package_files(pkg):
        doc = q.DOCUMENTS.get(pkg, doc_id)
        if doc is None or sha256(data).hexdigest() != doc.sha256 or len(data) != doc.size:
            raise PackageError("Ein Dokument im Übergabepaket ist beschädigt (Prüfsumme "
                               "stimmt nicht). Nichts wurde eingelesen; bitte die Vorgängerin "
                               "um ein neues Paket.")
        carried.append(Carried(doc, data))
    return carried


def write_files(conn: Connection, carried: list[Carried]) -> list[Document]:
    """Write each admitted document's file under a fresh key (before the rows); the rows
    to insert. Tombstoned or already present documents are skipped."""
    gone = q.tombstoned_ids(conn)
    present = q.all_ids(conn)
    written: list[Document] = []
    try:
        for item in carried:
            if item.doc.id in gone or item.doc.id in present:
                continue
            doc = replace(item.doc, content_key=os.urandom(32).hex())
            q.write_content(conn, doc.id, bytes.fromhex(doc.content_key), item.data)
            written.append(doc)
    except BaseException:
        discard_written(conn, written)
        raise
    return written


def insert_rows(conn: Connection, written: list[Document]) -> None:
    """Inside the receive's transaction: the rows of the written files whose person is
    there after the merge; a file without its row is removed again."""
    for doc in written:
        if q.person_exists(conn, doc.person_id):
            q.DOCUMENTS.insert(conn, doc)
        else:
            q.remove_content(conn, doc.id)


def discard_written(conn: Connection, written: list[Document]) -> None:
    """A receive that failed: the files it wrote go again (no row names them yet)."""
    for doc in written:
        q.remove_content(conn, doc.id)
