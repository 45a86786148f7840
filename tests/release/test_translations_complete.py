"""Release quality of the translations: every German source string has its English
translation, the shipped .qm is exactly what the .ts compiles to, and Qt's own
strings (standard buttons, file and print dialogs) speak German in the German UI.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "ssa_desktop_en.ts"
QM = ROOT / "translations" / "ssa_desktop_en.qm"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    return module


def test_every_source_string_has_an_english_translation(tool):
    entries = tool.read_ts(TS)
    missing = [(m.context, m.source) for m in tool.extract()
               if (m.context, m.source) not in entries
               or entries[(m.context, m.source)].kind
               or not entries[(m.context, m.source)].translation]
    assert missing == [], f"{len(missing)} strings without English, e.g. {missing[:5]} " \
                          "(add them to translations/glossary/*.json, run " \
                          "tools/update_translations.py)"


def test_shipped_qm_is_compiled_from_the_current_ts(tool, tmp_path):
    fresh = tool.compile_qm(TS, tmp_path / "fresh.qm")
    assert fresh.read_bytes() == QM.read_bytes(), "run tools/update_translations.py"


def test_qt_standard_dialogs_speak_german(qapp):
    from ssa_desktop.app import install_translation

    try:
        assert install_translation(qapp, "de") == "de"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert QCoreApplication.translate("QFileDialog", "File &name:") == "Datei&name:"
    finally:
        install_translation(qapp, "de")
