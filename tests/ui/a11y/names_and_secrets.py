"""Two audits of a window, as a reader meets it (used by test_names_and_secrets.py).

``names_not_containing_labels``: WCAG 2.5.3 (Label in Name) — the accessible name of a
button, check box or radio button contains its visible text, and the name of an input
contains the text of the label bound to it (what she says to speech control is what she
reads; what Orca says is what the eye reads). Compared case-insensitively, without the
mnemonic ``&``, a trailing colon or ellipsis, or a key shown after the words („(Strg+B)“).

``secrets_outside_the_secret_field``: every line edit in password echo, or named as a
passphrase, key or PIN, is the edit of the one ``SecretField``; no other text box holds
a secret."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ssa_desktop.ui.common.announce import plain
from ssa_desktop.ui.common.secret_field import SECRET_PROPERTY, SecretField

_SECRET_WORDS = re.compile(r"passphrase|passwort|kennwort|\bpin\b|schlüssel|passphrase",
                           re.IGNORECASE)
_NOT_SECRET = re.compile(r"anzeigen|vorlesen|schlüsselwort", re.IGNORECASE)


def _where(widget: QWidget) -> str:
    path, w = [], widget
    while w is not None and len(path) < 3:
        path.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(path))


def spoken(text: str) -> str:
    """The words of a visible label as compared: no mnemonic, no trailing colon or
    ellipsis, lower case, single spaces."""
    text = plain(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    text = "".join(c for c in text if unicodedata.category(c) != "So")  # ◀ ⚠ ✓ ■
    text = text.replace("…", " ").strip().rstrip("*").strip()  # "Pseudonym *": required
    text = text.rstrip(":").rstrip(".").strip()
    # a key shown after the words („Brief erstellen … (Strg+B)“) is said as the button's
    # shortcut and description, not spoken as part of its name
    text = re.sub(r"\s*\((Strg|Ctrl)\+\w+\)$", "", text).rstrip(" .…").strip()
    return " ".join(text.lower().split())


def _showing(widget: QWidget, window: QWidget) -> bool:
    return widget is window or widget.isVisibleTo(window)


def names_not_containing_labels(window: QWidget) -> list[str]:
    found = []
    for button in window.findChildren(QAbstractButton):
        label, name = spoken(button.text()), button.accessibleName().strip()
        if _showing(button, window) and label and name and label not in spoken(name):
            found.append(f"{_where(button)}: {name!r} for {button.text()!r}")
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if (buddy is None or isinstance(buddy, QLabel) or not _showing(label, window)
                or not label.text().strip()):
            continue  # a label beside a shown value (Version: 0.2.0) names no control
        text, name = spoken(label.text()), buddy.accessibleName().strip()
        if text and name and text not in spoken(name):
            found.append(f"{_where(buddy)}: {name!r} for the label {label.text()!r}")
    return found


def secrets_outside_the_secret_field(window: QWidget) -> list[str]:
    found = []
    for edit in window.findChildren(QLineEdit):
        secret = (edit.echoMode() != QLineEdit.EchoMode.Normal
                  or (_SECRET_WORDS.search(edit.accessibleName())
                      and not _NOT_SECRET.search(edit.accessibleName())))
        if not secret or (edit.isReadOnly() and not edit.isVisibleTo(window)):
            continue  # a masked value shown to no one (a person's hidden real names)
        if not (edit.property(SECRET_PROPERTY) and isinstance(edit.parentWidget(), SecretField)):
            found.append(f"{_where(edit)} ({edit.accessibleName()!r})")
    for box in [*window.findChildren(QPlainTextEdit), *window.findChildren(QTextEdit)]:
        if (not box.isReadOnly() and _SECRET_WORDS.search(box.accessibleName())
                and not _NOT_SECRET.search(box.accessibleName())):
            found.append(f"{_where(box)} ({box.accessibleName()!r}): a text box holds a secret")
    return found
