"""The handbook's wizard step "Passphrase festlegen" says what the page shows: the box
"Auf diesem Gerät merken" only where the system offers a key ring (issue 31 item 14)."""

from __future__ import annotations

from pathlib import Path

from keyring.backends import fail

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.vault.wizard import PassphrasePage

HANDBOOK = Path(__file__).resolve().parents[3] / "docs" / "handbuch.md"


def test_without_a_key_ring_the_page_has_no_remember_box_and_the_handbook_says_so(qtbot):
    page = PassphrasePage(DeviceKeyStore(fail.Keyring()))
    qtbot.addWidget(page)
    page.show()
    assert not page.remember.isVisible()
    text = HANDBOOK.read_text(encoding="utf-8")
    step = text[text.index("2. **Passphrase festlegen.**"):text.index("3. **Ihr Notfallschlüssel.**")]
    assert "Nur wenn das Betriebssystem einen\n   Schlüsselbund bietet" in step
    assert "Fehlt es" in step
