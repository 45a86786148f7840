"""The note a lock leaves for stopped work: one sentence, the kind of work named in it."""

from ssa_desktop.ui.common.stopped_at_lock import NOUNS, daily_backup_stopped_note, stopped_note


def test_each_kind_of_work_gets_the_one_sentence_with_its_name():
    notes = {kind: stopped_note(kind) for kind in NOUNS}
    assert notes["backup"].startswith("Die Sicherung wurde beim Sperren abgebrochen")
    assert notes["pdf"].startswith("Das PDF wurde beim Sperren abgebrochen")
    endings = {note.removeprefix(NOUNS[kind]) for kind, note in notes.items()}
    assert endings == {" wurde beim Sperren abgebrochen; es wurde nichts halb gespeichert. "
                       "Bitte starten Sie den Vorgang nach dem Entsperren erneut."}


def test_the_daily_backup_is_made_again_at_the_next_unlock():
    assert "beim nächsten Entsperren erstellt" in daily_backup_stopped_note()
