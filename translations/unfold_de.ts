<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>unfold::AnswerInput</name>
    <message>
        <source>Not answered. Type %1 to %2, or use the arrow keys.</source>
        <translation>Nicht beantwortet. Tippe %1 bis %2 oder nutze die Pfeiltasten.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Answer: %1, %2</source>
        <translation>Antwort: %1, %2</translation>
    </message>
</context>
<context>
    <name>unfold::AppearancePage</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Light, dark or high-contrast windows, or as the desktop has them; changes as soon as it is applied.</source>
        <translation>Helle, dunkle oder kontrastreiche Fenster oder so wie auf deiner Arbeitsoberfläche; ändert sich, sobald du es übernimmst.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>White text on black, yellow selection and focus, every control edged</source>
        <translation>Weißer Text auf Schwarz, gelbe Auswahl und gelber Fokus, jedes Bedienelement umrandet</translation>
    </message>
    <message>
        <source>The language of Unfold&apos;s windows; the window changes to it when the change is applied.</source>
        <translation>Die Sprache der Fenster von Unfold; das Fenster wechselt zu ihr, sobald die Änderung übernommen wird.</translation>
    </message>
    <message>
        <source>The window changes to a new language when you apply it (what Undo could undo until then is left behind). Pictures that are exported or printed are always light.</source>
        <translation>Das Fenster wechselt zur neuen Sprache, sobald du sie übernimmst (was bis dahin rückgängig gemacht werden konnte, bleibt zurück). Exportierte oder gedruckte Bilder sind immer hell.</translation>
    </message>
</context>
<context>
    <name>unfold::ChartBuilder</name>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>No data in this range. %1</source>
        <translation>Keine Daten in diesem Zeitraum. %1</translation>
    </message>
    <message>
        <source>%1
%2 disclosures</source>
        <translation>%1
%2 Mitteilungen</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Session (number · date)</source>
        <translation>Sitzung (Nummer · Datum)</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Mitteilungen</translation>
    </message>
    <message>
        <source>No sessions in this range.</source>
        <translation>Keine Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Both people&apos;s disclosures per session, by layer; peripheral at the bottom.</source>
        <translation>Die Mitteilungen beider Personen je Sitzung, nach Schicht; die äußere Schicht unten.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>From the centre out: the deepest layer reached. Nothing logged yet.</source>
        <translation>Von der Mitte nach außen: die tiefste erreichte Schicht. Noch nichts eingetragen.</translation>
    </message>
    <message>
        <source>From the centre out: the deepest layer reached, 0 = not yet touched. As it stood after session %1 (%2).</source>
        <translation>Von der Mitte nach außen: die tiefste erreichte Schicht, 0 = noch nicht berührt. Stand nach Sitzung %1 (%2).</translation>
    </message>
</context>
<context>
    <name>unfold::ChartKinds</name>
    <message>
        <source>Trust and closeness over time</source>
        <translation>Vertrauen und Nähe im Zeitverlauf</translation>
    </message>
    <message>
        <source>Felt and logged reciprocity over time</source>
        <translation>Gefühlte und eingetragene Gegenseitigkeit im Zeitverlauf</translation>
    </message>
    <message>
        <source>Depth of sharing per person</source>
        <translation>Tiefe des Teilens je Person</translation>
    </message>
    <message>
        <source>Topics reached per person (cumulative)</source>
        <translation>Erreichte Themen je Person (kumuliert)</translation>
    </message>
    <message>
        <source>Layer mix per session</source>
        <translation>Verteilung der Schichten je Sitzung</translation>
    </message>
    <message>
        <source>Deepest layer per topic</source>
        <translation>Tiefste Schicht je Thema</translation>
    </message>
    <message>
        <source>Two accounts: how deep each went</source>
        <translation>Zwei Darstellungen: wie tief jede Person ging</translation>
    </message>
</context>
<context>
    <name>unfold::ChartSeriesSet</name>
    <message>
        <source>Score (0–100)</source>
        <translation>Wert (0–100)</translation>
    </message>
    <message>
        <source>%1: trust</source>
        <translation>%1: Vertrauen</translation>
    </message>
    <message>
        <source>%1: closeness</source>
        <translation>%1: Nähe</translation>
    </message>
    <message>
        <source>From the trust questionnaire and the session check-in.</source>
        <translation>Aus dem Vertrauens-Fragebogen und dem Check-in zur Sitzung.</translation>
    </message>
    <message>
        <source>Reciprocity (0–100)</source>
        <translation>Gegenseitigkeit (0–100)</translation>
    </message>
    <message>
        <source>Logged reciprocity index</source>
        <translation>Gegenseitigkeitsindex (eingetragen)</translation>
    </message>
    <message>
        <source>%1: felt balance</source>
        <translation>%1: gefühlte Ausgewogenheit</translation>
    </message>
    <message>
        <source>Logged from the disclosures; felt from the session check-in.</source>
        <translation>Eingetragen: aus den Mitteilungen; gefühlt: aus dem Check-in zur Sitzung.</translation>
    </message>
    <message>
        <source>Mean depth (1 = %1, %2 = %3)</source>
        <translation>Mittlere Tiefe (1 = %1, %2 = %3)</translation>
    </message>
    <message>
        <source>Topics reached</source>
        <translation>Erreichte Themen</translation>
    </message>
    <message>
        <source>%1: depth gap</source>
        <translation>%1: Tiefenunterschied</translation>
    </message>
    <message numerus="yes">
        <source>%1, mean of %n session(s)</source>
        <translation>
            <numerusform>%1, Mittel aus %n Sitzung</numerusform>
            <numerusform>%1, Mittel aus %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Depth gap (layers)</source>
        <translation>Tiefenabstand (Schichten)</translation>
    </message>
    <message>
        <source>Depth in the partner&apos;s account minus in mine, per matched session.</source>
        <translation>Tiefe in der Darstellung der anderen Person minus in meiner, je zugeordneter Sitzung.</translation>
    </message>
    <message>
        <source>Relationship › Import Partner&apos;s Account brings it in.</source>
        <translation>Beziehung › Darstellung der anderen Person importieren holt sie herein.</translation>
    </message>
</context>
<context>
    <name>unfold::ChartSubject</name>
    <message>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Sitzung %1 · %2</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 &amp; %2</translation>
    </message>
</context>
<context>
    <name>unfold::ChartTable</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Across sessions 1 to %1 (descriptive) — %2</source>
        <translation>Über die Sitzungen 1 bis %1 (beschreibend) — %2</translation>
    </message>
</context>
<context>
    <name>unfold::ChartText</name>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
</context>
<context>
    <name>unfold::ChartsView</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Range from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>Range to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Die Zahlen des Diagramms als Tabelle zeigen</translation>
    </message>
    <message>
        <source>&amp;Mark Event…</source>
        <translation>Ereignis &amp;markieren…</translation>
    </message>
    <message>
        <source>Mark an event on the timeline</source>
        <translation>Ein Ereignis auf der Zeitachse markieren</translation>
    </message>
    <message>
        <source>Remove E&amp;vent…</source>
        <translation>Ereignis &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove a marked event</source>
        <translation>Ein markiertes Ereignis entfernen</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Diagrammdaten</translation>
    </message>
    <message>
        <source>Mark Event</source>
        <translation>Ereignis markieren</translation>
    </message>
    <message>
        <source>What happened (for example &quot;moved in&quot;, &quot;argument&quot;, &quot;started therapy&quot;)?</source>
        <translation>Was ist passiert (zum Beispiel „zusammengezogen“, „Streit“, „Therapie begonnen“)?</translation>
    </message>
    <message>
        <source>On which day?</source>
        <translation>An welchem Tag?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; try %2.</source>
        <translation>„%1“ ist kein Datum; versuch es zum Beispiel mit %2.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>Ereignis entfernen</translation>
    </message>
    <message>
        <source>Which event?</source>
        <translation>Welches Ereignis?</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>Alle Diagramme exportieren</translation>
    </message>
    <message>
        <source>Choose a relationship first.</source>
        <translation>Wähle zuerst eine Beziehung.</translation>
    </message>
    <message>
        <source>Export All Charts Into</source>
        <translation>Alle Diagramme exportieren nach</translation>
    </message>
    <message>
        <source>Exporting charts…</source>
        <translation>Diagramme werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Which measure the chart shows over the sessions.</source>
        <translation>Welches Maß das Diagramm über die Sitzungen hinweg zeigt.</translation>
    </message>
    <message>
        <source>Which stretch of time the chart covers; Custom lets you give the days.</source>
        <translation>Welchen Zeitraum das Diagramm umfasst; mit „Eigener Zeitraum“ legst du die Tage selbst fest.</translation>
    </message>
    <message>
        <source>The first day the chart covers.</source>
        <translation>Der erste Tag, den das Diagramm umfasst.</translation>
    </message>
    <message>
        <source>The last day the chart covers.</source>
        <translation>Der letzte Tag, den das Diagramm umfasst.</translation>
    </message>
    <message>
        <source>A table of the same numbers, one row per point; Enter on a row opens its session.</source>
        <translation>Eine Tabelle mit denselben Zahlen, eine Zeile pro Punkt; Enter auf einer Zeile öffnet die zugehörige Sitzung.</translation>
    </message>
    <message>
        <source>Asks what happened and when, and shows it as a line on the charts.</source>
        <translation>Fragt, was wann passiert ist, und zeigt es als Linie in den Diagrammen.</translation>
    </message>
    <message>
        <source>Asks which marked event to take off the charts.</source>
        <translation>Fragt, welches markierte Ereignis aus den Diagrammen entfernt werden soll.</translation>
    </message>
    <message>
        <source>Reading the charts</source>
        <translation>Die Diagramme lesen</translation>
    </message>
    <message>
        <source>Show as t&amp;able</source>
        <translation>Als Tabe&amp;lle zeigen</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>Dia&amp;gramm:</translation>
    </message>
    <message>
        <source>Ran&amp;ge:</source>
        <translation>Zeitr&amp;aum:</translation>
    </message>
    <message>
        <source>Remove the event &quot;%1&quot; of %2 from the timeline?
Edit › Undo brings it back.</source>
        <translation>Das Ereignis „%1“ vom %2 von der Zeitleiste entfernen?
Bearbeiten › Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Summary across sessions</source>
        <translation>Zusammenfassung über die Sitzungen</translation>
    </message>
    <message>
        <source>Summary across sessions 1 to %1 (descriptive)</source>
        <translation>Zusammenfassung über die Sitzungen 1 bis %1 (beschreibend)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>Mean of %n session(s)</source>
        <translation>
            <numerusform>Mittel aus %n Sitzung</numerusform>
            <numerusform>Mittel aus %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling mean</source>
        <translation>Gleitender Mittelwert</translation>
    </message>
    <message>
        <source>Draws each line as the mean of the last few sessions, over the session-by-session points.</source>
        <translation>Zeichnet jede Linie als Mittelwert der letzten Sitzungen, über den Punkten der einzelnen Sitzungen.</translation>
    </message>
    <message>
        <source>Smoothi&amp;ng:</source>
        <translation>Glättu&amp;ng:</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>unfold::ClientHistoryDialog</name>
    <message>
        <source>Client History: %1</source>
        <translation>Verlauf der Klient·innen: %1</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Sitzungen von %1</translation>
    </message>
    <message>
        <source>One row per session; choose one to export its report.</source>
        <translation>Eine Zeile pro Sitzung; wähle eine aus, um ihren Bericht zu exportieren.</translation>
    </message>
    <message>
        <source>&amp;Show therapist notes</source>
        <translation>&amp;Therapienotizen zeigen</translation>
    </message>
    <message>
        <source>Show therapist notes</source>
        <translation>Therapienotizen zeigen</translation>
    </message>
    <message>
        <source>Shows the private notes in the table.</source>
        <translation>Zeigt die privaten Notizen in der Tabelle.</translation>
    </message>
    <message>
        <source>&amp;Include notes in the report</source>
        <translation>Notizen in den Bericht &amp;aufnehmen</translation>
    </message>
    <message>
        <source>Include therapist notes in the report</source>
        <translation>Therapienotizen in den Bericht aufnehmen</translation>
    </message>
    <message>
        <source>Off, the report leaves the private notes out.</source>
        <translation>Ohne Haken lässt der Bericht die privaten Notizen weg.</translation>
    </message>
    <message>
        <source>Close the client history</source>
        <translation>Verlauf der Klient·innen schließen</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Schließt dieses Fenster.</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the report of the selected session</source>
        <translation>Den Bericht der gewählten Sitzung exportieren</translation>
    </message>
    <message>
        <source>Asks where to save the chosen session&apos;s report as PDF.</source>
        <translation>Fragt, wo der Bericht der gewählten Sitzung als PDF gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Therapienotizen</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>The session&apos;s number, oldest first</source>
        <translation>Die Nummer der Sitzung, die älteste zuerst</translation>
    </message>
    <message>
        <source>When the session began</source>
        <translation>Wann die Sitzung begann</translation>
    </message>
    <message>
        <source>The guided-session protocol used that day</source>
        <translation>Der Leitfaden der begleiteten Sitzung an diesem Tag</translation>
    </message>
    <message>
        <source>Disclosures
%1 · %2</source>
        <translation>Mitteilungen
%1 · %2</translation>
    </message>
    <message>
        <source>How many disclosures each logged</source>
        <translation>Wie viele Mitteilungen jede Person eingetragen hat</translation>
    </message>
    <message>
        <source>Logged
reciprocity</source>
        <translation>Eingetragene
Gegenseitigkeit</translation>
    </message>
    <message>
        <source>How evenly both shared in what was logged, 0–100 (100: as much, as deep and as broad)</source>
        <translation>Wie ausgeglichen beide laut Eintrag geteilt haben, 0–100 (100: gleich viel, gleich tief und gleich breit)</translation>
    </message>
    <message>
        <source>Felt balance
%1</source>
        <translation>Gefühlte
