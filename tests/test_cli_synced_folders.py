"""The CLI refuses to write into a synced folder (and a vault there) with a reason."""

from __future__ import annotations

import pytest

from ssa_desktop import cli
from ssa_desktop.storage import machine_policy as policy_module
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.cli_runs import run_cli


def run(capsys, *argv) -> tuple[int, str, str]:
    return run_cli(capsys, *argv)


@pytest.fixture
def onedrive(tmp_path, monkeypatch):
    """A OneDrive for Business folder with no telling name, as its client announces it."""
    cloud = tmp_path / "Cloud Jugendhilfe"
    cloud.mkdir()
    monkeypatch.setenv("OneDriveCommercial", str(cloud))
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    return cloud


@pytest.fixture
def vault(tmp_path):
    folder = tmp_path / "tresor"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    return folder


@pytest.mark.parametrize("argv,target", [
    (["export-json", "--out"], "alles.json"),
    (["backup", "--out"], "sicherung.ssabak"),
    (["emergency-key", "--sheet"], "notfall.pdf"),
    (["kvjs", "--year", "2025/26", "--post", "--format", "xlsx", "--out"], "kvjs.xlsx"),
    (["report", "--year", "2025/26", "--school", "X", "--out"], "jahresbericht.pdf"),
])
def test_outputs_into_a_synced_folder_are_refused(capsys, onedrive, vault, argv, target):
    path = onedrive / "Dokumente" / target
    code, _out, err = run(capsys, argv[0], "--vault", vault, *argv[1:], path)
    assert code == 1, err
    assert "OneDrive for Business" in err and str(onedrive) in err
    assert "--allow-synced-folder" in err and "Traceback" not in err
    assert not path.exists()


def test_allow_synced_folder_writes_anyway(capsys, onedrive, vault):
    path = onedrive / "alles.json"
    code, _out, err = run(capsys, "export-json", "--vault", vault, "--out", path,
                          "--allow-synced-folder")
    assert code == 0, err
    assert path.exists()


def test_every_writing_command_takes_the_option():
    parser = cli.build_parser()
    seen = []

    def walk(parser, name):
        for action in parser._actions:
            if hasattr(action, "choices") and isinstance(action.choices, dict):
                for sub_name, sub in action.choices.items():
                    walk(sub, f"{name} {sub_name}".strip())
        dests = {a.dest for a in parser._actions}
        if dests & set(cli.OUTPUT_DESTS) and name not in cli.NO_PERSONAL_OUTPUT:
            seen.append(name)
            assert "allow_synced_folder" in dests, name

    walk(parser, "")
    assert {"export-json", "backup", "init", "package create", "package receive",
            "package return"} <= set(seen)


def test_init_refuses_a_synced_vault_folder(capsys, onedrive, monkeypatch, tmp_path):
    folder = onedrive / "Tresor"
    code, _out, err = run(capsys, "init", "--vault", folder)
    assert code == 1
    assert "Der Tresor darf nicht in einem synchronisierten Ordner liegen" in err
    assert str(onedrive) in err and not folder.exists()
    # --allow-synced-folder is not for the vault: only IT's machine policy allows it
    code, _out, err = run(capsys, "init", "--vault", folder, "--allow-synced-folder")
    assert code == 1 and not folder.exists()
    file = tmp_path / "policy.json"
    file.write_text('{"AllowSyncedVaultFolder": true}')
    monkeypatch.setattr(policy_module, "LINUX_POLICY_FILE", file)
    monkeypatch.setattr(policy_module, "policy_file", lambda platform: file)
    code, _out, err = run(capsys, "demo", "--vault", folder, "--years", "1")
    assert code == 0, err
    assert Vault(folder).exists()


def test_local_outputs_are_not_asked_about(capsys, onedrive, vault, tmp_path):
    code, _out, err = run(capsys, "export-json", "--vault", vault, "--out",
                          tmp_path / "lokal" / "alles.json")
    assert code == 0, err


@pytest.mark.parametrize("typed", ["Berichte/alles.json", "./Berichte/../Berichte/alles.json"])
def test_an_output_typed_relative_through_a_link_into_a_synced_folder_is_refused(
        capsys, onedrive, vault, tmp_path, monkeypatch, typed):
    (tmp_path / "Berichte").symlink_to(onedrive)     # an ordinary-looking folder
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(capsys, "export-json", "--vault", vault, "--out", typed)
    assert code == 1, err
    assert "OneDrive for Business" in err and "Traceback" not in err
    assert not (onedrive / "alles.json").exists()


def test_a_vault_already_in_a_synced_folder_is_pointed_out_by_every_command(capsys, tmp_path,
                                                                            monkeypatch):
    folder = tmp_path / "Dropbox" / "tresor"   # made before the check, or synced later
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    code, _out, err = run(capsys, "info", "--vault", folder)
    assert code == 0, err
    assert (f"ssa-desktop: Hinweis: Der Tresor liegt in „{folder}“, einem Ordner, den Dropbox "
            "synchronisiert") in err
