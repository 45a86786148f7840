"""Which files are taken as documents, at the edges of each rule, the refusals word for word
(domain/documents.py; mutation: tools/mutation.sh documents, docs/mutants.md). Files are
built byte by byte here where a rule reads bytes (the PNG header, JPEG segments, TIFF pages,
zip members), real ones from tests/support/document_files.py elsewhere."""

from __future__ import annotations

import dataclasses
import io
import struct
import zipfile

import pytest

from ssa_desktop.domain import documents as d
from tests.support import document_files as f

CUT = "Die Datei ist unvollständig (abgeschnitten)."
NOT_OURS = ("Das ist keine PDF-, JPEG-, PNG-, TIFF-, DOCX- oder ODT-Datei "
            "(erkannt am Inhalt, nicht am Namen).")
IEND = b"IEND\xaeB`\x82"


def why(data: bytes) -> str:
    mime, reason = d.recognised(data)
    assert (mime == "") == (reason != "")
    return reason


# -- the owner, names, titles ---------------------------------------------------------------
def test_an_owner_is_one_of_the_four_kinds_and_frozen():
    owner = d.Owner("procedure", "p1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        owner.id = "p2"   # type: ignore[misc]
    with pytest.raises(ValueError, match="^not a document owner kind: school$"):
        d.Owner("school", "s1")


def test_a_shown_name_is_its_last_part_of_at_most_120_characters():
    assert d.shown_name("a\\b/c\\brief.pdf") == "brief.pdf"
    assert d.shown_name("x/" + "n" * 120) == "n" * 120
    assert d.shown_name("n" * 121) == "n" * 120


def test_an_export_is_named_by_its_title_and_real_format():
    assert d.export_name("", d.PDF) == "Dokument.pdf"
    assert d.export_name("Brief", d.DOCX) == "Brief.docx"
    assert d.export_name("Scan", d.TIFF) == "Scan.tif"


def test_a_title_is_tidied_and_taken_up_to_200_characters():
    assert d.check_title("  Brief \t vom\n Amt ") == "Brief vom Amt"
    assert d.check_title("t" * 200) == "t" * 200
    with pytest.raises(d.DocumentRefused) as caught:
        d.check_title("t" * 201)
    assert str(caught.value) == "Der Titel ist länger als 200 Zeichen."
    with pytest.raises(d.DocumentRefused) as caught:
        d.check_title(" \u202e ")
    assert str(caught.value) == "Bitte einen Titel für das Dokument angeben."


def test_a_refusal_names_the_file_or_says_the_file():
    with pytest.raises(d.DocumentRefused) as caught:
        d.detect(b"", "ordner/scan.pdf")
    assert str(caught.value) == ("„scan.pdf“ wurde nicht übernommen: Die Datei ist leer. "
                                 "Nichts wurde gespeichert.")
    with pytest.raises(d.DocumentRefused) as caught:
        d.detect(b"GIF89a")
    assert str(caught.value) == f"„Die Datei“ wurde nicht übernommen: {NOT_OURS} Nichts wurde gespeichert."


def test_what_is_not_taken_comes_without_a_type():
    assert d.recognised(b"") == ("", "Die Datei ist leer.")
    assert d.recognised(b"GIF89a") == ("", NOT_OURS)
    assert d.recognised(b"%PDF-1.4") == ("", CUT)


def test_the_size_limit_word_for_word():
    assert why(b"%PDF-" + b"\0" * d.MAX_BYTES) == (
        "Die Datei ist größer als 25 MB. Bitte eine kleinere Fassung scannen "
        "(z. B. 300 dpi, Graustufen).")


# -- PDF ------------------------------------------------------------------------------------
def test_a_pdf_ends_with_its_eof_mark_in_the_last_2048_bytes():
    assert d.recognised(b"%PDF-1.4\n%%EOF" + b" " * 2043) == (d.PDF, "")
    assert why(b"%PDF-1.4\n%%EOF" + b" " * 2044) == CUT


# -- PNG ------------------------------------------------------------------------------------
def png(width: int, height: int, middle: bytes = b"x") -> bytes:
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR"
            + struct.pack(">II", width, height) + middle + IEND)


