"""Saving a letter and reading a document's text load no file library into the GUI: a
serial letter joined into one PDF or DOCX, a built-in letter written as DOCX and the text
of a PDF she added (an untrusted file) are done in the letter's child
(``services.letter_child``); pypdf, python-docx (lxml), docxtpl and Jinja stay out of the
process that asked. What she gets is what the same libraries make in this test's process."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader, PdfWriter

from ssa_desktop.domain import documents as d
from ssa_desktop.domain.errors import UserError
from ssa_desktop.reports.letter_docx import letter_docx
from ssa_desktop.reports.letter_templates import join_docx
from ssa_desktop.reports.letters import Letter, letter_pdf
from ssa_desktop.services import documents, letter_child
from ssa_desktop.services import letters as svc
from tests.conftest import PASSPHRASE
from tests.support import document_files as f

ROOT = Path(__file__).resolve().parents[2]
LIBRARIES = ("pypdf", "docx", "docxtpl", "lxml", "jinja2")


def _letter(name: str) -> Letter:
    return Letter(subject="Einladung zum Gespräch", title="Einladung zum Gespräch",
                  blocks=(("p", f"Liebe {name},"), ("p", "bitte kommen Sie am 3. Dezember."),
                          ("sign", "Schulsozialarbeit")),
                  recipient=(f"{name} Sommer", "Klasse 7b"), sender=("Träger", "Weg 1"),
                  info=(("Datum", "27.11.2026"),), footer="Fußzeile")


LETTERS = [_letter("Kim"), _letter("Ali")]

_GUI = r"""
import json, sys
from pathlib import Path
from ssa_desktop.reports.letters import Letter
from ssa_desktop.services import letters as svc

out = Path(sys.argv[1])
letters = [Letter(**{k: tuple(tuple(x) if isinstance(x, list) else x for x in v)
                     if isinstance(v, list) else v for k, v in each.items()})
           for each in json.loads(sys.argv[2])]
made = [(svc.LetterRequest("invitation", "p"),
         svc.MadeLetter(None, "pdf", l.title, "brief.pdf", (), l)) for l in letters]
WORK
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in sys.argv[3:])))
"""


def _in_a_gui_process(tmp_path: Path, code: str, *args: str) -> list[str]:
    """Run ``code`` in a fresh Python as the GUI would; the file libraries it has loaded
    afterwards (its last line)."""
    done = subprocess.run([sys.executable, "-c", code, *args, *LIBRARIES], cwd=ROOT,
                          capture_output=True, text=True, timeout=180,
                          env=dict(os.environ, HOME=str(tmp_path)), check=True)
    return json.loads(done.stdout.splitlines()[-1])


def _saving(tmp_path: Path, work: str) -> list[str]:
    """``work`` on ``made`` (the built-in letters of ``LETTERS``) in a GUI-like process."""
    letters = json.dumps([{k: (list(v) if isinstance(v, tuple) else v)
                           for k, v in vars(each).items()} for each in LETTERS])
    return _in_a_gui_process(tmp_path, _GUI.replace("WORK", work), str(tmp_path), letters)


def _pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _paragraphs(data: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(data)).paragraphs]


def test_a_serial_letter_joined_into_one_pdf_loads_no_pdf_library(tmp_path):
    assert _saving(tmp_path, "svc.save_serial(out / 'serie.pdf', made)") == []
    writer = PdfWriter()   # what the GUI made in its own process before
    for letter in LETTERS:
        writer.append(PdfReader(io.BytesIO(letter_pdf(letter))))
    before = io.BytesIO()
    writer.write(before)
    assert _pdf_text((tmp_path / "serie.pdf").read_bytes()) == _pdf_text(before.getvalue())
    assert [p for p in tmp_path.iterdir() if p.name != "serie.pdf"] == []


def test_a_builtin_letter_written_as_docx_loads_no_word_library(tmp_path):
    assert _saving(tmp_path, "svc.save_to(out / 'brief.docx', made[0][1])\n"
                             "svc.save_serial(out / 'serie.docx', made)") == []
    assert _paragraphs((tmp_path / "brief.docx").read_bytes()) == _paragraphs(
        letter_docx(LETTERS[0]))
    assert _paragraphs((tmp_path / "serie.docx").read_bytes()) == _paragraphs(
        join_docx([letter_docx(each) for each in LETTERS]))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx", "serie.docx"]


def test_built_in_letters_saved_as_one_docx_are_one_request_to_the_child(tmp_path,
                                                                        monkeypatch):
    """Each built-in letter was laid out for Word in a trip of its own and its DOCX sent
    back to the child to be joined (three letters: four requests, the files crossing the
    pipe twice). Now the letters go in one request and the child lays them out and joins
    them; the file is the same."""
    asked: list[str] = []
    real_own = letter_child.LetterChild.own

    def own(self, work, *args, **kwargs):
        asked.append(work)
        return real_own(self, work, *args, **kwargs)

    monkeypatch.setattr(letter_child.LetterChild, "own", own)
    letters = [*LETTERS, _letter("Mia")]
    made = [(svc.LetterRequest("invitation", "p"),
             svc.MadeLetter(None, "pdf", "Einladung", "e.pdf", letter=letter))
            for letter in letters]
    path = svc.save_serial(tmp_path / "serie.docx", made)
    assert asked == ["join"]
    assert _paragraphs(path.read_bytes()) == _paragraphs(
        join_docx([letter_docx(letter) for letter in letters]))


def test_a_broken_pdf_in_a_serial_letter_is_a_german_sentence_and_nothing_is_written(
        tmp_path):
    broken = svc.MadeLetter(b"%PDF-1.4 kaputt", "pdf", "Einladung", "e.pdf")
    made = [(svc.LetterRequest("invitation", "p"), broken)]
    # its own sentence, not the child's "retry" (retrying cannot help a damaged file)
    with pytest.raises(UserError, match="^Der Serienbrief konnte nicht gespeichert werden: "
                                        "einer seiner Briefe ist keine lesbare PDF-Datei"):
        svc.save_serial(tmp_path / "serie.pdf", made)
    assert list(tmp_path.iterdir()) == []


def test_a_broken_docx_in_a_serial_letter_is_its_own_german_sentence(tmp_path):
    made = [(svc.LetterRequest("invitation", "p"),
             svc.MadeLetter(data, "docx", "Einladung", "e.docx"))
            for data in (letter_docx(LETTERS[0]), b"PK kaputt")]
    with pytest.raises(UserError, match="keine lesbare DOCX-Datei"):
        svc.save_serial(tmp_path / "serie.docx", made)
    assert list(tmp_path.iterdir()) == []


_TEXT = r"""
import json, sys
from pathlib import Path
from ssa_desktop.services import documents
from ssa_desktop.services.session import Vault, unlock

