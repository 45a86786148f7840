"""The Träger kit (docs/traeger.md): the coordinator's use cases over a folder of the
posts' anonymous KVJS exports, without a vault. Every file is read strictly and checked
as ``kvjs-merge`` checks it (``exports.kvjs_merge.read_export``); a file that is not a
KVJS export of a school or a post is refused by name and the others are still read.

- ``deliveries``: the delivery table of a school year (``domain.traeger.table``),
  optionally written as JSON (docs/schemas/traeger-lieferungen.schema.json);
- ``write_workbooks``: one xlsx per Landkreis, a sheet per school and a summary sheet;
- ``write_overview``: the PDF overview for the Träger's board;
- ``write_tidy``: the long table (CSV, or Parquet for a ``.parquet`` file) for analysis
  engines (``exports.kvjs_tidy``).
Nothing here reads or writes a vault: the kit's output holds only what the exports hold."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..domain import clock
from ..domain import traeger as rules
from ..domain.errors import UserError
from ..domain.schoolyear import SchoolYear
from .operations import Progress

TABLE_FORMAT = "ssa-desktop-traeger-lieferungen"
TABLE_FORMAT_VERSION = 1
MAX_LIST_BYTES = 1_000_000


KitError = rules.KitError  # the folder, a list or the year cannot be used (German)


@dataclass(frozen=True)
class Folder:
    """The deliveries read from a folder, and the files refused with their reason."""

    deliveries: tuple[rules.Delivery, ...]
    refused: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class DeliveryTable:
    year: str
    rows: tuple[rules.Row, ...]
    refused: tuple[tuple[str, str], ...]


def year_label(text: str) -> str:
    """"2025/26" for a school year she typed, also as the file names write it
    ("2025-26"); a German refusal otherwise."""
    try:
        return SchoolYear.parse(re.sub(r"^(\s*\d{4})-(\d{2,4}\s*)$", r"\1/\2", text)).label
    except ValueError:
        raise KitError(f"kein gültiges Schuljahr: „{text}“ (Beispiel: 2025/26)") from None


def read_folder(folder: Path | str, years: tuple[str, ...],
                progress: Progress | None = None) -> Folder:
    """Every file directly in ``folder`` (sorted by name) read as a KVJS export; a
    well-formed file of another school year than ``years`` is passed over unchecked.
    ``progress`` hears of each file read, at most once per percent (Cancelled stops)."""
    from ..exports import kvjs_merge  # the one strict reader and checker of an export

    if not str(folder).strip():  # Path("") is the working folder: never read unasked
        raise KitError("Bitte den Ordner mit den KVJS-Exporten angeben.")
    folder = Path(folder)
    if not folder.is_dir():
        raise KitError(f"Der Ordner „{folder}“ wurde nicht gefunden.")
    found, refused = [], []
    paths = sorted(p for p in folder.iterdir() if p.is_file())
    shown = -1
    for index, path in enumerate(paths):
        if progress is not None and index * 100 // len(paths) != shown:
            shown = index * 100 // len(paths)
            progress(shown, f"Datei {index + 1:,} von {len(paths):,} wird gelesen …"
                     .replace(",", "."))
        if path.is_symlink():  # a link in a drop folder reads a file elsewhere: never
            refused.append((path.name, f"„{path.name}“ ist eine Verknüpfung auf eine andere "
                                       "Stelle und wurde nicht gelesen."))
            continue
        named = _year_in_name(path.name)
        try:
            # a file whose name says a year shown is read whatever year it holds
            doc = kvjs_merge.load_export(path, skip_years=None if named in years else years)
            if doc is None:  # an export of another school year: not checked further
                continue
            doc = kvjs_merge.check_export(doc, path.name)
            if named and named != doc["school_year"]:
                raise KitError(f"„{path.name}“ nennt im Namen das Schuljahr {named}, enthält "
                               f"aber {doc['school_year']}; bitte die Datei prüfen.")
            found.append(rules.delivery(path.name, doc))
        except UserError as err:
            refused.append((path.name, str(err)))
    return Folder(tuple(found), tuple(refused))


def _year_in_name(name: str) -> str:
    """"2025/26" for a file named like the exports ("KVJS_GMS-1_2025-26.json"), else ""."""
    match = re.search(r"_(\d{4})-(\d{2})(?:\D[^_]*)?\.json$", name, re.IGNORECASE)
    if match is None or (int(match[1]) + 1) % 100 != int(match[2]):
        return ""
    return f"{match[1]}/{match[2]}"


def _read_list(path: Path | str, what: str, header: tuple[str, str]) -> list[tuple[str, str]]:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            raise KitError(f"{what} „{path.name}“ ist zu groß.")
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise KitError(f"{what} „{path.name}“ ist nicht lesbar (Text, UTF-8).") from None
    return rules.pairs(text, f"{what} „{path.name}“", header)


def expected_list(path: Path | str) -> list[tuple[str, str]]:
    """The expected posts and schools of a list she gives: ``Stelle;Schule`` per line."""
    return _read_list(path, "Die Liste der erwarteten Lieferungen", ("Stelle", "Schule"))


def landkreis_list(path: Path | str) -> dict[str, str]:
    """School code -> Landkreis of a list she gives: ``Schule;Landkreis`` per line."""
    return dict(_read_list(path, "Die Liste der Landkreise", ("Schule", "Landkreis")))


def deliveries(folder: Path | str, year: str, expected: Path | str | None = None,
               progress: Progress | None = None) -> DeliveryTable:
    label = year_label(year)
    wanted = expected_list(expected) if expected else None
    return _table(read_folder(folder, (label, rules.previous_year(label)), progress), label,
                  wanted)


def _table(read: Folder, label: str, wanted: list[tuple[str, str]] | None) -> DeliveryTable:
    from ..exports.kvjs_document import FORMAT_VERSION

    rows = rules.table(read.deliveries, label, current_format=FORMAT_VERSION, expected=wanted)
    return DeliveryTable(label, tuple(rows), read.refused)


def table_document(table: DeliveryTable) -> dict:
    """The delivery table as JSON (docs/schemas/traeger-lieferungen.schema.json)."""
    return {
        "format": TABLE_FORMAT, "format_version": TABLE_FORMAT_VERSION,
        "school_year": table.year, "created": clock.today().isoformat(),
        "rows": [{"post": r.post, "school": r.school, "school_name": r.school_name,
                  "post_file": r.post_file, "school_file": r.school_file,
                  "post_status": rules.STATUS_CODES[r.post_file],
                  "school_status": rules.STATUS_CODES[r.school_file],
                  "files": list(r.files), "notes": list(r.notes)} for r in table.rows],
        "refused": [{"file": f, "reason": reason} for f, reason in table.refused],
    }


def write_table_json(table: DeliveryTable, path: Path | str) -> Path:
    from ..exports.kvjs_document import write_json  # the atomic json writer of exports

    return write_json(table_document(table), Path(path))


def books(folder: Path | str, year: str, landkreise: Path | str | None = None,
          progress: Progress | None = None) -> tuple[list[rules.Book], Folder]:
    label = year_label(year)
    mapping = landkreis_list(landkreise) if landkreise else {}
    read = read_folder(folder, (label,), progress)
    return rules.landkreis_books(read.deliveries, label, mapping), read


def write_workbooks(folder: Path | str, year: str, out: Path | str,
                    landkreise: Path | str | None = None, progress: Progress | None = None
                    ) -> tuple[list[Path], Folder]:
    """One workbook per Landkreis into the folder ``out``; nothing when no school of the
    year delivered."""
    from ..exports import traeger_xlsx

    found, read = books(folder, year, landkreise, progress)
    out = Path(out)
    names = _distinct([traeger_xlsx.file_name(book.landkreis, book.year) for book in found])
    paths = [traeger_xlsx.write(book, out / name) for book, name in zip(found, names,
                                                                       strict=True)]
    return paths, read


def _distinct(names: list[str]) -> list[str]:
    """The file names with " (2)", " (3)" … where an earlier one is the same file (names
    of Landkreise that differ only in characters a file name cannot hold, or in case,
    which Windows does not tell apart): no workbook replaces another."""
    taken: set[str] = set()
    result = []
    for name in names:
        stem, dot, suffix = name.rpartition(".")
        unique, n = name, 2
        while unique.casefold() in taken:
            unique, n = f"{stem} ({n}){dot}{suffix}", n + 1
        taken.add(unique.casefold())
        result.append(unique)
    return result


def write_tidy(folder: Path | str, year: str, out: Path | str,
               progress: Progress | None = None) -> tuple[Path, Folder]:
    """The long table (one row per file × figure) of the year's files at ``out``: Parquet
    when its name ends in ``.parquet``, else CSV; every file read, a correction beside its
    original (``created`` tells them apart)."""
    from ..exports import kvjs_tidy

    label = year_label(year)
    read = read_folder(folder, (label,), progress)
    # a file of another year that had to be read whole (\u escapes) is not this year's
    read = Folder(tuple(d for d in read.deliveries if d.year == label), read.refused)
    out = Path(out)
    write = kvjs_tidy.write_parquet if out.suffix.lower() == ".parquet" else kvjs_tidy.write_csv
    return write(read.deliveries, out), read


def write_overview(folder: Path | str, year: str, out: Path | str, *,
                   expected: Path | str | None = None,
                   landkreise: Path | str | None = None,
                   progress: Progress | None = None) -> Path:
    """The board's PDF overview of the year at ``out``."""
    from ..reports import traeger_overview

    label = year_label(year)
    wanted = expected_list(expected) if expected else None
    mapping = landkreis_list(landkreise) if landkreise else {}
    read = read_folder(folder, (label, rules.previous_year(label)), progress)  # once for both
    found = rules.landkreis_books(read.deliveries, label, mapping)
    table = _table(read, label, wanted)
    return traeger_overview.write_pdf(traeger_overview.Overview(
        table.year, table.rows, tuple(found), table.refused), Path(out))
