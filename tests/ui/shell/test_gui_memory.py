"""What the GUI keeps in memory (issue 21 item 3, docs/performance.md "Arbeitsspeicher").

A child process unlocks a demo vault the GUI's way and runs the real main window on it,
opening every area, as the worker does in the first minutes of her day. Afterwards
- no document library is loaded (reportlab with PIL, openpyxl): they come when a PDF or
  workbook is written, not when the Zeit or Statistik area is shown;
- neither ``argon2`` nor ``cryptography`` is loaded (about 12 MB, and Argon2's memory in
  the peak): the unlock derives and unwraps the key in a child (``storage.unwrap_child``);
- the keychain library is not loaded (``keyring`` with its D-Bus backends, 13–15 MB):
  the Sicherheit page asks a child process (``storage.keychain``);
- the handover machinery is not loaded (≈ 0.7 MB of code): the unlock's upkeep reads
  the package registries and finds nothing to finish, clean or sweep;
- no dialog or tab she did not open is loaded (the quick entry with what only it imports
  ≈ 0.4 MB, a new appointment, a school or post, Zeit's other tabs): an area imports
  each when she opens it;
- QtCharts is not loaded (9+ MB): the charts are painted (``ui.common.charts``);
- Python's own ``sqlite3`` is not loaded (it maps a second SQLite library, 1.1 MB): the
  vault is SQLCipher's, and the migrations split statements with its parser;
- OpenSSL's libcrypto is not loaded (``_hashlib``, 3.4 MB resident): the page HMACs, the
  key file's checksum and random bytes need no OpenSSL (``storage.digests``);
- no module source is held in ``linecache`` (PySide6's ``__feature__`` check reads the
  source of every imported module; ``ui.memory.drop_source_lines`` lets it go), and
  none is read at all when the GUI starts as ``launch.run`` starts it
  (``launch.prepare_window_process``).
The unlock's upkeep (page check, "Tresor prüfen", backup) runs on a lane of its own,
one task after the other.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

from tests.ui.shell.demo_child import run_demo_child

CHILD = r"""
import json, linecache, sys
# which module sources are read (PySide's import hook reads them through linecache)
read = []
_update = linecache.updatecache


def _counted(filename, module_globals=None):
    read.append(filename)
    return _update(filename, module_globals)


linecache.updatecache = _counted
# the GUI process as launch.run prepares it, before Qt and the window's modules
from ssa_desktop.launch import prepare_window_process
prepare_window_process()
from pathlib import Path
from PySide6.QtTest import QTest
from ssa_desktop.app import make_application
from ssa_desktop.services.session import Vault, unlock
from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.background import wait_for_all
from ssa_desktop.ui.context import AppContext
from ssa_desktop.ui.shell.main_window import MainWindow

app = make_application([])
# the GUI's unlock (ui.vault.unlock): Argon2 and the unwrap in a child process
session = unlock(Vault(Path(sys.argv[1])), sys.argv[2], defer_integrity=True, in_child=True)
ctx = AppContext(session.vault.folder)
ctx.set_session(session)
window = MainWindow(ctx, None)
window.resize(1366, 768)
window.show()
for spec in AREAS:
    window.show_area(spec.key)
    QTest.qWait(50)
wait_for_all(30000)
QTest.qWait(100)
own = [f for f in linecache.cache if "ssa_desktop" in f]


def malloc_arenas():  # glibc's malloc arenas: malloc_info writes one <heap> each
    import ctypes, os, tempfile
    libc = ctypes.CDLL("libc.so.6")
    libc.fdopen.restype = ctypes.c_void_p
    libc.fdopen.argtypes = (ctypes.c_int, ctypes.c_char_p)
    libc.malloc_info.argtypes = (ctypes.c_int, ctypes.c_void_p)
    libc.fclose.argtypes = (ctypes.c_void_p,)
    with tempfile.TemporaryFile() as fh:
        stream = libc.fdopen(os.dup(fh.fileno()), b"w")
        libc.malloc_info(0, stream)
        libc.fclose(stream)
        fh.seek(0)
        return fh.read().decode().count("<heap nr=")


