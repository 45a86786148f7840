"""What she is told when a lock stops background work (``AppContext.perform(stop_note=…)``):
one German sentence per kind of work, shown on the lock screen and where the work was
started. A stopped task never leaves a half-written file (``storage/files.py``)."""

from __future__ import annotations

from ..i18n import translator

tr = translator("StoppedAtLock")


def backup_stopped_note() -> str:
    return tr("Die Sicherung wurde beim Sperren abgebrochen; es wurde nichts halb "
              "gespeichert. Bitte sichern Sie nach dem Entsperren erneut.")


def daily_backup_stopped_note() -> str:
    return tr("Die tägliche Sicherung wurde beim Sperren abgebrochen; sie wird beim "
              "nächsten Entsperren erstellt.")


def export_stopped_note() -> str:
    return tr("Der Export wurde beim Sperren abgebrochen; es wurde nichts halb "
              "gespeichert. Bitte starten Sie ihn nach dem Entsperren erneut.")


def pdf_stopped_note() -> str:
    return tr("Das PDF wurde beim Sperren abgebrochen; es wurde nichts halb gespeichert. "
              "Bitte erstellen Sie es nach dem Entsperren erneut.")


def statistics_stopped_note() -> str:
    return tr("Die Auswertung wurde beim Sperren abgebrochen. Bitte starten Sie sie nach "
              "dem Entsperren erneut.")
