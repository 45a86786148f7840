"""Errors of the storage layer. Each carries a German message fit to show the user."""

from __future__ import annotations

from ..domain.errors import UserError


class VaultError(UserError):
    """Base class: ``str(err)`` is a complete German sentence for the user (a
    ``UserError``, the one user-error type)."""

    default_message = "Der Tresor konnte nicht geöffnet werden."

    def __init__(self, message: str | None = None):
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self)


class WrongPassphrase(VaultError):
    default_message = "Die Passphrase ist falsch. Bitte prüfen Sie Groß-/Kleinschreibung und Tastaturbelegung."


class WrongEmergencyKey(VaultError):
    default_message = "Der Notfallschlüssel passt nicht zu diesem Tresor."


class InvalidEmergencyKey(VaultError):
    default_message = ("Der Notfallschlüssel ist ungültig: erwartet werden 64 Hexadezimalzeichen "
                       "(0–9, A–F), gern in Gruppen zu 8.")


class CorruptDatabase(VaultError):
    default_message = ("Die Tresordatei ist beschädigt oder unvollständig. Stellen Sie die letzte "
                       "Sicherung wieder her; die beschädigte Datei wurde nicht verändert.")


class KeyFileMissing(VaultError):
    default_message = ("Die Schlüsseldatei des Tresors fehlt. Mit dem Notfallschlüssel Ihres Trägers "
                       "können Sie den Tresor trotzdem öffnen und eine neue Passphrase vergeben.")


class KeyFileDamaged(VaultError):
    default_message = ("Die Schlüsseldatei des Tresors ist beschädigt. Mit dem Notfallschlüssel Ihres "
                       "Trägers können Sie den Tresor trotzdem öffnen und eine neue Passphrase vergeben.")


class KeyFileNewer(VaultError):
    """The key file has a format version beyond this build's (written by a newer one)."""

    default_message = ("Die Schlüsseldatei des Tresors stammt von einer neueren Version von SSA "
                       "Desktop. Bitte installieren Sie die aktuelle Version; der Tresor wurde "
                       "nicht verändert.")


class NewerSchema(VaultError):
    """A vault of a schema beyond this build's: ``version`` (its schema) and ``writer`` (the
    version that last wrote it, when recorded) are named beside this program's."""

    default_message = ("Dieser Tresor wurde mit einer neueren Version von SSA Desktop angelegt. "
                       "Bitte installieren Sie die aktuelle Version; der Tresor wurde nicht verändert.")
    first = "Dieser Tresor stammt aus einer neueren Version von SSA Desktop"
    last = "Bitte installieren Sie die aktuelle Version; der Tresor wurde nicht verändert."

    def __init__(self, version: int | None = None, writer: str = ""):
        if version is None:
            super().__init__()
            return
        from .. import SCHEMA, __version__
        super().__init__(
            f"{self.first}: Stand {version}"
            + (f" (zuletzt geschrieben von SSA Desktop {writer})" if writer else "")
            + f"; dieses Programm, SSA Desktop {__version__}, kennt Stände bis {SCHEMA}. "
            + self.last)


class NewerBackup(NewerSchema):
    """A backup written by a newer build (its schema version is beyond this build's)."""

    default_message = ("Diese Sicherung wurde mit einer neueren Version von SSA Desktop erstellt. "
                       "Bitte installieren Sie die aktuelle Version, um sie wiederherzustellen; "
                       "der Tresor wurde nicht verändert.")
    first = "Diese Sicherung stammt aus einer neueren Version von SSA Desktop"
    last = ("Bitte installieren Sie die aktuelle Version, um sie wiederherzustellen; der "
            "Tresor wurde nicht verändert.")


