"""Documents in the vault: which files are taken and how they are told apart (docs/documents.md).

A file is taken by its content, never by its name: PDF, JPEG, PNG, TIFF, DOCX and ODT,
each recognised by its first bytes and checked for being whole, and kept byte for byte.
A file too large, cut off, of another kind, an image of absurd size, a TIFF of too many
pages, a DOCX or ODT that unpacks to far more than it is (a zip bomb) or carries macros
or links to outside files is refused with a German sentence that names the file; nothing
is written. Pure Python (``zipfile`` reads the packed formats from memory).
"""

from __future__ import annotations

import io
import re
import struct
import unicodedata
import zipfile
from dataclasses import dataclass

from . import options
from .catalogues import DOCUMENT_KINDS
from .errors import UserError
from .file_names import safe_file_name
from .text_safety import clean_name

MAX_BYTES = 25 * 1024 * 1024          # one file: 25 MB (a 40-page colour scan fits)
MAX_PIXELS = 80_000_000               # an image's width × height (an A4 page at 1200 dpi: 140 M
MAX_SIDE = 30_000                     # pixels … a scan at 600 dpi is 35 M); one side at most
MAX_TIFF_PAGES = 500
MAX_UNPACKED = 200 * 1024 * 1024      # DOCX/ODT: all members unpacked together
MAX_RATIO = 100                       # … and at most this many times its packed size
MAX_MEMBERS = 5_000
TITLE_LIMIT = 200

PDF, JPEG, PNG, TIFF = "application/pdf", "image/jpeg", "image/png", "image/tiff"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
SHOWN = (PDF, JPEG, PNG, TIFF)        # shown inside the product; others only exported
FORMAT_LABELS = {PDF: "PDF", JPEG: "JPEG-Bild", PNG: "PNG-Bild", TIFF: "TIFF-Bild",
                 DOCX: "Word-Dokument (DOCX)", ODT: "Textdokument (ODT)"}
SUFFIXES = {PDF: ".pdf", JPEG: ".jpg", PNG: ".png", TIFF: ".tif", DOCX: ".docx", ODT: ".odt"}

# What a document belongs to: the person herself or one of her records.
OWNER_KINDS = {"person": "Person", "case": "Fall", "consent": "Einwilligung",
               "procedure": "§ 8a-Verfahren"}


@dataclass(frozen=True)
class Owner:
    """The record a document belongs to: ``kind`` one of ``OWNER_KINDS``, ``id`` its id."""

    kind: str
    id: str

    def __post_init__(self) -> None:
        if self.kind not in OWNER_KINDS:
            raise ValueError(f"not a document owner kind: {self.kind}")


class DocumentRefused(UserError):  # noqa: N818 - domain wording: the file is refused
    """A file is not taken as a document; str() is a German sentence naming it."""


def shown_name(file_name: str) -> str:
    """The name a file came with, as it may be shown: its last part only (no ``../``), no
    direction overrides or control characters; at most 120 characters."""
    last = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    return clean_name(last)[:120]


def export_name(title: str, mime: str) -> str:
    """A file name for an export: the title made safe, the suffix of its real format."""
    return safe_file_name(title or "Dokument") + SUFFIXES[mime]


def _refused(name: str, why: str) -> DocumentRefused:
    return DocumentRefused(f"„{name}“ wurde nicht übernommen: {why} Nichts wurde gespeichert.")


def detect(data: bytes, file_name: str = "") -> str:
    """The mime type of ``data`` when it is a whole file of an accepted kind, else
    ``DocumentRefused`` with the reason."""
    mime, why = recognised(data)
    if why:
        raise _refused(shown_name(file_name) or "Die Datei", why)
    return mime


def recognised(data: bytes) -> tuple[str, str]:
    """(mime type, "") of a whole file of an accepted kind, else ("", why: a German
    sentence) – ``detect``'s rule, for a caller that names the file itself."""
    if not data:
        return "", "Die Datei ist leer."
    if len(data) > MAX_BYTES:
        return "", (f"Die Datei ist größer als {MAX_BYTES // (1024 * 1024)} MB. "
                    "Bitte eine kleinere Fassung scannen (z. B. 300 dpi, Graustufen).")
    if data.startswith(b"PK\x03\x04"):
        mime, problem = _docx_or_odt(data)
        return ("", problem) if problem else (mime, "")
    for magic, mime, check in _KINDS:
        if any(data.startswith(m) for m in magic):
            problem = check(data)
            return ("", problem) if problem else (mime, "")
    return "", ("Das ist keine PDF-, JPEG-, PNG-, TIFF-, DOCX- oder ODT-Datei "
                "(erkannt am Inhalt, nicht am Namen).")


