"""One writer per file, whichever writer it is (storage/claims.py): every write into a file
she chooses ends in ``files.atomic_target`` (or claims its file itself: a backup, a
package, a receipt), which claims the file for its block. A second writer to a file one
writes now is refused at its start with ``FileBeingWritten``, nothing written; the first
one's file ends whole. Before, only exports and prints claimed: a timeshare report, a
statistics file, a trend or an emergency PDF wrote over a file an export wrote (whose undo
then put her older file back over it), or two of them raced. A writer inside an enclosing
claim of the same file (``file_intents.journaled``) is not refused by its own block. The
order is set with events, never with time."""

from __future__ import annotations

import ast
import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from ssa_desktop.domain.writing import Writing
from ssa_desktop.services import appointments as svc
from ssa_desktop.services import printing, timeshare
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import backup, file_intents, files
from ssa_desktop.storage.errors import FileBeingWritten
from tests.kvjs import fixture
from tests.kvjs.test_engine_fixture import SCHOOL_1
from tests.reliability.test_one_export_per_file import Beside, _first_export_held, _her_file
from tests.support.held_writers import held

ROOT = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def _pdf_held(target: Path) -> Iterator[None]:
    """A PDF of the house style (the trend, the emergency and breach sheets, the
    Arbeitszeit „Bericht“ …) writing ``target``: its temp file written, waiting before
    its replace while the block runs; then it ends whole, its file in place and no temp
    file left."""
    from ssa_desktop.reports.house import write_atomically

    def first(hold) -> None:
        def produce(tmp: Path) -> None:
            tmp.write_bytes(b"%PDF the first writer")
            hold()
        write_atomically(target, produce)

    with held(first) as errors:
        yield
    assert not errors, errors
    assert target.read_bytes() == b"%PDF the first writer"
    assert list(target.parent.iterdir()) == [target]


def test_a_timeshare_report_to_a_file_an_export_writes_is_refused(open_vault, tmp_path):
    target = _her_file(tmp_path, "Bericht.csv")
    report = timeshare.compute(open_vault.conn, 2025)
    first, cancel = _first_export_held(open_vault, target)
    try:
        with pytest.raises(FileBeingWritten) as refused:
            timeshare.export_report(report, "csv", target)
        assert str(target) in str(refused.value)
        assert target.read_bytes() == b"%PDF the first export"   # the export's, whole
    finally:
        cancel.set()
        first.join()
    assert target.read_bytes() == b"%PDF her older file"          # its cancel undid only its own
    assert list(target.parent.iterdir()) == [target]              # no temp file of the report
    timeshare.export_report(report, "csv", target)                # once it ended
    assert target.read_bytes() != b"%PDF her older file"


def test_a_statistics_file_to_a_file_a_pdf_writes_is_refused_and_the_pdf_ends_whole(
        open_vault, tmp_path):
    fixture.build(open_vault.conn)
    rep = stats.report(open_vault.conn, fixture.YEAR, SCHOOL_1, previous_years=0)
    target = _her_file(tmp_path, "Zielverlauf.pdf")
    with _pdf_held(target):
        with pytest.raises(FileBeingWritten):
            stats.write_export(rep, "json", target)
        with pytest.raises(FileBeingWritten):
            stats.write_entry_aid(rep, target)
        assert target.read_bytes() == b"%PDF her older file"


def test_a_slip_and_an_export_to_a_file_a_pdf_writes_are_refused(open_vault, tmp_path):
    target = _her_file(tmp_path, "Notfallblatt.pdf")
    second = Beside(open_vault, lambda conn: _journaled_write(conn, target))
    with _pdf_held(target):
        with pytest.raises(FileBeingWritten):
            printing.save_slips(target, svc.blank_slips(open_vault.conn, 1))
        second.start()
        second.join()
        assert isinstance(second.error, FileBeingWritten)
    assert open_vault.conn.execute("SELECT count(*) FROM file_intent").fetchone()[0] == 0


def _journaled_write(conn, target: Path) -> None:
    with file_intents.written(conn, target):
        files.atomic_write_bytes(target, b"%PDF the second writer")


def test_a_backup_to_a_file_a_pdf_writes_is_refused(open_vault, tmp_path):
    target = _her_file(tmp_path, "Sicherung.ssa")
    with _pdf_held(target):
        with pytest.raises(FileBeingWritten):
            backup.export_database(open_vault.conn, open_vault.data_key, target)
        assert target.read_bytes() == b"%PDF her older file"


def _held_backup(open_vault, target: Path, monkeypatch) -> tuple[Beside, threading.Event]:
    """A backup to ``target`` (``backup.export_database``) that has claimed it and waits,
    before it writes anything, until the returned event is set."""
    claimed, go_on = threading.Event(), threading.Event()
    clean = backup.clean_stale_partials

    def waiting(folder: Path) -> None:
        claimed.set()
        go_on.wait()
        clean(folder)

    monkeypatch.setattr(backup, "clean_stale_partials", waiting)
    thread = Beside(open_vault, lambda conn: backup.export_database(
        conn, open_vault.data_key, target), done=claimed)
    thread.start()
    claimed.wait()
    assert thread.error is None
    return thread, go_on


