"""Every command of the command line, in the order of ``ssa-desktop --help``: the one
explicit list ``COMMANDS``, read by ``cli.build_parser``.

The commands that administer the vault itself (``init``, ``backup``, ``restore`` …) live in
``vault``; every other one in a module of this package, one per feature (``retention``,
``kvjs``, …), which defines ``arguments(p)`` (adds its options to the argparse sub-parser;
``--vault`` is added for it unless its entry says ``vault=False``) and ``run(args) -> int``
(does the work through ``services`` with the shared helpers of ``common``: ``unlocked``,
``out``, ``UsageError``, ``OperationFailed``, exit codes). ``cli.main`` handles every error
the same way for all commands: a ``UserError`` is its German sentence with exit 1. No
command imports ``cli``. Adding a command: its module here and one ``Command`` entry below.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from . import (
    breach,
    device,
    document,
    goal,
    kvjs,
    letters,
    package,
    processing_record,
    report,
    retention,
    rules,
    selftest,
    settings,
    slips,
    timeshare,
    traeger,
    vault,
)


@dataclass(frozen=True)
class Command:
    """One command of ``COMMANDS``: the shape of the UI registries' ``Entry`` (key, title,
    build) plus what a command needs. ``cli.main`` handles every error alike for all."""

    key: str                                                    # the command word
    title: str                                                  # German help line
    arguments: Callable[[argparse.ArgumentParser], None] | None  # adds its options
    run: Callable[[argparse.Namespace], int]                    # does the work: exit code
    vault: bool = True                                          # takes --vault ORDNER


COMMANDS: tuple[Command, ...] = (
    Command("init", "einen neuen Tresor anlegen (zeigt den Notfallschlüssel einmal an)",
                    vault.init_arguments, vault.cmd_init),
    Command("demo", "Tresor mit erfundenen Demodaten füllen (legt ihn bei Bedarf an)",
                    vault.demo_arguments, vault.cmd_demo),
    Command("info", "Angaben zum Tresor anzeigen (Kennung, Version, Anzahl der Einträge)",
                    None, vault.cmd_info),
    Command("check", "Tresor auf Beschädigungen prüfen (Rückgabewert 1 bei einem Problem)",
                     None, vault.cmd_check),
    Command("export-json", "alle Daten als UNVERSCHLÜSSELTE Austauschdatei (JSON) schreiben",
                           vault.export_json_arguments, vault.cmd_export_json),
    Command("import-json", "Austauschdatei (JSON) einlesen (in einen leeren Tresor oder zu "
                           "vorhandenen Daten dazu)",
                           vault.import_json_arguments, vault.cmd_import_json),
    Command("backup", "verschlüsselte Sicherung schreiben", vault.backup_arguments, vault.cmd_backup),
    Command("restore", "Tresor aus einer Sicherung wiederherstellen",
                       vault.restore_arguments, vault.cmd_restore),
    Command("passwd", "Passphrase ändern", vault.passwd_arguments, vault.cmd_passwd),
    Command("emergency-key", "Notfallschlüssel anzeigen (nach Eingabe der Passphrase)",
                             vault.emergency_key_arguments, vault.cmd_emergency_key),
    Command("screenshots", "Bildschirmfotos der Oberfläche mit Demodaten erzeugen",
                           vault.screenshots_arguments, vault.cmd_screenshots, vault=False),
    Command("breach-report", "Entwurf der Meldung einer Datenpanne als PDF (ohne Passphrase)",
                             breach.arguments, breach.run),
    Command("forget-device", "gemerktes Entsperren auf diesem Gerät vergessen "
                             "(Schlüsselbund-Eintrag löschen)", device.arguments, device.run),
    Command("goal", "Ziele mit Skala eines Falls: anlegen (add), einschätzen (rate), "
                    "auflisten (list)", goal.arguments, goal.run),
    Command("kvjs", "KVJS-Erhebungsbogen eines Schuljahres exportieren (anonym)",
                    kvjs.arguments, kvjs.run_kvjs),
    Command("rules", "Regelpaket der Förderung zeigen, aus einer Datei übernehmen, auflisten",
                     rules.arguments, rules.run),
    Command("kvjs-merge", "KVJS-Exportdateien (json) zu einer Summendatei zusammenführen",
                          kvjs.merge_arguments, kvjs.run_merge, vault=False),
    Command("package", "Vertretungspaket, Rückgabe und Übergabe einer Schule (verschlüsselte "
                       "Paketdateien)", package.arguments, package.run, vault=False),
    Command("letter", "Briefe und Formulare: Vorlagen zeigen und prüfen, einen Brief aus dem "
                      "Tresor füllen", letters.arguments, letters.run, vault=False),
    Command("loeschfristen", "Löschfristen für das Verzeichnis von Verarbeitungstätigkeiten "
                             "(Art. 30 DSGVO) als PDF schreiben",
                             processing_record.arguments, processing_record.run),
    Command("report", "Jahresbericht für das Auswertungsgespräch als PDF schreiben (anonym, "
                      "Zahlen unter 3 Personen als „< 3“)", report.arguments, report.run),
    Command("document", "Dokumente im Tresor: hinzufügen, auflisten, exportieren, löschen",
                        document.arguments, document.run),
    Command("retention", "Löschfristen prüfen (--dry-run) oder fällige Löschungen ausführen "
                         "(--apply)", retention.arguments, retention.run),
    Command("traeger", "Träger-Werkzeuge ohne Tresor: Lieferübersicht, Excel-Mappen je "
                       "Landkreis und Überblick für den Vorstand aus den KVJS-Exporten der "
                       "Stellen", traeger.arguments, traeger.run, vault=False),
    Command("self-test", "prüfen, ob diese Installation vollständig ist (SQLCipher, "
                         "Volltextsuche, Schlüsselbund, Übersetzungen, PDF-Schrift, Vorlagen)",
                         selftest.arguments, selftest.run, vault=False),
    Command("settings", "Einstellungen des Tresors anzeigen oder ändern",
                        settings.arguments, settings.run),
    Command("slips", "Beratungszettel als PDF schreiben (Tagesstapel, ein Termin oder leere "
                     "Zettel)", slips.arguments, slips.run),
    Command("timeshare", "Zeitanteile (Soll/Ist, Aufgabenbereiche, Zielwerte mit Ampel) als PDF, "
                         "CSV oder JSON schreiben", timeshare.arguments, timeshare.run),
)


