"""Connections that end with the widget they serve.

PySide keeps a signal connected to a Python method (``panel.clear``) or a lambda for as
long as the method's Python wrapper lives, even after Qt deleted the widget: a lock after
Datenschutz was taken apart called a deleted message line's ``clear`` (a pending callback
still held its wrapper). PySide 6.12 keeps a lambda, a ``partial`` or a Python override of
a Qt slot (``clear``, ``setText``, ``reject``); a plain method it drops with its object.
Senders that outlive every area and dialog connect through ``connect_for``: the context,
and the application (``focusChanged``, ``focusWindowChanged``, ``commitDataRequest``, its
screens, clipboard and style hints; guards: tests/ui/common/
test_signals_end_with_their_widget.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, SignalInstance


def connect_for(receiver: QObject, signal: SignalInstance, slot: Callable[..., object],
                kind: Qt.ConnectionType = Qt.ConnectionType.AutoConnection) -> None:
    """Connect ``signal`` to ``slot`` until ``receiver`` is destroyed (Qt's ``destroyed``
    comes before any later emission can reach the slot)."""
    connection = signal.connect(slot, kind)
    # Qt's own disconnect: quietly nothing when the sender went first (test teardown)
    receiver.destroyed.connect(lambda *_: QObject.disconnect(connection))