def test_an_export_to_a_file_a_backup_writes_is_told_that_a_backup_writes_it(
        open_vault, tmp_path, monkeypatch):
    """The refusal names what writes her file: a backup, not „ein anderer Export oder
    Druck“ (the sentence before, whichever writer held the file)."""
    target = _her_file(tmp_path, "Sicherung.ssa")
    report = timeshare.compute(open_vault.conn, 2025)
    first, go_on = _held_backup(open_vault, target, monkeypatch)
    second = Beside(open_vault, lambda conn: _journaled_write(conn, target))
    try:
        with pytest.raises(FileBeingWritten) as refused:
            timeshare.export_report(report, "csv", target)
        second.start()
        second.join()
    finally:
        go_on.set()
        first.join()
    assert first.error is None
    told = (f"Eine Sicherung wird gerade von SSA Desktop in die Datei {target} geschrieben. "
            "Bitte warten Sie, bis das fertig ist, und versuchen Sie es dann erneut; die "
            "Datei wurde nicht verändert.")
    assert str(refused.value) == told
    assert str(second.error) == told
    assert target.read_bytes().startswith(b"SQLite format 3") is False   # encrypted, whole
    assert target.read_bytes() != b"%PDF her older file"                 # the backup's
    assert list(target.parent.iterdir()) == [target]


def test_a_print_to_a_file_a_package_writes_is_told_that_a_package_writes_it(tmp_path):
    """Each writer says what it writes when it claims (``Writing``, the one list)."""
    from ssa_desktop.storage import claims

    target = tmp_path / "Paket.ssapaket"
    with claims.claimed(target, what=Writing.PACKAGE):
        other: list[BaseException] = []
        thread = threading.Thread(target=lambda: _printed(target, other))
        thread.start()
        thread.join()
    assert [str(e) for e in other] == [
        f"Ein Paket wird gerade von SSA Desktop in die Datei {target} geschrieben. Bitte "
        "warten Sie, bis das fertig ist, und versuchen Sie es dann erneut; die Datei wurde "
        "nicht verändert."]
    assert not target.exists()


def _printed(target: Path, errors: list) -> None:
    try:
        with printing.pdf_painted_into(str(target)) as tmp:
            Path(tmp).write_bytes(b"%PDF the print")
    except BaseException as err:
        errors.append(err)


def test_a_writer_inside_its_own_claim_of_the_file_is_not_refused(tmp_path):
    """Re-entrant for the block that holds the claim (a journaled export writing its file
    through ``atomic_write_bytes``); the claim stays until the outer block ends."""
    from ssa_desktop.storage import claims

    target = tmp_path / "Bericht.pdf"
    with claims.claimed(target, what=Writing.EXPORT):
        files.atomic_write_bytes(target, b"one")
        files.atomic_write_bytes(target, b"two")
        assert claims.holds(target)
        other: list[BaseException] = []
        thread = threading.Thread(target=lambda: _refused(target, other))
        thread.start()
        thread.join()
        assert len(other) == 1 and isinstance(other[0], FileBeingWritten)
    assert not claims.holds(target)
    assert target.read_bytes() == b"two"
    files.atomic_write_bytes(target, b"three")   # free again
    assert target.read_bytes() == b"three"


def test_a_context_copied_into_another_thread_holds_no_claim(tmp_path):
    """Re-entrant for the thread of the block only: work handed on with its context
    (``contextvars.copy_context``) is a second writer."""
    import contextvars

    target = tmp_path / "Bericht.pdf"
    errors: list[BaseException] = []
    with files.atomic_target(target) as tmp:
        tmp.write_bytes(b"first")
        copied = contextvars.copy_context()
        thread = threading.Thread(target=lambda: copied.run(_refused, target, errors))
        thread.start()
        thread.join()
    assert len(errors) == 1 and isinstance(errors[0], FileBeingWritten)
    assert target.read_bytes() == b"first"


def _refused(target: Path, errors: list) -> None:
    try:
        files.atomic_write_bytes(target, b"other")
    except BaseException as err:
        errors.append(err)


def test_put_in_place_refuses_a_file_not_claimed(tmp_path):
    """The end every atomic write goes through: a new writer that skipped the claim fails
    at once in every test that writes a file, not once in a race."""
    target = tmp_path / "x.pdf"
    tmp = files.fresh_beside(target)
    with pytest.raises(RuntimeError, match="claim"):
        files.put_in_place(tmp, target)
    assert not target.exists()
    files.discard(tmp)


