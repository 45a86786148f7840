"""Sensitive clipboard: marked as secret, cleared after a timeout only if still ours."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from ssa_desktop.ui.common import clipboard as cb


def test_mime_data_carries_the_secret_hints():
    mime = cb.sensitive_mime_data("K-17", platform="linux")
    assert mime.text() == "K-17"
    assert bytes(mime.data(cb.KDE_HINT)) == b"secret"
    win = cb.sensitive_mime_data("K-17", platform="win32")
    formats = win.formats()
    for name in ("ExcludeClipboardContentFromMonitorProcessing",
                 "CanIncludeInClipboardHistory", "CanUploadToCloudClipboard"):
        key = f'application/x-qt-windows-mime;value="{name}"'
        assert key in formats
        assert bytes(win.data(key)) == b"\x00\x00\x00\x00"
    assert not any("windows-mime" in f for f in mime.formats())


def test_cleared_after_timeout(qtbot, qapp):
    clipboard = QGuiApplication.clipboard()
    cb.copy_sensitive("Zimmer 12, 09:40", clear_after_ms=150)
    assert clipboard.text() == "Zimmer 12, 09:40"
    assert bytes(clipboard.mimeData().data(cb.KDE_HINT)) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=60000)
    assert not cb.sensitive_pending()


def test_foreign_content_is_not_cleared(qtbot, qapp):
    clipboard = QGuiApplication.clipboard()
    cb.copy_sensitive("geheim", clear_after_ms=150)
    clipboard.setText("Einkaufsliste")  # she copied something else meanwhile
    # the clearing has come due and looked (no time guessed: a busy machine fires late)
    qtbot.waitUntil(lambda: not cb.sensitive_pending(), timeout=60000)
    assert clipboard.text() == "Einkaufsliste"


def test_clear_sensitive_now(qapp):
    clipboard = QGuiApplication.clipboard()
    cb.copy_sensitive("geheim", clear_after_ms=60_000)
    assert cb.sensitive_pending()
    assert cb.clear_sensitive() is True
    assert clipboard.text() == ""
    assert cb.clear_sensitive() is False
