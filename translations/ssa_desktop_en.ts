<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
    <context>
        <name>AnnotationDialog</name>
        <message>
            <source>Abbrechen</source>
            <translation type="obsolete">Cancel</translation>
        </message>
        <message>
            <source>Die bisherige Fassung bleibt als frühere Version sichtbar.</source>
            <translation type="obsolete">The current version remains visible as the previous version.</translation>
        </message>
        <message>
            <source>Feld</source>
            <translation type="obsolete">Field</translation>
        </message>
        <message>
            <source>Korrektur hinzufügen</source>
            <translation type="obsolete">Add correction</translation>
        </message>
        <message>
            <source>Korrektur speichern</source>
            <translation type="obsolete">Save correction</translation>
        </message>
        <message>
            <source>Korrigierter Text</source>
            <translation type="obsolete">Corrected text</translation>
        </message>
        <message>
            <source>Neuer Text</source>
            <translation type="obsolete">New text</translation>
        </message>
    </context>
    <context>
        <name>AnnualReport</name>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="64" />
            <source>Jahresbericht speichern</source>
            <translation>Save annual report</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="65" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="66" />
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="67" />
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="161" />
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="207" />
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="217" />
            <source>Jahresbericht</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="69" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="73" />
            <source>Schuljahr</source>
            <translation>School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="81" />
            <source>&amp;Schule</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="82" />
            <source>Schul&amp;jahr</source>
            <translation>School &amp;year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="84" />
            <source>Die Zahlen, Zeitanteile und Ziele stellt SSA Desktop selbst zusammen (anonym, Zahlen unter 3 Personen als „&lt; 3“). Hier schreiben Sie Ihre Texte – bitte ohne Namen und Einzelfälle.</source>
            <translation>SSA Desktop compiles the figures, time shares and goals itself (anonymous, counts below 3 persons as “&lt; 3”). Write your own texts here – please without names or individual cases.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="91" />
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="95" />
            <source>Vorbemerkung</source>
            <translation>Preliminary remarks</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="91" />
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="95" />
            <source>Schwerpunkte und Entwicklungen</source>
            <translation>Focus and developments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="91" />
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="95" />
            <source>Zusammenarbeit mit Schule und Partnern</source>
            <translation>Cooperation with school and partners</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="91" />
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="95" />
            <source>Ausblick und Vorschläge</source>
            <translation>Outlook and proposals</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="92" />
            <source>Rahmen: Stelle, Zeiten, Räume, Besonderheiten des Jahres.</source>
            <translation>Framework: post, hours, rooms, particulars of the year.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="92" />
            <source>Was hat das Jahr geprägt? Themen, Bedarfe, neue Angebote – ohne Einzelfälle.</source>
            <translation>What shaped the year? Topics, needs, new offers – without individual cases.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="92" />
            <source>Wie lief die Kooperation? Gremien, Absprachen, Netzwerk.</source>
            <translation>How did the cooperation go? Bodies, agreements, network.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="92" />
            <source>Was soll sich ändern? Vorschläge für Ziele und Angebote der Vereinbarung.</source>
            <translation>What should change? Proposals for goals and offers of the agreement.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="101" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="105" />
            <source>&amp;PDF erstellen …</source>
            <translation>Create &amp;PDF …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="106" />
            <source>Jahresbericht als PDF erstellen</source>
            <translation>Create annual report as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="107" />
            <source>&amp;Texte speichern</source>
            <translation>Save &amp;texts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="108" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="137" />
            <source>Bitte zuerst in den Einstellungen eine Schule anlegen.</source>
            <translation>Please add a school in Settings first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="164" />
            <source>Texte gespeichert.</source>
            <translation>Texts saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="187" />
            <source>Jahresbericht wird erstellt …</source>
            <translation>Creating annual report …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="197" />
            <source>Die Namen stehen in den Zielen der Kooperationsvereinbarung (Vernetzung).</source>
            <translation>The names stand in the goals of the cooperation agreement (Networking).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/annual_report_dialog.py" line="209" />
            <source>Jahresbericht gespeichert: {0}</source>
            <translation>Annual report saved: {0}</translation>
        </message>
        <message>
            <source>Texte &amp;speichern</source>
            <translation type="obsolete">&amp;Save texts</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <location filename="../../ssa_desktop/ui/context.py" line="214" />
            <source>Wird gesperrt, sobald die laufende Aktion fertig ist …</source>
            <translation>Locking as soon as the current action is finished …</translation>
        </message>
    </context>
    <context>
        <name>Appointments</name>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="60" />
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="404" />
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="435" />
            <source>Termine</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="83" />
            <source>Angezeigter Zeitraum</source>
            <translation>Period shown</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="85" />
            <source>He&amp;ute</source>
            <translation>Tod&amp;ay</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="86" />
            <source>Heute anzeigen</source>
            <translation>Show today</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="88" />
            <source>Zurück (Alt+Links)</source>
            <translation>Back (Alt+Left)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="89" />
            <source>Zurück (Alt+←)</source>
            <translation>Back (Alt+←)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="91" />
            <source>Weiter (Alt+Rechts)</source>
            <translation>Next (Alt+Right)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="92" />
            <source>Weiter (Alt+→)</source>
            <translation>Next (Alt+→)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="93" />
            <source>Datum wählen</source>
            <translation>Choose date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="94" />
            <source>&amp;Tag</source>
            <translation>&amp;Day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="95" />
            <source>&amp;Woche</source>
            <translation>&amp;Week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="96" />
            <source>Tagesansicht</source>
            <translation>Day view</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="97" />
            <source>Wochenansicht</source>
            <translation>Week view</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="107" />
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="103" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="118" />
            <source>Termine des Tages</source>
            <translation>Appointments of the day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="126" />
            <source>Termine der Woche</source>
            <translation>Appointments of the week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="139" />
            <source>&amp;Neuer Termin</source>
            <translation>&amp;New appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="140" />
            <source>Bearbe&amp;iten</source>
            <translation>Ed&amp;it</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="141" />
            <source>Löschen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="142" />
            <source>Als wahrgenommen &amp;markieren …</source>
            <translation>&amp;Mark as attended …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="143" />
            <source>Nicht &amp;erschienen</source>
            <translation>N&amp;o-show</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="144" />
            <source>&amp;Abgesagt</source>
            <translation>&amp;Cancelled</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="145" />
            <source>Beratungs&amp;zettel drucken</source>
            <translation>Print consultation &amp;slip</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="146" />
            <source>Zettel für alle von heute</source>
            <translation>Slips for all of today</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="148" />
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="52" />
            <source>Neuer Termin</source>
            <translation>New appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="148" />
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="52" />
            <source>Termin bearbeiten</source>
            <translation>Edit appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="149" />
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="385" />
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="392" />
            <source>Termin löschen</source>
            <translation>Delete appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="150" />
            <source>Als wahrgenommen markieren und Kontakt erfassen</source>
            <translation>Mark as attended and record the contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="151" />
            <source>Als nicht erschienen markieren</source>
            <translation>Mark as no-show</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="152" />
            <source>Als abgesagt markieren</source>
            <translation>Mark as cancelled</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="153" />
            <source>Beratungszettel für den gewählten Termin drucken</source>
            <translation>Print the consultation slip for the selected appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="154" />
            <source>Beratungszettel für alle Termine von heute drucken</source>
            <translation>Print consultation slips for all of today's appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="175" />
            <source>Gewählter Termin</source>
            <translation>Selected appointment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="250" />
            <source> (heute)</source>
            <translation> (today)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="258" />
            <source>KW {0} · {1} – {2}</source>
            <translation>Week {0} · {1} – {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="312" />
            <source>Kein Termin gewählt – Doppelklick oder Enter auf eine freie Zeit legt einen Termin an.</source>
            <translation>No appointment selected – double-click or press Enter on a free slot to create one.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="378" />
            <source>Termin gespeichert.</source>
            <translation>Appointment saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="386" />
            <source>Den Termin am {0} um {1} Uhr löschen?</source>
            <translation>Delete the appointment on {0} at {1}?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="395" />
            <source>Termin gelöscht.</source>
            <translation>Appointment deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="407" />
            <source>Status: {0}.</source>
            <translation>Status: {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="412" />
            <source>Nur Termine mit einer Person können als Kontakt erfasst werden.</source>
            <translation>Only appointments with a person can be recorded as a contact.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="415" />
            <source>Der Termin beginnt erst am {0} um {1} Uhr. Als wahrgenommen markieren können Sie ihn ab seinem Beginn.</source>
            <translation>The appointment only begins on {0} at {1}. You can mark it as attended from its start.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="439" />
            <source>Termin wahrgenommen; der Kontakt ist erfasst.</source>
            <translation>Appointment attended; the contact has been recorded.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="451" />
            <source>Heute gibt es keine Termine mit Schüler:innen.</source>
            <translation>There are no appointments with pupils today.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="98" />
            <source>— ohne Person —</source>
            <translation>— without person —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="99" />
            <source>Person (Pseudonym, Klasse)</source>
            <translation>Person (pseudonym, class)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="101" />
            <source>Pseudonym oder Klasse tippen …</source>
            <translation>Type a pseudonym or class …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="106" />
            <source>Beginn</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="109" />
            <source>Ende</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="111" />
            <location filename="../../ssa_desktop/ui/appointments/models.py" line="59" />
            <source>Raum</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="113" />
            <source>Interne Notiz</source>
            <translation>Internal note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="114" />
            <source>nur für Sie – erscheint nie auf dem Beratungszettel</source>
            <translation>only for you – never appears on the consultation slip</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="123" />
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="125" />
            <source>Uhr</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="129" />
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="130" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="131" />
            <source>&amp;Von – bis</source>
            <translation>&amp;From – to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="132" />
            <source>&amp;Raum</source>
            <translation>&amp;Room</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="133" />
            <source>&amp;Notiz (intern)</source>
            <translation>&amp;Note (internal)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="143" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="210" />
            <source>Bitte prüfen</source>
            <translation>Please check</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="211" />
            <source>Ja, so speichern</source>
            <translation>Yes, save as it is</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="211" />
            <source>Ändern</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="227" />
            <source>Änderungen verwerfen?</source>
            <translation>Discard changes?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="228" />
            <source>Der Termin ist nicht gespeichert. Änderungen verwerfen?</source>
            <translation>The appointment is not saved. Discard the changes?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/models.py" line="59" />
            <source>Zeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/models.py" line="59" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/models.py" line="59" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Bearbeiten</source>
            <translation type="obsolete">&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Heute</source>
            <translation type="obsolete">&amp;Today</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation type="obsolete">Cancel</translation>
        </message>
        <message>
            <source>Als &amp;wahrgenommen markieren …</source>
            <translation type="obsolete">&amp;Mark as attended …</translation>
        </message>
        <message>
            <source>Beratungszettel speichern</source>
            <translation type="obsolete">Save consultation slips</translation>
        </message>
        <message>
            <source>Der Druck von Beratungszetteln folgt in einer der nächsten Versionen.</source>
            <translation type="obsolete">Printing consultation slips follows in one of the next versions.</translation>
        </message>
        <message>
            <source>Die Datei konnte nicht geschrieben werden.</source>
            <translation type="obsolete">The file could not be written.</translation>
        </message>
        <message>
            <source>Die Kontakterfassung ist in dieser Version noch nicht verfügbar.</source>
            <translation type="obsolete">Recording contacts is not available in this version yet.</translation>
        </message>
        <message>
            <source>Die Person „{0}“ wurde nicht eindeutig gefunden.</source>
            <translation type="obsolete">No unique person found for “{0}”.</translation>
        </message>
        <message>
            <source>Fehlermeldung</source>
            <translation type="obsolete">Error message</translation>
        </message>
        <message>
            <source>Meldung</source>
            <translation type="obsolete">Message</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="obsolete">PDF (*.pdf)</translation>
        </message>
        <message>
            <source>nur für dich – erscheint nie auf dem Beratungszettel</source>
            <translation type="obsolete">only for you – never appears on the consultation slip</translation>
        </message>
        <message>
            <source>{0} Beratungszettel gespeichert: {1}</source>
            <translation type="obsolete">{0} consultation slip(s) saved: {1}</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="67" />
            <source>Übersicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="68" />
            <source>Personen &amp; Fälle</source>
            <translation>Persons &amp; cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="69" />
            <source>Termine</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="70" />
            <source>Gruppen &amp; Projekte</source>
            <translation>Groups &amp; projects</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="71" />
            <source>Offene Angebote</source>
            <translation>Open offers</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="72" />
            <source>Vernetzung</source>
            <translation>Networking</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="73" />
            <source>Arbeitszeit</source>
            <translation>Working time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="74" />
            <source>Statistik</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="75" />
            <source>Datenschutz</source>
            <translation>Data protection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="76" />
            <source>Einstellungen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Die Auswertung der Zeitanteile folgt in einer der nächsten Versionen.</source>
            <translation type="obsolete">The evaluation of time shares follows in one of the next versions.</translation>
        </message>
        <message>
            <source>Die KVJS-Statistik folgt in einer der nächsten Versionen.</source>
            <translation type="obsolete">The KVJS statistics follow in one of the next versions.</translation>
        </message>
        <message>
            <source>Löschfristen und Auskunft folgen in einer der nächsten Versionen.</source>
            <translation type="obsolete">Retention periods and subject access follow in one of the next versions.</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <source>Abbrechen</source>
            <translation type="obsolete">Cancel</translation>
        </message>
        <message>
            <source>Bemerkung</source>
            <translation type="obsolete">Remark</translation>
        </message>
        <message>
            <source>Bezeichnung</source>
            <translation type="obsolete">Label</translation>
        </message>
        <message>
            <source>Eröffnet am</source>
            <translation type="obsolete">Opened on</translation>
        </message>
        <message>
            <source>Fall bearbeiten</source>
            <translation type="obsolete">Edit case</translation>
        </message>
        <message>
            <source>Neuer Fall</source>
            <translation type="obsolete">New case</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation type="obsolete">Save</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="obsolete">Status</translation>
        </message>
        <message>
            <source>Themen</source>
            <translation type="obsolete">Topics</translation>
        </message>
        <message>
            <source>Weitervermittlung</source>
            <translation type="obsolete">Referral</translation>
        </message>
        <message>
            <source>Zugang</source>
            <translation type="obsolete">Access route</translation>
        </message>
        <message>
            <source>kurz, ohne Namen, z. B. „Konflikt Klasse“</source>
            <translation type="obsolete">short, without names, e.g. “Class conflict”</translation>
        </message>
    </context>
    <context>
        <name>CasesTab</name>
        <message>
            <source>Abbrechen</source>
            <translation type="obsolete">Cancel</translation>
        </message>
        <message>
            <source>Abgeschlossen – Prüfung fällig</source>
            <translation type="obsolete">Closed – review due</translation>
        </message>
        <message>
            <source>Abgeschlossene Fälle: Löschung nach Abgang bzw. Schulwechsel prüfen (R2).</source>
            <translation type="obsolete">Closed cases: review deletion after the pupil leaves or changes school (R2).</translation>
        </message>
        <message>
            <source>Abschließen</source>
            <translation type="obsolete">Close</translation>
        </message>
        <message>
            <source>Bearbeiten …</source>
            <translation type="obsolete">Edit …</translation>
        </message>
        <message>
            <source>Den Fall heute abschließen? Danach wird die Löschung geprüft.</source>
            <translation type="obsolete">Close the case today? Deletion will then be reviewed.</translation>
        </message>
        <message>
            <source>Fall</source>
            <translation type="obsolete">Case</translation>
        </message>
        <message>
            <source>Fall abschließen</source>
            <translation type="obsolete">Close case</translation>
        </message>
        <message>
            <source>Fälle</source>
            <translation type="obsolete">Cases</translation>
        </message>
        <message>
            <source>Neuer Fall …</source>
            <translation type="obsolete">New case …</translation>
        </message>
    </context>
    <context>
        <name>ChildProtectionPanel</name>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="67" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="94" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="151" />
            <source>Als PDF speichern</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="69" />
            <source>Gespeichert: {0}</source>
            <translation>Saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="78" />
            <source>Fallvorstellung (pseudonymisiert)</source>
            <translation>Case presentation (pseudonymised)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="80" />
            <source>Nur Pseudonym, Alters- und Klassenstufe. Bitte vor der Weitergabe lesen: Freitext kann Namen Dritter enthalten.</source>
            <translation>Only pseudonym, age and grade. Please read before passing it on: free text may contain names of third parties.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="84" />
            <source>Text der Fallvorstellung</source>
            <translation>Text of the case presentation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="90" />
            <source>&amp;Kopieren</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="90" />
            <source>Fallvorstellung kopieren</source>
            <translation>Copy case presentation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="91" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="91" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="92" />
            <source>Als &amp;PDF speichern …</source>
            <translation>Save as &amp;PDF …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="93" />
            <source>Fallvorstellung als PDF speichern</source>
            <translation>Save case presentation as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="95" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="152" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="120" />
            <source>Kopiert – wird nach 30 Sekunden aus der Zwischenablage gelöscht.</source>
            <translation>Copied – it will be removed from the clipboard after 30 seconds.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="139" />
            <source>§ 8a-Verfahren</source>
            <translation>§ 8a procedure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="141" />
            <source>&amp;Neues § 8a-Verfahren</source>
            <translation>&amp;New § 8a procedure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="142" />
            <source>Neues § 8a-Verfahren beginnen</source>
            <translation>Start a new § 8a procedure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="143" />
            <source>Fallvorstellung (ISEF) …</source>
            <translation>Case presentation (ISEF) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="144" />
            <source>Pseudonymisierte Fallvorstellung für die ISEF</source>
            <translation>Pseudonymised case presentation for the child-protection specialist (ISEF)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="145" />
            <source>Verfahren:</source>
            <translation>Procedure:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="149" />
            <source>Verfahren als &amp;PDF …</source>
            <translation>Procedure as &amp;PDF …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="150" />
            <source>§ 8a-Verfahren als PDF speichern</source>
            <translation>Save § 8a procedure as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="156" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="157" />
            <source>Akute Gefährdung – Jugendamt sofort informieren</source>
            <translation>Acute risk – inform the youth welfare office (Jugendamt) at once</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="164" />
            <source>Stand des Verfahrens</source>
            <translation>State of the procedure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="168" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="192" />
            <source>Schritt</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="168" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="193" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="168" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="190" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="168" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="199" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="245" />
            <source>Inhalt</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="169" />
            <source>Frist nächster Schritt</source>
            <translation>Next step due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="170" />
            <source>Verfahrensschritte</source>
            <translation>Procedure steps</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="179" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="405" />
            <source>Schritt dokumentieren</source>
            <translation>Document step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="181" />
            <source>Verfahrensschritt</source>
            <translation>Procedure step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="185" />
            <source>Datum des Schritts</source>
            <translation>Date of the step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="186" />
            <source>Person, die den Schritt gegangen ist</source>
            <translation>Person who took the step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="187" />
            <source>wer (z. B. ich, Leitung, ISEF Frau …)</source>
            <translation>who (e.g. me, head teacher, ISEF Ms …)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="197" />
            <source>Inhalt des Schritts</source>
            <translation>Content of the step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="203" />
            <source>Beobachtungen (Fakten, ohne Bewertung)</source>
            <translation>Observations (facts, without judgement)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="204" />
            <source>Was wurde gesehen / gehört? Nur Fakten.</source>
            <translation>What was seen / heard? Facts only.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="205" />
            <source>Quelle der Beobachtung</source>
            <translation>Source of the observation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="206" />
            <source>eigene Wahrnehmung, Lehrkraft, Kind selbst …</source>
            <translation>own observation, teacher, the child …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="207" />
            <source>Beobachtungen</source>
            <translation>Observations</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="208" />
            <source>Quelle</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="213" />
            <source>Wer beim Jugendamt informiert wurde</source>
            <translation>Who was informed at the youth welfare office</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="214" />
            <source>Was übermittelt wurde</source>
            <translation>What was disclosed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="216" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="226" />
            <source>Rechtsgrundlage</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="217" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="218" />
            <source>Betroffene wurden vorab informiert</source>
            <translation>Those concerned were informed beforehand</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="220" />
            <source>Warum nicht vorab informiert</source>
            <translation>Why not informed beforehand</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="221" />
            <source>nur wenn nicht: warum (z. B. würde das Kind gefährden)</source>
            <translation>only if not: why (e.g. it would put the child at risk)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="224" />
            <source>An (Jugendamt)</source>
            <translation>To (youth welfare office)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="225" />
            <source>Übermittelt</source>
            <translation>Disclosed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="228" />
            <source>Wenn nicht, warum</source>
            <translation>If not, why</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="233" />
            <source>— wie die Falldokumentation —</source>
            <translation>— as the case documentation —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="234" />
            <source>Aufbewahrungsentscheidung</source>
            <translation>Retention decision</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="237" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="241" />
            <source>Abschluss</source>
            <translation>Closure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="238" />
            <source>— wie bisher —</source>
            <translation>— as before —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="239" />
            <source>Ergebnis der Einschätzung</source>
            <translation>Result of the assessment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="240" />
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="242" />
            <source>Aufbewahrung</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="248" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="255" />
            <source>Nächster Schritt fällig bis</source>
            <translation>Next step due by</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="249" />
            <source>Frist für den nächsten Schritt setzen</source>
            <translation>Set a deadline for the next step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="250" />
            <source>Frist für den nächsten Schritt</source>
            <translation>Deadline for the next step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="258" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="259" />
            <source>Schritt spei&amp;chern</source>
            <translation>Save ste&amp;p</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="260" />
            <source>Schritt speichern (Strg+Enter)</source>
            <translation>Save step (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="296" />
            <source>seit {0}</source>
            <translation>since {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="297" />
            <source>offen</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="298" />
            <source>abgeschlossen {0}</source>
            <translation>closed {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="300" />
            <source>akut</source>
            <translation>acute</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="316" />
            <source>Kein § 8a-Verfahren. „Neues § 8a-Verfahren“ beginnt eines; bei akuter Gefährdung direkt den roten Knopf.</source>
            <translation>No § 8a procedure. “New § 8a procedure” starts one; in case of acute risk use the red button straight away.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="344" />
            <source>Nächster Schritt: {0} – {1}</source>
            <translation>Next step: {0} – {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="346" />
            <source>fällig bis {0}</source>
            <translation>due by {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="349" />
            <source>ÜBERFÄLLIG – </source>
            <translation>OVERDUE – </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="364" />
            <source>Abgeschlossen am {0}.</source>
            <translation>Closed on {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="366" />
            <source>Aufbewahrung: {0}.</source>
            <translation>Retention: {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="368" />
            <source>Erneut zu entscheiden bis {0} (jährliche Prüfung).</source>
            <translation>To be decided again by {0} (yearly review).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="395" />
            <source>AKUT: Jugendamt informieren (Schritt 7)</source>
            <translation>ACUTE: inform the youth welfare office (step 7)</translation>
        </message>
        <message>
            <source>Erneut prüfen bis {0} (R5).</source>
            <translation type="obsolete">Review again by {0} (R5).</translation>
        </message>
        <message>
            <source>Schritt &amp;speichern</source>
            <translation type="obsolete">&amp;Save step</translation>
        </message>
        <message>
            <source>— wie Falldokumentation (R2) —</source>
            <translation type="obsolete">— as case documentation (R2) —</translation>
        </message>
    </context>
    <context>
        <name>ConsentsPanel</name>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="64" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="208" />
            <source>Einwilligung erfassen</source>
            <translation>Record consent</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="66" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="90" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="155" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="201" />
            <source>Empfänger</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="66" />
            <source>z. B. Herr Roth (Klassenlehrer 7b)</source>
            <translation>e.g. Mr Roth (class teacher 7b)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="67" />
            <source>Wer hat eingewilligt</source>
            <translation>Who gave consent</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="68" />
            <source>Anvertraut von (§ 65 SGB VIII)</source>
            <translation>Entrusted by (§ 65 SGB VIII)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="69" />
            <source>nur bei anvertrauten Daten: wer sie anvertraut hat</source>
            <translation>only for entrusted data: who entrusted them</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="70" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="93" />
            <source>Umfang</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="71" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="94" />
            <source>Zweck</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="72" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="95" />
            <source>Gültig ab</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="73" />
            <source>befristet bis</source>
            <translation>limited until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="74" />
            <source>Einwilligung ist befristet</source>
            <translation>Consent is time-limited</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="75" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="88" />
            <source>Gültig bis</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="78" />
            <source>Weitergabe an die &amp;Vertretung erlaubt</source>
            <translation>Passing on to the &amp;deputy allowed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="79" />
            <source>Weitergabe an die Vertretung (§ 65 SGB VIII, Art. 6 DSGVO)</source>
            <translation>Passing on to the deputy (§ 65 SGB VIII, Art. 6 GDPR)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="81" />
            <source>Die Einwilligung erlaubt, dass bei einer Abwesenheit die Vertretung die nötigen Daten erhält (Vertretungspaket). Ohne Empfänger gilt sie für „Vertretung der Schulsozialarbeit“.</source>
            <translation>The consent allows the deputy to receive the data needed during an absence (cover package). Without a recipient it applies to “Vertretung der Schulsozialarbeit” (the deputy of school social work).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="91" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="201" />
            <source>Eingewilligt hat</source>
            <translation>Consent given by</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="92" />
            <source>Anvertraut von</source>
            <translation>Entrusted by</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="98" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="166" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="221" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="100" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="117" />
            <source>Die Einwilligung ist nicht gespeichert. Eingaben verwerfen?</source>
            <translation>The consent is not saved. Discard the input?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="118" />
            <source>Eingaben verwerfen?</source>
            <translation>Discard the input?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="148" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="213" />
            <source>Übermittlung dokumentieren</source>
            <translation>Log disclosure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="150" />
            <source>Datum der Übermittlung</source>
            <translation>Date of disclosure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="158" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="162" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="226" />
            <source>Rechtsgrundlage</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="159" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="225" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="160" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="225" />
            <source>An</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="161" />
            <source>Was (Kategorien)</source>
            <translation>What (categories)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="163" />
            <source>Protokolliert werden Empfänger, Kategorien und Rechtsgrundlage – kein Inhalt.</source>
            <translation>Recipient, categories and legal basis are logged – no content.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="168" />
            <source>Dokumentieren</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="196" />
            <source>&lt;b&gt;Einwilligungen / Schweigepflichtentbindungen&lt;/b&gt;</source>
            <translation>&lt;b&gt;Consents / releases from confidentiality&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="198" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="245" />
            <source>Weitergabe an die Vertretung</source>
            <translation>Passing on to the deputy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="201" />
            <source>Zweck / Umfang</source>
            <translation>Purpose / scope</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="202" />
            <source>ab</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="202" />
            <source>bis</source>
            <translation>until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="202" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="203" />
            <source>Einwilligungen</source>
            <translation>Consents</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="207" />
            <source>Einwilligung &amp;erfassen …</source>
            <translation>&amp;Record consent …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="209" />
            <source>&amp;Widerruf eintragen</source>
            <translation>Enter &amp;withdrawal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="210" />
            <source>Widerruf der ausgewählten Einwilligung eintragen</source>
            <translation>Enter the withdrawal of the selected consent</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="211" />
            <source>Datum des Widerrufs</source>
            <translation>Date of withdrawal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="212" />
            <source>Übermittlung d&amp;okumentieren …</source>
            <translation>D&amp;ocument disclosure …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="216" />
            <source>am</source>
            <translation>on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="223" />
            <source>&lt;b&gt;Übermittlungen (Protokoll, ohne Inhalt)&lt;/b&gt;</source>
            <translation>&lt;b&gt;Disclosures (log, without content)&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="225" />
            <source>Kategorien</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="227" />
            <source>Übermittlungsprotokoll</source>
            <translation>Disclosure log</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="244" />
            <source>am {0}</source>
            <translation>on {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="249" />
            <source>anvertraut von {0}</source>
            <translation>entrusted by {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="252" />
            <source>unbefristet</source>
            <translation>open-ended</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="260" />
            <source>Weitergabe an die Vertretung: nein</source>
            <translation>Passing on to the deputy: no</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="263" />
            <source>Weitergabe an die Vertretung: ja – seit {0}, {1}{2}</source>
            <translation>Passing on to the deputy: yes – since {0}, {1}{2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="297" />
            <source>Bitte zuerst eine Einwilligung in der Tabelle auswählen.</source>
            <translation>Please select a consent in the table first.</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation type="obsolete">Cancel</translation>
        </message>
        <message>
            <source>Verwerfen</source>
            <translation type="obsolete">Discard</translation>
        </message>
        <message>
            <source>Weiter bearbeiten</source>
            <translation type="obsolete">Continue editing</translation>
        </message>
        <message>
            <source>Übermittlung &amp;dokumentieren …</source>
            <translation type="obsolete">Log &amp;disclosure …</translation>
        </message>
    </context>
    <context>
        <name>ContactDetail</name>
        <message>
            <source>Als bestritten markieren</source>
            <translation type="obsolete">Mark as disputed</translation>
        </message>
        <message>
            <source>Beobachtung</source>
            <translation type="obsolete">Observation</translation>
        </message>
        <message>
            <source>Beteiligte</source>
            <translation type="obsolete">Participants</translation>
        </message>
        <message>
            <source>Die betroffene Person bestreitet die Richtigkeit (§ 84 Abs. 2 SGB X).</source>
            <translation type="obsolete">The data subject disputes the accuracy (§ 84(2) SGB X).</translation>
        </message>
        <message>
            <source>Einen Kontakt in der Liste wählen.</source>
            <translation type="obsolete">Select a contact in the list.</translation>
        </message>
        <message>
            <source>Einschätzung</source>
            <translation type="obsolete">Assessment</translation>
        </message>
        <message>
            <source>Hinweis: In KDE kann die Zwischenablage-Chronik (Klipper) den Text behalten.</source>
            <translation type="obsolete">Note: in KDE, the clipboard history (Klipper) may keep the text.</translation>
        </message>
        <message>
            <source>Kontakt im Detail</source>
            <translation type="obsolete">Contact details</translation>
        </message>
        <message>
            <source>Korrektur hinzufügen …</source>
            <translation type="obsolete">Add correction …</translation>
        </message>
        <message>
            <source>Korrekturen</source>
            <translation type="obsolete">Corrections</translation>
        </message>
        <message>
            <source>Markierung „bestritten“ aufheben</source>
            <translation type="obsolete">Remove “disputed” mark</translation>
        </message>
        <message>
            <source>Notiz</source>
            <translation type="obsolete">Note</translation>
        </message>
        <message>
            <source>Notiz kopieren</source>
            <translation type="obsolete">Copy note</translation>
        </message>
        <message>
            <source>Notiz kopiert; die Zwischenablage wird nach 30 Sekunden geleert.</source>
            <translation type="obsolete">Note copied; the clipboard will be cleared after 30 seconds.</translation>
        </message>
        <message>
            <source>Themen</source>
            <translation type="obsolete">Topics</translation>
        </message>
        <message>
            <source>Weitervermittlung</source>
            <translation type="obsolete">Referral</translation>
        </message>
        <message>
            <source>Zugang</source>
            <translation type="obsolete">Access route</translation>
        </message>
        <message>
            <source>bestritten</source>
            <translation type="obsolete">disputed</translation>
        </message>
        <message>
            <source>frühere Fassung</source>
            <translation type="obsolete">previous version</translation>
        </message>
        <message>
            <source>neue Fassung</source>
            <translation type="obsolete">new version</translation>
        </message>
    </context>
    <context>
        <name>DialogButtons</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/dialog_buttons.py" line="24" />
            <location filename="../../ssa_desktop/ui/common/dialog_buttons.py" line="40" />
            <location filename="../../ssa_desktop/ui/common/dialog_buttons.py" line="40" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>DraftedDialog</name>
        <message>
            <location filename="../../ssa_desktop/ui/notes/drafted_dialog.py" line="38" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/notes/drafted_dialog.py" line="39" />
            <source>Weiter bearbeiten</source>
            <translation>Keep editing</translation>
        </message>
    </context>
    <context>
        <name>EmergencyReminder</name>
        <message>
            <location filename="../../ssa_desktop/ui/vault/emergency_reminder.py" line="23" />
            <source>Notfallschlüssel noch nicht bestätigt</source>
            <translation>Emergency key not yet confirmed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/emergency_reminder.py" line="24" />
            <source>Ich habe den Notfallschlüssel sicher verwahrt.</source>
            <translation>I have stored the emergency key safely.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/emergency_reminder.py" line="25" />
            <source>Ich habe den Notfallschlüssel sicher verwahrt</source>
            <translation>I have stored the emergency key safely</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/emergency_reminder.py" line="27" />
            <source>Bei der Einrichtung wurde der Notfallschlüssel nicht bestätigt. Er wird bei jedem Entsperren angezeigt, bis Sie bestätigen.</source>
            <translation>The emergency key was not confirmed during set-up. It is shown at every unlock until you confirm it.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/emergency_reminder.py" line="35" />
            <source>Notfallblatt speichern</source>
            <translation>Save emergency sheet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/emergency_reminder.py" line="39" />
            <source>Notfallblatt gespeichert: {0}</source>
            <translation>Emergency sheet saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../ssa_desktop/domain/entities.py" line="144" />
            <source>Sprachmittlung</source>
            <translation>Interpreting</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/domain/entities.py" line="144" />
            <source>Sprach&amp;mittlung</source>
            <translation>Interpr&amp;eting</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Ort</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Zugang</source>
            <translation>Access route</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Weitervermittlung</source>
            <translation>Referral</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/files.py" line="54" />
            <location filename="../../ssa_desktop/ui/common/files.py" line="62" />
            <source>Synchronisierter Ordner</source>
            <translation>Synced folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/files.py" line="55" />
            <source>Dieser Ordner wird mit {service} synchronisiert.</source>
            <translation>This folder is synced with {service}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/files.py" line="58" />
            <location filename="../../ssa_desktop/ui/common/files.py" line="63" />
            <source>Anderen Ort wählen</source>
            <translation>Choose another place</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/files.py" line="59" />
            <source>Trotzdem hier speichern</source>
            <translation>Save here anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/files.py" line="64" />
            <source>Trotzdem im synchronisierten Ordner speichern</source>
            <translation>Save in the synced folder anyway</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="85" />
            <source>Willkommen bei SSA Desktop</source>
            <translation>Welcome to SSA Desktop</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="86" />
            <source>Dokumentation der Schulsozialarbeit — verschlüsselt, nur auf diesem Gerät.</source>
            <translation>School social work documentation — encrypted, only on this device.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="88" />
            <source>&lt;p&gt;SSA Desktop hilft Ihnen bei Einzelfallhilfe, Kurzkontakten, Gruppenarbeit, offenen Angeboten und Vernetzung — bis zu Zeitanteilen und KVJS-Statistik.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ihre Daten bleiben getrennt von Schuldaten.&lt;/b&gt; Alles liegt verschlüsselt in einem Tresor auf diesem Gerät. Das Programm hat keine Netzwerkverbindung; die Schule hat keinen Zugriff.&lt;/p&gt;&lt;p&gt;In den nächsten Schritten legen Sie fest:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;wo der Tresor liegt,&lt;/li&gt;&lt;li&gt;Ihre Passphrase,&lt;/li&gt;&lt;li&gt;den Notfallschlüssel für Ihren Träger,&lt;/li&gt;&lt;li&gt;Ihre Schule(n) und Stelle.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Das dauert etwa drei Minuten.&lt;/p&gt;</source>
            <translation>&lt;p&gt;SSA Desktop helps you with individual casework, short contacts, group work, open offers and networking — up to time shares and the KVJS statistics.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data stay separate from school data.&lt;/b&gt; Everything is stored encrypted in a vault on this device. The program has no network connection; the school has no access.&lt;/p&gt;&lt;p&gt;In the next steps you set:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;where the vault is stored,&lt;/li&gt;&lt;li&gt;your passphrase,&lt;/li&gt;&lt;li&gt;the emergency key for your provider (Träger),&lt;/li&gt;&lt;li&gt;your school(s) and post.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;This takes about three minutes.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="110" />
            <source>„{0}“ ist eine Datei, kein Ordner. Bitte einen Ordner wählen.</source>
            <translation>“{0}” is a file, not a folder. Please choose a folder.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="116" />
            <source>Der Ordner „{0}“ kann nicht angelegt werden.</source>
            <translation>The folder “{0}” cannot be created.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="118" />
            <source>In „{0}“ kann SSA Desktop keinen Ordner anlegen (keine Schreibrechte oder kein echter Ordner). Bitte einen Ordner in Ihrem Benutzerverzeichnis wählen.</source>
            <translation>SSA Desktop cannot create a folder in “{0}” (no write permission or not a real folder). Please choose a folder in your home directory.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="129" />
            <source>Wo soll der Tresor liegen?</source>
            <translation>Where should the vault be stored?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="130" />
            <source>Am besten im vorgeschlagenen Ordner auf diesem Gerät — nicht auf einem Schulserver, Netzlaufwerk oder in einem Cloud-Ordner.</source>
            <translation>Preferably in the suggested folder on this device — not on a school server, a network drive or in a cloud folder.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="133" />
            <source>Ordner des Tresors</source>
            <translation>Vault folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="134" />
            <source>Anderer Ordner …</source>
            <translation>Other folder …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="135" />
            <source>Anderen Ordner wählen</source>
            <translation>Choose another folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="137" />
            <source>Vorschlag</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="138" />
            <source>Vorgeschlagenen Ordner verwenden</source>
            <translation>Use the suggested folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="141" />
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="154" />
            <source>Ordner:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="149" />
            <source>Ich habe die Hinweise gelesen und möchte diesen Ordner trotzdem verwenden.</source>
            <translation>I have read the notes and want to use this folder anyway.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="151" />
            <source>Ordner trotz Hinweis verwenden</source>
            <translation>Use folder despite the note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="168" />
            <source>Ordner für den Tresor wählen</source>
            <translation>Choose the vault folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="182" />
            <source>In diesem Ordner liegt bereits ein Tresor. Er wird nicht überschrieben: bitte einen anderen Ordner wählen oder beim Start den vorhandenen Tresor öffnen.</source>
            <translation>This folder already holds a vault. It will not be overwritten: please choose another folder or open the existing vault at start.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="201" />
            <source>✓ Der Ordner liegt auf diesem Gerät.</source>
            <translation>✓ The folder is on this device.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="226" />
            <source>Passphrase festlegen</source>
            <translation>Set passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="227" />
            <source>Mit ihr öffnen Sie den Tresor. Ein Satz aus mehreren Wörtern ist leichter zu merken und sicherer als ein kurzes Passwort.</source>
            <translation>You open the vault with it. A sentence of several words is easier to remember and safer than a short password.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="229" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="230" />
            <source>Passphrase wiederholen</source>
            <translation>Repeat passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="233" />
            <source>Übereinstimmung</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="234" />
            <source>Auf diesem Gerät merken (kein Eingeben beim Start)</source>
            <translation>Remember on this device (no typing at start)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="235" />
            <source>Auf diesem Gerät merken</source>
            <translation>Remember on this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="236" />
            <source>Nur auf einem Gerät, das nur Sie benutzen. Sperren (Strg+L) schützt trotzdem.</source>
            <translation>Only on a device that only you use. Locking (Ctrl+L) still protects.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="242" />
            <source>Wichtig: Ohne Passphrase und ohne Notfallschlüssel kann niemand die Daten wiederherstellen — auch der Hersteller nicht.</source>
            <translation>Important: without the passphrase and the emergency key nobody can recover the data — not even the makers.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="246" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="246" />
            <source>Wiederholen:</source>
            <translation>Repeat:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="262" />
            <source>Die beiden Eingaben stimmen nicht überein.</source>
            <translation>The two entries do not match.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="265" />
            <source>✓ Beide Eingaben stimmen überein.</source>
            <translation>✓ Both entries match.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="284" />
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="289" />
            <source>Tresor wird angelegt</source>
            <translation>Creating vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="285" />
            <source>Der Schlüssel wird berechnet. Das dauert einen Moment.</source>
            <translation>The key is being derived. This takes a moment.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="292" />
            <source>Erneut versuchen</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="315" />
            <source>Tresor wird angelegt …</source>
            <translation>Creating vault …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="328" />
            <source>✓ Der Tresor ist angelegt. Als Nächstes: der Notfallschlüssel.</source>
            <translation>✓ The vault is created. Next: the emergency key.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="351" />
            <source>Ihr Notfallschlüssel</source>
            <translation>Your emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="352" />
            <source>Damit kann Ihr Träger den Tresor öffnen, wenn Sie ausfallen oder die Passphrase vergessen ist. Er wird nur jetzt angezeigt.</source>
            <translation>With it your provider can open the vault if you are absent or the passphrase is forgotten. It is shown only now.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="356" />
            <source>Drucken oder speichern Sie das Notfallblatt und geben Sie es Ihrem Träger in einem verschlossenen Umschlag. Legen Sie es nicht zu den Akten in der Schule und nicht in einen Cloud-Ordner.</source>
            <translation>Print or save the emergency sheet and give it to your provider in a sealed envelope. Do not file it at school and do not put it in a cloud folder.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="360" />
            <source>Notfallblatt drucken/speichern …</source>
            <translation>Print/save emergency sheet …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="361" />
            <source>Notfallblatt als PDF speichern</source>
            <translation>Save emergency sheet as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="365" />
            <source>Ich habe den Notfallschlüssel sicher verwahrt.</source>
            <translation>I have stored the emergency key safely.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="366" />
            <source>Ich habe den Notfallschlüssel sicher verwahrt</source>
            <translation>I have stored the emergency key safely</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="394" />
            <source>Notfallblatt speichern</source>
            <translation>Save emergency sheet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="395" />
            <source>PDF-Dokument (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="407" />
            <source>Das Notfallblatt kann in dieser Version noch nicht erstellt werden. Bitte schreiben Sie den Schlüssel sorgfältig ab.</source>
            <translation>This version cannot create the emergency sheet yet. Please copy the key carefully.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="417" />
            <source>✓ Gespeichert: {0} — jetzt ausdrucken und das PDF danach löschen.</source>
            <translation>✓ Saved: {0} — print it now and delete the PDF afterwards.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="440" />
            <source>z. B. Gemeinschaftsschule Am Park</source>
            <translation>e.g. Gemeinschaftsschule Am Park</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="441" />
            <source>Name der Schule {0}</source>
            <translation>Name of school {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="443" />
            <source>Schulart der Schule {0}</source>
            <translation>School type of school {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="449" />
            <source>Schülerzahl der Schule {0}</source>
            <translation>Number of pupils of school {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="454" />
            <source>Stellenumfang an Schule {0}</source>
            <translation>Post share at school {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="469" />
            <source>Schule(n) und Stelle</source>
            <translation>School(s) and post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="470" />
            <source>Für Zeitanteile und Statistik. Sie können alles später unter Einstellungen ändern.</source>
            <translation>For time shares and statistics. You can change everything later in Settings.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="476" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="476" />
            <source>Schulart</source>
            <translation>School type</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="476" />
            <source>Schüler:innen</source>
            <translation>Pupils</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="477" />
            <source>Stellenumfang</source>
            <translation>Post share</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="483" />
            <source>+ Weitere Schule</source>
            <translation>+ Another school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="484" />
            <source>Weitere Schule hinzufügen</source>
            <translation>Add another school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="486" />
            <source>Schulsozialarbeit</source>
            <translation>School social work</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="487" />
            <source>Bezeichnung der Stelle</source>
            <translation>Label of the post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="492" />
            <source> Std.</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="493" />
            <source>Wochenstunden einer Vollzeitstelle</source>
            <translation>Weekly hours of a full-time post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="499" />
            <source>TT.MM.JJJJ</source>
            <translation>DD.MM.YYYY</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="500" />
            <source>Beschäftigt seit</source>
            <translation>Employed since</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="503" />
            <source>Anstellungsträger</source>
            <translation>Employer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="512" />
            <source>Stelle (Bezeichnung):</source>
            <translation>Post (label):</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="513" />
            <source>Vollzeit (Wochenstunden):</source>
            <translation>Full time (weekly hours):</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="514" />
            <source>Beschäftigt seit:</source>
            <translation>Employed since:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="515" />
            <source>Anstellungsträger:</source>
            <translation>Employer:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="516" />
            <source>Für die KVJS-Statistik und den Verwendungsnachweis: ohne Beginn gilt die Stelle als unbesetzt (Förderung 0 €).</source>
            <translation>For the KVJS statistics and the proof of use: without a start date the post counts as vacant (funding €0).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="521" />
            <source>Schuljahr {0}</source>
            <translation>School year {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="562" />
            <source>Stellenumfang gesamt: {0} % = {1} Std. pro Woche</source>
            <translation>Total post share: {0} % = {1} h per week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="565" />
            <source>mehr als 100 % ist nicht möglich.</source>
            <translation>more than 100 % is not possible.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="571" />
            <source>„Fertig“ ist noch gesperrt: {0}</source>
            <translation>“Finish” is still disabled: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="582" />
            <source>Bitte mindestens eine Schule mit Namen eintragen.</source>
            <translation>Please enter at least one school with its name.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="585" />
            <source>Bitte für „{0}“ den Stellenumfang in % eintragen (0 % geht nicht: eine Schule ohne Anteil gehört nicht zur Stelle).</source>
            <translation>Please enter the share of the post in % for “{0}” (0 % is not possible: a school without a share is not part of the post).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="588" />
            <source>Zusammen mehr als 100 % – bitte die Anteile verringern.</source>
            <translation>More than 100 % in total – please reduce the shares.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="590" />
            <source>Bitte die Stelle bezeichnen, z. B. „Schulsozialarbeit“.</source>
            <translation>Please name the post, e.g. “School social work”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="605" />
            <source>Beschäftigt seit: {0}</source>
            <translation>Employed since: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="655" />
            <source>SSA Desktop — Einrichtung</source>
            <translation>SSA Desktop — Setup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="656" />
            <source>Einrichtung von SSA Desktop</source>
            <translation>Setting up SSA Desktop</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="662" />
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="665" />
            <source>Weiter</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="662" />
            <source>Zurück</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="663" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="664" />
            <source>Fertig</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="679" />
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="680" />
            <source>Tresor anlegen</source>
            <translation>Create vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="762" />
            <source>Der Tresor ist angelegt, aber der Notfallschlüssel ist noch nicht bestätigt. Ohne ihn sind alle Daten verloren, wenn die Passphrase vergessen ist. Der Notfallschlüssel wird bei jedem Entsperren wieder angezeigt, bis Sie bestätigen, dass er sicher verwahrt ist.</source>
            <translation>The vault has been created, but the emergency key has not been confirmed yet. Without it all data is lost if the passphrase is forgotten. The emergency key is shown again at every unlock until you confirm that it is kept safe.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="767" />
            <source>Notfallschlüssel nicht bestätigt</source>
            <translation>Emergency key not confirmed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="768" />
            <source>Trotzdem abbrechen</source>
            <translation>Cancel anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="768" />
            <source>Zum Notfallschlüssel</source>
            <translation>Go to the emergency key</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="256" />
            <source>„{0}“ passt bei {1} zu mehreren Einträgen ({2}). Bitte genauer tippen oder mit ↓ wählen.</source>
            <translation>“{0}” matches several entries for {1} ({2}). Please type more or choose with ↓.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="258" />
            <source>„{0}“ gibt es bei {1} nicht. Bitte einen Eintrag der Liste wählen.</source>
            <translation>“{0}” does not exist for {1}. Please choose an entry of the list.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="334" />
            <source>Auswahl</source>
            <translation>Selection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="336" />
            <source>Bitte bei {0} einen Eintrag der Liste wählen.</source>
            <translation>Please choose an entry of the list for {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="401" />
            <source>+ Thema eingeben …</source>
            <translation>+ type a topic …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="402" />
            <source>Auswahl hinzufügen</source>
            <translation>Add selection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="538" />
            <source>Kalender öffnen (Alt+↓)</source>
            <translation>Open calendar (Alt+↓)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="539" />
            <source>Kalender öffnen</source>
            <translation>Open calendar</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="560" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="622" />
            <source>Kalender: {0}</source>
            <translation>Calendar: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="740" />
            <source>Zahl</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="741" />
            <source>{0}: „{1}“ ist keine Zahl von {2} bis {3}.</source>
            <translation>{0}: “{1}” is no number from {2} to {3}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="743" />
            <source>{0}: Bitte eine Zahl eingeben.</source>
            <translation>{0}: Please enter a number.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="777" />
            <source>Dauer in Minuten</source>
            <translation>Duration in minutes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="784" />
            <source>Dauer {0} Minuten</source>
            <translation>Duration {0} minutes</translation>
        </message>
    </context>
    <context>
        <name>Groups</name>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="84" />
            <source>Teiln.</source>
            <translation>Particip.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="84" />
            <source>Sitz.</source>
            <translation>Sess.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="84" />
            <source>Std.</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="95" />
            <source>Stunden</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="164" />
            <source>Gruppen &amp; Projekte</source>
            <translation>Groups &amp; projects</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="217" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="294" />
            <source>Gruppe / Projekt</source>
            <translation>Group / project</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="223" />
            <source>Filter Schule</source>
            <translation>Filter by school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="224" />
            <source>Filter Schuljahr</source>
            <translation>Filter by school year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="225" />
            <source>alle Arten</source>
            <translation>all kinds</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="226" />
            <source>Filter Art</source>
            <translation>Filter by kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="231" />
            <source>Schu&amp;le</source>
            <translation>Schoo&amp;l</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="231" />
            <source>Schul&amp;jahr</source>
            <translation>School &amp;year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="232" />
            <source>&amp;Art</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="241" />
            <source>Gruppen und Projekte</source>
            <translation>Groups and projects</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="244" />
            <source>&amp;Neue Gruppe / neues Projekt</source>
            <translation>&amp;New group / project</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="245" />
            <source>Neue Gruppe oder neues Projekt anlegen</source>
            <translation>Create a new group or project</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="246" />
            <source>Löschen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="247" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="714" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="723" />
            <source>Gruppe löschen</source>
            <translation>Delete group</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="249" />
            <source>Summen der Liste</source>
            <translation>Totals of the list</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="264" />
            <source>&amp;Titel</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="265" />
            <source>A&amp;rt</source>
            <translation>Kin&amp;d</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="266" />
            <source>Z&amp;weck</source>
            <translation>&amp;Purpose</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="267" />
            <source>Sch&amp;ule</source>
            <translation>Sch&amp;ool</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="268" />
            <source>&amp;Klasse(n)</source>
            <translation>&amp;Class(es)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="269" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="302" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="84" />
            <source>Schuljahr</source>
            <translation>School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="270" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="95" />
            <source>Teilnehmende</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="271" />
            <source>&amp;Mitleitung</source>
            <translation>Co-&amp;leaders</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="272" />
            <source>&amp;Ziel (Kooperation)</source>
            <translation>&amp;Goal (cooperation)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="274" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="320" />
            <source>Namensliste</source>
            <translation>Name list</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="277" />
            <source>N&amp;otiz</source>
            <translation>Not&amp;e</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="295" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="84" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="295" />
            <source>z. B. Soziales Lernen 5a</source>
            <translation>e.g. Social learning 5a</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="296" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="84" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="298" />
            <source>Zweck des Angebots</source>
            <translation>Purpose of the offer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="299" />
            <source>+ Zweck eingeben (mehrere möglich) …</source>
            <translation>+ type a purpose (several allowed) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="300" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="301" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="84" />
            <source>Klasse(n)</source>
            <translation>Class(es)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="301" />
            <source>z. B. 5a, 5b</source>
            <translation>e.g. 5a, 5b</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="303" />
            <source>Teilnehmende männlich</source>
            <translation>Participants, male</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="304" />
            <source>Teilnehmende weiblich</source>
            <translation>Participants, female</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="305" />
            <source>Teilnehmende divers</source>
            <translation>Participants, diverse</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="307" />
            <source>Teilnehmende gesamt</source>
            <translation>Participants, total</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="312" />
            <source>Mitleitung</source>
            <translation>Co-leaders</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="313" />
            <source>Lehrkraft, externer Partner – z. B. Fr. Maier, Polizei Prävention</source>
            <translation>Teacher, external partner – e.g. Ms Maier, police prevention</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="315" />
            <source>Ziel der Kooperationsvereinbarung</source>
            <translation>Goal of the cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="318" />
            <source>Namensliste führen (nur wenn nötig)</source>
            <translation>Keep a name list (only if needed)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="319" />
            <source>Namensliste führen</source>
            <translation>Keep a name list</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="322" />
            <source>⚠ wird nach der Berichterstattung gelöscht – </source>
            <translation>⚠ deleted after reporting – </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="322" />
            <source>Namensliste nur, wenn nötig. Sie wird gelöscht, sobald „berichtet“ gesetzt ist.</source>
            <translation>Name list only if needed. It is deleted as soon as “reported” is set.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="326" />
            <source>berichtet (in Statistik / Jahresbericht übernommen)</source>
            <translation>reported (included in statistics / annual report)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="327" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="84" />
            <source>berichtet</source>
            <translation>reported</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="328" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="374" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="135" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="332" />
            <source>&amp;Speichern</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="333" />
            <source>Gruppe speichern</source>
            <translation>Save group</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="335" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="336" />
            <source>Änderungen verwerfen</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="341" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="95" />
            <source>Sitzungen</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="343" />
            <source>Sitzungen der Gruppe</source>
            <translation>Sessions of the group</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="351" />
            <source>Datum der Sitzung</source>
            <translation>Date of the session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="353" />
            <source>Notiz zur Sitzung</source>
            <translation>Note on the session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="354" />
            <source>Notiz (z. B. Thema der Einheit)</source>
            <translation>Note (e.g. topic of the session)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="356" />
            <source>Sitzung hinzu&amp;fügen</source>
            <translation>Add &amp;session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="357" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="768" />
            <source>Sitzung hinzufügen</source>
            <translation>Add session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="358" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="783" />
            <source>Sitzung entfernen</source>
            <translation>Remove session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="359" />
            <source>Gewählte Sitzung entfernen</source>
            <translation>Remove the selected session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="361" />
            <source>Summe der Sitzungen</source>
            <translation>Total of the sessions</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="370" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="135" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="372" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="135" />
            <source>Dauer</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="433" />
            <source>alle Schulen</source>
            <translation>all schools</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="441" />
            <source>alle Schuljahre</source>
            <translation>all school years</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/groups/area.py" line="479" />
            <source>%n Angebot(e)</source>
            <translation>
                <numerusform>%n offer</numerusform>
                <numerusform>%n offers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/groups/area.py" line="480" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="717" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="740" />
            <source>%n Sitzung(en)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="540" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="606" />
            <source>Neue Gruppe / neues Projekt</source>
            <translation>New group / project</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="543" />
            <source>Die Änderungen an „{0}“ sind noch nicht gespeichert.</source>
            <translation>The changes to “{0}” are not saved yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="607" />
            <source>Gruppe / Projekt: {0}</source>
            <translation>Group / project: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="622" />
            <source>— kein Ziel verknüpft —</source>
            <translation>— no goal linked —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="626" />
            <source> (andere Vereinbarung)</source>
            <translation> (other agreement)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="636" />
            <source>gesamt: {0}</source>
            <translation>total: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="666" />
            <source>Die Gruppe hat keine Teilnehmenden. Trotzdem speichern?</source>
            <translation>The group has no participants. Save anyway?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="667" />
            <source>Keine Teilnehmenden</source>
            <translation>No participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="667" />
            <source>Trotzdem speichern</source>
            <translation>Save anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="667" />
            <location filename="../../ssa_desktop/ui/groups/area.py" line="758" />
            <source>Nein</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="672" />
            <source>Namensliste löschen</source>
            <translation>Delete name list</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="673" />
            <source>Das Angebot ist berichtet. Namenslisten werden nach dem Bericht gelöscht – die Namensliste wird jetzt gelöscht. Fortfahren?</source>
            <translation>The activity has been reported. Name lists are deleted after reporting – the name list will be deleted now. Continue?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="689" />
            <source>Gespeichert.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="715" />
            <source>„{0}“ mit {1} löschen? Die Sitzungen verschwinden auch aus Statistik und Arbeitszeit.</source>
            <translation>Delete “{0}” with {1}? The sessions also disappear from statistics and working time.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="732" />
            <source>Sitzungen erst nach dem Speichern.</source>
            <translation>Sessions can be added after saving.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="755" />
            <source>Am {0} ist schon eine Sitzung dieser Gruppe eingetragen. Eine zweite Sitzung am selben Tag eintragen?</source>
            <translation>This group already has a session on {0}. Enter a second session on the same day?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="757" />
            <source>Zweite Sitzung am selben Tag?</source>
            <translation>Second session on the same day?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/groups/area.py" line="757" />
            <source>Ja, zweite Sitzung</source>
            <translation>Yes, second session</translation>
        </message>
        <message>
            <source>&amp;Schule</source>
            <translation type="obsolete">&amp;School</translation>
        </message>
        <message>
            <source>Das Angebot ist berichtet. Die Namensliste wird jetzt gelöscht (R4). Fortfahren?</source>
            <translation type="obsolete">The offer has been reported. The name list will now be deleted (R4). Continue?</translation>
        </message>
        <message>
            <source>Fehlermeldung</source>
            <translation type="obsolete">Error message</translation>
        </message>
        <message>
            <source>Fehlermeldung Sitzung</source>
            <translation type="obsolete">Session error message</translation>
        </message>
        <message>
            <source>Namensliste nur, wenn nötig. Sie wird gelöscht, sobald „berichtet“ gesetzt ist (Löschregel R4: Teilnehmerlisten mit Namen nach der Berichterstattung löschen).</source>
            <translation type="obsolete">Name list only if needed. It is deleted as soon as “reported” is set (deletion rule R4: participant lists with names are deleted after reporting).</translation>
        </message>
        <message>
            <source>Sitzung &amp;hinzufügen</source>
            <translation type="obsolete">&amp;Add session</translation>
        </message>
        <message>
            <source>{0} Angebote · {1} Sitzungen · {2}</source>
            <translation type="obsolete">{0} offers · {1} sessions · {2}</translation>
        </message>
        <message>
            <source>{0} Sitzungen · {1}</source>
            <translation type="obsolete">{0} sessions · {1}</translation>
        </message>
        <message>
            <source>„{0}“ mit {1} Sitzungen löschen? Die Sitzungen verschwinden auch aus Statistik und Arbeitszeit.</source>
            <translation type="obsolete">Delete “{0}” with {1} sessions? The sessions also disappear from statistics and working time.</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="42" />
            <source>Abweichende Einträge entscheiden</source>
            <translation>Decide the differing entries</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="44" />
            <source>Diese Einträge weichen von Ihren ab. Bisher wurde nichts überschrieben. Entscheiden Sie je Eintrag:</source>
            <translation>These entries differ from yours. Nothing has been overwritten so far. Decide for each entry:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="49" />
            <source>Abweichende Einträge</source>
            <translation>Differing entries</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="50" />
            <source>Eintrag</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="50" />
            <source>Feld</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="50" />
            <source>Bei Ihnen</source>
            <translation>Yours</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="51" />
            <source>In der Datei</source>
            <translation>In the file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="51" />
            <source>Entscheidung</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="65" />
            <source>Meine behalten</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="66" />
            <source>Aus der Datei übernehmen</source>
            <translation>Take the file's version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="67" />
            <source>Entscheidung für {0}</source>
            <translation>Decision for {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="68" />
            <source>{0}: bei Ihnen {1}, in der Datei {2}</source>
            <translation>{0}: yours {1}, in the file {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="77" />
            <source>&amp;Entscheiden</source>
            <translation>&amp;Decide</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/conflicts_dialog.py" line="78" />
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="135" />
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="135" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="56" />
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="77" />
            <source>Vertretungspaket erstellen</source>
            <translation>Create cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="71" />
            <source>Erster Tag der Vertretung</source>
            <translation>First day of the cover</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="72" />
            <source>Letzter Tag der Vertretung</source>
            <translation>Last day of the cover</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="77" />
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="80" />
            <source>Name der Vertretung</source>
            <translation>Name of the deputy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="81" />
            <source>Funktion der Vertretung</source>
            <translation>Role of the deputy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="82" />
            <source>z. B. Schulsozialarbeit GMS Nord</source>
            <translation>e.g. school social work GMS Nord</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="83" />
            <source>Ihr Name für die Vertretung</source>
            <translation>Your name for the deputy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="84" />
            <source>erscheint als „Vertretung für …“</source>
            <translation>shown as “Cover for …”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="86" />
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="50" />
            <source>Zielordner</source>
            <translation>Target folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="87" />
            <location filename="../../ssa_desktop/ui/handover/package_key.py" line="75" />
            <source>&amp;Ordner …</source>
            <translation>&amp;Folder …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="87" />
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="231" />
            <location filename="../../ssa_desktop/ui/handover/package_key.py" line="71" />
            <location filename="../../ssa_desktop/ui/handover/package_key.py" line="75" />
            <source>Zielordner wählen</source>
            <translation>Choose target folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="92" />
            <source>&amp;Zeitraum</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="94" />
            <source>&amp;Vertretung (Name)</source>
            <translation>&amp;Deputy (name)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="95" />
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="58" />
            <source>&amp;Funktion</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="95" />
            <source>Ihr &amp;Name</source>
            <translation>Your &amp;name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="98" />
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="105" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="164" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="338" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="341" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="344" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="346" />
            <location filename="../../ssa_desktop/ui/handover/due_list.py" line="31" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="98" />
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="105" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="336" />
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="42" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="98" />
            <location filename="../../ssa_desktop/ui/handover/due_list.py" line="31" />
            <source>Grund</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="99" />
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="189" />
            <source>Notiz zur Person</source>
            <translation>Note on the person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="99" />
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="189" />
            <source>Notizen der Fälle</source>
            <translation>Case notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="99" />
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="189" />
            <source>Ziele der Fälle</source>
            <translation>Case goals</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="99" />
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="189" />
            <source>Notizen der Termine</source>
            <translation>Appointment notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="100" />
            <source>Vorgeschlagene Personen</source>
            <translation>Proposed persons</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="102" />
            <source>&lt;b&gt;Vorschla&amp;g&lt;/b&gt;</source>
            <translation>&lt;b&gt;Pr&amp;oposal&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="106" />
            <source>Warum nicht</source>
            <translation>Why not</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="108" />
            <source>Nicht vorgeschlagene Personen</source>
            <translation>Persons not proposed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="110" />
            <source>&lt;b&gt;N&amp;icht vorgeschlagen&lt;/b&gt; (offener Fall, Termin oder § 8a-Verfahren, aber die Einwilligung reicht nicht)</source>
            <translation>&lt;b&gt;No&amp;t proposed&lt;/b&gt; (open case, appointment or § 8a procedure, but the consent does not suffice)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="118" />
            <source>Vorgeschlagen werden nur Personen mit gültiger Einwilligung „Weitergabe an die Vertretung“ und offenem Fall, Termin im Zeitraum oder offenem § 8a-Verfahren; die Einwilligung muss heute und an jedem Tag des Zeitraums gelten. Haken entfernen (Leertaste), wer nicht mit soll. Ins Paket kommen nur diese Personen (Name, Klasse, Schule, Erreichbarkeit der Eltern), ihre offenen Fälle (Titel, Themen), die Termine im Zeitraum (mit Raum) und die § 8a-Fristen – keine abgeschlossenen Fälle, keine Arbeitsnotizen, keine Kontakte, keine Teilnehmerlisten. Notizen und Ziele nur, wenn Sie sie für die Person ankreuzen (Pfeiltasten, Leertaste). Personen mit eingeschränkter Verarbeitung (Widerspruch) werden nie vorgeschlagen und hier nicht aufgeführt. Jede Weitergabe wird im Übermittlungsprotokoll vermerkt.</source>
            <translation>Only persons with a valid consent “Passing on to the deputy” and an open case, an appointment in the period or an open § 8a procedure are proposed; the consent must be valid today and on every day of the period. Untick (Space) whoever should not go. The package holds only these persons (name, class, school, how to reach the parents), their open cases (title, topics), the appointments in the period (with room) and the § 8a deadlines – no closed cases, no working notes, no contacts, no participant lists. Notes and goals only when you tick them for the person (arrow keys, Space). Persons whose processing is restricted (objection) are never proposed and not listed here. Every disclosure is entered in the disclosure log.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="131" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="120" />
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="73" />
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="70" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="132" />
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="74" />
            <source>Paket &amp;schreiben</source>
            <translation>&amp;Write package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="132" />
            <source>Vertretungspaket schreiben</source>
            <translation>Write cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="147" />
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="60" />
            <source>Zie&amp;lordner</source>
            <translation>Target fo&amp;lder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="189" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="223" />
            <source>Keine Person erfüllt die Voraussetzungen; es gibt nichts weiterzugeben.</source>
            <translation>No person meets the conditions; there is nothing to pass on.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="226" />
            <source>{0} von {1} vorgeschlagenen Personen kommen ins Paket.</source>
            <translation>{0} of {1} proposed persons go into the package.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="260" />
            <source>&amp;Fertig</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="260" />
            <source>Fertig</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="270" />
            <source>Der Schlüssel wird nur jetzt angezeigt. Übergeben Sie ihn getrennt von der Datei (z. B. das gedruckte Blatt persönlich, die Datei auf einem USB-Stick).</source>
            <translation>The key is shown only now. Hand it over separately from the file (e.g. the printed sheet in person, the file on a USB stick).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_dialog.py" line="280" />
            <source>Das Vertretungspaket ist geschrieben: {0}
{1} Person(en); im Übermittlungsprotokoll vermerkt. Es löscht sich bei der Vertretung ab dem {2}.</source>
            <translation>The cover package has been written: {0}
{1} person(s); entered in the disclosure log. It deletes itself at the deputy's from {2}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="122" />
            <source>&amp;Speichern</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="122" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="179" />
            <source>Kontakt erfassen (Vertretung)</source>
            <translation>Record contact (deputy)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="182" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="338" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="346" />
            <source>Fall</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="183" />
            <source>Art des Kontakts</source>
            <translation>Kind of contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="185" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="288" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="341" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="346" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="186" />
            <source>Uhrzeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="190" />
            <source>Ort</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="193" />
            <source>Beteiligte</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="196" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="347" />
            <source>Themen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="197" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="294" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="341" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="347" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="199" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="295" />
            <source>&amp;Person</source>
            <translation>Pe&amp;rson</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="200" />
            <source>&amp;Fall</source>
            <translation>&amp;Case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="205" />
            <source>&amp;Art</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="206" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="296" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="206" />
            <source>&amp;Zeit</source>
            <translation>T&amp;ime</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="210" />
            <source>Da&amp;uer</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="211" />
            <source>&amp;Beteiligte</source>
            <translation>&amp;Participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="212" />
            <source>&amp;Themen</source>
            <translation>&amp;Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="213" />
            <source>&amp;Ort</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="215" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="300" />
            <source>&amp;Notiz</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="231" />
            <source>{0} (seit {1})</source>
            <translation>{0} (since {1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="232" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="461" />
            <source>ohne Fall</source>
            <translation>without a case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="259" />
            <source>Der Kontakt ist noch nicht gespeichert. Verwerfen?</source>
            <translation>The contact is not saved yet. Discard it?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="260" />
            <source>Verwerfen?</source>
            <translation>Discard?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="260" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="260" />
            <source>Weiter bearbeiten</source>
            <translation>Continue editing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="286" />
            <source>Termin eintragen (Vertretung)</source>
            <translation>Enter appointment (deputy)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="289" />
            <source>Beginn</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="291" />
            <source>Ende</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="293" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="341" />
            <source>Raum</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="297" />
            <source>&amp;Beginn</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="298" />
            <source>&amp;Ende</source>
            <translation>&amp;End</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="299" />
            <source>&amp;Raum</source>
            <translation>R&amp;oom</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="326" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="331" />
            <source>Vertretungspaket</source>
            <translation>Cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="328" />
            <source>wird gelöscht ab {0}</source>
            <translation>deleted from {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="334" />
            <source>Inhalt des Vertretungspakets</source>
            <translation>Contents of the cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="336" />
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="336" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="336" />
            <source>Klasse</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="336" />
            <source>Eltern / Kontakt</source>
            <translation>Parents / contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="337" />
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="102" />
            <source>Personen</source>
            <translation>Persons</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="338" />
            <source>seit</source>
            <translation>since</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="339" />
            <source>Offene Fälle</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="341" />
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="346" />
            <source>Zeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="341" />
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="102" />
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="342" />
            <source>Termine</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="344" />
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="344" />
            <source>Nächster Schritt</source>
            <translation>Next step</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="344" />
            <source>§ 8a-Fristen</source>
            <translation>§ 8a deadlines</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="346" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="346" />
            <source>Dauer</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="347" />
            <source>Kontakte der Vertretung</source>
            <translation>Deputy's contacts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="348" />
            <source>Als &amp;wahrgenommen markieren</source>
            <translation>Mark as a&amp;ttended</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="349" />
            <source>Ausgewählten Termin als wahrgenommen markieren</source>
            <translation>Mark the selected appointment as attended</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="351" />
            <source>&amp;Abgesagt</source>
            <translation>Cance&amp;lled</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="352" />
            <source>Ausgewählten Termin als abgesagt markieren</source>
            <translation>Mark the selected appointment as cancelled</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="354" />
            <source>N&amp;icht erschienen</source>
            <translation>D&amp;id not come</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="355" />
            <source>Ausgewählten Termin als nicht erschienen markieren</source>
            <translation>Mark the selected appointment as missed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="366" />
            <source>&amp;Personen</source>
            <translation>&amp;Persons</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="366" />
            <source>Offene &amp;Fälle</source>
            <translation>Open &amp;cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="367" />
            <source>&amp;Termine</source>
            <translation>&amp;Appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="367" />
            <source>§ &amp;8a-Fristen</source>
            <translation>§ &amp;8a deadlines</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="368" />
            <source>&amp;Kontakte der Vertretung</source>
            <translation>Deputy's c&amp;ontacts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="370" />
            <source>Kontakt &amp;erfassen …</source>
            <translation>Record co&amp;ntact …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="371" />
            <source>Kontakt für die ausgewählte Person erfassen</source>
            <translation>Record a contact for the selected person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="373" />
            <source>Ter&amp;min eintragen …</source>
            <translation>Enter appoint&amp;ment …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="374" />
            <source>Termin mit der ausgewählten Person eintragen</source>
            <translation>Enter an appointment with the selected person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="376" />
            <source>&amp;Rückgabe schreiben …</source>
            <translation>Write &amp;return …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="377" />
            <source>Rückgabe für die Kollegin schreiben</source>
            <translation>Write the return for the colleague</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="384" />
            <source>&amp;Schließen</source>
            <translation>Clo&amp;se</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="384" />
            <source>Vertretungspaket schließen</source>
            <translation>Close cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="424" />
            <source>Angaben zum gewählten Kontakt</source>
            <translation>Details of the selected contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="457" />
            <source>ohne Frist</source>
            <translation>no deadline</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="462" />
            <source>{0} Min.</source>
            <translation>{0} min.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="501" />
            <source>Namen ver&amp;bergen</source>
            <translation>Hide nam&amp;es</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="501" />
            <source>Namen an&amp;zeigen</source>
            <translation>Show nam&amp;es</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="502" />
            <source>Namen verbergen</source>
            <translation>Hide names</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="503" />
            <source>Namen anzeigen</source>
            <translation>Show names</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="545" />
            <source>Kontakt erfasst: {0} mit {1} am {2}, {3} Min.</source>
            <translation>Contact recorded: {0} with {1} on {2}, {3} min.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="560" />
            <source>Termin eingetragen: {0} {1}–{2}.</source>
            <translation>Appointment entered: {0} {1}–{2}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="571" />
            <source>Bitte zuerst unter „Termine“ einen Termin wählen.</source>
            <translation>Please choose an appointment under “Appointments” first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="578" />
            <source>Termin am {0} {1}: {2}.</source>
            <translation>Appointment on {0} {1}: {2}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="585" />
            <source>Rückgabe speichern in</source>
            <translation>Save return in</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/deputy_window.py" line="599" />
            <source>Rückgabe geschrieben: {0} ({1}). Bitte der Kollegin geben.</source>
            <translation>Return written: {0} ({1}). Please hand it to your colleague.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" line="32" />
            <source>Trotzdem mitgeben</source>
            <translation>Send anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" line="33" />
            <source>Zur Löschung fällige Personen</source>
            <translation>Persons due for deletion</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" line="36" />
            <source>&lt;b&gt;Zur Lösc&amp;hung fällig&lt;/b&gt; – ohne Haken „nicht mitgeben“: die Person bleibt mit allem, was zu ihr gehört, bei Ihnen. Leertaste setzt „trotzdem mitgeben“.</source>
            <translation>&lt;b&gt;Due for &amp;deletion&lt;/b&gt; – unticked “do not send”: the person stays with you with everything that belongs to her. Space sets “send anyway”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" line="50" />
            <location filename="../../ssa_desktop/ui/handover/due_list.py" line="68" />
            <source>nicht mitgeben</source>
            <translation>do not send</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" line="55" />
            <source>Trotzdem mitgeben: {0} ({1})</source>
            <translation>Send anyway: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" line="68" />
            <source>trotzdem mitgeben</source>
            <translation>send anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/due_list.py" line="85" />
            <source>Nicht mitgegeben (zur Löschung fällig, bleiben bei Ihnen): {0}</source>
            <translation>Not sent (due for deletion, they stay with you): {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="48" />
            <source>Paketdatei</source>
            <translation>Package file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="49" />
            <source>…/vertretung-JJJJ-MM-TT-xxxxxxxx.ssapaket</source>
            <translation>…/vertretung-YYYY-MM-DD-xxxxxxxx.ssapaket</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="50" />
            <source>&amp;Auswählen …</source>
            <translation>&amp;Browse …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="51" />
            <source>Paketdatei auswählen</source>
            <translation>Choose the package file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="61" />
            <location filename="../../ssa_desktop/ui/handover/package_key.py" line="52" />
            <source>Paketschlüssel</source>
            <translation>Package key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="62" />
            <source>64 Zeichen vom Paketblatt, z. B. 3F2A 91C0 …</source>
            <translation>64 characters from the package sheet, e.g. 3F2A 91C0 …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="69" />
            <source>Schlüssel an&amp;zeigen</source>
            <translation>Sho&amp;w key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="70" />
            <source>Paketschlüssel anzeigen</source>
            <translation>Show the package key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="76" />
            <source>Paket&amp;datei</source>
            <translation>Package &amp;file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="77" />
            <source>Paket&amp;schlüssel</source>
            <translation>Package &amp;key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="79" />
            <source>Ö&amp;ffnen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="79" />
            <source>Paket öffnen</source>
            <translation>Open package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="95" />
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="250" />
            <source>Pakete (*.ssapaket)</source>
            <translation>Packages (*.ssapaket)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="107" />
            <source>Bitte die Paketdatei wählen.</source>
            <translation>Please choose the package file.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/open_package_dialog.py" line="111" />
            <source>Bitte den Paketschlüssel vom Paketblatt eingeben.</source>
            <translation>Please enter the package key from the package sheet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/package_key.py" line="63" />
            <source>Paketblatt &amp;drucken (PDF) …</source>
            <translation>&amp;Print package sheet (PDF) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/package_key.py" line="64" />
            <source>Paketblatt mit dem Schlüssel als PDF speichern</source>
            <translation>Save the package sheet with the key as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/package_key.py" line="80" />
            <source>Paketblatt speichern</source>
            <translation>Save package sheet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/package_key.py" line="81" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/package_key.py" line="90" />
            <source>Paketblatt gespeichert: {0}</source>
            <translation>Package sheet saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="46" />
            <source>Rückgabe: Entscheidung offen</source>
            <translation>Return: decision pending</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="56" />
            <source>gelöscht ab {0}</source>
            <translation>deleted from {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="64" />
            <source>{0}: bei Ihnen „{1}“, in der Datei „{2}“</source>
            <translation>{0}: yours “{1}”, in the file “{2}”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="75" />
            <source>Vertretung und Übergabe</source>
            <translation>Cover and handover</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="76" />
            <source>&amp;Vertretungspaket erstellen …</source>
            <translation>Create &amp;cover package …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="78" />
            <source>&amp;Rückgabe einlesen …</source>
            <translation>&amp;Read return …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="79" />
            <source>Rückgabe der Vertretung einlesen</source>
            <translation>Read the deputy's return</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="80" />
            <source>&amp;Quittung einlesen …</source>
            <translation>Read re&amp;ceipt …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="81" />
            <source>Empfangsquittung der Nachfolge einlesen</source>
            <translation>Read the successor's receipt</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="83" />
            <source>Paket ö&amp;ffnen (als Vertretung) …</source>
            <translation>O&amp;pen package (as deputy) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="84" />
            <source>Vertretungspaket einer Kollegin öffnen</source>
            <translation>Open a colleague's cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="86" />
            <source>Schule &amp;übergeben …</source>
            <translation>&amp;Hand on school …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="87" />
            <source>Übergabepaket einer Schule schreiben</source>
            <translation>Write a school's handover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="89" />
            <source>Übergabepaket &amp;einlesen …</source>
            <translation>R&amp;ead handover package …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="90" />
            <source>Übergabepaket einer Schule einlesen (Nachfolge)</source>
            <translation>Read a school's handover package (successor)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="101" />
            <source>Paket</source>
            <translation>Package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="101" />
            <source>Geschrieben am</source>
            <translation>Written on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="101" />
            <source>An</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="102" />
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="103" />
            <source>Geschriebene Pakete</source>
            <translation>Packages written</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="107" />
            <source>&lt;b&gt;Vertretung&lt;/b&gt;</source>
            <translation>&lt;b&gt;Cover&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="109" />
            <source>&lt;b&gt;Eine Schule abgeben&lt;/b&gt;</source>
            <translation>&lt;b&gt;Handing on a school&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="111" />
            <source>&lt;b&gt;Geschriebene Pakete&lt;/b&gt; (ohne Schlüssel)</source>
            <translation>&lt;b&gt;Packages written&lt;/b&gt; (without keys)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="187" />
            <source>Vertretungspaket öffnen</source>
            <translation>Open cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="214" />
            <source>Übergabepaket einlesen</source>
            <translation>Read handover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="223" />
            <source>Übergabepaket eingelesen: {0}</source>
            <translation>Handover package read: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="225" />
            <source>%n Eintr(ag|äge) weich(t|en) ab; keine Quittung geschrieben, bis entschieden ist.</source>
            <translation>
                <numerusform>%n entry differs; no receipt written until it is decided.</numerusform>
                <numerusform>%n entries differ; no receipt written until they are decided.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="228" />
            <source>Empfangsquittung geschrieben: {0} – bitte der Vorgängerin geben.</source>
            <translation>Receipt written: {0} – please give it to your predecessor.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="250" />
            <source>Rückgabe einlesen</source>
            <translation>Read return</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="260" />
            <source>Rückgabe eingelesen: {0}</source>
            <translation>Return read: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="262" />
            <source>%n Eintr(ag|äge) weich(t|en) von Ihren ab und wurde(n) NICHT überschrieben:</source>
            <translation>
                <numerusform>%n entry differs from yours and was NOT overwritten:</numerusform>
                <numerusform>%n entries differ from yours and were NOT overwritten:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="274" />
            <source>Empfangsquittung einlesen</source>
            <translation>Read receipt</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="275" />
            <source>Quittungen (*.ssaquittung)</source>
            <translation>Receipts (*.ssaquittung)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="281" />
            <source>Quittung geprüft. Gelöscht – Schule {0}:</source>
            <translation>Receipt checked. Deleted – school {0}:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="284" />
            <source>Behalten: %n anonyme(r) Statistikeintr(ag|äge).</source>
            <translation>
                <numerusform>Kept: %n anonymous statistics entry.</numerusform>
                <numerusform>Kept: %n anonymous statistics entries.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="286" />
            <source>Der Paketschlüssel ist aus dem Tresor entfernt.</source>
            <translation>The package key has been removed from the vault.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="307" />
            <source>Folgepaket</source>
            <translation>Follow-up package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="309" />
            <source>Jetzt ein Folgepaket für die Nachfolge schreiben?</source>
            <translation>Write a follow-up package for the successor now?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="310" />
            <source>Folgepaket schreiben …</source>
            <translation>Write follow-up package …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/panel.py" line="311" />
            <source>Später</source>
            <translation>Later</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="41" />
            <source>Schule übergeben</source>
            <translation>Hand on school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="47" />
            <source>Name der Nachfolge</source>
            <translation>Name of the successor</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="48" />
            <source>Funktion der Nachfolge</source>
            <translation>Role of the successor</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="56" />
            <source>&amp;Schule</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="57" />
            <source>&amp;Nachfolge (Name)</source>
            <translation>&amp;Successor (name)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="61" />
            <source>Ins Paket kommt alles dieser Schule: Personen mit Fällen, Kontakten, Einwilligungen und § 8a-Verfahren, Gruppen, offene Angebote, Termine, Kooperationsvereinbarungen. Jede Person wird im Übermittlungsprotokoll vermerkt. Gelöscht wird erst, wenn Sie die Empfangsquittung der Nachfolge einlesen – und nur, was im Paket war; was Sie danach eintragen, bleibt bei Ihnen (Folgepaket).</source>
            <translation>The package holds everything of this school: persons with cases, contacts, consents and § 8a procedures, groups, open offers, appointments, cooperation agreements. Each person is entered in the disclosure log. Nothing is deleted until you read in the successor's receipt – and only what was in the package; what you enter afterwards stays with you (follow-up package).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="74" />
            <source>Übergabepaket schreiben</source>
            <translation>Write handover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="79" />
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="79" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/handover/school_dialog.py" line="123" />
            <source>Das Übergabepaket ist geschrieben: {0}
{1}
Der Schlüssel wird nur jetzt angezeigt; getrennt von der Datei übergeben.</source>
            <translation>The handover package has been written: {0}
{1}
The key is shown only now; hand it over separately from the file.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Vorschlag&lt;/b&gt;</source>
            <translation type="obsolete">&lt;b&gt;Proposal&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Beginn (HH:MM)</source>
            <translation type="obsolete">Start (HH:MM)</translation>
        </message>
        <message>
            <source>Behalten: {0} anonyme Statistikeinträge.</source>
            <translation type="obsolete">Kept: {0} anonymous statistics records.</translation>
        </message>
        <message>
            <source>Beobachtung</source>
            <translation type="obsolete">Observation</translation>
        </message>
        <message>
            <source>Bestritten</source>
            <translation type="obsolete">Disputed</translation>
        </message>
        <message>
            <source>Bitte zuerst unter „Offene Fälle“ einen Fall wählen.</source>
            <translation type="obsolete">Please choose a case under “Open cases” first.</translation>
        </message>
        <message>
            <source>Bitte zuerst unter „Personen“ eine Person wählen.</source>
            <translation type="obsolete">Please choose a person under “Persons” first.</translation>
        </message>
        <message>
            <source>Dauer in Minuten</source>
            <translation type="obsolete">Duration in minutes</translation>
        </message>
        <message>
            <source>Einschätzung</source>
            <translation type="obsolete">Assessment</translation>
        </message>
        <message>
            <source>Ende (HH:MM)</source>
            <translation type="obsolete">End (HH:MM)</translation>
        </message>
        <message>
            <source>Entscheiden</source>
            <translation type="obsolete">Decide</translation>
        </message>
        <message>
            <source>Ins Paket kommt alles dieser Schule: Personen mit Fällen, Kontakten, Einwilligungen und § 8a-Verfahren, Gruppen, offene Angebote, Termine, Kooperationsvereinbarungen. Jede Person wird im Übermittlungsprotokoll vermerkt. Gelöscht wird erst, wenn Sie die Empfangsquittung der Nachfolge einlesen.</source>
            <translation type="obsolete">The package holds everything of this school: persons with cases, contacts, consents and § 8a procedures, groups, open offers, appointments, cooperation agreements. Every person is entered in the disclosure log. Nothing is deleted until you read the successor's receipt.</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation type="obsolete">Contact</translation>
        </message>
        <message>
            <source>Kontakt &amp;eintragen …</source>
            <translation type="obsolete">&amp;Enter contact …</translation>
        </message>
        <message>
            <source>Kontakt eingetragen.</source>
            <translation type="obsolete">Contact entered.</translation>
        </message>
        <message>
            <source>Kontakt eintragen</source>
            <translation type="obsolete">Enter contact</translation>
        </message>
        <message>
            <source>Kontakt im ausgewählten Fall eintragen</source>
            <translation type="obsolete">Enter a contact in the selected case</translation>
        </message>
        <message>
            <source>Kontaktart</source>
            <translation type="obsolete">Kind of contact</translation>
        </message>
        <message>
            <source>Meldung</source>
            <translation type="obsolete">Message</translation>
        </message>
        <message>
            <source>Minuten</source>
            <translation type="obsolete">Minutes</translation>
        </message>
        <message>
            <source>Paketschlüssel (64 Zeichen vom Paketblatt):</source>
            <translation type="obsolete">Package key (64 characters from the package sheet):</translation>
        </message>
        <message>
            <source>Rückgabe geschrieben: {0} ({1})</source>
            <translation type="obsolete">Return written: {0} ({1})</translation>
        </message>
        <message>
            <source>Schritt</source>
            <translation type="obsolete">Step</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="obsolete">Status</translation>
        </message>
        <message>
            <source>Termin eingetragen.</source>
            <translation type="obsolete">Appointment entered.</translation>
        </message>
        <message>
            <source>Termin eintragen</source>
            <translation type="obsolete">Enter appointment</translation>
        </message>
        <message>
            <source>Vorgeschlagen werden nur Personen mit gültiger Einwilligung „Weitergabe an die Vertretung“ und offenem Fall, Termin im Zeitraum oder offenem § 8a-Verfahren. Haken entfernen (Leertaste), wer nicht mit soll. Ins Paket kommen nur diese Personen, ihre offenen Fälle, die Termine im Zeitraum und die § 8a-Fristen – keine abgeschlossenen Fälle, keine Arbeitsnotizen, keine Kontakte, keine Teilnehmerlisten. Jede Weitergabe wird im Übermittlungsprotokoll vermerkt.</source>
            <translation type="obsolete">Only persons with a valid consent “passing on to the deputy” and an open case, an appointment in the period or an open § 8a procedure are proposed. Remove the tick (Space) for anyone who should not be included. The package holds only these persons, their open cases, the appointments in the period and the § 8a deadlines – no closed cases, no working notes, no contacts, no participant lists. Every transfer is entered in the disclosure log.</translation>
        </message>
        <message>
            <source>Weitervermittlung</source>
            <translation type="obsolete">Referral</translation>
        </message>
        <message>
            <source>Zugang</source>
            <translation type="obsolete">Access route</translation>
        </message>
        <message>
            <source>abweichend in</source>
            <translation type="obsolete">differs in</translation>
        </message>
        <message>
            <source>{0} Einträge weichen ab; keine Quittung geschrieben, bis sie entschieden sind.</source>
            <translation type="obsolete">{0} entries differ; no receipt is written until they are decided.</translation>
        </message>
        <message>
            <source>{0} Einträge weichen ab; keine Quittung geschrieben. Bitte die Konflikte mit der Kommandozeile entscheiden (package receive).</source>
            <translation type="obsolete">{0} entries differ; no receipt written. Please decide the conflicts with the command line (package receive).</translation>
        </message>
        <message>
            <source>{0} Einträge weichen von Ihren ab und wurden NICHT überschrieben:</source>
            <translation type="obsolete">{0} entries differ from yours and were NOT overwritten:</translation>
        </message>
    </context>
    <context>
        <name>KeyReadout</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/key_readout.py" line="26" />
            <source>Gruppe {0} von {1}: {2}</source>
            <translation>Group {0} of {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/key_readout.py" line="32" />
            <source>{0} – mit „Schlüssel vorlesen“ Gruppe für Gruppe hören</source>
            <translation>{0} – hear it group by group with “Read key aloud”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/key_readout.py" line="44" />
            <source>Schlüssel &amp;vorlesen</source>
            <translation>Read key &amp;aloud</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/key_readout.py" line="45" />
            <source>Schlüssel vorlesen</source>
            <translation>Read key aloud</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/key_readout.py" line="46" />
            <source>Liest bei jedem Drücken die nächste Gruppe</source>
            <translation>Reads the next group at every press</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ssa_desktop/ui/shell/accessibility_statement.py" line="31" />
            <source>Erklärung zur Barrierefreiheit</source>
            <translation>Accessibility statement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/accessibility_statement.py" line="41" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="381" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="70" />
            <source>Gesperrt</source>
            <translation>Locked</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="73" />
            <source>SSA Desktop ist gesperrt. Zum Weiterarbeiten entsperren Sie den Tresor mit Ihrer Passphrase.</source>
            <translation>SSA Desktop is locked. To continue, unlock the vault with your passphrase.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="77" />
            <source>Entsperren …</source>
            <translation>Unlock …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="78" />
            <source>Entsperren</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="84" />
            <source>Beim Sperren abgebrochen</source>
            <translation>Cancelled when locking</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="123" />
            <source>SSA Desktop Hauptfenster</source>
            <translation>SSA Desktop main window</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="173" />
            <source>Bereiche</source>
            <translation>Areas</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="174" />
            <source>Mit den Pfeiltasten einen Bereich wählen</source>
            <translation>Choose an area with the arrow keys</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="183" />
            <source>Inhalt</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="188" />
            <source>Strg+{0}</source>
            <translation>Ctrl+{0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="195" />
            <source>Suche …</source>
            <translation>Search …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="195" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="345" />
            <source>Strg+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="196" />
            <source>Suche (Strg+K)</source>
            <translation>Search (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="197" />
            <source>Personen, Fälle und Notizen suchen (Strg+K)</source>
            <translation>Search persons, cases and notes (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="201" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="202" />
            <source>Sperren (Strg+L)</source>
            <translation>Lock (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="203" />
            <source>Alles sofort ausblenden und den Tresor sperren</source>
            <translation>Hide everything at once and lock the vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="205" />
            <source>SSA Desktop — Schulsozialarbeit</source>
            <translation>SSA Desktop — School social work</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="244" />
            <source>Strg+N Kontakt erfassen · Strg+K Suchen · Strg+L Sperren</source>
            <translation>Ctrl+N record contact · Ctrl+K search · Ctrl+L lock</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="245" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="297" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="374" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="375" />
            <source>Tastenkürzel</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="247" />
            <source>Zustand des Tresors</source>
            <translation>Vault state</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="272" />
            <source>Kontakt erfassen …</source>
            <translation>Record contact …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="274" />
            <source>Suchen …</source>
            <translation>Search …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="275" />
            <source>Stoppuhr starten/anhalten</source>
            <translation>Start/stop stopwatch</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="278" />
            <source>Sperren</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="283" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="353" />
            <source>Beenden</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="295" />
            <source>Kurzkontakte ansehen und korrigieren …</source>
            <translation>View and correct short contacts …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="298" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="399" />
            <source>Über SSA Desktop</source>
            <translation>About SSA Desktop</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="299" />
            <source>Erklärung zur &amp;Barrierefreiheit …</source>
            <translation>Accessi&amp;bility statement …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="303" />
            <source>&amp;Datei</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="310" />
            <source>&amp;Bereiche</source>
            <translation>&amp;Areas</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="313" />
            <source>&amp;Hilfe</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="344" />
            <source>Strg+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="344" />
            <source>Kontakt erfassen (von überall)</source>
            <translation>Record contact (from anywhere)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="345" />
            <source>Suchen</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="346" />
            <source>Strg+T</source>
            <translation>Ctrl+T</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="346" />
            <source>Stoppuhr starten/anhalten (Arbeitszeit)</source>
            <translation>Start/stop stopwatch (working time)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="347" />
            <source>Strg+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="347" />
            <source>Sperren: alles ausblenden</source>
            <translation>Lock: hide everything</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="348" />
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="348" />
            <source>Diese Übersicht der Tastenkürzel</source>
            <translation>This overview of keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="352" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="352" />
            <source>Speichern im Dialog</source>
            <translation>Save in dialogs</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="352" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="352" />
            <source>Abbrechen im Dialog</source>
            <translation>Cancel in dialogs</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="353" />
            <source>Strg+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="355" />
            <source>Strg+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="355" />
            <source>Speichern aus einem mehrzeiligen Textfeld (Notiz, § 8a-Schritt)</source>
            <translation>Save from a multi-line text field (note, § 8a step)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="357" />
            <source>Alt+←</source>
            <translation>Alt+←</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="357" />
            <source>Zurück zur Personenliste; in Termine: Tag bzw. Woche zurück</source>
            <translation>Back to the person list; in Appointments: previous day or week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="358" />
            <source>Alt+→</source>
            <translation>Alt+→</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="358" />
            <source>In Termine: Tag bzw. Woche vor</source>
            <translation>In Appointments: next day or week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="359" />
            <source>F6</source>
            <translation>F6</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="359" />
            <source>Wochenraster verlassen (ebenso Strg+Tab und Esc)</source>
            <translation>Leave the weekly grid (also Ctrl+Tab and Esc)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="360" />
            <source>Alt+V</source>
            <translation>Alt+V</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="360" />
            <source>Schlüssel vorlesen: die nächste Gruppe eines angezeigten Schlüssels</source>
            <translation>Read key aloud: the next group of a key shown</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="369" />
            <source>Kontakt erfassen: Art „{0}“, weiter zu Themen</source>
            <translation>Record contact: kind “{0}”, then on to topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="399" />
            <source>&lt;p&gt;&lt;b&gt;SSA Desktop&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Dokumentation für die Schulsozialarbeit: verschlüsselt (SQLCipher), offline, getrennt von Schuldaten.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;SSA Desktop&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Documentation for school social work: encrypted (SQLCipher), offline, separate from school data.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="545" />
            <source>Tresor: gesperrt</source>
            <translation>Vault: locked</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="676" />
            <source>Tresor: wird geprüft …</source>
            <translation>Vault: checking …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="695" />
            <source>Tresor: Problem gefunden — bitte Sicherung prüfen</source>
            <translation>Vault: problem found — please check the backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="699" />
            <source>Tresor: geprüft</source>
            <translation>Vault: checked</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="704" />
            <source>Tresor: Prüfung nicht möglich</source>
            <translation>Vault: check not possible</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="724" />
            <source>Ort des Tresors</source>
            <translation>Location of the vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="764" />
            <source>Nicht gespeichert</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="764" />
            <source>Nicht gespeicherte Eingaben: {0}. Vor dem Beenden speichern?</source>
            <translation>Unsaved input: {0}. Save before quitting?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="767" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="768" />
            <source>Als Entwurf behalten</source>
            <translation>Keep as draft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="769" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="770" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="831" />
            <source>Bitte warten, bis die laufende Aktion fertig ist.</source>
            <translation>Please wait until the current action is finished.</translation>
        </message>
        <message>
            <source>Der Dialog konnte nicht geöffnet werden.</source>
            <translation type="obsolete">The dialog could not be opened.</translation>
        </message>
        <message>
            <source>Die Schnellerfassung (Strg+N) wird gerade gebaut.</source>
            <translation type="obsolete">Quick entry (Ctrl+N) is being built.</translation>
        </message>
        <message>
            <source>Die Suche (Strg+K) wird gerade gebaut.</source>
            <translation type="obsolete">Search (Ctrl+K) is being built.</translation>
        </message>
        <message>
            <source>Dieser Bereich konnte nicht geladen werden.</source>
            <translation type="obsolete">This area could not be loaded.</translation>
        </message>
        <message>
            <source>Dieser Bereich konnte nicht geöffnet werden.</source>
            <translation type="obsolete">This area could not be opened.</translation>
        </message>
        <message>
            <source>Dieser Bereich wird gerade gebaut.</source>
            <translation type="obsolete">This area is being built.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="28" />
            <source>Der Arbeitsspeicher reicht nicht aus. Bitte schließen Sie andere Programme.</source>
            <translation>Not enough memory. Please close other programs.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="30" />
            <source>Auf den Ordner oder die Datei darf nicht geschrieben werden. Bitte wählen Sie einen anderen Ort.</source>
            <translation>The folder or file may not be written. Please choose another location.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="33" />
            <source>Die Datei konnte nicht geschrieben oder gelesen werden. Bitte prüfen Sie den Ort und den freien Platz.</source>
            <translation>The file could not be written or read. Please check the location and the free space.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="37" />
            <source>Die Aktion ist fehlgeschlagen. Es wurde nichts halb gespeichert.</source>
            <translation>The action failed. Nothing was half saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="43" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="52" />
            <location filename="../../ssa_desktop/ui/common/messages.py" line="60" />
            <location filename="../../ssa_desktop/ui/common/messages.py" line="64" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="73" />
            <source>Rückfrage</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="75" />
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="76" />
            <source>Nein</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>NamesFound</name>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" line="26" />
            <source>„{0}“ – {1}, Zeile {2}</source>
            <translation>“{0}” – {1}, line {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" line="37" />
            <source>Namen im Text</source>
            <translation>Names in the text</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" line="41" />
            <source>{0} verspricht „keine Namen“, aber in den Texten stehen {1} Namen von Personen aus dem Tresor. Ersetzen setzt „{2}“ an ihre Stelle.</source>
            <translation>{0} promises “no names”, but the texts hold {1} names of persons from the vault. Replace puts “{2}” in their place.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" line="46" />
            <source>Gefundene Namen</source>
            <translation>Names found</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" line="52" />
            <source>Namen &amp;ersetzen</source>
            <translation>&amp;Replace names</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" line="53" />
            <source>Namen durch „[Name]“ ersetzen und drucken</source>
            <translation>Replace names by “[Name]” and print</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" line="55" />
            <source>&amp;Bearbeiten</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" line="55" />
            <source>Zurück zum Text, erster Name markiert</source>
            <translation>Back to the text, first name selected</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" line="58" />
            <source>&amp;Trotzdem drucken</source>
            <translation>&amp;Print anyway</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/names_dialog.py" line="59" />
            <source>Trotzdem mit den Namen drucken</source>
            <translation>Print with the names anyway</translation>
        </message>
    </context>
    <context>
        <name>NetworkArea</name>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="93" />
            <source>Partner filtern</source>
            <translation>Filter partners</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="94" />
            <source>Filtern: Name, Ansprechperson, Notiz …</source>
            <translation>Filter: name, contact person, note …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="96" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="214" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="236" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="248" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="96" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="113" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="96" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="113" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="233" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="248" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="96" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="109" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="114" />
            <source>Ansprechperson</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="97" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="110" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="114" />
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="97" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="111" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="115" />
            <source>E-Mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="101" />
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="107" />
            <source>Name der Einrichtung</source>
            <translation>Name of the institution</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="108" />
            <source>Art der Einrichtung</source>
            <translation>Kind of institution</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="112" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="115" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="218" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="239" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="249" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="119" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="240" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="388" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="123" />
            <source>&amp;Neu</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="123" />
            <source>Neuer Partner</source>
            <translation>New partner</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="124" />
            <source>&amp;Speichern</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="124" />
            <source>Partner speichern</source>
            <translation>Save partner</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="125" />
            <source>&amp;Löschen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="125" />
            <source>Partner löschen</source>
            <translation>Delete partner</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="207" />
            <source>Art der Vernetzung</source>
            <translation>Kind of networking</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="212" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="235" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="248" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="215" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="237" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="249" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="358" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="362" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="217" />
            <source>Ziel der Kooperationsvereinbarung</source>
            <translation>Goal of the cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="226" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="583" />
            <source>Vernetzung</source>
            <translation>Networking</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="230" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="248" />
            <source>Dauer</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="238" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="249" />
            <source>Ziel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="244" />
            <source>&amp;Erfassen</source>
            <translation>&amp;Record</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="244" />
            <source>Vernetzungsaktivität erfassen</source>
            <translation>Record networking activity</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="247" />
            <source>Vernetzungsaktivitäten</source>
            <translation>Networking activities</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="262" />
            <source>— ohne Partner —</source>
            <translation>— without partner —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="285" />
            <source>— ohne Ziel —</source>
            <translation>— without goal —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="322" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="411" />
            <source>Vorlage übernehmen</source>
            <translation>Use template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="324" />
            <source>Beispiele aus der Muster-Kooperationsvereinbarung (Anhang):</source>
            <translation>Examples from the model cooperation agreement (appendix):</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="326" />
            <source>Vorlagen</source>
            <translation>Templates</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="334" />
            <source>Übernehmen</source>
            <translation>Use</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="360" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="364" />
            <source>Vereinbarung</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="366" />
            <source>Neue &amp;Vereinbarung</source>
            <translation>&amp;New agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="366" />
            <source>Neue Kooperationsvereinbarung</source>
            <translation>New cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="372" />
            <source>Gültig ab</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="373" />
            <source>Gültig bis</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="375" />
            <source>bis</source>
            <translation>until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="381" />
            <source>Termine Auswertungsgespräch</source>
            <translation>Review meeting dates</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="382" />
            <source>TT.MM.JJJJ, mehrere mit Komma</source>
            <translation>DD.MM.YYYY, several separated by commas</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="383" />
            <source>Notizen zur Vereinbarung</source>
            <translation>Notes on the agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="385" />
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="386" />
            <source>Auswertungsgespräch</source>
            <translation>Review meeting</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="387" />
            <source>Notizen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="391" />
            <source>Vereinbarung &amp;speichern</source>
            <translation>&amp;Save agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="391" />
            <source>Vereinbarung speichern</source>
            <translation>Save agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="396" />
            <source>Ziele und Angebote</source>
            <translation>Goals and offers</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="396" />
            <source>Ziel der Kooperation</source>
            <translation>Goal of the cooperation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="397" />
            <source>Angebot / Rahmenbedingungen</source>
            <translation>Offer / conditions</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="406" />
            <source>Ziel &amp;hinzufügen</source>
            <translation>Add &amp;goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="406" />
            <source>Ziel hinzufügen</source>
            <translation>Add goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="407" />
            <source>&amp;Entfernen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="407" />
            <source>Ausgewähltes Ziel entfernen</source>
            <translation>Remove the selected goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="408" />
            <source>Nach &amp;oben</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="408" />
            <source>Ziel nach oben</source>
            <translation>Move goal up</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="409" />
            <source>Nach &amp;unten</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="409" />
            <source>Ziel nach unten</source>
            <translation>Move goal down</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="411" />
            <source>Vorlage &amp;übernehmen …</source>
            <translation>Use &amp;template …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="412" />
            <source>&amp;Jahresbericht …</source>
            <translation>Annual &amp;report …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="412" />
            <source>Jahresbericht für das Auswertungsgespräch</source>
            <translation>Annual report for the evaluation meeting</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="444" />
            <source>offen</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="515" />
            <source>Neues Ziel</source>
            <translation>New goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="585" />
            <source>&amp;Partner</source>
            <translation>&amp;Partners</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="587" />
            <source>Vernetzungs&amp;aktivitäten</source>
            <translation>Networking &amp;activities</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="589" />
            <source>&amp;Kooperationsvereinbarung</source>
            <translation>&amp;Cooperation agreement</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation type="obsolete">Cancel</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" line="24" />
            <source>Was ist geschehen, was wurde gesagt? (Fakten)</source>
            <translation>What happened, what was said? (facts)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" line="25" />
            <source>Beobachtung</source>
            <translation>Observation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" line="27" />
            <source>Fachliche Einschätzung, Vereinbarungen, nächste Schritte</source>
            <translation>Professional assessment, agreements, next steps</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" line="28" />
            <source>Einschätzung</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" line="35" />
            <source>&amp;Beobachtung</source>
            <translation>&amp;Observation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" line="37" />
            <source>Einschät&amp;zung</source>
            <translation>Assess&amp;ment</translation>
        </message>
    </context>
    <context>
        <name>OpenOffers</name>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="129" />
            <source>leer lassen (–), wenn nicht gezählt</source>
            <translation>leave empty (–) if not counted</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="138" />
            <source>Offene Angebote</source>
            <translation>Open offers</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="150" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="151" />
            <source>Filter Schuljahr</source>
            <translation>Filter by school year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="153" />
            <source>&amp;Schule</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="154" />
            <source>Schul&amp;jahr</source>
            <translation>School &amp;year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="159" />
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="178" />
            <source>Offenes Angebot erfassen</source>
            <translation>Record open offer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="161" />
            <source>Angebot</source>
            <translation>Offer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="162" />
            <source>z. B. Pausenangebot, offener Raum</source>
            <translation>e.g. break-time offer, open room</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="167" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="169" />
            <source>Anzahl Besucher:innen</source>
            <translation>Number of visitors</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="170" />
            <source>davon männlich</source>
            <translation>of whom male</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="171" />
            <source>davon weiblich</source>
            <translation>of whom female</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="172" />
            <source>davon divers</source>
            <translation>of whom diverse</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="173" />
            <source>Ziel der Kooperationsvereinbarung</source>
            <translation>Goal of the cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="176" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="177" />
            <source>&amp;Erfassen ⏎</source>
            <translation>&amp;Record ⏎</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="189" />
            <source>&amp;Angebot</source>
            <translation>&amp;Offer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="190" />
            <source>Da&amp;tum</source>
            <translation>Da&amp;te</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="191" />
            <source>Da&amp;uer</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="192" />
            <source>Besu&amp;cher:innen</source>
            <translation>Vi&amp;sitors</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="195" />
            <source>(optional)</source>
            <translation>(optional)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="198" />
            <source>davon</source>
            <translation>of whom</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="201" />
            <source>&amp;Ziel</source>
            <translation>&amp;Goal</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="202" />
            <source>&amp;Notiz</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="211" />
            <source>Erfasste offene Angebote</source>
            <translation>Recorded open offers</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="217" />
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="441" />
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="448" />
            <source>Eintrag löschen</source>
            <translation>Delete entry</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="218" />
            <source>Gewählten Eintrag löschen</source>
            <translation>Delete the selected entry</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="220" />
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="238" />
            <source>Summen je Monat</source>
            <translation>Totals per month</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="225" />
            <source>Summe im Schuljahr</source>
            <translation>Total in the school year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="302" />
            <source>Schuljahr: {0} · {1} Std. · {2}</source>
            <translation>School year: {0} · {1} h · {2}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="303" />
            <source>%n Angebot(e)</source>
            <translation>
                <numerusform>%n offer</numerusform>
                <numerusform>%n offers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="305" />
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="406" />
            <source>%n Besucher:in(nen)</source>
            <translation>
                <numerusform>%n visitor</numerusform>
                <numerusform>%n visitors</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="331" />
            <source>Offenes Angebot</source>
            <translation>Open offer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="357" />
            <source>— kein Ziel —</source>
            <translation>— no goal —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="394" />
            <source>Bitte prüfen</source>
            <translation>Please check</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="395" />
            <source>Ja, so erfassen</source>
            <translation>Yes, record as it is</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="395" />
            <source>Ändern</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="404" />
            <source>Erfasst: {0}, {1}, {2}.</source>
            <translation>Recorded: {0}, {1}, {2}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/open_offers/area.py" line="442" />
            <source>„{0}“ vom {1} löschen? Er verschwindet auch aus Statistik und Arbeitszeit.</source>
            <translation>Delete “{0}” of {1}? It also disappears from statistics and working time.</translation>
        </message>
        <message>
            <source>&amp;Besucher:innen</source>
            <translation type="obsolete">&amp;Visitors</translation>
        </message>
        <message>
            <source>&amp;Datum</source>
            <translation type="obsolete">&amp;Date</translation>
        </message>
        <message>
            <source>Erfasst: {0}, {1}, {2} Besucher:innen.</source>
            <translation type="obsolete">Recorded: {0}, {1}, {2} visitors.</translation>
        </message>
        <message>
            <source>Meldung</source>
            <translation type="obsolete">Message</translation>
        </message>
        <message>
            <source>Schuljahr: {0} Angebote · {1} Std. · {2} Besucher:innen</source>
            <translation type="obsolete">School year: {0} offers · {1} h · {2} visitors</translation>
        </message>
    </context>
    <context>
        <name>OverviewArea</name>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="68" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="95" />
            <source>Enter: öffnen</source>
            <translation>Enter: open</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="139" />
            <source>Datum heute</source>
            <translation>Date today</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="143" />
            <source>Schuljahres&amp;wechsel …</source>
            <translation>School &amp;year change …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="144" />
            <source>Schuljahreswechsel öffnen</source>
            <translation>Open the school year change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="161" />
            <source>Termine heute</source>
            <translation>Appointments today</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="161" />
            <source>Heute keine Termine.</source>
            <translation>No appointments today.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="162" />
            <source>Beratungszettel drucken …</source>
            <translation>Print consultation slips …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="163" />
            <source>Beratungszettel für heute drucken</source>
            <translation>Print today's consultation slips</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="167" />
            <source>&amp;Vertretungspaket …</source>
            <translation>&amp;Cover package …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="168" />
            <source>Vertretungspaket erstellen</source>
            <translation>Create cover package</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="169" />
            <source>Für eine Abwesenheit: Paket für die Vertretung schreiben (wie unter Datenschutz → Vertretung und Übergabe)</source>
            <translation>For an absence: write a package for the deputy (as under Data protection → Cover and handover)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="174" />
            <source>Kinderschutz (§ 8a)</source>
            <translation>Child protection (§ 8a)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="175" />
            <source>Keine offenen Verfahren.</source>
            <translation>No open procedures.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="176" />
            <source>Entwürfe</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="176" />
            <source>Keine offenen Entwürfe.</source>
            <translation>No open drafts.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="177" />
            <source>Fristen (nächste 14 Tage)</source>
            <translation>Deadlines (next 14 days)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="178" />
            <source>Keine Fristen in den nächsten 14 Tagen.</source>
            <translation>No deadlines in the next 14 days.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="182" />
            <location filename="../../ssa_desktop/ui/overview/area.py" line="329" />
            <source>Löschung fällig</source>
            <translation>Deletion due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="183" />
            <source>Nichts zur Löschung fällig.</source>
            <translation>Nothing due for deletion.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="191" />
            <source>Schuljahreswechsel</source>
            <translation>School year change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="192" />
            <source>Kein Schuljahreswechsel offen.</source>
            <translation>No school year change pending.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="208" />
            <source>Heute, {0}</source>
            <translation>Today, {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="209" />
            <source>Montag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="209" />
            <source>Dienstag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="209" />
            <source>Mittwoch</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="209" />
            <source>Donnerstag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="209" />
            <source>Freitag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="209" />
            <source>Samstag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="209" />
            <source>Sonntag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="303" />
            <source>Schuljahreswechsel {0} für {1} steht aus</source>
            <translation>School year change {0} for {1} is pending</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="331" />
            <source>Löschung fällig ({0}), Prüfung fällig ({1})</source>
            <translation>Deletion due ({0}), review due ({1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="333" />
            <source>Löschung fällig ({0})</source>
            <translation>Deletion due ({0})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/overview/area.py" line="335" />
            <source>%n Eintr(ag|äge) zur Löschung fällig – im Bereich Datenschutz prüfen</source>
            <translation>
                <numerusform>%n entry due for deletion – review in Data protection</numerusform>
                <numerusform>%n entries due for deletion – review in Data protection</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/overview/area.py" line="339" />
            <source>%n Eintr(ag|äge) zur Prüfung fällig: Verbleib, ruhende Person oder Fallabschluss – im Bereich Datenschutz angeben</source>
            <translation>
                <numerusform>%n entry due for review: whereabouts, dormant person or case closure – answer it in Data protection</numerusform>
                <numerusform>%n entries due for review: whereabouts, dormant person or case closure – answer them in Data protection</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="345" />
            <source>Die Löschfristen werden geprüft …</source>
            <translation>Checking the retention periods …</translation>
        </message>
        <message>
            <source>Der Druck der Beratungszettel folgt; bis dahin im Bereich „Termine“ drucken.</source>
            <translation type="obsolete">Printing consultation slips here follows; until then print them in “Appointments”.</translation>
        </message>
        <message>
            <source>Der Druck von Beratungszetteln folgt in einer der nächsten Versionen.</source>
            <translation type="obsolete">Printing consultation slips follows in one of the next versions.</translation>
        </message>
        <message>
            <source>Die Prüfung der Löschfristen folgt in einer der nächsten Versionen.</source>
            <translation type="obsolete">The review of deletion periods follows in one of the next versions.</translation>
        </message>
        <message>
            <source>Die Schnellerfassung wird gerade gebaut.</source>
            <translation type="obsolete">Quick entry is being built.</translation>
        </message>
        <message>
            <source>Die Zeitanteile mit Ampel folgen in einer der nächsten Versionen.</source>
            <translation type="obsolete">Time shares with traffic lights follow in one of the next versions.</translation>
        </message>
        <message>
            <source>Entwürfe folgen mit der Schnellerfassung.</source>
            <translation type="obsolete">Drafts follow with quick entry.</translation>
        </message>
        <message>
            <source>Meldung</source>
            <translation type="obsolete">Message</translation>
        </message>
        <message>
            <source>Termine folgen mit dem Kalender.</source>
            <translation type="obsolete">Appointments follow with the calendar.</translation>
        </message>
        <message>
            <source>Zeitanteile (Schuljahr)</source>
            <translation type="obsolete">Time shares (school year)</translation>
        </message>
        <message>
            <source>{0} Einträge zur Löschung fällig – im Bereich Datenschutz prüfen</source>
            <translation type="obsolete">{0} entries due for deletion – review them in Data protection</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="52" />
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="65" />
            <source>Anzeigen</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="54" />
            <source>Passphrase anzeigen</source>
            <translation>Show passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="55" />
            <source>Passphrase im Klartext anzeigen oder verbergen</source>
            <translation>Show or hide the passphrase in plain text</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="65" />
            <source>Verbergen</source>
            <translation>Hide</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="90" />
            <source>Stärke der Passphrase</source>
            <translation>Passphrase strength</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="94" />
            <source>Hinweis zur Passphrase</source>
            <translation>Passphrase hint</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="113" />
            <source>Am besten vier oder mehr Wörter, die nicht zusammengehören, z. B. „{0}“ (nur als Muster: das Beispiel selbst wird abgelehnt).</source>
            <translation>Best: four or more unrelated words, e.g. “{0}” (a pattern only: the example itself is refused).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="121" />
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="125" />
            <source>sehr schwach</source>
            <translation>very weak</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="121" />
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="125" />
            <source>schwach</source>
            <translation>weak</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="121" />
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="125" />
            <source>ausreichend</source>
            <translation>sufficient</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="121" />
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="125" />
            <source>gut</source>
            <translation>good</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="121" />
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="125" />
            <source>sehr gut</source>
            <translation>very good</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="150" />
            <source>Notfallschlüssel</source>
            <translation>Emergency key</translation>
        </message>
        <message>
            <source>Am besten vier oder mehr Wörter, die nicht zusammengehören, z. B. „Kastanie Regenschirm fliegt 47“.</source>
            <translation type="obsolete">Preferably four or more unrelated words, e.g. “chestnut umbrella flies 47”.</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Abbrechen</source>
            <translation type="obsolete">Cancel</translation>
        </message>
        <message>
            <source>Abgang</source>
            <translation type="obsolete">Left school</translation>
        </message>
        <message>
            <source>Abgang am</source>
            <translation type="obsolete">Left school on</translation>
        </message>
        <message>
            <source>Art</source>
            <translation type="obsolete">Kind</translation>
        </message>
        <message>
            <source>Bemerkung</source>
            <translation type="obsolete">Remark</translation>
        </message>
        <message>
            <source>Daten Dritter (R9): werden mit dem Fall, spätestens 6 Monate nach Abschluss gelöscht.</source>
            <translation type="obsolete">Third-party data (R9): deleted with the case, at the latest 6 months after it is closed.</translation>
        </message>
        <message>
            <source>Erziehungsberechtigte
(Kontakt)</source>
            <translation type="obsolete">Parents/guardians
(contact)</translation>
        </message>
        <message>
            <source>Geburtsjahr</source>
            <translation type="obsolete">Year of birth</translation>
        </message>
        <message>
            <source>Geschlecht</source>
            <translation type="obsolete">Gender</translation>
        </message>
        <message>
            <source>Klasse</source>
            <translation type="obsolete">Class</translation>
        </message>
        <message>
            <source>Klassenstufe</source>
            <translation type="obsolete">Grade</translation>
        </message>
        <message>
            <source>Kontaktdaten der Erziehungsberechtigten</source>
            <translation type="obsolete">Contact details of the parents/guardians</translation>
        </message>
        <message>
            <source>Nachname</source>
            <translation type="obsolete">Last name</translation>
        </message>
        <message>
            <source>Neue Person</source>
            <translation type="obsolete">New person</translation>
        </message>
        <message>
            <source>Person bearbeiten</source>
            <translation type="obsolete">Edit person</translation>
        </message>
        <message>
            <source>Personenart</source>
            <translation type="obsolete">Kind of person</translation>
        </message>
        <message>
            <source>Pflichtfeld, z. B. K-17</source>
            <translation type="obsolete">Required, e.g. K-17</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation type="obsolete">Pseudonym</translation>
        </message>
        <message>
            <source>Pseudonym *</source>
            <translation type="obsolete">Pseudonym *</translation>
        </message>
        <message>
            <source>Schule</source>
            <translation type="obsolete">School</translation>
        </message>
        <message>
            <source>Schulwechsel</source>
            <translation type="obsolete">Change of school</translation>
        </message>
        <message>
            <source>Schulwechsel am</source>
            <translation type="obsolete">Changed school on</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation type="obsolete">Save</translation>
        </message>
        <message>
            <source>Vorname</source>
            <translation type="obsolete">First name</translation>
        </message>
        <message>
            <source>Vorname / Nachname</source>
            <translation type="obsolete">First name / last name</translation>
        </message>
        <message>
            <source>optional</source>
            <translation type="obsolete">optional</translation>
        </message>
        <message>
            <source>z. B. 7b</source>
            <translation type="obsolete">e.g. 7b</translation>
        </message>
        <message>
            <source>—</source>
            <translation type="obsolete">—</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <source>Arbeitsnotizen</source>
            <translation type="obsolete">Working notes</translation>
        </message>
        <message>
            <source>Bereiche der Person</source>
            <translation type="obsolete">Sections of the person</translation>
        </message>
        <message>
            <source>Fälle</source>
            <translation type="obsolete">Cases</translation>
        </message>
        <message>
            <source>Kontakt erfassen …</source>
            <translation type="obsolete">Record contact …</translation>
        </message>
        <message>
            <source>Kontakt für diese Person erfassen</source>
            <translation type="obsolete">Record a contact for this person</translation>
        </message>
        <message>
            <source>Person</source>
            <translation type="obsolete">Person</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation type="obsolete">Save</translation>
        </message>
        <message>
            <source>Stammdaten</source>
            <translation type="obsolete">Master data</translation>
        </message>
        <message>
            <source>Stammdaten gespeichert.</source>
            <translation type="obsolete">Master data saved.</translation>
        </message>
        <message>
            <source>Stammdaten speichern</source>
            <translation type="obsolete">Save master data</translation>
        </message>
        <message>
            <source>Verlauf</source>
            <translation type="obsolete">History</translation>
        </message>
        <message>
            <source>Zurück zur Personenliste</source>
            <translation type="obsolete">Back to the person list</translation>
        </message>
        <message>
            <source>„{0}“ ist in dieser Version noch nicht verfügbar.</source>
            <translation type="obsolete">“{0}” is not available in this version yet.</translation>
        </message>
        <message>
            <source>← Liste</source>
            <translation type="obsolete">← List</translation>
        </message>
    </context>
    <context>
        <name>PersonsArea</name>
        <message>
            <location filename="../../ssa_desktop/ui/persons/area.py" line="33" />
            <source>Personen &amp; Fälle</source>
            <translation>Persons &amp; cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/area.py" line="116" />
            <source>Die Änderungen an den Stammdaten sind noch nicht gespeichert. Trotzdem zurück zur Liste?</source>
            <translation>The changes to the master data have not been saved. Go back to the list anyway?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/area.py" line="117" />
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="239" />
            <source>Nicht gespeichert</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/area.py" line="118" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/area.py" line="118" />
            <source>Weiter bearbeiten</source>
            <translation>Continue editing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/area.py" line="136" />
            <source>Die Änderungen an den Stammdaten sind noch nicht gespeichert.</source>
            <translation>The changes to the master data are not saved yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="58" />
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="179" />
            <source>Fall bearbeiten</source>
            <translation>Edit case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="58" />
            <source>Neuer Fall</source>
            <translation>New case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="64" />
            <source>kurz und ohne Namen, z. B. „Konflikt Klasse“</source>
            <translation>short and without names, e.g. “Class conflict”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="65" />
            <source>Bezeichnung des Falls</source>
            <translation>Case label</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="66" />
            <source>eröffnet am</source>
            <translation>opened on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="67" />
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="167" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="184" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="194" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="69" />
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="167" />
            <source>Zugang</source>
            <translation>Access route</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="71" />
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="167" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="238" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="140" />
            <source>Themen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="74" />
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="167" />
            <source>Weitervermittlung</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="76" />
            <source>Bemerkung zum Fall</source>
            <translation>Remark on the case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="79" />
            <source>Ziele des Falls</source>
            <translation>Goals of the case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="81" />
            <source>kurz, z. B. „regelmäßiger Schulbesuch bis zu den Osterferien“</source>
            <translation>short, e.g. “regular school attendance until the Easter holidays”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="85" />
            <source>Ergebnis beim Abschluss</source>
            <translation>Outcome at closing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="88" />
            <source>weitervermittelt an</source>
            <translation>referred to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="90" />
            <source>&amp;Bezeichnung</source>
            <translation>&amp;Label</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="90" />
            <source>&amp;eröffnet am</source>
            <translation>&amp;Opened on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="91" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="91" />
            <source>&amp;Zugang</source>
            <translation>&amp;Access route</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="92" />
            <source>&amp;Themen</source>
            <translation>&amp;Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="92" />
            <source>&amp;Weitervermittlung</source>
            <translation>&amp;Referral</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="93" />
            <source>Zie&amp;le</source>
            <translation>&amp;Goals</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="94" />
            <source>E&amp;rgebnis beim Abschluss</source>
            <translation>Out&amp;come at closing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="95" />
            <source>weitervermittelt a&amp;n</source>
            <translation>referred &amp;to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="96" />
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="206" />
            <source>Be&amp;merkung</source>
            <translation>Re&amp;mark</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="103" />
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="220" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="152" />
            <source>Der Fall ist nicht gespeichert. Änderungen verwerfen?</source>
            <translation>The case is not saved. Discard the changes?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="153" />
            <source>Änderungen verwerfen?</source>
            <translation>Discard changes?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="167" />
            <source>eröffnet</source>
            <translation>opened</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="167" />
            <source>abgeschlossen</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="167" />
            <source>Bezeichnung</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="167" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="140" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="169" />
            <source>Fälle der Person</source>
            <translation>Cases of the person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="178" />
            <source>Neuer Fall …</source>
            <translation>New case …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="178" />
            <source>Neuen Fall anlegen</source>
            <translation>Create a new case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="179" />
            <source>Bearbeiten …</source>
            <translation>Edit …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="180" />
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="180" />
            <source>Fall abschließen</source>
            <translation>Close case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/case_dialog.py" line="192" />
            <source>Abgeschlossen – Prüfung der Löschung fällig</source>
            <translation>Closed – deletion review due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="135" />
            <source>Pseudonym (Kürzel), Pflichtfeld</source>
            <translation>Pseudonym (short code), required</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="136" />
            <source>z. B. K-17 (Pflicht)</source>
            <translation>e.g. K-17 (required)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="137" />
            <source>Vorname (freiwillig)</source>
            <translation>First name (optional)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="138" />
            <source>Nachname (freiwillig)</source>
            <translation>Last name (optional)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="139" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="187" />
            <source>Personenart</source>
            <translation>Kind of person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="140" />
            <source>Geschlecht</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="144" />
            <source>Geburtsjahr</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="148" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="183" />
            <source>Klassenstufe</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="149" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="57" />
            <source>Klasse</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="149" />
            <source>z. B. 7b</source>
            <translation>e.g. 7b</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="150" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="182" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="193" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="57" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="151" />
            <source>abgegangen am</source>
            <translation>left on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="152" />
            <source>Schulwechsel am</source>
            <translation>Changed school on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="153" />
            <source>Kontaktdaten der Erziehungsberechtigten</source>
            <translation>Contact details of the parents/guardians</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="155" />
            <source>Bemerkung zur Person</source>
            <translation>Remark on the person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="166" />
            <source>&amp;Pseudonym *</source>
            <translation>&amp;Pseudonym *</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="168" />
            <source>••• (ausgeblendet)</source>
            <translation>••• (hidden)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="173" />
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="175" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="161" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="163" />
            <source>Namen anzeigen</source>
            <translation>Show names</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="176" />
            <source>Namen und Kontaktdaten für diese Sitzung anzeigen</source>
            <translation>Show names and contact details for this session</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="183" />
            <source>V&amp;or- / Nachname</source>
            <translation>First / last &amp;name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="184" />
            <source>A&amp;rt</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="185" />
            <source>&amp;Geschlecht</source>
            <translation>&amp;Gender</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="186" />
            <source>Geburts&amp;jahr</source>
            <translation>&amp;Year of birth</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="187" />
            <source>Klassenst&amp;ufe</source>
            <translation>Grade &amp;level</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="188" />
            <source>K&amp;lasse</source>
            <translation>C&amp;lass</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="189" />
            <source>S&amp;chule</source>
            <translation>S&amp;chool</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="190" />
            <source>Abgang</source>
            <translation>Left school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="191" />
            <source>Schulwechsel</source>
            <translation>Change of school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="192" />
            <source>ausgeblendet – „Namen anzeigen“ blendet sie ein</source>
            <translation>hidden – “Show names” reveals them</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="200" />
            <source>Kontakt &amp;Erziehungsberechtigte</source>
            <translation>Contact of parents or &amp;guardians</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="201" />
            <source>Daten Dritter – nur was nötig ist; sie werden mit dem Fall gelöscht, spätestens sechs Monate nach dem Ende der Beratung.</source>
            <translation>Third-party data – only what is needed; deleted with the case, at the latest six months after counselling ends.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="218" />
            <source>Speicherstatus</source>
            <translation>Save status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="221" />
            <source>Stammdaten speichern</source>
            <translation>Save master data</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="315" />
            <source>Entwurf wiederhergestellt – noch nicht gespeichert</source>
            <translation>Draft restored – not saved yet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="357" />
            <source>— keine —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_form.py" line="449" />
            <source>Gespeichert</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="57" />
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="57" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="57" />
            <source>offene Fälle</source>
            <translation>open cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="57" />
            <source>letzter Kontakt</source>
            <translation>last contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="107" />
            <source> (abgegangen)</source>
            <translation> (left)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="151" />
            <source>Anzahl der Personen</source>
            <translation>Number of persons</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="158" />
            <source>&lt;b&gt;Personen &amp;amp; Fälle&lt;/b&gt;</source>
            <translation>&lt;b&gt;Persons &amp;amp; cases&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="164" />
            <source>Echte Namen nur für diese Sitzung anzeigen</source>
            <translation>Show real names for this session only</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="166" />
            <source>Neue Person …</source>
            <translation>New person …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="167" />
            <source>Neue Person anlegen</source>
            <translation>Create a new person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="169" />
            <source>Kontakt erfassen (Strg+N)</source>
            <translation>Record contact (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="170" />
            <source>Kontakt erfassen</source>
            <translation>Record contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="178" />
            <source>Personen filtern nach Pseudonym oder Name</source>
            <translation>Filter persons by pseudonym or name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="179" />
            <source>Pseudonym eingeben …</source>
            <translation>Enter pseudonym …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="186" />
            <source>alle</source>
            <translation>all</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="186" />
            <source>mit offenem Fall</source>
            <translation>with an open case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="186" />
            <source>aktiv</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="186" />
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="168" />
            <source>abgegangen</source>
            <translation>left</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="188" />
            <source>alle Arten</source>
            <translation>all kinds</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="191" />
            <source>Suche</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="193" />
            <source>Stufe</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="194" />
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="57" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="140" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="203" />
            <source>Personenliste</source>
            <translation>Person list</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="255" />
            <source>alle Schulen</source>
            <translation>all schools</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="256" />
            <source>alle Stufen</source>
            <translation>all years</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="257" />
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="36" />
            <source>Klasse {0}</source>
            <translation>Class {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/persons/person_list.py" line="283" />
            <source>%n Person(en)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n persons</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="59" />
            <source>← Zurück zur Liste</source>
            <translation>← Back to the list</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="60" />
            <source>Zurück zur Personenliste (Esc)</source>
            <translation>Back to the person list (Esc)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="61" />
            <source>Esc oder Alt+Links</source>
            <translation>Esc or Alt+Left</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="64" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="67" />
            <source>Kontakt erfassen …</source>
            <translation>Record contact …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="68" />
            <source>Kontakt für diese Person erfassen</source>
            <translation>Record a contact for this person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="74" />
            <source>Beratungszettel …</source>
            <translation>Consultation slip …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="75" />
            <source>Beratungszettel für die nächsten Termine drucken</source>
            <translation>Print consultation slips for the next appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="81" />
            <source>Bereiche der Person</source>
            <translation>Sections of the person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="97" />
            <source>&amp;Stammdaten</source>
            <translation>Master &amp;data</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="98" />
            <source>&amp;Fälle</source>
            <translation>&amp;Cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="99" />
            <source>&amp;Verlauf</source>
            <translation>Hi&amp;story</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="100" />
            <source>&amp;Arbeitsnotizen</source>
            <translation>&amp;Working notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="101" />
            <source>&amp;Kinderschutz (§ 8a)</source>
            <translation>Child pro&amp;tection (§ 8a)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="102" />
            <source>E&amp;inwilligungen</source>
            <translation>Co&amp;nsents</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/person_page.py" line="146" />
            <source>Neue Person</source>
            <translation>New person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="63" />
            <source>eingetragen von {0}</source>
            <translation>entered by {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="84" />
            <source>Achtung: Inhalt bestritten (§ 84 Abs. 2 SGB X)</source>
            <translation>Caution: content disputed (§ 84(2) SGB X)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="85" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="254" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="106" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="140" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="85" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="106" />
            <source>Beobachtung</source>
            <translation>Observation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="86" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="106" />
            <source>Einschätzung</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="98" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="99" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="155" />
            <source>Korrektur hinzufügen</source>
            <translation>Add correction</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="102" />
            <source>Die bisherige Fassung bleibt sichtbar erhalten.</source>
            <translation>The previous version remains visible.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="104" />
            <source>Feld</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="110" />
            <source>Berichtigter Text</source>
            <translation>Corrected text</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="111" />
            <source>&amp;Feld</source>
            <translation>&amp;Field</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="112" />
            <source>&amp;Neuer Text</source>
            <translation>&amp;New text</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="116" />
            <source>Korrektur speichern</source>
            <translation>Save correction</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="140" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="140" />
            <source>Zeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="140" />
            <source>Dauer</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="142" />
            <source>Verlauf der Kontakte</source>
            <translation>Contact history</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="150" />
            <source>Notiz des gewählten Kontakts</source>
            <translation>Note of the selected contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="152" />
            <source>Einen Kontakt wählen, um die Notiz zu lesen.</source>
            <translation>Select a contact to read its note.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="155" />
            <source>Korrektur hinzufügen …</source>
            <translation>Add correction …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="156" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="156" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="218" />
            <source>Als bestritten markieren</source>
            <translation>Mark as disputed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="157" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="158" />
            <source>Notiz kopieren</source>
            <translation>Copy note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="159" />
            <source>Die Zwischenablage wird nach 30 Sekunden geleert.</source>
            <translation>The clipboard will be cleared after 30 seconds.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="175" />
            <source>Noch keine Kontakte. „Kontakt erfassen“ legt den ersten an.</source>
            <translation>No contacts yet. “Record contact” creates the first one.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="185" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="250" />
            <source>bestritten</source>
            <translation>disputed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="217" />
            <source>Markierung aufheben</source>
            <translation>Remove mark</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="240" />
            <source>Beteiligte</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="251" />
            <source>Die Richtigkeit wird von der betroffenen Person bestritten (§ 84 Abs. 2 SGB X).</source>
            <translation>The accuracy is disputed by the data subject (§ 84(2) SGB X).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="255" />
            <source>Beobachtung (Fakten)</source>
            <translation>Observation (facts)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="256" />
            <source>Einschätzung (fachliche Bewertung)</source>
            <translation>Assessment (professional evaluation)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="258" />
            <source>Korrekturen</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="263" />
            <source>Frühere Fassung</source>
            <translation>Previous version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="265" />
            <source>Neue Fassung</source>
            <translation>New version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="321" />
            <source>Arbeitsnotizen sind persönliche Gedächtnisstützen. Sie werden beim Abschließen vernichtet, spätestens nach {0} Tagen.</source>
            <translation>Working notes are personal memory aids. They are destroyed when closed, after {0} days at the latest.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="326" />
            <source>Arbeitsnotiz</source>
            <translation>Working note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="326" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="328" />
            <source>Arbeitsnotizen</source>
            <translation>Working notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="331" />
            <source>Abschließen (vernichten)</source>
            <translation>Close (destroy)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="331" />
            <source>Arbeitsnotiz abschließen und vernichten</source>
            <translation>Close and destroy working note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="336" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="341" />
            <source>Neue Arbeitsnotiz</source>
            <translation>New working note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="337" />
            <source>Neue Arbeitsnotiz …</source>
            <translation>New working note …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="339" />
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="339" />
            <source>Arbeitsnotiz hinzufügen</source>
            <translation>Add working note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="356" />
            <source>Arbeitsnotiz – wird gelöscht am {0}</source>
            <translation>Working note – will be deleted on {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="394" />
            <source>Ist der Inhalt in die Dokumentation übernommen? Die Arbeitsnotiz wird unwiderruflich vernichtet.</source>
            <translation>Has the content been transferred to the documentation? The working note will be destroyed irrevocably.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="396" />
            <source>Arbeitsnotiz abschließen</source>
            <translation>Close working note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="396" />
            <source>Vernichten</source>
            <translation>Destroy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/persons/timeline.py" line="397" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Art</source>
            <translation type="obsolete">&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;Einwilligungen</source>
            <translation type="obsolete">Co&amp;nsents</translation>
        </message>
        <message>
            <source>&amp;Vor- / Nachname</source>
            <translation type="obsolete">&amp;First / last name</translation>
        </message>
        <message>
            <source>1 Person</source>
            <translation type="obsolete">1 person</translation>
        </message>
        <message>
            <source>Anzahl</source>
            <translation type="obsolete">Count</translation>
        </message>
        <message>
            <source>Beratungs&amp;zettel …</source>
            <translation type="obsolete">Consultation &amp;slip …</translation>
        </message>
        <message>
            <source>Daten Dritter – nur was nötig ist; werden mit dem Fall gelöscht (R9).</source>
            <translation type="obsolete">Third-party data – only what is necessary; deleted together with the case (R9).</translation>
        </message>
        <message>
            <source>Fehlermeldung</source>
            <translation type="obsolete">Error message</translation>
        </message>
        <message>
            <source>Klassen&amp;stufe</source>
            <translation type="obsolete">Year g&amp;roup</translation>
        </message>
        <message>
            <source>Kontakt Er&amp;ziehungsberechtigte</source>
            <translation type="obsolete">Contact of parents/&amp;guardians</translation>
        </message>
        <message>
            <source>Kontakt Erziehungs&amp;berechtigte</source>
            <translation type="obsolete">Parent/guardian c&amp;ontact</translation>
        </message>
        <message>
            <source>Namen verbergen</source>
            <translation type="obsolete">Hide names</translation>
        </message>
        <message>
            <source>Personen filtern</source>
            <translation type="obsolete">Filter persons</translation>
        </message>
        <message>
            <source>Pseudonym tippen …</source>
            <translation type="obsolete">Type a pseudonym …</translation>
        </message>
        <message>
            <source>S&amp;tammdaten</source>
            <translation type="obsolete">Mas&amp;ter data</translation>
        </message>
        <message>
            <source>Sc&amp;hule</source>
            <translation type="obsolete">Sc&amp;hool</translation>
        </message>
        <message>
            <source>Strg+Umschalt+N</source>
            <translation type="obsolete">Ctrl+Shift+N</translation>
        </message>
        <message>
            <source>{0} Personen</source>
            <translation type="obsolete">{0} persons</translation>
        </message>
        <message>
            <source>{0}{1} Personen</source>
            <translation type="obsolete">{0}{1} persons</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="63" />
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="64" />
            <source>Auskunft prüfen</source>
            <translation>Review access request</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="67" />
            <source>Auskunft für {0} · Antrag vom {1} · fällig am {2}</source>
            <translation>Access request for {0} · received {1} · due {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="70" />
            <source>Jeden Eintrag prüfen. Von anderen Personen Anvertrautes ist zurückgehalten (§ 65 SGB VIII); für jeden zurückgehaltenen Eintrag einen Grund wählen.</source>
            <translation>Review every item. Information entrusted by other persons is withheld (§ 65 SGB VIII); choose a reason for every withheld item.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="75" />
            <source>Bereich</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="75" />
            <source>Eintrag</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="75" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="79" />
            <source>Einträge der Auskunft</source>
            <translation>Items of the access response</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="88" />
            <source>Inhalt des Eintrags</source>
            <translation>Content of the item</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="90" />
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="75" />
            <source>Mitteilen</source>
            <translation>Disclose</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="91" />
            <source>Eintrag mitteilen</source>
            <translation>Disclose item</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="93" />
            <source>Grund für die Nichtmitteilung</source>
            <translation>Reason for withholding</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="94" />
            <source>— Grund wählen —</source>
            <translation>— choose a reason —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="96" />
            <source>Anvertraut von einer anderen Person (§ 65 SGB VIII)</source>
            <translation>Entrusted by another person (§ 65 SGB VIII)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="96" />
            <source>Überwiegende berechtigte Interessen Dritter (§ 83 Abs. 1 Nr. 1 i. V. m. § 82a SGB X)</source>
            <translation>Overriding legitimate interests of third parties (§ 83(1) no. 1 with § 82a SGB X)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="96" />
            <source>Betrifft eine andere Person (Art. 15 Abs. 4 DSGVO)</source>
            <translation>Concerns another person (Art. 15 (4) GDPR)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="96" />
            <source>Kinderschutzverfahren: Schutz des Kindes (§ 65 SGB VIII, Art. 15 Abs. 4 DSGVO)</source>
            <translation>Child-protection procedure: protection of the child (§ 65 SGB VIII, Art. 15 (4) GDPR)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="96" />
            <source>Anderer Grund (siehe Vermerk)</source>
            <translation>Other reason (see remark)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="102" />
            <source>Vermerk zur Entscheidung</source>
            <translation>Remark on the decision</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="103" />
            <source>Vermerk (bleibt im Tresor)</source>
            <translation>Remark (stays in the vault)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="107" />
            <source>Grund:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="108" />
            <source>Vermerk:</source>
            <translation>Remark:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="121" />
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="65" />
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="140" />
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" line="39" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="123" />
            <source>Entscheidungen speichern</source>
            <translation>Save decisions</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="124" />
            <source>PDF und JSON erstellen …</source>
            <translation>Create PDF and JSON …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="125" />
            <source>Als erledigt markieren</source>
            <translation>Mark as completed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="126" />
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="145" />
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="146" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="151" />
            <source>nein (wie zugehöriger Eintrag)</source>
            <translation>no (like the item it belongs to)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="152" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="152" />
            <source>nein</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="190" />
            <source>Entscheidungen gespeichert.</source>
            <translation>Decisions saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="195" />
            <source>Auskunft speichern</source>
            <translation>Save access response</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="196" />
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="232" />
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" line="46" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="210" />
            <source>Auskunft gespeichert: {0} und {1}</source>
            <translation>Access response saved: {0} and {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="216" />
            <source>Die Auskunft als erteilt markieren? Die Frist verschwindet aus der Übersicht.</source>
            <translation>Mark the access response as given? The deadline disappears from the overview.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="217" />
            <source>Auskunft erledigt</source>
            <translation>Access request completed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="236" />
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="48" />
            <source>Auskunftsantrag erfassen</source>
            <translation>Record access request</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="236" />
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="50" />
            <source>Widerspruch erfassen</source>
            <translation>Record objection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="245" />
            <source>Eingegangen am</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="247" />
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="248" />
            <source>Eingegangen am:</source>
            <translation>Received on:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="249" />
            <source>Frist: ein Monat ab Eingang (Art. 12 Abs. 3 DSGVO).</source>
            <translation>Deadline: one month from receipt (Art. 12(3) GDPR).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="250" />
            <source>Solange der Widerspruch nicht entschieden ist, wird die Verarbeitung eingeschränkt (Art. 18 Abs. 1 lit. d DSGVO).</source>
            <translation>Until the objection is decided, processing is restricted (Art. 18(1)(d) GDPR).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="256" />
            <source>Erfassen</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/auskunft_dialog.py" line="268" />
            <source>Bitte eine Person wählen.</source>
            <translation>Please choose a person.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="46" />
            <source>Sicherungen</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="47" />
            <source>Beim Entsperren wird einmal am Tag eine verschlüsselte Sicherung im Ordner „backups“ des Tresors angelegt. Ältere Sicherungen werden gelöscht. Was gelöscht wurde, bleibt auch nach einer Wiederherstellung gelöscht.</source>
            <translation>Once a day, unlocking creates an encrypted backup in the vault's “backups” folder. Older backups are deleted. What was deleted stays deleted after a restore.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="54" />
            <source> Tage</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="58" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="58" />
            <source>Datei</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="58" />
            <source>Größe</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="58" />
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="40" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="59" />
            <source>Vorhandene Sicherungen</source>
            <translation>Existing backups</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="66" />
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="66" />
            <source>Jetzt sichern</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="67" />
            <source>Wiederherstellen …</source>
            <translation>Restore …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="67" />
            <source>Aus Sicherung wiederherstellen</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="70" />
            <source>Aufbewahren höchstens:</source>
            <translation>Keep at most:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="90" />
            <source>automatisch</source>
            <translation>automatic</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="90" />
            <source>von Hand / vor Schlüsselwechsel</source>
            <translation>manual / before key change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="124" />
            <source>Sicherung wird erstellt …</source>
            <translation>Creating backup …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="130" />
            <source>Sicherung erstellt: {0}</source>
            <translation>Backup created: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="137" />
            <source>Sicherung wählen</source>
            <translation>Choose backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="137" />
            <source>Sicherung (*.ssabak)</source>
            <translation>Backup (*.ssabak)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="139" />
            <source>Den Tresor durch den Stand dieser Sicherung ersetzen? Der jetzige Stand wird vorher gesichert. Seitdem gelöschte Daten bleiben gelöscht.</source>
            <translation>Replace the vault with the state of this backup? The current state is backed up first. Data deleted since then stay deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="142" />
            <source>Wiederherstellen</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="154" />
            <source>Wird wiederhergestellt … (gelöschte Daten werden erneut gelöscht)</source>
            <translation>Restoring … (deleted data are deleted again)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="155" />
            <source>Wird wiederhergestellt …</source>
            <translation>Restoring …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="156" />
            <source>Bitte warten</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/backups_panel.py" line="172" />
            <source>Wiederhergestellt aus {0}. Gelöschte Daten blieben gelöscht.</source>
            <translation>Restored from {0}. Deleted data stayed deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="64" />
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="73" />
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="113" />
            <source>Festgestellt am</source>
            <translation>Discovered on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="65" />
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="74" />
            <source>Uhrzeit der Feststellung</source>
            <translation>Time of discovery</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="71" />
            <source>Uhr</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="99" />
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="100" />
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="103" />
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" line="35" />
            <source>Datenpanne melden</source>
            <translation>Report a data breach</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="105" />
            <source>Gerät verloren oder gestohlen, oder eine Tresordatei an einen falschen Ort kopiert? Dieser Entwurf ist für die/den Datenschutzbeauftragte:n Ihres Trägers. Er enthält keine Namen, nur Zahlen. Bitte prüfen und ergänzen Sie jeden Abschnitt.</source>
            <translation>Device lost or stolen, or a vault file copied to the wrong place? This draft is for your provider's data protection officer. It contains no names, only numbers. Please check and complete every section.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="114" />
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Art des Vorfalls</source>
            <translation>Kind of incident</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="116" />
            <source>Gerät verloren</source>
            <translation>Device lost</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="116" />
            <source>Gerät gestohlen</source>
            <translation>Device stolen</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="116" />
            <source>Tresordatei kopiert</source>
            <translation>Vault file copied</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="116" />
            <source>Sonstiges</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="118" />
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="40" />
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="123" />
            <source>Festgestellt am:</source>
            <translation>Discovered on:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="124" />
            <source>Art des Vorfalls:</source>
            <translation>Kind of incident:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="125" />
            <source>Frist:</source>
            <translation>Deadline:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="135" />
            <source>Abschnitte der Meldung</source>
            <translation>Sections of the notification</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="142" />
            <source>Als PDF speichern …</source>
            <translation>Save as PDF …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="143" />
            <source>Als PDF speichern</source>
            <translation>Save as PDF</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="189" />
            <source>noch %n Stunde(n)</source>
            <translation>
                <numerusform>%n hour left</numerusform>
                <numerusform>%n hours left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="190" />
            <source>seit %n Stunde(n) überschritten</source>
            <translation>
                <numerusform>overdue by %n hour</numerusform>
                <numerusform>overdue by %n hours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="231" />
            <source>Meldung speichern</source>
            <translation>Save notification</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/breach_dialog.py" line="244" />
            <source>Gespeichert: {0}. Bitte heute noch an die/den Datenschutzbeauftragte:n geben.</source>
            <translation>Saved: {0}. Please give it to the data protection officer today.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="39" />
            <source>Auskunft und Widerspruch</source>
            <translation>Access and objection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="40" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="42" />
            <source>Offene Anträge</source>
            <translation>Open requests</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="47" />
            <source>Keine offenen Anträge.</source>
            <translation>No open requests.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="48" />
            <source>Auskunftsantrag erfassen …</source>
            <translation>Record access request …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="50" />
            <source>Widerspruch erfassen …</source>
            <translation>Record objection …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="52" />
            <source>Prüfen / entscheiden …</source>
            <translation>Review / decide …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="52" />
            <source>Antrag prüfen oder entscheiden</source>
            <translation>Review or decide request</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="66" />
            <source>Auskunft (Art. 15 DSGVO, § 83 SGB X)</source>
            <translation>Access (Art. 15 GDPR, § 83 SGB X)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="66" />
            <source>Widerspruch (Art. 21 DSGVO, § 84 Abs. 5 SGB X)</source>
            <translation>Objection (Art. 21 GDPR, § 84(5) SGB X)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="69" />
            <source>überschritten</source>
            <translation>overdue</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="111" />
            <source>Widerspruch von {0}: Ist er berechtigt? „Ja“: die Daten bleiben eingeschränkt, bis sie gelöscht sind. „Nein“: die Einschränkung wird aufgehoben.</source>
            <translation>Objection by {0}: is it justified? “Yes”: the data stay restricted until they are deleted. “No”: the restriction is lifted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="114" />
            <source>Widerspruch entscheiden</source>
            <translation>Decide objection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="114" />
            <source>Ja, berechtigt</source>
            <translation>Yes, justified</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/requests_panel.py" line="115" />
            <source>Nein, zurückweisen</source>
            <translation>No, reject</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" line="31" />
            <source>Verzeichnis und Datenpanne</source>
            <translation>Record of processing and data breach</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" line="33" />
            <source>Löschfristen für das Verarbeitungsverzeichnis …</source>
            <translation>Retention periods for the record of processing …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" line="34" />
            <source>Löschfristen für das Verarbeitungsverzeichnis drucken</source>
            <translation>Print the retention periods for the record of processing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" line="35" />
            <source>Datenpanne melden …</source>
            <translation>Report a data breach …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" line="46" />
            <source>Löschfristen speichern</source>
            <translation>Save retention periods</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/tools_panel.py" line="53" />
            <source>Gespeichert: {0}</source>
            <translation>Saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/unlock_tasks.py" line="66" />
            <source>Tägliche Sicherung erstellt.</source>
            <translation>Daily backup created.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/unlock_tasks.py" line="73" />
            <source>Automatische Sicherung fehlgeschlagen: {0}</source>
            <translation>Automatic backup failed: {0}</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Meldende Stelle</source>
            <translation>Reporting party</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Zeitpunkt der Feststellung und Frist</source>
            <translation>Time of discovery and deadline</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Betroffene Datenkategorien</source>
            <translation>Categories of data concerned</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Zahl der betroffenen Personen und Datensätze</source>
            <translation>Number of persons and records concerned</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Schutzmaßnahmen</source>
            <translation>Protection in place</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Bewertung des Risikos (Art. 34 Abs. 3 lit. a DSGVO)</source>
            <translation>Risk assessment (Art. 34(3)(a) GDPR)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Nächste Schritte</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Stammdaten</source>
            <translation>Personal details</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Fälle</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Kontakte</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Termine</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Einwilligungen</source>
            <translation>Consents</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Weitergaben</source>
            <translation>Disclosures</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Arbeitsnotizen</source>
            <translation>Working notes</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Korrekturvermerke</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Gruppen und Projekte</source>
            <translation>Groups and projects</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Kinderschutz (§ 8a SGB VIII)</source>
            <translation>Child protection (§ 8a SGB VIII)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Sicherungen: höchstens Tage alt</source>
            <translation>Backups: maximum age in days</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation type="obsolete">Cancel</translation>
        </message>
        <message>
            <source>Die Meldung konnte nicht gespeichert werden: {0}</source>
            <translation type="obsolete">The notification could not be saved: {0}</translation>
        </message>
        <message>
            <source>Sicherungen: höchstens so viele Tage aufbewahren</source>
            <translation type="obsolete">Backups: keep at most this many days</translation>
        </message>
        <message>
            <source>noch {0} Stunden</source>
            <translation type="obsolete">{0} hours left</translation>
        </message>
        <message>
            <source>seit {0} Stunden überschritten</source>
            <translation type="obsolete">overdue by {0} hours</translation>
        </message>
    </context>
    <context>
        <name>PrivacyAdvice</name>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="49" />
            <source>Stand {0} – Löschung fällig: {1} (davon {2} zur Löschung, {3} zur Prüfung); Eingeschränkt: {4}; Sperren: {5}.</source>
            <translation>As of {0} – Deletion due: {1} ({2} for deletion, {3} for review); Restricted: {4}; Holds: {5}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="51" />
            <source>%n Eintr(ag|äge)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="54" />
            <source>{0} Sperre(n) zur Überprüfung fällig.</source>
            <translation>{0} hold(s) due for review.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="68" />
            <source>Verbleib angeben – {0}</source>
            <translation>Give whereabouts – {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="71" />
            <source>Was ist aus der Person geworden? Ein Abgang oder Schulwechsel beendet die Prüfung; die Löschfrist zählt dann ab diesem Tag. „Weiter benötigt bis …“ setzt eine Sperre; an dem Tag wird erneut gefragt.</source>
            <translation>What became of the person? Leaving or changing school ends the review; the deletion period then counts from that day. "Still needed until …" sets a hold; on that day you are asked again.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="77" />
            <source>Angabe zum Verbleib</source>
            <translation>Whereabouts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="79" />
            <source>Abgegangen am</source>
            <translation>Left school on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="79" />
            <source>Schule gewechselt am</source>
            <translation>Changed school on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="79" />
            <source>Weiter benötigt bis</source>
            <translation>Still needed until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="80" />
            <source>&amp;Angabe</source>
            <translation>&amp;Answer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="83" />
            <source>Tag</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="84" />
            <source>&amp;Tag</source>
            <translation>&amp;Day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="89" />
            <source>Meldung</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="92" />
            <source>Eintragen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="128" />
            <source>Hinweis zur gewählten Zeile</source>
            <translation>Advice on the chosen row</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="129" />
            <source>Verbleib angeben …</source>
            <translation>Give whereabouts …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="131" />
            <source>Verbleib angeben: Abgang, Schulwechsel oder weiter benötigt bis</source>
            <translation>Give whereabouts: left school, changed school or still needed until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="133" />
            <source>Person öffnen</source>
            <translation>Open person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="134" />
            <source>Person öffnen, z. B. um den Fall abzuschließen</source>
            <translation>Open the person, e.g. to close the case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="137" />
            <source>Sperren prüfen</source>
            <translation>Review holds</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="138" />
            <source>Zu den Sperren, deren Überprüfung fällig ist</source>
            <translation>To the holds due for review</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="153" />
            <source>Zur gewählten Person: Die Einschränkung auf der Seite „Eingeschränkt“ aufheben, wenn sie nicht mehr nötig ist, oder eine Sperre „weiter benötigt bis …“ setzen.</source>
            <translation>For the chosen person: lift the restriction on the page “Restricted” if it is no longer needed, or set a hold “still needed until …”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="157" />
            <source>Zur gewählten Person: Verbleib oder „weiter benötigt bis …“ angeben, oder die Person öffnen (z. B. um den Fall abzuschließen).</source>
            <translation>For the chosen person: give the whereabouts or "still needed until …", or open the person (e.g. to close the case).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="161" />
            <source>Zur gewählten Person: „Nicht mehr benötigt …“ oder eine Sperre setzen; die Person öffnen, um nachzusehen.</source>
            <translation>For the chosen person: "No longer needed …" or set a hold; open the person to look.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/advice.py" line="164" />
            <source>Bei einer Sperre ist die Überprüfung fällig.</source>
            <translation>A hold is due for review.</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation type="obsolete">Cancel</translation>
        </message>
    </context>
    <context>
        <name>PrivacyArea</name>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="182" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="191" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="286" />
            <source>Sperre setzen</source>
            <translation>Set hold</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="184" />
            <source>Grund der Sperre</source>
            <translation>Reason for the hold</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="186" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="576" />
            <source>Geltendmachung von Rechtsansprüchen</source>
            <translation>Legal claims</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="186" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="576" />
            <source>Auskunftsersuchen offen</source>
            <translation>Access request pending</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="186" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="572" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="576" />
            <source>Widerspruch offen</source>
            <translation>Objection pending</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="186" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="576" />
            <source>§ 8a mit Beteiligung des Jugendamts</source>
            <translation>§ 8a with youth office involvement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="186" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="576" />
            <source>Absprache mit dem Jugendamt</source>
            <translation>Agreement with the youth office</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="186" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="576" />
            <source>weiter benötigt</source>
            <translation>still needed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="188" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="190" />
            <source>Überprüfung am</source>
            <translation>Review on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="189" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="228" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="231" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="233" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="235" />
            <source>Grund</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="215" />
            <source>Stand der Löschfristen</source>
            <translation>Retention status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="219" />
            <source>Seiten des Datenschutzes</source>
            <translation>Data protection pages</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="228" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="235" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="228" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="235" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="238" />
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="228" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="231" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="233" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="235" />
            <source>Betrifft</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="228" />
            <source>Fällig</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="231" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="233" />
            <source>Seit</source>
            <translation>Since</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="231" />
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="233" />
            <source>Überprüfung</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="235" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="238" />
            <source>Ausgeführt</source>
            <translation>Executed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="238" />
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="238" />
            <source>Datensätze</source>
            <translation>Records</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="238" />
            <source>Prüfung</source>
            <translation>Verification</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="270" />
            <source>Fällige Löschungen</source>
            <translation>Deletions due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="274" />
            <source>Vorschau: was gelöscht wird</source>
            <translation>Preview: what will be deleted</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="276" />
            <source>Eine Zeile wählen: hier steht, was genau gelöscht wird.</source>
            <translation>Choose a line: this shows exactly what will be deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="280" />
            <source>Ausgewählte löschen …</source>
            <translation>Delete selected …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="281" />
            <source>Ausgewählte Einträge löschen</source>
            <translation>Delete selected entries</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="282" />
            <source>Entscheiden (§ 8a) …</source>
            <translation>Decide (§ 8a) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="283" />
            <source>Entscheidung zu § 8a dokumentieren</source>
            <translation>Document the § 8a decision</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="284" />
            <source>Einschränken …</source>
            <translation>Restrict …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="285" />
            <source>Verarbeitung einschränken</source>
            <translation>Restrict processing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="286" />
            <source>Sperre setzen …</source>
            <translation>Set hold …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="288" />
            <source>Nicht mehr benötigt …</source>
            <translation>No longer needed …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="289" />
            <source>Nach der Prüfung: Falldokumentation nicht mehr benötigt</source>
            <translation>After the review: case documentation no longer needed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="302" />
            <source>Eingeschränkte Einträge</source>
            <translation>Restricted entries</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="303" />
            <source>Eingeschränkte Einträge erscheinen in keiner Liste, Suche, Schnellerfassung und keinem Export.</source>
            <translation>Restricted entries appear in no list, search, quick entry or export.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="306" />
            <source>Einschränkung aufheben …</source>
            <translation>Lift restriction …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="307" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="779" />
            <source>Einschränkung aufheben</source>
            <translation>Lift restriction</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="313" />
            <location filename="../../ssa_desktop/ui/privacy/pages.py" line="65" />
            <source>Sperren</source>
            <translation>Holds</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="315" />
            <source>Sperre aufheben …</source>
            <translation>Lift hold …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="315" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="789" />
            <source>Sperre aufheben</source>
            <translation>Lift hold</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="323" />
            <location filename="../../ssa_desktop/ui/privacy/pages.py" line="66" />
            <source>Alle Fristen</source>
            <translation>All periods</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="329" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="612" />
            <source>Nach § 9b einordnen …</source>
            <translation>Classify under § 9b …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="330" />
            <source>Akte nach § 9b SGB VIII einordnen</source>
            <translation>Classify the file under § 9b SGB VIII</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="339" />
            <location filename="../../ssa_desktop/ui/privacy/pages.py" line="67" />
            <source>Löschprotokoll</source>
            <translation>Deletion log</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="340" />
            <source>Löschprotokoll drucken (PDF) …</source>
            <translation>Print deletion log (PDF) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="341" />
            <source>Löschprotokoll als PDF speichern</source>
            <translation>Save deletion log as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="398" />
            <source>Tage</source>
            <translation>days</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="398" />
            <source>Monate</source>
            <translation>months</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="398" />
            <source>Jahre</source>
            <translation>years</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="572" />
            <source>auf Antrag (Art. 18 DSGVO)</source>
            <translation>on request (Art. 18 GDPR)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="572" />
            <source>Entscheidung zu § 8a</source>
            <translation>Decision on § 8a</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="611" />
            <source>Einordnung nach § 9b aufheben …</source>
            <translation>Withdraw the § 9b classification …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="635" />
            <source>wird gelöscht: {0}: {1}</source>
            <translation>will be deleted: {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="637" />
            <source>bleibt: {0}: {1}</source>
            <translation>stays: {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="640" />
            <source>… und {0} weitere</source>
            <translation>… and {0} more</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="649" />
            <source>{0} mit zusammen {1} endgültig löschen? Das kann nicht rückgängig gemacht werden; die anonyme Statistik bleibt.</source>
            <translation>Permanently delete {0} with {1} in total? This cannot be undone; the anonymous statistics remain.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="652" />
            <source>%n Eintr(ag|äge)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="653" />
            <source>%n Datens(atz|ätzen)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="654" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="654" />
            <source>Endgültig löschen</source>
            <translation>Delete permanently</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="655" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="658" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="715" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="730" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="751" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="779" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="790" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="658" />
            <source>Lösche …</source>
            <translation>Deleting …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="659" />
            <source>Löschung</source>
            <translation>Deletion</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="666" />
            <source>{0}: %n Eintr(ag|äge) gelöscht und überprüft.</source>
            <translation>
                <numerusform>{0}: %n entry deleted and verified.</numerusform>
                <numerusform>{0}: %n entries deleted and verified.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="687" />
            <source>Entscheidung zu § 8a mit Beteiligung des Jugendamts</source>
            <translation>Decision on a § 8a procedure with youth welfare office involvement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="689" />
            <source>§ 8a mit Beteiligung des Jugendamts: wie soll mit der Dokumentation verfahren werden? Die Entscheidung wird protokolliert und nach einem Jahr erneut erfragt.</source>
            <translation>§ 8a with youth office involvement: what should happen to the documentation? The decision is logged and asked again after one year.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="692" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="695" />
            <source>Entscheidung</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="694" />
            <source>löschen</source>
            <translation>delete</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="694" />
            <source>einschränken</source>
            <translation>restrict</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="694" />
            <source>nach Absprache aufbewahren</source>
            <translation>keep under agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="696" />
            <source>Dokumentieren</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="711" />
            <source>Die Falldokumentation wird nicht mehr benötigt? Sie wird damit zur Löschung fällig; gelöscht wird erst nach der Vorschau und Ihrer Bestätigung.</source>
            <translation>The case documentation is no longer needed? It becomes due for deletion; it is deleted only after the preview and your confirmation.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="714" />
            <source>Prüfung nach Fallabschluss</source>
            <translation>Review at case closure</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="714" />
            <source>Nicht mehr benötigt</source>
            <translation>No longer needed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="727" />
            <source>Die Verarbeitung einschränken? Der Eintrag verschwindet aus Listen, Suche, Schnellerfassung und Exporten und ist nur noch hier sichtbar.</source>
            <translation>Restrict processing? The entry disappears from lists, search, quick entry and exports and is visible only here.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="729" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="730" />
            <source>Einschränken</source>
            <translation>Restrict</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="744" />
            <source>Die Akte nach § 9b SGB VIII einordnen? Wenn sie zur Löschung fällig wird, wird sie stattdessen zur Einschränkung vorgeschlagen und bis 70 Jahre nach dem 30. Geburtstag aufbewahrt. Nur, wenn der Träger es so entschieden hat.</source>
            <translation>Classify the file under § 9b SGB VIII? When it becomes due for deletion, restriction is proposed instead and it is kept until 70 years after the 30th birthday. Only if the provider has decided so.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="748" />
            <source>Die Einordnung nach § 9b aufheben? Die Akte wird dann nach ihrer Frist wieder zur Löschung vorgeschlagen.</source>
            <translation>Withdraw the § 9b classification? The file will then be proposed for deletion again after its period.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="750" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="572" />
            <source>§ 9b SGB VIII</source>
            <translation>§ 9b SGB VIII</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="751" />
            <source>Einordnen</source>
            <translation>Classify</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="751" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="779" />
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="790" />
            <source>Aufheben</source>
            <translation>Lift</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="777" />
            <source>Einschränkung aufheben? Der Eintrag erscheint wieder in Listen, Suche, Schnellerfassung und Exporten.</source>
            <translation>Lift the restriction? The entry appears again in lists, search, quick entry and exports.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="788" />
            <source>Sperre aufheben? Ist die Frist erreicht, wird der Eintrag zur Löschung vorgeschlagen.</source>
            <translation>Lift the hold? If the period has passed, the entry is proposed for deletion.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="797" />
            <source>Löschprotokoll speichern</source>
            <translation>Save deletion log</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="798" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/area.py" line="806" />
            <source>Das Löschprotokoll wurde gespeichert.</source>
            <translation>The deletion log was saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" line="63" />
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Löschung fällig</source>
            <translation>Deletion due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" line="64" />
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Eingeschränkt</source>
            <translation>Restricted</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" line="68" />
            <source>Regeln und Fristen</source>
            <translation>Rules and periods</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" line="69" />
            <source>Vertretung und Übergabe</source>
            <translation>Cover and handover</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" line="70" />
            <source>Auskunft und Widerspruch</source>
            <translation>Access and objection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" line="71" />
            <source>Sicherungen</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/privacy/pages.py" line="72" />
            <source>Verzeichnis und Datenpanne</source>
            <translation>Record of processing and data breach</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Aktiv</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Abgeschlossen – Prüfung fällig</source>
            <translation>Closed – review due</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Eingeschränkt – Prüfung fällig</source>
            <translation>Restricted – review due</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Aufbewahrungspflicht (Sperre)</source>
            <translation>Retention duty (hold)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Gelöscht</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Person mit Falldokumentation</source>
            <translation>Person with case documentation</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Kontaktdaten der Eltern</source>
            <translation>Parents' contact data</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Arbeitsnotiz</source>
            <translation>Working note</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Gruppenangebot</source>
            <translation>Group offer</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Teilnehmerliste</source>
            <translation>Participant list</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Arbeitszeit eines Monats</source>
            <translation>Working time of a month</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Eintrag im Übermittlungsprotokoll</source>
            <translation>Disclosure log entry</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Kooperationspartner</source>
            <translation>Cooperation partner</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Termin</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Notiz zu Termin, Angebot oder Vernetzung</source>
            <translation>Note on a session, offer or networking activity</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Kontaktdaten eines Kooperationspartners</source>
            <translation>Contact details of a cooperation partner</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Text des Jahresberichts</source>
            <translation>Annual report text</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Notizen einer Kooperationsvereinbarung</source>
            <translation>Notes of a cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>An die Nachfolge übergebener Eintrag</source>
            <translation>Entry handed over to the successor</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Abwesenheit</source>
            <translation>Absence</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Entwurf</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Termin eines Gruppenangebots</source>
            <translation>Session of a group offer</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Termin eines offenen Angebots</source>
            <translation>Session of an open offer</translation>
        </message>
        <message>
            <source>Entscheidung nach R5</source>
            <translation type="obsolete">Decision under R5</translation>
        </message>
        <message>
            <source>Kennung</source>
            <translation type="obsolete">Identifier</translation>
        </message>
        <message>
            <source>Meldung</source>
            <translation type="obsolete">Message</translation>
        </message>
        <message>
            <source>Stand {0}: {1} Löschung(en) fällig, {2} eingeschränkt, {3} gesperrt.</source>
            <translation type="obsolete">As of {0}: {1} deletion(s) due, {2} restricted, {3} on hold.</translation>
        </message>
        <message>
            <source>{0} Einträge mit zusammen {1} Datensätzen endgültig löschen? Das kann nicht rückgängig gemacht werden; die anonyme Statistik bleibt.</source>
            <translation type="obsolete">Permanently delete {0} entries with {1} records in total? This cannot be undone; the anonymous statistics stay.</translation>
        </message>
        <message>
            <source>{0} Sperre(n) zur Überprüfung fällig.</source>
            <translation type="obsolete">{0} hold(s) due for review.</translation>
        </message>
        <message>
            <source>{0} gelöscht und überprüft.</source>
            <translation type="obsolete">{0} deleted and verified.</translation>
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="114" />
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="115" />
            <source>Kontakt erfassen</source>
            <translation>Record contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="122" />
            <source>Entwurf gespeichert {0}</source>
            <translation>Draft saved {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="159" />
            <source>Wiederher&amp;stellen</source>
            <translation>Re&amp;store</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="160" />
            <source>Entwurf wiederherstellen</source>
            <translation>Restore draft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="161" />
            <source>Entwurf &amp;löschen</source>
            <translation>&amp;Delete draft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="162" />
            <source>Entwurf löschen</source>
            <translation>Delete draft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="174" />
            <source>&amp;Kurzkontakt ohne Fall</source>
            <translation>&amp;Short contact without case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="175" />
            <source>Kurzkontakt ohne Fall (anonym)</source>
            <translation>Short contact without case (anonymous)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="186" />
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="191" />
            <source>Schule der neuen Person</source>
            <translation>School of the new person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="192" />
            <source>Klasse der neuen Person</source>
            <translation>Class of the new person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="192" />
            <source>z. B. 7b</source>
            <translation>e.g. 7b</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="194" />
            <source>Geschlecht der neuen Person</source>
            <translation>Gender of the new person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="198" />
            <source>Gesc&amp;hlecht</source>
            <translation>Gen&amp;der</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="200" />
            <source>Klass&amp;e</source>
            <translation>Cla&amp;ss</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="202" />
            <source>S&amp;chule</source>
            <translation>S&amp;chool</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="205" />
            <source>Neue Person anlegen</source>
            <translation>Create a new person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="210" />
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="216" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="211" />
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="216" />
            <source>Geschlecht</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="214" />
            <source>Anzahl Kurzkontakte</source>
            <translation>Number of short contacts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="217" />
            <location filename="../../ssa_desktop/ui/quick_entry/short_fields.py" line="25" />
            <source>Klassenstufe</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="217" />
            <source>Anzahl</source>
            <translation>Count</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="221" />
            <source>Kurzkontakt</source>
            <translation>Short contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="226" />
            <source>Art des Kontakts</source>
            <translation>Kind of contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="227" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="228" />
            <source>Uhrzeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="230" />
            <source>&amp;Art</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="233" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="236" />
            <source>&amp;Zeit</source>
            <translation>&amp;Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="239" />
            <source>Da&amp;uer</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="243" />
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="468" />
            <source>übernommen vom letzten Kontakt mit dieser Person</source>
            <translation>taken over from the last contact with this person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="244" />
            <source>Art, Dauer und Beteiligte übernommen vom letzten Kontakt mit dieser Person</source>
            <translation>Kind, duration and participants taken over from the last contact with this person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="252" />
            <source>Beteiligte</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="254" />
            <source>&amp;Beteiligte</source>
            <translation>&amp;Participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="256" />
            <source>Themen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="257" />
            <source>&amp;Themen</source>
            <translation>&amp;Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="260" />
            <source>Zugang</source>
            <translation>Access route</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="262" />
            <source>Weitervermittlung</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="263" />
            <source>Zu&amp;gang</source>
            <translation>A&amp;ccess route</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="264" />
            <source>&amp;Weitervermittlung</source>
            <translation>&amp;Referral</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="265" />
            <source>Ort</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="267" />
            <source>Sprachmittlung</source>
            <translation>Interpreting</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="268" />
            <source>&amp;Ort</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="272" />
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="384" />
            <source>Fall</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="273" />
            <source>&amp;Fall</source>
            <translation>&amp;Case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="278" />
            <source>Beobachtung</source>
            <translation>Observation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="279" />
            <source>E&amp;inschätzung</source>
            <translation>Assess&amp;ment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="280" />
            <source>&amp;Notiz</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="292" />
            <source>Enter speichert, Strg+Enter auch aus der Notiz.</source>
            <translation>Enter saves, Ctrl+Enter also from the note.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="293" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="295" />
            <source>Speichern ⏎</source>
            <translation>Save ⏎</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="295" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="351" />
            <source>Neu anlegen: {0}</source>
            <translation>Create new: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="381" />
            <source>— ohne Fall —</source>
            <translation>— without case —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="385" />
            <source>{0} (seit {1})</source>
            <translation>{0} (since {1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="418" />
            <source>der Person</source>
            <translation>the person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="429" />
            <source>{0}: {1}, {2}</source>
            <translation>{0}: {1}, {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="433" />
            <source>Fall: {0}</source>
            <translation>Case: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="475" />
            <source>übernommen vom Termin heute um {0}</source>
            <translation>carried over from today's appointment at {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="487" />
            <source>der Art</source>
            <translation>the kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="540" />
            <source>Entwurf vom {0} {1} wiederherstellen?</source>
            <translation>Restore the draft of {0} {1}?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="627" />
            <source>Tasten für die Art des Kontakts</source>
            <translation>Keys for the kind of contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="705" />
            <source>Mit {0} wurden Angaben übernommen – bitte prüfen; Enter speichert.</source>
            <translation>Values came with {0} – please check; Enter saves.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="714" />
            <source>Bitte prüfen</source>
            <translation>Please check</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="715" />
            <source>Ja, so speichern</source>
            <translation>Yes, save as it is</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="715" />
            <source>Korrigieren</source>
            <translation>Correct</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="726" />
            <source>Kurzkontakt gespeichert: {0}, {1} Min.</source>
            <translation>Short contact saved: {0}, {1} min.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="728" />
            <source>Kontakt gespeichert: {0} mit {1} am {2}, {3} Min.</source>
            <translation>Contact saved: {0} with {1} on {2}, {3} min.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="736" />
            <source>Bitte die Schule der neuen Person wählen.</source>
            <translation>Please choose the school of the new person.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="759" />
            <source>Keine eindeutige Person zu „{0}“. Bitte aus der Liste wählen.</source>
            <translation>No unique person for “{0}”. Please choose from the list.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="761" />
            <source>Bitte eine Person wählen oder „Kurzkontakt ohne Fall“ ankreuzen.</source>
            <translation>Please choose a person or tick “Short contact without case”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="768" />
            <source>Bitte eine Art des Kontakts wählen.</source>
            <translation>Please choose a kind of contact.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="772" />
            <source>Bitte ankreuzen, wer am Kontakt beteiligt war.</source>
            <translation>Please tick who took part in the contact.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="809" />
            <source>Verwerfen?</source>
            <translation>Discard?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="810" />
            <source>Die Eingabe ist noch nicht gespeichert. Verwerfen?</source>
            <translation>The entry is not saved yet. Discard?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="812" />
            <source>„Schließen“ behält den Entwurf im Tresor; er wird beim nächsten Öffnen angeboten.</source>
            <translation>“Close” keeps the draft in the vault; it is offered the next time.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="814" />
            <source>Schließen, Entwurf behalten</source>
            <translation>Close, keep draft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="815" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="816" />
            <source>Weiter bearbeiten</source>
            <translation>Continue editing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/person_picker.py" line="42" />
            <source>Pseudonym tippen, z. B. K-17</source>
            <translation>Type a pseudonym, e.g. K-17</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/person_picker.py" line="43" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_fields.py" line="26" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>&amp;Wiederherstellen</source>
            <translation type="obsolete">&amp;Restore</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation type="obsolete">Cancel</translation>
        </message>
        <message>
            <source>Notiz</source>
            <translation type="obsolete">Note</translation>
        </message>
        <message>
            <source>Sprach&amp;mittlung</source>
            <translation type="obsolete">Interpr&amp;eting</translation>
        </message>
        <message>
            <source>Strg+Enter speichert aus der Notiz.</source>
            <translation type="obsolete">Ctrl+Enter saves from the note.</translation>
        </message>
    </context>
    <context>
        <name>SchoolYearDialog</name>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/carry.py" line="39" />
            <source>&amp;Zielwerte der Vereinbarung übernehmen</source>
            <translation>Carry the agreement's &amp;targets over</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/carry.py" line="56" />
            <source>Stellenumfang {0} an {1} im Schuljahr {2} ({3}: {4} %)</source>
            <translation>Post share {0} at {1} in school year {2} ({3}: {4} %)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/carry.py" line="59" />
            <source>Stellen&amp;umfang {0} ({1}: {2} %)</source>
            <translation>Post &amp;share {0} ({1}: {2} %)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/carry.py" line="59" />
            <source>Stellenumfang {0} ({1}: {2} %)</source>
            <translation>Post share {0} ({1}: {2} %)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/carry.py" line="73" />
            <source>Eigene Zielwerte {0}: {1}</source>
            <translation>Own targets {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="83" />
            <source>Schuljahreswechsel</source>
            <translation>School year change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="88" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="95" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="118" />
            <source>Letzte Klassenstufe</source>
            <translation>Last grade</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="97" />
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="197" />
            <source>keine</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="98" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="119" />
            <source>&amp;Letzte Klassenstufe</source>
            <translation>&amp;Last grade</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="100" />
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="103" />
            <source>Übernehmen und neu vorschlagen</source>
            <translation>Save and propose again</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="104" />
            <source>Letzte Klassenstufe speichern und den Vorschlag neu berechnen</source>
            <translation>Save the last grade and compute the proposal again</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="113" />
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="113" />
            <source>Klasse bisher</source>
            <translation>Class so far</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="113" />
            <source>Stufe neu</source>
            <translation>New grade</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="113" />
            <source>Klasse neu</source>
            <translation>New class</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="113" />
            <source>Verbleib</source>
            <translation>Whereabouts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="113" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="114" />
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="127" />
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="309" />
            <source>noch an der Schule</source>
            <translation>still at the school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="114" />
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="127" />
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="309" />
            <source>wiederholt die Klassenstufe</source>
            <translation>repeats the grade</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="114" />
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="127" />
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="309" />
            <source>abgegangen am</source>
            <translation>left on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="114" />
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="127" />
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="309" />
            <source>Schule gewechselt am</source>
            <translation>changed school on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="114" />
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="127" />
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="309" />
            <source>nicht bekannt</source>
            <translation>not known</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="115" />
            <source>Schüler:innen der Schule</source>
            <translation>Pupils of the school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="128" />
            <source>Verbleib der markierten Schüler:in</source>
            <translation>Whereabouts of the selected pupil</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="130" />
            <source>&amp;Verbleib</source>
            <translation>&amp;Whereabouts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="132" />
            <source>Datum des Abgangs oder Wechsels</source>
            <translation>Date of leaving or change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="134" />
            <source>&amp;am</source>
            <translation>&amp;on</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="144" />
            <source>Ü&amp;bernehmen</source>
            <translation>&amp;Apply</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="145" />
            <source>Spä&amp;ter</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="146" />
            <source>Schuljahreswechsel dieser Schule übernehmen</source>
            <translation>Apply this school's school year change</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="147" />
            <source>Schuljahreswechsel später durchführen</source>
            <translation>Do the school year change later</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="175" />
            <source>Schule {0} von {1}: {2} ({3}) – Wechsel {4} → {5}</source>
            <translation>School {0} of {1}: {2} ({3}) – change {4} → {5}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="179" />
            <source>Der Schuljahreswechsel {0} wurde am {1} durchgeführt.</source>
            <translation>The school year change {0} was applied on {1}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="182" />
            <source>Jede Klassenstufe rückt um eins vor, die Klasse folgt ihrem Muster (7b → 8b; in der Liste änderbar). Wer in der letzten Klassenstufe ist, wird als abgegangen am 31.07. vorgeschlagen. Wer im Schuljahr {0} keine Aktivität hatte, steht auf „nicht bekannt“ – bitte den Verbleib angeben; „nicht bekannt“ kommt im Bereich Datenschutz zur Prüfung wieder.</source>
            <translation>Every grade advances by one, the class follows its pattern (7b → 8b; editable in the list). Pupils in the last grade are proposed as left on 31 July. Pupils without any activity in the school year {0} are set to “not known” – please state their whereabouts; “not known” comes back for review in the Privacy area.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="190" />
            <source>Für diese Schulart ist keine letzte Klassenstufe voreingestellt: bitte oben eintragen, sonst wird niemand als abgegangen vorgeschlagen.</source>
            <translation>No last grade is preset for this school type: please enter it above, otherwise nobody is proposed as having left.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="197" />
            <source>wie Schulart ({0})</source>
            <translation>as the school type ({0})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="312" />
            <source>von Ihnen geändert; vorgeschlagen war „{0}“</source>
            <translation>changed by you; the proposal was “{0}”</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="325" />
            <source>Letzte Klassenstufe gespeichert; der Vorschlag ist neu berechnet.</source>
            <translation>Last grade saved; the proposal has been recalculated.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="329" />
            <source>Ihre Änderungen bei %n Schüler:(in|innen) bleiben.</source>
            <translation>
                <numerusform>Your changes to %n pupil are kept.</numerusform>
                <numerusform>Your changes to %n pupils are kept.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="354" />
            <source>Bitte den neuen Vorschlag prüfen und dann übernehmen.</source>
            <translation>Please check the new proposal, then apply it.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="374" />
            <source>Wird übernommen …</source>
            <translation>Applying …</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="381" />
            <source>%n Schüler:(in|innen)</source>
            <translation>
                <numerusform>%n pupil</numerusform>
                <numerusform>%n pupils</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="384" />
            <source>{0}: {1} – {2} vorgerückt, {7} wiederholt (Klassenstufe bleibt), {3} ohne Klassenstufe (unverändert), {4} abgegangen, {5} Schule gewechselt, {6} nicht bekannt.</source>
            <translation>{0}: {1} – {2} moved up, {7} repeated (same grade), {3} without grade (unchanged), {4} left, {5} changed school, {6} not known.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="387" />
            <source>{0}: {1} – {2} vorgerückt, {3} ohne Klassenstufe (unverändert), {4} abgegangen, {5} Schule gewechselt, {6} nicht bekannt.</source>
            <translation>{0}: {1} – {2} moved up, {3} without grade (unchanged), {4} left, {5} changed school, {6} not known.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="410" />
            <source>Ebenso zu prüfen: {0}.</source>
            <translation>Please also check: {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="434" />
            <source>Schuljahreswechsel übernommen</source>
            <translation>School-year change applied</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="451" />
            <source>Ihre Änderungen bei %n Schüler:(in|innen) dieser Schule werden nicht gespeichert, wenn Sie den Wechsel jetzt verschieben.</source>
            <translation>
                <numerusform>Your changes to %n pupil of this school are not saved if you postpone the change now.</numerusform>
                <numerusform>Your changes to %n pupils of this school are not saved if you postpone the change now.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="454" />
            <source>Schuljahreswechsel verschieben?</source>
            <translation>Postpone the school-year change?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="455" />
            <source>Verschieben, Änderungen verwerfen</source>
            <translation>Postpone, discard changes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/school_year/dialog.py" line="455" />
            <source>Weiter bearbeiten</source>
            <translation>Keep editing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="116" />
            <source>Vorgabe der Schulart</source>
            <translation>school type default</translation>
        </message>
        <message>
            <source>Ebenso bei 1 weiteren Schüler:in.</source>
            <translation type="obsolete">The same for 1 more pupil.</translation>
        </message>
        <message>
            <source>Ebenso bei {0} weiteren Schüler:innen.</source>
            <translation type="obsolete">The same for {0} more pupils.</translation>
        </message>
        <message>
            <source>Ihre Änderungen bei {0} Schüler:innen bleiben.</source>
            <translation type="obsolete">Your changes to {0} pupils are kept.</translation>
        </message>
        <message>
            <source>Im Schuljahr {0} hatte keine Stelle hier einen Stellenumfang (Einstellungen → Schulen &amp; Stelle).</source>
            <translation type="obsolete">In school year {0} no post had a share here (Settings → Schools &amp; post).</translation>
        </message>
        <message>
            <source>Letzte Klassenstufe speichern</source>
            <translation type="obsolete">Save the last grade</translation>
        </message>
        <message>
            <source>Meldung</source>
            <translation type="obsolete">Message</translation>
        </message>
        <message>
            <source>Zielwerte {0}: {1}</source>
            <translation type="obsolete">Targets {0}: {1}</translation>
        </message>
        <message>
            <source>{0}: {1} Schüler:innen – {2} vorgerückt, {3} ohne Klassenstufe (unverändert), {4} abgegangen, {5} Schule gewechselt, {6} nicht bekannt.</source>
            <translation type="obsolete">{0}: {1} pupils – {2} moved up, {3} without grade (unchanged), {4} left, {5} changed school, {6} not known.</translation>
        </message>
        <message>
            <source>{0}: {1} Schüler:innen – {2} vorgerückt, {7} wiederholt (Klassenstufe bleibt), {3} ohne Klassenstufe (unverändert), {4} abgegangen, {5} Schule gewechselt, {6} nicht bekannt.</source>
            <translation type="obsolete">{0}: {1} pupils – {2} moved up, {7} repeated (same grade), {3} without grade (unchanged), {4} left, {5} changed school, {6} not known.</translation>
        </message>
        <message>
            <source>{0}: {1} vorgerückt, {2} abgegangen, {3} Schule gewechselt, {4} nicht bekannt.</source>
            <translation type="obsolete">{0}: {1} advanced, {2} left, {3} changed school, {4} not known.</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="78" />
            <source>Treffer im Namen</source>
            <translation>Match in the name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="82" />
            <source>ohne Person</source>
            <translation>without person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="141" />
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="142" />
            <source>Suche</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="145" />
            <source>Suchbegriff</source>
            <translation>Search term</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="146" />
            <source>Suchen in Personen, Notizen, Gruppen, Partnern …</source>
            <translation>Search persons, notes, groups, partners …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="149" />
            <source>Suchen nach:</source>
            <translation>Search for:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="156" />
            <source>Suchergebnisse</source>
            <translation>Search results</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="163" />
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="187" />
            <source>↑/↓ auswählen · Enter öffnen · Esc schließen</source>
            <translation>↑/↓ select · Enter open · Esc close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="164" />
            <source>Bedienhinweis</source>
            <translation>Usage hint</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="202" />
            <source>Personen</source>
            <translation>Persons</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="202" />
            <source>Notizen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="202" />
            <source>Gruppen</source>
            <translation>Groups</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="202" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="217" />
            <source>{0} (die {1} zuletzt erfassten, es gibt weitere)</source>
            <translation>{0} (the {1} recorded last; there are more)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="221" />
            <source>Weitere {0} anzeigen …</source>
            <translation>Show {0} more …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="234" />
            <source>Keine Treffer.</source>
            <translation>No matches.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="236" />
            <source>{0} Treffer angezeigt, zuletzt Erfasstes zuerst; es gibt weitere: „Weitere … anzeigen“ wählen oder den Suchbegriff genauer fassen · ↑/↓ auswählen · Enter öffnen</source>
            <translation>{0} hits shown, most recently recorded first; there are more: choose “Show … more” or narrow the search · ↑/↓ select · Enter open</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="240" />
            <source>{0} Treffer · ↑/↓ auswählen · Enter öffnen</source>
            <translation>{0} matches · ↑/↓ select · Enter open</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="278" />
            <source>Treffer {0} von {1}: {2}</source>
            <translation>Hit {0} of {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="46" />
            <source>Bereiche der Einstellungen</source>
            <translation>Sections of the settings</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="52" />
            <location filename="../../ssa_desktop/ui/settings/page.py" line="40" />
            <source>Einstellungen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" line="66" />
            <source>Schulen &amp;&amp; Stelle</source>
            <translation>Schools &amp;&amp; post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" line="67" />
            <source>Sicherheit</source>
            <translation>Security</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" line="68" />
            <source>Sprache</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" line="69" />
            <source>Darstellung</source>
            <translation>Display</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" line="70" />
            <source>Optionen</source>
            <translation>Options</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/__init__.py" line="73" />
            <source>Info</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" line="23" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" line="23" />
            <source>Tresor-Ordner</source>
            <translation>Vault folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" line="24" />
            <source>Schema-Version</source>
            <translation>Schema version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" line="24" />
            <source>SQLCipher-Version</source>
            <translation>SQLCipher version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" line="25" />
            <source>Tresor angelegt</source>
            <translation>Vault created</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" line="30" />
            <source>SSA Desktop arbeitet ohne Netzwerk. Alle Daten liegen verschlüsselt im Tresor-Ordner auf diesem Gerät.</source>
            <translation>SSA Desktop works without a network. All data are stored encrypted in the vault folder on this device.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/about.py" line="41" />
            <source>{0} (aktuell: {1})</source>
            <translation>{0} (current: {1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/display.py" line="23" />
            <source>Hoher &amp;Kontrast</source>
            <translation>High &amp;contrast</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/display.py" line="23" />
            <source>Schwarze Schrift auf Weiß, dunklere Farben für Auswahl, Hinweise und Fokusrahmen (Kontrast mindestens 7:1).</source>
            <translation>Black text on white, darker colours for selection, hints and focus frame (contrast at least 7:1).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/display.py" line="26" />
            <source>Auswahl, Felder und Fokusrahmen wechseln sofort, alle Hinweisfarben nach einem Neustart von SSA Desktop. Steht Windows auf einem Kontrastdesign, übernimmt SSA Desktop die Farben von Windows und ändert sie nicht.</source>
            <translation>Selection, fields and focus frame change at once, all hint colours after a restart of SSA Desktop. When Windows uses a contrast theme, SSA Desktop takes the Windows colours and does not change them.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/display.py" line="32" />
            <source>Meldung zur Darstellung</source>
            <translation>Display message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/display.py" line="40" />
            <source>Gespeichert.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/language.py" line="25" />
            <source>Sprache der Oberfläche</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/language.py" line="27" />
            <source>Deu&amp;tsch</source>
            <translation>Deu&amp;tsch</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/language.py" line="27" />
            <source>&amp;English</source>
            <translation>&amp;English</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/language.py" line="30" />
            <source>Die neue Sprache gilt nach einem Neustart von SSA Desktop. Eingaben, Kataloge und Berichte bleiben deutsch.</source>
            <translation>The new language applies after restarting SSA Desktop. Entries, catalogues and reports stay German.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/language.py" line="35" />
            <source>Meldung zur Sprache</source>
            <translation>Message about language</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/language.py" line="42" />
            <source>Gespeichert. Bitte SSA Desktop neu starten.</source>
            <translation>Saved. Please restart SSA Desktop.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" line="52" />
            <source>Einstellungen dieses Tresors. Eine Änderung gilt sofort und wird mit altem und neuem Wert protokolliert.</source>
            <translation>Settings of this vault. A change applies at once and is logged with its old and new value.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" line="64" />
            <source>Meldung zu den Optionen</source>
            <translation>Message about the options</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" line="78" />
            <source>TT.MM.</source>
            <translation>DD.MM.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" line="88" />
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Vorname und Initial (Kim S.)</source>
            <translation>First name and initial (Kim S.)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" line="88" />
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Vor- und Nachname (Kim Sommer)</source>
            <translation>First and last name (Kim Sommer)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" line="88" />
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>nur Vorname (Kim)</source>
            <translation>first name only (Kim)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" line="88" />
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>nur Pseudonym (K-17)</source>
            <translation>pseudonym only (K-17)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/options.py" line="120" />
            <source>„%1“ gespeichert.</source>
            <translation>“%1” saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="54" />
            <source>Meldung zu Schulen und Stelle</source>
            <translation>Message about schools and post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="60" />
            <source>Schuljahr</source>
            <translation>School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="62" />
            <source>&amp;Schuljahr</source>
            <translation>&amp;School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="67" />
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="69" />
            <source>Schulen</source>
            <translation>Schools</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="71" />
            <source>Schule hinzu&amp;fügen …</source>
            <translation>&amp;Add school …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="71" />
            <source>Schule hinzufügen</source>
            <translation>Add school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="73" />
            <source>Schule b&amp;earbeiten …</source>
            <translation>&amp;Edit school …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="74" />
            <source>Schule bearbeiten</source>
            <translation>Edit school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="75" />
            <source>Schule &amp;löschen</source>
            <translation>&amp;Delete school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="75" />
            <source>Schule löschen</source>
            <translation>Delete school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="82" />
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="156" />
            <source>Stelle</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="84" />
            <source>Stellenumfang in % einer Vollzeitstelle je Schule und Schuljahr. Die Wochenstunden ergeben sich aus den Vollzeitstunden.</source>
            <translation>Post share in % of a full-time post per school and school year. Weekly hours follow from the full-time hours.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="88" />
            <source>Stellen</source>
            <translation>Posts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="90" />
            <source>Stelle hin&amp;zufügen …</source>
            <translation>Add &amp;post …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="90" />
            <source>Stelle hinzufügen</source>
            <translation>Add post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="92" />
            <source>Stelle und Stellen&amp;umfang bearbeiten …</source>
            <translation>Edit post and &amp;share …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="93" />
            <source>Stelle und Stellenumfang bearbeiten</source>
            <translation>Edit post and share</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="95" />
            <source>Fachkräfte-An&amp;gaben …</source>
            <translation>Staff &amp;details …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="96" />
            <source>Fachkräfte-Angaben der Stelle im Schuljahr</source>
            <translation>Staff details of the post in the school year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="137" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="137" />
            <source>Kürzel</source>
            <translation>Short code</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="137" />
            <source>Schulart</source>
            <translation>School type</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="138" />
            <source>Schüler:innen {0}</source>
            <translation>Pupils {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="138" />
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="156" />
            <source>Stellenumfang {0}</source>
            <translation>Post share {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="156" />
            <source>Vollzeit</source>
            <translation>Full time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="157" />
            <source>Wochenstunden</source>
            <translation>Weekly hours</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="157" />
            <source>Aufteilung</source>
            <translation>Split</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="163" />
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="166" />
            <source>{0} Std.</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="167" />
            <source>noch kein Stellenumfang eingetragen</source>
            <translation>no post share entered yet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="198" />
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="215" />
            <source>Bitte zuerst eine Schule in der Liste auswählen.</source>
            <translation>Please select a school in the list first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="209" />
            <source>Schule gespeichert.</source>
            <translation>School saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="217" />
            <source>Die Schule mit ihren Schülerzahlen und ihrem Stellenumfang löschen?</source>
            <translation>Delete the school with its pupil numbers and post shares?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="223" />
            <source>Schule gelöscht.</source>
            <translation>School deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="235" />
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="247" />
            <source>Bitte zuerst eine Stelle in der Liste auswählen.</source>
            <translation>Please select a post in the list first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="250" />
            <source>Fachkräfte-Angaben gespeichert.</source>
            <translation>Staff details saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/schools.py" line="263" />
            <source>Stelle gespeichert.</source>
            <translation>Post saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="76" />
            <source>Meldung zur Sicherheit</source>
            <translation>Message about security</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="82" />
            <source>Automatisch sperren</source>
            <translation>Lock automatically</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="84" />
            <source>Sperren nach &amp;Untätigkeit von</source>
            <translation>Lock after &amp;inactivity of</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="84" />
            <source>Ohne Eingabe in dieser Zeit sperrt sich der Tresor.</source>
            <translation>Without any input for this long, the vault locks itself.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="84" />
            <source>%n Minute(n)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="89" />
            <source>Sperren, wenn der Deckel &amp;geschlossen oder der Bildschirm ausgeschaltet wird</source>
            <translation>Lock when the lid is &amp;closed or the display turns off</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="89" />
            <source>Auch wenn sich der Bildschirm durch die Energieeinstellungen abschaltet.</source>
            <translation>Also when the power settings turn the display off.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="92" />
            <source>Strg+L sperrt sofort. Der Tresor sperrt sich auch, wenn der Bildschirm gesperrt wird oder das Gerät in den Ruhezustand geht.</source>
            <translation>Ctrl+L locks at once. The vault also locks when the screen is locked or the device goes to sleep.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="97" />
            <source>Dieses Gerät</source>
            <translation>This device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="99" />
            <source>Zustand dieses Geräts</source>
            <translation>State of this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="102" />
            <source>Auf diesem Gerät &amp;merken</source>
            <translation>&amp;Remember on this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="103" />
            <source>Auf diesem Gerät merken</source>
            <translation>Remember on this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="104" />
            <source>Dieses Gerät &amp;vergessen</source>
            <translation>&amp;Forget this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="105" />
            <source>Dieses Gerät vergessen</source>
            <translation>Forget this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="115" />
            <source>Passphrase und Notfallschlüssel</source>
            <translation>Passphrase and emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="117" />
            <source>&amp;Passphrase ändern …</source>
            <translation>Change &amp;passphrase …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="117" />
            <source>Passphrase ändern</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="119" />
            <source>Neuer &amp;Notfallschlüssel …</source>
            <translation>New &amp;emergency key …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="120" />
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="281" />
            <source>Neuer Notfallschlüssel</source>
            <translation>New emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="121" />
            <source>Notfallschlüssel &amp;anzeigen …</source>
            <translation>Show emergency &amp;key …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="122" />
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="305" />
            <source>Notfallschlüssel anzeigen</source>
            <translation>Show emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="127" />
            <source>Übergabe an eine Nach&amp;folge …</source>
            <translation>Hand over to a &amp;successor …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="128" />
            <source>Übergabe der Stelle an eine Nachfolge</source>
            <translation>Hand the post over to a successor</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="135" />
            <source>Tresor</source>
            <translation>Vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="137" />
            <source>&amp;Tresor prüfen</source>
            <translation>&amp;Check vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="137" />
            <source>Tresor prüfen</source>
            <translation>Check vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="139" />
            <source>&amp;Sicherung erstellen …</source>
            <translation>Create &amp;backup …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="140" />
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="409" />
            <source>Sicherung erstellen</source>
            <translation>Create backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="196" />
            <source>Dieses Gerät öffnet den Tresor ohne Passphrase. Nur sinnvoll, wenn das Gerät selbst gut geschützt ist (eigenes Benutzerkonto, Festplattenverschlüsselung).</source>
            <translation>This device opens the vault without a passphrase. Only sensible if the device itself is well protected (own user account, disk encryption).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="199" />
            <source>Der Tresor fragt bei jedem Öffnen nach der Passphrase.</source>
            <translation>The vault asks for the passphrase every time it is opened.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="209" />
            <source>Dieses Gerät ist jetzt gemerkt.</source>
            <translation>This device is now remembered.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="210" />
            <source>Der Schlüsselbund dieses Geräts ist nicht erreichbar. Nichts wurde gemerkt.</source>
            <translation>This device's keychain is not reachable. Nothing was remembered.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="221" />
            <source>Dieses Gerät ist vergessen. Beim nächsten Öffnen wird die Passphrase verlangt.</source>
            <translation>This device is forgotten. The passphrase will be asked the next time.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="267" />
            <source>Die Passphrase ist geändert.</source>
            <translation>The passphrase has been changed.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="269" />
            <source>Gemerkte Geräte wurden vergessen; dort wird die neue Passphrase verlangt.</source>
            <translation>Remembered devices were forgotten; they will ask for the new passphrase.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="274" />
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="276" />
            <source>Passphrase wird geändert …</source>
            <translation>Changing the passphrase …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="282" />
            <source>Der Tresor wird mit einem neuen Schlüssel neu verschlüsselt; vorher wird eine Sicherung angelegt. Der bisherige Notfallschlüssel gilt danach nicht mehr. Bitte zur Bestätigung die Passphrase eingeben.</source>
            <translation>The vault is re-encrypted with a new key; a backup is made first. The previous emergency key will no longer be valid. Please enter the passphrase to confirm.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="295" />
            <source>Der neue Notfallschlüssel gilt ab sofort.</source>
            <translation>The new emergency key is valid from now on.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="300" />
            <source>Neuer Notfallschlüssel wird erstellt …</source>
            <translation>Creating the new emergency key …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="306" />
            <source>Der Notfallschlüssel öffnet den Tresor ohne Passphrase. Bitte zur Bestätigung die Passphrase eingeben.</source>
            <translation>The emergency key opens the vault without the passphrase. Please enter the passphrase to confirm.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="317" />
            <source>Passphrase wird geprüft …</source>
            <translation>Checking passphrase …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="329" />
            <source>Notfallblatt speichern</source>
            <translation>Save emergency sheet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="338" />
            <source>Notfallblatt gespeichert: {0}</source>
            <translation>Emergency sheet saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="355" />
            <source>Übergabe abgeschlossen: neue Passphrase der Nachfolge, neuer Notfallschlüssel, {0} gemerkte(s) Gerät(e) widerrufen, {1} Sicherung(en) unter dem bisherigen Schlüssel gelöscht und eine neue angelegt. Bitte das neue Notfallblatt und das Übergabeprotokoll speichern.</source>
            <translation>Handover complete: the successor's new passphrase, a new emergency key, {0} remembered device(s) revoked, {1} backup(s) under the previous key deleted and a new one made. Please save the new emergency sheet and the handover protocol.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="363" />
            <source>Übergabeprotokoll speichern …</source>
            <translation>Save handover protocol …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="364" />
            <source>Übergabeprotokoll für den Träger speichern</source>
            <translation>Save the handover protocol for the provider</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="368" />
            <source>Übergabe an die Nachfolge …</source>
            <translation>Handing over to the successor …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="374" />
            <source>Übergabeprotokoll speichern</source>
            <translation>Save handover protocol</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="384" />
            <source>Übergabeprotokoll gespeichert: {0}</source>
            <translation>Handover protocol saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="389" />
            <source>Tresor wird geprüft …</source>
            <translation>Checking vault …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="398" />
            <source>Tresor geprüft: {0} Probleme gefunden.</source>
            <translation>Vault checked: {0} problems found.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="400" />
            <source>Bitte eine Sicherung erstellen und den Träger informieren.</source>
            <translation>Please create a backup and inform your provider.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="402" />
            <source>Tresor geprüft: keine Probleme</source>
            <translation>Vault checked: no problems</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="411" />
            <source>Sicherung (*.ssabak)</source>
            <translation>Backup (*.ssabak)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="417" />
            <source>Sicherung wird erstellt …</source>
            <translation>Creating backup …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="423" />
            <source>Sicherung erstellt: {0}</source>
            <translation>Backup created: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="462" />
            <source>Die Aktion ist abgeschlossen; wegen der Sperre wird ihr Ergebnis nicht angezeigt. Nach einem neuen Notfallschlüssel bitte unter Einstellungen → Sicherheit „Notfallschlüssel anzeigen …“ wählen und das Notfallblatt neu speichern.</source>
            <translation>The action has finished; its result is not shown because the vault was locked. If a new emergency key was created, choose “Show emergency key …” under Settings → Security and save the emergency sheet again.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="476" />
            <source>Bitte warten</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/pages/security.py" line="477" />
            <source>Fortschritt</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Frist KVJS-Statistik je Stelle</source>
            <translation>Deadline of the KVJS statistics per post</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Tag und Monat, z. B. 31.10. (oder 10-31); erscheint ab 1. Juli in der Übersicht.</source>
            <translation>Day and month, e.g. 31.10. (or 10-31); shown in the overview from 1 July.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Frist Statistik je Schule für den Landkreis</source>
            <translation>Deadline of the statistics per school for the district</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Tag und Monat, z. B. 31.07. (oder 07-31); erscheint ab 1. Juli in der Übersicht.</source>
            <translation>Day and month, e.g. 31.07. (or 07-31); shown in the overview from 1 July.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Förderung je Vollzeitstelle und Jahr (€)</source>
            <translation>Grant per full-time post and year (€)</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Für den Verwendungsnachweis: anteilig nach Stellenumfang und besetzten Monaten.</source>
            <translation>For the proof of use: pro rata by the post's share and the months it was filled.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Wochenstunden einer Vollzeitstelle</source>
            <translation>Weekly hours of a full-time post</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Gilt für neue Stellen; jede Stelle behält ihre eigenen Vollzeitstunden (sie zählen für die Sollzeit). Die einzige Angabe dieser Art.</source>
            <translation>Applies to new posts; every post keeps its own full-time hours (they count for the target time). The only setting of its kind.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Beratungszettel: Name der Schüler:in</source>
            <translation>Counselling slips: name of the pupil</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Wie die Lehrkraft die Schüler:in kennt: „Kim S.“ (Vorname und Initial, Standard), „Kim Sommer“, „Kim“ oder nur das Pseudonym. Möglichst wenig preisgeben.</source>
            <translation>How the teacher knows the pupil: “Kim S.” (first name and initial, default), “Kim Sommer”, “Kim” or only the pseudonym. Reveal as little as possible.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Schulferien ohne Sollzeit</source>
            <translation>No target time during school holidays</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>An eingetragenen Schulferien fällt keine Sollzeit an (z. B. bei einem Jahresarbeitszeitmodell des Trägers). Sonst zählen nur Urlaub, Krankheit und Feiertage.</source>
            <translation>Entered school holidays carry no target time (e.g. under the provider's annual working-time model). Otherwise only vacation, sickness and public holidays count.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Statistik und Förderung</source>
            <translation>Statistics and grant</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Arbeitszeit</source>
            <translation>Working time</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Beratungszettel</source>
            <translation>Consultation slip</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Weitere Optionen</source>
            <translation>Other options</translation>
        </message>
        <message>
            <source> Minute(n)</source>
            <translation type="obsolete"> minute(s)</translation>
        </message>
        <message>
            <source> Minuten</source>
            <translation type="obsolete"> minutes</translation>
        </message>
        <message>
            <source>&amp;Deutsch</source>
            <translation type="obsolete">&amp;Deutsch (German)</translation>
        </message>
        <message>
            <source>Automatisch sperren nach Minuten ohne Eingabe</source>
            <translation type="obsolete">Lock automatically after minutes without input</translation>
        </message>
        <message>
            <source>Die Aktion ist abgeschlossen; wegen der Sperre wird ihr Ergebnis nicht angezeigt. Nach einem neuen Notfallschlüssel bitte noch einmal „Neuer Notfallschlüssel“ wählen, um einen Schlüssel zum Aufschreiben zu erhalten.</source>
            <translation type="obsolete">The action is finished; because the vault was locked, its result is not shown. After a new emergency key, please choose “New emergency key” once more to get a key to write down.</translation>
        </message>
        <message>
            <source>Schule &amp;bearbeiten …</source>
            <translation type="obsolete">&amp;Edit school …</translation>
        </message>
        <message>
            <source>Schule &amp;hinzufügen …</source>
            <translation type="obsolete">&amp;Add school …</translation>
        </message>
        <message>
            <source>Tresor &amp;prüfen</source>
            <translation type="obsolete">&amp;Check vault</translation>
        </message>
        <message>
            <source>Über</source>
            <translation type="obsolete">About</translation>
        </message>
        <message>
            <source>Übergabe abgeschlossen: neue Passphrase der Nachfolge, neuer Notfallschlüssel, {0} gemerkte(s) Gerät(e) widerrufen. Bitte das neue Notfallblatt und das Übergabeprotokoll speichern.</source>
            <translation type="obsolete">Handover complete: the successor's new passphrase, a new emergency key, {0} remembered device(s) revoked. Please save the new emergency sheet and the handover protocol.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialogs</name>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="46" />
            <source>sehr schwach</source>
            <translation>very weak</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="46" />
            <source>schwach</source>
            <translation>weak</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="46" />
            <source>ausreichend</source>
            <translation>sufficient</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="46" />
            <source>gut</source>
            <translation>good</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="46" />
            <source>sehr gut</source>
            <translation>very good</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="62" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="63" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="99" />
            <source>Schule bearbeiten</source>
            <translation>Edit school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="99" />
            <source>Schule hinzufügen</source>
            <translation>Add school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="103" />
            <source>Name der Schule</source>
            <translation>Name of the school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="104" />
            <source>z. B. Gemeinschaftsschule Am Park</source>
            <translation>e.g. Gemeinschaftsschule Am Park</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="105" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="107" />
            <source>Kürzel</source>
            <translation>Short code</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="108" />
            <source>&amp;Kürzel</source>
            <translation>Short &amp;code</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="109" />
            <source>Schulart</source>
            <translation>School type</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="112" />
            <source>&amp;Schulart</source>
            <translation>School &amp;type</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="121" />
            <source>Anschrift</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="122" />
            <source>&amp;Anschrift</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="128" />
            <source>Schüler:innen {0}</source>
            <translation>Pupils {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="135" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="193" />
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="131" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="153" />
            <source>Stelle bearbeiten</source>
            <translation>Edit post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="153" />
            <source>Stelle hinzufügen</source>
            <translation>Add post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="154" />
            <source>Stelle Schulsozialarbeit</source>
            <translation>School social work post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="158" />
            <source>Bezeichnung der Stelle</source>
            <translation>Label of the post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="159" />
            <source>&amp;Bezeichnung</source>
            <translation>&amp;Label</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="164" />
            <source> Std./Woche</source>
            <translation> h/week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="166" />
            <source>Wochenstunden einer Vollzeitstelle</source>
            <translation>Weekly hours of a full-time post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="167" />
            <source>&amp;Vollzeit</source>
            <translation>&amp;Full time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="169" />
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="64" />
            <source>Qualifikation</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="170" />
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="65" />
            <source>z. B. Soziale Arbeit (B.A.)</source>
            <translation>e.g. Social Work (B.A.)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="171" />
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="103" />
            <source>&amp;Qualifikation</source>
            <translation>&amp;Qualification</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="172" />
            <source>Stellenumfang im Schuljahr {0}</source>
            <translation>Post share in school year {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="183" />
            <source>Stellenumfang an {0}</source>
            <translation>Post share at {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="188" />
            <source>Summe Stellenumfang</source>
            <translation>Total post share</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="189" />
            <source>Summe</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="200" />
            <source>{0} % · {1} Std./Woche</source>
            <translation>{0} % · {1} h/week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="222" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="223" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="248" />
            <source>Passphrase ändern</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="226" />
            <source>Bisherige Passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="227" />
            <source>&amp;Bisherige Passphrase</source>
            <translation>&amp;Current passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="228" />
            <source>Neue Passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="229" />
            <source>&amp;Neue Passphrase</source>
            <translation>&amp;New passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="230" />
            <source>Neue Passphrase wiederholen</source>
            <translation>Repeat new passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="231" />
            <source>Neue Passphrase &amp;wiederholen</source>
            <translation>&amp;Repeat new passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="236" />
            <source>Stärke der neuen Passphrase</source>
            <translation>Strength of the new passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="239" />
            <source>Hinweis zur Passphrase</source>
            <translation>Passphrase hint</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="240" />
            <source>Stärke</source>
            <translation>Strength</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="244" />
            <source>Die Passphrase schützt den Tresor auf diesem Gerät. Der Notfallschlüssel bleibt gleich.</source>
            <translation>The passphrase protects the vault on this device. The emergency key stays the same.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="262" />
            <source>Mindestens 10 Zeichen; am besten mehrere Wörter.</source>
            <translation>At least 10 characters; preferably several words.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="264" />
            <source>Stärke: {0}.</source>
            <translation>Strength: {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="281" />
            <source>Bitte die bisherige Passphrase eingeben.</source>
            <translation>Please enter the current passphrase.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="283" />
            <source>Die neue Passphrase ist zu schwach.</source>
            <translation>The new passphrase is too weak.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="285" />
            <source>Die beiden neuen Passphrasen stimmen nicht überein.</source>
            <translation>The two new passphrases do not match.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="287" />
            <source>Die neue Passphrase ist dieselbe wie die bisherige.</source>
            <translation>The new passphrase is the same as the current one.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="323" />
            <source>Übergabe an eine Nachfolge</source>
            <translation>Handover to a successor</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="328" />
            <source>Die Nachfolge übernimmt die Stelle mit diesem Tresor. Die bisherige Fachkraft gibt ihre Passphrase ein, die Nachfolge wählt ihre eigene. Danach: neuer Notfallschlüssel (der Tresor wird neu verschlüsselt, vorher gesichert), das bisherige Notfallblatt gilt nicht mehr, alle gemerkten Geräte werden widerrufen. Löschprotokoll, Übermittlungsprotokoll und die Kennzahlen für Datenpannen bleiben erhalten. Zum Schluss: neues Notfallblatt und Übergabeprotokoll (ohne Namen) für den Träger.</source>
            <translation>The successor takes over the post with this vault. The current worker enters her passphrase, the successor chooses her own. Then: a new emergency key (the vault is re-encrypted, backed up first), the previous emergency sheet is void, all remembered devices are revoked. The deletion log, the disclosure log and the data-breach figures are kept. Finally: a new emergency sheet and a handover protocol (without names) for the provider.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="336" />
            <source>Übergabe durchführen</source>
            <translation>Carry out handover</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="352" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="353" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="355" />
            <source>Weiter</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="378" />
            <source>Neuer Notfallschlüssel</source>
            <translation>New emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="378" />
            <source>Notfallschlüssel</source>
            <translation>Emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="385" />
            <source>Das ist der neue Notfallschlüssel. Er wird nur jetzt angezeigt. Speichern Sie das Notfallblatt, drucken Sie es aus und geben Sie es Ihrem Träger. Der bisherige Notfallschlüssel gilt nicht mehr.</source>
            <translation>This is the new emergency key. It is shown only now. Save the emergency sheet, print it and give it to your provider. The previous emergency key is no longer valid.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="389" />
            <source>Das ist der aktuelle Notfallschlüssel dieses Tresors. Speichern Sie bei Bedarf das Notfallblatt, drucken Sie es aus und geben Sie es Ihrem Träger.</source>
            <translation>This is the current emergency key of this vault. If needed, save the emergency sheet, print it and give it to your provider.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="402" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="408" />
            <source>Notfallblatt speichern …</source>
            <translation>Save emergency sheet …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="409" />
            <source>Notfallblatt speichern</source>
            <translation>Save emergency sheet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="410" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="412" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="39" />
            <source>{0} Std.</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="51" />
            <source>Fachkräfte-Angaben {0} – {1}</source>
            <translation>Staff details {0} – {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="55" />
            <source>Für den KVJS-Abschnitt „Kennzahlen zu den Fachkräften“ und den Verwendungsnachweis. Einmal je Stelle und Schuljahr.</source>
            <translation>For the KVJS section “Key figures on the staff” and the proof of use. Once per post and school year.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="58" />
            <source>Noch nicht gespeichert: vorausgefüllt aus dem Vorjahr bzw. der Stelle.</source>
            <translation>Not saved yet: prefilled from the previous year or the post.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="71" />
            <source>Stellenumfang in Prozent</source>
            <translation>Extent of the post in percent</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="73" />
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="105" />
            <source>Vollzeitäquivalente</source>
            <translation>Full-time equivalents</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="75" />
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="80" />
            <source>angeben</source>
            <translation>specify</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="76" />
            <source>Beginn der Beschäftigung angeben</source>
            <translation>Specify start of employment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="78" />
            <source>beschäftigt seit</source>
            <translation>employed since</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="81" />
            <source>Ende der Beschäftigung angeben</source>
            <translation>Specify end of employment</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="83" />
            <source>beschäftigt bis</source>
            <translation>employed until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="90" />
            <source>befristet</source>
            <translation>fixed-term</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="93" />
            <source>Anstellungsträger</source>
            <translation>Employer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="104" />
            <source>Stellen&amp;umfang</source>
            <translation>&amp;Extent</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="106" />
            <source>Beschäftigt &amp;seit</source>
            <translation>Employed &amp;since</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="107" />
            <source>Beschäftigt b&amp;is</source>
            <translation>Employed &amp;until</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="109" />
            <source>&amp;Anstellungsträger</source>
            <translation>&amp;Employer</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="116" />
            <source>Fehlende Angaben</source>
            <translation>Missing details</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="119" />
            <source>Berechnet</source>
            <translation>Computed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="122" />
            <source>Monate besetzt und unbesetzt</source>
            <translation>Months filled and vacant</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="123" />
            <source>Monate im Schuljahr</source>
            <translation>Months in the school year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="127" />
            <source>Arbeitszeit gesamt</source>
            <translation>Working time in total</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/staff_dialog.py" line="152" />
            <source>{0} besetzt, {1} unbesetzt (eine unbesetzte Zeit zählt nicht als Arbeitszeit)</source>
            <translation>{0} filled, {1} vacant (a vacancy does not count as working time)</translation>
        </message>
        <message>
            <source>Beschäftigung</source>
            <translation type="obsolete">Employment</translation>
        </message>
        <message>
            <source>Fehlermeldung</source>
            <translation type="obsolete">Error message</translation>
        </message>
    </context>
    <context>
        <name>ShortContacts</name>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="53" />
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="54" />
            <source>Kurzkontakte</source>
            <translation>Short contacts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="56" />
            <source>Klassenstufe</source>
            <translation>Grade level</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="56" />
            <source>Dauer</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="57" />
            <source>Liste der Kurzkontakte</source>
            <translation>List of short contacts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="60" />
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="56" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="61" />
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="56" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="64" />
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="56" />
            <source>Geschlecht</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="66" />
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="56" />
            <source>Anzahl</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="68" />
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="56" />
            <source>Themen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="72" />
            <source>&amp;Korrektur speichern</source>
            <translation>Save &amp;correction</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="73" />
            <source>Korrektur speichern</source>
            <translation>Save correction</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="75" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="79" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="80" />
            <source>&amp;Schule</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="81" />
            <source>&amp;Geschlecht</source>
            <translation>&amp;Gender</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="82" />
            <source>Klassens&amp;tufe</source>
            <translation>Grade &amp;level</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="83" />
            <source>&amp;Anzahl</source>
            <translation>&amp;Number</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="84" />
            <source>Da&amp;uer</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="85" />
            <source>T&amp;hemen</source>
            <translation>T&amp;opics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="102" />
            <source>{0} Min.</source>
            <translation>{0} min.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/short_contacts.py" line="143" />
            <source>Korrektur gespeichert.</source>
            <translation>Correction saved.</translation>
        </message>
        <message>
            <source>Fehlermeldung</source>
            <translation type="obsolete">Error message</translation>
        </message>
        <message>
            <source>—</source>
            <translation type="obsolete">—</translation>
        </message>
    </context>
    <context>
        <name>Slips</name>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="82" />
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="244" />
            <source>Beratungszettel speichern</source>
            <translation>Save consultation slips</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="83" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="85" />
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="86" />
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="125" />
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="230" />
            <source>Beratungszettel drucken</source>
            <translation>Print consultation slips</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="90" />
            <source>4 Zettel je A4-Seite (A6, mit Schnittlinien)</source>
            <translation>4 slips per A4 page (A6, with cut lines)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="90" />
            <source>1 Zettel je A4-Seite</source>
            <translation>1 slip per A4 page</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="91" />
            <source>Format</source>
            <translation>Layout</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="92" />
            <source>Leere Zettel dazu</source>
            <translation>Blank slips in addition</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="93" />
            <source>Zettel ohne Namen zum Ausfüllen von Hand</source>
            <translation>Slips without names, to fill in by hand</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="94" />
            <source>Name auf dem Zettel</source>
            <translation>Name on the slip</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="96" />
            <source>Vorname und Initial (Kim S.)</source>
            <translation>First name and initial (Kim S.)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="96" />
            <source>Vor- und Nachname (Kim Sommer)</source>
            <translation>First and last name (Kim Sommer)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="96" />
            <source>nur Vorname (Kim)</source>
            <translation>first name only (Kim)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="96" />
            <source>nur Pseudonym (K-17)</source>
            <translation>pseudonym only (K-17)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="100" />
            <source>Logo &amp;wählen …</source>
            <translation>C&amp;hoose logo …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="101" />
            <source>Logo der Schule für die Zettel wählen</source>
            <translation>Choose the school logo for the slips</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="103" />
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="103" />
            <source>Logo entfernen</source>
            <translation>Remove logo</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="108" />
            <source>&amp;Format</source>
            <translation>&amp;Layout</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="109" />
            <source>&amp;Leere Zettel dazu</source>
            <translation>&amp;Blank slips in addition</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="110" />
            <source>&amp;Name auf dem Zettel</source>
            <translation>&amp;Name on the slip</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="111" />
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="194" />
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="202" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="113" />
            <source>Umfang</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="116" />
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="120" />
            <source>Vorschau</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="125" />
            <source>&amp;Drucken …</source>
            <translation>&amp;Print …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="127" />
            <source>Als &amp;PDF speichern …</source>
            <translation>Save as &amp;PDF …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="128" />
            <source>Beratungszettel als PDF speichern</source>
            <translation>Save consultation slips as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="129" />
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="129" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="134" />
            <source>Auf dem Zettel stehen nur Schule, Name, Klasse, Datum, Uhrzeit und Raum – nie ein Thema oder Anlass.</source>
            <translation>The slip shows only school, name, class, date, time and room – never a topic or reason.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="165" />
            <source>{0} Zettel auf {1} Seite(n)</source>
            <translation>{0} slips on {1} page(s)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="172" />
            <source>Keine Zettel.</source>
            <translation>No slips.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="185" />
            <source>Logo wählen</source>
            <translation>Choose logo</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="185" />
            <source>Bilder (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="194" />
            <source>Das Bild konnte nicht gelesen werden.</source>
            <translation>The image could not be read.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="218" />
            <source>Beratungszettel</source>
            <translation>Consultation slip</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="228" />
            <source>Der Druck ist fehlgeschlagen: {0}</source>
            <translation>Printing failed: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="232" />
            <source>{0} Beratungszettel gedruckt.</source>
            <translation>{0} consultation slips printed.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/reports/slip_dialog.py" line="246" />
            <source>{0} Beratungszettel gespeichert: {1}</source>
            <translation>{0} consultation slips saved: {1}</translation>
        </message>
    </context>
    <context>
        <name>Statistics</name>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="67" />
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="100" />
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="180" />
            <source>Wie wird gezählt?</source>
            <translation>How is it counted?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="67" />
            <source>Alle Zahlen stammen aus den anonymen Statistik-Einträgen: ohne Namen, ohne Fallakten. Gelöschte Fälle, Personen und Gruppen ändern ein gezähltes Jahr nicht.</source>
            <translation>All figures come from the anonymous statistics records: no names, no case files. Deleted cases, persons and groups do not change a counted year.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="68" />
            <source>Wer als beraten zählt</source>
            <translation>Who counts as counselled</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="83" />
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="109" />
            <source>Schuljahr</source>
            <translation>School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="84" />
            <source>Schule oder Stelle</source>
            <translation>School or post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="88" />
            <source>Exportieren …</source>
            <translation>Export …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="88" />
            <source>Alle vier Exportdateien schreiben</source>
            <translation>Write all four export files</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="90" />
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="287" />
            <source>Als abgegeben markieren</source>
            <translation>Mark as delivered</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="91" />
            <source>Zahlen als abgegeben festhalten</source>
            <translation>Keep the figures as delivered</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="92" />
            <source>Vorlage laden …</source>
            <translation>Load template …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="92" />
            <source>Andere Formularvorlage laden</source>
            <translation>Load another form template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="94" />
            <source>Mitgelieferte Vorlage</source>
            <translation>Shipped template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="95" />
            <source>Wieder die mitgelieferte Vorlage verwenden</source>
            <translation>Use the shipped template again</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="98" />
            <source>Zusammenführen …</source>
            <translation>Merge …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="98" />
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="516" />
            <source>Exportdateien zusammenführen</source>
            <translation>Merge export files</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="100" />
            <source>Zählregeln anzeigen</source>
            <translation>Show counting rules</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="103" />
            <source>Jahresbericht …</source>
            <translation>Annual report …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="103" />
            <source>Jahresbericht für das Auswertungsgespräch</source>
            <translation>Annual report for the evaluation meeting</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="105" />
            <source>Verwendungsnachweis …</source>
            <translation>Proof of use …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="106" />
            <source>Verwendungsnachweis für den Träger als PDF</source>
            <translation>Proof of use for the provider as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="111" />
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="139" />
            <source>Bereich</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="129" />
            <source>Formularvorschau</source>
            <translation>Form preview</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="137" />
            <source>Enter oder Doppelklick auf eine Zahl zeigt ihre Regel und die anonymen Einträge, die sie zählt.</source>
            <translation>Enter or a double click on a figure shows its rule and the anonymous entries it counts.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="139" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="139" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="139" />
            <source>Minuten</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="145" />
            <source>Anonyme Einträge</source>
            <translation>Anonymous records</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="169" />
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="176" />
            <source>Diagramme</source>
            <translation>Charts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="175" />
            <source>Formular</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="179" />
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" line="67" />
            <source>Eingabehilfe</source>
            <translation>Entry aid</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="227" />
            <source>Bitte zuerst Schulen und Stelle in den Einstellungen anlegen.</source>
            <translation>Please add schools and the post in the settings first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="233" />
            <source>Wird gezählt …</source>
            <translation>Counting …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="276" />
            <source>Vorlage: {0} (Version {1}).</source>
            <translation>Template: {0} (version {1}).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="278" />
            <source>Eigene Vorlage: {0} (Version {1}).</source>
            <translation>Own template: {0} (version {1}).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="282" />
            <source>Abgegeben am {0}.</source>
            <translation>Delivered on {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="284" />
            <source>Seitdem haben sich {0} Kennzahlen geändert; der Export zeigt die Abweichung.</source>
            <translation>Since then {0} figures have changed; the export shows the difference.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="285" />
            <source>Abgabe zurücknehmen</source>
            <translation>Withdraw delivery</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="308" />
            <source>Feld</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="309" />
            <source>davon {0}</source>
            <translation>of which {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="361" />
            <source>Themen (Personen)</source>
            <translation>Topics (persons)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="362" />
            <source>Zugang (Personen)</source>
            <translation>Access route (persons)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="363" />
            <source>unbekannt</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="364" />
            <source>Klassenstufen (Schüler:innen)</source>
            <translation>Grades (pupils)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="366" />
            <source>Aufgabenbereiche (Stunden)</source>
            <translation>Task areas (hours)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="403" />
            <source>Anonyme Einträge hinter „{0}“:</source>
            <translation>Anonymous entries behind “{0}”:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="419" />
            <source>Verwendungsnachweis speichern</source>
            <translation>Save proof of use</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="420" />
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="443" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="432" />
            <source>Verwendungsnachweis gespeichert: {0}</source>
            <translation>Proof of use saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="442" />
            <source>Eingabehilfe speichern</source>
            <translation>Save entry aid</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="451" />
            <source>Eingabehilfe gespeichert: {0}</source>
            <translation>Entry aid saved: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="459" />
            <source>Die Prüfung hat %n Hinweis(e). Trotzdem exportieren?</source>
            <translation>
                <numerusform>The check found %n issue. Export anyway?</numerusform>
                <numerusform>The check found %n issues. Export anyway?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="461" />
            <source>Plausibilitätsprüfung</source>
            <translation>Plausibility check</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="463" />
            <source>Ordner für die Exportdateien</source>
            <translation>Folder for the export files</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="480" />
            <source>Geschrieben: {0}</source>
            <translation>Written: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="496" />
            <source>Formularvorlage laden</source>
            <translation>Load form template</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="496" />
            <source>Vorlagen (*.toml)</source>
            <translation>Templates (*.toml)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="505" />
            <source>Vorlage nicht verwendbar</source>
            <translation>Template cannot be used</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="517" />
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="521" />
            <source>KVJS-Export (*.json)</source>
            <translation>KVJS export (*.json)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="520" />
            <source>Summendatei speichern</source>
            <translation>Save sum file</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="526" />
            <source>Zusammenführen nicht möglich</source>
            <translation>Merging not possible</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/area.py" line="529" />
            <source>Summendatei geschrieben: {0}</source>
            <translation>Sum file written: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" line="48" />
            <source>Fortschritt der Eingabe</source>
            <translation>Progress of the entry</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" line="49" />
            <source>Als PDF (eine Seite) …</source>
            <translation>As PDF (one page) …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" line="50" />
            <source>Eingabehilfe als PDF speichern</source>
            <translation>Save the entry aid as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" line="52" />
            <source>Reihenfolge wie im KVJS-Onlineformular. „Kopieren“ legt den Wert in die Zwischenablage (nach {0} Sekunden wieder gelöscht); ein Häkchen zeigt, was schon übertragen ist.</source>
            <translation>Order as in the KVJS online form. “Copy” puts the value on the clipboard (cleared again after {0} seconds); a tick shows what has been transferred.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" line="107" />
            <source>Kopieren</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" line="108" />
            <source>{0} kopieren</source>
            <translation>Copy {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" line="133" />
            <source>kopiert</source>
            <translation>copied</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" line="140" />
            <source>{0} von {1} Werten kopiert.</source>
            <translation>{0} of {1} values copied.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/entry_aid.py" line="141" />
            <source>Keine Zahlen.</source>
            <translation>No figures.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" line="28" />
            <source>Angabe aus den Fachkräfte-Angaben der Stelle (Einstellungen → Schulen &amp; Stelle → „Fachkräfte-Angaben …“); nicht aus Einträgen gezählt.</source>
            <translation>From the post's staff details (Settings → Schools &amp; post → “Staff details …”); not counted from entries.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" line="48" />
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" line="81" />
            <source>Zählregel</source>
            <translation>Counting rule</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" line="50" />
            <source>Enter oder F1 auf einer Zahl zeigt hier, wie sie gezählt wird.</source>
            <translation>Enter or F1 on a figure shows here how it is counted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" line="58" />
            <source>Keine Einträge dahinter.</source>
            <translation>No entries behind it.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" line="60" />
            <source>Keine anonymen Einträge dahinter (aus den Stammdaten oder nichts gezählt).</source>
            <translation>No anonymous entries behind it (from the master data, or nothing counted).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" line="63" />
            <source>1 anonymer Eintrag dahinter (Liste darunter).</source>
            <translation>1 anonymous entry behind it (list below).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" line="65" />
            <source>{0} anonyme Einträge dahinter (Liste darunter).</source>
            <translation>{0} anonymous entries behind it (list below).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" line="67" />
            <source>{0}: {1} im Schuljahr {2}</source>
            <translation>{0}: {1} in the school year {2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" line="68" />
            <source>So wird gezählt: {0}</source>
            <translation>How it is counted: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" line="69" />
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" line="76" />
            <source>Zählregel: {0}</source>
            <translation>Counting rule: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/statistics/figure_rule.py" line="74" />
            <source>„{0}“ ist eine Überschrift; die Zahlen stehen darunter.</source>
            <translation>“{0}” is a heading; the figures are below it.</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Personen öffnen</source>
            <translation>Open persons</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Einträge prüfen</source>
            <translation>Check entries</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Schulen bearbeiten</source>
            <translation>Edit schools</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Stelle bearbeiten</source>
            <translation>Edit post</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Arbeitszeit öffnen</source>
            <translation>Open working time</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Gruppen öffnen</source>
            <translation>Open groups</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Entwürfe öffnen</source>
            <translation>Open drafts</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Fachkräfte-Angaben</source>
            <translation>Staff details</translation>
        </message>
        <message>
            <source>Die Prüfung hat {0} Hinweise. Trotzdem exportieren?</source>
            <translation type="obsolete">The check found {0} issues. Export anyway?</translation>
        </message>
        <message>
            <source>Doppelklick auf eine Zahl zeigt die anonymen Einträge, die sie zählt.</source>
            <translation type="obsolete">Double-click a figure to see the anonymous records it counts.</translation>
        </message>
        <message>
            <source>{0}: 1 anonymer Eintrag. Regel: {1}</source>
            <translation type="obsolete">{0}: 1 anonymous record. Rule: {1}</translation>
        </message>
        <message>
            <source>{0}: aus den Stammdaten oder ohne Einträge. Regel: {1}</source>
            <translation type="obsolete">{0}: from the master data or without records. Rule: {1}</translation>
        </message>
        <message>
            <source>{0}: {1} anonyme Einträge. Regel: {2}</source>
            <translation type="obsolete">{0}: {1} anonymous records. Rule: {2}</translation>
        </message>
    </context>
    <context>
        <name>StoppedAtLock</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" line="22" />
            <source>{0} wurde beim Sperren abgebrochen; es wurde nichts halb gespeichert. Bitte starten Sie den Vorgang nach dem Entsperren erneut.</source>
            <translation>{0} was cancelled when the app locked; nothing was half saved. Please start it again after unlocking.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" line="23" />
            <source>Die Sicherung</source>
            <translation>The backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" line="23" />
            <source>Der Export</source>
            <translation>The export</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" line="23" />
            <source>Das PDF</source>
            <translation>The PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" line="23" />
            <source>Die Auswertung</source>
            <translation>The evaluation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/stopped_at_lock.py" line="28" />
            <source>Die tägliche Sicherung wurde beim Sperren abgebrochen; sie wird beim nächsten Entsperren erstellt.</source>
            <translation>The daily backup was cancelled when locking; it will be made at the next unlock.</translation>
        </message>
        <message>
            <source>Das PDF wurde beim Sperren abgebrochen; es wurde nichts halb gespeichert. Bitte erstellen Sie es nach dem Entsperren erneut.</source>
            <translation type="obsolete">The PDF was cancelled when locking; nothing was half saved. Please create it again after unlocking.</translation>
        </message>
        <message>
            <source>Der Export wurde beim Sperren abgebrochen; es wurde nichts halb gespeichert. Bitte starten Sie ihn nach dem Entsperren erneut.</source>
            <translation type="obsolete">The export was cancelled when locking; nothing was half saved. Please start it again after unlocking.</translation>
        </message>
        <message>
            <source>Die Auswertung wurde beim Sperren abgebrochen. Bitte starten Sie sie nach dem Entsperren erneut.</source>
            <translation type="obsolete">The evaluation was cancelled when locking. Please start it again after unlocking.</translation>
        </message>
        <message>
            <source>Die Sicherung wurde beim Sperren abgebrochen; es wurde nichts halb gespeichert. Bitte sichern Sie nach dem Entsperren erneut.</source>
            <translation type="obsolete">The backup was cancelled when locking; nothing was half saved. Please back up again after unlocking.</translation>
        </message>
    </context>
    <context>
        <name>Stopwatch</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="35" />
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="36" />
            <source>Stoppuhr anhalten</source>
            <translation>Stop stopwatch</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="40" />
            <source>Gestartet um {0} Uhr.</source>
            <translation>Started at {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="42" />
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="45" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="50" />
            <source>Dauer in Minuten</source>
            <translation>Duration in minutes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="51" />
            <source> Min.</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="53" />
            <source>Notiz (ohne Namen)</source>
            <translation>Note (no names)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="54" />
            <source>z. B. Protokoll Klassenkonferenz – ohne Namen</source>
            <translation>e.g. minutes of class conference – no names</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="55" />
            <source>&amp;Kategorie</source>
            <translation>&amp;Category</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="56" />
            <source>&amp;Schule</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="57" />
            <source>&amp;Dauer</source>
            <translation>&amp;Duration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="58" />
            <source>&amp;Notiz</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="65" />
            <source>Buchen</source>
            <translation>Book</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="67" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stop_dialog.py" line="68" />
            <source>Weiterlaufen lassen</source>
            <translation>Keep running</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stopwatch.py" line="37" />
            <source>Stoppuhr (Strg+T)</source>
            <translation>Stopwatch (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stopwatch.py" line="38" />
            <source>Zeit für indirekte Arbeit stoppen; die Kategorie wird beim Anhalten gewählt (Strg+T)</source>
            <translation>Time indirect work; the category is chosen when stopping (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stopwatch.py" line="65" />
            <source>Stoppuhr starten (Strg+T)</source>
            <translation>Start stopwatch (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stopwatch.py" line="68" />
            <source>Stoppuhr {0}:{1:02d} – anhalten (Strg+T)</source>
            <translation>Stopwatch {0}:{1:02d} – stop (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/stopwatch.py" line="91" />
            <source>Stoppuhr läuft. Strg+T hält sie an.</source>
            <translation>Stopwatch running. Ctrl+T stops it.</translation>
        </message>
    </context>
    <context>
        <name>TimeAbsences</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="50" />
            <source>Urlaub, Krankheit, sonstige Abwesenheit</source>
            <translation>Vacation, sickness, other absence</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="53" />
            <source>Art der Abwesenheit</source>
            <translation>Kind of absence</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="55" />
            <location filename="../../ssa_desktop/ui/time/absences.py" line="129" />
            <source>Urlaub</source>
            <translation>Vacation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="55" />
            <location filename="../../ssa_desktop/ui/time/absences.py" line="129" />
            <source>krank</source>
            <translation>sick</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="55" />
            <location filename="../../ssa_desktop/ui/time/absences.py" line="129" />
            <source>sonstige Abwesenheit</source>
            <translation>other absence</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="56" />
            <source>Erster Tag</source>
            <translation>First day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="57" />
            <source>Letzter Tag</source>
            <translation>Last day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="59" />
            <location filename="../../ssa_desktop/ui/time/absences.py" line="68" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="60" />
            <location filename="../../ssa_desktop/ui/time/absences.py" line="83" />
            <source>Eintragen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="60" />
            <source>Abwesenheit eintragen</source>
            <translation>Add absence</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="61" />
            <location filename="../../ssa_desktop/ui/time/absences.py" line="68" />
            <location filename="../../ssa_desktop/ui/time/absences.py" line="90" />
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="68" />
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="68" />
            <location filename="../../ssa_desktop/ui/time/absences.py" line="90" />
            <source>von</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="68" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="69" />
            <source>Abwesenheiten</source>
            <translation>Absences</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="71" />
            <location filename="../../ssa_desktop/ui/time/absences.py" line="92" />
            <source>Ausgewählte löschen</source>
            <translation>Delete selected</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="72" />
            <source>Ausgewählte Abwesenheit löschen</source>
            <translation>Delete selected absence</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="77" />
            <location filename="../../ssa_desktop/ui/time/absences.py" line="90" />
            <source>Schulferien</source>
            <translation>School holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="80" />
            <source>Bezeichnung der Ferien</source>
            <translation>Name of the holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="80" />
            <source>z. B. Herbstferien</source>
            <translation>e.g. autumn holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="81" />
            <source>Erster Ferientag</source>
            <translation>First day of holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="82" />
            <source>Letzter Ferientag</source>
            <translation>Last day of holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="83" />
            <source>Ferien eintragen</source>
            <translation>Add holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="90" />
            <source>Ferien</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="93" />
            <source>Ausgewählte Ferien löschen</source>
            <translation>Delete selected holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="96" />
            <source>An Schulferien fällt keine Sollzeit an</source>
            <translation>School holidays carry no target time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="100" />
            <source>Gesetzliche Feiertage in Baden-Württemberg sind bereits berücksichtigt.</source>
            <translation>Public holidays in Baden-Württemberg are already taken into account.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/absences.py" line="114" />
            <location filename="../../ssa_desktop/ui/time/absences.py" line="130" />
            <location filename="../../ssa_desktop/ui/time/absences.py" line="131" />
            <source>alle Schulen</source>
            <translation>all schools</translation>
        </message>
        <message>
            <source>An eingetragenen Schulferien fällt keine Sollzeit an (z. B. bei einem Jahresarbeitszeitmodell des Trägers). Sonst zählen nur Urlaub, Krankheit und Feiertage.</source>
            <translation type="obsolete">Entered school holidays carry no target time (e.g. under the provider's annual working-time model). Otherwise only vacation, sickness and public holidays count.</translation>
        </message>
        <message>
            <source>Meldung</source>
            <translation type="obsolete">Message</translation>
        </message>
    </context>
    <context>
        <name>TimeArea</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="67" />
            <location filename="../../ssa_desktop/ui/time/area.py" line="70" />
            <source>Schuljahr</source>
            <translation>School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="68" />
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="70" />
            <source>Quartal</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="70" />
            <source>Monat</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="70" />
            <source>Woche</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="71" />
            <location filename="../../ssa_desktop/ui/time/area.py" line="83" />
            <source>Welcher Zeitraum</source>
            <translation>Which period</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="73" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="75" />
            <source>Bericht …</source>
            <translation>Report …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="76" />
            <source>Bericht als PDF, CSV oder JSON speichern</source>
            <translation>Save report as PDF, CSV or JSON</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="79" />
            <source>PDF-Bericht …</source>
            <translation>PDF report …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="79" />
            <source>CSV für Excel …</source>
            <translation>CSV for Excel …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="79" />
            <source>JSON …</source>
            <translation>JSON …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="81" />
            <source>&amp;Schuljahr</source>
            <translation>&amp;School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="81" />
            <source>&amp;Zeitraum</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="82" />
            <source>S&amp;chule</source>
            <translation>S&amp;chool</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="93" />
            <source>&amp;Auswertung</source>
            <translation>&amp;Evaluation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="94" />
            <source>&amp;Wochenraster</source>
            <translation>&amp;Weekly grid</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="96" />
            <source>Abwesenheiten und &amp;Ferien</source>
            <translation>Absences and &amp;holidays</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="97" />
            <source>Zi&amp;elwerte</source>
            <translation>Tar&amp;gets</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="163" />
            <source>alle Schulen</source>
            <translation>all schools</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="244" />
            <source>Wird berechnet …</source>
            <translation>Calculating …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="276" />
            <source>Bericht wird geschrieben …</source>
            <translation>Writing report …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/area.py" line="280" />
            <source>Gespeichert: {0}</source>
            <translation>Saved: {0}</translation>
        </message>
        <message>
            <source>A&amp;bwesenheiten und Ferien</source>
            <translation type="obsolete">A&amp;bsences and holidays</translation>
        </message>
        <message>
            <source>Meldung</source>
            <translation type="obsolete">Message</translation>
        </message>
        <message>
            <source>Ziel&amp;werte</source>
            <translation type="obsolete">Tar&amp;gets</translation>
        </message>
        <message>
            <source>Zielwer&amp;te</source>
            <translation type="obsolete">&amp;Targets</translation>
        </message>
    </context>
    <context>
        <name>TimeCharts</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="42" />
            <source>Anteile nach Aufgabenbereich</source>
            <translation>Shares by task area</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="46" />
            <source>Beratung</source>
            <translation>Counselling</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="46" />
            <source>Gruppen</source>
            <translation>Groups</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="46" />
            <source>Offene Angebote</source>
            <translation>Open offers</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="46" />
            <source>Vernetzung</source>
            <translation>Networking</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="46" />
            <source>Vor-/Nachbereitung u. a.</source>
            <translation>Preparation etc.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="47" />
            <source>Anteil</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="59" />
            <source>Indirekte Arbeit nach Kategorie (Std.)</source>
            <translation>Indirect work by category (h)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="67" />
            <source>Stunden</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="82" />
            <source>Direkte Arbeit im Verlauf des Schuljahres</source>
            <translation>Direct work over the school year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="89" />
            <source>direkt</source>
            <translation>direct</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="101" />
            <source>Soll und Ist je Monat (Std.)</source>
            <translation>Target and actual per month (h)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="106" />
            <source>Soll</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/charts.py" line="107" />
            <source>Ist</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Zielbereich</source>
            <translation type="obsolete">Target band</translation>
        </message>
    </context>
    <context>
        <name>TimeDashboard</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="62" />
            <source>{0} Std.</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="110" />
            <source>Soll, Ist und Saldo</source>
            <translation>Target, actual and balance</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="115" />
            <source>Hinweise</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="120" />
            <source>Zielwerte der Kooperationsvereinbarung</source>
            <translation>Targets of the cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="121" />
            <source>Ampel</source>
            <translation>Traffic light</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="121" />
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="154" />
            <source>Ist</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="121" />
            <source>Zielbereich</source>
            <translation>Target band</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="121" />
            <source>Zielwert</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="122" />
            <source>Zielwerte mit Ampel</source>
            <translation>Targets with traffic lights</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="127" />
            <source>Aufgabenbereiche</source>
            <translation>Task areas</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="128" />
            <source>Bereich / Kategorie</source>
            <translation>Area / category</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="128" />
            <source>Std.</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="128" />
            <source>Anteil</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="129" />
            <source>Anteile nach Aufgabenbereich und Kategorie</source>
            <translation>Shares by task area and category</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="153" />
            <source>Je Schule</source>
            <translation>Per school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="154" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="154" />
            <source>Soll</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="154" />
            <source>Saldo</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="154" />
            <source>direkt</source>
            <translation>direct</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="155" />
            <source>Zeitanteile je Schule</source>
            <translation>Time shares per school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="179" />
            <source>&lt;b&gt;Soll&lt;/b&gt; {0} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ist&lt;/b&gt; {1} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Saldo&lt;/b&gt; {2}{3} &amp;nbsp;&amp;nbsp;({4})</source>
            <translation>&lt;b&gt;Target&lt;/b&gt; {0} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Actual&lt;/b&gt; {1} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Balance&lt;/b&gt; {2}{3} &amp;nbsp;&amp;nbsp;({4})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="184" />
            <source>bis heute ({0})</source>
            <translation>up to today ({0})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="185" />
            <source>Zeitraum hat noch nicht begonnen</source>
            <translation>period has not begun</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="186" />
            <source>Soll und Saldo {0}; ganzer Zeitraum {1}</source>
            <translation>target and balance {0}; whole period {1}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="199" />
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="262" />
            <source>im Zielbereich</source>
            <translation>within target</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="199" />
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="262" />
            <source>knapp außerhalb</source>
            <translation>just outside</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="199" />
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="262" />
            <source>außerhalb</source>
            <translation>outside</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="199" />
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="262" />
            <source>keine Daten</source>
            <translation>no data</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="216" />
            <source>Einzelfallhilfe und Beratung</source>
            <translation>Individual casework and counselling</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="216" />
            <source>Gruppen, Klassen, Projekte</source>
            <translation>Groups, classes, projects</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="216" />
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="221" />
            <source>Offene Angebote</source>
            <translation>Open offers</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="216" />
            <source>Vernetzung und Kooperation</source>
            <translation>Networking and cooperation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="216" />
            <source>Vor- und Nachbereitung, Dokumentation u. a. (ohne Vernetzung)</source>
            <translation>Preparation, documentation etc. (without networking)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="221" />
            <source>Kontakte und Kurzkontakte (auch mit Eltern und Lehrkräften)</source>
            <translation>Contacts and short contacts (also with parents and teachers)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="221" />
            <source>Gruppentermine, Klassenprojekte, Projekttage</source>
            <translation>Group sessions, class projects, project days</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="221" />
            <source>Vernetzung: Gremien, Runde Tische, Kooperationsgespräche</source>
            <translation>Networking: committees, round tables, cooperation meetings</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="221" />
            <source>Wochenraster und Stoppuhr (indirekte Kategorien)</source>
            <translation>Weekly grid and stopwatch (indirect categories)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="222" />
            <source>Wochenraster und Stoppuhr</source>
            <translation>Weekly grid and stopwatch</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="229" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="229" />
            <source>%n Minute(n)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/dashboard.py" line="250" />
            <source>gesamt</source>
            <translation>total</translation>
        </message>
        <message>
            <source>Indirekte Arbeit</source>
            <translation type="obsolete">Indirect work</translation>
        </message>
        <message>
            <source>{0}: {1} Minuten</source>
            <translation type="obsolete">{0}: {1} minutes</translation>
        </message>
    </context>
    <context>
        <name>TimeGrid</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="81" />
            <source>Woche</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="83" />
            <source>Mo</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="83" />
            <source>Di</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="83" />
            <source>Mi</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="83" />
            <source>Do</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="83" />
            <source>Fr</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="83" />
            <source>Sa</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="83" />
            <source>So</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="86" />
            <source>aus der Dokumentation</source>
            <translation>from the documentation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="87" />
            <source>Summe des Tages</source>
            <translation>Day total</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="125" />
            <source>davon {0} Min. mit der Stoppuhr; eingetippt wird die Summe der Zelle, mindestens {0} Min.</source>
            <translation>of which {0} min. by stopwatch; what you type is the cell's total, at least {0} min.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="145" />
            <source>Bitte ganze Minuten eingeben (z. B. 45).</source>
            <translation>Please enter whole minutes (e.g. 45).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="183" />
            <source>{category}, {day}, Minuten</source>
            <translation>{category}, {day}, minutes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="260" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="267" />
            <source>Woche mit dem Tag</source>
            <translation>Week containing the day</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="269" />
            <source>◀ Vorwoche</source>
            <translation>◀ Previous week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="269" />
            <source>Vorherige Woche</source>
            <translation>Previous week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="270" />
            <source>Nächste Woche ▶</source>
            <translation>Next week ▶</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="271" />
            <source>Nächste Woche</source>
            <translation>Next week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="273" />
            <source>Vorwoche übernehmen</source>
            <translation>Copy last week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="274" />
            <source>Einträge der Vorwoche übernehmen</source>
            <translation>Copy last week's entries</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="276" />
            <source>&amp;Schule</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="277" />
            <source>&amp;Woche mit</source>
            <translation>&amp;Week of</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="281" />
            <source>Kategorie hinzufügen …</source>
            <translation>Add category …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="282" />
            <source>Weitere Kategorie indirekter Arbeit anlegen</source>
            <translation>Create another category of indirect work</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="292" />
            <source>Wochenraster indirekte Arbeit in Minuten</source>
            <translation>Weekly grid of indirect work in minutes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="300" />
            <source>Minuten eintippen; Enter speichert und geht nach unten, Tab nach rechts und am Ende aus dem Raster; Strg+Tab, F6 oder Esc verlassen es sofort; Strg+Umschalt+V übernimmt die Vorwoche. Kontakte, Gruppen, offene Angebote und Vernetzung zählen von selbst aus der Dokumentation.</source>
            <translation>Type minutes; Enter saves and moves down, Tab moves right and, at the end, out of the grid; Ctrl+Tab, F6 or Esc leave it at once; Ctrl+Shift+V copies last week. Contacts, groups, open offers and networking count by themselves from the documentation.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="348" />
            <source>Für das Schuljahr {0} ist kein Stellenumfang eingetragen (Einstellungen → Schulen &amp; Stelle).</source>
            <translation>No post share is entered for school year {0} (Settings → Schools &amp; post).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="388" />
            <source>Kategorie hinzufügen</source>
            <translation>Add category</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/grid.py" line="389" />
            <source>Bezeichnung der neuen Kategorie (zählt zur indirekten Arbeit):</source>
            <translation>Name of the new category (counts as indirect work):</translation>
        </message>
        <message>
            <source>Für dieses Schuljahr ist kein Stellenumfang eingetragen (Einstellungen → Schulen &amp; Stelle).</source>
            <translation type="obsolete">No post share is entered for this school year (Settings → Schools &amp; post).</translation>
        </message>
        <message>
            <source>Meldung</source>
            <translation type="obsolete">Message</translation>
        </message>
        <message>
            <source>Minuten eintippen; Enter speichert und geht nach unten, Tab nach rechts; Strg+Umschalt+V übernimmt die Vorwoche. Kontakte, Gruppen, offene Angebote und Vernetzung zählen von selbst aus der Dokumentation.</source>
            <translation type="obsolete">Type minutes; Enter saves and moves down, Tab moves right; Ctrl+Shift+V copies last week. Contacts, groups, open offers and networking count by themselves from the documentation.</translation>
        </message>
    </context>
    <context>
        <name>TimeTargets</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="56" />
            <source>Kooperationsvereinbarung</source>
            <translation>Cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="58" />
            <source>&amp;Vereinbarung</source>
            <translation>&amp;Agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="63" />
            <location filename="../../ssa_desktop/ui/time/targets.py" line="122" />
            <source>Zielwert</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="63" />
            <location filename="../../ssa_desktop/ui/time/targets.py" line="122" />
            <source>Soll</source>
            <translation>Target value</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="63" />
            <location filename="../../ssa_desktop/ui/time/targets.py" line="122" />
            <source>Untergrenze</source>
            <translation>Lower bound</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="63" />
            <location filename="../../ssa_desktop/ui/time/targets.py" line="122" />
            <source>Obergrenze</source>
            <translation>Upper bound</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="63" />
            <location filename="../../ssa_desktop/ui/time/targets.py" line="122" />
            <source>Spielraum</source>
            <translation>Margin</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="64" />
            <source>Zielwerte der Vereinbarung</source>
            <translation>Targets of the agreement</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="75" />
            <source>Werte der Mustervereinbarung</source>
            <translation>Model agreement values</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="77" />
            <source>Zielwerte speichern</source>
            <translation>Save targets</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="84" />
            <source>Ampel: grün im Zielbereich (Unter- bis Obergrenze), gelb innerhalb des Spielraums darum, rot außerhalb. Ohne eigene Werte gelten die der Mustervereinbarung (Abschnitt 5.2).</source>
            <translation>Traffic light: green inside the target band (lower to upper bound), amber within the margin around it, red outside. Without your own values, those of the model agreement apply (section 5.2).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="98" />
            <source>{0}, ab {1}{2}</source>
            <translation>{0}, from {1}{2}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="108" />
            <source>Noch keine Kooperationsvereinbarung erfasst (Bereich „Vernetzung“). Bis dahin gelten die Werte der Mustervereinbarung.</source>
            <translation>No cooperation agreement recorded yet (area “Networking”). Until then the model agreement's values apply.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="126" />
            <location filename="../../ssa_desktop/ui/time/targets.py" line="63" />
            <location filename="../../ssa_desktop/ui/time/targets.py" line="122" />
            <source>auswerten</source>
            <translation>evaluate</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="144" />
            <source>Es wurde nichts gespeichert.</source>
            <translation>Nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="147" />
            <source>Zielwerte gespeichert.</source>
            <translation>Targets saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/targets.py" line="151" />
            <source>Werte der Mustervereinbarung eingesetzt; zum Übernehmen speichern.</source>
            <translation>Model agreement values filled in; save to apply.</translation>
        </message>
        <message>
            <source>Meldung</source>
            <translation type="obsolete">Message</translation>
        </message>
    </context>
    <context>
        <name>TimeTile</name>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" line="21" />
            <source>Zeitanteile (Schuljahr)</source>
            <translation>Time shares (school year)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" line="28" />
            <source>Zeitanteile (Schuljahr) – Enter öffnet die Auswertung</source>
            <translation>Time shares (school year) – Enter opens the evaluation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" line="29" />
            <source>Enter oder Klick: Arbeitszeit öffnen</source>
            <translation>Enter or click: open Working time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" line="81" />
            <source>Zeitanteile (Schuljahr {0})</source>
            <translation>Time shares (school year {0})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" line="83" />
            <source>Noch keine Zeiten in diesem Schuljahr.</source>
            <translation>No time recorded in this school year yet.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" line="89" />
            <source>im Zielbereich</source>
            <translation>within target</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" line="89" />
            <source>knapp außerhalb</source>
            <translation>just outside</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" line="89" />
            <source>außerhalb</source>
            <translation>outside</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/time/tile.py" line="89" />
            <source>keine Daten</source>
            <translation>no data</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>direkt</source>
            <translation>direct</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Einzelfall</source>
            <translation>Casework</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>Gruppen</source>
            <translation>Groups</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>offen</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../translations/runtime_sources.json" line="1" />
            <source>indirekt</source>
            <translation>indirect</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <source>Verlauf der Kontakte</source>
            <translation type="obsolete">Contact history</translation>
        </message>
        <message>
            <source>bestritten</source>
            <translation type="obsolete">disputed</translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="71" />
            <source>Der Tresor wird auf die neue Version umgestellt … Schritt {0} von {1}. Bitte das Programm nicht beenden.</source>
            <translation>The vault is being converted to the new version … step {0} of {1}. Please do not quit the program.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="158" />
            <source>SSA Desktop — Tresor entsperren</source>
            <translation>SSA Desktop — Unlock vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="159" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="176" />
            <source>Tresor entsperren</source>
            <translation>Unlock vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="178" />
            <source>Geben Sie Ihre Passphrase ein, um die Dokumentation zu öffnen.</source>
            <translation>Enter your passphrase to open the documentation.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="186" />
            <source>Demo-Tresor mit erfundenen Daten. Passphrase: {0}</source>
            <translation>Demo vault with invented data. Passphrase: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="195" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="195" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="203" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="204" />
            <source>Auf diesem Gerät merken</source>
            <translation>Remember on this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="205" />
            <source>Ein Geräteschlüssel (nicht der Notfallschlüssel) wird im Schlüsselbund Ihres Benutzerkontos gespeichert; beim Start ist keine Passphrase nötig. Nur auf einem Gerät, das nur Sie benutzen.</source>
            <translation>A device key (not the emergency key) is stored in your user account's keychain; no passphrase is needed at start. Only on a device that only you use.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="211" />
            <source>Wird entsperrt …</source>
            <translation>Unlocking …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="214" />
            <source>Mit Notfallschlüssel öffnen …</source>
            <translation>Open with emergency key …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="215" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="456" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="457" />
            <source>Mit Notfallschlüssel öffnen</source>
            <translation>Open with emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="220" />
            <source>Datenpanne melden …</source>
            <translation>Report a data breach …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="221" />
            <source>Datenpanne melden</source>
            <translation>Report a data breach</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="230" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="231" />
            <source>Entsperren</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="233" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="234" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="492" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="240" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="394" />
            <source>Die Passphrase ist falsch. Bitte prüfen Sie Groß-/Kleinschreibung und Tastaturbelegung (Feststelltaste?).</source>
            <translation>The passphrase is wrong. Please check upper/lower case and the keyboard layout (Caps Lock?).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="460" />
            <source>Geben Sie den Notfallschlüssel vom Notfallblatt Ihres Trägers ein (64 Zeichen, Leerzeichen sind egal). Danach vergeben Sie eine neue Passphrase.</source>
            <translation>Enter the emergency key from your provider's emergency sheet (64 characters, spaces do not matter). Then you set a new passphrase.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="464" />
            <source>Notfallschlüssel</source>
            <translation>Emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="472" />
            <source>Neue Passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="473" />
            <source>Neue Passphrase wiederholen</source>
            <translation>Repeat new passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="483" />
            <source>Tresor wird geöffnet …</source>
            <translation>Opening vault …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="489" />
            <source>Öffnen und Passphrase setzen</source>
            <translation>Open and set passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="496" />
            <source>Notfallschlüssel:</source>
            <translation>Emergency key:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="497" />
            <source>Neue Passphrase:</source>
            <translation>New passphrase:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="497" />
            <source>Wiederholen:</source>
            <translation>Repeat:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="515" />
            <source>Die beiden Eingaben stimmen nicht überein.</source>
            <translation>The two entries do not match.</translation>
        </message>
        <message>
            <source>Der Schlüssel wird im Schlüsselbund Ihres Benutzerkontos gespeichert; beim Start ist keine Passphrase nötig. Nur auf einem Gerät, das nur Sie benutzen.</source>
            <translation type="obsolete">The key is stored in your user account's keychain; no passphrase is needed at start. Only on a device that only you use.</translation>
        </message>
        <message>
            <source>Fehlermeldung</source>
            <translation type="obsolete">Error message</translation>
        </message>
    </context>
    <context>
        <name>Unsaved</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/unsaved.py" line="40" />
            <location filename="../../ssa_desktop/ui/common/unsaved.py" line="47" />
            <source>Nicht gespeichert</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/unsaved.py" line="42" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/unsaved.py" line="43" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/unsaved.py" line="44" />
            <source>Weiter bearbeiten</source>
            <translation>Keep editing</translation>
        </message>
    </context>
    <context>
        <name>WorkingNotes</name>
        <message>
            <source>Abschließen (löschen)</source>
            <translation type="obsolete">Close (delete)</translation>
        </message>
        <message>
            <source>Arbeitsnotiz abgeschlossen und gelöscht.</source>
            <translation type="obsolete">Working note closed and deleted.</translation>
        </message>
        <message>
            <source>Arbeitsnotiz abschließen und löschen</source>
            <translation type="obsolete">Close and delete working note</translation>
        </message>
        <message>
            <source>Arbeitsnotiz gespeichert.</source>
            <translation type="obsolete">Working note saved.</translation>
        </message>
        <message>
            <source>Arbeitsnotiz hinzufügen</source>
            <translation type="obsolete">Add working note</translation>
        </message>
        <message>
            <source>Arbeitsnotizen</source>
            <translation type="obsolete">Working notes</translation>
        </message>
        <message>
            <source>Arbeitsnotizen sind persönliche Gedächtnisstützen, keine Falldokumentation. „Abschließen“ löscht die Notiz endgültig; spätestens nach 30 Tagen wird sie automatisch gelöscht (R3).</source>
            <translation type="obsolete">Working notes are personal memory aids, not case documentation. “Close” deletes the note permanently; after 30 days at the latest it is deleted automatically (R3).</translation>
        </message>
        <message>
            <source>Entwurf gespeichert {0}</source>
            <translation type="obsolete">Draft saved {0}</translation>
        </message>
        <message>
            <source>Neue Arbeitsnotiz</source>
            <translation type="obsolete">New working note</translation>
        </message>
        <message>
            <source>Neue Arbeitsnotiz …</source>
            <translation type="obsolete">New working note …</translation>
        </message>
        <message>
            <source>{0}
— angelegt {1}, wird spätestens am {2} gelöscht</source>
            <translation type="obsolete">{0}
— created {1}, will be deleted by {2} at the latest</translation>
        </message>
    </context>
</TS>