class MigrationFailed(VaultError):
    """The migration chain failed; it is one transaction, so the vault is at its old
    schema (``version``), and the pre-migration backup (``backup``, a file name) is there."""

    default_message = ("Der Tresor konnte nicht auf die Version dieses Programms umgestellt werden. "
                       "Die Umstellung wurde vollständig zurückgenommen; bitte wenden Sie sich an "
                       "Ihren Träger oder den Support.")

    def __init__(self, version: int | None = None, backup: str = ""):
        if version is None:
            super().__init__()
            return
        super().__init__(
            "Die Umstellung auf diese Version ist gescheitert und wurde als Ganzes "
            f"zurückgenommen: der Tresor ist unverändert auf Stand {version}"
            + (f" (Sicherung davor: {backup})" if backup else "")
            + ". Bitte wenden Sie sich an Ihren Träger oder den Support.")


class ProgramUpdated(VaultError):
    """The installed program changed on disk since this process started
    (``installed_build``): it must not open the vault with another release's parts."""

    default_message = (
        "SSA Desktop wurde auf diesem Gerät aktualisiert, während das Programm lief. "
        "Bitte beenden Sie SSA Desktop und starten Sie es neu; der Tresor wurde nicht "
        "geöffnet und nicht verändert.")


class SchemaMismatch(VaultError):
    """The vault's schema is not what its recorded migrations promise (``migrations.ledger``):
    refused before anything is written. ``problems``: the findings, German."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__(
            "Der Aufbau dieses Tresors passt nicht zu seinem Versionsstand ("
            + "; ".join(self.problems[:5]) + ("; …" if len(self.problems) > 5 else "")
            + "). Er wurde nicht geöffnet und nicht verändert; bitte wenden Sie sich mit "
            "dieser Meldung an Ihren Träger oder den Support.")


class NotAVault(VaultError):
    default_message = "In diesem Ordner liegt kein Tresor von SSA Desktop."


class VaultExists(VaultError):
    default_message = "In diesem Ordner liegt bereits ein Tresor; er wird nicht überschrieben."


class WeakPassphrase(VaultError):
    default_message = "Die Passphrase ist zu schwach."


class VaultLocked(VaultError):
    default_message = "Der Tresor ist gesperrt."


class StorageFull(VaultError):
    default_message = ("Auf dem Datenträger ist nicht genug Platz. Es wurde nichts überschrieben; "
                       "bitte schaffen Sie Platz und versuchen Sie es erneut.")


class WriteFailed(VaultError):
    """A file could not be written (permission, read-only medium, a folder in the way …);
    the ``OSError`` is its ``__cause__``, for callers that word it themselves."""


class FileInUse(WriteFailed):
    """Another program holds the file open (Windows: Excel, Acrobat, a scanner that did not
    let go within the retries); ``path`` is the file she knows, never a temp file."""

    def __init__(self, path):
        self.path = path
        super().__init__(f"Die Datei {path} ist in einem anderen Programm geöffnet (z. B. Excel "
                         "oder Acrobat). Bitte dort schließen und erneut versuchen; es wurde "
                         "nichts verändert.")


class FileBeingWritten(WriteFailed):
    """A writer of this process (an export, report, print, backup …) writes the file now
    (``storage.claims``): a second one to it is refused before it writes anything; ``path``
    is the file she named, ``what`` what writes it now (``domain.writing.Writing``: „eine
    Sicherung“ …)."""

    def __init__(self, path, what: str):
        self.path, self.what = path, what
        super().__init__(f"{what[:1].upper()}{what[1:]} wird gerade von SSA Desktop in die "
                         f"Datei {path} geschrieben. Bitte warten Sie, bis das fertig ist, und "
                         "versuchen Sie es dann erneut; die Datei wurde nicht verändert.")


class VaultFileInUse(FileInUse):
    """Another program (a backup or sync tool, a scanner) holds the vault's own file, so a
    restore or a new emergency key could not swap it: nothing was changed and the session
    stays open on the unchanged file."""

    def __init__(self, path):
        self.path = path
        WriteFailed.__init__(
            self, "Die Tresordatei wird gerade von einem anderen Programm verwendet (z. B. "
                  "einer Sicherungs- oder Synchronisationssoftware oder einem Virenscanner); "
                  "es wurde nichts verändert. Bitte in einigen Minuten erneut versuchen; geht "
                  "es dann nicht, die IT fragen.")


class KeyDoesNotFit(CorruptDatabase):
    """The key authenticates no page of the database file (checked before SQLite opens it)."""

    default_message = ("Der Schlüssel passt zu keiner Seite der Tresordatei: die Datei gehört zu "
                       "einem anderen Tresor oder ist keine Tresordatei. Sie wurde nicht verändert.")


class ForeignKeyFile(CorruptDatabase):
    """The passphrase opens the key file, but its key fits no page of the database."""

    def __init__(self, vault_uuid: str):
        super().__init__(
            "Die Passphrase passt zur Schlüsseldatei vault.key (Tresor-Kennung "
            f"{vault_uuid}), aber deren Schlüssel passt zu keiner Seite der Tresordatei "
            "daneben: die Schlüsseldatei gehört zu einem anderen Tresor, oder vault.ssadb ist "
            "keine Tresordatei. Es wurde nichts verändert. Legen Sie die passende "
            "Schlüsseldatei zurück oder öffnen Sie den Tresor mit seinem Notfallschlüssel.")


SQLITE_FULL = 13


def is_storage_full(err: BaseException | None) -> bool:
    """True if ``err`` or an exception it was raised from is a full disk (SQLITE_FULL from
    SQLite, ENOSPC/EDQUOT from a file write)."""
    import errno

    seen = set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        if isinstance(err, StorageFull):
            return True
        if getattr(err, "sqlite_errorcode", None) == SQLITE_FULL or \
                "database or disk is full" in str(err):
            return True
        if isinstance(err, OSError) and err.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        err = err.__cause__ or err.__context__
    return False


SQLITE_IOERR = 10
# SQLite needs room for its -wal and -shm files even to read; below this it cannot open.
MIN_FREE_BYTES = 1 << 20


class DiskError(VaultError):
    default_message = ("Der Datenträger meldet einen Ein-/Ausgabefehler beim Lesen des Tresors "
                       "(Datenträger entfernt oder defekt?). Es wurde nichts verändert; bitte "
                       "prüfen Sie den Datenträger und versuchen Sie es erneut.")


def opening_error(err: BaseException, folder) -> VaultError:
    """The German error for a SQLite error while opening the vault in ``folder``: a full
    disk (SQLite cannot create its -shm/-wal files and says "disk I/O error"), another I/O
    error, or a damaged file."""
    import shutil

    code = getattr(err, "sqlite_errorcode", None)
    if is_storage_full(err) or code == SQLITE_IOERR:
        try:
            full = shutil.disk_usage(folder).free < MIN_FREE_BYTES
        except OSError:
            full = False
        if full or is_storage_full(err):
            return StorageFull("Auf dem Datenträger des Tresors ist nicht genug Platz, um ihn zu "
                               "öffnen (SQLite braucht Platz für Hilfsdateien). Es wurde nichts "
                               "verändert; bitte schaffen Sie Platz und versuchen Sie es erneut.")
        return DiskError()
    return CorruptDatabase()


class VaultInUse(VaultError):
    """Another process holds the vault open (``storage.vault_lock``): one writer per vault."""

    default_message = ("Der Tresor ist gerade in einem anderen Programm geöffnet. Bitte dort "
                       "schließen und dann erneut versuchen; es wurde nichts verändert.")

    def __init__(self, program: str = "", *, pid: int | None = None):
        self.program = program
        self.pid = pid  # the holder's process as its lock file says (None: not known)
        if program:
            super().__init__(f"Der Tresor ist gerade in einem anderen Programm geöffnet "
                             f"({program}). Bitte dort schließen und dann erneut versuchen; "
                             "es wurde nichts verändert.")
        else:
            super().__init__()


class LinkInVault(VaultError):
    """A file of the vault folder is a symbolic link (or a Windows reparse point): never
    opened through it, so that nothing is read from or written to another place."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(f"Im Tresorordner ist „{name}“ eine Verknüpfung (symbolischer Link) "
                         "auf eine andere Stelle. SSA Desktop öffnet keine Datei des Tresors "
                         "über eine Verknüpfung; es wurde nichts gelesen oder geschrieben. "
                         "Bitte entfernen Sie die Verknüpfung (bei Fragen: Ihre IT).")
