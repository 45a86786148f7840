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
- its stdin closed (or a line it cannot read): it ends.

A child that cannot be started, dies, does not answer within ``TIMEOUT_S``, answers more
than its texts and values can give or anything else is ``LetterFailed`` (a ``UserError``
with a German sentence): no letter is made and nothing is written; the next letter starts
a new child.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping, Sequence

from ..domain import strict_json
from ..domain.errors import UserError
from ..domain.letters import TemplateRefused
from ..storage import child_process

CHILD_FLAG = "--letter-child"
TIMEOUT_S = 60             # a serial letter's texts on a slow machine, not a hang
_ESCAPED = 6               # JSON's longest escape of one character (\\uXXXX)
_FAILED = ("Der Brief konnte nicht erstellt werden: der Hilfsprozess von SSA Desktop, der "
           "die Platzhalter füllt, hat nicht geantwortet. Es wurde nichts gespeichert; Ihre "
           "Angaben bleiben erhalten. Bitte versuchen Sie es erneut; bleibt der Fehler, "
           "starten Sie SSA Desktop neu.")

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


class LetterChild:
    """One child that renders letters' texts while its owner needs it (``render``);
    ``close()`` ends it. A failed request ends it; the next one starts a new child."""

    def __init__(self) -> None:
        self._child: subprocess.Popen | None = None

    def __enter__(self) -> LetterChild:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        """The child's process id while it lives (tests and the benchmark read it)."""
        return self._child.pid if self._child is not None else None

    def render(self, jobs: Sequence[Job]) -> list[list[str]]:
        """Each job's texts checked and filled in the child's sandbox, in order."""
        if not jobs:
            return []
        if self._child is None:
            try:
                self._child = child_process.start(child_command())
            except (OSError, ValueError, subprocess.SubprocessError):
                raise LetterFailed() from None
        request = json.dumps({"jobs": [{"kind": kind, "texts": list(texts),
                                        "values": dict(values)}
                                       for kind, texts, values in jobs]}) + "\n"
        answer = child_process.first_answer(self._child, request.encode("ascii"), lines=1,
                                            limit=answer_limit(jobs), timeout=TIMEOUT_S)
        if answer is None:          # ended with its group by first_answer
            self._child = None
            raise LetterFailed()
        return self._read(answer, [len(texts) for _kind, texts, _values in jobs])

    def _read(self, answer: bytearray, sizes: list[int]) -> list[list[str]]:
        try:
            said = strict_json.loads(bytes(answer))
        except ValueError:
            said = None
        if isinstance(said, dict) and set(said) == {"refused"} and isinstance(
                said["refused"], str):
            raise TemplateRefused(said["refused"])
        texts = said.get("texts") if isinstance(said, dict) and len(said) == 1 else None
        if (isinstance(texts, list) and [len(t) if isinstance(t, list) else -1
                                         for t in texts] == sizes
                and all(isinstance(s, str) for t in texts for s in t)):
            return texts
        self.close()
        raise LetterFailed()

    def close(self) -> None:
        """End the child (its stdin closed: it ends by itself; else it is ended)."""
        child, self._child = self._child, None
        if child is not None:
            child_process.let_end(child)


def render_once(jobs: Sequence[Job]) -> list[list[str]]:
    """``jobs`` rendered by a child of their own (the CLI, a serial letter)."""
    with LetterChild() as child:
        return child.render(jobs)


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


def serve() -> int:
    """Entry of the child process: render the texts it is sent, one request a line, end
    when its stdin closes."""
    from ..hardening import harden_process

    harden_process()  # no core dump of a process that held her letter's values
    try:
        for line in sys.stdin.buffer:
            sys.stdout.buffer.write(json.dumps(_answer(line)).encode("ascii") + b"\n")
            sys.stdout.buffer.flush()
    except Exception:  # noqa: BLE001 - the parent sees the pipe close; never a traceback
        return 1
    return 0
