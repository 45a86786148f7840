"""The administrator's recipe in packaging/README.md stays as the walk-through found it has
to be (a Träger's IT with 40 managed laptops types it as written): each line below was
wrong or missing once. What only a real Intune/GPO shows is release-checklist step 54."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "packaging" / "README.md"


def _recipe() -> str:
    text = README.read_text("utf-8")
    start = text.index("## Deploying to managed laptops")
    return text[start:text.index("\n## ", start + 3)]


def _row(recipe: str, field: str) -> str:
    found = re.search(rf"^\| {re.escape(field)} \| (.*) \|$", recipe, re.M)
    assert found, field
    return found.group(1)


def test_the_intune_commands_are_the_ones_a_32_bit_agent_runs_right():
    recipe = _recipe()
    assert "IntuneWinAppUtil.exe -c build\\installer -s SSA-Desktop-<v>-Setup.exe" in recipe
    uninstall = _row(recipe, "Uninstall command")
    assert uninstall.startswith('`"%ProgramW6432%\\SSA Desktop\\unins000.exe" /VERYSILENT')
    assert "/ALLUSERS" in _row(recipe, "Install command")
    detection = _row(recipe, "Detection rule")
    assert "Path `%ProgramFiles%\\SSA Desktop`" in detection
    assert "File or folder `ssa-desktop.exe`" in detection          # path and file apart
    assert "Associated with a 32-bit app on 64-bit clients: No" in detection
    codes = _row(recipe, "Return codes")
    assert all(code in codes for code in ("0 success", "7 retry", "1 failed", "20 failed"))
    assert "Uninstall previous version: No" in _row(recipe, "Supersedence")


def test_the_gpo_walkthrough_names_share_rights_assignment_upgrades_and_offline_laptops():
    recipe = _recipe()
    for words in ("*Read* for `Domain Computers`", "*Assigned*", "*Properties → Upgrades → Add*",
                  "Always wait for the network", "gpresult /r /scope computer",
                  "Never a per-user setup pilot beside a GPO-assigned MSI"):
        assert words in recipe, words


def test_the_public_msi_properties_are_named():
    recipe = _recipe()
    for name in ("ARPHELPLINK", "ARPURLINFOABOUT", "ARPCONTACT", "INSTALLED_BUILD"):
        assert f"`{name}`" in recipe, name
