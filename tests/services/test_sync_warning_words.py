"""The warning before a save into a synced folder names the folder she chose, the synced
folder above it and the service, and does not claim that every file holds data about
children (a KVJS export is anonymous)."""

from __future__ import annotations

from pathlib import Path

from ssa_desktop.services.sync_folders import save_warning
from ssa_desktop.storage.sync_roots import SyncRoot


def test_the_warning_names_the_chosen_folder_and_the_synced_one():
    root = SyncRoot("OneDrive", "/home/anna/OneDrive")
    text = save_warning(Path("/home/anna/OneDrive/Dokumente/KVJS.csv"), root)
    assert text.startswith("Der Ordner „/home/anna/OneDrive/Dokumente“ wird mit OneDrive "
                           "synchronisiert (über „/home/anna/OneDrive“): „KVJS.csv“ würde in "
                           "die Cloud von OneDrive kopiert.")
    assert "kann Daten über Kinder und Familien oder Schlüssel enthalten" in text
