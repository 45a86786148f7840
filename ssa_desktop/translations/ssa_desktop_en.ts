<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
    <context>
        <name>Appointments</name>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="62" />
            <source>Termine</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="72" />
            <source>Angezeigter Zeitraum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="77" />
            <source>&amp;Heute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="78" />
            <source>Heute anzeigen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="80" />
            <source>Zurück (Alt+Links)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="81" />
            <source>Zurück (Alt+←)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="83" />
            <source>Weiter (Alt+Rechts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="84" />
            <source>Weiter (Alt+→)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="85" />
            <source>Datum wählen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="86" />
            <source>&amp;Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="87" />
            <source>&amp;Woche</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="88" />
            <source>Tagesansicht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="89" />
            <source>Wochenansicht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="110" />
            <source>Termine des Tages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="123" />
            <source>Termine der Woche</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="134" />
            <source>&amp;Neuer Termin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="135" />
            <source>&amp;Bearbeiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="136" />
            <source>Löschen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="137" />
            <source>Als &amp;wahrgenommen markieren …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="138" />
            <source>Nicht &amp;erschienen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="139" />
            <source>&amp;Abgesagt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="140" />
            <source>Beratungs&amp;zettel drucken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="141" />
            <source>Zettel für alle von heute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="143" />
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="44" />
            <source>Neuer Termin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="143" />
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="44" />
            <source>Termin bearbeiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="144" />
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="360" />
            <source>Termin löschen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="145" />
            <source>Als wahrgenommen markieren und Kontakt erfassen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="146" />
            <source>Als nicht erschienen markieren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="147" />
            <source>Als abgesagt markieren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="148" />
            <source>Beratungszettel für den gewählten Termin drucken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="149" />
            <source>Beratungszettel für alle Termine von heute drucken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="163" />
            <source>Gewählter Termin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="166" />
            <source>Meldung</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="249" />
            <source> (heute)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="257" />
            <source>KW {0} · {1} – {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="307" />
            <source>Kein Termin gewählt – Doppelklick oder Enter auf eine freie Zeit legt einen Termin an.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="353" />
            <source>Termin gespeichert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="361" />
            <source>Den Termin am {0} um {1} Uhr löschen?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="367" />
            <source>Termin gelöscht.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="376" />
            <source>Status: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="381" />
            <source>Nur Termine mit einer Person können als Kontakt erfasst werden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="385" />
            <source>Die Kontakterfassung ist in dieser Version noch nicht verfügbar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="397" />
            <source>Termin wahrgenommen; der Kontakt ist erfasst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="409" />
            <source>Heute gibt es keine Termine mit Schüler:innen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="414" />
            <source>Beratungszettel speichern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="415" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="421" />
            <source>Der Druck von Beratungszetteln folgt in einer der nächsten Versionen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="429" />
            <source>Die Datei konnte nicht geschrieben werden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/area.py" line="431" />
            <source>{0} Beratungszettel gespeichert: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="50" />
            <source>— ohne Person —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="57" />
            <source>Person (Pseudonym, Klasse)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="58" />
            <source>Pseudonym oder Klasse tippen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="60" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="63" />
            <source>Beginn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="66" />
            <source>Ende</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="68" />
            <source>Raum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="71" />
            <source>Interne Notiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="72" />
            <source>nur für dich – erscheint nie auf dem Beratungszettel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="75" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="83" />
            <source>Uhr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="87" />
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="88" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="89" />
            <source>&amp;Von – bis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="90" />
            <source>&amp;Raum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="91" />
            <source>&amp;Notiz (intern)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="100" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="101" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="160" />
            <source>Die Person „{0}“ wurde nicht eindeutig gefunden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="186" />
            <source>Änderungen verwerfen?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/appointments/dialog.py" line="187" />
            <source>Der Termin ist nicht gespeichert. Änderungen verwerfen?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="22" />
            <source>Übersicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="23" />
            <source>Personen &amp; Fälle</source>
            <translation>Persons &amp; cases</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="24" />
            <source>Termine</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="25" />
            <source>Gruppen &amp; Projekte</source>
            <translation>Groups &amp; projects</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="26" />
            <source>Offene Angebote</source>
            <translation>Open offers</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="27" />
            <source>Vernetzung</source>
            <translation>Networking</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="28" />
            <source>Arbeitszeit</source>
            <translation>Working time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="28" />
            <source>Die Auswertung der Zeitanteile folgt in einer der nächsten Versionen.</source>
            <translation>The evaluation of time shares follows in one of the next versions.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="30" />
            <source>Statistik</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="30" />
            <source>Die KVJS-Statistik folgt in einer der nächsten Versionen.</source>
            <translation>The KVJS statistics follow in one of the next versions.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="32" />
            <source>Datenschutz</source>
            <translation>Data protection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="32" />
            <source>Löschfristen und Auskunft folgen in einer der nächsten Versionen.</source>
            <translation>Deletion periods and subject access follow in one of the next versions.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/areas.py" line="34" />
            <source>Einstellungen</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>ChildProtectionPanel</name>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="46" />
            <source>Fallvorstellung (pseudonymisiert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="48" />
            <source>Nur Pseudonym, Alters- und Klassenstufe. Bitte vor der Weitergabe lesen: Freitext kann Namen Dritter enthalten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="53" />
            <source>Text der Fallvorstellung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="57" />
            <source>&amp;Kopieren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="58" />
            <source>Fallvorstellung kopieren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="60" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="61" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="78" />
            <source>Kopiert – wird nach 30 Sekunden aus der Zwischenablage gelöscht.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="100" />
            <source>§ 8a-Verfahren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="102" />
            <source>&amp;Neues § 8a-Verfahren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="103" />
            <source>Neues § 8a-Verfahren beginnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="105" />
            <source>Fallvorstellung (ISEF) …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="106" />
            <source>Pseudonymisierte Fallvorstellung für die ISEF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="108" />
            <source>Verfahren:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="114" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="115" />
            <source>Akute Gefährdung – Jugendamt sofort informieren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="122" />
            <source>Stand des Verfahrens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="126" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="152" />
            <source>Schritt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="126" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="153" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="126" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="150" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="126" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="212" />
            <source>Inhalt</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="127" />
            <source>Frist nächster Schritt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="130" />
            <source>Verfahrensschritte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="138" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="371" />
            <source>Schritt dokumentieren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="140" />
            <source>Verfahrensschritt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="144" />
            <source>Datum des Schritts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="146" />
            <source>Person, die den Schritt gegangen ist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="147" />
            <source>wer (z. B. ich, Leitung, ISEF Frau …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="158" />
            <source>Inhalt des Schritts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="165" />
            <source>Beobachtungen (Fakten, ohne Bewertung)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="166" />
            <source>Was wurde gesehen / gehört? Nur Fakten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="169" />
            <source>Quelle der Beobachtung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="170" />
            <source>eigene Wahrnehmung, Lehrkraft, Kind selbst …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="171" />
            <source>Beobachtungen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="172" />
            <source>Quelle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="178" />
            <source>Wer beim Jugendamt informiert wurde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="180" />
            <source>Was übermittelt wurde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="183" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="194" />
            <source>Rechtsgrundlage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="184" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="185" />
            <source>Betroffene wurden vorab informiert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="188" />
            <source>Warum nicht vorab informiert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="189" />
            <source>nur wenn nicht: warum (z. B. würde das Kind gefährden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="192" />
            <source>An (Jugendamt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="193" />
            <source>Übermittelt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="196" />
            <source>Wenn nicht, warum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="201" />
            <source>— wie Falldokumentation (R2) —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="202" />
            <source>Aufbewahrungsentscheidung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="206" />
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="208" />
            <source>Abschluss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="209" />
            <source>Aufbewahrung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="215" />
            <source>Nächster Schritt fällig bis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="216" />
            <source>Frist für den nächsten Schritt setzen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="217" />
            <source>Frist für den nächsten Schritt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="227" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="228" />
            <source>Schritt &amp;speichern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="229" />
            <source>Schritt speichern (Strg+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="273" />
            <source>seit {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="274" />
            <source>offen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="275" />
            <source>abgeschlossen {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="277" />
            <source>akut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="292" />
            <source>Kein § 8a-Verfahren. „Neues § 8a-Verfahren“ beginnt eines; bei akuter Gefährdung direkt den roten Knopf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="312" />
            <source>Nächster Schritt: {0} – {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="314" />
            <source>fällig bis {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="317" />
            <source>ÜBERFÄLLIG – </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="329" />
            <source>Abgeschlossen am {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="331" />
            <source>Aufbewahrung: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="333" />
            <source>Erneut prüfen bis {0} (R5).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/child_protection/panel.py" line="361" />
            <source>AKUT: Jugendamt informieren (Schritt 7)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentsPanel</name>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="45" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="56" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="184" />
            <source>Einwilligung erfassen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="59" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="79" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="126" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="171" />
            <source>Empfänger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="60" />
            <source>z. B. Herr Roth (Klassenlehrer 7b)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="61" />
            <source>Wer hat eingewilligt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="63" />
            <source>Anvertraut von (§ 65 SGB VIII)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="64" />
            <source>nur bei anvertrauten Daten: wer sie anvertraut hat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="66" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="82" />
            <source>Umfang</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="68" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="83" />
            <source>Zweck</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="69" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="84" />
            <source>Gültig ab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="70" />
            <source>befristet bis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="71" />
            <source>Einwilligung ist befristet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="72" />
            <source>Gültig bis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="80" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="171" />
            <source>Eingewilligt hat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="81" />
            <source>Anvertraut von</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="89" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="90" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="140" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="119" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="191" />
            <source>Übermittlung dokumentieren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="121" />
            <source>Datum der Übermittlung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="128" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="132" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="205" />
            <source>Rechtsgrundlage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="129" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="204" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="130" />
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="204" />
            <source>An</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="131" />
            <source>Was (Kategorien)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="133" />
            <source>Protokolliert werden Empfänger, Kategorien und Rechtsgrundlage – kein Inhalt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="139" />
            <source>Dokumentieren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="169" />
            <source>&lt;b&gt;Einwilligungen / Schweigepflichtentbindungen&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="171" />
            <source>Zweck / Umfang</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="172" />
            <source>ab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="172" />
            <source>bis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="172" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="175" />
            <source>Einwilligungen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="183" />
            <source>Einwilligung &amp;erfassen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="186" />
            <source>&amp;Widerruf eintragen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="187" />
            <source>Widerruf der ausgewählten Einwilligung eintragen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="189" />
            <source>Datum des Widerrufs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="190" />
            <source>Übermittlung &amp;dokumentieren …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="195" />
            <source>am</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="202" />
            <source>&lt;b&gt;Übermittlungen (Protokoll, ohne Inhalt)&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="204" />
            <source>Kategorien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="208" />
            <source>Übermittlungsprotokoll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="227" />
            <source>am {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="231" />
            <source>anvertraut von {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="234" />
            <source>unbefristet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/consents/panel.py" line="265" />
            <source>Bitte zuerst eine Einwilligung in der Tabelle auswählen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="67" />
            <source>Willkommen bei SSA Desktop</source>
            <translation>Welcome to SSA Desktop</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="68" />
            <source>Dokumentation der Schulsozialarbeit — verschlüsselt, nur auf diesem Gerät.</source>
            <translation>School social work documentation — encrypted, only on this device.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="70" />
            <source>&lt;p&gt;SSA Desktop hilft Ihnen bei Einzelfallhilfe, Kurzkontakten, Gruppenarbeit, offenen Angeboten und Vernetzung — bis zu Zeitanteilen und KVJS-Statistik.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ihre Daten bleiben getrennt von Schuldaten.&lt;/b&gt; Alles liegt verschlüsselt in einem Tresor auf diesem Gerät. Das Programm hat keine Netzwerkverbindung; die Schule hat keinen Zugriff.&lt;/p&gt;&lt;p&gt;In den nächsten Schritten legen Sie fest:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;wo der Tresor liegt,&lt;/li&gt;&lt;li&gt;Ihre Passphrase,&lt;/li&gt;&lt;li&gt;den Notfallschlüssel für Ihren Träger,&lt;/li&gt;&lt;li&gt;Ihre Schule(n) und Stelle.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Das dauert etwa drei Minuten.&lt;/p&gt;</source>
            <translation>&lt;p&gt;SSA Desktop helps you with individual casework, short contacts, group work, open offers and networking — up to time shares and the KVJS statistics.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data stay separate from school data.&lt;/b&gt; Everything is stored encrypted in a vault on this device. The program has no network connection; the school has no access.&lt;/p&gt;&lt;p&gt;In the next steps you set:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;where the vault is stored,&lt;/li&gt;&lt;li&gt;your passphrase,&lt;/li&gt;&lt;li&gt;the emergency key for your provider (Träger),&lt;/li&gt;&lt;li&gt;your school(s) and post.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;This takes about three minutes.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="91" />
            <source>Wo soll der Tresor liegen?</source>
            <translation>Where should the vault be stored?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="92" />
            <source>Am besten im vorgeschlagenen Ordner auf diesem Gerät — nicht auf einem Schulserver, Netzlaufwerk oder in einem Cloud-Ordner.</source>
            <translation>Preferably in the suggested folder on this device — not on a school server, a network drive or in a cloud folder.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="95" />
            <source>Ordner des Tresors</source>
            <translation>Vault folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="96" />
            <source>Anderer Ordner …</source>
            <translation>Other folder …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="97" />
            <source>Anderen Ordner wählen</source>
            <translation>Choose another folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="99" />
            <source>Vorschlag</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="100" />
            <source>Vorgeschlagenen Ordner verwenden</source>
            <translation>Use the suggested folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="110" />
            <source>Ich habe die Hinweise gelesen und möchte diesen Ordner trotzdem verwenden.</source>
            <translation>I have read the notes and want to use this folder anyway.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="112" />
            <source>Ordner trotz Hinweis verwenden</source>
            <translation>Use folder despite the note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="115" />
            <source>Ordner:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="129" />
            <source>Ordner für den Tresor wählen</source>
            <translation>Choose the vault folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="143" />
            <source>In diesem Ordner liegt bereits ein Tresor. Er wird nicht überschrieben: bitte einen anderen Ordner wählen oder beim Start den vorhandenen Tresor öffnen.</source>
            <translation>This folder already holds a vault. It will not be overwritten: please choose another folder or open the existing vault at start.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="154" />
            <source>✓ Der Ordner liegt auf diesem Gerät.</source>
            <translation>✓ The folder is on this device.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="179" />
            <source>Passphrase festlegen</source>
            <translation>Set passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="180" />
            <source>Mit ihr öffnen Sie den Tresor. Ein Satz aus mehreren Wörtern ist leichter zu merken und sicherer als ein kurzes Passwort.</source>
            <translation>You open the vault with it. A sentence of several words is easier to remember and safer than a short password.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="182" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="183" />
            <source>Passphrase wiederholen</source>
            <translation>Repeat passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="186" />
            <source>Übereinstimmung</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="187" />
            <source>Auf diesem Gerät merken (kein Eingeben beim Start)</source>
            <translation>Remember on this device (no typing at start)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="188" />
            <source>Auf diesem Gerät merken</source>
            <translation>Remember on this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="189" />
            <source>Nur auf einem Gerät, das nur Sie benutzen. Sperren (Strg+L) schützt trotzdem.</source>
            <translation>Only on a device that only you use. Locking (Ctrl+L) still protects.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="195" />
            <source>Wichtig: Ohne Passphrase und ohne Notfallschlüssel kann niemand die Daten wiederherstellen — auch der Hersteller nicht.</source>
            <translation>Important: without the passphrase and the emergency key nobody can recover the data — not even the makers.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="199" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="201" />
            <source>Wiederholen:</source>
            <translation>Repeat:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="216" />
            <source>Die beiden Eingaben stimmen nicht überein.</source>
            <translation>The two entries do not match.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="219" />
            <source>✓ Beide Eingaben stimmen überein.</source>
            <translation>✓ Both entries match.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="238" />
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="243" />
            <source>Tresor wird angelegt</source>
            <translation>Creating vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="239" />
            <source>Der Schlüssel wird berechnet. Das dauert einen Moment.</source>
            <translation>The key is being derived. This takes a moment.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="246" />
            <source>Erneut versuchen</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="269" />
            <source>Tresor wird angelegt …</source>
            <translation>Creating vault …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="279" />
            <source>✓ Der Tresor ist angelegt. Als Nächstes: der Notfallschlüssel.</source>
            <translation>✓ The vault is created. Next: the emergency key.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="301" />
            <source>Ihr Notfallschlüssel</source>
            <translation>Your emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="302" />
            <source>Damit kann Ihr Träger den Tresor öffnen, wenn Sie ausfallen oder die Passphrase vergessen ist. Er wird nur jetzt angezeigt.</source>
            <translation>With it your provider can open the vault if you are absent or the passphrase is forgotten. It is shown only now.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="306" />
            <source>Drucken oder speichern Sie das Notfallblatt und geben Sie es Ihrem Träger in einem verschlossenen Umschlag. Legen Sie es nicht zu den Akten in der Schule und nicht in einen Cloud-Ordner.</source>
            <translation>Print or save the emergency sheet and give it to your provider in a sealed envelope. Do not file it at school and do not put it in a cloud folder.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="310" />
            <source>Notfallblatt drucken/speichern …</source>
            <translation>Print/save emergency sheet …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="311" />
            <source>Notfallblatt als PDF speichern</source>
            <translation>Save emergency sheet as PDF</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="315" />
            <source>Ich habe den Notfallschlüssel sicher verwahrt.</source>
            <translation>I have stored the emergency key safely.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="316" />
            <source>Ich habe den Notfallschlüssel sicher verwahrt</source>
            <translation>I have stored the emergency key safely</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="343" />
            <source>Notfallblatt speichern</source>
            <translation>Save emergency sheet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="344" />
            <source>PDF-Dokument (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="356" />
            <source>Das Notfallblatt kann in dieser Version noch nicht erstellt werden. Bitte schreiben Sie den Schlüssel sorgfältig ab.</source>
            <translation>This version cannot create the emergency sheet yet. Please copy the key carefully.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="366" />
            <source>✓ Gespeichert: {0} — jetzt ausdrucken und das PDF danach löschen.</source>
            <translation>✓ Saved: {0} — print it now and delete the PDF afterwards.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="382" />
            <source>z. B. Gemeinschaftsschule Am Park</source>
            <translation>e.g. Gemeinschaftsschule Am Park</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="383" />
            <source>Name der Schule {0}</source>
            <translation>Name of school {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="384" />
            <source>Schulart der Schule {0}</source>
            <translation>School type of school {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="389" />
            <source>Schülerzahl der Schule {0}</source>
            <translation>Number of pupils of school {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="394" />
            <source>Stellenumfang an Schule {0}</source>
            <translation>Post share at school {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="410" />
            <source>Schule(n) und Stelle</source>
            <translation>School(s) and post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="411" />
            <source>Für Zeitanteile und Statistik. Sie können alles später unter Einstellungen ändern.</source>
            <translation>For time shares and statistics. You can change everything later in Settings.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="416" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="416" />
            <source>Schulart</source>
            <translation>School type</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="416" />
            <source>Schüler:innen</source>
            <translation>Pupils</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="417" />
            <source>Stellenumfang</source>
            <translation>Post share</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="422" />
            <source>+ Weitere Schule</source>
            <translation>+ Another school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="423" />
            <source>Weitere Schule hinzufügen</source>
            <translation>Add another school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="425" />
            <source>Schulsozialarbeit</source>
            <translation>School social work</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="426" />
            <source>Bezeichnung der Stelle</source>
            <translation>Label of the post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="431" />
            <source> Std.</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="432" />
            <source>Wochenstunden einer Vollzeitstelle</source>
            <translation>Weekly hours of a full-time post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="442" />
            <source>Stelle (Bezeichnung):</source>
            <translation>Post (label):</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="443" />
            <source>Vollzeit (Wochenstunden):</source>
            <translation>Full time (weekly hours):</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="445" />
            <source>Schuljahr {0}</source>
            <translation>School year {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="485" />
            <source>Stellenumfang gesamt: {0} % = {1} Std. pro Woche</source>
            <translation>Total post share: {0} % = {1} h per week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="488" />
            <source>mehr als 100 % ist nicht möglich.</source>
            <translation>more than 100 % is not possible.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="541" />
            <source>SSA Desktop — Einrichtung</source>
            <translation>SSA Desktop — Setup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="542" />
            <source>Einrichtung von SSA Desktop</source>
            <translation>Setting up SSA Desktop</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="547" />
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="550" />
            <source>Weiter</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="547" />
            <source>Zurück</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="548" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="549" />
            <source>Fertig</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/wizard.py" line="564" />
            <source>Tresor anlegen</source>
            <translation>Create vault</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="73" />
            <source>+ Thema eingeben …</source>
            <translation>+ type a topic …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="74" />
            <source>Auswahl hinzufügen</source>
            <translation>Add selection</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="180" />
            <source>Dauer in Minuten</source>
            <translation>Duration in minutes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/forms.py" line="184" />
            <source>Dauer {0} Minuten</source>
            <translation>Duration {0} minutes</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="87" />
            <source>Gesperrt</source>
            <translation>Locked</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="93" />
            <source>SSA Desktop ist gesperrt. Zum Weiterarbeiten entsperren Sie den Tresor mit Ihrer Passphrase.</source>
            <translation>SSA Desktop is locked. To continue, unlock the vault with your passphrase.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="97" />
            <source>Entsperren …</source>
            <translation>Unlock …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="98" />
            <source>Entsperren</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="131" />
            <source>SSA Desktop Hauptfenster</source>
            <translation>SSA Desktop main window</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="137" />
            <source>Bereiche</source>
            <translation>Areas</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="138" />
            <source>Mit den Pfeiltasten einen Bereich wählen</source>
            <translation>Choose an area with the arrow keys</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="148" />
            <source>Inhalt</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="153" />
            <source>Strg+{0}</source>
            <translation>Ctrl+{0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="158" />
            <source>Suche …</source>
            <translation>Search …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="158" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="275" />
            <source>Strg+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="159" />
            <source>Suche (Strg+K)</source>
            <translation>Search (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="160" />
            <source>Personen, Fälle und Notizen suchen (Strg+K)</source>
            <translation>Search persons, cases and notes (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="164" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="165" />
            <source>Sperren (Strg+L)</source>
            <translation>Lock (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="166" />
            <source>Alles sofort ausblenden und den Tresor sperren</source>
            <translation>Hide everything at once and lock the vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="168" />
            <source>SSA Desktop — Schulsozialarbeit</source>
            <translation>SSA Desktop — School social work</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="206" />
            <source>Strg+N Kontakt erfassen · Strg+K Suchen · Strg+L Sperren</source>
            <translation>Ctrl+N record contact · Ctrl+K search · Ctrl+L lock</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="207" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="254" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="287" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="288" />
            <source>Tastenkürzel</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="209" />
            <source>Zustand des Tresors</source>
            <translation>Vault state</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="241" />
            <source>Kontakt erfassen …</source>
            <translation>Record contact …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="243" />
            <source>Suchen …</source>
            <translation>Search …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="245" />
            <source>Sperren</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="247" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="282" />
            <source>Beenden</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="255" />
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="305" />
            <source>Über SSA Desktop</source>
            <translation>About SSA Desktop</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="258" />
            <source>&amp;Datei</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="264" />
            <source>&amp;Bereiche</source>
            <translation>&amp;Areas</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="267" />
            <source>&amp;Hilfe</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="274" />
            <source>Strg+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="274" />
            <source>Kontakt erfassen (von überall)</source>
            <translation>Record contact (from anywhere)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="275" />
            <source>Suchen</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="276" />
            <source>Strg+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="276" />
            <source>Sperren: alles ausblenden</source>
            <translation>Lock: hide everything</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="277" />
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="277" />
            <source>Diese Übersicht der Tastenkürzel</source>
            <translation>This overview of keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="281" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="281" />
            <source>Speichern im Dialog</source>
            <translation>Save in dialogs</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="281" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="281" />
            <source>Abbrechen im Dialog</source>
            <translation>Cancel in dialogs</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="282" />
            <source>Strg+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="294" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="305" />
            <source>&lt;p&gt;&lt;b&gt;SSA Desktop&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Dokumentation für die Schulsozialarbeit: verschlüsselt (SQLCipher), offline, getrennt von Schuldaten.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;SSA Desktop&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Documentation for school social work: encrypted (SQLCipher), offline, separate from school data.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="323" />
            <source>Dieser Bereich wird gerade gebaut.</source>
            <translation>This area is being built.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="326" />
            <source>Dieser Bereich konnte nicht geladen werden.</source>
            <translation>This area could not be loaded.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="331" />
            <source>Dieser Bereich konnte nicht geöffnet werden.</source>
            <translation>This area could not be opened.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="398" />
            <source>Der Dialog konnte nicht geöffnet werden.</source>
            <translation>The dialog could not be opened.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="407" />
            <source>Die Schnellerfassung (Strg+N) wird gerade gebaut.</source>
            <translation>Quick entry (Ctrl+N) is being built.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="412" />
            <source>Die Suche (Strg+K) wird gerade gebaut.</source>
            <translation>Search (Ctrl+K) is being built.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="425" />
            <source>Tresor: gesperrt</source>
            <translation>Vault: locked</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="480" />
            <source>Tresor: wird geprüft …</source>
            <translation>Vault: checking …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="491" />
            <source>Tresor: geprüft</source>
            <translation>Vault: checked</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="494" />
            <source>Tresor: Problem gefunden — bitte Sicherung prüfen</source>
            <translation>Vault: problem found — please check the backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/shell/main_window.py" line="499" />
            <source>Tresor: Prüfung nicht möglich</source>
            <translation>Vault: check not possible</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="24" />
            <source>Der Arbeitsspeicher reicht nicht aus. Bitte schließen Sie andere Programme.</source>
            <translation>Not enough memory. Please close other programs.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="26" />
            <source>Auf den Ordner oder die Datei darf nicht geschrieben werden. Bitte wählen Sie einen anderen Ort.</source>
            <translation>The folder or file may not be written. Please choose another location.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="29" />
            <source>Die Datei konnte nicht geschrieben oder gelesen werden. Bitte prüfen Sie den Ort und den freien Platz.</source>
            <translation>The file could not be written or read. Please check the location and the free space.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="32" />
            <source>Die Aktion ist fehlgeschlagen. Es wurde nichts halb gespeichert.</source>
            <translation>The action failed. Nothing was half saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="38" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="46" />
            <location filename="../../ssa_desktop/ui/common/messages.py" line="50" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="59" />
            <source>Rückfrage</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="61" />
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/common/messages.py" line="62" />
            <source>Nein</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>NetworkArea</name>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="45" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="84" />
            <source>Partner filtern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="85" />
            <source>Filtern: Name, Ansprechperson, Notiz …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="87" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="209" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="226" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="237" />
            <source>Partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="87" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="103" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="87" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="103" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="223" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="237" />
            <source>Art</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="87" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="97" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="104" />
            <source>Ansprechperson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="88" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="98" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="104" />
            <source>Telefon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="88" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="99" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="105" />
            <source>E-Mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="95" />
            <source>Name der Einrichtung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="96" />
            <source>Art der Einrichtung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="101" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="105" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="216" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="229" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="238" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="112" />
            <source>&amp;Neu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="112" />
            <source>Neuer Partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="113" />
            <source>&amp;Speichern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="113" />
            <source>Partner speichern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="114" />
            <source>&amp;Löschen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="114" />
            <source>Partner löschen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="201" />
            <source>Art der Vernetzung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="206" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="225" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="237" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="211" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="227" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="238" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="350" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="355" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="214" />
            <source>Ziel der Kooperationsvereinbarung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="220" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="237" />
            <source>Dauer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="228" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="238" />
            <source>Ziel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="233" />
            <source>&amp;Erfassen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="233" />
            <source>Vernetzungsaktivität erfassen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="236" />
            <source>Vernetzungsaktivitäten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="258" />
            <source>— ohne Partner —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="282" />
            <source>— ohne Ziel —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="316" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="399" />
            <source>Vorlage übernehmen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="318" />
            <source>Beispiele aus der Muster-Kooperationsvereinbarung (Anhang):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="320" />
            <source>Vorlagen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="329" />
            <source>Übernehmen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="330" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="353" />
            <location filename="../../ssa_desktop/ui/network/area.py" line="357" />
            <source>Vereinbarung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="359" />
            <source>Neue &amp;Vereinbarung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="359" />
            <source>Neue Kooperationsvereinbarung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="363" />
            <source>Gültig ab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="364" />
            <source>Gültig bis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="366" />
            <source>bis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="372" />
            <source>Termine Auswertungsgespräch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="373" />
            <source>TT.MM.JJJJ, mehrere mit Komma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="375" />
            <source>Notizen zur Vereinbarung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="378" />
            <source>Zeitraum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="379" />
            <source>Auswertungsgespräch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="380" />
            <source>Notizen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="384" />
            <source>Vereinbarung &amp;speichern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="384" />
            <source>Vereinbarung speichern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="387" />
            <source>Ziele und Angebote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="387" />
            <source>Ziel der Kooperation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="388" />
            <source>Angebot / Rahmenbedingungen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="394" />
            <source>Ziel &amp;hinzufügen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="394" />
            <source>Ziel hinzufügen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="395" />
            <source>&amp;Entfernen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="395" />
            <source>Ausgewähltes Ziel entfernen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="396" />
            <source>Nach &amp;oben</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="396" />
            <source>Ziel nach oben</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="397" />
            <source>Nach &amp;unten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="397" />
            <source>Ziel nach unten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="399" />
            <source>Vorlage &amp;übernehmen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="425" />
            <source>offen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="500" />
            <source>Neues Ziel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="563" />
            <source>Vernetzung</source>
            <translation>Networking</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="567" />
            <source>&amp;Partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="568" />
            <source>Vernetzungs&amp;aktivitäten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/network/area.py" line="569" />
            <source>&amp;Kooperationsvereinbarung</source>
            <translation type="unfinished" />
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
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" line="34" />
            <source>&amp;Beobachtung</source>
            <translation>&amp;Observation</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/notes/note_editor.py" line="36" />
            <source>Einschät&amp;zung</source>
            <translation>Assess&amp;ment</translation>
        </message>
    </context>
    <context>
        <name>OverviewArea</name>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="58" />
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="88" />
            <source>Enter: öffnen</source>
            <translation>Enter: open</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="115" />
            <source>Datum heute</source>
            <translation>Date today</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="126" />
            <source>Termine heute</source>
            <translation>Appointments today</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="126" />
            <source>Heute keine Termine.</source>
            <translation>No appointments today.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="127" />
            <source>Beratungszettel drucken …</source>
            <translation>Print consultation slips …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="128" />
            <source>Beratungszettel für heute drucken</source>
            <translation>Print today's consultation slips</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="131" />
            <source>Kinderschutz (§ 8a)</source>
            <translation>Child protection (§ 8a)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="132" />
            <source>Keine offenen Verfahren.</source>
            <translation>No open procedures.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="133" />
            <source>Entwürfe</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="133" />
            <source>Keine offenen Entwürfe.</source>
            <translation>No open drafts.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="134" />
            <source>Fristen (nächste 14 Tage)</source>
            <translation>Deadlines (next 14 days)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="135" />
            <source>Keine Fristen in den nächsten 14 Tagen.</source>
            <translation>No deadlines in the next 14 days.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="137" />
            <source>Zeitanteile (Schuljahr)</source>
            <translation>Time shares (school year)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="138" />
            <source>Die Zeitanteile mit Ampel folgen in einer der nächsten Versionen.</source>
            <translation>Time shares with traffic lights follow in one of the next versions.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="140" />
            <source>Löschung fällig</source>
            <translation>Deletion due</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="141" />
            <source>Die Prüfung der Löschfristen folgt in einer der nächsten Versionen.</source>
            <translation>The review of deletion periods follows in one of the next versions.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="151" />
            <source>Meldung</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="171" />
            <source>Heute, {0}</source>
            <translation>Today, {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="173" />
            <source>Termine folgen mit dem Kalender.</source>
            <translation>Appointments follow with the calendar.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="176" />
            <source>Entwürfe folgen mit der Schnellerfassung.</source>
            <translation>Drafts follow with quick entry.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="196" />
            <source>Die Schnellerfassung wird gerade gebaut.</source>
            <translation>Quick entry is being built.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/overview/area.py" line="211" />
            <source>Der Druck der Beratungszettel folgt; bis dahin im Bereich „Termine“ drucken.</source>
            <translation>Printing consultation slips here follows; until then print them in “Appointments”.</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="49" />
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="62" />
            <source>Anzeigen</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="51" />
            <source>Passphrase anzeigen</source>
            <translation>Show passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="52" />
            <source>Passphrase im Klartext anzeigen oder verbergen</source>
            <translation>Show or hide the passphrase in plain text</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="62" />
            <source>Verbergen</source>
            <translation>Hide</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="87" />
            <source>Stärke der Passphrase</source>
            <translation>Passphrase strength</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="91" />
            <source>Hinweis zur Passphrase</source>
            <translation>Passphrase hint</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="108" />
            <source>Am besten vier oder mehr Wörter, die nicht zusammengehören, z. B. „Kastanie Regenschirm fliegt 47“.</source>
            <translation>Preferably four or more unrelated words, e.g. “chestnut umbrella flies 47”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/passphrase_widgets.py" line="140" />
            <source>Notfallschlüssel</source>
            <translation>Emergency key</translation>
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="69" />
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="70" />
            <source>Kontakt erfassen</source>
            <translation>Record contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="76" />
            <source>Entwurf gespeichert {0}</source>
            <translation>Draft saved {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="92" />
            <source>&amp;Wiederherstellen</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="93" />
            <source>Entwurf wiederherstellen</source>
            <translation>Restore draft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="94" />
            <source>Entwurf &amp;löschen</source>
            <translation>&amp;Delete draft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="95" />
            <source>Entwurf löschen</source>
            <translation>Delete draft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="111" />
            <source>&amp;Kurzkontakt ohne Fall</source>
            <translation>&amp;Short contact without case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="112" />
            <source>Kurzkontakt ohne Fall (anonym)</source>
            <translation>Short contact without case (anonymous)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="123" />
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="127" />
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="137" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="128" />
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="137" />
            <source>Geschlecht</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="131" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="132" />
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="138" />
            <source>Klassenstufe</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="135" />
            <source>Anzahl Kurzkontakte</source>
            <translation>Number of short contacts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="138" />
            <source>Anzahl</source>
            <translation>Count</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="142" />
            <source>Kurzkontakt</source>
            <translation>Short contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="145" />
            <source>Art des Kontakts</source>
            <translation>Kind of contact</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="146" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="149" />
            <source>Uhrzeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="151" />
            <source>&amp;Art</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="154" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="157" />
            <source>&amp;Zeit</source>
            <translation>&amp;Time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="160" />
            <source>Da&amp;uer</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="165" />
            <source>Beteiligte</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="166" />
            <source>&amp;Beteiligte</source>
            <translation>&amp;Participants</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="168" />
            <source>Themen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="169" />
            <source>&amp;Themen</source>
            <translation>&amp;Topics</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="172" />
            <source>Zugang</source>
            <translation>Access route</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="174" />
            <source>Weitervermittlung</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="177" />
            <source>&amp;Weitervermittlung</source>
            <translation>&amp;Referral</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="179" />
            <source>Zu&amp;gang</source>
            <translation>A&amp;ccess route</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="183" />
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="263" />
            <source>Fall</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="184" />
            <source>&amp;Fall</source>
            <translation>&amp;Case</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="188" />
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="198" />
            <source>Strg+Enter speichert aus der Notiz.</source>
            <translation>Ctrl+Enter saves from the note.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="199" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="200" />
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="201" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="203" />
            <source>Speichern ⏎</source>
            <translation>Save ⏎</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="204" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="260" />
            <source>— ohne Fall —</source>
            <translation>— without case —</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="264" />
            <source>{0} (seit {1})</source>
            <translation>{0} (since {1})</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="342" />
            <source>Entwurf vom {0} {1} wiederherstellen?</source>
            <translation>Restore the draft of {0} {1}?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="436" />
            <source>Keine eindeutige Person zu „{0}“. Bitte aus der Liste wählen.</source>
            <translation>No unique person for “{0}”. Please choose from the list.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="438" />
            <source>Bitte eine Person wählen oder „Kurzkontakt ohne Fall“ ankreuzen.</source>
            <translation>Please choose a person or tick “Short contact without case”.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="445" />
            <source>Bitte eine Art des Kontakts wählen.</source>
            <translation>Please choose a kind of contact.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="473" />
            <source>Verwerfen?</source>
            <translation>Discard?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="474" />
            <source>Die Eingabe ist noch nicht gespeichert. Verwerfen?</source>
            <translation>The entry is not saved yet. Discard?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="476" />
            <source>„Schließen“ behält den Entwurf im Tresor; er wird beim nächsten Öffnen angeboten.</source>
            <translation>“Close” keeps the draft in the vault; it is offered the next time.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="478" />
            <source>Schließen, Entwurf behalten</source>
            <translation>Close, keep draft</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="479" />
            <source>Verwerfen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/dialog.py" line="480" />
            <source>Weiter bearbeiten</source>
            <translation>Continue editing</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/person_picker.py" line="24" />
            <source>Pseudonym tippen, z. B. K-17</source>
            <translation>Type a pseudonym, e.g. K-17</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/quick_entry/person_picker.py" line="25" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="72" />
            <source>Treffer im Namen</source>
            <translation>Match in the name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="76" />
            <source>ohne Person</source>
            <translation>without person</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="121" />
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="122" />
            <source>Suche</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="126" />
            <source>Suchen in Personen, Notizen, Gruppen, Partnern …</source>
            <translation>Search persons, notes, groups, partners …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="127" />
            <source>Suchbegriff</source>
            <translation>Search term</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="134" />
            <source>Suchergebnisse</source>
            <translation>Search results</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="139" />
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="157" />
            <source>↑/↓ auswählen · Enter öffnen · Esc schließen</source>
            <translation>↑/↓ select · Enter open · Esc close</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="140" />
            <source>Bedienhinweis</source>
            <translation>Usage hint</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="185" />
            <source>Keine Treffer.</source>
            <translation>No matches.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/search/dialog.py" line="186" />
            <source>{0} Treffer · ↑/↓ auswählen · Enter öffnen</source>
            <translation>{0} matches · ↑/↓ select · Enter open</translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="152" />
            <source>Bereiche der Einstellungen</source>
            <translation>Sections of the settings</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="153" />
            <source>Schulen &amp;&amp; Stelle</source>
            <translation>Schools &amp;&amp; post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="154" />
            <source>Sicherheit</source>
            <translation>Security</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="155" />
            <source>Sprache</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="156" />
            <source>Über</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="157" />
            <location filename="../../ssa_desktop/ui/settings/area.py" line="715" />
            <source>Einstellungen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="168" />
            <source>&amp;Schuljahr</source>
            <translation>&amp;School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="170" />
            <source>Schuljahr</source>
            <translation>School year</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="178" />
            <location filename="../../ssa_desktop/ui/settings/area.py" line="180" />
            <source>Schulen</source>
            <translation>Schools</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="185" />
            <source>Schule &amp;hinzufügen …</source>
            <translation>&amp;Add school …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="185" />
            <source>Schule hinzufügen</source>
            <translation>Add school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="187" />
            <source>Schule &amp;bearbeiten …</source>
            <translation>&amp;Edit school …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="187" />
            <source>Schule bearbeiten</source>
            <translation>Edit school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="189" />
            <source>Schule &amp;löschen</source>
            <translation>&amp;Delete school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="189" />
            <source>Schule löschen</source>
            <translation>Delete school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="197" />
            <location filename="../../ssa_desktop/ui/settings/area.py" line="264" />
            <source>Stelle</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="199" />
            <source>Stellenumfang in % einer Vollzeitstelle je Schule und Schuljahr. Die Wochenstunden ergeben sich aus den Vollzeitstunden.</source>
            <translation>Post share in % of a full-time post per school and school year. Weekly hours follow from the full-time hours.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="203" />
            <source>Stellen</source>
            <translation>Posts</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="208" />
            <source>Stelle hin&amp;zufügen …</source>
            <translation>Add &amp;post …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="208" />
            <source>Stelle hinzufügen</source>
            <translation>Add post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="210" />
            <source>Stelle und Stellen&amp;umfang bearbeiten …</source>
            <translation>Edit post and &amp;share …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="211" />
            <source>Stelle und Stellenumfang bearbeiten</source>
            <translation>Edit post and share</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="217" />
            <source>Meldung zu Schulen und Stelle</source>
            <translation>Message about schools and post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="247" />
            <source>Schule</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="247" />
            <source>Kürzel</source>
            <translation>Short code</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="247" />
            <source>Schulart</source>
            <translation>School type</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="248" />
            <source>Schüler:innen {0}</source>
            <translation>Pupils {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="248" />
            <location filename="../../ssa_desktop/ui/settings/area.py" line="264" />
            <source>Stellenumfang {0}</source>
            <translation>Post share {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="264" />
            <source>Vollzeit</source>
            <translation>Full time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="265" />
            <source>Wochenstunden</source>
            <translation>Weekly hours</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="265" />
            <source>Aufteilung</source>
            <translation>Split</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="271" />
            <location filename="../../ssa_desktop/ui/settings/area.py" line="274" />
            <source>{0} Std.</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="275" />
            <source>noch kein Stellenumfang eingetragen</source>
            <translation>no post share entered yet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="298" />
            <location filename="../../ssa_desktop/ui/settings/area.py" line="316" />
            <source>Bitte zuerst eine Schule in der Liste auswählen.</source>
            <translation>Please select a school in the list first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="309" />
            <source>Schule gespeichert.</source>
            <translation>School saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="318" />
            <source>Die Schule mit ihren Schülerzahlen und ihrem Stellenumfang löschen?</source>
            <translation>Delete the school with its pupil numbers and post shares?</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="326" />
            <source>Schule gelöscht.</source>
            <translation>School deleted.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="339" />
            <source>Bitte zuerst eine Stelle in der Liste auswählen.</source>
            <translation>Please select a post in the list first.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="352" />
            <source>Stelle gespeichert.</source>
            <translation>Post saved.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="361" />
            <source>Automatisch sperren</source>
            <translation>Lock automatically</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="365" />
            <source> Minuten</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="366" />
            <source>Automatisch sperren nach Minuten ohne Eingabe</source>
            <translation>Lock automatically after minutes without input</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="370" />
            <source>Sperren nach &amp;Untätigkeit von</source>
            <translation>Lock after &amp;inactivity of</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="373" />
            <source>Strg+L sperrt sofort. Der Tresor sperrt sich auch, wenn der Bildschirm gesperrt wird oder das Gerät in den Ruhezustand geht.</source>
            <translation>Ctrl+L locks at once. The vault also locks when the screen is locked or the device goes to sleep.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="377" />
            <source>Dieses Gerät</source>
            <translation>This device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="379" />
            <source>Zustand dieses Geräts</source>
            <translation>State of this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="382" />
            <source>Auf diesem Gerät &amp;merken</source>
            <translation>&amp;Remember on this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="383" />
            <source>Auf diesem Gerät merken</source>
            <translation>Remember on this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="384" />
            <source>Dieses Gerät &amp;vergessen</source>
            <translation>&amp;Forget this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="384" />
            <source>Dieses Gerät vergessen</source>
            <translation>Forget this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="392" />
            <source>Passphrase und Notfallschlüssel</source>
            <translation>Passphrase and emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="394" />
            <source>&amp;Passphrase ändern …</source>
            <translation>Change &amp;passphrase …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="394" />
            <source>Passphrase ändern</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="396" />
            <source>Neuer &amp;Notfallschlüssel …</source>
            <translation>New &amp;emergency key …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="396" />
            <location filename="../../ssa_desktop/ui/settings/area.py" line="480" />
            <source>Neuer Notfallschlüssel</source>
            <translation>New emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="403" />
            <source>Tresor</source>
            <translation>Vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="405" />
            <source>Tresor &amp;prüfen</source>
            <translation>&amp;Check vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="405" />
            <source>Tresor prüfen</source>
            <translation>Check vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="406" />
            <source>&amp;Sicherung erstellen …</source>
            <translation>Create &amp;backup …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="406" />
            <location filename="../../ssa_desktop/ui/settings/area.py" line="552" />
            <source>Sicherung erstellen</source>
            <translation>Create backup</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="413" />
            <source>Meldung zur Sicherheit</source>
            <translation>Message about security</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="435" />
            <source>Dieses Gerät öffnet den Tresor ohne Passphrase. Nur sinnvoll, wenn das Gerät selbst gut geschützt ist (eigenes Benutzerkonto, Festplattenverschlüsselung).</source>
            <translation>This device opens the vault without a passphrase. Only sensible if the device itself is well protected (own user account, disk encryption).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="438" />
            <source>Der Tresor fragt bei jedem Öffnen nach der Passphrase.</source>
            <translation>The vault asks for the passphrase every time it is opened.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="444" />
            <source>Dieses Gerät ist jetzt gemerkt.</source>
            <translation>This device is now remembered.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="446" />
            <source>Der Schlüsselbund dieses Geräts ist nicht erreichbar. Nichts wurde gemerkt.</source>
            <translation>This device's keychain is not reachable. Nothing was remembered.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="452" />
            <source>Dieses Gerät ist vergessen. Beim nächsten Öffnen wird die Passphrase verlangt.</source>
            <translation>This device is forgotten. The passphrase will be asked the next time.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="473" />
            <location filename="../../ssa_desktop/ui/settings/area.py" line="474" />
            <source>Passphrase wird geändert …</source>
            <translation>Changing the passphrase …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="475" />
            <source>Die Passphrase ist geändert.</source>
            <translation>The passphrase has been changed.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="481" />
            <source>Der Tresor wird mit einem neuen Schlüssel neu verschlüsselt; vorher wird eine Sicherung angelegt. Der bisherige Notfallschlüssel gilt danach nicht mehr. Bitte zur Bestätigung die Passphrase eingeben.</source>
            <translation>The vault is re-encrypted with a new key; a backup is made first. The previous emergency key will no longer be valid. Please enter the passphrase to confirm.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="498" />
            <source>Der neue Notfallschlüssel gilt ab sofort.</source>
            <translation>The new emergency key is valid from now on.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="502" />
            <source>Neuer Notfallschlüssel wird erstellt …</source>
            <translation>Creating the new emergency key …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="514" />
            <source>Notfallblatt speichern</source>
            <translation>Save emergency sheet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="523" />
            <source>Notfallblatt gespeichert: {0}</source>
            <translation>Emergency sheet saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="528" />
            <source>Tresor wird geprüft …</source>
            <translation>Checking vault …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="538" />
            <source>Tresor geprüft: {0} Probleme gefunden.</source>
            <translation>Vault checked: {0} problems found.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="540" />
            <source>Bitte eine Sicherung erstellen und den Träger informieren.</source>
            <translation>Please create a backup and inform your provider.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="542" />
            <source>Tresor geprüft: keine Probleme</source>
            <translation>Vault checked: no problems</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="554" />
            <source>Sicherung (*.ssabak)</source>
            <translation>Backup (*.ssabak)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="560" />
            <source>Sicherung wird erstellt …</source>
            <translation>Creating backup …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="568" />
            <source>Sicherung erstellt: {0}</source>
            <translation>Backup created: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="584" />
            <source>Bitte warten</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="585" />
            <source>Fortschritt</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="630" />
            <source>Sprache der Oberfläche</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="634" />
            <source>&amp;Deutsch</source>
            <translation>&amp;Deutsch (German)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="634" />
            <source>&amp;English</source>
            <translation>&amp;English</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="643" />
            <source>Die neue Sprache gilt nach einem Neustart von SSA Desktop. Eingaben, Kataloge und Berichte bleiben deutsch.</source>
            <translation>The new language applies after restarting SSA Desktop. Entries, catalogues and reports stay German.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="648" />
            <source>Meldung zur Sprache</source>
            <translation>Message about language</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="656" />
            <source>Gespeichert. Bitte SSA Desktop neu starten.</source>
            <translation>Saved. Please restart SSA Desktop.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="665" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="665" />
            <source>Tresor-Ordner</source>
            <translation>Vault folder</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="666" />
            <source>Schema-Version</source>
            <translation>Schema version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="666" />
            <source>SQLCipher-Version</source>
            <translation>SQLCipher version</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="667" />
            <source>Tresor angelegt</source>
            <translation>Vault created</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="672" />
            <source>SSA Desktop arbeitet ohne Netzwerk. Alle Daten liegen verschlüsselt im Tresor-Ordner auf diesem Gerät.</source>
            <translation>SSA Desktop works without a network. All data are stored encrypted in the vault folder on this device.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/area.py" line="684" />
            <source>{0} (aktuell: {1})</source>
            <translation>{0} (current: {1})</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialogs</name>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="38" />
            <source>sehr schwach</source>
            <translation>very weak</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="38" />
            <source>schwach</source>
            <translation>weak</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="38" />
            <source>ausreichend</source>
            <translation>sufficient</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="38" />
            <source>gut</source>
            <translation>good</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="38" />
            <source>sehr gut</source>
            <translation>very good</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="45" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="55" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="56" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="92" />
            <source>Schule bearbeiten</source>
            <translation>Edit school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="92" />
            <source>Schule hinzufügen</source>
            <translation>Add school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="96" />
            <source>Name der Schule</source>
            <translation>Name of the school</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="97" />
            <source>z. B. Gemeinschaftsschule Am Park</source>
            <translation>e.g. Gemeinschaftsschule Am Park</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="98" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="100" />
            <source>Kürzel</source>
            <translation>Short code</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="101" />
            <source>&amp;Kürzel</source>
            <translation>Short &amp;code</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="102" />
            <source>Schulart</source>
            <translation>School type</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="105" />
            <source>&amp;Schulart</source>
            <translation>School &amp;type</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="107" />
            <source>Anschrift</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="108" />
            <source>&amp;Anschrift</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="114" />
            <source>Schüler:innen {0}</source>
            <translation>Pupils {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="121" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="178" />
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="138" />
            <source>Stelle bearbeiten</source>
            <translation>Edit post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="138" />
            <source>Stelle hinzufügen</source>
            <translation>Add post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="139" />
            <source>Stelle Schulsozialarbeit</source>
            <translation>School social work post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="143" />
            <source>Bezeichnung der Stelle</source>
            <translation>Label of the post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="144" />
            <source>&amp;Bezeichnung</source>
            <translation>&amp;Label</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="149" />
            <source> Std./Woche</source>
            <translation> h/week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="151" />
            <source>Wochenstunden einer Vollzeitstelle</source>
            <translation>Weekly hours of a full-time post</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="152" />
            <source>&amp;Vollzeit</source>
            <translation>&amp;Full time</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="154" />
            <source>Qualifikation</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="155" />
            <source>z. B. Soziale Arbeit (B.A.)</source>
            <translation>e.g. Social Work (B.A.)</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="156" />
            <source>&amp;Qualifikation</source>
            <translation>&amp;Qualification</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="157" />
            <source>Stellenumfang im Schuljahr {0}</source>
            <translation>Post share in school year {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="168" />
            <source>Stellenumfang an {0}</source>
            <translation>Post share at {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="173" />
            <source>Summe Stellenumfang</source>
            <translation>Total post share</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="174" />
            <source>Summe</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="185" />
            <source>{0} % · {1} Std./Woche</source>
            <translation>{0} % · {1} h/week</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="207" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="208" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="233" />
            <source>Passphrase ändern</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="211" />
            <source>Bisherige Passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="212" />
            <source>&amp;Bisherige Passphrase</source>
            <translation>&amp;Current passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="213" />
            <source>Neue Passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="214" />
            <source>&amp;Neue Passphrase</source>
            <translation>&amp;New passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="215" />
            <source>Neue Passphrase wiederholen</source>
            <translation>Repeat new passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="216" />
            <source>Neue Passphrase &amp;wiederholen</source>
            <translation>&amp;Repeat new passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="221" />
            <source>Stärke der neuen Passphrase</source>
            <translation>Strength of the new passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="224" />
            <source>Hinweis zur Passphrase</source>
            <translation>Passphrase hint</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="225" />
            <source>Stärke</source>
            <translation>Strength</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="229" />
            <source>Die Passphrase schützt den Tresor auf diesem Gerät. Der Notfallschlüssel bleibt gleich.</source>
            <translation>The passphrase protects the vault on this device. The emergency key stays the same.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="246" />
            <source>Mindestens 10 Zeichen; am besten mehrere Wörter.</source>
            <translation>At least 10 characters; preferably several words.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="248" />
            <source>Stärke: {0}.</source>
            <translation>Strength: {0}.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="256" />
            <source>Bitte die bisherige Passphrase eingeben.</source>
            <translation>Please enter the current passphrase.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="258" />
            <source>Die neue Passphrase ist zu schwach.</source>
            <translation>The new passphrase is too weak.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="260" />
            <source>Die beiden neuen Passphrasen stimmen nicht überein.</source>
            <translation>The two new passphrases do not match.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="262" />
            <source>Die neue Passphrase ist dieselbe wie die bisherige.</source>
            <translation>The new passphrase is the same as the current one.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="299" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="300" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="302" />
            <source>Weiter</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="313" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="314" />
            <source>Neuer Notfallschlüssel</source>
            <translation>New emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="318" />
            <source>Das ist der neue Notfallschlüssel. Er wird nur jetzt angezeigt. Speichern Sie das Notfallblatt, drucken Sie es aus und geben Sie es Ihrem Träger. Der bisherige Notfallschlüssel gilt nicht mehr.</source>
            <translation>This is the new emergency key. It is shown only now. Save the emergency sheet, print it and give it to your provider. The previous emergency key is no longer valid.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="330" />
            <source>Notfallschlüssel</source>
            <translation>Emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="335" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="338" />
            <source>Notfallblatt speichern …</source>
            <translation>Save emergency sheet …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="339" />
            <source>Notfallblatt speichern</source>
            <translation>Save emergency sheet</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="340" />
            <location filename="../../ssa_desktop/ui/settings/dialogs.py" line="341" />
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="96" />
            <source>SSA Desktop — Tresor entsperren</source>
            <translation>SSA Desktop — Unlock vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="97" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="101" />
            <source>Tresor entsperren</source>
            <translation>Unlock vault</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="106" />
            <source>Geben Sie Ihre Passphrase ein, um die Dokumentation zu öffnen.</source>
            <translation>Enter your passphrase to open the documentation.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="114" />
            <source>Demo-Tresor mit erfundenen Daten. Passphrase: {0}</source>
            <translation>Demo vault with invented data. Passphrase: {0}</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="120" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="120" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="127" />
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="130" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="131" />
            <source>Auf diesem Gerät merken</source>
            <translation>Remember on this device</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="132" />
            <source>Der Schlüssel wird im Schlüsselbund Ihres Benutzerkontos gespeichert; beim Start ist keine Passphrase nötig. Nur auf einem Gerät, das nur Sie benutzen.</source>
            <translation>The key is stored in your user account's keychain; no passphrase is needed at start. Only on a device that only you use.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="137" />
            <source>Wird entsperrt …</source>
            <translation>Unlocking …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="139" />
            <source>Mit Notfallschlüssel öffnen …</source>
            <translation>Open with emergency key …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="140" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="268" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="269" />
            <source>Mit Notfallschlüssel öffnen</source>
            <translation>Open with emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="145" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="146" />
            <source>Entsperren</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="148" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="149" />
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="302" />
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="154" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="225" />
            <source>Die Passphrase ist falsch. Bitte prüfen Sie Groß-/Kleinschreibung und Tastaturbelegung (Feststelltaste?).</source>
            <translation>The passphrase is wrong. Please check upper/lower case and the keyboard layout (Caps Lock?).</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="272" />
            <source>Geben Sie den Notfallschlüssel vom Notfallblatt Ihres Trägers ein (64 Zeichen, Leerzeichen sind egal). Danach vergeben Sie eine neue Passphrase.</source>
            <translation>Enter the emergency key from your provider's emergency sheet (64 characters, spaces do not matter). Then you set a new passphrase.</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="277" />
            <source>Notfallschlüssel</source>
            <translation>Emergency key</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="286" />
            <source>Neue Passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="287" />
            <source>Neue Passphrase wiederholen</source>
            <translation>Repeat new passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="297" />
            <source>Tresor wird geöffnet …</source>
            <translation>Opening vault …</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="299" />
            <source>Öffnen und Passphrase setzen</source>
            <translation>Open and set passphrase</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="306" />
            <source>Notfallschlüssel:</source>
            <translation>Emergency key:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="307" />
            <source>Neue Passphrase:</source>
            <translation>New passphrase:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="309" />
            <source>Wiederholen:</source>
            <translation>Repeat:</translation>
        </message>
        <message>
            <location filename="../../ssa_desktop/ui/vault/unlock.py" line="325" />
            <source>Die beiden Eingaben stimmen nicht überein.</source>
            <translation>The two entries do not match.</translation>
        </message>
    </context>
</TS>
