"""Retention use cases (docs/retention.md): the engine over the vault, the preview of a
deletion, the deletion itself (one transaction, then vacuum and a TRUNCATE checkpoint),
restriction, holds, § 8a decisions, the content-free deletion log and the tombstones a
restored backup re-applies (``deleted_ids_since``, ``reapply_deletions``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date

from ..domain import clock, retention_engine
from ..domain import options as opts
from ..domain import retention as rt
from ..domain.dormancy import DORMANT, RESTRICTED_REVIEW, is_review
from ..domain.entities import new_id, now_iso
from ..domain.errors import UserError
from ..domain.retention_rows import AssessmentTable, EngineOrder, Rows
from ..formatting import fmt_date
from ..storage import backup_rotation as rotation
from ..storage import (
    documents_repo,
    migrations,
    privacy_repo,
    retention_delete_repo,
    retention_log_repo,
    retention_state_repo,
)
from ..storage import retention_repo as rrepo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import backups, dormancy, settings, time_totals, tombstones
from .operations import Changes, DataKind, Progress, writes

METHOD_DELETE = ("Löschung in einer Transaktion (secure_delete, FTS5 secure-delete), "
                 "danach VACUUM und WAL-Checkpoint (TRUNCATE)")
METHOD_CLEAR = "Feld geleert (secure_delete), danach VACUUM und WAL-Checkpoint (TRUNCATE)"
STATS_KEPT = rt.STATS_KEPT
DELETION_CHANGES = Changes.of(
    DataKind.RETENTION, DataKind.PERSONS, DataKind.CASES, DataKind.CONTACTS, DataKind.NOTES,
    DataKind.DRAFTS, DataKind.APPOINTMENTS, DataKind.GROUPS, DataKind.CONSENTS,
    DataKind.CHILD_PROTECTION, DataKind.TIME)


# -- the engine over the vault ---------------------------------------------------------------
def engine(conn: Connection) -> retention_engine.Engine:
    periods = {o.name: settings.get(conn, o) for o in rt.period_options()}
    return retention_engine.Engine(periods, enable_9b=settings.get(conn, rt.ENABLE_9B))


# One engine run at a time in the process: ``assess`` holds every record's facts and
# assessment (4 MB on ten years) while it runs; a paged run beside it (the unlock's
# deletion check, the Datenschutz snapshot) would add its own to that peak. The second
# waits (~0.3 s).
ENGINE_LOCK = threading.Lock()
# Records of one kind the deletion check's count and the Datenschutz snapshot assess at
# a time (``assessed_in_pages``): their working memory is that of a page, whatever the
# vault's years.
PAGE_SIZE = 100


def assess(conn: Connection, today: date | None = None) -> list[rt.Assessment]:
    """Every record's state and due date (cheap: run at every unlock); dormant persons
    are asked for review (R14: services/dormancy.py)."""
    today = today or clock.today()
    with ENGINE_LOCK:
        return dormancy.review(conn, engine(conn).evaluate(rrepo.facts(conn), today), today)


def due_items(conn: Connection, today: date | None = None) -> list[rt.Assessment]:
    return [a for a in assess(conn, today) if a.is_due]


def due_persons(conn: Connection, today: date | None = None) -> list[rt.Assessment]:
    """The persons ``due_items`` holds due, from the persons' facts alone (a person's
    state never depends on another kind's records: ``facts_pages``)."""
    today = today or clock.today()
    with ENGINE_LOCK:
        found = engine(conn).evaluate(rrepo.person_kind_facts(conn), today)
        return [a for a in dormancy.review(conn, found, today)
                if a.is_due and a.record_kind == rt.PERSON]


@dataclass(frozen=True)
class UnlockCheck:
    """What the check at unlock found: items due now, of them waiting for an R5
    decision, and deletion-log entries past their period (R11) that it removed; the
    review prompts (R2 at case closure, R14 dormant) listed with the due items."""
    due: int
    decisions: int
    log_expired: int
    reviews: int = 0


@writes(DataKind.RETENTION)
def check_at_unlock(conn: Connection, progress: Progress | None = None,
                    today: date | None = None) -> UnlockCheck:
    """Run at every unlock, off the GUI thread (``ctx.perform(background=True)``): the
    expiry of the deletion log (R11), which must not wait for the next deletion run, and
    the count of what is due (the Übersicht's "Löschung fällig (n)"). After a change the
    count alone is asked again (``count_due``: no write)."""
    today = today or clock.today()
    with transaction(conn):
        expired = _expire_log(conn, today)
    return replace(count_due(conn, progress, today), log_expired=expired)


def count_due(conn: Connection, progress: Progress | None = None,
              today: date | None = None, *, page_size: int | None = None) -> UnlockCheck:
    """The engine over the vault: items due now, of them waiting for an R5 decision,
    and the review prompts (reads only). Counted page by page (``assessed_in_pages``):
    each page's assessments are counted and dropped, so no more than one page's facts
    and assessments exist at once; the same counts as ``assess`` gives."""
    due = decisions = reviews = 0
    with ENGINE_LOCK:
        for page in assessed_in_pages(conn, page_size or PAGE_SIZE, today or clock.today()):
            for a in page:
                if a.is_due:
                    due += 1
                    decisions += a.action == rt.DECIDE
                reviews += is_review(a)
    return UnlockCheck(due, decisions, 0, reviews)