_CUT = "Die Datei ist unvollständig (abgeschnitten)."


def _too_large_image(width: int, height: int) -> str:
    if width <= 0 or height <= 0:
        return "Das Bild hat keine gültige Größe."
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        return f"Das Bild ist mit {width} × {height} Pixeln zu groß zum Anzeigen."
    return ""


def _pdf(data: bytes) -> str:
    return "" if b"%%EOF" in data[-2048:] else _CUT


def _png(data: bytes) -> str:
    if len(data) < 33 or data[12:16] != b"IHDR":
        return _CUT
    if not data.rstrip(b"\0").endswith(b"IEND\xaeB`\x82"):
        return _CUT
    width, height = struct.unpack(">II", data[16:24])
    return _too_large_image(width, height)


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg(data: bytes) -> str:
    if b"\xff\xd9" not in data[-64:]:
        return _CUT
    pos = 2
    while pos + 9 < len(data):
        if data[pos] != 0xFF:
            return "Die Bilddatei ist beschädigt."
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[pos + 5:pos + 9])
            return _too_large_image(width, height)
        pos += 2 + length
    return "Die Bilddatei ist beschädigt (keine Bildgröße gefunden)."


def _tiff_values(data: bytes, end: str, entry: bytes) -> list[int]:
    """The numbers of one IFD entry (SHORT or LONG), inline or at their offset."""
    kind, count = struct.unpack(end + "HI", entry[2:8])
    width = 2 if kind == 3 else 4
    code = end + ("H" if kind == 3 else "I") * min(count, 10_000)
    where = entry[8:8 + width * count] if width * count <= 4 else \
        data[struct.unpack(end + "I", entry[8:12])[0]:][:width * min(count, 10_000)]
    if len(where) < struct.calcsize(code):
        return []
    return list(struct.unpack(code, where[:struct.calcsize(code)]))


def _tiff_page(data: bytes, end: str, table: int, count: int) -> str:
    """One page (IFD): its size, and its image data within the file."""
    values = {}
    for i in range(count):
        entry = data[table + 12 * i:table + 12 * i + 12]
        tag = struct.unpack(end + "H", entry[:2])[0]
        if tag in (256, 257, 273, 279):
            values[tag] = _tiff_values(data, end, entry)
    problem = _too_large_image(*(values[t][0] if values.get(t) else 0 for t in (256, 257)))
    if problem:
        return problem
    offsets, counts = values.get(273, []), values.get(279, [])
    if not offsets or len(offsets) != len(counts) or \
            max(o + c for o, c in zip(offsets, counts, strict=True)) > len(data):
        return _CUT
    return ""


def _tiff(data: bytes) -> str:
    end = "<" if data[:2] == b"II" else ">"
    offset = struct.unpack(end + "I", data[4:8])[0]
    pages, seen = 0, set()
    while offset:
        if offset in seen:
            return "Die Bilddatei ist beschädigt."
        if offset + 2 > len(data):
            return _CUT
        seen.add(offset)
        pages += 1
        if pages > MAX_TIFF_PAGES:
            return f"Die TIFF-Datei hat mehr als {MAX_TIFF_PAGES} Seiten."
        count = struct.unpack(end + "H", data[offset:offset + 2])[0]
        table = offset + 2
        if table + 12 * count + 4 > len(data):
            return _CUT
        problem = _tiff_page(data, end, table, count)
        if problem:
            return problem
        offset = struct.unpack(end + "I", data[table + 12 * count:table + 12 * count + 4])[0]
    return ""


def _zip_problem(data: bytes) -> tuple[str, zipfile.ZipFile | None]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return _CUT, None
    if len(members) > MAX_MEMBERS:
        return "Die Datei enthält ungewöhnlich viele Teile.", None
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * len(data):
        return "Die Datei würde entpackt ein Vielfaches ihrer Größe einnehmen (Zip-Bombe).", None
    return "", archive


def _read(archive: zipfile.ZipFile, name: str) -> bytes:
    return archive.read(name) if name in archive.namelist() else b""


