"""What she is told when a lock stops background work (``AppContext.perform(stop_note=…)``):
one German sentence, naming the kind of work, shown on the lock screen and where the work
was started. A stopped task never leaves a half-written file (``storage/files.py``)."""

from __future__ import annotations

from ..i18n import translator

tr = translator("StoppedAtLock")

# Kind of work she started → its name, the subject of the one sentence.
NOUNS: dict[str, str] = {
    "auskunft": "Die Auskunft",
    "backup": "Die Sicherung",
    "document": "Das Dokument",
    "export": "Der Export",
    "letter": "Der Brief",
    "package": "Das Paket",
    "pdf": "Das PDF",
    "print": "Der Druckauftrag",
    "serial": "Der Serienbrief",
    "statistics": "Die Auswertung",
}


def noun(kind: str) -> str:
    """The work of ``kind`` named as the subject of a sentence („Der Export“)."""
    return tr(NOUNS[kind])


def stopped_note(kind: str) -> str:
    """The sentence for work of ``kind`` (a key of NOUNS) that a lock stopped."""
    return tr("{0} wurde beim Sperren abgebrochen; es wurde nichts halb gespeichert. "
              "Bitte starten Sie den Vorgang nach dem Entsperren erneut.").format(tr(NOUNS[kind]))


def daily_backup_stopped_note() -> str:
    """The one task she did not start: the next unlock makes it again."""
    return tr("Die tägliche Sicherung wurde beim Sperren abgebrochen; sie wird beim "
              "nächsten Entsperren erstellt.")
