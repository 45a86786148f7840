"""Extract the UI's German source strings into the Qt TS file and compile it.

    python tools/update_translations.py            # update .ts from the sources, compile .qm
    python tools/update_translations.py --check    # exit 1 if a string has no translation

What is extracted (by reading the AST, never by importing the modules):

- ``tr = translator("Context")`` at module or class level, then ``tr("Text")`` calls;
- ``QCoreApplication.translate("Context", "Text")`` with two literals;
- the sidebar titles (and placeholder texts) of ``ssa_desktop/ui/areas.py``, context
  "Areas".

String arguments may be literals, implicitly concatenated literals or names of
module-level string constants. Merging keeps existing translations, fills unfinished
ones from ``translations/en_glossary.json`` and ``translations/glossary/*.json``
(German → English), marks new strings
without a glossary entry ``type="unfinished"`` and vanished ones ``type="obsolete"``.
``translations/glossary/release.json`` is the release review: it is read last and its
entries replace the other glossaries' and the .ts file's translations of the same source.
The .qm is compiled with ``pyside6-lrelease`` found next to the running Python.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ssa_desktop" / "ui"
TRANSLATIONS = ROOT / "translations"
TS_FILE = TRANSLATIONS / "ssa_desktop_en.ts"
QM_FILE = TRANSLATIONS / "ssa_desktop_en.qm"
GLOSSARY = TRANSLATIONS / "en_glossary.json"
AREAS_CONTEXT = "Areas"


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


def _const_str(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _translator_context(value: ast.AST) -> str | None:
    """"X" for ``translator("X")``."""
    if (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
            and value.func.id == "translator" and value.args
            and isinstance(value.args[0], ast.Constant) and isinstance(value.args[0].value, str)):
        return value.args[0].value
    return None


def _assignments(body: list[ast.stmt]) -> tuple[dict[str, str], dict[str, str]]:
    """(translator names → context, string constants) assigned directly in ``body``."""
    translators: dict[str, str] = {}
    constants: dict[str, str] = {}
    for stmt in body:
        targets: list[ast.expr] = []
        value = None
        if isinstance(stmt, ast.Assign):
            targets, value = stmt.targets, stmt.value
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            targets, value = [stmt.target], stmt.value
        for target in targets:
            if not isinstance(target, ast.Name):
                continue
            context = _translator_context(value)
            if context is not None:
                translators[target.id] = context
            elif isinstance(value, ast.Constant) and isinstance(value.value, str):
                constants[target.id] = value.value
    return translators, constants


class _Extractor(ast.NodeVisitor):
    def __init__(self, filename: str, translators: dict[str, str], constants: dict[str, str]):
        self.filename = filename
        self.scopes = [translators]
        self.constants = constants
        self.found: list[tuple[str, str, int]] = []

    def _lookup(self, name: str) -> str | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 (ast API)
        translators, _ = _assignments(node.body)
        self.scopes.append(translators)
        self.generic_visit(node)
        self.scopes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 (ast API)
        func = node.func
        if isinstance(func, ast.Name) and node.args:
            context = self._lookup(func.id)
            text = _const_str(node.args[0], self.constants)
            if context is not None and text:
                self.found.append((context, text, node.lineno))
        elif (isinstance(func, ast.Attribute) and func.attr == "translate"
              and len(node.args) >= 2):
            context = _const_str(node.args[0], self.constants)
            text = _const_str(node.args[1], self.constants)
            if context and text:
                self.found.append((context, text, node.lineno))
        self.generic_visit(node)


def extract_file(path: Path, root: Path = ROOT) -> list[tuple[str, str, str, int]]:
    """(context, source, relative file, line) for every translatable string in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    translators, constants = _assignments(tree.body)
    extractor = _Extractor(str(path), translators, constants)
    extractor.visit(tree)
    try:
        rel = path.resolve().relative_to(root).as_posix()
    except ValueError:
        rel = path.name
    found = [(c, t, rel, line) for c, t, line in extractor.found]
    if path.name == "areas.py":
        found += _area_titles(tree, rel)
    return found


