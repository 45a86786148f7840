"""Confirming a school handover (docs/handover.md): the receipt checked, exactly the
unchanged packaged rows deleted in one transaction, then the file shredded and the
freed pages settled (also when an unlock finishes an interrupted one)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain import clock, tables
from ..domain import handover as rules
from ..domain.digests import compare_digest
from ..storage import documents_repo as dq
from ..storage import handover_repo as q
from ..storage import handover_school_repo as qs
from ..storage import repositories as repo
from ..storage.connection import Connection, checkpoint
from ..storage.transactions import transaction
from . import retention, tombstones
from .handover import ERASE_ERRORS, PackageError, _issued, not_removed
from .handover_receipt import Receipt, _rows_digest, read_receipt
from .operations import DataKind, Progress, writes


@dataclass
class SchoolHandoverReport:
    school: str
    deleted: dict[str, int]
    statistics_kept: int
    log_entries: int
    left: int                                  # entries at the school that stay with her
    school_id: str = ""
    kept: dict[str, int] = field(default_factory=dict)   # label -> entries that stay
    package_file: str = ""                     # German: what became of the package file
    held: int = 0                              # persons/groups held or restricted since
    school_code: str = ""                      # how she names the school (CLI --school)
    due_kept: int = 0                          # persons left out as due for deletion
    documents: int = 0                         # documents the receipt proves arrived

    @property
    def documents_sentence(self) -> str:
        """„Beide mitgegebenen Dokumente sind laut Quittung angekommen …“ (empty: none)."""
        if not self.documents:
            return ""
        what = {1: "Das mitgegebene Dokument ist", 2: "Beide mitgegebenen Dokumente sind"}.get(
            self.documents, f"Alle {self.documents} mitgegebenen Dokumente sind")
        return f"{what} laut Quittung angekommen (Prüfsummen verglichen)."

    @property
    def due_sentence(self) -> str:
        """The persons the package left out as due for deletion: still hers (empty when
        none)."""
        if not self.due_kept:
            return ""
        who = ("1 Person war" if self.due_kept == 1 else
               f"{self.due_kept} Personen waren")
        it = "sie bleibt" if self.due_kept == 1 else "sie bleiben"
        return (f"{who} zur Löschung fällig und wurde{'n' if self.due_kept != 1 else ''} "
                f"nicht mitgegeben; {it} bei Ihnen, bis Sie sie löschen (Datenschutz → "
                "Löschung fällig).")

    @property
    def kept_sentence(self) -> str:
        """„3 Einträge nach dem Paket – bleiben bei Ihnen“ (empty when none)."""
        if not self.left:
            return ""
        what = "1 Eintrag" if self.left == 1 else f"{self.left} Einträge"
        said = (f"{what} nach dem Paket – bleiben bei Ihnen (neu oder geändert, seit das "
                "Paket geschrieben wurde). Ein Folgepaket der Schule enthält genau diese.")
        if self.held:
            who = "1 Person oder Gruppe" if self.held == 1 else \
                f"{self.held} Personen oder Gruppen"
            said += (f" Darunter {who} mit allem, was dazugehört – bleiben bei Ihnen: "
                     "gesperrt/eingeschränkt seit dem Paket (Sperre, Einschränkung oder "
                     "offenes Auskunftsersuchen); das Paket trug diesen Stand nicht.")
        return said


# Labels of the manifest tables in the deletion log and the report.
ROW_LABELS = tables.package_labels()


def _checked_receipt(conn: Connection, receipt: Receipt) -> tuple[dict, dict[str, dict[str, str]]]:
    """The registry entry and manifest of the package the receipt names, when the receipt
    proves receipt; else a German refusal (nothing deleted)."""
    entry = _issued(conn, receipt.package_id)
    if entry is None or entry.get("kind") != rules.KIND_SCHOOL:
        raise PackageError("Die Quittung gehört zu keinem Übergabepaket dieses Tresors; es wurde "
                           "nichts gelöscht.")
    if entry.get("status") == "confirmed":
        raise PackageError("Diese Übergabe wurde schon bestätigt; die Daten der Schule sind "
                           "bereits gelöscht.")
    if entry.get("status") == "superseded":
        raise PackageError("Dieses Paket ist ersetzt: der Empfang eines späteren Pakets "
                           "derselben Schule wurde bestätigt, sein Schlüssel ist entfernt. Es "
                           "wurde nichts gelöscht; was noch bei Ihnen liegt, geht mit einem "
                           "Folgepaket.")
    if receipt.content_hash != entry.get("hash"):
        raise PackageError("Die Quittung passt nicht zum Paket (der Inhalt, den die Nachfolge "
                           "erhalten hat, ist ein anderer als der geschriebene). Es wurde nichts "
                           "gelöscht; bitte das Paket noch einmal übergeben.")
    secret = entry.get("receipt_secret", "")
    if not secret:
        raise PackageError("Das Paket wurde mit einer älteren Version geschrieben; seine "
                           "Quittung kann den Empfang nicht nachweisen. Es wurde nichts "
                           "gelöscht; bitte ein neues Übergabepaket schreiben.")
    if not receipt.proof:
        raise PackageError("Die Quittung trägt keinen Nachweis des Empfangs (er entsteht nur, "
                           "wenn die Nachfolge das Paket mit seinem Schlüssel einliest). Es "
                           "wurde nichts gelöscht.")
    if not compare_digest(receipt.proof.encode("utf-8"),
                               receipt.proof_with(secret).encode("utf-8")):
        raise PackageError("Die Quittung wurde verändert oder nicht beim Einlesen dieses Pakets "
                           "erzeugt; es wurde nichts gelöscht.")
    carried = qs.manifest(conn, receipt.package_id)
    if receipt.rows != _rows_digest(carried):
        raise PackageError("Die Quittung nennt andere Einträge als das Paket; sie wurde "
                           "verändert. Es wurde nichts gelöscht.")
    _check_documents(conn, entry.get("documents", {}), receipt.documents)
    return entry, carried


def _check_documents(conn: Connection, went: dict[str, str], arrived: dict[str, str]) -> None:
    """Every document that went must be named in the receipt with the same SHA-256, and
    the receipt names no other (a German refusal naming the document; nothing deleted)."""
    if went and not arrived:
        raise PackageError(f"Die Quittung weist nicht nach, dass die {len(went)} mitgegebenen "
                           "Dokumente angekommen sind (sie wurde mit einer älteren Version "
                           "erzeugt oder nennt keine). Es wurde nichts gelöscht; bitte die "
                           "Nachfolge, das Paket mit der aktuellen Version einzulesen.")
    if set(arrived) - set(went):
        raise PackageError("Die Quittung nennt ein Dokument, das das Paket nicht trug. Es "
                           "wurde nichts gelöscht; bitte das Paket noch einmal übergeben.")
    for doc_id, digest in sorted(went.items()):
        if arrived.get(doc_id) != digest:
            doc = dq.DOCUMENTS.get(conn, doc_id)
            title = f"„{doc.title}“" if doc is not None else "mit der Kennung " + doc_id[:8]
            raise PackageError(f"Das Dokument {title} ist laut Quittung nicht (unverändert) "
                               "angekommen. Es wurde nichts gelöscht; bitte mit der Nachfolge "
                               "klären und das Paket noch einmal übergeben.")


_RECORDS = ("person", "group_activity")     # the records a held state keeps whole


def _loose_contacts(conn: Connection, due: list[str],
                    carried: dict[str, dict[str, str]]) -> set[str]:
    """The contacts between a person left out as due and what went: hers inside a
    packaged case (they stay with her, without the case) and those naming a packaged
    person inside her case (they stay in it, without the name)."""
    return (set(qs.contacts_in_cases(conn, due, carried.get("case_file", {})))
            | set(qs.contacts_in_cases_of(conn, carried.get("person", {}), due)))


def _deletable(conn: Connection, package_id: str, carried: dict[str, dict[str, str]],
               loose: set[str]) -> tuple[dict[str, set[str]], int]:
    """Table → ids of the packaged rows that go: their content is still what went into
    the package, their person or group is not held, restricted or asked about since
    (``held``: such a record stays whole, with every row that belongs to it), and no
    row that stays (added or changed since) needs them; the contacts ``loose``
    (``_loose_contacts``) need nothing: they lose the link. Also the number of persons and groups held."""
    same, there = _unchanged_rows(conn, carried)
    held = qs.retention_state_changed(conn, package_id, there)
    _keep_held_records(conn, same, {tbl: held & set(carried.get(tbl, {})) for tbl in _RECORDS})
    _keep_what_staying_rows_need(conn, same, loose)
    return same, len(held)


def _unchanged_rows(conn: Connection, carried: dict[str, dict[str, str]]
                    ) -> tuple[dict[str, set[str]], set[str]]:
    """Table → ids of the packaged rows whose content is still what went into the
    package; and the ids of the packaged persons and groups still here."""
    same: dict[str, set[str]] = {}
    there: set[str] = set()
    for tbl, rows in carried.items():
        current = qs.row_hashes(conn, qs.MANIFEST_BY_NAME[tbl], rows)
        same[tbl] = {rid for rid, digest in current.items() if digest == rows[rid]}
        # a manifest written before the update to schema 30 digested „9:00“ where the
        # vault now holds 09:00 (migration 0030): no change of hers
        earlier = qs.earlier_hashes(conn, qs.MANIFEST_BY_NAME[tbl], set(current) - same[tbl])
        same[tbl].update(rid for rid, digests in earlier.items() if rows[rid] in digests)
        if tbl in _RECORDS:
            there.update(current)
    return same, there


def _keep_held_records(conn: Connection, same: dict[str, set[str]],
                       staying: dict[str, set[str]]) -> None:
    """A held person or group stays whole: take it out of ``same`` with every row that
    belongs to it (``qs.KEEPS``, down to the rows below its rows)."""
    while any(staying.values()):
        below: dict[str, set[str]] = {}
        for tbl, ids in staying.items():
            same.get(tbl, set()).difference_update(ids)
        for child, column, parent in qs.KEEPS:
            if staying.get(parent) and child not in _RECORDS:
                below.setdefault(child, set()).update(
                    cid for cid, _p in qs.references(conn, child, column, staying[parent])
                    if cid in same.get(child, ()))
        staying = below


def _keep_what_staying_rows_need(conn: Connection, same: dict[str, set[str]],
                                 loose: set[str]) -> None:
    """A row that stays (added or changed since) keeps the rows it refers to: take those
    out of ``same``, until nothing more changes (a kept row may keep others). The
    contacts ``loose`` keep nothing."""
    changed = True
    while changed:
        changed = False
        for child, column, parent in qs.KEEPS:
            candidates = same.get(parent)
            if not candidates:
                continue
            going = same.get(child, set()) | (loose if child == "contact" else set())
            for child_id, parent_id in qs.references(conn, child, column, candidates):
                if child_id not in going and parent_id in candidates:
                    candidates.discard(parent_id)
                    changed = True


@writes(*retention.DELETION_CHANGES.kinds, DataKind.OPEN_OFFERS, DataKind.AGREEMENTS,
        DataKind.SETTINGS, DataKind.PACKAGES)
def confirm_school_handover(conn: Connection, receipt_path: Path | str, *, today: date | None = None,
                            progress: Progress | None = None) -> SchoolHandoverReport:
    """After the successor's receipt: check that it proves receipt (``_checked_receipt``),
    then delete exactly the packaged rows that are unchanged (``_deletable``) in one
    transaction with the status change and the removal of the package key: persons and
    groups wholly handed over by the normal provable deletion (deletion log, tombstones),
    single rows of persons who stay likewise with one log entry. Then the WAL is
    truncated (secure_delete zeroed the freed pages) and the package file shredded
    (``_finish``). What was added or changed since the package stays and is counted in
    the report."""
    progress = progress or Progress()
    today = today or clock.today()
    receipt = read_receipt(receipt_path)
    entry, carried = _checked_receipt(conn, receipt)
    # the day the successor received the school: the end of her KVJS period for it
    entry = {**entry, "received": receipt.received}
    school_id = entry["school_id"]
    school = repo.school_name(conn, school_id)
    stats_before = qs.statistics_count(conn, school_id)
    progress(10, "Die Daten der Schule werden gelöscht …")
    due_kept = qs.existing_persons(conn, entry.get("left_out", []))
    loose = _loose_contacts(conn, due_kept, carried)
    going, held = _deletable(conn, receipt.package_id, carried, loose)
    whole = [("person", pid) for pid in sorted(going.get("person", ()))]
    whole += [("group", gid) for gid in sorted(going.get("group_activity", ()))]
    rows: dict[str, int] = {}
    retired: list[str] = []
    report = _delete_in_one_transaction(conn, receipt.package_id, entry, going, whole, rows,
                                        today, progress, stats_before, retired, loose)
    progress(80, "Die Paketdatei wird entfernt …")
    shredded: int  # package files shredded, counted with the log entries
    shredded, package_file = _finish(conn, receipt.package_id, today)
    for other in retired:
        done, said = _finish(conn, other, today)
        shredded += done
        package_file += (" Ein früheres Paket dieser Schule trug Gelöschtes; es ist damit "
                         "ersetzt, sein Schlüssel entfernt. " + said).rstrip()
    deleted: dict[str, int] = {}
    for e in report.entries:
        for label, n in e.counts.items():
            deleted[label] = deleted.get(label, 0) + n
    for label, n in rows.items():
        deleted[label] = deleted.get(label, 0) + n
    left = qs.school_row_ids(conn, school_id, leave_out=due_kept)
    kept = {ROW_LABELS[tbl]: len(ids) for tbl, ids in left.items() if ids}
    result = SchoolHandoverReport(school, deleted, qs.statistics_count(conn, school_id),
                                  len(report.entries) + bool(rows) + shredded, sum(kept.values()),
                                  school_id, kept, package_file, held,
                                  getattr(repo.SCHOOLS.get(conn, school_id), "code", ""),
                                  len(due_kept), len(entry.get("documents", {})))
    progress(100, "Fertig")
    return result


def _delete_in_one_transaction(conn: Connection, package_id: str, entry: dict, going: dict[str, set[str]],
                               whole: list[tuple[str, str]], rows: dict[str, int], today: date,
                               progress: Progress, stats_before: int, retired: list[str],
                               loose: set[str]):
    """The deletion of a confirmed receipt, its status and the removal of the key in one
    transaction: a kill inside leaves the vault as it was. ``rows`` gets the counts of
    the rows deleted alone; returns the report of the persons and groups deleted whole.
    The school's statistics records are counted before the commit (R7: the counted years
    never change); a different count rolls everything back. Every other issued package of
    the school that carries a row now gone is retired with it (``_retire_superseded``;
    its id into ``retired``). The contacts ``loose`` first lose their link to a case or
    a person that goes (``_loose_contacts``)."""
    with transaction(conn):
        qs.detach_from_cases(conn, loose, going.get("case_file", ()))
        qs.detach_from_persons(conn, loose, going.get("person", ()))
        report = retention.delete_handed_over(conn, whole, today, category=HANDOVER_CATEGORY,
                                              progress=progress,
                                              method=retention.METHOD_HANDOVER)
        for tbl in qs.DELETE_ORDER:
            if tbl in ("person", "group_activity"):
                continue
            gone = qs.delete_rows(conn, tbl, going.get(tbl, ()))
            for rid in gone:  # a restored backup must not bring them back
                tombstones.deleted(conn, HANDED_OVER_ROW, rid, today)
            if gone:
                rows[ROW_LABELS[tbl]] = len(gone)
        if rows:
            retention.log_handover_rest(conn, package_id, rows, today,
                                        HANDOVER_CATEGORY, retention.METHOD_HANDOVER)
        if qs.statistics_count(conn, entry["school_id"]) != stats_before:
            raise PackageError("Die Löschung hätte anonyme Statistikeinträge der gezählten "
                               "Jahre verändert; sie wurde zurückgenommen, es wurde nichts "
                               "gelöscht. Bitte melden Sie den Fehler.")
        retired.extend(_retire_superseded(conn, package_id, entry["school_id"], today))
        qs.drop_manifest(conn, package_id)
        confirmed = {k: v for k, v in entry.items() if k not in ("key", "receipt_secret", "documents")}
        confirmed.update(status="confirmed", confirmed=today.isoformat(),
                         key_removed=today.isoformat(), pending="pages file")
        q.register(conn, q.REGISTRY_PREFIX, package_id, confirmed)
    return report


def _retire_superseded(conn: Connection, package_id: str, school_id: str, today: date) -> list[str]:
    """Inside the receipt's transaction: every other issued package of the school that
    carries a row no longer in the vault (its file and key would still show it) loses
    its key, receipt secret and manifest and becomes ``superseded``; its file is
    shredded by ``_finish`` (``pending``). Returns their ids."""
    retired = []
    for other, entry in q.registry(conn, q.REGISTRY_PREFIX).items():
        if (other == package_id or entry.get("kind") != rules.KIND_SCHOOL
                or entry.get("school_id") != school_id or entry.get("status") != "issued"):
            continue
        carried = qs.manifest(conn, other)
        if all(len(qs.row_hashes(conn, qs.MANIFEST_BY_NAME[tbl], rows)) == len(rows)
               for tbl, rows in carried.items()):
            continue
        qs.drop_manifest(conn, other)
        gone = {k: v for k, v in entry.items() if k not in ("key", "receipt_secret", "documents")}
        gone.update(status="superseded", superseded_by=package_id,
                    key_removed=today.isoformat(), pending="file")
        q.register(conn, q.REGISTRY_PREFIX, other, gone)
        retired.append(other)
    return retired


def _finish(conn: Connection, package_id: str, today: date) -> tuple[bool, str]:
    """The steps after a confirmed receipt's transaction (``pending`` in the registry
    entry, so that the next unlock finishes them after a kill): the WAL truncated (the
    freed pages are zeroed already); the package file this vault wrote shredded where it
    still lies (if it is that file: same hash), with a deletion-log entry. Returns whether it
    was shredded and a German sentence about the package file."""
    entry = q.registry(conn, q.REGISTRY_PREFIX)[package_id]
    settled = "pages" not in entry.get("pending", "") or retention.settle_after(conn)
    path = Path(entry.get("path", ""))
    said, shredded = "", False
    copies = ("Falls Sie sie kopiert oder verschoben haben: bitte diese Kopie löschen (ohne "
              "den Schlüssel ist sie nicht lesbar; er ist aus dem Tresor entfernt).")
    if entry.get("path") and path.is_file() and q.file_hash(path) == entry.get("hash"):
        try:
            size = q.erase_file(path)
        except ERASE_ERRORS as err:
            said = not_removed(path, err, "Die Paketdatei") + " " + copies
        else:
            with transaction(conn):
                retention.log_package_file_shredded(
                    conn, package_id, size, today, category="Übergabepaket (Paketdatei)",
                    rule="Übergabe quittiert", note="Datei nicht mehr vorhanden")
            said, shredded = f"Die Paketdatei {path} wurde überschrieben und entfernt.", True
    elif entry.get("path") and path.is_file():
        said = (f"Unter {path} liegt eine andere Datei als das geschriebene Paket; sie wurde "
                "nicht gelöscht. Haben Sie eine Kopie des Pakets angelegt, löschen Sie diese "
                "bitte (ohne den Schlüssel ist sie nicht lesbar; er ist aus dem Tresor entfernt).")
    elif entry.get("path"):  # the usual case: the successor's app removed it when reading
        said = (f"Die Paketdatei liegt nicht mehr dort, wo sie geschrieben wurde ({path}); "
                "die Nachfolge entfernt sie beim Einlesen. Haben Sie eine Kopie angelegt, "
                "löschen Sie diese bitte (ohne den Schlüssel ist sie nicht lesbar; er ist aus "
                "dem Tresor entfernt).")
    with transaction(conn):
        entry = dict(q.registry(conn, q.REGISTRY_PREFIX)[package_id])
        entry.pop("pending", None)
        if not settled:
            entry["pending"] = "pages"
        q.register(conn, q.REGISTRY_PREFIX, package_id, entry)
    if not settled:
        return shredded, (said + " " + PAGES_PENDING).strip()
    checkpoint(conn)  # the registry's last write leaves no WAL frame either
    return shredded, said


PAGES_PENDING = ("Die gelöschten Daten sind noch nicht ganz aus der Tresordatei entfernt: ein "
                 "anderer Zugriff las gerade im Tresor. Das geschieht beim nächsten Entsperren.")


@writes(DataKind.PACKAGES)
def finish_interrupted_handovers(conn: Connection, today: date | None = None) -> list[str]:
    """At unlock: a confirmed school handover whose after-steps a kill interrupted
    (``pending``) is finished now; one German sentence each."""
    today = today or clock.today()
    said = []
    for package_id, entry in q.registry(conn, q.REGISTRY_PREFIX).items():
        if entry.get("kind") == rules.KIND_SCHOOL and entry.get("pending"):
            _shredded, text = _finish(conn, package_id, today)
            if q.registry(conn, q.REGISTRY_PREFIX)[package_id].get("pending"):
                said.append("Eine unterbrochene Schulübergabe ist noch nicht abgeschlossen. "
                            + text)
            else:
                said.append("Eine unterbrochene Schulübergabe wurde abgeschlossen: die "
                            "gelöschten Daten sind aus der Tresordatei entfernt. " + text)
    return said


HANDOVER_CATEGORY = "Übergabe an die Nachfolge (Schule)"
# The tombstone kind of a row a school handover deleted alone (its person or group
# stays): a restore deletes it again by its id, and nothing else – not the kinds of a
# session removed by hand, whose statistics record goes along (R7: these stay).
HANDED_OVER_ROW = "handed_over_row"
