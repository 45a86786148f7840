"""Windows: a vault folder whose ACL lets Everyone, Users or Authenticated Users write into
it (create, delete or replace the vault's files) is named in the same notice as a POSIX
folder others can write, with the icacls line that leaves it to her and SYSTEM. The DACL
is read through ``folder_rights.read_dacl`` (GetNamedSecurityInfoW, GetAce,
ConvertSidToStringSidW); the test replaces it by the ACEs recorded on real folders."""

from __future__ import annotations

import pytest

from ssa_desktop.services.sync_folders import vault_location_notice
from ssa_desktop.storage.folder_rights import Ace
from ssa_desktop.storage.sync_roots import DictRegistry

FOLDER = r"C:\SSA Daten\Tresor"
HER = "S-1-5-21-3623811015-3361044348-30300820-1013"
ALLOWED, DENIED = 0, 1
OI_CI, INHERIT_ONLY = 0x03, 0x08

# Recorded: a folder made under C:\ (inherited from the drive's root, Windows 10/11)
UNDER_C = [Ace(ALLOWED, 0x10, 0x1F01FF, "S-1-5-32-544"),       # Administrators: full
           Ace(ALLOWED, 0x10, 0x1F01FF, "S-1-5-18"),           # SYSTEM: full
           Ace(ALLOWED, 0x10, 0x1200A9, "S-1-5-32-545"),       # Users: read & execute
           Ace(ALLOWED, 0x12, 0x000004, "S-1-5-32-545"),       # Users: create folders (CI)
           Ace(ALLOWED, 0x10, 0x1301BF, "S-1-5-11"),           # Authenticated Users: modify
           Ace(ALLOWED, 0x1B, 0xE0010000, "S-1-5-11")]         # … inherit only: generic modify
# What restrict_to_owner leaves: her and SYSTEM
OWNER_ONLY = [Ace(ALLOWED, OI_CI, 0x1F01FF, HER), Ace(ALLOWED, OI_CI, 0x1F01FF, "S-1-5-18")]


def _notice(aces):
    return vault_location_notice(FOLDER, platform="win32", env={}, registry=DictRegistry(),
                                 drive_type=lambda root: 3, read_dacl=lambda folder: aces,
                                 user_sid=lambda: HER)


ICACLS = (r'C:\Windows\System32\icacls.exe "C:\SSA Daten\Tresor" /inheritance:r /grant:r '
          f"*{HER}:(OI)(CI)F *S-1-5-18:(OI)(CI)F")


def test_a_folder_under_c_that_users_may_write_is_named_with_the_icacls_line():
    notice = _notice(UNDER_C)
    assert notice is not None
    assert notice.short == "Tresor: Ordner für andere beschreibbar"
    assert notice.text == (
        f"Den Tresorordner „{FOLDER}“ können andere Benutzer dieses Rechners beschreiben "
        "(Benutzer, Authentifizierte Benutzer): sie könnten Dateien des Tresors löschen, "
        "ersetzen oder umlenken. Bitte die Rechte auf Sie allein setzen (in der "
        f"Eingabeaufforderung): {ICACLS} (oder Ihre IT fragen).")


@pytest.mark.parametrize(("aces", "named"), [
    ([Ace(ALLOWED, OI_CI, 0x1F01FF, "S-1-1-0")], "Jeder"),                   # full control
    ([Ace(ALLOWED, 0, 0x40000000, "S-1-5-32-545")], "Benutzer"),             # generic write
    ([Ace(ALLOWED, 0, 0x000002, "S-1-5-11")], "Authentifizierte Benutzer"),  # add a file
    ([Ace(ALLOWED, OI_CI | INHERIT_ONLY, 0x000002, "S-1-1-0")], "Jeder"),    # the files inside
])
def test_each_broad_group_that_may_write_is_named(aces, named):
    notice = _notice(OWNER_ONLY + aces)
    assert notice is not None and f"beschreiben ({named}):" in notice.text


@pytest.mark.parametrize("aces", [
    OWNER_ONLY,
    OWNER_ONLY + [Ace(ALLOWED, OI_CI, 0x1200A9, "S-1-5-32-545")],   # Users may only read
    OWNER_ONLY + [Ace(DENIED, OI_CI, 0x1F01FF, "S-1-1-0")],         # a deny is no grant
    OWNER_ONLY + [Ace(ALLOWED, OI_CI, 0x1F01FF, "S-1-5-32-544")],   # Administrators
])
def test_a_folder_only_she_and_the_system_may_write_is_not_pointed_out(aces):
    assert _notice(aces) is None


def test_an_unreadable_acl_is_not_a_finding():
    def unreadable(folder):
        raise OSError(5, "Zugriff verweigert")
    assert vault_location_notice(FOLDER, platform="win32", env={}, registry=DictRegistry(),
                                 drive_type=lambda root: 3, read_dacl=unreadable,
                                 user_sid=lambda: HER) is None
