"""What the product says is what it does: every promise names the test that proves it.

docs/promises.md lists, per source, each promise quoted as it stands (an exact,
distinctive substring; whitespace does not count) and the tests that prove it as
``path::test`` (or ``path::Class::test``). This test keeps the list honest and complete:

- every quoted promise still stands verbatim in its source (so the list follows the text);
- every named test exists: the file is there and defines the function or class (read
  with ``ast``; nothing is collected or run);
- every promise of a promise-bearing source is listed. "Promise" is defined mechanically,
  per source (``UNITS``):

  * docs/barrierefreiheit.md: every bullet of „Was erfüllt ist“ (the app shows the same
    text, resources/help/barrierefreiheit.md, kept identical by its own test);
  * ssa_desktop/selftest.py: every line ``ssa-desktop self-test`` prints, one per function
    of ``CHECKS``, named by its label (the first argument of ``Check``, the label of
    ``_toml_files``);
  * ssa_desktop/**/*.py: every string the product prints or shows that says „keine Namen“
    (or „keinen Namen“);
  * docs/handover.md and docs/interchange.md: every sentence (a table row, a list item or
    a sentence of a paragraph; code blocks and headings left out) with a marker word of
    ``MARKER``: never, always, only, nothing, none; nie, niemals, immer, nur, nichts,
    kein/keine/keinen/keiner/keines. ("no" and "not", "nicht" are left out: they name
    what a thing is not far more often than they promise.)

  A sentence that matches but promises nothing (history, a definition, advice) is listed
  under „Keine Versprechen“ with its reason; a promise no test proves yet is listed under
  „Noch ohne Test“, and this test names each of them (xfail-free: it passes, but says so).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIST = ROOT / "docs" / "promises.md"

MARKER = re.compile(r"\b(?:never|always|only|nothing|none|nie|niemals|immer|nur|nichts|"
                    r"kein(?:e|en|er|es|em)?)\b", re.IGNORECASE)
NO_NAMES = re.compile(r"\bkeinen?\s+Namen\b", re.IGNORECASE)
MARKED_DOCS = ("docs/handover.md", "docs/interchange.md")
STATEMENT = "docs/barrierefreiheit.md"
SELFTEST = "ssa_desktop/selftest.py"
SECTIONS = {"Versprechen": "promise", "Keine Versprechen": "exempt",
            "Noch ohne Test": "unproven"}
TEST_REF = re.compile(r"`(tests/[\w/]+\.py)::([\w:]+)`")
# "z. B." and the like end no sentence.
ABBREVIATION = re.compile(r"(?:\b(?:z|B|d|h|u|a|ggf|bzw|Abs|Nr|Art|vgl|e\.g|i\.e|etc|S)|"
                          r"\d)\.$")


def norm(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Entry:
    section: str      # promise, exempt, unproven
    source: str
    quote: str
    rest: str         # tests (promise) or the reason (exempt, unproven)

    def tests(self) -> list[tuple[str, str]]:
        return TEST_REF.findall(self.rest)


# --- the list -------------------------------------------------------------------------

def _cells(row: str) -> list[str]:
    cells = re.split(r"(?<!\\)\|", row.strip().strip("|"))
    return [norm(c.replace("\\|", "|")) for c in cells]


def parse(text: str) -> list[Entry]:
    """The rows of the three tables; a source cell is `path`, a quote cell is „…“."""
    entries: list[Entry] = []
    section = ""
    for line in text.splitlines():
        if line.startswith("## "):
            section = SECTIONS.get(line[3:].strip(), "")
            continue
        if not section or not line.startswith("|") or set(line) <= set("|-: "):
            continue
        cells = _cells(line)
        if len(cells) != 3 or not cells[0].startswith("`"):
            continue
        quote = cells[1]
        if not (quote.startswith("„") and quote.endswith("“")):
            raise ValueError(f"quote not in „…“: {line}")
        entries.append(Entry(section, cells[0].strip("`"), norm(quote[1:-1]), cells[2]))
    return entries


# --- the sources ----------------------------------------------------------------------

def _markdown_blocks(text: str) -> list[str]:
    """Paragraphs, list items, quotes and table rows, whitespace-normalised."""
    blocks: list[str] = []
    lines: list[str] = []
    in_code = False

    def flush() -> None:
        if lines:
            blocks.append(norm(" ".join(lines)))
            lines.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("```"):
            flush()
            in_code = not in_code
        elif in_code:
            continue
        elif not line or line.startswith("#"):
            flush()
        elif line.startswith("|"):
            flush()
            if not set(line) <= set("|-: "):
                blocks.append(norm(line))
        else:
            if re.match(r"(?:[-*] |\d+\. )", line):
                flush()
            lines.append(line[1:].strip() if line.startswith(">") else line)
    flush()
    return blocks


def sentences(text: str) -> list[str]:
    """Table rows whole; every other block cut after . ! ? before a capital, a quote, a
    number or markup – not after an abbreviation."""
    out: list[str] = []
    for block in _markdown_blocks(text):
        if block.startswith("|"):
            out.append(block)
            continue
        current = ""
        for piece in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"*(`\d])", block):
            current = f"{current} {piece}" if current else piece
            if not ABBREVIATION.search(current):
                out.append(current)
                current = ""
        if current:
            out.append(current)
    return out


def statement_bullets(text: str) -> list[str]:
    section = text.split("Was erfüllt ist", 1)[1].split("\n## ", 1)[0]
    return [b for b in _markdown_blocks(section) if b.startswith("- ")]


def _label(function: ast.FunctionDef) -> str:
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            args = node.args
            index = {"Check": 0, "_toml_files": 1}.get(node.func.id)
            if index is not None and len(args) > index and isinstance(args[index], ast.Constant):
                return str(args[index].value)
    raise AssertionError(f"no label in {function.name}")


def selftest_labels(source: str) -> list[str]:
    tree = ast.parse(source)
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    checks = next(n for n in tree.body if isinstance(n, ast.AnnAssign)
                  and isinstance(n.target, ast.Name) and n.target.id == "CHECKS")
    assert isinstance(checks.value, ast.List)
    return [_label(functions[n.id]) for n in checks.value.elts if isinstance(n, ast.Name)]


def strings(source: str) -> list[str]:
    """Every string of a module; an f-string with its fields as {}."""
    found: list[str] = []
    inner: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            parts = [v.value if isinstance(v, ast.Constant) else "{}" for v in node.values]
            found.append(norm("".join(str(p) for p in parts)))
            inner.update(id(v) for v in node.values)
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in inner):
            found.append(norm(node.value))
    return found


def units(source: str) -> list[str]:
    """The promises of one source, as defined in the module docstring."""
    text = (ROOT / source).read_text(encoding="utf-8")
    if source == STATEMENT:
        return statement_bullets(text)
    if source == SELFTEST:
        return selftest_labels(text)
    if source.endswith(".py"):
        return [s for s in strings(text) if NO_NAMES.search(s)]
    return [s for s in sentences(text) if MARKER.search(s)]


def no_names_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ssa_desktop").rglob("*.py")
                  if any(NO_NAMES.search(s) for s in strings(p.read_text(encoding="utf-8"))))


def searchable(source: str) -> str:
    """What a quote must stand in: the normalised text (without the > of quoted lines),
    for a module its strings."""
    text = (ROOT / source).read_text(encoding="utf-8")
    if source.endswith(".py"):
        return " ¶ ".join(strings(text))
    return norm(re.sub(r"^\s*>\s?", "", text, flags=re.MULTILINE))


def defines(path: Path, name: str) -> bool:
    scope: list[ast.stmt] = ast.parse(path.read_text(encoding="utf-8")).body
    for part in name.split("::"):
        node = next((n for n in scope if isinstance(n, ast.FunctionDef | ast.ClassDef)
                     and n.name == part), None)
        if node is None:
            return False
        scope = node.body
    return True


# --- the checks -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return parse(LIST.read_text(encoding="utf-8"))


def test_patterns_find_what_they_should():
    """The checks below would pass on nothing if the patterns found nothing."""
    assert [bool(MARKER.search(s)) for s in (
        "Conflicts are never written silently.", "ablegen nur auf einem Datenträger",
        "Es wird nichts geschrieben.", "keinen Zeiteintrag", "derselbe Tresor ergibt immer",
        "Only who opened the package knows the secret.", "none of them leaves the vault",
        "Nie doppelt.", "Keine Namen.", "The note is not checked.", "a nonexistent row",
        "Nurse, Kino, eineinhalb, Nieren, Konlyze", "keinerlei")] == [
        True, True, True, True, True, True, True, True, True, False, False, False, False]
    assert NO_NAMES.search("Er enthält keine  Namen, nur Zahlen.")
    assert NO_NAMES.search("keinen Namen")
    assert not NO_NAMES.search("keine Namensliste")
    text = ("# Titel\n\nErster Satz, z. B. mit Abkürzung. Zweiter Satz\nüber zwei Zeilen! "
            "„Dritter“ nie.\n\n```\nnie im Code\n```\n- Punkt eins\n  weiter.\n"
            "| a | nie |\n|---|---|\n> Zitat\n> weiter.\n")
    assert sentences(text) == ["Erster Satz, z. B. mit Abkürzung.",
                               "Zweiter Satz über zwei Zeilen!", "„Dritter“ nie.",
                               "- Punkt eins weiter.", "| a | nie |", "Zitat weiter."]


def test_the_parser_reads_the_three_sections():
    sample = ("## Versprechen\n\n| Quelle | Versprechen | Tests |\n| --- | --- | --- |\n"
              "| `docs/x.md` | „a \\| b“ | `tests/t.py::test_a`, `tests/t.py::C::test_b` |\n"
              "## Keine Versprechen\n| `docs/x.md` | „nie“ | Geschichte |\n"
              "## Noch ohne Test\n| `docs/y.md` | „immer  so“ | fehlt |\n## Sonst\n"
              "| `docs/z.md` | „x“ | y |\n")
    assert parse(sample) == [
        Entry("promise", "docs/x.md", "a | b",
              "`tests/t.py::test_a`, `tests/t.py::C::test_b`"),
        Entry("exempt", "docs/x.md", "nie", "Geschichte"),
        Entry("unproven", "docs/y.md", "immer so", "fehlt")]
    assert parse(sample)[0].tests() == [("tests/t.py", "test_a"), ("tests/t.py", "C::test_b")]
    with pytest.raises(ValueError):
        parse("## Versprechen\n| `docs/x.md` | ohne Anführung | y |\n")


def test_the_self_test_lines_and_the_statement_bullets_are_found():
    labels = units(SELFTEST)
    assert labels[:3] == ["SQLCipher", "Volltextsuche (FTS5)", "Datenbank-Schema"]
    assert "KVJS-Vorlage" in labels and "Parquet (DuckDB)" in labels and len(labels) == 11
    bullets = units(STATEMENT)
    assert bullets[0].startswith("- Jeder Bereich, jeder Reiter") and len(bullets) == 20
    assert strings('x = f"am {d} (nur Zahlen, keine Namen)."\n') == [
        "am {} (nur Zahlen, keine Namen)."]


def test_every_quote_stands_in_its_source(entries):
    assert entries, "docs/promises.md lists nothing"
    texts: dict[str, str] = {}
    missing = []
    for e in entries:
        if not (ROOT / e.source).is_file():
            missing.append(f"{e.source}: no such file")
            continue
        text = texts.setdefault(e.source, searchable(e.source))
        if e.quote not in text:
            missing.append(f"{e.source}: „{e.quote}“")
    assert missing == [], "quoted, but no longer in the source:\n" + "\n".join(missing)


def test_every_named_test_exists(entries):
    absent = []
    for e in entries:
        if e.section == "promise" and not e.tests():
            absent.append(f"„{e.quote}“ names no test")
        for path, name in e.tests():
            file = ROOT / path
            if not file.is_file() or not defines(file, name):
                absent.append(f"{path}::{name}")
    assert absent == [], "\n".join(absent)


def test_every_promise_is_listed(entries):
    sources = [STATEMENT, SELFTEST, *MARKED_DOCS, *no_names_sources()]
    assert "ssa_desktop/services/network.py" in sources
    unlisted = []
    for source in sources:
        quotes = [e.quote for e in entries if e.source == source]
        unlisted += [f"{source}: {u}" for u in units(source)
                     if not any(q in u or u in q for q in quotes)]
    assert unlisted == [], ("promises not in docs/promises.md (list each with its test, "
                            "or under „Keine Versprechen“ with a reason):\n"
                            + "\n".join(unlisted))


def unproven(entries: list[Entry]) -> list[str]:
    """The rows of „Noch ohne Test“: promises that wait for their test."""
    return [f"{e.source}: „{e.quote}“ – {e.rest}" for e in entries if e.section == "unproven"]


def test_the_unproven_promises_are_named(entries):
    """Every promise names the test that proves it: a row under „Noch ohne Test“ fails
    (issue 65: this test only printed them)."""
    assert unproven(entries) == [], "Noch ohne Test:\n" + "\n".join(unproven(entries))


def test_an_unproven_promise_is_found():
    sample = "## Noch ohne Test\n| `docs/y.md` | „immer so“ | fehlt: tests/t.py |\n"
    assert unproven(parse(sample)) == ["docs/y.md: „immer so“ – fehlt: tests/t.py"]
