"""A letter's placeholders filled in a child process (``ssa-desktop --letter-child``).

The template sandbox (``domain.letter_sandbox``: Jinja, with the hashing and pickling its
bytecode cache brings, ≈ 7 MB of the GUI's peak, docs/performance.md) stays out of the
GUI: the letter dialog keeps one child while it is open (it ends when the dialog closes:
its stdin closed), a serial letter or the CLI one child for the batch. The GUI reads the
values from the vault (``services.letters.fill``) and lays the letter out; the child only
checks and renders the built-in texts, already worded in her language.

Protocol over the child's stdin and stdout (pipes only; nothing is written to a file),
one JSON object a line (``json.dumps`` escapes every line break inside):

- request ``{"jobs": [{"kind": <letter kind>, "texts": [<text>, …], "values": {…}}, …]}``;
- answer ``{"texts": [[<rendered text>, …], …]}`` (one list per job, one text per text),
  or ``{"refused": <German sentence>}`` when the sandbox refuses a text
  (``TemplateRefused``);
- her own template's work (``reports.letter_templates``: docxtpl, python-docx, pypdf, ≈ 13 MB
  in the GUI that loaded them) is a request ``{"own": "check"|"fields"|"fill"|"clean",
  "data": <base64>, "file_type": "docx"|"pdf", "kind": …, "values": {…}, "mapping": {…}}``;
  the child answers ``{"size": <n>}``, waits for an empty line, then sends its answer line
  of exactly ``n`` bytes (``{"names": […]}``, ``{"file": <base64>}`` or ``{"refused": …}``):
  the GUI reads it into a buffer of that size, at most ``OWN_ANSWER_LIMIT``;
- the same way, files saved or read without pypdf or python-docx in the GUI: ``"join"``
  (a serial letter's ``"parts"``, base64, into one PDF or DOCX: ``{"file": …}``, or
  ``{"refused": …}`` for a part it cannot read, ``DAMAGED_PART``),
  ``"docx"`` (a built-in ``"letter"`` laid out for Word: ``{"file": …}``) and ``"text"``
  (a PDF document's text up to ``"limit"`` characters: ``{"pages": [<text>, …] | null}``);
- its stdin closed (or a line it cannot read): it ends.

A child that cannot be started, dies, does not answer within ``TIMEOUT_S`` (a PDF's text:
``TEXT_TIMEOUT_S``; the size and the answer after it share that one deadline), answers more
than its texts and values can give or anything else is ``LetterFailed`` (a ``UserError``
with a German sentence): no letter is made and nothing is written; the next letter starts
a new child.
"""

from __future__ import annotations

import base64
import binascii
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from typing import TYPE_CHECKING

from ..domain import strict_json
from ..domain.errors import UserError
from ..domain.letters import TemplateRefused
from ..storage import child_process

if TYPE_CHECKING:
    from ..reports.letters import Letter

CHILD_FLAG = "--letter-child"
TIMEOUT_S = 60             # a serial letter's texts on a slow machine, not a hang
_ESCAPED = 6               # JSON's longest escape of one character (\\uXXXX)
# her filled template's answer, base64: the largest file a template may unpack to, and more
OWN_ANSWER_LIMIT = 96 * 1024 * 1024
_SIZE_LINE_LIMIT = 64      # {"size": <n>}
_FAILED = ("Der Brief konnte nicht erstellt werden: der Hilfsprozess von SSA Desktop, der "
           "die Platzhalter füllt, hat nicht geantwortet. Es wurde nichts gespeichert; Ihre "
           "Angaben bleiben erhalten. Bitte versuchen Sie es erneut; bleibt der Fehler, "
           "starten Sie SSA Desktop neu.")

# a serial letter's part its library cannot read ({}: PDF or DOCX): the child answers
# this refusal, not the "retry" of _FAILED
DAMAGED_PART = ("Der Serienbrief konnte nicht gespeichert werden: einer seiner Briefe ist "
                "keine lesbare {}-Datei (beschädigt). Es wurde nichts gespeichert.")

Job = tuple[str, Sequence[str], Mapping[str, str]]   # letter kind, texts, values


def child_command() -> list[str]:
    """The frozen build's own executable, else Python with a safe path (``child_process``)."""
    return child_process.command(CHILD_FLAG)


class LetterFailed(UserError):
    """The child could not be started, died or answered nonsense; ``str()`` is German."""

    def __init__(self, message: str = _FAILED):
        super().__init__(message)


def answer_limit(jobs: Sequence[Job]) -> int:
    """The most bytes a truthful answer to ``jobs`` can have: every text with each of its
    placeholders filled by the longest value, every character escaped."""
    chars = 0
    for _kind, texts, values in jobs:
        longest = max((len(v) for v in values.values()), default=0)
        chars += sum(len(t) + t.count("{{") * longest + 8 for t in texts) + 8
    return _ESCAPED * chars + 64


