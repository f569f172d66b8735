<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>unfold::AnswerInput</name>
    <message>
        <source>Not answered. Type %1 to %2, or use the arrow keys.</source>
        <translation>Sans réponse. Tape de %1 à %2, ou utilise les flèches.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer: %1, %2</source>
        <translation>Réponse&#xa0;: %1, %2</translation>
    </message>
</context>
<context>
    <name>unfold::AppearancePage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème visuel</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème visuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Light, dark or high-contrast windows, or as the desktop has them; changes as soon as it is applied.</source>
        <translation>Fenêtres claires, sombres ou à contraste élevé, ou comme sur le bureau&#xa0;; change dès que c’est appliqué.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>White text on black, yellow selection and focus, every control edged</source>
        <translation>Texte blanc sur noir, sélection et focus en jaune, chaque contrôle bordé</translation>
    </message>
    <message>
        <source>The language of Unfold&apos;s windows; the window changes to it when the change is applied.</source>
        <translation>La langue des fenêtres d&apos;Unfold ; la fenêtre passe à cette langue dès que le changement est appliqué.</translation>
    </message>
    <message>
        <source>The window changes to a new language when you apply it (what Undo could undo until then is left behind). Pictures that are exported or printed are always light.</source>
        <translation>La fenêtre passe à la nouvelle langue dès que tu l&apos;appliques (ce qu&apos;Annuler pouvait défaire jusque-là est laissé de côté). Les images exportées ou imprimées sont toujours claires.</translation>
    </message>
</context>
<context>
    <name>unfold::ChartBuilder</name>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1&#xa0;: %2
%3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No data in this range. %1</source>
        <translation>Aucune donnée sur cette période. %1</translation>
    </message>
    <message>
        <source>%1
%2 disclosures</source>
        <translation>%1
%2 confidences</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Session (number · date)</source>
        <translation>Séance (numéro · date)</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Confidences</translation>
    </message>
    <message>
        <source>No sessions in this range.</source>
        <translation>Aucune séance sur cette période.</translation>
    </message>
    <message>
        <source>Both people&apos;s disclosures per session, by layer; peripheral at the bottom.</source>
        <translation>Les confidences des deux personnes à chaque séance, par couche&#xa0;; la couche périphérique en bas.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>From the centre out: the deepest layer reached. Nothing logged yet.</source>
        <translation>Du centre vers l’extérieur&#xa0;: la couche la plus profonde atteinte. Rien de noté pour l’instant.</translation>
    </message>
    <message>
        <source>From the centre out: the deepest layer reached, 0 = not yet touched. As it stood after session %1 (%2).</source>
        <translation>Du centre vers l’extérieur&#xa0;: la couche la plus profonde atteinte, 0 = pas encore abordée. État après la séance %1 (%2).</translation>
    </message>
</context>
<context>
    <name>unfold::ChartKinds</name>
    <message>
        <source>Trust and closeness over time</source>
        <translation>Confiance et proximité au fil du temps</translation>
    </message>
    <message>
        <source>Felt and logged reciprocity over time</source>
        <translation>Réciprocité ressentie et notée au fil du temps</translation>
    </message>
    <message>
        <source>Depth of sharing per person</source>
        <translation>Profondeur du partage par personne</translation>
    </message>
    <message>
        <source>Topics reached per person (cumulative)</source>
        <translation>Thèmes abordés par personne (cumulés)</translation>
    </message>
    <message>
        <source>Layer mix per session</source>
        <translation>Répartition des couches par séance</translation>
    </message>
    <message>
        <source>Deepest layer per topic</source>
        <translation>Couche la plus profonde par thème</translation>
    </message>
    <message>
        <source>Two accounts: how deep each went</source>
        <translation>Deux récits&#xa0;: la profondeur atteinte par chacun</translation>
    </message>
</context>
<context>
    <name>unfold::ChartSeriesSet</name>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>%1: trust</source>
        <translation>%1&#xa0;: confiance</translation>
    </message>
    <message>
        <source>%1: closeness</source>
        <translation>%1&#xa0;: proximité</translation>
    </message>
    <message>
        <source>From the trust questionnaire and the session check-in.</source>
        <translation>D’après le questionnaire de confiance et le point de fin de séance.</translation>
    </message>
    <message>
        <source>Reciprocity (0–100)</source>
        <translation>Réciprocité (0–100)</translation>
    </message>
    <message>
        <source>Logged reciprocity index</source>
        <translation>Indice de réciprocité (noté)</translation>
    </message>
    <message>
        <source>%1: felt balance</source>
        <translation>%1&#xa0;: équilibre ressenti</translation>
    </message>
    <message>
        <source>Logged from the disclosures; felt from the session check-in.</source>
        <translation>Noté&#xa0;: d’après les confidences&#xa0;; ressenti&#xa0;: d’après le point de fin de séance.</translation>
    </message>
    <message>
        <source>Mean depth (1 = %1, %2 = %3)</source>
        <translation>Profondeur moyenne (1 = %1, %2 = %3)</translation>
    </message>
    <message>
        <source>Topics reached</source>
        <translation>Thèmes abordés</translation>
    </message>
    <message>
        <source>%1: depth gap</source>
        <translation>%1&#xa0;: écart de profondeur</translation>
    </message>
    <message numerus="yes">
        <source>%1, mean of %n session(s)</source>
        <translation>
            <numerusform>%1, moyenne de %n séance</numerusform>
            <numerusform>%1, moyenne de %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Depth gap (layers)</source>
        <translation>Écart de profondeur (couches)</translation>
    </message>
    <message>
        <source>Depth in the partner&apos;s account minus in mine, per matched session.</source>
        <translation>Profondeur dans le récit de l’autre personne moins dans le mien, par séance appariée.</translation>
    </message>
    <message>
        <source>Relationship › Import Partner&apos;s Account brings it in.</source>
        <translation>Relation › Importer le récit de l’autre personne l’apporte.</translation>
    </message>
</context>
<context>
    <name>unfold::ChartSubject</name>
    <message>
        <source>Layer %1</source>
        <translation>Couche %1</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Séance %1 · %2</translation>
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
        <translation>Séance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>Across sessions 1 to %1 (descriptive) — %2</source>
        <translation>Sur les séances 1 à %1 (descriptif) — %2</translation>
    </message>
</context>
<context>
    <name>unfold::ChartText</name>
    <message>
        <source>Events: %1</source>
        <translation>Événements : %1</translation>
    </message>
</context>
<context>
    <name>unfold::ChartsView</name>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Range from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Range to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Afficher les chiffres du graphique sous forme de tableau</translation>
    </message>
    <message>
        <source>&amp;Mark Event…</source>
        <translation>&amp;Marquer un événement…</translation>
    </message>
    <message>
        <source>Mark an event on the timeline</source>
        <translation>Marquer un événement sur la frise chronologique</translation>
    </message>
    <message>
        <source>Remove E&amp;vent…</source>
        <translation>Retirer un é&amp;vénement…</translation>
    </message>
    <message>
        <source>Remove a marked event</source>
        <translation>Retirer un événement marqué</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Données du graphique</translation>
    </message>
    <message>
        <source>Mark Event</source>
        <translation>Marquer un événement</translation>
    </message>
    <message>
        <source>What happened (for example &quot;moved in&quot;, &quot;argument&quot;, &quot;started therapy&quot;)?</source>
        <translation>Que s’est-il passé&#xa0;? (par exemple «&#xa0;emménagé ensemble&#xa0;», «&#xa0;dispute&#xa0;», «&#xa0;début de thérapie&#xa0;»)</translation>
    </message>
    <message>
        <source>On which day?</source>
        <translation>Quel jour&#xa0;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; try %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; essaie par exemple %2.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>Retirer un événement</translation>
    </message>
    <message>
        <source>Which event?</source>
        <translation>Quel événement&#xa0;?</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>Exporter tous les graphiques</translation>
    </message>
    <message>
        <source>Choose a relationship first.</source>
        <translation>Choisis d’abord une relation.</translation>
    </message>
    <message>
        <source>Export All Charts Into</source>
        <translation>Exporter tous les graphiques vers</translation>
    </message>
    <message>
        <source>Exporting charts…</source>
        <translation>Export des graphiques…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Which measure the chart shows over the sessions.</source>
        <translation>La mesure que le graphique montre au fil des séances.</translation>
    </message>
    <message>
        <source>Which stretch of time the chart covers; Custom lets you give the days.</source>
        <translation>La période couverte par le graphique&#xa0;; Personnalisée te permet de choisir les jours.</translation>
    </message>
    <message>
        <source>The first day the chart covers.</source>
        <translation>Le premier jour couvert par le graphique.</translation>
    </message>
    <message>
        <source>The last day the chart covers.</source>
        <translation>Le dernier jour couvert par le graphique.</translation>
    </message>
    <message>
        <source>A table of the same numbers, one row per point; Enter on a row opens its session.</source>
        <translation>Un tableau des mêmes chiffres, une ligne par point&#xa0;; Entrée sur une ligne ouvre sa séance.</translation>
    </message>
    <message>
        <source>Asks what happened and when, and shows it as a line on the charts.</source>
        <translation>Demande ce qui s’est passé et quand, et l’affiche comme une ligne sur les graphiques.</translation>
    </message>
    <message>
        <source>Asks which marked event to take off the charts.</source>
        <translation>Demande quel événement marqué retirer des graphiques.</translation>
    </message>
    <message>
        <source>Reading the charts</source>
        <translation>Lire les graphiques</translation>
    </message>
    <message>
        <source>Show as t&amp;able</source>
        <translation>En &amp;tableau</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>Grap&amp;hique&#xa0;:</translation>
    </message>
    <message>
        <source>Ran&amp;ge:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Remove the event &quot;%1&quot; of %2 from the timeline?
Edit › Undo brings it back.</source>
        <translation>Retirer l’événement « %1 » du %2 de la frise ?
Édition › Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Summary across sessions</source>
        <translation>Synthèse des séances</translation>
    </message>
    <message>
        <source>Summary across sessions 1 to %1 (descriptive)</source>
        <translation>Synthèse des séances 1 à %1 (descriptif)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>Mean of %n session(s)</source>
        <translation>
            <numerusform>Moyenne de %n séance</numerusform>
            <numerusform>Moyenne de %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling mean</source>
        <translation>Moyenne glissante</translation>
    </message>
    <message>
        <source>Draws each line as the mean of the last few sessions, over the session-by-session points.</source>
        <translation>Trace chaque ligne comme la moyenne des dernières séances, au-dessus des points de chaque séance.</translation>
    </message>
    <message>
        <source>Smoothi&amp;ng:</source>
        <translation>&amp;Lissage :</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Aucune donnée sur cette période</translation>
    </message>
</context>
<context>
    <name>unfold::ClientHistoryDialog</name>
    <message>
        <source>Client History: %1</source>
        <translation>Historique du client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Séances de %1</translation>
    </message>
    <message>
        <source>One row per session; choose one to export its report.</source>
        <translation>Une ligne par séance&#xa0;; choisis-en une pour exporter son compte rendu.</translation>
    </message>
    <message>
        <source>&amp;Show therapist notes</source>
        <translation>&amp;Afficher les notes du thérapeute</translation>
    </message>
    <message>
        <source>Show therapist notes</source>
        <translation>Afficher les notes du thérapeute</translation>
    </message>
    <message>
        <source>Shows the private notes in the table.</source>
        <translation>Affiche les notes privées dans le tableau.</translation>
    </message>
    <message>
        <source>&amp;Include notes in the report</source>
        <translation>&amp;Inclure les notes dans le compte rendu</translation>
    </message>
    <message>
        <source>Include therapist notes in the report</source>
        <translation>Inclure les notes du thérapeute dans le compte rendu</translation>
    </message>
    <message>
        <source>Off, the report leaves the private notes out.</source>
        <translation>Si la case est décochée, le compte rendu laisse de côté les notes privées.</translation>
    </message>
    <message>
        <source>Close the client history</source>
        <translation>Fermer l’historique du client</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Ferme cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le compte rendu…</translation>
    </message>
    <message>
        <source>Export the report of the selected session</source>
        <translation>Exporter le compte rendu de la séance sélectionnée</translation>
    </message>
    <message>
        <source>Asks where to save the chosen session&apos;s report as PDF.</source>
        <translation>Demande où enregistrer en PDF le compte rendu de la séance choisie.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Notes du thérapeute</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le compte rendu n’a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Compte rendu écrit dans %1.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>The session&apos;s number, oldest first</source>
        <translation>Le numéro de la séance, la plus ancienne d&apos;abord</translation>
    </message>
    <message>
        <source>When the session began</source>
        <translation>Quand la séance a commencé</translation>
    </message>
    <message>
        <source>The guided-session protocol used that day</source>
        <translation>Le protocole de séance guidée suivi ce jour-là</translation>
    </message>
    <message>
        <source>Disclosures
%1 · %2</source>
        <translation>Confidences
%1 · %2</translation>
    </message>
    <message>
        <source>How many disclosures each logged</source>
        <translation>Combien de confidences chacun a notées</translation>
    </message>
    <message>
        <source>Logged
reciprocity</source>
        <translation>Réciprocité
notée</translation>
    </message>
    <message>
        <source>How evenly both shared in what was logged, 0–100 (100: as much, as deep and as broad)</source>
        <translation>À quel point les deux ont partagé à égalité d&apos;après les notes, 0–100 (100 : autant, aussi profond et aussi large)</translation>
    </message>
    <message>
        <source>Felt balance
%1</source>
        <translation>Équilibre
ressenti %1</translation>
    </message>
    <message>
        <source>How balanced %1 felt the sharing was, 0–100</source>
        <translation>À quel point %1 a trouvé le partage équilibré, 0–100</translation>
    </message>
    <message>
        <source>Your private notes of the session</source>
        <translation>Tes notes privées de la séance</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged reciprocity and felt balance run from 0 to 100, where 100 is even; – where there is nothing to measure (nothing logged, or no check-in answered). Hover over a column&apos;s heading for what it shows.</source>
        <translation>La réciprocité notée et l&apos;équilibre ressenti vont de 0 à 100 ; 100 signifie égal ; – là où il n&apos;y a rien à mesurer (rien de noté, ou aucun point de fin de séance rempli). Survole l&apos;en-tête d&apos;une colonne pour voir ce qu&apos;elle montre.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
</context>
<context>
    <name>unfold::Csv</name>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>un guillemet dans un champ sans guillemets (mets tout le champ entre guillemets et double le guillemet)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>du texte après le guillemet fermant d’un champ</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n’est jamais fermé</translation>
    </message>
    <message>
        <source>a row has more than %1 fields</source>
        <translation>une ligne a plus de %1 champs</translation>
    </message>
    <message>
        <source>the file has more than %1 rows</source>
        <translation>le fichier a plus de %1 lignes</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation>un champ dépasse %1 caractères</translation>
    </message>
