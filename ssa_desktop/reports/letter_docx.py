"""A built-in letter as a DOCX (python-docx), for her to finish in Word: the same
``Letter`` as the PDF (``reports.letters``), on A4 with DIN 5008 form B's measures –
margins 25/20 mm, the address field (return line, recipient's lines) 20 mm from the left
and 45–90 mm from the top beside the information block from 125 mm, the subject below
it, the body, the signature lines, the letterhead in the header and the footer line.
Word has no fold marks on the page; the PDF has them. Written in memory."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from .. import APP_NAME
from . import letters as layout
from .letters import Letter

GREY = RGBColor(0x55, 0x55, 0x55)
TOP = layout.ADDRESS_TOP            # the first line under the top margin: the address field
FONT = "Arial"   # in every Word; LibreOffice lays it out with its metric twin Liberation Sans
LEFT, RIGHT = layout.BODY_LEFT, 210.0 - layout.BODY_RIGHT


def _run(paragraph, text: str, size: float, *, bold: bool = False, grey: bool = False,
         underline: bool = False):
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold or None
    run.underline = underline or None
    if grey:
        run.font.color.rgb = GREY
    return run


def _spacing(paragraph, before: float = 0.0, after: float = 0.0, line: float | None = None):
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after = Mm(before), Mm(after)
    if line is not None:
        fmt.line_spacing = Pt(line)


def _table_indent(table, mm: float) -> None:
    """Move the table ``mm`` to the right of the left margin (negative: into it), its
    cells without inner margins: the text starts where the measures say."""
    props = table._tbl.tblPr
    indent = OxmlElement("w:tblInd")
    indent.set(qn("w:w"), str(round(mm * 1440 / 25.4)))
    indent.set(qn("w:type"), "dxa")
    props.find(qn("w:tblW")).addnext(indent)     # OOXML's order: tblW … tblInd … tblLayout
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "0")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    props.find(qn("w:tblLook")).addprevious(margins)   # … tblCellMar, tblLook


def _rule_above(paragraph) -> None:
    """A thin grey line above the paragraph (the footer's rule, as in the PDF)."""
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for name, value in (("val", "single"), ("sz", "4"), ("space", "4"), ("color", "999999")):
        top.set(qn(f"w:{name}"), value)
    borders.append(top)
    paragraph._p.get_or_add_pPr().append(borders)


def _font(style, name: str) -> None:
    """``name`` for every script, so no theme font (Calibri, or a serif fallback) applies."""
    style.font.name = name
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{script}"), name)


def _letterhead(section, letter: Letter) -> None:
    section.header_distance = Mm(10)
    head = section.header.paragraphs[0]
    if letter.sender:
        _run(head, letter.sender[0], 14, bold=True)
        for line in letter.sender[1:3]:
            _run(head, "\n" + line, 9, grey=True)
    if letter.logo:
        picture = section.header.add_paragraph()
        picture.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        picture.add_run().add_picture(io.BytesIO(letter.logo), height=Mm(20))
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _rule_above(foot)
    if letter.footer:
        _run(foot, letter.footer[:160], 7, grey=True)


def _address_field(doc, letter: Letter) -> None:
    """One table row, 45 mm high: the address zone (85 mm) and the information block."""
    layout.check_address(letter)
    table = doc.add_table(rows=1, cols=2)
    table.autofit = False
    _table_indent(table, layout.ADDRESS_LEFT - LEFT)
    row = table.rows[0]
    row.height, row.height_rule = Mm(layout.ADDRESS_BOTTOM - TOP), WD_ROW_HEIGHT_RULE.EXACTLY
    address, info = row.cells
    widths = (layout.INFO_LEFT - layout.ADDRESS_LEFT, layout.BODY_RIGHT - layout.INFO_LEFT)
    address.width, info.width = Mm(widths[0]), Mm(widths[1])
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(round(width * 1440 / 25.4)))   # the grid is what is laid out
    back = address.paragraphs[0]
    _spacing(back, before=layout.ADDITIONAL_ZONE_END - TOP - 4.0, after=0.8)
    if letter.sender:
        _run(back, layout.return_line(letter), 7, grey=True, underline=True)
    for line in letter.recipient:
        _spacing(_p := address.add_paragraph(), line=12)
        _run(_p, line, 10)
    first = True
    for label, value in letter.info:
        if not value:
            continue
        paragraph = info.paragraphs[0] if first else info.add_paragraph()
        _spacing(paragraph, before=(layout.INFO_TOP - TOP) if first else 1.0)
        _run(paragraph, label, 7.5, grey=True)
        _run(paragraph, "\n" + value[:60], 9)
        first = False


def _body(doc, letter: Letter) -> None:
    subject = doc.add_paragraph()
    _spacing(subject, before=layout.SUBJECT_TOP - layout.ADDRESS_BOTTOM, after=layout.BODY_STEP)
    _run(subject, letter.subject, 11, bold=True)
    for kind, text in letter.blocks:
        paragraph = doc.add_paragraph()
        if kind == "gap":
            _spacing(paragraph)
        elif kind == "sign":
            _spacing(paragraph, before=layout.BODY_STEP, after=layout.BODY_STEP)
            _run(paragraph, "_" * 40 + "\n", 11)
            _run(paragraph, text, 8, grey=True)
        else:
            _spacing(paragraph, after=layout.BODY_STEP)
            lines = text.split("\n")
            for index, line in enumerate(lines):
                _run(paragraph, line + ("\n" if index < len(lines) - 1 else ""),
                     layout.BODY_SIZE)


def letter_docx(letter: Letter) -> bytes:
    """The letter as DOCX bytes (kept in memory; the caller saves or keeps them)."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(LEFT), Mm(RIGHT)
    section.top_margin, section.bottom_margin = Mm(TOP), Mm(297 - layout.FOOTER_RULE)
    section.footer_distance = Mm(8)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(layout.BODY_SIZE)
    _font(normal, FONT)
    normal.paragraph_format.space_after = Mm(0)
    _letterhead(section, letter)
    _address_field(doc, letter)
    _body(doc, letter)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = letter.title, APP_NAME, APP_NAME
    props.comments = ""
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