def _area_titles(tree: ast.Module, rel: str) -> list[tuple[str, str, str, int]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id == "AreaSpec":
            texts = [a for a in node.args[1:2]] + [a for a in node.args[3:4]]
            texts += [k.value for k in node.keywords if k.arg in ("title", "coming")]
            for arg in texts:
                text = _const_str(arg, {})
                if text:
                    found.append((AREAS_CONTEXT, text, rel, node.lineno))
    return found


def extract(ui_dir: Path = UI_DIR, root: Path = ROOT) -> list[Message]:
    messages: dict[tuple[str, str], Message] = {}
    for path in sorted(ui_dir.rglob("*.py")):
        for context, text, rel, line in extract_file(path, root):
            msg = messages.setdefault((context, text), Message(context, text))
            msg.locations.append((rel, line))
    return sorted(messages.values(), key=lambda m: (m.context, m.locations[0]))


# -- the TS file -------------------------------------------------------------------------
@dataclass
class Entry:
    translation: str
    kind: str  # "" (finished), "unfinished", "obsolete"


def read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    if not path.exists():
        return {}
    entries = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            source = msg.findtext("source", "")
            node = msg.find("translation")
            text = node.text or "" if node is not None else ""
            kind = node.get("type", "") if node is not None else "unfinished"
            entries[(name, source)] = Entry(text, kind)
    return entries


def merge(messages: list[Message], old: dict[tuple[str, str], Entry],
          glossary: dict[str, str],
          reviewed: dict[str, str] | None = None) -> dict[tuple[str, str], Entry]:
    """``reviewed`` (German → English) wins over ``old`` and ``glossary``."""
    reviewed = reviewed or {}
    merged: dict[tuple[str, str], Entry] = {}
    for msg in messages:
        key = (msg.context, msg.source)
        entry = old.get(key)
        if msg.source in reviewed:
            merged[key] = Entry(reviewed[msg.source], "")
        elif entry is not None and entry.kind in ("", "obsolete", "vanished") and entry.translation:
            merged[key] = Entry(entry.translation, "")
        elif msg.source in glossary:
            merged[key] = Entry(glossary[msg.source], "")
        else:
            merged[key] = Entry(entry.translation if entry else "", "unfinished")
    for key, entry in old.items():
        if key not in merged and entry.translation:
            merged[key] = Entry(entry.translation, "obsolete")
    return merged


def write_ts(path: Path, messages: list[Message], entries: dict[tuple[str, str], Entry]) -> None:
    locations = {(m.context, m.source): m.locations for m in messages}
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="de_DE")
    contexts: dict[str, list[tuple[str, Entry]]] = {}
    order = [(m.context, m.source) for m in messages] + sorted(
        k for k in entries if k not in locations)
    for key in order:
        contexts.setdefault(key[0], []).append((key[1], entries[key]))
    for name in sorted(contexts):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for source, entry in contexts[name]:
            msg = ET.SubElement(ctx, "message")
            for rel, line in locations.get((name, source), []):
                ET.SubElement(msg, "location", filename="../../" + rel, line=str(line))
            ET.SubElement(msg, "source").text = source
            tr = ET.SubElement(msg, "translation")
            tr.text = entry.translation
            if entry.kind:
                tr.set("type", entry.kind)
    ET.indent(root, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def find_lrelease() -> Path:
    """``pyside6-lrelease`` beside the running interpreter, else the one in PySide6."""
    bindir = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (bindir / name).exists():
            return bindir / name
    try:
        import PySide6
        base = Path(PySide6.__file__).parent
        for candidate in (base / "lrelease", base / "lrelease.exe",
                          base / "Qt" / "libexec" / "lrelease"):
            if candidate.exists():
                return candidate
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return Path(found)
    raise FileNotFoundError("lrelease not found; install PySide6")


def compile_qm(ts: Path = TS_FILE, qm: Path = QM_FILE) -> Path:
    subprocess.run([str(find_lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


GLOSSARY_DIR = TRANSLATIONS / "glossary"
RELEASE_NAME = "release.json"


def _read_json(path: Path) -> dict[str, str]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def load_glossary(path: Path = GLOSSARY, folder: Path = GLOSSARY_DIR) -> dict[str, str]:
    """German → English: ``en_glossary.json`` plus one ``glossary/<feature>.json`` per
    feature (so that engineers adding strings to different features never edit the
    same file); the release review (``release.json``) is read last."""
    glossary = _read_json(path)
    for extra in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        if extra.name != RELEASE_NAME:
            glossary.update(_read_json(extra))
    glossary.update(load_reviewed(folder))
    return glossary


def load_reviewed(folder: Path = GLOSSARY_DIR) -> dict[str, str]:
    """The release review: its English replaces every other translation of a source."""
    return _read_json(folder / RELEASE_NAME)


def unfinished(entries: dict[tuple[str, str], Entry]) -> list[tuple[str, str]]:
    return sorted(k for k, e in entries.items() if e.kind == "unfinished")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report strings without translation (exit 1 if any)")
    parser.add_argument("--no-compile", action="store_true", help="do not run lrelease")
    args = parser.parse_args(argv)
    messages = extract()
    entries = merge(messages, read_ts(TS_FILE), load_glossary(), load_reviewed())
    missing = unfinished(entries)
    if args.check:
        for context, source in missing:
            print(f"{context}: {source}")
        return 1 if missing else 0
    write_ts(TS_FILE, messages, entries)
    if not args.no_compile:
        compile_qm()
    obsolete = sum(1 for e in entries.values() if e.kind == "obsolete")
    print(f"{len(messages)} strings, {len(missing)} without translation, {obsolete} obsolete "
          f"-> {TS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
