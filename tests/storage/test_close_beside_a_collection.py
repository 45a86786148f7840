"""A worker connection never closes while a garbage collection runs on another thread.

The GUI thread collects (``ui.main_thread_gc``); a worker closes its connection when its
task ends. ``close`` finalises the connection's statements and lets go of Python's lock
while each one is freed; a collection that freed a cursor of that connection in that
moment reset the statement just freed: a segmentation fault inside the GUI thread's
collection (seen once in a full run, in the journey tests). The order is forced with
events: the collection's finaliser lets the worker close and then looks whether the close
got through while the collection still ran. In a child process, so that a crash is a
failure here and not a dead test worker."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import gc, sys, threading
from pathlib import Path
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

session, _ = Vault.create(Path(sys.argv[1]), PASSPHRASE, params=FAST_KDF)
gc.disable()
handed, ready = [], threading.Event()
collecting, closing, closed = threading.Event(), threading.Event(), threading.Event()
got_through = []


def worker():
    conn = session.new_connection()
    cursors = [conn.execute(f"SELECT name FROM sqlite_master -- {n}") for n in range(50)]
    for cursor in cursors:
        cursor.fetchone()          # each statement in use, to be reset by its cursor's end
    handed.append(cursors)
    del cursors, cursor
    ready.set()
    collecting.wait()
    closing.set()
    conn.close()
    closed.set()


class Finaliser:
    def __del__(self):
        collecting.set()
        closing.wait()
        got_through.append(closed.wait(2.0))   # bounded: with the guard it never comes


thread = threading.Thread(target=worker)
thread.start()
ready.wait()
cycle = [Finaliser(), handed.pop()]
cycle.append(cycle)
del cycle
gc.collect()                       # frees the cursors after the finaliser, on this thread
thread.join()
session.lock()
print("closed during the collection" if got_through != [False] else "closed after it")
"""


def test_a_worker_connection_closes_only_after_the_collection(tmp_path):
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "vault")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "closed after it", done.stderr


def test_every_connection_the_product_opens_is_guarded():
    """Each ``sqlcipher3.connect`` in the package names the guarded class: a cursor of any
    connection (an in-memory one too) may be freed by the GUI thread's collection."""
    import ast

    unguarded = []
    for path in sorted((ROOT / "ssa_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "connect"
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "sqlcipher3"
                    and not any(k.arg == "factory" for k in node.keywords)):
                unguarded.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert unguarded == []
