"""``ssa-desktop self-test``: does this installation have everything it needs?

Run after installing or freezing the application (packaging/build_linux.sh runs it in
the frozen build). Every check is independent, touches no vault of the user and returns
one line: what was checked, whether it is fine, and the detail (a version, a file).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .paths import resources_dir, translations_dir


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    required: bool = True   # a missing optional part (keychain) is reported, not failed


def _sqlcipher() -> Check:
    from .storage import probe

    found = probe.sqlcipher()
    major = int(found.cipher_version.split(".")[0]) if found.cipher_version[:1].isdigit() else 0
    ok = major >= 4 and found.encrypted
    return Check("SQLCipher", ok, f"SQLCipher {found.cipher_version or '–'}, "
                 f"SQLite {found.sqlite_version}, Datei verschlüsselt: "
                 f"{'ja' if found.encrypted else 'NEIN'}")


def _fts5() -> Check:
    from .storage import probe

    return Check("Volltextsuche (FTS5)", probe.fts5_with_secure_delete(),
                 "FTS5 mit secure-delete verfügbar")


def _keyring() -> Check:
    from .storage.keystore import DeviceKeyStore

    store = DeviceKeyStore()
    available = store.available()
    name = store.backend_name()
    detail = (f"Schlüsselbund: {name}" if available
              else "kein Schlüsselbund (die Option „Auf diesem Gerät merken“ ist ausgeblendet)")
    return Check("Schlüsselbund", available, detail, required=False)


def _process_protection() -> Check:
    """Core dumps off and the process not dumpable (Windows: no error-report dialog), read
    back from the system: ``launch.run`` (the console script, ``packaging/entry.py``) hardens
    the process first. Required in the frozen build; a test calling ``cli.main`` directly
    is not hardened and sees it reported as missing."""
    import sys

    from .hardening import protection_status

    ok, detail = protection_status()
    return Check("Prozessschutz", ok, detail, required=bool(getattr(sys, "frozen", False)))


def _translations() -> Check:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    ours = QTranslator()
    qm = translations_dir() / "ssa_desktop_en.qm"
    loaded = ours.load(str(qm))
    english = ours.translate("Areas", "Einstellungen") if loaded else ""
    qt = QTranslator()
    qt_loaded = qt.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ok = loaded and english == "Settings" and qt_loaded
    return Check("Übersetzungen", ok, f"Englisch: {'ja' if loaded and english else 'NEIN'}, "
                 f"Qt-Standarddialoge Deutsch: {'ja' if qt_loaded else 'NEIN'}")


def _pdf_font() -> Check:
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = sorted((resources_dir() / "fonts").glob("*.ttf"))
    if not fonts:
        return Check("PDF-Schrift", False, "keine Schrift in resources/fonts")
    for font in fonts:
        face = TTFont(font.stem, str(font))
        missing = [ch for ch in "äöüÄÖÜß„“–€§" if ord(ch) not in face.face.charToGlyph]
        if missing:
            return Check("PDF-Schrift", False, f"{font.name}: es fehlen {''.join(missing)}")
    return Check("PDF-Schrift", True, ", ".join(f.name for f in fonts))


def _pdfium() -> Check:
    """A one-page PDF made in memory (reportlab), rendered by PDFium from its bytes as the
    document viewer does: a build without pdfium's shared library fails here."""
    import io

    from reportlab.pdfgen import canvas

    try:
        import pypdfium2

        buf = io.BytesIO()
        pdf = canvas.Canvas(buf, pagesize=(72, 72))
        pdf.rect(18, 18, 36, 36, stroke=0, fill=1)   # a black square in the middle
        pdf.save()
        document = pypdfium2.PdfDocument(buf.getvalue())
        bitmap = document[0].render(scale=1)
        x, y = bitmap.width // 2, bitmap.height // 2
        centre = bytes(bitmap.buffer)[y * bitmap.stride + x * bitmap.n_channels]
        document.close()
    except Exception as err:  # the check reports, it never raises
        return Check("PDF-Anzeige (PDFium)", False, f"{type(err).__name__}: {err}")
    ok = centre < 64
    return Check("PDF-Anzeige (PDFium)", ok,
                 f"PDFium {pypdfium2.PDFIUM_INFO.version}: Seite aus dem Speicher gerendert"
                 if ok else "die gerenderte Seite ist leer")


def _parquet() -> Check:
    """DuckDB with its built-in Parquet writer, as the Träger kit's long table uses it
    (``exports.kvjs_tidy``): a build without duckdb's library fails here."""
    try:
        import duckdb

        from .exports.kvjs_tidy import connect

        con = connect()
        try:
            found = con.execute("SELECT loaded FROM duckdb_extensions() "
                                "WHERE extension_name = 'parquet'").fetchone()
        finally:
            con.close()
    except Exception as err:  # the check reports, it never raises
        return Check("Parquet (DuckDB)", False, f"{type(err).__name__}: {err}")
    ok = bool(found and found[0])
    return Check("Parquet (DuckDB)", ok, f"DuckDB {duckdb.__version__}: Parquet eingebaut"
                 if ok else "DuckDB ohne Parquet")


