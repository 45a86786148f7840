"""The ADMX/ADML templates in packaging/windows/admx declare exactly the machine policies
the program reads (storage.machine_policy), under its key, with every text and
presentation they name in both languages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ssa_desktop.storage.machine_policy import POLICY_KEY, POLICY_VALUES

ADMX_DIR = Path(__file__).resolve().parents[1] / "packaging" / "windows" / "admx"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


def _admx() -> ET.Element:
    return ET.parse(ADMX_DIR / "ssa-desktop.admx").getroot()


def _value_names(policy: ET.Element) -> set[str]:
    names = {policy.get("valueName")} if policy.get("valueName") else set()
    return names | {e.get("valueName") for e in policy.iterfind("p:elements/*", NS)}


def test_every_policy_the_program_reads_is_in_the_admx_and_no_other():
    policies = _admx().findall("p:policies/p:policy", NS)
    declared = set().union(*(_value_names(p) for p in policies))
    assert declared == set(POLICY_VALUES)
    assert len(declared) == len(policies)  # one value a policy
    for policy in policies:
        assert policy.get("class") == "Machine"
        assert "HKLM\\" + policy.get("key") == POLICY_KEY


def _references(kind: str) -> set[str]:
    text = (ADMX_DIR / "ssa-desktop.admx").read_text(encoding="utf-8")
    return set(re.findall(rf"\$\({kind}\.([^)]+)\)", text))


def test_both_languages_hold_every_text_and_presentation():
    for language in ("de-DE", "en-US"):
        adml = ET.parse(ADMX_DIR / language / "ssa-desktop.adml").getroot()
        strings = {s.get("id") for s in adml.iterfind("p:resources/p:stringTable/p:string", NS)}
        shown = {p.get("id"): p for p in
                 adml.iterfind("p:resources/p:presentationTable/p:presentation", NS)}
        assert strings == _references("string"), language
        assert set(shown) == _references("presentation"), language
        element_ids = {e.get("id") for e in _admx().iterfind("p:policies/p:policy/p:elements/*",
                                                             NS)}
        refs = {c.get("refId") for p in shown.values() for c in p}
        assert refs == element_ids, language


def test_every_namespace_the_admx_declares_is_used():
    """A ``using`` whose prefix nothing refers to only makes gpedit look for another
    template (``windows``: Microsoft.Policies.Windows) it does not need."""
    text = (ADMX_DIR / "ssa-desktop.admx").read_text(encoding="utf-8")
    for prefix in re.findall(r'<using prefix="([^"]+)"', text):
        assert f'"{prefix}:' in text, prefix


def test_the_path_policies_are_expandable_and_say_they_must_be_complete():
    from ssa_desktop.storage.machine_policy import PATH_POLICIES

    for policy in _admx().findall("p:policies/p:policy", NS):
        if policy.get("name") in PATH_POLICIES:
            [text] = policy.findall("p:elements/p:text", NS)
            assert text.get("expandable") == "true", policy.get("name")
    for language, word in (("de-DE", "vollständig"), ("en-US", "complete")):
        adml = (ADMX_DIR / language / "ssa-desktop.adml").read_text(encoding="utf-8")
        for name in PATH_POLICIES:
            help_text = re.search(rf'<string id="{name}_Help">(.*?)</string>', adml).group(1)
            assert word in help_text, (language, name)
