"""The letter's texts are filled in a child process (``services.letter_child``): real
children, started as the product starts them; the GUI keeps no template sandbox."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from ssa_desktop.domain import letters as dl
from ssa_desktop.services import documents, letter_child
from ssa_desktop.storage import child_process
from tests.support.questions import answer, close_anyway

ROOT = Path(__file__).resolve().parents[3]
JOB = ("invitation", ["Hallo {{ person.first_name }}!"], {"person.first_name": "Kim"})


def test_a_fresh_gui_process_makes_a_letter_without_the_template_language(tmp_path):
    """Jinja (and with it hashlib's libcrypto and pickle) is never imported by the GUI;
    the child renders. Fails when services.letters renders in its own process."""
    script = (
        "import sys\n"
        "from ssa_desktop.services import letters as svc\n"
        "letter = svc.builtin('invitation', {'person.first_name': 'Kim',"
        " 'appointment.day': '03.12.2026'}, None, '')\n"
        "print(any('Kim' in text for _what, text in letter.blocks))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('jinja2', 'docxtpl', 'docx', 'pypdf')"
        " or m == 'ssa_desktop.domain.letter_sandbox'))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=dict(os.environ, HOME=str(tmp_path)),
                          check=True)
    assert done.stdout.splitlines() == ["True", "[]"]


def test_the_dialog_keeps_one_child_and_it_ends_when_the_dialog_closes(open_letter, frozen_clock):
    dialog = open_letter()
    assert dialog.preview.image() is not None
    pid = dialog.letter_child.pid
    assert pid is not None
    dialog.address_box.setFocus()
    QTest.keyClicks(dialog.address_box, "Frau Sommer")   # a new preview for every key
    assert dialog.letter_child.pid == pid               # from the same child
    assert dialog.made is not None
    child = dialog.letter_child._child
    asked: list[str] = []
    answer(asked, close_anyway)                         # her typed address: she is asked
    dialog.reject()
    assert asked and not dialog.isVisible()
    assert dialog.letter_child.pid is None
    assert child is not None and child.returncode == 0   # ended by itself, reaped


def test_a_killed_child_is_a_german_sentence_and_nothing_is_lost(
        open_letter, ctx, records, frozen_clock):
    dialog = open_letter()
    kept_before = documents.documents_of_person(ctx.conn, records["person"])
    assert dialog.letter_child.pid is not None
    os.kill(dialog.letter_child.pid, signal.SIGKILL)
    dialog.address_box.setFocus()
    QTest.keyClicks(dialog.address_box, "F")    # her key: the preview asks the dead child
    assert dialog.made is None
    assert dialog.problem.text().startswith("Der Brief konnte nicht erstellt werden: der "
                                            "Hilfsprozess von SSA Desktop")
    assert "Es wurde nichts gespeichert" in dialog.problem.text()
    assert not dialog.keep_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.address_box.toPlainText() == "F"     # what she typed stays
    assert documents.documents_of_person(ctx.conn, records["person"]) == kept_before
    # her next key starts a new child: the letter is there again
    QTest.keyClicks(dialog.address_box, "rau Sommer")
    assert dialog.address_box.toPlainText() == "Frau Sommer"
    assert dialog.made is not None and dialog.problem.text() == ""
    assert dialog.preview.image() is not None
    answer([], close_anyway)
    dialog.reject()
    assert not dialog.isVisible()


_ENDLESS = "import sys\nwhile True: sys.stdout.write('x' * 65536); sys.stdout.flush()"
_WRONG = ("import sys\nsys.stdin.readline()\n"
          "print('{\"texts\": [[\"eins\", \"zwei\"]]}', flush=True)\nsys.stdin.read()")
_TWICE = ("import sys\nsys.stdin.readline()\n"
          "print('{\"texts\": [[\"a\"]], \"texts\": [[\"b\"]]}', flush=True)\nsys.stdin.read()")
_REFUSES = ("import sys\nsys.stdin.readline()\n"
            "print('{\"refused\": \"Die Vorlage enthält eine Schleife.\"}', flush=True)\n"
            "sys.stdin.read()")


def _hostile_child_read(monkeypatch, code: str) -> list[int]:
    """The letter child is ``python -c code``; the returned list gathers the byte limit of
    each answer the GUI reads from it."""
    monkeypatch.setattr(letter_child, "child_command", lambda: [sys.executable, "-c", code])
    read: list[int] = []
    real = child_process.first_answer
    monkeypatch.setattr(child_process, "first_answer",
                        lambda child, payload, lines, limit, timeout: read.append(limit)
                        or real(child, payload, lines, limit, timeout))
    return read


@pytest.mark.parametrize("hostile", [_ENDLESS, _WRONG, _TWICE],
                         ids=["endless", "wrong-count", "key-twice"])
def test_a_hostile_child_is_refused_within_its_bound(monkeypatch, hostile):
    """An endless answer is read only up to what the texts can give (``answer_limit``), a
    wrong or ambiguous one not at all: LetterFailed, the child ended."""
    read = _hostile_child_read(monkeypatch, hostile)
    child = letter_child.LetterChild()
    with pytest.raises(letter_child.LetterFailed, match="Hilfsprozess"):
        child.render([JOB])
    assert child.pid is None
    assert read == [letter_child.answer_limit([JOB])] and read[0] < 1024


def test_a_refusal_from_the_child_is_her_template_refused(monkeypatch):
    monkeypatch.setattr(letter_child, "child_command",
                        lambda: [sys.executable, "-c", _REFUSES])
    with letter_child.LetterChild() as child, pytest.raises(dl.TemplateRefused,
                                                            match="Schleife"):
        child.render([JOB])


def test_the_real_child_refuses_what_the_sandbox_refuses_and_goes_on():
    with letter_child.LetterChild() as child:
        with pytest.raises(dl.TemplateRefused, match="Schleife"):
            child.render([("invitation", ["{% for x in y %}{% endfor %}"], {})])
        assert child.render([JOB, JOB]) == [["Hallo Kim!"], ["Hallo Kim!"]]



# her own template's work: the size first, the answer after an empty line
_TOO_BIG = ("import sys\nsys.stdin.readline()\n"
            f"print('{{\"size\": {letter_child.OWN_ANSWER_LIMIT + 1}}}', flush=True)\n"
            "sys.stdin.read()")
_SHORTER = ("import sys\nsys.stdin.readline()\nprint('{\"size\": 40}', flush=True)\n"
            "sys.stdin.readline()\nprint('{\"names\": []}', flush=True)\nsys.stdin.read()")


@pytest.mark.parametrize("hostile", [_TOO_BIG, _SHORTER], ids=["too-big", "shorter-than-said"])
def test_a_hostile_child_doing_her_template_s_work_is_refused(monkeypatch, hostile):
    """The answer's size is announced and read into a buffer of that size: more than
    ``OWN_ANSWER_LIMIT`` is not read at all, an answer not of the size said is not taken;
    LetterFailed, the child ended."""
    read = _hostile_child_read(monkeypatch, hostile)
    child = letter_child.LetterChild()
    with pytest.raises(letter_child.LetterFailed, match="Hilfsprozess"):
        letter_child.own_fields(b"%PDF-1.4", child)
    assert child.pid is None
    assert read[0] == 64 and all(limit <= letter_child.OWN_ANSWER_LIMIT for limit in read)


def test_the_real_child_checks_fills_and_cleans_her_templates_and_goes_on():
    """In one child: her DOCX's placeholders, a refusal naming an unknown one, the DOCX
    filled, her PDF form's fields, filled and without its author; the child answers on."""
    from tests.letters.test_own_templates import docx, docx_text, pdf_form

    template = docx("Hallo {{ person.first_name }}!")
    form = pdf_form("person.first_name", "Bemerkung")
    with letter_child.LetterChild() as child:
        assert letter_child.check_own(template, "docx", "invitation", child=child) == {
            "person.first_name"}
        with pytest.raises(dl.TemplateRefused, match="person.shoe_size"):
            letter_child.check_own(docx("{{ person.shoe_size }}"), "docx", "invitation",
                                   child=child)
        filled = letter_child.fill_own(template, "docx", "invitation",
                                       {"person.first_name": "Kim"}, child=child)
        assert "Hallo Kim!" in docx_text(filled)
        assert letter_child.own_fields(form, child) == ["person.first_name", "Bemerkung"]
        assert letter_child.check_own(form, "pdf", "invitation", {}, child) == {
            "person.first_name"}
        assert letter_child.fill_own(form, "pdf", "invitation", {"person.first_name": "Kim"},
                                     {}, child)[:5] == b"%PDF-"
        assert letter_child.clean_own(form, "pdf", child)[:5] == b"%PDF-"
        first = child.pid
        assert letter_child.check_own(template, "docx", "invitation", child=child)
        assert child.pid == first


def test_no_environment_variable_holds_or_breaks_a_child(monkeypatch, tmp_path):
    """The save's test hold is in process (``letter_child.before_request``), not an
    environment variable every later child inherits, in the release build too. Before:
    ``SSA_LETTER_CHILD_HOLD`` naming a folder that is not there failed each letter."""
    monkeypatch.setenv("SSA_LETTER_CHILD_HOLD", str(tmp_path / "not-there"))
    assert letter_child.render_once([JOB]) == [["Hallo Kim!"]]