def _toml_files(folder: str, label: str, loader: Callable[[Path], object] | None) -> Check:
    files = sorted((resources_dir() / folder).glob("*.toml"))
    files += sorted((resources_dir() / folder).glob("*.json"))
    if not files:
        return Check(label, False, f"keine Datei in resources/{folder}")
    for path in files:
        try:
            if loader is not None:
                loader(path)
            elif path.suffix == ".toml":
                tomllib.loads(path.read_text("utf-8"))
        except Exception as err:  # the check reports, it never raises
            return Check(label, False, f"{path.name}: {type(err).__name__}: {err}")
    return Check(label, True, ", ".join(p.name for p in files))


def _kvjs_templates() -> Check:
    return _toml_files("kvjs", "KVJS-Vorlage", _loader("kvjs"))


def _rule_table() -> Check:
    return _toml_files("retention", "Löschregeln", _loader("retention"))


def _loader(feature: str) -> Callable[[Path], object] | None:
    """The feature's own validating loader (the same code the application uses)."""
    return LOADERS.get(feature)


def _migrations() -> Check:
    from .storage import migrations

    found = migrations.available()
    return Check("Datenbank-Schema", bool(found), f"{len(found)} Migrationen, Version "
                 f"{migrations.latest_version()}")


def _load_rules(path: Path) -> object:
    from .domain.retention import parse_rules

    return parse_rules(path.read_text("utf-8"))


def _load_kvjs_template(path: Path) -> object:
    from .domain.kvjs_template import parse

    return parse(path.read_text("utf-8"), path.name)


# The validating loaders of shipped data files: the same code the application uses.
LOADERS: dict[str, Callable[[Path], object]] = {"retention": _load_rules,
                                                "kvjs": _load_kvjs_template}

CHECKS: list[Callable[[], Check]] = [_sqlcipher, _fts5, _migrations, _keyring, _translations,
                                     _pdf_font, _pdfium, _parquet, _kvjs_templates, _rule_table,
                                     _process_protection]


# The self-test's watchdog (``run_checks_within``): after this many seconds a hanging check
# (a keychain that never answers, a scanner holding a file) ends the self-test as failed.
TIME_LIMIT_SECONDS = 120


@dataclass(frozen=True)
class TimedChecks:
    results: list[Check]
    timed_out: bool = False


def run_checks_within(seconds: float, wait: Callable[[Any, float], bool] | None = None
                      ) -> TimedChecks:
    """``run_checks`` in a daemon thread, waited for at most ``seconds``: on time-out the
    checks done so far and a failed line naming the one that hangs (the caller ends the
    process: ``cli_commands.selftest``). ``wait(done_event, seconds)`` is the wait (tests:
    one that returns when a check hangs, not after a time)."""
    import threading

    finished: list[list[Check]] = []
    raised: list[BaseException] = []
    done = threading.Event()
    _progress.clear()

    def work() -> None:
        try:
            finished.append(run_checks())
        except BaseException as err:  # raised again where the self-test waits (crash log)
            raised.append(err)
        finally:
            done.set()

    threading.Thread(target=work, name="self-test", daemon=True).start()
    if (wait or _wait)(done, seconds):
        if raised:
            raise raised[0]
        return TimedChecks(finished[0])
    so_far = list(_progress)
    hanging = so_far.pop().name if so_far and so_far[-1].detail == _RUNNING else "–"
    return TimedChecks([*so_far, Check("Zeitlimit", False,
                                   f"nach {seconds:g} s abgebrochen: die Prüfung "
                                   f"„{hanging}“ antwortet nicht")], timed_out=True)


def _wait(done: Any, seconds: float) -> bool:
    return bool(done.wait(seconds))


# What ``run_checks`` has done so far, the running check last (detail ``_RUNNING``): read
# by ``run_checks_within`` when a check hangs.
_progress: list[Check] = []
_RUNNING = "läuft"


def run_checks() -> list[Check]:
    results = []
    for check in CHECKS:
        _progress.append(Check(check.__name__.strip("_"), False, _RUNNING))
        try:
            result = check()
        except Exception as err:  # a broken part is a failed check, not a crash
            name = check.__name__.strip("_")
            result = Check(name, False, f"{type(err).__name__}: {err}")
        _progress[-1] = result
        results.append(result)
    return results


def passed(results: list[Check]) -> bool:
    return all(r.ok for r in results if r.required)


def write_text_atomically(path: Path, text: str) -> None:
    """``self-test --result-file``: the result file, never half-written (storage.files)."""
    from .storage.files import atomic_write_bytes

    atomic_write_bytes(path, text.encode("utf-8"))
