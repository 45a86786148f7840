"""What the unlock's upkeep does for a file a kill left unfinished: without its disclosure's
entry, or one of a set (Jahresbericht, KVJS files, Auskunft) not all in place
(``storage.file_intents``, ``ui.privacy.unlock_tasks``): the old file put back, or the new
file removed where there was none, and one German sentence each that says which file."""

from __future__ import annotations

from ..storage import file_intents
from ..storage.connection import Connection

_SAID = {
    "back": "„{0}“ wurde nicht fertig gespeichert (SSA Desktop wurde mittendrin beendet): "
            "die frühere Fassung der Datei ist wieder da.",
    "removed": "„{0}“ wurde nicht fertig gespeichert (SSA Desktop wurde mittendrin "
               "beendet): die Datei wurde wieder entfernt.",
    "kept": "„{0}“ wurde nicht fertig gespeichert und ließ sich jetzt nicht zurücksetzen "
            "(Datei geöffnet oder Ordner nicht erreichbar): SSA Desktop versucht es beim "
            "nächsten Entsperren erneut.",
}


def undo_interrupted(conn: Connection) -> list[str]:
    """Every file a kill left unfinished, undone; a sentence per file (any kind of export:
    the disclosure was not logged, so it says only that the file was not finished)."""
    return [_SAID[left.outcome].format(left.target) for left in file_intents.resolve_left(conn)]
