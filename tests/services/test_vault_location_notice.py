"""A vault that already lies where it must not (a synced folder: made before the check, or
OneDrive's known-folder move synced its folder later; a network drive) is pointed out at
every unlock, naming the service and the folder, and what to do. Windows and the
policy are simulated through parameters."""

from __future__ import annotations

from ssa_desktop.services.sync_folders import vault_location_notice
from ssa_desktop.storage.machine_policy import MachinePolicy
from ssa_desktop.storage.sync_roots import DictRegistry
from tests.storage.test_location import LOCAL_MOUNTS

LIBRARY = r"C:\Users\anna\Jugendhilfe Nord e.V\Schulsozialarbeit - Dokumente"
SHAREPOINT = DictRegistry({
    r"HKCU\Software\Microsoft\OneDrive\Accounts\Business1\Tenants\Jugendhilfe Nord e.V":
        {LIBRARY: 1}})


def test_a_vault_in_a_synced_library_is_pointed_out_naming_service_and_folders():
    notice = vault_location_notice(LIBRARY + r"\Tresor", platform="win32", env={},
                                   registry=SHAREPOINT, drive_type=lambda root: 3)
    assert notice is not None
    assert notice.short == "Tresor: in einem synchronisierten Ordner (SharePoint)"
    assert notice.text == (
        f"Der Tresor liegt in „{LIBRARY}\\Tresor“, einem Ordner, den SharePoint "
        f"synchronisiert (über „{LIBRARY}“): verschlüsselte Kopien des Tresors und seiner "
        "Sicherungen gehen in die Cloud, Gelöschtes bleibt dort in älteren Versionen "
        "erhalten, und der Abgleich kann die Datenbank beschädigen. Bitte SSA Desktop "
        "beenden und den ganzen Tresor-Ordner mit Ihrer IT an einen Ort auf diesem Gerät "
        "verschieben, der nicht synchronisiert wird (Handbuch, „Synchronisierte Ordner“).")


def test_a_vault_on_a_network_drive_is_pointed_out():
    notice = vault_location_notice(r"\\server\freigabe\tresor", platform="win32", env={},
                                   registry=DictRegistry(), drive_type=lambda root: 3)
    assert notice is not None
    assert notice.short == "Tresor: auf einem Netzlaufwerk"
    assert notice.text.startswith("Der Tresor liegt in „\\\\server\\freigabe\\tresor“. "
                                  "Dieser Ordner liegt auf einem Netzlaufwerk.")


def test_a_local_vault_and_one_it_allows_in_a_synced_folder_are_not_pointed_out():
    assert vault_location_notice("/home/kim/.local/share/SSA Desktop/tresor", platform="linux",
                                 env={}, mounts=LOCAL_MOUNTS, registry=DictRegistry()) is None
    assert vault_location_notice("/home/kim/Dropbox/ssa", platform="linux", env={},
                                 mounts=LOCAL_MOUNTS,
                                 policy=MachinePolicy(allow_synced_vault_folder=True)) is None
    assert vault_location_notice("/home/kim/Dropbox/ssa", platform="linux", env={},
                                 mounts=LOCAL_MOUNTS,
                                 policy=MachinePolicy()).short.endswith("(Dropbox)")