def assessed_in_pages(conn: Connection, size: int,
                      today: date) -> Iterator[list[rt.Assessment]]:
    """The engine over the vault one keyset page of facts at a time
    (``rrepo.facts_pages``: at most ``size`` records of one kind, each with everything
    of theirs the rules read, also across records), a page of persons with their dormant
    persons' review (R14). Together the pages hold exactly ``assess``'s assessments."""
    for _found, reviewed in _evaluated_pages(conn, size, today):
        yield reviewed


def _evaluated_pages(conn: Connection, size: int, today: date
                     ) -> Iterator[tuple[list[rt.Assessment], list[rt.Assessment]]]:
    """``assessed_in_pages``'s pages, each also as the engine left it (before R14's
    review changed a dormant person's state and due day): item for item the same
    records in the same order."""
    run = engine(conn)
    for facts in rrepo.facts_pages(conn, size):
        found = run.evaluate(facts, today)
        reviewed = found
        if facts.persons:
            reviewed = dormancy.review(conn, found, today,
                                       persons=(facts.persons[0].id, facts.persons[-1].id))
        yield found, reviewed


def _expire_log(conn: Connection, today: date) -> int:
    """Prune the deletion log (R11) and leave the tombstone "log before <day>", so that no
    earlier export or backup brings the entries back (``tables.Stone`` BEFORE)."""
    months = settings.get(conn, rt.rule_table()["R11"].period("months").option)
    before = rt.add_months(today, -months)
    pruned = retention_log_repo.prune_log(conn, before)
    if pruned:
        tombstones.deleted(conn, "deletion_log", before.isoformat(), today)
    return pruned


def deleted(conn: Connection) -> Iterator[rt.Assessment]:
    """The deleted records (state Gelöscht) from the tombstones: id, kind and day only."""
    for record_id, kind, day in retention_log_repo.tombstones(conn):
        yield rt.Assessment(kind, record_id, "", "", rt.DELETED, None,
                            date.fromisoformat(day[:10]), None, f"gelöscht am {fmt_date(day)}")


def key(a: rt.Assessment) -> tuple[str, str]:
    return (a.record_kind, a.record_id)


# What a deletion takes and what stays, in words: the storage counts by part
# (``retention_delete_repo.PERSON_PARTS`` …), the preview and the deletion log name them.
PART_LABELS = {
    "persons": "Personendatensatz",
    "cases": "Fälle",
    "contacts": "Kontakte",
    "annotations": "Korrekturen",
    "working_notes": "Arbeitsnotizen",
    "appointments": "Termine",
    "drafts": "Entwürfe",
    "consents": "Einwilligungen",
    "cp_procedures": "Verfahren nach § 8a",
    "cp_steps": "Schritte nach § 8a",
    "documents": "Dokumente (mit ihren Schlüsseln)",
    "disclosures": "Übermittlungsprotokoll ohne Verweis auf die Person (bis Ablauf seiner Frist)",
    "groups": "Gruppenangebot",
    "group_sessions": "Termine des Angebots",
    "group_members": "Teilnahmen (wer in der Gruppe war)",
    "time_entries": "Arbeitszeiteinträge",
    retention_delete_repo.STATISTICS: rt.STATS_KEPT,
}


def _in_words(kind: rt.RecordKind, counts: dict[str, int]) -> dict[str, int]:
    """Storage's counts per part under their German labels (the record itself: the
    kind's preview label)."""
    return {(kind.preview if part == retention_delete_repo.RECORD else PART_LABELS[part]): n
            for part, n in counts.items()}


@contextmanager
def _deletion_cache(conn) -> Iterator[None]:
    """A 128 MiB page cache while deleting (the bulk deletes and VACUUM touch every page
    of the tables involved); the connection's own size again afterwards."""
    cache = retention_delete_repo.cache_size(conn)
    retention_delete_repo.set_cache_size(conn, -131072, lift_bound=True)
    try:
        yield
    finally:
        retention_delete_repo.set_cache_size(conn, cache, lift_bound=False)


# -- preview ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Preview:
    assessment: rt.Assessment
    goes: dict[str, int]                       # label -> rows deleted or fields erased
    stays: dict[str, int] = field(default_factory=dict)   # what stays, and why

    @property
    def total(self) -> int:
        return sum(self.goes.values())


def _kind(name: str) -> tuple[rt.RecordKind, rrepo.KindStore]:
    """A record kind's declaration (domain) and its storage parts, by its name."""
    if name not in rt.KINDS:
        raise ValueError(f"unknown record kind {name}")
    return rt.KINDS[name], rrepo.KIND_STORES[name]


