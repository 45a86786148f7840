"""§ 8a documents in the house style: the procedure printout and the pseudonymised case
presentation for the ISEF (insoweit erfahrene Fachkraft).

- ``write_procedure(path, printout)``: every step 0–9 with date (or "offen"), who and
  what, for the file or the Träger. Confidential; it carries the pseudonym, not the name.
- ``write_isef(path, text)``: the presentation text as reviewed (and possibly edited) by
  the worker in the preview; lines ending in ":" become headings, "- " lines bullets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from ..domain.catalogues import CP_STEPS
from .blocks import data_table
from .style import build_pdf, german_date, h1, h2, para

ISEF_TITLE = "Fallvorstellung zur Gefährdungseinschätzung (pseudonymisiert)"
PROCEDURE_TITLE = "Verfahren nach § 8a SGB VIII"


@dataclass(frozen=True)
class StepLine:
    step: str
    day: date
    actor: str
    text: str


@dataclass(frozen=True)
class ProcedurePrintout:
    pseudonym: str
    opened: date
    acute: bool
    closed: date | None
    youth_office_involved: bool
    retention_decision: str
    steps: tuple[StepLine, ...]
    printed: date


def write_procedure(path: Path | str, p: ProcedurePrintout) -> Path:
    """The procedure as PDF: an overview of the ten steps, then each entry in full."""
    done: dict[str, date] = {}
    for s in p.steps:
        done.setdefault(s.step, s.day)
    overview = [[f"{e.code}. {e.label}", german_date(done[e.code]) if e.code in done
                 else "offen"] for e in CP_STEPS]
    facts = [f"Kind/Jugendliche:r: {p.pseudonym}",
             f"Verfahren seit: {german_date(p.opened)}" + (" · akute Gefährdung" if p.acute
                                                           else ""),
             "Abgeschlossen am: " + (german_date(p.closed) if p.closed else "– (offen)"),
             "Jugendamt beteiligt: " + ("ja" if p.youth_office_involved else "nein")]
    if p.retention_decision:
        facts.append(f"Aufbewahrungsentscheidung: {p.retention_decision}")
    story = [para(PROCEDURE_TITLE, "title"), *(para(f) for f in facts), Spacer(1, 3 * mm),
             h1("Übersicht der Schritte"),
             data_table(["Schritt", "Datum"], overview, col_widths=[140 * mm, 30 * mm]),
             h1("Dokumentation")]
    if not p.steps:
        story.append(para("Noch keine Schritte dokumentiert.", "small"))
    for s in p.steps:
        block = [h2(f"{german_date(s.day)} · Schritt {s.step}: {CP_STEPS.label(s.step)}")]
        if s.actor:
            block.append(para(f"Wer: {s.actor}", "small"))
        block += [para(t) for t in s.text.split("\n\n") if t.strip()] or \
            [para("(ohne Text)", "small")]
        story.append(KeepTogether(block))
    story += [Spacer(1, 4 * mm), para(f"Ausgedruckt am {german_date(p.printed)}. Vertraulich "
                                      "(§ 65 SGB VIII, § 203 StGB): nicht weitergeben, nach "
                                      "Gebrauch vernichten.", "small")]
    return build_pdf(path, story, title=f"{PROCEDURE_TITLE} – {p.pseudonym}",
                     footer_note="Vertraulich – Kinderschutz", subject="§ 8a-Verfahren")


def write_isef(path: Path | str, text: str) -> Path:
    """The reviewed presentation text as PDF (headings and bullets kept)."""
    lines = text.strip().splitlines()
    title = lines[0].strip() if lines else ISEF_TITLE
    story = [para(title or ISEF_TITLE, "title")]
    body: list[str] = []

    def flush() -> None:
        if body:
            story.append(para("\n".join(body)))
            body.clear()

    for line in lines[1:]:
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.endswith(":") and len(stripped) < 80:
            flush()
            story.append(h2(stripped[:-1]))
        elif stripped.startswith("- "):
            flush()
            story.append(para("•\u00a0\u00a0" + stripped[2:]))
        elif line.startswith("  ") and story and not body:
            story.append(para(stripped, "small"))
        else:
            body.append(stripped)
    flush()
    return build_pdf(path, story, title=ISEF_TITLE, footer_note="Pseudonymisiert – vertraulich",
                     subject="Fallvorstellung ISEF")
