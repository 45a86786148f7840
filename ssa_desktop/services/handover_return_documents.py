"""The documents a deputy's return brings (docs/documents.md, "Vertretungspaket"): each one
she added for a person of the package comes back, or the return is refused naming it.
Admitted by the rules of every way in: a document for a person of the package only, never
one a tombstone names (deleted here: left out, said), never one of the worker's; the same
kinds, formats and size limit as her own (``domain.documents``), its bytes equal to the
digest and size its row names. Each is read and checked alone (memory holds one), and
checked again when it is written (``package_documents.write_files``)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..domain import documents as d
from ..domain.entities import Document
from ..domain.handover import PackageContents
from ..domain.tables import TABLES
from ..storage import documents_repo as q
from ..storage.connection import Connection
from ..storage.mapper import to_db
from . import admission, package_documents
from .operations import Progress

DAMAGED = ("Ein Dokument der Rückgabe hat sich beim Lesen verändert (Prüfsumme stimmt "
           "nicht). Nichts wurde eingelesen; bitte die Vertretung um eine neue Rückgabe.")


@dataclass
class ReturnedDocuments:
    """What the check found: the refusals (one German line each, naming the document),
    the ids to write, and the sentences of what was left out."""

    problems: list[str] = field(default_factory=list)
    admitted: list[str] = field(default_factory=list)
    admitted_persons: dict[str, str] = field(default_factory=dict)    # id → person
    left_out: list[str] = field(default_factory=list)


def check(conn: Connection, ret: Connection, contents: PackageContents, names: dict[str, str],
          progress: Progress, span: tuple[int, int]) -> ReturnedDocuments:
    """Every document of the return checked, one at a time, a progress step each."""
    found = ReturnedDocuments()
    rows = q.every(ret)
    files = set(q.package_file_ids(ret))
    graves = admission.graves(conn)
    here = q.all_ids(conn)
    returned = (contents.returned or {}).get("document", frozenset())
    gone: list[str] = []
    for n, doc in enumerate(rows, 1):
        progress(span[0] + (span[1] - span[0]) * (n - 1) // max(len(rows), 1),
                 f"Dokument {n} von {len(rows)} der Rückgabe wird geprüft …")
        who = names.get(doc.person_id, "unbekannte Person")
        label = f"Dokument „{d.shown_name(doc.title)[:80]}“ ({who})"
        if doc.person_id not in contents.persons:
            found.problems.append(f"{label}: die Person ist nicht im Vertretungspaket")
            continue
        if doc.person_id not in (contents.person_school or {}) or graves.buried(
                TABLES["document"], _row(doc)) is not None:
            gone.append(doc.title)       # her person or the document deleted here meanwhile
            continue
        if doc.id in here:
            if doc.id not in returned:
                found.problems.append(f"{label}: das Dokument gibt es bei Ihnen, es kam aber "
                                      "nicht von der Vertretung")
            continue                      # brought by an earlier reading of a return
        why = _problem(conn, ret, doc, doc.id in files)
        if why:
            found.problems.append(f"{label}: {why}")
        else:
            found.admitted.append(doc.id)
            found.admitted_persons[doc.id] = doc.person_id
    stray = files - {doc.id for doc in rows}
    if stray:
        found.problems.append(f"{len(stray)} Datei(en) ohne Dokument: eine Rückgabe bringt "
                              "nur Dokumente mit ihren Angaben")
    if gone:
        found.left_out.append(f"{len(gone)} Dokument(e) einer inzwischen gelöschten Person "
                              "oder inzwischen gelöscht nicht übernommen.")
    return found


def _row(doc: Document) -> dict:
    return {name: to_db(kind, getattr(doc, name)) for name, kind in q.DOCUMENTS.fields}


def _problem(conn: Connection, ret: Connection, doc: Document, has_file: bool) -> str | None:
    """Why this new document of the return is not taken (German), or None. Its bytes are
    read only when their size is within the limit (``package_documents.content_problem``).
    A person restricted here meanwhile is no reason: her documents are kept under the
    restriction, like her contacts (``handover_return.restricted_rows``)."""
    return package_documents.content_problem(
        doc, q.package_file_size(ret, doc.id) if has_file else None,
        lambda: q.package_file(ret, doc.id))


def as_hers(written: list[Document], mark: str) -> list[Document]:
    """The rows to insert: marked as the deputy's whatever the file says, a document of
    the person only (no link to a case, consent or § 8a procedure: she chose none), no
    file name."""
    return [replace(doc, written_by=mark, case_id=None, consent_id=None, procedure_id=None,
                    file_name="") for doc in written]
