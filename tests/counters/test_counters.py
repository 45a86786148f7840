"""Regressions without a clock: each operation's SQL statements (incl. those of triggers)
and written rows on a fixed demo vault, at or below tests/counters/baseline.json.
A rise fails naming the operation; `SSA_REWRITE_COUNTERS=1 pytest tests/counters`
rewrites the baseline (docs/notes/i49-perf.md)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject

from ssa_desktop.domain import clock
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import activities, handover_confirm, handover_school
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.counters.conftest import check, compare
from tests.support.main_windows import shown_main_window


def test_a_rise_fails_naming_the_operation_and_a_fall_passes():
    baseline = {"unlock": {"statements": 24, "rows_written": 0}}
    compare("unlock", {"statements": 24, "rows_written": 0}, baseline)
    compare("unlock", {"statements": 23, "rows_written": 0}, baseline)
    with pytest.raises(AssertionError, match=r"unlock rose .*'statements': \(24, 25\)"):
        compare("unlock", {"statements": 25, "rows_written": 0}, baseline)
    with pytest.raises(AssertionError, match="quick_entry_save: no baseline"):
        compare("quick_entry_save", {"statements": 1}, baseline)


def _smallest_school(conn) -> str:
    return conn.execute("SELECT school_id FROM person WHERE school_id IS NOT NULL"
                        " GROUP BY school_id ORDER BY count(*), school_id LIMIT 1").fetchone()[0]


def test_the_unlock(demo_copy, counters):
    with counters.measure() as figures:
        session = Vault(demo_copy).unlock(PASSPHRASE)
    session.lock()
    check("unlock", figures)


def test_a_quick_entry_save(demo_copy, counters):
    session = Vault(demo_copy).unlock(PASSPHRASE)
    try:
        conn = session.conn
        person_id = conn.execute("SELECT id FROM person WHERE school_id IS NOT NULL"
                                 " ORDER BY pseudonym LIMIT 1").fetchone()[0]
        contact = Contact(day=date(2026, 7, 17), kind="EB", duration_min=30,
                          person_id=person_id, time="10:25", topics=("KON", "FAM"),
                          access_route="self", note="Gespräch über den Schulweg")
        with counters.measure() as figures:
            with transaction(conn):
                activities.record_contact(conn, contact)
    finally:
        session.lock()
    check("quick_entry_save", figures)


def test_a_bulk_insert_of_a_hundred_contacts(demo_copy, counters):
    """The bulk-insert benchmark's work, a hundred contacts in one transaction: FTS5's own
    statements count too, so a search index written once per contact (a segment each,
    merged again and again) rises far above the baseline."""
    session = Vault(demo_copy).unlock(PASSPHRASE)
    try:
        conn = session.conn
        person_id = conn.execute("SELECT id FROM person WHERE school_id IS NOT NULL"
                                 " ORDER BY pseudonym LIMIT 1").fetchone()[0]
        notes = [r for r in conn.execute("SELECT observation, assessment, note FROM contact"
                                         " ORDER BY rowid LIMIT 100")]
        contacts = [Contact(day=date(2026, 7, 17), kind="EB", duration_min=30,
                            person_id=person_id, time="10:25", topics=("KON", "FAM"),
                            access_route="self", observation=o, assessment=a, note=n)
                    for o, a, n in notes]
        with counters.measure() as figures:
            with transaction(conn):
                for contact in contacts:
                    activities.record_contact(conn, contact)
    finally:
        session.lock()
    check("bulk_insert_100", figures)


def test_the_school_handover_and_its_receipt(demo_copy, counters, tmp_path):
    worker = Vault(demo_copy).unlock(PASSPHRASE)
    out = tmp_path / "out"
    out.mkdir()
    try:
        conn = worker.conn
        school_id = _smallest_school(conn)
        with counters.measure() as package:
            result = handover_school.create_school_package(conn, school_id,
                                                           rules.Deputy("Nachfolge"), out)
        receipt = _successors_receipt(result, out)
        with counters.measure() as confirmed:
            handover_confirm.confirm_school_handover(conn, receipt)
    finally:
        worker.lock()
    check("school_handover_package", package)
    check("school_handover_receipt", confirmed)


def _successors_receipt(result, out: Path) -> Path:
    inbox = out / "eingang"
    inbox.mkdir()
    copy = inbox / result.path.name
    shutil.copyfile(result.path, copy)
    successor, _ = Vault.create(out / "nachfolge", PASSPHRASE, params=FAST_KDF)
    try:
        _merged, receipt = handover_school.receive_school_package(successor.conn, copy,
                                                                  result.key_text, out)
    finally:
        successor.lock()
    assert receipt is not None
    return receipt


# -- each area's first show: a fresh main window on the demo vault ------------------------
def _settled(qapp) -> None:
    """Every load the GUI started has run on its worker and been drawn."""
    from ssa_desktop.ui import background

    for _ in range(5):  # a finished load may start the next one (a chart, a count)
        qapp.processEvents()
        assert background.wait_for_all()
    qapp.processEvents()


def test_each_areas_first_show(demo_copy, counters, qapp, qtbot, tmp_path):
    from ssa_desktop.ui.areas import AREAS
    from ssa_desktop.ui.context import AppContext

    session = Vault(demo_copy).unlock(PASSPHRASE)
    ctx = AppContext(session.vault.folder)
    ctx.set_session(session)
    window = shown_main_window(ctx, qtbot, tmp_path, (1280, 720))
    _settled(qapp)  # the unlock's own upkeep (check, backup) first
    figures = {}
    try:
        for spec in [s for s in AREAS if s.key != "overview"] + [AREAS[0]]:
            with counters.measure() as figures[spec.key]:
                assert window.show_area(spec.key) is not None
                _settled(qapp)
    finally:
        window.close()
        ctx.lock()
    for key, figure in figures.items():
        check(f"area_first_show_{key}", figure)


class _AtFirstPaint(QObject):
    """The GUI thread's statements counted when the window's first frame is painted."""

    def __init__(self, window, counters, start: int):
        super().__init__(window)
        self.counters = counters
        self.start = start
        self.statements: int | None = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt
        if self.statements is None and event.type() == QEvent.Paint:
            self.statements = self.counters.gui_statements - self.start
        return False


def test_the_unlock_until_her_first_screen(demo_copy, counters, qapp, qtbot, tmp_path):
    """The GUI thread's statements from the unlocked session to the main window's first
    frame with the first area (what she waits for: the page check, the upkeep and the
    Schuljahreswechsel's plan come after it), on a day when the assistant is due."""
    from keyring.backends import fail

    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.ui import background
    from ssa_desktop.ui.context import AppContext
    from ssa_desktop.ui.settings_store import SettingsStore
    from ssa_desktop.ui.shell.main_window import MainWindow

    session = Vault(demo_copy).unlock(PASSPHRASE, defer_integrity=True)
    ctx = AppContext(session.vault.folder)
    with clock.frozen(date(2026, 8, 3)):   # after 1 August: the assistant is due
        start = counters.gui_statements
        ctx.set_session(session)
        window = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                            store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
        qtbot.addWidget(window)
        watch = _AtFirstPaint(window, counters, start)
        window.installEventFilter(watch)
        window.resize(1280, 720)
        window.show()
        qtbot.waitUntil(lambda: watch.statements is not None)
        qtbot.waitUntil(lambda: window._school_year is not None, timeout=30000)
        window._school_year.postpone()
    try:
        _settled(qapp)
        assert background.wait_for_all()
    finally:
        window.close()
        ctx.lock()
    check("unlock_to_first_frame", {"statements": watch.statements})


# -- child processes per unlock (each one a program start a scanner may inspect) -----------
def _children(monkeypatch, work) -> list[str]:
    import subprocess

    seen: list[str] = []
    real = subprocess.Popen

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, args, *more, **kwargs):
            seen.extend(a for a in map(str, args) if a in ("--unwrap-child", "--keychain-child"))
            super().__init__(args, *more, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", Counting)
    work()
    monkeypatch.setattr(subprocess, "Popen", real)
    return seen


def test_child_processes_per_unlock(monkeypatch, tmp_path, _isolated_home):
    from ssa_desktop.services import session as service
    from ssa_desktop.storage.keystore import DeviceKeyStore

    root = Path(__file__).resolve().parents[2]
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.file_keyring.FileKeyring")
    monkeypatch.setenv("SSA_TEST_KEYRING_FILE", str(_isolated_home / "keyring.json"))
    monkeypatch.setenv("PYTHONPATH", str(root))
    monkeypatch.chdir(root)  # ``python -m ssa_desktop`` finds this tree
    remembered, _ = Vault.create(tmp_path / "gemerkt", PASSPHRASE, params=FAST_KDF)
    assert remembered.remember_on_device(DeviceKeyStore())
    remembered.lock()
    plain, _ = Vault.create(tmp_path / "ohne", PASSPHRASE, params=FAST_KDF)
    plain.lock()

    def by_remembered_key():
        opened = service.unlock_remembered(Vault(remembered.vault.folder), DeviceKeyStore(),
                                           defer_integrity=True, in_child=True)
        assert opened is not None
        opened.lock()

    def by_passphrase():  # as the unlock window: the keychain asked first, then her words
        child = service.UnlockChild()
        assert service.unlock_remembered(Vault(plain.vault.folder), DeviceKeyStore(),
                                         defer_integrity=True, unlock_child=child) is None
        service.unlock(Vault(plain.vault.folder), PASSPHRASE, defer_integrity=True,
                       unlock_child=child).lock()

    check("unlock_children_remembered", {"children": len(_children(monkeypatch,
                                                                     by_remembered_key))})
    check("unlock_children_passphrase", {"children": len(_children(monkeypatch, by_passphrase))})
