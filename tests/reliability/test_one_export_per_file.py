"""Exports running at once in one process (storage/file_intents.py, docs/windows.md): two
to one file, and one beside the unlock's upkeep. Each export runs on its own thread with
its own worker connection, as on the runner; the order is set with events and the
claim's seam (``claims._waits_for_upkeep``), never with time.

One file, one writer: a second export to a file an export writes now is refused at its
start with a German sentence naming the file, before it writes anything. Before, both ran:
the first, cancelled after the second had finished, put her older file back over the
second's (a letter logged in the Übermittlungsprotokoll, its file gone)."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from ssa_desktop.services import overwrites, statistics
from ssa_desktop.services.operations import Cancelled
from ssa_desktop.storage import claims, file_intents, files
from ssa_desktop.storage.errors import FileBeingWritten
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.reliability.test_overwrite_killed import _vault_with_document
from tests.reliability.test_overwrite_killed_exports import KVJS


class Beside(threading.Thread):
    """``work(conn)`` on a thread of its own with a worker connection of ``session``; the
    error it ended with in ``error``. ``done`` is set when it ends: pass the event the
    test waits for, so that a thread failing early never leaves the test waiting."""

    def __init__(self, session, work: Callable, done: threading.Event | None = None) -> None:
        super().__init__(daemon=True)
        self.session, self.work, self.error = session, work, None
        self.done = done or threading.Event()

    def run(self) -> None:
        conn = self.session.new_connection(for_writing=True)
        try:
            self.work(conn)
        except BaseException as err:
            self.error = err
        finally:
            conn.close()
            self.done.set()


def _her_file(tmp_path: Path, name: str = "KVJS_GMS-1_2025-26.pdf") -> Path:
    target = tmp_path / "Ausgabe" / name
    target.parent.mkdir()
    target.write_bytes(b"%PDF her older file")
    return target


def _journal(conn) -> list:
    return conn.execute("SELECT target, kept, done FROM file_intent").fetchall()


def _first_export_held(open_vault, target: Path) -> tuple[Beside, threading.Event]:
    """An export to ``target`` that has put its file into place and waits (its step not
    yet committed); cancelled once the returned event is set."""
    wrote, cancel = threading.Event(), threading.Event()

    def first(conn) -> None:
        with file_intents.journaled(conn, target):
            files.atomic_write_bytes(target, b"%PDF the first export")
            wrote.set()
            cancel.wait()
            raise Cancelled

    thread = Beside(open_vault, first, done=wrote)
    thread.start()
    wrote.wait()
    assert thread.error is None
    return thread, cancel


def _second_export(conn, target: Path) -> None:
    with file_intents.written(conn, target):
        files.atomic_write_bytes(target, b"%PDF the second export")


def test_a_second_export_to_a_file_being_written_is_refused(open_vault, tmp_path):
    """The second export (the Jahresbericht from the CLI, the same KVJS file again) is
    refused while the first writes; the first, cancelled, leaves her older file whole,
    and the journal is empty: nothing for an unlock to undo."""
    target = _her_file(tmp_path)
    first, cancel = _first_export_held(open_vault, target)
    try:
        with pytest.raises(FileBeingWritten) as refused:
            _second_export(open_vault.conn, target)
    finally:
        cancel.set()
        first.join()
    assert isinstance(first.error, Cancelled)
    assert str(refused.value) == (
        f"Ein Export wird gerade von SSA Desktop in die Datei {target} geschrieben. Bitte "
        "warten Sie, bis das fertig ist, und versuchen Sie es dann erneut; die Datei wurde "
        "nicht verändert.")
    assert target.read_bytes() == b"%PDF her older file"
    assert list(target.parent.iterdir()) == [target]      # no hidden .old, no temp file
    assert _journal(open_vault.conn) == []
    _second_export(open_vault.conn, target)               # once the first ended: written
    assert target.read_bytes() == b"%PDF the second export"


def test_the_same_file_as_windows_compares_it_is_refused_too(open_vault, tmp_path,
                                                              monkeypatch):
    """On Windows „kvjs_gms-1_2025-26.PDF“ is the first export's file: refused as well
    (simulated with Windows' ``normcase``, as ``settle`` compares)."""
    target = _her_file(tmp_path)
    first, cancel = _first_export_held(open_vault, target)
    monkeypatch.setattr(file_intents.os.path, "normcase",
                        lambda p: os.fspath(p).replace("/", "\\").lower())
    try:
        with pytest.raises(FileBeingWritten):
            _second_export(open_vault.conn, target.with_name(target.name.upper()))
    finally:
        cancel.set()
        first.join()
    assert not target.with_name(target.name.upper()).exists()
    assert target.read_bytes() == b"%PDF her older file"


def test_one_export_naming_a_file_twice_is_not_refused_by_itself(open_vault, tmp_path):
    target = _her_file(tmp_path)
    with file_intents.written(open_vault.conn, target, Path(os.fspath(target))):
        files.atomic_write_bytes(target, b"%PDF the export")
    assert target.read_bytes() == b"%PDF the export"
    assert list(target.parent.iterdir()) == [target] and _journal(open_vault.conn) == []


def test_an_export_to_a_file_the_upkeep_puts_back_waits_for_it(open_vault, tmp_path,
                                                               monkeypatch):
    """A kill left her Jahresbericht's row (the killed export's file in place, her older
    one kept beside it). At the next unlock she writes it again at once: the upkeep is
    putting the older file back just now, so the new export waits until it is back and
    then writes over it; the new file stays and no row is left. Checked without timing:
    the upkeep is held inside its put-back, the export must reach the wait (the seam) and
    not its end; then the upkeep goes on."""
    target = _her_file(tmp_path, "Jahresbericht.pdf")
    kept = target.with_name(".Jahresbericht.pdf.0a1b2c3d4e5f6a7b.old")
    target.replace(kept)
    target.write_bytes(b"%PDF the killed export")
    open_vault.conn.execute("INSERT INTO file_intent (target, kept) VALUES (?, ?)",
                            (str(target), str(kept)))
    putting_back, go_on = threading.Event(), threading.Event()
    waits, answered = threading.Event(), threading.Event()   # answered: it waits, or it ended
    real_replace = files.replace

    def held_replace(src, dst):
        if Path(src) == kept:          # the upkeep's put-back, not the export's own replace
            putting_back.set()
            go_on.wait()
        real_replace(src, dst)

    def seam() -> None:
        waits.set()
        answered.set()

    monkeypatch.setattr(files, "replace", held_replace)
    monkeypatch.setattr(claims, "_waits_for_upkeep", seam)
    said: list[str] = []
    upkeep = Beside(open_vault, lambda conn: said.extend(overwrites.undo_interrupted(conn)),
                    done=putting_back)
    export = Beside(open_vault, lambda conn: _second_export(conn, target), done=answered)
    upkeep.start()
    putting_back.wait()
    export.start()
    try:
        assert upkeep.is_alive(), upkeep.error
        answered.wait()
        assert waits.is_set(), "the export wrote while the upkeep put the old file back"
        assert target.read_bytes() == b"%PDF the killed export"   # nothing written yet
    finally:
        go_on.set()
        upkeep.join()
        export.join()
    assert upkeep.error is None and export.error is None
    assert len(said) == 1 and "frühere Fassung" in said[0]
    assert target.read_bytes() == b"%PDF the second export"
    assert list(target.parent.iterdir()) == [target] and _journal(open_vault.conn) == []


def test_a_cancelled_export_leaves_the_folder_another_one_writes_into(open_vault, tmp_path):
    """The first export made the „…-Dokumente“ folder for its copy; a second one writes
    another file into it now. The first, cancelled, leaves the folder to the second (and
    its row: an empty folder goes at the next unlock); the second cancelled too, the
    folder it found is empty and goes at the unlock. Before: the first removed the folder
    while the second was in its block, the second's write made it again without a row,
    and the folder (its name names the child) stayed for good."""
    folder = tmp_path / "Ausgabe" / "Auskunft Kim Sommer-Dokumente"
    folder.parent.mkdir()
    began, cancel = threading.Event(), threading.Event()

    def first(conn) -> None:
        with file_intents.journaled(conn, folder / "01-Brief.pdf"):
            began.set()
            cancel.wait()
            raise Cancelled

    first_export = Beside(open_vault, first, done=began)
    first_export.start()
    began.wait()
    assert first_export.error is None
    conn = open_vault.conn
    with pytest.raises(Cancelled), file_intents.written(conn, folder / "02-Notiz.pdf"):
        cancel.set()
        first_export.join()
        files.atomic_write_bytes(folder / "02-Notiz.pdf", b"%PDF the second export")
        raise Cancelled
    assert isinstance(first_export.error, Cancelled)
    assert list(folder.iterdir()) == []
    assert overwrites.undo_interrupted(conn) == []
    assert list(folder.parent.iterdir()) == [] and _journal(conn) == []


def test_a_kvjs_export_run_twice_at_once_leaves_the_first_ones_set_whole(tmp_path,
                                                                         monkeypatch):
    """The KVJS set exported twice at once into one folder (GUI and CLI in one process):
    held after its second file, the first export goes on once the second was refused;
    the four files are all the first export's (one revision), nothing hidden is left."""
    vault = tmp_path / "tresor"
    _vault_with_document(vault)
    out = tmp_path / "Ausgabe"
    out.mkdir()
    session = Vault(vault).unlock(PASSPHRASE)
    try:
        scope = statistics.scopes(session.conn, 2025, soll=False)[0].scope
        halfway, go_on = threading.Event(), threading.Event()
        placed = files.put_in_place

        def held_after_two(tmp, where):
            placed(tmp, where)
            if threading.current_thread() is first and len(list(out.iterdir())) == 2:
                halfway.set()
                go_on.wait()

        monkeypatch.setattr(files, "put_in_place", held_after_two)
        first = Beside(session, lambda conn: statistics.export_all(conn, 2025, scope, out),
                       done=halfway)
        first.start()
        halfway.wait()
        try:
            assert first.is_alive(), first.error
            with pytest.raises(FileBeingWritten):
                statistics.export_all(session.conn, 2025, scope, out)
        finally:
            go_on.set()
            first.join()
        assert first.error is None
        assert sorted(p.name for p in out.iterdir()) == sorted(KVJS)
        assert json.loads((out / KVJS[3]).read_text("utf-8"))["revision"] == 1
        assert _journal(session.conn) == []
    finally:
        session.lock()