Ausgewogenheit %1</translation>
    </message>
    <message>
        <source>How balanced %1 felt the sharing was, 0–100</source>
        <translation>Wie ausgewogen %1 das Teilen empfand, 0–100</translation>
    </message>
    <message>
        <source>Your private notes of the session</source>
        <translation>Deine privaten Notizen zur Sitzung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged reciprocity and felt balance run from 0 to 100, where 100 is even; – where there is nothing to measure (nothing logged, or no check-in answered). Hover over a column&apos;s heading for what it shows.</source>
        <translation>Eingetragene Gegenseitigkeit und gefühlte Ausgewogenheit reichen von 0 bis 100; 100 heißt ausgeglichen; – wo es nichts zu messen gibt (nichts eingetragen oder kein Check-in beantwortet). Zeige auf eine Spaltenüberschrift, um zu sehen, was sie zeigt.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>unfold::Csv</name>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (setze das ganze Feld in Anführungszeichen und verdopple das Zeichen)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>a row has more than %1 fields</source>
        <translation>eine Zeile hat mehr als %1 Felder</translation>
    </message>
    <message>
        <source>the file has more than %1 rows</source>
        <translation>die Datei hat mehr als %1 Zeilen</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation>ein Feld ist länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>unfold::DataExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>unfold::DataFileChecker</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is not valid JSON at character %1: %2</source>
        <translation>ist kein gültiges JSON (bei Zeichen %1): %2</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>muss genau ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>muss aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>is not a language code such as &quot;en&quot; or &quot;de&quot;</source>
        <translation>ist kein Sprachcode wie &quot;en&quot; oder &quot;de&quot;</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be text or an object of translations</source>
        <translation>muss Text oder ein Objekt mit Übersetzungen sein</translation>
    </message>
    <message>
        <source>needs an English (&quot;en&quot;) text</source>
        <translation>braucht einen englischen Text (&quot;en&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number from 1 on</source>
        <translation>muss eine ganze Zahl ab 1 sein</translation>
    </message>
</context>
<context>
    <name>unfold::DefaultNamesBar</name>
    <message>
        <source>Default names</source>
        <translation>Standardnamen</translation>
    </message>
    <message>
        <source>This journal&apos;s default topics and layers are named in another language. Name them in %1? Names you chose yourself stay as they are.</source>
        <translation>Die Standardthemen und -schichten dieses Tagebuchs haben Namen in einer anderen Sprache. Sollen sie Namen auf %1 bekommen? Namen, die du selbst gewählt hast, bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Name Them in %1</source>
        <translation>Auf %1 benennen</translation>
    </message>
    <message>
        <source>Renames the untouched default topics and layers; Edit › Undo brings the old names back.</source>
        <translation>Benennt die unveränderten Standardthemen und -schichten um; Bearbeiten › Rückgängig holt die alten Namen zurück.</translation>
    </message>
    <message>
        <source>Keep as They Are</source>
        <translation>So lassen</translation>
    </message>
    <message>
        <source>Leaves the names and does not ask again for this journal.</source>
        <translation>Lässt die Namen, wie sie sind, und fragt für dieses Tagebuch nicht mehr.</translation>
    </message>
</context>
<context>
    <name>unfold::DemoJournal</name>
    <message>
        <source>%1 already exists; give --force to replace it.</source>
        <translation>%1 existiert bereits; gib --force an, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>unfold::DemoPartner</name>
    <message>
        <source>%1 has no relationship to retell.</source>
        <translation>%1 enthält keine Beziehung, die sich nacherzählen lässt.</translation>
    </message>
</context>
<context>
    <name>unfold::DesktopRecentFiles</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of recent files (%2); it was left as it is.</source>
        <translation>%1 ist keine Liste zuletzt verwendeter Dateien (%2); sie wurde so gelassen, wie sie ist.</translation>
    </message>
    <message>
        <source>no xbel element</source>
        <translation>kein xbel-Element</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>unfold::DisclosureEntry</name>
    <message>
        <source>a 4 2 optional note  (who, topic number, layer)</source>
        <translation>a 4 2 optionale Notiz  (wer, Themennummer, Schicht)</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Schnelleingabe</translation>
    </message>
    <message>
        <source>Type a or b for who shared, the topic&apos;s number, the layer&apos;s number and an optional note, then press Enter.</source>
        <translation>Tippe a oder b für die Person, die etwas geteilt hat, dann die Nummer des Themas, die Nummer der Schicht und optional eine Notiz, und drück Enter.</translation>
    </message>
    <message>
        <source>Who shared</source>
        <translation>Wer hat geteilt</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Short private note (optional)</source>
        <translation>Kurze private Notiz (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <source>Log disclosure</source>
        <translation>Mitteilung eintragen</translation>
    </message>
    <message>
        <source>Adds the disclosure to this session (Enter)</source>
        <translation>Trägt die Mitteilung in diese Sitzung ein (Enter)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>S&amp;chicht:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>A · %1</source>
        <translation>A · %1</translation>
    </message>
    <message>
        <source>B · %1</source>
        <translation>B · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>Nicht eingetragen: %1</translation>
    </message>
    <message>
        <source>Which of the two people opened up.</source>
        <translation>Welche der beiden Personen sich geöffnet hat.</translation>
    </message>
    <message>
        <source>What the disclosure was about.</source>
        <translation>Worum es in der Mitteilung ging.</translation>
    </message>
    <message>
        <source>How deep it went, from the outer, peripheral layer to the core.</source>
        <translation>Wie tief sie ging, von der äußeren Schicht bis zum Kern.</translation>
    </message>
    <message>
        <source>A short private note about this disclosure.</source>
        <translation>Eine kurze private Notiz zu dieser Mitteilung.</translation>
    </message>
    <message>
        <source>Quic&amp;k entry:</source>
        <translation>Schne&amp;lleingabe:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>Them&amp;a:</translation>
    </message>
    <message>
        <source>Nothing logged: type an entry such as &quot;a 4 2&quot;, or choose in the boxes below and press Log.</source>
        <translation>Nichts eingetragen: Tippe einen Eintrag wie „a 4 2“ oder wähle in den Feldern darunter und drücke „Eintragen“.</translation>
    </message>
    <message>
        <source>%1&#xa0;%2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>Topics: %1. Layers: %2.</source>
        <translation>Themen: %1. Schichten: %2.</translation>
    </message>
</context>
<context>
    <name>unfold::DisclosureShorthand</name>
    <message>
        <source>Type who, topic number and layer, e.g. &quot;a 4 2&quot; or &quot;b42&quot;.</source>
        <translation>Gib ein, wer geteilt hat, die Nummer des Themas und die Schicht, z. B. „a 4 2“ oder „b42“.</translation>
    </message>
    <message>
        <source>There is no topic %1; topics are numbered 1 to %2.</source>
        <translation>Es gibt kein Thema %1; die Themen sind von 1 bis %2 nummeriert.</translation>
    </message>
    <message>
        <source>There is no layer %1; layers are numbered 1 to %2.</source>
        <translation>Es gibt keine Schicht %1; die Schichten sind von 1 bis %2 nummeriert.</translation>
    </message>
</context>
<context>
    <name>unfold::DisclosureTableModel</name>
    <message>
        <source>A · %1</source>
        <translation>A · %1</translation>
    </message>
    <message>
        <source>B · %1</source>
        <translation>B · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>unfold::EditHistory</name>
    <message>
        <source>No journal is open.</source>
        <translation>Es ist kein Tagebuch geöffnet.</translation>
    </message>
</context>
<context>
    <name>unfold::ExchangeFile</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Die Verschlüsselungsbibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB are needed).</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel abzuleiten (%1 MiB werden benötigt).</translation>
    </message>
    <message>
        <source>This is not an Unfold exchange file.</source>
        <translation>Dies ist keine Unfold-Austauschdatei.</translation>
    </message>
    <message>
        <source>The file is cut short: it was damaged after it was written.</source>
        <translation>Die Datei ist abgeschnitten: Sie wurde nach dem Schreiben beschädigt.</translation>
    </message>
    <message>
        <source>This exchange file was written by a newer version of Unfold. Update Unfold to import it.</source>
        <translation>Diese Austauschdatei wurde von einer neueren Version von Unfold geschrieben. Aktualisiere Unfold, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The file is far larger than any exchange file.</source>
        <translation>Die Datei ist weit größer als jede Austauschdatei.</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged: it was changed after it was written.</source>
        <translation>Der Dateikopf ist beschädigt: Er wurde nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file. Check it with your partner.</source>
        <translation>Die Passphrase öffnet diese Datei nicht. Gleiche sie mit der anderen Person ab.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was written: nothing in it can be trusted.</source>
        <translation>Die Datei wurde nach dem Schreiben verändert oder beschädigt: Nichts darin ist vertrauenswürdig.</translation>
    </message>
    <message>
        <source>The file&apos;s content cannot be read.</source>
        <translation>Der Inhalt der Datei kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>unfold::ExportPictureDialog</name>
    <message>
        <source>Export Picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in logical pixels</source>
        <translation>Breite in logischen Pixeln</translation>
    </message>
    <message>
        <source>Height in logical pixels</source>
        <translation>Höhe in logischen Pixeln</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Auflösung in Punkten pro Zoll</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Vector drawing; scales to any size.</source>
        <translation>Vektorgrafik; lässt sich beliebig skalieren.</translation>
    </message>
    <message>
        <source>One vector page of this size.</source>
        <translation>Eine Vektorseite in dieser Größe.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wähle eine Datei zum Speichern.</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Öffnet eine Dateiauswahl.</translation>
    </message>
    <message>
        <source>PNG is an image of pixels; SVG and PDF are drawings that scale.</source>
        <translation>PNG ist ein Bild aus Pixeln; SVG und PDF sind Zeichnungen, die sich beliebig skalieren lassen.</translation>
    </message>
    <message>
        <source>96 logical pixels make an inch.</source>
        <translation>96 logische Pixel ergeben einen Zoll.</translation>
    </message>
    <message>
        <source>Pixels of a PNG image per inch; 96 is the size on the screen.</source>
        <translation>Pixel eines PNG-Bilds pro Zoll; 96 entspricht der Größe auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Writes the picture to the file.</source>
        <translation>Schreibt das Bild in die Datei.</translation>
    </message>
    <message>
        <source>Closes without writing anything.</source>
        <translation>Schließt, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>The file to write; its ending follows the format, and an ending typed here chooses the format.</source>
        <translation>Die Datei, die geschrieben wird; ihre Endung richtet sich nach dem Format, und eine hier eingetippte Endung wählt das Format.</translation>
    </message>
</context>
<context>
    <name>unfold::FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>%1: browse</source>
        <translation>%1: durchsuchen</translation>
    </message>
    <message>
        <source>Opens a folder chooser.</source>
        <translation>Öffnet eine Ordnerauswahl.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1: default</source>
        <translation>%1: Standard</translation>
    </message>
    <message>
        <source>Puts back %1.</source>
        <translation>Setzt wieder %1 ein.</translation>
    </message>
</context>
<context>
    <name>unfold::FoldersPage</name>
    <message>
        <source>Journal folder</source>
        <translation>Tagebuchordner</translation>
    </message>
    <message>
        <source>Where the default journal is kept, and where New Journal starts.</source>
        <translation>Wo das Standard-Tagebuch liegt und wo „Neues Tagebuch“ beginnt.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Ordner für Sicherungskopien</translation>
    </message>
    <message>
        <source>Where copies of journals are kept while you edit, one subfolder per journal.</source>
        <translation>Wo Kopien der Tagebücher aufbewahrt werden, während du sie bearbeitest, ein Unterordner pro Tagebuch.</translation>
    </message>
    <message>
        <source>A journal that is open keeps backing up where it did; the new backup folder is used from the next journal you open. Existing backups are not moved.</source>
        <translation>Ein geöffnetes Tagebuch wird weiter dort gesichert, wo es bisher gesichert wurde; der neue Ordner für Sicherungskopien gilt ab dem nächsten Tagebuch, das du öffnest. Vorhandene Sicherungskopien werden nicht verschoben.</translation>
    </message>
    <message>
        <source>&amp;Journals:</source>
        <translation>&amp;Tagebücher:</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Sicherungskopien:</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Give the whole path of the folder, starting at %1.</source>
        <translation>Gib den vollständigen Pfad des Ordners an, beginnend mit %1.</translation>
    </message>
    <message>
        <source>%1 cannot be created or written to.</source>
        <translation>%1 kann nicht angelegt oder beschrieben werden.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>unfold::GuiMain</name>
    <message>
        <source>Open Journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Unfold needs a graphical display to show its window, and none was found.
Start it from your desktop, or without a screen with: xvfb-run -a unfold
Commands such as &apos;unfold demo&apos; and &apos;unfold check&apos; work without a display; see &apos;unfold --help&apos;.
</source>
        <translation>Unfold braucht eine grafische Anzeige für sein Fenster, hat aber keine gefunden.
Starte es von deiner Arbeitsoberfläche aus, oder ohne Bildschirm mit: xvfb-run -a unfold
Befehle wie &apos;unfold demo&apos; und &apos;unfold check&apos; funktionieren ohne Anzeige; siehe &apos;unfold --help&apos;.
</translation>
    </message>
    <message>
        <source>Demo Journal</source>
        <translation>Demo-Tagebuch</translation>
    </message>
</context>
<context>
    <name>unfold::GuidedRoundPage</name>
    <message>
        <source>Time left in this round</source>
        <translation>Verbleibende Zeit in dieser Runde</translation>
    </message>
    <message>
        <source>Log an answer</source>
        <translation>Antwort eintragen</translation>
    </message>
    <message>
        <source>How deep the speaker went (1 to the number of layers), or shorthand such as b42, then Enter.</source>
        <translation>Wie tief die sprechende Person gegangen ist (1 bis zur Anzahl der Schichten) oder eine Kurzform wie b42, dann Enter.</translation>
    </message>
    <message>
        <source>Answers logged in this round</source>
        <translation>In dieser Runde eingetragene Antworten</translation>
    </message>
    <message>
        <source>What was logged in this round, newest last.</source>
        <translation>Was in dieser Runde eingetragen wurde, das Neueste zuletzt.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the round</source>
        <translation>Runde pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stops or restarts the round&apos;s clock.</source>
        <translation>Hält die Uhr der Runde an oder lässt sie weiterlaufen.</translation>
    </message>
    <message>
        <source>Next prompt</source>
        <translation>Nächster Impuls</translation>
    </message>
    <message>
        <source>Shows the next question of this round.</source>
        <translation>Zeigt den nächsten Impuls dieser Runde.</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Nächste Runde</translation>
    </message>
    <message>
        <source>Ends this round and starts the next one.</source>
        <translation>Beendet diese Runde und beginnt die nächste.</translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation>Hier aufhören</translation>
    </message>
    <message>
        <source>Stop the rounds here and go on to the check-in</source>
        <translation>Die Runden hier beenden und zum Check-in weitergehen</translation>
    </message>
    <message>
        <source>What was logged so far is kept.</source>
        <translation>Was bisher eingetragen wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Depth 1 to %1 for the speaker now, or shorthand such as b42 and Enter</source>
        <translation>Tiefe 1 bis %1 für die Person, die gerade spricht, oder eine Kurzform wie b42, dann Enter</translation>
    </message>
    <message>
        <source>Round %1 of %2: %3</source>
        <translation>Runde %1 von %2: %3</translation>
    </message>
    <message>
        <source>Finish rounds</source>
        <translation>Runden beenden</translation>
    </message>
    <message>
        <source>Prompt %1 of %2 · %3 answers first, then %4</source>
        <translation>Impuls %1 von %2 · zuerst antwortet %3, dann %4</translation>
    </message>
    <message>
        <source>Now answering: %1</source>
        <translation>Jetzt antwortet: %1</translation>
    </message>
    <message>
        <source>Paused · %1 left</source>
        <translation>Pausiert · noch %1</translation>
    </message>
    <message>
        <source>Time is up: finish this answer, then go on</source>
        <translation>Die Zeit ist um: Lass diese Antwort noch zu Ende gehen, dann geht es weiter</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Not logged: depth must be from 1 to %1</source>
        <translation>Nicht eingetragen: Die Tiefe muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>Nicht eingetragen: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · depth %3</source>
        <translation>%1 · %2 · Tiefe %3</translation>
    </message>
    <message>
        <source>Both have answered every prompt of this round. Go on with Next round.</source>
        <translation>Beide haben auf jeden Impuls dieser Runde geantwortet. Weiter geht es mit „Nächste Runde“.</translation>
    </message>
    <message>
        <source>Both have answered every prompt. Finish the rounds when you are ready.</source>
        <translation>Beide haben auf jeden Impuls geantwortet. Beende die Runden, wenn ihr so weit seid.</translation>
    </message>
    <message>
        <source>Sharing in this round is uneven. It may help to pause, or to stop here.</source>
        <translation>In dieser Runde wird ungleich viel geteilt. Vielleicht hilft eine Pause – oder hier aufzuhören.</translation>
    </message>
</context>
<context>
    <name>unfold::GuidedSessionSummary</name>
    <message>
        <source>The onion before this session</source>
        <translation>Die Zwiebel vor dieser Sitzung</translation>
    </message>
    <message>
        <source>The onion after this session</source>
        <translation>Die Zwiebel nach dieser Sitzung</translation>
    </message>
    <message>
        <source>Scores of both partners side by side</source>
        <translation>Die Werte beider Personen nebeneinander</translation>
    </message>
    <message>
        <source>The check-in scores of this session, one row per measure.</source>
        <translation>Die Check-in-Werte dieser Sitzung, eine Zeile pro Maß.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After (new is outlined)</source>
        <translation>Nachher (Neues ist umrandet)</translation>
    </message>
    <message>
        <source>Logged reciprocity: %1 this session, %2 the session before (0–100; %3 answers by %4, %5 by %6).
Felt balance of sharing (check-in, 0–100): %7 %8, %9 %10.</source>
        <translation>Eingetragene Gegenseitigkeit: %1 in dieser Sitzung, %2 in der Sitzung davor (0–100; %3 Antworten von %4, %5 von %6).
Gefühlte Ausgewogenheit des Teilens (Check-in, 0–100): %7 %8, %9 %10.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>%1 since first</source>
        <translation>%1 seit Beginn</translation>
    </message>
    <message>
        <source>%1 since previous</source>
        <translation>%1 seit der vorigen Sitzung</translation>
    </message>
    <message>
        <source>%1 ⚑ apart</source>
        <translation>⚑ %1 Punkte Abstand</translation>
    </message>
    <message>
        <source>Logged reciprocity: shown when the rounds end.</source>
        <translation>Eingetragene Gegenseitigkeit: erscheint, wenn die Runden enden.</translation>
    </message>
    <message>
        <source>Reciprocity of this session: how evenly the two opened up, in words.</source>
        <translation>Gegenseitigkeit dieser Sitzung: wie ausgeglichen sich die beiden geöffnet haben, in Worten.</translation>
    </message>
</context>
<context>
    <name>unfold::GuidedSessionWizard</name>
    <message>
        <source>Guided Session</source>
        <translation>Angeleitete Sitzung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>The plan of rounds and prompts the session follows.</source>
        <translation>Der Ablauf aus Runden und Impulsen, dem die Sitzung folgt.</translation>
    </message>
    <message>
        <source>Protocol problems</source>
        <translation>Probleme mit Leitfäden</translation>
    </message>
    <message>
        <source>What is wrong with a protocol that cannot be used, if anything.</source>
        <translation>Was an einem Leitfaden nicht stimmt, der nicht verwendet werden kann – falls es so einen gibt.</translation>
    </message>
    <message>
        <source>&amp;Import Protocol…</source>
        <translation>Leitfaden &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a protocol file</source>
        <translation>Eine Leitfaden-Datei importieren</translation>
    </message>
    <message>
        <source>Adds a protocol from a JSON file in Unfold&apos;s protocol format.</source>
        <translation>Fügt einen Leitfaden aus einer JSON-Datei im Leitfadenformat von Unfold hinzu.</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>Begin the guided session</source>
        <translation>Die angeleitete Sitzung beginnen</translation>
    </message>
    <message>
        <source>Starts a new session with the chosen protocol&apos;s first round.</source>
        <translation>Beginnt eine neue Sitzung mit der ersten Runde des gewählten Leitfadens.</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Leitfaden:</translation>
    </message>
    <message>
        <source>A guided session with %1 and %2.</source>
        <translation>Eine angeleitete Sitzung mit %1 und %2.</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Therapienotizen</translation>
    </message>
    <message>
        <source>Private notes on the session; reports leave them out unless asked.</source>
        <translation>Private Notizen zur Sitzung; Berichte lassen sie weg, außer du möchtest sie aufnehmen.</translation>
    </message>
    <message>
        <source>&amp;Therapist notes. They stay private: no report or export shows them unless you tick &quot;include notes&quot; for it.</source>
        <translation>&amp;Therapienotizen. Sie bleiben privat: Kein Bericht und kein Export zeigt sie, außer du setzt dort den Haken bei „Notizen aufnehmen“.</translation>
    </message>
    <message>
        <source>Show &amp;summary</source>
        <translation>&amp;Zusammenfassung zeigen</translation>
    </message>
    <message>
        <source>Save the notes and show the summary</source>
        <translation>Die Notizen speichern und die Zusammenfassung zeigen</translation>
    </message>
    <message>
        <source>Keeps the notes with the session and shows what changed.</source>
        <translation>Speichert die Notizen bei der Sitzung und zeigt, was sich verändert hat.</translation>
    </message>
    <message>
        <source>&amp;Include therapist notes in the report</source>
        <translation>Therapienotizen in den Bericht &amp;aufnehmen</translation>
    </message>
    <message>
        <source>Include therapist notes in the report</source>
        <translation>Therapienotizen in den Bericht aufnehmen</translation>
    </message>
    <message>
        <source>Off, the report leaves the private notes out.</source>
        <translation>Ohne Haken lässt der Bericht die privaten Notizen weg.</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the report as a PDF file</source>
        <translation>Den Bericht als PDF-Datei exportieren</translation>
    </message>
    <message>
        <source>Asks where to save the session report as PDF.</source>
        <translation>Fragt, wo der Sitzungsbericht als PDF gespeichert werden soll.</translation>
    </message>
    <message>
        <source>P&amp;rint Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Den Bericht drucken</translation>
    </message>
    <message>
        <source>Opens the print dialog for the session report.</source>
        <translation>Öffnet den Druckdialog für den Sitzungsbericht.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the guided session</source>
        <translation>Die angeleitete Sitzung schließen</translation>
    </message>
    <message>
        <source>Everything logged is already saved in the journal.</source>
        <translation>Alles Eingetragene ist schon im Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>Not offered, because of problems:
%1</source>
        <translation>Nicht angeboten, weil es Probleme gibt:
%1</translation>
    </message>
    <message>
        <source>The protocol was not imported:
%1</source>
        <translation>Der Leitfaden wurde nicht importiert:
%1</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source>Import Protocol</source>
        <translation>Leitfaden importieren</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>Leitfaden-Dateien (*.json)</translation>
    </message>
    <message>
        <source>No protocol could be read.</source>
        <translation>Es konnte kein Leitfaden gelesen werden.</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Angeleitete Sitzung</translation>
    </message>
    <message>
        <source>The session could not be started: %1</source>
        <translation>Die Sitzung konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Guided session: %1</source>
        <translation>Angeleitete Sitzung: %1</translation>
    </message>
    <message>
        <source>The protocol could not be marked on the timeline: %1</source>
        <translation>Der Leitfaden konnte nicht auf der Zeitachse markiert werden: %1</translation>
    </message>
    <message>
        <source>Stopped after round %1. Nothing more has to be said today.</source>
        <translation>Nach Runde %1 beendet. Heute muss nichts mehr gesagt werden.</translation>
    </message>
    <message>
        <source>The check-in &quot;%1&quot; is not installed; skipped.</source>
        <translation>Der Check-in „%1“ ist nicht installiert und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The check-in answers could not be saved: %1</source>
        <translation>Die Check-in-Antworten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The notes could not be saved: %1</source>
        <translation>Die Notizen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Der Bericht konnte nicht gedruckt werden.</translation>
    </message>
</context>
<context>
    <name>unfold::HandOverFlow</name>
    <message>
        <source>no score</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Start answering</source>
        <translation>Mit dem Antworten beginnen</translation>
    </message>
    <message>
        <source>Shows the questionnaire to the person named; the other&apos;s answers stay hidden.</source>
        <translation>Zeigt der genannten Person den Fragebogen; die Antworten der anderen Person bleiben verborgen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the hand-over</source>
        <translation>Übergabe abbrechen</translation>
    </message>
    <message>
        <source>Stops without saving any answers.</source>
        <translation>Bricht ab, ohne Antworten zu speichern.</translation>
    </message>
    <message>
        <source>Both answers side by side</source>
        <translation>Beide Antworten nebeneinander</translation>
    </message>
    <message>
        <source>One row per question: what each of you answered.</source>
        <translation>Eine Zeile pro Frage: was ihr beide jeweils geantwortet habt.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>F&amp;ertig</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Vergleich schließen</translation>
    </message>
    <message>
        <source>Goes back to the questionnaires; both sets of answers are saved.</source>
        <translation>Zurück zu den Fragebögen; die Antworten von euch beiden sind gespeichert.</translation>
    </message>
    <message>
        <source>Please hand the device to %1.
%2, please look away until %1 has finished; you will answer next, and neither of you sees the other&apos;s answers until both are done.</source>
        <translation>Bitte gib das Gerät an %1.
%2, bitte schau weg, bis %1 fertig ist; danach bist du dran, und niemand von euch sieht die Antworten der anderen Person, bevor ihr beide fertig seid.</translation>
    </message>
    <message>
        <source>Thank you, %1. Your answers are hidden.
Please hand the device to %2.</source>
        <translation>Danke, %1. Deine Antworten sind verborgen.
Bitte gib das Gerät an %2.</translation>
    </message>
    <message>
        <source>I am %1: start</source>
        <translation>Ich bin %1 – los geht’s</translation>
    </message>
    <message>
        <source>Start answering as %1</source>
        <translation>Als %1 mit dem Antworten beginnen</translation>
    </message>
    <message>
        <source>%1 and %2 side by side. Rows marked ◆ differ by %3 points or more.</source>
        <translation>%1 und %2 nebeneinander. Mit ◆ markierte Zeilen unterscheiden sich um %3 Punkte oder mehr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Score: %1 (0–100)</source>
        <translation>Wert: %1 (0–100)</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message numerus="yes">
        <source>◆ %n apart</source>
        <translation>
            <numerusform>◆ %n Punkt Abstand</numerusform>
            <numerusform>◆ %n Punkte Abstand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n apart</source>
        <translation>
            <numerusform>%n Punkt Abstand</numerusform>
            <numerusform>%n Punkte Abstand</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
</context>
<context>
    <name>unfold::HelpButton</name>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>User guide: %1 (F1)</source>
        <translation>Handbuch: %1 (F1)</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <source>Opens the user guide at its section “%1”.</source>
        <translation>Öffnet das Handbuch beim Abschnitt „%1“.</translation>
    </message>
</context>
<context>
    <name>unfold::Insights</name>
    <message>
        <source>Sharing has been one-sided lately</source>
        <translation>Das Teilen war zuletzt einseitig</translation>
    </message>
    <message>
        <source>Core-layer sharing came very early</source>
        <translation>Schon sehr früh wurde aus dem Kern geteilt</translation>
    </message>
    <message>
        <source>Fewer topics in recent sessions</source>
        <translation>Weniger Themen in den letzten Sitzungen</translation>
    </message>
    <message>
        <source>Reciprocity index, recent mean</source>
        <translation>Gegenseitigkeitsindex, Mittel der letzten Sitzungen</translation>
    </message>
    <message>
        <source>Over the last %1 sessions, %2 did most of the sharing: %3 % of it, counting how deep each disclosure went. It may be a cue to slow down and leave room for the other person.</source>
        <translation>In den letzten %1 Sitzungen hat %2 den Großteil geteilt: %3 % davon, gewichtet nach der Tiefe jeder Mitteilung. Das kann ein Anlass sein, langsamer zu werden und der anderen Person Raum zu lassen.</translation>
    </message>
    <message>
        <source>%1 shared nothing</source>
        <translation>%1 teilte nichts</translation>
    </message>
    <message>
        <source>%1 shared %2 at mean depth %3</source>
        <translation>%1 teilte %2, mittlere Tiefe %3</translation>
    </message>
    <message>
        <source>Session %1 (%2)</source>
        <translation>Sitzung %1 (%2)</translation>
    </message>
    <message>
        <source>%1; %2; %3 % of it by %4</source>
        <translation>%1; %2; %3 % davon durch %4</translation>
    </message>
    <message>
        <source>Share of the sharing by %1, together</source>
        <translation>Anteil von %1 am Teilen, insgesamt</translation>
    </message>
    <message>
        <source>Disclosures at the core layer were logged in session %1, within the first %2 days of this relationship. Closeness usually grows layer by layer; going gently may help both of you.</source>
        <translation>In Sitzung %1 wurden Mitteilungen der Kernschicht erfasst, in den ersten %2 Tagen dieser Beziehung. Nähe wächst meist Schicht für Schicht; behutsam vorzugehen kann euch beiden helfen.</translation>
    </message>
    <message>
        <source>Relationship began</source>
        <translation>Beziehung begann</translation>
    </message>
    <message>
        <source>core-layer disclosures: %1; days since the start: %2</source>
        <translation>Mitteilungen der Kernschicht: %1; Tage seit Beginn: %2</translation>
    </message>
    <message>
        <source>Sessions %1 to %2</source>
        <translation>Sitzungen %1 bis %2</translation>
    </message>
    <message>
        <source>The last %1 sessions touched %2 topics between them, the %1 before them %3. When sharing narrows it can mean the relationship is pulling back a little; it can also just be a busy time.</source>
        <translation>Die letzten %1 Sitzungen berührten zusammen %2 Themen, die %1 davor %3. Wenn das Teilen schmaler wird, kann das heißen, dass sich die Beziehung etwas zurückzieht; es kann auch einfach eine volle Zeit sein.</translation>
    </message>
    <message>
        <source>topics: %1</source>
        <translation>Themen: %1</translation>
    </message>
    <message>
        <source>%1 (0–100) from session %2 to session %3, %4 days apart; a fall of %5 points, where up to %6 is noise</source>
        <translation>%1 (0–100) von Sitzung %2 bis Sitzung %3, %4 Tage auseinander; ein Rückgang um %5 Punkte, wo bis zu %6 Rauschen ist</translation>
    </message>
    <message>
        <source>%1 feels less met, while sharing stays balanced</source>
        <translation>%1 fühlt sich weniger gesehen, während das Teilen ausgewogen bleibt</translation>
    </message>
    <message>
        <source>%1&apos;s answers about %2 have fallen by more than their usual ups and downs, while the logged sharing still looks balanced. It may be worth asking how sharing feels, not only how much there is.</source>
        <translation>Die Antworten von %1 zu %2 sind stärker gesunken als ihr übliches Auf und Ab, während das erfasste Teilen noch ausgewogen wirkt. Es kann sich lohnen zu fragen, wie sich das Teilen anfühlt, nicht nur, wie viel es ist.</translation>
    </message>
    <message>
        <source>%1&apos;s answers have fallen</source>
        <translation>Die Antworten von %1 sind gesunken</translation>
    </message>
    <message>
        <source>%1&apos;s answers about %2 have fallen by more than their usual ups and downs. It may be worth asking gently how your conversations have felt lately.</source>
        <translation>Die Antworten von %1 zu %2 sind stärker gesunken als ihr übliches Auf und Ab. Es kann sich lohnen, behutsam zu fragen, wie sich eure Gespräche zuletzt angefühlt haben.</translation>
    </message>
</context>
<context>
    <name>unfold::InsightsPanel</name>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Observations from your log, not judgements. Each shows what it rests on.</source>
        <translation>Beobachtungen aus deinen Einträgen, keine Urteile. Jede zeigt, worauf sie beruht.</translation>
    </message>
    <message>
        <source>&lt;small&gt;Based on:&lt;br/&gt;%1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Beruht auf:&lt;br/&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Open Latest Session</source>
        <translation>Neueste Sitzung öffnen</translation>
    </message>
    <message>
        <source>Open the latest session of: %1</source>
        <translation>Neueste Sitzung öffnen zu: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Ausblenden: %1</translation>
    </message>
    <message>
        <source>Nothing to point out for now.</source>
        <translation>Im Moment gibt es nichts Besonderes zu bemerken.</translation>
    </message>
    <message>
        <source>Observations from your log, each with what it rests on.</source>
        <translation>Beobachtungen aus deinen Einträgen, jede mit dem, worauf sie beruht.</translation>
    </message>
    <message>
        <source>Opens the most recent session this observation rests on.</source>
        <translation>Öffnet die neueste Sitzung, auf der diese Beobachtung beruht.</translation>
    </message>
    <message>
        <source>Hides this observation for this journal.</source>
        <translation>Blendet diese Beobachtung für dieses Tagebuch aus.</translation>
    </message>
    <message>
        <source>Up to session %1 of %2, the last one the chart shows.</source>
        <translation>Bis Sitzung %1 von %2, der letzten, die das Diagramm zeigt.</translation>
    </message>
</context>
<context>
    <name>unfold::InstrumentLibrary</name>
    <message>
        <source>&quot;%1&quot; is the id of an instrument that comes with Unfold; give yours its own id</source>
        <translation>„%1“ ist die ID eines Fragebogens, der mit Unfold geliefert wird; gib deinem Fragebogen eine eigene ID</translation>
    </message>
    <message>
        <source>is neither a file nor the id of a known instrument (known: %1)</source>
        <translation>ist weder eine Datei noch die ID eines bekannten Fragebogens (bekannt: %1)</translation>
    </message>
</context>
<context>
    <name>unfold::InstrumentValidator</name>
    <message>
        <source>is too large to be an instrument</source>
        <translation>ist zu groß für einen Fragebogen</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>is not a field of an instrument</source>
        <translation>ist kein Feld eines Fragebogens</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be greater than scale.min</source>
        <translation>muss größer als scale.min sein</translation>
    </message>
    <message>
        <source>gives more than %1 points</source>
        <translation>umfasst mehr als %1 Punkte</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>labels the value %1 a second time</source>
        <translation>beschriftet den Wert %1 ein zweites Mal</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier subscale</source>
        <translation>&quot;%1&quot; wird schon von einer früheren Subskala verwendet</translation>
    </message>
    <message>
        <source>must be &quot;mean&quot; or &quot;sum&quot;</source>
        <translation>muss &quot;mean&quot; oder &quot;sum&quot; sein</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>muss eine Zahl größer als 0 sein</translation>
    </message>
    <message>
        <source>must be a number between 0 and 1</source>
        <translation>muss eine Zahl zwischen 0 und 1 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the answers file</source>
        <translation>&quot;%1&quot; ist für die Antwortdatei reserviert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier item</source>
        <translation>&quot;%1&quot; wird schon von einer früheren Frage verwendet</translation>
    </message>
    <message>
        <source>names no subscale of this instrument (&quot;%1&quot;)</source>
        <translation>nennt keine Subskala dieses Fragebogens (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be &quot;rating&quot; or &quot;circles&quot;</source>
        <translation>muss &quot;rating&quot; oder &quot;circles&quot; sein</translation>
    </message>
    <message>
        <source>has no items</source>
        <translation>hat keine Fragen</translation>
    </message>
    <message>
        <source>mixes items answered on different ranges</source>
        <translation>mischt Fragen mit unterschiedlichen Antwortbereichen</translation>
    </message>
</context>
<context>
    <name>unfold::Journal</name>
    <message>
        <source>%1 is in use by %2. You can open it read-only.</source>
        <translation>%1 wird gerade von %2 verwendet. Du kannst die Datei schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 &amp; %2</translation>
    </message>
    <message>
        <source>The journal is open read-only.</source>
        <translation>Das Tagebuch ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for editing: its lock file %2 cannot be written.</source>
        <translation>%1 kann nicht zum Bearbeiten geöffnet werden: Die Sperrdatei %2 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>unfold::JournalBackups</name>
    <message>
        <source>the journal could not be read</source>
        <translation>das Tagebuch konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>unfold::JournalEncryption</name>
    <message>
        <source>%1 was left as it was: %2</source>
        <translation>%1 wurde nicht verändert: %2</translation>
    </message>
    <message>
        <source>the passphrase does not open it</source>
        <translation>die Passphrase öffnet die Datei nicht</translation>
    </message>
    <message>
        <source>the new file could not be read back</source>
        <translation>die neue Datei konnte nicht wieder eingelesen werden</translation>
    </message>
    <message>
        <source>the new file did not pass the integrity check</source>
        <translation>die neue Datei hat die Integritätsprüfung nicht bestanden</translation>
    </message>
</context>
<context>
    <name>unfold::JournalKey</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Die Verschlüsselungsbibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>This journal&apos;s key is derived in a way this version of Unfold does not know.</source>
        <translation>Der Schlüssel dieses Tagebuchs wird auf eine Weise abgeleitet, die diese Version von Unfold nicht kennt.</translation>
    </message>
    <message>
        <source>Not enough protected memory to hold the key.</source>
        <translation>Es gibt nicht genug geschützten Speicher für den Schlüssel.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB are needed).</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel abzuleiten (%1 MiB werden benötigt).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted in a way this version of Unfold does not know. Update Unfold to open it.</source>
        <translation>%1 ist auf eine Weise verschlüsselt, die diese Version von Unfold nicht kennt. Aktualisiere Unfold, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Unfold journal.</source>
        <translation>%1 ist kein verschlüsseltes Unfold-Tagebuch.</translation>
    </message>
</context>
<context>
    <name>unfold::JournalLock</name>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (Prozess %2 auf %3)</translation>
    </message>
</context>
<context>
    <name>unfold::JournalOpening</name>
    <message>
        <source>Nothing was changed on disk.</source>
        <translation>Auf dem Datenträger wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Journal Upgraded</source>
        <translation>Tagebuch umgestellt</translation>
    </message>
    <message>
        <source>This journal was upgraded to the current format. A copy of the old file was kept at %1.</source>
        <translation>Dieses Tagebuch wurde auf das aktuelle Format umgestellt. Eine Kopie der alten Datei liegt unter %1.</translation>
    </message>
    <message>
        <source>Journal in Use</source>
        <translation>Tagebuch wird verwendet</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Cannot Open Journal</source>
        <translation>Tagebuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Create Journal</source>
        <translation>Tagebuch kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>Diese Passphrase öffnet das Tagebuch nicht. Prüfe die Feststelltaste und die Tastaturbelegung und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Unlocking %1…</source>
        <translation>Entsperre %1…</translation>
    </message>
</context>
<context>
    <name>unfold::JournalSchema</name>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation>seine Tabellenliste kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>an added %1 “%2”</source>
        <translation>hinzugefügt: %1 „%2“</translation>
    </message>
    <message>
        <source>an added %1 “%2” on %3</source>
        <translation>hinzugefügt: %1 „%2“ auf %3</translation>
    </message>
    <message>
        <source>a changed %1 “%2”</source>
        <translation>geändert: %1 „%2“</translation>
    </message>
    <message>
        <source>a missing %1 “%2”</source>
        <translation>fehlt: %1 „%2“</translation>
    </message>
    <message>
        <source>the record %1 in %2 cannot be read</source>
        <translation>der Eintrag %1 in %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the records in %1 cannot be read</source>
        <translation>die Einträge in %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Questionnaires answered more than once by the same person for the same session now keep only the latest answers; earlier answer sets removed: %1.</source>
        <translation>Fragebögen, die dieselbe Person für dieselbe Sitzung mehrmals beantwortet hat, behalten jetzt nur die letzten Antworten; entfernte frühere Antwortsätze: %1.</translation>
    </message>
</context>
<context>
    <name>unfold::JournalStore</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Unfold journal.</source>
        <translation>%1 ist kein Unfold-Tagebuch.</translation>
    </message>
    <message>
        <source>%1 is a database, but not an Unfold journal.</source>
        <translation>%1 ist eine Datenbank, aber kein Unfold-Tagebuch.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than it says it is. A backup copy may still be complete.</source>
        <translation>%1 ist beschädigt: Die Datei ist kürzer, als sie laut ihren eigenen Angaben sein müsste. Eine Sicherungskopie ist vielleicht noch vollständig.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Unfold (format %2; this version reads up to format %3). Update Unfold to open it.</source>
        <translation>%1 wurde von einer neueren Version von Unfold geschrieben (Format %2; diese Version liest bis Format %3). Aktualisiere Unfold, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>a record in %1 points to a missing record in %2</source>
        <translation>ein Eintrag in %1 verweist auf einen fehlenden Eintrag in %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). A backup copy may still be whole.</source>
        <translation>%1 ist beschädigt (%2). Eine Sicherungskopie ist vielleicht noch intakt.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 uses an older format that must be upgraded before it can be shown; open it for editing once.</source>
        <translation>%1 verwendet ein älteres Format, das erst umgestellt werden muss, bevor es angezeigt werden kann; öffne die Datei einmal zum Bearbeiten.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but a copy of the old file could not be kept: %2</source>
        <translation>%1 muss umgestellt werden, aber es konnte keine Kopie der alten Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to the current format: %2. The file is unchanged.</source>
        <translation>%1 konnte nicht auf das aktuelle Format umgestellt werden: %2. Die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>This journal is open read-only.</source>
        <translation>Dieses Tagebuch ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>A journal has between %1 and %2 layers.</source>
        <translation>Ein Tagebuch hat zwischen %1 und %2 Schichten.</translation>
    </message>
    <message>
        <source>Disclosures at depth %1 exist; remove or change them before removing that layer.</source>
        <translation>Es gibt Mitteilungen in Tiefe %1; entferne oder ändere sie, bevor du diese Schicht entfernst.</translation>
    </message>
    <message>
        <source>%1 is encrypted in a way this version of Unfold does not know. Update Unfold to open it.</source>
        <translation>%1 ist auf eine Weise verschlüsselt, die diese Version von Unfold nicht kennt. Aktualisiere Unfold, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is encrypted: its passphrase is needed to open it.</source>
        <translation>%1 ist verschlüsselt: Zum Öffnen wird die Passphrase benötigt.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Nothing was changed.</source>
        <translation>Die Passphrase öffnet %1 nicht. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 is encrypted, but not an Unfold journal.</source>
        <translation>%1 ist verschlüsselt, aber kein Unfold-Tagebuch.</translation>
    </message>
    <message>
        <source>%1 was cut off while it was being saved (a crash or power cut). Opening it in Unfold for editing finishes the recovery; nothing was changed here.</source>
        <translation>Das Speichern von %1 wurde unterbrochen (ein Absturz oder Stromausfall). Wenn du es in Unfold zum Bearbeiten öffnest, wird die Wiederherstellung abgeschlossen; hier wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 says it is in format %2, which no version of Unfold writes. It may be damaged; a backup copy may still be whole.</source>
        <translation>%1 gibt Format %2 an, das keine Version von Unfold schreibt. Die Datei ist vielleicht beschädigt; eine Sicherungskopie ist möglicherweise noch vollständig.</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; und %n weiterer</numerusform>
            <numerusform>; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder, not a journal file.</source>
        <translation>%1 ist ein Ordner, keine Tagebuchdatei.</translation>
    </message>
    <message>
        <source>%1 holds changes another program has not yet written into it (in %2). Opening it in Unfold for editing writes them in; nothing was changed here.</source>
        <translation>%1 enthält Änderungen, die ein anderes Programm noch nicht hineingeschrieben hat (in %2). Öffnen zum Bearbeiten in Unfold schreibt sie hinein; hier wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 holds changes Unfold did not make: %2. Unfold does not open it, because such changes can alter or erase entries. A backup copy may be as Unfold left it.</source>
        <translation>%1 enthält Änderungen, die nicht von Unfold stammen: %2. Unfold öffnet die Datei nicht, weil solche Änderungen Einträge verändern oder löschen können. Eine Sicherungskopie ist vielleicht noch so, wie Unfold sie hinterlassen hat.</translation>
    </message>