def _outside_links(archive: zipfile.ZipFile) -> bool:
    """A relationship to a file outside the document other than a hyperlink (an attached
    template, a linked picture or object, which a word processor fetches when opening)."""
    for name in archive.namelist():
        if name.endswith(".rels"):
            text = archive.read(name)
            for part in text.split(b"<Relationship ")[1:]:
                if b'TargetMode="External"' in part and b"/hyperlink\"" not in part:
                    return True
    return False


def _docx_or_odt(data: bytes) -> tuple[str, str]:
    """(mime, problem) of a zip file: DOCX or ODT, or a problem."""
    problem, archive = _zip_problem(data)
    if archive is None:
        return "", problem
    with archive:
        names = set(archive.namelist())
        try:
            if _read(archive, "mimetype").strip() == ODT.encode():
                if any("basic/" in n.lower() or n.lower().startswith("scripts/") for n in names):
                    return ODT, "Das Textdokument enthält Makros."
                return ODT, ""
            types = _read(archive, "[Content_Types].xml")
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
            return "", _CUT
        if "word/document.xml" not in names or not types:
            return "", ("Das ist keine PDF-, JPEG-, PNG-, TIFF-, DOCX- oder ODT-Datei "
                        "(erkannt am Inhalt, nicht am Namen).")
        if any(n.lower().endswith("vbaproject.bin") for n in names) or b"macroEnabled" in types:
            return DOCX, "Das Word-Dokument enthält Makros."
        if _outside_links(archive):
            return DOCX, "Das Word-Dokument verweist auf Dateien außerhalb des Dokuments."
        return DOCX, ""


_KINDS = (
    ((b"%PDF-",), PDF, _pdf),
    ((b"\xff\xd8\xff",), JPEG, _jpeg),
    ((b"\x89PNG\r\n\x1a\n",), PNG, _png),
    ((b"II*\x00", b"MM\x00*"), TIFF, _tiff),
)


def check_title(title: str) -> str:
    """The title as kept (spaces tidied, no direction overrides); refused when empty or long."""
    title = " ".join(clean_name(title).split())
    if not title:
        raise DocumentRefused("Bitte einen Titel für das Dokument angeben.")
    if len(title) > TITLE_LIMIT:
        raise DocumentRefused(f"Der Titel ist länger als {TITLE_LIMIT} Zeichen.")
    return title


def facts_problem(kind: str, title: str, file_name: str) -> str | None:
    """Why a document's facts from a file (an interchange archive, a return, a package)
    are not taken (German, lower case, no full stop), or None: a kind of ``kinds``, a title
    and a file name as the Dokumente form keeps them (``check_title``, ``shown_name``)."""
    if kind not in DOCUMENT_KINDS:
        return f"die Art „{clean_name(kind)[:40]}“ gibt es nicht"
    try:
        kept = check_title(title)
    except UserError as err:
        return str(err).rstrip(".")
    if kept != title:
        return "der Titel enthält Steuer- oder Richtungszeichen oder doppelte Leerzeichen"
    if shown_name(file_name) != file_name:
        return "der Dateiname ist kein bloßer Name (ohne Ordner und Steuerzeichen)"
    return None


# -- the scanner folder (Einstellungen → Optionen → Dokumente) -----------------------------
SCANNER_FOLDER = options.declare(options.Option(
    "documents.scanner_folder", str, "", "Scanner-Ordner",
    help="Neue Dateien in diesem Ordner werden einmal zum Übernehmen angeboten: beim "
         "Entsperren und im Reiter „Dokumente“ einer Person."))


# -- Strg+K: titles and kinds (a read-out text is matched in its index) ----------------
def _folded(text: str) -> str:
    """Case and accents folded, as the full-text index's tokenizer does."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(c))


def search_words(text: str) -> list[str]:
    return re.findall(r"\w+", _folded(text))


def found_in(words: list[str], text: str) -> bool:
    """Whether every one of ``words`` begins a word of ``text`` (as the search's prefixes)."""
    folded = _folded(text)
    if not words or any(w not in folded for w in words):   # the quick no
        return False
    tokens = re.findall(r"\w+", folded)
    return all(any(t.startswith(w) for t in tokens) for w in words)


def marked(words: list[str], text: str) -> str:
    """``text`` with [[ and ]] around each word one of ``words`` begins."""
    return re.sub(r"\w+", lambda m: (f"[[{m.group(0)}]]"
                                     if any(_folded(m.group(0)).startswith(w) for w in words)
                                     else m.group(0)), text)
