"""File names valid on Windows for every name the app suggests.

A suggested name is built from data: a school's name in the KVJS export or the annual
report, a school code, a year. Windows refuses ``<>:"/\\|?*`` and control characters in a
name, silently drops trailing dots and spaces, and reserves the device names (CON, PRN,
AUX, NUL, COM0–9, LPT0–9, also with an extension: ``con.pdf``). ``safe_file_name`` turns
any text into a name valid there (and on Linux and macOS), keeping umlauts and ß.
"""

from __future__ import annotations

import re
import unicodedata

FORBIDDEN = '<>:"/\\|?*'
# Invisible and unrepresentable characters: controls, format characters such as the
# right-to-left override (``\u202egnp.exe`` shows as ``exe.png``), surrogates, private use,
# line and paragraph separators.
_INVISIBLE = ("Cc", "Cf", "Cs", "Co", "Zl", "Zp")
RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{c}" for c in "0123456789¹²³"),
                      *(f"LPT{c}" for c in "0123456789¹²³")})
MAX_LENGTH = 120  # well inside Windows' 255 per name and 260 per path (MAX_PATH)
REPLACEMENT = "-"
FALLBACK = "Datei"
_EXTENSION = re.compile(r"\.[0-9A-Za-z]{1,10}$")


def _allowed(ch: str) -> bool:
    return ch not in FORBIDDEN and unicodedata.category(ch) not in _INVISIBLE


def safe_file_name(name: str) -> str:
    """``name`` as a file name valid on Windows: each run of forbidden or invisible
    characters becomes one ``-``; leading dots and spaces and trailing ones go; a name
    longer than ``MAX_LENGTH`` is shortened before its extension; a reserved device name
    gets a leading ``_``; nothing left: ``Datei``. A valid name comes back unchanged
    (composed: ``u`` + combining diaeresis becomes ``ü``)."""
    text = unicodedata.normalize("NFC", name)
    out: list[str] = []
    for ch in text:
        if _allowed(ch):
            out.append(ch)
        elif not out or out[-1] is not REPLACEMENT:
            out.append(REPLACEMENT)
    text = "".join(out).lstrip(" .").rstrip(" .")
    if len(text) > MAX_LENGTH:
        match = _EXTENSION.search(text)
        ext = match.group() if match else ""
        text = text[:MAX_LENGTH - len(ext)].rstrip(" .") + ext
    if not text:
        return FALLBACK
    if text.split(".")[0].rstrip(" ").upper() in RESERVED:
        text = "_" + text
    return text