</context>
<context>
    <name>unfold::Layer</name>
    <message>
        <source>Peripheral</source>
        <translation>Äußere Schicht</translation>
    </message>
    <message>
        <source>Facts and tastes</source>
        <translation>Fakten und Vorlieben</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Mittlere Schicht</translation>
    </message>
    <message>
        <source>Opinions, attitudes and hopes</source>
        <translation>Meinungen, Einstellungen und Hoffnungen</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Values, fears and self-concept</source>
        <translation>Werte, Ängste und Selbstbild</translation>
    </message>
</context>
<context>
    <name>unfold::LibraryText</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; is already imported with different content; raise the version number</source>
        <translation>Version %1 von „%2“ wurde bereits mit anderem Inhalt importiert; erhöhe die Versionsnummer</translation>
    </message>
    <message>
        <source>could not be copied into %1: %2</source>
        <translation>konnte nicht nach %1 kopiert werden: %2</translation>
    </message>
</context>
<context>
    <name>unfold::MainWindow</name>
    <message>
        <source>Unfold journals (*.unfold);;All files (*)</source>
        <translation>Unfold-Tagebücher (*.unfold);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Onion</source>
        <translation>Zw&amp;iebel</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>&amp;Fragebögen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Journal…</source>
        <translation>&amp;Neues Tagebuch…</translation>
    </message>
    <message>
        <source>&amp;Open Journal…</source>
        <translation>Tagebuch &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Export Picture…</source>
        <translation>Bild e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Cop&amp;y Picture</source>
        <translation>Bild k&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Print Picture…</source>
        <translation>Bild &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Import Instrument…</source>
        <translation>Fragebogen &amp;importieren…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>Be&amp;ziehung</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Topics and Layers…</source>
        <translation>&amp;Themen und Schichten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Unfold</source>
        <translation>&amp;Über Unfold</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>A backup could not be made: %1</source>
        <translation>Es konnte keine Sicherungskopie angelegt werden: %1</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>Unfold</translation>
    </message>
    <message>
        <source>No journal open</source>
        <translation>Kein Tagebuch geöffnet</translation>
    </message>
    <message>
        <source>%1 (read-only) — Unfold</source>
        <translation>%1 (schreibgeschützt) — Unfold</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Jede Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>New Journal</source>
        <translation>Neues Tagebuch</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open Journal.</source>
        <translation>%1 existiert bereits. Wähle einen anderen Namen oder öffne die Datei mit Datei › Tagebuch öffnen.</translation>
    </message>
    <message>
        <source>Open Journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent journals</source>
        <translation>Keine zuletzt geöffneten Tagebücher</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Choose another file than the open journal.</source>
        <translation>Wähle eine andere Datei als das geöffnete Tagebuch.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1
The journal itself is unchanged.</source>
        <translation>Die Kopie konnte nicht gespeichert werden: %1
Das Tagebuch selbst ist unverändert.</translation>
    </message>
    <message>
        <source>About Unfold</source>
        <translation>Über Unfold</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>The change could not be saved: %1
The journal on disk is as it was before.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1
Das Tagebuch auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Unfold %1&lt;/h3&gt;&lt;p&gt;Reflect on how you and the people close to you open up, after Social Penetration Theory.&lt;/p&gt;&lt;p&gt;Your journals stay on this computer. Unfold has no network code.&lt;/p&gt;&lt;p&gt;Copyright © Unfold contributors. Unfold is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Using Qt %2 and SQLite %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Unfold %1&lt;/h3&gt;&lt;p&gt;Denk darüber nach, wie du dich den Menschen öffnest, die dir nahestehen – und sie sich dir –, angelehnt an die Theorie der sozialen Durchdringung (Social Penetration Theory).&lt;/p&gt;&lt;p&gt;Deine Tagebücher bleiben auf diesem Computer. Unfold enthält keinen Netzwerkcode.&lt;/p&gt;&lt;p&gt;Copyright © Unfold-Mitwirkende. Unfold ist freie Software: Du kannst sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach deiner Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und/oder verändern. Unfold wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.&lt;/p&gt;&lt;p&gt;Verwendet Qt %2 und SQLite %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>&amp;Alle Diagramme exportieren…</translation>
    </message>
    <message>
        <source>&amp;Guided Session…</source>
        <translation>&amp;Angeleitete Sitzung…</translation>
    </message>
    <message>
        <source>Guided Session</source>
        <translation>Angeleitete Sitzung</translation>
    </message>
    <message>
        <source>Open a journal you can edit and choose a relationship first.</source>
        <translation>Öffne zuerst ein Tagebuch, das du bearbeiten kannst, und wähle eine Beziehung.</translation>
    </message>
    <message>
        <source>Client &amp;History…</source>
        <translation>&amp;Verlauf der Klient·innen…</translation>
    </message>
    <message>
        <source>Client History</source>
        <translation>Verlauf der Klient·innen</translation>
    </message>
    <message>
        <source>Open a journal and choose a relationship first.</source>
        <translation>Öffne zuerst ein Tagebuch und wähle eine Beziehung.</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>Sitz&amp;ung</translation>
    </message>
    <message>
        <source>Char&amp;ts</source>
        <translation>Diag&amp;ramme</translation>
    </message>
    <message>
        <source>%1 (locked) — Unfold</source>
        <translation>%1 (gesperrt) — Unfold</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Encrypted · every change is saved as you make it</source>
        <translation>Verschlüsselt · jede Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Verschlüsseln…</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and the keyboard layout.</source>
        <translation>Diese Passphrase öffnet das Tagebuch nicht. Prüfe die Feststelltaste und die Tastaturbelegung.</translation>
    </message>
    <message>
        <source>Encrypt Journal</source>
        <translation>Tagebuch verschlüsseln</translation>
    </message>
    <message>
        <source>The journal could not be encrypted: %1
It is unchanged.</source>
        <translation>Das Tagebuch konnte nicht verschlüsselt werden: %1