def test_a_png_of_33_bytes_is_whole_one_of_32_is_cut():
    assert len(png(1, 1)) == 33
    assert d.recognised(png(1, 1)) == (d.PNG, "")
    assert why(png(1, 1, b"")) == CUT
    assert why(png(1, 1).replace(b"IHDR", b"IHDX")) == CUT
    assert why(png(1, 1)[:-1]) == CUT


def test_a_png_may_end_in_zero_bytes_and_in_nothing_else():
    assert d.recognised(f.image("PNG") + b"\0" * 100) == (d.PNG, "")
    assert why(f.image("PNG") + b"XX") == CUT
    assert why(f.image("PNG") + b"\0X\0") == CUT


@pytest.mark.parametrize(("width", "height", "said"), [
    (1, 1, ""), (30_000, 1, ""), (1, 30_000, ""), (10_000, 8_000, ""),
    (0, 5, "Das Bild hat keine gültige Größe."),
    (5, 0, "Das Bild hat keine gültige Größe."),
    (30_001, 1, "Das Bild ist mit 30001 × 1 Pixeln zu groß zum Anzeigen."),
    (1, 30_001, "Das Bild ist mit 1 × 30001 Pixeln zu groß zum Anzeigen."),
    (10_000, 8_001, "Das Bild ist mit 10000 × 8001 Pixeln zu groß zum Anzeigen."),
    (8_001, 10_000, "Das Bild ist mit 8001 × 10000 Pixeln zu groß zum Anzeigen."),
])
def test_an_image_is_shown_up_to_30000_pixels_a_side_and_80_million_in_all(width, height, said):
    assert why(png(width, height)) == said
    assert why(jpeg(sof(0xC0, width, height))) == said


# -- JPEG -----------------------------------------------------------------------------------
def sof(marker: int, width: int, height: int) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">HBHH", 17, 8, height, width) + b"\0" * 10


def segment(marker: int, body: bytes = b"\0" * 14) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def jpeg(*segments: bytes) -> bytes:
    return b"\xff\xd8" + b"".join(segments) + b"\xff\xd9"


@pytest.mark.parametrize("marker", sorted(d._SOF))
def test_each_start_of_frame_gives_the_size(marker):
    assert why(jpeg(segment(0xE0), sof(marker, 30_001, 2))) == (
        "Das Bild ist mit 30001 × 2 Pixeln zu groß zum Anzeigen.")


def test_the_start_of_frame_markers():
    assert d._SOF == {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE,
                      0xCF}


@pytest.mark.parametrize("marker", [0xC4, 0xC8, 0xCC, 0xDB, 0xE0, 0xFE])
def test_other_segments_are_skipped_by_their_length(marker):
    # a size that would be refused stands in the skipped segment's bytes
    body = struct.pack(">BHH", 8, 40_000, 40_000) + b"\0" * 9
    assert d.recognised(jpeg(segment(marker, body), sof(0xC0, 3, 2))) == (d.JPEG, "")


def test_fill_bytes_between_segments_are_skipped():
    assert d.recognised(jpeg(b"\xff\xff\xff", segment(0xE0), b"\xff", sof(0xC2, 3, 2))) == (
        d.JPEG, "")


def test_a_jpeg_without_a_frame_or_out_of_step_is_damaged():
    assert why(jpeg(segment(0xE0), segment(0xDB))) == (
        "Die Bilddatei ist beschädigt (keine Bildgröße gefunden).")
    assert why(jpeg(segment(0xE0), b"\x00" + sof(0xC0, 3, 2))) == "Die Bilddatei ist beschädigt."


def test_the_jpeg_end_mark_in_the_last_64_bytes():
    assert d.recognised(jpeg(sof(0xC0, 3, 2)) + b"\0" * 62) == (d.JPEG, "")
    assert why(jpeg(sof(0xC0, 3, 2)) + b"\0" * 63) == CUT


def test_a_frame_header_is_read_when_a_byte_follows_it():
    # SOI, then the frame's marker, length, precision, height and width (its height's
    # bytes FF D9 the end mark): read from the twelfth byte on, not in eleven
    data = b"\xff\xd8\xff\xc0\x00\x11\x08\xff\xd9\x00\x03\x00"
    assert why(data) == "Das Bild ist mit 3 × 65497 Pixeln zu groß zum Anzeigen."
    assert why(data[:-1]) == "Die Bilddatei ist beschädigt (keine Bildgröße gefunden)."


