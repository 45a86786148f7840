"""The built-in letters saved as DOCX (python-docx, read back): the same letter as the
PDF – letterhead, address field of DIN 5008 form B, information block, subject, body,
footer – for her to finish in Word; her own DOCX template stays a DOCX."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.oxml.ns import qn

from ssa_desktop.domain import letters as dl
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import letters as svc

ADDRESS = "Frau Birgit Sommer\nLindenweg 4\n79100 Freiburg"


def _text(doc) -> str:
    section = doc.sections[0]
    parts = [p.text for p in section.header.paragraphs]
    for table in section.header.tables + doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    parts += [p.text for p in doc.paragraphs] + [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def test_a_builtin_letter_saved_as_docx_reads_back(conn, records, tmp_path, frozen_clock):
    request = svc.LetterRequest("invitation", records["person"], records["appointment"], ADDRESS)
    made = svc.make(conn, request)
    path = svc.save_to(tmp_path / "briefe" / "einladung.docx", made)
    assert [p.name for p in path.parent.iterdir()] == ["einladung.docx"]
    doc = Document(str(path))
    section = doc.sections[0]
    def mm(length) -> float:   # Word keeps twentieths of a point
        return round(length.mm, 1)

    assert (mm(section.page_width), mm(section.page_height)) == (210.0, 297.0)
    assert (mm(section.left_margin), mm(section.right_margin), mm(section.top_margin)) == (
        25.0, 20.0, 45.0)
    [field] = doc.tables
    address, info = field.rows[0].cells
    assert [p.text for p in address.paragraphs][-3:] == ["Frau Birgit Sommer", "Lindenweg 4",
                                                         "79100 Freiburg"]
    assert "Jugendhilfe Breisgau e. V. · Marktplatz 1 · 79312 Emmendingen" in address.text
    assert mm(field.rows[0].height) == 45.0
    assert [mm(c.width) for c in field.rows[0].cells] == [105.0, 65.0]
    props = [c.tag.split("}")[1] for c in field._tbl.tblPr]
    assert props == ["tblW", "tblInd", "tblLayout", "tblCellMar", "tblLook"]  # OOXML order
    for value in ("Ihre Ansprechpartnerin", "Jana Berger", "07641 12 345", "25.11.2026"):
        assert value in info.text
    body = [p.text for p in doc.paragraphs]
    assert body[0] == "Einladung zu einem Gespräch"
    assert doc.paragraphs[0].runs[0].bold
    assert "Sehr geehrte Damen und Herren," in body
    assert any("Mittwoch, 02.12.2026, 14:00–14:45 Uhr" in t for t in body)
    text = _text(doc)
    assert "Jugendhilfe Breisgau e. V." in "\n".join(p.text for p in section.header.paragraphs)
    assert "Amtsgericht Freiburg VR 1234" in "\n".join(p.text for p in section.footer.paragraphs)
    assert "GEHEIM" not in text
    assert doc.core_properties.author == "SSA Desktop"
    assert doc.core_properties.title == "Einladung zum Gespräch"


@pytest.mark.parametrize("kind", sorted(dl.BUILTIN))
def test_every_builtin_letter_as_docx_has_the_text_of_its_pdf(conn, records, frozen_clock,
                                                              kind):
    needs = dl.kind_of(kind).needs
    request = svc.LetterRequest(kind, records["person"], records[needs] if needs else "",
                                ADDRESS)
    made = svc.make(conn, request)
    doc = Document(io.BytesIO(svc.as_docx(made)))
    text = _text(doc)
    assert made.letter is not None
    for what, block in made.letter.blocks:
        for line in block.splitlines():
            assert line in text, (what, line)
    signs = [b for w, b in made.letter.blocks if w == "sign"]
    assert all(label in text for label in signs)


def test_her_docx_result_is_not_saved_as_pdf(conn, records, tmp_path, frozen_clock):
    from tests.letters.test_own_templates import docx

    made = svc.make(conn, svc.LetterRequest("invitation", records["person"],
                                            records["appointment"],
                                            template=docx("{{ person.first_name }}"),
                                            template_type="docx"))
    with pytest.raises(UserError, match="ergibt eine DOCX-Datei"):
        svc.save_to(tmp_path / "briefe" / "brief.pdf", made)
    assert not (tmp_path / "briefe").exists()


def test_the_docx_grid_font_and_footer_rule_are_those_a_word_processor_lays_out(
        conn, records, frozen_clock):
    # Found by rendering with LibreOffice (tools/render_letters.py): the cells' widths were
    # set but the table grid (w:gridCol, what Word and LibreOffice lay out by) split the
    # width in half, so the information block stood at 102.5 mm instead of 125 mm; no font
    # was named (serif in LibreOffice, Calibri in Word), and the footer had no rule.
    made = svc.make(conn, svc.LetterRequest("invitation", records["person"],
                                            records["appointment"], ADDRESS))
    doc = Document(io.BytesIO(svc.as_docx(made)))
    [field] = doc.tables
    grid = [round(int(col.get(qn("w:w"))) * 25.4 / 1440, 1)
            for col in field._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert grid == [105.0, 65.0]
    assert doc.styles["Normal"].font.name == "Arial"
    fonts = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "Arial"
    footer = doc.sections[0].footer.paragraphs[0]
    assert footer._p.pPr.find(qn("w:pBdr")).find(qn("w:top")) is not None
