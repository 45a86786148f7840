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
from ..domain.staff import StaffBlock, grant
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


def grant_of(line: PostLine, rate: float) -> float:
    return grant(line.block.staff.percent, line.block.months_filled, rate)


def write(lines: list[PostLine], *, year_label: str, rate: float, path: Path) -> Path:
    st = styles()
    story: list = [Paragraph("Verwendungsnachweis – tätigkeitsspezifische Angaben",
                             st["title"]),
                   Paragraph(escape(f"Schulsozialarbeit, Schuljahr {year_label}. Förderung "
                                    f"{euro(rate)} je Vollzeitstelle und Jahr, anteilig nach "
                                    "Stellenumfang und besetzten Monaten."), st["body"]),
                   Spacer(1, 4 * mm)]
    rows = [["Stelle", "VZÄ", "besetzt", "unbesetzt", "Förderung"]]
    total = 0.0
    for line in lines:
        amount = grant_of(line, rate)
        total += amount
        label = line.block.post_label
        if line.block.staff.employed_from is None:  # marked, never silent
            label += " (Beginn fehlt)"
        rows.append([label, number(line.block.fte),
                     f"{line.block.months_filled} Mon.", f"{line.block.months_vacant} Mon.",
                     euro(amount)])
    rows.append(["Summe", number(round(sum(x.block.fte for x in lines), 4)), "", "",
                 euro(round(total, 2))])
    story += [Paragraph("Stellen und Förderung", st["h2"]),
              _table(rows, {0, len(rows) - 1}, (70 * mm, 20 * mm, 25 * mm, 25 * mm, 30 * mm)),
              Paragraph("Ein Monat zählt als besetzt, wenn die Beschäftigung seinen 15. Tag "
                        "umfasst; eine unbesetzte Zeit zählt weder als Arbeitszeit noch zur "
                        "Förderung.", st["small"])]
    for line in lines:
        if line.block.staff.employed_from is None:
            story.append(Paragraph(escape(
                f"Achtung: Für {line.block.post_label} fehlt der Beginn der Beschäftigung. "
                "Ohne ihn gilt die Stelle als 12 Monate unbesetzt, Förderung 0 €. Bitte in "
                "Einstellungen → Schulen & Stelle → Fachkräfte-Angaben eintragen und den "
                "Nachweis neu erstellen."), st["body"]))
    for line in lines:
        s = line.block.staff
        facts = [["Qualifikation", s.qualification or "–"],
                 ["Stellenumfang", f"{number(s.percent)} % ({number(line.block.fte)} VZÄ)"],
                 ["Beschäftigung", f"{fmt_date(s.employed_from) if s.employed_from else '–'}"
                                   f" bis {fmt_date(s.employed_to) if s.employed_to else 'offen'}"
                                   + (", befristet" if s.fixed_term else ", unbefristet")],
                 ["Anstellungsträger", EMPLOYER_TYPES.label(s.employer_type) or "–"],
                 ["Schulen", ", ".join(line.schools) or "–"]]
        facts += [[f"Arbeitszeit {a.code}", fmt_hours(line.block.minutes_by_area.get(a.code, 0))]
                  for a in TASK_AREAS]
        story += [Paragraph(escape(f"Kennzahlen zu den Fachkräften: {line.block.post_label}"),
                            st["h2"]), _table(facts, set(), (45 * mm, 125 * mm), "LEFT")]
        if len(line.schools) > MAX_SCHOOLS:
            story.append(Paragraph(escape(
                f"Hinweis: die Stelle versorgt {len(line.schools)} Schulen; gefördert werden "
                "höchstens zwei (drei in Ausnahmefällen)."), st["small"]))
    for line in lines:  # the statistics pages, one form per post
        story += [PageBreak(), *form_story(line.doc)]
    return build_pdf(path, story, title=f"Verwendungsnachweis {year_label}",
                     footer_note="Verwendungsnachweis", subject="Verwendungsnachweis")
