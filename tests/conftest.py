"""Shared fixtures: real SQLCipher vaults in temporary folders, isolated settings."""

from __future__ import annotations

import contextlib
import os
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ssa_desktop.domain import clock  # noqa: E402
from ssa_desktop.domain.entities import Person  # noqa: E402
from ssa_desktop.storage import repositories as repo  # noqa: E402

# Hypothesis: "dev" (default) explores randomly; "ci" (chosen when the CI variable is set)
# runs more examples, derandomised so that a CI failure reproduces exactly. Neither judges
# time (no deadline, no "too slow" check): on busy cores that made a passing test red.
settings.register_profile("dev", max_examples=50, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                 HealthCheck.too_slow])
settings.register_profile("ci", max_examples=300, derandomize=True, deadline=None,
                          print_blob=True,
                          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                 HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")

from tests.support import left_running  # noqa: E402

# Cheap key derivation for tests only; production calibrates to about 0.5 s.
from tests.support.vaults import (  # noqa: E402,F401
    FAST_KDF,
    PASSPHRASE,
    add_test_school,
    new_vault,
)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Settings, data folders and temp files of the app go to a per-test folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("SSA_PASSPHRASE", raising=False)
    # Qt reads XDG_CONFIG_HOME once per process: the device settings (an .ini file) of
    # each test go to its own home too, not to where an earlier test pointed them
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(home / ".config"))
    yield home


@pytest.fixture(autouse=True, scope="session")
def _tab_order_ignored_fails():
    """A ``tab_chain`` pair Qt ignores (widgets not yet in one window) fails the test."""
    from ssa_desktop.ui.common import tab_chain

    tab_chain.raise_when_ignored = True
    yield
    tab_chain.raise_when_ignored = False


@pytest.fixture(autouse=True, scope="session")
def _system_clock_session():
    """The session starts and ends on the system clock."""
    clock.set_clock(None)
    yield
    clock.set_clock(None)


@pytest.fixture(autouse=True)
def _system_clock():
    """Every test starts on the system clock, whatever an earlier test froze."""
    yield
    clock.set_clock(None)
# "Today" for tests that need one: a Wednesday in term time, far from midnight and from the
# school-year change on 31 July/1 August. Tests never read the wall clock
# (tests/test_layers.py); they stand the clock here with the ``frozen_clock`` fixture.
TODAY = date(2026, 11, 25)


@pytest.fixture
def frozen_clock():
    """The application's clock stands at ``TODAY``, 12:00, for the test."""
    with clock.frozen(TODAY):
        yield TODAY


# Objects allocated and not yet freed since the last collection above which a test
# without Qt collects too (keeps memory and unclosed files bounded in long pure runs).
GC_BACKLOG = 200_000


def _makes_qt_objects(item) -> bool:
    """The test builds widgets: it asks for pytest-qt (``qtbot``/``qapp``, also through
    another fixture) or lies under tests/ui."""
    return (not {"qtbot", "qapp"}.isdisjoint(getattr(item, "fixturenames", ()))
            or item.nodeid.startswith("tests/ui/"))


def pytest_collection_finish(session):
    """What collection made (every test module, Qt's and Hypothesis's modules: about 260,000
    objects, alive to the session's end) goes out of the collector's sight, as the app
    does after its start (ui/main_thread_gc.freeze_start): the full collection after each
    Qt test then looks only at what tests made, 0.2 s less each."""
    import gc

    gc.collect()
    gc.freeze()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """After a test that made Qt objects, once pytest has let go of its fixture values:
    what it left is collected and what survives is frozen, as after collection. Objects
    that stay alive from test to test (lazily imported modules, caches, what a test keeps
    by a leak: about 400 a Qt test) otherwise pile up, and each later collection scans
    them all again (0.3 s a Qt test late in a worker's run instead of 0.02 s)."""
    yield
    if _makes_qt_objects(item):
        import gc

        _delete_what_waits_for_deletion()
        gc.collect()
        gc.freeze()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item, nextitem):
    """Before any fixture of a test is torn down (its vault locked, its windows closed): the
    background tasks it started have ended. A task that outlived its test ran on against a
    locked session or a deleted window while the next test ran, and memory faults in a
    worker (SIGSEGV a test or more later, in no code of its own) were seen in full runs.
    Bounded: a task that does not end within two minutes is left, as before."""
    background = sys.modules.get("ssa_desktop.ui.background")
    if background is not None:
        background.wait_for_all(120_000)


