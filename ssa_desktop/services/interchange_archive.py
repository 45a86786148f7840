"""The export side of her documents in the interchange (docs/interchange.md, "Dokumente"):
the JSON's section ``documents`` (every column of each document's row but its vault key,
with the name of its entry) and the archive beside the JSON that holds their bytes
(``storage.document_archive``). Reading them back: ``interchange_documents``."""

from __future__ import annotations

from pathlib import Path

from ..domain import documents as d
from ..domain.entities import Document
from ..domain.tables import TABLES
from ..storage import document_archive
from ..storage import documents_repo as q
from ..storage.connection import Connection
from ..storage.mapper import to_db
from .documents import read_content

SECTION = "documents"
ARCHIVE_SUFFIX = ".dokumente.zip"
# What travels of a document's row, from its declaration (domain/tables.py): every
# column but its vault key (``content_key``): its links to the person and her records,
# size, SHA-256; the archive entry's name is added.
FIELDS = tuple(name for name in TABLES["document"].columns if name != "content_key")


def archive_path(json_path: Path | str) -> Path:
    """The archive beside ``json_path``: ``alles.json`` → ``alles.dokumente.zip``."""
    json_path = Path(json_path)
    return json_path.with_name(json_path.stem + ARCHIVE_SUFFIX)


def entry_name(doc: Document) -> str:
    return f"{doc.id}{d.SUFFIXES.get(doc.mime, '.bin')}"


def left_out_sentence(conn: Connection) -> str:
    """The export's sentence when it carries no documents and the vault has some."""
    count = len(q.all_ids(conn))
    if not count:
        return ""
    what = "1 Dokument" if count == 1 else f"{count} Dokumente"
    return (f"Nicht enthalten: {what} (Dateien im Tresor). Mit --with-documents gehen sie "
            f"mit, in einem Archiv neben der Datei (<Name>{ARCHIVE_SUFFIX}).")


def write_archive(conn: Connection, json_path: Path) -> dict:
    """Write the archive beside ``json_path`` (atomically, one document in memory at a
    time, each checked against its digest as it is read) and return the JSON's section
    naming it and each document."""
    docs = sorted(q.every(conn), key=lambda doc: doc.id)
    target = archive_path(json_path)
    document_archive.write(target, ((entry_name(doc), _reader(conn, doc)) for doc in docs))
    items = []
    for doc in docs:
        row = {name: to_db(kind, getattr(doc, name)) for name, kind in q.DOCUMENTS.fields
               if name in FIELDS}
        items.append({**row, "entry": entry_name(doc)})
    return {"file": target.name, "items": items}


def _reader(conn: Connection, doc: Document):
    return lambda: read_content(conn, doc)
