"""Her documents in the interchange read back (docs/interchange.md, "Dokumente"; the
export side: ``interchange_archive``), into an empty vault or merged: the section's rows are checked like any
table's, then every document's bytes, one at a time, by the rules of every way in
(``package_documents.content_problem``: kind, title, size before reading, digest,
format) and the archive's own (a plain file, plain names, no links). Any refusal names
the document by its title and refuses the whole file before anything is written. Then
each is stored under a fresh key (``package_documents.store_each``) before the tables'
transaction, and its row written inside it; a failure removes the files again. A document
this vault already has (same id, same digest) is not written twice: with other facts she
may see differently (``DESCRIBED``: title, kind, day, name, who added it) a conflict for
``interchange_merge``, at another record or with other content facts refused; one a tombstone names
(here or in the file), or whose record did not come, is left out and counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from ..domain import admission as admission_rules
from ..domain import documents as d
from ..domain.entities import Document
from ..domain.tables import TABLES
from ..storage import document_archive
from ..storage import documents_repo as q
from ..storage.connection import Connection
from ..storage.mapper import to_db
from . import package_documents
from .interchange import ImportProblem, InterchangeError
from .interchange_archive import ARCHIVE_SUFFIX, FIELDS, SECTION, entry_name
from .operations import Progress

_REQUIRED = ("id", "person_id", "kind", "title", "day", "mime", "size", "sha256", "entry")
_LINKS = {"person_id": "person", "case_id": "case_file", "consent_id": "consent",
          "procedure_id": "cp_procedure"}
# A document's id names its file in the vault (``dokumente/<id>.ssadoc``) and its entry
# in the archive: letters, digits, ``-`` and ``_`` only, 8–64 of them (no path, no
# Windows device name).
_ID = re.compile(r"^[0-9A-Za-z_-]{8,64}$", re.ASCII)
_DIGEST = re.compile(r"^[0-9a-f]{64}$", re.ASCII)
# facts of a document a file may hold differently: asked as a conflict (a field difference);
# the others (its person, record and content) differing refuse the file (the one rule:
# ``package_documents.other_facts``)
DESCRIBED = package_documents.DESCRIBED
DAMAGED = ("Ein Dokument im Dokumentenarchiv hat sich beim Lesen verändert (Prüfsumme "
           "stimmt nicht). Es wurde nichts eingelesen.")


@dataclass
class Incoming:
    """The checked documents of a file: to store (``store``), then their rows (``insert``)."""

    docs: list[Document] = field(default_factory=list)
    archive: document_archive.Archive | None = None
    left_out: int = 0
    already_here: int = 0
    # (place, hers, the file's, the ``DESCRIBED`` fields that differ): conflicts to ask
    differing: list[tuple[str, Document, Document, tuple[str, ...]]] = field(
        default_factory=list)

    def store(self, conn: Connection, progress: Progress | None = None) -> list[Document]:
        """Each document's file under a fresh key, before the rows' transaction."""
        if not self.docs or self.archive is None:
            return []
        by_id = {doc.id: doc for doc in self.docs}
        return package_documents.store_each(conn, by_id, lambda i: self._fetch(by_id[i]),
                                            progress or Progress(), (0, 100))

    def _fetch(self, doc: Document) -> tuple[Document, bytes]:
        assert self.archive is not None
        data = self.archive.read(entry_name(doc), d.MAX_BYTES)
        if data is None or package_documents.content_problem(doc, len(data), lambda: data):
            raise InterchangeError([], DAMAGED)
        return doc, data

    def insert(self, conn: Connection, written: list[Document]) -> int:
        """Inside the import's transaction: the rows of the written files whose person and
        record are here now; a file without its row goes again. How many were written.
        A record of another person refuses the file (the caller's transaction rolls back)."""
        count = 0
        for doc in written:
            whose = package_documents.owners_of_records(conn, doc)
            if not q.person_exists(conn, doc.person_id) or None in whose:
                q.remove_content(conn, doc.id)      # its record was left out (deleted)
                self.left_out += 1
                continue
            if any(person != doc.person_id for person in whose):
                raise InterchangeError([ImportProblem(
                    f"{SECTION}.items",
                    f"Dokument „{_title(doc)}“: {package_documents.OTHER_PERSON}")])
            q.DOCUMENTS.insert(conn, doc)
            count += 1
        return count

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()


@contextmanager
def incoming(conn: Connection, doc: dict, beside: Path | None, graves: admission_rules.Graves,
             known: dict[str, set]) -> Iterator[Incoming]:
    """The file's documents checked (``InterchangeError`` naming each refused one by its
    title, nothing written); ``beside``: the JSON's path, the archive lies next to it.
    ``graves``: the tombstones that keep a document out; ``known``: table → ids the file
    and this vault hold (a link to nothing refuses the file)."""
    found = Incoming()
    section = doc.get(SECTION)
    if section is None:
        yield found
        return
    rows, problems = _rows(section, known)
    if problems:
        raise InterchangeError(problems)
    if not rows:
        yield found
        return
    if beside is None:
        raise InterchangeError([ImportProblem(f"{SECTION}.file", "die Datei nennt ein "
                                              "Dokumentenarchiv, es wurde aber keins angegeben")])
    try:
        found.archive = document_archive.Archive(Path(beside).parent / section["file"])
    except document_archive.ArchiveRefused as err:
        raise InterchangeError([ImportProblem(f"{SECTION}.file", str(err))]) from None
    try:
        _check(conn, found, rows, graves, problems)
        if problems:
            raise InterchangeError(problems)
        yield found
    finally:
        found.close()


def _check(conn: Connection, found: Incoming, rows: list[tuple[int, Document, str]],
           graves: admission_rules.Graves, problems: list[ImportProblem]) -> None:
    """Each document's bytes, one at a time: refused by title and reason, left out when
    buried, not written twice when this vault has it."""
    archive = found.archive
    assert archive is not None
    here = {doc.id: doc for doc in q.every(conn)}
    named = set()
    for i, doc, entry in rows:
        named.add(entry)
        place = f"{SECTION}.items[{i}]"
        label = f"Dokument „{_title(doc)}“"
        if doc.id in here:
            _compare(found, here[doc.id], doc, place, label, problems)
            continue
        if graves.buried(TABLES["document"], _db_row(doc)) is not None:
            found.left_out += 1
            continue
        if entry != entry_name(doc):
            problems.append(ImportProblem(place, f"{label}: der Name im Archiv „{entry[:80]}“ "
                                                 f"ist nicht „{entry_name(doc)}“"))
            continue
        why = package_documents.content_problem(
            doc, archive.size(entry), partial(archive.read, entry, d.MAX_BYTES))
        if why:
            problems.append(ImportProblem(place, f"{label}: {why}"))
        else:
            found.docs.append(doc)
    stray = archive.names() - named
    if stray:
        problems.append(ImportProblem(f"{SECTION}.file", f"{len(stray)} Datei(en) im Archiv "
                                                         "ohne Dokument in der Austauschdatei"))


def _compare(found: Incoming, mine: Document, doc: Document, place: str, label: str,
             problems: list[ImportProblem]) -> None:
    """A document this vault has: identical, a conflict of its ``DESCRIBED`` facts, or
    refused (other content, person, record, or facts the form refuses)."""
    why = d.facts_problem(doc.kind, doc.title, doc.file_name)
    if why:
        problems.append(ImportProblem(place, f"{label}: {why}"))
        return
    fields = package_documents.other_facts(mine, doc)
    if fields is None:
        problems.append(ImportProblem(place, f"{label}: dieses Dokument gibt es hier mit "
                                             "anderem Inhalt oder bei einem anderen Eintrag"))
        return
    if fields:
        found.differing.append((place, mine, doc, fields))
    else:
        found.already_here += 1


def _title(doc: Document) -> str:
    return d.shown_name(doc.title)[:80] or "ohne Titel"


def _db_row(doc: Document) -> dict:
    return {name: to_db(kind, getattr(doc, name)) for name, kind in q.DOCUMENTS.fields}


def _rows(section: Any, known: dict[str, set]) -> tuple[list[tuple[int, Document, str]],
                                                       list[ImportProblem]]:
    """The section's rows as documents, or the problems of its shape (each with its place)."""
    if not isinstance(section, dict) or set(section) - {"file", "items"} \
            or not isinstance(section.get("items"), list):
        return [], [ImportProblem(SECTION, "erwartet ein Objekt mit „file“ und „items“ (Liste)")]
    problems: list[ImportProblem] = []
    if section["items"] and not _is_archive_name(section.get("file")):
        problems.append(ImportProblem(f"{SECTION}.file", "erwartet den Namen eines Archivs "
                                                         f"„…{ARCHIVE_SUFFIX}“ neben der Datei"))
    rows, seen = [], set()
    for i, item in enumerate(section["items"]):
        why = _shape_problem(item) or _value_problem(item, known)
        if not why and item["id"] in seen:
            why = "doppelte Kennung"
        if why:
            problems.append(ImportProblem(f"{SECTION}.items[{i}]", why))
            continue
        seen.add(item["id"])
        values = {name: item[name] for name in FIELDS if name in item}
        rows.append((i, Document(**{**values, "day": date.fromisoformat(item["day"])}),
                     item["entry"]))
    return rows, problems


def _is_archive_name(name: Any) -> bool:
    """A plain file name ``….dokumente.zip`` (no folder, not hidden)."""
    return isinstance(name, str) and name.endswith(ARCHIVE_SUFFIX) \
        and name == Path(name).name and not set(name) & set("\\:") and not name.startswith(".")


def _shape_problem(item: Any) -> str:
    """Why an item is not an object of the section's fields and types ("" when it is)."""
    if not isinstance(item, dict):
        return "erwartet ein Objekt"
    unknown = set(item) - set(FIELDS) - {"entry"}
    if unknown:
        return f"unbekanntes Feld „{sorted(unknown)[0][:40]}“"
    missing = [name for name in _REQUIRED if item.get(name) is None]
    if missing:
        return f"Pflichtfeld „{missing[0]}“ fehlt"
    texts = [name for name in (*FIELDS, "entry") if name != "size"
             and item.get(name) is not None and not isinstance(item[name], str)]
    if texts or not isinstance(item["size"], int) or isinstance(item["size"], bool):
        return f"falscher Typ in „{(texts or ['size'])[0]}“"
    return ""


def _value_problem(item: dict, known: dict[str, set]) -> str:
    """Why a well-shaped item's values are not taken ("" when they are)."""
    if not _ID.match(item["id"]):
        return "die Kennung ist kein einfacher Name (Buchstaben, Ziffern, - und _)"
    if not _DIGEST.match(item["sha256"]):
        return "„sha256“ ist keine SHA-256-Prüfsumme (64 Hexadezimalziffern)"
    if item["mime"] not in d.SUFFIXES:
        return f"das Format „{item['mime'][:60]}“ wird nicht angenommen"
    for column, table in _LINKS.items():
        value = item.get(column)
        if value is not None and value not in known.get(table, set()):
            return f"„{column}“ verweist auf einen Eintrag, den es nicht gibt"
    try:
        date.fromisoformat(item["day"])
    except ValueError:
        return f"„{item['day'][:20]}“ ist kein gültiges Datum"
    return ""
