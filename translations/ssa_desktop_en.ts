<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
    <context>
        <name>AnnualReport</name>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>&amp;PDF erstellen …</source>
            <translation>Create &amp;PDF …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>&amp;Schule</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>&amp;Texte speichern</source>
            <translation>Save &amp;texts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Ausblick und Vorschläge</source>
            <translation>Outlook and proposals</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Bitte zuerst in den Einstellungen eine Schule anlegen.</source>
            <translation>Please add a school in Settings first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Die Namen stehen in den Zielen der Kooperationsvereinbarung (Vernetzung).</source>
            <translation>The names stand in the goals of the cooperation agreement (Networking).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Die Zahlen, Zeitanteile und Ziele stellt SSA Desktop selbst zusammen (anonym, Zahlen unter 3 Personen als „&lt; 3“). Hier schreiben Sie Ihre Texte – bitte ohne Namen und Einzelfälle.</source>
            <translation>SSA Desktop compiles the figures, time shares and goals itself (anonymous, counts below 3 persons as “&lt; 3”). Write your own texts here – please without names or individual cases.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Jahresbericht</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Jahresbericht als PDF erstellen</source>
            <translation>Create annual report as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Jahresbericht gespeichert: {0}</source>
            <translation>Annual report saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Jahresbericht speichern</source>
            <translation>Save annual report</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Jahresbericht wird erstellt …</source>
            <translation>Creating annual report …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Rahmen: Stelle, Zeiten, Räume, Besonderheiten des Jahres.</source>
            <translation>Framework: post, hours, rooms, particulars of the year.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Schul&amp;jahr</source>
            <translation>School &amp;year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Schuljahr</source>
            <translation>School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Schwerpunkte und Entwicklungen</source>
            <translation>Focus and developments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Texte gespeichert.</source>
            <translation>Texts saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Vorbemerkung</source>
            <translation>Preliminary remarks</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Was hat das Jahr geprägt? Themen, Bedarfe, neue Angebote – ohne Einzelfälle.</source>
            <translation>What shaped the year? Topics, needs, new offers – without individual cases.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Was soll sich ändern? Vorschläge für Ziele und Angebote der Vereinbarung.</source>
            <translation>What should change? Proposals for goals and offers of the agreement.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Wie lief die Kooperation? Gremien, Absprachen, Netzwerk.</source>
            <translation>How did the cooperation go? Bodies, agreements, network.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" />
            <source>Zusammenarbeit mit Schule und Partnern</source>
            <translation>Cooperation with school and partners</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <location filename="../../ssa_desktop/ui/context.py" />
            <source>Wird gesperrt, sobald die laufende Aktion fertig ist …</source>
            <translation>Locking as soon as the current action is finished …</translation>
        </message>
    </context>
    <context>
        <name>Appointments</name>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source> (heute)</source>
            <translation> (today)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>&amp;Löschen</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>&amp;Neuer Termin</source>
            <translation>&amp;New appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>&amp;Notiz (intern)</source>
            <translation>&amp;Note (internal)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>&amp;Raum</source>
            <translation>&amp;Room</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>&amp;Tag</source>
            <translation>&amp;Day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>&amp;Von – bis</source>
            <translation>&amp;From – to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>&amp;Woche</source>
            <translation>&amp;Week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Ab&amp;gesagt</source>
            <translation>&amp;Cancelled</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Als Brie&amp;f …</source>
            <translation>As a letter (&amp;f) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Als abgesagt markieren</source>
            <translation>Mark as cancelled</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Als nicht erschienen markieren</source>
            <translation>Mark as no-show</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Als wahrgenommen &amp;markieren …</source>
            <translation>&amp;Mark as attended …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Als wahrgenommen markieren und Kontakt erfassen</source>
            <translation>Mark as attended and record the contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Angezeigter Zeitraum</source>
            <translation>Period shown</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Bearbe&amp;iten</source>
            <translation>Ed&amp;it</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Beratungs&amp;zettel drucken</source>
            <translation>Print consultation &amp;slip</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Beratungszettel für alle Termine von heute drucken</source>
            <translation>Print consultation slips for all of today's appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Beratungszettel für den gewählten Termin drucken</source>
            <translation>Print the consultation slip for the selected appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Bitte prüfen</source>
            <translation>Please check</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Brief zu diesem Termin erstellen</source>
            <translation>Make a letter for this appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>D&amp;atum</source>
            <translation>Dat&amp;e</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Datum wählen</source>
            <translation>Choose date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Den Termin am {0} um {1} Uhr löschen?</source>
            <translation>Delete the appointment on {0} at {1}?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Der Termin beginnt erst am {0} um {1} Uhr. Als wahrgenommen markieren können Sie ihn ab seinem Beginn.</source>
            <translation>The appointment only begins on {0} at {1}. You can mark it as attended from its start.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Der Termin ist noch nicht gespeichert.</source>
            <translation>The appointment is not saved yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Gewählter Termin</source>
            <translation>Selected appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>He&amp;ute</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Heute anzeigen</source>
            <translation>Show today</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Heute gibt es keine Termine mit Schüler:innen.</source>
            <translation>There are no appointments with pupils today.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Ja, so speichern</source>
            <translation>Yes, save as it is</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>KW {0} · {1} – {2}</source>
            <translation>Week {0} · {1} – {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Kein Termin gewählt – Doppelklick oder Enter auf eine freie Zeit legt einen Termin an.</source>
            <translation>No appointment selected – double-click or press Enter on a free slot to create one.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Neuer Termin</source>
            <translation>New appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Nicht &amp;erschienen</source>
            <translation>N&amp;o-show</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Notiz (intern)</source>
            <translation>Note (internal)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Nur Termine mit einer Person können als Kontakt erfasst werden.</source>
            <translation>Only appointments with a person can be recorded as a contact.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/models.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Person (Pseudonym, Klasse)</source>
            <translation>Person (pseudonym, class)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Pseudonym oder Klasse tippen …</source>
            <translation>Type a pseudonym or class …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <location filename="../../ssa_desktop/ui/appointments/models.py" />
            <source>Raum</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/models.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Status: {0}.</source>
            <translation>Status: {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Tagesansicht</source>
            <translation>Day view</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Termin bearbeiten</source>
            <translation>Edit appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Termin gelöscht.</source>
            <translation>Appointment deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Termin gespeichert.</source>
            <translation>Appointment saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Termin löschen</source>
            <translation>Delete appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Termin wahrgenommen; der Kontakt ist erfasst.</source>
            <translation>Appointment attended; the contact has been recorded.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Termine</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Termine der Woche</source>
            <translation>Appointments of the week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Termine des Tages</source>
            <translation>Appointments of the day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Uhr</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Von – bis: Beginn</source>
            <translation>From – to: start</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Weiter (Alt+Rechts)</source>
            <translation>Next (Alt+Right)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Weiter (Alt+→)</source>
            <translation>Next (Alt+→)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Wochenansicht</source>
            <translation>Week view</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/models.py" />
            <source>Zeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Zettel &amp;für alle von heute</source>
            <translation>Sli&amp;ps for all of today</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Zurück (Alt+Links)</source>
            <translation>Back (Alt+Left)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" />
            <source>Zurück (Alt+←)</source>
            <translation>Back (Alt+←)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>bis: Ende</source>
            <translation>to: end</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>nur für Sie – erscheint nie auf dem Beratungszettel</source>
            <translation>only for you – never appears on the consultation slip</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>Ändern</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" />
            <source>— ohne Person —</source>
            <translation>— without person —</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" />
            <source>Arbeitszeit</source>
            <translation>Working time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" />
            <source>Datenschutz</source>
            <translation>Data protection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" />
            <source>Einstellungen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" />
            <source>Gruppen &amp; Projekte</source>
            <translation>Groups &amp; projects</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" />
            <source>Offene Angebote</source>
            <translation>Open offers</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" />
            <source>Personen &amp; Fälle</source>
            <translation>Persons &amp; cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" />
            <source>Statistik</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" />
            <source>Termine</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" />
            <source>Vernetzung</source>
            <translation>Networking</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" />
            <source>Übersicht</source>
            <translation>Overview</translation>
        </message>
    </context>
    <context>
        <name>ChildProtectionPanel</name>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>&amp;Kopieren</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>&amp;Neues § 8a-Verfahren</source>
            <translation>New § 8a pr&amp;ocedure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>&amp;Text der Fallvorstellung</source>
            <translation>&amp;Text of the case presentation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>AKUT: Jugendamt informieren (Schritt 7)</source>
            <translation>ACUTE: inform the youth welfare office (step 7)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Abgeschlossen am {0}.</source>
            <translation>Closed on {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Abschluss</source>
            <translation>Closure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Akute Gefährdung – Jugendamt sofort informieren</source>
            <translation>Acute risk – inform the youth welfare office (Jugendamt) at once</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Als &amp;PDF speichern …</source>
            <translation>Save as &amp;PDF …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Als PDF speichern</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>An (Jugendamt)</source>
            <translation>To (youth welfare office)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Aufbewahrung</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Aufbewahrung: {0}.</source>
            <translation>Retention: {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Aufbewahrungsentscheidung</source>
            <translation>Retention decision</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Beobachtungen</source>
            <translation>Observations</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Beobachtungen (Fakten, ohne Bewertung)</source>
            <translation>Observations (facts, without judgement)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Betroffene wurden vorab informiert</source>
            <translation>Those concerned were informed beforehand</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Datum des Schritts</source>
            <translation>Date of the step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Entwurf verwerfen?</source>
            <translation>Discard the draft?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Erneut zu entscheiden bis {0} (jährliche Prüfung).</source>
            <translation>To be decided again by {0} (yearly review).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Fallvorstellung (ISEF) …</source>
            <translation>Case presentation (ISEF) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Fallvorstellung (pseudonymisiert)</source>
            <translation>Case presentation (pseudonymised)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Fallvorstellung als PDF speichern</source>
            <translation>Save case presentation as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Fallvorstellung kopieren</source>
            <translation>Copy case presentation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Frist für den nächsten Schritt</source>
            <translation>Deadline for the next step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Frist für den nächsten Schritt setzen</source>
            <translation>Set a deadline for the next step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Frist nächster Schritt</source>
            <translation>Next step due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Gespeichert: {0}</source>
            <translation>Saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Inhalt</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Inhalt des Schritts</source>
            <translation>Content of the step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Inhalt: Ergebnis der Einschätzung</source>
            <translation>Content: result of the assessment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Kein § 8a-Verfahren. „Neues § 8a-Verfahren“ beginnt eines; bei akuter Gefährdung direkt den roten Knopf.</source>
            <translation>No § 8a procedure. “New § 8a procedure” starts one; in case of acute risk use the red button straight away.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Kopiert – wird nach 30 Sekunden aus der Zwischenablage gelöscht.</source>
            <translation>Copied – it will be removed from the clipboard after 30 seconds.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Neues § 8a-Verfahren beginnen</source>
            <translation>Start a new § 8a procedure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Nur Pseudonym, Alters- und Klassenstufe. Bitte vor der Weitergabe lesen: Freitext kann Namen Dritter enthalten.</source>
            <translation>Only pseudonym, age and grade. Please read before passing it on: free text may contain names of third parties.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Nächster Schritt fällig bis</source>
            <translation>Next step due by</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Nächster Schritt: {0} – {1}</source>
            <translation>Next step: {0} – {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Person, die den Schritt gegangen ist</source>
            <translation>Person who took the step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Pseudonymisierte Fallvorstellung für die ISEF</source>
            <translation>Pseudonymised case presentation for the child-protection specialist (ISEF)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Quelle</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Quelle der Beobachtung</source>
            <translation>Source of the observation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Rechtsgrundlage</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Schritt</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Schritt dokumentieren</source>
            <translation>Document step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Schritt spei&amp;chern</source>
            <translation>Sa&amp;ve step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Schritt speichern (Strg+Enter)</source>
            <translation>Save step (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Stand des Verfahrens</source>
            <translation>State of the procedure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Text der Fallvorstellung</source>
            <translation>Text of the case presentation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Verfahren als &amp;PDF …</source>
            <translation>Procedure as &amp;PDF …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Verfahren:</source>
            <translation>Procedure:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Verfahrensschritt</source>
            <translation>Procedure step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Verfahrensschritte</source>
            <translation>Procedure steps</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Warum nicht vorab informiert</source>
            <translation>Why not informed beforehand</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Was wurde gesehen / gehört? Nur Fakten.</source>
            <translation>What was seen / heard? Facts only.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Was übermittelt wurde</source>
            <translation>What was disclosed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Wenn nicht, warum</source>
            <translation>If not, why</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Wer beim Jugendamt informiert wurde</source>
            <translation>Who was informed at the youth welfare office</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Zu diesem Schritt („{0}“) liegen noch Entwürfe vom {1}, die nicht gespeichert sind. Sind sie mit dem gespeicherten Schritt erledigt und sollen verworfen werden? Mit „Nein“ bleiben sie in der Übersicht.</source>
            <translation>Drafts of this step (“{0}”) from {1} are still there, not saved. Are they done with the step you saved, to be discarded? With “No” they stay in the overview.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Zu diesem Schritt („{0}“) liegt noch ein Entwurf vom {1}, der nicht gespeichert ist. Ist er mit dem gespeicherten Schritt erledigt und soll verworfen werden? Mit „Nein“ bleibt er in der Übersicht.</source>
            <translation>A draft of this step (“{0}”) from {1} is still there, not saved. Is it done with the step you saved, to be discarded? With “No” it stays in the overview.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>abgeschlossen {0}</source>
            <translation>closed {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>akut</source>
            <translation>acute</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>eigene Wahrnehmung, Lehrkraft, Kind selbst …</source>
            <translation>own observation, teacher, the child …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>fällig bis {0}</source>
            <translation>due by {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>nur wenn nicht: warum (z. B. würde das Kind gefährden)</source>
            <translation>only if not: why (e.g. it would put the child at risk)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>offen</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>seit {0}</source>
            <translation>since {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>wer (z. B. ich, Leitung, ISEF Frau …)</source>
            <translation>who (e.g. me, head teacher, ISEF Ms …)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>§ 8a-Schritt</source>
            <translation>§ 8a step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>§ 8a-Verfahren</source>
            <translation>§ 8a procedure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>§ 8a-Verfahren als PDF speichern</source>
            <translation>Save § 8a procedure as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>§ 8a-Verfahren seit {0}</source>
            <translation>§ 8a procedure since {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>ÜBERFÄLLIG – </source>
            <translation>OVERDUE – </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>Übermittelt</source>
            <translation>Disclosed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>— wie bisher —</source>
            <translation>— as before —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" />
            <source>— wie die Falldokumentation —</source>
            <translation>— as the case documentation —</translation>
        </message>
    </context>
    <context>
        <name>Closing</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/closing.py" />
            <source>Abbrechen und verwerfen</source>
            <translation>Cancel and discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/closing.py" />
            <source>Der Vorgang wird gerade abgeschlossen und lässt sich nicht mehr abbrechen; „Warten“ lässt ihn fertig werden.</source>
            <translation>The operation is being completed and can no longer be stopped; “Wait” lets it finish.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/closing.py" />
            <source>Ihre Eingaben sind nicht gespeichert; sie gehen beim Schließen verloren.</source>
            <translation>Your input is not saved; closing loses it.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/closing.py" />
            <source>Nicht gespeichert</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/closing.py" />
            <source>Trotzdem schließen</source>
            <translation>Close anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/closing.py" />
            <source>Warten</source>
            <translation>Wait</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/closing.py" />
            <source>Wird noch geschrieben</source>
            <translation>Still being written</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/closing.py" />
            <source>Zurück</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/closing.py" />
            <source>{0} werden noch geschrieben</source>
            <translation>{0} are still being written</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/closing.py" />
            <source>{0} wird noch geschrieben</source>
            <translation>{0} is still being written</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/closing.py" />
            <source>{0}; danach wird das Fenster geschlossen.</source>
            <translation>{0}; the window closes afterwards.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/closing.py" />
            <source>„Warten“ lässt den Vorgang fertig werden. „Abbrechen und verwerfen“ bricht ihn ab; es bleibt keine halbe Datei zurück.</source>
            <translation>“Wait” lets it finish. “Cancel and discard” stops it; no half-written file is left behind.</translation>
        </message>
    </context>
    <context>
        <name>ConsentsPanel</name>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>&amp;Widerruf eintragen</source>
            <translation>Enter w&amp;ithdrawal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>&lt;b&gt;Einwilligungen / Schweigepflichtentbindungen&lt;/b&gt;</source>
            <translation>&lt;b&gt;Consents / releases from confidentiality&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>&lt;b&gt;Übermittlungen (Protokoll, ohne Inhalt)&lt;/b&gt;</source>
            <translation>&lt;b&gt;Disclosures (log, without content)&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>An</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>An (Empfänger)</source>
            <translation>To (recipient)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Anvertraut von</source>
            <translation>Entrusted by</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Anvertraut von (§ 65 SGB VIII)</source>
            <translation>Entrusted by (§ 65 SGB VIII)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Bitte zuerst eine Einwilligung erfassen.</source>
            <translation>Please record a consent first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Bitte zuerst eine Einwilligung in der Tabelle auswählen.</source>
            <translation>Please select a consent in the table first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Datum der Übermittlung</source>
            <translation>Date of disclosure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Die Einwilligung erlaubt, dass bei einer Abwesenheit die Vertretung die nötigen Daten erhält (Vertretungspaket). Ohne Empfänger gilt sie für „Vertretung der Schulsozialarbeit“.</source>
            <translation>The consent allows the deputy to receive the data needed during an absence (cover package). Without a recipient it applies to “Vertretung der Schulsozialarbeit” (the deputy of school social work).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Die Einwilligung ist nicht gespeichert. Eingaben verwerfen?</source>
            <translation>The consent is not saved. Discard the input?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Dokumentieren</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Eingaben verwerfen?</source>
            <translation>Discard the input?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Eingewilligt hat</source>
            <translation>Consent given by</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Einwilligung &amp;erfassen …</source>
            <translation>&amp;Record consent …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Einwilligung erfassen</source>
            <translation>Record consent</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Einwilligung gegenüber {0}</source>
            <translation>Consent towards {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Einwilligung gegenüber {0} ab {1}: {2} auf den {3} berichtigen? Der bisherige Tag bleibt als Korrekturvermerk bei der Person sichtbar.</source>
            <translation>Consent to {0} from {1}: correct {2} to {3}? The earlier day stays visible as a correction note with the person.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Einwilligung gegenüber {0} berichtigt: {1} jetzt {2}.</source>
            <translation>Consent to {0} corrected: {1} now {2}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Einwilligung ist befristet</source>
            <translation>Consent is time-limited</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Einwilligungen</source>
            <translation>Consents</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Empfänger</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Ende oder Widerruf vor dem Beginn der ausgewählten Einwilligung berichtigen</source>
            <translation>Correct the end or withdrawal before the begin of the selected consent</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Entbindung a&amp;ls Brief …</source>
            <translation>Release as &amp;letter …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Gültig ab</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Gültig bis</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Kategorien</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Korrekturvermerk vom {0}: {1} – vorher {2}, jetzt {3}</source>
            <translation>Correction note of {0}: {1} – before {2}, now {3}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Korrekturvermerke</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Protokolliert werden Empfänger, Kategorien und Rechtsgrundlage – kein Inhalt.</source>
            <translation>Recipient, categories and legal basis are logged – no content.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Rechtsgrundlage</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Schweigepflichtentbindung der ausgewählten Einwilligung als Brief erstellen</source>
            <translation>Make the release from confidentiality of the selected consent as a letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Tage be&amp;richtigen</source>
            <translation>Correct da&amp;ys</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Tage berichtigen</source>
            <translation>Correct days</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Umfang</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Was (Kategorien)</source>
            <translation>What (categories)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Weitergabe an die &amp;Vertretung erlaubt</source>
            <translation>Passing on to the &amp;deputy allowed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Weitergabe an die Vertretung</source>
            <translation>Passing on to the deputy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Weitergabe an die Vertretung (§ 65 SGB VIII, Art. 6 DSGVO)</source>
            <translation>Passing on to the deputy (§ 65 SGB VIII, Art. 6 GDPR)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Weitergabe an die Vertretung: ja – seit {0}, {1}{2}</source>
            <translation>Passing on to the deputy: yes – since {0}, {1}{2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Weitergabe an die Vertretung: nein</source>
            <translation>Passing on to the deputy: no</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Widerruf am</source>
            <translation>Withdrawal on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Widerruf der ausgewählten Einwilligung eintragen</source>
            <translation>Enter the withdrawal of the selected consent</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Zweck</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Zweck / Umfang</source>
            <translation>Purpose / scope</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>ab</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <location filename="../../translations/runtime_sources.json" />
            <source>abgelaufen</source>
            <translation>expired</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>am</source>
            <translation>on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>am {0}</source>
            <translation>on {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>anvertraut von {0}</source>
            <translation>entrusted by {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>befristet bis</source>
            <translation>limited until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>bis</source>
            <translation>until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <location filename="../../translations/runtime_sources.json" />
            <source>gültig</source>
            <translation>valid</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <location filename="../../translations/runtime_sources.json" />
            <source>noch nicht gültig</source>
            <translation>not yet valid</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>nur bei anvertrauten Daten: wer sie anvertraut hat</source>
            <translation>only for entrusted data: who entrusted them</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>unbefristet</source>
            <translation>open-ended</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <location filename="../../translations/runtime_sources.json" />
            <source>widerrufen</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>z. B. Herr Roth (Klassenlehrer 7b)</source>
            <translation>e.g. Mr Roth (class teacher 7b)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Übermittlung d&amp;okumentieren …</source>
            <translation>D&amp;ocument disclosure …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Übermittlung dokumentieren</source>
            <translation>Log disclosure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" />
            <source>Übermittlungsprotokoll</source>
            <translation>Disclosure log</translation>
        </message>
    </context>
    <context>
        <name>DialogButtons</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/dialog_buttons.py" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>&amp;Drucken …</source>
            <translation>&amp;Print …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>&amp;Größer</source>
            <translation>&amp;Larger</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>&amp;Kleiner</source>
            <translation>S&amp;maller</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>&amp;Nächste Seite ▶</source>
            <translation>&amp;Next page ▶</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>Dokument ansehen</source>
            <translation>View document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>Dokument drucken (Strg+P)</source>
            <translation>Print document (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>Dokument schließen</source>
            <translation>Close document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>Nächste Seite (Bild ab)</source>
            <translation>Next page (Page Down)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>Seite</source>
            <translation>Page</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>Seite {0} von {1}</source>
            <translation>Page {0} of {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>Vergrößern (Strg+Plus)</source>
            <translation>Zoom in (Ctrl+Plus)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>Verkleinern (Strg+Minus)</source>
            <translation>Zoom out (Ctrl+Minus)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>Vorige Seite (Bild auf)</source>
            <translation>Previous page (Page Up)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/viewer.py" />
            <source>◀ &amp;Vorige Seite</source>
            <translation>◀ &amp;Previous page</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPanel</name>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <source>&amp;An</source>
            <translation>&amp;To</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>&amp;Art</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <source>&amp;Drucken …</source>
            <translation>&amp;Print …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>&amp;Löschen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>&amp;Löschen …</source>
            <translation>De&amp;lete …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <source>&amp;Rechtsgrundlage</source>
            <translation>&amp;Legal basis</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>&amp;Titel</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>, Text in der Suche</source>
            <translation>, text in the search</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>&lt;b&gt;Dokumente&lt;/b&gt; – verschlüsselt im Tresor; Dateien hierher ziehen oder „Dokument hinzufügen …“</source>
            <translation>&lt;b&gt;Documents&lt;/b&gt; – encrypted in the vault; drag files here or use “Add document …”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>A&amp;nsehen</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <source>Alle Dateien (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <source>An</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Art des Dokuments</source>
            <translation>Kind of document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Ausgewähltes Dokument ansehen</source>
            <translation>View the selected document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Ausgewähltes Dokument drucken</source>
            <translation>Print the selected document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Ausgewähltes Dokument exportieren (Öffnen mit …)</source>
            <translation>Export the selected document (open with …)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Ausgewähltes Dokument löschen</source>
            <translation>Delete the selected document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Bitte zuerst ein Dokument in der Liste auswählen.</source>
            <translation>Please select a document in the list first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>D&amp;rucken …</source>
            <translation>P&amp;rint …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Das Dokument „{0}“ endgültig löschen? Sein Schlüssel wird gelöscht; keine Sicherung kann es wieder lesbar machen.</source>
            <translation>Delete the document “{0}” for good? Its key is deleted; no backup can make it readable again.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Das Dokument „{0}“ ist gelöscht.</source>
            <translation>The document “{0}” is deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Das Dokument „{0}“ ist gespeichert.</source>
            <translation>The document “{0}” is saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <source>Das Dokument „{0}“ wird gedruckt: das Papier verlässt den verschlüsselten Tresor, und ein Drucker im Netz kann eine Kopie behalten. Der Druck wird als Übermittlung protokolliert (Empfänger, Rechtsgrundlage; kein Inhalt).</source>
            <translation>The document “{0}” is printed: the paper leaves the encrypted vault, and a network printer may keep a copy. The print is logged as a disclosure (recipient, legal basis; no content).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Datei: {0} ({1})</source>
            <translation>File: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Datum des Dokuments</source>
            <translation>Date of the document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Der Text wird ausgelesen …</source>
            <translation>Reading the text …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <source>Dokument</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <source>Dokument drucken</source>
            <translation>Print document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <source>Dokument exportieren</source>
            <translation>Export document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Dokument hin&amp;zufügen …</source>
            <translation>Add document …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Dokument hinzufügen</source>
            <translation>Add document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Dokument löschen</source>
            <translation>Delete document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Dokument wählen</source>
            <translation>Choose a document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Dokumente</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/record_documents.py" />
            <source>Dokumente ({0}) …</source>
            <translation>Documents ({0}) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/record_documents.py" />
            <source>Dokumente des ausgewählten Eintrags</source>
            <translation>Documents of the selected entry</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/record_documents.py" />
            <source>Dokumente des ausgewählten Eintrags ({0})</source>
            <translation>Documents of the selected entry ({0})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/record_documents.py" />
            <source>Dokumente – {0}</source>
            <translation>Documents – {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/record_documents.py" />
            <source>Dokumente …</source>
            <translation>Documents …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <source>Drucken</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>E&amp;xportieren …</source>
            <translation>E&amp;xport …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Eine SSD, ein synchronisierter Ordner (OneDrive …) oder eine Sicherung kann trotzdem Kopien behalten.</source>
            <translation>An SSD, a synced folder (OneDrive …) or a backup may still keep copies.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Eingetragen von</source>
            <translation>Entered by</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Es wird eine Datei nach der anderen übernommen; bitte die übrigen danach hierher ziehen.</source>
            <translation>Files are taken one at a time; please drag the others here afterwards.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <source>Exportieren</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Exportiert nach {0} (im Übermittlungsprotokoll eingetragen).</source>
            <translation>Exported to {0} (entered in the disclosure log).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Format, Größe</source>
            <translation>Format, size</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Gedruckt (im Übermittlungsprotokoll eingetragen).</source>
            <translation>Printed (entered in the disclosure log).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Gehört &amp;zu</source>
            <translation>Belongs &amp;to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Gehört zu</source>
            <translation>Belongs to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Meldung</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <source>Mit dem Export verlässt das Dokument „{0}“ den verschlüsselten Tresor: die Datei ist unverschlüsselt, und was sie mit einem anderen Programm öffnet, kann Kopien anlegen. Der Export wird als Übermittlung protokolliert (Empfänger, Rechtsgrundlage; kein Inhalt).</source>
            <translation>With the export, the document “{0}” leaves the encrypted vault: the file is not encrypted, and a program that opens it may make copies. The export is logged as a disclosure (recipient, legal basis; no content).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>N&amp;eue Scans ({0})</source>
            <translation>N&amp;ew scans ({0})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Neue Scans ({0})</source>
            <translation>New scans ({0})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Originaldatei danach überschreiben und &amp;löschen</source>
            <translation>Overwrite and &amp;delete the original file afterwards</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Originaldatei danach überschreiben und löschen</source>
            <translation>Overwrite and delete the original file afterwards</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/export_dialog.py" />
            <source>Rechtsgrundlage</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/record_documents.py" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Text a&amp;uslesen</source>
            <translation>Read o&amp;ut text</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Text des ausgewählten Dokuments auslesen (für die Suche)</source>
            <translation>Read out the selected document's text (for the search)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Text von %n Seite(n) ausgelesen: Strg+K findet jetzt Wörter daraus. Er wird mit dem Dokument gelöscht.</source>
            <translation>
                <numerusform>Text of %n page read: Ctrl+K now finds its words. It is deleted with the document.</numerusform>
                <numerusform>Text of %n pages read: Ctrl+K now finds its words. It is deleted with the document.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Text wird nur aus PDF-Dateien ausgelesen; SSA Desktop hat keine Texterkennung (OCR). {0} wird über Titel und Art gefunden.</source>
            <translation>Text is read only from PDF files; SSA Desktop has no text recognition (OCR). {0} is found by title and kind.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>z. B. Schweigepflichtentbindung Jugendamt</source>
            <translation>e.g. release from confidentiality, youth office</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/documents/panel.py" />
            <source>{0} kann SSA Desktop nicht anzeigen und daher nicht drucken: exportieren und mit einem anderen Programm drucken.</source>
            <translation>SSA Desktop cannot show {0} and so cannot print it: export it and print it with another program.</translation>
        </message>
    </context>
    <context>
        <name>DraftedDialog</name>
        <message>
            <location filename="../../ssa_desktop/ui/notes/drafted_dialog.py" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/notes/drafted_dialog.py" />
            <source>Weiter bearbeiten</source>
            <translation>Keep editing</translation>
        </message>
    </context>
    <context>
        <name>EmergencyReminder</name>
        <message>
            <location filename="../../ssa_desktop/ui/vault/emergency_reminder.py" />
            <source>Bei der Einrichtung wurde der Notfallschlüssel nicht bestätigt. Er wird bei jedem Entsperren angezeigt, bis Sie bestätigen.</source>
            <translation>The emergency key was not confirmed during set-up. It is shown at every unlock until you confirm it.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/emergency_reminder.py" />
            <source>Ich habe den Notfallschlüssel sicher verwahrt</source>
            <translation>I have stored the emergency key safely</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/emergency_reminder.py" />
            <source>Ich habe den Notfallschlüssel sicher verwahrt.</source>
            <translation>I have stored the emergency key safely.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/emergency_reminder.py" />
            <source>Notfallblatt gespeichert: {0}</source>
            <translation>Emergency sheet saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/emergency_reminder.py" />
            <source>Notfallblatt speichern</source>
            <translation>Save emergency sheet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/emergency_reminder.py" />
            <source>Notfallschlüssel noch nicht bestätigt</source>
            <translation>Emergency key not yet confirmed</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Ort</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/domain/entities.py" />
            <source>Sprach&amp;mittlung</source>
            <translation>Interpr&amp;eting</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/domain/entities.py" />
            <source>Sprachmittlung</source>
            <translation>Interpreting</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Weitervermittlung</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Zugang</source>
            <translation>Access route</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/files.py" />
            <source>Anderen Ort wählen</source>
            <translation>Choose another place</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/files.py" />
            <source>Das Bild konnte nicht gelesen werden.</source>
            <translation>The image could not be read.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/files.py" />
            <source>Dieser Ordner gehört zu Ihrem Roaming-Profil und wird auf den Profilserver kopiert.</source>
            <translation>This folder belongs to your roaming profile and is copied to the profile server.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/files.py" />
            <source>Dieser Ordner wird mit {service} synchronisiert.</source>
            <translation>This folder is synced with {service}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/files.py" />
            <source>Synchronisierter Ordner</source>
            <translation>Synced folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/files.py" />
            <source>Trotzdem hier speichern</source>
            <translation>Save here anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/files.py" />
            <source>Trotzdem im synchronisierten Ordner speichern</source>
            <translation>Save in the synced folder anyway</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source> Std.</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>+ Weitere Schule</source>
            <translation>+ Another school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>&lt;p&gt;SSA Desktop hilft Ihnen bei Einzelfallhilfe, Kurzkontakten, Gruppenarbeit, offenen Angeboten und Vernetzung — bis zu Zeitanteilen und KVJS-Statistik.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ihre Daten bleiben getrennt von Schuldaten.&lt;/b&gt; Alles liegt verschlüsselt in einem Tresor auf diesem Gerät. Das Programm hat keine Netzwerkverbindung; die Schule hat keinen Zugriff.&lt;/p&gt;&lt;p&gt;In den nächsten Schritten legen Sie fest:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;wo der Tresor liegt,&lt;/li&gt;&lt;li&gt;Ihre Passphrase,&lt;/li&gt;&lt;li&gt;den Notfallschlüssel für Ihren Träger,&lt;/li&gt;&lt;li&gt;Ihre Schule(n) und Stelle.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Das dauert etwa drei Minuten.&lt;/p&gt;</source>
            <translation>&lt;p&gt;SSA Desktop helps you with individual casework, short contacts, group work, open offers and networking — up to time shares and the KVJS statistics.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data stay separate from school data.&lt;/b&gt; Everything is stored encrypted in a vault on this device. The program has no network connection; the school has no access.&lt;/p&gt;&lt;p&gt;In the next steps you set:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;where the vault is stored,&lt;/li&gt;&lt;li&gt;your passphrase,&lt;/li&gt;&lt;li&gt;the emergency key for your provider (Träger),&lt;/li&gt;&lt;li&gt;your school(s) and post.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;This takes about three minutes.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Am besten im vorgeschlagenen Ordner auf diesem Gerät — nicht auf einem Schulserver, Netzlaufwerk oder in einem Cloud-Ordner.</source>
            <translation>Preferably in the suggested folder on this device — not on a school server, a network drive or in a cloud folder.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Anderen Ordner wählen</source>
            <translation>Choose another folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Anderer Ordner …</source>
            <translation>Other folder …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Anstellungsträger</source>
            <translation>Employer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Anstellungsträger:</source>
            <translation>Employer:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Auf diesem Gerät merken</source>
            <translation>Remember on this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Auf diesem Gerät merken (kein Eingeben beim Start)</source>
            <translation>Remember on this device (no typing at start)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Beschäftigt seit</source>
            <translation>Employed since</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Beschäftigt seit:</source>
            <translation>Employed since:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Beschäftigt seit: {0}</source>
            <translation>Employed since: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Bezeichnung der Stelle</source>
            <translation>Label of the post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Bitte die Stelle bezeichnen, z. B. „Schulsozialarbeit“.</source>
            <translation>Please name the post, e.g. “School social work”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Bitte für „{0}“ den Stellenumfang in % eintragen (0 % geht nicht: eine Schule ohne Anteil gehört nicht zur Stelle).</source>
            <translation>Please enter the share of the post in % for “{0}” (0 % is not possible: a school without a share is not part of the post).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Bitte mindestens eine Schule mit Namen eintragen.</source>
            <translation>Please enter at least one school with its name.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Damit kann Ihr Träger den Tresor öffnen, wenn Sie ausfallen oder die Passphrase vergessen ist. Er wird nur jetzt angezeigt.</source>
            <translation>With it your provider can open the vault if you are absent or the passphrase is forgotten. It is shown only now.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Das Notfallblatt kann in dieser Version noch nicht erstellt werden. Bitte schreiben Sie den Schlüssel sorgfältig ab.</source>
            <translation>This version cannot create the emergency sheet yet. Please copy the key carefully.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Der Ordner „{0}“ kann nicht angelegt werden.</source>
            <translation>The folder “{0}” cannot be created.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Der Schlüssel wird berechnet. Das dauert einen Moment.</source>
            <translation>The key is being derived. This takes a moment.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Der Tresor ist angelegt, aber der Notfallschlüssel ist noch nicht bestätigt. Ohne ihn sind alle Daten verloren, wenn die Passphrase vergessen ist. Der Notfallschlüssel wird bei jedem Entsperren wieder angezeigt, bis Sie bestätigen, dass er sicher verwahrt ist.</source>
            <translation>The vault has been created, but the emergency key has not been confirmed yet. Without it all data is lost if the passphrase is forgotten. The emergency key is shown again at every unlock until you confirm that it is kept safe.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Der Tresor liegt in „{0}“ auf diesem Gerät. Der Ordner wird nicht synchronisiert und nicht auf einen Server kopiert. Das ist sicher.</source>
            <translation>The vault is in “{0}” on this device. The folder is not synchronised and not copied to a server. That is safe.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Der Tresor liegt in „{0}“ auf diesem Gerät. Ihr Windows-Profil ist servergespeichert (Roaming-Profil); dieser Ordner gehört zu seinem lokalen Teil, der nicht auf den Profilserver kopiert wird, und er wird nicht synchronisiert. Das ist sicher.</source>
            <translation>The vault is in “{0}” on this device. Your Windows profile is stored on a server (roaming profile); this folder belongs to its local part, which is not copied to the profile server, and it is not synchronised. That is safe.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Der Tresor liegt in „{0}“.</source>
            <translation>The vault is in “{0}”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Die beiden Eingaben stimmen nicht überein.</source>
            <translation>The two entries do not match.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Dokumentation der Schulsozialarbeit — verschlüsselt, nur auf diesem Gerät.</source>
            <translation>School social work documentation — encrypted, only on this device.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Drucken oder speichern Sie das Notfallblatt und geben Sie es Ihrem Träger in einem verschlossenen Umschlag. Legen Sie es nicht zu den Akten in der Schule und nicht in einen Cloud-Ordner.</source>
            <translation>Print or save the emergency sheet and give it to your provider in a sealed envelope. Do not file it at school and do not put it in a cloud folder.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Einrichtung von SSA Desktop</source>
            <translation>Setting up SSA Desktop</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Erneut versuchen</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Fertig</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Für Zeitanteile und Statistik. Sie können alles später unter Einstellungen ändern.</source>
            <translation>For time shares and statistics. You can change everything later in Settings.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Für die KVJS-Statistik und den Verwendungsnachweis: ohne Beginn gilt die Stelle als unbesetzt (Förderung 0 €).</source>
            <translation>For the KVJS statistics and the proof of use: without a start date the post counts as vacant (funding €0).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Ich habe den Notfallschlüssel sicher verwahrt</source>
            <translation>I have stored the emergency key safely</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Ich habe den Notfallschlüssel sicher verwahrt.</source>
            <translation>I have stored the emergency key safely.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Ich habe die Hinweise gelesen und möchte diesen Ordner trotzdem verwenden.</source>
            <translation>I have read the notes and want to use this folder anyway.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Ihr Notfallschlüssel</source>
            <translation>Your emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>In diesem Ordner liegt bereits ein Tresor. Er wird nicht überschrieben: bitte einen anderen Ordner wählen oder beim Start den vorhandenen Tresor öffnen.</source>
            <translation>This folder already holds a vault. It will not be overwritten: please choose another folder or open the existing vault at start.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>In „{0}“ kann SSA Desktop keinen Ordner anlegen (keine Schreibrechte oder kein echter Ordner). Bitte einen Ordner in Ihrem Benutzerverzeichnis wählen.</source>
            <translation>SSA Desktop cannot create a folder in “{0}” (no write permission or not a real folder). Please choose a folder in your home directory.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Mit ihr öffnen Sie den Tresor. Ein Satz aus mehreren Wörtern ist leichter zu merken und sicherer als ein kurzes Passwort.</source>
            <translation>You open the vault with it. A sentence of several words is easier to remember and safer than a short password.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Name der Schule {0}</source>
            <translation>Name of school {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Notfallblatt als PDF speichern</source>
            <translation>Save emergency sheet as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Notfallblatt drucken/speichern …</source>
            <translation>Print/save emergency sheet …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Notfallblatt speichern</source>
            <translation>Save emergency sheet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Notfallschlüssel nicht bestätigt</source>
            <translation>Emergency key not confirmed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Nur auf einem Gerät, das nur Sie benutzen. Sperren (Strg+L) schützt trotzdem.</source>
            <translation>Only on a device that only you use. Locking (Ctrl+L) still protects.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Ordner des Tresors</source>
            <translation>Vault folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Ordner für den Tresor wählen</source>
            <translation>Choose the vault folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Ordner trotz Hinweis verwenden</source>
            <translation>Use folder despite the note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Ordner:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>PDF-Dokument (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Passphrase festlegen</source>
            <translation>Set passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Passphrase wiederholen</source>
            <translation>Repeat passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>SSA Desktop — Einrichtung</source>
            <translation>SSA Desktop — Setup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Schulart</source>
            <translation>School type</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Schulart der Schule {0}</source>
            <translation>School type of school {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Schule(n) und Stelle</source>
            <translation>School(s) and post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Schuljahr {0}</source>
            <translation>School year {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Schulsozialarbeit</source>
            <translation>School social work</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Schüler:innen</source>
            <translation>Pupils</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Schülerzahl der Schule {0}</source>
            <translation>Number of pupils of school {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Stelle (Bezeichnung):</source>
            <translation>Post (label):</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Stellenumfang</source>
            <translation>Post share</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Stellenumfang an Schule {0}</source>
            <translation>Post share at school {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Stellenumfang gesamt: {0} % = {1} Std. pro Woche</source>
            <translation>Total post share: {0} % = {1} h per week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>TT.MM.JJJJ</source>
            <translation>DD.MM.YYYY</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Tresor anlegen</source>
            <translation>Create vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Tresor wird angelegt</source>
            <translation>Creating vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Tresor wird angelegt …</source>
            <translation>Creating vault …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Trotzdem abbrechen</source>
            <translation>Cancel anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Träger-Werkzeuge (ohne Tresor) …</source>
            <translation>Provider tools (no vault) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Träger-Werkzeuge ohne Tresor öffnen</source>
            <translation>Open the provider tools without a vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Vollzeit (Wochenstunden):</source>
            <translation>Full time (weekly hours):</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Von Ihrer IT abgeschaltet: die Passphrase ist bei jedem Öffnen nötig.</source>
            <translation>Switched off by your IT: the passphrase is needed every time the vault is opened.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Vorgeschlagenen Ordner verwenden</source>
            <translation>Use the suggested folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Vorschlag</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Weiter</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Weitere Schule hinzufügen</source>
            <translation>Add another school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Wichtig: Ohne Passphrase und ohne Notfallschlüssel kann niemand die Daten wiederherstellen — auch der Hersteller nicht.</source>
            <translation>Important: without the passphrase and the emergency key nobody can recover the data — not even the makers.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Wiederholen:</source>
            <translation>Repeat:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Wiederholung anzeigen</source>
            <translation>Show repetition</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Willkommen bei SSA Desktop</source>
            <translation>Welcome to SSA Desktop</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Wo soll der Tresor liegen?</source>
            <translation>Where should the vault be stored?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Wochenstunden einer Vollzeitstelle</source>
            <translation>Weekly hours of a full-time post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Zum Notfallschlüssel</source>
            <translation>Go to the emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Zurück</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Zusammen mehr als 100 % – bitte die Anteile verringern.</source>
            <translation>More than 100 % in total – please reduce the shares.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>mehr als 100 % ist nicht möglich.</source>
            <translation>more than 100 % is not possible.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>z. B. Gemeinschaftsschule Am Park</source>
            <translation>e.g. Gemeinschaftsschule Am Park</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>Übereinstimmung</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>„Fertig“ ist noch gesperrt: {0}</source>
            <translation>“Finish” is still disabled: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>„{0}“ ist eine Datei, kein Ordner. Bitte einen Ordner wählen.</source>
            <translation>“{0}” is a file, not a folder. Please choose a folder.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>✓ Beide Eingaben stimmen überein.</source>
            <translation>✓ Both entries match.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>✓ Der Tresor ist angelegt. Als Nächstes: der Notfallschlüssel.</source>
            <translation>✓ The vault is created. Next: the emergency key.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" />
            <source>✓ Gespeichert: {0} — jetzt ausdrucken und das PDF danach löschen.</source>
            <translation>✓ Saved: {0} — print it now and delete the PDF afterwards.</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source> Min.</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>+ Thema eingeben …</source>
            <translation>+ type a topic …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>Auswahl</source>
            <translation>Selection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>Auswahl hinzufügen</source>
            <translation>Add selection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>Bitte bei {0} einen Eintrag der Liste wählen.</source>
            <translation>Please choose an entry of the list for {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>Dauer in Minuten</source>
            <translation>Duration in minutes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>Dauer {0} Minuten</source>
            <translation>Duration {0} minutes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>Kalender öffnen</source>
            <translation>Open calendar</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>Kalender öffnen (Alt+↓)</source>
            <translation>Open calendar (Alt+↓)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>Kalender: {0}</source>
            <translation>Calendar: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>Minute {0}</source>
            <translation>Minute {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>Stunde {0}</source>
            <translation>Hour {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>Zahl</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>{0}: Bitte eine Zahl eingeben.</source>
            <translation>{0}: Please enter a number.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>{0}: „{1}“ ist keine Zahl von {2} bis {3}.</source>
            <translation>{0}: “{1}” is no number from {2} to {3}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>„{0}“ gibt es bei {1} nicht. Bitte einen Eintrag der Liste wählen.</source>
            <translation>“{0}” does not exist for {1}. Please choose an entry of the list.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" />
            <source>„{0}“ passt bei {1} zu mehreren Einträgen ({2}). Bitte genauer tippen oder mit ↓ wählen.</source>
            <translation>“{0}” matches several entries for {1} ({2}). Please type more or choose with ↓.</translation>
        </message>
    </context>
    <context>
        <name>GoalRating</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_rating.py" />
            <source>Ziel {0}: {1}</source>
            <translation>Goal {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_rating.py" />
            <source>— nicht eingeschätzt —</source>
            <translation>— not rated —</translation>
        </message>
    </context>
    <context>
        <name>GoalsDialog</name>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>&amp;Abbrechen</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>&amp;Ausgangswert</source>
            <translation>&amp;Baseline</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>&amp;Bearbeiten …</source>
            <translation>&amp;Edit …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>&amp;Einschätzen …</source>
            <translation>&amp;Rate …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>&amp;Neues Ziel …</source>
            <translation>&amp;New goal …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>&amp;Notizen der Kontakte mitdrucken</source>
            <translation>Print the contacts' &amp;notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>&amp;Skala</source>
            <translation>&amp;Scale</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>&amp;Stufe</source>
            <translation>&amp;Level</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>&amp;Themen des Falls mitdrucken</source>
            <translation>Print the case's &amp;topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>&amp;Verlauf …</source>
            <translation>&amp;Trend …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>&amp;Ziel</source>
            <translation>&amp;Goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_trend.py" />
            <source>, erreicht</source>
            <translation>, reached</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Allgemeine Skala (1 bis 5)</source>
            <translation>Generic scale (1 to 5)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Als &amp;PDF speichern …</source>
            <translation>Save as &amp;PDF …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Ausgangswert</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Ausgangswert &amp;vom</source>
            <translation>Baseline &amp;dated</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Ausgangswert vom</source>
            <translation>Baseline dated</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_trend.py" />
            <source>Bedeutung</source>
            <translation>Meaning</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_trend.py" />
            <source>Beginn</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Behalten</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Bitte wählen Sie die Stufe.</source>
            <translation>Please choose the level.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Das Ziel „{0}“ mit allen Einschätzungen entfernen? Das lässt sich nicht rückgängig machen.</source>
            <translation>Remove the goal “{0}” with all its ratings? This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_trend.py" />
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Der Fall ist seit dem {0} abgeschlossen: seine Ziele stehen so in der Zielerreichung, wie sie beim Abschluss waren. Um weiter einzuschätzen oder Ziele zu ändern, öffnen Sie den Fall wieder (Bearbeiten …, Status „offen“).</source>
            <translation>The case has been closed since {0}: its goals count in Goal attainment as they were at the closing. To rate further or change goals, reopen the case (Edit …, status “open”).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Die gewählte Stufe ist nicht gespeichert; sie geht beim Schließen verloren.</source>
            <translation>The level you chose is not saved; it is lost when you close.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_trend.py" />
            <source>Dieselben Punkte stehen in der Tabelle darunter.</source>
            <translation>The same points are in the table below.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Eine Einschätzung ist freiwillig; bei Kontakten in der Schnellerfassung mit Strg+1, Strg+2 … je Ziel.</source>
            <translation>A rating is optional; for contacts in quick entry with Ctrl+1, Ctrl+2 … per goal.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_trend.py" />
            <source>Eingetragen von</source>
            <translation>Entered by</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Ent&amp;fernen</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Entfernen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>In eigenen &amp;Worten</source>
            <translation>In own &amp;words</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>In eigenen Worten</source>
            <translation>In own words</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_trend.py" />
            <source>Kein Ziel gewählt.</source>
            <translation>No goal chosen.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Letzte Einschätzung</source>
            <translation>Last rating</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Meldung</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Neues Ziel mit Skala</source>
            <translation>New goal with a scale</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_trend.py" />
            <source>Noch nicht eingeschätzt.</source>
            <translation>Not rated yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>PDF-Dateien (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>S&amp;peichern</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Skala</source>
            <translation>Scale</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Stelleninhaberin</source>
            <translation>Post holder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_trend.py" />
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Stufe</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Stufe {0}</source>
            <translation>Level {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_trend.py" />
            <source>Verlauf als Tabelle</source>
            <translation>Trend as a table</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_trend.py" />
            <source>Verlaufsdiagramm</source>
            <translation>Trend chart</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Veränderung</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/goal_trend.py" />
            <source>Veränderung seit dem Ausgangswert: {0} Stufe(n){1}.</source>
            <translation>Change since the baseline: {0} level(s){1}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Ziel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Ziel bearbeiten</source>
            <translation>Edit goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Ziel einschätzen</source>
            <translation>Rate goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Ziel entfernen</source>
            <translation>Remove goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Ziel mit Skala</source>
            <translation>Goal with a scale</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Zieldat&amp;um</source>
            <translation>&amp;Target date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Zieldatum</source>
            <translation>Target date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Zieldatum festlegen</source>
            <translation>Set a target date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Ziele des Falls</source>
            <translation>Goals of the case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Ziele mit Skala</source>
            <translation>Goals with a scale</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Zielerreichungsskala (−2 bis +2)</source>
            <translation>Goal attainment scale (−2 to +2)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Zielverlauf</source>
            <translation>Goal trend</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Zielverlauf als PDF für das Hilfeplangespräch</source>
            <translation>Goal trend as PDF for the care planning meeting</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Zielverlauf anzeigen</source>
            <translation>Show goal trend</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Zielverlauf gespeichert: {0}</source>
            <translation>Goal progress saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>Zielverlauf speichern</source>
            <translation>Save goal trend</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>festle&amp;gen</source>
            <translation>s&amp;et</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/goals_dialog.py" />
            <source>— Stufe wählen —</source>
            <translation>— Choose the level —</translation>
        </message>
    </context>
    <context>
        <name>Groups</name>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source> (andere Vereinbarung)</source>
            <translation> (other agreement)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>%n Angebot(e)</source>
            <translation>
                <numerusform>%n offer</numerusform>
                <numerusform>%n offers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>%n Sitzung(en)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>&amp;Art</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>&amp;Klasse(n)</source>
            <translation>&amp;Class(es)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>&amp;Mitleitung</source>
            <translation>Co-leade&amp;rs</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>&amp;Neue Gruppe / neues Projekt</source>
            <translation>&amp;New group / project</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>&amp;Speichern</source>
            <translation>Sa&amp;ve</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>&amp;Titel</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>&amp;Ziel der Kooperation</source>
            <translation>&amp;Goal of the cooperation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>+ Zwecke eingeben …</source>
            <translation>+ type purposes …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>A&amp;rt</source>
            <translation>Kin&amp;d</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Am {0} ist schon eine Sitzung dieser Gruppe eingetragen. Eine zweite Sitzung am selben Tag eintragen?</source>
            <translation>This group already has a session on {0}. Enter a second session on the same day?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Bestätigung der Teilnahme für eine Person erstellen</source>
            <translation>Write a confirmation of participation for a person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Bestätigung …</source>
            <translation>Confirmation …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Das Angebot ist berichtet. Namenslisten werden nach dem Bericht gelöscht – die Namensliste wird jetzt gelöscht. Fortfahren?</source>
            <translation>The activity has been reported. Name lists are deleted after reporting – the name list will be deleted now. Continue?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Datum der Sitzung</source>
            <translation>Date of the session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Dauer</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Die Gruppe hat keine Teilnehmenden. Trotzdem speichern?</source>
            <translation>The group has no participants. Save anyway?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Die Sitzung vom {0} ({1} Min.) entfernen? Sie verschwindet auch aus Statistik und Arbeitszeit.</source>
            <translation>Remove the session of {0} ({1} min.)? It also disappears from the statistics and working time.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Die Änderungen an „{0}“ sind noch nicht gespeichert.</source>
            <translation>The changes to “{0}” are not saved yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Filter Art</source>
            <translation>Filter by kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Filter Schule</source>
            <translation>Filter by school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Filter Schuljahr</source>
            <translation>Filter by school year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Gespeichert.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Gewählte Sitzung entfernen</source>
            <translation>Remove the selected session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Gruppe / Projekt</source>
            <translation>Group / project</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Gruppe / Projekt: {0}</source>
            <translation>Group / project: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Gruppe löschen</source>
            <translation>Delete group</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Gruppe speichern</source>
            <translation>Save group</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Gruppen &amp; Projekte</source>
            <translation>Groups &amp; projects</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Gruppen und Projekte</source>
            <translation>Groups and projects</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Ja, zweite Sitzung</source>
            <translation>Yes, second session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Keine Teilnehmenden</source>
            <translation>No participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Klasse(n)</source>
            <translation>Class(es)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Lehrkraft, externer Partner – z. B. Fr. Maier, Polizei Prävention</source>
            <translation>Teacher, external partner – e.g. Ms Maier, police prevention</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Löschen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Mitglieder wählen und einen Serienbrief erstellen</source>
            <translation>Choose members and make a serial letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Mitleitung</source>
            <translation>Co-leaders</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>N&amp;otiz</source>
            <translation>Not&amp;e</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Namensliste</source>
            <translation>Name list</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Namensliste führen</source>
            <translation>Keep a name list</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Namensliste führen (nur wenn nötig)</source>
            <translation>Keep a name list (only if needed)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Namensliste löschen</source>
            <translation>Delete name list</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Namensliste nur, wenn nötig. Sie wird gelöscht, sobald „berichtet“ gesetzt ist.</source>
            <translation>Name list only if needed. It is deleted as soon as “reported” is set.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Nein</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Neue Gruppe / neues Projekt</source>
            <translation>New group / project</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Neue Gruppe oder neues Projekt anlegen</source>
            <translation>Create a new group or project</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Notiz (z. B. Thema der Einheit)</source>
            <translation>Note (e.g. topic of the session)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Notiz zur Sitzung</source>
            <translation>Note on the session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Sch&amp;ule</source>
            <translation>Sch&amp;ool</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Schu&amp;le</source>
            <translation>Schoo&amp;l</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Schul&amp;jahr</source>
            <translation>School &amp;year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Schuljahr</source>
            <translation>School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Ser&amp;ienbrief …</source>
            <translation>Ser&amp;ial letter …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Sitz.</source>
            <translation>Sess.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Sitzung entfernen</source>
            <translation>Remove session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Sitzung hinzu&amp;fügen</source>
            <translation>Add &amp;session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Sitzung hinzufügen</source>
            <translation>Add session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Sitzung vom {0} entfernt, auch aus Statistik und Arbeitszeit.</source>
            <translation>Session of {0} removed, also from the statistics and working time.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Sitzungen</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Sitzungen der Gruppe</source>
            <translation>Sessions of the group</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Sitzungen erst nach dem Speichern.</source>
            <translation>Sessions can be added after saving.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Std.</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Stunden</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Summe der Sitzungen</source>
            <translation>Total of the sessions</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Summen der Liste</source>
            <translation>Totals of the list</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Teiln.</source>
            <translation>Particip.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Teilnehmende</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Teilnehmende divers</source>
            <translation>Participants, diverse</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Teilnehmende gesamt</source>
            <translation>Participants, total</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Teilnehmende männlich</source>
            <translation>Participants, male</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Teilnehmende weiblich</source>
            <translation>Participants, female</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Trotzdem speichern</source>
            <translation>Save anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Z&amp;weck</source>
            <translation>&amp;Purpose</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Ziel der Kooperationsvereinbarung</source>
            <translation>Goal of the cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Zweck des Angebots</source>
            <translation>Purpose of the offer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Zweite Sitzung am selben Tag?</source>
            <translation>Second session on the same day?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>alle Arten</source>
            <translation>all kinds</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>alle Schulen</source>
            <translation>all schools</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>alle Schuljahre</source>
            <translation>all school years</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>berichtet</source>
            <translation>reported</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>berichtet (in Statistik / Jahresbericht übernommen)</source>
            <translation>reported (included in statistics / annual report)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>gesamt: {0}</source>
            <translation>total: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>z. B. 5a, 5b</source>
            <translation>e.g. 5a, 5b</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>z. B. Soziales Lernen 5a</source>
            <translation>e.g. Social learning 5a</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>{0} Std.</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>Änderungen verwerfen</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>— kein Ziel verknüpft —</source>
            <translation>— no goal linked —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>„{0}“ mit {1} löschen? Die Sitzungen verschwinden auch aus Statistik und Arbeitszeit.</source>
            <translation>Delete “{0}” with {1}? The sessions also disappear from statistics and working time.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" />
            <source>⚠ wird gelöscht, sobald „berichtet“ gesetzt ist</source>
            <translation>⚠ deleted as soon as “reported” is set</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>%n Eintr(ag|äge) weich(t|en) ab; keine Quittung geschrieben, bis entschieden ist.</source>
            <translation>
                <numerusform>%n entry differs; no receipt written until it is decided.</numerusform>
                <numerusform>%n entries differ; no receipt written until they are decided.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>%n Eintr(ag|äge) weich(t|en) von Ihren ab und wurde(n) NICHT überschrieben:</source>
            <translation>
                <numerusform>%n entry differs from yours and was NOT overwritten:</numerusform>
                <numerusform>%n entries differ from yours and were NOT overwritten:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Abgesagt</source>
            <translation>Cance&amp;lled</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Art</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>&amp;Auswählen …</source>
            <translation>&amp;Browse …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Beginn</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Beteiligte</source>
            <translation>&amp;Participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Dokumente</source>
            <translation>&amp;Documents</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Ende</source>
            <translation>&amp;End</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <source>&amp;Entscheiden</source>
            <translation>&amp;Decide</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Fall</source>
            <translation>&amp;Case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>&amp;Fertig</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>&amp;Funktion</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Kontakte der Vertretung</source>
            <translation>Deputy's c&amp;ontacts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Letzte Rückgabe</source>
            <translation>&amp;Last return</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>&amp;Nachfolge (Name)</source>
            <translation>&amp;Successor (name)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Notiz</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/package_key.py" />
            <source>&amp;Ordner …</source>
            <translation>&amp;Folder …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Ort</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Person</source>
            <translation>Pe&amp;rson</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Personen</source>
            <translation>&amp;Persons</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>&amp;Quittung einlesen …</source>
            <translation>Read rece&amp;ipt …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Raum</source>
            <translation>R&amp;oom</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>&amp;Rückgabe einlesen …</source>
            <translation>&amp;Read return …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Rückgabe schreiben …</source>
            <translation>Write &amp;return …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Schließen</source>
            <translation>Clo&amp;se</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>&amp;Schule</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Speichern</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Termine</source>
            <translation>&amp;Appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Themen</source>
            <translation>&amp;Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Titel</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>&amp;Vertretung (Name)</source>
            <translation>&amp;Deputy (name)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>&amp;Vertretungspaket erstellen …</source>
            <translation>Create &amp;cover package …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>&amp;Zeit</source>
            <translation>T&amp;ime</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>&amp;Zeitraum</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>64 Zeichen vom Paketblatt, z. B. 3F2A 91C0 …</source>
            <translation>64 characters from the package sheet, e.g. 3F2A 91C0 …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/document_ticks.py" />
            <source>&lt;b&gt;&amp;Dokumente&lt;/b&gt; – nur angehakte gehen mit (verschlüsselt im Paket); Leertaste setzt den Haken.</source>
            <translation>&lt;b&gt;&amp;Documents&lt;/b&gt; – only ticked ones go along (encrypted in the package); Space sets the tick.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>&lt;b&gt;Eine Schule abgeben&lt;/b&gt;</source>
            <translation>&lt;b&gt;Handing on a school&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>&lt;b&gt;Geschriebene Pakete&lt;/b&gt; (ohne Schlüssel)</source>
            <translation>&lt;b&gt;Packages written&lt;/b&gt; (without keys)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>&lt;b&gt;N&amp;icht vorgeschlagen&lt;/b&gt; (offener Fall, Termin oder § 8a-Verfahren, aber die Einwilligung reicht nicht)</source>
            <translation>&lt;b&gt;No&amp;t proposed&lt;/b&gt; (open case, appointment or § 8a procedure, but the consent does not suffice)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>&lt;b&gt;Vertretung&lt;/b&gt;</source>
            <translation>&lt;b&gt;Cover&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>&lt;b&gt;Vorschla&amp;g&lt;/b&gt;</source>
            <translation>&lt;b&gt;Pr&amp;oposal&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" />
            <source>&lt;b&gt;Zur Lösc&amp;hung fällig&lt;/b&gt; – ohne Haken „nicht mitgeben“: die Person bleibt mit allem, was zu ihr gehört, bei Ihnen. Leertaste setzt „trotzdem mitgeben“.</source>
            <translation>&lt;b&gt;Due for &amp;deletion&lt;/b&gt; – unticked “do not send”: the person stays with you with everything that belongs to her. Space sets “send anyway”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <source>Abweichende Einträge</source>
            <translation>Differing entries</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <source>Abweichende Einträge entscheiden</source>
            <translation>Decide the differing entries</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Als &amp;wahrgenommen markieren</source>
            <translation>Mark as a&amp;ttended</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>An</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Angaben zum gewählten Kontakt</source>
            <translation>Details of the selected contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Art des Dokuments</source>
            <translation>Kind of document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Art des Kontakts</source>
            <translation>Kind of contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <source>Aus der Datei übernehmen</source>
            <translation>Take the file's version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Ausgewählten Termin als abgesagt markieren</source>
            <translation>Mark the selected appointment as cancelled</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Ausgewählten Termin als nicht erschienen markieren</source>
            <translation>Mark the selected appointment as missed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Ausgewählten Termin als wahrgenommen markieren</source>
            <translation>Mark the selected appointment as attended</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Ausgewähltes Dokument ansehen</source>
            <translation>View the selected document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Beginn</source>
            <translation>Start</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Behalten: %n anonyme(r) Statistikeintr(ag|äge).</source>
            <translation>
                <numerusform>Kept: %n anonymous statistics entry.</numerusform>
                <numerusform>Kept: %n anonymous statistics entries.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <source>Bei Ihnen</source>
            <translation>Yours</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Beteiligte</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>Bitte den Paketschlüssel vom Paketblatt eingeben.</source>
            <translation>Please enter the package key from the package sheet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>Bitte die Paketdatei wählen.</source>
            <translation>Please choose the package file.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Bitte zuerst ein Dokument wählen.</source>
            <translation>Please choose a document first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Bitte zuerst unter „Termine“ einen Termin wählen.</source>
            <translation>Please choose an appointment under “Appointments” first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Da&amp;uer</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Das Dokument liegt verschlüsselt im Vertretungspaket und geht mit der nächsten Rückgabe zur Kollegin.</source>
            <translation>The document is kept encrypted in the deputy package and goes to your colleague with the next return.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/package_key.py" />
            <source>Das Paket ist noch nicht geschrieben; Ihre Eingaben gehen beim Schließen verloren.</source>
            <translation>The package has not been written yet; closing loses your input.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Das Vertretungspaket ist geschrieben: {0}
{1} Person(en); im Übermittlungsprotokoll vermerkt. Es löscht sich bei der Vertretung ab dem {2}.</source>
            <translation>The cover package has been written: {0}
{1} person(s); entered in the disclosure log. It deletes itself at the deputy's from {2}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Das Übergabepaket ist geschrieben: {0}
{1}
Der Schlüssel wird nur jetzt angezeigt; getrennt von der Datei übergeben.</source>
            <translation>The handover package has been written: {0}
{1}
The key is shown only now; hand it over separately from the file.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Datei: {0} ({1} KB)</source>
            <translation>File: {0} ({1} KB)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Datum des Dokuments</source>
            <translation>Date of the document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Dauer</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Der Kontakt ist noch nicht gespeichert. Verwerfen?</source>
            <translation>The contact is not saved yet. Discard it?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Der Paketschlüssel ist aus dem Tresor entfernt.</source>
            <translation>The package key has been removed from the vault.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/package_key.py" />
            <source>Der Paketschlüssel wird nur jetzt angezeigt und ist noch nicht als Paketblatt gespeichert. Ohne ihn kann niemand das Paket öffnen. Erst das Paketblatt drucken oder den Schlüssel notieren.</source>
            <translation>The package key is shown only now and has not been saved as a package sheet. Without it nobody can open the package. Print the package sheet or write the key down first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Der Schlüssel wird nur jetzt angezeigt. Übergeben Sie ihn getrennt von der Datei (z. B. das gedruckte Blatt persönlich, die Datei auf einem USB-Stick).</source>
            <translation>The key is shown only now. Hand it over separately from the file (e.g. the printed sheet in person, the file on a USB stick).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <source>Diese Einträge weichen von Ihren ab. Bisher wurde nichts überschrieben. Entscheiden Sie je Eintrag:</source>
            <translation>These entries differ from yours. Nothing has been overwritten so far. Decide for each entry:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Dok&amp;ument ansehen</source>
            <translation>View doc&amp;ument</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Dokument &amp;hinzufügen …</source>
            <translation>Attac&amp;h document …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Dokument für die ausgewählte Person hinzufügen</source>
            <translation>Attach a document for the selected person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Dokument hinzufügen (Vertretung)</source>
            <translation>Add document (deputy)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Dokument hinzugefügt: {0}. Es geht mit der nächsten Rückgabe zur Kollegin.</source>
            <translation>Document added: {0}. It goes to your colleague with the next return.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Dokument wählen</source>
            <translation>Choose document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Dokumente</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/document_ticks.py" />
            <source>Dokumente, die mitgehen</source>
            <translation>Documents that go along</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Eine Rückgabe bringt Ihre Kontakte und Termine zu {0}. Sie können bis zum {1} weitere schreiben; jede bringt nur, was neu ist. Die letzte Rückgabe (angekreuzt) beendet die Vertretung.</source>
            <translation>A return brings your contacts and appointments to {0}. You can write more until {1}; each brings only what is new. The last return (ticked) ends the cover.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <source>Eintrag</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Eltern / Kontakt</source>
            <translation>Parents / contact</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Empfang quittiert, Daten gelöscht</source>
            <translation>Receipt confirmed, data deleted</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Empfangsquittung der Nachfolge einlesen</source>
            <translation>Read the successor's receipt</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Empfangsquittung einlesen</source>
            <translation>Read receipt</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Empfangsquittung geschrieben: {0} – bitte der Vorgängerin geben.</source>
            <translation>Receipt written: {0} – please give it to your predecessor.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Ende</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <source>Entscheidung</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <source>Entscheidung für {0}</source>
            <translation>Decision for {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Es ist die letzte Rückgabe: ihr Einlesen beendet die Vertretung.</source>
            <translation>It is the last return: reading it ends the cover.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Fall</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <source>Feld</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Fertig</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Folgepaket</source>
            <translation>Follow-up package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Folgepaket schreiben …</source>
            <translation>Write follow-up package …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Fortschritt</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Funktion der Nachfolge</source>
            <translation>Role of the successor</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Funktion der Vertretung</source>
            <translation>Role of the deputy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>Ge&amp;merkt</source>
            <translation>Re&amp;membered</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>Gemerktes Paket</source>
            <translation>Remembered package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Geschrieben am</source>
            <translation>Written on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Geschriebene Pakete</source>
            <translation>Packages written</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/due_list.py" />
            <source>Grund</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Herkunft</source>
            <translation>Origin</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Ihr &amp;Name</source>
            <translation>Your &amp;name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Ihr Name für die Vertretung</source>
            <translation>Your name for the deputy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <source>In der Datei</source>
            <translation>In the file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Inhalt des Vertretungspakets</source>
            <translation>Contents of the cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Ins Paket kommen {0} Personen: {1}</source>
            <translation>{0} persons go into the package: {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Ins Paket kommt 1 Person: {0}</source>
            <translation>1 person goes into the package: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Ins Paket kommt alles dieser Schule: Personen mit Fällen, Kontakten, Einwilligungen und § 8a-Verfahren, Gruppen, offene Angebote, Termine, Kooperationsvereinbarungen. Jede Person wird im Übermittlungsprotokoll vermerkt. Gelöscht wird erst, wenn Sie die Empfangsquittung der Nachfolge einlesen – und nur, was im Paket war; was Sie danach eintragen, bleibt bei Ihnen (Folgepaket).</source>
            <translation>The package holds everything of this school: persons with cases, contacts, consents and § 8a procedures, groups, open offers, appointments, cooperation agreements. Each person is entered in the disclosure log. Nothing is deleted until you read in the successor's receipt – and only what was in the package; what you enter afterwards stays with you (follow-up package).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Ins Paket kommt keine Person (nur, was Sie unten ankreuzen).</source>
            <translation>No person goes into the package (only whom you tick below).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Jetzt ein Folgepaket für die Nachfolge schreiben?</source>
            <translation>Write a follow-up package for the successor now?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Keine Person erfüllt die Voraussetzungen; es gibt nichts weiterzugeben.</source>
            <translation>No person meets the conditions; there is nothing to pass on.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Klasse</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Kontakt &amp;erfassen …</source>
            <translation>Record co&amp;ntact …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Kontakt erfassen (Vertretung)</source>
            <translation>Record contact (deputy)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Kontakt erfasst: {0} mit {1} am {2}, {3} Min.</source>
            <translation>Contact recorded: {0} with {1} on {2}, {3} min.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Kontakt für die ausgewählte Person erfassen</source>
            <translation>Record a contact for the selected person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Kontakte der Vertretung</source>
            <translation>Deputy's contacts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Letzte Rückgabe (beendet die Vertretung)</source>
            <translation>Last return (ends the cover)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <source>Meine behalten</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Mit diesem Vertretungspaket wurden keine Ziele übergeben („Ziele der Fälle“ war bei keiner Person angekreuzt).</source>
            <translation>No goals were handed over with this cover package („Ziele der Fälle“ was not ticked for anyone).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/document_ticks.py" />
            <source>Mitgeben: {0}</source>
            <translation>Send along: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>N&amp;icht erschienen</source>
            <translation>D&amp;id not come</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Nachfolge (Name)</source>
            <translation>Successor (name)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Namen an&amp;zeigen</source>
            <translation>Show nam&amp;es</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Namen anzeigen</source>
            <translation>Show names</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Namen ver&amp;bergen</source>
            <translation>Hide nam&amp;es</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Namen verbergen</source>
            <translation>Hide names</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" />
            <source>Nicht mitgegeben (zur Löschung fällig, bleiben bei Ihnen): {0}</source>
            <translation>Not sent (due for deletion, they stay with you): {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Notiz zur Person</source>
            <translation>Note on the person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Notizen der Fälle</source>
            <translation>Case notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Notizen der Termine</source>
            <translation>Appointment notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Nächster Schritt</source>
            <translation>Next step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Offene &amp;Fälle</source>
            <translation>Open &amp;cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Offene Fälle</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Ort</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/package_key.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Paket</source>
            <translation>Package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Paket &amp;schreiben</source>
            <translation>&amp;Write package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Paket ö&amp;ffnen (als Vertretung) …</source>
            <translation>O&amp;pen package (as deputy) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>Paket öffnen</source>
            <translation>Open package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>Paket&amp;datei</source>
            <translation>Package &amp;file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>Paket&amp;schlüssel</source>
            <translation>Package &amp;key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/package_key.py" />
            <source>Paketblatt &amp;drucken (PDF) …</source>
            <translation>&amp;Print package sheet (PDF) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/package_key.py" />
            <source>Paketblatt drucken (PDF): Paketblatt mit dem Schlüssel als PDF speichern</source>
            <translation>Print package sheet (PDF): save the package sheet with the key as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/package_key.py" />
            <source>Paketblatt gespeichert: {0}</source>
            <translation>Package sheet saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/package_key.py" />
            <source>Paketblatt speichern</source>
            <translation>Save package sheet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>Paketdatei</source>
            <translation>Package file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>Paketdatei auswählen</source>
            <translation>Choose the package file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Pakete (*.ssapaket)</source>
            <translation>Packages (*.ssapaket)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/package_key.py" />
            <source>Paketschlüssel</source>
            <translation>Package key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>Paketschlüssel anzeigen</source>
            <translation>Show the package key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <location filename="../../ssa_desktop/ui/handover/due_list.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Personen</source>
            <translation>Persons</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Quittung geprüft. Gelöscht – Schule {0}:</source>
            <translation>Receipt checked. Deleted – school {0}:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Quittungen (*.ssaquittung)</source>
            <translation>Receipts (*.ssaquittung)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Raum</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Rückgabe der Vertretung</source>
            <translation>Deputy's return</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Rückgabe der Vertretung einlesen</source>
            <translation>Read the deputy's return</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Rückgabe eingelesen</source>
            <translation>Return read in</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Rückgabe eingelesen: {0}</source>
            <translation>Return read: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Rückgabe einlesen</source>
            <translation>Read return</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Rückgabe für die Kollegin schreiben</source>
            <translation>Write the return for the colleague</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Rückgabe geschrieben: {0} ({1}). Bitte der Kollegin geben.</source>
            <translation>Return written: {0} ({1}). Please hand it to your colleague.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Rückgabe speichern in</source>
            <translation>Save return in</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Rückgabe: Entscheidung offen</source>
            <translation>Return: decision pending</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>Schlüssel an&amp;zeigen</source>
            <translation>Sho&amp;w key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Schule &amp;übergeben …</source>
            <translation>Hand on &amp;school …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Schule übergeben</source>
            <translation>Hand on school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Später</source>
            <translation>Later</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Ter&amp;min eintragen …</source>
            <translation>Enter appoint&amp;ment …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Termin am {0} {1}: {2}.</source>
            <translation>Appointment on {0} {1}: {2}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Termin eingetragen: {0} {1}–{2}.</source>
            <translation>Appointment entered: {0} {1}–{2}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Termin eintragen (Vertretung)</source>
            <translation>Enter appointment (deputy)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Termin mit der ausgewählten Person eintragen</source>
            <translation>Enter an appointment with the selected person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Termine</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Themen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" />
            <source>Trotzdem mitgeben</source>
            <translation>Send anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" />
            <source>Trotzdem mitgeben: {0} ({1})</source>
            <translation>Send anyway: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Uhrzeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Vertretung (Name)</source>
            <translation>Deputy (name)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Vertretung und Übergabe</source>
            <translation>Cover and handover</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <location filename="../../translations/runtime_sources.json" />
            <source>Vertretungspaket</source>
            <translation>Cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Vertretungspaket einer Kollegin öffnen</source>
            <translation>Open a colleague's cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Vertretungspaket erstellen</source>
            <translation>Create cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Vertretungspaket schließen</source>
            <translation>Close cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Vertretungspaket schreiben</source>
            <translation>Write cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Vertretungspaket öffnen</source>
            <translation>Open cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Verwerfen?</source>
            <translation>Discard?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Vorgeschlagen werden nur Personen mit gültiger Einwilligung „Weitergabe an die Vertretung“ und offenem Fall, Termin im Zeitraum oder offenem § 8a-Verfahren; die Einwilligung muss heute und an jedem Tag des Zeitraums gelten. Haken entfernen (Leertaste), wer nicht mit soll. Ins Paket kommen nur diese Personen (Name, Klasse, Schule, Erreichbarkeit der Eltern), ihre offenen Fälle (Titel, Themen), die Termine im Zeitraum (mit Raum) und die § 8a-Fristen – keine abgeschlossenen Fälle, keine Arbeitsnotizen, keine Kontakte, keine Teilnehmerlisten. Notizen und Ziele nur, wenn Sie sie für die Person ankreuzen (Pfeiltasten, Leertaste). Personen mit eingeschränkter Verarbeitung (Widerspruch) werden nie vorgeschlagen und hier nicht aufgeführt. Jede Weitergabe wird im Übermittlungsprotokoll vermerkt.</source>
            <translation>Only persons with a valid consent “Passing on to the deputy” and an open case, an appointment in the period or an open § 8a procedure are proposed; the consent must be valid today and on every day of the period. Untick (Space) whoever should not go. The package holds only these persons (name, class, school, how to reach the parents), their open cases (title, topics), the appointments in the period (with room) and the § 8a deadlines – no closed cases, no working notes, no contacts, no participant lists. Notes and goals only when you tick them for the person (arrow keys, Space). Persons whose processing is restricted (objection) are never proposed and not listed here. Every disclosure is entered in the disclosure log.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Warum nicht</source>
            <translation>Why not</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Weiter bearbeiten</source>
            <translation>Continue editing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Wird gelesen …</source>
            <translation>Reading …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Zeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Zeitraum der Vertretung bis</source>
            <translation>Period of the cover to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Zeitraum der Vertretung von</source>
            <translation>Period of the cover from</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Zie&amp;lordner</source>
            <translation>Target fo&amp;lder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Ziel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Ziel&amp;verlauf</source>
            <translation>Goal &amp;trend</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>Ziele</source>
            <translation>Goals</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>Ziele der Fälle</source>
            <translation>Case goals</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Zielordner</source>
            <translation>Target folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <location filename="../../ssa_desktop/ui/handover/package_key.py" />
            <source>Zielordner wählen</source>
            <translation>Choose target folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" />
            <source>Zur Löschung fällige Personen</source>
            <translation>Persons due for deletion</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>anderes Paket: Datei und Schlüssel angeben</source>
            <translation>another package: give file and key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>die Kollegin</source>
            <translation>your colleague</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>erscheint als „Vertretung für …“</source>
            <translation>shown as “Cover for …”</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>ersetzt durch ein späteres Paket</source>
            <translation>replaced by a later package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>gelöscht ab {0}</source>
            <translation>deleted from {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>im Tresor gemerkt</source>
            <translation>remembered in the vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" />
            <source>nicht mitgeben</source>
            <translation>do not send</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>ohne Fall</source>
            <translation>without a case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>ohne Frist</source>
            <translation>no deadline</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>seit</source>
            <translation>since</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" />
            <source>trotzdem mitgeben</source>
            <translation>send anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>von Ihnen hinzugefügt</source>
            <translation>added by you</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>von der Kollegin</source>
            <translation>from your colleague</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>wird gelöscht ab {0}</source>
            <translation>deleted from {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>z. B. Einwilligung der Mutter</source>
            <translation>e.g. consent of the mother</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>z. B. Schulsozialarbeit GMS Nord</source>
            <translation>e.g. school social work GMS Nord</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>{0} (seit {1})</source>
            <translation>{0} (since {1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>{0} Min.</source>
            <translation>{0} min.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>{0} von {1} vorgeschlagenen Personen kommen ins Paket.</source>
            <translation>{0} of {1} proposed persons go into the package.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" />
            <source>{0}: bei Ihnen {1}, in der Datei {2}</source>
            <translation>{0}: yours {1}, in the file {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>{0}: bei Ihnen „{1}“, in der Datei „{2}“</source>
            <translation>{0}: yours “{1}”, in the file “{2}”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>§ &amp;8a-Fristen</source>
            <translation>§ &amp;8a deadlines</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" />
            <source>§ 8a-Fristen</source>
            <translation>§ 8a deadlines</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>Ö&amp;ffnen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Übergabepaket &amp;einlesen …</source>
            <translation>R&amp;ead handover package …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Übergabepaket einer Schule</source>
            <translation>School handover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Übergabepaket einer Schule einlesen (Nachfolge)</source>
            <translation>Read a school's handover package (successor)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Übergabepaket einer Schule schreiben</source>
            <translation>Write a school's handover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Übergabepaket eingelesen: {0}</source>
            <translation>Handover package read: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" />
            <source>Übergabepaket einlesen</source>
            <translation>Read handover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" />
            <source>Übergabepaket schreiben</source>
            <translation>Write handover package</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>übergeben</source>
            <translation>handed over</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" />
            <source>…/vertretung-JJJJ-MM-TT-xxxxxxxx.ssapaket</source>
            <translation>…/vertretung-YYYY-MM-DD-xxxxxxxx.ssapaket</translation>
        </message>
    </context>
    <context>
        <name>KeyReadout</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/key_readout.py" />
            <source>Gruppe {0} von {1}: {2}</source>
            <translation>Group {0} of {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/key_readout.py" />
            <source>Liest bei jedem Drücken die nächste Gruppe</source>
            <translation>Reads the next group at every press</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/key_readout.py" />
            <source>Schlüssel &amp;vorlesen</source>
            <translation>Read key &amp;aloud</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/key_readout.py" />
            <source>Schlüssel vorlesen</source>
            <translation>Read key aloud</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/key_readout.py" />
            <source>{0} – mit „Schlüssel vorlesen“ Gruppe für Gruppe hören</source>
            <translation>{0} – hear it group by group with “Read key aloud”</translation>
        </message>
    </context>
    <context>
        <name>Letters</name>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>%n Brief(e) als Dokumente ihrer Personen abgelegt.</source>
            <translation>
                <numerusform>%n letter kept as a document of its person.</numerusform>
                <numerusform>%n letters kept as documents of their persons.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>%n Brief(e) gedruckt.</source>
            <translation>
                <numerusform>%n letter printed.</numerusform>
                <numerusform>%n letters printed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>%n Brief(e) gespeichert: {0}</source>
            <translation>
                <numerusform>%n letter saved: {0}</numerusform>
                <numerusform>%n letters saved: {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>%n Brief(e) – die Vorschau zeigt den des gewählten Mitglieds.</source>
            <translation>
                <numerusform>%n letter – the preview shows the chosen member's.</numerusform>
                <numerusform>%n letters – the preview shows the chosen member's.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/letters/saving.py" />
            <source>%n Übermittlung(en) eingetragen.</source>
            <translation>
                <numerusform>%n disclosure logged.</numerusform>
                <numerusform>%n disclosures logged.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>&amp;Anschrift</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>&amp;Aufnehmen</source>
            <translation>T&amp;ake in</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>&amp;Briefart</source>
            <translation>&amp;Kind of letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>&amp;Drucken …</source>
            <translation>&amp;Print …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>&amp;Entfernen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>&amp;Exportieren …</source>
            <translation>&amp;Export …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>&amp;Importieren …</source>
            <translation>&amp;Import …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>&amp;Kalendertermin</source>
            <translation>Calendar appoi&amp;ntment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>&amp;Löschen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>&amp;Mitglieder</source>
            <translation>&amp;Members</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>&amp;Rechtsgrundlage</source>
            <translation>&amp;Legal basis</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>&amp;Speichern unter …</source>
            <translation>&amp;Save as …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>(Ihre Angaben: Einstellungen → Briefkopf)</source>
            <translation>(your details: Settings → Letterhead)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>A&amp;n</source>
            <translation>T&amp;o</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>A&amp;nrede</source>
            <translation>Sa&amp;lutation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Abgelegt am</source>
            <translation>Kept on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Alle Briefe als ein PDF oder eine DOCX-Datei speichern</source>
            <translation>Save all letters as one PDF or one DOCX file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Alle Briefe drucken</source>
            <translation>Print all letters</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Alle Mitglieder anhaken</source>
            <translation>Tick all members</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Alle an&amp;haken</source>
            <translation>Tick a&amp;ll</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Allgemeiner Brief</source>
            <translation>General letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Als Datei &amp;speichern …</source>
            <translation>&amp;Save as file …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Als Dokument abgelegt: „{0}“</source>
            <translation>Kept as a document: “{0}”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>An</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>An&amp;rede</source>
            <translation>Sal&amp;utation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Angehakte bekommen einen Brief; die Leertaste setzt den Haken.</source>
            <translation>Each ticked one gets a letter; Space sets the tick.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Anrede</source>
            <translation>Salutation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Anrede („Sehr geehrte Damen und Herren,“)</source>
            <translation>Salutation (“Dear Sir or Madam,”)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Ans&amp;chrift</source>
            <translation>A&amp;ddress</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Anschrift</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Anschrift der Empfängerin / des Empfängers (mehrzeilig, von Ihnen eingegeben)</source>
            <translation>Recipient's address (several lines, typed by you)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Anschrift der Schule</source>
            <translation>Address of the school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Ansprechperson der Fachstelle</source>
            <translation>Contact person of the service</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Aufnehmen</source>
            <translation>Take in</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Ausgewählte Vorlage für eine Kollegin speichern (ohne Personendaten)</source>
            <translation>Save the selected template for a colleague (no personal data)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Ausgewählte Vorlage löschen</source>
            <translation>Delete the selected template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Be&amp;zug</source>
            <translation>&amp;Made from</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Beginn (HH:MM)</source>
            <translation>Start (HH:MM)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Bezug</source>
            <translation>Made from</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Br&amp;iefart</source>
            <translation>K&amp;ind of letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Brief</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Brief als Datei speichern</source>
            <translation>Save the letter as a file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Brief als Dokument der Person ablegen</source>
            <translation>Keep the letter as a document of the person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Brief an: {0}</source>
            <translation>Letter to: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Brief drucken</source>
            <translation>Print the letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Brief erstellen</source>
            <translation>Write a letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Brief gedruckt.</source>
            <translation>Letter printed.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Brief gespeichert: {0}</source>
            <translation>Letter saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Brief speichern</source>
            <translation>Save the letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Briefart</source>
            <translation>Kind of letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Briefart der neuen Vorlage</source>
            <translation>Kind of letter of the new template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Briefe aus Ihrer eigenen Vorlage druckt SSA Desktop nicht: „Als Datei speichern …“ und mit Word oder dem PDF-Programm drucken.</source>
            <translation>SSA Desktop does not print letters from your own template: use “Save as file …” and print with Word or the PDF program.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Briefvorlage (*{0})</source>
            <translation>Letter template (*{0})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Briefvorlagen</source>
            <translation>Letter templates</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Datum des Briefs (TT.MM.JJJJ)</source>
            <translation>Date of the letter (DD.MM.YYYY)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Der Druck ist fehlgeschlagen: {0}</source>
            <translation>Printing failed: {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Die Einwilligung ist freiwillig. Sie kann jederzeit ohne Angabe von Gründen ganz oder teilweise für die Zukunft widerrufen werden (Art. 7 Abs. 3 DSGVO), formlos bei der Schulsozialarbeit. Was bis zum Widerruf weitergegeben wurde, bleibt davon unberührt. Wird nicht eingewilligt, entsteht kein Nachteil.</source>
            <translation>Consent is voluntary. It can be withdrawn at any time, without giving reasons, wholly or in part for the future (Art. 7(3) GDPR), informally with school social work. What was passed on before the withdrawal is not affected. Not consenting has no disadvantage.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Die Fachstelle erhält von mir keine Angaben, solange Sie nicht ausdrücklich eingewilligt haben. Bei Fragen erreichen Sie mich unter {{ worker.phone }}.</source>
            <translation>The service receives no information from me unless you have expressly consented. If you have questions, you can reach me at {{ worker.phone }}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Die Teilnahme wird gelöscht (irrtümlich eingetragen). Fortfahren?</source>
            <translation>The membership is deleted (entered by mistake). Continue?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Die Vorlage wird gelesen …</source>
            <translation>Reading the template …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Die Vorlage „{0}“ löschen? Briefe, die schon im Tresor abgelegt sind, bleiben.</source>
            <translation>Delete the template “{0}”? Letters already kept in the vault stay.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Dienstag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Diese {0} Briefe gehen nicht an die Personen oder ihre Erziehungsberechtigten. Jeder ist eine Übermittlung und wird im Übermittlungsprotokoll eingetragen: {1}. Fortfahren?</source>
            <translation>These {0} letters do not go to the persons or their guardians. Each is a disclosure and is logged in the disclosure log: {1}. Continue?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Dieser Brief geht nicht an die Person oder ihre Sorgeberechtigten. Das ist eine Übermittlung; sie wird im Übermittlungsprotokoll eingetragen: {0}. Fortfahren?</source>
            <translation>This letter does not go to the person or their guardians. That is a disclosure; it is entered in the disclosure log: {0}. Continue?</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Donnerstag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>E-Mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>E-Mail der Fachstelle</source>
            <translation>E-mail of the service</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Eigene &amp;Vorlage …</source>
            <translation>Own &amp;template …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Eigene Vorlage</source>
            <translation>Own template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Eigene Vorlage wählen</source>
            <translation>Choose your own template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Eigene Vorlage wählen (DOCX oder PDF-Formular)</source>
            <translation>Choose your own template (DOCX or PDF form)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Ein Brief enthält nur die Angaben seiner Briefart – nie Themen, Notizen, Fälle oder § 8a.</source>
            <translation>A letter carries only what its kind needs – never topics, notes, cases or § 8a.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Ein Termin ohne Person aus dem Kalender, z. B. ein Elternabend</source>
            <translation>An appointment without a person from the calendar, e.g. a parents' evening</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Eingebauter Brief</source>
            <translation>Built-in letter</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Einladung zu einem Gespräch</source>
            <translation>Invitation to a meeting</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Einladung zum Gespräch</source>
            <translation>Invitation to a meeting</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Einwilligende: {{ consent.party }}
Anvertraut von: {{ consent.entrusted_by }}
Weitergegeben werden dürfen: {{ consent.scope }}
Zweck: {{ consent.purpose }}
Gültig von {{ consent.valid_from }} bis {{ consent.valid_to }}</source>
            <translation>Consenting: {{ consent.party }}
Entrusted by: {{ consent.entrusted_by }}
May be passed on: {{ consent.scope }}
Purpose: {{ consent.purpose }}
Valid from {{ consent.valid_from }} until {{ consent.valid_to }}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Empfän&amp;ger</source>
            <translation>&amp;Who receives it</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Empfänger</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Ende (HH:MM)</source>
            <translation>End (HH:MM)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Entbindung von der Schweigepflicht</source>
            <translation>Release from confidentiality</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Entfernen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Fachstelle (Name aus dem Netzwerk)</source>
            <translation>Specialist service (name from the network)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab: {{ worker.phone }}, {{ worker.email }}.</source>
            <translation>If you cannot keep the appointment, please cancel in good time: {{ worker.phone }}, {{ worker.email }}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Format</source>
            <translation>Layout</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Formularfelder zuordnen</source>
            <translation>Map the form fields</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Fortfahren und eintragen</source>
            <translation>Continue and log it</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Freitag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Gewählte Vorlage mit ihrer Feldzuordnung im Tresor ablegen</source>
            <translation>Keep the chosen template with its field mapping in the vault</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Hiermit wird bestätigt, dass {{ person.first_name }} {{ person.last_name }} (Klasse {{ person.class_label }}, {{ school.name }}) am Angebot „{{ offer.title }}“ der Schulsozialarbeit teilgenommen hat.</source>
            <translation>This is to confirm that {{ person.first_name }} {{ person.last_name }} (class {{ person.class_label }}, {{ school.name }}) took part in the school social work offer “{{ offer.title }}”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Ich entbinde / Wir entbinden die Schulsozialarbeit ({{ worker.name }}, {{ traeger.name }}) gegenüber</source>
            <translation>I / We release school social work ({{ worker.name }}, {{ traeger.name }}) towards</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Ihr Name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Ihr PDF-Formular wird je Mitglied gefüllt.</source>
            <translation>Your PDF form is filled for each member.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Ihre Ansprechpartnerin</source>
            <translation>Your contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Ihre E-Mail-Adresse</source>
            <translation>Your e-mail address</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Ihre Funktion</source>
            <translation>Your role</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Ihre Telefonnummer</source>
            <translation>Your phone number</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Ihre Vorlage wird so gefüllt:</source>
            <translation>Your template is filled like this:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Ihre Vorlagen im Tresor</source>
            <translation>Your templates in the vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Ihre Vorlagen im Tresor verwalten</source>
            <translation>Manage your templates in the vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Ihre Word-Vorlage wird je Mitglied gefüllt: eine DOCX-Datei, jeder Brief auf einer neuen Seite (gedruckt wird sie aus Word).</source>
            <translation>Your Word template is filled for each member: one DOCX file, each letter on a new page (print it from Word).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Im &amp;Tresor ablegen</source>
            <translation>&amp;Keep in the vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Im Brief bleibt leer: {0}</source>
            <translation>Left empty in the letter: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Im Tresor ablegen</source>
            <translation>Keep in the vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/saving.py" />
            <source>Im Übermittlungsprotokoll eingetragen.</source>
            <translation>Entered in the disclosure log.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Irrtümlich eingetragenes Mitglied entfernen</source>
            <translation>Remove a member entered by mistake</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Jeden Brief als Dokument seiner Person ablegen</source>
            <translation>Keep each letter as a document of its person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Kalendertermin</source>
            <translation>Calendar appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Keine Vorschau.</source>
            <translation>No preview.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Klasse</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Löschen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Mit freundlichen Grüßen</source>
            <translation>Kind regards</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Mitglieder</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Mittwoch</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Montag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Nachname der Person (nur wenn die Vorlage ihn braucht)</source>
            <translation>Last name of the person (only where the template needs it)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Name der Schule</source>
            <translation>Name of the school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Name der Vorlage:</source>
            <translation>Name of the template:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Name der neuen Vorlage</source>
            <translation>Name of the new template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Name des Trägers</source>
            <translation>Name of the provider</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Ort des Trägers (für „Ort, Datum“)</source>
            <translation>Provider's town (for “place, date”)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Ort, Datum: ______________________________</source>
            <translation>Place, date: ______________________________</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>PDF oder DOCX (*.pdf *.docx)</source>
            <translation>PDF or DOCX (*.pdf *.docx)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>PLZ und Ort des Trägers</source>
            <translation>Postcode and town of the provider</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Person au&amp;fnehmen:</source>
            <translation>&amp;Take in a person:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Person aufnehmen</source>
            <translation>Take in a person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Person in die Gruppe aufnehmen</source>
            <translation>Take the person into the group</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Personensorgeberechtigte</source>
            <translation>parents or guardians</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Platz&amp;halter …</source>
            <translation>Place&amp;holders …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Platzhalter dieser Briefart mit ihrer Bedeutung zeigen</source>
            <translation>Show the placeholders of this kind of letter with their meaning</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Platzhalter für das Feld „{0}“</source>
            <translation>Placeholder for the field “{0}”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Platzhalter für „{0}“ (in Ihrer DOCX-Vorlage als {{{{ … }}}}, im PDF-Formular als Feldname):</source>
            <translation>Placeholders for “{0}” (in your DOCX template as {{{{ … }}}}, in a PDF form as the field name):</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Pseudonym der Person</source>
            <translation>Pseudonym of the person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Raum</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Rechts&amp;grundlage</source>
            <translation>Le&amp;gal basis</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Rechtsgrundlage der Übermittlung</source>
            <translation>Legal basis of the disclosure</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Samstag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Schweigepflichtentbindung</source>
            <translation>Release from confidentiality</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Serienbrief</source>
            <translation>Serial letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Serienbrief drucken</source>
            <translation>Print the serial letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Serienbrief speichern</source>
            <translation>Save the serial letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Serienbrief: {0}</source>
            <translation>Serial letter: {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Sollte der Termin nicht passen, melden Sie sich bitte bei mir, damit wir einen anderen vereinbaren können. Sie erreichen mich unter {{ worker.phone }} oder {{ worker.email }}. Das Gespräch ist vertraulich.</source>
            <translation>If this time does not suit you, please let me know so that we can arrange another. You can reach me at {{ worker.phone }} or {{ worker.email }}. The meeting is confidential.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Sonntag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Stelle, gegenüber der die Schweigepflicht entbunden wird</source>
            <translation>Body towards which confidentiality is released</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Straße des Trägers</source>
            <translation>Street of the provider</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Tag des Termins (TT.MM.JJJJ)</source>
            <translation>Day of the appointment (DD.MM.YYYY)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Teilnahme &amp;beenden</source>
            <translation>End mem&amp;bership</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Teilnahme beenden</source>
            <translation>End membership</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Teilnahme des gewählten Mitglieds heute beenden</source>
            <translation>End the chosen member's membership today</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Teilnahmebestätigung</source>
            <translation>Confirmation of participation</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Telefon der Fachstelle</source>
            <translation>Phone of the service</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Termin: {{ appointment.weekday }}, {{ appointment.day }}, {{ appointment.start }}–{{ appointment.end }} Uhr
Ort: {{ school.name }}, {{ appointment.room }}</source>
            <translation>Date: {{ appointment.weekday }}, {{ appointment.day }}, {{ appointment.start }}–{{ appointment.end }}
Place: {{ school.name }}, {{ appointment.room }}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Terminbestätigung</source>
            <translation>Appointment confirmation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Titel des Gruppenangebots oder offenen Angebots</source>
            <translation>Title of the group or open offer</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Unterschrift Personensorgeberechtigte</source>
            <translation>Signature of the parents or guardians</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Unterschrift junger Mensch</source>
            <translation>Signature of the young person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Vor&amp;lage</source>
            <translation>Templat&amp;e</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Vorlage</source>
            <translation>Template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Vorlage exportieren</source>
            <translation>Export template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Vorlage gespeichert (ohne Personendaten): {0}</source>
            <translation>Template saved (no personal data): {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Vorlage im Tresor &amp;merken …</source>
            <translation>Save template in the &amp;vault …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Vorlage im Tresor merken</source>
            <translation>Save template in the vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Vorlage importieren</source>
            <translation>Import template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Vorlage importieren (DOCX, PDF-Formular oder Briefvorlage einer Kollegin)</source>
            <translation>Import a template (DOCX, PDF form or a colleague's letter template)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Vorlage löschen</source>
            <translation>Delete template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Vorlage „{0}“ gelöscht.</source>
            <translation>Template “{0}” deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Vorlage „{0}“ im Tresor abgelegt.</source>
            <translation>Template “{0}” kept in the vault.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Vorlagen (*.docx *.pdf *{0})</source>
            <translation>Templates (*.docx *.pdf *{0})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Vorlagen (*.docx *.pdf)</source>
            <translation>Templates (*.docx *.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Vorlagen enthalten Platzhalter statt Namen; beim Import wird der Name der Verfasserin aus den Dateieigenschaften entfernt. Ein PDF-Formular, dessen Felder Sie zuordnen müssen, legen Sie in „Brief erstellen“ ab.</source>
            <translation>Templates hold placeholders instead of names; on import the author's name is removed from the file's properties. Keep a PDF form whose fields you need to map from “Write a letter”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Vorlagen ver&amp;walten …</source>
            <translation>Ma&amp;nage templates …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Vorname der Person (nur wenn die Vorlage ihn braucht)</source>
            <translation>First name of the person (only where the template needs it)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Vorschau</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Weitervermittlung an eine Fachstelle</source>
            <translation>Referral to a specialist service</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Welche Angaben weitergegeben werden dürfen</source>
            <translation>Which information may be passed on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Wer die Daten anvertraut hat</source>
            <translation>Who entrusted the data</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Wer einwilligt (junger Mensch, Personensorgeberechtigte, beide)</source>
            <translation>Who consents (young person, parents or guardians, both)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Wochentag des Termins</source>
            <translation>Weekday of the appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Zahl der Termine</source>
            <translation>Number of sessions</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Zeitraum: {{ offer.first_day }} bis {{ offer.last_day }} ({{ offer.sessions }} Termine)</source>
            <translation>Period: {{ offer.first_day }} to {{ offer.last_day }} ({{ offer.sessions }} sessions)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>Zugeordnete Felder</source>
            <translation>Mapped fields</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>Zweck der Weitergabe</source>
            <translation>Purpose of passing it on</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>auf Widerruf</source>
            <translation>withdrawal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>die Person selbst</source>
            <translation>the person herself</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>eine andere Stelle (Übermittlung)</source>
            <translation>another office (disclosure)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>erster Termin des Angebots (TT.MM.JJJJ)</source>
            <translation>first session of the offer (DD.MM.YYYY)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>gültig ab (TT.MM.JJJJ)</source>
            <translation>valid from (DD.MM.YYYY)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>gültig bis (TT.MM.JJJJ; leer: bis auf Widerruf)</source>
            <translation>valid until (DD.MM.YYYY; empty: until withdrawal)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>hiermit bestätige ich den vereinbarten Termin:</source>
            <translation>I hereby confirm the appointment we agreed:</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>ich möchte Sie herzlich zu einem Gespräch über {{ person.first_name }} (Klasse {{ person.class_label }}) einladen.</source>
            <translation>I would like to invite you to a meeting about {{ person.first_name }} (class {{ person.class_label }}).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>ihre Erziehungsberechtigten</source>
            <translation>her guardians</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>junger Mensch selbst</source>
            <translation>the young person</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>junger Mensch und Personensorgeberechtigte</source>
            <translation>the young person and parents or guardians</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>letzter Termin des Angebots (TT.MM.JJJJ)</source>
            <translation>last session of the offer (DD.MM.YYYY)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/templates_dialog.py" />
            <source>ohne Angabe: der Dateiname</source>
            <translation>if empty: the file name</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>von der Schweigepflicht, soweit es um {{ person.first_name }} {{ person.last_name }} (Klasse {{ person.class_label }}, {{ school.name }}) geht.</source>
            <translation>from confidentiality as far as {{ person.first_name }} {{ person.last_name }} (class {{ person.class_label }}, {{ school.name }}) is concerned.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>wie besprochen empfehle ich, Kontakt mit der folgenden Fachstelle aufzunehmen:</source>
            <translation>as we discussed, I recommend contacting the following specialist service:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>{0} (im Tresor)</source>
            <translation>{0} (in the vault)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{{ appointment.weekday }}, {{ appointment.day }}, {{ appointment.start }}–{{ appointment.end }} Uhr
{{ school.name }}, {{ appointment.room }}</source>
            <translation>{{ appointment.weekday }}, {{ appointment.day }}, {{ appointment.start }}–{{ appointment.end }}
{{ school.name }}, {{ appointment.room }}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{{ partner.name }}{% if partner.contact_person %}
Ansprechperson: {{ partner.contact_person }}{% endif %}{% if partner.phone %}
Telefon: {{ partner.phone }}{% endif %}{% if partner.email %}
E-Mail: {{ partner.email }}{% endif %}</source>
            <translation>{{ partner.name }}{% if partner.contact_person %}
Contact: {{ partner.contact_person }}{% endif %}{% if partner.phone %}
Phone: {{ partner.phone }}{% endif %}{% if partner.email %}
E-mail: {{ partner.email }}{% endif %}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <location filename="../../ssa_desktop/ui/letters/serial_dialog.py" />
            <source>Übermittlung</source>
            <translation>Disclosure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/letters/dialog.py" />
            <source>– bleibt leer –</source>
            <translation>– stays empty –</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>&amp;Bereiche</source>
            <translation>&amp;Areas</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>&amp;Datei</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>&amp;Hilfe</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>&lt;p&gt;&lt;b&gt;SSA Desktop&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Dokumentation für die Schulsozialarbeit: verschlüsselt (SQLCipher), offline, getrennt von Schuldaten.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;SSA Desktop&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Documentation for school social work: encrypted (SQLCipher), offline, separate from school data.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Abbrechen im Dialog</source>
            <translation>Cancel in dialogs</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Alles sofort ausblenden und den Tresor sperren</source>
            <translation>Hide everything at once and lock the vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Als Entwurf behalten</source>
            <translation>Keep as draft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Alt+V</source>
            <translation>Alt+V</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Alt+←</source>
            <translation>Alt+←</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Alt+→</source>
            <translation>Alt+→</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Beenden</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Beim Sperren abgebrochen</source>
            <translation>Cancelled when locking</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Beratungszettel drucken (auf der Seite einer Person)</source>
            <translation>Print consultation slips (on a person's page)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Bereiche</source>
            <translation>Areas</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Bitte warten, bis die laufende Aktion fertig ist.</source>
            <translation>Please wait until the current action is finished.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Brief erstellen (auf der Seite einer Person)</source>
            <translation>Write a letter (on a person's page)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Diese Übersicht der Tastenkürzel</source>
            <translation>This overview of keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Dokument drucken (beim Ansehen eines Dokuments)</source>
            <translation>Print document (while viewing a document)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Entsperren</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Entsperren …</source>
            <translation>Unlock …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Erklärung zur &amp;Barrierefreiheit …</source>
            <translation>Accessi&amp;bility statement …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/accessibility_statement.py" />
            <source>Erklärung zur Barrierefreiheit</source>
            <translation>Accessibility statement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>F6</source>
            <translation>F6</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Gesperrt</source>
            <translation>Locked</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>In Termine: Tag bzw. Woche vor</source>
            <translation>In Appointments: next day or week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Inhalt</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Kontakt erfassen (von überall)</source>
            <translation>Record contact (from anywhere)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Kontakt erfassen …</source>
            <translation>Record contact …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Kontakt erfassen: Art „{0}“, weiter zu Themen</source>
            <translation>Record contact: kind “{0}”, then on to topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Kurzkontakte ansehen und korrigieren …</source>
            <translation>View and correct short contacts …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Mit den Pfeiltasten einen Bereich wählen</source>
            <translation>Choose an area with the arrow keys</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Neue Scans im Scanner-Ordner: {0}. Übernehmen auf der Seite einer Person unter Dokumente → „Neue Scans“.</source>
            <translation>New scans in the scanner folder: {0}. Add them on a person's page under Documents → “New scans”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Nicht beendet: {0}</source>
            <translation>Not quit: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Nicht gespeichert</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Nicht gespeicherte Eingaben: {0}. Vor dem Beenden speichern?</source>
            <translation>Unsaved input: {0}. Save before quitting?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Ort des Tresors</source>
            <translation>Location of the vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Personen, Fälle und Notizen suchen (Strg+K)</source>
            <translation>Search persons, cases and notes (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>SSA Desktop Hauptfenster</source>
            <translation>SSA Desktop main window</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>SSA Desktop ist gesperrt. Zum Weiterarbeiten entsperren Sie den Tresor mit Ihrer Passphrase.</source>
            <translation>SSA Desktop is locked. To continue, unlock the vault with your passphrase.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>SSA Desktop — Schulsozialarbeit</source>
            <translation>SSA Desktop — School social work</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/accessibility_statement.py" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Schlüssel vorlesen: die nächste Gruppe eines angezeigten Schlüssels</source>
            <translation>Read key aloud: the next group of a key shown</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Speichern aus einem mehrzeiligen Textfeld (Notiz, § 8a-Schritt)</source>
            <translation>Save from a multi-line text field (note, § 8a step)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Speichern im Dialog</source>
            <translation>Save in dialogs</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Sperren</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Sperren (Strg+L)</source>
            <translation>Lock (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Sperren: alles ausblenden</source>
            <translation>Lock: hide everything</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Statistik → Eingabehilfe als PDF (eine Seite)</source>
            <translation>Statistics → Entry aid as PDF (one page)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Statistik → Eingabehilfe: den Wert der Zeile kopieren (ebenso Enter)</source>
            <translation>Statistics → Entry aid: copy the line's value (Enter too)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Stoppuhr starten/anhalten</source>
            <translation>Start/stop stopwatch</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Stoppuhr starten/anhalten (Arbeitszeit)</source>
            <translation>Start/stop stopwatch (working time)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Strg+B</source>
            <translation>Ctrl+B</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Strg+C</source>
            <translation>Ctrl+C</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Strg+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Strg+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Strg+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Strg+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Strg+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Strg+N Kontakt erfassen · Strg+K Suchen · Strg+L Sperren</source>
            <translation>Ctrl+N record contact · Ctrl+K search · Ctrl+L lock</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Strg+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Strg+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Strg+T</source>
            <translation>Ctrl+T</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Strg+{0}</source>
            <translation>Ctrl+{0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Suche (Strg+K)</source>
            <translation>Search (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Suche …</source>
            <translation>Search …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Suchen</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Suchen …</source>
            <translation>Search …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Tastenkürzel</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Tresor: Hinweis gefunden — Einstellungen → Sicherheit → Tresor prüfen</source>
            <translation>Vault: notice found — Settings → Security → Check vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Tresor: Problem gefunden — bitte Sicherung prüfen</source>
            <translation>Vault: problem found — please check the backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Tresor: Prüfung nicht möglich</source>
            <translation>Vault: check not possible</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Tresor: geprüft</source>
            <translation>Vault: checked</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Tresor: gesperrt</source>
            <translation>Vault: locked</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Tresor: wird geprüft …</source>
            <translation>Vault: checking …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Wochenraster verlassen (ebenso Strg+Tab und Esc)</source>
            <translation>Leave the weekly grid (also Ctrl+Tab and Esc)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Zurück zur Personenliste; in Termine: Tag bzw. Woche zurück</source>
            <translation>Back to the person list; in Appointments: previous day or week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Zustand des Tresors</source>
            <translation>Vault state</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>{0}; danach wird das Programm beendet.</source>
            <translation>{0}; the program quits afterwards.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" />
            <source>Über SSA Desktop</source>
            <translation>About SSA Desktop</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" />
            <source>Auf den Ordner oder die Datei darf nicht geschrieben werden. Bitte wählen Sie einen anderen Ort.</source>
            <translation>The folder or file may not be written. Please choose another location.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" />
            <source>Der Arbeitsspeicher reicht nicht aus. Bitte schließen Sie andere Programme.</source>
            <translation>Not enough memory. Please close other programs.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" />
            <source>Die Aktion ist fehlgeschlagen. Es wurde nichts halb gespeichert.</source>
            <translation>The action failed. Nothing was half saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" />
            <source>Die Datei konnte nicht geschrieben oder gelesen werden. Bitte prüfen Sie den Ort und den freien Platz.</source>
            <translation>The file could not be written or read. Please check the location and the free space.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" />
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" />
            <source>Nein</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" />
            <source>Rückfrage</source>
            <translation>Question</translation>
        </message>
    </context>
    <context>
        <name>NamesFound</name>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" />
            <source>&amp;Bearbeiten</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" />
            <source>&amp;Trotzdem drucken</source>
            <translation>&amp;Print anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" />
            <source>Gefundene Namen</source>
            <translation>Names found</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" />
            <source>Namen &amp;ersetzen</source>
            <translation>&amp;Replace names</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" />
            <source>Namen durch „[Name]“ ersetzen und drucken</source>
            <translation>Replace names by “[Name]” and print</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" />
            <source>Namen im Text</source>
            <translation>Names in the text</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" />
            <source>Trotzdem mit den Namen drucken</source>
            <translation>Print with the names anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" />
            <source>Zurück zum Text, erster Name markiert</source>
            <translation>Back to the text, first name selected</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" />
            <source>{0} verspricht „keine Namen“, aber in den Texten stehen {1} Namen von Personen aus dem Tresor. Ersetzen setzt „{2}“ an ihre Stelle.</source>
            <translation>{0} promises “no names”, but the texts hold {1} names of persons from the vault. Replace puts “{2}” in their place.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" />
            <source>„{0}“ – {1}, Zeile {2}</source>
            <translation>“{0}” – {1}, line {2}</translation>
        </message>
    </context>
    <context>
        <name>NetworkArea</name>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>&amp;Entfernen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>&amp;Erfassen</source>
            <translation>&amp;Record</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>&amp;Jahresbericht …</source>
            <translation>Annual r&amp;eport …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>&amp;Kooperationsvereinbarung</source>
            <translation>&amp;Cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>&amp;Löschen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>&amp;Neu</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>&amp;Partner</source>
            <translation>&amp;Partners</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>&amp;Speichern</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>&amp;Ziel hinzufügen</source>
            <translation>Add &amp;goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Aktivität ent&amp;fernen</source>
            <translation>Re&amp;move activity</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Aktivität entfernen</source>
            <translation>Remove activity</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Angebot / Rahmenbedingungen</source>
            <translation>Offer / conditions</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Ansprechperson</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Art der Einrichtung</source>
            <translation>Kind of institution</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Art der Vernetzung</source>
            <translation>Kind of networking</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Ausgewähltes Ziel entfernen</source>
            <translation>Remove the selected goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Auswertungsgespräch</source>
            <translation>Review meeting</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Beispiele aus der Muster-Kooperationsvereinbarung (Anhang):</source>
            <translation>Examples from the model cooperation agreement (appendix):</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Bitte zuerst eine Aktivität in der Liste wählen.</source>
            <translation>Please choose an activity in the list first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Dauer</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Die Vernetzungsaktivität „{0}“ vom {1} ({2} Min.) entfernen? Sie verschwindet auch aus Statistik und Arbeitszeit; ihre Angaben stehen danach im Formular, zum Berichtigen und neu Erfassen.</source>
            <translation>Remove the networking activity “{0}” of {1} ({2} min.)? It also leaves the statistics and the working time; its details then stand in the form, to be corrected and recorded again.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>E-Mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Filtern: Name, Ansprechperson, Notiz …</source>
            <translation>Filter: name, contact person, note …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Gewählte Vernetzungsaktivität entfernen</source>
            <translation>Remove the chosen networking activity</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Gültig bis</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Ihre noch nicht erfasste Eingabe im Formular wird dabei ersetzt.</source>
            <translation>What you have typed in the form and not yet entered is replaced.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Jahresbericht für das Auswertungsgespräch</source>
            <translation>Annual report for the evaluation meeting</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Nach &amp;oben</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Nach &amp;unten</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Name der Einrichtung</source>
            <translation>Name of the institution</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Neue &amp;Vereinbarung</source>
            <translation>&amp;New agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Neue Kooperationsvereinbarung</source>
            <translation>New cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Neuer Partner</source>
            <translation>New partner</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Neues Ziel</source>
            <translation>New goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Notizen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Notizen zur Vereinbarung</source>
            <translation>Notes on the agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Partner filtern</source>
            <translation>Filter partners</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Partner löschen</source>
            <translation>Delete partner</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Partner speichern</source>
            <translation>Save partner</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>TT.MM.JJJJ, mehrere mit Komma</source>
            <translation>DD.MM.YYYY, several separated by commas</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Termine Auswertungsgespräch</source>
            <translation>Review meeting dates</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Vereinbarung</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Vereinbarung &amp;speichern</source>
            <translation>&amp;Save agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Vereinbarung speichern</source>
            <translation>Save agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Vernetzung</source>
            <translation>Networking</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Vernetzungs&amp;aktivitäten</source>
            <translation>Net&amp;working activities</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Vernetzungsaktivität erfassen</source>
            <translation>Record networking activity</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Vernetzungsaktivität vom {0} entfernt, auch aus Statistik und Arbeitszeit. Ihre Angaben stehen im Formular: berichtigen und „Erfassen“.</source>
            <translation>Networking activity of {0} removed, from the statistics and working time too. Its details stand in the form: correct them and “Record”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Vernetzungsaktivitäten</source>
            <translation>Networking activities</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Vorlage &amp;übernehmen …</source>
            <translation>Use &amp;template …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Vorlage übernehmen</source>
            <translation>Use template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Vorlagen</source>
            <translation>Templates</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Zeitraum gültig ab</source>
            <translation>Period valid from</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Ziel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Ziel der Kooperation</source>
            <translation>Goal of the cooperation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Ziel der Kooperationsvereinbarung</source>
            <translation>Goal of the cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Ziel hinzufügen</source>
            <translation>Add goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Ziel nach oben</source>
            <translation>Move goal up</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Ziel nach unten</source>
            <translation>Move goal down</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Ziele und Angebote</source>
            <translation>Goals and offers</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>bis</source>
            <translation>until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>offen</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>Übernehmen</source>
            <translation>Use</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>— ohne Partner —</source>
            <translation>— without partner —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" />
            <source>— ohne Ziel —</source>
            <translation>— without goal —</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" />
            <source>&amp;Beobachtung</source>
            <translation>&amp;Observation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" />
            <source>Beobachtung</source>
            <translation>Observation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" />
            <source>Einschät&amp;zung</source>
            <translation>Assess&amp;ment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" />
            <source>Einschätzung</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" />
            <source>Fachliche Einschätzung, Vereinbarungen, nächste Schritte</source>
            <translation>Professional assessment, agreements, next steps</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" />
            <source>Was ist geschehen, was wurde gesagt? (Fakten)</source>
            <translation>What happened, what was said? (facts)</translation>
        </message>
    </context>
    <context>
        <name>OpenOffers</name>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>%n Angebot(e)</source>
            <translation>
                <numerusform>%n offer</numerusform>
                <numerusform>%n offers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>%n Besucher:in(nen)</source>
            <translation>
                <numerusform>%n visitor</numerusform>
                <numerusform>%n visitors</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>&amp;Angebot</source>
            <translation>&amp;Offer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>&amp;Erfassen ⏎</source>
            <translation>&amp;Record ⏎</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>&amp;Notiz</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>&amp;Schule</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>&amp;Ziel</source>
            <translation>&amp;Goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>(optional)</source>
            <translation>(optional)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Angebot</source>
            <translation>Offer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Angebote</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Anzahl Besucher:innen</source>
            <translation>Number of visitors</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Besu&amp;cher:innen</source>
            <translation>&amp;Visitors</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Besucher:innen</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Bitte prüfen</source>
            <translation>Please check</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Da&amp;tum</source>
            <translation>Da&amp;te</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Da&amp;uer</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Das offene Angebot ist noch nicht gespeichert.</source>
            <translation>The open offer has not been saved yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Das offene Angebot „{0}“ ist noch nicht gespeichert.</source>
            <translation>The open offer “{0}” has not been saved yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Dauer</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Dezember</source>
            <translation>December</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Eintrag löschen</source>
            <translation>Delete entry</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Erfasst: {0}, {1}, {2}.</source>
            <translation>Recorded: {0}, {1}, {2}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Erfasste offene Angebote</source>
            <translation>Recorded open offers</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Februar</source>
            <translation>February</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Filter Schuljahr</source>
            <translation>Filter by school year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Gewählten Eintrag löschen</source>
            <translation>Delete the selected entry</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Ja, so erfassen</source>
            <translation>Yes, record as it is</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Januar</source>
            <translation>January</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Juli</source>
            <translation>July</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Juni</source>
            <translation>June</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Mai</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Monat</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>März</source>
            <translation>March</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Offene Angebote</source>
            <translation>Open offers</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Offenes Angebot</source>
            <translation>Open offer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Offenes Angebot erfassen</source>
            <translation>Record open offer</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Schul&amp;jahr</source>
            <translation>School &amp;year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Schuljahr: {0} · {1} Std. · {2}</source>
            <translation>School year: {0} · {1} h · {2}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Stunden</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Summe im Schuljahr</source>
            <translation>Total in the school year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Summen je Monat</source>
            <translation>Totals per month</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Ziel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Ziel der Kooperationsvereinbarung</source>
            <translation>Goal of the cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>davon</source>
            <translation>of whom</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>davon divers</source>
            <translation>of whom diverse</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>davon männlich</source>
            <translation>of whom male</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>davon weiblich</source>
            <translation>of whom female</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>leer lassen (–), wenn nicht gezählt</source>
            <translation>leave empty (–) if not counted</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>m / w / d</source>
            <translation>m / f / d</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>z. B. Pausenangebot, offener Raum</source>
            <translation>e.g. break-time offer, open room</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>Ändern</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>— kein Ziel —</source>
            <translation>— no goal —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>„{0}“ vom {1} gelöscht, auch aus Statistik und Arbeitszeit.</source>
            <translation>“{0}” of {1} deleted, also from the statistics and working time.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" />
            <source>„{0}“ vom {1} löschen? Er verschwindet auch aus Statistik und Arbeitszeit.</source>
            <translation>Delete “{0}” of {1}? It also disappears from statistics and working time.</translation>
        </message>
    </context>
    <context>
        <name>OverviewArea</name>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>  Raum {0}</source>
            <translation>  Room {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source> mit {0}</source>
            <translation> with {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source> vom {0}</source>
            <translation> of {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source> von {0}</source>
            <translation> of {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source> · akut</source>
            <translation> · acute</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source> · bis {0}</source>
            <translation> · until {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source> – Hinweise werden gezählt …</source>
            <translation> – counting findings …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source> – keine offenen Hinweise</source>
            <translation> – no open findings</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source> – {0} offene Hinweise</source>
            <translation> – {0} open findings</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source> – {0} offener Hinweis</source>
            <translation> – {0} open finding</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>%n Eintr(ag|äge) zur Löschung fällig – im Bereich Datenschutz prüfen</source>
            <translation>
                <numerusform>%n entry due for deletion – review in Data protection</numerusform>
                <numerusform>%n entries due for deletion – review in Data protection</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>%n Eintr(ag|äge) zur Prüfung fällig: Verbleib, ruhende Person oder Fallabschluss – im Bereich Datenschutz angeben</source>
            <translation>
                <numerusform>%n entry due for review: whereabouts, dormant person or case closure – answer it in Data protection</numerusform>
                <numerusform>%n entries due for review: whereabouts, dormant person or case closure – answer them in Data protection</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>&amp;Vertretungspaket …</source>
            <translation>&amp;Cover package …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Arbeitsnotiz{0} wird vernichtet am {1}</source>
            <translation>Working note{0} will be destroyed on {1}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Auskunft (eingeschränkt) fällig am {1}</source>
            <translation>Access request (restricted) due on {1}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Auskunft {0} fällig am {1}</source>
            <translation>Access request {0} due on {1}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Auswertungsgespräch {0} am {1}</source>
            <translation>Evaluation meeting {0} on {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Beratungs&amp;zettel drucken …</source>
            <translation>Print consultation &amp;slips …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Beratungszettel für heute drucken</source>
            <translation>Print today's consultation slips</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Brief</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Briefkopf</source>
            <translation>Letterhead</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Datum heute</source>
            <translation>Date today</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Die Löschfristen werden geprüft …</source>
            <translation>Checking the retention periods …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Dienstag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Donnerstag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Einschätzung</source>
            <translation>Goal rating</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Einwilligung</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Einwilligung {0} → {1} abgelaufen am {2}</source>
            <translation>Consent {0} → {1} lapsed on {2}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Einwilligung {0} → {1} läuft ab am {2}</source>
            <translation>Consent {0} → {1} expires on {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Enter: öffnen</source>
            <translation>Enter: open</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Entwurf: </source>
            <translation>Draft: </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Entwürfe</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Fall</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Freitag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Fristen (nächste 14 Tage)</source>
            <translation>Deadlines (next 14 days)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Für eine Abwesenheit: Paket für die Vertretung schreiben (wie unter Datenschutz → Vertretung und Übergabe)</source>
            <translation>For an absence: write a package for the deputy (as under Data protection → Cover and handover)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Gruppe/Projekt</source>
            <translation>Group/project</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Heute keine Termine.</source>
            <translation>No appointments today.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Heute, {0}</source>
            <translation>Today, {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Kein Schuljahreswechsel offen.</source>
            <translation>No school year change pending.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Keine Fristen in den nächsten 14 Tagen.</source>
            <translation>No deadlines in the next 14 days.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Keine offenen Entwürfe.</source>
            <translation>No open drafts.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Keine offenen Verfahren.</source>
            <translation>No open procedures.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Kinderschutz (§ 8a)</source>
            <translation>Child protection (§ 8a)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Kontakt mit {0}</source>
            <translation>Contact with {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Kontakt ohne Person</source>
            <translation>Contact without a person</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Kurzkontakt</source>
            <translation>Short contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Löschung fällig</source>
            <translation>Deletion due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Löschung fällig ({0})</source>
            <translation>Deletion due ({0})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Löschung fällig ({0}), Prüfung fällig ({1})</source>
            <translation>Deletion due ({0}), review due ({1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Mittwoch</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Montag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Nichts zur Löschung fällig.</source>
            <translation>Nothing due for deletion.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Offenes Angebot</source>
            <translation>Open offer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Samstag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Schuljahres&amp;wechsel …</source>
            <translation>School &amp;year change …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Schuljahreswechsel</source>
            <translation>School year change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Schuljahreswechsel {0} für {1} steht aus</source>
            <translation>School year change {0} for {1} is pending</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Schuljahreswechsel öffnen</source>
            <translation>Open the school year change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Sonntag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Stammdaten einer neuen Person</source>
            <translation>Master data of a new person</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Stammdaten von {0}</source>
            <translation>Master data of {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Termin</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Termine heute</source>
            <translation>Appointments today</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Vernetzung</source>
            <translation>Networking</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Vertretungspaket erstellen</source>
            <translation>Create cover package</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Widerspruch (eingeschränkt) fällig am {1}</source>
            <translation>Objection (restricted) due on {1}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Widerspruch {0} fällig am {1}</source>
            <translation>Objection {0} due on {1}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Ziel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Zielwerte</source>
            <translation>Targets</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0}  ohne Person</source>
            <translation>{0}  without a person</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0}: Schritt {1} – {2}</source>
            <translation>{0}: Step {1} – {2}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0}: Statistik {1} {2} bis {3}</source>
            <translation>{0}: statistics {1} {2} by {3}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>§ 8a-Schritt</source>
            <translation>§ 8a step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" />
            <source>Überfällig: {0}</source>
            <translation>Overdue: {0}</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>1 Zeichen ohne bekanntes Muster</source>
            <translation>1 character without a known pattern</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" />
            <source>Am besten vier oder mehr Wörter, die nicht zusammengehören, z. B. „{0}“ (nur als Muster: das Beispiel selbst wird abgelehnt).</source>
            <translation>Best: four or more unrelated words, e.g. “{0}” (a pattern only: the example itself is refused).</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Am besten vier oder mehr zufällige Wörter mit Trennzeichen und einer Zahl – keine Namen, Orte, Geburtstage, Tastaturfolgen und kein einzelnes Wort mit angehängter Zahl.</source>
            <translation>Best are four or more random words with separators and a number – no names, places, birthdays, keyboard patterns and no single word with an appended number.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/secret_field.py" />
            <source>Anzeigen</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Ausreichend</source>
            <translation>Sufficient</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Bitte keine Leerzeichen am Anfang oder Ende verwenden.</source>
            <translation>Please do not use spaces at the start or end.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Das ist das Beispiel, das SSA Desktop selbst anzeigt – jeder kennt es (auch mit anderen Ziffern). Bitte eine eigene Passphrase wählen.</source>
            <translation>This is the example SSA Desktop itself shows – everyone knows it (also with other digits). Please choose a passphrase of your own.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Erkannt: {0}.</source>
            <translation>Recognised: {0}.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Gut</source>
            <translation>Good</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" />
            <source>Hinweis zur Passphrase</source>
            <translation>Passphrase hint</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/secret_field.py" />
            <source>Im Klartext anzeigen oder verbergen</source>
            <translation>Show or hide in plain text</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Leicht zu erraten</source>
            <translation>Easy to guess</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" />
            <source>Notfallschlüssel</source>
            <translation>Emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/secret_field.py" />
            <source>Passphrase anzeigen</source>
            <translation>Show passphrase</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Sehr gut</source>
            <translation>Very good</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Sehr leicht zu erraten</source>
            <translation>Very easy to guess</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" />
            <source>Stärke der Passphrase</source>
            <translation>Passphrase strength</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Ziffern oder Zeichen statt Buchstaben (wie 3 für e) – das kennen Angreifer</source>
            <translation>digits or symbols instead of letters (such as 3 for e) – attackers know that</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Zu kurz: bitte mindestens {0} Zeichen verwenden.</source>
            <translation>Too short: please use at least {0} characters.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" />
            <source>ausreichend</source>
            <translation>sufficient</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>ein Vor- oder Nachname</source>
            <translation>a first name or surname</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>ein bekannter Begriff oder eine Tastaturfolge</source>
            <translation>a well-known term or keyboard pattern</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>ein deutsches Wort, ein Name oder Ort aus dem Wörterbuch</source>
            <translation>a German word, name or place from the dictionary</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>ein englisches Wort</source>
            <translation>an English word</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>ein häufiges Passwort</source>
            <translation>a common password</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>ein rückwärts geschriebenes Wort</source>
            <translation>a word written backwards</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>eine Jahreszahl oder ein Datum</source>
            <translation>a year or a date</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>eine Tastaturfolge</source>
            <translation>a keyboard pattern</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>eine Wiederholung</source>
            <translation>a repetition</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>eine Zeichenfolge wie abc oder 123</source>
            <translation>a sequence such as abc or 123</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>eine angehängte Zahl</source>
            <translation>an appended number</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0}</source>
            <translation>about {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Billiarde</source>
            <translation>about {0} quadrillion</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Billiarden</source>
            <translation>about {0} quadrillion</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Billion</source>
            <translation>about {0} trillion</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Billionen</source>
            <translation>about {0} trillion</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Jahr</source>
            <translation>about {0} year</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Jahre</source>
            <translation>about {0} years</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Milliarde</source>
            <translation>about {0} billion</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Milliarden</source>
            <translation>about {0} billion</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Million</source>
            <translation>about {0} million</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Millionen</source>
            <translation>about {0} million</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Minute</source>
            <translation>about {0} minute</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Minuten</source>
            <translation>about {0} minutes</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Stunde</source>
            <translation>about {0} hour</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Stunden</source>
            <translation>about {0} hours</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Tag</source>
            <translation>about {0} day</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Tage</source>
            <translation>about {0} days</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Tausend</source>
            <translation>about {0} thousand</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Trillion</source>
            <translation>about {0} quintillion</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>etwa {0} Trillionen</source>
            <translation>about {0} quintillion</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" />
            <source>gut</source>
            <translation>good</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>mehr als 100.000 Jahre</source>
            <translation>more than 100,000 years</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>mehr als 1000 Trillionen</source>
            <translation>more than 1000 quintillion</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" />
            <source>schwach</source>
            <translation>weak</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" />
            <source>sehr gut</source>
            <translation>very good</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" />
            <source>sehr schwach</source>
            <translation>very weak</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>wenige Sekunden</source>
            <translation>a few seconds</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0} Zeichen ohne bekanntes Muster</source>
            <translation>{0} characters without a known pattern</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0}: geschätzt {1} Versuche; ein Angreifer mit Grafikkarten bräuchte dafür {2}.</source>
            <translation>{0}: estimated {1} guesses; an attacker with graphics cards would need {2}.</translation>
        </message>
    </context>
    <context>
        <name>PersonsArea</name>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source> (abgegangen)</source>
            <translation> (left)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>%n Person(en)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n persons</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>&amp;Arbeitsnotizen</source>
            <translation>&amp;Working notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>&amp;Bezeichnung</source>
            <translation>&amp;Label</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>&amp;Feld</source>
            <translation>&amp;Field</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>&amp;Fälle</source>
            <translation>&amp;Cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>&amp;Geschlecht</source>
            <translation>&amp;Gender</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>&amp;Kinderschutz (§ 8a)</source>
            <translation>Child pro&amp;tection (§ 8a)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>&amp;Neuer Fall …</source>
            <translation>&amp;Open a new case …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>&amp;Neuer Text</source>
            <translation>&amp;New text</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>&amp;Pseudonym *</source>
            <translation>&amp;Pseudonym *</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>&amp;Stammdaten</source>
            <translation>Master &amp;data</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>&amp;Themen</source>
            <translation>&amp;Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>&amp;Verlauf</source>
            <translation>Hi&amp;story</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>&amp;Weitervermittlung</source>
            <translation>&amp;Referral</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>&amp;Ziele mit Skala …</source>
            <translation>&amp;Goals with a scale …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>&amp;Zugang</source>
            <translation>&amp;Access route</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>&amp;eröffnet am</source>
            <translation>&amp;Opened on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>&lt;b&gt;Personen &amp;amp; Fälle&lt;/b&gt;</source>
            <translation>&lt;b&gt;Persons &amp;amp; cases&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>A&amp;rt</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Abgang</source>
            <translation>Left school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Abgang am</source>
            <translation>Left school on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Abgeschlossen – Prüfung der Löschung fällig</source>
            <translation>Closed – deletion review due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Abschließen (vernichten)</source>
            <translation>Close (destroy)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Achtung: Inhalt bestritten (§ 84 Abs. 2 SGB X)</source>
            <translation>Caution: content disputed (§ 84(2) SGB X)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Als bestritten markieren</source>
            <translation>Mark as disputed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Anschrift Er&amp;ziehungsberechtigte</source>
            <translation>Postal address of parents or g&amp;uardians</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Anschrift Erziehungsberechtigte</source>
            <translation>Postal address of parents or guardians</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Anzahl der Personen</source>
            <translation>Number of persons</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Arbeitsnotiz</source>
            <translation>Working note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Arbeitsnotiz abschließen</source>
            <translation>Close working note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Arbeitsnotiz abschließen und vernichten</source>
            <translation>Close and destroy working note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Arbeitsnotiz hinzufügen</source>
            <translation>Add working note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Arbeitsnotiz – wird gelöscht am {0}</source>
            <translation>Working note – will be deleted on {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Arbeitsnotizen</source>
            <translation>Working notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Arbeitsnotizen sind persönliche Gedächtnisstützen. Sie werden beim Abschließen vernichtet, spätestens nach {0} Tagen.</source>
            <translation>Working notes are personal memory aids. They are destroyed when closed, after {0} days at the latest.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>B&amp;earbeiten …</source>
            <translation>Ed&amp;it …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Be&amp;merkung</source>
            <translation>Re&amp;mark</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Bemerkung zum Fall</source>
            <translation>Remark on the case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Bemerkung zur Person</source>
            <translation>Remark on the person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Beobachtung</source>
            <translation>Observation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Beobachtung (Fakten)</source>
            <translation>Observation (facts)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Beratungszettel für die nächsten Termine drucken</source>
            <translation>Print consultation slips for the next appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Beratungszettel …</source>
            <translation>Consultation slip …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Bereiche der Person</source>
            <translation>Sections of the person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Beteiligte</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Bezeichnung</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Bezeichnung des Falls</source>
            <translation>Case label</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Brief erstellen …</source>
            <translation>Write a letter …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Brief oder Formular für diese Person erstellen</source>
            <translation>Write a letter or form for this person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Brief zu&amp;m Fall …</source>
            <translation>Letter for this case (&amp;m) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Brief zum ausgewählten Fall erstellen</source>
            <translation>Make a letter for the selected case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Daten Dritter – nur was nötig ist; sie werden mit dem Fall gelöscht, spätestens sechs Monate nach dem Ende der Beratung.</source>
            <translation>Third-party data – only what is needed; deleted with the case, at the latest six months after counselling ends.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Dauer</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Der Fall ist nicht gespeichert. Änderungen verwerfen?</source>
            <translation>The case is not saved. Discard the changes?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Der § 8a-Schritt ist noch nicht gespeichert.</source>
            <translation>The § 8a step has not been saved yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Die Richtigkeit wird von der betroffenen Person bestritten (§ 84 Abs. 2 SGB X).</source>
            <translation>The accuracy is disputed by the data subject (§ 84(2) SGB X).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Die Zwischenablage wird nach 30 Sekunden geleert.</source>
            <translation>The clipboard will be cleared after 30 seconds.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Die bisherige Fassung bleibt sichtbar erhalten.</source>
            <translation>The previous version remains visible.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/area.py" />
            <source>Die Änderungen an den Stammdaten sind noch nicht gespeichert.</source>
            <translation>The changes to the master data are not saved yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/area.py" />
            <source>Die Änderungen an den Stammdaten sind noch nicht gespeichert. Trotzdem zurück zur Liste?</source>
            <translation>The changes to the master data have not been saved. Go back to the list anyway?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Dokumen&amp;te</source>
            <translation>Docum&amp;ents</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>E&amp;inwilligungen</source>
            <translation>Co&amp;nsents</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>E&amp;rgebnis beim Abschluss</source>
            <translation>Out&amp;come at closing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Echte Namen nur für diese Sitzung anzeigen</source>
            <translation>Show real names for this session only</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Einen Kontakt wählen, um die Notiz zu lesen.</source>
            <translation>Select a contact to read its note.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Einschätzung</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Einschätzung (fachliche Bewertung)</source>
            <translation>Assessment (professional evaluation)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Entwurf wiederhergestellt – noch nicht gespeichert</source>
            <translation>Draft restored – not saved yet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Ergebnis beim Abschluss</source>
            <translation>Outcome at closing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Esc oder Alt+Links</source>
            <translation>Esc or Alt+Left</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Fa&amp;ll abschließen</source>
            <translation>C&amp;lose case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Fall abschließen</source>
            <translation>Close case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Fall bearbeiten</source>
            <translation>Edit case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Fall „{0}“</source>
            <translation>Case “{0}”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Feld</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Frühere Fassung</source>
            <translation>Previous version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Fälle der Person</source>
            <translation>Cases of the person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Geburts&amp;jahr</source>
            <translation>&amp;Year of birth</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Geburtsjahr</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Geschlecht</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Gespeichert</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Gespeichert: {0} an der Schule „{1}“</source>
            <translation>Saved: {0} at the school “{1}”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Gespeichert: {0}, ohne Schule</source>
            <translation>Saved: {0}, without a school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Ist der Inhalt in die Dokumentation übernommen? Die Arbeitsnotiz wird unwiderruflich vernichtet.</source>
            <translation>Has the content been transferred to the documentation? The working note will be destroyed irrevocably.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>K&amp;lasse</source>
            <translation>C&amp;lass</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Klasse</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Klasse {0}</source>
            <translation>Class {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Klassenst&amp;ufe</source>
            <translation>Grade le&amp;vel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Klassenstufe</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Kontakt &amp;Erziehungsberechtigte</source>
            <translation>Contact of parents o&amp;r guardians</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Kontakt Erziehungsberechtigte</source>
            <translation>Contact of guardians</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Kontakt erfassen</source>
            <translation>Record contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Kontakt erfassen (Strg+N)</source>
            <translation>Record contact (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Kontakt erfassen …</source>
            <translation>Record contact …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Kontakt für diese Person erfassen</source>
            <translation>Record a contact for this person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Korrektur hinzufügen</source>
            <translation>Add correction</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Korrektur hinzufügen …</source>
            <translation>Add correction …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Korrektur speichern</source>
            <translation>Save correction</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Korrekturen</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Markierung aufheben</source>
            <translation>Remove mark</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Nachname (freiwillig)</source>
            <translation>Last name (optional)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Name
Straße und Hausnummer
PLZ Ort</source>
            <translation>Name
Street and number
Postcode and town</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Namen anzeigen</source>
            <translation>Show names</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Namen und Kontaktdaten für diese Sitzung anzeigen</source>
            <translation>Show names and contact details for this session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Neue Arbeitsnotiz</source>
            <translation>New working note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Neue Arbeitsnotiz …</source>
            <translation>New working note …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Neue Fassung</source>
            <translation>New version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Neue Person</source>
            <translation>New person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Neue Person anlegen</source>
            <translation>Create a new person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Neue Person …</source>
            <translation>New person …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Neuen Fall anlegen</source>
            <translation>Create a new case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Neuer Fall</source>
            <translation>New case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Neuer Text (berichtigt)</source>
            <translation>New text (corrected)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/area.py" />
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Nicht gespeichert</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Noch keine Kontakte. „Kontakt erfassen“ legt den ersten an.</source>
            <translation>No contacts yet. “Record contact” creates the first one.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Notiz des gewählten Kontakts</source>
            <translation>Note of the selected contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Notiz kopieren</source>
            <translation>Copy note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/area.py" />
            <source>Personen &amp; Fälle</source>
            <translation>Persons &amp; cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Personenart</source>
            <translation>Kind of person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Personenliste</source>
            <translation>Person list</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Pseudonym (Kürzel), Pflichtfeld</source>
            <translation>Pseudonym (short code), required</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Pseudonym eingeben …</source>
            <translation>Enter pseudonym …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>S&amp;chule</source>
            <translation>Sch&amp;ool</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Schulwechsel</source>
            <translation>Change of school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Schulwechsel am</source>
            <translation>Changed school on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Speicherstatus</source>
            <translation>Save status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Stammdaten speichern</source>
            <translation>Save master data</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Strg+B</source>
            <translation>Ctrl+B</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Strg+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Strg+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Stufe</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Suche</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>Suche: Personen nach Pseudonym oder Name filtern</source>
            <translation>Search: filter persons by pseudonym or name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Themen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>V&amp;or- / Nachname</source>
            <translation>F&amp;irst / last name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Verlauf der Kontakte</source>
            <translation>Contact history</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Vernichten</source>
            <translation>Destroy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/area.py" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>Vor- / Nachname: Vorname (freiwillig)</source>
            <translation>First / last name: first name (optional)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/area.py" />
            <source>Weiter bearbeiten</source>
            <translation>Continue editing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Weitervermittlung</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>Zeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Zie&amp;le</source>
            <translation>&amp;Goals</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Ziele des Falls</source>
            <translation>Goals of the case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Ziele mit Skala des Falls</source>
            <translation>The case's goals with a scale</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Zugang</source>
            <translation>Access route</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>Zurück zur Personenliste (Esc oder Alt+Links)</source>
            <translation>Back to the person list (Esc or Alt+Left)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>abgegangen</source>
            <translation>left</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>abgeschlossen</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>aktiv</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>alle</source>
            <translation>all</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>alle Arten</source>
            <translation>all kinds</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>alle Schulen</source>
            <translation>all schools</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>alle Stufen</source>
            <translation>all years</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>ausgeblendet – „Namen anzeigen“ blendet sie ein</source>
            <translation>hidden – “Show names” reveals them</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>bestritten</source>
            <translation>disputed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" />
            <source>eingetragen von {0}</source>
            <translation>entered by {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>eröffnet</source>
            <translation>opened</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>eröffnet am</source>
            <translation>opened on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>kurz und ohne Namen, z. B. „Konflikt Klasse“</source>
            <translation>short and without names, e.g. “Class conflict”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>kurz, z. B. „regelmäßiger Schulbesuch bis zu den Osterferien“</source>
            <translation>short, e.g. “regular school attendance until the Easter holidays”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>letzter Kontakt</source>
            <translation>last contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>mit offenem Fall</source>
            <translation>with an open case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" />
            <source>offene Fälle</source>
            <translation>open cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>ohne Titel</source>
            <translation>untitled</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>weitervermittelt a&amp;n</source>
            <translation>referred &amp;to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>weitervermittelt an</source>
            <translation>referred to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>z. B. 7b</source>
            <translation>e.g. 7b</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>z. B. K-17 (Pflicht)</source>
            <translation>e.g. K-17 (required)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" />
            <source>Änderungen verwerfen?</source>
            <translation>Discard changes?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>— keine —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" />
            <source>••• (ausgeblendet)</source>
            <translation>••• (hidden)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" />
            <source>← Zurück zur Liste</source>
            <translation>← Back to the list</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/printing.py" />
            <source>Der Druck ist fehlgeschlagen: {0} Die Übermittlung bleibt im Übermittlungsprotokoll, denn einzelne Seiten können schon gedruckt sein.</source>
            <translation>Printing failed: {0} The disclosure stays in the disclosure log, since some pages may already have been printed.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/printing.py" />
            <source>Der Druck ist fehlgeschlagen: {0} Nichts wurde gedruckt und nichts protokolliert.</source>
            <translation>Printing failed: {0} Nothing was printed and nothing was logged.</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source> Tage</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>&amp;Aufbewahren höchstens:</source>
            <translation>&amp;Keep at most:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>&amp;Auskunftsantrag erfassen …</source>
            <translation>Record access re&amp;quest …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" />
            <source>&amp;Löschfristen für das Verarbeitungsverzeichnis …</source>
            <translation>&amp;Retention periods for the record of processing …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>&amp;Widerspruch erfassen …</source>
            <translation>Record &amp;objection …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>&amp;Wiederherstellen …</source>
            <translation>&amp;Restore …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Abschnitte der Meldung</source>
            <translation>Sections of the notification</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Als PDF speichern</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Als PDF speichern …</source>
            <translation>Save as PDF …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Als erledigt markieren</source>
            <translation>Mark as completed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Anderer Grund (siehe Vermerk)</source>
            <translation>Other reason (see remark)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Antrag prüfen oder entscheiden</source>
            <translation>Review or decide request</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Anvertraut von einer anderen Person (§ 65 SGB VIII)</source>
            <translation>Entrusted by another person (§ 65 SGB VIII)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Arbeitsnotizen</source>
            <translation>Working notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <location filename="../../translations/runtime_sources.json" />
            <source>Art des Vorfalls</source>
            <translation>Kind of incident</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Art des Vorfalls:</source>
            <translation>Kind of incident:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Aus Sicherung wiederherstellen</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Auskunft (Art. 15 DSGVO, § 83 SGB X)</source>
            <translation>Access (Art. 15 GDPR, § 83 SGB X)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Auskunft erledigt</source>
            <translation>Access request completed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Auskunft für {0} · Antrag vom {1} · fällig am {2}</source>
            <translation>Access request for {0} · received {1} · due {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Auskunft gespeichert: {0} und {1}</source>
            <translation>Access response saved: {0} and {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Auskunft prüfen</source>
            <translation>Review access request</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Auskunft speichern</source>
            <translation>Save access response</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Auskunft und Widerspruch</source>
            <translation>Access and objection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Auskunftsantrag erfassen</source>
            <translation>Record access request</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/unlock_tasks.py" />
            <source>Automatische Sicherung fehlgeschlagen: {0}</source>
            <translation>Automatic backup failed: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Beim Entsperren wird einmal am Tag eine verschlüsselte Sicherung im Ordner „backups“ des Tresors angelegt. Ältere Sicherungen werden gelöscht. Was gelöscht wurde, bleibt auch nach einer Wiederherstellung gelöscht.</source>
            <translation>Once a day, unlocking creates an encrypted backup in the vault's “backups” folder. Older backups are deleted. What was deleted stays deleted after a restore.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Bereich</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Betrifft eine andere Person (Art. 15 Abs. 4 DSGVO)</source>
            <translation>Concerns another person (Art. 15 (4) GDPR)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Betroffene Datenkategorien</source>
            <translation>Categories of data concerned</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Bewertung des Risikos (Art. 34 Abs. 3 lit. a DSGVO)</source>
            <translation>Risk assessment (Art. 34(3)(a) GDPR)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Bitte eine Person wählen.</source>
            <translation>Please choose a person.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Bitte warten</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Datei</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" />
            <source>Datenpanne &amp;melden …</source>
            <translation>Report a data &amp;breach …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" />
            <source>Datenpanne melden</source>
            <translation>Report a data breach</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Den Tresor durch den Stand der Sicherung „{0}“ ersetzen? Der jetzige Stand wird vorher gesichert. Seitdem gelöschte Daten bleiben gelöscht.</source>
            <translation>Replace the vault by the state of the backup “{0}”? The current state is backed up first. Data deleted since stays deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Die Auskunft als erteilt markieren? Die Frist verschwindet aus der Übersicht.</source>
            <translation>Mark the access response as given? The deadline disappears from the overview.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" />
            <source>Die Löschfristen aller Daten dieses Tresors als PDF, für das Verzeichnis der Verarbeitungstätigkeiten des Trägers (Art. 30 DSGVO).</source>
            <translation>The deletion periods of all data in this vault as a PDF, for the provider's record of processing activities (Art. 30 GDPR).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Eingegangen am</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Eingegangen am:</source>
            <translation>Received on:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Eintrag</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Eintrag mitteilen</source>
            <translation>Disclose item</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Einträge der Auskunft</source>
            <translation>Items of the access response</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Einwilligungen</source>
            <translation>Consents</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Entscheidungen gespeichert.</source>
            <translation>Decisions saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Entscheidungen speichern</source>
            <translation>Save decisions</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Erfassen</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Festgestellt am</source>
            <translation>Discovered on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Festgestellt am:</source>
            <translation>Discovered on:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Frist:</source>
            <translation>Deadline:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Frist: ein Monat ab Eingang (Art. 12 Abs. 3 DSGVO).</source>
            <translation>Deadline: one month from receipt (Art. 12(3) GDPR).</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Fälle</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Gerät gestohlen</source>
            <translation>Device stolen</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Gerät verloren</source>
            <translation>Device lost</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Gerät verloren oder gestohlen, oder eine Tresordatei an einen falschen Ort kopiert? Dieser Entwurf ist für die/den Datenschutzbeauftragte:n Ihres Trägers. Er enthält keine Namen, nur Zahlen. Bitte prüfen und ergänzen Sie jeden Abschnitt.</source>
            <translation>Device lost or stolen, or a vault file copied to the wrong place? This draft is for your provider's data protection officer. It contains no names, only numbers. Please check and complete every section.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" />
            <source>Gespeichert: {0}</source>
            <translation>Saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Gespeichert: {0}. Bitte heute noch an die/den Datenschutzbeauftragte:n geben.</source>
            <translation>Saved: {0}. Please give it to the data protection officer today.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Grund für die Nichtmitteilung</source>
            <translation>Reason for withholding</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Grund:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Gruppen und Projekte</source>
            <translation>Groups and projects</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Größe</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Inhalt des Eintrags</source>
            <translation>Content of the item</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Ja, berechtigt</source>
            <translation>Yes, justified</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Jeden Eintrag prüfen. Von anderen Personen Anvertrautes ist zurückgehalten (§ 65 SGB VIII); für jeden zurückgehaltenen Eintrag einen Grund wählen.</source>
            <translation>Review every item. Information entrusted by other persons is withheld (§ 65 SGB VIII); choose a reason for every withheld item.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Jetzt &amp;sichern</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Jetzt sichern</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Keine offenen Anträge.</source>
            <translation>No open requests.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Kinderschutz (§ 8a SGB VIII)</source>
            <translation>Child protection (§ 8a SGB VIII)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Kinderschutzverfahren: Schutz des Kindes (§ 65 SGB VIII, Art. 15 Abs. 4 DSGVO)</source>
            <translation>Child-protection procedure: protection of the child (§ 65 SGB VIII, Art. 15 (4) GDPR)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Kontakte</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Korrekturvermerke</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" />
            <source>Löschfristen für das Verarbeitungsverzeichnis drucken</source>
            <translation>Print the retention periods for the record of processing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" />
            <source>Löschfristen speichern</source>
            <translation>Save retention periods</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Meldende Stelle</source>
            <translation>Reporting party</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Meldung speichern</source>
            <translation>Save notification</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Mitteilen</source>
            <translation>Disclose</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Nein, zurückweisen</source>
            <translation>No, reject</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Nächste Schritte</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Offene Anträge</source>
            <translation>Open requests</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>PDF und JSON erstellen …</source>
            <translation>Create PDF and JSON …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Prüfen / &amp;entscheiden …</source>
            <translation>Review / &amp;decide …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Schutzmaßnahmen</source>
            <translation>Protection in place</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Sicherung (*.ssabak)</source>
            <translation>Backup (*.ssabak)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Sicherung erstellt: {0}</source>
            <translation>Backup created: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Sicherung wird erstellt …</source>
            <translation>Creating backup …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Sicherung wählen</source>
            <translation>Choose backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Sicherungen</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Sicherungen aufbewahren höchstens (Tage)</source>
            <translation>Keep at most: backups, in days</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Sicherungen: höchstens Tage alt</source>
            <translation>Backups: maximum age in days</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Solange der Widerspruch nicht entschieden ist, wird die Verarbeitung eingeschränkt (Art. 18 Abs. 1 lit. d DSGVO).</source>
            <translation>Until the objection is decided, processing is restricted (Art. 18(1)(d) GDPR).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Sonstiges</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Stammdaten</source>
            <translation>Personal details</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Termine</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Tresordatei kopiert</source>
            <translation>Vault file copied</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/unlock_tasks.py" />
            <source>Tägliche Sicherung erstellt.</source>
            <translation>Daily backup created.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Uhr</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>Uhrzeit der Feststellung</source>
            <translation>Time of discovery</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Vermerk (bleibt im Tresor)</source>
            <translation>Remark (stays in the vault)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Vermerk zur Entscheidung</source>
            <translation>Remark on the decision</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Vermerk:</source>
            <translation>Remark:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" />
            <source>Verzeichnis und Datenpanne</source>
            <translation>Record of processing and data breach</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Vorhandene Sicherungen</source>
            <translation>Existing backups</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Weitergaben</source>
            <translation>Disclosures</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" />
            <source>Wenn Daten verloren gingen oder in falsche Hände kamen: ein Entwurf der Meldung an den Träger, der sie binnen 72 Stunden der Aufsichtsbehörde meldet (Art. 33/34 DSGVO).</source>
            <translation>When data was lost or fell into the wrong hands: a draft of the report to the provider, who reports it to the supervisory authority within 72 hours (Art. 33/34 GDPR).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Widerspruch (Art. 21 DSGVO, § 84 Abs. 5 SGB X)</source>
            <translation>Objection (Art. 21 GDPR, § 84(5) SGB X)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Widerspruch entscheiden</source>
            <translation>Decide objection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Widerspruch erfassen</source>
            <translation>Record objection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>Widerspruch von {0}: Ist er berechtigt? „Ja“: die Daten bleiben eingeschränkt, bis sie gelöscht sind. „Nein“: die Einschränkung wird aufgehoben.</source>
            <translation>Objection by {0}: is it justified? “Yes”: the data stay restricted until they are deleted. “No”: the restriction is lifted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Wiederhergestellt aus {0}. Gelöschte Daten blieben gelöscht.</source>
            <translation>Restored from {0}. Deleted data stayed deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Wiederherstellen</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Wird wiederhergestellt …</source>
            <translation>Restoring …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>Wird wiederhergestellt … (gelöschte Daten werden erneut gelöscht)</source>
            <translation>Restoring … (deleted data are deleted again)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Zahl der betroffenen Personen und Datensätze</source>
            <translation>Number of persons and records concerned</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Zeitpunkt der Feststellung und Frist</source>
            <translation>Time of discovery and deadline</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/unlock_tasks.py" />
            <source>Zweiter Sicherungsort nicht erreichbar, keine Kopie dort: {0}</source>
            <translation>Second backup location out of reach, no copy there: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>automatisch</source>
            <translation>automatic</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>nein</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>nein (wie zugehöriger Eintrag)</source>
            <translation>no (like the item it belongs to)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>noch %n Stunde(n)</source>
            <translation>
                <numerusform>%n hour left</numerusform>
                <numerusform>%n hours left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" />
            <source>seit %n Stunde(n) überschritten</source>
            <translation>
                <numerusform>overdue by %n hour</numerusform>
                <numerusform>overdue by %n hours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>von Hand / vor Schlüsselwechsel</source>
            <translation>manual / before key change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>vor der Umstellung auf diese Version</source>
            <translation>before the conversion to this version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>vor der Umstellung auf diese Version (Stand Schema {0})</source>
            <translation>before the conversion to this version (schema {0})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" />
            <source>vor der Wiederherstellung</source>
            <translation>before the restore</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>Überwiegende berechtigte Interessen Dritter (§ 83 Abs. 1 Nr. 1 i. V. m. § 82a SGB X)</source>
            <translation>Overriding legitimate interests of third parties (§ 83(1) no. 1 with § 82a SGB X)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" />
            <source>überschritten</source>
            <translation>overdue</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" />
            <source>— Grund wählen —</source>
            <translation>— choose a reason —</translation>
        </message>
    </context>
    <context>
        <name>PrivacyAdvice</name>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>%n Eintr(ag|äge)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>&amp;Angabe</source>
            <translation>&amp;Answer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>&amp;Person öffnen</source>
            <translation>&amp;Open person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>&amp;Tag</source>
            <translation>&amp;Day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>&amp;Verbleib angeben …</source>
            <translation>Give &amp;whereabouts …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Abgegangen am</source>
            <translation>Left school on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Angabe zum Verbleib</source>
            <translation>Whereabouts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Bei einer Sperre ist die Überprüfung fällig.</source>
            <translation>A hold is due for review.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Eintragen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Hinweis zur gewählten Zeile</source>
            <translation>Advice on the chosen row</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Meldung</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Person öffnen, z. B. um den Fall abzuschließen</source>
            <translation>Open the person, e.g. to close the case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Schule gewechselt am</source>
            <translation>Changed school on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Sperren p&amp;rüfen</source>
            <translation>Review ho&amp;lds</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Stand {0} – Löschung fällig: {1} (davon {2} zur Löschung, {3} zur Prüfung); Eingeschränkt: {4}; Sperren: {5}.</source>
            <translation>As of {0} – Deletion due: {1} ({2} for deletion, {3} for review); Restricted: {4}; Holds: {5}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Tag</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Verbleib angeben – {0}</source>
            <translation>Give whereabouts – {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Verbleib angeben: Abgang, Schulwechsel oder weiter benötigt bis</source>
            <translation>Give whereabouts: left school, changed school or still needed until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Was ist aus der Person geworden? Ein Abgang oder Schulwechsel beendet die Prüfung; die Löschfrist zählt dann ab diesem Tag. „Weiter benötigt bis …“ setzt eine Sperre; an dem Tag wird erneut gefragt.</source>
            <translation>What became of the person? Leaving or changing school ends the review; the deletion period then counts from that day. "Still needed until …" sets a hold; on that day you are asked again.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Weiter benötigt bis</source>
            <translation>Still needed until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Zu den Sperren, deren Überprüfung fällig ist</source>
            <translation>To the holds due for review</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Zur gewählten Person: Die Einschränkung auf der Seite „Eingeschränkt“ aufheben, wenn sie nicht mehr nötig ist, oder eine Sperre „weiter benötigt bis …“ setzen.</source>
            <translation>For the chosen person: lift the restriction on the page “Restricted” if it is no longer needed, or set a hold “still needed until …”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Zur gewählten Person: Verbleib oder „weiter benötigt bis …“ angeben, oder die Person öffnen (z. B. um den Fall abzuschließen).</source>
            <translation>For the chosen person: give the whereabouts or "still needed until …", or open the person (e.g. to close the case).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>Zur gewählten Person: „Nicht mehr benötigt …“ oder eine Sperre setzen; die Person öffnen, um nachzusehen.</source>
            <translation>For the chosen person: "No longer needed …" or set a hold; open the person to look.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" />
            <source>{0} Sperre(n) zur Überprüfung fällig.</source>
            <translation>{0} hold(s) due for review.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyArea</name>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>%n Datens(atz|ätzen)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>%n Eintr(ag|äge)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>&amp;Entscheiden (§ 8a) …</source>
            <translation>De&amp;cide (§ 8a) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>&amp;Nicht mehr benötigt …</source>
            <translation>&amp;No longer needed …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Abgeschlossen – Prüfung fällig</source>
            <translation>Closed – review due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Absprache mit dem Jugendamt</source>
            <translation>Agreement with the youth office</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Abwesenheit</source>
            <translation>Absence</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Akte nach § 9b SGB VIII einordnen</source>
            <translation>Classify the file under § 9b SGB VIII</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Aktiv</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <location filename="../../ssa_desktop/ui/privacy/pages.py" />
            <source>Alle Fristen</source>
            <translation>All periods</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>An die Nachfolge übergebener Eintrag</source>
            <translation>Entry handed over to the successor</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Arbeitsnotiz</source>
            <translation>Working note</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Arbeitszeit eines Monats</source>
            <translation>Working time of a month</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Aufbewahrungspflicht (Sperre)</source>
            <translation>Retention duty (hold)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Aufheben</source>
            <translation>Lift</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Ausgeführt</source>
            <translation>Executed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Ausgewählte &amp;löschen …</source>
            <translation>&amp;Delete selected …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Ausgewählte Einträge löschen</source>
            <translation>Delete selected entries</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" />
            <source>Auskunft und Widerspruch</source>
            <translation>Access and objection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Auskunftsersuchen offen</source>
            <translation>Access request pending</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Betrifft</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Bitte zuerst eine Sperre in der Liste wählen (Pfeiltasten).</source>
            <translation>Please choose a hold in the list first (arrow keys).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Bitte zuerst einen Eintrag in der Liste wählen (Pfeiltasten).</source>
            <translation>Please choose an entry in the list first (arrow keys).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Das Löschprotokoll wurde gespeichert.</source>
            <translation>The deletion log was saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Datensätze</source>
            <translation>Records</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Die Akte nach § 9b SGB VIII einordnen? Wenn sie zur Löschung fällig wird, wird sie stattdessen zur Einschränkung vorgeschlagen und bis 70 Jahre nach dem 30. Geburtstag aufbewahrt. Nur, wenn der Träger es so entschieden hat.</source>
            <translation>Classify the file under § 9b SGB VIII? When it becomes due for deletion, restriction is proposed instead and it is kept until 70 years after the 30th birthday. Only if the provider has decided so.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Die Einordnung nach § 9b aufheben? Die Akte wird dann nach ihrer Frist wieder zur Löschung vorgeschlagen.</source>
            <translation>Withdraw the § 9b classification? The file will then be proposed for deletion again after its period.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Die Falldokumentation wird nicht mehr benötigt? Sie wird damit zur Löschung fällig; gelöscht wird erst nach der Vorschau und Ihrer Bestätigung.</source>
            <translation>The case documentation is no longer needed? It becomes due for deletion; it is deleted only after the preview and your confirmation.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Die Liste ist leer.</source>
            <translation>The list is empty.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Die Verarbeitung einschränken? Der Eintrag verschwindet aus Listen, Suche, Schnellerfassung und Exporten und ist nur noch hier sichtbar.</source>
            <translation>Restrict processing? The entry disappears from lists, search, quick entry and exports and is visible only here.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Dokumentieren</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Ein&amp;schränken …</source>
            <translation>&amp;Restrict …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Eine Zeile wählen: hier steht, was genau gelöscht wird.</source>
            <translation>Choose a line: this shows exactly what will be deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" />
            <location filename="../../translations/runtime_sources.json" />
            <source>Eingeschränkt</source>
            <translation>Restricted</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Eingeschränkt – Prüfung fällig</source>
            <translation>Restricted – review due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Eingeschränkte Einträge</source>
            <translation>Restricted entries</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Eingeschränkte Einträge erscheinen in keiner Liste, Suche, Schnellerfassung und keinem Export.</source>
            <translation>Restricted entries appear in no list, search, quick entry or export.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Einordnen</source>
            <translation>Classify</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Einordnung nach § 9b &amp;aufheben …</source>
            <translation>&amp;Withdraw the § 9b classification …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Einschränken</source>
            <translation>Restrict</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Einschränkung</source>
            <translation>Restriction</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Einschränkung &amp;aufheben …</source>
            <translation>&amp;Lift restriction …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Einschränkung aufheben</source>
            <translation>Lift restriction</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Einschränkung aufheben? Der Eintrag erscheint wieder in Listen, Suche, Schnellerfassung und Exporten.</source>
            <translation>Lift the restriction? The entry appears again in lists, search, quick entry and exports.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Eintrag im Übermittlungsprotokoll</source>
            <translation>Disclosure log entry</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Endgültig löschen</source>
            <translation>Delete permanently</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <location filename="../../translations/runtime_sources.json" />
            <source>Entscheidung</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Entscheidung zu § 8a</source>
            <translation>Decision on § 8a</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Entscheidung zu § 8a dokumentieren</source>
            <translation>Document the § 8a decision</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Entscheidung zu § 8a mit Beteiligung des Jugendamts</source>
            <translation>Decision on a § 8a procedure with youth welfare office involvement</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Entwurf</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Fall abgeschlossen am {day}; Prüfung nach {rest}</source>
            <translation>Case closed on {day}; review under {rest}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Fällig</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Fällige Löschungen</source>
            <translation>Deletions due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Geltendmachung von Rechtsansprüchen</source>
            <translation>Legal claims</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Gelöscht</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Grund</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Grund der Sperre</source>
            <translation>Reason for the hold</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Gruppenangebot</source>
            <translation>Group offer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Jahre</source>
            <translation>years</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Kontaktdaten der Eltern</source>
            <translation>Parents' contact data</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Kontaktdaten eines Kooperationspartners</source>
            <translation>Contact details of a cooperation partner</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Kooperationspartner</source>
            <translation>Cooperation partner</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Lösche …</source>
            <translation>Deleting …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <location filename="../../ssa_desktop/ui/privacy/pages.py" />
            <source>Löschprotokoll</source>
            <translation>Deletion log</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Löschprotokoll als PDF speichern</source>
            <translation>Save deletion log as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Löschprotokoll drucken (&amp;PDF) …</source>
            <translation>&amp;Print deletion log (PDF) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Löschprotokoll speichern</source>
            <translation>Save deletion log</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Löschung</source>
            <translation>Deletion</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" />
            <location filename="../../translations/runtime_sources.json" />
            <source>Löschung fällig</source>
            <translation>Deletion due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Monate</source>
            <translation>months</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Nach der Prüfung: Falldokumentation nicht mehr benötigt</source>
            <translation>After the review: case documentation no longer needed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Nach § 9b &amp;einordnen …</source>
            <translation>&amp;Classify under § 9b …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Nicht mehr benötigt</source>
            <translation>No longer needed</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Notiz zu Termin, Angebot oder Vernetzung</source>
            <translation>Note on a session, offer or networking activity</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Notizen einer Kooperationsvereinbarung</source>
            <translation>Notes of a cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Person mit Falldokumentation</source>
            <translation>Person with case documentation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Prüfung</source>
            <translation>Verification</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Prüfung nach Fallabschluss</source>
            <translation>Review at case closure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" />
            <source>Regeln und Fristen</source>
            <translation>Rules and periods</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Seit</source>
            <translation>Since</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Seiten des Datenschutzes</source>
            <translation>Data protection pages</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" />
            <source>Sicherungen</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Sperre</source>
            <translation>Legal hold</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Sperre &amp;aufheben …</source>
            <translation>&amp;Lift hold …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Sperre aufheben</source>
            <translation>Lift hold</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Sperre aufheben? Ist die Frist erreicht, wird der Eintrag zur Löschung vorgeschlagen.</source>
            <translation>Lift the hold? If the period has passed, the entry is proposed for deletion.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Sperre se&amp;tzen …</source>
            <translation>&amp;Set hold …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Sperre setzen</source>
            <translation>Set hold</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <location filename="../../ssa_desktop/ui/privacy/pages.py" />
            <source>Sperren</source>
            <translation>Holds</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Stand der Löschfristen</source>
            <translation>Retention status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Tage</source>
            <translation>days</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Teilnehmerliste</source>
            <translation>Participant list</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Termin</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Termin eines Gruppenangebots</source>
            <translation>Session of a group offer</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Termin eines offenen Angebots</source>
            <translation>Session of an open offer</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Text des Jahresberichts</source>
            <translation>Annual report text</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Verarbeitung einschränken</source>
            <translation>Restrict processing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" />
            <source>Vertretung und Übergabe</source>
            <translation>Cover and handover</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" />
            <source>Verzeichnis und Datenpanne</source>
            <translation>Record of processing and data breach</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Vorschau: was gelöscht wird</source>
            <translation>Preview: what will be deleted</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Widerspruch offen</source>
            <translation>Objection pending</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>auf Antrag (Art. 18 DSGVO)</source>
            <translation>on request (Art. 18 GDPR)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>bleibt: {0}: {1}</source>
            <translation>stays: {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>eingeschränkt seit {day}; {rest}</source>
            <translation>restricted since {day}; {rest}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>einschränken</source>
            <translation>restrict</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>fällig am {day} nach {rest}</source>
            <translation>due on {day} under {rest}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>fällig seit {day} nach {rest}</source>
            <translation>due since {day} under {rest}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>keine Löschfrist erreicht</source>
            <translation>no deletion period reached</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>löschen</source>
            <translation>delete</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>nach Absprache aufbewahren</source>
            <translation>keep under agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>weiter benötigt</source>
            <translation>still needed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>wird gelöscht: {0}: {1}</source>
            <translation>will be deleted: {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>{0} mit zusammen {1} endgültig löschen? Das kann nicht rückgängig gemacht werden; die anonyme Statistik bleibt.</source>
            <translation>Permanently delete {0} with {1} in total? This cannot be undone; the anonymous statistics remain.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>{0}: %n Eintr(ag|äge) gelöscht und überprüft.</source>
            <translation>
                <numerusform>{0}: %n entry deleted and verified.</numerusform>
                <numerusform>{0}: %n entries deleted and verified.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{rest} (Ablaufdatum der Notiz)</source>
            <translation>{rest} (the note's expiry date)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>§ 8a mit Beteiligung des Jugendamts</source>
            <translation>§ 8a with youth office involvement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>§ 8a mit Beteiligung des Jugendamts: wie soll mit der Dokumentation verfahren werden? Die Entscheidung wird protokolliert und nach einem Jahr erneut erfragt.</source>
            <translation>§ 8a with youth office involvement: what should happen to the documentation? The decision is logged and asked again after one year.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>§ 9b SGB VIII</source>
            <translation>§ 9b SGB VIII</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>§ 9b SGB VIII: eingeordnete Akten einschränken statt löschen</source>
            <translation>§ 9b SGB VIII: restrict files placed under it instead of deleting them</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Überprüfung</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>Überprüfung am</source>
            <translation>Review on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" />
            <source>… und {0} weitere</source>
            <translation>… and {0} more</translation>
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>&amp;Art</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>&amp;Beteiligte</source>
            <translation>Part&amp;icipants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>&amp;Fall</source>
            <translation>&amp;Case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>&amp;Kurzkontakt ohne Fall</source>
            <translation>Short contact &amp;without case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>&amp;Notiz</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>&amp;Ort</source>
            <translation>P&amp;lace</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>&amp;Themen</source>
            <translation>T&amp;opics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>&amp;Weitervermittlung</source>
            <translation>&amp;Referral</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>&amp;Zeit</source>
            <translation>&amp;Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Anzahl</source>
            <translation>Count</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Anzahl Kurzkontakte</source>
            <translation>Number of short contacts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Art des Kontakts</source>
            <translation>Kind of contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Art, Dauer und Beteiligte übernommen vom letzten Kontakt mit dieser Person</source>
            <translation>Kind, duration and participants taken over from the last contact with this person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Beobachtung</source>
            <translation>Observation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Beteiligte</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Bitte ankreuzen, wer am Kontakt beteiligt war.</source>
            <translation>Please tick who took part in the contact.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Bitte die Schule der neuen Person wählen.</source>
            <translation>Please choose the school of the new person.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Bitte eine Art des Kontakts wählen.</source>
            <translation>Please choose a kind of contact.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Bitte eine Person wählen oder „Kurzkontakt ohne Fall“ ankreuzen.</source>
            <translation>Please choose a person or tick “Short contact without case”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Bitte prüfen</source>
            <translation>Please check</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Da&amp;uer</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Die Eingabe ist noch nicht gespeichert. Verwerfen?</source>
            <translation>The entry is not saved yet. Discard?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>E&amp;inschätzung</source>
            <translation>Assess&amp;ment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Enter speichert, Strg+Enter auch aus der Notiz.</source>
            <translation>Enter saves, Ctrl+Enter also from the note.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Entwurf &amp;löschen</source>
            <translation>Delete dra&amp;ft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Entwurf gespeichert {0}</source>
            <translation>Draft saved {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Entwurf löschen</source>
            <translation>Delete draft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Entwurf vom {0} {1} wiederherstellen?</source>
            <translation>Restore the draft of {0} {1}?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Entwurf wiederherstellen</source>
            <translation>Restore draft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Fall</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Fall: {0}</source>
            <translation>Case: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Gesc&amp;hlecht</source>
            <translation>&amp;Gender</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Geschlecht</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Geschlecht der neuen Person</source>
            <translation>Gender of the new person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Ja, so speichern</source>
            <translation>Yes, save as it is</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Keine eindeutige Person zu „{0}“. Bitte aus der Liste wählen.</source>
            <translation>No unique person for “{0}”. Please choose from the list.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Klass&amp;e</source>
            <translation>Cla&amp;ss</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Klasse der neuen Person</source>
            <translation>Class of the new person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <location filename="../../ssa_desktop/ui/quick_entry/short_fields.py" />
            <source>Klassenstufe</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Kontakt erfassen</source>
            <translation>Record contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Kontakt gespeichert: {0} mit {1} am {2}, {3} Min.</source>
            <translation>Contact saved: {0} with {1} on {2}, {3} min.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Korrigieren</source>
            <translation>Correct</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Kurzkontakt</source>
            <translation>Short contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Kurzkontakt gespeichert: {0}, {1} Min.</source>
            <translation>Short contact saved: {0}, {1} min.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Kurzkontakt ohne Fall (anonym)</source>
            <translation>Short contact without case (anonymous)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Mit {0} wurden Angaben übernommen – bitte prüfen; Enter speichert.</source>
            <translation>Values came with {0} – please check; Enter saves.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Neu anlegen: {0}</source>
            <translation>Create new: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Neue Person anlegen</source>
            <translation>Create a new person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Notiz: Beobachtung</source>
            <translation>Note: observation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Ort</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/person_picker.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/person_picker.py" />
            <source>Pseudonym tippen, z. B. K-17</source>
            <translation>Type a pseudonym, e.g. K-17</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>S&amp;chule</source>
            <translation>Sc&amp;hool</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Schließen, Entwurf behalten</source>
            <translation>Close, keep draft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Schule der neuen Person</source>
            <translation>School of the new person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Speichern ⏎</source>
            <translation>Save ⏎</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Sprachmittlung</source>
            <translation>Interpreting</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Tasten für die Art des Kontakts</source>
            <translation>Keys for the kind of contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Themen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Uhrzeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Verwerfen?</source>
            <translation>Discard?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Weiter bearbeiten</source>
            <translation>Continue editing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Weitervermittlung</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Wiederher&amp;stellen</source>
            <translation>Reco&amp;ver</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Ziele</source>
            <translation>Goals</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Zu&amp;gang</source>
            <translation>&amp;Access route</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>Zugang</source>
            <translation>Access route</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>der Art</source>
            <translation>the kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>der Person</source>
            <translation>the person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>neu angelegt: {0} an der Schule „{1}“</source>
            <translation>newly created: {0} at the school “{1}”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>z. B. 7b</source>
            <translation>e.g. 7b</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>{0} (seit {1})</source>
            <translation>{0} (since {1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>{0}: {1}, {2}</source>
            <translation>{0}: {1}, {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>übernommen vom Termin heute um {0}</source>
            <translation>carried over from today's appointment at {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>übernommen vom letzten Kontakt mit dieser Person</source>
            <translation>taken over from the last contact with this person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_fields.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>— ohne Fall —</source>
            <translation>— without case —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" />
            <source>„Schließen“ behält den Entwurf im Tresor; er wird beim nächsten Öffnen angeboten.</source>
            <translation>“Close” keeps the draft in the vault; it is offered the next time.</translation>
        </message>
    </context>
    <context>
        <name>RestoreCopy</name>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Andere &amp;Datei …</source>
            <translation>Other &amp;file …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Andere Sicherungsdatei wählen</source>
            <translation>Choose another backup file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Anderen Zielordner wählen</source>
            <translation>Choose another target folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Anderer &amp;Ordner …</source>
            <translation>Other f&amp;older …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Die Sicherung wird mit dem Notfallschlüssel vom Notfallblatt Ihres Trägers geöffnet und in den gewählten Ordner zurückgeholt. Danach gilt die neue Passphrase.</source>
            <translation>The backup is opened with the emergency key from your provider's emergency sheet and brought back into the chosen folder. After that, the new passphrase applies.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Sicherung:</source>
            <translation>Backup:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Sicherungen (*.ssabak);;Alle Dateien (*)</source>
            <translation>Backups (*.ssabak);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Sicherungsdatei</source>
            <translation>Backup file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Sicherungsdatei wählen</source>
            <translation>Choose backup file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Tresor aus einer Sicherung zurückholen</source>
            <translation>Bring the vault back from a backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Tresor wird zurückgeholt …</source>
            <translation>Bringing the vault back …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Tresor zurückholen</source>
            <translation>Bring vault back</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Zielordner</source>
            <translation>Target folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Zielordner für den Tresor wählen</source>
            <translation>Choose the target folder for the vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/restore_copy.py" />
            <source>Zielordner:</source>
            <translation>Target folder:</translation>
        </message>
    </context>
    <context>
        <name>SchoolYearDialog</name>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>%n Schüler:(in|innen)</source>
            <translation>
                <numerusform>%n pupil</numerusform>
                <numerusform>%n pupils</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>&amp;Letzte Klassenstufe</source>
            <translation>&amp;Last grade</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>&amp;Verbleib</source>
            <translation>&amp;Whereabouts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>&amp;Weiter</source>
            <translation>Ne&amp;xt</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/carry.py" />
            <source>&amp;Zielwerte der Vereinbarung übernehmen</source>
            <translation>Carry the agreement's &amp;targets over</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>&amp;am</source>
            <translation>&amp;on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Abgang oder Wechsel am</source>
            <translation>Left or changed school on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Bitte den neuen Vorschlag prüfen und dann übernehmen.</source>
            <translation>Please check the new proposal, then apply it.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Der Schuljahreswechsel {0} wurde am {1} durchgeführt.</source>
            <translation>The school year change {0} was applied on {1}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Ebenso zu prüfen: {0}.</source>
            <translation>Please also check: {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/carry.py" />
            <source>Eigene Zielwerte {0}: {1}</source>
            <translation>Own targets {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Für diese Schulart ist keine letzte Klassenstufe voreingestellt: bitte oben eintragen, sonst wird niemand als abgegangen vorgeschlagen.</source>
            <translation>No last grade is preset for this school type: please enter it above, otherwise nobody is proposed as having left.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Ihre Änderungen bei %n Schüler:(in|innen) bleiben.</source>
            <translation>
                <numerusform>Your changes to %n pupil are kept.</numerusform>
                <numerusform>Your changes to %n pupils are kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Ihre Änderungen bei %n Schüler:(in|innen) dieser Schule werden nicht gespeichert, wenn Sie den Wechsel jetzt verschieben.</source>
            <translation>
                <numerusform>Your changes to %n pupil of this school are not saved if you postpone the change now.</numerusform>
                <numerusform>Your changes to %n pupils of this school are not saved if you postpone the change now.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Jede Klassenstufe rückt um eins vor, die Klasse folgt ihrem Muster (7b → 8b; in der Liste änderbar). Wer in der letzten Klassenstufe ist, wird als abgegangen am 31.07. vorgeschlagen. Wer im Schuljahr {0} keine Aktivität hatte, steht auf „nicht bekannt“ – bitte den Verbleib angeben; „nicht bekannt“ kommt im Bereich Datenschutz zur Prüfung wieder.</source>
            <translation>Every grade advances by one, the class follows its pattern (7b → 8b; editable in the list). Pupils in the last grade are proposed as left on 31 July. Pupils without any activity in the school year {0} are set to “not known” – please state their whereabouts; “not known” comes back for review in the Privacy area.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Klasse bisher</source>
            <translation>Class so far</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Klasse neu</source>
            <translation>New class</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Letzte Klassenstufe</source>
            <translation>Last grade</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Letzte Klassenstufe gespeichert; der Vorschlag ist neu berechnet.</source>
            <translation>Last grade saved; the proposal has been recalculated.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Letzte Klassenstufe speichern und den Vorschlag neu berechnen</source>
            <translation>Save the last grade and compute the proposal again</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Schule gewechselt am</source>
            <translation>changed school on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Schule {0} von {1}: {2} ({3}) – Wechsel {4} → {5}</source>
            <translation>School {0} of {1}: {2} ({3}) – change {4} → {5}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Schuljahreswechsel</source>
            <translation>School year change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Schuljahreswechsel dieser Schule übernehmen</source>
            <translation>Apply this school's school year change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Schuljahreswechsel später durchführen</source>
            <translation>Do the school year change later</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Schuljahreswechsel verschieben?</source>
            <translation>Postpone the school-year change?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Schuljahreswechsel übernommen</source>
            <translation>School-year change applied</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Schüler:innen der Schule</source>
            <translation>Pupils of the school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Spä&amp;ter</source>
            <translation>La&amp;ter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/carry.py" />
            <source>Stellen&amp;umfang {0} ({1}: {2} %)</source>
            <translation>Post &amp;share {0} ({1}: {2} %)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/carry.py" />
            <source>Stellenumfang {0} ({1}: {2} %)</source>
            <translation>Post share {0} ({1}: {2} %)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/carry.py" />
            <source>Stellenumfang {0} an {1} im Schuljahr {2} ({3}: {4} %)</source>
            <translation>Post share {0} at {1} in school year {2} ({3}: {4} %)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Stufe neu</source>
            <translation>New grade</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Verbleib</source>
            <translation>Whereabouts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Verbleib der markierten Schüler:in</source>
            <translation>Whereabouts of the selected pupil</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Verschieben, Änderungen verwerfen</source>
            <translation>Postpone, discard changes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Vorgabe der Schulart</source>
            <translation>school type default</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Weiter bearbeiten</source>
            <translation>Keep editing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Weiter zur nächsten Schule</source>
            <translation>On to the next school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Wird übernommen …</source>
            <translation>Applying …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>abgegangen am</source>
            <translation>left on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>keine</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>nicht bekannt</source>
            <translation>not known</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>noch an der Schule</source>
            <translation>still at the school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>von Ihnen geändert; vorgeschlagen war „{0}“</source>
            <translation>changed by you; the proposal was “{0}”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>wie Schulart ({0})</source>
            <translation>as the school type ({0})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>wiederholt die Klassenstufe</source>
            <translation>repeats the grade</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>{0}: {1} – {2} vorgerückt, {3} ohne Klassenstufe (unverändert), {4} abgegangen, {5} Schule gewechselt, {6} nicht bekannt.</source>
            <translation>{0}: {1} – {2} moved up, {3} without grade (unchanged), {4} left, {5} changed school, {6} not known.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>{0}: {1} – {2} vorgerückt, {7} wiederholt (Klassenstufe bleibt), {3} ohne Klassenstufe (unverändert), {4} abgegangen, {5} Schule gewechselt, {6} nicht bekannt.</source>
            <translation>{0}: {1} – {2} moved up, {7} repeated (same grade), {3} without grade (unchanged), {4} left, {5} changed school, {6} not known.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Ü&amp;bernehmen</source>
            <translation>&amp;Apply</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Übernehmen und &amp;neu vorschlagen</source>
            <translation>Save and propose &amp;new</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" />
            <source>Übernehmen und neu vorschlagen</source>
            <translation>Save and propose again</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Bedienhinweis</source>
            <translation>Usage hint</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Dokumente</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Gruppen</source>
            <translation>Groups</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Keine Treffer.</source>
            <translation>No matches.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Notizen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Personen</source>
            <translation>Persons</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Suche</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Suchen in Personen, Notizen, Gruppen, Partnern, Dokumenten …</source>
            <translation>Search persons, notes, groups, partners, documents …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Suchen nach</source>
            <translation>Search for</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Suchen nach:</source>
            <translation>Search for:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Suchergebnisse</source>
            <translation>Search results</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Treffer im Namen</source>
            <translation>Match in the name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Treffer {0} von {1}: {2}</source>
            <translation>Hit {0} of {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>Weitere {0} anzeigen …</source>
            <translation>Show {0} more …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>ohne Person</source>
            <translation>without person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>{0} (die {1} zuletzt erfassten, es gibt weitere)</source>
            <translation>{0} (the {1} recorded last; there are more)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>{0} Treffer angezeigt, zuletzt Erfasstes zuerst; es gibt weitere: „Weitere … anzeigen“ wählen oder den Suchbegriff genauer fassen · ↑/↓ auswählen · Enter öffnen</source>
            <translation>{0} hits shown, most recently recorded first; there are more: choose “Show … more” or narrow the search · ↑/↓ select · Enter open</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>{0} Treffer · ↑/↓ auswählen · Enter öffnen</source>
            <translation>{0} matches · ↑/↓ select · Enter open</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" />
            <source>↑/↓ auswählen · Enter öffnen · Esc schließen</source>
            <translation>↑/↓ select · Enter open · Esc close</translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>%n Minute(n)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/language.py" />
            <source>&amp;English</source>
            <translation>&amp;English</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>&amp;Funktion</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>&amp;Keinen</source>
            <translation>&amp;None</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>&amp;Keiner</source>
            <translation>&amp;None</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>&amp;Logo wählen …</source>
            <translation>Choose &amp;logo …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>&amp;PLZ und Ort</source>
            <translation>Post&amp;code and town</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>&amp;Passphrase ändern …</source>
            <translation>Change &amp;passphrase …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>&amp;Schuljahr</source>
            <translation>&amp;School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>&amp;Sicherung erstellen …</source>
            <translation>Create &amp;backup …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>&amp;Straße und Hausnummer</source>
            <translation>&amp;Street and number</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>&amp;Tresor prüfen</source>
            <translation>Check &amp;vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>&amp;Träger</source>
            <translation>&amp;Provider (Träger)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" />
            <source>Ablageort</source>
            <translation>Storage location</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>An eingetragenen Schulferien fällt keine Sollzeit an (z. B. bei einem Jahresarbeitszeitmodell des Trägers). Sonst zählen nur Urlaub, Krankheit und Feiertage.</source>
            <translation>Entered school holidays carry no target time (e.g. under the provider's annual working-time model). Otherwise only vacation, sickness and public holidays count.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>Anderen wählen</source>
            <translation>Choose another</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Arbeitszeit</source>
            <translation>Working time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Auch wenn sich der Bildschirm durch die Energieeinstellungen abschaltet.</source>
            <translation>Also when the power settings turn the display off.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Auf diesem Gerät &amp;merken</source>
            <translation>&amp;Remember on this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Auf diesem Gerät merken</source>
            <translation>Remember on this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Aufteilung</source>
            <translation>Split</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/display.py" />
            <source>Auswahl, Felder, Fokusrahmen und die Zeile „Tresor: geprüft“ wechseln sofort, Hinweisfarben schon geöffneter Fenster nach einem Neustart von SSA Desktop. Steht Windows auf einem Kontrastdesign, übernimmt SSA Desktop die Farben von Windows und ändert sie nicht.</source>
            <translation>Selection, fields, focus frame and the line “Vault: checked” change at once, hint colours of windows already open after a restart of SSA Desktop. If Windows uses a contrast theme, SSA Desktop takes Windows’ colours and does not change them.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Automatisch sperren</source>
            <translation>Lock automatically</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Befunde an&amp;zeigen …</source>
            <translation>Show fin&amp;dings …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Befunde der Prüfung anzeigen</source>
            <translation>Show the check's findings</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Beratungszettel</source>
            <translation>Consultation slip</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Beratungszettel: Name der Schüler:in</source>
            <translation>Counselling slips: name of the pupil</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" />
            <source>Bereiche der Einstellungen</source>
            <translation>Sections of the settings</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Bilder (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Bitte warten</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Bitte zuerst eine Schule in der Liste auswählen.</source>
            <translation>Please select a school in the list first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Bitte zuerst eine Stelle in der Liste auswählen.</source>
            <translation>Please select a post in the list first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" />
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Briefkopf</source>
            <translation>Letterhead</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Briefkopf gespeichert.</source>
            <translation>Letterhead saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Briefkopf spei&amp;chern</source>
            <translation>Sav&amp;e letterhead</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Briefkopf speichern</source>
            <translation>Save letterhead</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" />
            <source>Darstellung</source>
            <translation>Display</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>Das Regelpaket wurde nicht übernommen.</source>
            <translation>The rule pack was not taken.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Der Briefkopf ist noch nicht gespeichert.</source>
            <translation>The letterhead is not saved yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Der Notfallschlüssel öffnet den Tresor ohne Passphrase. Bitte zur Bestätigung die Passphrase eingeben.</source>
            <translation>The emergency key opens the vault without the passphrase. Please enter the passphrase to confirm.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>Der Scanner-Ordner wurde nicht geändert.</source>
            <translation>The scanner folder was not changed.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Der Schlüsselbund dieses Geräts ist nicht erreichbar. Nichts wurde gemerkt.</source>
            <translation>This device's keychain is not reachable. Nothing was remembered.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Der Tresor fragt bei jedem Öffnen nach der Passphrase.</source>
            <translation>The vault asks for the passphrase every time it is opened.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Der Tresor liegt in „{0}“ auf diesem Gerät. Der Ordner wird nicht synchronisiert und nicht auf einen Server kopiert. Das ist sicher.</source>
            <translation>The vault is in “{0}” on this device. The folder is not synchronised and not copied to a server. That is safe.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Der Tresor liegt in „{0}“ auf diesem Gerät. Ihr Windows-Profil ist servergespeichert (Roaming-Profil); dieser Ordner gehört zu seinem lokalen Teil, der nicht auf den Profilserver kopiert wird, und er wird nicht synchronisiert. Das ist sicher.</source>
            <translation>The vault is in “{0}” on this device. Your Windows profile is stored on a server (roaming profile); this folder belongs to its local part, which is not copied to the profile server, and it is not synchronised. That is safe.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Der Tresor liegt in „{0}“.</source>
            <translation>The vault is in “{0}”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Der Tresor wird mit einem neuen Schlüssel neu verschlüsselt; vorher wird eine Sicherung angelegt. Der bisherige Notfallschlüssel gilt danach nicht mehr. Bitte zur Bestätigung die Passphrase eingeben.</source>
            <translation>The vault is re-encrypted with a new key; a backup is made first. The previous emergency key will no longer be valid. Please enter the passphrase to confirm.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Der neue Notfallschlüssel gilt ab sofort.</source>
            <translation>The new emergency key is valid from now on.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/language.py" />
            <source>Deu&amp;tsch</source>
            <translation>Deu&amp;tsch</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Die Aktion ist abgeschlossen; wegen der Sperre wird ihr Ergebnis nicht angezeigt. Nach einem neuen Notfallschlüssel bitte unter Einstellungen → Sicherheit „Notfallschlüssel anzeigen …“ wählen und das Notfallblatt neu speichern.</source>
            <translation>The action has finished; its result is not shown because the vault was locked. If a new emergency key was created, choose “Show emergency key …” under Settings → Security and save the emergency sheet again.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Die Passphrase ist geändert.</source>
            <translation>The passphrase has been changed.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Die Schule mit ihren Schülerzahlen und ihrem Stellenumfang löschen?</source>
            <translation>Delete the school with its pupil numbers and post shares?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/language.py" />
            <source>Die neue Sprache gilt nach einem Neustart von SSA Desktop. Eingaben, Kataloge und Berichte bleiben deutsch.</source>
            <translation>The new language applies after restarting SSA Desktop. Entries, catalogues and reports stay German.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Dieses Gerät</source>
            <translation>This device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Dieses Gerät &amp;vergessen</source>
            <translation>&amp;Forget this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Dieses Gerät ist jetzt gemerkt.</source>
            <translation>This device is now remembered.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Dieses Gerät ist vergessen. Beim nächsten Öffnen wird die Passphrase verlangt.</source>
            <translation>This device is forgotten. The passphrase will be asked the next time.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Dieses Gerät vergessen</source>
            <translation>Forget this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Dieses Gerät öffnet den Tresor ohne Passphrase. Nur sinnvoll, wenn das Gerät selbst gut geschützt ist (eigenes Benutzerkonto, Festplattenverschlüsselung).</source>
            <translation>This device opens the vault without a passphrase. Only sensible if the device itself is well protected (own user account, disk encryption).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>Dieses Regelpaket ist schon in Kraft.</source>
            <translation>This rule pack is already in force.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>E-&amp;Mail</source>
            <translation>E-&amp;mail</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" />
            <location filename="../../ssa_desktop/ui/settings/page.py" />
            <source>Einstellungen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>Einstellungen dieses Tresors. Eine Änderung gilt sofort und wird mit altem und neuem Wert protokolliert.</source>
            <translation>Settings of this vault. A change applies at once and is logged with its old and new value.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>F&amp;ußzeile</source>
            <translation>Foo&amp;ter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Fachkräfte-An&amp;gaben …</source>
            <translation>Staff de&amp;tails …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Fachkräfte-Angaben der Stelle im Schuljahr</source>
            <translation>Staff details of the post in the school year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Fachkräfte-Angaben gespeichert.</source>
            <translation>Staff details saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Fortschritt</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Frist KVJS-Statistik je Stelle</source>
            <translation>Deadline of the KVJS statistics per post</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Frist Statistik je Schule für den Landkreis</source>
            <translation>Deadline of the statistics per school for the district</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" />
            <source>Förderung</source>
            <translation>Funding</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Förderung je Vollzeitstelle und Jahr (€)</source>
            <translation>Grant per full-time post and year (€)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Für den Verwendungsnachweis, nach der Förderformel des Regelpakets. Ohne eigenen Wert gilt der Satz des Regelpakets (Einstellungen → Förderung).</source>
            <translation>For the proof of use, by the rule pack's grant formula. Without a value of your own, the rule pack's rate applies (Settings → Funding).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Gemerkte Geräte wurden vergessen; dort wird die neue Passphrase verlangt.</source>
            <translation>Remembered devices were forgotten; they will ask for the new passphrase.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/display.py" />
            <source>Gespeichert.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/language.py" />
            <source>Gespeichert. Bitte SSA Desktop neu starten.</source>
            <translation>Saved. Please restart SSA Desktop.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Gilt für neue Stellen; jede Stelle behält ihre eigenen Vollzeitstunden (sie zählen für die Sollzeit). Die einzige Angabe dieser Art.</source>
            <translation>Applies to new posts; every post keeps its own full-time hours (they count for the target time). The only setting of its kind.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/display.py" />
            <source>Hoher &amp;Kontrast</source>
            <translation>High &amp;contrast</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Höchstens {0} Minuten: von Ihrer IT festgelegt.</source>
            <translation>At most {0} minutes: set by your IT.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Ihr &amp;Name</source>
            <translation>Your &amp;name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" />
            <source>Info</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Jede tägliche Sicherung wird zusätzlich hierher kopiert (eine Freigabe des Trägers, ein USB-Stick), verschlüsselt wie im Tresor-Ordner: so geht sie nicht mit dem Tresor verloren.</source>
            <translation>Every daily backup is also copied here (a share of the provider, a USB stick), encrypted as in the vault folder: so it is not lost with the vault.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>Kein Landkreis-Profil gewählt.</source>
            <translation>No district profile chosen.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Kein zweiter Sicherungsort</source>
            <translation>No second backup location</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>Keinen Scanner-Ordner</source>
            <translation>No scanner folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Kürzel</source>
            <translation>Short code</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>Landkreis-&amp;Profil</source>
            <translation>District &amp;profile</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>Landkreis-Profil</source>
            <translation>District profile</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>Landkreis-Profil: {0}</source>
            <translation>District profile: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Logo des Trägers wählen</source>
            <translation>Choose the provider's logo</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Logo entfe&amp;rnen</source>
            <translation>Remo&amp;ve logo</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Logo entfernen</source>
            <translation>Remove logo</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Logo entfernt.</source>
            <translation>Logo removed.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Logo gespeichert.</source>
            <translation>Logo saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Logo gewählt</source>
            <translation>Logo chosen</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Logo wählen</source>
            <translation>Choose logo</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Meldung zu Schulen und Stelle</source>
            <translation>Message about schools and post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>Meldung zu den Optionen</source>
            <translation>Message about the options</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>Meldung zum Regelpaket</source>
            <translation>Message about the rule pack</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/display.py" />
            <source>Meldung zur Darstellung</source>
            <translation>Display message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Meldung zur Sicherheit</source>
            <translation>Message about security</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/language.py" />
            <source>Meldung zur Sprache</source>
            <translation>Message about language</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Neue Dateien in diesem Ordner werden einmal zum Übernehmen angeboten: beim Entsperren und im Reiter „Dokumente“ einer Person.</source>
            <translation>New files in this folder are offered once for adding: on unlock and in a person's “Documents” tab.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Neuer &amp;Notfallschlüssel …</source>
            <translation>New &amp;emergency key …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Neuer Notfallschlüssel</source>
            <translation>New emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Neuer Notfallschlüssel wird erstellt …</source>
            <translation>Creating the new emergency key …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Notfallblatt gespeichert: {0}</source>
            <translation>Emergency sheet saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Notfallblatt speichern</source>
            <translation>Save emergency sheet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Notfallschlüssel &amp;anzeigen …</source>
            <translation>Show emergency &amp;key …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Notfallschlüssel anzeigen</source>
            <translation>Show emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Ohne Eingabe in dieser Zeit sperrt sich der Tresor.</source>
            <translation>Without any input for this long, the vault locks itself.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" />
            <source>Optionen</source>
            <translation>Options</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>Ordner &amp;wählen …</source>
            <translation>&amp;Choose folder …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Ordner wäh&amp;len …</source>
            <translation>Choose f&amp;older …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Passphrase und Notfallschlüssel</source>
            <translation>Passphrase and emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Passphrase wird geprüft …</source>
            <translation>Checking passphrase …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Passphrase wird geändert …</source>
            <translation>Changing the passphrase …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Passphrase ändern</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>Regelpaket &amp;laden …</source>
            <translation>&amp;Load rule pack …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>Regelpaket aus einer Datei laden</source>
            <translation>Load a rule pack from a file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>Regelpaket in Kraft</source>
            <translation>Rule pack in force</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>Regelpaket laden</source>
            <translation>Load rule pack</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>Regelpaket {0} ist jetzt in Kraft.</source>
            <translation>Rule pack {0} is now in force.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>Regelpakete (*.json)</source>
            <translation>Rule packs (*.json)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Richtlinie Ihrer IT</source>
            <translation>Your IT's policy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" />
            <source>SQLCipher-Version</source>
            <translation>SQLCipher version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" />
            <source>SSA Desktop arbeitet ohne Netzwerk. Alle Daten liegen verschlüsselt im Tresor-Ordner auf diesem Gerät.</source>
            <translation>SSA Desktop works without a network. All data are stored encrypted in the vault folder on this device.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>Scanner-&amp;Ordner</source>
            <translation>&amp;Scanner folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>Scanner-Ordner</source>
            <translation>Scanner folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>Scanner-Ordner wählen</source>
            <translation>Choose scanner folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" />
            <source>Schema-Version</source>
            <translation>Schema version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Schulart</source>
            <translation>School type</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Schule &amp;löschen</source>
            <translation>&amp;Delete school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Schule b&amp;earbeiten …</source>
            <translation>&amp;Edit school …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Schule bearbeiten</source>
            <translation>Edit school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Schule gelöscht.</source>
            <translation>School deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Schule gespeichert.</source>
            <translation>School saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Schule hinzu&amp;fügen …</source>
            <translation>Add s&amp;chool …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Schule hinzufügen</source>
            <translation>Add school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Schule löschen</source>
            <translation>Delete school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Schulen</source>
            <translation>Schools</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" />
            <source>Schulen &amp;&amp; Stelle</source>
            <translation>Schools &amp;&amp; post</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Schulferien ohne Sollzeit</source>
            <translation>No target time during school holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Schuljahr</source>
            <translation>School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/display.py" />
            <source>Schwarze Schrift auf Weiß, dunklere Farben für Auswahl, Hinweise und Fokusrahmen (Kontrast mindestens 7:1).</source>
            <translation>Black text on white, darker colours for selection, hints and focus frame (contrast at least 7:1).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Schüler:innen {0}</source>
            <translation>Pupils {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" />
            <source>Sicherheit</source>
            <translation>Security</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Sicherung (*.ssabak)</source>
            <translation>Backup (*.ssabak)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Sicherung erstellen</source>
            <translation>Create backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Sicherung erstellt: {0}</source>
            <translation>Backup created: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Sicherung wird erstellt …</source>
            <translation>Creating backup …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Sperren nach &amp;Untätigkeit von</source>
            <translation>Lock after &amp;inactivity of</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Sperren, wenn der Deckel &amp;geschlossen oder der Bildschirm ausgeschaltet wird</source>
            <translation>Lock when the lid is &amp;closed or the display turns off</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" />
            <source>Sprache</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/language.py" />
            <source>Sprache der Oberfläche</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Statistik und Förderung</source>
            <translation>Statistics and grant</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>Steht auf jedem Brief: oben der Träger mit Logo, über dem Anschriftfeld der Absender, rechts Ihre Kontaktdaten, unten die Fußzeile.</source>
            <translation>On every letter: the provider with logo at the top, the sender above the address field, your contact details on the right, the footer at the bottom.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Stelle</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Stelle gespeichert.</source>
            <translation>Post saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Stelle hin&amp;zufügen …</source>
            <translation>Add &amp;post …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Stelle hinzufügen</source>
            <translation>Add post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Stelle und Stellen&amp;umfang bearbeiten …</source>
            <translation>Edit post and sha&amp;re …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Stelle und Stellenumfang bearbeiten</source>
            <translation>Edit post and share</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Stellen</source>
            <translation>Posts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Stellenumfang in % einer Vollzeitstelle je Schule und Schuljahr. Die Wochenstunden ergeben sich aus den Vollzeitstunden.</source>
            <translation>Post share in % of a full-time post per school and school year. Weekly hours follow from the full-time hours.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Stellenumfang {0}</source>
            <translation>Post share {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Strg+L sperrt sofort. Der Tresor sperrt sich auch, wenn der Bildschirm gesperrt wird oder das Gerät in den Ruhezustand geht.</source>
            <translation>Ctrl+L locks at once. The vault also locks when the screen is locked or the device goes to sleep.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>Synchronisierter Ordner</source>
            <translation>Synced folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>T&amp;elefon</source>
            <translation>Ph&amp;one</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>TT.MM.</source>
            <translation>DD.MM.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Tag und Monat, z. B. 31.07. (oder 07-31); erscheint ab 1. Juli in der Übersicht. Ohne eigenen Wert gilt die Frist des Regelpakets bzw. des Landkreis-Profils.</source>
            <translation>Day and month, e.g. 31.07. (or 07-31); shown in the overview from 1 July. Without a value of your own, the deadline of the rule pack or the district profile applies.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Tag und Monat, z. B. 31.10. (oder 10-31); erscheint ab 1. Juli in der Übersicht. Ohne eigenen Wert gilt die Frist des Regelpakets.</source>
            <translation>Day and month, e.g. 31.10. (or 10-31); shown in the overview from 1 July. Without a value of your own, the rule pack's deadline applies.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Tresor</source>
            <translation>Vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" />
            <source>Tresor angelegt</source>
            <translation>Vault created</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Tresor geprüft: keine Probleme</source>
            <translation>Vault checked: no problems</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Tresor geprüft: {0} Probleme gefunden.</source>
            <translation>Vault checked: {0} problems found.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Tresor prüfen</source>
            <translation>Check vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Tresor wird geprüft …</source>
            <translation>Checking vault …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" />
            <source>Tresor-Ordner</source>
            <translation>Vault folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>Trotzdem diesen Ordner nehmen?</source>
            <translation>Use this folder anyway?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>Trotzdem nehmen</source>
            <translation>Use anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Vollzeit</source>
            <translation>Full time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Von Ihrer IT abgeschaltet: die Passphrase ist bei jedem Öffnen nötig.</source>
            <translation>Switched off by your IT: the passphrase is needed every time the vault is opened.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Von Ihrer IT festgelegt.</source>
            <translation>Set by your IT.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <location filename="../../translations/runtime_sources.json" />
            <source>Vor- und Nachname (Kim Sommer)</source>
            <translation>First and last name (Kim Sommer)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <location filename="../../translations/runtime_sources.json" />
            <source>Vorname und Initial (Kim S.)</source>
            <translation>First name and initial (Kim S.)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Weitere Optionen</source>
            <translation>Other options</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Wie die Lehrkraft die Schüler:in kennt: „Kim S.“ (Vorname und Initial, Standard), „Kim Sommer“, „Kim“ oder nur das Pseudonym. Möglichst wenig preisgeben.</source>
            <translation>How the teacher knows the pupil: “Kim S.” (first name and initial, default), “Kim Sommer”, “Kim” or only the pseudonym. Reveal as little as possible.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>Wochenstunden</source>
            <translation>Weekly hours</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Wochenstunden einer Vollzeitstelle</source>
            <translation>Weekly hours of a full-time post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Zustand dieses Geräts</source>
            <translation>State of this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Zweiten Sicherungsort wählen</source>
            <translation>Choose second backup location</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Zweiter Sicherungs&amp;ort</source>
            <translation>Second backup &amp;location</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Zweiter Sicherungsort</source>
            <translation>Second backup location</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/letterhead.py" />
            <source>kein Logo</source>
            <translation>no logo</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <source>kein Ordner gewählt</source>
            <translation>no folder chosen</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>kein Profil (Frist des Regelpakets)</source>
            <translation>no profile (deadline of the rule pack)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>kein zweiter Ort</source>
            <translation>no second location</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>keine Änderungen an Satz, Formel und Fristen</source>
            <translation>no changes to rate, formula and deadlines</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>noch kein Stellenumfang eingetragen</source>
            <translation>no post share entered yet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <location filename="../../translations/runtime_sources.json" />
            <source>nur Pseudonym (K-17)</source>
            <translation>pseudonym only (K-17)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <location filename="../../translations/runtime_sources.json" />
            <source>nur Vorname (Kim)</source>
            <translation>first name only (Kim)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/funding.py" />
            <source>{0}

Änderungen gegenüber dem Paket in Kraft:
{1}

Dieses Regelpaket übernehmen?</source>
            <translation>{0}

Changes against the pack in force:
{1}

Take this rule pack?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" />
            <source>{0} (aktuell: {1})</source>
            <translation>{0} (current: {1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>{0} (übergeben am {1})</source>
            <translation>{0} (handed over on {1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>{0} Std.</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" />
            <source>{0} {1} % ({2} Std.)</source>
            <translation>{0} {1} % ({2} h)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Übergabe abgeschlossen: neue Passphrase der Nachfolge, neuer Notfallschlüssel, {0} gemerkte(s) Gerät(e) widerrufen, {1} Sicherung(en) unter dem bisherigen Schlüssel gelöscht und eine neue angelegt. Bitte das neue Notfallblatt und das Übergabeprotokoll speichern.</source>
            <translation>Handover complete: the successor's new passphrase, a new emergency key, {0} remembered device(s) revoked, {1} backup(s) under the previous key deleted and a new one made. Please save the new emergency sheet and the handover protocol.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Übergabe an die Nachfolge …</source>
            <translation>Handing over to the successor …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Übergabe an eine Nach&amp;folge …</source>
            <translation>Hand over to a &amp;successor …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Übergabe der Stelle an eine Nachfolge</source>
            <translation>Hand the post over to a successor</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Übergabeprotokoll für den Träger speichern</source>
            <translation>Save the handover protocol for the provider</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Übergabeprotokoll gespeichert: {0}</source>
            <translation>Handover protocol saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Übergabeprotokoll speichern</source>
            <translation>Save handover protocol</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>Übergabeprotokoll speichern …</source>
            <translation>Save handover protocol …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" />
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>„%1“ gespeichert.</source>
            <translation>“%1” saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/option_widgets.py" />
            <source>„{0}“: bitte eine Zahl von {2} bis {3} eingeben; es bleibt bei {4}.</source>
            <translation>“{0}”: please enter a number from {2} to {3}; it stays {4}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/option_widgets.py" />
            <source>„{0}“: „{1}“ liegt nicht zwischen {2} und {3}; es bleibt bei {4}.</source>
            <translation>“{0}”: “{1}” is not between {2} and {3}; it stays {4}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" />
            <source>… und {0} weitere; alle zeigt „Befunde anzeigen …“.</source>
            <translation>… and {0} more; “Show findings …” shows them all.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialogs</name>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source> Std./Woche</source>
            <translation> h/week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>&amp;Anschrift</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>&amp;Anstellungsträger</source>
            <translation>&amp;Employer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>&amp;Befunde</source>
            <translation>&amp;Findings</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>&amp;Bezeichnung</source>
            <translation>&amp;Label</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>&amp;Bisherige Passphrase</source>
            <translation>&amp;Current passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>&amp;Kürzel</source>
            <translation>Short &amp;code</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>&amp;Neue Passphrase</source>
            <translation>&amp;New passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>&amp;Qualifikation</source>
            <translation>&amp;Qualification</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>&amp;Schulart</source>
            <translation>School &amp;type</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>&amp;Vollzeit</source>
            <translation>&amp;Full time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>8 Ziffern, freiwillig</source>
            <translation>8 digits, optional</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Amtliche Schulnummer</source>
            <translation>Official school number</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Anschrift</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Anstellungsträger</source>
            <translation>Employer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Arbeitszeit gesamt</source>
            <translation>Working time in total</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Befunde der Prüfung</source>
            <translation>Findings of the check</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Befunde und was zu tun ist</source>
            <translation>Findings and what to do</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Beginn der Beschäftigung angeben</source>
            <translation>Specify start of employment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Berechnet</source>
            <translation>Computed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Beschäftigt &amp;seit</source>
            <translation>Employed &amp;since</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Beschäftigt b&amp;is</source>
            <translation>Employed &amp;until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Bezeichnung der Stelle</source>
            <translation>Label of the post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Bisherige Passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Bitte die bisherige Passphrase eingeben.</source>
            <translation>Please enter the current passphrase.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Das ist der aktuelle Notfallschlüssel dieses Tresors. Speichern Sie bei Bedarf das Notfallblatt, drucken Sie es aus und geben Sie es Ihrem Träger.</source>
            <translation>This is the current emergency key of this vault. If needed, save the emergency sheet, print it and give it to your provider.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Das ist der neue Notfallschlüssel. Er wird nur jetzt angezeigt. Speichern Sie das Notfallblatt, drucken Sie es aus und geben Sie es Ihrem Träger. Der bisherige Notfallschlüssel gilt nicht mehr.</source>
            <translation>This is the new emergency key. It is shown only now. Save the emergency sheet, print it and give it to your provider. The previous emergency key is no longer valid.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Die Nachfolge übernimmt die Stelle mit diesem Tresor. Die bisherige Fachkraft gibt ihre Passphrase ein, die Nachfolge wählt ihre eigene. Danach: neuer Notfallschlüssel (der Tresor wird neu verschlüsselt, vorher gesichert), das bisherige Notfallblatt gilt nicht mehr, alle gemerkten Geräte werden widerrufen. Löschprotokoll, Übermittlungsprotokoll und die Kennzahlen für Datenpannen bleiben erhalten. Zum Schluss: neues Notfallblatt und Übergabeprotokoll (ohne Namen) für den Träger.</source>
            <translation>The successor takes over the post with this vault. The current worker enters her passphrase, the successor chooses her own. Then: a new emergency key (the vault is re-encrypted, backed up first), the previous emergency sheet is void, all remembered devices are revoked. The deletion log, the disclosure log and the data-breach figures are kept. Finally: a new emergency sheet and a handover protocol (without names) for the provider.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Die Passphrase schützt den Tresor auf diesem Gerät. Der Notfallschlüssel bleibt gleich.</source>
            <translation>The passphrase protects the vault on this device. The emergency key stays the same.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Die beiden neuen Passphrasen stimmen nicht überein.</source>
            <translation>The two new passphrases do not match.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Die neue Passphrase ist dieselbe wie die bisherige.</source>
            <translation>The new passphrase is the same as the current one.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Die neue Passphrase ist zu schwach.</source>
            <translation>The new passphrase is too weak.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Eine unbesetzte Zeit zählt nicht als Arbeitszeit.</source>
            <translation>A vacant period does not count as working time.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Ende der Beschäftigung angeben</source>
            <translation>Specify end of employment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Fachkräfte-Angaben {0} – {1}</source>
            <translation>Staff details {0} – {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Fehlende Angaben</source>
            <translation>Missing details</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Für den KVJS-Abschnitt „Kennzahlen zu den Fachkräften“ und den Verwendungsnachweis. Einmal je Stelle und Schuljahr.</source>
            <translation>For the KVJS section “Key figures on the staff” and the proof of use. Once per post and school year.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Hinweis zur Passphrase</source>
            <translation>Passphrase hint</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Kürzel</source>
            <translation>Short code</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Mindestens 10 Zeichen; am besten mehrere Wörter.</source>
            <translation>At least 10 characters; preferably several words.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Monate besetzt und unbesetzt</source>
            <translation>Months filled and vacant</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Monate im Schuljahr</source>
            <translation>Months in the school year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Name der Schule</source>
            <translation>Name of the school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Neue Passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Neue Passphrase &amp;wiederholen</source>
            <translation>&amp;Repeat new passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Neue Passphrase wiederholen</source>
            <translation>Repeat new passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Neuer Notfallschlüssel</source>
            <translation>New emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Noch nicht gespeichert: vorausgefüllt aus dem Vorjahr bzw. der Stelle.</source>
            <translation>Not saved yet: prefilled from the previous year or the post.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Notfallblatt speichern</source>
            <translation>Save emergency sheet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Notfallblatt speichern …</source>
            <translation>Save emergency sheet …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Notfallschlüssel</source>
            <translation>Emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Passphrase ändern</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Qualifikation</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Schulart</source>
            <translation>School type</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Schule bearbeiten</source>
            <translation>Edit school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Schule hinzufügen</source>
            <translation>Add school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Schulnu&amp;mmer</source>
            <translation>School nu&amp;mber</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Schüler:innen {0}</source>
            <translation>Pupils {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Stelle Schulsozialarbeit</source>
            <translation>School social work post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Stelle bearbeiten</source>
            <translation>Edit post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Stelle hinzufügen</source>
            <translation>Add post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Stellen&amp;umfang</source>
            <translation>&amp;Extent</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Stellenumfang an {0}</source>
            <translation>Post share at {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Stellenumfang im Schuljahr {0}</source>
            <translation>Post share in school year {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Stellenumfang in Prozent</source>
            <translation>Extent of the post in percent</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Stärke</source>
            <translation>Strength</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Stärke der neuen Passphrase</source>
            <translation>Strength of the new passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Stärke: {0}.</source>
            <translation>Strength: {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Summe</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Summe Stellenumfang</source>
            <translation>Total post share</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>Vollzeitäquivalente</source>
            <translation>Full-time equivalents</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Was zu tun ist:</source>
            <translation>What to do:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Weiter</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Wochenstunden einer Vollzeitstelle</source>
            <translation>Weekly hours of a full-time post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>angeben</source>
            <translation>specify</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>ausreichend</source>
            <translation>sufficient</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>befristet</source>
            <translation>fixed-term</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>beschäftigt bis</source>
            <translation>employed until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>beschäftigt seit</source>
            <translation>employed since</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>gut</source>
            <translation>good</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>schwach</source>
            <translation>weak</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>sehr gut</source>
            <translation>very good</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>sehr schwach</source>
            <translation>very weak</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>z. B. Gemeinschaftsschule Am Park</source>
            <translation>e.g. Gemeinschaftsschule Am Park</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>z. B. Soziale Arbeit (B.A.)</source>
            <translation>e.g. Social Work (B.A.)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>{0} % · {1} Std./Woche</source>
            <translation>{0} % · {1} h/week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>{0} Std.</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>{0} anzeigen</source>
            <translation>Show {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" />
            <source>{0} besetzt, {1} unbesetzt</source>
            <translation>{0} filled, {1} vacant</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Übergabe an eine Nachfolge</source>
            <translation>Handover to a successor</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" />
            <source>Übergabe durchführen</source>
            <translation>Carry out handover</translation>
        </message>
    </context>
    <context>
        <name>ShortContacts</name>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>&amp;Anzahl</source>
            <translation>&amp;Number</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>&amp;Geschlecht</source>
            <translation>&amp;Gender</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>&amp;Korrektur speichern</source>
            <translation>Save &amp;correction</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>&amp;Schule</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Anzahl</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Ausgewählten Kurzkontakt entfernen</source>
            <translation>Remove the selected short contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Bitte zuerst einen Kurzkontakt in der Liste wählen.</source>
            <translation>Please choose a short contact in the list first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Da&amp;uer</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Dauer</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Den Kurzkontakt vom {0} ({1} × {2} Min.) entfernen? Er verschwindet auch aus der Statistik und der Arbeitszeit.</source>
            <translation>Remove the short contact of {0} ({1} × {2} min.)? It disappears from the statistics and the working time too.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Die Korrektur des Kurzkontakts ist noch nicht gespeichert.</source>
            <translation>The correction of the short contact is not saved yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Geschlecht</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Klassens&amp;tufe</source>
            <translation>Grade &amp;level</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Klassenstufe</source>
            <translation>Grade level</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Korrektur gespeichert.</source>
            <translation>Correction saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Korrektur speichern</source>
            <translation>Save correction</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Kurzkontakt ent&amp;fernen</source>
            <translation>&amp;Remove short contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Kurzkontakt entfernen</source>
            <translation>Remove short contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Kurzkontakt vom {0} entfernt, auch aus Statistik und Arbeitszeit.</source>
            <translation>Short contact of {0} removed, from the statistics and the working time too.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Kurzkontakte</source>
            <translation>Short contacts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Liste der Kurzkontakte</source>
            <translation>List of short contacts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Meldung</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>T&amp;hemen</source>
            <translation>T&amp;opics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>Themen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" />
            <source>{0} Min.</source>
            <translation>{0} min.</translation>
        </message>
    </context>
    <context>
        <name>Slips</name>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>&amp;Drucken …</source>
            <translation>&amp;Print …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>&amp;Format</source>
            <translation>&amp;Layout</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>&amp;Leere Zettel dazu</source>
            <translation>&amp;Blank slips in addition</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>&amp;Name auf dem Zettel</source>
            <translation>&amp;Name on the slip</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>1 Zettel je A4-Seite</source>
            <translation>1 slip per A4 page</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>4 Zettel je A4-Seite (A6, mit Schnittlinien)</source>
            <translation>4 slips per A4 page (A6, with cut lines)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Als &amp;PDF speichern …</source>
            <translation>Save as &amp;PDF …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Auf dem Zettel stehen nur Schule, Name, Klasse, Datum, Uhrzeit und Raum – nie ein Thema oder Anlass.</source>
            <translation>The slip shows only school, name, class, date, time and room – never a topic or reason.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Beratungszettel</source>
            <translation>Consultation slip</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Beratungszettel als PDF speichern</source>
            <translation>Save consultation slips as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Beratungszettel drucken</source>
            <translation>Print consultation slips</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Beratungszettel speichern</source>
            <translation>Save consultation slips</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Bilder (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Der Druck ist fehlgeschlagen: {0}</source>
            <translation>Printing failed: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Format</source>
            <translation>Layout</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Keine Zettel.</source>
            <translation>No slips.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Leere Zettel dazu</source>
            <translation>Blank slips in addition</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Logo &amp;wählen …</source>
            <translation>C&amp;hoose logo …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Logo der Schule für die Zettel wählen</source>
            <translation>Choose the school logo for the slips</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Logo entfernen</source>
            <translation>Remove logo</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Logo wählen</source>
            <translation>Choose logo</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Name auf dem Zettel</source>
            <translation>Name on the slip</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Umfang</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Vor- und Nachname (Kim Sommer)</source>
            <translation>First and last name (Kim Sommer)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Vorname und Initial (Kim S.)</source>
            <translation>First name and initial (Kim S.)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Vorschau</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>Zettel ohne Namen zum Ausfüllen von Hand</source>
            <translation>Slips without names, to fill in by hand</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>nur Pseudonym (K-17)</source>
            <translation>pseudonym only (K-17)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>nur Vorname (Kim)</source>
            <translation>first name only (Kim)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>{0} Beratungszettel gedruckt.</source>
            <translation>{0} consultation slips printed.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>{0} Beratungszettel gespeichert: {1}</source>
            <translation>{0} consultation slips saved: {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" />
            <source>{0} Zettel auf %n Seite(n)</source>
            <translation>
                <numerusform>{0} slips on %n page</numerusform>
                <numerusform>{0} slips on %n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Statistics</name>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>&amp;Einträge prüfen</source>
            <translation>Chec&amp;k entries</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>&amp;Jahresbericht …</source>
            <translation>Annual &amp;report …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>&amp;Personen öffnen</source>
            <translation>Open perso&amp;ns</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>&amp;Schuljahr</source>
            <translation>&amp;School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>&amp;Vorlage laden …</source>
            <translation>&amp;Load template …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>&amp;Wie wird gezählt?</source>
            <translation>Ho&amp;w is it counted?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>&amp;Zusammenführen …</source>
            <translation>&amp;Merge …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" />
            <source>1 anonymer Eintrag dahinter (Liste darunter).</source>
            <translation>1 anonymous entry behind it (list below).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Ab&amp;gabe zurücknehmen</source>
            <translation>Withdraw &amp;delivery</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Abgabe zurücknehmen</source>
            <translation>Withdraw delivery</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Abgegeben am {0}.</source>
            <translation>Delivered on {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Alle Zahlen stammen aus den anonymen Statistik-Einträgen: ohne Namen, ohne Fallakten. Gelöschte Fälle, Personen und Gruppen ändern ein gezähltes Jahr nicht.</source>
            <translation>All figures come from the anonymous statistics records: no names, no case files. Deleted cases, persons and groups do not change a counted year.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" />
            <source>Als PDF (eine Seite) …</source>
            <translation>As PDF (one page) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Als abge&amp;geben markieren</source>
            <translation>Mark as &amp;delivered</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Als abgegeben markieren</source>
            <translation>Mark as delivered</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Andere Formularvorlage laden</source>
            <translation>Load another form template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" />
            <source>Angabe aus den Fachkräfte-Angaben der Stelle (Einstellungen → Schulen &amp; Stelle → „Fachkräfte-Angaben …“); nicht aus Einträgen gezählt.</source>
            <translation>From the post's staff details (Settings → Schools &amp; post → “Staff details …”); not counted from entries.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Anonyme Einträge</source>
            <translation>Anonymous records</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Anonyme Einträge hinter „{0}“:</source>
            <translation>Anonymous entries behind “{0}”:</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Arbeitsze&amp;it öffnen</source>
            <translation>Open workin&amp;g time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Aufgabenbereiche (Stunden)</source>
            <translation>Task areas (hours)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Be&amp;reich</source>
            <translation>Sco&amp;pe</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Bereich</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Bereich (Schule oder Stelle)</source>
            <translation>Scope (school or post)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Bitte zuerst Schulen und Stelle in den Einstellungen anlegen.</source>
            <translation>Please add schools and the post in the settings first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Diagra&amp;mme</source>
            <translation>&amp;Bar charts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Diagramme</source>
            <translation>Charts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Die Abgabe vom {0} zurücknehmen? Die damals gemeldeten Zahlen werden nicht mehr aufbewahrt; ein neuer Export zeigt keine Abweichungen mehr zu ihnen.</source>
            <translation>Withdraw the delivery of {0}? The figures reported then are no longer kept; a new export no longer shows differences from them.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Die Prüfung hat %n Hinweis(e). Trotzdem exportieren?</source>
            <translation>
                <numerusform>The check found %n issue. Export anyway?</numerusform>
                <numerusform>The check found %n issues. Export anyway?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Die Zeiteinträge ({0} Std.) decken weniger als die Hälfte der Stelle ({1} Std. bis heute).</source>
            <translation>The time entries ({0} h) cover less than half of the post ({1} h up to today).</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Die Zeiteinträge ({0} Std.) decken weniger als die Hälfte der Stelle ({1} Std. im Schuljahr).</source>
            <translation>The time entries ({0} h) cover less than half of the post ({1} h in the school year).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>E&amp;xportieren …</source>
            <translation>E&amp;xport …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Eigene Vorlage: {0} (Version {1}).</source>
            <translation>Own template: {0} (version {1}).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Eingabehil&amp;fe</source>
            <translation>Entr&amp;y aid</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" />
            <source>Eingabehilfe</source>
            <translation>Entry aid</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" />
            <source>Eingabehilfe als PDF speichern</source>
            <translation>Save the entry aid as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Eingabehilfe gespeichert: {0}</source>
            <translation>Entry aid saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Eingabehilfe speichern</source>
            <translation>Save entry aid</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Enter oder Doppelklick auf eine Zahl zeigt ihre Regel und die anonymen Einträge, die sie zählt.</source>
            <translation>Enter or a double click on a figure shows its rule and the anonymous entries it counts.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" />
            <source>Enter oder F1 auf einer Zahl zeigt hier, wie sie gezählt wird.</source>
            <translation>Enter or F1 on a figure shows here how it is counted.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Entwürfe &amp;öffnen</source>
            <translation>Re&amp;view drafts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Exportdateien zusammenführen</source>
            <translation>Merge export files</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Exportieren: alle vier Exportdateien</source>
            <translation>Export: all four export files</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>F&amp;ormular</source>
            <translation>KV&amp;JS form</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Fach&amp;kräfte-Angaben</source>
            <translation>Staff deta&amp;ils</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Feld</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Formularvorlage laden</source>
            <translation>Load form template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Formularvorschau</source>
            <translation>Form preview</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" />
            <source>Fortschritt der Eingabe</source>
            <translation>Progress of the entry</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Für {0} ist kein Stellenumfang {1} eingetragen.</source>
            <translation>No post share {1} is entered for {0}.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Für „{0}“ fehlt die Schülerzahl {1}.</source>
            <translation>The number of pupils {1} is missing for “{0}”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Geschrieben: {0}</source>
            <translation>Written: {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Gr&amp;uppen öffnen</source>
            <translation>&amp;Open groups</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/goal_outcomes.py" />
            <source>Im Schuljahr {year} wurden keine Ziele mit Skala festgehalten.</source>
            <translation>No goals with a scale were recorded in school year {year}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Jahresbericht für das Auswertungsgespräch</source>
            <translation>Annual report for the evaluation meeting</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/goal_outcomes.py" />
            <source>Je Ziel mit Skala die Veränderung vom Ausgangswert bis zur letzten Einschätzung, festgehalten beim Fallabschluss und am Schuljahresende – anonym, ohne Zieltext und ohne Person; sie bleibt, wenn der Fall gelöscht wird. Zahlen unter 3 als „&lt; 3“.</source>
            <translation>Per goal with a scale the change from the baseline to the last rating, recorded at a case's closing and at the school year's end – anonymous, without the goal's text and without a person; it stays when the case is deleted. Figures below 3 as “&lt; 3”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>KVJS-Export (*.json)</source>
            <translation>KVJS export (*.json)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" />
            <source>Keine Einträge dahinter.</source>
            <translation>No entries behind it.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" />
            <source>Keine Zahlen.</source>
            <translation>No figures.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" />
            <source>Keine anonymen Einträge dahinter (aus den Stammdaten oder nichts gezählt).</source>
            <translation>No anonymous entries behind it (from the master data, or nothing counted).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Klassenstufen (Schüler:innen)</source>
            <translation>Grades (pupils)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" />
            <source>Kopieren</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Mi&amp;tgelieferte Vorlage</source>
            <translation>Shipped &amp;template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Minuten</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Ordner für die Exportdateien</source>
            <translation>Folder for the export files</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Plausibilitätsprüfung</source>
            <translation>Plausibility check</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" />
            <source>Reihenfolge wie im KVJS-Onlineformular. „Kopieren“ (oder Enter bzw. {1} auf der Zeile) legt den Wert in die Zwischenablage (nach {0} Sekunden wieder gelöscht); ein Häkchen zeigt, was schon übertragen ist.</source>
            <translation>Order as in the KVJS online form. “Copy” (or Enter or {1} on the line) puts the value on the clipboard (cleared again after {0} seconds); a tick shows what has been transferred.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Schu&amp;len bearbeiten</source>
            <translation>Edit s&amp;chools</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/goal_outcomes.py" />
            <source>Schulart</source>
            <translation>School type</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Schuljahr</source>
            <translation>School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Seitdem haben sich {0} Kennzahlen geändert; der Export zeigt die Abweichung.</source>
            <translation>Since then {0} figures have changed; the export shows the difference.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" />
            <source>So wird gezählt: {0}</source>
            <translation>How it is counted: {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Stelle be&amp;arbeiten</source>
            <translation>&amp;Edit post</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Stelle: {0}</source>
            <translation>Post: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" />
            <source>Strg+C</source>
            <translation>Ctrl+C</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" />
            <source>Strg+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Summendatei geschrieben: {0}</source>
            <translation>Sum file written: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Summendatei speichern</source>
            <translation>Save sum file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Themen (Personen)</source>
            <translation>Topics (persons)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Verwendungs&amp;nachweis …</source>
            <translation>Proof of &amp;use …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Verwendungsnachweis für den Träger als PDF</source>
            <translation>Proof of use for the provider as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Verwendungsnachweis gespeichert: {0}</source>
            <translation>Proof of use saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Verwendungsnachweis speichern</source>
            <translation>Save proof of use</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Vorlage nicht verwendbar</source>
            <translation>Template cannot be used</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Vorlage: {0} (Version {1}).</source>
            <translation>Template: {0} (version {1}).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Vorlagen (*.toml)</source>
            <translation>Templates (*.toml)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Wer als beraten zählt</source>
            <translation>Who counts as counselled</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" />
            <source>Wert {0}; Leertaste, Enter oder {1} kopiert</source>
            <translation>Value {0}; Space, Enter or {1} copies it</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Wie wird gezählt?</source>
            <translation>How is it counted?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Wieder die mitgelieferte Vorlage verwenden</source>
            <translation>Use the shipped template again</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Wird gezählt …</source>
            <translation>Counting …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/goal_outcomes.py" />
            <source>Ziele gesetzt</source>
            <translation>Goals set</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/goal_outcomes.py" />
            <source>Ziele mit Skala im Schuljahr {year} – anonym, Zahlen unter 3 als „&lt; 3“</source>
            <translation>Goals with a scale in school year {year} – anonymous, figures below 3 as “&lt; 3”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Zielerrei&amp;chung</source>
            <translation>Goals reali&amp;zed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/goal_outcomes.py" />
            <source>Zielerreichung</source>
            <translation>Goal attainment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Zugang (Personen)</source>
            <translation>Access route (persons)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Zusammenführen nicht möglich</source>
            <translation>Merging not possible</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" />
            <source>Zählregel</source>
            <translation>Counting rule</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" />
            <source>Zählregel: {0}</source>
            <translation>Counting rule: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>Zählregeln anzeigen</source>
            <translation>Show counting rules</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>davon {0}</source>
            <translation>of which {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/goal_outcomes.py" />
            <source>erreicht</source>
            <translation>reached</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" />
            <source>kopiert</source>
            <translation>copied</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/goal_outcomes.py" />
            <source>mindestens zweimal eingeschätzt</source>
            <translation>rated at least twice</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/goal_outcomes.py" />
            <source>um mindestens eine Stufe verbessert</source>
            <translation>improved by at least one level</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>unbekannt</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0} Eintrag mit Datum außerhalb des Schuljahres {1}.</source>
            <translation>{0} entry dated outside the school year {1}.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0} Eintrag mit Datum in der Zukunft.</source>
            <translation>{0} entry dated in the future.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0} Einträge mit Datum außerhalb des Schuljahres {1}.</source>
            <translation>{0} entries dated outside the school year {1}.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0} Einträge mit Datum in der Zukunft.</source>
            <translation>{0} entries dated in the future.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0} Gruppenangebot mit Terminen, aber ohne Teilnehmende.</source>
            <translation>{0} group offer with sessions but without participants.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0} Gruppenangebote mit Terminen, aber ohne Teilnehmende.</source>
            <translation>{0} group offers with sessions but without participants.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" />
            <source>{0} anonyme Einträge dahinter (Liste darunter).</source>
            <translation>{0} anonymous entries behind it (list below).</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0} beratene Schüler:innen ohne Geschlecht oder Klassenstufe.</source>
            <translation>{0} counselled pupils without gender or grade.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0} beratene Schülerin/beratener Schüler ohne Geschlecht oder Klassenstufe.</source>
            <translation>{0} counselled pupil without gender or grade.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" />
            <source>{0} kopieren</source>
            <translation>Copy {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0} unfertige Entwürfe (noch nicht gespeichert).</source>
            <translation>{0} unfinished drafts (not saved yet).</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>{0} unfertiger Entwurf (noch nicht gespeichert).</source>
            <translation>{0} unfinished draft (not saved yet).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" />
            <source>{0} von {1} Werten kopiert.</source>
            <translation>{0} of {1} values copied.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>{0}, {1}: wird noch gezählt …</source>
            <translation>{0}, {1}: still being counted …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" />
            <source>{0}, {1}: wird noch gezählt. Danach bitte noch einmal.</source>
            <translation>{0}, {1}: still being counted. Please try again afterwards.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" />
            <source>{0}: {1} im Schuljahr {2}</source>
            <translation>{0}: {1} in the school year {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" />
            <source>„{0}“ ist eine Überschrift; die Zahlen stehen darunter.</source>
            <translation>“{0}” is a heading; the figures are below it.</translation>
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Brief {0} von {1} wird erstellt …</source>
            <translation>Making letter {0} of {1} …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Das PDF wird geschrieben …</source>
            <translation>Writing the PDF …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Das Paket wird abgeschlossen …</source>
            <translation>Finishing the package …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Das Paket wird geschrieben …</source>
            <translation>Writing the package …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Der Brief wird erstellt …</source>
            <translation>Making the letter …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Der Brief wird gespeichert …</source>
            <translation>Saving the letter …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Der Druckauftrag wird gesendet …</source>
            <translation>Sending the print job …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Der Serienbrief wird gespeichert …</source>
            <translation>Saving the serial letter …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Der Serienbrief wird zusammengefügt …</source>
            <translation>Joining the serial letter …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Die Auskunft ist geschrieben.</source>
            <translation>The access report is written.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Die Briefe werden abgelegt …</source>
            <translation>Keeping the letters …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Die Dokumente werden kopiert …</source>
            <translation>Copying the documents …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Die Entscheidungen werden gespeichert …</source>
            <translation>Saving the decisions …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Die JSON-Datei wird geschrieben …</source>
            <translation>Writing the JSON file …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Die Personen sind eingepackt …</source>
            <translation>The persons are packed …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Die Weitergabe wird protokolliert …</source>
            <translation>Logging the disclosure …</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Die Übergabe wird protokolliert …</source>
            <translation>Logging the handover …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/step_bar.py" />
            <source>Fortschritt</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Seite {0} von {1} wird gedruckt …</source>
            <translation>Printing page {0} of {1} …</translation>
        </message>
    </context>
    <context>
        <name>StoppedAtLock</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" />
            <source>Das Dokument</source>
            <translation>The document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" />
            <source>Das PDF</source>
            <translation>The PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" />
            <source>Das Paket</source>
            <translation>The package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" />
            <source>Der Brief</source>
            <translation>The letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" />
            <source>Der Druckauftrag</source>
            <translation>The print job</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" />
            <source>Der Export</source>
            <translation>The export</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" />
            <source>Der Serienbrief</source>
            <translation>The serial letter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" />
            <source>Die Auskunft</source>
            <translation>The access report</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" />
            <source>Die Auswertung</source>
            <translation>The evaluation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" />
            <source>Die Sicherung</source>
            <translation>The backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" />
            <source>Die tägliche Sicherung wurde beim Sperren abgebrochen; sie wird beim nächsten Entsperren erstellt.</source>
            <translation>The daily backup was cancelled when locking; it will be made at the next unlock.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" />
            <source>{0} wurde beim Sperren abgebrochen; es wurde nichts halb gespeichert. Bitte starten Sie den Vorgang nach dem Entsperren erneut.</source>
            <translation>{0} was cancelled when the app locked; nothing was half saved. Please start it again after unlocking.</translation>
        </message>
    </context>
    <context>
        <name>Stopwatch</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source> Min.</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>&amp;Dauer</source>
            <translation>&amp;Duration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>&amp;Kategorie</source>
            <translation>&amp;Category</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>&amp;Notiz</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>&amp;Schule</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>Buchen</source>
            <translation>Book</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>Dauer in Minuten</source>
            <translation>Duration in minutes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>Gestartet um {0} Uhr.</source>
            <translation>Started at {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>Notiz (ohne Namen)</source>
            <translation>Note (no names)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>Stoppuhr anhalten</source>
            <translation>Stop stopwatch</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stopwatch.py" />
            <source>Stoppuhr läuft. Strg+T hält sie an.</source>
            <translation>Stopwatch running. Ctrl+T stops it.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stopwatch.py" />
            <source>Stoppuhr starten (Strg+T)</source>
            <translation>Start stopwatch (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stopwatch.py" />
            <source>Stoppuhr {0}:{1:02d} – anhalten (Strg+T)</source>
            <translation>Stopwatch {0}:{1:02d} – stop (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>Weiterlaufen lassen</source>
            <translation>Keep running</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stopwatch.py" />
            <source>Zeit für indirekte Arbeit stoppen; die Kategorie wird beim Anhalten gewählt (Strg+T)</source>
            <translation>Time indirect work; the category is chosen when stopping (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" />
            <source>z. B. Protokoll Klassenkonferenz – ohne Namen</source>
            <translation>e.g. minutes of class conference – no names</translation>
        </message>
    </context>
    <context>
        <name>TimeAbsences</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Abwesenheit ({0}) vom {1} bis {2} eingetragen.</source>
            <translation>Absence ({0}) from {1} to {2} entered.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Abwesenheit ({0}) vom {1} bis {2} gelöscht.</source>
            <translation>Absence ({0}) from {1} to {2} deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Abwesenheit eintragen</source>
            <translation>Add absence</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Abwesenheiten</source>
            <translation>Absences</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>An Schulferien fällt keine Sollzeit an</source>
            <translation>School holidays carry no target time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Art der Abwesenheit</source>
            <translation>Kind of absence</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Ausgewählte Abwesenheit löschen</source>
            <translation>Delete selected absence</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Ausgewählte Ferien löschen</source>
            <translation>Delete selected holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Ausgewählte löschen</source>
            <translation>Delete selected</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Bezeichnung der Ferien</source>
            <translation>Name of the holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Eintragen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Erster Ferientag</source>
            <translation>First day of holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Erster Tag</source>
            <translation>First day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Ferien</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Ferien eintragen</source>
            <translation>Add holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Ferien „{0}“ vom {1} bis {2} eingetragen.</source>
            <translation>Holidays “{0}” from {1} to {2} entered.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Ferien „{0}“ vom {1} bis {2} gelöscht.</source>
            <translation>Holidays “{0}” from {1} to {2} deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Gesetzliche Feiertage in Baden-Württemberg sind bereits berücksichtigt.</source>
            <translation>Public holidays in Baden-Württemberg are already taken into account.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Letzter Ferientag</source>
            <translation>Last day of holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Letzter Tag</source>
            <translation>Last day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Schulferien</source>
            <translation>School holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Sie gehört zum Schuljahr {0}; die Liste zeigt {1}.</source>
            <translation>It belongs to the school year {0}; the list shows {1}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Urlaub</source>
            <translation>Vacation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>Urlaub, Krankheit, sonstige Abwesenheit</source>
            <translation>Vacation, sickness, other absence</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>alle Schulen</source>
            <translation>all schools</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>krank</source>
            <translation>sick</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>sonstige Abwesenheit</source>
            <translation>other absence</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>von</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" />
            <source>z. B. Herbstferien</source>
            <translation>e.g. autumn holidays</translation>
        </message>
    </context>
    <context>
        <name>TimeArea</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>&amp;Auswertung</source>
            <translation>&amp;Evaluation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>&amp;Schuljahr</source>
            <translation>&amp;School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>&amp;Wochenraster</source>
            <translation>&amp;Weekly grid</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>&amp;Zeitraum</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Abwesenheiten und &amp;Ferien</source>
            <translation>A&amp;bsences and holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Be&amp;richt …</source>
            <translation>&amp;Report …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Bericht als PDF, CSV oder JSON speichern</source>
            <translation>Save report as PDF, CSV or JSON</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Bericht wird geschrieben …</source>
            <translation>Writing report …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>CSV für Excel …</source>
            <translation>CSV for Excel …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Gespeichert: {0}</source>
            <translation>Saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>JSON …</source>
            <translation>JSON …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Monat</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>PDF-Bericht …</source>
            <translation>PDF report …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Quartal</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>S&amp;chule</source>
            <translation>S&amp;chool</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Schuljahr</source>
            <translation>School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Welcher Zeitraum</source>
            <translation>Which period</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Wird berechnet …</source>
            <translation>Calculating …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Woche</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>Zi&amp;elwerte</source>
            <translation>Tar&amp;gets</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" />
            <source>alle Schulen</source>
            <translation>all schools</translation>
        </message>
    </context>
    <context>
        <name>TimeCharts</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Anteil</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Anteile nach Aufgabenbereich</source>
            <translation>Shares by task area</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Beratung</source>
            <translation>Counselling</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Dezember</source>
            <translation>December</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Direkte Arbeit im Verlauf des Schuljahres</source>
            <translation>Direct work over the school year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Februar</source>
            <translation>February</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Gruppen</source>
            <translation>Groups</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Indirekte Arbeit nach Kategorie (Std.)</source>
            <translation>Indirect work by category (h)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Ist</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Januar</source>
            <translation>January</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Juli</source>
            <translation>July</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Juni</source>
            <translation>June</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>KW {0}</source>
            <translation>week {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Mai</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>März</source>
            <translation>March</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Offene Angebote</source>
            <translation>Open offers</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Schuljahr {0}</source>
            <translation>school year {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Soll</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Soll und Ist je Monat (Std.)</source>
            <translation>Target and actual per month (h)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Stunden</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Vernetzung</source>
            <translation>Networking</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>Vor-/Nachbereitung u. a.</source>
            <translation>Preparation etc.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>direkt</source>
            <translation>direct</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>{0} {1} Std.</source>
            <translation>{0} {1} h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>{0}. Quartal {1}</source>
            <translation>quarter {0} {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" />
            <source>{0}: Soll {1} Std., Ist {2} Std.</source>
            <translation>{0}: target {1} h, actual {2} h</translation>
        </message>
    </context>
    <context>
        <name>TimeDashboard</name>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>%n Minute(n)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>&lt;b&gt;Soll&lt;/b&gt; {0} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ist&lt;/b&gt; {1} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Saldo&lt;/b&gt; {2}{3} &amp;nbsp;&amp;nbsp;({4})</source>
            <translation>&lt;b&gt;Target&lt;/b&gt; {0} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Actual&lt;/b&gt; {1} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Balance&lt;/b&gt; {2}{3} &amp;nbsp;&amp;nbsp;({4})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Ampel</source>
            <translation>Traffic light</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Anteil</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Anteile nach Aufgabenbereich und Kategorie</source>
            <translation>Shares by task area and category</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Aufgabenbereiche</source>
            <translation>Task areas</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Bereich / Kategorie</source>
            <translation>Area / category</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Direkte Arbeit</source>
            <translation>Direct work</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Einzelfallhilfe (Anteil an der direkten Arbeit)</source>
            <translation>Casework (share of direct work)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Einzelfallhilfe und Beratung</source>
            <translation>Individual casework and counselling</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Gruppen und Klassen (Anteil an der direkten Arbeit)</source>
            <translation>Groups and classes (share of direct work)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Gruppen, Klassen, Projekte</source>
            <translation>Groups, classes, projects</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Gruppentermine, Klassenprojekte, Projekttage</source>
            <translation>Group sessions, class projects, project days</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Hinweise</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Indirekte Arbeit</source>
            <translation>Indirect work</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Ist</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Je Schule</source>
            <translation>Per school</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Kontakte je Arbeitsstunde</source>
            <translation>Contacts per working hour</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Kontakte und Kurzkontakte (auch mit Eltern und Lehrkräften)</source>
            <translation>Contacts and short contacts (also with parents and teachers)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Offene Angebote</source>
            <translation>Open offers</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Offene Angebote (Anteil an der direkten Arbeit)</source>
            <translation>Open sessions (share of direct work)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Saldo</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Soll</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Soll und Saldo {0}; ganzer Zeitraum {1}</source>
            <translation>target and balance {0}; whole period {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Soll, Ist und Saldo</source>
            <translation>Target, actual and balance</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Std.</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Vernetzung und Kooperation</source>
            <translation>Networking and cooperation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Vernetzung: Gremien, Runde Tische, Kooperationsgespräche</source>
            <translation>Networking: committees, round tables, cooperation meetings</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Vor- und Nachbereitung, Dokumentation u. a. (ohne Vernetzung)</source>
            <translation>Preparation, documentation etc. (without networking)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Wochenraster und Stoppuhr</source>
            <translation>Weekly grid and stopwatch</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Wochenraster und Stoppuhr (indirekte Kategorien)</source>
            <translation>Weekly grid and stopwatch (indirect categories)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Zeitanteile je Schule</source>
            <translation>Time shares per school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Zeitraum hat noch nicht begonnen</source>
            <translation>period has not begun</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Zielbereich</source>
            <translation>Target band</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Zielwert</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Zielwerte der Kooperationsvereinbarung</source>
            <translation>Targets of the cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>Zielwerte mit Ampel</source>
            <translation>Targets with traffic lights</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>außerhalb</source>
            <translation>outside</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>bis heute ({0})</source>
            <translation>up to today ({0})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>direkt</source>
            <translation>direct</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>gesamt</source>
            <translation>total</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>höchstens {0}</source>
            <translation>at most {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>im Zielbereich</source>
            <translation>within target</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>keine Daten</source>
            <translation>no data</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>knapp außerhalb</source>
            <translation>just outside</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>{0} Std.</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>TimeGrid</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Beim Sperren gespeichert: {cell}: {minutes} Min. – bitte prüfen.</source>
            <translation>Saved when locking: {cell}: {minutes} min – please check.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Bezeichnung der neuen Kategorie (zählt zur indirekten Arbeit):</source>
            <translation>Name of the new category (counts as indirect work):</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Bitte ganze Minuten eingeben (z. B. 45).</source>
            <translation>Please enter whole minutes (e.g. 45).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Di</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Do</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Einträge der Vorwoche übernehmen</source>
            <translation>Copy last week's entries</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Fr</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Für das Schuljahr {0} ist kein Stellenumfang eingetragen (Einstellungen → Schulen &amp; Stelle).</source>
            <translation>No post share is entered for school year {0} (Settings → Schools &amp; post).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Kategorie hinzufügen</source>
            <translation>Add category</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Kategorie hinzufügen …</source>
            <translation>Add category …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Mi</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Minuten eintippen; Enter speichert und geht nach unten, Tab nach rechts und am Ende aus dem Raster; Strg+Tab, F6 oder Esc verlassen es sofort; Strg+Umschalt+V übernimmt die Vorwoche. Kontakte, Gruppen, offene Angebote und Vernetzung zählen von selbst aus der Dokumentation.</source>
            <translation>Type minutes; Enter saves and moves down, Tab moves right and, at the end, out of the grid; Ctrl+Tab, F6 or Esc leave it at once; Ctrl+Shift+V copies last week. Contacts, groups, open offers and networking count by themselves from the documentation.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Mo</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Nicht gespeichert: {minutes} Min. für {category}, {day} (Esc verwirft die Eingabe; Enter oder Tab speichert).</source>
            <translation>Not saved: {minutes} min. for {category}, {day} (Esc gives up what you typed; Enter or Tab saves).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Nächste Woche</source>
            <translation>Next week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Nächste Woche ▶</source>
            <translation>Next week ▶</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Sa</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Sch&amp;ule</source>
            <translation>Sch&amp;ool</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>So</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Summe des Tages</source>
            <translation>Day total</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Vorwoche</source>
            <translation>Previous week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Vorwoche übernehmen</source>
            <translation>Copy last week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>W&amp;oche mit</source>
            <translation>Wee&amp;k of</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Weitere Kategorie indirekter Arbeit anlegen</source>
            <translation>Create another category of indirect work</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Woche</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Woche mit dem Tag</source>
            <translation>Week containing the day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>Wochenraster indirekte Arbeit in Minuten</source>
            <translation>Weekly grid of indirect work in minutes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>aus der Dokumentation</source>
            <translation>from the documentation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>davon {0} Min. mit der Stoppuhr; eingetippt wird die Summe der Zelle, mindestens {0} Min.</source>
            <translation>of which {0} min. by stopwatch; what you type is the cell's total, at least {0} min.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>{0}: {1} Std.</source>
            <translation>{0}: {1} h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>{category}, {day}</source>
            <translation>{category}, {day}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>{category}, {day}, Minuten</source>
            <translation>{category}, {day}, minutes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" />
            <source>◀ Vorwoche</source>
            <translation>◀ Previous week</translation>
        </message>
    </context>
    <context>
        <name>TimeTargets</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>&amp;Vereinbarung</source>
            <translation>Agree&amp;ment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Ampel: grün im Zielbereich (Unter- bis Obergrenze), gelb innerhalb des Spielraums darum, rot außerhalb. Ohne eigene Werte gelten die der Mustervereinbarung (Abschnitt 5.2).</source>
            <translation>Traffic light: green inside the target band (lower to upper bound), amber within the margin around it, red outside. Without your own values, those of the model agreement apply (section 5.2).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Die Vereinbarung dieses Entwurfs gibt es nicht mehr.</source>
            <translation>The agreement of this draft no longer exists.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Direkte Arbeit</source>
            <translation>Direct work</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Einzelfallhilfe (Anteil an der direkten Arbeit)</source>
            <translation>Casework (share of direct work)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Es wurde nichts gespeichert.</source>
            <translation>Nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Gruppen und Klassen (Anteil an der direkten Arbeit)</source>
            <translation>Groups and classes (share of direct work)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Indirekte Arbeit</source>
            <translation>Indirect work</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Kontakte je Arbeitsstunde</source>
            <translation>Contacts per working hour</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Kooperationsvereinbarung</source>
            <translation>Cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Noch keine Kooperationsvereinbarung erfasst (Bereich „Vernetzung“). Bis dahin gelten die Werte der Mustervereinbarung.</source>
            <translation>No cooperation agreement recorded yet (area “Networking”). Until then the model agreement's values apply.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Obergrenze</source>
            <translation>Upper bound</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Offene Angebote (Anteil an der direkten Arbeit)</source>
            <translation>Open sessions (share of direct work)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Soll</source>
            <translation>Target value</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Spielraum</source>
            <translation>Margin</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Untergrenze</source>
            <translation>Lower bound</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Werte der &amp;Mustervereinbarung</source>
            <translation>Model agreement &amp;values</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Werte der Mustervereinbarung eingesetzt; zum Übernehmen speichern.</source>
            <translation>Model agreement values filled in; save to apply.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Zielwert</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Zielwerte</source>
            <translation>Targets</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Zielwerte der Vereinbarung</source>
            <translation>Targets of the agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Zielwerte gespeichert.</source>
            <translation>Targets saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>Zielwerte s&amp;peichern</source>
            <translation>Save &amp;targets</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>auswerten</source>
            <translation>evaluate</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" />
            <source>{0}, ab {1}{2}</source>
            <translation>{0}, from {1}{2}</translation>
        </message>
    </context>
    <context>
        <name>TimeTile</name>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Einzelfall</source>
            <translation>Casework</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" />
            <source>Enter oder Klick: Arbeitszeit öffnen</source>
            <translation>Enter or click: open Working time</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>Gruppen</source>
            <translation>Groups</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" />
            <source>Noch keine Zeiten in diesem Schuljahr.</source>
            <translation>No time recorded in this school year yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" />
            <source>Zeitanteile (Schuljahr {0})</source>
            <translation>Time shares (school year {0})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" />
            <source>Zeitanteile (Schuljahr)</source>
            <translation>Time shares (school year)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" />
            <source>Zeitanteile (Schuljahr) – Enter öffnet die Auswertung</source>
            <translation>Time shares (school year) – Enter opens the evaluation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" />
            <source>außerhalb</source>
            <translation>outside</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>direkt</source>
            <translation>direct</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" />
            <source>im Zielbereich</source>
            <translation>within target</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>indirekt</source>
            <translation>indirect</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" />
            <source>keine Daten</source>
            <translation>no data</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" />
            <source>knapp außerhalb</source>
            <translation>just outside</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" />
            <source>offen</source>
            <translation>open</translation>
        </message>
    </context>
    <context>
        <name>TraegerKitDialog</name>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>&amp;Ordner:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>&amp;Schuljahr:</source>
            <translation>&amp;School year:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>CSV (*.csv);;Parquet (*.parquet)</source>
            <translation>CSV (*.csv);;Parquet (*.parquet)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Excel-Mappen je Landkreis schreiben</source>
            <translation>Write Excel workbooks per district</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Excel-Mappen schreiben …</source>
            <translation>Write Excel workbooks …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Fehler</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Fortschritt</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Für die Koordination beim Träger: Legen Sie die KVJS-Exporte (json) der Stellen und Schulen in einen Ordner. Hier sehen Sie, wer geliefert hat, und schreiben Excel-Mappen je Landkreis und einen Überblick für den Vorstand. Dateien, die kein KVJS-Export sind, werden mit Namen genannt und nicht gelesen.</source>
            <translation>For the provider's coordinator: put the KVJS exports (json) of the posts and schools into one folder. Here you see who has delivered, and you write Excel workbooks per district and an overview for the board. Files that are no KVJS export are named and not read.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Geschrieben: {files}</source>
            <translation>Written: {files}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>KVJS (Stelle)</source>
            <translation>KVJS (post)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Keine Schule hat für dieses Schuljahr geliefert; nichts geschrieben.</source>
            <translation>No school has delivered for this school year; nothing written.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Landkreis (Schule)</source>
            <translation>District (school)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Lange Tabelle (CSV oder Parquet) für Auswertungen schreiben</source>
            <translation>Write the long table (CSV or Parquet) for analyses</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Lange Tabelle speichern</source>
            <translation>Save the long table</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Lange Tabelle …</source>
            <translation>Long table …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Lieferungen anzeigen</source>
            <translation>Show deliveries</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Lieferungen je Stelle und Schule</source>
            <translation>Deliveries per post and school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Nicht gelesen: {files}</source>
            <translation>Not read: {files}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Ordner für die Excel-Mappen</source>
            <translation>Folder for the Excel workbooks</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Ordner mit den KVJS-Exporten</source>
            <translation>Folder with the KVJS exports</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Ordner wählen</source>
            <translation>Choose folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Ordner wählen …</source>
            <translation>Choose folder …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Schuljahr</source>
            <translation>School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Schuljahr {year}: {n} Zeile(n).</source>
            <translation>School year {year}: {n} row(s).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Stelle</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Träger-Werkzeuge (ohne Tresor)</source>
            <translation>Provider tools (no vault)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Wird gelesen …</source>
            <translation>Reading …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Überblick als PDF …</source>
            <translation>Overview as PDF …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Überblick für den Vorstand als PDF schreiben</source>
            <translation>Write the board's overview as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/traeger/kit_dialog.py" />
            <source>Überblick speichern</source>
            <translation>Save overview</translation>
        </message>
    </context>
    <context>
        <name>TypeAhead</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/type_ahead.py" />
            <source>Auswahl</source>
            <translation>Selection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/type_ahead.py" />
            <source>„{0}“ gibt es bei {1} nicht. Bitte einen Eintrag der Liste wählen (Anfangsbuchstaben tippen oder ↓).</source>
            <translation>There is no “{0}” in {1}. Please choose an entry of the list (type its first letters or press ↓).</translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Auf diesem Gerät merken</source>
            <translation>Remember on this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Datenpanne melden</source>
            <translation>Report a data breach</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Datenpanne melden …</source>
            <translation>Report a data breach …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Demo-Tresor mit erfundenen Daten. Passphrase: {0}</source>
            <translation>Demo vault with invented data. Passphrase: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Der Tresor wird auf die neue Version umgestellt … Schritt {0} von {1}. Bitte das Programm nicht beenden.</source>
            <translation>The vault is being converted to the new version … step {0} of {1}. Please do not quit the program.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Die Passphrase ist falsch. Bitte prüfen Sie Groß-/Kleinschreibung und Tastaturbelegung (Feststelltaste?).</source>
            <translation>The passphrase is wrong. Please check upper/lower case and the keyboard layout (Caps Lock?).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Die beiden Eingaben stimmen nicht überein.</source>
            <translation>The two entries do not match.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Ein Geräteschlüssel (nicht der Notfallschlüssel) wird im Schlüsselbund Ihres Benutzerkontos gespeichert; beim Start ist keine Passphrase nötig. Nur auf einem Gerät, das nur Sie benutzen.</source>
            <translation>A device key (not the emergency key) is stored in your user account's keychain; no passphrase is needed at start. Only on a device that only you use.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Entsperren</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Geben Sie Ihre Passphrase ein, um die Dokumentation zu öffnen.</source>
            <translation>Enter your passphrase to open the documentation.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Geben Sie den Notfallschlüssel vom Notfallblatt Ihres Trägers ein (64 Zeichen, Leerzeichen sind egal). Danach vergeben Sie eine neue Passphrase.</source>
            <translation>Enter the emergency key from your provider's emergency sheet (64 characters, spaces do not matter). Then you set a new passphrase.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Mit Notfallschlüssel öffnen</source>
            <translation>Open with emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Mit Notfallschlüssel öffnen …</source>
            <translation>Open with emergency key …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Neue Passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Neue Passphrase anzeigen</source>
            <translation>Show new passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Neue Passphrase wiederholen</source>
            <translation>Repeat new passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Neue Passphrase:</source>
            <translation>New passphrase:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Notfallschlüssel</source>
            <translation>Emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Notfallschlüssel anzeigen</source>
            <translation>Show emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Notfallschlüssel:</source>
            <translation>Emergency key:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>SSA Desktop — Tresor entsperren</source>
            <translation>SSA Desktop — Unlock vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Tresor entsperren</source>
            <translation>Unlock vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Tresor wird geöffnet …</source>
            <translation>Opening vault …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Träger-Werkzeuge (ohne Tresor) …</source>
            <translation>Provider tools (no vault) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Träger-Werkzeuge ohne Tresor öffnen</source>
            <translation>Open the provider tools without a vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Von Ihrer IT abgeschaltet: die Passphrase ist bei jedem Öffnen nötig.</source>
            <translation>Switched off by your IT: the passphrase is needed every time the vault is opened.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Wiederholen:</source>
            <translation>Repeat:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Wiederholung anzeigen</source>
            <translation>Show repetition</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Wird entsperrt …</source>
            <translation>Unlocking …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" />
            <source>Öffnen und Passphrase setzen</source>
            <translation>Open and set passphrase</translation>
        </message>
    </context>
    <context>
        <name>Unsaved</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/unsaved.py" />
            <source>Nicht gespeichert</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/unsaved.py" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/unsaved.py" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/unsaved.py" />
            <source>Weiter bearbeiten</source>
            <translation>Keep editing</translation>
        </message>
    </context>
    <context>
        <name>VaultElsewhere</name>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Anderen Ordner öffnen …</source>
            <translation>Open another folder …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Aus der &amp;Sicherung zurückholen …</source>
            <translation>Bring back from the &amp;backup …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Beenden</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Bewusst einen neuen Tresor anlegen</source>
            <translation>Create a new vault on purpose</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Erneut prüfen</source>
            <translation>Check again</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Erneut prüfen, ob der Tresor hier liegt</source>
            <translation>Check again whether the vault is here</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Ihr Tresor liegt auf einem anderen Gerät: Ihre Einstellungen nennen den Tresor-Ordner „{0}“, aber auf diesem Gerät liegt dort kein Tresor. Das geschieht, wenn Einstellungen von einem anderen Laptop mitkommen (etwa mit einem servergespeicherten Profil). Legen Sie nur bewusst einen neuen Tresor an: sonst wären Ihre Akten und die KVJS-Zahlen auf zwei Tresore verteilt.</source>
            <translation>Your vault is on another device: your settings name the vault folder “{0}”, but there is no vault there on this device. This happens when settings come along from another laptop (for example with a roaming profile). Only create a new vault on purpose: otherwise your records and the KVJS figures would be split between two vaults.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Im zweiten Sicherungsort liegt eine Sicherung vom {0} („{1}“): Ist der Tresor-Ordner verloren (etwa mit einem Profil, das Windows gelöscht hat), holen Sie ihn mit dem Notfallschlüssel daraus zurück.</source>
            <translation>The second backup location holds a backup of {0} (“{1}”): if the vault folder is lost (for example with a profile Windows deleted), bring it back from there with the emergency key.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>In „{0}“ liegt kein Tresor.</source>
            <translation>There is no vault in “{0}”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>In „{0}“ liegt noch kein Tresor.</source>
            <translation>There is no vault in “{0}” yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Neuen Tresor anlegen</source>
            <translation>Create a new vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Ordner mit dem Tresor wählen</source>
            <translation>Choose the folder with the vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>SSA Desktop beenden</source>
            <translation>Quit SSA Desktop</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>SSA Desktop – Tresor nicht gefunden</source>
            <translation>SSA Desktop – vault not found</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>So kommt der Tresor hierher: 1. Auf dem anderen Gerät SSA Desktop beenden. 2. Ihre IT kopiert dort den ganzen Tresor-Ordner und legt ihn hier nach „{0}“ (über einen verschlüsselten Datenträger, nie über ein Netzlaufwerk oder eine Cloud). 3. „Erneut prüfen“ wählen.</source>
            <translation>How the vault gets here: 1. Quit SSA Desktop on the other device. 2. Your IT copies the whole vault folder there and puts it here in “{0}” (on an encrypted drive, never through a network drive or a cloud). 3. Choose “Check again”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Tresor aus der Sicherung zurückholen</source>
            <translation>Bring the vault back from the backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Tresor aus einem anderen Ordner öffnen</source>
            <translation>Open the vault from another folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Tresor hierher holen …</source>
            <translation>Fetch the vault here …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Tresor nicht gefunden</source>
            <translation>Vault not found</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/elsewhere.py" />
            <source>Tresor vom anderen Gerät hierher holen</source>
            <translation>Fetch the vault here from the other device</translation>
        </message>
    </context>
</TS>
