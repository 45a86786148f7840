"""Profiles Windows deletes with everything in them (issue 66): a temporary profile
(Windows could not load hers), an FSLogix profile container, IT's ``CleanupProfiles``.
A vault folder inside such a profile gets a red finding saying what to do, and
„Das ist sicher“ is never said. Windows is simulated: environment, ``DictRegistry``,
her SID (a real Windows: packaging/README.md, release checklist step 42a)."""

from __future__ import annotations

from pathlib import Path

from ssa_desktop.services.sync_folders import vault_location_notice, vault_place
from ssa_desktop.storage.location import (
    DELETED_AT_LOGOFF,
    PROFILE_MAY_VANISH,
    RED,
    location_findings,
)
from ssa_desktop.storage.sync_roots import DictRegistry, vanishing_profile

SID = "S-1-5-21-7-1001"
PROFILES = r"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList"
HERS = {rf"{PROFILES}\{SID}.bak": {"ProfileImagePath": r"%SystemDrive%\Users\anna"},
        rf"{PROFILES}\S-1-5-18": {"ProfileImagePath": r"%systemroot%\system32\config"}}
FSLOGIX = {r"HKLM\SOFTWARE\FSLogix\Profiles": {"Enabled": 1,
                                               "VHDLocations": r"\\fs01\profiles$"}}
CLEANUP = {r"HKLM\SOFTWARE\Policies\Microsoft\Windows\System": {"CleanupProfiles": 42}}


def env(profile: str = r"C:\Users\anna") -> dict[str, str]:
    return {"USERPROFILE": profile, "LOCALAPPDATA": profile + r"\AppData\Local",
            "SystemDrive": "C:", "USERNAME": "anna"}


def where(profile: str = r"C:\Users\anna", **keys):
    return {"platform": "win32", "env": env(profile), "registry": DictRegistry(keys),
            "home": Path(profile), "drive_type": lambda root: 3, "user_sid": SID}


def test_a_temporary_profile_is_found_by_her_profile_list_entry_and_by_its_name():
    temp = vanishing_profile(platform="win32", env=env(r"C:\Users\TEMP"),
                             registry=DictRegistry(HERS), user_sid=SID)
    assert temp is not None and temp.temporary
    assert temp.real_profile == r"C:\Users\anna"
    # Windows listing the TEMP folder under her SID and hers under <SID>.bak
    both = {**HERS, rf"{PROFILES}\{SID}": {"ProfileImagePath": r"C:\Users\TEMP"}}
    listed = vanishing_profile(platform="win32", env=env(r"C:\Users\TEMP"),
                               registry=DictRegistry(both), user_sid=SID)
    assert listed is not None and listed.real_profile == r"C:\Users\anna"
    # a temporary folder of another name: her entry names another folder
    other = vanishing_profile(platform="win32", env=env(r"C:\Users\anna.KREIS.000"),
                              registry=DictRegistry(HERS), user_sid=SID)
    assert other is not None and other.temporary
    # no entry readable (no SID): the name alone
    named = vanishing_profile(platform="win32", env=env(r"C:\Users\TEMP.KREIS.001"),
                              registry=DictRegistry({}), user_sid=None)
    assert named is not None and named.temporary and named.real_profile == ""
    # her own profile: nothing
    assert vanishing_profile(platform="win32", env=env(), registry=DictRegistry(HERS),
                             user_sid=SID) is None
    assert vanishing_profile(platform="linux", env=env(r"C:\Users\TEMP"),
                             registry=DictRegistry(HERS), user_sid=SID) is None


def test_a_vault_in_a_temporary_profile_is_red_and_names_her_real_profile():
    folder = r"C:\Users\TEMP\AppData\Local\SSA Desktop\tresor"
    findings = location_findings(folder, **where(r"C:\Users\TEMP", **HERS))
    [temp] = [f for f in findings if f.kind == DELETED_AT_LOGOFF]
    assert temp.level == RED
    assert "temporären Windows-Profil" in temp.text and r"C:\Users\anna" in temp.text
    assert "Ihre IT rufen" in temp.text
    kwargs = where(r"C:\Users\TEMP", **HERS)
    kwargs.pop("user_sid")
    place = vault_place(folder, **{**kwargs, "user_sid": SID})
    assert not place.safe and "Das ist sicher" not in place.text
    # outside the profile: no finding of the profile
    assert location_findings(r"C:\SSA-Daten\anna", **where(r"C:\Users\TEMP", **HERS)) == []


def test_fslogix_and_cleanup_profiles_are_red_for_a_folder_in_the_profile():
    folder = r"C:\Users\anna\AppData\Local\SSA Desktop\tresor"
    fslogix = location_findings(folder, **where(**FSLOGIX))
    assert [f.kind for f in fslogix] == [PROFILE_MAY_VANISH]
    assert fslogix[0].level == RED and "FSLogix" in fslogix[0].text
    assert "C:\\SSA-Daten" in fslogix[0].text
    cleanup = location_findings(folder, **where(**CLEANUP))
    assert [f.kind for f in cleanup] == [PROFILE_MAY_VANISH]
    assert "42 Tage" in cleanup[0].text and "CleanupProfiles" in cleanup[0].text
    both = location_findings(folder, **where(**FSLOGIX, **CLEANUP))
    assert len(both) == 2
    assert location_findings(r"C:\SSA-Daten\anna", **where(**FSLOGIX, **CLEANUP)) == []
    assert location_findings(folder, **where(**{r"HKLM\SOFTWARE\FSLogix\Profiles":
                                                {"Enabled": 0}})) == []


def test_the_status_line_names_a_profile_that_may_vanish():
    kwargs = where(**CLEANUP)
    kwargs.pop("user_sid")
    notice = vault_location_notice(r"C:\Users\anna\AppData\Local\SSA Desktop\tresor",
                                   **kwargs)
    assert notice is not None
    assert notice.short == "Tresor: im Profil, das Windows löschen kann"
    assert "42 Tage" in notice.text


def test_in_a_temporary_profile_her_vault_is_looked_for_in_her_real_profile():
    from ssa_desktop.services.sync_folders import in_real_profile

    default = r"C:\Users\TEMP\AppData\Local\SSA Desktop\tresor"
    found = in_real_profile(default, platform="win32", env=env(r"C:\Users\TEMP"),
                            registry=DictRegistry(HERS), user_sid=SID)
    assert str(found).replace("/", "\\") == r"C:\Users\anna\AppData\Local\SSA Desktop\tresor"
    # no profile-list entry: C:\Users\<USERNAME>
    by_name = in_real_profile(default, platform="win32", env=env(r"C:\Users\TEMP"),
                              registry=DictRegistry({}), user_sid=None)
    assert str(by_name).replace("/", "\\") == r"C:\Users\anna\AppData\Local\SSA Desktop\tresor"
    # her own profile, or a folder outside the temporary one: nothing to look for
    assert in_real_profile(r"C:\Users\anna\AppData\Local\SSA Desktop\tresor",
                           platform="win32", env=env(), registry=DictRegistry(HERS),
                           user_sid=SID) is None
    assert in_real_profile(r"C:\SSA-Daten\anna", platform="win32",
                           env=env(r"C:\Users\TEMP"), registry=DictRegistry(HERS),
                           user_sid=SID) is None