# Test hook (in process, never set by the program): called before each request of a
# ``LetterChild`` made while it is set — a save held on the runner's thread without
# timing (tests/ui/letters/test_saving_off_the_gui_thread.py); children made before it
# (the dialog's preview) are not held.
before_request: Callable[[], None] | None = None


class LetterChild:
    """One child that renders letters' texts while its owner needs it (``render``);
    ``close()`` ends it. A failed request ends it; the next one starts a new child."""

    def __init__(self) -> None:
        self._child: subprocess.Popen | None = None
        self._before_request = before_request   # as it was when this child was made

    def _asking(self) -> None:
        if self._before_request is not None:
            self._before_request()

    def __enter__(self) -> LetterChild:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        """The child's process id while it lives (tests and the benchmark read it)."""
        return self._child.pid if self._child is not None else None

    def _started(self) -> subprocess.Popen:
        if self._child is None:
            try:
                self._child = child_process.start(child_command())
            except (OSError, ValueError, subprocess.SubprocessError):
                raise LetterFailed() from None
        return self._child

    def render(self, jobs: Sequence[Job]) -> list[list[str]]:
        """Each job's texts checked and filled in the child's sandbox, in order."""
        if not jobs:
            return []
        self._asking()
        request = json.dumps({"jobs": [{"kind": kind, "texts": list(texts),
                                        "values": dict(values)}
                                       for kind, texts, values in jobs]}) + "\n"
        answer = child_process.first_answer(self._started(), request.encode("ascii"), lines=1,
                                            limit=answer_limit(jobs), timeout=TIMEOUT_S)
        if answer is None:          # ended with its group by first_answer
            self._child = None
            raise LetterFailed()
        return self._read(answer, [len(texts) for _kind, texts, _values in jobs])

    def _read(self, answer: bytearray, sizes: list[int]) -> list[list[str]]:
        said = _said(answer)
        texts = said.get("texts") if isinstance(said, dict) and len(said) == 1 else None
        if (isinstance(texts, list) and [len(t) if isinstance(t, list) else -1
                                         for t in texts] == sizes
                and all(isinstance(s, str) for t in texts for s in t)):
            return texts
        self.close()
        raise LetterFailed()

    def own(self, work: str, data: bytes, file_type: str, kind: str = "",
            values: Mapping[str, str] | None = None,
            mapping: Mapping[str, str] | None = None, *,
            more: Mapping[str, object] | None = None, timeout: float | None = None) -> dict:
        """A file's ``work`` done in the child (her own template's, a letter saved, a PDF's
        text; ``more``: the request's other fields): its answer (``names``, ``file`` or
        ``pages``, checked for its shape by the caller); ``TemplateRefused`` as the child
        refused it, ``LetterFailed`` when it failed; the size and the answer within one
        ``timeout`` (default ``TIMEOUT_S``)."""
        self._asking()
        deadline = time.monotonic() + (TIMEOUT_S if timeout is None else timeout)
        child = self._started()
        # the file's base64 goes in once, not copied through a str (a PDF of 25 MB)
        request = bytearray(json.dumps({"own": work, "file_type": file_type, "kind": kind,
                                        "values": dict(values or {}),
                                        "mapping": dict(mapping or {}),
                                        **(more or {})})[:-1].encode("ascii"))
        request += b', "data": "'
        request += base64.b64encode(data)
        request += b'"}\n'
        head = child_process.first_answer(child, request, lines=1, limit=_SIZE_LINE_LIMIT,
                                          timeout=deadline - time.monotonic())
        child_process.zero(request)   # her letter's values and file, not left to the heap
        del request
        size = self._size(head)
        answer = child_process.first_answer(child, b"\n", lines=1, limit=size,
                                            timeout=max(0.0, deadline - time.monotonic()))
        if answer is None or len(answer) != size:
            self.close()
            raise LetterFailed()
        said = _said(answer)
        if not isinstance(said, dict) or len(said) != 1:
            self.close()
            raise LetterFailed()
        return said

    def _size(self, head: bytearray | None) -> int:
        """The size the child announced for its answer line, within ``OWN_ANSWER_LIMIT``."""
        try:
            said = strict_json.loads(bytes(head)) if head is not None else None
        except ValueError:
            said = None
        size = said.get("size") if isinstance(said, dict) and len(said) == 1 else None
        if not isinstance(size, int) or isinstance(size, bool) or not 0 < size <= OWN_ANSWER_LIMIT:
            self.close()
            raise LetterFailed()
        return size

    def close(self) -> None:
        """End the child (its stdin closed: it ends by itself; else it is ended)."""
        child, self._child = self._child, None
        if child is not None:
            child_process.let_end(child)