Es ist unverändert.</translation>
    </message>
    <message>
        <source>The journal is now encrypted.</source>
        <translation>Das Tagebuch ist jetzt verschlüsselt.</translation>
    </message>
    <message>
        <source>Remove Plain Copies?</source>
        <translation>Unverschlüsselte Kopien löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Unfold made %n unencrypted copy(ies) of this journal before it was encrypted (backups, and copies kept before format upgrades). Anyone who can read your files can read them.</source>
        <translation>
            <numerusform>Unfold hat vor der Verschlüsselung %n unverschlüsselte Kopie dieses Tagebuchs angelegt (Sicherungskopien sowie Kopien, die vor Umstellungen aufbewahrt wurden). Wer deine Dateien lesen kann, kann auch sie lesen.</numerusform>
            <numerusform>Unfold hat vor der Verschlüsselung %n unverschlüsselte Kopien dieses Tagebuchs angelegt (Sicherungskopien sowie Kopien, die vor Umstellungen aufbewahrt wurden). Wer deine Dateien lesen kann, kann auch sie lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing them is best. Be aware that a removed file may still be recoverable from the disk with special tools until its space is reused, and copies elsewhere (a backup drive, a sync folder) are not touched.</source>
        <translation>Am besten löschst du sie. Beachte: Eine gelöschte Datei lässt sich mit speziellen Werkzeugen unter Umständen noch vom Datenträger wiederherstellen, bis ihr Speicherplatz neu belegt wird, und Kopien an anderen Orten (ein Sicherungslaufwerk, ein synchronisierter Ordner) bleiben unberührt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Remove Plain Copies</source>
        <translation>Unverschlüsselte Kopien löschen</translation>
    </message>
    <message>
        <source>These could not be removed:
%1</source>
        <translation>Diese Dateien konnten nicht gelöscht werden:
%1</translation>
    </message>
    <message>
        <source>That is not the journal&apos;s current passphrase.</source>
        <translation>Das ist nicht die aktuelle Passphrase des Tagebuchs.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1
The old passphrase still opens the journal.</source>
        <translation>Die Passphrase konnte nicht geändert werden: %1
Das Tagebuch lässt sich weiterhin mit der alten Passphrase öffnen.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
        <source>The journal was encrypted, but could not be opened again: %1</source>
        <translation>Das Tagebuch wurde verschlüsselt, konnte aber nicht wieder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The journal could not be opened again after changing its passphrase: %1
Try the new passphrase first, then the old one.</source>
        <translation>Das Tagebuch konnte nach dem Ändern der Passphrase nicht wieder geöffnet werden: %1