def preview(conn: Connection, a: rt.Assessment) -> Preview:
    """Exactly what a deletion of ``a`` takes (and what stays by rule)."""
    kind, store = _kind(a.record_kind)
    goes = store.counts(conn, a.record_id) if store.counts else {retention_delete_repo.RECORD: 1}
    stays = store.kept(conn, a.record_id) if store.kept else {}
    return Preview(a, _in_words(kind, goes), _in_words(kind, stays))


def _by_kind(items: list[rt.Assessment]) -> dict[str, list[rt.Assessment]]:
    out: dict[str, list[rt.Assessment]] = {}
    for a in items:
        out.setdefault(a.record_kind, []).append(a)
    return out


def total(conn: Connection, items: list[rt.Assessment]) -> int:
    """Rows and fields a deletion of ``items`` takes (the confirm step): a kind that
    counts in bulk (persons: one grouped query per table) however many are selected."""
    n = 0
    for name, chosen in _by_kind(items).items():
        store = _kind(name)[1]
        if store.counts_many is not None:
            counted = store.counts_many(conn, [a.record_id for a in chosen])
            n += sum(sum(c.values()) for c in counted.values())
        else:
            n += sum(preview(conn, a).total for a in chosen)
    return n


# -- deleting --------------------------------------------------------------------------------
@dataclass
class DeletionReport:
    entries: list[retention_log_repo.LogEntry]
    skipped: list[tuple[str, str]]     # (record id, why) of items no longer due
    compaction: str = ""

    @property
    def deleted(self) -> int:
        return len(self.entries)


def backup_expiry(conn: Connection, today: date) -> date | None:
    """The last day a backup in the vault's folder may still hold what is deleted today:
    the expiry of the newest backup made on or before today (R12; None: none holds it)."""
    return backups.backups_holding_until(conn, rotation.vault_folder_of(conn), today)


@writes(*DELETION_CHANGES.kinds)
def apply(conn: Connection, keys: list[tuple[str, str]], progress: Progress | None = None,
          today: date | None = None, *, compact: bool = True) -> DeletionReport:
    """Delete the records ``keys`` ((record_kind, record_id)) that are due now.

    The engine is asked again first: nothing not due, held, restricted or waiting for a
    § 8a decision is touched. Everything goes in one transaction (a cancel before the
    commit leaves the vault as it was); then VACUUM and a TRUNCATE checkpoint, so no
    freed page and no WAL frame keeps the text. Statistics records stay (R7).
    """
    progress = progress or Progress()
    today = today or clock.today()
    now = now_iso()
    current = {key(a): a for a in assess(conn, today)}
    expiry_day = backup_expiry(conn, today)
    expiry = expiry_day.isoformat() if expiry_day else None
    chosen, skipped = [], []
    for k in keys:
        a = current.get((k[0], k[1]))
        # the engine names an action only for a due record (tests/retention/test_engine.py,
        # test_properties_of_the_engine); R5's decide and § 9b's restrict delete nothing
        if a is None or a.action not in (rt.DELETE, rt.CLEAR):
            skipped.append((k[1], "nicht (mehr) zur Löschung fällig"))
        else:
            chosen.append(a)
    with _deletion_cache(conn):
        with transaction(conn):
            entries = _delete_all(conn, chosen, today, now, expiry, progress)
            _expire_log(conn, today)
            progress(85, "Freigegebene Seiten werden überschrieben …")
        report = DeletionReport(entries, skipped)
        if compact and entries:
            report.compaction = retention_delete_repo.compact(conn)
            report.entries = [replace(e, verification=f"{e.verification}; {report.compaction}")
                              for e in entries]
            with transaction(conn):
                for entry in report.entries:
                    retention_log_repo.set_verification(conn, [entry.id], entry.verification)
                retention_delete_repo.set_pages_pending(conn, today.isoformat())
            if retention_delete_repo.checkpoint(conn):
                with transaction(conn):
                    retention_delete_repo.set_pages_pending(conn, None)
                retention_delete_repo.checkpoint(conn)
    documents_repo.sweep(conn)   # the files of documents gone with their records
    progress(100, "Fertig")
    return report


