"""Copying something sensitive to the clipboard, the KeePassXC way.

The data are marked as secret for clipboard managers (KDE's
``x-kde-passwordManagerHint``; Windows' monitor/history/cloud exclusion formats) and
cleared after ``clear_after_ms`` — but only if the clipboard still holds *our* text,
so that something she copied in the meantime is never wiped. Lock clears it at once.

The emergency key is never put on the clipboard.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

KDE_HINT = "x-kde-passwordManagerHint"
_WIN_PREFIX = 'application/x-qt-windows-mime;value="{}"'
_DWORD_ZERO = b"\x00\x00\x00\x00"
WINDOWS_FORMATS = {
    "ExcludeClipboardContentFromMonitorProcessing": _DWORD_ZERO,
    "CanIncludeInClipboardHistory": _DWORD_ZERO,
    "CanUploadToCloudClipboard": _DWORD_ZERO,
}
DEFAULT_CLEAR_MS = 30_000


def sensitive_mime_data(text: str, platform: str | None = None) -> QMimeData:
    """QMimeData with ``text`` and the 'do not keep me' hints for clipboard managers."""
    platform = platform or sys.platform
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_HINT, b"secret")
    if platform.startswith("win"):
        for name, value in WINDOWS_FORMATS.items():
            mime.setData(_WIN_PREFIX.format(name), value)
    return mime


class _Guard(QObject):
    """Remembers what we copied and wipes it when the time is up."""

    def __init__(self):
        super().__init__()
        self.text: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear)

    def copy(self, text: str, clear_after_ms: int) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(sensitive_mime_data(text), QClipboard.Mode.Clipboard)
        self.text = text
        if clear_after_ms > 0:
            self.timer.start(clear_after_ms)

    def clear(self) -> bool:
        """Clear the clipboard if it still holds our text; return whether it did."""
        self.timer.stop()
        ours, self.text = self.text, None
        if ours is None:
            return False
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(QClipboard.Mode.Clipboard) == ours:
            clipboard.clear(QClipboard.Mode.Clipboard)
            return True
        return False


_guard: _Guard | None = None


def _the_guard() -> _Guard:
    global _guard
    if _guard is None:
        _guard = _Guard()
    return _guard


def copy_sensitive(text: str, clear_after_ms: int = DEFAULT_CLEAR_MS) -> None:
    """Copy ``text`` marked as secret; clear it after ``clear_after_ms`` if still ours."""
    _the_guard().copy(text, clear_after_ms)


def clear_sensitive() -> bool:
    """Clear our sensitive text now (on lock); leaves foreign clipboard content alone."""
    return _guard.clear() if _guard is not None else False


def sensitive_pending() -> bool:
    return _guard is not None and _guard.text is not None
