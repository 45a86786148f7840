"""Handing on one school (docs/handover.md): the predecessor writes the school's
package with its manifest; the successor reads it into her vault and writes the
receipt."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from ..domain import clock
from ..domain import handover as rules
from ..domain.entities import Disclosure, new_id
from ..storage import handover_deputy_repo as qd
from ..storage import handover_repo as q
from ..storage import handover_school_repo as qs
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.emergency import format_key
from ..storage.transactions import transaction
from . import package_documents, retention
from .handover import (
    CLOSING_PACKAGE,
    ERASE_ERRORS,
    PERSONS_PACKED,
    WRITING_PACKAGE,
    DuePerson,
    PackageError,
    PackageResult,
    _target,
    _write_package,
    _zero,
    due_persons,
    open_package,
    split_due,
    written_on,
)
from .handover_receipt import _receipt, _rows_digest
from .operations import DataKind, Progress, writes
from .schools import RECEIVED_KEY


# -- handing on one school ----------------------------------------------------------------------
@writes(DataKind.CONSENTS, DataKind.PACKAGES)
def create_school_package(conn: Connection, school_id: str, successor: rules.Deputy, target: Path | str, *,
                          today: date | None = None, send_due: Iterable[str] = (),
                          documents: Iterable[str] = (),
                          progress: Progress | None = None) -> PackageResult:
    """Everything of one school into one package for the successor; one disclosure per
    person of the school in the log (basis: handover to the successor at the same
    Träger). A person due for deletion („Löschung fällig") stays with her, with all of
    hers, unless ``send_due`` names her (the result's ``left_out`` and ``sent_due``).
    A document goes only when ``documents`` names it (she ticked it) and its person goes:
    its bytes inside the encrypted package, its vault key never (``package_documents``).
    The package remembered with its content hash, its path, a random receipt
    secret (also inside the package: only who opens it can write a valid receipt) and
    its manifest (``handover_item``: per row the id and a hash of what went)."""
    progress = progress or Progress()
    today = today or clock.today()
    school = repo.SCHOOLS.existing(conn, school_id,
                                   missing=PackageError("Die Schule gibt es in diesem Tresor nicht."))
    _going, left_out, sent_due = split_due(conn, qs.school_person_ids(conn, school_id),
                                           send_due, today)
    ticked = list(documents)
    package_id = new_id()
    path = _target(target, rules.KIND_SCHOOL, today, package_id)
    key = q.new_key()
    secret = bytes(q.new_key()).hex()
    meta = {"package_kind": rules.KIND_SCHOOL, "package_id": package_id, "vault_uuid": package_id,
            "created": written_on(today), "school_id": school_id,
            "school_name": school.name, "recipient": successor.name,
            "recipient_role": successor.role, "receipt_secret": secret}
    carried: dict[str, dict[str, str]] = {}
    went: dict[str, str] = {}   # document id -> SHA-256 (the receipt must name each)

    def copy(pkg):
        counts = qs.copy_school_package(conn, pkg, school_id, new_id,
                                        leave_out=[d.person_id for d in left_out])
        progress(40, PERSONS_PACKED)
        unlinked = qs.unlink_lost_contacts(pkg)
        went.update(package_documents.carry(conn, pkg, ticked))
        counts["Dokumente"] = len(went)
        carried.update(_package_manifest(pkg))
        # as the vault holds them: unchanged there, the receipt deletes them
        carried["appointment"].update(qs.row_hashes(conn, qs.MANIFEST_BY_NAME["appointment"],
                                                    unlinked))
        carried[qs.STATE_ITEM] = qs.retention_state_hashes(
            conn, [*carried["person"], *carried["group_activity"]])
        progress(70, CLOSING_PACKAGE)
        return counts

    progress(5, WRITING_PACKAGE)
    try:
        counts = _write_package(conn, path, key, meta, copy)
        digest = q.file_hash(path)
        person_ids = sorted(carried.get("person", {}))
        try:
            with transaction(conn):
                with_documents = package_documents.persons_of(conn, went)
                for pid in person_ids:
                    categories = rules.SCHOOL_CATEGORIES + (
                        (rules.DOCUMENT_CATEGORY,) if pid in with_documents else ())
                    repo.DISCLOSURES.insert(conn, Disclosure(
                        pid, today, f"{successor.name} – Nachfolge an {school.name}",
                        categories, SCHOOL_LEGAL_BASIS))
                qs.save_manifest(conn, package_id, ((tbl, rid, h) for tbl, rows in
                                                   carried.items() for rid, h in rows.items()))
                q.register(conn, q.REGISTRY_PREFIX, package_id, {
                    "kind": rules.KIND_SCHOOL, "key": bytes(key).hex(),
                    "created": today.isoformat(), "recipient": successor.name,
                    "school_id": school_id, "hash": digest, "persons": len(person_ids),
                    "status": "issued", "path": str(path.resolve()),
                    "receipt_secret": secret, "documents": went,
                    "left_out": [d.person_id for d in left_out]})
                # the last step: a cancel after it is refused, the package ends whole
                progress.finishing(90, "Die Übergabe wird protokolliert …")
        except BaseException:
            with contextlib.suppress(*ERASE_ERRORS):  # the first error is hers to see
                q.erase_file(path)
            raise
        result = PackageResult(path, package_id, format_key(key), rules.KIND_SCHOOL, counts,
                               successor.name, content_hash=digest, persons=person_ids,
                               left_out=left_out, sent_due=sent_due)
    finally:
        _zero(key)
    return result


def school_due_persons(conn: Connection, school_id: str,
                       today: date | None = None) -> list[DuePerson]:
    """The persons of the school already due for deletion (the dialog's list)."""
    return due_persons(conn, qs.school_person_ids(conn, school_id), today)


def school_going_persons(conn: Connection, school_id: str,
                         today: date | None = None) -> list[str]:
    """The pseudonyms of the persons that go into the school's package as it stands (a
    person due for deletion only with „trotzdem mitgeben“, not counted here), sorted:
    what the dialog shows before she writes it."""
    going, _left_out, _sent = split_due(conn, qs.school_person_ids(conn, school_id), (), today)
    return sorted(pseudonym for _pid, pseudonym in qd.pseudonyms(conn, going))


def school_documents(conn: Connection, school_id: str):
    """The documents of the school's persons, for her ticks (none goes unticked)."""
    return package_documents.of_persons(conn, qs.school_person_ids(conn, school_id))


# The legal basis logged for a school handover: the successor takes over the post's
# tasks at the same Träger (§ 64 Abs. 1 SGB VIII; catalogue code "handover").
SCHOOL_LEGAL_BASIS = "handover"


def _package_manifest(pkg) -> dict[str, dict[str, str]]:
    """Table → {row id: row hash} of every row a school package carries."""
    return {t.name: qs.row_hashes(pkg, t) for t in qs.MANIFEST_TABLES}


def package_document(pkg) -> dict:
    """A school package as an interchange document (tables only; no settings, no meta)."""
    from . import interchange

    doc = interchange.export_document(pkg)
    doc["tables"] = {name: rows for name, rows in doc["tables"].items() if rows}
    doc["settings"] = {}
    doc["meta"] = {}
    return doc


@writes(*DataKind)
def receive_school_package(conn: Connection, package_path: Path | str, key_text: str, receipt_target:
                           Path | str, resolutions=None, *, today: date | None = None,
                           progress: Progress | None = None):
    """The successor reads a school package into her vault (the one merge of interchange
    documents) and writes the receipt for the predecessor. The activities of the
    predecessor's years were counted by her: the merge's derived statistics records and
    time entries for them are removed again (nothing is counted twice across the two
    posts). Returns (merge result, receipt path). With open conflicts no receipt is
    written and the package file stays until they are decided; without, the receipt is
    written (signed with the secret inside the package) and the package file shredded
    (one entry in her deletion log). The package's documents are checked, then written,
    one at a time (memory holds one), each a step of ``progress``."""
    from . import interchange_merge

    progress = progress or Progress()
    today = today or clock.today()
    package_path = Path(package_path)
    progress(0, "Das Übergabepaket wird geöffnet …")
    digest = q.file_hash(package_path) if package_path.is_file() else ""
    pkg, info = open_package(package_path, key_text, today=today, expected_kind=rules.KIND_SCHOOL)
    try:
        secret = info.meta.get("receipt_secret", "")
        if not secret:
            raise PackageError("Das Übergabepaket stammt aus einer älteren Version von SSA "
                               "Desktop und kann keine Empfangsquittung erzeugen. Bitte die "
                               "Vorgängerin, das Paket neu zu schreiben; nichts wurde verändert.")
        rows = _rows_digest(_package_manifest(pkg))
        doc = package_document(pkg)
        kept_facts: list[str] = []   # her facts of a document she holds stay; named
        checked = package_documents.check(conn, pkg, progress, (10, 40), kept_facts)
        written = package_documents.write_files(conn, pkg, checked, progress, (40, 75))
    finally:
        pkg.close()
    progress(80, "Die Einträge werden übernommen …")
    try:
        with transaction(conn):
            before = q.last_rowids(conn)
            result = interchange_merge.merge_document(conn, doc, resolutions, today=today)
            q.drop_derived(conn, before, statistics=True)
            package_documents.insert_rows(conn, written)
    except BaseException:
        package_documents.discard_written(conn, written)
        raise
    result.after.extend(kept_facts)
    progress(95, "Die Empfangsquittung wird geschrieben …")
    if result.conflicts:
        return result, None
    with transaction(conn):   # its unlock cleans what a killed receipt write leaves there
        q.remember_folder(conn, _folder_of(receipt_target))
        if info.meta.get("school_id"):   # her first day with it (KVJS: her period)
            q.register(conn, RECEIVED_KEY, info.meta["school_id"],
                       {"received": today.isoformat(), "package_id": info.package_id})
    path = _receipt(info, digest, rows, secret, receipt_target, today,
                    package_documents.arrived(conn, checked))
    try:
        size = q.erase_file(package_path)
    except ERASE_ERRORS:  # read-only medium, another program: the caller sees it still there
        return result, path
    with transaction(conn):
        retention.log_package_file_shredded(
            conn, info.package_id, size, today, category="Übergabepaket (empfangene Datei)",
            rule="Übergabe eingelesen", note="Datei nicht mehr vorhanden")
    progress(100, "Fertig")
    return result, path


def _folder_of(target: Path | str) -> Path:
    target = Path(target)
    return target if target.is_dir() else target.parent


def received_file_sentence(package_path: Path | str) -> str:
    """What became of the successor's package file after a receive with a receipt."""
    package_path = Path(package_path)
    if package_path.exists():
        return (f"Die Paketdatei {package_path} konnte nicht entfernt werden (schreibgeschützt?)."
                " Bitte löschen Sie sie selbst; alles ist eingelesen.")
    return "Die Paketdatei wurde überschrieben und entfernt (alles ist eingelesen)."