def _delete_all(conn: Connection, chosen: list[rt.Assessment], today: date, now: str,
                expiry: str | None, progress: Progress, *,
                method: str = METHOD_DELETE) -> list[retention_log_repo.LogEntry]:
    """Delete every chosen item inside the caller's transaction, kind by kind through
    the kinds' storage parts (``rrepo.delete_records``); the log entries and tombstones
    (the kind's tombstone form: the record, or each erased column)."""
    run = rrepo.DeleteRun(today, lambda: time_totals.task_areas(conn))
    done: dict[tuple[str, str], tuple[dict[str, int], int]] = {}
    steps = iter(range(len(chosen)))

    def step() -> None:
        progress(next(steps, 0) * 75 // max(len(chosen), 1), "Lösche …")

    for name, items in _by_kind(chosen).items():
        _kind(name)
        counted = rrepo.delete_records(conn, name, [a.record_id for a in items], run, step)
        done.update({(name, rid): result for rid, result in counted.items()})
    entries = []
    for a in chosen:
        counts, left = done[key(a)]
        kind = rt.KINDS[a.record_kind]
        entry = retention_log_repo.LogEntry(
            new_id(), a.record_id, a.category, a.rule,
            a.trigger_day.isoformat() if a.trigger_day else None,
            a.due.isoformat() if a.due else None, now,
            method if a.action == rt.DELETE else METHOD_CLEAR, _in_words(kind, counts),
            f"{left} Zeilen verblieben", expiry)
        retention_log_repo.insert_log(conn, entry)
        if kind.tombstone == rt.RECORD:
            tombstones.deleted(conn, a.record_kind, a.record_id, today)
        else:
            for column in kind.columns:
                tombstones.cleared(conn, a.record_kind, a.record_id, column, today)
        entries.append(entry)
    return entries


@writes(*DELETION_CHANGES.kinds)
def delete_handed_over(conn: Connection, items: list[tuple[str, str]], today: date, *, category: str,
                       progress: Progress | None = None,
                       method: str = METHOD_DELETE) -> DeletionReport:
    """Delete persons and groups whose data went to a successor who confirmed receiving
    them: the same provable deletion as a due item (one transaction, log
    entries with counts, tombstones, VACUUM and checkpoint), rule "Übergabe"; the
    statistics records stay (R7). Restricted or held records are deleted too: the
    successor holds them now (with their restriction in the package). The caller passes
    only records whose state the successor got: a school handover keeps a record held,
    restricted or asked about since its package (``handover._deletable``)."""
    progress = progress or Progress()
    now = now_iso()
    expiry_day = backup_expiry(conn, today)
    expiry = expiry_day.isoformat() if expiry_day else None
    chosen = [rt.Assessment(kind, rid, "Übergabe", category, rt.DUE, today, today, rt.DELETE,
                            "Übergeben an die Nachfolge; Empfang quittiert.")
              for kind, rid in items]
    with _deletion_cache(conn):
        with transaction(conn):
            entries = _delete_all(conn, chosen, today, now, expiry, progress, method=method)
    documents_repo.sweep(conn)
    return DeletionReport(entries, [])


def log_handover_rest(conn: Connection, record_id: str, counts: dict[str, int], today: date,
                      category: str, method: str = METHOD_DELETE) -> None:
    """One deletion-log entry for what of a handed-over school is neither a person nor a
    group (open offers, agreements, appointments without a person); inside the caller's
    transaction."""
    now = now_iso()
    retention_log_repo.insert_log(conn, retention_log_repo.LogEntry(
        new_id(), record_id, category, "Übergabe", today.isoformat(), today.isoformat(), now,
        method, {k: v for k, v in counts.items() if v}, "0 Zeilen verblieben", None))


def log_package_deleted(conn: Connection, package_id: str, size: int, today: date, reason: str, *,
                        category: str = "Vertretungspaket (Datei)",
                        rule: str = "Ablauf der Vertretung", key_removed: bool = False,
                        backup_expiry: date | None = None) -> None:
    """The one deletion-log entry for a package file or key: the file
    overwritten (``size`` bytes; 0: there was none to overwrite), the key removed from
    the vault (whose backups still hold it until ``backup_expiry``). Joins the caller's
    transaction."""
    done = ["Schlüssel aus dem Tresor entfernt"] if key_removed else []
    if size:
        done.append("Datei mit Zufallsdaten überschrieben, synchronisiert und entfernt")
    method = "; ".join(done) or "keine Datei vorhanden"
    now = now_iso()
    with transaction(conn):
        retention_log_repo.insert_log(conn, retention_log_repo.LogEntry(
            new_id(), package_id, category, rule, today.isoformat(), today.isoformat(), now,
            method, {"Paketdatei (Byte)": size},
            f"{reason}; Datei nicht mehr vorhanden" if size else reason,
            backup_expiry.isoformat() if backup_expiry else None))


def log_package_file_shredded(conn: Connection, package_id: str, size: int, today: date, *,
                               category: str, rule: str, note: str) -> None:
    """One deletion-log entry for a school package file shredded after its handover
    (the issuer's file after the confirmed receipt, the successor's copy after
    her receive); inside the caller's transaction."""
    now = now_iso()
    retention_log_repo.insert_log(conn, retention_log_repo.LogEntry(
        new_id(), package_id, category, rule, today.isoformat(), today.isoformat(), now,
        "Datei mit Zufallsdaten überschrieben, synchronisiert und entfernt",
        {"Paketdatei (Byte)": size}, note, None))


def log_backups_shredded(conn: Connection, record_id: str, files: int, size: int, today: date,
                         rule: str, category: str) -> None:
    """One deletion-log entry for backup files shredded outside the R12 rotation (the
    post handover: the backups under the predecessor's key); inside the
    caller's transaction."""
    now = now_iso()
    retention_log_repo.insert_log(conn, retention_log_repo.LogEntry(
        new_id(), record_id, category, rule, today.isoformat(), today.isoformat(), now,
        "Dateien mit Nullen überschrieben, synchronisiert und entfernt",
        {"Sicherungsdateien": files, "Byte": size},
        "Dateien nicht mehr vorhanden", None))


# A school handover's deletion: no VACUUM of the whole vault. secure_delete
# overwrites every deleted cell and every page put on the freelist with zeros as it is
# freed, FTS5 secure-delete (or the rebuild of a bulk run) leaves no token in an index
# segment, and the TRUNCATE checkpoint moves the zeroed pages into the file and empties
# the WAL; the page scan of tests/handover/test_school_receipt.py proves it.
METHOD_HANDOVER = ("Löschung in einer Transaktion (secure_delete, FTS5 secure-delete bzw. "
                   "Neuaufbau der Suchindizes), freigegebene Seiten mit Nullen überschrieben, "
                   "danach WAL-Checkpoint (TRUNCATE)")


def settle_after(conn: Connection) -> bool:
    """After a deletion under secure_delete: a TRUNCATE checkpoint, so that no WAL frame
    keeps an old page and the file holds the zeroed pages. Without secure_delete on this
    connection it compacts first, as ``compact_after`` does. False when another
    connection's read snapshot kept the checkpoint from running (the caller retries
    later and says so)."""
    if not retention_delete_repo.secure_delete_on(conn):
        compact_after(conn)
    return retention_delete_repo.checkpoint(conn)


def pages_pending(conn: Connection) -> bool:
    """Whether a deletion's zeroed pages still wait in the WAL: another connection read
    while it ran, so its TRUNCATE checkpoint could not move them into the file, and the
    database file may still hold the deleted text."""
    return bool(retention_delete_repo.pages_pending(conn))


def finish_pending_pages(conn: Connection) -> bool:
    """At unlock (and whenever asked): the checkpoint a deletion still owes. True when
    nothing is owed any more; False while another connection still reads."""
    if not retention_delete_repo.pages_pending(conn):
        return True
    if not retention_delete_repo.checkpoint(conn):
        return False
    with transaction(conn):
        retention_delete_repo.set_pages_pending(conn, None)
    return retention_delete_repo.checkpoint(conn)


def finish_interrupted_deletion(conn: Connection) -> list[str]:
    """At unlock: the checkpoint a deletion still owes (``finish_pending_pages``); one
    German sentence when there was one."""
    if not pages_pending(conn):
        return []
    if finish_pending_pages(conn):
        return ["Eine frühere Löschung ist jetzt vollständig aus der Tresordatei entfernt."]
    return ["Eine frühere Löschung ist noch nicht ganz aus der Tresordatei entfernt: ein "
            "anderer Zugriff liest gerade im Tresor. Das geschieht beim nächsten Entsperren."]


def compact_after(conn: Connection) -> str:
    """VACUUM and a TRUNCATE checkpoint after a deletion: no freed page keeps a text."""
    text = retention_delete_repo.compact(conn)
    retention_delete_repo.checkpoint(conn)
    return text


@writes(*DELETION_CHANGES.kinds)
def apply_due(conn: Connection, progress: Progress | None = None,
              today: date | None = None) -> DeletionReport:
    """Delete everything due now that needs no decision (the CLI's ``--apply``)."""
    items = [key(a) for a in due_items(conn, today) if a.action in (rt.DELETE, rt.CLEAR)]
    return apply(conn, items, progress, today)


# -- tombstones: what a restore must re-apply ---------------------------------------------------
def deleted_ids_since(conn: Connection, since: date | None = None) -> list[tuple[str, str, str]]:
    """(record id, record kind, deletion day) of every deletion (since ``since``)."""
    return retention_log_repo.tombstones(conn, since)


def reapply_deletions(conn: Connection, tombstones: Iterable[tuple[str, str, str]] = (), *,
                      compact: bool = True) -> int:
    """After a restore, before the vault is handed to the user: add ``tombstones``
    (``deleted_ids_since`` of the vault being replaced) to the restored vault's own and
    delete again everything they list that is still present, erased fields included
    (one transaction). Returns how many records and fields went again; compacts when
    anything went (``compact=False`` when the caller rebuilds the file anyway)."""
    with _deletion_cache(conn):
        with transaction(conn):
            for record_id, kind, day in tombstones:
                retention_log_repo.insert_tombstone(conn, record_id, kind,
                                                    date.fromisoformat(day[:10]))
            deleted = retention_log_repo.apply_tombstones(conn)
        if deleted and compact:
            retention_delete_repo.compact(conn)
    return deleted


# -- restriction, holds, decisions, § 9b ------------------------------------------------------
@writes(DataKind.RETENTION, DataKind.PERSONS)
def restrict(conn: Connection, record_id: str, reason: str = "request",
             today: date | None = None) -> None:
    """Restrict processing (Art. 18 DSGVO, § 84 Abs. 3 SGB X): the record disappears
    from lists, search, quick entry and exports; only Datenschutz shows it."""
    today = today or clock.today()
    with transaction(conn):
        rrepo.insert_restriction(conn, rt.Restriction(record_id, reason, today))
        _log_decision(conn, record_id, "restriction",
                      f"Einschränkung ({rt.RESTRICTION_REASONS.get(reason, reason)})", today)


@writes(DataKind.RETENTION, DataKind.PERSONS)
def lift_restriction(conn: Connection, record_id: str, today: date | None = None, *,
                     reason: str | None = None) -> None:
    """Lift a restriction (the GUI asks for confirmation first); with ``reason`` only a
    restriction set for that reason (a rejected objection keeps an Art. 18 one)."""
    today = today or clock.today()
    with transaction(conn):
        current = rrepo.restriction_of(conn, record_id)
        if current is None or reason not in (None, current.reason):
            return
        rrepo.delete_restriction(conn, record_id, reason)
        _log_decision(conn, record_id, "restriction", "Einschränkung aufgehoben", today)


def restricted_ids(conn: Connection) -> set[str]:
    return rrepo.restricted_ids(conn)


def restriction_of(conn: Connection, record_id: str) -> rt.Restriction | None:
    return rrepo.restriction_of(conn, record_id)


def restrictions(conn: Connection) -> list[rt.Restriction]:
    return rrepo.restrictions(conn)


@writes(DataKind.RETENTION)
def add_hold(conn: Connection, record_id: str, reason: str, review: date, *, record_kind: str = rt.PERSON,
             today: date | None = None) -> rt.Hold:
    """A hold (Sperre) with reason category and review date; it blocks deletion."""
    if reason not in rt.HOLD_REASONS:
        raise UserError("Unbekannter Grund für die Sperre.")
    today = today or clock.today()
    if review < today:
        raise UserError("Das Datum der Überprüfung liegt in der Vergangenheit.")
    hold = rt.Hold(new_id(), record_id, reason, today, review, record_kind)
    with transaction(conn):
        rrepo.insert_hold(conn, hold)
        _log_decision(conn, record_id, "hold", f"Sperre ({rt.HOLD_REASONS[reason]})", today)
    return hold


@writes(DataKind.RETENTION)
def lift_hold(conn: Connection, hold: rt.Hold, today: date | None = None) -> None:
    today = today or clock.today()
    with transaction(conn):
        rrepo.lift_hold(conn, hold.id, today)
        _log_decision(conn, hold.record_id, "hold",
                      f"Sperre aufgehoben ({rt.HOLD_REASONS.get(hold.reason, hold.reason)})",
                      today)


def holds(conn: Connection) -> list[rt.Hold]:
    return rrepo.holds(conn)


@writes(DataKind.RETENTION, DataKind.PERSONS)
def decide(conn: Connection, person_id: str, decision: str, today: date | None = None) -> None:
    """The documented R5 decision on a § 8a procedure with Jugendamt involvement:
    delete, restrict or keep under agreement; asked again after the review period."""
    if decision not in rt.DECISIONS:
        raise UserError("Unbekannte Entscheidung.")
    today = today or clock.today()
    with transaction(conn):
        record_decision(conn, person_id, decision, today)
        if decision == "restrict":
            rrepo.insert_restriction(conn, rt.Restriction(person_id, rt.CP_DECISION, today))
        else:   # an earlier decision "einschränken" ends with the new decision
            rrepo.delete_restriction(conn, person_id, reason=rt.CP_DECISION)
        _log_decision(conn, person_id, "decision", f"Entscheidung zu § 8a: {rt.DECISIONS[decision]}", today,
                      rule="R5")


@writes(DataKind.RETENTION)
def record_decision(conn: Connection, person_id: str, decision: str, day: date) -> None:
    """Store an R5 decision (inside the caller's transaction) in the one store the
    engine reads; asked again after the configured review period. The closure of a
    § 8a procedure with the Jugendamt records its decision here too."""
    months = settings.get(conn, rt.rule_table()["R5"].period("review_months").option)
    rrepo.insert_decision(conn, rt.PERSON, rt.Decision(person_id, decision, day,
                                                      rt.add_months(day, months)))


def r5_decision(conn: Connection, person_id: str) -> rt.Decision | None:
    """The person's latest R5 decision (delete, restrict, keep), if any."""
    return next((d for d in rrepo.latest_decisions(conn)
                 if d.record_id == person_id and d.decision in rt.DECISIONS), None)


def _reviewable(current: rt.Assessment | None) -> rt.Assessment:
    """The person's assessment, if it is up for review; else the German refusal of
    "nicht mehr benötigt"."""
    if current is not None and current.state == RESTRICTED_REVIEW:
        raise UserError("Die Verarbeitung ist eingeschränkt: bitte zuerst die Einschränkung "
                        "aufheben (Datenschutz → Eingeschränkt) – oder „weiter benötigt "
                        "bis …“ angeben.")
    if current is None or current.state not in (rt.REVIEW, DORMANT):
        raise UserError("Nur eine Falldokumentation mit fälliger Prüfung nach Fallabschluss "
                         "oder eine ruhende Person kann als nicht mehr benötigt entschieden "
                         "werden.")
    return current


@writes(DataKind.RETENTION)
def not_needed_after_review(conn: Connection, person_id: str,
                            today: date | None = None) -> None:
    """R2's review at case closure: the worker finds the documentation of a pupil still
    at school no longer needed. It becomes due today and goes through the usual preview
    and confirmed deletion. Not for § 8a procedures (open, or with the Jugendamt: R5)."""
    today = today or clock.today()
    current = next((a for a in assess(conn, today)
                    if a.record_kind == rt.PERSON and a.record_id == person_id), None)
    current = _reviewable(current)
    facts = next(p for p in rrepo.facts(conn).persons if p.id == person_id)
    if current.state == DORMANT and any(c is None for c in facts.case_closures):
        raise UserError("Bitte zuerst den offenen Fall abschließen.")
    if facts.cp_youth_office or facts.cp_open:
        raise UserError("Bei einem Verfahren nach § 8a (offen oder mit Beteiligung des "
                         "Jugendamts) wird nach dem Abgang entschieden, nicht bei der Prüfung.")
    with transaction(conn):
        rrepo.insert_decision(conn, rt.PERSON, rt.Decision(person_id, rt.NOT_NEEDED, today,
                                                          today))
        _log_decision(conn, person_id, "decision",
                      "Prüfung nach Fallabschluss: nicht mehr benötigt", today, rule="R2")


@writes(DataKind.RETENTION, DataKind.PERSONS)
def apply_9b(conn: Connection, person_id: str, today: date | None = None) -> None:
    """Restrict a due record the Träger classified under § 9b instead of deleting it."""
    restrict(conn, person_id, rt.MARK_9B, today)


@writes(DataKind.RETENTION)
def classify_9b(conn: Connection, person_id: str, on: bool, today: date | None = None) -> None:
    """The worker (for the Träger) classifies a person's file under § 9b SGB VIII in
    Datenschutz, or takes the classification back. With the option on, the engine then
    proposes restriction instead of deletion when the file is due (R9b); logged."""
    if not settings.get(conn, rt.ENABLE_9B):
        raise UserError("§ 9b ist nicht eingeschaltet (Datenschutz → Fristen).")
    if retention_delete_repo.person_rowid(conn, person_id) is None:
        raise UserError("Nach § 9b wird nur die Akte einer Person eingeordnet.")
    today = today or clock.today()
    with transaction(conn):
        rrepo.set_mark(conn, person_id, rt.MARK_9B, on)
        _log_decision(conn, person_id, "decision", "Einordnung nach § 9b SGB VIII" if on
                      else "Einordnung nach § 9b SGB VIII aufgehoben", today, rule="R9b")


def marked_9b(conn: Connection) -> frozenset[str]:
    """The persons whose files are classified under § 9b."""
    return rrepo.marked(conn, rt.MARK_9B)


def _log_decision(conn: Connection, record_id: str, category: str, method: str, today: date,
                  rule: str = "") -> None:
    """Hold, restriction and decision events in the deletion log (category words only)."""
    retention_log_repo.insert_log(conn, retention_log_repo.LogEntry(
        new_id(), record_id, category, rule, None, None,
        now_iso(), method, {}, "", None))


# -- the log and the periods --------------------------------------------------------------------
def deletion_log(conn: Connection) -> list[retention_log_repo.LogEntry]:
    return retention_log_repo.log_entries(conn)


@writes(DataKind.SETTINGS, DataKind.RETENTION)
def set_period(conn: Connection, option: opts.Option, value: int | bool) -> int | bool:
    """Change a retention period (never below the rule's minimum) or the § 9b switch;
    the change is logged with old and new value."""
    if not option.name.startswith("retention."):
        raise UserError("keine Aufbewahrungsfrist")
    return settings.set_value(conn, option, value)   # logs the change


@dataclass(frozen=True)
class Snapshot:
    """Everything the Datenschutz area shows, read in one go off the GUI thread. Its
    lists are ``Rows`` of one compact table (``domain/retention_rows.py``): about 40
    bytes a record instead of an ``Assessment`` and its id string (3 MB on ten years);
    a row is made an ``Assessment`` when read."""
    assessments: Rows                                 # every record's, the engine's order
    due: Rows                                         # "Löschung fällig" (``due_rows``)
    every: Rows                                       # "Alle Fristen" (``all_rows``)
    deleted: Rows                                     # the tombstones (``deleted``)
    restrictions: list[rt.Restriction]
    holds: list[rt.Hold]
    related: dict[str, rt.Assessment]                 # record id of a restriction or a
                                                      # hold -> its first assessment
    log: list[retention_log_repo.LogEntry]
    values: dict[str, object]                         # option name -> current value
    names: dict[tuple[str, str], tuple[str, str]]     # key -> (pseudonym/title, name) of
                                                      # the first rows (``NAMED_AT_LOAD``)
    marked_9b: frozenset[str] = frozenset()           # persons classified under § 9b


# Names read with the Datenschutz area's load: the first rows of each of its lists (a
# screen shows about 30); the others are read when scrolled to (the names of
# all 14,000 items of ten years held 2 MB and took 14,000 queries).
NAMED_AT_LOAD = 200


def is_due(a: rt.Assessment) -> bool:
    """Listed in "Löschung fällig" as due (the review prompts follow them)."""
    return a.is_due


def _in_all(a: rt.Assessment) -> bool:
    """Listed in "Alle Fristen": every item, a month of working time only when due. Asked
    of every row of the snapshot's table, the tombstones' too, whose kind may be one no
    engine assesses (``rt.TOMBSTONE_ONLY_LABELS``: a handed-over row, an appointment)."""
    kind = rt.KINDS.get(a.record_kind)
    return a.is_due or kind is None or not kind.listed_when_due_only


def due_rows(assessments: Rows) -> Rows:
    """The list "Löschung fällig": the due items, then the review prompts at case closure
    (R2) and of dormant persons (R14)."""
    return assessments.where(is_due) + assessments.where(is_review)


def all_rows(assessments: Rows, gone: Rows) -> Rows:
    """The list "Alle Fristen": every item (a month of working time only when due), then
    the deleted records."""
    return assessments.where(_in_all) + gone


def snapshot(conn: Connection, progress: Progress | None = None, today: date | None = None,
             *, page_size: int | None = None) -> Snapshot:
    """The Datenschutz area's data (``ctx.perform(background=True)``: ~0.3 s on ten
    years of data, too long for the GUI thread); names only of the first rows of each
    list (``NAMED_AT_LOAD``). The engine runs page by page as for the deletion check
    (``assessed_in_pages``), each page's assessments go into the compact table at once
    and the table's rows into the engine's order (``EngineOrder``): no more than one
    page's facts and assessments exist as objects. Stops at ``progress``'s cancel
    between pages."""
    progress = progress or Progress()
    today = today or clock.today()
    progress(0)
    table = AssessmentTable()
    order = EngineOrder(table)
    with ENGINE_LOCK:
        for n, (found, reviewed) in enumerate(
                _evaluated_pages(conn, page_size or PAGE_SIZE, today)):
            progress(min(n, 59))   # a percent a page: the engine's part is 0-60
            for engine_item, a in zip(found, reviewed, strict=True):
                order.add(engine_item, table.add(a))
    progress(60)
    assessments = order.rows()
    gone = Rows(table, (table.add(a) for a in deleted(conn)))
    values = {o.name: settings.get(conn, o) for o in [*rt.period_options(), rt.ENABLE_9B]}
    due, every = due_rows(assessments), all_rows(assessments, gone)
    names: dict[tuple[str, str], tuple[str, str]] = {}
    for rows in (due, every):
        for a in rows[:NAMED_AT_LOAD]:
            if key(a) not in names:
                names[key(a)] = display_name(conn, a)
    restrictions, holds = rrepo.restrictions(conn), rrepo.holds(conn)
    related = assessments.first_of({r.record_id for r in restrictions}
                                   | {h.record_id for h in holds})
    return Snapshot(assessments, due, every, gone, restrictions, holds, related,
                    retention_log_repo.log_entries(conn), values, names, marked_9b(conn))


def display_name(conn: Connection, a: rt.Assessment) -> tuple[str, str]:
    """(pseudonym or title, real name) of an item – only where names may be shown; whose
    name is the kind's declaration (``RecordKind.names``)."""
    kind = rt.KINDS.get(a.record_kind)
    names = kind.names if kind else rt.BY_OWNER
    if names == rt.BY_PERSON:
        return retention_delete_repo.name_of(conn, a.record_id)
    if names == rt.BY_GROUP:
        return retention_delete_repo.group_title(conn, a.record_id), ""
    if names == rt.BY_ID:
        return a.record_id, ""
    if a.owner_id:
        return retention_delete_repo.name_of(conn, a.owner_id)
    return "", ""


# -- restore --------------------------------------------------------------------------------
def deletion_guard(current_conn):
    """A ``prepare`` for ``storage.backup.restore_database``: the current vault's
    tombstones are read now (before the swap) and re-applied to the staged copy (the
    staged file is rebuilt afterwards, so no compaction here); then the retention state
    of every record the current vault holds (restriction, holds, decisions, § 9b marks)
    is laid over the copy's, so that one placed or lifted since the backup stays so."""
    tombstones = deleted_ids_since(current_conn)
    current = retention_state_repo.read_state(current_conn)
    requests = privacy_repo.read_requests(current_conn)

    def prepare(staged_conn) -> int:
        migrations.upgrade(staged_conn)  # an older backup gains the tombstone table
        removed = reapply_deletions(staged_conn, tombstones, compact=False)
        kept = _keep_her_retention_state(current_conn, current, staged_conn)
        with transaction(staged_conn):  # her requests go with their holds (Auskunft)
            return removed + kept + privacy_repo.lay_over_requests(staged_conn, requests)

    return prepare


def _keep_her_retention_state(current_conn, current: retention_state_repo.State,
                              staged_conn) -> int:
    """Her retention state wins over the backup's for every record the current vault
    holds (one only in the backup keeps its own; one made after the backup is not in it)."""
    mine = retention_state_repo.record_ids(current)
    theirs = retention_state_repo.record_ids(retention_state_repo.read_state(staged_conn))
    here = retention_state_repo.rows_among(current_conn, mine | theirs)
    there = retention_state_repo.rows_among(staged_conn, mine)
    with transaction(staged_conn):
        return retention_state_repo.lay_over(staged_conn, current, mine | (theirs & here),
                                             (mine & here) - there)
