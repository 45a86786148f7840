"""The Verwendungsnachweis helper for the Träger as one PDF (docs/statistics.md,
"Verwendungsnachweis"): per post the months filled and vacant, FTE, the pro-rata grant
at the rate per full-time post, the staff block and working time by task area, then the
statistics pages of each post (the KVJS form). Anonymous: no names."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from ..domain.catalogues import EMPLOYER_TYPES, TASK_AREAS
from ..domain.staff import StaffBlock
from ..formatting import fmt_date, fmt_hours
from ..reports.style import build_pdf, escape, styles
from .kvjs_document import number
from .kvjs_pdf import _table, form_story

MAX_SCHOOLS = 2  # a grant covers at most two schools per post (three by exception)


@dataclass(frozen=True)
class PostLine:
    """One post of the proof: its staff block, the schools it serves and its form."""

    block: StaffBlock
    schools: tuple[str, ...]
    doc: dict          # the post's KVJS export document


def euro(value: float) -> str:
    """16.700,00 €"""
    text = f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{text} €"


def grant_of(line: PostLine) -> float:
    return line.block.grant


def write(lines: list[PostLine], *, year_label: str, rate: float, formula: str,
          path: Path, rule_pack: str = "") -> Path:
    """The proof: the posts with their grant, a warning per post without a start, each
    post's staff facts, then one statistics form per post. ``rule_pack``: the line naming
    the year's rule pack (title and short identity)."""
    st = styles()
    story: list = [Paragraph("Verwendungsnachweis – tätigkeitsspezifische Angaben",
                             st["title"]),
                   Paragraph(escape(f"Schulsozialarbeit, Schuljahr {year_label}. Förderung "
                                    f"{euro(rate)} je Vollzeitstelle und Jahr: {formula}."),
                             st["body"]),
                   *([Paragraph(escape(rule_pack), st["body"])] if rule_pack else []),
                   Spacer(1, 4 * mm)]
    story += _grant_story(lines, st)
    story += [_missing_start_warning(line, st) for line in lines
              if line.block.staff.employed_from is None]
    for line in lines:
        story += _staff_story(line, st)
    for line in lines:  # the statistics pages, one form per post
        story += [PageBreak(), *form_story(line.doc)]
    return build_pdf(path, story, title=f"Verwendungsnachweis {year_label}",
                     footer_note="Verwendungsnachweis", subject="Verwendungsnachweis")


def _grant_story(lines: list[PostLine], st) -> list:
    """The table of posts: FTE, months filled and vacant, grant; a post without a start
    is marked, never silent; the sum line last."""
    rows = [["Stelle", "VZÄ", "besetzt", "unbesetzt", "Förderung"]]
    total = 0.0
    for line in lines:
        amount = grant_of(line)
        total += amount
        label = line.block.post_label
        if line.block.staff.employed_from is None:  # marked, never silent
            label += " (Beginn fehlt)"
        rows.append([label, number(line.block.fte),
                     f"{line.block.months_filled} Mon.", f"{line.block.months_vacant} Mon.",
                     euro(amount)])
    rows.append(["Summe", number(round(sum(x.block.fte for x in lines), 4)), "", "",
                 euro(round(total, 2))])
    return [Paragraph("Stellen und Förderung", st["h2"]),
            _table(rows, {0, len(rows) - 1}, (70 * mm, 20 * mm, 25 * mm, 25 * mm, 30 * mm)),
            Paragraph("Besetzte Monate und Förderung nach dem Regelpaket des Schuljahres; "
                      "eine unbesetzte Zeit zählt weder als Arbeitszeit noch zur "
                      "Förderung.", st["small"])]


def _missing_start_warning(line: PostLine, st) -> Paragraph:
    return Paragraph(escape(
        f"Achtung: Für {line.block.post_label} fehlt der Beginn der Beschäftigung. "
        "Ohne ihn gilt die Stelle als 12 Monate unbesetzt, Förderung 0 €. Bitte in "
        "Einstellungen → Schulen & Stelle → Fachkräfte-Angaben eintragen und den "
        "Nachweis neu erstellen."), st["body"])


def _staff_story(line: PostLine, st) -> list:
    """One post's staff facts and working time per area; a hint when it serves more
    schools than a grant covers."""
    s = line.block.staff
    facts = [["Qualifikation", s.qualification or "–"],
             ["Stellenumfang", f"{number(s.percent)} % ({number(line.block.fte)} VZÄ)"],
             ["Beschäftigung", _employment(s.employed_from, s.employed_to, s.fixed_term)],
             ["Anstellungsträger", EMPLOYER_TYPES.label(s.employer_type) or "–"],
             ["Schulen", ", ".join(line.schools) or "–"]]
    facts += [[f"Arbeitszeit {a.code}", fmt_hours(line.block.minutes_by_area.get(a.code, 0))]
              for a in TASK_AREAS]
    story = [Paragraph(escape(f"Kennzahlen zu den Fachkräften: {line.block.post_label}"),
                       st["h2"]), _table(facts, set(), (45 * mm, 125 * mm), "LEFT")]
    if len(line.schools) > MAX_SCHOOLS:
        story.append(Paragraph(escape(
            f"Hinweis: die Stelle versorgt {len(line.schools)} Schulen; gefördert werden "
            "höchstens zwei (drei in Ausnahmefällen)."), st["small"]))
    return story


def _employment(start, end, fixed_term: bool) -> str:
    """01.10.2025 bis 31.07.2027, befristet (an open start "–", an open end "offen")."""
    return (f"{fmt_date(start) if start else '–'} bis {fmt_date(end) if end else 'offen'}"
            + (", befristet" if fixed_term else ", unbefristet"))
