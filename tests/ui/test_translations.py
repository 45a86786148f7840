"""The translation pipeline: extraction, merge, compiled .qm loaded by QTranslator."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "ssa_desktop_en.ts"
QM = ROOT / "translations" / "ssa_desktop_en.qm"
OWNED_CONTEXTS = {"Areas", "SettingsArea", "SettingsDialogs"}


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool():
    return _tool()


def test_qm_translates_sidebar_titles(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Areas", "Personen & Fälle") == "Persons & cases"
        assert QCoreApplication.translate("SettingsArea", "Tresor prüfen") == "Check vault"
        assert QCoreApplication.translate("Areas", "kein Quelltext") == "kein Quelltext"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("Areas", "Personen & Fälle") == "Personen & Fälle"


def test_owned_contexts_and_areas_are_fully_translated(tool):
    entries = tool.read_ts(TS)
    messages = tool.extract()
    current = {(m.context, m.source) for m in messages}
    assert {("Areas", "Einstellungen"), ("SettingsArea", "Tresor prüfen")} <= current
    missing = [k for k in current if k[0] in OWNED_CONTEXTS
               and (k not in entries or entries[k].kind or not entries[k].translation)]
    assert missing == []


def test_every_string_of_the_ui_has_english(tool):
    """Every string the extractor finds has its English in the .ts (the paging strings of
    the search once went without: run tools/update_translations.py with a glossary)."""
    entries = tool.read_ts(TS)
    current = {(m.context, m.source) for m in tool.extract()}
    missing = sorted(k for k in current
                     if k not in entries or entries[k].kind or not entries[k].translation)
    assert missing == []


def test_placeholders_survive_translation(tool):
    for (context, source), entry in tool.read_ts(TS).items():
        if entry.translation and entry.kind != "obsolete":
            for n in range(3):
                assert (f"{{{n}}}" in source) == (f"{{{n}}}" in entry.translation), (context, source)


def test_extractor_finds_strings_in_a_sample_module(tool, tmp_path):
    sample = tmp_path / "ui" / "sample.py"
    sample.parent.mkdir()
    sample.write_text('''
from PySide6.QtCore import QCoreApplication
from ..i18n import translator

tr = translator("Sample")
GREETING = "Guten Morgen"

class Dialog:
    tr = translator("SampleDialog")

    def build(self):
        return tr("Speichern"), tr("Zwei " "Teile"), QCoreApplication.translate("Areas", "Termine")

def outside():
    return tr(GREETING), tr(variable_not_literal), other("Nicht übersetzt")
''', encoding="utf-8")
    found = {(c, s) for c, s, _f, _l in tool.extract_file(sample, tmp_path)}
    assert found == {("SampleDialog", "Speichern"), ("SampleDialog", "Zwei Teile"),
                     ("Areas", "Termine"), ("Sample", "Guten Morgen")}


def test_merge_keeps_translations_fills_from_glossary_and_drops_what_is_gone(tool, tmp_path):
    Message, Entry = tool.Message, tool.Entry
    old = {("C", "Alt"): Entry("Old", ""), ("C", "Bleibt"): Entry("Stays", ""),
           ("C", "Offen"): Entry("", "unfinished")}
    messages = [Message("C", "Bleibt"), Message("C", "Offen"), Message("C", "Neu"),
                Message("C", "Unbekannt")]
    merged = tool.merge(messages, old, {"Offen": "Open", "Neu": "New", "Bleibt": "IGNORED"})
    assert merged[("C", "Bleibt")] == Entry("Stays", "")
    assert merged[("C", "Offen")] == Entry("Open", "")
    assert merged[("C", "Neu")] == Entry("New", "")
    assert merged[("C", "Unbekannt")] == Entry("", "unfinished")
    assert ("C", "Alt") not in merged       # gone from the code: dropped, not kept obsolete
    ts = tmp_path / "x.ts"
    tool.write_ts(ts, messages, merged)
    assert tool.read_ts(ts) == merged
    qm = tool.compile_qm(ts, tmp_path / "x.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("C", "Neu") == "New"
    assert translator.translate("C", "Unbekannt") == ""


def _written(tool, path, messages, glossary):
    entries = tool.merge(messages, tool.read_ts(path), glossary)
    tool.write_ts(path, messages, entries)
    return path.read_text(encoding="utf-8").splitlines()


def test_a_new_string_adds_its_entry_and_nothing_else_moves(tool, tmp_path):
    """Code edited above a string moves its line; a new string lands among the others:
    the file changes by the new entry's lines alone."""
    import difflib

    Message = tool.Message
    ts = tmp_path / "x.ts"
    glossary = {"Anna": "Anna", "Bernd": "Bernd", "Clara": "Clara", "Neu": "New"}
    before = [Message("C", "Clara", [("ssa_desktop/ui/a.py", 30)]),
              Message("C", "Anna", [("ssa_desktop/ui/a.py", 10), ("ssa_desktop/ui/b.py", 4)]),
              Message("D", "Bernd", [("ssa_desktop/ui/b.py", 7)])]
    first = _written(tool, ts, before, glossary)
    after = [Message("C", "Neu", [("ssa_desktop/ui/a.py", 12)]),
             Message("C", "Clara", [("ssa_desktop/ui/a.py", 41)]),
             Message("C", "Anna", [("ssa_desktop/ui/a.py", 21), ("ssa_desktop/ui/b.py", 4)]),
             Message("D", "Bernd", [("ssa_desktop/ui/b.py", 9)])]
    second = _written(tool, ts, after, glossary)
    changed = [line for line in difflib.unified_diff(first, second, lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == ["+        <message>",
                       '+            <location filename="../../ssa_desktop/ui/a.py" />',
                       "+            <source>Neu</source>",
                       "+            <translation>New</translation>",
                       "+        </message>"]


def test_a_string_gone_from_the_code_leaves_the_file(tool, tmp_path):
    Message = tool.Message
    ts = tmp_path / "x.ts"
    _written(tool, ts, [Message("C", "Alt", [("a.py", 1)]), Message("C", "Bleibt", [("a.py", 2)])],
             {"Alt": "Old", "Bleibt": "Stays"})
    text = "\n".join(_written(tool, ts, [Message("C", "Bleibt", [("a.py", 2)])], {"Bleibt": "Stays"}))
    assert "Alt" not in text and "obsolete" not in text and "Stays" in text


def test_lrelease_is_found_from_the_interpreter(tool):
    path = tool.find_lrelease()
    assert path.exists()


def test_release_review_wins_over_the_ts_and_every_other_glossary(tool, tmp_path):
    Message, Entry = tool.Message, tool.Entry
    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "release.json").write_text('{"Ampel": "Traffic light"}', encoding="utf-8")
    (folder / "timeshare.json").write_text('{"Ampel": "Light", "Soll": "Target"}',
                                           encoding="utf-8")
    glossary = tool.load_glossary(tmp_path / "none.json", folder)
    assert glossary == {"Ampel": "Traffic light", "Soll": "Target"}
    old = {("C", "Ampel"): Entry("Light", ""), ("C", "Soll"): Entry("Should", "")}
    merged = tool.merge([Message("C", "Ampel"), Message("C", "Soll")], old, glossary,
                        tool.load_reviewed(folder))
    assert merged == {("C", "Ampel"): Entry("Traffic light", ""), ("C", "Soll"): Entry("Should", "")}
    only_d = tool.merge([Message("C", "Soll"), Message("D", "Soll")], old, glossary,
                        {"D::Soll": "Target value"})
    assert (only_d[("C", "Soll")], only_d[("D", "Soll")]) == (Entry("Should", ""),
                                                                Entry("Target value", ""))


def test_extractor_follows_tr_into_literal_tables(tool, tmp_path):
    """tr(KINDS[code]), tr(label) for code, label in X.items(), tr(h) for h in HEADERS,
    tr(OPTION.label), HEADERS through tr_header: the table's labels, never its codes."""
    pkg = tmp_path / "pkg"
    (pkg / "ui").mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "ui" / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "domain.py").write_text('''
KINDS = {"sick": "krank", "vacation": "Urlaub"}
REASONS = _cat("reason", ("s65", "Anvertraut"), ("other", "Anderer Grund"))
KEEP = declare(Option("backups.keep", int, 30, "Tage aufbewahren", help="Ältere gehen"))
''', encoding="utf-8")
    sample = pkg / "ui" / "sample.py"
    sample.write_text('''
from ..i18n import translator
from .. import domain as dm
from ..domain import REASONS

tr = translator("Sample")
WORDS = ("schwach", "gut")

class Table:
    HEADERS = ("Datum", "Dauer")
    tr_header = staticmethod(tr)

class Panel:
    STATUS = (("", "alle"), ("open", "mit offenem Fall"))

    def build(self, kind, score):
        a = tr(dm.KINDS[kind]) + tr(WORDS[score]) + tr(dm.KEEP.label) + tr(dm.KEEP.help)
        b = [tr(label) for code, label in self.STATUS]
        c = [tr(r.label) for r in REASONS]
        return a, b, c, tr(kind.runtime_text)
''', encoding="utf-8")
    found = {(c, s) for c, s, _f, _l in tool.extract_file(sample, tmp_path)}
    assert found == {("Sample", s) for s in (
        "krank", "Urlaub", "schwach", "gut", "Tage aufbewahren", "Ältere gehen",
        "Datum", "Dauer", "alle", "mit offenem Fall", "Anvertraut", "Anderer Grund")}