# -- TIFF -----------------------------------------------------------------------------------
SHORT, LONG = 3, 4


def entry(end: str, tag: int, kind: int, values: list[int], at: int = 0) -> bytes:
    """An IFD entry; values of more than four bytes stand at ``at`` (the caller puts them)."""
    code = "H" if kind == SHORT else "I"
    packed = struct.pack(end + code * len(values), *values)
    inline = packed.ljust(4, b"\0") if len(packed) <= 4 else struct.pack(end + "I", at)
    return struct.pack(end + "HHI", tag, kind, len(values)) + inline


def tiff(end: str = "<", width: int = 3, height: int = 2, strip: int = 18, *,
         extra: bytes = b"", entries: list[bytes] | None = None, at_end: bool = False) -> bytes:
    """One page: its IFD at 8 (or after the strip, ``at_end``), one strip of ``strip``
    bytes after the header and IFD; ``extra`` after the strip."""
    head = (b"II*\x00" if end == "<" else b"MM\x00*")
    n = 4 if entries is None else len(entries)
    ifd_size = 2 + 12 * n + 4
    strip_at = 8 if at_end else 8 + ifd_size
    if entries is None:
        entries = [entry(end, 256, SHORT, [width]), entry(end, 257, LONG, [height]),
                   entry(end, 273, LONG, [strip_at]), entry(end, 279, SHORT, [strip])]
    ifd = struct.pack(end + "H", n) + b"".join(entries) + struct.pack(end + "I", 0)
    body = b"\x55" * strip + extra
    if at_end:
        return head + struct.pack(end + "I", 8 + len(body)) + body + ifd
    return head + struct.pack(end + "I", 8) + ifd + body


@pytest.mark.parametrize("end", ["<", ">"])
def test_a_hand_made_tiff_is_taken_in_either_byte_order(end):
    assert d.recognised(tiff(end)) == (d.TIFF, "")
    assert why(tiff(end, width=30_001)) == (
        "Das Bild ist mit 30001 × 2 Pixeln zu groß zum Anzeigen.")
    assert why(tiff(end, height=30_001)) == (
        "Das Bild ist mit 3 × 30001 Pixeln zu groß zum Anzeigen.")


def test_a_strip_ending_at_the_files_end_is_whole_one_byte_more_is_cut():
    assert d.recognised(tiff()) == (d.TIFF, "")
    assert why(tiff(strip=18)[:-1]) == CUT


def test_an_ifd_ending_at_the_files_end_is_whole():
    data = tiff(at_end=True)
    assert d.recognised(data) == (d.TIFF, "")
    assert why(data[:-1]) == CUT


def test_a_page_without_size_or_strips_is_refused():
    end = "<"
    no_width = [entry(end, 257, SHORT, [2]), entry(end, 273, LONG, [8 + 2 + 36 + 4]),
                entry(end, 279, LONG, [18])]
    assert why(tiff(entries=no_width)) == "Das Bild hat keine gültige Größe."
    no_height = [entry(end, 256, SHORT, [3]), entry(end, 273, LONG, [8 + 2 + 36 + 4]),
                 entry(end, 279, LONG, [18])]
    assert why(tiff(entries=no_height)) == "Das Bild hat keine gültige Größe."
    no_strips = [entry(end, 256, SHORT, [3]), entry(end, 257, SHORT, [2]),
                 entry(end, 279, LONG, [18])]
    assert why(tiff(entries=no_strips)) == CUT
    no_counts = [entry(end, 256, SHORT, [3]), entry(end, 257, SHORT, [2]),
                 entry(end, 273, LONG, [8 + 2 + 36 + 4])]
    assert why(tiff(entries=no_counts)) == CUT


