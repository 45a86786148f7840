"""Extract the UI's German source strings into the Qt TS file and compile it.

    python tools/update_translations.py            # update .ts from the sources, compile .qm
    python tools/update_translations.py --check    # exit 1 if a string has no translation

What is extracted (by reading the AST, never by importing the modules):

- ``tr = translator("Context")`` at module or class level, then ``tr("Text")`` calls;
- ``QCoreApplication.translate("Context", "Text")`` with two literals;
- the titles of ``Entry(key, "Title", build)`` in a registry module (the sidebar areas,
  the pages of Einstellungen and of Datenschutz), in the context its ``TITLES_CONTEXT``
  names;
- ``option_field(OPTION, …)`` (an editor built from an option's metadata): the option's
  label, help and unit, context "SettingsArea";
- ``tr(expr)`` whose argument reads a literal table (``tr(KINDS[code])``, ``tr(h) for h in
  HEADERS``, ``tr(OPTION.label)``, ``HEADERS`` shown through ``tr_header``), in the module
  or in an imported one: every label of the table;
- ``captured(…, label="…")`` in ``ssa_desktop/domain/`` (a field's declared label, shown
  by the forms built from the declaration), context "Fields";
- ``translations/runtime_sources.json`` ({"Context": ["German", …]}): texts that reach
  ``tr()`` only at run time (headings and states built by services), listed by hand.

String arguments may be literals, implicitly concatenated literals or names of
module-level string constants. Merging keeps existing translations, fills unfinished
ones from ``translations/en_glossary.json`` and ``translations/glossary/*.json``
(German → English), marks new strings without a glossary entry ``type="unfinished"`` and
drops the strings the code no longer has. The file is written in a stable order (contexts
by name, messages by source, locations by file without line numbers), so an update
changes only the entries of strings added, removed or translated.
``translations/glossary/release.json`` is the release review: it is read last and its
entries replace the other glossaries' and the .ts file's translations of the same source
(a key ``"Context::German"`` only in that context, for a word whose English differs).
A source with ``%n`` (``tr("%n Sitzung(en)", n=…)``) is a numerus message; its English may
be the list of its forms (``["%n session", "%n sessions"]``).
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
RUNTIME_SOURCES = TRANSLATIONS / "runtime_sources.json"
SETTINGS_CONTEXT = "SettingsArea"
OPTION_EDITOR = "option_field"  # ui/settings/option_widgets.py
FIELDS_CONTEXT = "Fields"  # ui/common/declared_fields.py


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
        self.dynamic: list[tuple[str, ast.expr, int]] = []  # tr(<not a literal>)

    def _lookup(self, name: str) -> str | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 (ast API)
        translators, _ = _assignments(node.body)
        self.scopes.append(translators)
        self._header_table(node)
        self.generic_visit(node)
        self.scopes.pop()

    def _header_table(self, node: ast.ClassDef) -> None:
        """``HEADERS = (…)`` shown through ``tr_header = staticmethod(tr)`` (RowsTableModel)."""
        headers = _assigned(node.body, "HEADERS")
        shown = _assigned(node.body, "tr_header")
        if (headers is not None and isinstance(shown, ast.Call) and shown.args
                and isinstance(shown.args[0], ast.Name)):
            context = self._lookup(shown.args[0].id)
            if context is not None:
                self.dynamic.append((context, headers, headers.lineno))

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 (ast API)
        func = node.func
        if isinstance(func, ast.Name) and node.args:
            context = self._lookup(func.id)
            text = _const_str(node.args[0], self.constants)
            if context is not None and text:
                self.found.append((context, text, node.lineno))
            elif context is not None and not isinstance(node.args[0], ast.Constant):
                self.dynamic.append((context, node.args[0], node.lineno))
        if isinstance(func, ast.Name) and func.id == OPTION_EDITOR and node.args:
            for attr in ("label", "help", "unit"):  # option_field(OPTION, …) shows these
                shown = ast.Attribute(value=node.args[0], attr=attr, ctx=ast.Load())
                self.dynamic.append((SETTINGS_CONTEXT, shown, node.lineno))
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
    tables = _Tables(path, tree)
    found += [(c, t, rel, line) for c, expr, line in extractor.dynamic
              for t in tables.labels(expr)]
    found += _entry_titles(tree, rel)
    return found


def _entry_titles(tree: ast.Module, rel: str) -> list[tuple[str, str, str, int]]:
    """The titles of ``Entry(key, "Title", build)`` in a registry module (``ui/areas.py``,
    ``ui/settings/pages/__init__.py``, ``ui/privacy/pages.py``), in the context the module
    names in ``TITLES_CONTEXT``."""
    context = _const_str(_assigned(tree.body, "TITLES_CONTEXT") or ast.Constant(None), {})
    if not context:
        return []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id == "Entry":
            texts = node.args[1:2] + [k.value for k in node.keywords if k.arg == "title"]
            for arg in texts:
                text = _const_str(arg, {})
                if text:
                    found.append((context, text, rel, node.lineno))
    return found


def _captured_labels(root: Path) -> list[tuple[str, str, str, int]]:
    """The labels of ``captured(…, label="…")`` in ``ssa_desktop/domain/``: the forms
    built from the declaration show them (``ui/common/declared_fields.py``)."""
    found = []
    for path in sorted((root / "ssa_desktop" / "domain").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == "captured":
                facts = {k.arg: _const_str(k.value, {}) for k in node.keywords}
                text, key = facts.get("label"), facts.get("key")
                for label in (text, _with_key(text, key) if text and key else None):
                    if label:
                        found.append((FIELDS_CONTEXT, label, path.relative_to(root).as_posix(),
                                      node.lineno))
    return found


def _with_key(label: str, key: str) -> str:
    """``label`` with "&" before its declared Alt ``key`` ("Sprach&mittlung"), as
    ``declared_fields.declared_label`` asks for it."""
    at = label.lower().find(key.lower())
    return label[:at] + "&" + label[at:] if at >= 0 else "&" + label


# -- labels from tables: tr(KINDS[code]), tr(h) for h in HEADERS, tr(OPTION.label) ---------
def _assigned(body: list[ast.stmt], name: str) -> ast.expr | None:
    """The value last assigned to ``name`` directly in ``body``."""
    value = None
    for stmt in body:
        if isinstance(stmt, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in stmt.targets):
            value = stmt.value
        elif (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
              and stmt.target.id == name and stmt.value is not None):
            value = stmt.value
    return value


def _package_base(path: Path) -> Path:
    """The folder that holds the top package of ``path`` (the import root)."""
    folder = path.resolve().parent
    while (folder / "__init__.py").exists():
        folder = folder.parent
    return folder


class _Module:
    """One parsed module: its tree, parent links and imported names."""

    _cache: dict[Path, _Module] = {}

    def __init__(self, path: Path, tree: ast.Module | None = None):
        self.path = path.resolve()
        self.tree = tree or ast.parse(self.path.read_text(encoding="utf-8"))
        self.base = _package_base(self.path)
        self.parents = {c: p for p in ast.walk(self.tree) for c in ast.iter_child_nodes(p)}
        package = self.path.relative_to(self.base).with_suffix("").parts[:-1]
        self.imports: dict[str, tuple[str, str | None]] = {}
        for node in self.tree.body:
            if isinstance(node, ast.ImportFrom):
                parts = list(package[:len(package) - node.level + 1]) if node.level else []
                module = ".".join(parts + ([node.module] if node.module else []))
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (module, alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        self.imports[alias.asname] = (alias.name, None)

    @classmethod
    def load(cls, dotted: str, base: Path) -> _Module | None:
        stem = base.joinpath(*dotted.split("."))
        for path in (stem.with_suffix(".py"), stem / "__init__.py"):
            if path.exists():
                key = path.resolve()
                if key not in cls._cache:
                    cls._cache[key] = cls(key)
                return cls._cache[key]
        return None


class _Tables:
    """The German labels a non-literal ``tr(expr)`` can show, when ``expr`` reads a literal
    table of the same module or of an imported one: a dict's values, a tuple's items (the
    label of ``(code, label)`` pairs), an option's ``label``/``help``, a string constant;
    also through a loop variable over such a table. Texts computed at run time are not
    found."""

    LABEL_ATTRS = ("label", "help", "title", "text", "unit")

    def __init__(self, path: Path, tree: ast.Module):
        self.module = _Module(path, tree)

    def labels(self, expr: ast.expr) -> list[str]:
        texts = self._texts(expr, self.module, None, depth=0)
        return list(dict.fromkeys(t for t in texts if any(ch.isalpha() for ch in t)))

    # an expression whose value is shown
    def _texts(self, expr, mod: _Module, pick: int | None, depth: int) -> list[str]:
        if depth > 6:
            return []
        if isinstance(expr, (ast.Constant, ast.Tuple, ast.List, ast.Dict)):
            return self._strings(expr, mod, pick, depth + 1)
        if isinstance(expr, ast.Name):
            bound = self._loop_binding(expr, mod)
            if bound is not None:
                table, index = bound
                return self._strings(table, mod, index, depth + 1)
            value, where = self._resolve(expr, mod, depth + 1)
            return self._strings(value, where, pick, depth + 1) if value is not None else []
        if isinstance(expr, ast.Attribute) and expr.attr in self.LABEL_ATTRS:
            if isinstance(expr.value, ast.Name) and self._loop_binding(expr.value, mod):
                return self._texts(expr.value, mod, pick, depth + 1)
            value, where = self._resolve(expr.value, mod, depth + 1)
            option = self._unwrap_call(value)
            if option is not None:
                return self._option_text(option, expr.attr, where, depth)
        if isinstance(expr, (ast.Subscript, ast.Attribute, ast.Call)):
            value, where = self._resolve(expr, mod, depth + 1)
            return self._strings(value, where, pick, depth + 1) if value is not None else []
        return []

    def _option_text(self, call: ast.Call, attr: str, mod: _Module, depth: int) -> list[str]:
        for keyword in call.keywords:
            if keyword.arg == attr:
                return self._strings(keyword.value, mod, None, depth + 1)
        if attr == "label" and len(call.args) > 3:  # Option(name, type, default, label, …)
            return self._strings(call.args[3], mod, None, depth + 1)
        return []

    @staticmethod
    def _unwrap_call(value) -> ast.Call | None:
        """``declare(Option(…))`` → the ``Option(…)`` call."""
        while isinstance(value, ast.Call) and len(value.args) == 1 \
                and isinstance(value.args[0], ast.Call):
            value = value.args[0]
        return value if isinstance(value, ast.Call) else None

    def _loop_binding(self, name: ast.Name, mod: _Module) -> tuple[ast.expr, int | None] | None:
        """(iterated table, position in the target) when ``name`` is a loop variable."""
        node = name
        while node in mod.parents:
            node = mod.parents[node]
            generators = ([node] if isinstance(node, (ast.For, ast.comprehension)) else
                          node.generators if isinstance(node, (ast.ListComp, ast.SetComp,
                                                                ast.GeneratorExp, ast.DictComp))
                          else [])
            for loop in generators:
                target, table = loop.target, loop.iter
                if isinstance(table, ast.Call) and isinstance(table.func, ast.Name) \
                        and table.func.id == "enumerate" and table.args:
                    if isinstance(target, ast.Tuple) and len(target.elts) == 2:
                        target, table = target.elts[1], table.args[0]
                if isinstance(target, ast.Name) and target.id == name.id:
                    return table, None
                if isinstance(target, ast.Tuple):
                    for index, elt in enumerate(target.elts):
                        if isinstance(elt, ast.Name) and elt.id == name.id:
                            return table, index
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                return None
        return None

    # where a name's table is defined
    def _resolve(self, expr, mod: _Module, depth: int) -> tuple[ast.expr | None, _Module]:
        if depth > 6:
            return None, mod
        if isinstance(expr, ast.Subscript):
            return self._resolve(expr.value, mod, depth + 1)
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) \
                and expr.func.attr in ("get", "label", "items", "values"):
            return self._resolve(expr.func.value, mod, depth + 1)
        if isinstance(expr, ast.Name):
            value = _assigned(mod.tree.body, expr.id)
            if value is not None:
                return value, mod
            if expr.id in mod.imports:
                module, member = mod.imports[expr.id]
                source = _Module.load(module, mod.base)
                if source is not None and member:
                    value = _assigned(source.tree.body, member)
                    if value is not None:
                        return value, source
            return None, mod
        if isinstance(expr, ast.Attribute):
            owner = expr.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                return self._class_attr(expr, mod), mod
            if isinstance(owner, ast.Name) and owner.id in mod.imports:
                module, member = mod.imports[owner.id]
                source = _Module.load(f"{module}.{member}" if member else module, mod.base)
                if source is not None:
                    return _assigned(source.tree.body, expr.attr), source
        return None, mod

    @staticmethod
    def _class_attr(expr: ast.Attribute, mod: _Module) -> ast.expr | None:
        node = expr
        while node in mod.parents and not isinstance(node, ast.ClassDef):
            node = mod.parents[node]
        classes = ([node] if isinstance(node, ast.ClassDef) else []) + [
            c for c in ast.walk(mod.tree) if isinstance(c, ast.ClassDef)]
        for cls in classes:
            value = _assigned(cls.body, expr.attr)
            if value is not None:
                return value
        return None

    # the strings of a table
    def _strings(self, node, mod: _Module, pick: int | None, depth: int) -> list[str]:
        if node is None or depth > 8:
            return []
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else []
        if isinstance(node, ast.Dict):
            if pick == 0:  # for code, label in TABLE.items(): the keys are codes
                return []
            return [s for v in node.values for s in self._strings(v, mod, None, depth + 1)]
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            out: list[str] = []
            for elt in node.elts:
                if pick is not None and isinstance(elt, ast.Tuple):
                    if pick < len(elt.elts):
                        out += self._strings(elt.elts[pick], mod, None, depth + 1)
                else:
                    out += self._pair_label(elt, mod, depth)
            return out
        if isinstance(node, (ast.Name, ast.Attribute, ast.Subscript)) or (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("get", "label", "items", "values")):
            value, where = self._resolve(node, mod, depth + 1)
            return self._strings(value, where, pick, depth + 1)
        if isinstance(node, ast.Call):  # Catalogue("name", (code, label), …), dict({…})
            return [s for arg in node.args if not isinstance(arg, ast.Constant)
                    for s in self._pair_label(arg, mod, depth)]
        if isinstance(node, ast.BinOp):
            return self._strings(node.left, mod, pick, depth + 1) + \
                self._strings(node.right, mod, pick, depth + 1)
        return []

    def _pair_label(self, elt, mod: _Module, depth: int) -> list[str]:
        """The label of a ``(code, label, …)`` row, else the element's strings."""
        if isinstance(elt, ast.Tuple) and len(elt.elts) >= 2 \
                and isinstance(elt.elts[0], ast.Constant):
            return self._strings(elt.elts[1], mod, None, depth + 1)
        return self._strings(elt, mod, None, depth + 1)


