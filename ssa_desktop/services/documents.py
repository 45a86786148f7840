"""Her documents in the vault: add, list, read, export, delete (docs/documents.md).

A document belongs to a person or to one of her records (a case, a consent, a § 8a
procedure) and goes with it: the record's deletion, by hand or by the retention run,
takes the document's row and key along (foreign-key cascades) and leaves a tombstone
(``document``), so a restore never brings it back. Its bytes are taken by content
(``domain.documents.detect``), kept byte for byte, encrypted under its own key
(``storage.documents_repo``) and read back only into memory; the only way out is an
export to a file she names. ``add_document`` is the one way in, for the GUI, the CLI and
other services (letters the product writes).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..domain import catalogues as cat
from ..domain import clock
from ..domain import documents as d
from ..domain.digests import sha256
from ..domain.entities import Document
from ..domain.errors import UserError
from ..formatting import fmt_date
from ..storage import documents_repo as q
from ..storage import file_intents
from ..storage import retention_repo as rrepo
from ..storage.connection import Connection
from ..storage.files import atomic_write_bytes, shred
from ..storage.transactions import transaction
from . import consents, holds, tombstones
from .letter_child import LetterFailed, pdf_text
from .operations import DataKind, Progress, writes

Owner = d.Owner
TOMBSTONE_KIND = "document"


_GONE = {"person": "Die Person", "case": "Den Fall", "consent": "Die Einwilligung",
         "procedure": "Das § 8a-Verfahren"}


def _person_of(conn: Connection, owner: d.Owner) -> str:
    if owner.kind == "person":
        person_id = owner.id if q.person_exists(conn, owner.id) else None
    else:
        person_id = q.owner_person(conn, owner.kind, owner.id)
    if person_id is None:
        raise UserError(f"{_GONE[owner.kind]} gibt es nicht (mehr); das Dokument wurde nicht "
                        "gespeichert.")
    return person_id


def _refuse_restricted(conn: Connection, person_id: str) -> None:
    if rrepo.restriction_of(conn, person_id) is not None:
        raise UserError("Die Verarbeitung ist für diese Person eingeschränkt (Art. 18 DSGVO): "
                        "es kann kein Dokument hinzugefügt werden. Nichts wurde gespeichert.")


def _session_conn(conn_or_session) -> Connection:
    """A ``Session`` (GUI, CLI) or its connection."""
    return getattr(conn_or_session, "conn", conn_or_session)


def _step(progress: Progress | None, percent: int) -> None:
    """A step of a long run (``progress``: on the one runner): a cancel stops it here."""
    if progress is not None:
        progress(percent)


def _finishing(progress: Progress | None, percent: int) -> None:
    """The last step before the commit: cancelled here, nothing stays; after it the run
    ends whole."""
    if progress is not None:
        progress.finishing(percent)


@writes(DataKind.DOCUMENTS)
def add_document(conn_or_session, owner: d.Owner, kind: str, title: str, day: date,
                 data: bytes, file_name: str = "", progress: Progress | None = None) -> Document:
    """Keep ``data`` as a document of ``owner``; refused (``UserError``, nothing written)
    when the file is not taken, the title is empty or the person's processing is
    restricted. The content file is in place before the row is committed; a failed
    commit, or a cancel (``progress``, the GUI's runner) before it, removes it again."""
    conn = _session_conn(conn_or_session)
    if kind not in cat.DOCUMENT_KINDS:
        raise UserError("Bitte die Art des Dokuments wählen.")
    title = d.check_title(title)
    mime = d.detect(data, file_name)
    person_id = _person_of(conn, owner)
    _refuse_restricted(conn, person_id)
    doc = Document(person_id=person_id, kind=kind, title=title, day=day, mime=mime,
                   size=len(data), sha256=sha256(data).hexdigest(),
                   file_name=d.shown_name(file_name),
                   case_id=owner.id if owner.kind == "case" else None,
                   consent_id=owner.id if owner.kind == "consent" else None,
                   procedure_id=owner.id if owner.kind == "procedure" else None,
                   content_key=os.urandom(32).hex())
    _step(progress, 10)      # then up to 25 MB are encrypted and written
    q.write_content(conn, doc.id, bytes.fromhex(doc.content_key), data)
    try:
        _finishing(progress, 90)
        with transaction(conn):
            q.DOCUMENTS.insert(conn, doc)
    except BaseException:
        q.remove_content(conn, doc.id)
        raise
    return doc


def read_source(path: Path | str) -> bytes:
    """The bytes of a file she chose to add (dialog, drop, command line): a regular file,
    not a link, at most ``MAX_BYTES`` (read no further); else a German refusal."""
    path = Path(path)
    name = d.shown_name(str(path))
    try:
        info = path.lstat()
    except OSError:
        raise UserError(f"„{name}“ wurde nicht gefunden oder ist nicht lesbar.") from None
    if stat.S_ISLNK(info.st_mode):
        raise UserError(f"„{name}“ ist eine Verknüpfung (ein Link), keine Datei; bitte die "
                        "Datei selbst wählen. Nichts wurde gespeichert.")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(f"„{name}“ ist keine Datei. Nichts wurde gespeichert.")
    if info.st_size > d.MAX_BYTES:
        raise UserError(f"„{name}“ wurde nicht übernommen: Die Datei ist größer als "
                        f"{d.MAX_BYTES // (1024 * 1024)} MB. Nichts wurde gespeichert.")
    try:
        with open(path, "rb") as fh:
            return fh.read(d.MAX_BYTES + 1)
    except OSError:
        raise UserError(f"„{name}“ ließ sich nicht lesen. Nichts wurde gespeichert.") from None


def shred_source(path: Path | str) -> None:
    """After an import she asked for it: overwrite the file she added from with zeros and
    delete it. Honest limit (said where she ticks it): an SSD, a synced folder or a backup
    may keep copies this cannot reach. A link is left alone."""
    path = Path(path)
    name = d.shown_name(str(path))
    try:
        if stat.S_ISLNK(path.lstat().st_mode) or not path.is_file():
            raise UserError(f"„{name}“ ist keine Datei und wurde nicht gelöscht.")
        shred(path)
    except OSError:
        raise UserError(f"„{name}“ ließ sich nicht löschen; bitte von Hand löschen.") from None


def documents_of_person(conn: Connection, person_id: str) -> list[Document]:
    return q.for_person(conn, person_id)


def documents_of(conn: Connection, owner: d.Owner) -> list[Document]:
    """The documents of ``owner``: a person's are all of hers."""
    if owner.kind == "person":
        return q.for_person(conn, owner.id)
    return q.for_record(conn, owner.kind, owner.id)


def owner_choices(conn: Connection, person_id: str) -> list[tuple[d.Owner, str]]:
    """What a document of the person may belong to, with its German label: the person
    herself, then her cases, consents and § 8a procedures."""
    from ..storage import child_protection_repo  # not services.child_protection (29 kB)
    from . import consents, persons

    choices = [(d.Owner("person", person_id), "die Person selbst")]
    choices += [(d.Owner("case", c.id), f"Fall „{c.title or 'ohne Titel'}“ seit {fmt_date(c.opened)}")
                for c in persons.cases(conn, person_id)]
    choices += [(d.Owner("consent", c.id),
                 f"Einwilligung gegenüber {c.recipient} ab {fmt_date(c.valid_from)}")
                for c in consents.consents_for_person(conn, person_id)]
    choices += [(d.Owner("procedure", p.id), f"§ 8a-Verfahren seit {fmt_date(p.opened)}")
                for p in child_protection_repo.procedures_for_person(conn, person_id)]
    return choices


def owner_of(doc: Document) -> d.Owner:
    for kind, rid in (("case", doc.case_id), ("consent", doc.consent_id),
                      ("procedure", doc.procedure_id)):
        if rid:
            return d.Owner(kind, rid)
    return d.Owner("person", doc.person_id)


def every_document(conn: Connection) -> list[Document]:
    return q.every(conn)


def get_document(conn: Connection, doc_id: str) -> Document:
    doc = q.DOCUMENTS.get(conn, doc_id)
    if doc is None:
        raise UserError("Das Dokument gibt es nicht (mehr).")
    return doc


def read_content(conn: Connection, doc: Document) -> bytes:
    """The document's bytes, in memory only, checked against its digest. While a
    re-encryption is unfinished (``rekey_files`` cut off) its new key opens it too."""
    try:
        data = q.read_content(conn, doc)
    except q.DocumentUnreadable:
        pending = q.pending_keys(conn).get(doc.id)
        if pending is None:
            raise
        data = q.read_content(conn, replace(doc, content_key=pending))
    if sha256(data).hexdigest() != doc.sha256:
        raise q.DocumentUnreadable()
    return data


@writes(DataKind.DOCUMENTS)
def rekey_files(conn: Connection) -> int:
    """Encrypt every document's file again under a new random key (the post's handover,
    after the database's re-key: an old backup kept elsewhere holds only the old keys,
    which then open no file). The new keys are committed first, each file is replaced
    atomically, then the rows take them; a run cut off is finished by the next. A file
    missing or damaged keeps its key (``check`` tells). The number of files re-encrypted."""
    pending = q.pending_keys(conn)   # a run cut off: its keys stay, new documents join
    fresh = {doc.id: os.urandom(32).hex() for doc in q.every(conn) if doc.id not in pending}
    if fresh:
        pending = {**pending, **fresh}
        with transaction(conn):
            q.set_pending_keys(conn, pending)
    done = {}
    for doc in q.every(conn):
        new = pending.get(doc.id)
        if new is None:
            continue
        try:
            data = read_content(conn, doc)
        except UserError:
            continue
        q.write_content(conn, doc.id, bytes.fromhex(new), data)
        done[doc.id] = new
    with transaction(conn):
        for doc_id, new in done.items():
            q.set_key(conn, doc_id, new)
        q.set_pending_keys(conn, {})
    return len(done)


def check_documents(conn: Connection) -> list[str]:
    """A German line per document whose file is missing, damaged or not its digest."""
    problems = []
    for doc in q.every(conn):
        try:
            read_content(conn, doc)
        except UserError:
            problems.append(f"Dokument „{doc.title}“ ({doc.day.isoformat()}): Datei fehlt, "
                            "ist beschädigt oder passt nicht zu ihrer Prüfsumme.")
    return problems


def write_copy(conn: Connection, doc_id: str, target: Path) -> Path:
    """Write the document's bytes, as they came, to ``target``: atomically, the whole
    file or none. Not itself logged: the Auskunft's copy for the person herself; every
    other way out is ``export_document``."""
    doc = get_document(conn, doc_id)
    atomic_write_bytes(Path(target), read_content(conn, doc))
    return Path(target)


def disclosed_categories(doc: Document) -> tuple[str, ...]:
    """What the Übermittlungsprotokoll says went: a document, of a § 8a procedure too."""
    return ("document", "8a") if doc.procedure_id else ("document",)


@writes(DataKind.CONSENTS)
def export_document(conn: Connection, doc_id: str, target: Path, recipient: str,
                    legal_basis: str, day: date | None = None,
                    progress: Progress | None = None) -> Path:
    """A disclosure she confirmed: the document's bytes to ``target`` (a file she named)
    and an entry in the Übermittlungsprotokoll (recipient, categories, legal basis; never
    the content) in one step. Refused by the log's own rules (``record_disclosure``: a
    recipient, a legal basis, with „Einwilligung“ one valid that day naming the
    recipient; never for a restricted person) with nothing written; a failed write logs
    nothing. A cancel (``progress``, the GUI's runner) before the log's commit, or the
    commit failing, leaves no entry and the target as it was: no file, or the file she
    agreed to overwrite, whole (``undone_on_failure``)."""
    target = Path(target)

    def write(data: bytes) -> None:
        _step(progress, 10)   # decrypted; then the file is written (temp, fsync, replace)
        atomic_write_bytes(target, data)
        _finishing(progress, 90)

    # refused before the journal makes the target's folder: a refusal leaves nothing
    check_disclosure(conn, doc_id, recipient, legal_basis, "exportiert",
                     "Nichts wurde geschrieben.", day=day or clock.today())
    # the log's commit failed, or the process was killed before it: the file is undone
    # (a kill: at the next unlock, ``storage.file_intents``)
    with file_intents.journaled(conn, target):
        _disclose(conn, doc_id, write, recipient, legal_basis, day, "exportiert",
                  "Nichts wurde geschrieben.")
    return target


@writes(DataKind.CONSENTS)
def print_document(conn: Connection, doc_id: str,
                   paint: Callable[[bytes, Callable[[], None]], None],
                   recipient: str, legal_basis: str, day: date | None = None,
                   progress: Progress | None = None) -> None:
    """Printing is a disclosure like the export: refused by the log's rules before
    anything is painted; ``paint(data, begun)`` (the GUI's printer, from memory; on the
    one runner with ``progress``, ``finishing`` before the job begins) calls ``begun``
    once the printer took the job, which logs it in its own short transaction: the
    painting holds no transaction (her saves meanwhile do not wait). Cancelled before
    the job or a printer that does not open: nothing logged; a failure after the job
    began keeps the entry (paper may be out)."""
    day = day or clock.today()
    doc = check_disclosure(conn, doc_id, recipient, legal_basis, "gedruckt",
                           "Nichts wurde gedruckt.", day=day)
    categories = disclosed_categories(doc)
    data = read_content(conn, doc)
    _step(progress, 5)   # decrypted; then the pages are painted

    def begun() -> None:
        consents.record_disclosure(conn, doc.person_id, day, recipient, categories,
                                   legal_basis)

    paint(data, begun)


def _unrestricted(conn: Connection, doc_id: str, verb: str, nothing: str) -> Document:
    """The document, refused while its person's processing is restricted (Art. 18)."""
    doc = get_document(conn, doc_id)
    if rrepo.restriction_of(conn, doc.person_id) is not None:
        raise UserError("Die Verarbeitung ist für diese Person eingeschränkt (Art. 18 DSGVO): "
                        f"das Dokument wird nicht {verb}. {nothing}")
    return doc


def check_disclosure(conn: Connection, doc_id: str, recipient: str, legal_basis: str,
                     verb: str = "exportiert", nothing: str = "Nichts wurde geschrieben.", *,
                     day: date | None = None) -> Document:
    """What the export or print would refuse (recipient, legal basis, consent, a
    restricted person), read before she is asked for a file or printer and again by the
    print itself; nothing written. The document, when allowed."""
    doc = _unrestricted(conn, doc_id, verb, nothing)
    consents.checked_disclosure(conn, doc.person_id, day or clock.today(), recipient,
                                disclosed_categories(doc), legal_basis)
    return doc


def _disclose(conn: Connection, doc_id: str, out: Callable[[bytes], None], recipient: str,
              legal_basis: str, day: date | None, verb: str, nothing: str) -> None:
    """Log the disclosure and hand the bytes ``out`` in one transaction."""
    doc = _unrestricted(conn, doc_id, verb, nothing)
    data = read_content(conn, doc)
    with transaction(conn):
        consents.record_disclosure(conn, doc.person_id, day or clock.today(), recipient,
                                   disclosed_categories(doc), legal_basis)
        out(data)
        file_intents.settle(conn)   # the file written belongs to this entry


MAX_TEXT = 2_000_000   # characters of text kept from one document (a 25 MB PDF of text)
_TEXT_FAILED = ("Der Text dieser PDF-Datei konnte nicht ausgelesen werden: der Hilfsprozess "
                "von SSA Desktop, der ihn liest, hat nicht geantwortet. Nichts wurde "
                "gespeichert. Bitte versuchen Sie es erneut; bleibt der Fehler, starten Sie "
                "SSA Desktop neu.")


@writes(DataKind.DOCUMENTS)
def read_text(conn: Connection, doc_id: str) -> int:
    """„Text auslesen“, only when she asks: the text layer of a PDF (pypdf, from memory,
    in the letter's child process: her file is parsed outside the GUI) into the vault's
    full-text index, so Strg+K finds its words; it goes with the document. No OCR: a scan
    without a text layer, an image or a DOCX/ODT is refused with a German sentence that
    says so, nothing stored. The number of pages with text."""
    doc = get_document(conn, doc_id)
    if doc.mime != d.PDF:
        raise UserError("Text wird nur aus PDF-Dateien ausgelesen, die Text enthalten; "
                        "SSA Desktop hat keine Texterkennung (OCR) für Bilder.")
    data = read_content(conn, doc)
    try:
        found = pdf_text(data, MAX_TEXT)
    except LetterFailed:
        raise UserError(_TEXT_FAILED) from None
    if found is None:
        raise UserError("Der Text dieser PDF-Datei ließ sich nicht auslesen (beschädigt oder "
                        "verschlüsselt). Nichts wurde gespeichert.")
    if not found:
        raise UserError("Diese PDF-Datei enthält keinen Text, nur Bilder (ein Scan?). SSA Desktop "
                        "hat keine Texterkennung (OCR); gefunden wird sie über Titel und Art. "
                        "Nichts wurde gespeichert.")
    with transaction(conn):
        q.set_text(conn, doc.id, "\n\n".join(found)[:MAX_TEXT])
    return len(found)


def has_text(conn: Connection, doc_id: str) -> bool:
    """Whether her document's text was read out into the search index."""
    return q.has_text(conn, doc_id)


THE_DOCUMENT = "das Dokument"   # the record a hold keeps, in its refusal (``holds``)


def _held_ids(doc: Document) -> tuple[str | None, ...]:
    """The document and the records it belongs to: a hold on any of them keeps it."""
    return doc.person_id, doc.id, doc.case_id, doc.consent_id, doc.procedure_id


def hold_keeps_document(conn: Connection, doc_id: str) -> str | None:
    """Why the document may not be deleted (a hold on it or its person: ``holds``), else
    None – the form says it before it asks."""
    doc = q.DOCUMENTS.get(conn, doc_id)
    return holds.refusal_for(conn, _held_ids(doc), THE_DOCUMENT) if doc is not None else None


@writes(DataKind.DOCUMENTS, DataKind.RETENTION)
def delete_document(conn: Connection, doc_id: str, today: date | None = None) -> None:
    """Delete a document by hand (entered by mistake, no longer needed): its row and key
    with a tombstone, then its file. Refused while a hold lies on it or its person."""
    doc = get_document(conn, doc_id)
    holds.refuse_deleting(conn, _held_ids(doc), THE_DOCUMENT)
    with transaction(conn):
        tombstones.deleted(conn, TOMBSTONE_KIND, doc.id, today or clock.today())
        q.DOCUMENTS.delete(conn, doc.id)
    q.remove_content(conn, doc.id)


def sweep_files(conn: Connection, *, after_restore: bool = False) -> int:
    """Remove the content files whose documents are gone (their keys went with them):
    after a deletion, at every open, and (``after_restore``) every file the restored copy
    has no row for; the number removed."""
    return q.sweep(conn, at_once=after_restore)