def test_two_strips_their_offsets_and_counts_inline_as_shorts_or_apart_as_longs():
    end = "<"
    start = 8 + 2 + 12 * 4 + 4      # the strips follow the IFD
    shorts = [entry(end, 256, SHORT, [3]), entry(end, 257, SHORT, [2]),
              entry(end, 273, SHORT, [start, start + 9]), entry(end, 279, SHORT, [9, 9])]
    assert d.recognised(tiff(entries=shorts)) == (d.TIFF, "")
    longer = [entry(end, 256, SHORT, [3]), entry(end, 257, SHORT, [2]),
              entry(end, 273, SHORT, [start, start + 10]), entry(end, 279, SHORT, [9, 9])]
    assert why(tiff(entries=longer)) == CUT
    # as LONGs the two values (8 bytes) stand apart, after the strip
    apart = start + 18
    longs = [entry(end, 256, SHORT, [3]), entry(end, 257, SHORT, [2]),
             entry(end, 273, LONG, [start, start + 9], at=apart),
             entry(end, 279, LONG, [9, 9], at=apart + 8)]
    values = struct.pack("<IIII", start, start + 9, 9, 9)
    assert d.recognised(tiff(entries=longs, extra=values)) == (d.TIFF, "")
    assert why(tiff(entries=longs, extra=values[:-1])) == CUT
    mismatched = [entry(end, 256, SHORT, [3]), entry(end, 257, SHORT, [2]),
                  entry(end, 273, SHORT, [start, start + 9]), entry(end, 279, SHORT, [18])]
    assert why(tiff(entries=mismatched)) == CUT


def test_a_pages_first_10000_strips_are_checked_the_others_not_read():
    """A crafted count (up to four billion) costs at most 10,000 numbers: a page of 10,001
    strips is taken when its first 10,000 lie within the file, whatever the last says."""
    end, start = "<", 8 + 2 + 12 * 4 + 4      # the strip (18 bytes) follows the IFD

    def strips(offsets: list[int]) -> bytes:
        at = start + 18                        # the offsets after the strip, the counts after them
        entries = [entry(end, 256, SHORT, [3]), entry(end, 257, SHORT, [2]),
                   entry(end, 273, SHORT, offsets, at=at),
                   entry(end, 279, SHORT, [1] * len(offsets), at=at + 2 * len(offsets))]
        values = struct.pack(end + "H" * len(offsets), *offsets)
        return tiff(entries=entries, extra=values + struct.pack(end + "H" * len(offsets),
                                                                *[1] * len(offsets)))

    assert d.recognised(strips([start] * 10_001)) == (d.TIFF, "")
    assert d.recognised(strips([start] * 10_000 + [0xFFFF])) == (d.TIFF, "")
    assert why(strips([start] * 9_999 + [0xFFFF, start])) == CUT


def test_a_page_pointing_to_itself_or_past_the_end_is_refused():
    data = bytearray(tiff())
    data[8 + 2 + 48:8 + 2 + 48 + 4] = struct.pack("<I", 8)     # the next page: itself
    assert why(bytes(data)) == "Die Bilddatei ist beschädigt."
    past = tiff()
    assert why(past[:4] + struct.pack("<I", len(past) - 1) + past[8:]) == CUT


def test_a_tiff_of_500_pages_is_taken_501_are_refused():
    def pages(n: int) -> bytes:
        strip_at = 8
        out = b"II*\x00" + struct.pack("<I", 9) + b"\x55"
        for i in range(n):
            here = len(out)
            entries = [entry("<", 256, SHORT, [1]), entry("<", 257, SHORT, [1]),
                       entry("<", 273, LONG, [strip_at]), entry("<", 279, SHORT, [1])]
            nxt = here + 2 + 48 + 4 if i < n - 1 else 0
            out += struct.pack("<H", 4) + b"".join(entries) + struct.pack("<I", nxt)
        return out
    assert d.recognised(pages(500)) == (d.TIFF, "")
    assert why(pages(501)) == "Die TIFF-Datei hat mehr als 500 Seiten."


# -- DOCX and ODT ---------------------------------------------------------------------------
def zipped(members: dict[str, bytes], comment: bytes = b"", level: int = 9) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for name, data in members.items():
            z.writestr(name, data)
        z.comment = comment
    return buf.getvalue()


