"""``forget-device``: the unlock this device remembers ("Auf diesem Gerät merken"), forgotten.

``--vault ORDNER`` forgets it for one vault (the keychain entry and this device's wrapped
key file in the vault folder), as Einstellungen → Sicherheit does; ``--all`` deletes every
entry of SSA Desktop in this user's keychain without a vault (the Windows uninstaller runs
``ssa-desktop-cli.exe forget-device --all``; IT can run it too). Nothing to forget is a
success.
"""

from __future__ import annotations

from pathlib import Path


def arguments(p) -> None:
    p.add_argument("--all", action="store_true",
                   help="alle Einträge von SSA Desktop im Schlüsselbund dieses Benutzers "
                        "löschen (ohne --vault; z. B. bei der Deinstallation)")


def make_store():
    """The device key store (the OS keychain, asked in a child process); tests replace it."""
    from ..services.session import DeviceKeyStore

    return DeviceKeyStore()


def run(args) -> int:
    from ..services.keychain import KeychainError, forget_all_devices, forget_device
    from ..services.session import VaultError
    from .common import EXIT_OK, OperationFailed, UsageError, out

    folder = getattr(args, "vault", None)
    if args.all == (folder is not None):
        raise UsageError("Bitte entweder --vault ORDNER (ein Tresor) oder --all (alle) "
                         "angeben.")
    store = make_store()
    if not store.available():
        out("Auf diesem Gerät ist kein Schlüsselbund verfügbar: es gibt nichts zu vergessen.")
        return EXIT_OK
    if args.all:
        try:
            removed = forget_all_devices(store)
        except KeychainError:
            raise OperationFailed(
                "Der Schlüsselbund kann seine Einträge nicht auflisten. Bitte den Eintrag "
                "„SSA Desktop Tresor“ in der Schlüsselbundverwaltung löschen.") from None
        out(f"Einträge von SSA Desktop im Schlüsselbund gelöscht: {removed}.")
        return EXIT_OK
    assert folder is not None   # --vault is given when --all is not (checked above)
    folder = Path(folder).expanduser()
    try:
        remembered = forget_device(folder, store)
    except VaultError:
        raise OperationFailed(f"In {folder} liegt kein lesbarer Tresor von SSA Desktop "
                              "(Schlüsseldatei fehlt oder ist beschädigt). Mit --all werden "
                              "alle Einträge gelöscht.") from None
    out("Dieses Gerät hat den Tresor vergessen: beim nächsten Öffnen wird die Passphrase "
        "verlangt." if remembered else "Dieses Gerät hatte sich den Tresor nicht gemerkt.")
    return EXIT_OK