print(json.dumps({"modules": sorted(sys.modules), "source_files": own,
                  "sources_read": sorted({f for f in read if "ssa_desktop" in f}),
                  "arenas": malloc_arenas() if sys.platform.startswith("linux") else 0}))
ctx.lock()
"""

# what writes files only when she asks (duckdb: the Träger kit's Parquet long table)
DOCUMENT_LIBRARIES = {"reportlab", "PIL", "openpyxl", "duckdb"}
# what an area shows only when she asks: a dialog (the quick entry, a new appointment, a
# school or post), a tab other than the first (Zeit's grid, absences, targets)
OPENED_ON_REQUEST = {
    "ssa_desktop.ui.quick_entry.dialog", "ssa_desktop.ui.appointments.dialog",
    "ssa_desktop.ui.settings.dialogs", "ssa_desktop.ui.time.grid",
    "ssa_desktop.ui.time.absences", "ssa_desktop.ui.time.targets",
}
# the handover machinery comes when a package, a return or a school handover asks for it:
# the unlock's upkeep reads the package registries, which hold nothing on the demo vault
# (``services.handover_upkeep``)
HANDOVER_ON_REQUEST = {
    "ssa_desktop.services.handover", "ssa_desktop.services.handover_confirm",
    "ssa_desktop.services.handover_receipt", "ssa_desktop.storage.handover_repo",
    "ssa_desktop.storage.handover_deputy_repo", "ssa_desktop.storage.handover_school_repo",
    # its rules (66 kB of code): the packages a vault confirmed need only their kinds
    "ssa_desktop.domain.handover",
}
# a passphrase's rating comes when one is set or changed (its rules, 37 kB of code)
SET_ON_REQUEST = {"ssa_desktop.domain.passphrase"}
# what asks before she quits (a file still written, a dialog that would lose something)
QUIT_ON_REQUEST = {"ssa_desktop.ui.common.closing"}
# the check for names in a text she writes to a file (the ISEF PDF of the § 8a panel)
WRITTEN_ON_REQUEST = {"ssa_desktop.services.names_in_text", "ssa_desktop.domain.names_in_text",
                      "ssa_desktop.ui.reports.names_dialog"}
# what her ordinary day loads but never ran (issue 65): the day reads a small part of each
# (the Übersicht's deadlines, open § 8a procedures and whether a Schuljahreswechsel
# waits; the facts for a data breach counted at the unlock; IT's policy for a synced
# folder only; the keychain asked in a child); the rest (≈ 170 kB of code) comes with the
# dialog, the assistant or the child that runs it
RARE_PATHS_ON_REQUEST = {
    "ssa_desktop.services.privacy",
    "ssa_desktop.services.child_protection", "ssa_desktop.domain.pseudonymise",
    "ssa_desktop.services.school_year_change", "ssa_desktop.domain.school_year_change",
    "ssa_desktop.services.breach", "ssa_desktop.storage.machine_policy",
    "ssa_desktop.storage.keychain_backend",
    # recording a group, open offer or networking activity; a school number's rules
    "ssa_desktop.services.activities", "ssa_desktop.domain.school_code",
}
# what a letter brings in only when she saves it, prints slips or writes a serial letter: the checks of her own
# templates' files (27 kB), the Beratungszettel's dialog (22 kB), a serial letter's group
LETTER_ON_REQUEST = {"ssa_desktop.reports.letter_templates", "ssa_desktop.ui.reports.slip_dialog",
                     "ssa_desktop.services.group_members"}
KEYCHAIN_LIBRARIES = {"keyring", "secretstorage", "jeepney"}
KEY_DERIVATION_LIBRARIES = {"cryptography", "argon2", "_argon2_cffi_bindings"}


def _run_child(tmp_path: Path) -> dict:
    return run_demo_child(tmp_path, CHILD)


def test_every_area_shown_without_document_libraries_or_held_source(tmp_path):
    seen = _run_child(tmp_path)
    loaded = {m.split(".")[0] for m in seen["modules"]}
    assert loaded & DOCUMENT_LIBRARIES == set()
    assert loaded & KEYCHAIN_LIBRARIES == set()
    assert loaded & KEY_DERIVATION_LIBRARIES == set()  # unwrapped in a child (unwrap_child)
    assert "PySide6.QtCharts" not in seen["modules"]  # charts are painted (ui.common.charts)
    assert loaded & {"sqlite3", "_sqlite3"} == set()  # SQLCipher's SQLite only
    assert loaded & {"_hashlib", "hashlib", "hmac"} == set()  # no libcrypto (digests)
    # dialogs and tabs come when she opens them, not with their area (each first view shown)
    assert set(seen["modules"]) & OPENED_ON_REQUEST == set()
    assert "ssa_desktop.services.handover_upkeep" in seen["modules"]  # the upkeep ran
    assert set(seen["modules"]) & HANDOVER_ON_REQUEST == set()
    assert set(seen["modules"]) & SET_ON_REQUEST == set()
    assert set(seen["modules"]) & QUIT_ON_REQUEST == set()
    assert set(seen["modules"]) & RARE_PATHS_ON_REQUEST == set()
    assert "ssa_desktop.ui.statistics.area" in seen["modules"]  # the areas were built
    assert "ssa_desktop.ui.time.area" in seen["modules"]
    assert seen["source_files"] == []


# the html package and what it imports (its entity table is html.entities)
HTML_MODULES = frozenset({"html", "html.entities", "html.parser"})


def _loaded_by(imports: list[str], names) -> list[str]:
    """Which of ``names`` a fresh Python has loaded after importing ``imports``."""
    import subprocess

    code = (f"import sys, {', '.join(imports)};"
            "print(' '.join(sorted(set(sys.modules) & set(sys.argv[1:]))))")
    out = subprocess.run([sys.executable, "-c", code, *sorted(names)],
                         capture_output=True, text=True, check=True, timeout=120,
                         cwd=str(Path(__file__).resolve().parents[3]))
    return out.stdout.split()


def test_a_person_page_brings_in_the_names_check_only_with_a_pdf():
    """The § 8a panel of every person page she opens checks an ISEF text for names when
    she writes it as PDF: the check and its dialog come then (≈ 47 kB of code)."""
    assert _loaded_by(["ssa_desktop.ui.persons.person_page",
                       "ssa_desktop.ui.child_protection.panel"], WRITTEN_ON_REQUEST) == []


def test_a_person_page_loads_no_html_entity_table():
    """Her person page's Verlauf escapes its texts with ``formatting.escape_html``: the
    ``html`` package would load HTML5's 2,231 entities (≈ 0.57 MB) for the rest of the day."""
    assert _loaded_by(["ssa_desktop.ui.persons.area", "ssa_desktop.ui.persons.person_page"],
                      HTML_MODULES) == []