def extract(ui_dir: Path = UI_DIR, root: Path = ROOT,
            runtime: Path = RUNTIME_SOURCES) -> list[Message]:
    messages: dict[tuple[str, str], Message] = {}
    for path in sorted(ui_dir.rglob("*.py")):
        for context, text, rel, line in extract_file(path, root):
            msg = messages.setdefault((context, text), Message(context, text))
            msg.locations.append((rel, line))
    for context, text, rel, line in _captured_labels(root):
        msg = messages.setdefault((context, text), Message(context, text))
        msg.locations.append((rel, line))
    listed = json.loads(runtime.read_text(encoding="utf-8")) if runtime.exists() else {}
    for context, texts in listed.items():
        for text in texts:
            msg = messages.setdefault((context, text), Message(context, text))
            msg.locations.append((f"translations/{runtime.name}", 1))
    return sorted(messages.values(), key=lambda m: (m.context, m.locations[0]))


# -- the TS file -------------------------------------------------------------------------
@dataclass
class Entry:
    translation: str
    kind: str  # "" (finished), "unfinished"; "obsolete" only in files of the tool before
    forms: tuple[str, ...] = ()  # numerus forms (one, other) of a "%n" source

    @classmethod
    def of(cls, english: str | list[str], kind: str = "") -> Entry:
        """From a glossary value: a text, or for a "%n" source the list of its forms."""
        if isinstance(english, list):
            return cls(english[0], kind, tuple(english))
        return cls(english, kind)

    def finished(self) -> Entry:
        return Entry(self.translation, "", self.forms)


