"""Vault administration use cases shared by the CLI and the GUI settings.

Create a vault (refusing weak passphrases), describe and check it, back it up and
restore it, change the passphrase, print the emergency sheet. No Qt here; every error
is a ``VaultError`` whose ``str()`` is a German sentence for the user.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ..domain import clock
from ..storage import file_intents, migrations
from ..storage import repositories as repo
from ..storage.backup import (  # BackupKeyNeeded: re-exported for the CLI and the GUI
    BackupKeyNeeded,
    export_database,
    prepare_restore,
)
from ..storage.backup_rotation import BACKUP_SUFFIX, PRE_RESTORE_PREFIX, prepare_staged
from ..storage.emergency import parse_key
from ..storage.errors import (
    KeyFileDamaged,
    KeyFileMissing,
    KeyFileNewer,
    VaultError,
    WeakPassphrase,
)
from ..storage.files import remove_quietly
from ..storage.keyfile import KdfParams, KeyFile
from ..storage.vault import OpenVault, Vault
from . import admission, documents, retention
from .operations import DataKind, writes

__all__ = [
    "TABLE_LABELS", "BackupKeyNeeded", "backup_vault", "change_passphrase", "check_advice",
    "check_vault",
    "create_vault", "default_backup_name", "restore_vault", "vault_info",
    "write_vault_emergency_sheet",
]


# German names of the tables for info displays (CLI ``info``, GUI settings).
TABLE_LABELS = {
    "school": "Schulen", "school_pupils": "Schülerzahlen", "post": "Stellen",
    "post_share": "Stellenanteile", "person": "Personen", "case_file": "Fälle",
    "contact": "Kontakte", "annotation": "Korrekturvermerke", "working_note": "Arbeitsnotizen",
    "short_contact": "Kurzkontakte", "cooperation_agreement": "Kooperationsvereinbarungen",
    "agreement_goal": "Ziele der Vereinbarungen", "group_activity": "Gruppen und Projekte",
    "group_session": "Gruppentermine", "open_offer_session": "Offene Angebote",
    "partner": "Kooperationspartner", "network_activity": "Vernetzung",
    "time_entry": "Arbeitszeiteinträge", "appointment": "Termine", "consent": "Einwilligungen",
    "disclosure": "Weitergaben", "cp_procedure": "Kinderschutzverfahren (§ 8a)",
    "cp_step": "Kinderschutz-Schritte", "statistics_record": "Statistikeinträge (anonym)",
    "kvjs_delivery": "Abgegebene KVJS-Statistiken", "draft": "Entwürfe",
    "absence": "Abwesenheiten", "school_holiday": "Schulferien",
    "agreement_target": "Zielwerte der Vereinbarungen", "time_session": "Stoppuhr-Zeiten",
    "post_staff": "Angaben zu den Fachkräften", "case_goal": "Ziele mit Skala",
    "goal_rating": "Einschätzungen der Ziele", "goal_outcome": "Zielerreichung (anonym)",
}


def require_strong(passphrase: str) -> None:
    from ..domain.passphrase import check_passphrase  # when a passphrase is set, not daily

    ok, _score, hint = check_passphrase(passphrase)
    if not ok:
        raise WeakPassphrase(f"Die Passphrase ist zu schwach. {hint}")


def create_vault(folder: Path | str, passphrase: str, *,
                 params: KdfParams | None = None) -> tuple[OpenVault, str]:
    """Create a vault in ``folder``; return it unlocked and its emergency key (show once)."""
    require_strong(passphrase)
    return Vault.create(folder, passphrase, params=params)


def default_backup_name(today: date | None = None) -> str:
    today = today or clock.today()
    return f"ssa-sicherung-{today.isoformat()}{BACKUP_SUFFIX}"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def vault_info(open_vault: OpenVault) -> dict:
    """What the vault is and holds (no personal data beyond school names)."""
    conn = open_vault.conn
    vault = open_vault.vault
    return {
        "uuid": open_vault.uuid,
        "folder": str(vault.folder),
        "schema_version": open_vault.schema_version(),
        "schema_latest": migrations.latest_version(),
        "cipher_version": repo.cipher_version(conn),
        "files": {
            "database": _size(vault.db_path),
            "wal": _size(Path(f"{vault.db_path}-wal")),
            "keyfile": _size(vault.key_path),
        },
        "counts": repo.table_counts(conn),
        "schools": [s.name for s in repo.list_schools(conn)],
        "created": repo.get_meta(conn, "created"),
        "created_with": repo.get_meta(conn, "created_with"),
        "last_written_with": repo.get_meta(conn, "last_written_with"),
        "migration_due": open_vault.migration_due,
    }


def check_vault(open_vault: OpenVault, *, pages: bool = True) -> list[str]:
    """Integrity problems of the database and the key file (empty list: all good).
    ``pages=False``: without the HMAC check of every page (see ``OpenVault.check``)."""
    problems = open_vault.check(pages=pages)
    conn = open_vault.conn
    version = open_vault.schema_version()
    if not open_vault.migration_due:   # opened read-only, an old vault is as it was made
        if version != migrations.latest_version():
            problems.append(f"Schema: Version {version}, erwartet {migrations.latest_version()}")
        problems += migrations.schema_problems(conn)
    else:
        problems += migrations.completion_plan(conn).refusals
    stored_uuid = repo.get_meta(conn, "vault_uuid")
    if not stored_uuid:
        problems.append("Metadaten: die Kennung des Tresors fehlt")
    try:
        keyfile = KeyFile.load(open_vault.vault.key_path)
    except (KeyFileMissing, KeyFileDamaged, KeyFileNewer) as err:
        problems.append(f"Schlüsseldatei: {err}")
    else:
        if stored_uuid and keyfile.vault_uuid != stored_uuid:
            problems.append("Schlüsseldatei: gehört zu einem anderen Tresor")
    if open_vault.vault.pending_key_path.exists():
        problems.append("Schlüsseldatei: ein unterbrochener Schlüsselwechsel hat eine "
                        "vorläufige Schlüsseldatei hinterlassen (vault.key.pending)")
    problems += open_vault.file_problems()  # rescue copies of a damaged WAL
    if open_vault.migration_due:   # the rows' rules read today's tables: after the migration
        return problems
    problems += admission.vault_breaches(conn)  # rows the admission rule keeps out
    if pages:   # every document read and compared with its digest, as every page
        problems += documents.check_documents(conn)
    return problems


# Where she corrects a row ``check`` names (the sidebar's areas); any other table's row
# hangs on a person.
_PLACES = {"contact": "Personen & Fälle (die Kontakte des Falls)",
           "group_session": "Gruppen & Projekte (die Termine der Gruppe)",
           "open_offer_session": "Offene Angebote",
           "network_activity": "Vernetzung (die Aktivität entfernen und neu erfassen)",
           "consent": "Personen & Fälle (die Einwilligungen der Person: Tage berichtigen)",
           "appointment": "Termine", "time_entry": "Arbeitszeit"}
RESTORE_ADVICE = ("Bitte eine Sicherung wiederherstellen (Datenschutz → Sicherungen → "
                  "Wiederherstellen …, oder ssa-desktop restore).")


def check_advice(problems: list[str]) -> list[str]:
    """What to do about ``check_vault``'s findings, one German sentence per kind (the same
    in the GUI and ``ssa-desktop check``): a restore only for a damaged file (or a deleted
    row present again, which a restore deletes); for rows her forms correct, where (a
    network activity removed and entered again, a reversed consent's days corrected)."""
    rows = [p for p in problems if p.endswith((admission.ROW_FIX, admission.CONTACT_FIX))]
    advice = []
    if len(rows) < len(problems):
        advice.append(RESTORE_ADVICE)
    if rows:
        places = dict.fromkeys(_PLACES.get(p.split(" ", 1)[0], "Personen & Fälle")
                               for p in rows)
        advice.append("Die genannten Einträge bitte in ihrem Formular berichtigen: "
                      + "; ".join(places) + ". Eine Sicherung braucht es dafür nicht.")
    return advice


@writes(DataKind.BACKUPS)
def backup_vault(open_vault: OpenVault, out: Path | str, *, today: date | None = None) -> Path:
    """Write a verified encrypted backup. ``out`` may be a folder (also one still to be
    created: a path ending in a separator); inside it a new name is chosen, never an
    existing file's (a second backup on one day gets ``-2``)."""
    text = str(out)
    out = Path(out).expanduser()
    if out.is_dir() or text.endswith(("/", os.sep)):
        out = _free_name(out, default_backup_name(today))
    return export_database(open_vault.conn, open_vault.data_key, out)


def _free_name(folder: Path, name: str) -> Path:
    candidate, stem, number = folder / name, name[:-len(BACKUP_SUFFIX)], 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{BACKUP_SUFFIX}"
        number += 1
    return candidate


@writes(*DataKind)  # a restore replaces the whole content: every kind may differ
def restore_vault(open_vault: OpenVault, file: Path | str, backup_key_text: str | None = None,
                  *, safety_backup_dir: Path | None = None) -> Path | None:
    """Replace the vault's content with the backup ``file``.

    The backup must prove that it is one of this vault's before anything is written
    (``storage.backup.prepare_restore``); a backup made before the last new emergency key
    needs ``backup_key_text`` (else BackupKeyNeeded). With ``safety_backup_dir`` the current
    content is backed up there before the swap; its path is returned.
    """
    file = Path(file)
    if not file.is_file():
        raise VaultError(f"Die Sicherungsdatei {file} wurde nicht gefunden.")
    key = parse_key(backup_key_text) if backup_key_text else None
    try:
        staged = prepare_restore(open_vault, file, key)
    finally:
        if key is not None:  # the backup's key is not needed once its content is copied
            for i in range(len(key)):
                key[i] = 0
    try:
        safety = None
        if safety_backup_dir is not None:
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            Path(safety_backup_dir).mkdir(mode=0o700, parents=True, exist_ok=True)
            safety = backup_vault(
                open_vault, Path(safety_backup_dir) / f"{PRE_RESTORE_PREFIX}{stamp}{BACKUP_SUFFIX}")
    except BaseException:
        remove_quietly(staged)
        raise
    # Deletions made since the backup stay deleted (R12): the current tombstones are
    # re-applied to the restored copy before it replaces the database; the overwrite
    # journal is the current one (it names files on this disk now).
    guard, journal = retention.deletion_guard(open_vault.conn), file_intents.rows(open_vault.conn)

    def prepare(conn) -> int:
        return guard(conn) + file_intents.carry_over(conn, journal)

    prepare_staged(staged, open_vault.data_key, prepare)
    open_vault.swap_database(staged)
    documents.sweep_files(open_vault.conn, after_restore=True)   # files the copy has no row for
    return safety


def restore_into_new_folder(file: Path | str, folder: Path | str, emergency_key_text: str,
                            passphrase: str, *, params: KdfParams | None = None) -> OpenVault:
    """The vault folder is gone (temporary profile, lost FSLogix container): bring the
    vault back into ``folder`` from a backup (e.g. the second backup location's copy). The
    backup opens with the emergency key; ``passphrase`` (her old one or a new one) wraps the
    new key file. ``folder`` must hold no vault (VaultExists)."""
    require_strong(passphrase)
    return Vault.restore_into(folder, Path(file), emergency_key_text, passphrase, params=params)


def verify_passphrase(open_vault: OpenVault, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` unwraps this vault's key file (before a
    sensitive action in an already unlocked session). The unwrapped copy is wiped."""
    key = KeyFile.load(open_vault.vault.key_path).unwrap(passphrase)
    for i in range(len(key)):
        key[i] = 0


def emergency_key_after_passphrase(open_vault: OpenVault, passphrase: str) -> str:
    """The emergency key in its grouped form, shown only after the passphrase (GUI and CLI)."""
    verify_passphrase(open_vault, passphrase)
    return open_vault.emergency_key()


def change_passphrase(open_vault: OpenVault, new: str, *, params: KdfParams | None = None) -> int:
    """Re-wrap the data key under ``new``; the database and the emergency key stay the same.
    The key derivation is calibrated afresh unless ``params`` is given (tests): the stored
    parameters are never reused, since whoever could write the key file could have lowered
    them. Every remembered device is revoked ("Auf diesem Gerät merken" must be chosen
    again); returns how many."""
    require_strong(new)
    return open_vault.set_passphrase(new, params)


def write_vault_emergency_sheet(open_vault: OpenVault, path: Path | str) -> Path:
    """The printable emergency sheet (Notfallschlüssel) for this vault."""
    from ..reports.emergency_sheet import write_emergency_sheet

    info = vault_info(open_vault)
    return write_emergency_sheet(Path(path), open_vault.emergency_key(), open_vault.uuid,
                                 info["created"], info["schools"])


# -- emergency key not yet confirmed ----------------------------------------
EMERGENCY_UNCONFIRMED = "emergency_key.unconfirmed"


def mark_emergency_key_unconfirmed(open_vault: OpenVault) -> None:
    """Set at creation: until she confirms that the key is kept safe, every unlock shows it."""
    repo.set_setting(open_vault.conn, EMERGENCY_UNCONFIRMED, "1")


def confirm_emergency_key(open_vault: OpenVault) -> None:
    repo.delete_setting(open_vault.conn, EMERGENCY_UNCONFIRMED)


def emergency_key_unconfirmed(open_vault: OpenVault) -> bool:
    return repo.get_setting(open_vault.conn, EMERGENCY_UNCONFIRMED) == "1"
