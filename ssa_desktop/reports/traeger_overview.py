"""The Träger kit's overview for the Träger's board (docs/traeger.md): one school year's
deliveries (how many posts and schools delivered, what is missing, duplicate or older)
and the sums per Landkreis, small counts of persons as "< 3" (after merging). Anonymous:
built only from the posts' KVJS exports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ..domain import traeger
from ..formatting import fmt_decimal, fmt_number
from .blocks import TEXT_WIDTH, data_table, key_figures, no_data
from .style import build_pdf, escape, styles


@dataclass(frozen=True)
class Overview:
    year: str
    rows: tuple[traeger.Row, ...]
    books: tuple[traeger.Book, ...]
    refused: tuple[tuple[str, str], ...]   # (file, reason)


def _figure(value: Any) -> str:
    if isinstance(value, str):
        return value
    return fmt_number(value, 0) if isinstance(value, int) else fmt_decimal(value, 2)


def _wrapped(text: str, style: str = "cell") -> Paragraph:
    """A cell whose text wraps in its column."""
    return Paragraph(escape(text), styles()[style])


def _counts(overview: Overview) -> list[tuple[str, str]]:
    rows = overview.rows
    posts = {r.post for r in rows if r.post != traeger.NO_POST}
    posts_in = {r.post for r in rows if r.post_file != traeger.MISSING
                and r.post != traeger.NO_POST}
    schools = {r.school for r in rows}
    schools_in = {r.school for r in rows if r.school_file != traeger.MISSING}
    return [(f"Stellen geliefert (von {len(posts)})", str(len(posts_in))),
            (f"Schulen geliefert (von {len(schools)})", str(len(schools_in))),
            ("Lieferungen offen oder zu prüfen", str(len(_open(rows)))),
            ("Dateien nicht gelesen", str(len(overview.refused)))]


def _open(rows: Sequence[traeger.Row]) -> list[traeger.Row]:
    fine = (traeger.DELIVERED, traeger.NO_POST)
    return [r for r in rows if r.post_file not in fine or r.school_file not in fine]


PER_TABLE = 3  # Landkreise side by side in one table
FIRST_COLUMN = 64 * mm


def _sums(books: Sequence[traeger.Book]) -> list:
    """Per Landkreis a column: its schools and the board's sums, three Landkreise a
    table."""
    s = styles()
    if not books:
        return [no_data("Für dieses Schuljahr liegen keine Dateien von Schulen vor.")]
    story: list = [Paragraph("Summen je Landkreis", s["h2"])]
    for start in range(0, len(books), PER_TABLE):
        chunk = books[start:start + PER_TABLE]
        rows = [["Schulen", *(str(len(b.schools)) for b in chunk)]]
        rows += [[label, *(_figure(dict(b.key_figures).get(label, "–")) for b in chunk)]
                 for label, _ in chunk[0].key_figures]
        header = ["Kennzahl", *(_wrapped(b.landkreis, "cell_bold") for b in chunk)]
        story += [data_table(header, rows, col_widths=[FIRST_COLUMN] + [(TEXT_WIDTH - FIRST_COLUMN) / PER_TABLE] * len(chunk)),
                  Spacer(1, 2 * mm)]
    return [*story, Paragraph(escape("Zahlen unter 3 Personen sind als „< 3“ ausgewiesen; "
                                     "die Summe wird vorher gebildet."), s["small"])]


def _deliveries(rows: Sequence[traeger.Row]) -> list:
    s = styles()
    story: list = [Paragraph("Offene und zu prüfende Lieferungen", s["h2"])]
    open_rows = _open(rows)
    if not open_rows:
        return [*story, no_data("Alle erwarteten Stellen und Schulen haben geliefert.")]
    table_rows = [[f"{r.post} / {r.school_name or r.school} ({r.school})", r.post_file,
                   r.school_file, _wrapped("; ".join(r.notes))] for r in open_rows]
    header = ["Stelle / Schule", *(_wrapped(h, "cell_bold") for h in
                                   ("KVJS (Stelle)", "Landkreis (Schule)", "Hinweis"))]
    return [*story, data_table(header, table_rows,
                               col_widths=[55 * mm, 24 * mm, 26 * mm, 65 * mm], numeric_from=4)]


def _refused(refused: Sequence[tuple[str, str]]) -> list:
    if not refused:
        return []
    s = styles()
    return [Paragraph("Nicht gelesene Dateien", s["h2"]),
            data_table(["Datei", "Grund"], [[f"„{f}“", _wrapped(reason)] for f, reason in refused],
                       col_widths=[60 * mm, 110 * mm], numeric_from=2)]


def build_story(overview: Overview) -> list:
    s = styles()
    return [Paragraph(escape(f"Überblick Schuljahr {overview.year}"), s["title"]),
            Paragraph(escape("Schulsozialarbeit des Trägers: aus den anonymen KVJS-Exporten "
                             "der Stellen und Schulen, ohne personenbezogene Daten."),
                      s["small"]),
            Spacer(1, 4 * mm), key_figures(_counts(overview)),
            *_sums(overview.books), *_deliveries(overview.rows), *_refused(overview.refused)]


def write_pdf(overview: Overview, path: Path | str) -> Path:
    """Write the overview as an A4 PDF atomically."""
    return build_pdf(path, build_story(overview),
                     title=f"Überblick Schuljahr {overview.year}",
                     footer_note="Träger-Überblick · ohne personenbezogene Daten",
                     subject="KVJS-Lieferungen und Summen je Landkreis")