Versuche zuerst die neue Passphrase, dann die alte.</translation>
    </message>
    <message>
        <source>The chosen session, onion, charts, questionnaires and both partners&apos; accounts; Alt with the underlined letter opens each.</source>
        <translation>Die gewählte Sitzung, die Zwiebel, die Diagramme, die Fragebögen und die Darstellungen beider Personen; Alt mit dem unterstrichenen Buchstaben öffnet jede Ansicht.</translation>
    </message>
    <message>
        <source>Unfold exchange files (*.unfoldx);;All files (*)</source>
        <translation>Unfold-Austauschdateien (*.unfoldx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>S&amp;hare with Partner…</source>
        <translation>Mit der anderen Person &amp;teilen…</translation>
    </message>
    <message>
        <source>Write this relationship to an encrypted file for your partner&apos;s Unfold.</source>
        <translation>Diese Beziehung in eine verschlüsselte Datei für das Unfold der anderen Person schreiben.</translation>
    </message>
    <message>
        <source>&amp;Import Partner&apos;s Account…</source>
        <translation>Darstellung der anderen Person &amp;importieren…</translation>
    </message>
    <message>
        <source>Keep the account your partner shared beside your own, to compare the two.</source>
        <translation>Die Darstellung, die die andere Person geteilt hat, neben deiner eigenen aufbewahren, um beide zu vergleichen.</translation>
    </message>
    <message>
        <source>Remove Partner&apos;s Accou&amp;nt</source>
        <translation>Darstellung der anderen Person e&amp;ntfernen</translation>
    </message>
    <message>
        <source>Remove Partner&apos;s Account</source>
        <translation>Darstellung der anderen Person entfernen</translation>
    </message>
    <message>
        <source>Share with Partner</source>
        <translation>Mit der anderen Person teilen</translation>
    </message>
    <message>
        <source>Choose a relationship first.</source>
        <translation>Wähle zuerst eine Beziehung.</translation>
    </message>
    <message>
        <source>%1 - shared by %2.unfoldx</source>
        <translation>%1 - geteilt von %2.unfoldx</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Your account of %1 is in %2.

Give your partner the file, and tell them the passphrase another way (not in the same message).</source>
        <translation>Deine Darstellung zu %1 ist in %2.

Gib der anderen Person die Datei und teile ihr die Passphrase auf einem anderen Weg mit (nicht in derselben Nachricht).</translation>
    </message>
    <message>
        <source>Import Partner&apos;s Account</source>
        <translation>Darstellung der anderen Person importieren</translation>
    </message>
    <message>
        <source>Open a journal you can edit and choose the relationship first.</source>
        <translation>Öffne zuerst ein Tagebuch, das du bearbeiten kannst, und wähle die Beziehung.</translation>
    </message>
    <message>
        <source>The passphrase you and your partner agreed on:</source>
        <translation>Die Passphrase, auf die du dich mit der anderen Person geeinigt hast:</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>The file calls the two people %1 and %2. Which person of %3 sent it?</source>
        <translation>Die Datei nennt die beiden Personen %1 und %2. Welche Person aus %3 hat sie geschickt?</translation>
    </message>
    <message>
        <source>Replace Partner&apos;s Account</source>
        <translation>Darstellung der anderen Person ersetzen</translation>
    </message>
    <message>
        <source>The partner&apos;s account of %1 was replaced with the newer one.</source>
        <translation>Die Darstellung der anderen Person zu %1 wurde durch die neuere ersetzt.</translation>
    </message>
    <message>
        <source>The partner&apos;s account of %1 was imported.</source>
        <translation>Die Darstellung der anderen Person zu %1 wurde importiert.</translation>
    </message>
    <message>
        <source>Both Sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Unlocking the partner&apos;s file…</source>
        <translation>Die Datei der anderen Person wird entschlüsselt…</translation>
    </message>
    <message>
        <source>Default Names</source>
        <translation>Standardnamen</translation>
    </message>
    <message>
        <source>This journal&apos;s default topics and layers are named in the language it was started in. Name them in %1 too?</source>
        <translation>Die vorgegebenen Themen und Schichten dieses Tagebuchs tragen die Namen der Sprache, in der es begonnen wurde. Sollen sie auch auf %1 heißen?</translation>
    </message>
    <message>
        <source>Topics and layers you named yourself keep their names. Edit › Undo brings the old names back.</source>
        <translation>Themen und Schichten, die du selbst benannt hast, behalten ihre Namen. Bearbeiten › Rückgängig bringt die alten Namen zurück.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Name Defaults in %1</source>
        <translation>Standardnamen auf %1</translation>
    </message>
    <message>
        <source>Edit Topic</source>
        <translation>Thema bearbeiten</translation>
    </message>
    <message>
        <source>Encrypting the journal…</source>
        <translation>Das Tagebuch wird verschlüsselt…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Die Passphrase wird geändert…</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Eine Kopie wird gespeichert…</translation>
    </message>
    <message>
        <source>Backup Not Made</source>
        <translation>Sicherungskopie nicht angelegt</translation>
    </message>
    <message>
        <source>The journal&apos;s latest backup could not be made: %1
Every edit is saved in the journal itself.</source>
        <translation>Die letzte Sicherungskopie des Tagebuchs konnte nicht angelegt werden: %1
Jede Änderung ist im Tagebuch selbst gespeichert.</translation>
    </message>
</context>
<context>
    <name>unfold::OnionDescription</name>
    <message>
        <source>%1: passed through on the way deeper, no disclosures here</source>
        <translation>%1: auf dem Weg in die Tiefe durchquert, hier keine Mitteilungen</translation>
    </message>
    <message>
        <source>%1: not reached</source>
        <translation>%1: nicht erreicht</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n disclosure(s), latest %2</source>
        <translation>
            <numerusform>%1: %n Mitteilung, zuletzt am %2</numerusform>
            <numerusform>%1: %n Mitteilungen, zuletzt am %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 layer</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Onion of %1, %2.</source>
        <translation>Zwiebel von %1, %2.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 reached %2 of %3 topics (penetration %4 %)%5</source>
        <translation>%1 hat %2 von %3 Themen erreicht (Durchdringung %4 %)%5</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>%1: disclosures</source>
        <translation>%1: Mitteilungen</translation>
    </message>
    <message>
        <source>%1: latest</source>
        <translation>%1: zuletzt</translation>
    </message>
    <message>
        <source>Of the cells where anything was shared, %1 lean to %2, %3 are about even and %4 lean to %5.</source>
        <translation>Von den Zellen, in denen etwas geteilt wurde, neigen %1 zu %2, %3 sind etwa ausgeglichen und %4 neigen zu %5.</translation>
    </message>
    <message>
        <source>%1 (%2 before, %3 now)</source>
        <translation>%1 (vorher %2, jetzt %3)</translation>
    </message>
    <message>
        <source>%1 (%2 before, not now)</source>
        <translation>%1 (vorher %2, jetzt nicht)</translation>
    </message>
    <message>
        <source>%1 went less deep than before on %2.</source>
        <translation>%1 ging weniger tief als zuvor bei %2.</translation>
    </message>
</context>
<context>
    <name>unfold::OnionSubject</name>
    <message>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>No sessions logged yet</source>
        <translation>Noch keine Sitzungen eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>Before the first of %n session(s)</source>
        <translation>
            <numerusform>Vor der ersten Sitzung (von %n)</numerusform>
            <numerusform>Vor der ersten von %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>After session %1 of %2 · %3</source>
        <translation>Nach Sitzung %1 von %2 · %3</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>die andere Person</translation>
    </message>
    <message>
        <source>%1, as %2 logged it</source>
        <translation>%1, wie %2 es festgehalten hat</translation>
    </message>
    <message>
        <source>Sessions %1 to %2 of %3 · %4</source>
        <translation>Sitzungen %1 bis %2 von %3 · %4</translation>
    </message>
</context>
<context>
    <name>unfold::OnionText</name>
    <message>
        <source>%1: %2 of %3 topics, penetration %4 %</source>
        <translation>%1: %2 von %3 Themen, Durchdringung %4 %</translation>
    </message>
    <message>
        <source>Mostly %1</source>
        <translation>Überwiegend %1</translation>
    </message>
    <message>
        <source>About even</source>
        <translation>Etwa ausgeglichen</translation>
    </message>
    <message>
        <source>Numbers: %1 : %2 disclosures in that layer of the topic</source>
        <translation>Zahlen: Mitteilungen von %1 : %2 in dieser Schicht des Themas</translation>
    </message>
    <message>
        <source>outlined: new in this session</source>
        <translation>umrandet: neu in dieser Sitzung</translation>
    </message>
    <message>
        <source>Clockwise in each topic: %1&apos;s half, then %2&apos;s; numbers count disclosures in that layer</source>
        <translation>Im Uhrzeigersinn in jedem Thema: erst die Hälfte von %1, dann die von %2; die Zahlen zählen die Mitteilungen in dieser Schicht</translation>
    </message>
    <message numerus="yes">
        <source>faint: reached before, not in the last %n session(s)</source>
        <translation>
            <numerusform>blass: vorher erreicht, nicht in der letzten %n Sitzung</numerusform>
            <numerusform>blass: vorher erreicht, nicht in den letzten %n Sitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::OnionView</name>
    <message>
        <source>Onion</source>
        <translation>Zwiebel</translation>
    </message>
    <message>
        <source>Onion as a table</source>
        <translation>Zwiebel als Tabelle</translation>
    </message>
    <message>
        <source>Who reached each layer</source>
        <translation>Wer welche Schicht erreicht hat</translation>
    </message>
    <message>
        <source>Balance in each cell</source>
        <translation>Ausgewogenheit in jedem Feld</translation>
    </message>
    <message>
        <source>What the onion shows</source>
        <translation>Was die Zwiebel zeigt</translation>
    </message>
    <message>
        <source>Show the onion as a table</source>
        <translation>Die Zwiebel als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play the sessions one after another</source>
        <translation>Die Sitzungen nacheinander abspielen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>%1 / %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>0 / %1</source>
        <translation>0 / %1</translation>
    </message>
    <message>
        <source>Arrow keys move between cells, Enter lists the disclosures of a cell.</source>
        <translation>Mit den Pfeiltasten wechselst du zwischen den Feldern; Enter zeigt die Mitteilungen eines Felds.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Disclosures in this cell</source>
        <translation>Mitteilungen in diesem Feld</translation>
    </message>
    <message>
        <source>No disclosures here yet</source>
        <translation>Hier gibt es noch keine Mitteilungen</translation>
    </message>
    <message>
        <source>Open the session of %1 (%2)</source>
        <translation>Sitzung vom %1 öffnen (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier</source>
        <translation>
            <numerusform>… und %n frühere</numerusform>
            <numerusform>… und %n frühere</numerusform>
        </translation>
    </message>
    <message>
        <source>onion</source>
        <translation>zwiebel</translation>
    </message>
    <message>
        <source>Onion of %1</source>
        <translation>Zwiebel von %1</translation>
    </message>
    <message>
        <source>The onion&apos;s cells as rows: topic, layer and who reached it.</source>
        <translation>Die Felder der Zwiebel als Zeilen: Thema, Schicht und wer sie erreicht hat.</translation>
    </message>
    <message>
        <source>Who reached each layer of each topic, or how evenly both shared there.</source>
        <translation>Wer in welchem Thema welche Schicht erreicht hat oder wie ausgewogen beide dort geteilt haben.</translation>
    </message>
    <message>
        <source>Switches between the picture and a table of the same content.</source>
        <translation>Wechselt zwischen dem Bild und einer Tabelle mit demselben Inhalt.</translation>
    </message>
    <message>
        <source>The onion in words: how broad and how deep each person went.</source>
        <translation>Die Zwiebel in Worten: wie breit und wie tief jede Person gegangen ist.</translation>
    </message>
    <message>
        <source>Reading the onion</source>
        <translation>Die Zwiebel lesen</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>As t&amp;able</source>
        <translation>Als Tab&amp;elle</translation>
    </message>
    <message>
        <source>As I logged it</source>
        <translation>Wie ich es festgehalten habe</translation>
    </message>
    <message>
        <source>Whose account the onion shows</source>
        <translation>Wessen Darstellung die Zwiebel zeigt</translation>
    </message>
    <message>
        <source>The onion of your own log, or of the account your partner shared with you.</source>
        <translation>Die Zwiebel deiner eigenen Aufzeichnungen oder der Darstellung, die die andere Person mit dir geteilt hat.</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>Dar&amp;stellung:</translation>
    </message>
    <message>
        <source>As %1 logged it</source>
        <translation>Wie %1 es festgehalten hat</translation>
    </message>
    <message>
        <source>%1 (%2): no session of yours is matched to it</source>
        <translation>%1 (%2): keine deiner Sitzungen ist ihr zugeordnet</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>Last %n session(s)</source>
        <translation>
            <numerusform>Letzte %n Sitzung</numerusform>
            <numerusform>Letzte %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Which sessions the onion counts</source>
        <translation>Welche Sitzungen die Zwiebel zählt</translation>
    </message>
    <message>
        <source>All sessions so far, or only the latest few: what was reached before and not since shows faintly.</source>
        <translation>Alle bisherigen Sitzungen oder nur die letzten: Was vorher erreicht wurde und seitdem nicht mehr, erscheint blass.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Zeits&amp;panne:</translation>
    </message>
</context>
<context>
    <name>unfold::PartnerAccount</name>
    <message>
        <source>a session in the file is incomplete</source>
        <translation>eine Sitzung in der Datei ist unvollständig</translation>
    </message>
    <message>
        <source>a session&apos;s mood is out of range</source>
        <translation>die Stimmung einer Sitzung liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>a disclosure of the session of %1 is incomplete or out of range</source>
        <translation>eine Mitteilung der Sitzung vom %1 ist unvollständig oder liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>a questionnaire answered in the session of %1 is incomplete</source>
        <translation>ein in der Sitzung vom %1 beantworteter Fragebogen ist unvollständig</translation>
    </message>
    <message>
        <source>The partner&apos;s account cannot be read: %1.</source>
        <translation>Die Darstellung der anderen Person kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>it is not an account</source>
        <translation>es handelt sich nicht um eine Darstellung</translation>
    </message>
    <message>
        <source>it has no format</source>
        <translation>sie gibt kein Format an</translation>
    </message>
    <message>
        <source>This account was written by a newer version of Unfold. Update Unfold to import it.</source>
        <translation>Diese Darstellung wurde von einer neueren Version von Unfold geschrieben. Aktualisiere Unfold, um sie zu importieren.</translation>
    </message>
    <message>
        <source>the two people are not named</source>
        <translation>die beiden Personen haben keinen Namen</translation>
    </message>
    <message>
        <source>it does not say which of the two people wrote it</source>
        <translation>sie gibt nicht an, welche der beiden Personen sie geschrieben hat</translation>
    </message>
    <message>
        <source>its number of layers is out of range</source>
        <translation>ihre Anzahl an Schichten liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>a topic is not named</source>
        <translation>ein Thema hat keinen Namen</translation>
    </message>
    <message>
        <source>it has no time of writing</source>
        <translation>ihr fehlt der Zeitpunkt, zu dem sie geschrieben wurde</translation>
    </message>
    <message>
        <source>it has no sessions</source>
        <translation>sie enthält keine Sitzungen</translation>
    </message>
    <message>
        <source>two sessions have the same id</source>
        <translation>zwei Sitzungen haben dieselbe ID</translation>
    </message>
</context>
<context>
    <name>unfold::PartnerExchange</name>
    <message>
        <source>The relationship is not in this journal.</source>
        <translation>Die Beziehung ist nicht in diesem Tagebuch.</translation>
    </message>
    <message>
        <source>%1 is not one of the two people of %2.</source>
        <translation>%1 ist keine der beiden Personen von %2.</translation>
    </message>
    <message>
        <source>Say which of %1 and %2 you are: your partner&apos;s journal maps the two sides by it.</source>
        <translation>Gib an, ob du %1 oder %2 bist: Das Tagebuch der anderen Person ordnet die beiden Seiten danach zu.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This journal has no relationship yet: add the relationship first.</source>
        <translation>Dieses Tagebuch enthält noch keine Beziehung: Füge die Beziehung zuerst hinzu.</translation>
    </message>
    <message>
        <source>The file is the account of %1 &amp; %2: say which relationship of this journal it belongs to.</source>
        <translation>Die Datei ist die Darstellung zu %1 &amp; %2: Gib an, zu welcher Beziehung dieses Tagebuchs sie gehört.</translation>
    </message>
    <message>
        <source>This file was written on %1, before the account already imported (written on %2). Ask your partner for a newer file.</source>
        <translation>Diese Datei wurde am %1 geschrieben, vor der bereits importierten Darstellung (geschrieben am %2). Bitte die andere Person um eine neuere Datei.</translation>
    </message>
</context>
<context>
    <name>unfold::PartnerSides</name>
    <message>
        <source>Your journal uses %1 layers and your partner&apos;s uses %2: their depths cannot be compared. Use the same number of layers in both journals.</source>
        <translation>Dein Tagebuch verwendet %1 Schichten und das der anderen Person %2: Die Tiefen lassen sich nicht vergleichen. Verwende in beiden Tagebüchern dieselbe Anzahl an Schichten.</translation>
    </message>
    <message>
        <source>The file does not say which of the two people wrote it.</source>
        <translation>Die Datei gibt nicht an, welche der beiden Personen sie geschrieben hat.</translation>
    </message>
    <message>
        <source>The relationship&apos;s people are missing.</source>
        <translation>Die Personen der Beziehung fehlen.</translation>
    </message>
    <message>
        <source>%1 is not one of the two people of %2.</source>
        <translation>%1 ist keine der beiden Personen von %2.</translation>
    </message>
    <message>
        <source>%1 is you in this journal: the file must come from the other person.</source>
        <translation>%1 bist in diesem Tagebuch du: Die Datei muss von der anderen Person kommen.</translation>
    </message>
    <message>
        <source>This file is the account of %1 &amp; %2, another relationship of this journal, not of %3.</source>
        <translation>Diese Datei ist die Darstellung zu %1 &amp; %2, einer anderen Beziehung dieses Tagebuchs, nicht zu %3.</translation>
    </message>
    <message>
        <source>This file was written by %1, who is you in this journal: import the file your partner shared.</source>
        <translation>Diese Datei wurde von %1 geschrieben, und das bist in diesem Tagebuch du: Importiere die Datei, die die andere Person geteilt hat.</translation>
    </message>
    <message>
        <source>Which of the two people sent this file?</source>
        <translation>Welche der beiden Personen hat diese Datei geschickt?</translation>
    </message>
</context>
<context>
    <name>unfold::PassphraseDialog</name>
    <message>
        <source>Open Encrypted Journal</source>
        <translation>Verschlüsseltes Tagebuch öffnen</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 ist verschlüsselt. Gib zum Öffnen die Passphrase ein.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Afterwards only the new passphrase opens %1. Backups made before keep the passphrase they were made with.</source>
        <translation>Danach öffnet nur noch die neue Passphrase %1. Bereits angelegte Sicherungskopien behalten die Passphrase, mit der sie angelegt wurden.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>A&amp;ktuelle Passphrase:</translation>
    </message>
    <message>
        <source>Encrypt Journal</source>
        <translation>Tagebuch verschlüsseln</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1. From then on the journal, and every backup and copy Unfold makes of it, is encrypted: without the passphrase nobody can read them, and nobody can recover the passphrase for you if you forget it.</source>
        <translation>Wähle eine Passphrase für %1. Ab dann sind das Tagebuch und jede Sicherungskopie und Kopie, die Unfold davon anlegt, verschlüsselt: Ohne die Passphrase kann niemand sie lesen, und wenn du die Passphrase vergisst, kann sie niemand für dich wiederherstellen.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>Don&apos;t Encrypt</source>
        <translation>Nicht verschlüsseln</translation>
    </message>
    <message>
        <source>Create the journal as a plain file that anyone who can read your files can read.</source>
        <translation>Legt das Tagebuch als unverschlüsselte Datei an, die jeder lesen kann, der deine Dateien lesen kann.</translation>
    </message>
    <message>
        <source>Strength: too short. Use at least %1 characters; several words are easiest to remember.</source>
        <translation>Stärke: zu kurz. Verwende mindestens %1 Zeichen; mehrere Wörter kann man sich am leichtesten merken.</translation>
    </message>
    <message>
        <source>Strength: weak. Someone with a copy of the file could guess it; add words.</source>
        <translation>Stärke: schwach. Wer eine Kopie der Datei hat, könnte sie erraten; füge Wörter hinzu.</translation>
    </message>
    <message>
        <source>Strength: fair. Another word or two would make it strong.</source>
        <translation>Stärke: mittel. Mit ein, zwei Wörtern mehr wäre sie stark.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Stärke: stark.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Passphrase wird geprüft…</translation>
    </message>
</context>
<context>
    <name>unfold::PerceptionSummary</name>
    <message>
        <source>The partner</source>
        <translation>der anderen Person</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1&apos;s account, written %2 and imported %3: %4 sessions.</source>
        <translation>Darstellung von %1, geschrieben am %2 und importiert am %3: %4 Sitzungen.</translation>
    </message>
    <message>
        <source>Matched: %1 · only in your account: %2 · only in %3&apos;s: %4.</source>
        <translation>Zugeordnet: %1 · nur in deiner Darstellung: %2 · nur in der von %3: %4.</translation>
    </message>
    <message>
        <source>%1: no session both accounts logged sharing in.</source>
        <translation>%1: keine Sitzung, in der beide Darstellungen ein Teilen eingetragen haben.</translation>
    </message>
    <message>
        <source>%1: %2 layers on average (%3)</source>
        <translation>%1: im Mittel %2 Schichten (%3)</translation>
    </message>
    <message>
        <source>the partner&apos;s account has them sharing deeper than yours</source>
        <translation>die Darstellung der anderen Person zeigt tieferes Teilen als deine</translation>
    </message>
    <message>
        <source>the partner&apos;s account has them sharing less deep than yours</source>
        <translation>die Darstellung der anderen Person zeigt weniger tiefes Teilen als deine</translation>
    </message>
    <message>
        <source>both accounts agree</source>
        <translation>beide Darstellungen stimmen überein</translation>
    </message>
    <message>
        <source>Perception bias — %1; %2.</source>
        <translation>Wahrnehmungsabweichung — %1; %2.</translation>
    </message>
    <message>
        <source>Mean agreement of the two accounts: %1 of 100. A description, never a verdict.</source>
        <translation>Mittlere Übereinstimmung der beiden Darstellungen: %1 von 100. Eine Beschreibung, nie ein Urteil.</translation>
    </message>
    <message>
        <source>Topics only %1&apos;s journal has: %2.</source>
        <translation>Themen, die nur im Tagebuch von %1 vorkommen: %2.</translation>
    </message>
</context>
<context>
    <name>unfold::PerceptionView</name>
    <message>
        <source>Matched sessions</source>
        <translation>Zugeordnete Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Confirm Match</source>
        <translation>Zuordnung bestäti&amp;gen</translation>
    </message>
    <message>
        <source>Keep this pair whatever the times say.</source>
        <translation>Dieses Paar beibehalten, unabhängig von den Uhrzeiten.</translation>
    </message>
    <message>
        <source>&amp;Pair With…</source>
        <translation>Zu&amp;ordnen zu…</translation>
    </message>
    <message>
        <source>Pair this session with another session of the other account.</source>
        <translation>Diese Sitzung einer anderen Sitzung der anderen Darstellung zuordnen.</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>Zuordnung &amp;aufheben</translation>
    </message>
    <message>
        <source>These are not the same conversation: never pair them.</source>
        <translation>Das ist nicht dasselbe Gespräch: diese Sitzungen nie einander zuordnen.</translation>
    </message>
    <message>
        <source>Open Sessio&amp;n</source>
        <translation>Sitzung öff&amp;nen</translation>
    </message>
    <message>
        <source>Your account of the session</source>
        <translation>Deine Darstellung der Sitzung</translation>
    </message>
    <message>
        <source>The partner&apos;s account of the session</source>
        <translation>Die Darstellung der Sitzung durch die andere Person</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Check-ins of the session, from both accounts</source>
        <translation>Check-ins der Sitzung aus beiden Darstellungen</translation>
    </message>
    <message>
        <source>Choose a relationship to compare your account of it with your partner&apos;s.</source>
        <translation>Wähle eine Beziehung, um deine Darstellung davon mit der der anderen Person zu vergleichen.</translation>
    </message>
    <message>
        <source>Two accounts of the same conversations show where you agree and where you see things differently.

Ask your partner to choose Relationship › Share with Partner… in their Unfold and send you the file, then choose Relationship › Import Partner&apos;s Account… to bring it in. You can share your own account the same way. The file is encrypted with a passphrase the two of you agree on, and nothing is sent anywhere by Unfold.</source>
        <translation>Zwei Darstellungen derselben Gespräche zeigen, wo ihr übereinstimmt und wo ihr die Dinge unterschiedlich seht.

Bitte die andere Person, in ihrem Unfold Beziehung › Mit der anderen Person teilen… zu wählen und dir die Datei zu schicken; wähle dann Beziehung › Darstellung der anderen Person importieren…, um sie hereinzuholen. Deine eigene Darstellung kannst du auf dieselbe Weise teilen. Die Datei wird mit einer Passphrase verschlüsselt, auf die ihr beide euch einigt, und Unfold sendet nichts irgendwohin.</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>Deine Sitzung</translation>
    </message>
    <message>
        <source>%1&apos;s session</source>
        <translation>Sitzung von %1</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>%1: depth gap</source>
        <translation>%1: Tiefenunterschied</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>von dir</translation>
    </message>
    <message>
        <source>by time</source>
        <translation>nach Uhrzeit</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Your account · %1</source>
        <translation>Deine Darste&amp;llung · %1</translation>
    </message>
    <message>
        <source>&amp;Your account · not logged</source>
        <translation>Deine Darste&amp;llung · nicht eingetragen</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;account · %2</source>
        <translation>Darstellung &amp;von %1 · %2</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;account · not logged</source>
        <translation>Darstellung &amp;von %1 · nicht eingetragen</translation>
    </message>
    <message>
        <source>Felt balance</source>
        <translation>Gefühlte Ausgewogenheit</translation>
    </message>
    <message>
        <source>Felt responsiveness</source>
        <translation>Gefühlte Zugewandtheit</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>Check-in (0–100)</source>
        <translation>Check-in (0–100)</translation>
    </message>
    <message>
        <source>%1, in your account</source>
        <translation>%1, in deiner Darstellung</translation>
    </message>
    <message>
        <source>%1, in %2&apos;s</source>
        <translation>%1, in der Darstellung von %2</translation>
    </message>
    <message>
        <source>Confirm Match</source>
        <translation>Zuordnung bestätigen</translation>
    </message>
    <message>
        <source>Unpair Sessions</source>
        <translation>Zuordnung der Sitzungen aufheben</translation>
    </message>
    <message>
        <source>%1 (paired now)</source>
        <translation>%1 (jetzt zugeordnet)</translation>
    </message>
    <message>
        <source>Pair With</source>
        <translation>Zuordnen zu</translation>
    </message>
    <message>
        <source>The session of %1&apos;s account that is the same conversation:</source>
        <translation>Die Sitzung in der Darstellung von %1, die dasselbe Gespräch ist:</translation>
    </message>
    <message>
        <source>The session of your account that is the same conversation:</source>
        <translation>Die Sitzung in deiner Darstellung, die dasselbe Gespräch ist:</translation>
    </message>
    <message>
        <source>Pair Sessions</source>
        <translation>Sitzungen zuordnen</translation>
    </message>
    <message>
        <source>How to compare your account with your partner&apos;s.</source>
        <translation>Wie du deine Darstellung mit der der anderen Person vergleichst.</translation>
    </message>
    <message>
        <source>No partner&apos;s account yet.</source>
        <translation>Noch keine Darstellung der anderen Person.</translation>
    </message>
    <message>
        <source>The two accounts in numbers: matched sessions, perception bias, agreement.</source>
        <translation>Die beiden Darstellungen in Zahlen: zugeordnete Sitzungen, Wahrnehmungsabweichung, Übereinstimmung.</translation>
    </message>
    <message>
        <source>Your sessions and your partner&apos;s, paired by time or by you, with how far the two accounts agree. Enter opens your session.</source>
        <translation>Deine Sitzungen und die der anderen Person, nach Uhrzeit oder von dir zugeordnet, mit dem Grad der Übereinstimmung der beiden Darstellungen. Enter öffnet deine Sitzung.</translation>
    </message>
    <message>
        <source>Show your session of this pair in the Session tab.</source>
        <translation>Deine Sitzung dieses Paars im Reiter „Sitzung“ zeigen.</translation>
    </message>
    <message>
        <source>Who shared which topic, how deep, as you logged it.</source>
        <translation>Wer welches Thema wie tief geteilt hat, so wie du es eingetragen hast.</translation>
    </message>
    <message>
        <source>Who shared which topic, how deep, as your partner logged it.</source>
        <translation>Wer welches Thema wie tief geteilt hat, so wie die andere Person es eingetragen hat.</translation>
    </message>
    <message>
        <source>Each person&apos;s check-in scores from 0 to 100, from either account.</source>
        <translation>Die Check-in-Werte jeder Person von 0 bis 100, aus beiden Darstellungen.</translation>
    </message>
</context>
<context>
    <name>unfold::PictureExport</name>
    <message>
        <source>The resolution must be between %1 and %2 DPI.</source>
        <translation>Die Auflösung muss zwischen %1 und %2 DPI liegen.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>The picture is too large to draw in memory.</source>
        <translation>Das Bild ist zu groß, um es im Arbeitsspeicher zu zeichnen.</translation>
    </message>
    <message>
        <source>Drawn by Unfold</source>
        <translation>Gezeichnet mit Unfold</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot draw %1.</source>
        <translation>%1 kann nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>unfold::PicturesPage</name>
    <message>
        <source>Picture format</source>
        <translation>Bildformat</translation>
    </message>
    <message>
        <source>The format that exported pictures get unless you choose another.</source>
        <translation>Das Format, das exportierte Bilder bekommen, wenn du kein anderes wählst.</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Picture width in logical pixels</source>
        <translation>Bildbreite in logischen Pixeln</translation>
    </message>
    <message>
        <source>Charts are exported five wide by three high, the onion square.</source>
        <translation>Diagramme werden im Verhältnis 5 zu 3 (Breite zu Höhe) exportiert, die Zwiebel quadratisch.</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Auflösung in Punkten pro Zoll</translation>
    </message>
    <message>
        <source>Pixels of PNG images per inch; 96 is the size on the screen, 192 twice as sharp.</source>
        <translation>Pixel von PNG-Bildern pro Zoll; 96 entspricht der Größe auf dem Bildschirm, 192 ist doppelt so scharf.</translation>
    </message>
    <message>
        <source>File › Export Picture starts from these, and Export All Charts writes every chart with them.</source>
        <translation>Datei › Bild exportieren geht von diesen Werten aus, und „Alle Diagramme exportieren“ schreibt jedes Diagramm damit.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>B&amp;reite:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>&amp;Pictures</source>
        <translation>&amp;Bilder</translation>
    </message>
</context>
<context>
    <name>unfold::PrivacyPage</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Sperren nach Minuten ohne Nutzung</translation>
    </message>
    <message>
        <source>An encrypted journal&apos;s window locks after this many minutes without a key press or mouse click; 0 never locks it.</source>
        <translation>Das Fenster eines verschlüsselten Tagebuchs wird nach so vielen Minuten ohne Tastendruck oder Mausklick gesperrt; bei 0 wird es nie gesperrt.</translation>
    </message>
    <message>
        <source>A locked window shows nothing of the journal until its passphrase is typed again. Journal › Lock (Ctrl+Shift+L) locks at once. Plain journals are not locked: their file can be read without a passphrase anyway.</source>
        <translation>Ein gesperrtes Fenster zeigt nichts vom Tagebuch, bis die Passphrase erneut eingegeben wird. Tagebuch › Sperren (Strg+Umschalt+L) sperrt sofort. Unverschlüsselte Tagebücher werden nicht gesperrt: Ihre Datei lässt sich ohnehin ohne Passphrase lesen.</translation>
    </message>
    <message>
        <source>&amp;Lock encrypted journals after:</source>
        <translation>Verschlüsselte Tagebücher &amp;sperren nach:</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>Date&amp;nschutz</translation>
    </message>
    <message>
        <source>List opened journals in the desktop&apos;s &amp;recent files</source>
        <translation>Geöffnete Tagebücher in den zuletzt verwendeten Dateien des Desktops auf&amp;führen</translation>
    </message>
    <message>
        <source>File managers and file choosers show that list to anyone at this account. Encrypted journals are never listed there.</source>
        <translation>Dateimanager und Dateiauswahldialoge zeigen diese Liste allen, die dieses Konto benutzen. Verschlüsselte Tagebücher werden dort nie aufgeführt.</translation>
    </message>
    <message>
        <source>Recent Files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>Unfold&apos;s journals could not be taken out of the desktop&apos;s recent files.
%1</source>
        <translation>Die Tagebücher von Unfold konnten nicht aus den zuletzt verwendeten Dateien des Desktops entfernt werden.
%1</translation>
    </message>
</context>
<context>
    <name>unfold::PrivateFiles</name>
    <message>
        <source>cannot create folder %1: %2</source>
        <translation>Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The earlier %1 is kept as %2.</source>
        <translation>Die frühere Datei %1 liegt jetzt unter %2.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>unfold::ProtocolLibrary</name>
    <message>
        <source>&quot;%1&quot; is the id of a protocol that comes with Unfold; give yours its own id</source>
        <translation>„%1“ ist die ID eines Leitfadens, der mit Unfold geliefert wird; gib deinem Leitfaden eine eigene ID</translation>
    </message>
</context>
<context>
    <name>unfold::ProtocolValidator</name>
    <message>
        <source>is too large to be a protocol</source>
        <translation>ist zu groß für einen Leitfaden</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>is empty and no &quot;checkin&quot; is given: the protocol has nothing to do</source>
        <translation>ist leer, und es gibt kein &quot;checkin&quot;: Der Leitfaden enthält nichts</translation>
    </message>
    <message>
        <source>is not a field of a protocol</source>
        <translation>ist kein Feld eines Leitfadens</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier round</source>
        <translation>&quot;%1&quot; wird schon von einer früheren Runde verwendet</translation>
    </message>
    <message>
        <source>must be &quot;peripheral&quot;, &quot;intermediate&quot; or &quot;core&quot;</source>
        <translation>muss &quot;peripheral&quot;, &quot;intermediate&quot; oder &quot;core&quot; sein</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier prompt of this round</source>
        <translation>&quot;%1&quot; wird schon von einem früheren Impuls dieser Runde verwendet</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer dieser Werte sein: %1</translation>
    </message>
</context>
<context>
    <name>unfold::QuestionnaireForm</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>%v von %m beantwortet</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>&amp;Absenden</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Antworten absenden</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Return)</source>
        <translation>Absenden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel answering</source>
        <translation>Beantworten abbrechen</translation>
    </message>
    <message>
        <source>Leaves the questionnaire without saving the answers.</source>
        <translation>Verlässt den Fragebogen, ohne die Antworten zu speichern.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Frage %1: %2</translation>
    </message>
    <message>
        <source>%1 answers: %2</source>
        <translation>%1 antwortet: %2</translation>
    </message>
    <message>
        <source>Too many items are still open to score this questionnaire. Still needed: %1.</source>
        <translation>Es sind noch zu viele Fragen offen, um diesen Fragebogen auszuwerten. Noch nötig: %1.</translation>
    </message>
</context>
<context>
    <name>unfold::QuestionnairesView</name>
    <message>
        <source>Instr&amp;uments</source>
        <translation>Fragebö&amp;gen</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>The questionnaires you can answer; Enter starts the chosen one.</source>
        <translation>Die Fragebögen, die du beantworten kannst; Enter startet den gewählten.</translation>
    </message>
    <message>
        <source>Answer as a &amp;couple (hand-over)</source>
        <translation>Als &amp;Paar beantworten (abwechselnd)</translation>
    </message>
    <message>
        <source>Answer as a couple, one after the other</source>
        <translation>Als Paar beantworten, nacheinander</translation>
    </message>
    <message>
        <source>Each answers in turn on this device without seeing the other&apos;s answers, then both are compared.</source>
        <translation>Ihr antwortet nacheinander auf diesem Gerät, ohne die Antworten der anderen Person zu sehen; danach werden beide verglichen.</translation>
    </message>
    <message>
        <source>Opens the chosen questionnaire for this person, about this session.</source>
        <translation>Öffnet den gewählten Fragebogen für diese Person, bezogen auf diese Sitzung.</translation>
    </message>
    <message>
        <source>I&amp;mport instrument…</source>
        <translation>Fragebogen i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Import an instrument file</source>
        <translation>Eine Fragebogen-Datei importieren</translation>
    </message>
    <message>
        <source>Adds a questionnaire from a JSON file in Unfold&apos;s instrument format.</source>
        <translation>Fügt einen Fragebogen aus einer JSON-Datei im Fragebogenformat von Unfold hinzu.</translation>
    </message>
    <message>
        <source>How questionnaires are scored</source>
        <translation>Wie Fragebögen ausgewertet werden</translation>
    </message>
    <message>
        <source>Scores of this session</source>
        <translation>Werte dieser Sitzung</translation>
    </message>
    <message>
        <source>Subscale</source>
        <translation>Subskala</translation>
    </message>
    <message>
        <source>Score history of this relationship</source>
        <translation>Verlauf der Werte in dieser Beziehung</translation>
    </message>
    <message>
        <source>Scores of this sessio&amp;n</source>
        <translation>&amp;Werte dieser Sitzung</translation>
    </message>
    <message>
        <source>Score histor&amp;y</source>
        <translation>&amp;Verlauf der Werte</translation>
    </message>
    <message>
        <source>The answers could not be saved: %1</source>
        <translation>Die Antworten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved %1&apos;s answers.</source>
        <translation>Die Antworten von %1 sind gespeichert.</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <source>%1 answer &quot;%2&quot;</source>
        <translation>%1 beantworten „%2“</translation>
    </message>
    <message>
        <source>Answer Again?</source>
        <translation>Erneut beantworten?</translation>
    </message>
    <message>
        <source>%1 already answered &quot;%2&quot; for this session (%3).</source>
        <translation>%1 hat „%2“ für diese Sitzung schon beantwortet (%3).</translation>
    </message>
    <message>
        <source>A session keeps one set of answers per person, so every chart and report shows one number. Answering again replaces the earlier answers; Edit › Undo brings them back.</source>
        <translation>Eine Sitzung behält einen Antwortsatz pro Person, damit jedes Diagramm und jeder Bericht eine Zahl zeigt. Erneutes Beantworten ersetzt die früheren Antworten; Bearbeiten › Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Answer Again</source>
        <translation>Erneut beantworten</translation>
    </message>
    <message>
        <source>Saved the answers of %1 and %2.</source>
        <translation>Die Antworten von %1 und %2 sind gespeichert.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Answer for %1</source>
        <translation>%1 antwortet</translation>
    </message>
    <message>
        <source>Choose a session to answer questionnaires about it.</source>
        <translation>Wähle eine Sitzung, um Fragebögen dazu zu beantworten.</translation>
    </message>
    <message>
        <source>Instrument not imported</source>
        <translation>Fragebogen nicht importiert</translation>
    </message>
    <message>
        <source>The instrument was not imported; nothing of it was used.</source>
        <translation>Der Fragebogen wurde nicht importiert; nichts davon wurde übernommen.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source>Import Instrument</source>
        <translation>Fragebogen importieren</translation>
    </message>
    <message>
        <source>Instrument files (*.json);;All files (*)</source>
        <translation>Fragebogen-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>The scores of the questionnaires answered in the chosen session, from 0 to 100: one row per subscale, one column per person.</source>
        <translation>Die Werte der in der gewählten Sitzung beantworteten Fragebögen, von 0 bis 100: eine Zeile pro Subskala, eine Spalte pro Person.</translation>
    </message>
    <message>
        <source>Each subscale with each person&apos;s latest score; open it for every session&apos;s score and the change since the person&apos;s previous one.</source>
        <translation>Jede Subskala mit dem neuesten Wert jeder Person; aufgeklappt die Werte jeder Sitzung und die Änderung seit dem vorherigen Wert der Person.</translation>
    </message>
    <message>
        <source>Scores are from 0 to 100. In brackets: the change since that person&apos;s previous score. ↑ and ↓ mark a reliable change, where the instrument gives norms.</source>
        <translation>Werte reichen von 0 bis 100. In Klammern: die Änderung seit dem vorherigen Wert dieser Person. ↑ und ↓ markieren eine verlässliche Änderung, wo der Fragebogen Normen angibt.</translation>
    </message>
    <message>
        <source>%1 of 100; %2 on the subscale&apos;s own scale, %3 of %4 items answered</source>
        <translation>%1 von 100; %2 auf der eigenen Skala der Subskala, %3 von %4 Fragen beantwortet</translation>
    </message>
    <message>
        <source>Subscale and session</source>
        <translation>Subskala und Sitzung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Since the previous score: %1. Since the first: %2.</source>
        <translation>Seit dem vorherigen Wert: %1. Seit dem ersten: %2.</translation>
    </message>
    <message>
        <source>no reliable-change norms</source>
        <translation>keine Normen für verlässliche Änderung</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 %5</source>
        <translation>%1: %2 %3, %4 %5</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 items</source>
        <translation>%1 · %2 von %3 Fragen</translation>
    </message>
    <message>
        <source>%1, change %2</source>
        <translation>%1, Änderung %2</translation>
    </message>
    <message>
        <source>%1, a reliable rise</source>
        <translation>%1, ein verlässlicher Anstieg</translation>
    </message>
    <message>
        <source>%1, a reliable fall</source>
        <translation>%1, ein verlässlicher Rückgang</translation>
    </message>
    <message>
        <source>Latest score, of %1.</source>
        <translation>Neuester Wert, vom %1.</translation>
    </message>
    <message>
        <source>Latest score, of %1; the first was of %2.</source>
        <translation>Neuester Wert, vom %1; der erste war vom %2.</translation>
    </message>
    <message>
        <source>No questionnaire was answered about this session yet.</source>
        <translation>Zu dieser Sitzung wurde noch kein Fragebogen beantwortet.</translation>
    </message>
    <message>
        <source>No questionnaire was answered in this relationship yet.</source>
        <translation>In dieser Beziehung wurde noch kein Fragebogen beantwortet.</translation>
    </message>
</context>
<context>
    <name>unfold::RecordCommands</name>
    <message>
        <source>Remove Relationship</source>
        <translation>Beziehung entfernen</translation>
    </message>
    <message>
        <source>Remove Session</source>
        <translation>Sitzung entfernen</translation>
    </message>
    <message>
        <source>Remove Disclosure</source>
        <translation>Mitteilung entfernen</translation>
    </message>
    <message>
        <source>Move Disclosure</source>
        <translation>Mitteilung verschieben</translation>
    </message>
    <message>
        <source>Change Layers</source>
        <translation>Schichten ändern</translation>
    </message>
    <message>
        <source>Reorder Topics</source>
        <translation>Themen neu ordnen</translation>
    </message>
    <message>
        <source>Mark Event</source>
        <translation>Ereignis markieren</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>Ereignis entfernen</translation>
    </message>
    <message>
        <source>Answer Questionnaire</source>
        <translation>Fragebogen beantworten</translation>
    </message>
    <message>
        <source>Remove Answers</source>
        <translation>Antworten entfernen</translation>
    </message>
</context>
<context>
    <name>unfold::RecordLabels</name>
    <message>
        <source>Partner</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freundschaft</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollegial</translation>
    </message>
    <message>
        <source>Client couple</source>
        <translation>Klientenpaar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientierung</translation>
    </message>
    <message>
        <source>Exploratory affective exchange</source>
        <translation>Erkundender affektiver Austausch</translation>
    </message>
    <message>
        <source>Affective exchange</source>
        <translation>Affektiver Austausch</translation>
    </message>
    <message>
        <source>Stable exchange</source>
        <translation>Stabiler Austausch</translation>
    </message>
    <message>
        <source>Depenetration (withdrawing)</source>
        <translation>Rückzug (Depenetration)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Text or chat</source>
        <translation>Text oder Chat</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Responsive</source>
        <translation>Zugewandt</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Dismissive</source>
        <translation>Abweisend</translation>
    </message>
    <message>
        <source>1 · Low</source>
        <translation>1 · Gedrückt</translation>
    </message>
    <message>
        <source>2 · Somewhat low</source>
        <translation>2 · Eher gedrückt</translation>
    </message>
    <message>
        <source>3 · Neutral</source>
        <translation>3 · Neutral</translation>
    </message>
    <message>
        <source>4 · Good</source>
        <translation>4 · Gut</translation>
    </message>
    <message>
        <source>5 · Very good</source>
        <translation>5 · Sehr gut</translation>
    </message>
    <message>
        <source>Leave it unchosen when you are not sure; nothing depends on it.</source>
        <translation>Lass sie offen, wenn du unsicher bist; nichts hängt davon ab.</translation>
    </message>
    <message>
        <source>Small talk and safe, public facts; both follow what is expected of strangers.</source>
        <translation>Smalltalk und sichere, öffentliche Fakten; beide halten sich an das, was unter Fremden erwartet wird.</translation>
    </message>
    <message>
        <source>Opinions and some feelings start to show on a few topics, as between casual friends.</source>
        <translation>Meinungen und manche Gefühle zeigen sich bei einigen Themen, wie unter lockeren Freunden.</translation>
    </message>
    <message>
        <source>Open, personal sharing on many topics, private words and criticism too, as between close friends or partners.</source>
        <translation>Offenes, persönliches Teilen bei vielen Themen, auch private Worte und Kritik, wie unter engen Freunden oder in einer Partnerschaft.</translation>
    </message>
    <message>
        <source>Almost everything is shared and the two can read each other; few relationships get here.</source>
        <translation>Fast alles wird geteilt, und die beiden können einander lesen; wenige Beziehungen kommen hierhin.</translation>
    </message>
    <message>
        <source>The relationship pulls back: what is shared grows narrower and shallower again.</source>
        <translation>Die Beziehung zieht sich zurück: Was geteilt wird, wird wieder schmaler und flacher.</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipDialog</name>
    <message>
        <source>Name or alias</source>
        <translation>Name oder Alias</translation>
    </message>
    <message>
        <source>Edit Relationship</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
    <message>
        <source>Add Relationship</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <source>Person A is the first person: in your own journal, usually you.</source>
        <translation>Person A ist die erste Person – in deinem eigenen Tagebuch meist du selbst.</translation>
    </message>
    <message>
        <source>Kind of relationship</source>
        <translation>Art der Beziehung</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Anfangsdatum bekannt</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>How you see the relationship now, after Altman and Taylor&apos;s stages.</source>
        <translation>Wie du die Beziehung gerade siehst, nach den Phasen von Altman und Taylor.</translation>
    </message>
    <message>
        <source>Person &amp;A:</source>
        <translation>Person &amp;A:</translation>
    </message>
    <message>
        <source>Person &amp;B:</source>
        <translation>Person &amp;B:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>The other person: choose someone from the journal or type a new name or alias.</source>
        <translation>Die andere Person: Wähle jemanden aus dem Tagebuch oder gib einen neuen Namen oder Alias ein.</translation>
    </message>
    <message>
        <source>Partner, friend, family, colleague, client couple or another kind.</source>
        <translation>Partnerschaft, Freundschaft, Familie, kollegial, Klientenpaar oder eine andere Art.</translation>
    </message>
    <message>
        <source>Clear it when you do not know when the relationship began.</source>
        <translation>Entferne den Haken, wenn du nicht weißt, wann die Beziehung begonnen hat.</translation>
    </message>
    <message>
        <source>The day the relationship began, as far as you know.</source>
        <translation>Der Tag, an dem die Beziehung begonnen hat, soweit du es weißt.</translation>
    </message>
    <message>
        <source>Saves the relationship; needs two different names.</source>
        <translation>Speichert die Beziehung; dafür braucht es zwei verschiedene Namen.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>Schließt, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Datum bekannt</translation>
    </message>
    <message>
        <source>Person A is you in a journal of your own relationships, or one client of a couple; person B is the other person. Choose either from the people in this journal or type a new name or alias.</source>
        <translation>Person A bist du in einem Tagebuch deiner eigenen Beziehungen, oder eine Person eines Klientenpaars; Person B ist die andere Person. Wähle beide aus den Personen dieses Tagebuchs oder tippe einen neuen Namen oder ein Pseudonym.</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipListModel</name>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · seit %2</translation>
    </message>
    <message>
        <source>%1, %2, stage: %3</source>
        <translation>%1, %2, Phase: %3</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipSidebar</name>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Search relationships</source>
        <translation>Beziehungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Add Relationship…</source>
        <translation>Beziehung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Relationship…</source>
        <translation>Beziehung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove Relationship</source>
        <translation>Beziehung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Find Relationship</source>
        <translation>Beziehung &amp;suchen</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Add Relationship</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <source>Edit Relationship</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
    <message>
        <source>Remove Relationship</source>
        <translation>Beziehung entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and its %n session(s)? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>%1 samt %n Sitzung entfernen? Du kannst das mit Bearbeiten › Rückgängig zurücknehmen.</numerusform>
            <numerusform>%1 samt %n Sitzungen entfernen? Du kannst das mit Bearbeiten › Rückgängig zurücknehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only the relationships whose names contain what you type.</source>
        <translation>Zeigt nur die Beziehungen, deren Namen enthalten, was du eintippst.</translation>
    </message>
    <message>
        <source>Your relationships; the chosen one&apos;s sessions, onion and charts are shown beside.</source>
        <translation>Deine Beziehungen; Sitzungen, Zwiebel und Diagramme der gewählten Beziehung werden daneben angezeigt.</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipSummary</name>
    <message>
        <source>Breadth (topics reached)</source>
        <translation>Breite (erreichte Themen)</translation>
    </message>
    <message>
        <source>Penetration (0–1)</source>
        <translation>Durchdringung (0–1)</translation>
    </message>
    <message>
        <source>Deepest layer</source>
        <translation>Tiefste Schicht</translation>
    </message>
    <message>
        <source>Depth trend per 30 days</source>
        <translation>Tiefentrend pro 30 Tage</translation>
    </message>
    <message>
        <source>Depth correlation (descriptive)</source>
        <translation>Korrelation der Tiefe (beschreibend)</translation>
    </message>
    <message>
        <source>Lag-1 depth correlation (descriptive)</source>
        <translation>Um eine Sitzung versetzte Korrelation der Tiefe (beschreibend)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>These figures describe this relationship only; they are not norms and not a diagnosis. Correlations are descriptive and given only from %1 sessions on; &quot;no data&quot; means a figure cannot be computed yet.</source>
        <translation>Diese Zahlen beschreiben nur diese Beziehung; sie sind keine Normen und keine Diagnose. Korrelationen sind beschreibend und werden erst ab %1 Sitzungen angegeben; „keine Daten“ heißt, dass sich eine Zahl noch nicht berechnen lässt.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Zeitraum</translation>
    </message>
</context>
<context>
    <name>unfold::ReportPainter</name>
    <message>
        <source>Scores (0–100)</source>
        <translation>Werte (0–100)</translation>
    </message>
    <message>
        <source>No questionnaire answered yet.</source>
        <translation>Noch kein Fragebogen beantwortet.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Change is since the previous session; &quot;no data&quot; means the questionnaire was not answered then. These numbers describe this relationship only; they are not norms.</source>
        <translation>Die Veränderung bezieht sich auf die vorige Sitzung; „keine Daten“ heißt, dass der Fragebogen damals nicht beantwortet wurde. Diese Zahlen beschreiben nur diese Beziehung; sie sind keine Normwerte.</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Sitzungsbericht</translation>
    </message>
    <message>
        <source>Disclosures logged in this session: %1 by %2, %3 by %4</source>
        <translation>In dieser Sitzung eingetragene Mitteilungen: %1 von %2, %3 von %4</translation>
    </message>
    <message>
        <source>Logged reciprocity: %1 (previous session: %2)</source>
        <translation>Eingetragene Gegenseitigkeit: %1 (vorige Sitzung: %2)</translation>
    </message>
    <message>
        <source>Before and after session %1: what is new is outlined</source>
        <translation>Vor und nach Sitzung %1: Neues ist umrandet</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Nothing stands out in the data so far.</source>
        <translation>In den Daten fällt bisher nichts Besonderes auf.</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Therapienotizen</translation>
    </message>
    <message>
        <source>No notes for this session.</source>
        <translation>Keine Notizen zu dieser Sitzung.</translation>
    </message>
    <message>
        <source>Session report: %1, session %2</source>
        <translation>Sitzungsbericht: %1, Sitzung %2</translation>
    </message>
    <message>
        <source>could not draw %1</source>
        <translation>%1 konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Grundlage:</translation>
    </message>
    <message>
        <source>Reliable change (Jacobson–Truax)</source>
        <translation>Reliable Veränderung (Jacobson–Truax)</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Seit dem vorigen Mal</translation>
    </message>
    <message>
        <source>Since baseline</source>
        <translation>Seit dem Ausgangswert</translation>
    </message>
    <message>
        <source>Across sessions 1 to %1 (descriptive)</source>
        <translation>Über die Sitzungen 1 bis %1 (beschreibend)</translation>
    </message>
    <message>
        <source>%1&apos;s sessions 1 to %2 of %3</source>
        <translation>Sitzungen 1 bis %2 von %3 laut %1</translation>
    </message>
</context>
<context>
    <name>unfold::ReportPerception</name>
    <message>
        <source>%1&apos;s account has no session matched to this one.</source>
        <translation>Die Darstellung von %1 hat keine Sitzung, die dieser zugeordnet ist.</translation>
    </message>
    <message>
        <source>This session beside %1&apos;s of %2: agreement %3 of 100; depth gap %4 %5, %6 %7.</source>
        <translation>Diese Sitzung neben der von %1 vom %2: Übereinstimmung %3 von 100; Tiefenabstand %4 %5, %6 %7.</translation>
    </message>
    <message>
        <source>Both sides: %1&apos;s account beside yours</source>
        <translation>Beide Seiten: die Darstellung von %1 neben deiner</translation>
    </message>
</context>
<context>
    <name>unfold::ScoreHistory</name>
    <message>
        <source>within noise (RCI %1)</source>
        <translation>im Rauschen (RCI %1)</translation>
    </message>
    <message>
        <source>↑ reliable rise (RCI %1)</source>
        <translation>↑ reliabler Anstieg (RCI %1)</translation>
    </message>
    <message>
        <source>↓ reliable fall (RCI %1)</source>
        <translation>↓ reliabler Rückgang (RCI %1)</translation>
    </message>
    <message>
        <source>Reliable change (Jacobson–Truax, |RCI| &gt; 1.96) is given only for instruments whose file cites norms: a published standard deviation and reliability. The shipped instruments have their own wording and no published norms, so for them it stays empty.</source>
        <translation>Reliable Veränderung (Jacobson–Truax, |RCI| &gt; 1,96) wird nur für Instrumente angegeben, deren Datei Normen nennt: eine veröffentlichte Standardabweichung und Reliabilität. Die mitgelieferten Instrumente haben eigene Formulierungen und keine veröffentlichten Normen, daher bleibt sie für sie leer.</translation>
    </message>
</context>
<context>
    <name>unfold::SessionEditor</name>
    <message>
        <source>Choose a session in the timeline, or start a new one with Session › New Session (Ctrl+T).</source>
        <translation>Wähle eine Sitzung im Zeitverlauf oder beginne eine neue mit Sitzung › Neue Sitzung (Strg+T).</translation>
    </message>
    <message>
        <source>Session start</source>
        <translation>Beginn der Sitzung</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notizen zur Sitzung</translation>
    </message>
    <message>
        <source>Private notes about this session</source>
        <translation>Private Notizen zu dieser Sitzung</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>Sti&amp;mmung:</translation>
    </message>
    <message>
        <source>Disclosures of this session</source>
        <translation>Mitteilungen dieser Sitzung</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Delete Disclosure</source>
        <translation>Mitteilung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Log Disclosure</source>
        <translation>Mitteilung ein&amp;tragen</translation>
    </message>
    <message>
        <source>Session with %1 and %2</source>
        <translation>Sitzung mit %1 und %2</translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>Log Disclosure</source>
        <translation>Mitteilung eintragen</translation>
    </message>
    <message>
        <source>Edit Disclosure</source>
        <translation>Mitteilung bearbeiten</translation>
    </message>
    <message>
        <source>The day and time the conversation began.</source>
        <translation>Tag und Uhrzeit, zu denen das Gespräch begonnen hat.</translation>
    </message>
    <message>
        <source>How you talked: in person, by video, by phone, or in text or chat.</source>
        <translation>Wie ihr miteinander gesprochen habt: persönlich, per Video, am Telefon oder per Text oder Chat.</translation>
    </message>
    <message>
        <source>Your mood in the conversation, from 1 (low) to 5 (very good), if you note it.</source>
        <translation>Deine Stimmung im Gespräch, von 1 (gedrückt) bis 5 (sehr gut), falls du sie festhalten möchtest.</translation>
    </message>
    <message>
        <source>Private notes about this session, kept only in the journal.</source>
        <translation>Private Notizen zu dieser Sitzung, die nur im Tagebuch gespeichert werden.</translation>
    </message>
    <message>
        <source>One row per disclosure: who shared, topic, layer and note. F2 edits a cell; Ctrl+Up and Ctrl+Down reorder; Delete removes.</source>
        <translation>Eine Zeile pro Mitteilung: wer geteilt hat, Thema, Schicht und Notiz. F2 bearbeitet ein Feld; Strg+Pfeil nach oben und Strg+Pfeil nach unten ändern die Reihenfolge; Entf entfernt.</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>Pri&amp;vate notes:</source>
        <translation>&amp;Private Notizen:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show private notes</source>
        <translation>Private Notizen zeigen</translation>
    </message>
    <message>
        <source>Shows the private notes of this session until another session is chosen.</source>
        <translation>Zeigt die privaten Notizen dieser Sitzung, bis eine andere Sitzung gewählt wird.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide private notes</source>
        <translation>Private Notizen verbergen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No journal is open. File › New Journal (Ctrl+N) starts one; File › Open Journal (Ctrl+O) opens one.</source>
        <translation>Kein Tagebuch ist geöffnet. Datei › Neues Tagebuch (Strg+N) beginnt eines; Datei › Tagebuch öffnen (Strg+O) öffnet eines.</translation>
    </message>
    <message>
        <source>This journal holds no relationships yet.</source>
        <translation>Dieses Tagebuch enthält noch keine Beziehungen.</translation>
    </message>
    <message>
        <source>Start with the relationship you want to reflect on: Relationship › Add Relationship (Ctrl+Shift+R). Then log your first conversation with Session › New Session (Ctrl+T).</source>
        <translation>Beginne mit der Beziehung, über die du nachdenken möchtest: Beziehung › Beziehung hinzufügen (Strg+Umschalt+R). Dann halte dein erstes Gespräch mit Sitzung › Neue Sitzung (Strg+T) fest.</translation>
    </message>
    <message>
        <source>Choose a session in the timeline.</source>
        <translation>Wähle eine Sitzung im Zeitverlauf.</translation>
    </message>
</context>
<context>
    <name>unfold::SessionListModel</name>
    <message>
        <source>%1 · %2 %3 · %4 %5</source>
        <translation>%1 · %2 %3 · %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>Session of %1, %2; %3 shared %n thing(s)</source>
        <translation>
            <numerusform>Sitzung vom %1, %2; %3 hat %n Mal etwas geteilt</numerusform>
            <numerusform>Sitzung vom %1, %2; %3 hat %n Mal etwas geteilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 shared %n thing(s)</source>
        <translation>
            <numerusform>, %1 hat %n Mal etwas geteilt</numerusform>
            <numerusform>, %1 hat %n Mal etwas geteilt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::SessionReport</name>
    <message>
        <source>there is no relationship with id %1</source>
        <translation>es gibt keine Beziehung mit der ID %1</translation>
    </message>
    <message>
        <source>%1 has no sessions yet</source>
        <translation>%1 hat noch keine Sitzungen</translation>
    </message>
    <message>
        <source>session %1 is not a session of %2</source>
        <translation>Sitzung %1 gehört nicht zu %2</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Klient·innen: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Sitzung %1 von %2</translation>
    </message>
    <message>
        <source>Protocol: none recorded</source>
        <translation>Leitfaden: keiner eingetragen</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Leitfaden: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Sitzungsbericht</translation>
    </message>
    <message>
        <source>Disclosures logged: %1 by %2, %3 by %4</source>
        <translation>Eingetragene Mitteilungen: %1 von %2, %3 von %4</translation>
    </message>
    <message>
        <source>Logged reciprocity: %1 (previous session: %2)</source>
        <translation>Eingetragene Gegenseitigkeit: %1 (vorige Sitzung: %2)</translation>
    </message>
    <message>
        <source>Scores (0–100): baseline, previous, current, change since previous</source>
        <translation>Werte (0–100): Ausgangswert, vorige Sitzung, aktuell, Veränderung seit der vorigen Sitzung</translation>
    </message>
    <message>
        <source>No questionnaire answered yet.</source>
        <translation>Noch kein Fragebogen beantwortet.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Nothing stands out in the data so far.</source>
        <translation>In den Daten fällt bisher nichts Besonderes auf.</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Therapienotizen</translation>
    </message>
    <message>
        <source>No notes for this session.</source>
        <translation>Keine Notizen zu dieser Sitzung.</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Grundlage:</translation>
    </message>
    <message>
        <source>Reliable change (Jacobson–Truax): since previous, since baseline</source>
        <translation>Reliable Veränderung (Jacobson–Truax): seit dem vorigen Mal, seit dem Ausgangswert</translation>
    </message>
    <message>
        <source>Across sessions 1 to %1 (descriptive)</source>
        <translation>Über die Sitzungen 1 bis %1 (beschreibend)</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>keine Sitzungen</translation>
    </message>
    <message>
        <source>sessions: %1, %2</source>
        <translation>Sitzungen: %1, %2</translation>
    </message>
</context>
<context>
    <name>unfold::SessionTime</name>
    <message>
        <source>%1, %2</source>
        <comment>a long date, then the time</comment>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>unfold::SessionTimeline</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>&amp;Remove Session</source>
        <translation>Sitzung &amp;entfernen</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Remove Session</source>
        <translation>Sitzung entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove this session and the %n disclosure(s) logged in it? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Diese Sitzung und die %n darin eingetragene Mitteilung entfernen? Du kannst das mit Bearbeiten › Rückgängig zurücknehmen.</numerusform>
            <numerusform>Diese Sitzung und die %n darin eingetragenen Mitteilungen entfernen? Du kannst das mit Bearbeiten › Rückgängig zurücknehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions of the chosen relationship, newest first; the chosen one opens in the session editor.</source>
        <translation>Die Sitzungen der gewählten Beziehung, die neueste zuerst; die gewählte Sitzung öffnet sich im Sitzungseditor.</translation>
    </message>
</context>
<context>
    <name>unfold::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>Keeps the settings and closes.</source>
        <translation>Übernimmt die Einstellungen und schließt das Fenster.</translation>
    </message>
    <message>
        <source>Closes; settings not yet applied are left as they were.</source>
        <translation>Schließt das Fenster; noch nicht übernommene Einstellungen bleiben, wie sie waren.</translation>
    </message>
    <message>
        <source>Keeps the settings and leaves this open.</source>
        <translation>Übernimmt die Einstellungen und lässt das Fenster offen.</translation>
    </message>
    <message>
        <source>Appearance, pictures, folders and privacy; Ctrl+Tab moves between them.</source>
        <translation>Darstellung, Bilder, Ordner und Datenschutz; mit Strg+Tab wechselst du zwischen ihnen.</translation>
    </message>
</context>
<context>
    <name>unfold::ShareWithPartnerDialog</name>
    <message>
        <source>Share with Partner</source>
        <translation>Mit der anderen Person teilen</translation>
    </message>
    <message>
        <source>Writes your account of %1 (its sessions, what each of you shared and your check-ins) to a file for your partner, encrypted with a passphrase the two of you agree on. Give them the file however you like and tell them the passphrase another way. Unfold sends nothing anywhere.</source>
        <translation>Schreibt deine Darstellung zu %1 (ihre Sitzungen, was ihr jeweils geteilt habt, und deine Check-ins) in eine Datei für die andere Person, verschlüsselt mit einer Passphrase, auf die ihr beide euch einigt. Gib ihr die Datei auf beliebigem Weg und teile ihr die Passphrase auf einem anderen Weg mit. Unfold sendet nichts irgendwohin.</translation>
    </message>
    <message>
        <source>Include &amp;notes</source>
        <translation>&amp;Notizen einschließen</translation>
    </message>
    <message>
        <source>Session and disclosure notes stay out unless you tick this.</source>
        <translation>Notizen zu Sitzungen und Mitteilungen bleiben außen vor, wenn du das nicht ankreuzt.</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Ich bin:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Teilen…</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Die Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>unfold::Topic</name>
    <message>
        <source>Interests &amp; hobbies</source>
        <translation>Interessen &amp; Hobbys</translation>
    </message>
    <message>
        <source>Work &amp; studies</source>
        <translation>Arbeit &amp; Ausbildung</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Opinions &amp; beliefs</source>
        <translation>Meinungen &amp; Überzeugungen</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Money &amp; status</source>
        <translation>Geld &amp; Status</translation>
    </message>
    <message>
        <source>Body &amp; health</source>
        <translation>Körper &amp; Gesundheit</translation>
    </message>
    <message>
        <source>Love &amp; relationships</source>
        <translation>Liebe &amp; Beziehungen</translation>
    </message>
    <message>
        <source>Feelings &amp; fears</source>
        <translation>Gefühle &amp; Ängste</translation>
    </message>
    <message>
        <source>Values &amp; self-image</source>
        <translation>Werte &amp; Selbstbild</translation>
    </message>
</context>
<context>
    <name>unfold::TopicsLayersDialog</name>
    <message>
        <source>Topics and Layers</source>
        <translation>Themen und Schichten</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Checked topics are shown; press F2 to rename.</source>
        <translation>Angehakte Themen werden angezeigt; mit F2 benennst du sie um.</translation>
    </message>
    <message>
        <source>&amp;Add Topic</source>
        <translation>&amp;Thema hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Topics (breadth), least intimate first; uncheck to hide</source>
        <translation>Themen (Breite), die am wenigsten persönlichen zuerst; Haken entfernen zum Ausblenden</translation>
    </message>
    <message>
        <source>Number of layers</source>
        <translation>Anzahl der Schichten</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>&amp;Schichten:</translation>
    </message>
    <message>
        <source>Layers (depth), from the periphery to the core</source>
        <translation>Schichten (Tiefe), von außen bis zum Kern</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>Every topic needs a name.</source>
        <translation>Jedes Thema braucht einen Namen.</translation>
    </message>
    <message>
        <source>Every layer needs a name.</source>
        <translation>Jede Schicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>Edit Topics and Layers</source>
        <translation>Themen und Schichten bearbeiten</translation>
    </message>
    <message>
        <source>Edit Topic</source>
        <translation>Thema bearbeiten</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <source>Adds a topic at the end of the list and lets you name it.</source>
        <translation>Fügt am Ende der Liste ein Thema hinzu, das du gleich benennen kannst.</translation>
    </message>
    <message>
        <source>Moves the chosen topic one place towards the least intimate.</source>
        <translation>Verschiebt das gewählte Thema um einen Platz in Richtung der am wenigsten persönlichen Themen.</translation>
    </message>
    <message>
        <source>Moves the chosen topic one place towards the most intimate.</source>
        <translation>Verschiebt das gewählte Thema um einen Platz in Richtung der persönlichsten Themen.</translation>
    </message>
    <message>
        <source>How many layers of depth the onion has.</source>
        <translation>Wie viele Schichten (Tiefe) die Zwiebel hat.</translation>
    </message>
    <message>
        <source>Each layer&apos;s name and description, from the periphery to the core; F2 edits a cell.</source>
        <translation>Name und Beschreibung jeder Schicht, von außen bis zum Kern; F2 bearbeitet ein Feld.</translation>
    </message>
    <message>
        <source>Saves the topics and layers; Edit › Undo takes the change back.</source>
        <translation>Speichert die Themen und Schichten; mit Bearbeiten › Rückgängig nimmst du die Änderung zurück.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>Schließt, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Name Defaults in %1</source>
        <translation>Standard&amp;namen auf %1</translation>
    </message>
    <message>
        <source>Gives the default topics and layers nobody renamed their names in the language Unfold speaks now; names you chose stay.</source>
        <translation>Gibt den vorgegebenen Themen und Schichten, die niemand umbenannt hat, ihre Namen in der Sprache, die Unfold jetzt spricht; Namen, die du gewählt hast, bleiben.</translation>
    </message>
</context>
<context>
    <name>unfold::UnlockScreen</name>
    <message>
        <source>This encrypted journal was locked. Type its passphrase to go on.</source>
        <translation>Dieses verschlüsselte Tagebuch wurde gesperrt. Gib die Passphrase ein, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase of the locked journal; Enter unlocks.</source>
        <translation>Die Passphrase des gesperrten Tagebuchs; die Eingabetaste entsperrt es.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Checks the passphrase and shows the journal again.</source>
        <translation>Prüft die Passphrase und zeigt das Tagebuch wieder an.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Passphrase wird geprüft…</translation>
    </message>
    <message>
        <source>%1 is locked</source>
        <translation>%1 ist gesperrt</translation>
    </message>
</context>
<context>
    <name>unfold::UserGuideDialog</name>
    <message>
        <source>Unfold User Guide</source>
        <translation>Unfold-Handbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Use Tab to move between links and Enter to follow one.</source>
        <translation>Mit Tab wechselst du zwischen den Links, mit Enter folgst du einem.</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Close the user guide</source>
        <translation>Handbuch schließen</translation>
    </message>
    <message>
        <source>The guide opens again with F1.</source>
        <translation>Mit F1 öffnest du das Handbuch wieder.</translation>
    </message>
</context>
<context>
    <name>unfold::WelcomeBar</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Unfold. This demo journal holds four made-up relationships to explore: what each person shared, topic by topic and layer by layer, the onion of how far each has opened up, and the charts over time. Your own journal starts empty and stays on this computer.</source>
        <translation>Willkommen bei Unfold. Dieses Demo-Tagebuch enthält vier erfundene Beziehungen zum Erkunden: was jede Person geteilt hat, Thema für Thema und Schicht für Schicht, die Zwiebel, wie weit sich jede geöffnet hat, und die Diagramme über die Zeit. Dein eigenes Tagebuch beginnt leer und bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Start My Own Journal…</source>
        <translation>Eigenes Tagebuch beginnen…</translation>
    </message>
    <message>
        <source>Makes a new, empty journal of your own; the demo stays as it is.</source>
        <translation>Legt ein neues, leeres eigenes Tagebuch an; die Demo bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Willkommen schließen</translation>
    </message>
</context>
<context>
    <name>unfold::XmlDocument</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>die Datei enthält kein XML-Element</translation>
    </message>
</context>
<context>
    <name>unfold::cli</name>
    <message>
        <source>The journal to check.</source>
        <translation>Das zu prüfende Tagebuch.</translation>
    </message>
    <message>
        <source>Checks a journal&apos;s integrity and format without changing it.</source>
        <translation>Prüft Integrität und Format eines Tagebuchs, ohne es zu verändern.</translation>
    </message>
    <message>
        <source>%1: an Unfold journal, format %2 (this version writes format %3).</source>
        <translation>%1: ein Unfold-Tagebuch, Format %2 (diese Version schreibt Format %3).</translation>
    </message>
    <message>
        <source>It will be upgraded when opened for editing; a copy of the old file is kept.</source>
        <translation>Es wird beim Öffnen zum Bearbeiten umgestellt; eine Kopie der alten Datei wird aufbewahrt.</translation>
    </message>
    <message>
        <source>Integrity check: passed.</source>
        <translation>Integritätsprüfung: bestanden.</translation>
    </message>
    <message>
        <source>%1 people, %2 relationships, %3 sessions, %4 disclosures, %5 topics, %6 layers.</source>
        <translation>%1 Personen, %2 Beziehungen, %3 Sitzungen, %4 Mitteilungen, %5 Themen, %6 Schichten.</translation>
    </message>
    <message>
        <source>Commands (each runs without a display; add --help for its options):</source>
        <translation>Befehle (alle laufen ohne Bildschirm; mit --help siehst du ihre Optionen):</translation>
    </message>
    <message>
        <source>Unfold: reflect on how you and the people close to you open up.</source>
        <translation>Unfold: Denk darüber nach, wie du dich den Menschen öffnest, die dir nahestehen – und sie sich dir.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Open the journal FILE.</source>
        <translation>Das Tagebuch FILE öffnen.</translation>
    </message>
    <message>
        <source>Try &apos;unfold --help&apos;.</source>
        <translation>Versuch es mit &apos;unfold --help&apos;.</translation>
    </message>
    <message>
        <source>Write the journal to FILE.</source>
        <translation>Das Tagebuch in FILE schreiben.</translation>
    </message>
    <message>
        <source>Seed for the content (default 1).</source>
        <translation>Startwert für den Inhalt (Standard: 1).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls die Datei existiert.</translation>
    </message>
    <message>
        <source>Writes a deterministic demo journal.</source>
        <translation>Schreibt ein reproduzierbares Demo-Tagebuch.</translation>
    </message>
    <message>
        <source>--seed wants a whole number, not &apos;%1&apos;</source>
        <translation>--seed erwartet eine ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>no relationship &apos;%1&apos; in this journal; there are: %2</source>
        <translation>keine Beziehung &apos;%1&apos; in diesem Tagebuch; vorhanden sind: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one relationship; give its id instead (one of %2)</source>
        <translation>&apos;%1&apos; passt auf mehr als eine Beziehung; gib stattdessen ihre ID an (eine von %2)</translation>
    </message>
    <message>
        <source>The journal to read.</source>
        <translation>Das zu lesende Tagebuch.</translation>
    </message>
    <message>
        <source>The relationship: its title (&quot;A &amp; B&quot;) or its id.</source>
        <translation>Die Beziehung: ihr Titel (&quot;A &amp; B&quot;) oder ihre ID.</translation>
    </message>
    <message>
        <source>png, svg or pdf (default: from --out).</source>
        <translation>png, svg oder pdf (Standard: aus --out).</translation>
    </message>
    <message>
        <source>Resolution of a PNG, 72 to 600 (default 96).</source>
        <translation>Auflösung eines PNG, 72 bis 600 (Standard: 96).</translation>
    </message>
    <message>
        <source>Show the onion as it stood after session N (default: the latest).</source>
        <translation>Die Zwiebel so zeigen, wie sie nach Sitzung N aussah (Standard: nach der neuesten).</translation>
    </message>
    <message>
        <source>Write the picture to FILE.</source>
        <translation>Das Bild in FILE schreiben.</translation>
    </message>
    <message>
        <source>Exports a chart of one relationship as a picture.</source>
        <translation>Exportiert ein Diagramm einer Beziehung als Bild.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (choose png, svg or pdf)</source>
        <translation>unbekanntes Format &apos;%1&apos; (wähle png, svg oder pdf)</translation>
    </message>
    <message>
        <source>--dpi wants a whole number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--dpi erwartet eine ganze Zahl von %1 bis %2, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT in pixels, each 16 to 20000, not &apos;%1&apos;</source>
        <translation>--size erwartet WIDTHxHEIGHT (Breite x Höhe) in Pixeln, jeweils 16 bis 20000, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--at-session wants a session number, not &apos;%1&apos;</source>
        <translation>--at-session erwartet eine Sitzungsnummer, nicht &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>--at-session %1: %2 has %n session(s)</source>
        <translation>
            <numerusform>--at-session %1: %2 hat %n Sitzung</numerusform>
            <numerusform>--at-session %1: %2 hat %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add --help after the word for its options.</source>
        <translation>Mit --help nach dem Wort siehst du seine Optionen.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>... und %n weiteres Problem</numerusform>
            <numerusform>... und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was scored.</source>
        <translation>Es wurde nichts ausgewertet.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The instrument: an id such as trust-inventory, or a JSON file.</source>
        <translation>Der Fragebogen: eine ID wie trust-inventory oder eine JSON-Datei.</translation>
    </message>
    <message>
        <source>Answers CSV: respondent, optional date, one column per item.</source>
        <translation>CSV mit Antworten: Spalte respondent, optional date, je Frage eine Spalte.</translation>
    </message>
    <message>
        <source>Prints Cronbach&apos;s alpha per subscale across administrations (complete cases).</source>
        <translation>Gibt Cronbachs Alpha je Subskala über alle Durchführungen aus (nur vollständige Fälle).</translation>
    </message>
    <message>
        <source>Write the scores CSV to FILE.</source>
        <translation>Die Werte als CSV in FILE schreiben.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n administration(s) into %1</source>
        <translation>
            <numerusform>%n Durchführung ausgewertet, Ergebnis in %1</numerusform>
            <numerusform>%n Durchführungen ausgewertet, Ergebnis in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a demo journal.</source>
        <translation>Ein Demo-Tagebuch schreiben.</translation>
    </message>
    <message>
        <source>Check a journal&apos;s integrity and format.</source>
        <translation>Integrität und Format eines Tagebuchs prüfen.</translation>
    </message>
    <message>
        <source>Score questionnaire answers from a CSV file.</source>
        <translation>Fragebogen-Antworten aus einer CSV-Datei auswerten.</translation>
    </message>
    <message>
        <source>Print Cronbach&apos;s alpha of questionnaire answers.</source>
        <translation>Cronbachs Alpha von Fragebogen-Antworten ausgeben.</translation>
    </message>
    <message>
        <source>Usage: unfold export chart|data [options]</source>
        <translation>Aufruf: unfold export chart|data [Optionen]</translation>
    </message>
    <message>
        <source>  chart  Export a chart of one relationship as PNG, SVG or PDF.</source>
        <translation>  chart  Ein Diagramm einer Beziehung als PNG, SVG oder PDF exportieren.</translation>
    </message>
    <message>
        <source>  data   Export a journal&apos;s data as CSV tables or one JSON document.</source>
        <translation>  data   Die Daten eines Tagebuchs als CSV-Tabellen oder ein JSON-Dokument exportieren.</translation>
    </message>
    <message>
        <source>say what to export: chart or data (try &apos;unfold export --help&apos;)</source>
        <translation>gib an, was exportiert werden soll: chart oder data (versuch &apos;unfold export --help&apos;)</translation>
    </message>
    <message>
        <source>cannot export &apos;%1&apos;; try &apos;unfold export chart&apos; or &apos;unfold export data&apos;</source>
        <translation>&apos;%1&apos; kann nicht exportiert werden; versuch &apos;unfold export chart&apos; oder &apos;unfold export data&apos;</translation>
    </message>
    <message>
        <source>The folder (csv) or file (json) to write.</source>
        <translation>Zielordner (csv) oder Zieldatei (json).</translation>
    </message>
    <message>
        <source>Exports a journal&apos;s data for a spreadsheet or R.</source>
        <translation>Exportiert die Daten eines Tagebuchs für eine Tabellenkalkulation oder R.</translation>
    </message>
    <message>
        <source>%1 is a folder; json wants a file name</source>
        <translation>%1 ist ein Ordner; json erwartet einen Dateinamen</translation>
    </message>
    <message>
        <source>csv or json (default csv).</source>
        <translation>csv oder json (Standard: csv).</translation>
    </message>
    <message>
        <source>Prints the logged reciprocity of each session of a relationship; empty (csv) or null (json) where a measure is undefined.</source>
        <translation>Gibt die eingetragene Gegenseitigkeit jeder Sitzung einer Beziehung aus; leer (csv) bzw. null (json), wo ein Maß nicht definiert ist.</translation>
    </message>
    <message>
        <source>Export a chart as a picture, or a journal&apos;s data.</source>
        <translation>Ein Diagramm als Bild oder die Daten eines Tagebuchs exportieren.</translation>
    </message>
    <message>
        <source>Print the reciprocity measures of each session.</source>
        <translation>Die Gegenseitigkeitsmaße jeder Sitzung ausgeben.</translation>
    </message>
    <message>
        <source>Which picture: trust, reciprocity, depth, breadth, layers, topics, perception or onion.</source>
        <translation>Welches Bild: trust, reciprocity, depth, breadth, layers, topics, perception oder onion.</translation>
    </message>
    <message>
        <source>Size in logical pixels (default 800x800 for the onion, 1000x600 for the others).</source>
        <translation>Größe in logischen Pixeln (Standard: 800x800 für die Zwiebel, 1000x600 für die anderen).</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos; (choose trust, reciprocity, depth, breadth, layers, topics, perception or onion)</source>
        <translation>unbekanntes Diagramm &apos;%1&apos; (wähle trust, reciprocity, depth, breadth, layers, topics, perception oder onion)</translation>
    </message>
    <message>
        <source>--at-session is for the onion only</source>
        <translation>--at-session gilt nur für die Zwiebel</translation>
    </message>
    <message>
        <source>The session&apos;s id (default: the latest).</source>
        <translation>Die ID der Sitzung (Standard: die neueste).</translation>
    </message>
    <message>
        <source>Include the therapist&apos;s private session notes (left out by default).</source>
        <translation>Die privaten Sitzungsnotizen der Therapeutin/des Therapeuten aufnehmen (standardmäßig weggelassen).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Writes a session report as a PDF: header, onion, charts, scores, insights, and the therapist&apos;s notes only with --include-notes.</source>
        <translation>Schreibt einen Sitzungsbericht als PDF: Kopfzeilen, Zwiebel, Diagramme, Werte, Einblicke und – nur mit --include-notes – die Notizen der Therapeutin/des Therapeuten.</translation>
    </message>
    <message>
        <source>--session needs a session id, a whole number (got &apos;%1&apos;)</source>
        <translation>--session braucht eine Sitzungs-ID, also eine ganze Zahl (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a session report as a PDF.</source>
        <translation>Einen Sitzungsbericht als PDF schreiben.</translation>
    </message>
    <message>
        <source>Include session and disclosure notes (private; left out by default).</source>
        <translation>Notizen zu Sitzungen und Mitteilungen einbeziehen (privat; standardmäßig weggelassen).</translation>
    </message>
    <message>
        <source>%1: an encrypted Unfold journal, format %2 (this version writes format %3).</source>
        <translation>%1: ein verschlüsseltes Unfold-Tagebuch, Format %2 (diese Version schreibt Format %3).</translation>
    </message>
    <message>
        <source>Encrypt the journal with the passphrase from --passphrase-file.</source>
        <translation>Das Tagebuch mit der Passphrase aus --passphrase-file verschlüsseln.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (&apos;-&apos;: standard input).</source>
        <translation>Die Passphrase aus der ersten Zeile von FILE lesen (&apos;-&apos;: Standardeingabe).</translation>
    </message>
    <message>
        <source>--encrypt needs --passphrase-file FILE</source>
        <translation>--encrypt braucht --passphrase-file FILE</translation>
    </message>
    <message>
        <source>%1 is in use by %2; close it there first</source>
        <translation>%1 wird gerade von %2 verwendet; schließe die Datei zuerst dort</translation>
    </message>
    <message>
        <source>The plain journal to encrypt.</source>
        <translation>Das unverschlüsselte Tagebuch, das verschlüsselt werden soll.</translation>
    </message>
    <message>
        <source>Encrypts a plain journal in place with the passphrase from --passphrase-file. Plain backups made before stay as they are.</source>
        <translation>Verschlüsselt ein unverschlüsseltes Tagebuch an Ort und Stelle mit der Passphrase aus --passphrase-file. Zuvor angelegte unverschlüsselte Sicherungskopien bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>%1 is already encrypted; &apos;unfold passphrase&apos; changes its passphrase</source>
        <translation>%1 ist bereits verschlüsselt; die Passphrase änderst du mit &apos;unfold passphrase&apos;</translation>
    </message>
    <message>
        <source>Encrypted %1</source>
        <translation>%1 verschlüsselt</translation>
    </message>
    <message>
        <source>The encrypted journal.</source>
        <translation>Das verschlüsselte Tagebuch.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation>Die neue Passphrase aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <source>Changes an encrypted journal&apos;s passphrase: afterwards only the new one opens it.</source>
        <translation>Ändert die Passphrase eines verschlüsselten Tagebuchs: Danach öffnet es nur noch die neue.</translation>
    </message>
    <message>
        <source>%1 is not encrypted; &apos;unfold encrypt&apos; encrypts it</source>
        <translation>%1 ist nicht verschlüsselt; verschlüsseln kannst du es mit &apos;unfold encrypt&apos;</translation>
    </message>
    <message>
        <source>Changed the passphrase of %1</source>
        <translation>Passphrase von %1 geändert</translation>
    </message>
    <message>
        <source>cannot read the passphrase from %1: %2</source>
        <translation>die Passphrase kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no passphrase (its first line is empty)</source>
        <translation>%1 enthält keine Passphrase (die erste Zeile ist leer)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <source>Encrypt a plain journal with a passphrase.</source>
        <translation>Ein unverschlüsseltes Tagebuch mit einer Passphrase verschlüsseln.</translation>
    </message>
    <message>
        <source>Change an encrypted journal&apos;s passphrase.</source>
        <translation>Die Passphrase eines verschlüsselten Tagebuchs ändern.</translation>
    </message>
    <message>
        <source>the passphrase in %1 is longer than %2 bytes</source>
        <translation>die Passphrase in %1 ist länger als %2 Bytes</translation>
    </message>
    <message>
        <source>a new passphrase needs at least %1 characters; a few words are easy to remember and hard to guess</source>
        <translation>eine neue Passphrase braucht mindestens %1 Zeichen; ein paar Wörter sind leicht zu merken und schwer zu erraten</translation>
    </message>
    <message>
        <source>the new session could not be saved: %1</source>
        <translation>die neue Sitzung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>this relationship has no session yet; start one with --new-session</source>
        <translation>diese Beziehung hat noch keine Sitzung; beginne eine mit --new-session</translation>
    </message>
    <message>
        <source>there is no session %1 in this relationship</source>
        <translation>in dieser Beziehung gibt es keine Sitzung %1</translation>
    </message>
    <message>
        <source>The journal to log in.</source>
        <translation>Das Tagebuch, in das eingetragen wird.</translation>
    </message>
    <message>
        <source>Log in the session with this id (default: the latest).</source>
        <translation>In die Sitzung mit dieser ID eintragen (Standard: die neueste).</translation>
    </message>
    <message>
        <source>Start a new session and log in it.</source>
        <translation>Eine neue Sitzung beginnen und dort eintragen.</translation>
    </message>
    <message>
        <source>When the new session began, as ISO 8601 (default: now).</source>
        <translation>Wann die neue Sitzung begann, als ISO 8601 (Standard: jetzt).</translation>
    </message>
    <message>
        <source>How the new session took place: in-person (default), video, phone or text.</source>
        <translation>Wie die neue Sitzung stattfand: in-person (Standard), video, phone oder text.</translation>
    </message>
    <message>
        <source>A disclosure in the quick-entry shorthand: who (a or b), the topic&apos;s number, the depth, then an optional note, e.g. &quot;a42 talked about work&quot;. &apos;-&apos; reads one entry per line from standard input.</source>
        <translation>Eine Mitteilung in der Kurzschreibweise der Schnelleingabe: wer (a oder b), die Nummer des Themas, die Tiefe, dann eine optionale Notiz, z. B. &quot;a42 über die Arbeit gesprochen&quot;. &apos;-&apos; liest einen Eintrag pro Zeile von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Logs disclosures in a session, each saved on its own. Prints the session&apos;s id, then the id of each disclosure once it is saved.</source>
        <translation>Trägt Mitteilungen in eine Sitzung ein, jede einzeln gespeichert. Gibt die ID der Sitzung aus, dann die ID jeder Mitteilung, sobald sie gespeichert ist.</translation>
    </message>
    <message>
        <source>give at least one ENTRY to log, such as &quot;a42&quot;</source>
        <translation>gib mindestens einen ENTRY zum Eintragen an, etwa &quot;a42&quot;</translation>
    </message>
    <message>
        <source>&apos;-&apos; reads every entry from standard input; give no other ENTRY</source>
        <translation>&apos;-&apos; liest alle Einträge von der Standardeingabe; gib keinen weiteren ENTRY an</translation>
    </message>
    <message>
        <source>give either --session or --new-session, not both</source>
        <translation>gib entweder --session oder --new-session an, nicht beides</translation>
    </message>
    <message>
        <source>--start and --context describe a new session: add --new-session</source>
        <translation>--start und --context beschreiben eine neue Sitzung: ergänze --new-session</translation>
    </message>
    <message>
        <source>--start needs a date and time in ISO 8601, such as 2026-03-14T18:30 (got &apos;%1&apos;)</source>
        <translation>--start braucht Datum und Uhrzeit in ISO 8601, etwa 2026-03-14T18:30 (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>unknown context &apos;%1&apos; (choose in-person, video, phone or text)</source>
        <translation>unbekannter Rahmen &apos;%1&apos; (wähle in-person, video, phone oder text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry: %2</source>
        <translation>&quot;%1&quot; ist kein Eintrag: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not logged (the entries before it are saved): %2</source>
        <translation>&quot;%1&quot; wurde nicht eingetragen (die Einträge davor sind gespeichert): %2</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>line %1 of standard input is longer than %2 bytes; nothing from it was logged</source>
        <translation>Zeile %1 der Standardeingabe ist länger als %2 Bytes; nichts daraus wurde eingetragen</translation>
    </message>
    <message>
        <source>line %1 of standard input, &quot;%2&quot;, was not logged (the lines before it are saved): %3</source>
        <translation>Zeile %1 der Standardeingabe, &quot;%2&quot;, wurde nicht eingetragen (die Zeilen davor sind gespeichert): %3</translation>
    </message>
    <message>
        <source>Log disclosures in a session from the command line.</source>
        <translation>Mitteilungen über die Befehlszeile in eine Sitzung eintragen.</translation>
    </message>
    <message>
        <source>the entries are saved, but the backup that was due failed: %1</source>
        <translation>die Einträge sind gespeichert, aber die fällige Sicherungskopie ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 %2 is required</source>
        <translation>%1 %2 ist erforderlich</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The session in view (default: the latest); later sessions are not looked at.</source>
        <translation>Die betrachtete Sitzung (Standard: die neueste); spätere Sitzungen werden nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text oder json (Standard: text).</translation>
    </message>
    <message>
        <source>Prints the insights about a relationship as of one session, each with its rule id and the sessions and values it rests on.</source>
        <translation>Gibt die Hinweise zu einer Beziehung zum Stand einer Sitzung aus, jeweils mit Regel-ID sowie den Sitzungen und Werten, auf denen er beruht.</translation>
    </message>
    <message>
        <source>%1 has no sessions yet</source>
        <translation>%1 hat noch keine Sitzungen</translation>
    </message>
    <message>
        <source>session %1 is not a session of %2</source>
        <translation>Sitzung %1 gehört nicht zu %2</translation>
    </message>
    <message>
        <source>%1, up to session %2 of %3 (id %4, %5)</source>
        <translation>%1, bis Sitzung %2 von %3 (ID %4, %5)</translation>
    </message>
    <message>
        <source>No insights: nothing stands out in the sessions so far.</source>
        <translation>Keine Hinweise: In den bisherigen Sitzungen fällt nichts auf.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Sitzungen: %1</translation>
    </message>
    <message>
        <source>Print the insights about a relationship, with what they rest on.</source>
        <translation>Die Hinweise zu einer Beziehung ausgeben, mit ihrer Grundlage.</translation>
    </message>
    <message>
        <source>A command to run without the window (see below), or a journal FILE to open in the window (./FILE for one named like a command).</source>
        <translation>Ein Befehl, der ohne Fenster läuft (siehe unten), oder eine Tagebuchdatei FILE, die im Fenster geöffnet wird (./FILE für eine, die wie ein Befehl heißt).</translation>
    </message>
    <message>
        <source>one journal at a time: give either FILE or --journal FILE</source>
        <translation>immer nur ein Tagebuch: gib entweder FILE oder --journal FILE an</translation>
    </message>
    <message>
        <source>csv (a folder with one file per table, codebook.csv among them) or json (one file).</source>
        <translation>csv (ein Ordner mit einer Datei pro Tabelle, darunter codebook.csv) oder json (eine Datei).</translation>
    </message>
    <message>
        <source>The journal was upgraded to the current format; a copy of the old file was kept at %1.</source>
        <translation>Das Tagebuch wurde auf das aktuelle Format gebracht; eine Kopie der alten Datei liegt unter %1.</translation>
    </message>
    <message>
        <source>Print the measures across the sessions instead (breadth, penetration, deepest layer per topic, depth trend and correlations), each with the sessions and time span it rests on.</source>
        <translation>Stattdessen die Maße über die Sitzungen ausgeben (Breite, Durchdringung, tiefste Schicht pro Thema, Tiefentrend und Korrelationen), jeweils mit den Sitzungen und dem Zeitraum, auf denen es beruht.</translation>
    </message>
    <message>
        <source>With --summary: only the sessions up to this one (default: all).</source>
        <translation>Mit --summary: nur die Sitzungen bis zu dieser (Standard: alle).</translation>
    </message>
    <message>
        <source>--session goes with --summary</source>
        <translation>--session gehört zu --summary</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;, and there is no file of that name</source>
        <translation>unbekannter Befehl „%1“, und es gibt keine Datei dieses Namens</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>Unter %1 gibt es kein Tagebuch.</translation>
    </message>
    <message>
        <source>--%1 does not go with --journal</source>
        <translation>--%1 passt nicht zu --journal</translation>
    </message>
    <message>
        <source>The instrument: an id such as trust-inventory, or a JSON file. With --journal: only the scores of the instrument with this id.</source>
        <translation>Das Instrument: eine Kennung wie trust-inventory oder eine JSON-Datei. Mit --journal: nur die Werte des Instruments mit dieser Kennung.</translation>
    </message>
    <message>
        <source>Instead of --in and --out: print the score history of a relationship in this journal, with change and reliable change since the previous score and the baseline.</source>
        <translation>Statt --in und --out: den Verlauf der Werte einer Beziehung in diesem Tagebuch ausgeben, mit Veränderung und reliabler Veränderung seit dem vorigen Wert und dem Ausgangswert.</translation>
    </message>
    <message>
        <source>With --journal: the relationship, its title (&quot;A &amp; B&quot;) or its id.</source>
        <translation>Mit --journal: die Beziehung, ihr Titel („A &amp; B“) oder ihre Kennung.</translation>
    </message>
    <message>
        <source>With --journal: only answer sets up to this session (default: all).</source>
        <translation>Mit --journal: nur Antwortsätze bis zu dieser Sitzung (Standard: alle).</translation>
    </message>
    <message>
        <source>With --journal: csv or json (default csv).</source>
        <translation>Mit --journal: csv oder json (Standard csv).</translation>
    </message>
    <message>
        <source>Scores questionnaire answers, one row per administration; with --journal, prints a relationship&apos;s scores with their reliable change.</source>
        <translation>Wertet Fragebogenantworten aus, eine Zeile pro Durchführung; mit --journal werden die Werte einer Beziehung mit ihrer reliablen Veränderung ausgegeben.</translation>
    </message>
    <message>
        <source>--%1 goes with --journal</source>
        <translation>--%1 gehört zu --journal</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (choose %2 or %3)</source>
        <translation>unbekanntes Format „%1“ (wähle %2 oder %3)</translation>
    </message>
    <message>
        <source>Write instead the partner&apos;s own journal of the partner relationship in journal FILE, logged as they would have logged it, to try sharing and comparing the two accounts.</source>
        <translation>Stattdessen das eigene Tagebuch der anderen Person zur Partnerschaft im Tagebuch FILE schreiben, so eingetragen, wie sie es eingetragen hätte, um das Teilen und Vergleichen der beiden Darstellungen auszuprobieren.</translation>
    </message>
    <message>
        <source>--partner-of goes with neither --profile nor --encrypt</source>
        <translation>--partner-of passt weder zu --profile noch zu --encrypt</translation>
    </message>
    <message>
        <source>Wrote the account of %1 (sessions: %2) to %3%4.</source>
        <translation>Darstellung zu %1 (Sitzungen: %2) in %3 geschrieben%4.</translation>
    </message>
    <message>
        <source>, notes included</source>
        <translation>, Notizen eingeschlossen</translation>
    </message>
    <message>
        <source>Name it with --relationship.</source>
        <translation>Gib sie mit --relationship an.</translation>
    </message>
    <message>
        <source>Name the sender with --partner NAME.</source>
        <translation>Gib mit --partner NAME an, wer die Datei geschickt hat.</translation>
    </message>
    <message>
        <source>the account could not be saved: %1</source>
        <translation>die Darstellung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Replaced the partner&apos;s account of %1 with %2&apos;s newer one: sessions: %3, disclosures: %4.</source>
        <translation>Darstellung der anderen Person zu %1 durch die neuere von %2 ersetzt: Sitzungen: %3, Mitteilungen: %4.</translation>
    </message>
    <message>
        <source>Imported %2&apos;s account of %1: sessions: %3, disclosures: %4.</source>
        <translation>Darstellung von %2 zu %1 importiert: Sitzungen: %3, Mitteilungen: %4.</translation>
    </message>
    <message>
        <source>Matched sessions: %1; yours without a match: %2; theirs without a match: %3.</source>
        <translation>Zugeordnete Sitzungen: %1; deine ohne Zuordnung: %2; die der anderen Person ohne Zuordnung: %3.</translation>
    </message>
    <message>
        <source>Topics only the partner&apos;s journal has (compared as topics of their own): %1.</source>
        <translation>Themen, die nur im Tagebuch der anderen Person vorkommen (als eigene Themen verglichen): %1.</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export oder import</translation>
    </message>
    <message>
        <source>Your journal.</source>
        <translation>Dein Tagebuch.</translation>
    </message>
    <message>
        <source>Read the passphrase you and your partner agreed on from the first line of FILE (&apos;-&apos;: standard input).</source>
        <translation>Die mit der anderen Person vereinbarte Passphrase aus der ersten Zeile von FILE lesen (&apos;-&apos;: Standardeingabe).</translation>
    </message>
    <message>
        <source>export: the exchange file to write.</source>
        <translation>export: die Austauschdatei, die geschrieben wird.</translation>
    </message>
    <message>
        <source>import: the exchange file your partner sent.</source>
        <translation>import: die Austauschdatei, die die andere Person geschickt hat.</translation>
    </message>
    <message>
        <source>export: include session and disclosure notes (left out by default).</source>
        <translation>export: Notizen zu Sitzungen und Mitteilungen einschließen (standardmäßig weggelassen).</translation>
    </message>
    <message>
        <source>export: which of the two people you are, when the journal does not mark &quot;me&quot;.</source>
        <translation>export: welche der beiden Personen du bist, wenn das Tagebuch nicht vermerkt, wer „ich“ ist.</translation>
    </message>
    <message>
        <source>import: which of the two people sent the file, when neither journal marks &quot;me&quot;.</source>
        <translation>import: welche der beiden Personen die Datei geschickt hat, wenn keines der beiden Tagebücher vermerkt, wer „ich“ ist.</translation>
    </message>
    <message>
        <source>Shares one relationship with your partner as an encrypted exchange file, or imports the file your partner sent as their account, beside your own.</source>
        <translation>Teilt eine Beziehung als verschlüsselte Austauschdatei mit der anderen Person oder importiert die Datei, die die andere Person geschickt hat, als deren Darstellung neben deiner eigenen.</translation>
    </message>
    <message>
        <source>say export or import</source>
        <translation>gib export oder import an</translation>
    </message>
    <message>
        <source>--%1 does not go with %2</source>
        <translation>--%1 passt nicht zu %2</translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase with --%2 FILE</source>
        <translation>%1 ist verschlüsselt: Gib die Passphrase mit --%2 FILE an</translation>
    </message>
    <message>
        <source>%1 has no partner&apos;s account yet; import one with: unfold exchange import</source>
        <translation>%1 hat noch keine Darstellung der anderen Person; importiere eine mit: unfold exchange import</translation>
    </message>
    <message>
        <source>Print instead, per session matched with the partner&apos;s account, how the two accounts differ: count, depth and topic gaps of each side and the agreement index.</source>
        <translation>Stattdessen für jede Sitzung, die der Darstellung der anderen Person zugeordnet ist, ausgeben, wie sich die beiden Darstellungen unterscheiden: Unterschiede in Anzahl, Tiefe und Themen für jede Seite sowie der Übereinstimmungsindex.</translation>
    </message>
    <message>
        <source>--perception and --summary print different tables: give one</source>
        <translation>--perception und --summary geben verschiedene Tabellen aus: Gib nur eine der beiden Optionen an</translation>
    </message>
    <message>
        <source>Share a relationship with your partner, or import the account they shared.</source>
        <translation>Eine Beziehung mit der anderen Person teilen oder die von ihr geteilte Darstellung importieren.</translation>
    </message>
    <message>
        <source>Whose account the onion shows: mine (default) or partner, the partner&apos;s imported account.</source>
        <translation>Wessen Darstellung die Zwiebel zeigt: mine (Vorgabe) oder partner, die importierte Darstellung der anderen Person.</translation>
    </message>
    <message>
        <source>unknown account &apos;%1&apos; (choose mine or partner)</source>
        <translation>unbekannte Darstellung „%1“ (wähle mine oder partner)</translation>
    </message>
    <message>
        <source>--account is for the onion only</source>
        <translation>--account gilt nur für die Zwiebel</translation>
    </message>
    <message>
        <source>%1 has no partner&apos;s account: import one with &apos;unfold exchange import&apos;</source>
        <translation>%1 hat keine Darstellung der anderen Person: importiere eine mit „unfold exchange import“</translation>
    </message>
    <message>
        <source>Count only the latest N sessions up to the one shown; what was reached before and not since shows faintly.</source>
        <translation>Nur die letzten N Sitzungen bis zur gezeigten zählen; was vorher erreicht wurde und seitdem nicht mehr, erscheint blass.</translation>
    </message>
    <message>
        <source>--last is for the onion only</source>
        <translation>--last gilt nur für die Zwiebel</translation>
    </message>
    <message>
        <source>--last wants a number of sessions, 1 or more, not &apos;%1&apos;</source>
        <translation>--last erwartet eine Anzahl Sitzungen, 1 oder mehr, nicht „%1“</translation>
    </message>
    <message>
        <source>personal (default), heavy, caseload or decade.</source>
        <translation>personal (Standard), heavy, caseload oder decade.</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (choose personal, heavy, caseload or decade)</source>
        <translation>unbekanntes Profil &apos;%1&apos; (wählen Sie personal, heavy, caseload oder decade)</translation>
    </message>
</context>
<context>
    <name>unfold::cli::AnswerTable</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row</source>
        <translation>%1: die Datei ist leer; sie braucht eine Kopfzeile</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; is not an item of %4</source>
        <translation>%1:%2: Spalte &apos;%3&apos; ist keine Frage von %4</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; appears twice</source>
        <translation>%1:%2: Spalte &apos;%3&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1:%2: there is no &apos;respondent&apos; column</source>
        <translation>%1:%2: es gibt keine Spalte &apos;respondent&apos;</translation>
    </message>
    <message>
        <source>%1:%2: </source>
        <translation>%1:%2: </translation>
    </message>
    <message>
        <source>the header has %1 columns, this row %2</source>
        <translation>die Kopfzeile hat %1 Spalten, diese Zeile %2</translation>
    </message>
    <message>
        <source>the respondent is empty</source>
        <translation>respondent ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2024-05-31</source>
        <translation>&apos;%1&apos; ist kein Datum wie 2024-05-31</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: &apos;%2&apos; is not a whole number</source>
        <translation>Frage &apos;%1&apos;: &apos;%2&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: %2 is outside %3..%4</source>
        <translation>Frage &apos;%1&apos;: %2 liegt außerhalb von %3..%4</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB; an answers file is far smaller</source>
        <translation>%1: die Datei ist größer als %2 MiB; eine Antwortdatei ist weit kleiner</translation>
    </message>
    <message>
        <source>%1:%2: these items have no column, so their answers count as missing: %3</source>
        <translation>%1:%2: diese Items haben keine Spalte, ihre Antworten gelten daher als fehlend: %3</translation>
    </message>
    <message>
        <source>the respondent holds a control character (a line break, a tab or a NUL byte, say)</source>
        <translation>die befragte Person enthält ein Steuerzeichen (etwa einen Zeilenumbruch, einen Tabulator oder ein NUL-Byte)</translation>
    </message>
    <message>
        <source>%1: reading stopped after %2 problems; the first are listed</source>
        <translation>%1: Lesen nach %2 Problemen abgebrochen; die ersten sind aufgeführt</translation>
    </message>
</context>
<context>
    <name>unfold::cli::JournalArgument</name>
    <message>
        <source>Read an encrypted journal&apos;s passphrase from the first line of FILE (&apos;-&apos;: standard input).</source>
        <translation>Die Passphrase eines verschlüsselten Tagebuchs aus der ersten Zeile von FILE lesen (&apos;-&apos;: Standardeingabe).</translation>
    </message>
</context>
</TS>