def test_the_lid_watch_loads_neither_uuid_nor_platform():
    """The idle lock watches the lid and the display from her main window on: Windows'
    power-setting GUIDs are bytes (``power_events.guid``), not ``uuid.UUID``, whose module
    loads ``platform`` and ``_uuid`` with libuuid on Linux (≈ 0.35 MB for the whole day)."""
    assert _loaded_by(["ssa_desktop.ui.common.autolock"], {"uuid", "platform", "_uuid"}) == []


def test_a_letter_brings_in_neither_the_template_files_checks_nor_the_slips_dialog():
    """The letter's dialog shows and fills a letter with its preview; her own template's
    file checks come when she saves or keeps one, the slips' print dialog when she prints
    slips (the preview is ``slip_painter``'s)."""
    assert _loaded_by(["ssa_desktop.ui.letters.dialog"], LETTER_ON_REQUEST) == []


def test_the_letter_dialogs_make_no_page_size_classes_before_printing():
    """PySide makes a Qt class's Python type with all its enums when it is first named:
    ``QPageSize`` (125 paper sizes) and ``QPageLayout`` came with the letter's dialog all
    day (≈ 0.1 MB); only printing a letter, serial letter or slips needs them."""
    import subprocess

    code = ("import PySide6.QtGui as gui, ssa_desktop.ui.letters.dialog, "
            "ssa_desktop.ui.letters.serial_dialog, ssa_desktop.ui.reports.slip_dialog;"
            "print(' '.join(sorted({'QPageSize', 'QPageLayout'} & set(vars(gui)))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120, cwd=str(Path(__file__).resolve().parents[3]))
    assert out.stdout.split() == []


def test_the_gui_process_reads_no_module_source_all_day(tmp_path):
    """Started as ``launch.run`` starts it (``launch.prepare_window_process``), the GUI
    reads no source of ours during the day: PySide's import hook would read each module's
    text into ``linecache``, and those line strings, made among the objects that live as
    long as the program, kept 2.4 MB of the peak after ``drop_source_lines`` let them go."""
    seen = _run_child(tmp_path)
    assert seen["sources_read"] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_worker_threads_share_one_malloc_arena(tmp_path):
    """glibc gives every thread that allocates its own arena (up to 8 per core), each
    keeping its own free memory: the global pool's and the maintenance lane's threads
    held 2-4 MB each that no other thread could reuse (``gui_peak_rss_mb`` 128 -> 122 MB
    with one arena). The first background task limits them to the arenas that exist:
    the GUI thread's and, in this child, the one of the unlock's answer reader (the child
    unlocks on its GUI thread; the unlock window asks from a task). Before: 5."""
    seen = _run_child(tmp_path)
    assert seen["arenas"] <= 2


def test_memory_a_task_freed_goes_back_when_it_ends(qtbot, monkeypatch):
    from ssa_desktop.ui import background, memory

    trims = []
    monkeypatch.setattr(memory, "return_free_memory", lambda: trims.append(True))
    done = []
    background.start_task(lambda _conn, _progress: 1, on_done=done.append)
    qtbot.waitUntil(lambda: done == [1], timeout=10000)
    assert trims == [True]


def test_the_allocator_calls_are_safe_on_this_system():
    from ssa_desktop.ui import memory

    memory.share_one_arena()
    memory.return_free_memory()  # glibc: malloc_trim; elsewhere nothing


def test_the_maintenance_lane_runs_one_task_after_the_other(qtbot):
    from ssa_desktop.ui.background import maintenance_pool, start_task, wait_for_all

    running, most, lock = [0], [0], threading.Lock()

    def work(_conn, _progress):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        with lock:
            running[0] -= 1
        return True

    done = []
    for _ in range(4):
        start_task(work, on_done=done.append, maintenance=True)
    qtbot.waitUntil(lambda: len(done) == 4, timeout=10000)
    assert wait_for_all(5000)
    assert most[0] == 1 and maintenance_pool().maxThreadCount() == 1



def _deleted(widget) -> None:
    """``widget`` deleted as a closed dialog is (``deleteLater``), then the event loop's
    next turn (the deferred deletes and the calls queued behind them)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_a_window_gone_gives_its_memory_back_once(qapp, monkeypatch):
    """A paper's window deleted returns the free memory (malloc_trim) right after: its
    widgets, backing store and picture were freed into glibc's heap, which kept them
    under the next window's peak. A window and its child window gone together: one."""
    from PySide6.QtWidgets import QDialog

    from ssa_desktop.ui import memory

    trims = []
    monkeypatch.setattr(memory, "return_free_memory", lambda: trims.append(True))
    outer = QDialog()
    inner = QDialog(outer)
    memory.give_back_when_gone(outer)
    memory.give_back_when_gone(inner)
    assert trims == []
    _deleted(outer)
    assert trims == [True]


TEMPLATE_CHILD = r"""
import json, sys
from pathlib import Path
from ssa_desktop.launch import prepare_window_process
prepare_window_process()
from ssa_desktop.app import make_application
from ssa_desktop.services.session import Vault, unlock
from ssa_desktop.ui.context import AppContext
from ssa_desktop.ui.letters.dialog import LetterDialog
from PySide6.QtCore import QEventLoop, QTimer

app = make_application([])
session = unlock(Vault(Path(sys.argv[1])), sys.argv[2], defer_integrity=True, in_child=True)
ctx = AppContext(session.vault.folder)
ctx.set_session(session)
folder = Path(sys.argv[1]).parent
from ssa_desktop.services import letters
# a person with an appointment to invite to (the invitation's Bezug)
person_id = next(pid for (pid,) in ctx.conn.execute("SELECT id FROM person ORDER BY id")
                 if letters.sources(ctx.conn, "invitation", pid))
dialog = LetterDialog(ctx, person_id)
dialog.show()
def settle():   # her template read and its preview shown (both on the runner's pool)
    loop, check = QEventLoop(), QTimer()
    def done():
        if (not dialog._reading_template and not dialog.latest.busy
                and not dialog.latest.pending):
            loop.quit()
    check.timeout.connect(done)
    check.start(10)
    QTimer.singleShot(120_000, loop.quit)   # bounded, far below the suite's timeout
    loop.exec()
    check.stop()
seen = []
for name in ("vorlage.docx", "formular.pdf"):   # her own templates, chosen as by the button
    dialog.template_chooser = lambda name=name: str(folder / name)
    dialog.choose_template()
    settle()
    seen.append(dialog.preview.text())
dialog.template_chooser = lambda: str(folder / "vorlage.docx")
dialog.choose_template()
settle()
dialog.save_path_chooser = lambda suggested: str(folder / "brief.docx")
ended = QEventLoop()                 # the save runs on the one runner: wait for its end
saving = dialog._saving
def _saving(on):
    saving(on)
    if not on:
        ended.quit()
dialog._saving = _saving
saved = dialog.save_file()
if dialog.saving:
    QTimer.singleShot(120_000, ended.quit)   # bounded, far below the suite's timeout
    ended.exec()
dialog.name_chooser = lambda suggested: "Meine Einladung"
kept = dialog.keep_template()
dialog.close()
print(json.dumps({"previews": seen, "saved": saved, "kept": kept,
                  "problem": dialog.problem.text(), "modules": sorted(sys.modules)}))
ctx.lock()
"""
TEMPLATE_LIBRARIES = {"docxtpl", "docx", "lxml", "pypdf", "jinja2"}


def test_her_own_templates_bring_their_libraries_into_no_gui(tmp_path):
    """Her own DOCX template and PDF form are checked, previewed, filled, saved and kept
    in the vault without docxtpl, python-docx (with lxml), pypdf or Jinja in her GUI
    (≈ 13 MB there): the letter's child (``services.letter_child``) does that work."""
    from tests.letters.test_own_templates import docx, pdf_form

    (tmp_path / "vorlage.docx").write_bytes(docx("Einladung für {{ person.first_name }}"))
    (tmp_path / "formular.pdf").write_bytes(pdf_form("person.first_name", "Bemerkung"))
    seen = run_demo_child(tmp_path, TEMPLATE_CHILD)
    assert seen["previews"][0].startswith("Ihre Vorlage wird so gefüllt:\nperson.first_name: ")
    assert seen["previews"][1].startswith("Ihre Vorlage wird so gefüllt:\nperson.first_name: ")
    assert seen["saved"] and seen["kept"], seen["problem"]
    assert (tmp_path / "brief.docx").read_bytes()[:2] == b"PK"
    assert {m.split(".")[0] for m in seen["modules"]} & TEMPLATE_LIBRARIES == set()
