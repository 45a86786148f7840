"""Writing a Vertretungspaket (docs/handover.md): who is proposed for the period, the
package of the persons she keeps, one disclosure per person, the package remembered
with its key and baseline."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from ..domain import clock, strict_json
from ..domain import handover as rules
from ..domain.entities import Disclosure, new_id
from ..storage import handover_deputy_repo as qd
from ..storage import handover_repo as q
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.emergency import format_key
from ..storage.transactions import transaction
from . import consents, package_documents
from .handover import (
    CLOSING_PACKAGE,
    PERSONS_PACKED,
    WRITING_PACKAGE,
    PackageResult,
    _target,
    _write_package,
    _zero,
    split_due,
    written_on,
)
from .operations import DataKind, Progress, writes


# -- Vertretungspaket: the proposal ------------------------------------------------------------
def candidates(conn: Connection, period: rules.Period, today: date | None = None) -> list[rules.Candidate]:
    """Every person who would be needed in the period, with whether her deputy consent
    is valid on the day of writing (``today``, the day of the disclosure) and on every day
    of the period, and if not why."""
    today = today or clock.today()
    deputy_consents = qd.persons_with_deputy_consent(conn)
    found = []
    for pid, pseudonym, school, open_case, appointment, open_8a in qd.deputy_needs(
            conn, period.first, period.last):
        problem = consents.deputy_consent_problem(deputy_consents.get(pid, []), period.first,
                                                  period.last, today)
        found.append(rules.Candidate(pid, pseudonym, school, not problem, open_case,
                                     appointment, open_8a, problem))
    return found


def propose(conn: Connection, period: rules.Period, today: date | None = None) -> list[rules.Candidate]:
    """The persons proposed for the package (she may remove any, never add one)."""
    return rules.propose(candidates(conn, period, today))


def not_proposed(conn: Connection, period: rules.Period,
                 today: date | None = None) -> list[rules.Candidate]:
    """The persons needed in the period who are not proposed, each with the reason
    (``Candidate.not_proposed_reason``); restricted persons never appear."""
    return rules.not_proposed(candidates(conn, period, today))


def _package_record(path: Path, key: bytearray) -> dict:
    """``path``, ``contents`` and ``baseline`` of a Vertretungspaket just written, read
    back from the file itself (what went in, not what would be selected now)."""
    pkg = q.open_package(path, key)
    try:
        return {"path": str(path.resolve()), "contents": qd.package_contents(pkg),
                "baseline": strict_json.loads(q.meta(pkg).get("baseline", "{}"))}
    finally:
        pkg.close()


def deputy_documents(conn: Connection, person_ids: list[str]):
    """The documents of the proposed persons, for her ticks (none goes unticked)."""
    return package_documents.of_persons(conn, person_ids)


@writes(DataKind.CONSENTS, DataKind.PACKAGES)
def create_deputy_package(conn: Connection, period: rules.Period, deputy: rules.Deputy,
                          person_ids: list[str], target: Path | str, *, for_name: str = "",
                          extras: dict[str, set[str]] | None = None,
                          send_due: Iterable[str] = (), documents: Iterable[str] = (),
                          today: date | None = None,
                          progress: Progress | None = None) -> PackageResult:
    """Write the Vertretungspaket for ``person_ids`` (each proposed) to ``target`` (a file
    or a folder), log one disclosure per person, remember the package. ``extras`` maps a
    person id to the free texts ticked for her (``rules.EXTRAS``); without a tick none
    goes along. A person due for deletion goes only when ``send_due`` names her (the
    result's ``left_out`` and ``sent_due``). A document goes only when ``documents``
    names it (she ticked it) and its person goes: its bytes inside the encrypted package,
    its row with the declared columns only (``package_documents.carry``); the disclosure
    of her person then names „Dokument“. The key is in the result only. ``progress``
    names the steps; a cancel before the last leaves no file and no log entry, after it
    the package is whole (``Progress.finishing``)."""
    progress = progress or Progress()
    today = today or clock.today()
    chosen = rules.check_selection(list(person_ids), candidates(conn, period, today))
    ticked = rules.check_extras(extras, chosen)
    chosen, left_out, sent_due = split_due(conn, chosen, send_due, today)
    ticked = {pid: names for pid, names in ticked.items() if pid in chosen}
    package_id = new_id()
    path = _target(target, rules.KIND_DEPUTY, today, package_id)
    key = q.new_key()
    meta = {"package_kind": rules.KIND_DEPUTY, "package_id": package_id, "vault_uuid": package_id,
            "created": written_on(today),
            "period_first": period.first.isoformat(), "period_last": period.last.isoformat(),
            "expires": period.expires.isoformat(), "deputy_name": deputy.name,
            "deputy_role": deputy.role, "for_name": " ".join(for_name.split())}
    ticked_documents = list(documents)
    went: dict[str, str] = {}

    def copy(pkg):
        counts = qd.copy_deputy_package(conn, pkg, chosen, period.first, period.last, new_id,
                                        ticked)
        progress(40, PERSONS_PACKED)
        went.update(package_documents.carry(
            conn, pkg, ticked_documents,
            lambda dst, doc: qd.copy_document_row(conn, dst, doc.id)))
        counts["Dokumente"] = len(went)
        progress(70, CLOSING_PACKAGE)
        return counts

    progress(5, WRITING_PACKAGE)
    try:
        counts = _write_package(conn, path, key, meta, copy)
        with_documents = package_documents.persons_of(conn, went)
        digest = q.file_hash(path)
        try:
            with transaction(conn):
                for pid in chosen:
                    consent = consents.deputy_consent(conn, pid, today)
                    has_8a = qd.has_open_8a(conn, pid)
                    categories = rules.DEPUTY_CATEGORIES_8A if has_8a else rules.DEPUTY_CATEGORIES
                    if pid in with_documents:
                        categories = (*categories, rules.DOCUMENT_CATEGORY)
                    repo.DISCLOSURES.insert(conn, Disclosure(
                        pid, today, deputy.recipient, categories,
                        "consent", consent.id if consent else None))
                q.register(conn, q.REGISTRY_PREFIX, package_id, {
                    "kind": rules.KIND_DEPUTY, "key": bytes(key).hex(), "created": today.isoformat(),
                    "recipient": deputy.recipient, "first": period.first.isoformat(),
                    "last": period.last.isoformat(), "hash": digest, "persons": len(chosen),
                    "status": "issued", "expires": period.expires.isoformat(),
                    "deputy": deputy.name, **_package_record(path, key)})
                progress.finishing(90, "Die Weitergabe wird protokolliert …")
        except BaseException:
            q.erase_file(path)
            raise
        result = PackageResult(path, package_id, format_key(key), rules.KIND_DEPUTY, counts,
                               deputy.recipient, period.expires, period, digest, chosen,
                               left_out, sent_due)
    finally:
        _zero(key)
    return result