def render_once(jobs: Sequence[Job]) -> list[list[str]]:
    """``jobs`` rendered by a child of their own (the CLI, a serial letter)."""
    with LetterChild() as child:
        return child.render(jobs)


@contextmanager
def _using(child: LetterChild | None) -> Iterator[LetterChild]:
    """``child``, or a child of its own for this one piece of work (the CLI, a kept
    template)."""
    if child is not None:
        yield child
        return
    with LetterChild() as own_child:
        yield own_child


def _names(said: dict) -> list[str]:
    names = said.get("names")
    if isinstance(names, list) and all(isinstance(n, str) for n in names):
        return names
    raise LetterFailed()


def _file(said: dict) -> bytes:
    text = said.get("file")
    try:
        if isinstance(text, str):
            return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        pass
    raise LetterFailed()


def check_own(data: bytes, file_type: str, kind: str, mapping: Mapping[str, str] | None = None,
              child: LetterChild | None = None) -> set[str]:
    """The placeholders her template uses, each allowed for ``kind`` (checked in the child,
    ``TemplateRefused`` in German otherwise)."""
    with _using(child) as worker:
        return set(_names(worker.own("check", data, file_type, kind, mapping=mapping)))


def own_fields(data: bytes, child: LetterChild | None = None) -> list[str]:
    """The fields of her PDF form, in the form's order (read in the child)."""
    with _using(child) as worker:
        return _names(worker.own("fields", data, "pdf"))


def fill_own(data: bytes, file_type: str, kind: str, values: Mapping[str, str],
             mapping: Mapping[str, str] | None = None, child: LetterChild | None = None) -> bytes:
    """Her DOCX or PDF form filled with ``values`` in the child, as bytes."""
    with _using(child) as worker:
        return _file(worker.own("fill", data, file_type, kind, values, mapping))


def clean_own(data: bytes, file_type: str, child: LetterChild | None = None) -> bytes:
    """Her checked template without the author names Word or a PDF program wrote into it
    (``reports.letter_templates.without_author``), made in the child."""
    with _using(child) as worker:
        return _file(worker.own("clean", data, file_type))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def joined(parts: Sequence[bytes | Letter], file_type: str,
           child: LetterChild | None = None) -> bytes:
    """A serial letter's files joined in the child into one PDF or DOCX (each letter on
    a page of its own), in one request; a built-in ``Letter`` among the parts is laid out
    for Word there first: pypdf and python-docx load there, not in the GUI."""
    with _using(child) as worker:
        return _file(worker.own("join", b"", file_type, more={"parts": [
            _b64(part) if isinstance(part, bytes) else _letter_fields(part)
            for part in parts]}))


def letter_as_docx(letter: Letter, child: LetterChild | None = None) -> bytes:
    """The built-in ``letter`` laid out for Word (``reports.letter_docx``), in the child."""
    with _using(child) as worker:
        return _file(worker.own("docx", b"", "docx", more={"letter": _letter_fields(letter)}))


def _letter_fields(letter: Letter) -> dict:
    return asdict(letter) | {"logo": _b64(letter.logo) if letter.logo else None}


TEXT_TIMEOUT_S = 300       # the text of a PDF of 25 MB on a slow machine, not a hang


def pdf_text(data: bytes, limit: int, child: LetterChild | None = None) -> list[str] | None:
    """The text of each page of the PDF ``data`` that has text (pypdf, in the child: the
    file she added is parsed outside the GUI), read until ``limit`` characters are
    passed; None when pypdf cannot read it (damaged, encrypted)."""
    with _using(child) as worker:
        said = worker.own("text", data, "pdf", more={"limit": limit}, timeout=TEXT_TIMEOUT_S)
    pages = said.get("pages", False)
    if pages is None or (isinstance(pages, list) and all(isinstance(p, str) for p in pages)):
        return pages
    raise LetterFailed()


# -- the child -----------------------------------------------------------------------------
def _answer(line: bytes) -> dict:
    from ..domain import letter_sandbox as sandbox
    from ..domain.letters import kind_of

    request = strict_json.loads(line)
    try:
        return {"texts": [[sandbox.render(text, job["values"], kind_of(job["kind"]))
                           for text in job["texts"]] for job in request["jobs"]]}
    except TemplateRefused as err:
        return {"refused": str(err)}