def docx_members(**extra: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(f.docx())) as z:
        members = {name: z.read(name) for name in z.namelist()}
    return members | {name.replace("__", "/"): data for name, data in extra.items()}


def test_a_docx_of_5000_parts_is_taken_5001_are_refused():
    members = docx_members()
    many = members | {f"word/p{i}.xml": b"" for i in range(5000 - len(members))}
    assert d.recognised(zipped(many, level=1)) == (d.DOCX, "")
    many["word/one-more.xml"] = b""
    assert why(zipped(many, level=1)) == "Die Datei enthält ungewöhnlich viele Teile."


def test_a_docx_unpacking_to_exactly_100_times_its_size_is_taken():
    members = docx_members(word__media__zeros=b"\0" * 400_000)
    data = zipped(members)
    unpacked = sum(len(v) for v in members.values())
    target = -(-unpacked // 100)            # the size 100 times of which is at least that
    filler = b"c" * (target - len(data))    # a zip comment changes the size alone
    exact = zipped(members, comment=filler)
    assert len(exact) == target and 100 * len(exact) >= unpacked
    members["word/media/zeros"] += b"\0" * (100 * target - unpacked)
    exact = zipped(members, comment=filler)
    assert 100 * len(exact) == sum(len(v) for v in members.values())
    assert d.recognised(exact) == (d.DOCX, "")
    members["word/media/zeros"] += b"\0"
    assert why(zipped(members, comment=filler)) == (
        "Die Datei würde entpackt ein Vielfaches ihrer Größe einnehmen (Zip-Bombe).")


def test_a_docx_unpacking_to_exactly_200_mb_is_taken_one_byte_more_is_refused():
    """The parts' sizes as the zip declares them (its central directory, read before any
    part is unpacked): a stored part of 2.1 MB (so that 100 times the file is more) whose
    declared size brings the sum to 200 MB exactly, then to one byte more."""
    def declaring(total: int) -> bytes:
        members = docx_members()
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members.items():
                z.writestr(name, data)
            z.writestr("word/media/scan", b"\0" * 2_100_000, compress_type=zipfile.ZIP_STORED)
        data = bytearray(buf.getvalue())
        head = data.index(b"PK\x01\x02")                      # the central directory
        while data[head + 46:head + 46 + 15] != b"word/media/scan":
            head = data.index(b"PK\x01\x02", head + 4)
        rest = total - sum(len(v) for v in members.values())
        data[head + 24:head + 28] = struct.pack("<I", rest)    # its uncompressed size
        return bytes(data)

    assert d.recognised(declaring(d.MAX_UNPACKED)) == (d.DOCX, "")
    assert why(declaring(d.MAX_UNPACKED + 1)) == (
        "Die Datei würde entpackt ein Vielfaches ihrer Größe einnehmen (Zip-Bombe).")


def test_the_macro_and_link_refusals_word_for_word():
    assert why(f.docx_with({"word/VBAPROJECT.BIN": b"x"})) == "Das Word-Dokument enthält Makros."
    types = docx_members()["[Content_Types].xml"].replace(
        b"document.main+xml", b"document.macroEnabled.main+xml")
    assert why(f.docx_with({"[Content_Types].xml": types})) == "Das Word-Dokument enthält Makros."
    rel = ('<Relationship Id="r{}" Type="http://x/relationships/{}" Target="{}" '
           'TargetMode="External"/>')
    rels = ('<?xml version="1.0"?><Relationships xmlns="x">'
            + rel.format(1, "hyperlink", "https://example.org")
            + rel.format(2, "image", "file:///C:/bild.png") + "</Relationships>").encode()
    assert why(f.docx_with({"word/_rels/document.xml.rels": rels})) == (
        "Das Word-Dokument verweist auf Dateien außerhalb des Dokuments.")
    assert d.recognised(f.docx_with({"word/_rels/document.xml.rel": rels})) == (d.DOCX, "")


def test_a_docx_needs_its_body_and_its_content_types():
    members = docx_members()
    assert why(zipped({k: v for k, v in members.items() if k != "word/document.xml"})) == NOT_OURS
    assert why(zipped({k: v for k, v in members.items() if k != "[Content_Types].xml"})) == NOT_OURS
    assert why(zipped(members | {"[Content_Types].xml": b""})) == NOT_OURS


def odt(**extra: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", extra.pop("mimetype", d.ODT.encode()))
        z.writestr("content.xml", "<office:document-content/>")
        for name, data in extra.items():
            z.writestr(name.replace("__", "/"), data)
    return buf.getvalue()


def test_an_odt_is_told_by_its_mimetype_and_refused_with_macros():
    assert d.recognised(odt(mimetype=d.ODT.encode() + b"\n")) == (d.ODT, "")
    assert why(odt(mimetype=b"application/vnd.oasis.opendocument.spreadsheet")) == NOT_OURS
    for name in ("Basic__Standard__Module1.xml", "Scripts__python__x.py",
                 "Configurations2__basic__a.xml"):
        assert why(odt(**{name: b"x"})) == "Das Textdokument enthält Makros.", name
    assert d.recognised(odt(**{"Pictures__scripts__a.png": b"x"})) == (d.ODT, "")


def test_a_package_whose_part_cannot_be_read_is_cut():
    data = bytearray(odt())
    start = data.index(b"application/vnd.oasis")       # the mimetype's stored bytes
    data[start] ^= 0x20                                 # its checksum no longer matches
    assert why(bytes(data)) == CUT
    assert why(f.docx()[:200]) == CUT


# -- Strg+K ---------------------------------------------------------------------------------
def test_search_words_are_folded():
    assert d.search_words("Müller-Lüdenscheidt, ÉCOLE 7b") == ["muller", "ludenscheidt",
                                                               "ecole", "7b"]


def test_every_word_must_begin_a_word_of_the_text():
    text = "Bericht von Frau Müller"
    assert d.found_in(["mul", "ber"], text)
    assert not d.found_in([], text)
    assert not d.found_in(["mul", "zeugnis"], text)
    assert not d.found_in(["ller"], text)           # inside a word, not at its beginning
    assert not d.found_in(["mul", "icht"], text)


def test_the_words_found_are_marked_as_written():
    assert d.marked(["mul", "fr"], "Bericht von Frau Müller, Müll") == (
        "Bericht von [[Frau]] [[Müller]], [[Müll]]")
    assert d.marked([], "Frau") == "Frau"


# -- the facts of a document from a file (``facts_problem``: every way in) -----------------
@pytest.mark.parametrize("kind,title,file_name,said", [
    ("letter", "Brief", "Brief.pdf", None),
    ("other", "x" * d.TITLE_LIMIT, "n" * 120, None),                # each at its limit
    ("", "Brief", "", "die Art „“ gibt es nicht"),
    ("brief", "Brief", "", "die Art „brief“ gibt es nicht"),
    ("letter\u202e", "Brief", "", "die Art „letter“ gibt es nicht"),  # shown without the override
    ("k" * 40 + "z", "Brief", "", f"die Art „{'k' * 40}“ gibt es nicht"),   # its first 40 shown
    ("letter", "x" * (d.TITLE_LIMIT + 1), "", f"Der Titel ist länger als {d.TITLE_LIMIT} Zeichen"),
    ("letter", "  ", "", "Bitte einen Titel für das Dokument angeben"),
    ("letter", "Brief  an Amt", "", "der Titel enthält Steuer- oder Richtungszeichen oder "
                                     "doppelte Leerzeichen"),
    ("letter", "\u202eBrief", "", "der Titel enthält Steuer- oder Richtungszeichen oder "
                                  "doppelte Leerzeichen"),
    ("letter", "Brief", "n" * 121, "der Dateiname ist kein bloßer Name (ohne Ordner und "
                                   "Steuerzeichen)"),
    ("letter", "Brief", "a/Brief.pdf", "der Dateiname ist kein bloßer Name (ohne Ordner und "
                                      "Steuerzeichen)"),
    ("letter", "Brief", "a\\Brief.pdf", "der Dateiname ist kein bloßer Name (ohne Ordner und "
                                       "Steuerzeichen)"),
])
def test_a_documents_facts_from_a_file_are_held_to_the_forms_rules(kind, title, file_name,
                                                                    said):
    assert d.facts_problem(kind, title, file_name) == said