# -- the one declaration: every rename into a target claims it, or says why not ----------
# (module, function) that renames into a file without taking a claim in that function:
# why its target is claimed anyway, or why it needs none.
UNCLAIMED: dict[tuple[str, str], str] = {
    ("ssa_desktop/storage/files.py", "put_in_place"):
        "refuses a target its caller has not claimed (test_put_in_place_refuses_…)",
    ("ssa_desktop/storage/files.py", "undone_on_failure"):
        "puts the old file back inside the claiming block that wrote it",
    ("ssa_desktop/storage/files.py", "_copy_aside"):
        "the hidden kept copy of the old file, a fresh name of its own",
    ("ssa_desktop/storage/file_intents.py", "_resolve"):
        "the unlock's upkeep: marks the file as being undone (claims.UNDOING: writers "
        "wait) and skips one claimed now",
    ("ssa_desktop/storage/handover_repo.py", "finish"):
        "the end of services.handover._write_package, which claims the package",
    ("ssa_desktop/storage/backup_rotation.py", "adopt_stray_backups"):
        "moves a backup of this vault into its rotation folder, under the vault lock",
    ("ssa_desktop/storage/vault.py", "_rekey"): "the vault's own key file, under the vault lock",
    ("ssa_desktop/storage/vault.py", "unlock"):
        "a re-key's pending key file into place, under the vault lock",
    ("ssa_desktop/storage/vault.py", "_swap_in"):
        "a restore's staged database into place, under the vault lock",
    ("ssa_desktop/diagnostics.py", "_append_to_log"):
        "the app's own diagnostics log rotated in its settings folder (never raises)",
}


def _renames() -> set[tuple[str, str]]:
    """The functions that rename a file over another without a ``claimed`` call."""
    found: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "ssa_desktop").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        from_files = {a.asname or a.name for n in ast.walk(tree)
                      if isinstance(n, ast.ImportFrom) and (n.module or "").endswith("files")
                      for a in n.names} | ({"replace"} if path.name == "files.py" else set())
        for func in ast.walk(tree):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            calls = [n for n in ast.walk(func) if isinstance(n, ast.Call)]
            names = {c.func.attr if isinstance(c.func, ast.Attribute) else
                     getattr(c.func, "id", "") for c in calls}
            if any(_is_rename(c, from_files) for c in calls) and "claimed" not in names \
                    and func.name != "replace":
                found.add((str(path.relative_to(ROOT)), func.name))
    return found


def _is_rename(call: ast.Call, from_files: set[str]) -> bool:
    """``os.replace``/``os.rename``/``shutil.move``/``files.replace``/``files.put_in_place``
    (or the name imported from ``files``), a path's ``.rename(x)``/``.replace(x)`` of one
    argument, and ``os.replace`` handed to a retry helper."""
    f = call.func
    if isinstance(f, ast.Name):
        return f.id in from_files & {"replace", "put_in_place"}
    if not isinstance(f, ast.Attribute):
        return False
    owner = f.value.id if isinstance(f.value, ast.Name) else ""
    if owner in ("os", "files", "shutil") and f.attr in ("replace", "rename", "renames",
                                                         "move", "put_in_place"):
        return True
    if f.attr in ("rename", "replace") and len(call.args) == 1 and not call.keywords:
        return True   # Path.rename(target) / Path.replace(target)
    return any(isinstance(a, ast.Attribute) and a.attr in ("replace", "rename")
               and isinstance(a.value, ast.Name) and a.value.id == "os" for a in call.args)


def test_every_rename_into_a_file_is_claimed_or_declared():
    assert _renames() == set(UNCLAIMED)


def test_the_declared_callers_claim():
    """``put_in_place`` and ``handover_repo.finish`` are called only from blocks that claim
    (``put_in_place`` checks so when it runs, too)."""
    for path in sorted((ROOT / "ssa_desktop").rglob("*.py")):
        for func in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(func, ast.FunctionDef) or func.name in ("put_in_place", "finish"):
                continue
            text = ast.unparse(func)
            if "put_in_place(" in text or "q.finish(" in text:
                assert "claimed(" in text, (path, func.name)


def test_a_file_the_emergency_sheet_writes_is_told_that_an_emergency_key_writes_it(
        open_vault, tmp_path, monkeypatch):
    """The Notfallschlüssel names itself when it claims its file, not „ein Export“: the
    sheet (``vault_admin.write_vault_emergency_sheet``) held halfway while a second writer
    tries its file."""
    from ssa_desktop.reports import style
    from ssa_desktop.services import vault_admin

    target = _her_file(tmp_path, "Notfallschluessel.pdf")

    def first(hold) -> None:
        class Held:
            def __init__(self, filename: str, **_kw) -> None:
                self.filename = filename

            def build(self, _flow, **_kw) -> None:
                Path(self.filename).write_bytes(b"%PDF the sheet")
                hold()

        monkeypatch.setattr(style, "Document", Held)
        vault_admin.write_vault_emergency_sheet(open_vault, target)

    with held(first) as errors:
        with pytest.raises(FileBeingWritten) as refused:
            files.atomic_write_bytes(target, b"%PDF the second writer")
        assert target.read_bytes() == b"%PDF her older file"
    assert not errors, errors
    assert str(refused.value) == (
        f"Ein Notfallschlüssel wird gerade von SSA Desktop in die Datei {target} geschrieben. "
        "Bitte warten Sie, bis das fertig ist, und versuchen Sie es dann erneut; die Datei "
        "wurde nicht verändert.")
    assert target.read_bytes() == b"%PDF the sheet"