</context>
<context>
    <name>unfold::DataExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>unfold::DataFileChecker</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not valid JSON at character %1: %2</source>
        <translation>n’est pas du JSON valide (au caractère %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>doit compter de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, et commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>is not a language code such as &quot;en&quot; or &quot;de&quot;</source>
        <translation>n’est pas un code de langue comme &quot;en&quot; ou &quot;de&quot;</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>must be text or an object of translations</source>
        <translation>doit être du texte ou un objet de traductions</translation>
    </message>
    <message>
        <source>needs an English (&quot;en&quot;) text</source>
        <translation>nécessite un texte en anglais (&quot;en&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number from 1 on</source>
        <translation>doit être un nombre entier à partir de 1</translation>
    </message>
</context>
<context>
    <name>unfold::DefaultNamesBar</name>
    <message>
        <source>Default names</source>
        <translation>Noms par défaut</translation>
    </message>
    <message>
        <source>This journal&apos;s default topics and layers are named in another language. Name them in %1? Names you chose yourself stay as they are.</source>
        <translation>Les thèmes et couches par défaut de ce journal sont nommés dans une autre langue. Les nommer en %1 ? Les noms que tu as choisis toi-même restent tels quels.</translation>
    </message>
    <message>
        <source>Name Them in %1</source>
        <translation>Les nommer en %1</translation>
    </message>
    <message>
        <source>Renames the untouched default topics and layers; Edit › Undo brings the old names back.</source>
        <translation>Renomme les thèmes et couches par défaut non modifiés ; Édition › Annuler rend les anciens noms.</translation>
    </message>
    <message>
        <source>Keep as They Are</source>
        <translation>Les laisser ainsi</translation>
    </message>
    <message>
        <source>Leaves the names and does not ask again for this journal.</source>
        <translation>Laisse les noms et ne redemande plus pour ce journal.</translation>
    </message>
</context>
<context>
    <name>unfold::DemoJournal</name>
    <message>
        <source>%1 already exists; give --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; ajoute --force pour le remplacer.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>unfold::DemoPartner</name>
    <message>
        <source>%1 has no relationship to retell.</source>
        <translation>%1 ne contient aucune relation à raconter à nouveau.</translation>
    </message>
</context>
<context>
    <name>unfold::DesktopRecentFiles</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a list of recent files (%2); it was left as it is.</source>
        <translation>%1 n’est pas une liste de fichiers récents (%2) ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>no xbel element</source>
        <translation>aucun élément xbel</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>unfold::DisclosureEntry</name>
    <message>
        <source>a 4 2 optional note  (who, topic number, layer)</source>
        <translation>a 4 2 note facultative  (qui, numéro du thème, couche)</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>Type a or b for who shared, the topic&apos;s number, the layer&apos;s number and an optional note, then press Enter.</source>
        <translation>Tape a ou b selon qui a partagé, le numéro du thème, le numéro de la couche et une note facultative, puis appuie sur Entrée.</translation>
    </message>
    <message>
        <source>Who shared</source>
        <translation>Qui a partagé</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Short private note (optional)</source>
        <translation>Courte note privée (facultative)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>No&amp;ter</translation>
    </message>
    <message>
        <source>Log disclosure</source>
        <translation>Noter une confidence</translation>
    </message>
    <message>
        <source>Adds the disclosure to this session (Enter)</source>
        <translation>Ajoute la confidence à cette séance (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>Qu&amp;i&#xa0;:</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>Co&amp;uche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
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
        <translation>Non noté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Which of the two people opened up.</source>
        <translation>Laquelle des deux personnes s’est ouverte.</translation>
    </message>
    <message>
        <source>What the disclosure was about.</source>
        <translation>Le sujet de la confidence.</translation>
    </message>
    <message>
        <source>How deep it went, from the outer, peripheral layer to the core.</source>
        <translation>Jusqu’où elle est allée, de la couche extérieure, périphérique, jusqu’au cœur.</translation>
    </message>
    <message>
        <source>A short private note about this disclosure.</source>
        <translation>Une courte note privée sur cette confidence.</translation>
    </message>
    <message>
        <source>Quic&amp;k entry:</source>
        <translation>Saisie ra&amp;pide&#xa0;:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>Thè&amp;me&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing logged: type an entry such as &quot;a 4 2&quot;, or choose in the boxes below and press Log.</source>
        <translation>Rien n’a été noté : tape une entrée comme « a 4 2 », ou choisis dans les champs ci-dessous et appuie sur Noter.</translation>
    </message>
    <message>
        <source>%1&#xa0;%2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>Topics: %1. Layers: %2.</source>
        <translation>Thèmes&#xa0;: %1. Couches&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>unfold::DisclosureShorthand</name>
    <message>
        <source>Type who, topic number and layer, e.g. &quot;a 4 2&quot; or &quot;b42&quot;.</source>
        <translation>Tape qui, le numéro du thème et la couche, par ex. «&#xa0;a 4 2&#xa0;» ou «&#xa0;b42&#xa0;».</translation>
    </message>
    <message>
        <source>There is no topic %1; topics are numbered 1 to %2.</source>
        <translation>Il n’y a pas de thème %1&#xa0;; les thèmes sont numérotés de 1 à %2.</translation>
    </message>
    <message>
        <source>There is no layer %1; layers are numbered 1 to %2.</source>
        <translation>Il n’y a pas de couche %1&#xa0;; les couches sont numérotées de 1 à %2.</translation>
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
        <translation>Qui</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>unfold::EditHistory</name>
    <message>
        <source>No journal is open.</source>
        <translation>Aucun journal n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>unfold::ExchangeFile</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB are needed).</source>
        <translation>Pas assez de mémoire pour dériver la clé (%1 Mio sont nécessaires).</translation>
    </message>
    <message>
        <source>This is not an Unfold exchange file.</source>
        <translation>Ce n’est pas un fichier d’échange Unfold.</translation>
    </message>
    <message>
        <source>The file is cut short: it was damaged after it was written.</source>
        <translation>Le fichier est tronqué&#xa0;: il a été endommagé après son écriture.</translation>
    </message>
    <message>
        <source>This exchange file was written by a newer version of Unfold. Update Unfold to import it.</source>
        <translation>Ce fichier d’échange a été écrit par une version plus récente d’Unfold. Mets Unfold à jour pour l’importer.</translation>
    </message>
    <message>
        <source>The file is far larger than any exchange file.</source>
        <translation>Le fichier est bien plus grand que n’importe quel fichier d’échange.</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged: it was changed after it was written.</source>
        <translation>L’en-tête du fichier est endommagé&#xa0;: il a été modifié après son écriture.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file. Check it with your partner.</source>
        <translation>La phrase secrète n’ouvre pas ce fichier. Vérifie-la avec l’autre personne.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was written: nothing in it can be trusted.</source>
        <translation>Le fichier a été modifié ou endommagé après son écriture&#xa0;: rien de son contenu n’est fiable.</translation>
    </message>
    <message>
        <source>The file&apos;s content cannot be read.</source>
        <translation>Le contenu du fichier ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>unfold::ExportPictureDialog</name>
    <message>
        <source>Export Picture</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in logical pixels</source>
        <translation>Largeur en pixels logiques</translation>
    </message>
    <message>
        <source>Height in logical pixels</source>
        <translation>Hauteur en pixels logiques</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Résolution en points par pouce</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>Vector drawing; scales to any size.</source>
        <translation>Dessin vectoriel&#xa0;; s’adapte à toutes les tailles.</translation>
    </message>
    <message>
        <source>One vector page of this size.</source>
        <translation>Une page vectorielle de cette taille.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisis un fichier où enregistrer.</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Ouvre un sélecteur de fichiers.</translation>
    </message>
    <message>
        <source>PNG is an image of pixels; SVG and PDF are drawings that scale.</source>
        <translation>Le PNG est une image en pixels&#xa0;; SVG et PDF sont des dessins qui s’adaptent à toutes les tailles.</translation>
    </message>
    <message>
        <source>96 logical pixels make an inch.</source>
        <translation>96 pixels logiques font un pouce.</translation>
    </message>
    <message>
        <source>Pixels of a PNG image per inch; 96 is the size on the screen.</source>
        <translation>Pixels d’une image PNG par pouce&#xa0;; 96 correspond à la taille à l’écran.</translation>
    </message>
    <message>
        <source>Writes the picture to the file.</source>
        <translation>Écrit l’image dans le fichier.</translation>
    </message>
    <message>
        <source>Closes without writing anything.</source>
        <translation>Ferme sans rien écrire.</translation>
    </message>
    <message>
        <source>The file to write; its ending follows the format, and an ending typed here chooses the format.</source>
        <translation>Le fichier à écrire&#xa0;; son extension suit le format, et une extension tapée ici choisit le format.</translation>
    </message>
</context>
<context>
    <name>unfold::FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>%1: browse</source>
        <translation>%1&#xa0;: parcourir</translation>
    </message>
    <message>
        <source>Opens a folder chooser.</source>
        <translation>Ouvre un sélecteur de dossiers.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>%1: default</source>
        <translation>%1&#xa0;: par défaut</translation>
    </message>
    <message>
        <source>Puts back %1.</source>
        <translation>Remet %1.</translation>
    </message>
</context>
<context>
    <name>unfold::FoldersPage</name>
    <message>
        <source>Journal folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <source>Where the default journal is kept, and where New Journal starts.</source>
        <translation>L’endroit où le journal par défaut est conservé, et où Nouveau journal commence.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Where copies of journals are kept while you edit, one subfolder per journal.</source>
        <translation>L’endroit où les copies des journaux sont conservées pendant que tu modifies, un sous-dossier par journal.</translation>
    </message>
    <message>
        <source>A journal that is open keeps backing up where it did; the new backup folder is used from the next journal you open. Existing backups are not moved.</source>
        <translation>Un journal ouvert continue d’être sauvegardé au même endroit&#xa0;; le nouveau dossier de sauvegarde sert à partir du prochain journal que tu ouvres. Les sauvegardes existantes ne sont pas déplacées.</translation>
    </message>
    <message>
        <source>&amp;Journals:</source>
        <translation>&amp;Journaux&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>Give the whole path of the folder, starting at %1.</source>
        <translation>Donne le chemin complet du dossier, en commençant par %1.</translation>
    </message>
    <message>
        <source>%1 cannot be created or written to.</source>
        <translation>%1 ne peut être ni créé ni modifié.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
</context>
<context>
    <name>unfold::GuiMain</name>
    <message>
        <source>Open Journal</source>
        <translation>Ouvrir le journal</translation>
    </message>
    <message>
        <source>Unfold needs a graphical display to show its window, and none was found.
Start it from your desktop, or without a screen with: xvfb-run -a unfold
Commands such as &apos;unfold demo&apos; and &apos;unfold check&apos; work without a display; see &apos;unfold --help&apos;.
</source>
        <translation>Unfold a besoin d’un affichage graphique pour montrer sa fenêtre, et n’en a trouvé aucun.
Lance-le depuis ton bureau, ou sans écran avec&#xa0;: xvfb-run -a unfold
Des commandes comme &apos;unfold demo&apos; et &apos;unfold check&apos; fonctionnent sans affichage&#xa0;; voir &apos;unfold --help&apos;.
</translation>
    </message>
    <message>
        <source>Demo Journal</source>
        <translation>Journal de démonstration</translation>
    </message>
</context>
<context>
    <name>unfold::GuidedRoundPage</name>
    <message>
        <source>Time left in this round</source>
        <translation>Temps restant dans ce tour</translation>
    </message>
    <message>
        <source>Log an answer</source>
        <translation>Noter une réponse</translation>
    </message>
    <message>
        <source>How deep the speaker went (1 to the number of layers), or shorthand such as b42, then Enter.</source>
        <translation>La profondeur atteinte par la personne qui parle (de 1 au nombre de couches), ou un raccourci comme b42, puis Entrée.</translation>
    </message>
    <message>
        <source>Answers logged in this round</source>
        <translation>Réponses notées dans ce tour</translation>
    </message>
    <message>
        <source>What was logged in this round, newest last.</source>
        <translation>Ce qui a été noté dans ce tour, le plus récent en dernier.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the round</source>
        <translation>Mettre en pause ou reprendre le tour</translation>
    </message>
    <message>
        <source>Stops or restarts the round&apos;s clock.</source>
        <translation>Arrête ou relance l’horloge du tour.</translation>
    </message>
    <message>
        <source>Next prompt</source>
        <translation>Proposition suivante</translation>
    </message>
    <message>
        <source>Shows the next question of this round.</source>
        <translation>Affiche la question suivante de ce tour.</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Tour suivant</translation>
    </message>
    <message>
        <source>Ends this round and starts the next one.</source>
        <translation>Termine ce tour et commence le suivant.</translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation>Arrêter ici</translation>
    </message>
    <message>
        <source>Stop the rounds here and go on to the check-in</source>
        <translation>Arrêter les tours ici et passer au point de fin de séance</translation>
    </message>
    <message>
        <source>What was logged so far is kept.</source>
        <translation>Ce qui a été noté jusqu’ici est conservé.</translation>
    </message>
    <message>
        <source>Depth 1 to %1 for the speaker now, or shorthand such as b42 and Enter</source>
        <translation>Profondeur de 1 à %1 pour la personne qui parle, ou un raccourci comme b42 puis Entrée</translation>
    </message>
    <message>
        <source>Round %1 of %2: %3</source>
        <translation>Tour %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Finish rounds</source>
        <translation>Terminer les tours</translation>
    </message>
    <message>
        <source>Prompt %1 of %2 · %3 answers first, then %4</source>
        <translation>Proposition %1 sur %2 · %3 répond d’abord, puis %4</translation>
    </message>
    <message>
        <source>Now answering: %1</source>
        <translation>Au tour de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paused · %1 left</source>
        <translation>En pause · reste %1</translation>
    </message>
    <message>
        <source>Time is up: finish this answer, then go on</source>
        <translation>Le temps est écoulé&#xa0;: termine cette réponse, puis continue</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Reste %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Not logged: depth must be from 1 to %1</source>
        <translation>Non noté&#xa0;: la profondeur doit aller de 1 à %1</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>Non noté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · depth %3</source>
        <translation>%1 · %2 · profondeur %3</translation>
    </message>
    <message>
        <source>Both have answered every prompt of this round. Go on with Next round.</source>
        <translation>Vous avez tous deux répondu à toutes les propositions de ce tour. Continuez avec Tour suivant.</translation>
    </message>
    <message>
        <source>Both have answered every prompt. Finish the rounds when you are ready.</source>
        <translation>Vous avez tous deux répondu à toutes les propositions. Terminez les tours quand vous êtes prêts.</translation>
    </message>
    <message>
        <source>Sharing in this round is uneven. It may help to pause, or to stop here.</source>
        <translation>Le partage est inégal dans ce tour. Faire une pause ou s’arrêter ici peut aider.</translation>
    </message>
</context>
<context>
    <name>unfold::GuidedSessionSummary</name>
    <message>
        <source>The onion before this session</source>
        <translation>L’oignon avant cette séance</translation>
    </message>
    <message>
        <source>The onion after this session</source>
        <translation>L’oignon après cette séance</translation>
    </message>
    <message>
        <source>Scores of both partners side by side</source>
        <translation>Les scores des deux partenaires côte à côte</translation>
    </message>
    <message>
        <source>The check-in scores of this session, one row per measure.</source>
        <translation>Les scores du point de fin de cette séance, une ligne par mesure.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After (new is outlined)</source>
        <translation>Après (ce qui est nouveau est entouré)</translation>
    </message>
    <message>
        <source>Logged reciprocity: %1 this session, %2 the session before (0–100; %3 answers by %4, %5 by %6).
Felt balance of sharing (check-in, 0–100): %7 %8, %9 %10.</source>
        <translation>Réciprocité notée&#xa0;: %1 pour cette séance, %2 pour la précédente (0–100&#xa0;; %3 réponses de %4, %5 de %6).
Équilibre ressenti du partage (point de fin de séance, 0–100)&#xa0;: %7 %8, %9 %10.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>%1 since first</source>
        <translation>%1 depuis la première</translation>
    </message>
    <message>
        <source>%1 since previous</source>
        <translation>%1 depuis la précédente</translation>
    </message>
    <message>
        <source>%1 ⚑ apart</source>
        <translation>%1 ⚑ d’écart</translation>
    </message>
    <message>
        <source>Logged reciprocity: shown when the rounds end.</source>
        <translation>Réciprocité notée&#xa0;: affichée à la fin des tours.</translation>
    </message>
    <message>
        <source>Reciprocity of this session: how evenly the two opened up, in words.</source>
        <translation>Réciprocité de cette séance&#xa0;: à quel point les deux se sont ouverts de façon égale, en mots.</translation>
    </message>
</context>
<context>
    <name>unfold::GuidedSessionWizard</name>
    <message>
        <source>Guided Session</source>
        <translation>Séance guidée</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>The plan of rounds and prompts the session follows.</source>
        <translation>Le déroulé des tours et des propositions que suit la séance.</translation>
    </message>
    <message>
        <source>Protocol problems</source>
        <translation>Problèmes du protocole</translation>
    </message>
    <message>
        <source>What is wrong with a protocol that cannot be used, if anything.</source>
        <translation>Ce qui ne va pas dans un protocole inutilisable, le cas échéant.</translation>
    </message>
    <message>
        <source>&amp;Import Protocol…</source>
        <translation>&amp;Importer un protocole…</translation>
    </message>
    <message>
        <source>Import a protocol file</source>
        <translation>Importer un fichier de protocole</translation>
    </message>
    <message>
        <source>Adds a protocol from a JSON file in Unfold&apos;s protocol format.</source>
        <translation>Ajoute un protocole à partir d’un fichier JSON au format de protocole d’Unfold.</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Begin the guided session</source>
        <translation>Commencer la séance guidée</translation>
    </message>
    <message>
        <source>Starts a new session with the chosen protocol&apos;s first round.</source>
        <translation>Commence une nouvelle séance avec le premier tour du protocole choisi.</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocole&#xa0;:</translation>
    </message>
    <message>
        <source>A guided session with %1 and %2.</source>
        <translation>Une séance guidée avec %1 et %2.</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Notes du thérapeute</translation>
    </message>
    <message>
        <source>Private notes on the session; reports leave them out unless asked.</source>
        <translation>Notes privées sur la séance&#xa0;; les comptes rendus les laissent de côté, sauf demande contraire.</translation>
    </message>
    <message>
        <source>&amp;Therapist notes. They stay private: no report or export shows them unless you tick &quot;include notes&quot; for it.</source>
        <translation>&amp;Notes du thérapeute. Elles restent privées&#xa0;: aucun compte rendu ni export ne les montre, sauf si tu coches &quot;inclure les notes&quot; pour cela.</translation>
    </message>
    <message>
        <source>Show &amp;summary</source>
        <translation>Afficher le &amp;résumé</translation>
    </message>
    <message>
        <source>Save the notes and show the summary</source>
        <translation>Enregistrer les notes et afficher le résumé</translation>
    </message>
    <message>
        <source>Keeps the notes with the session and shows what changed.</source>
        <translation>Garde les notes avec la séance et montre ce qui a changé.</translation>
    </message>
    <message>
        <source>&amp;Include therapist notes in the report</source>
        <translation>&amp;Inclure les notes du thérapeute dans le compte rendu</translation>
    </message>
    <message>
        <source>Include therapist notes in the report</source>
        <translation>Inclure les notes du thérapeute dans le compte rendu</translation>
    </message>
    <message>
        <source>Off, the report leaves the private notes out.</source>
        <translation>Si la case est décochée, le compte rendu laisse de côté les notes privées.</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le compte rendu…</translation>
    </message>
    <message>
        <source>Export the report as a PDF file</source>
        <translation>Exporter le compte rendu en fichier PDF</translation>
    </message>
    <message>
        <source>Asks where to save the session report as PDF.</source>
        <translation>Demande où enregistrer en PDF le compte rendu de séance.</translation>
    </message>
    <message>
        <source>P&amp;rint Report…</source>
        <translation>Imp&amp;rimer le compte rendu…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le compte rendu</translation>
    </message>
    <message>
        <source>Opens the print dialog for the session report.</source>
        <translation>Ouvre la boîte de dialogue d’impression pour le compte rendu de séance.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the guided session</source>
        <translation>Fermer la séance guidée</translation>
    </message>
    <message>
        <source>Everything logged is already saved in the journal.</source>
        <translation>Tout ce qui a été noté est déjà enregistré dans le journal.</translation>
    </message>
    <message>
        <source>Not offered, because of problems:
%1</source>
        <translation>Non proposé, en raison de problèmes&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The protocol was not imported:
%1</source>
        <translation>Le protocole n’a pas été importé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; importé.</translation>
    </message>
    <message>
        <source>Import Protocol</source>
        <translation>Importer un protocole</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>Fichiers de protocole (*.json)</translation>
    </message>
    <message>
        <source>No protocol could be read.</source>
        <translation>Aucun protocole n’a pu être lu.</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Séance guidée</translation>
    </message>
    <message>
        <source>The session could not be started: %1</source>
        <translation>La séance n’a pas pu commencer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Guided session: %1</source>
        <translation>Séance guidée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The protocol could not be marked on the timeline: %1</source>
        <translation>Le protocole n’a pas pu être marqué sur la frise chronologique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped after round %1. Nothing more has to be said today.</source>
        <translation>Arrêt après le tour %1. Rien de plus n’a besoin d’être dit aujourd’hui.</translation>
    </message>
    <message>
        <source>The check-in &quot;%1&quot; is not installed; skipped.</source>
        <translation>Le point de fin de séance &quot;%1&quot; n’est pas installé&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>The check-in answers could not be saved: %1</source>
        <translation>Les réponses du point de fin de séance n’ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The notes could not be saved: %1</source>
        <translation>Les notes n’ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le compte rendu n’a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Compte rendu écrit dans %1.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Le compte rendu n’a pas pu être imprimé.</translation>
    </message>
</context>
<context>
    <name>unfold::HandOverFlow</name>
    <message>
        <source>no score</source>
        <translation>pas de score</translation>
    </message>
    <message>
        <source>Start answering</source>
        <translation>Commencer à répondre</translation>
    </message>
    <message>
        <source>Shows the questionnaire to the person named; the other&apos;s answers stay hidden.</source>
        <translation>Montre le questionnaire à la personne nommée&#xa0;; les réponses de l’autre restent masquées.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the hand-over</source>
        <translation>Annuler le passage de relais</translation>
    </message>
    <message>
        <source>Stops without saving any answers.</source>
        <translation>S’arrête sans enregistrer aucune réponse.</translation>
    </message>
    <message>
        <source>Both answers side by side</source>
        <translation>Les deux réponses côte à côte</translation>
    </message>
    <message>
        <source>One row per question: what each of you answered.</source>
        <translation>Une ligne par question&#xa0;: ce que chacun de vous a répondu.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Fermer la comparaison</translation>
    </message>
    <message>
        <source>Goes back to the questionnaires; both sets of answers are saved.</source>
        <translation>Revient aux questionnaires&#xa0;; les réponses des deux sont enregistrées.</translation>
    </message>
    <message>
        <source>Please hand the device to %1.
%2, please look away until %1 has finished; you will answer next, and neither of you sees the other&apos;s answers until both are done.</source>
        <translation>Merci de passer l’appareil à %1.
%2, merci de regarder ailleurs jusqu’à ce que %1 ait fini&#xa0;; ce sera ensuite ton tour, et aucun de vous ne verra les réponses de l’autre avant que vous ayez tous deux terminé.</translation>
    </message>
    <message>
        <source>Thank you, %1. Your answers are hidden.
Please hand the device to %2.</source>
        <translation>Merci, %1. Tes réponses sont masquées.
Merci de passer l’appareil à %2.</translation>
    </message>
    <message>
        <source>I am %1: start</source>
        <translation>Je suis %1&#xa0;: commencer</translation>
    </message>
    <message>
        <source>Start answering as %1</source>
        <translation>Commencer à répondre en tant que %1</translation>
    </message>
    <message>
        <source>%1 and %2 side by side. Rows marked ◆ differ by %3 points or more.</source>
        <translation>%1 et %2 côte à côte. Les lignes marquées ◆ diffèrent de %3 points ou plus.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>Score: %1 (0–100)</source>
        <translation>Score&#xa0;: %1 (0–100)</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>non comparé</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message numerus="yes">
        <source>◆ %n apart</source>
        <translation>
            <numerusform>◆ %n point d’écart</numerusform>
            <numerusform>◆ %n points d’écart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n apart</source>
        <translation>
            <numerusform>%n point d’écart</numerusform>
            <numerusform>%n points d’écart</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
</context>
<context>
    <name>unfold::HelpButton</name>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>User guide: %1 (F1)</source>
        <translation>Guide d’utilisation : %1 (F1)</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Aide : %1</translation>
    </message>
    <message>
        <source>Opens the user guide at its section “%1”.</source>
        <translation>Ouvre le guide d’utilisation à sa section « %1 ».</translation>
    </message>
</context>
<context>
    <name>unfold::Insights</name>
    <message>
        <source>Sharing has been one-sided lately</source>
        <translation>Ces derniers temps, le partage a été à sens unique</translation>
    </message>
    <message>
        <source>Core-layer sharing came very early</source>
        <translation>Des confidences du cœur sont venues très tôt</translation>
    </message>
    <message>
        <source>Fewer topics in recent sessions</source>
        <translation>Moins de thèmes lors des dernières séances</translation>
    </message>
    <message>
        <source>Reciprocity index, recent mean</source>
        <translation>Indice de réciprocité, moyenne récente</translation>
    </message>
    <message>
        <source>Over the last %1 sessions, %2 did most of the sharing: %3 % of it, counting how deep each disclosure went. It may be a cue to slow down and leave room for the other person.</source>
        <translation>Sur les %1 dernières séances, %2 a fait l’essentiel du partage : %3 %, en comptant la profondeur de chaque confidence. C’est peut-être le signe qu’il faut ralentir et laisser de la place à l’autre.</translation>
    </message>
    <message>
        <source>%1 shared nothing</source>
        <translation>%1 n’a rien partagé</translation>
    </message>
    <message>
        <source>%1 shared %2 at mean depth %3</source>
        <translation>%1 a partagé %2, profondeur moyenne %3</translation>
    </message>
    <message>
        <source>Session %1 (%2)</source>
        <translation>Séance %1 (%2)</translation>
    </message>
    <message>
        <source>%1; %2; %3 % of it by %4</source>
        <translation>%1 ; %2 ; %3 % par %4</translation>
    </message>
    <message>
        <source>Share of the sharing by %1, together</source>
        <translation>Part du partage par %1, au total</translation>
    </message>
    <message>
        <source>Disclosures at the core layer were logged in session %1, within the first %2 days of this relationship. Closeness usually grows layer by layer; going gently may help both of you.</source>
        <translation>Des confidences de la couche centrale ont été notées à la séance %1, dans les %2 premiers jours de cette relation. La proximité grandit d’ordinaire couche par couche ; avancer doucement peut vous aider tous les deux.</translation>
    </message>
    <message>
        <source>Relationship began</source>
        <translation>Début de la relation</translation>
    </message>
    <message>
        <source>core-layer disclosures: %1; days since the start: %2</source>
        <translation>confidences de la couche centrale : %1 ; jours depuis le début : %2</translation>
    </message>
    <message>
        <source>Sessions %1 to %2</source>
        <translation>Séances %1 à %2</translation>
    </message>
    <message>
        <source>The last %1 sessions touched %2 topics between them, the %1 before them %3. When sharing narrows it can mean the relationship is pulling back a little; it can also just be a busy time.</source>
        <translation>Les %1 dernières séances ont abordé %2 sujets à elles toutes, les %1 d’avant %3. Quand le partage se resserre, la relation prend peut-être un peu de recul ; ce peut aussi être une période chargée.</translation>
    </message>
    <message>
        <source>topics: %1</source>
        <translation>sujets : %1</translation>
    </message>
    <message>
        <source>%1 (0–100) from session %2 to session %3, %4 days apart; a fall of %5 points, where up to %6 is noise</source>
        <translation>%1 (0–100) de la séance %2 à la séance %3, à %4 jours d’écart ; une baisse de %5 points, là où jusqu’à %6 n’est que du bruit</translation>
    </message>
    <message>
        <source>%1 feels less met, while sharing stays balanced</source>
        <translation>%1 se sent moins rejoint·e, alors que le partage reste équilibré</translation>
    </message>
    <message>
        <source>%1&apos;s answers about %2 have fallen by more than their usual ups and downs, while the logged sharing still looks balanced. It may be worth asking how sharing feels, not only how much there is.</source>
        <translation>Les réponses de %1 sur %2 ont baissé plus que leurs variations habituelles, alors que le partage noté paraît encore équilibré. Il peut être utile de demander comment le partage est vécu, pas seulement combien il y en a.</translation>
    </message>
    <message>
        <source>%1&apos;s answers have fallen</source>
        <translation>Les réponses de %1 ont baissé</translation>
    </message>
    <message>
        <source>%1&apos;s answers about %2 have fallen by more than their usual ups and downs. It may be worth asking gently how your conversations have felt lately.</source>
        <translation>Les réponses de %1 sur %2 ont baissé plus que leurs variations habituelles. Il peut être utile de demander doucement comment vos conversations ont été vécues ces derniers temps.</translation>
    </message>
</context>
<context>
    <name>unfold::InsightsPanel</name>
    <message>
        <source>Insights</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Observations from your log, not judgements. Each shows what it rests on.</source>
        <translation>Des observations tirées de tes notes, pas des jugements. Chacune montre sur quoi elle repose.</translation>
    </message>
    <message>
        <source>&lt;small&gt;Based on:&lt;br/&gt;%1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Repose sur&#xa0;:&lt;br/&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Open Latest Session</source>
        <translation>Ouvrir la dernière séance</translation>
    </message>
    <message>
        <source>Open the latest session of: %1</source>
        <translation>Ouvrir la dernière séance de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Masquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to point out for now.</source>
        <translation>Rien à signaler pour le moment.</translation>
    </message>
    <message>
        <source>Observations from your log, each with what it rests on.</source>
        <translation>Des observations tirées de tes notes, chacune avec ce sur quoi elle repose.</translation>
    </message>
    <message>
        <source>Opens the most recent session this observation rests on.</source>
        <translation>Ouvre la séance la plus récente sur laquelle repose cette observation.</translation>
    </message>
    <message>
        <source>Hides this observation for this journal.</source>
        <translation>Masque cette observation pour ce journal.</translation>
    </message>
    <message>
        <source>Up to session %1 of %2, the last one the chart shows.</source>
        <translation>Jusqu’à la séance %1 sur %2, la dernière que montre le graphique.</translation>
    </message>
</context>
<context>
    <name>unfold::InstrumentLibrary</name>
    <message>
        <source>&quot;%1&quot; is the id of an instrument that comes with Unfold; give yours its own id</source>
        <translation>«&#xa0;%1&#xa0;» est l’identifiant d’un questionnaire fourni avec Unfold&#xa0;; donne au tien son propre identifiant</translation>
    </message>
    <message>
        <source>is neither a file nor the id of a known instrument (known: %1)</source>
        <translation>n’est ni un fichier ni l’identifiant d’un questionnaire connu (connus&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>unfold::InstrumentValidator</name>
    <message>
        <source>is too large to be an instrument</source>
        <translation>est trop volumineux pour être un questionnaire</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>is not a field of an instrument</source>
        <translation>n’est pas un champ de questionnaire</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be greater than scale.min</source>
        <translation>doit être supérieur à scale.min</translation>
    </message>
    <message>
        <source>gives more than %1 points</source>
        <translation>compte plus de %1 points</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>labels the value %1 a second time</source>
        <translation>étiquette la valeur %1 une deuxième fois</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>doit être une liste non vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier subscale</source>
        <translation>&quot;%1&quot; est déjà utilisé par une sous-échelle précédente</translation>
    </message>
    <message>
        <source>must be &quot;mean&quot; or &quot;sum&quot;</source>
        <translation>doit être &quot;mean&quot; ou &quot;sum&quot;</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>doit être un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>must be a number between 0 and 1</source>
        <translation>doit être un nombre entre 0 et 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the answers file</source>
        <translation>&quot;%1&quot; est réservé au fichier de réponses</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier item</source>
        <translation>&quot;%1&quot; est déjà utilisé par une question précédente</translation>
    </message>
    <message>
        <source>names no subscale of this instrument (&quot;%1&quot;)</source>
        <translation>ne désigne aucune sous-échelle de ce questionnaire (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be &quot;rating&quot; or &quot;circles&quot;</source>
        <translation>doit être &quot;rating&quot; ou &quot;circles&quot;</translation>
    </message>
    <message>
        <source>has no items</source>
        <translation>n’a aucune question</translation>
    </message>
    <message>
        <source>mixes items answered on different ranges</source>
        <translation>mélange des questions aux plages de réponse différentes</translation>
    </message>
</context>
<context>
    <name>unfold::Journal</name>
    <message>
        <source>%1 is in use by %2. You can open it read-only.</source>
        <translation>%1 est utilisé par %2. Tu peux l’ouvrir en lecture seule.</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 &amp; %2</translation>
    </message>
    <message>
        <source>The journal is open read-only.</source>
        <translation>Le journal est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for editing: its lock file %2 cannot be written.</source>
        <translation>%1 ne peut pas être ouvert pour modification : son fichier de verrou %2 ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>unfold::JournalBackups</name>
    <message>
        <source>the journal could not be read</source>
        <translation>le journal n’a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>unfold::JournalEncryption</name>
    <message>
        <source>%1 was left as it was: %2</source>
        <translation>%1 n’a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>the passphrase does not open it</source>
        <translation>la phrase secrète ne l’ouvre pas</translation>
    </message>
    <message>
        <source>the new file could not be read back</source>
        <translation>le nouveau fichier n’a pas pu être relu</translation>
    </message>
    <message>
        <source>the new file did not pass the integrity check</source>
        <translation>le nouveau fichier n’a pas réussi la vérification d’intégrité</translation>
    </message>
</context>
<context>
    <name>unfold::JournalKey</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>This journal&apos;s key is derived in a way this version of Unfold does not know.</source>
        <translation>La clé de ce journal est dérivée d’une manière que cette version d’Unfold ne connaît pas.</translation>
    </message>
    <message>
        <source>Not enough protected memory to hold the key.</source>
        <translation>Pas assez de mémoire protégée pour conserver la clé.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB are needed).</source>
        <translation>Pas assez de mémoire pour dériver la clé (%1 Mio sont nécessaires).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted in a way this version of Unfold does not know. Update Unfold to open it.</source>
        <translation>%1 est chiffré d’une manière que cette version d’Unfold ne connaît pas. Mets Unfold à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Unfold journal.</source>
        <translation>%1 n’est pas un journal Unfold chiffré.</translation>
    </message>
</context>
<context>
    <name>unfold::JournalLock</name>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (processus %2 sur %3)</translation>
    </message>
</context>
<context>
    <name>unfold::JournalOpening</name>
    <message>
        <source>Nothing was changed on disk.</source>
        <translation>Rien n’a été modifié sur le disque.</translation>
    </message>
    <message>
        <source>Journal Upgraded</source>
        <translation>Journal mis à jour</translation>
    </message>
    <message>
        <source>This journal was upgraded to the current format. A copy of the old file was kept at %1.</source>
        <translation>Ce journal a été mis à jour vers le format actuel. Une copie de l’ancien fichier a été conservée dans %1.</translation>
    </message>
    <message>
        <source>Journal in Use</source>
        <translation>Journal en cours d’utilisation</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>L’ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot Open Journal</source>
        <translation>Impossible d’ouvrir le journal</translation>
    </message>
    <message>
        <source>Cannot Create Journal</source>
        <translation>Impossible de créer le journal</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>Cette phrase secrète n’ouvre pas ce journal. Vérifie le verrouillage des majuscules et la disposition du clavier, puis réessaie.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Unlocking %1…</source>
        <translation>Déverrouillage de %1…</translation>
    </message>
</context>
<context>
    <name>unfold::JournalSchema</name>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation>sa liste de tables ne peut pas être lue</translation>
    </message>
    <message>
        <source>an added %1 “%2”</source>
        <translation>ajout : %1 « %2 »</translation>
    </message>
    <message>
        <source>an added %1 “%2” on %3</source>
        <translation>ajout : %1 « %2 » sur %3</translation>
    </message>
    <message>
        <source>a changed %1 “%2”</source>
        <translation>modification : %1 « %2 »</translation>
    </message>
    <message>
        <source>a missing %1 “%2”</source>
        <translation>manque : %1 « %2 »</translation>
    </message>
    <message>
        <source>the record %1 in %2 cannot be read</source>
        <translation>l’enregistrement %1 de %2 ne peut pas être lu</translation>
    </message>
    <message>
        <source>the records in %1 cannot be read</source>
        <translation>les enregistrements de %1 ne peuvent pas être lus</translation>
    </message>
    <message>
        <source>Questionnaires answered more than once by the same person for the same session now keep only the latest answers; earlier answer sets removed: %1.</source>
        <translation>Les questionnaires auxquels la même personne a répondu plusieurs fois pour la même séance ne gardent plus que les dernières réponses ; jeux de réponses antérieurs supprimés : %1.</translation>
    </message>
</context>
<context>
    <name>unfold::JournalStore</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n’y a aucun fichier à l’emplacement %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an Unfold journal.</source>
        <translation>%1 n’est pas un journal Unfold.</translation>
    </message>
    <message>
        <source>%1 is a database, but not an Unfold journal.</source>
        <translation>%1 est une base de données, mais pas un journal Unfold.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than it says it is. A backup copy may still be complete.</source>
        <translation>%1 est endommagé&#xa0;: le fichier est plus court qu’il ne l’indique. Une copie de sauvegarde est peut-être encore complète.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Unfold (format %2; this version reads up to format %3). Update Unfold to open it.</source>
        <translation>%1 a été écrit par une version plus récente d’Unfold (format %2&#xa0;; cette version lit jusqu’au format %3). Mets Unfold à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a record in %1 points to a missing record in %2</source>
        <translation>un enregistrement de %1 renvoie à un enregistrement manquant de %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). A backup copy may still be whole.</source>
        <translation>%1 est endommagé (%2). Une copie de sauvegarde est peut-être encore intacte.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 uses an older format that must be upgraded before it can be shown; open it for editing once.</source>
        <translation>%1 utilise un ancien format qui doit être mis à jour avant de pouvoir être affiché&#xa0;; ouvre-le une fois en modification.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but a copy of the old file could not be kept: %2</source>
        <translation>%1 doit être mis à jour, mais aucune copie de l’ancien fichier n’a pu être conservée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to the current format: %2. The file is unchanged.</source>
        <translation>%1 n’a pas pu être mis à jour vers le format actuel&#xa0;: %2. Le fichier est inchangé.</translation>
    </message>
    <message>
        <source>This journal is open read-only.</source>
        <translation>Ce journal est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>A journal has between %1 and %2 layers.</source>
        <translation>Un journal compte entre %1 et %2 couches.</translation>
    </message>
    <message>
        <source>Disclosures at depth %1 exist; remove or change them before removing that layer.</source>
        <translation>Il existe des confidences à la profondeur %1&#xa0;; retire-les ou modifie-les avant de retirer cette couche.</translation>
    </message>
    <message>
        <source>%1 is encrypted in a way this version of Unfold does not know. Update Unfold to open it.</source>
        <translation>%1 est chiffré d’une manière que cette version d’Unfold ne connaît pas. Mets Unfold à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 is encrypted: its passphrase is needed to open it.</source>
        <translation>%1 est chiffré&#xa0;: sa phrase secrète est nécessaire pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Nothing was changed.</source>
        <translation>La phrase secrète n’ouvre pas %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is encrypted, but not an Unfold journal.</source>
        <translation>%1 est chiffré, mais ce n’est pas un journal Unfold.</translation>
    </message>
    <message>
        <source>%1 was cut off while it was being saved (a crash or power cut). Opening it in Unfold for editing finishes the recovery; nothing was changed here.</source>
        <translation>L’enregistrement de %1 a été interrompu (un plantage ou une coupure de courant). L’ouvrir dans Unfold pour le modifier achève la récupération&#xa0;; rien n’a été changé ici.</translation>
    </message>
    <message>
        <source>%1 says it is in format %2, which no version of Unfold writes. It may be damaged; a backup copy may still be whole.</source>
        <translation>%1 indique le format %2, qu’aucune version d’Unfold n’écrit. Il est peut-être endommagé ; une copie de sauvegarde est peut-être encore intacte.</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; et %n autre</numerusform>
            <numerusform>; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder, not a journal file.</source>
        <translation>%1 est un dossier, pas un fichier de journal.</translation>
    </message>
    <message>
        <source>%1 holds changes another program has not yet written into it (in %2). Opening it in Unfold for editing writes them in; nothing was changed here.</source>
        <translation>%1 contient des modifications qu’un autre programme n’y a pas encore écrites (dans %2). L’ouvrir dans Unfold pour modification les y écrit ; rien n’a été changé ici.</translation>
    </message>
    <message>
        <source>%1 holds changes Unfold did not make: %2. Unfold does not open it, because such changes can alter or erase entries. A backup copy may be as Unfold left it.</source>
        <translation>%1 contient des modifications qu’Unfold n’a pas faites : %2. Unfold ne l’ouvre pas, car de telles modifications peuvent altérer ou effacer des entrées. Une copie de sauvegarde est peut-être telle qu’Unfold l’a laissée.</translation>
    </message>
</context>
<context>
    <name>unfold::Layer</name>
    <message>
        <source>Peripheral</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Facts and tastes</source>
        <translation>Faits et goûts</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Opinions, attitudes and hopes</source>
        <translation>Opinions, attitudes et espoirs</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Cœur</translation>
    </message>
    <message>
        <source>Values, fears and self-concept</source>
        <translation>Valeurs, peurs et image de soi</translation>
    </message>
</context>
<context>
    <name>unfold::LibraryText</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; is already imported with different content; raise the version number</source>
        <translation>la version %1 de «&#xa0;%2&#xa0;» a déjà été importée avec un autre contenu&#xa0;; augmente le numéro de version</translation>
    </message>
    <message>
        <source>could not be copied into %1: %2</source>
        <translation>n’a pas pu être copié dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>unfold::MainWindow</name>
    <message>
        <source>Unfold journals (*.unfold);;All files (*)</source>
        <translation>Journaux Unfold (*.unfold);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Onion</source>
        <translation>&amp;Oignon</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>&amp;Questionnaires</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Journal…</source>
        <translation>&amp;Nouveau journal…</translation>
    </message>
    <message>
        <source>&amp;Open Journal…</source>
        <translation>&amp;Ouvrir un journal…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un journal &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Export Picture…</source>
        <translation>&amp;Exporter l’image…</translation>
    </message>
    <message>
        <source>Cop&amp;y Picture</source>
        <translation>Cop&amp;ier l’image</translation>
    </message>
    <message>
        <source>&amp;Print Picture…</source>
        <translation>Im&amp;primer l’image…</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>Exporter &amp;tous les graphiques…</translation>
    </message>
    <message>
        <source>&amp;Import Instrument…</source>
        <translation>I&amp;mporter un questionnaire…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Topics and Layers…</source>
        <translation>&amp;Thèmes et couches…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;About Unfold</source>
        <translation>À &amp;propos d’Unfold</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>A backup could not be made: %1</source>
        <translation>Aucune copie de sauvegarde n’a pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>Unfold</translation>
    </message>
    <message>
        <source>No journal open</source>
        <translation>Aucun journal ouvert</translation>
    </message>
    <message>
        <source>%1 (read-only) — Unfold</source>
        <translation>%1 (lecture seule) — Unfold</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Chaque modification est enregistrée aussitôt</translation>
    </message>
    <message>
        <source>New Journal</source>
        <translation>Nouveau journal</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open Journal.</source>
        <translation>%1 existe déjà. Choisis un autre nom, ou ouvre-le avec Fichier › Ouvrir un journal.</translation>
    </message>
    <message>
        <source>Open Journal</source>
        <translation>Ouvrir un journal</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent journals</source>
        <translation>Aucun journal récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Choose another file than the open journal.</source>
        <translation>Choisis un autre fichier que le journal ouvert.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1
The journal itself is unchanged.</source>
        <translation>La copie n’a pas pu être enregistrée&#xa0;: %1
Le journal lui-même est inchangé.</translation>
    </message>
    <message>
        <source>About Unfold</source>
        <translation>À propos d’Unfold</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Unfold %1&lt;/h3&gt;&lt;p&gt;Reflect on how you and the people close to you open up, after Social Penetration Theory.&lt;/p&gt;&lt;p&gt;Your journals stay on this computer. Unfold has no network code.&lt;/p&gt;&lt;p&gt;Copyright © Unfold contributors. Unfold is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Using Qt %2 and SQLite %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Unfold %1&lt;/h3&gt;&lt;p&gt;Réfléchis à la manière dont tu t’ouvres aux personnes qui te sont proches, et elles à toi, d’après la théorie de la pénétration sociale (Social Penetration Theory).&lt;/p&gt;&lt;p&gt;Tes journaux restent sur cet ordinateur. Unfold ne contient aucun code réseau.&lt;/p&gt;&lt;p&gt;Copyright © les contributeurs d’Unfold. Unfold est un logiciel libre&#xa0;: tu peux le redistribuer et/ou le modifier selon les termes de la Licence publique générale GNU, version 3 ou (à ton choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni SANS AUCUNE GARANTIE.&lt;/p&gt;&lt;p&gt;Utilise Qt %2 et SQLite %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>The change could not be saved: %1
The journal on disk is as it was before.</source>
        <translation>La modification n’a pas pu être enregistrée&#xa0;: %1
Le journal sur le disque est resté tel quel.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>&amp;Guided Session…</source>
        <translation>Séance &amp;guidée…</translation>
    </message>
    <message>
        <source>Guided Session</source>
        <translation>Séance guidée</translation>
    </message>
    <message>
        <source>Open a journal you can edit and choose a relationship first.</source>
        <translation>Ouvre d’abord un journal modifiable et choisis une relation.</translation>
    </message>
    <message>
        <source>Client &amp;History…</source>
        <translation>&amp;Historique du client…</translation>
    </message>
    <message>
        <source>Client History</source>
        <translation>Historique du client</translation>
    </message>
    <message>
        <source>Open a journal and choose a relationship first.</source>
        <translation>Ouvre d’abord un journal et choisis une relation.</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>Séanc&amp;e</translation>
    </message>
    <message>
        <source>Char&amp;ts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>%1 (locked) — Unfold</source>
        <translation>%1 (verrouillé) — Unfold</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Encrypted · every change is saved as you make it</source>
        <translation>Chiffré · chaque modification est enregistrée aussitôt</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Chiffrer…</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and the keyboard layout.</source>
        <translation>Cette phrase secrète n’ouvre pas ce journal. Vérifie le verrouillage des majuscules et la disposition du clavier.</translation>
    </message>
    <message>
        <source>Encrypt Journal</source>
        <translation>Chiffrer le journal</translation>
    </message>
    <message>
        <source>The journal could not be encrypted: %1
It is unchanged.</source>
        <translation>Le journal n’a pas pu être chiffré&#xa0;: %1
Il est inchangé.</translation>
    </message>
    <message>
        <source>The journal is now encrypted.</source>
        <translation>Le journal est maintenant chiffré.</translation>
    </message>
    <message>
        <source>Remove Plain Copies?</source>
        <translation>Supprimer les copies non chiffrées&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Unfold made %n unencrypted copy(ies) of this journal before it was encrypted (backups, and copies kept before format upgrades). Anyone who can read your files can read them.</source>
        <translation>
            <numerusform>Unfold a fait %n copie non chiffrée de ce journal avant qu’il soit chiffré (sauvegardes et copies conservées avant des mises à jour). Quiconque peut lire tes fichiers peut la lire.</numerusform>
            <numerusform>Unfold a fait %n copies non chiffrées de ce journal avant qu’il soit chiffré (sauvegardes et copies conservées avant des mises à jour). Quiconque peut lire tes fichiers peut les lire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing them is best. Be aware that a removed file may still be recoverable from the disk with special tools until its space is reused, and copies elsewhere (a backup drive, a sync folder) are not touched.</source>
        <translation>Le mieux est de les supprimer. Sache qu’un fichier supprimé peut encore être récupéré sur le disque avec des outils spécialisés tant que son espace n’a pas été réutilisé, et que les copies situées ailleurs (un disque de sauvegarde, un dossier synchronisé) ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Remove Plain Copies</source>
        <translation>Supprimer les copies non chiffrées</translation>
    </message>
    <message>
        <source>These could not be removed:
%1</source>
        <translation>Ces fichiers n’ont pas pu être supprimés&#xa0;:
%1</translation>
    </message>
    <message>
        <source>That is not the journal&apos;s current passphrase.</source>
        <translation>Ce n’est pas la phrase secrète actuelle du journal.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1
The old passphrase still opens the journal.</source>
        <translation>La phrase secrète n’a pas pu être changée&#xa0;: %1
L’ancienne phrase secrète ouvre toujours le journal.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>The journal was encrypted, but could not be opened again: %1</source>
        <translation>Le journal a été chiffré, mais n’a pas pu être rouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>The journal could not be opened again after changing its passphrase: %1
Try the new passphrase first, then the old one.</source>
        <translation>Le journal n’a pas pu être rouvert après le changement de sa phrase secrète&#xa0;: %1
Essaie d’abord la nouvelle phrase secrète, puis l’ancienne.</translation>
    </message>
    <message>
        <source>The chosen session, onion, charts, questionnaires and both partners&apos; accounts; Alt with the underlined letter opens each.</source>
        <translation>La séance choisie, l’oignon, les graphiques, les questionnaires et les récits des deux partenaires&#xa0;; Alt avec la lettre soulignée ouvre chacun d’eux.</translation>
    </message>
    <message>
        <source>Unfold exchange files (*.unfoldx);;All files (*)</source>
        <translation>Fichiers d’échange Unfold (*.unfoldx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>S&amp;hare with Partner…</source>
        <translation>&amp;Partager avec l’autre personne…</translation>
    </message>
    <message>
        <source>Write this relationship to an encrypted file for your partner&apos;s Unfold.</source>
        <translation>Écrire cette relation dans un fichier chiffré pour l’Unfold de l’autre personne.</translation>
    </message>
    <message>
        <source>&amp;Import Partner&apos;s Account…</source>
        <translation>&amp;Importer le récit de l’autre personne…</translation>
    </message>
    <message>
        <source>Keep the account your partner shared beside your own, to compare the two.</source>
        <translation>Garder le récit partagé par l’autre personne à côté du tien, pour comparer les deux.</translation>
    </message>
    <message>
        <source>Remove Partner&apos;s Accou&amp;nt</source>
        <translation>Retirer le ré&amp;cit de l’autre personne</translation>
    </message>
    <message>
        <source>Remove Partner&apos;s Account</source>
        <translation>Retirer le récit de l’autre personne</translation>
    </message>
    <message>
        <source>Share with Partner</source>
        <translation>Partager avec l’autre personne</translation>
    </message>
    <message>
        <source>Choose a relationship first.</source>
        <translation>Choisis d’abord une relation.</translation>
    </message>
    <message>
        <source>%1 - shared by %2.unfoldx</source>
        <translation>%1 - partagé par %2.unfoldx</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your account of %1 is in %2.

Give your partner the file, and tell them the passphrase another way (not in the same message).</source>
        <translation>Ton récit de %1 est dans %2.

Donne le fichier à l’autre personne et communique-lui la phrase secrète par un autre moyen (pas dans le même message).</translation>
    </message>
    <message>
        <source>Import Partner&apos;s Account</source>
        <translation>Importer le récit de l’autre personne</translation>
    </message>
    <message>
        <source>Open a journal you can edit and choose the relationship first.</source>
        <translation>Ouvre d’abord un journal modifiable et choisis la relation.</translation>
    </message>
    <message>
        <source>The passphrase you and your partner agreed on:</source>
        <translation>La phrase secrète convenue avec l’autre personne&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message>
        <source>The file calls the two people %1 and %2. Which person of %3 sent it?</source>
        <translation>Le fichier nomme les deux personnes %1 et %2. Quelle personne de %3 l’a envoyé&#xa0;?</translation>
    </message>
    <message>
        <source>Replace Partner&apos;s Account</source>
        <translation>Remplacer le récit de l’autre personne</translation>
    </message>
    <message>
        <source>The partner&apos;s account of %1 was replaced with the newer one.</source>
        <translation>Le récit de l’autre personne sur %1 a été remplacé par le plus récent.</translation>
    </message>
    <message>
        <source>The partner&apos;s account of %1 was imported.</source>
        <translation>Le récit de l’autre personne sur %1 a été importé.</translation>
    </message>
    <message>
        <source>Both Sides</source>
        <translation>Les deux côtés</translation>
    </message>
    <message>
        <source>Unlocking the partner&apos;s file…</source>
        <translation>Déverrouillage du fichier de l’autre personne…</translation>
    </message>
    <message>
        <source>Default Names</source>
        <translation>Noms par défaut</translation>
    </message>
    <message>
        <source>This journal&apos;s default topics and layers are named in the language it was started in. Name them in %1 too?</source>
        <translation>Les thèmes et couches par défaut de ce journal portent les noms de la langue dans laquelle il a été commencé. Les nommer aussi en %1 ?</translation>
    </message>
    <message>
        <source>Topics and layers you named yourself keep their names. Edit › Undo brings the old names back.</source>
        <translation>Les thèmes et couches que tu as nommés toi-même gardent leur nom. Édition › Annuler rétablit les anciens noms.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Name Defaults in %1</source>
        <translation>Noms par défaut en %1</translation>
    </message>
    <message>
        <source>Edit Topic</source>
        <translation>Modifier le thème</translation>
    </message>
    <message>
        <source>Encrypting the journal…</source>
        <translation>Chiffrement du journal…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Enregistrement d’une copie…</translation>
    </message>
    <message>
        <source>Backup Not Made</source>
        <translation>Copie de sauvegarde non faite</translation>
    </message>
    <message>
        <source>The journal&apos;s latest backup could not be made: %1
Every edit is saved in the journal itself.</source>
        <translation>La dernière copie de sauvegarde du journal n’a pas pu être faite&#xa0;: %1
Chaque modification est enregistrée dans le journal lui-même.</translation>
    </message>
</context>
<context>
    <name>unfold::OnionDescription</name>
    <message>
        <source>%1: passed through on the way deeper, no disclosures here</source>
        <translation>%1&#xa0;: traversée en allant plus profond, aucune confidence ici</translation>
    </message>
    <message>
        <source>%1: not reached</source>
        <translation>%1&#xa0;: non atteinte</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n disclosure(s), latest %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n confidence, la dernière le %2</numerusform>
            <numerusform>%1&#xa0;: %n confidences, la dernière le %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 layer</source>
        <translation>%1, couche %2</translation>
    </message>
    <message>
        <source>Onion of %1, %2.</source>
        <translation>Oignon de %1, %2.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 reached %2 of %3 topics (penetration %4 %)%5</source>
        <translation>%1 a abordé %2 thèmes sur %3 (pénétration %4 %)%5</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>%1: disclosures</source>
        <translation>%1&#xa0;: confidences</translation>
    </message>
    <message>
        <source>%1: latest</source>
        <translation>%1&#xa0;: la dernière</translation>
    </message>
    <message>
        <source>Of the cells where anything was shared, %1 lean to %2, %3 are about even and %4 lean to %5.</source>
        <translation>Parmi les cellules où quelque chose a été partagé, %1 penchent vers %2, %3 sont à peu près égales et %4 penchent vers %5.</translation>
    </message>
    <message>
        <source>%1 (%2 before, %3 now)</source>
        <translation>%1 (avant %2, maintenant %3)</translation>
    </message>
    <message>
        <source>%1 (%2 before, not now)</source>
        <translation>%1 (avant %2, plus maintenant)</translation>
    </message>
    <message>
        <source>%1 went less deep than before on %2.</source>
        <translation>%1 est allé moins loin qu’avant sur %2.</translation>
    </message>
</context>
<context>
    <name>unfold::OnionSubject</name>
    <message>
        <source>Layer %1</source>
        <translation>Couche %1</translation>
    </message>
    <message>
        <source>No sessions logged yet</source>
        <translation>Aucune séance notée pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Before the first of %n session(s)</source>
        <translation>
            <numerusform>Avant la première séance (sur %n)</numerusform>
            <numerusform>Avant la première de %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>After session %1 of %2 · %3</source>
        <translation>Après la séance %1 sur %2 · %3</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>l’autre personne</translation>
    </message>
    <message>
        <source>%1, as %2 logged it</source>
        <translation>%1, tel que %2 l’a noté</translation>
    </message>
    <message>
        <source>Sessions %1 to %2 of %3 · %4</source>
        <translation>Séances %1 à %2 sur %3 · %4</translation>
    </message>
</context>
<context>
    <name>unfold::OnionText</name>
    <message>
        <source>%1: %2 of %3 topics, penetration %4 %</source>
        <translation>%1&#xa0;: %2 thèmes sur %3, pénétration %4 %</translation>
    </message>
    <message>
        <source>Mostly %1</source>
        <translation>Surtout %1</translation>
    </message>
    <message>
        <source>About even</source>
        <translation>À peu près équilibré</translation>
    </message>
    <message>
        <source>Numbers: %1 : %2 disclosures in that layer of the topic</source>
        <translation>Chiffres&#xa0;: confidences de %1&#xa0;: %2 dans cette couche du thème</translation>
    </message>
    <message>
        <source>outlined: new in this session</source>
        <translation>contour&#xa0;: nouveau dans cette séance</translation>
    </message>
    <message>
        <source>Clockwise in each topic: %1&apos;s half, then %2&apos;s; numbers count disclosures in that layer</source>
        <translation>Dans le sens des aiguilles d’une montre pour chaque thème&#xa0;: d’abord la moitié de %1, puis celle de %2&#xa0;; les chiffres comptent les confidences dans cette couche</translation>
    </message>
    <message numerus="yes">
        <source>faint: reached before, not in the last %n session(s)</source>
        <translation>
            <numerusform>pâle : atteint avant, pas dans la dernière séance (%n)</numerusform>
            <numerusform>pâle : atteint avant, pas dans les %n dernières séances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::OnionView</name>
    <message>
        <source>Onion</source>
        <translation>Oignon</translation>
    </message>
    <message>
        <source>Onion as a table</source>
        <translation>L’oignon sous forme de tableau</translation>
    </message>
    <message>
        <source>Who reached each layer</source>
        <translation>Qui a atteint chaque couche</translation>
    </message>
    <message>
        <source>Balance in each cell</source>
        <translation>Équilibre dans chaque case</translation>
    </message>
    <message>
        <source>What the onion shows</source>
        <translation>Ce que montre l’oignon</translation>
    </message>
    <message>
        <source>Show the onion as a table</source>
        <translation>Afficher l’oignon sous forme de tableau</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Play the sessions one after another</source>
        <translation>Faire défiler les séances l’une après l’autre</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
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
        <translation>Les flèches permettent de passer d’une case à l’autre&#xa0;; Entrée affiche les confidences d’une case.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Disclosures in this cell</source>
        <translation>Confidences dans cette case</translation>
    </message>
    <message>
        <source>No disclosures here yet</source>
        <translation>Aucune confidence ici pour l’instant</translation>
    </message>
    <message>
        <source>Open the session of %1 (%2)</source>
        <translation>Ouvrir la séance du %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier</source>
        <translation>
            <numerusform>… et %n plus ancienne</numerusform>
            <numerusform>… et %n plus anciennes</numerusform>
        </translation>
    </message>
    <message>
        <source>onion</source>
        <translation>oignon</translation>
    </message>
    <message>
        <source>Onion of %1</source>
        <translation>Oignon de %1</translation>
    </message>
    <message>
        <source>The onion&apos;s cells as rows: topic, layer and who reached it.</source>
        <translation>Les cases de l’oignon en lignes&#xa0;: thème, couche et qui l’a atteinte.</translation>
    </message>
    <message>
        <source>Who reached each layer of each topic, or how evenly both shared there.</source>
        <translation>Qui a atteint chaque couche de chaque thème, ou à quel point le partage y a été équilibré.</translation>
    </message>
    <message>
        <source>Switches between the picture and a table of the same content.</source>
        <translation>Bascule entre l’image et un tableau au même contenu.</translation>
    </message>
    <message>
        <source>The onion in words: how broad and how deep each person went.</source>
        <translation>L’oignon en mots&#xa0;: jusqu’où chaque personne est allée, en étendue et en profondeur.</translation>
    </message>
    <message>
        <source>Reading the onion</source>
        <translation>Lire l’oignon</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affi&amp;cher&#xa0;:</translation>
    </message>
    <message>
        <source>As t&amp;able</source>
        <translation>En &amp;tableau</translation>
    </message>
    <message>
        <source>As I logged it</source>
        <translation>Tel que je l’ai noté</translation>
    </message>
    <message>
        <source>Whose account the onion shows</source>
        <translation>Le récit que montre l’oignon</translation>
    </message>
    <message>
        <source>The onion of your own log, or of the account your partner shared with you.</source>
        <translation>L’oignon de ton propre journal, ou du récit que l’autre personne a partagé avec toi.</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>&amp;Récit :</translation>
    </message>
    <message>
        <source>As %1 logged it</source>
        <translation>Tel que %1 l’a noté</translation>
    </message>
    <message>
        <source>%1 (%2): no session of yours is matched to it</source>
        <translation>%1 (%2) : aucune de tes séances ne lui est associée</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les séances</translation>
    </message>
    <message numerus="yes">
        <source>Last %n session(s)</source>
        <translation>
            <numerusform>Dernière séance (%n)</numerusform>
            <numerusform>%n dernières séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Which sessions the onion counts</source>
        <translation>Les séances que compte l’oignon</translation>
    </message>
    <message>
        <source>All sessions so far, or only the latest few: what was reached before and not since shows faintly.</source>
        <translation>Toutes les séances jusqu’ici, ou seulement les dernières : ce qui a été atteint avant et plus depuis apparaît pâle.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
</context>
<context>
    <name>unfold::PartnerAccount</name>
    <message>
        <source>a session in the file is incomplete</source>
        <translation>une séance du fichier est incomplète</translation>
    </message>
    <message>
        <source>a session&apos;s mood is out of range</source>
        <translation>l’humeur d’une séance est hors limites</translation>
    </message>
    <message>
        <source>a disclosure of the session of %1 is incomplete or out of range</source>
        <translation>une confidence de la séance du %1 est incomplète ou hors limites</translation>
    </message>
    <message>
        <source>a questionnaire answered in the session of %1 is incomplete</source>
        <translation>un questionnaire rempli lors de la séance du %1 est incomplet</translation>
    </message>
    <message>
        <source>The partner&apos;s account cannot be read: %1.</source>
        <translation>Le récit de l’autre personne ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>it is not an account</source>
        <translation>ce n’est pas un récit</translation>
    </message>
    <message>
        <source>it has no format</source>
        <translation>il n’indique aucun format</translation>
    </message>
    <message>
        <source>This account was written by a newer version of Unfold. Update Unfold to import it.</source>
        <translation>Ce récit a été écrit par une version plus récente d’Unfold. Mets Unfold à jour pour l’importer.</translation>
    </message>
    <message>
        <source>the two people are not named</source>
        <translation>les deux personnes ne sont pas nommées</translation>
    </message>
    <message>
        <source>it does not say which of the two people wrote it</source>
        <translation>il n’indique pas laquelle des deux personnes l’a écrit</translation>
    </message>
    <message>
        <source>its number of layers is out of range</source>
        <translation>son nombre de couches est hors limites</translation>
    </message>
    <message>
        <source>a topic is not named</source>
        <translation>un thème n’a pas de nom</translation>
    </message>
    <message>
        <source>it has no time of writing</source>
        <translation>il n’indique pas quand il a été écrit</translation>
    </message>
    <message>
        <source>it has no sessions</source>
        <translation>il ne contient aucune séance</translation>
    </message>
    <message>
        <source>two sessions have the same id</source>
        <translation>deux séances ont le même identifiant</translation>
    </message>
</context>
<context>
    <name>unfold::PartnerExchange</name>
    <message>
        <source>The relationship is not in this journal.</source>
        <translation>La relation n’est pas dans ce journal.</translation>
    </message>
    <message>
        <source>%1 is not one of the two people of %2.</source>
        <translation>%1 n’est aucune des deux personnes de %2.</translation>
    </message>
    <message>
        <source>Say which of %1 and %2 you are: your partner&apos;s journal maps the two sides by it.</source>
        <translation>Indique si tu es %1 ou %2&#xa0;: le journal de l’autre personne fait correspondre les deux côtés d’après cela.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This journal has no relationship yet: add the relationship first.</source>
        <translation>Ce journal n’a encore aucune relation&#xa0;: ajoute d’abord la relation.</translation>
    </message>
    <message>
        <source>The file is the account of %1 &amp; %2: say which relationship of this journal it belongs to.</source>
        <translation>Le fichier est le récit de %1 &amp; %2&#xa0;: indique à quelle relation de ce journal il appartient.</translation>
    </message>
    <message>
        <source>This file was written on %1, before the account already imported (written on %2). Ask your partner for a newer file.</source>
        <translation>Ce fichier a été écrit le %1, avant le récit déjà importé (écrit le %2). Demande un fichier plus récent à l’autre personne.</translation>
    </message>
</context>
<context>
    <name>unfold::PartnerSides</name>
    <message>
        <source>Your journal uses %1 layers and your partner&apos;s uses %2: their depths cannot be compared. Use the same number of layers in both journals.</source>
        <translation>Ton journal utilise %1 couches et celui de l’autre personne %2&#xa0;: leurs profondeurs ne peuvent pas être comparées. Utilise le même nombre de couches dans les deux journaux.</translation>
    </message>
    <message>
        <source>The file does not say which of the two people wrote it.</source>
        <translation>Le fichier n’indique pas laquelle des deux personnes l’a écrit.</translation>
    </message>
    <message>
        <source>The relationship&apos;s people are missing.</source>
        <translation>Les personnes de la relation sont introuvables.</translation>
    </message>
    <message>
        <source>%1 is not one of the two people of %2.</source>
        <translation>%1 n’est aucune des deux personnes de %2.</translation>
    </message>
    <message>
        <source>%1 is you in this journal: the file must come from the other person.</source>
        <translation>%1, c’est toi dans ce journal&#xa0;: le fichier doit venir de l’autre personne.</translation>
    </message>
    <message>
        <source>This file is the account of %1 &amp; %2, another relationship of this journal, not of %3.</source>
        <translation>Ce fichier est le récit de %1 &amp; %2, une autre relation de ce journal, pas de %3.</translation>
    </message>
    <message>
        <source>This file was written by %1, who is you in this journal: import the file your partner shared.</source>
        <translation>Ce fichier a été écrit par %1, c’est-à-dire toi dans ce journal&#xa0;: importe le fichier partagé par l’autre personne.</translation>
    </message>
    <message>
        <source>Which of the two people sent this file?</source>
        <translation>Laquelle des deux personnes a envoyé ce fichier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>unfold::PassphraseDialog</name>
    <message>
        <source>Open Encrypted Journal</source>
        <translation>Ouvrir un journal chiffré</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 est chiffré. Saisis sa phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Afterwards only the new passphrase opens %1. Backups made before keep the passphrase they were made with.</source>
        <translation>Ensuite, seule la nouvelle phrase secrète ouvrira %1. Les sauvegardes faites auparavant gardent la phrase secrète avec laquelle elles ont été faites.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Phrase secrète actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Encrypt Journal</source>
        <translation>Chiffrer le journal</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1. From then on the journal, and every backup and copy Unfold makes of it, is encrypted: without the passphrase nobody can read them, and nobody can recover the passphrase for you if you forget it.</source>
        <translation>Choisis une phrase secrète pour %1. Dès lors, le journal, ainsi que chaque sauvegarde et copie qu’Unfold en fait, est chiffré&#xa0;: sans la phrase secrète, personne ne peut les lire, et personne ne peut la retrouver pour toi si tu l’oublies.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Confirmation de la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Chiffrer</translation>
    </message>
    <message>
        <source>Don&apos;t Encrypt</source>
        <translation>Ne pas chiffrer</translation>
    </message>
    <message>
        <source>Create the journal as a plain file that anyone who can read your files can read.</source>
        <translation>Crée le journal sous forme de fichier non chiffré, lisible par quiconque peut lire tes fichiers.</translation>
    </message>
    <message>
        <source>Strength: too short. Use at least %1 characters; several words are easiest to remember.</source>
        <translation>Robustesse&#xa0;: trop courte. Utilise au moins %1 caractères&#xa0;; plusieurs mots se retiennent plus facilement.</translation>
    </message>
    <message>
        <source>Strength: weak. Someone with a copy of the file could guess it; add words.</source>
        <translation>Robustesse&#xa0;: faible. Quelqu’un qui a une copie du fichier pourrait la deviner&#xa0;; ajoute des mots.</translation>
    </message>
    <message>
        <source>Strength: fair. Another word or two would make it strong.</source>
        <translation>Robustesse&#xa0;: moyenne. Un ou deux mots de plus la rendraient forte.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Robustesse&#xa0;: forte.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
</context>
<context>
    <name>unfold::PerceptionSummary</name>
    <message>
        <source>The partner</source>
        <translation>l’autre personne</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>%1&apos;s account, written %2 and imported %3: %4 sessions.</source>
        <translation>Récit de %1, écrit le %2 et importé le %3&#xa0;: %4 séances.</translation>
    </message>
    <message>
        <source>Matched: %1 · only in your account: %2 · only in %3&apos;s: %4.</source>
        <translation>Appariées&#xa0;: %1 · seulement dans ton récit&#xa0;: %2 · seulement dans celui de %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1: no session both accounts logged sharing in.</source>
        <translation>%1&#xa0;: aucune séance où les deux récits ont noté un partage.</translation>
    </message>
    <message>
        <source>%1: %2 layers on average (%3)</source>
        <translation>%1&#xa0;: %2 couches en moyenne (%3)</translation>
    </message>
    <message>
        <source>the partner&apos;s account has them sharing deeper than yours</source>
        <translation>le récit de l’autre personne montre un partage plus profond que le tien</translation>
    </message>
    <message>
        <source>the partner&apos;s account has them sharing less deep than yours</source>
        <translation>le récit de l’autre personne montre un partage moins profond que le tien</translation>
    </message>
    <message>
        <source>both accounts agree</source>
        <translation>les deux récits concordent</translation>
    </message>
    <message>
        <source>Perception bias — %1; %2.</source>
        <translation>Biais de perception — %1&#xa0;; %2.</translation>
    </message>
    <message>
        <source>Mean agreement of the two accounts: %1 of 100. A description, never a verdict.</source>
        <translation>Accord moyen des deux récits&#xa0;: %1 sur 100. Une description, jamais un verdict.</translation>
    </message>
    <message>
        <source>Topics only %1&apos;s journal has: %2.</source>
        <translation>Thèmes que seul le journal de %1 contient&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>unfold::PerceptionView</name>
    <message>
        <source>Matched sessions</source>
        <translation>Séances appariées</translation>
    </message>
    <message>
        <source>&amp;Confirm Match</source>
        <translation>Confirmer l’a&amp;ppariement</translation>
    </message>
    <message>
        <source>Keep this pair whatever the times say.</source>
        <translation>Garder cette paire quoi que disent les heures.</translation>
    </message>
    <message>
        <source>&amp;Pair With…</source>
        <translation>Apparier a&amp;vec…</translation>
    </message>
    <message>
        <source>Pair this session with another session of the other account.</source>
        <translation>Apparier cette séance à une autre séance de l’autre récit.</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>D&amp;issocier</translation>
    </message>
    <message>
        <source>These are not the same conversation: never pair them.</source>
        <translation>Ce n’est pas la même conversation&#xa0;: ne jamais les apparier.</translation>
    </message>
    <message>
        <source>Open Sessio&amp;n</source>
        <translation>Ouvrir la séa&amp;nce</translation>
    </message>
    <message>
        <source>Your account of the session</source>
        <translation>Ton récit de la séance</translation>
    </message>
    <message>
        <source>The partner&apos;s account of the session</source>
        <translation>Le récit de la séance par l’autre personne</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Check-ins of the session, from both accounts</source>
        <translation>Points de fin de séance, d’après les deux récits</translation>
    </message>
    <message>
        <source>Choose a relationship to compare your account of it with your partner&apos;s.</source>
        <translation>Choisis une relation pour comparer ton récit avec celui de l’autre personne.</translation>
    </message>
    <message>
        <source>Two accounts of the same conversations show where you agree and where you see things differently.

Ask your partner to choose Relationship › Share with Partner… in their Unfold and send you the file, then choose Relationship › Import Partner&apos;s Account… to bring it in. You can share your own account the same way. The file is encrypted with a passphrase the two of you agree on, and nothing is sent anywhere by Unfold.</source>
        <translation>Deux récits des mêmes conversations montrent où vous êtes d’accord et où vous voyez les choses différemment.

Demande à l’autre personne de choisir Relation › Partager avec l’autre personne… dans son Unfold et de t’envoyer le fichier, puis choisis Relation › Importer le récit de l’autre personne… pour l’ajouter. Tu peux partager ton propre récit de la même façon. Le fichier est chiffré avec une phrase secrète convenue entre vous deux, et Unfold n’envoie rien nulle part.</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>Ta séance</translation>
    </message>
    <message>
        <source>%1&apos;s session</source>
        <translation>Séance de %1</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Appariée</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>%1: depth gap</source>
        <translation>%1&#xa0;: écart de profondeur</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>non notée</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>par toi</translation>
    </message>
    <message>
        <source>by time</source>
        <translation>par l’heure</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Your account · %1</source>
        <translation>&amp;Ton récit · %1</translation>
    </message>
    <message>
        <source>&amp;Your account · not logged</source>
        <translation>&amp;Ton récit · non notée</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;account · %2</source>
        <translation>&amp;Le récit de %1 · %2</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;account · not logged</source>
        <translation>&amp;Le récit de %1 · non notée</translation>
    </message>
    <message>
        <source>Felt balance</source>
        <translation>Équilibre ressenti</translation>
    </message>
    <message>
        <source>Felt responsiveness</source>
        <translation>Réceptivité ressentie</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Aisance</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Check-in (0–100)</source>
        <translation>Point de fin de séance (0–100)</translation>
    </message>
    <message>
        <source>%1, in your account</source>
        <translation>%1, dans ton récit</translation>
    </message>
    <message>
        <source>%1, in %2&apos;s</source>
        <translation>%1, dans le récit de %2</translation>
    </message>
    <message>
        <source>Confirm Match</source>
        <translation>Confirmer l’appariement</translation>
    </message>
    <message>
        <source>Unpair Sessions</source>
        <translation>Dissocier les séances</translation>
    </message>
    <message>
        <source>%1 (paired now)</source>
        <translation>%1 (appariée maintenant)</translation>
    </message>
    <message>
        <source>Pair With</source>
        <translation>Apparier avec</translation>
    </message>
    <message>
        <source>The session of %1&apos;s account that is the same conversation:</source>
        <translation>La séance du récit de %1 qui correspond à la même conversation&#xa0;:</translation>
    </message>
    <message>
        <source>The session of your account that is the same conversation:</source>
        <translation>La séance de ton récit qui correspond à la même conversation&#xa0;:</translation>
    </message>
    <message>
        <source>Pair Sessions</source>
        <translation>Apparier les séances</translation>
    </message>
    <message>
        <source>How to compare your account with your partner&apos;s.</source>
        <translation>Comment comparer ton récit avec celui de l’autre personne.</translation>
    </message>
    <message>
        <source>No partner&apos;s account yet.</source>
        <translation>Pas encore de récit de l’autre personne.</translation>
    </message>
    <message>
        <source>The two accounts in numbers: matched sessions, perception bias, agreement.</source>
        <translation>Les deux récits en chiffres&#xa0;: séances appariées, biais de perception, accord.</translation>
    </message>
    <message>
        <source>Your sessions and your partner&apos;s, paired by time or by you, with how far the two accounts agree. Enter opens your session.</source>
        <translation>Tes séances et celles de l’autre personne, appariées par l’heure ou par toi, avec le degré d’accord des deux récits. Entrée ouvre ta séance.</translation>
    </message>
    <message>
        <source>Show your session of this pair in the Session tab.</source>
        <translation>Afficher ta séance de cette paire dans l’onglet Séance.</translation>
    </message>
    <message>
        <source>Who shared which topic, how deep, as you logged it.</source>
        <translation>Qui a partagé quel thème et à quelle profondeur, tel que tu l’as noté.</translation>
    </message>
    <message>
        <source>Who shared which topic, how deep, as your partner logged it.</source>
        <translation>Qui a partagé quel thème et à quelle profondeur, tel que l’autre personne l’a noté.</translation>
    </message>
    <message>
        <source>Each person&apos;s check-in scores from 0 to 100, from either account.</source>
        <translation>Les scores de fin de séance de chaque personne, de 0 à 100, d’après chacun des récits.</translation>
    </message>
</context>
<context>
    <name>unfold::PictureExport</name>
    <message>
        <source>The resolution must be between %1 and %2 DPI.</source>
        <translation>La résolution doit être comprise entre %1 et %2 ppp.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Impossible d’écrire %1&#xa0;: le dossier n’existe pas.</translation>
    </message>
    <message>
        <source>The picture is too large to draw in memory.</source>
        <translation>L’image est trop grande pour être dessinée en mémoire.</translation>
    </message>
    <message>
        <source>Drawn by Unfold</source>
        <translation>Dessiné avec Unfold</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot draw %1.</source>
        <translation>Impossible de dessiner %1.</translation>
    </message>
</context>
<context>
    <name>unfold::PicturesPage</name>
    <message>
        <source>Picture format</source>
        <translation>Format d’image</translation>
    </message>
    <message>
        <source>The format that exported pictures get unless you choose another.</source>
        <translation>Le format des images exportées, sauf si tu en choisis un autre.</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Picture width in logical pixels</source>
        <translation>Largeur de l’image en pixels logiques</translation>
    </message>
    <message>
        <source>Charts are exported five wide by three high, the onion square.</source>
        <translation>Les graphiques sont exportés à cinq de large pour trois de haut, l’oignon au carré.</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Résolution en points par pouce</translation>
    </message>
    <message>
        <source>Pixels of PNG images per inch; 96 is the size on the screen, 192 twice as sharp.</source>
        <translation>Pixels des images PNG par pouce&#xa0;; 96 correspond à la taille à l’écran, 192 est deux fois plus net.</translation>
    </message>
    <message>
        <source>File › Export Picture starts from these, and Export All Charts writes every chart with them.</source>
        <translation>Fichier › Exporter l’image part de ces valeurs, et Exporter tous les graphiques les utilise pour chaque graphique.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pictures</source>
        <translation>&amp;Images</translation>
    </message>
</context>
<context>
    <name>unfold::PrivacyPage</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Minutes sans utilisation avant le verrouillage</translation>
    </message>
    <message>
        <source>An encrypted journal&apos;s window locks after this many minutes without a key press or mouse click; 0 never locks it.</source>
        <translation>La fenêtre d’un journal chiffré se verrouille après ce nombre de minutes sans frappe au clavier ni clic de souris&#xa0;; avec 0, elle ne se verrouille jamais.</translation>
    </message>
    <message>
        <source>A locked window shows nothing of the journal until its passphrase is typed again. Journal › Lock (Ctrl+Shift+L) locks at once. Plain journals are not locked: their file can be read without a passphrase anyway.</source>
        <translation>Une fenêtre verrouillée n’affiche rien du journal tant que sa phrase secrète n’a pas été saisie à nouveau. Journal › Verrouiller (Ctrl+Maj+L) la verrouille immédiatement. Les journaux non chiffrés ne sont pas verrouillés&#xa0;: leur fichier peut de toute façon être lu sans phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Lock encrypted journals after:</source>
        <translation>&amp;Verrouiller les journaux chiffrés après&#xa0;:</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>Con&amp;fidentialité</translation>
    </message>
    <message>
        <source>List opened journals in the desktop&apos;s &amp;recent files</source>
        <translation>Lister les journaux ouverts dans les fichiers &amp;récents du bureau</translation>
    </message>
    <message>
        <source>File managers and file choosers show that list to anyone at this account. Encrypted journals are never listed there.</source>
        <translation>Les gestionnaires et sélecteurs de fichiers montrent cette liste à quiconque utilise ce compte. Les journaux chiffrés n’y figurent jamais.</translation>
    </message>
    <message>
        <source>Recent Files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Unfold&apos;s journals could not be taken out of the desktop&apos;s recent files.
%1</source>
        <translation>Les journaux d’Unfold n’ont pas pu être retirés des fichiers récents du bureau.
%1</translation>
    </message>
</context>
<context>
    <name>unfold::PrivateFiles</name>
    <message>
        <source>cannot create folder %1: %2</source>
        <translation>impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The earlier %1 is kept as %2.</source>
        <translation>L’ancien %1 est conservé sous le nom %2.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>unfold::ProtocolLibrary</name>
    <message>
        <source>&quot;%1&quot; is the id of a protocol that comes with Unfold; give yours its own id</source>
        <translation>«&#xa0;%1&#xa0;» est l’identifiant d’un protocole fourni avec Unfold&#xa0;; donne au tien son propre identifiant</translation>
    </message>
</context>
<context>
    <name>unfold::ProtocolValidator</name>
    <message>
        <source>is too large to be a protocol</source>
        <translation>est trop volumineux pour être un protocole</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>is empty and no &quot;checkin&quot; is given: the protocol has nothing to do</source>
        <translation>est vide et aucun &quot;checkin&quot; n’est donné&#xa0;: le protocole n’a rien à proposer</translation>
    </message>
    <message>
        <source>is not a field of a protocol</source>
        <translation>n’est pas un champ de protocole</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier round</source>
        <translation>&quot;%1&quot; est déjà utilisé par un tour précédent</translation>
    </message>
    <message>
        <source>must be &quot;peripheral&quot;, &quot;intermediate&quot; or &quot;core&quot;</source>
        <translation>doit être &quot;peripheral&quot;, &quot;intermediate&quot; ou &quot;core&quot;</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>doit être une liste non vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier prompt of this round</source>
        <translation>&quot;%1&quot; est déjà utilisé par une proposition précédente de ce tour</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l’une de ces valeurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>unfold::QuestionnaireForm</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>%v sur %m répondues</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>E&amp;nvoyer</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Envoyer les réponses</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Return)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel answering</source>
        <translation>Arrêter de répondre</translation>
    </message>
    <message>
        <source>Leaves the questionnaire without saving the answers.</source>
        <translation>Quitte le questionnaire sans enregistrer les réponses.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Question %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answers: %2</source>
        <translation>Réponse de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Too many items are still open to score this questionnaire. Still needed: %1.</source>
        <translation>Il reste trop de questions sans réponse pour évaluer ce questionnaire. Encore nécessaires&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>unfold::QuestionnairesView</name>
    <message>
        <source>Instr&amp;uments</source>
        <translation>Q&amp;uestionnaires</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>The questionnaires you can answer; Enter starts the chosen one.</source>
        <translation>Les questionnaires auxquels tu peux répondre&#xa0;; Entrée lance celui qui est choisi.</translation>
    </message>
    <message>
        <source>Answer as a &amp;couple (hand-over)</source>
        <translation>Répondre en &amp;couple (à tour de rôle)</translation>
    </message>
    <message>
        <source>Answer as a couple, one after the other</source>
        <translation>Répondre en couple, l’un après l’autre</translation>
    </message>
    <message>
        <source>Each answers in turn on this device without seeing the other&apos;s answers, then both are compared.</source>
        <translation>Chacun répond à son tour sur cet appareil sans voir les réponses de l’autre, puis les deux sont comparées.</translation>
    </message>
    <message>
        <source>Opens the chosen questionnaire for this person, about this session.</source>
        <translation>Ouvre le questionnaire choisi pour cette personne, à propos de cette séance.</translation>
    </message>
    <message>
        <source>I&amp;mport instrument…</source>
        <translation>I&amp;mporter un questionnaire…</translation>
    </message>
    <message>
        <source>Import an instrument file</source>
        <translation>Importer un fichier de questionnaire</translation>
    </message>
    <message>
        <source>Adds a questionnaire from a JSON file in Unfold&apos;s instrument format.</source>
        <translation>Ajoute un questionnaire à partir d’un fichier JSON au format de questionnaire d’Unfold.</translation>
    </message>
    <message>
        <source>How questionnaires are scored</source>
        <translation>Comment les scores des questionnaires sont calculés</translation>
    </message>
    <message>
        <source>Scores of this session</source>
        <translation>Scores de cette séance</translation>
    </message>
    <message>
        <source>Subscale</source>
        <translation>Sous-échelle</translation>
    </message>
    <message>
        <source>Score history of this relationship</source>
        <translation>Historique des scores de cette relation</translation>
    </message>
    <message>
        <source>Scores of this sessio&amp;n</source>
        <translation>Scores de cette séa&amp;nce</translation>
    </message>
    <message>
        <source>Score histor&amp;y</source>
        <translation>&amp;Historique des scores</translation>
    </message>
    <message>
        <source>The answers could not be saved: %1</source>
        <translation>Les réponses n’ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1&apos;s answers.</source>
        <translation>Réponses de %1 enregistrées.</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>Personne A</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>Personne B</translation>
    </message>
    <message>
        <source>%1 answer &quot;%2&quot;</source>
        <translation>%1 répondent à « %2 »</translation>
    </message>
    <message>
        <source>Answer Again?</source>
        <translation>Répondre à nouveau ?</translation>
    </message>
    <message>
        <source>%1 already answered &quot;%2&quot; for this session (%3).</source>
        <translation>%1 a déjà répondu à « %2 » pour cette séance (%3).</translation>
    </message>
    <message>
        <source>A session keeps one set of answers per person, so every chart and report shows one number. Answering again replaces the earlier answers; Edit › Undo brings them back.</source>
        <translation>Une séance garde un seul jeu de réponses par personne, pour que chaque graphique et chaque rapport montre un seul chiffre. Répondre à nouveau remplace les réponses précédentes ; Édition › Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Answer Again</source>
        <translation>Répondre à nouveau</translation>
    </message>
    <message>
        <source>Saved the answers of %1 and %2.</source>
        <translation>Réponses de %1 et %2 enregistrées.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Answer for %1</source>
        <translation>Répondre pour %1</translation>
    </message>
    <message>
        <source>Choose a session to answer questionnaires about it.</source>
        <translation>Choisis une séance pour répondre à des questionnaires à son sujet.</translation>
    </message>
    <message>
        <source>Instrument not imported</source>
        <translation>Questionnaire non importé</translation>
    </message>
    <message>
        <source>The instrument was not imported; nothing of it was used.</source>
        <translation>Le questionnaire n’a pas été importé&#xa0;; rien n’en a été repris.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» importé.</translation>
    </message>
    <message>
        <source>Import Instrument</source>
        <translation>Importer un questionnaire</translation>
    </message>
    <message>
        <source>Instrument files (*.json);;All files (*)</source>
        <translation>Fichiers de questionnaire (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>The scores of the questionnaires answered in the chosen session, from 0 to 100: one row per subscale, one column per person.</source>
        <translation>Les scores des questionnaires remplis pendant la séance choisie, de 0 à 100 : une ligne par sous-échelle, une colonne par personne.</translation>
    </message>
    <message>
        <source>Each subscale with each person&apos;s latest score; open it for every session&apos;s score and the change since the person&apos;s previous one.</source>
        <translation>Chaque sous-échelle avec le dernier score de chaque personne ; ouvre-la pour le score de chaque séance et l&apos;évolution depuis le précédent de la personne.</translation>
    </message>
    <message>
        <source>Scores are from 0 to 100. In brackets: the change since that person&apos;s previous score. ↑ and ↓ mark a reliable change, where the instrument gives norms.</source>
        <translation>Les scores vont de 0 à 100. Entre parenthèses : l&apos;évolution depuis le score précédent de cette personne. ↑ et ↓ marquent un changement fiable, là où l&apos;instrument donne des normes.</translation>
    </message>
    <message>
        <source>%1 of 100; %2 on the subscale&apos;s own scale, %3 of %4 items answered</source>
        <translation>%1 sur 100 ; %2 sur l&apos;échelle propre de la sous-échelle, %3 items sur %4 répondus</translation>
    </message>
    <message>
        <source>Subscale and session</source>
        <translation>Sous-échelle et séance</translation>
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
        <translation>Depuis le score précédent : %1. Depuis le premier : %2.</translation>
    </message>
    <message>
        <source>no reliable-change norms</source>
        <translation>pas de normes de changement fiable</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 %5</source>
        <translation>%1 : %2 %3, %4 %5</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 items</source>
        <translation>%1 · %2 items sur %3</translation>
    </message>
    <message>
        <source>%1, change %2</source>
        <translation>%1, évolution %2</translation>
    </message>
    <message>
        <source>%1, a reliable rise</source>
        <translation>%1, une hausse fiable</translation>
    </message>
    <message>
        <source>%1, a reliable fall</source>
        <translation>%1, une baisse fiable</translation>
    </message>
    <message>
        <source>Latest score, of %1.</source>
        <translation>Dernier score, du %1.</translation>
    </message>
    <message>
        <source>Latest score, of %1; the first was of %2.</source>
        <translation>Dernier score, du %1 ; le premier date du %2.</translation>
    </message>
    <message>
        <source>No questionnaire was answered about this session yet.</source>
        <translation>Aucun questionnaire n’a encore été rempli pour cette séance.</translation>
    </message>
    <message>
        <source>No questionnaire was answered in this relationship yet.</source>
        <translation>Aucun questionnaire n’a encore été rempli dans cette relation.</translation>
    </message>
</context>
<context>
    <name>unfold::RecordCommands</name>
    <message>
        <source>Remove Relationship</source>
        <translation>Retirer la relation</translation>
    </message>
    <message>
        <source>Remove Session</source>
        <translation>Retirer la séance</translation>
    </message>
    <message>
        <source>Remove Disclosure</source>
        <translation>Retirer la confidence</translation>
    </message>
    <message>
        <source>Move Disclosure</source>
        <translation>Déplacer la confidence</translation>
    </message>
    <message>
        <source>Change Layers</source>
        <translation>Modifier les couches</translation>
    </message>
    <message>
        <source>Reorder Topics</source>
        <translation>Réordonner les thèmes</translation>
    </message>
    <message>
        <source>Mark Event</source>
        <translation>Marquer un événement</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>Retirer un événement</translation>
    </message>
    <message>
        <source>Answer Questionnaire</source>
        <translation>Répondre au questionnaire</translation>
    </message>
    <message>
        <source>Remove Answers</source>
        <translation>Supprimer les réponses</translation>
    </message>
</context>
<context>
    <name>unfold::RecordLabels</name>
    <message>
        <source>Partner</source>
        <translation>Couple</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amitié</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <source>Client couple</source>
        <translation>Couple en thérapie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Non choisie</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Exploratory affective exchange</source>
        <translation>Échange affectif exploratoire</translation>
    </message>
    <message>
        <source>Affective exchange</source>
        <translation>Échange affectif</translation>
    </message>
    <message>
        <source>Stable exchange</source>
        <translation>Échange stable</translation>
    </message>
    <message>
        <source>Depenetration (withdrawing)</source>
        <translation>Dépénétration (retrait)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Text or chat</source>
        <translation>Texte ou messagerie</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Responsive</source>
        <translation>Attentif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Dismissive</source>
        <translation>Dédaigneux</translation>
    </message>
    <message>
        <source>1 · Low</source>
        <translation>1 · Morose</translation>
    </message>
    <message>
        <source>2 · Somewhat low</source>
        <translation>2 · Plutôt morose</translation>
    </message>
    <message>
        <source>3 · Neutral</source>
        <translation>3 · Neutre</translation>
    </message>
    <message>
        <source>4 · Good</source>
        <translation>4 · Bon</translation>
    </message>
    <message>
        <source>5 · Very good</source>
        <translation>5 · Très bon</translation>
    </message>
    <message>
        <source>Leave it unchosen when you are not sure; nothing depends on it.</source>
        <translation>Laisse-le non choisi si tu n’es pas sûr ; rien n’en dépend.</translation>
    </message>
    <message>
        <source>Small talk and safe, public facts; both follow what is expected of strangers.</source>
        <translation>Banalités et faits publics sans risque ; chacun suit ce qui est attendu entre inconnus.</translation>
    </message>
    <message>
        <source>Opinions and some feelings start to show on a few topics, as between casual friends.</source>
        <translation>Des opinions et quelques sentiments commencent à paraître sur quelques sujets, comme entre amis occasionnels.</translation>
    </message>
    <message>
        <source>Open, personal sharing on many topics, private words and criticism too, as between close friends or partners.</source>
        <translation>Un partage ouvert et personnel sur de nombreux sujets, mots intimes et critiques compris, comme entre amis proches ou partenaires.</translation>
    </message>
    <message>
        <source>Almost everything is shared and the two can read each other; few relationships get here.</source>
        <translation>Presque tout est partagé et les deux se devinent ; peu de relations arrivent jusqu’ici.</translation>
    </message>
    <message>
        <source>The relationship pulls back: what is shared grows narrower and shallower again.</source>
        <translation>La relation se replie : ce qui est partagé redevient plus étroit et moins profond.</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipDialog</name>
    <message>
        <source>Name or alias</source>
        <translation>Nom ou pseudonyme</translation>
    </message>
    <message>
        <source>Edit Relationship</source>
        <translation>Modifier la relation</translation>
    </message>
    <message>
        <source>Add Relationship</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>Personne A</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>Personne B</translation>
    </message>
    <message>
        <source>Person A is the first person: in your own journal, usually you.</source>
        <translation>La personne A est la première personne&#xa0;: dans ton propre journal, c’est généralement toi.</translation>
    </message>
    <message>
        <source>Kind of relationship</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Date de début connue</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>How you see the relationship now, after Altman and Taylor&apos;s stages.</source>
        <translation>Comment tu vois la relation en ce moment, d’après les étapes d’Altman et Taylor.</translation>
    </message>
    <message>
        <source>Person &amp;A:</source>
        <translation>Personne &amp;A&#xa0;:</translation>
    </message>
    <message>
        <source>Person &amp;B:</source>
        <translation>Personne &amp;B&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>Éta&amp;pe&#xa0;:</translation>
    </message>
    <message>
        <source>The other person: choose someone from the journal or type a new name or alias.</source>
        <translation>L’autre personne&#xa0;: choisis quelqu’un du journal ou tape un nouveau nom ou pseudonyme.</translation>
    </message>
    <message>
        <source>Partner, friend, family, colleague, client couple or another kind.</source>
        <translation>Couple, amitié, famille, collègues, couple en thérapie ou un autre type.</translation>
    </message>
    <message>
        <source>Clear it when you do not know when the relationship began.</source>
        <translation>Décoche-la si tu ne sais pas quand la relation a commencé.</translation>
    </message>
    <message>
        <source>The day the relationship began, as far as you know.</source>
        <translation>Le jour où la relation a commencé, pour autant que tu le saches.</translation>
    </message>
    <message>
        <source>Saves the relationship; needs two different names.</source>
        <translation>Enregistre la relation&#xa0;; il faut deux noms différents.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>Ferme sans rien modifier.</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Date connue</translation>
    </message>
    <message>
        <source>Person A is you in a journal of your own relationships, or one client of a couple; person B is the other person. Choose either from the people in this journal or type a new name or alias.</source>
        <translation>La personne A, c’est toi dans un journal de tes propres relations, ou l’un des clients d’un couple ; la personne B est l’autre personne. Choisis-les parmi les personnes de ce journal ou saisis un nouveau nom ou pseudonyme.</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipListModel</name>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · depuis %2</translation>
    </message>
    <message>
        <source>%1, %2, stage: %3</source>
        <translation>%1, %2, étape&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipSidebar</name>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Search relationships</source>
        <translation>Rechercher des relations</translation>
    </message>
    <message>
        <source>&amp;Add Relationship…</source>
        <translation>&amp;Ajouter une relation…</translation>
    </message>
    <message>
        <source>&amp;Edit Relationship…</source>
        <translation>&amp;Modifier la relation…</translation>
    </message>
    <message>
        <source>&amp;Remove Relationship</source>
        <translation>&amp;Retirer la relation</translation>
    </message>
    <message>
        <source>&amp;Find Relationship</source>
        <translation>Re&amp;chercher une relation</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Add Relationship</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <source>Edit Relationship</source>
        <translation>Modifier la relation</translation>
    </message>
    <message>
        <source>Remove Relationship</source>
        <translation>Retirer la relation</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and its %n session(s)? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Retirer %1 et sa %n séance&#xa0;? Tu peux l’annuler avec Édition › Annuler.</numerusform>
            <numerusform>Retirer %1 et ses %n séances&#xa0;? Tu peux l’annuler avec Édition › Annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only the relationships whose names contain what you type.</source>
        <translation>N’affiche que les relations dont les noms contiennent ce que tu tapes.</translation>
    </message>
    <message>
        <source>Your relationships; the chosen one&apos;s sessions, onion and charts are shown beside.</source>
        <translation>Tes relations&#xa0;; les séances, l’oignon et les graphiques de celle qui est choisie s’affichent à côté.</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipSummary</name>
    <message>
        <source>Breadth (topics reached)</source>
        <translation>Étendue (thèmes atteints)</translation>
    </message>
    <message>
        <source>Penetration (0–1)</source>
        <translation>Pénétration (0–1)</translation>
    </message>
    <message>
        <source>Deepest layer</source>
        <translation>Couche la plus profonde</translation>
    </message>
    <message>
        <source>Depth trend per 30 days</source>
        <translation>Tendance de la profondeur par 30 jours</translation>
    </message>
    <message>
        <source>Depth correlation (descriptive)</source>
        <translation>Corrélation de la profondeur (descriptive)</translation>
    </message>
    <message>
        <source>Lag-1 depth correlation (descriptive)</source>
        <translation>Corrélation de la profondeur décalée d’une séance (descriptive)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 après %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>These figures describe this relationship only; they are not norms and not a diagnosis. Correlations are descriptive and given only from %1 sessions on; &quot;no data&quot; means a figure cannot be computed yet.</source>
        <translation>Ces chiffres décrivent seulement cette relation ; ce ne sont ni des normes ni un diagnostic. Les corrélations sont descriptives et données seulement à partir de %1 séances ; « pas de données » signifie qu’un chiffre ne peut pas encore être calculé.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>unfold::ReportPainter</name>
    <message>
        <source>Scores (0–100)</source>
        <translation>Scores (0–100)</translation>
    </message>
    <message>
        <source>No questionnaire answered yet.</source>
        <translation>Aucun questionnaire rempli pour l’instant.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Change is since the previous session; &quot;no data&quot; means the questionnaire was not answered then. These numbers describe this relationship only; they are not norms.</source>
        <translation>L’évolution est calculée depuis la séance précédente&#xa0;; &quot;aucune donnée&quot; signifie que le questionnaire n’avait pas été rempli. Ces chiffres ne décrivent que cette relation&#xa0;; ce ne sont pas des normes.</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Compte rendu de séance</translation>
    </message>
    <message>
        <source>Disclosures logged in this session: %1 by %2, %3 by %4</source>
        <translation>Confidences notées dans cette séance&#xa0;: %1 de %2, %3 de %4</translation>
    </message>
    <message>
        <source>Logged reciprocity: %1 (previous session: %2)</source>
        <translation>Réciprocité notée&#xa0;: %1 (séance précédente&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Before and after session %1: what is new is outlined</source>
        <translation>Avant et après la séance %1&#xa0;: ce qui est nouveau est entouré</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Nothing stands out in the data so far.</source>
        <translation>Rien ne ressort des données pour l’instant.</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Notes du thérapeute</translation>
    </message>
    <message>
        <source>No notes for this session.</source>
        <translation>Aucune note pour cette séance.</translation>
    </message>
    <message>
        <source>Session report: %1, session %2</source>
        <translation>Compte rendu de séance&#xa0;: %1, séance %2</translation>
    </message>
    <message>
        <source>could not draw %1</source>
        <translation>impossible de dessiner %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>D’après :</translation>
    </message>
    <message>
        <source>Reliable change (Jacobson–Truax)</source>
        <translation>Changement fiable (Jacobson–Truax)</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Depuis la précédente</translation>
    </message>
    <message>
        <source>Since baseline</source>
        <translation>Depuis la référence</translation>
    </message>
    <message>
        <source>Across sessions 1 to %1 (descriptive)</source>
        <translation>Sur les séances 1 à %1 (descriptif)</translation>
    </message>
    <message>
        <source>%1&apos;s sessions 1 to %2 of %3</source>
        <translation>Séances 1 à %2 sur %3 selon %1</translation>
    </message>
</context>
<context>
    <name>unfold::ReportPerception</name>
    <message>
        <source>%1&apos;s account has no session matched to this one.</source>
        <translation>Le récit de %1 n’a aucune séance associée à celle-ci.</translation>
    </message>
    <message>
        <source>This session beside %1&apos;s of %2: agreement %3 of 100; depth gap %4 %5, %6 %7.</source>
        <translation>Cette séance à côté de celle de %1 du %2 : accord %3 sur 100 ; écart de profondeur %4 %5, %6 %7.</translation>
    </message>
    <message>
        <source>Both sides: %1&apos;s account beside yours</source>
        <translation>Les deux côtés : le récit de %1 à côté du tien</translation>
    </message>
</context>
<context>
    <name>unfold::ScoreHistory</name>
    <message>
        <source>within noise (RCI %1)</source>
        <translation>dans le bruit (RCI %1)</translation>
    </message>
    <message>
        <source>↑ reliable rise (RCI %1)</source>
        <translation>↑ hausse fiable (RCI %1)</translation>
    </message>
    <message>
        <source>↓ reliable fall (RCI %1)</source>
        <translation>↓ baisse fiable (RCI %1)</translation>
    </message>
    <message>
        <source>Reliable change (Jacobson–Truax, |RCI| &gt; 1.96) is given only for instruments whose file cites norms: a published standard deviation and reliability. The shipped instruments have their own wording and no published norms, so for them it stays empty.</source>
        <translation>Le changement fiable (Jacobson–Truax, |RCI| &gt; 1,96) n’est donné que pour les instruments dont le fichier cite des normes : un écart type et une fiabilité publiés. Les instruments fournis ont leur propre formulation et pas de normes publiées ; pour eux il reste vide.</translation>
    </message>
</context>
<context>
    <name>unfold::SessionEditor</name>
    <message>
        <source>Choose a session in the timeline, or start a new one with Session › New Session (Ctrl+T).</source>
        <translation>Choisis une séance dans la frise chronologique, ou commence-en une nouvelle avec Séance › Nouvelle séance (Ctrl+T).</translation>
    </message>
    <message>
        <source>Session start</source>
        <translation>Début de la séance</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notes de la séance</translation>
    </message>
    <message>
        <source>Private notes about this session</source>
        <translation>Notes privées sur cette séance</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>&amp;Humeur&#xa0;:</translation>
    </message>
    <message>
        <source>Disclosures of this session</source>
        <translation>Confidences de cette séance</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Delete Disclosure</source>
        <translation>&amp;Supprimer la confidence</translation>
    </message>
    <message>
        <source>&amp;Log Disclosure</source>
        <translation>&amp;Noter une confidence</translation>
    </message>
    <message>
        <source>Session with %1 and %2</source>
        <translation>Séance avec %1 et %2</translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Log Disclosure</source>
        <translation>Noter une confidence</translation>
    </message>
    <message>
        <source>Edit Disclosure</source>
        <translation>Modifier la confidence</translation>
    </message>
    <message>
        <source>The day and time the conversation began.</source>
        <translation>Le jour et l’heure où la conversation a commencé.</translation>
    </message>
    <message>
        <source>How you talked: in person, by video, by phone, or in text or chat.</source>
        <translation>Comment vous avez parlé&#xa0;: en personne, en visio, par téléphone, ou par texte ou messagerie.</translation>
    </message>
    <message>
        <source>Your mood in the conversation, from 1 (low) to 5 (very good), if you note it.</source>
        <translation>Ton humeur pendant la conversation, de 1 (morose) à 5 (très bonne), si tu la notes.</translation>
    </message>
    <message>
        <source>Private notes about this session, kept only in the journal.</source>
        <translation>Notes privées sur cette séance, conservées uniquement dans le journal.</translation>
    </message>
    <message>
        <source>One row per disclosure: who shared, topic, layer and note. F2 edits a cell; Ctrl+Up and Ctrl+Down reorder; Delete removes.</source>
        <translation>Une ligne par confidence&#xa0;: qui a partagé, thème, couche et note. F2 modifie une case&#xa0;; Ctrl+Haut et Ctrl+Bas changent l’ordre&#xa0;; Suppr la retire.</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>Pri&amp;vate notes:</source>
        <translation>Notes pri&amp;vées&#xa0;:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show private notes</source>
        <translation>Afficher les notes privées</translation>
    </message>
    <message>
        <source>Shows the private notes of this session until another session is chosen.</source>
        <translation>Affiche les notes privées de cette séance jusqu’à ce qu’une autre séance soit choisie.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masquées</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide private notes</source>
        <translation>Masquer les notes privées</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>No journal is open. File › New Journal (Ctrl+N) starts one; File › Open Journal (Ctrl+O) opens one.</source>
        <translation>Aucun journal n’est ouvert. Fichier › Nouveau journal (Ctrl+N) en commence un ; Fichier › Ouvrir un journal (Ctrl+O) en ouvre un.</translation>
    </message>
    <message>
        <source>This journal holds no relationships yet.</source>
        <translation>Ce journal ne contient encore aucune relation.</translation>
    </message>
    <message>
        <source>Start with the relationship you want to reflect on: Relationship › Add Relationship (Ctrl+Shift+R). Then log your first conversation with Session › New Session (Ctrl+T).</source>
        <translation>Commence par la relation sur laquelle tu veux réfléchir : Relation › Ajouter une relation (Ctrl+Maj+R). Puis note ta première conversation avec Séance › Nouvelle séance (Ctrl+T).</translation>
    </message>
    <message>
        <source>Choose a session in the timeline.</source>
        <translation>Choisis une séance dans la frise chronologique.</translation>
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
            <numerusform>Séance du %1, %2&#xa0;; %3 a partagé %n chose</numerusform>
            <numerusform>Séance du %1, %2&#xa0;; %3 a partagé %n choses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 shared %n thing(s)</source>
        <translation>
            <numerusform>, %1 a partagé %n chose</numerusform>
            <numerusform>, %1 a partagé %n choses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::SessionReport</name>
    <message>
        <source>there is no relationship with id %1</source>
        <translation>il n’y a aucune relation avec l’identifiant %1</translation>
    </message>
    <message>
        <source>%1 has no sessions yet</source>
        <translation>%1 n’a encore aucune séance</translation>
    </message>
    <message>
        <source>session %1 is not a session of %2</source>
        <translation>la séance %1 n’est pas une séance de %2</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Clients&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Séance %1 sur %2</translation>
    </message>
    <message>
        <source>Protocol: none recorded</source>
        <translation>Protocole&#xa0;: aucun enregistré</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protocole&#xa0;: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Compte rendu de séance</translation>
    </message>
    <message>
        <source>Disclosures logged: %1 by %2, %3 by %4</source>
        <translation>Confidences notées&#xa0;: %1 de %2, %3 de %4</translation>
    </message>
    <message>
        <source>Logged reciprocity: %1 (previous session: %2)</source>
        <translation>Réciprocité notée&#xa0;: %1 (séance précédente&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Scores (0–100): baseline, previous, current, change since previous</source>
        <translation>Scores (0–100)&#xa0;: référence, précédent, actuel, évolution depuis le précédent</translation>
    </message>
    <message>
        <source>No questionnaire answered yet.</source>
        <translation>Aucun questionnaire rempli pour l’instant.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Nothing stands out in the data so far.</source>
        <translation>Rien ne ressort des données pour l’instant.</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Notes du thérapeute</translation>
    </message>
    <message>
        <source>No notes for this session.</source>
        <translation>Aucune note pour cette séance.</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>D’après :</translation>
    </message>
    <message>
        <source>Reliable change (Jacobson–Truax): since previous, since baseline</source>
        <translation>Changement fiable (Jacobson–Truax) : depuis la précédente, depuis la référence</translation>
    </message>
    <message>
        <source>Across sessions 1 to %1 (descriptive)</source>
        <translation>Sur les séances 1 à %1 (descriptif)</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>aucune séance</translation>
    </message>
    <message>
        <source>sessions: %1, %2</source>
        <translation>séances : %1, %2</translation>
    </message>
</context>
<context>
    <name>unfold::SessionTime</name>
    <message>
        <source>%1, %2</source>
        <comment>a long date, then the time</comment>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>unfold::SessionTimeline</name>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Nouvelle séance</translation>
    </message>
    <message>
        <source>&amp;Remove Session</source>
        <translation>&amp;Retirer la séance</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Remove Session</source>
        <translation>Retirer la séance</translation>
    </message>
    <message numerus="yes">
        <source>Remove this session and the %n disclosure(s) logged in it? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Retirer cette séance et la %n confidence qui y est notée&#xa0;? Tu peux l’annuler avec Édition › Annuler.</numerusform>
            <numerusform>Retirer cette séance et les %n confidences qui y sont notées&#xa0;? Tu peux l’annuler avec Édition › Annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions of the chosen relationship, newest first; the chosen one opens in the session editor.</source>
        <translation>Les séances de la relation choisie, de la plus récente à la plus ancienne&#xa0;; celle qui est choisie s’ouvre dans l’éditeur de séance.</translation>
    </message>
</context>
<context>
    <name>unfold::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des préférences</translation>
    </message>
    <message>
        <source>Keeps the settings and closes.</source>
        <translation>Garde les préférences et ferme.</translation>
    </message>
    <message>
        <source>Closes; settings not yet applied are left as they were.</source>
        <translation>Ferme&#xa0;; les préférences pas encore appliquées restent telles qu’elles étaient.</translation>
    </message>
    <message>
        <source>Keeps the settings and leaves this open.</source>
        <translation>Garde les préférences et laisse cette fenêtre ouverte.</translation>
    </message>
    <message>
        <source>Appearance, pictures, folders and privacy; Ctrl+Tab moves between them.</source>
        <translation>Apparence, images, dossiers et confidentialité&#xa0;; Ctrl+Tab permet de passer de l’une à l’autre.</translation>
    </message>
</context>
<context>
    <name>unfold::ShareWithPartnerDialog</name>
    <message>
        <source>Share with Partner</source>
        <translation>Partager avec l’autre personne</translation>
    </message>
    <message>
        <source>Writes your account of %1 (its sessions, what each of you shared and your check-ins) to a file for your partner, encrypted with a passphrase the two of you agree on. Give them the file however you like and tell them the passphrase another way. Unfold sends nothing anywhere.</source>
        <translation>Écrit ton récit de %1 (ses séances, ce que chacun de vous a partagé et tes points de fin de séance) dans un fichier pour l’autre personne, chiffré avec une phrase secrète convenue entre vous deux. Donne-lui le fichier comme tu veux et communique-lui la phrase secrète par un autre moyen. Unfold n’envoie rien nulle part.</translation>
    </message>
    <message>
        <source>Include &amp;notes</source>
        <translation>Inclure les &amp;notes</translation>
    </message>
    <message>
        <source>Session and disclosure notes stay out unless you tick this.</source>
        <translation>Les notes des séances et des confidences sont laissées de côté, sauf si tu coches cette case.</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Je suis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>Pa&amp;rtager…</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>unfold::Topic</name>
    <message>
        <source>Interests &amp; hobbies</source>
        <translation>Centres d’intérêt et loisirs</translation>
    </message>
    <message>
        <source>Work &amp; studies</source>
        <translation>Travail et études</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Origines</translation>
    </message>
    <message>
        <source>Opinions &amp; beliefs</source>
        <translation>Opinions et convictions</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Money &amp; status</source>
        <translation>Argent et statut</translation>
    </message>
    <message>
        <source>Body &amp; health</source>
        <translation>Corps et santé</translation>
    </message>
    <message>
        <source>Love &amp; relationships</source>
        <translation>Amour et relations</translation>
    </message>
    <message>
        <source>Feelings &amp; fears</source>
        <translation>Sentiments et peurs</translation>
    </message>
    <message>
        <source>Values &amp; self-image</source>
        <translation>Valeurs et image de soi</translation>
    </message>
</context>
<context>
    <name>unfold::TopicsLayersDialog</name>
    <message>
        <source>Topics and Layers</source>
        <translation>Thèmes et couches</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Checked topics are shown; press F2 to rename.</source>
        <translation>Les thèmes cochés sont affichés&#xa0;; appuie sur F2 pour renommer.</translation>
    </message>
    <message>
        <source>&amp;Add Topic</source>
        <translation>&amp;Ajouter un thème</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Topics (breadth), least intimate first; uncheck to hide</source>
        <translation>Thèmes (étendue), du moins intime au plus intime&#xa0;; décoche pour masquer</translation>
    </message>
    <message>
        <source>Number of layers</source>
        <translation>Nombre de couches</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>&amp;Couches&#xa0;:</translation>
    </message>
    <message>
        <source>Layers (depth), from the periphery to the core</source>
        <translation>Couches (profondeur), de la périphérie au cœur</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Couche %1</translation>
    </message>
    <message>
        <source>Every topic needs a name.</source>
        <translation>Chaque thème a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Every layer needs a name.</source>
        <translation>Chaque couche a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Edit Topics and Layers</source>
        <translation>Modifier les thèmes et les couches</translation>
    </message>
    <message>
        <source>Edit Topic</source>
        <translation>Modifier le thème</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <source>Adds a topic at the end of the list and lets you name it.</source>
        <translation>Ajoute un thème à la fin de la liste et te laisse le nommer.</translation>
    </message>
    <message>
        <source>Moves the chosen topic one place towards the least intimate.</source>
        <translation>Déplace le thème choisi d’une place vers les moins intimes.</translation>
    </message>
    <message>
        <source>Moves the chosen topic one place towards the most intimate.</source>
        <translation>Déplace le thème choisi d’une place vers les plus intimes.</translation>
    </message>
    <message>
        <source>How many layers of depth the onion has.</source>
        <translation>Le nombre de couches de profondeur de l’oignon.</translation>
    </message>
    <message>
        <source>Each layer&apos;s name and description, from the periphery to the core; F2 edits a cell.</source>
        <translation>Le nom et la description de chaque couche, de la périphérie au cœur&#xa0;; F2 modifie une case.</translation>
    </message>
    <message>
        <source>Saves the topics and layers; Edit › Undo takes the change back.</source>
        <translation>Enregistre les thèmes et les couches&#xa0;; Édition › Annuler revient sur la modification.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>Ferme sans rien modifier.</translation>
    </message>
    <message>
        <source>&amp;Name Defaults in %1</source>
        <translation>&amp;Noms par défaut en %1</translation>
    </message>
    <message>
        <source>Gives the default topics and layers nobody renamed their names in the language Unfold speaks now; names you chose stay.</source>
        <translation>Donne aux thèmes et couches par défaut que personne n&apos;a renommés leur nom dans la langue qu&apos;Unfold parle maintenant ; les noms que tu as choisis restent.</translation>
    </message>
</context>
<context>
    <name>unfold::UnlockScreen</name>
    <message>
        <source>This encrypted journal was locked. Type its passphrase to go on.</source>
        <translation>Ce journal chiffré a été verrouillé. Saisis sa phrase secrète pour continuer.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase of the locked journal; Enter unlocks.</source>
        <translation>La phrase secrète du journal verrouillé&#xa0;; Entrée le déverrouille.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Déverr&amp;ouiller</translation>
    </message>
    <message>
        <source>Checks the passphrase and shows the journal again.</source>
        <translation>Vérifie la phrase secrète et affiche de nouveau le journal.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>%1 is locked</source>
        <translation>%1 est verrouillé</translation>
    </message>
</context>
<context>
    <name>unfold::UserGuideDialog</name>
    <message>
        <source>Unfold User Guide</source>
        <translation>Guide d’utilisation d’Unfold</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>Use Tab to move between links and Enter to follow one.</source>
        <translation>Utilise Tab pour passer d’un lien à l’autre et Entrée pour en suivre un.</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Close the user guide</source>
        <translation>Fermer le guide d’utilisation</translation>
    </message>
    <message>
        <source>The guide opens again with F1.</source>
        <translation>Le guide se rouvre avec F1.</translation>
    </message>
</context>
<context>
    <name>unfold::WelcomeBar</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to Unfold. This demo journal holds four made-up relationships to explore: what each person shared, topic by topic and layer by layer, the onion of how far each has opened up, and the charts over time. Your own journal starts empty and stays on this computer.</source>
        <translation>Bienvenue dans Unfold. Ce journal de démonstration contient quatre relations inventées à explorer : ce que chacun a partagé, sujet par sujet et couche par couche, l’oignon de ce que chacun a ouvert, et les graphiques au fil du temps. Ton propre journal commence vide et reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Start My Own Journal…</source>
        <translation>Commencer mon propre journal…</translation>
    </message>
    <message>
        <source>Makes a new, empty journal of your own; the demo stays as it is.</source>
        <translation>Crée un nouveau journal vide à toi ; la démonstration reste telle quelle.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Fermer la bienvenue</translation>
    </message>
</context>
<context>
    <name>unfold::XmlDocument</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>le fichier ne contient aucun élément XML</translation>
    </message>
</context>
<context>
    <name>unfold::cli</name>
    <message>
        <source>The journal to check.</source>
        <translation>Le journal à vérifier.</translation>
    </message>
    <message>
        <source>Checks a journal&apos;s integrity and format without changing it.</source>
        <translation>Vérifie l’intégrité et le format d’un journal sans le modifier.</translation>
    </message>
    <message>
        <source>%1: an Unfold journal, format %2 (this version writes format %3).</source>
        <translation>%1&#xa0;: un journal Unfold, format %2 (cette version écrit le format %3).</translation>
    </message>
    <message>
        <source>It will be upgraded when opened for editing; a copy of the old file is kept.</source>
        <translation>Il sera mis à jour à l’ouverture en modification&#xa0;; une copie de l’ancien fichier est conservée.</translation>
    </message>
    <message>
        <source>Integrity check: passed.</source>
        <translation>Vérification d’intégrité&#xa0;: réussie.</translation>
    </message>
    <message>
        <source>%1 people, %2 relationships, %3 sessions, %4 disclosures, %5 topics, %6 layers.</source>
        <translation>%1 personnes, %2 relations, %3 séances, %4 confidences, %5 thèmes, %6 couches.</translation>
    </message>
    <message>
        <source>Commands (each runs without a display; add --help for its options):</source>
        <translation>Commandes (chacune fonctionne sans écran&#xa0;; ajoute --help pour voir ses options)&#xa0;:</translation>
    </message>
    <message>
        <source>Unfold: reflect on how you and the people close to you open up.</source>
        <translation>Unfold&#xa0;: réfléchis à la manière dont tu t’ouvres aux personnes qui te sont proches, et elles à toi.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Open the journal FILE.</source>
        <translation>Ouvrir le journal FILE.</translation>
    </message>
    <message>
        <source>Try &apos;unfold --help&apos;.</source>
        <translation>Essaie &apos;unfold --help&apos;.</translation>
    </message>
    <message>
        <source>Write the journal to FILE.</source>
        <translation>Écrire le journal dans FILE.</translation>
    </message>
    <message>
        <source>Seed for the content (default 1).</source>
        <translation>Graine du contenu (par défaut 1).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FILE s’il existe.</translation>
    </message>
    <message>
        <source>Writes a deterministic demo journal.</source>
        <translation>Écrit un journal de démonstration reproductible.</translation>
    </message>
    <message>
        <source>--seed wants a whole number, not &apos;%1&apos;</source>
        <translation>--seed attend un nombre entier, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>The journal to read.</source>
        <translation>Le journal à lire.</translation>
    </message>
    <message>
        <source>The relationship: its title (&quot;A &amp; B&quot;) or its id.</source>
        <translation>La relation&#xa0;: son titre (&quot;A &amp; B&quot;) ou son identifiant.</translation>
    </message>
    <message>
        <source>Which picture: trust, reciprocity, depth, breadth, layers, topics, perception or onion.</source>
        <translation>Quelle image&#xa0;: trust, reciprocity, depth, breadth, layers, topics, perception ou onion.</translation>
    </message>
    <message>
        <source>png, svg or pdf (default: from --out).</source>
        <translation>png, svg ou pdf (par défaut&#xa0;: d’après --out).</translation>
    </message>
    <message>
        <source>Resolution of a PNG, 72 to 600 (default 96).</source>
        <translation>Résolution d’un PNG, de 72 à 600 (par défaut 96).</translation>
    </message>
    <message>
        <source>Size in logical pixels (default 800x800 for the onion, 1000x600 for the others).</source>
        <translation>Taille en pixels logiques (par défaut 800x800 pour l’oignon, 1000x600 pour les autres).</translation>
    </message>
    <message>
        <source>Show the onion as it stood after session N (default: the latest).</source>
        <translation>Afficher l’oignon tel qu’il était après la séance N (par défaut&#xa0;: la dernière).</translation>
    </message>
    <message>
        <source>Write the picture to FILE.</source>
        <translation>Écrire l’image dans FILE.</translation>
    </message>
    <message>
        <source>Exports a chart of one relationship as a picture.</source>
        <translation>Exporte un graphique d’une relation sous forme d’image.</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos; (choose trust, reciprocity, depth, breadth, layers, topics, perception or onion)</source>
        <translation>graphique inconnu &apos;%1&apos; (choisis trust, reciprocity, depth, breadth, layers, topics, perception ou onion)</translation>
    </message>
    <message>
        <source>--at-session is for the onion only</source>
        <translation>--at-session ne vaut que pour l’oignon</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (choose png, svg or pdf)</source>
        <translation>format inconnu &apos;%1&apos; (choisis png, svg ou pdf)</translation>
    </message>
    <message>
        <source>--dpi wants a whole number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--dpi attend un nombre entier de %1 à %2, pas &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT in pixels, each 16 to 20000, not &apos;%1&apos;</source>
        <translation>--size attend WIDTHxHEIGHT (largeur x hauteur) en pixels, chacun de 16 à 20000, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--at-session wants a session number, not &apos;%1&apos;</source>
        <translation>--at-session attend un numéro de séance, pas &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>--at-session %1: %2 has %n session(s)</source>
        <translation>
            <numerusform>--at-session %1&#xa0;: %2 a %n séance</numerusform>
            <numerusform>--at-session %1&#xa0;: %2 a %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: unfold export chart|data [options]</source>
        <translation>Usage&#xa0;: unfold export chart|data [options]</translation>
    </message>
    <message>
        <source>  chart  Export a chart of one relationship as PNG, SVG or PDF.</source>
        <translation>  chart  Exporter un graphique d’une relation en PNG, SVG ou PDF.</translation>
    </message>
    <message>
        <source>  data   Export a journal&apos;s data as CSV tables or one JSON document.</source>
        <translation>  data   Exporter les données d’un journal en tableaux CSV ou en un document JSON.</translation>
    </message>
    <message>
        <source>Add --help after the word for its options.</source>
        <translation>Ajoute --help après le mot pour voir ses options.</translation>
    </message>
    <message>
        <source>say what to export: chart or data (try &apos;unfold export --help&apos;)</source>
        <translation>indique quoi exporter&#xa0;: chart ou data (essaie &apos;unfold export --help&apos;)</translation>
    </message>
    <message>
        <source>cannot export &apos;%1&apos;; try &apos;unfold export chart&apos; or &apos;unfold export data&apos;</source>
        <translation>impossible d’exporter &apos;%1&apos;&#xa0;; essaie &apos;unfold export chart&apos; ou &apos;unfold export data&apos;</translation>
    </message>
    <message>
        <source>The folder (csv) or file (json) to write.</source>
        <translation>Le dossier (csv) ou le fichier (json) à écrire.</translation>
    </message>
    <message>
        <source>Exports a journal&apos;s data for a spreadsheet or R.</source>
        <translation>Exporte les données d’un journal pour un tableur ou R.</translation>
    </message>
    <message>
        <source>%1 is a folder; json wants a file name</source>
        <translation>%1 est un dossier&#xa0;; json attend un nom de fichier</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>... et %n autre problème</numerusform>
            <numerusform>... et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was scored.</source>
        <translation>Rien n’a été évalué.</translation>
    </message>
    <message>
        <source>csv or json (default csv).</source>
        <translation>csv ou json (par défaut csv).</translation>
    </message>
    <message>
        <source>Prints the logged reciprocity of each session of a relationship; empty (csv) or null (json) where a measure is undefined.</source>
        <translation>Affiche la réciprocité notée de chaque séance d’une relation&#xa0;; vide (csv) ou null (json) là où une mesure n’est pas définie.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no relationship &apos;%1&apos; in this journal; there are: %2</source>
        <translation>aucune relation &apos;%1&apos; dans ce journal&#xa0;; il y a&#xa0;: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one relationship; give its id instead (one of %2)</source>
        <translation>&apos;%1&apos; désigne plus d’une relation&#xa0;; donne plutôt son identifiant (l’un de %2)</translation>
    </message>
    <message>
        <source>The instrument: an id such as trust-inventory, or a JSON file.</source>
        <translation>Le questionnaire&#xa0;: un identifiant comme trust-inventory, ou un fichier JSON.</translation>
    </message>
    <message>
        <source>Answers CSV: respondent, optional date, one column per item.</source>
        <translation>CSV des réponses&#xa0;: respondent, date facultative, une colonne par question.</translation>
    </message>
    <message>
        <source>Prints Cronbach&apos;s alpha per subscale across administrations (complete cases).</source>
        <translation>Affiche l’alpha de Cronbach par sous-échelle sur l’ensemble des passations (cas complets).</translation>
    </message>
    <message>
        <source>Write the scores CSV to FILE.</source>
        <translation>Écrire le CSV des scores dans FILE.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n administration(s) into %1</source>
        <translation>
            <numerusform>%n passation évaluée dans %1</numerusform>
            <numerusform>%n passations évaluées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a demo journal.</source>
        <translation>Écrire un journal de démonstration.</translation>
    </message>
    <message>
        <source>Check a journal&apos;s integrity and format.</source>
        <translation>Vérifier l’intégrité et le format d’un journal.</translation>
    </message>
    <message>
        <source>Export a chart as a picture, or a journal&apos;s data.</source>
        <translation>Exporter un graphique en image, ou les données d’un journal.</translation>
    </message>
    <message>
        <source>Print the reciprocity measures of each session.</source>
        <translation>Afficher les mesures de réciprocité de chaque séance.</translation>
    </message>
    <message>
        <source>Score questionnaire answers from a CSV file.</source>
        <translation>Évaluer des réponses aux questionnaires depuis un fichier CSV.</translation>
    </message>
    <message>
        <source>Print Cronbach&apos;s alpha of questionnaire answers.</source>
        <translation>Afficher l’alpha de Cronbach des réponses aux questionnaires.</translation>
    </message>
    <message>
        <source>The session&apos;s id (default: the latest).</source>
        <translation>L’identifiant de la séance (par défaut&#xa0;: la dernière).</translation>
    </message>
    <message>
        <source>Include the therapist&apos;s private session notes (left out by default).</source>
        <translation>Inclure les notes privées de séance du thérapeute (omises par défaut).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Writes a session report as a PDF: header, onion, charts, scores, insights, and the therapist&apos;s notes only with --include-notes.</source>
        <translation>Écrit un compte rendu de séance en PDF&#xa0;: en-tête, oignon, graphiques, scores, observations, et les notes du thérapeute seulement avec --include-notes.</translation>
    </message>
    <message>
        <source>--session needs a session id, a whole number (got &apos;%1&apos;)</source>
        <translation>--session attend un identifiant de séance, un nombre entier (reçu&#xa0;: &apos;%1&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a session report as a PDF.</source>
        <translation>Écrire un compte rendu de séance en PDF.</translation>
    </message>
    <message>
        <source>Include session and disclosure notes (private; left out by default).</source>
        <translation>Inclure les notes des séances et des confidences (privées&#xa0;; omises par défaut).</translation>
    </message>
    <message>
        <source>%1: an encrypted Unfold journal, format %2 (this version writes format %3).</source>
        <translation>%1&#xa0;: un journal Unfold chiffré, format %2 (cette version écrit le format %3).</translation>
    </message>
    <message>
        <source>Encrypt the journal with the passphrase from --passphrase-file.</source>
        <translation>Chiffrer le journal avec la phrase secrète de --passphrase-file.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (&apos;-&apos;: standard input).</source>
        <translation>Lire la phrase secrète depuis la première ligne de FILE (&apos;-&apos;&#xa0;: entrée standard).</translation>
    </message>
    <message>
        <source>--encrypt needs --passphrase-file FILE</source>
        <translation>--encrypt nécessite --passphrase-file FILE</translation>
    </message>
    <message>
        <source>%1 is in use by %2; close it there first</source>
        <translation>%1 est utilisé par %2&#xa0;; ferme-le d’abord là-bas</translation>
    </message>
    <message>
        <source>The plain journal to encrypt.</source>
        <translation>Le journal non chiffré à chiffrer.</translation>
    </message>
    <message>
        <source>Encrypts a plain journal in place with the passphrase from --passphrase-file. Plain backups made before stay as they are.</source>
        <translation>Chiffre sur place un journal non chiffré avec la phrase secrète de --passphrase-file. Les sauvegardes non chiffrées faites auparavant restent telles quelles.</translation>
    </message>
    <message>
        <source>%1 is already encrypted; &apos;unfold passphrase&apos; changes its passphrase</source>
        <translation>%1 est déjà chiffré&#xa0;; &apos;unfold passphrase&apos; change sa phrase secrète</translation>
    </message>
    <message>
        <source>Encrypted %1</source>
        <translation>%1 chiffré</translation>
    </message>
    <message>
        <source>The encrypted journal.</source>
        <translation>Le journal chiffré.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation>Lire la nouvelle phrase secrète depuis la première ligne de FILE.</translation>
    </message>
    <message>
        <source>Changes an encrypted journal&apos;s passphrase: afterwards only the new one opens it.</source>
        <translation>Change la phrase secrète d’un journal chiffré&#xa0;: ensuite, seule la nouvelle l’ouvre.</translation>
    </message>
    <message>
        <source>%1 is not encrypted; &apos;unfold encrypt&apos; encrypts it</source>
        <translation>%1 n’est pas chiffré&#xa0;; &apos;unfold encrypt&apos; le chiffre</translation>
    </message>
    <message>
        <source>Changed the passphrase of %1</source>
        <translation>Phrase secrète de %1 changée</translation>
    </message>
    <message>
        <source>cannot read the passphrase from %1: %2</source>
        <translation>impossible de lire la phrase secrète depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no passphrase (its first line is empty)</source>
        <translation>%1 ne contient aucune phrase secrète (sa première ligne est vide)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>l’entrée standard</translation>
    </message>
    <message>
        <source>Encrypt a plain journal with a passphrase.</source>
        <translation>Chiffrer un journal non chiffré avec une phrase secrète.</translation>
    </message>
    <message>
        <source>Change an encrypted journal&apos;s passphrase.</source>
        <translation>Changer la phrase secrète d’un journal chiffré.</translation>
    </message>
    <message>
        <source>the passphrase in %1 is longer than %2 bytes</source>
        <translation>la phrase secrète de %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>a new passphrase needs at least %1 characters; a few words are easy to remember and hard to guess</source>
        <translation>une nouvelle phrase secrète doit compter au moins %1 caractères&#xa0;; quelques mots sont faciles à retenir et difficiles à deviner</translation>
    </message>
    <message>
        <source>the new session could not be saved: %1</source>
        <translation>la nouvelle séance n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>this relationship has no session yet; start one with --new-session</source>
        <translation>cette relation n’a encore aucune séance ; commencez-en une avec --new-session</translation>
    </message>
    <message>
        <source>there is no session %1 in this relationship</source>
        <translation>il n’y a pas de séance %1 dans cette relation</translation>
    </message>
    <message>
        <source>The journal to log in.</source>
        <translation>Le journal où noter.</translation>
    </message>
    <message>
        <source>Log in the session with this id (default: the latest).</source>
        <translation>Noter dans la séance de cet identifiant (par défaut : la plus récente).</translation>
    </message>
    <message>
        <source>Start a new session and log in it.</source>
        <translation>Commencer une nouvelle séance et y noter.</translation>
    </message>
    <message>
        <source>When the new session began, as ISO 8601 (default: now).</source>
        <translation>Quand la nouvelle séance a commencé, en ISO 8601 (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>How the new session took place: in-person (default), video, phone or text.</source>
        <translation>Comment la nouvelle séance a eu lieu : in-person (par défaut), video, phone ou text.</translation>
    </message>
    <message>
        <source>A disclosure in the quick-entry shorthand: who (a or b), the topic&apos;s number, the depth, then an optional note, e.g. &quot;a42 talked about work&quot;. &apos;-&apos; reads one entry per line from standard input.</source>
        <translation>Une confidence dans la notation de saisie rapide : qui (a ou b), le numéro du sujet, la profondeur, puis une note facultative, p. ex. &quot;a42 a parlé du travail&quot;. &apos;-&apos; lit une entrée par ligne sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Logs disclosures in a session, each saved on its own. Prints the session&apos;s id, then the id of each disclosure once it is saved.</source>
        <translation>Note des confidences dans une séance, chacune enregistrée à part. Affiche l’identifiant de la séance, puis celui de chaque confidence dès qu’elle est enregistrée.</translation>
    </message>
    <message>
        <source>give at least one ENTRY to log, such as &quot;a42&quot;</source>
        <translation>donnez au moins une ENTRY à noter, comme &quot;a42&quot;</translation>
    </message>
    <message>
        <source>&apos;-&apos; reads every entry from standard input; give no other ENTRY</source>
        <translation>&apos;-&apos; lit toutes les entrées sur l’entrée standard ; ne donnez pas d’autre ENTRY</translation>
    </message>
    <message>
        <source>give either --session or --new-session, not both</source>
        <translation>donnez --session ou --new-session, pas les deux</translation>
    </message>
    <message>
        <source>--start and --context describe a new session: add --new-session</source>
        <translation>--start et --context décrivent une nouvelle séance : ajoutez --new-session</translation>
    </message>
    <message>
        <source>--start needs a date and time in ISO 8601, such as 2026-03-14T18:30 (got &apos;%1&apos;)</source>
        <translation>--start attend une date et une heure en ISO 8601, comme 2026-03-14T18:30 (reçu : &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>unknown context &apos;%1&apos; (choose in-person, video, phone or text)</source>
        <translation>contexte inconnu &apos;%1&apos; (choisissez in-person, video, phone ou text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry: %2</source>
        <translation>&quot;%1&quot; n’est pas une entrée : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not logged (the entries before it are saved): %2</source>
        <translation>&quot;%1&quot; n’a pas été noté (les entrées précédentes sont enregistrées) : %2</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossible de lire l’entrée standard : %1</translation>
    </message>
    <message>
        <source>line %1 of standard input is longer than %2 bytes; nothing from it was logged</source>
        <translation>la ligne %1 de l’entrée standard dépasse %2 octets ; rien n’en a été noté</translation>
    </message>
    <message>
        <source>line %1 of standard input, &quot;%2&quot;, was not logged (the lines before it are saved): %3</source>
        <translation>la ligne %1 de l’entrée standard, &quot;%2&quot;, n’a pas été notée (les lignes précédentes sont enregistrées) : %3</translation>
    </message>
    <message>
        <source>Log disclosures in a session from the command line.</source>
        <translation>Noter des confidences dans une séance depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>the entries are saved, but the backup that was due failed: %1</source>
        <translation>les entrées sont enregistrées, mais la sauvegarde prévue a échoué : %1</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>%1 %2 is required</source>
        <translation>%1 %2 est obligatoire</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>The session in view (default: the latest); later sessions are not looked at.</source>
        <translation>La séance examinée (par défaut la dernière) ; les séances suivantes ne sont pas prises en compte.</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text ou json (text par défaut).</translation>
    </message>
    <message>
        <source>Prints the insights about a relationship as of one session, each with its rule id and the sessions and values it rests on.</source>
        <translation>Affiche les observations sur une relation à la date d’une séance, chacune avec l’id de sa règle et les séances et valeurs sur lesquelles elle repose.</translation>
    </message>
    <message>
        <source>%1 has no sessions yet</source>
        <translation>%1 n’a encore aucune séance</translation>
    </message>
    <message>
        <source>session %1 is not a session of %2</source>
        <translation>la séance %1 n’est pas une séance de %2</translation>
    </message>
    <message>
        <source>%1, up to session %2 of %3 (id %4, %5)</source>
        <translation>%1, jusqu’à la séance %2 sur %3 (id %4, %5)</translation>
    </message>
    <message>
        <source>No insights: nothing stands out in the sessions so far.</source>
        <translation>Aucune observation : rien ne ressort des séances jusqu’ici.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Séances : %1</translation>
    </message>
    <message>
        <source>Print the insights about a relationship, with what they rest on.</source>
        <translation>Affiche les observations sur une relation, avec ce sur quoi elles reposent.</translation>
    </message>
    <message>
        <source>A command to run without the window (see below), or a journal FILE to open in the window (./FILE for one named like a command).</source>
        <translation>Une commande à lancer sans la fenêtre (voir ci-dessous), ou un fichier de journal FILE à ouvrir dans la fenêtre (./FILE pour un fichier nommé comme une commande).</translation>
    </message>
    <message>
        <source>one journal at a time: give either FILE or --journal FILE</source>
        <translation>un journal à la fois : indique soit FILE, soit --journal FILE</translation>
    </message>
    <message>
        <source>csv (a folder with one file per table, codebook.csv among them) or json (one file).</source>
        <translation>csv (un dossier avec un fichier par table, dont codebook.csv) ou json (un fichier).</translation>
    </message>
    <message>
        <source>The journal was upgraded to the current format; a copy of the old file was kept at %1.</source>
        <translation>Le journal a été mis au format actuel ; une copie de l’ancien fichier a été conservée dans %1.</translation>
    </message>
    <message>
        <source>Print the measures across the sessions instead (breadth, penetration, deepest layer per topic, depth trend and correlations), each with the sessions and time span it rests on.</source>
        <translation>Afficher plutôt les mesures sur l’ensemble des séances (étendue, pénétration, couche la plus profonde par thème, tendance de la profondeur et corrélations), chacune avec les séances et la période sur lesquelles elle repose.</translation>
    </message>
    <message>
        <source>With --summary: only the sessions up to this one (default: all).</source>
        <translation>Avec --summary : seulement les séances jusqu’à celle-ci (par défaut : toutes).</translation>
    </message>
    <message>
        <source>--session goes with --summary</source>
        <translation>--session va avec --summary</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;, and there is no file of that name</source>
        <translation>commande inconnue « %1 », et il n’existe aucun fichier de ce nom</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>Il n’y a pas de journal à %1.</translation>
    </message>
    <message>
        <source>--%1 does not go with --journal</source>
        <translation>--%1 ne va pas avec --journal</translation>
    </message>
    <message>
        <source>The instrument: an id such as trust-inventory, or a JSON file. With --journal: only the scores of the instrument with this id.</source>
        <translation>L’instrument : un identifiant comme trust-inventory, ou un fichier JSON. Avec --journal : seulement les scores de l’instrument de cet identifiant.</translation>
    </message>
    <message>
        <source>Instead of --in and --out: print the score history of a relationship in this journal, with change and reliable change since the previous score and the baseline.</source>
        <translation>Au lieu de --in et --out : afficher l’historique des scores d’une relation de ce journal, avec le changement et le changement fiable depuis le score précédent et depuis la référence.</translation>
    </message>
    <message>
        <source>With --journal: the relationship, its title (&quot;A &amp; B&quot;) or its id.</source>
        <translation>Avec --journal : la relation, son titre (« A &amp; B ») ou son identifiant.</translation>
    </message>
    <message>
        <source>With --journal: only answer sets up to this session (default: all).</source>
        <translation>Avec --journal : seulement les jeux de réponses jusqu’à cette séance (par défaut : tous).</translation>
    </message>
    <message>
        <source>With --journal: csv or json (default csv).</source>
        <translation>Avec --journal : csv ou json (par défaut csv).</translation>
    </message>
    <message>
        <source>Scores questionnaire answers, one row per administration; with --journal, prints a relationship&apos;s scores with their reliable change.</source>
        <translation>Calcule les scores des réponses aux questionnaires, une ligne par passation ; avec --journal, affiche les scores d’une relation avec leur changement fiable.</translation>
    </message>
    <message>
        <source>--%1 goes with --journal</source>
        <translation>--%1 va avec --journal</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (choose %2 or %3)</source>
        <translation>format inconnu « %1 » (choisis %2 ou %3)</translation>
    </message>
    <message>
        <source>Write instead the partner&apos;s own journal of the partner relationship in journal FILE, logged as they would have logged it, to try sharing and comparing the two accounts.</source>
        <translation>Écrire plutôt le propre journal de l’autre personne sur la relation de couple du journal FILE, noté comme elle l’aurait noté, pour essayer le partage et la comparaison des deux récits.</translation>
    </message>
    <message>
        <source>--partner-of goes with neither --profile nor --encrypt</source>
        <translation>--partner-of ne va ni avec --profile ni avec --encrypt</translation>
    </message>
    <message>
        <source>Wrote the account of %1 (sessions: %2) to %3%4.</source>
        <translation>Récit de %1 (séances&#xa0;: %2) écrit dans %3%4.</translation>
    </message>
    <message>
        <source>, notes included</source>
        <translation>, notes incluses</translation>
    </message>
    <message>
        <source>Name it with --relationship.</source>
        <translation>Indique-la avec --relationship.</translation>
    </message>
    <message>
        <source>Name the sender with --partner NAME.</source>
        <translation>Indique qui l’a envoyé avec --partner NAME.</translation>
    </message>
    <message>
        <source>the account could not be saved: %1</source>
        <translation>le récit n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replaced the partner&apos;s account of %1 with %2&apos;s newer one: sessions: %3, disclosures: %4.</source>
        <translation>Récit de l’autre personne sur %1 remplacé par le plus récent de %2&#xa0;: séances&#xa0;: %3, confidences&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Imported %2&apos;s account of %1: sessions: %3, disclosures: %4.</source>
        <translation>Récit de %2 sur %1 importé&#xa0;: séances&#xa0;: %3, confidences&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Matched sessions: %1; yours without a match: %2; theirs without a match: %3.</source>
        <translation>Séances appariées&#xa0;: %1&#xa0;; les tiennes sans correspondance&#xa0;: %2&#xa0;; les siennes sans correspondance&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Topics only the partner&apos;s journal has (compared as topics of their own): %1.</source>
        <translation>Thèmes que seul le journal de l’autre personne contient (comparés comme thèmes à part)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export ou import</translation>
    </message>
    <message>
        <source>Your journal.</source>
        <translation>Ton journal.</translation>
    </message>
    <message>
        <source>Read the passphrase you and your partner agreed on from the first line of FILE (&apos;-&apos;: standard input).</source>
        <translation>Lire la phrase secrète convenue avec l’autre personne depuis la première ligne de FILE (&apos;-&apos;&#xa0;: entrée standard).</translation>
    </message>
    <message>
        <source>export: the exchange file to write.</source>
        <translation>export&#xa0;: le fichier d’échange à écrire.</translation>
    </message>
    <message>
        <source>import: the exchange file your partner sent.</source>
        <translation>import&#xa0;: le fichier d’échange envoyé par l’autre personne.</translation>
    </message>
    <message>
        <source>export: include session and disclosure notes (left out by default).</source>
        <translation>export&#xa0;: inclure les notes des séances et des confidences (omises par défaut).</translation>
    </message>
    <message>
        <source>export: which of the two people you are, when the journal does not mark &quot;me&quot;.</source>
        <translation>export&#xa0;: laquelle des deux personnes tu es, quand le journal n’indique pas qui est «&#xa0;moi&#xa0;».</translation>
    </message>
    <message>
        <source>import: which of the two people sent the file, when neither journal marks &quot;me&quot;.</source>
        <translation>import&#xa0;: laquelle des deux personnes a envoyé le fichier, quand aucun des deux journaux n’indique qui est «&#xa0;moi&#xa0;».</translation>
    </message>
    <message>
        <source>Shares one relationship with your partner as an encrypted exchange file, or imports the file your partner sent as their account, beside your own.</source>
        <translation>Partage une relation avec l’autre personne sous forme de fichier d’échange chiffré, ou importe le fichier envoyé par l’autre personne comme son récit, à côté du tien.</translation>
    </message>
    <message>
        <source>say export or import</source>
        <translation>indique export ou import</translation>
    </message>
    <message>
        <source>--%1 does not go with %2</source>
        <translation>--%1 ne va pas avec %2</translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase with --%2 FILE</source>
        <translation>%1 est chiffré&#xa0;: donne sa phrase secrète avec --%2 FILE</translation>
    </message>
    <message>
        <source>%1 has no partner&apos;s account yet; import one with: unfold exchange import</source>
        <translation>%1 n’a pas encore de récit de l’autre personne&#xa0;; importes-en un avec&#xa0;: unfold exchange import</translation>
    </message>
    <message>
        <source>Print instead, per session matched with the partner&apos;s account, how the two accounts differ: count, depth and topic gaps of each side and the agreement index.</source>
        <translation>Afficher plutôt, pour chaque séance appariée avec le récit de l’autre personne, en quoi les deux récits diffèrent&#xa0;: écarts de nombre, de profondeur et de thèmes de chaque côté, et l’indice d’accord.</translation>
    </message>
    <message>
        <source>--perception and --summary print different tables: give one</source>
        <translation>--perception et --summary affichent des tableaux différents&#xa0;: n’en donne qu’une</translation>
    </message>
    <message>
        <source>Share a relationship with your partner, or import the account they shared.</source>
        <translation>Partager une relation avec l’autre personne, ou importer le récit qu’elle a partagé.</translation>
    </message>
    <message>
        <source>Whose account the onion shows: mine (default) or partner, the partner&apos;s imported account.</source>
        <translation>Le récit que montre l’oignon : mine (par défaut) ou partner, le récit importé de l’autre personne.</translation>
    </message>
    <message>
        <source>unknown account &apos;%1&apos; (choose mine or partner)</source>
        <translation>récit inconnu « %1 » (choisis mine ou partner)</translation>
    </message>
    <message>
        <source>--account is for the onion only</source>
        <translation>--account ne vaut que pour l’oignon</translation>
    </message>
    <message>
        <source>%1 has no partner&apos;s account: import one with &apos;unfold exchange import&apos;</source>
        <translation>%1 n’a pas de récit de l’autre personne : importe-en un avec « unfold exchange import »</translation>
    </message>
    <message>
        <source>Count only the latest N sessions up to the one shown; what was reached before and not since shows faintly.</source>
        <translation>Ne compter que les N dernières séances jusqu’à celle montrée ; ce qui a été atteint avant et plus depuis apparaît pâle.</translation>
    </message>
    <message>
        <source>--last is for the onion only</source>
        <translation>--last ne vaut que pour l’oignon</translation>
    </message>
    <message>
        <source>--last wants a number of sessions, 1 or more, not &apos;%1&apos;</source>
        <translation>--last attend un nombre de séances, 1 ou plus, pas « %1 »</translation>
    </message>
    <message>
        <source>personal (default), heavy, caseload or decade.</source>
        <translation>personal (par défaut), heavy, caseload ou decade.</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (choose personal, heavy, caseload or decade)</source>
        <translation>profil inconnu « %1 » (choisissez personal, heavy, caseload ou decade)</translation>
    </message>
</context>
<context>
    <name>unfold::cli::AnswerTable</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row</source>
        <translation>%1&#xa0;: le fichier est vide&#xa0;; il lui faut une ligne d’en-tête</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; is not an item of %4</source>
        <translation>%1:%2: la colonne &apos;%3&apos; n’est pas une question de %4</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; appears twice</source>
        <translation>%1:%2: la colonne &apos;%3&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>%1:%2: there is no &apos;respondent&apos; column</source>
        <translation>%1:%2: il n’y a pas de colonne &apos;respondent&apos;</translation>
    </message>
    <message>
        <source>%1:%2: </source>
        <translation>%1:%2: </translation>
    </message>
    <message>
        <source>the header has %1 columns, this row %2</source>
        <translation>l’en-tête a %1 colonnes, cette ligne %2</translation>
    </message>
    <message>
        <source>the respondent is empty</source>
        <translation>respondent est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2024-05-31</source>
        <translation>&apos;%1&apos; n’est pas une date comme 2024-05-31</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: &apos;%2&apos; is not a whole number</source>
        <translation>question &apos;%1&apos;&#xa0;: &apos;%2&apos; n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: %2 is outside %3..%4</source>
        <translation>question &apos;%1&apos;&#xa0;: %2 est en dehors de %3..%4</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB; an answers file is far smaller</source>
        <translation>%1 : le fichier dépasse %2 Mio ; un fichier de réponses est bien plus petit</translation>
    </message>
    <message>
        <source>%1:%2: these items have no column, so their answers count as missing: %3</source>
        <translation>%1:%2 : ces items n’ont pas de colonne, leurs réponses comptent donc comme manquantes : %3</translation>
    </message>
    <message>
        <source>the respondent holds a control character (a line break, a tab or a NUL byte, say)</source>
        <translation>le répondant contient un caractère de contrôle (un saut de ligne, une tabulation ou un octet NUL, par exemple)</translation>
    </message>
    <message>
        <source>%1: reading stopped after %2 problems; the first are listed</source>
        <translation>%1 : lecture arrêtée après %2 problèmes ; les premiers sont listés</translation>
    </message>
</context>
<context>
    <name>unfold::cli::JournalArgument</name>
    <message>
        <source>Read an encrypted journal&apos;s passphrase from the first line of FILE (&apos;-&apos;: standard input).</source>
        <translation>Lire la phrase secrète d’un journal chiffré depuis la première ligne de FILE (&apos;-&apos;&#xa0;: entrée standard).</translation>
    </message>
</context>
</TS>