def test_runtime_sources_are_extracted(tool, tmp_path):
    ui = tmp_path / "ui"
    ui.mkdir()
    listed = tmp_path / "runtime_sources.json"
    listed.write_text('{"PrivacyArea": ["Gelöscht"]}', encoding="utf-8")
    messages = tool.extract(ui, tmp_path, listed)
    assert [(m.context, m.source) for m in messages] == [("PrivacyArea", "Gelöscht")]


def test_labels_of_captured_fields_are_extracted(tool, tmp_path):
    """A field's declared label reaches the forms built from the declaration
    (ui/common/declared_fields.py) through tr() at run time: it is extracted from the
    declaration, context "Fields"."""
    ui = tmp_path / "ssa_desktop" / "ui"
    domain = tmp_path / "ssa_desktop" / "domain"
    ui.mkdir(parents=True)
    domain.mkdir()
    (domain / "entities.py").write_text(
        'class X:\n    mode: str = captured("", catalogue=cat.A, label="Sprachmittlung")\n'
        '    other: str = captured("")\n', encoding="utf-8")
    messages = tool.extract(ui, tmp_path, tmp_path / "none.json")
    assert [(m.context, m.source) for m in messages] == [("Fields", "Sprachmittlung")]


def test_plural_sources_get_numerus_forms(tool, tmp_path):
    """tr("%n Sitzung(en)", n=…): the English .qm holds one and other form."""
    Message = tool.Message
    messages = [Message("Groups", "%n Sitzung(en)")]
    merged = tool.merge(messages, {}, {}, {"%n Sitzung(en)": ["%n session", "%n sessions"]})
    ts = tmp_path / "x.ts"
    tool.write_ts(ts, messages, merged)
    assert tool.read_ts(ts) == merged
    translator = QTranslator()
    assert translator.load(str(tool.compile_qm(ts, tmp_path / "x.qm")))
    assert translator.translate("Groups", "%n Sitzung(en)", None, 1) == "%n session"
    assert translator.translate("Groups", "%n Sitzung(en)", None, 3) == "%n sessions"
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Groups", "%n Sitzung(en)", None, 1) == "1 session"
        assert QCoreApplication.translate("Groups", "%n Sitzung(en)", None, 12) == "12 sessions"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_every_runtime_source_is_still_a_literal_of_the_package():
    """runtime_sources.json lists texts built by services or read from resources/ (the
    retention rule table); a renamed text must not linger."""
    import ast
    import json

    literals = {node.value for path in (ROOT / "ssa_desktop").rglob("*.py")
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    resources = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "resources").rglob("*.toml"))
    listed = json.loads((ROOT / "translations" / "runtime_sources.json").read_text("utf-8"))
    assert [t for texts in listed.values() for t in texts
            if t not in literals and f'"{t}"' not in resources] == []