def _own(request: dict) -> dict:
    """Her own template's work (docxtpl, python-docx, pypdf load here, not in the GUI)."""
    from ..domain.letters import kind_of
    from ..reports import letter_templates as own

    work, file_type = request["own"], request["file_type"]
    data = base64.b64decode(request["data"], validate=True)
    values, mapping = request["values"], request["mapping"]
    if work in ("join", "docx", "text"):
        return _saved_or_read(work, file_type, data, request)
    try:
        if work == "fields":
            return {"names": own.form_fields(data)}
        if work == "clean":
            return {"file": base64.b64encode(own.without_author(data, file_type)).decode("ascii")}
        kind = kind_of(request["kind"])
        docx = file_type == "docx"
        if work == "check":
            names = (own.check_docx(data, kind) if docx
                     else set(own.form_mapping(data, kind, mapping).values()))
            return {"names": sorted(names)}
        if work == "fill":
            out = (own.fill_docx(data, values, kind) if docx
                   else own.fill_pdf_form(data, values, kind, mapping))
            return {"file": base64.b64encode(out).decode("ascii")}
    except TemplateRefused as err:
        return {"refused": str(err)}
    raise ValueError(work)


def _saved_or_read(work: str, file_type: str, data: bytes, request: dict) -> dict:
    """A serial letter joined, a built-in letter as DOCX, a PDF's text (pypdf and
    python-docx load here, not in the GUI)."""
    if work == "text":
        return {"pages": _pages_with_text(data, request["limit"])}
    if work == "docx":
        out = _letter_docx(request["letter"])
    else:
        from ..reports import letter_templates as own

        parts = [base64.b64decode(part, validate=True) if isinstance(part, str)
                 else _letter_docx(part) for part in request["parts"]]
        try:
            out = own.join_docx(parts) if file_type == "docx" else own.join_pdf(parts)
        except TemplateRefused as err:       # a letter's part the first cannot hold
            return {"refused": str(err)}
        except _parse_errors(file_type):     # a damaged letter: retrying cannot help
            return {"refused": DAMAGED_PART.format("DOCX" if file_type == "docx" else "PDF")}
    return {"file": _b64(out)}


def _letter_docx(fields: dict) -> bytes:
    from ..reports.letter_docx import letter_docx

    return letter_docx(_letter(fields))


def _parse_errors(file_type: str) -> tuple[type[BaseException], ...]:
    """What pypdf (a PDF) or python-docx with lxml and zipfile (a DOCX) raise on a file
    they cannot read."""
    common = (ValueError, KeyError, TypeError, IndexError, RecursionError, OSError)
    if file_type == "docx":
        import zipfile

        from docx.opc.exceptions import OpcError

        # lxml's XMLSyntaxError is a SyntaxError
        return (*common, zipfile.BadZipFile, OpcError, SyntaxError)
    from pypdf.errors import PyPdfError

    return (*common, PyPdfError)


def _letter(fields: dict) -> Letter:
    from ..reports.letters import Letter

    def tuples(value):
        return tuple(map(tuples, value)) if isinstance(value, list) else value

    logo = fields["logo"]
    return Letter(**{name: tuples(value) for name, value in fields.items()}
                  | {"logo": base64.b64decode(logo, validate=True) if logo else None})


def _pages_with_text(data: bytes, limit: int) -> list[str] | None:
    """Each page's text that is not empty, until more than ``limit`` characters are read
    (the last page cut to one character more); None when pypdf cannot read the file."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    pages: list[str] = []
    try:
        for page in PdfReader(io.BytesIO(data)).pages:
            pages.append((page.extract_text() or "").strip())
            if (total := sum(map(len, pages))) > limit:
                pages[-1] = pages[-1][:len(pages[-1]) - (total - limit - 1)]
                break
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError):
        return None
    return [text for text in pages if text]


def serve() -> int:
    """Entry of the child process: render the texts it is sent, one request a line, end
    when its stdin closes; her own template's work answers its size first and waits for
    an empty line before it sends the answer."""
    from ..hardening import harden_process

    harden_process()  # no core dump of a process that held her letter's values
    out = sys.stdout.buffer
    try:
        for line in sys.stdin.buffer:
            request = strict_json.loads(line)
            if isinstance(request, dict) and "own" in request:
                answer = json.dumps(_own(request)).encode("ascii") + b"\n"
                out.write(json.dumps({"size": len(answer)}).encode("ascii") + b"\n")
                out.flush()
                if not sys.stdin.buffer.readline():
                    return 0
                out.write(answer)
            else:
                out.write(json.dumps(_answer(line)).encode("ascii") + b"\n")
            out.flush()
    except Exception:  # noqa: BLE001 - the parent sees the pipe close; never a traceback
        return 1
    return 0


def _said(answer: bytearray) -> object:
    """The child's answer line parsed (None when it is no JSON); ``TemplateRefused`` when
    the child refused the template, in its own German words."""
    try:
        said = strict_json.loads(bytes(answer))
    except ValueError:
        return None
    if isinstance(said, dict) and set(said) == {"refused"} and isinstance(said["refused"], str):
        raise TemplateRefused(said["refused"])
    return said
