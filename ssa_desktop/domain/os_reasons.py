"""Why a file operation failed, in German (no I/O): the vault's messages, the services'
and the command line's say the reason in her words, never the operating system's own
text, which is English on many machines ("Not a directory")."""

from __future__ import annotations

import errno

# Windows' codes for a name it cannot take (ERROR_INVALID_NAME, ERROR_DIRECTORY) and a path
# too long (ERROR_FILENAME_EXCED_RANGE)
_WINDOWS_REASONS = {123: "der Name enthält Zeichen, die hier nicht erlaubt sind",
                    267: "ein Teil des Pfades ist kein Ordner",
                    206: "der Pfad ist zu lang"}
_ERRNO_REASONS = {errno.ENOTDIR: "ein Teil des Pfades ist eine Datei, kein Ordner",
                  errno.EISDIR: "dort liegt ein Ordner gleichen Namens",
                  errno.ENOENT: "der Ordner wurde nicht gefunden",
                  errno.ENAMETOOLONG: "der Pfad ist zu lang",
                  errno.EEXIST: "dort liegt bereits eine Datei gleichen Namens",
                  errno.EINVAL: "der Name enthält Zeichen, die hier nicht erlaubt sind"}


def os_reason(err: OSError) -> str:
    """The reason of ``err`` in German; an error of no known kind by its number
    ("Dateifehler 5")."""
    winerror = getattr(err, "winerror", None)
    if winerror in _WINDOWS_REASONS:
        return _WINDOWS_REASONS[winerror]
    if err.errno in _ERRNO_REASONS:
        return _ERRNO_REASONS[err.errno]
    return f"Dateifehler {err.errno}" if err.errno else "Dateifehler"