def _delete_what_waits_for_deletion() -> None:
    """Windows and widgets the test gave up are deleted now, at the end of their test: a
    main window it left hidden (``app.run_gui`` leaves its window to the test that made the
    application, ``tear_down``), what qtbot closed with ``deleteLater``, an area she left.
    Otherwise they lived on until some later test's event loop, and every modal window a
    later test opened sent them its ``WindowBlocked``: once a main window of an earlier
    test, its vault long locked, crashed there (SIGSEGV in ``MainWindow.event``)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if QCoreApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == "MainWindow" and not widget.isVisible():
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# The windows a test gave to ``qtbot.addWidget`` (by id), held while Qt has not deleted them
_GIVEN_WINDOWS = pytest.StashKey[dict]()


@pytest.fixture
def qtbot(qtbot, request):
    """pytest-qt's ``qtbot``, whose ``addWidget`` also holds the window strongly until Qt
    has deleted it (at the latest the test's end, ``_gc_on_main_thread``). pytest-qt holds
    it weakly: once the body had returned, a form whose own attributes refer back to it
    was held by reference cycles alone, and a collection before qtbot closed it took the
    shown window apart wrapper by wrapper ("Slot 'CatalogueCombo::' not found";
    tests/ui/test_shown_window_outlives_a_collection.py)."""
    held = request.node.stash.setdefault(_GIVEN_WINDOWS, {})
    add = qtbot.addWidget

    def add_widget(widget, *, before_close_func=None) -> None:
        add(widget, before_close_func=before_close_func)
        key = id(widget)
        held[key] = widget
        widget.destroyed.connect(lambda *_: held.pop(key, None))

    qtbot.addWidget = qtbot.add_widget = add_widget
    return qtbot


def _end_the_collector_of_the_test() -> None:
    """The GUI thread's collector (``ui/main_thread_gc``) that a test installed on the
    session's application by making the application (``app.make_application``) ends with
    that test. Left running, it collected every 2 s inside whatever later test was
    handling events, at a moment set by the machine's load. After every test: one without
    Qt fixtures may make the application too (``app.main``)."""
    core = sys.modules.get("PySide6.QtCore")  # a pure run never imports Qt for this
    app = core.QCoreApplication.instance() if core is not None else None
    collector = getattr(app, "_main_thread_collector", None)
    if collector is None:
        return
    collector.timer.stop()
    collector.deleteLater()
    delattr(app, "_main_thread_collector")


@pytest.fixture(autouse=True)
def _gc_on_main_thread(request):
    """As in the app (ui/main_thread_gc.py): no automatic garbage collection, which could
    run on a worker thread and finalise Qt objects there. A full collection after a test
    that made Qt objects (on the main thread, before the next test); after any other test
    only when much garbage waits – a full collection costs about 0.1 s, most of a pure
    test's time, and deferring it changes no thread it runs on."""
    import gc

    gc.disable()
    files = _open_file_count()
    running = left_running.snapshot(qt=_makes_qt_objects(request.node))
    yield
    qt = _makes_qt_objects(request.node)
    if qt:
        from tests.support import questions

        questions.stop_looking()   # a test's looker for question boxes ends with it
    left = _close_left_windows() if qt else ""
    if qt:
        _delete_what_waits_for_deletion()  # what qtbot closed takes its timers with it
    _end_the_collector_of_the_test()
    request.node.stash[_GIVEN_WINDOWS] = {}  # deleted by now: their wrappers may go
    if qt or gc.get_count()[0] > GC_BACKLOG:
        gc.collect()
    elif _open_file_count() > files:
        _close_left_connections(request.node.nodeid)
    if left:
        pytest.fail(f"{request.node.nodeid} left open: {left} (close it in the test, or "
                    "give it to qtbot.addWidget)", pytrace=False)
    _report_left_running(request.node.nodeid, left_running.left_running(running))


def _report_left_running(nodeid: str, left: list[str]) -> None:
    """A thread or repeating timer the test left running (``tests/support/left_running``)
    fails the test, in every folder (each was swept: every leak fixed where it was made)."""
    if left:
        pytest.fail(f"{nodeid} left running: {'; '.join(left)} (stop or join it where it "
                    "was started, or end its owner)", pytrace=False)


_FDS = "/proc/self/fd"   # Linux: this process's open files (elsewhere the check is skipped)


def _open_file_count() -> int:
    return len(os.listdir(_FDS)) if os.path.isdir(_FDS) else 0


def _open_vault_files() -> set[str]:
    found = set()
    for fd in os.listdir(_FDS):
        try:
            target = os.readlink(f"{_FDS}/{fd}")
        except OSError:
            continue
        if ".ssadb" in target:
            found.add(target)
    return found


def _close_left_connections(nodeid: str) -> None:
    """A test without Qt that left a vault connection open which nobody holds (a session
    never locked, a connection never closed, kept in a reference cycle) closes it now and
    names it in a warning: otherwise it stayed open until some later collection, and a
    later test measuring SQLite's memory counted it."""
    import gc
    import warnings

    before = _open_vault_files()
    if not before:
        return
    gc.collect()
    closed = before - _open_vault_files()
    if closed:
        warnings.warn(f"{nodeid} left vault files open: {', '.join(sorted(closed))}",
                      stacklevel=1)


def _close_left_windows() -> str:
    """A window a test left open (a message box, a dialog: not given to ``qtbot.addWidget``)
    is closed, and the test fails naming it: the next test on this worker would see it as
    an extra dialog, a modal one would even take its keys. Returns the names ("" none)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return ""
    from shiboken6 import isValid

    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    names = ", ".join(f"{type(w).__name__} „{w.windowTitle()}“" for w in left)
    for widget in left:
        if isValid(widget):   # closing one may have deleted another (its child, its owner)
            widget.close()
    return names


@pytest.fixture
def vault_dir(tmp_path):
    return tmp_path / "tresor"


@pytest.fixture
def open_vault(vault_dir):
    """An unlocked vault with one school; locked again after the test."""
    session = new_vault(vault_dir)
    add_test_school(session)
    yield session
    session.lock()


@pytest.fixture
def conn(open_vault):
    return open_vault.conn


@pytest.fixture
def pupil(conn):
    return repo.PERSONS.insert(conn, Person("K-17", first_name="Kim", last_name="Sommer",
                                            gender="w", grade=7, class_label="7b",
                                            school_id="school-1", birth_year=2013))


@pytest.fixture
def ctx(open_vault, qapp):
    """An AppContext holding the unlocked test vault (for widget tests)."""
    from ssa_desktop.ui.context import AppContext

    context = AppContext(open_vault.vault.folder)
    context.set_session(open_vault)
    yield context
    # ended as the program ends it: locked (its minute check stops; open_vault's own lock
    # then finds the session closed). Unlocked, it lived on with its timer running.
    context.lock(force=True)


@pytest.fixture
def today():
    return clock.today()


@pytest.fixture
def windows_sharing(monkeypatch):
    """Windows file sharing emulated (tests/support/windows_sharing.py): ``hold(path)``,
    ``close(path)``, ``scan(path_or_glob, times)``, ``deny(path)``,
    ``refuse_new_files(folder)``; the file layer's retry waits are
    recorded in ``.waits``, never slept."""
    from tests.support.windows_sharing import WindowsSharing

    return WindowsSharing().install(monkeypatch)


def pytest_runtest_setup(item):
    """A soak test once ``SSA_SOAK_SECONDS`` are spent is skipped (tests/support/soak.py)."""
    from tests.support import soak

    soak.skip_when_spent(item)


def pytest_sessionfinish(session, exitstatus):
    """Empty the clipboard while Python is alive: the offscreen platform keeps the last
    QMimeData a test copied (a Python object) in a static that is destroyed only at the
    process's exit, after Python has finalized — a segmentation fault (exit 139) then."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


# -- temporary folders in memory ---------------------------------------------------------
# A run writes ≈ 3 GB of vaults, packages and backups, each with fsync: on a Linux tmpfs
# (/dev/shm) the suite waits for no disk (the storage and retention folders: −10 % wall).
# Only where the machine has one with room; the run's folder goes at its end. What is
# tested does not change: durability is tested by killing processes, which tmpfs survives.
_SHM = "/dev/shm"
_SHM_NEEDS = 6 * 1024**3


def _memory_temp_root() -> str | None:
    if not sys.platform.startswith("linux") or not os.path.isdir(_SHM) \
            or not os.access(_SHM, os.W_OK):
        return None
    stats = os.statvfs(_SHM)
    return _SHM if stats.f_bavail * stats.f_frsize >= _SHM_NEEDS else None


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    """The run's base folder on tmpfs, unless one was given (xdist gives its workers theirs)."""
    import tempfile

    if config.option.basetemp or os.environ.get("PYTEST_XDIST_WORKER"):
        return
    root = _memory_temp_root()
    if root is not None:
        config.option.basetemp = tempfile.mkdtemp(prefix="ssa-tests-", dir=root)
        config._ssa_memory_temp = config.option.basetemp


def pytest_unconfigure(config):
    import shutil
    import stat

    folder = getattr(config, "_ssa_memory_temp", None)
    if folder is None:
        return

    def writable_then_again(func, path, _exc):   # a test's read-only file or folder
        os.chmod(os.path.dirname(path), stat.S_IRWXU)
        with contextlib.suppress(OSError):
            os.chmod(path, stat.S_IRWXU)
        func(path)

    with contextlib.suppress(OSError):   # never the run's result because of its cleanup
        shutil.rmtree(folder, onerror=writable_then_again)