session = unlock(Vault(Path(sys.argv[1])), sys.argv[2])
print(documents.read_text(session.conn, sys.argv[3]))
session.lock()
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in sys.argv[4:])))
"""


def test_reading_a_pdf_s_text_loads_no_pdf_library(tmp_path, vault_dir, open_vault, conn,
                                                    pupil):
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief",
                                 date(2026, 3, 2), f.pdf(pages=2, text="Kastanienweg"))
    open_vault.lock()
    assert _in_a_gui_process(tmp_path, _TEXT, str(vault_dir), PASSPHRASE, doc.id) == []


HOSTILE = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
           b"%%EOF\n")   # taken as a PDF by its header and end; pypdf finds no pages


def test_a_hostile_pdf_s_text_is_the_same_german_sentence(conn, pupil):
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief",
                                 date(2026, 3, 2), HOSTILE)
    with pytest.raises(UserError, match=r"^Der Text dieser PDF-Datei ließ sich nicht "
                                        r"auslesen \(beschädigt oder verschlüsselt\)"):
        documents.read_text(conn, doc.id)
    assert conn.execute("SELECT count(*) FROM fts_document").fetchone()[0] == 0


def test_a_child_that_dies_reading_a_text_is_a_german_sentence(conn, pupil, monkeypatch):
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief",
                                 date(2026, 3, 2), f.pdf(pages=1, text="Kastanienweg"))
    monkeypatch.setattr(letter_child, "child_command",
                        lambda: [sys.executable, "-c", "import sys; sys.stdin.readline()"])
    with pytest.raises(UserError, match="Hilfsprozess") as err:
        documents.read_text(conn, doc.id)
    assert "Brief" not in str(err.value).split(":")[0]   # not „Der Brief konnte nicht …“
    assert conn.execute("SELECT count(*) FROM fts_document").fetchone()[0] == 0


def _text_as_before(data: bytes, limit: int) -> tuple[int, str]:
    """What ``read_text`` kept when pypdf ran in the GUI: pages with text, their text."""
    pages: list[str] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        pages.append((page.extract_text() or "").strip())
        if sum(map(len, pages)) > limit:
            break
    found = [text for text in pages if text]
    return len(found), "\n\n".join(found)[:limit]


@pytest.mark.parametrize("limit", [5, 40, 2_000_000])
def test_the_child_reads_as_much_text_as_the_gui_kept(limit):
    data = f.pdf(pages=4, text="Hausaufgabenbetreuung am Kastanienweg")
    found = letter_child.pdf_text(data, limit)
    assert found is not None
    assert (len(found), "\n\n".join(found)[:limit]) == _text_as_before(data, limit)


def test_a_child_answering_no_pages_is_a_german_sentence(conn, pupil, monkeypatch):
    doc = documents.add_document(conn, d.Owner("person", pupil.id), "letter", "Brief",
                                 date(2026, 3, 2), f.pdf(pages=1, text="Kastanienweg"))
    wrong = ("import sys\nsys.stdin.readline()\nprint('{\"size\": 15}', flush=True)\n"
             "sys.stdin.readline()\nprint('{\"pages\": [1]}', flush=True)\nsys.stdin.read()")
    monkeypatch.setattr(letter_child, "child_command", lambda: [sys.executable, "-c", wrong])
    with pytest.raises(UserError, match="^Der Text dieser PDF-Datei konnte nicht ausgelesen"):
        documents.read_text(conn, doc.id)
    assert conn.execute("SELECT count(*) FROM fts_document").fetchone()[0] == 0


_READS_THEN_HANGS = ("import sys, threading; sys.stdin.buffer.readline(); "
                     "threading.Event().wait()")
_SIZE_THEN_HANGS = ("import sys, threading; sys.stdin.buffer.readline(); "
                    "print('{\"size\": 15}', flush=True); threading.Event().wait()")


@pytest.mark.parametrize("work", ["join", "docx", "text"])
def test_a_child_that_hangs_saving_or_reading_is_a_german_sentence_and_ended(monkeypatch,
                                                                             work):
    """A letter's child that reads the request and then hangs: at its timeout the work is
    ``LetterFailed`` (German) and the child ended, for the serial letter's join, the
    built-in letter's DOCX and a PDF's text (its own ``TEXT_TIMEOUT_S``)."""
    import threading

    monkeypatch.setattr(letter_child, "TIMEOUT_S", 0.5)
    monkeypatch.setattr(letter_child, "TEXT_TIMEOUT_S", 0.5)
    monkeypatch.setattr(letter_child, "child_command",
                        lambda: [sys.executable, "-c", _READS_THEN_HANGS])
    started: list[subprocess.Popen] = []
    real_start = letter_child.child_process.start
    monkeypatch.setattr(letter_child.child_process, "start",
                        lambda args: started.append(real_start(args)) or started[-1])
    calls = {"join": lambda: letter_child.joined([letter_pdf(LETTERS[0])], "pdf"),
             "docx": lambda: letter_child.letter_as_docx(LETTERS[0]),
             "text": lambda: letter_child.pdf_text(f.pdf(pages=1, text="Kastanien"), 10)}
    got: list[str] = []

    def work_done() -> None:
        try:
            calls[work]()
        except letter_child.LetterFailed as err:
            got.append(str(err))

    done = threading.Thread(target=work_done, daemon=True)
    done.start()
    done.join(30)     # a bound for the failure (the default 60 s), not a timing guess
    try:
        assert not done.is_alive(), "the work waits past its timeout"
        assert len(got) == 1 and "Hilfsprozess" in got[0]
        assert started[0].returncode is not None        # ended (and reaped)
    finally:
        for child in started:
            letter_child.child_process.kill(child)
            child.wait()


def test_the_answer_after_its_size_shares_the_request_s_one_deadline(monkeypatch):
    """The size and the answer after it are read under one deadline: a child that
    announces its size and then hangs holds the caller (and quit's ``wait_for_all``) for
    ``TIMEOUT_S`` in all, not twice that."""
    waits: list[float] = []
    real = letter_child.child_process.first_answer

    def first_answer(child, payload, lines, limit, timeout):
        waits.append(timeout)
        return real(child, payload, lines, limit, timeout)

    monkeypatch.setattr(letter_child, "TIMEOUT_S", 0.5)
    monkeypatch.setattr(letter_child.child_process, "first_answer", first_answer)
    monkeypatch.setattr(letter_child, "child_command",
                        lambda: [sys.executable, "-c", _SIZE_THEN_HANGS])
    with pytest.raises(letter_child.LetterFailed):
        letter_child.letter_as_docx(LETTERS[0])
    # the answer waits for what is left of the request's deadline (before: 60 s each)
    assert len(waits) == 2 and waits[1] < waits[0] <= 0.5, waits