NUMERUS = "%n"  # a source with %n is a plural message: tr(text, n=…)


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
            forms = tuple(f.text or "" for f in node.iter("numerusform")) \
                if node is not None else ()
            entries[(name, source)] = Entry(forms[0] if forms else text, kind, forms)
    return entries


def merge(messages: list[Message], old: dict[tuple[str, str], Entry],
          glossary: dict[str, str | list[str]],
          reviewed: dict[str, str | list[str]] | None = None) -> dict[tuple[str, str], Entry]:
    """``reviewed`` (German → English) wins over ``old`` and ``glossary``; a key
    ``"Context::German"`` there applies to that context only. A "%n" source's English
    may be the list of its forms (["%n session", "%n sessions"])."""
    reviewed = reviewed or {}
    merged: dict[tuple[str, str], Entry] = {}
    for msg in messages:
        key = (msg.context, msg.source)
        entry = old.get(key)
        english = reviewed.get(f"{msg.context}{CONTEXT_MARK}{msg.source}",
                               reviewed.get(msg.source))
        if english is not None:
            merged[key] = Entry.of(english)
        elif entry is not None and entry.kind in ("", "obsolete", "vanished") and entry.translation:
            merged[key] = entry.finished()
        elif msg.source in glossary:
            merged[key] = Entry.of(glossary[msg.source])
        else:
            merged[key] = Entry(entry.translation if entry else "", "unfinished",
                                entry.forms if entry else ())
    return merged   # what the code no longer has is dropped (its English stays in git)


def write_ts(path: Path, messages: list[Message], entries: dict[tuple[str, str], Entry]) -> None:
    """Contexts by name, messages by source text, each location by its file alone (no line
    number): editing code moves nothing here, and a new string adds only its own entry."""
    files = {(m.context, m.source): sorted({rel for rel, _line in m.locations})
             for m in messages}
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="de_DE")
    contexts: dict[str, list[tuple[str, Entry]]] = {}
    for key in sorted(entries):
        contexts.setdefault(key[0], []).append((key[1], entries[key]))
    for name in sorted(contexts):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for source, entry in contexts[name]:
            msg = ET.SubElement(ctx, "message")
            for rel in files.get((name, source), []):
                ET.SubElement(msg, "location", filename="../../" + rel)
            ET.SubElement(msg, "source").text = source
            tr = ET.SubElement(msg, "translation")
            if NUMERUS in source:
                msg.set("numerus", "yes")
                for form in entry.forms or (entry.translation,) * 2:
                    ET.SubElement(tr, "numerusform").text = form
            else:
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
CONTEXT_MARK = "::"  # "Context::German" in release.json: English for one context only


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
    print(f"{len(messages)} strings, {len(missing)} without translation "
          f"-> {TS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
