"""Tests that hold a reader's snapshot on purpose: the checkpoint beside it gives up
after the busy timeout (``storage.connection.BUSY_TIMEOUT_MS``, 5 s in the product) with
the same outcome whether it waited 5 s or 50 ms, so these tests wait 50 ms, not seconds."""

from __future__ import annotations

from ssa_desktop.storage import connection

SHORT_BUSY_MS = 50


def hurry_busy_waits(monkeypatch, *open_connections) -> None:
    """Connections opened from now on, and ``open_connections``, wait ``SHORT_BUSY_MS``."""
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", SHORT_BUSY_MS)
    for conn in open_connections:
        conn.execute(f"PRAGMA busy_timeout = {SHORT_BUSY_MS}")
