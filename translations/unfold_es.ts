<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>unfold::AnswerInput</name>
    <message>
        <source>Not answered. Type %1 to %2, or use the arrow keys.</source>
        <translation>Sin responder. Escribe de %1 a %2 o usa las teclas de flecha.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Answer: %1, %2</source>
        <translation>Respuesta: %1, %2</translation>
    </message>
</context>
<context>
    <name>unfold::AppearancePage</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema visual</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema visual:</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>Light, dark or high-contrast windows, or as the desktop has them; changes as soon as it is applied.</source>
        <translation>Ventanas claras, oscuras o de alto contraste, o como las tenga el escritorio; cambia en cuanto se aplica.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>White text on black, yellow selection and focus, every control edged</source>
        <translation>Texto blanco sobre negro, selección y foco en amarillo, cada control con borde</translation>
    </message>
    <message>
        <source>The language of Unfold&apos;s windows; the window changes to it when the change is applied.</source>
        <translation>El idioma de las ventanas de Unfold; la ventana cambia a él al aplicar el cambio.</translation>
    </message>
    <message>
        <source>The window changes to a new language when you apply it (what Undo could undo until then is left behind). Pictures that are exported or printed are always light.</source>
        <translation>La ventana cambia al nuevo idioma al aplicarlo (lo que Deshacer podía deshacer hasta entonces queda atrás). Las imágenes exportadas o impresas son siempre claras.</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>No data in this range. %1</source>
        <translation>No hay datos en este periodo. %1</translation>
    </message>
    <message>
        <source>%1
%2 disclosures</source>
        <translation>%1
%2 confidencias</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Session (number · date)</source>
        <translation>Sesión (número · fecha)</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Confidencias</translation>
    </message>
    <message>
        <source>No sessions in this range.</source>
        <translation>No hay sesiones en este periodo.</translation>
    </message>
    <message>
        <source>Both people&apos;s disclosures per session, by layer; peripheral at the bottom.</source>
        <translation>Las confidencias de ambas personas en cada sesión, por capa; la capa periférica, abajo.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>From the centre out: the deepest layer reached. Nothing logged yet.</source>
        <translation>Del centro hacia fuera: la capa más profunda alcanzada. Todavía no hay nada anotado.</translation>
    </message>
    <message>
        <source>From the centre out: the deepest layer reached, 0 = not yet touched. As it stood after session %1 (%2).</source>
        <translation>Del centro hacia fuera: la capa más profunda alcanzada, 0 = todavía no tocada. Tal como estaba tras la sesión %1 (%2).</translation>
    </message>
</context>
<context>
    <name>unfold::ChartKinds</name>
    <message>
        <source>Trust and closeness over time</source>
        <translation>Confianza y cercanía a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Felt and logged reciprocity over time</source>
        <translation>Reciprocidad sentida y anotada a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Depth of sharing per person</source>
        <translation>Profundidad de lo compartido por persona</translation>
    </message>
    <message>
        <source>Topics reached per person (cumulative)</source>
        <translation>Temas alcanzados por persona (acumulado)</translation>
    </message>
    <message>
        <source>Layer mix per session</source>
        <translation>Reparto de capas por sesión</translation>
    </message>
    <message>
        <source>Deepest layer per topic</source>
        <translation>Capa más profunda por tema</translation>
    </message>
    <message>
        <source>Two accounts: how deep each went</source>
        <translation>Dos relatos: hasta qué profundidad llegó cada persona</translation>
    </message>
</context>
<context>
    <name>unfold::ChartSeriesSet</name>
    <message>
        <source>Score (0–100)</source>
        <translation>Puntuación (0–100)</translation>
    </message>
    <message>
        <source>%1: trust</source>
        <translation>%1: confianza</translation>
    </message>
    <message>
        <source>%1: closeness</source>
        <translation>%1: cercanía</translation>
    </message>
    <message>
        <source>From the trust questionnaire and the session check-in.</source>
        <translation>Del cuestionario de confianza y del check-in de la sesión.</translation>
    </message>
    <message>
        <source>Reciprocity (0–100)</source>
        <translation>Reciprocidad (0–100)</translation>
    </message>
    <message>
        <source>Logged reciprocity index</source>
        <translation>Índice de reciprocidad (anotado)</translation>
    </message>
    <message>
        <source>%1: felt balance</source>
        <translation>%1: equilibrio sentido</translation>
    </message>
    <message>
        <source>Logged from the disclosures; felt from the session check-in.</source>
        <translation>Anotado: a partir de las confidencias; sentido: a partir del check-in de la sesión.</translation>
    </message>
    <message>
        <source>Mean depth (1 = %1, %2 = %3)</source>
        <translation>Profundidad media (1 = %1, %2 = %3)</translation>
    </message>
    <message>
        <source>Topics reached</source>
        <translation>Temas alcanzados</translation>
    </message>
    <message>
        <source>%1: depth gap</source>
        <translation>%1: diferencia de profundidad</translation>
    </message>
    <message numerus="yes">
        <source>%1, mean of %n session(s)</source>
        <translation>
            <numerusform>%1, media de %n sesión</numerusform>
            <numerusform>%1, media de %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Depth gap (layers)</source>
        <translation>Diferencia de profundidad (capas)</translation>
    </message>
    <message>
        <source>Depth in the partner&apos;s account minus in mine, per matched session.</source>
        <translation>Profundidad en el relato de tu pareja menos en el mío, por sesión emparejada.</translation>
    </message>
    <message>
        <source>Relationship › Import Partner&apos;s Account brings it in.</source>
        <translation>Relación › Importar el relato de tu pareja lo trae.</translation>
    </message>
</context>
<context>
    <name>unfold::ChartSubject</name>
    <message>
        <source>Layer %1</source>
        <translation>Capa %1</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Sesión %1 · %2</translation>
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
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Across sessions 1 to %1 (descriptive) — %2</source>
        <translation>En las sesiones 1 a %1 (descriptivo) — %2</translation>
    </message>
</context>
<context>
    <name>unfold::ChartText</name>
    <message>
        <source>Events: %1</source>
        <translation>Acontecimientos: %1</translation>
    </message>
</context>
<context>
    <name>unfold::ChartsView</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Range from</source>
        <translation>Periodo desde</translation>
    </message>
    <message>
        <source>Range to</source>
        <translation>Periodo hasta</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Mostrar los números del gráfico como tabla</translation>
    </message>
    <message>
        <source>&amp;Mark Event…</source>
        <translation>&amp;Marcar un acontecimiento…</translation>
    </message>
    <message>
        <source>Mark an event on the timeline</source>
        <translation>Marcar un acontecimiento en la línea de tiempo</translation>
    </message>
    <message>
        <source>Remove E&amp;vent…</source>
        <translation>&amp;Quitar un acontecimiento…</translation>
    </message>
    <message>
        <source>Remove a marked event</source>
        <translation>Quitar un acontecimiento marcado</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Datos del gráfico</translation>
    </message>
    <message>
        <source>Mark Event</source>
        <translation>Marcar un acontecimiento</translation>
    </message>
    <message>
        <source>What happened (for example &quot;moved in&quot;, &quot;argument&quot;, &quot;started therapy&quot;)?</source>
        <translation>¿Qué pasó? (por ejemplo «nos fuimos a vivir juntos», «discusión», «empezamos terapia»)</translation>
    </message>
    <message>
        <source>On which day?</source>
        <translation>¿Qué día?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; try %2.</source>
        <translation>«%1» no es una fecha; prueba, por ejemplo, con %2.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>Quitar un acontecimiento</translation>
    </message>
    <message>
        <source>Which event?</source>
        <translation>¿Qué acontecimiento?</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>Exportar todos los gráficos</translation>
    </message>
    <message>
        <source>Choose a relationship first.</source>
        <translation>Elige primero una relación.</translation>
    </message>
    <message>
        <source>Export All Charts Into</source>
        <translation>Exportar todos los gráficos a</translation>
    </message>
    <message>
        <source>Exporting charts…</source>
        <translation>Exportando gráficos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Which measure the chart shows over the sessions.</source>
        <translation>Qué medida muestra el gráfico a lo largo de las sesiones.</translation>
    </message>
    <message>
        <source>Which stretch of time the chart covers; Custom lets you give the days.</source>
        <translation>Qué periodo abarca el gráfico; Personalizado te deja indicar los días.</translation>
    </message>
    <message>
        <source>The first day the chart covers.</source>
        <translation>El primer día que abarca el gráfico.</translation>
    </message>
    <message>
        <source>The last day the chart covers.</source>
        <translation>El último día que abarca el gráfico.</translation>
    </message>
    <message>
        <source>A table of the same numbers, one row per point; Enter on a row opens its session.</source>
        <translation>Una tabla con los mismos números, una fila por punto; Intro en una fila abre su sesión.</translation>
    </message>
    <message>
        <source>Asks what happened and when, and shows it as a line on the charts.</source>
        <translation>Pregunta qué pasó y cuándo, y lo muestra como una línea en los gráficos.</translation>
    </message>
    <message>
        <source>Asks which marked event to take off the charts.</source>
        <translation>Pregunta qué acontecimiento marcado quitar de los gráficos.</translation>
    </message>
    <message>
        <source>Reading the charts</source>
        <translation>Leer los gráficos</translation>
    </message>
    <message>
        <source>Show as t&amp;able</source>
        <translation>Mostrar como &amp;tabla</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>Grá&amp;fico:</translation>
    </message>
    <message>
        <source>Ran&amp;ge:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Remove the event &quot;%1&quot; of %2 from the timeline?
Edit › Undo brings it back.</source>
        <translation>¿Quitar el evento «%1» del %2 de la línea de tiempo?
Editar › Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Summary across sessions</source>
        <translation>Resumen de las sesiones</translation>
    </message>
    <message>
        <source>Summary across sessions 1 to %1 (descriptive)</source>
        <translation>Resumen de las sesiones 1 a %1 (descriptivo)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message numerus="yes">
        <source>Mean of %n session(s)</source>
        <translation>
            <numerusform>Media de %n sesión</numerusform>
            <numerusform>Media de %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling mean</source>
        <translation>Media móvil</translation>
    </message>
    <message>
        <source>Draws each line as the mean of the last few sessions, over the session-by-session points.</source>
        <translation>Dibuja cada línea como la media de las últimas sesiones, sobre los puntos de cada sesión.</translation>
    </message>
    <message>
        <source>Smoothi&amp;ng:</source>
        <translation>Suavi&amp;zado:</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>No hay datos en este periodo</translation>
    </message>
</context>
<context>
    <name>unfold::ClientHistoryDialog</name>
    <message>
        <source>Client History: %1</source>
        <translation>Historial del cliente: %1</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Sesiones de %1</translation>
    </message>
    <message>
        <source>One row per session; choose one to export its report.</source>
        <translation>Una fila por sesión; elige una para exportar su informe.</translation>
    </message>
    <message>
        <source>&amp;Show therapist notes</source>
        <translation>&amp;Mostrar las notas del terapeuta</translation>
    </message>
    <message>
        <source>Show therapist notes</source>
        <translation>Mostrar las notas del terapeuta</translation>
    </message>
    <message>
        <source>Shows the private notes in the table.</source>
        <translation>Muestra las notas privadas en la tabla.</translation>
    </message>
    <message>
        <source>&amp;Include notes in the report</source>
        <translation>&amp;Incluir las notas en el informe</translation>
    </message>
    <message>
        <source>Include therapist notes in the report</source>
        <translation>Incluir las notas del terapeuta en el informe</translation>
    </message>
    <message>
        <source>Off, the report leaves the private notes out.</source>
        <translation>Si está desactivada, el informe deja fuera las notas privadas.</translation>
    </message>
    <message>
        <source>Close the client history</source>
        <translation>Cerrar el historial del cliente</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Cierra esta ventana.</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Export the report of the selected session</source>
        <translation>Exportar el informe de la sesión seleccionada</translation>
    </message>
    <message>
        <source>Asks where to save the chosen session&apos;s report as PDF.</source>
        <translation>Pregunta dónde guardar en PDF el informe de la sesión elegida.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Notas del terapeuta</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>No se escribió el informe: %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Informe escrito en %1.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>The session&apos;s number, oldest first</source>
        <translation>El número de la sesión, la más antigua primero</translation>
    </message>
    <message>
        <source>When the session began</source>
        <translation>Cuándo empezó la sesión</translation>
    </message>
    <message>
        <source>The guided-session protocol used that day</source>
        <translation>El protocolo de sesión guiada usado ese día</translation>
    </message>
    <message>
        <source>Disclosures
%1 · %2</source>
        <translation>Confidencias
%1 · %2</translation>
    </message>
    <message>
        <source>How many disclosures each logged</source>
        <translation>Cuántas confidencias anotó cada persona</translation>
    </message>
    <message>
        <source>Logged
reciprocity</source>
        <translation>Reciprocidad
anotada</translation>
    </message>
    <message>
        <source>How evenly both shared in what was logged, 0–100 (100: as much, as deep and as broad)</source>
        <translation>Qué tan parejo compartieron ambos según lo anotado, 0–100 (100: tanto, tan hondo y tan amplio)</translation>
    </message>
    <message>
        <source>Felt balance
%1</source>
        <translation>Equilibrio
sentido %1</translation>
    </message>
    <message>
        <source>How balanced %1 felt the sharing was, 0–100</source>
        <translation>Qué tan equilibrado sintió %1 el compartir, 0–100</translation>
    </message>
    <message>
        <source>Your private notes of the session</source>
        <translation>Tus notas privadas de la sesión</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged reciprocity and felt balance run from 0 to 100, where 100 is even; – where there is nothing to measure (nothing logged, or no check-in answered). Hover over a column&apos;s heading for what it shows.</source>
        <translation>La reciprocidad anotada y el equilibrio sentido van de 0 a 100; 100 es parejo; – donde no hay nada que medir (nada anotado o ningún check-in respondido). Pasa el puntero sobre el encabezado de una columna para ver qué muestra.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>unfold::Csv</name>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>unas comillas dentro de un campo sin comillas (pon todo el campo entre comillas y duplica las comillas)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>texto tras las comillas de cierre de un campo</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas nunca se cierra</translation>
    </message>
    <message>
        <source>a row has more than %1 fields</source>
        <translation>una fila tiene más de %1 campos</translation>
    </message>
    <message>
        <source>the file has more than %1 rows</source>
        <translation>el archivo tiene más de %1 filas</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation>un campo tiene más de %1 caracteres</translation>
    </message>
</context>
<context>
    <name>unfold::DataExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>unfold::DataFileChecker</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is not valid JSON at character %1: %2</source>
        <translation>no es JSON válido (en el carácter %1): %2</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>debe contener un único objeto JSON</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>debe tener de 1 a 64 letras, cifras, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y empezar por una letra o una cifra</translation>
    </message>
    <message>
        <source>is not a language code such as &quot;en&quot; or &quot;de&quot;</source>
        <translation>no es un código de idioma como &quot;en&quot; o &quot;de&quot;</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must be text or an object of translations</source>
        <translation>debe ser texto o un objeto con traducciones</translation>
    </message>
    <message>
        <source>needs an English (&quot;en&quot;) text</source>
        <translation>necesita un texto en inglés (&quot;en&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number from 1 on</source>
        <translation>debe ser un número entero a partir de 1</translation>
    </message>
</context>
<context>
    <name>unfold::DefaultNamesBar</name>
    <message>
        <source>Default names</source>
        <translation>Nombres predeterminados</translation>
    </message>
    <message>
        <source>This journal&apos;s default topics and layers are named in another language. Name them in %1? Names you chose yourself stay as they are.</source>
        <translation>Los temas y capas predeterminados de este diario tienen nombres en otro idioma. ¿Nombrarlos en %1? Los nombres que elegiste tú se quedan como están.</translation>
    </message>
    <message>
        <source>Name Them in %1</source>
        <translation>Nombrarlos en %1</translation>
    </message>
    <message>
        <source>Renames the untouched default topics and layers; Edit › Undo brings the old names back.</source>
        <translation>Cambia el nombre de los temas y capas predeterminados sin tocar; Editar › Deshacer recupera los nombres anteriores.</translation>
    </message>
    <message>
        <source>Keep as They Are</source>
        <translation>Dejarlos así</translation>
    </message>
    <message>
        <source>Leaves the names and does not ask again for this journal.</source>
        <translation>Deja los nombres y no vuelve a preguntar por este diario.</translation>
    </message>
</context>
<context>
    <name>unfold::DemoJournal</name>
    <message>
        <source>%1 already exists; give --force to replace it.</source>
        <translation>%1 ya existe; usa --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>unfold::DemoPartner</name>
    <message>
        <source>%1 has no relationship to retell.</source>
        <translation>%1 no tiene ninguna relación que volver a contar.</translation>
    </message>
</context>
<context>
    <name>unfold::DesktopRecentFiles</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of recent files (%2); it was left as it is.</source>
        <translation>%1 no es una lista de archivos recientes (%2); se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>no xbel element</source>
        <translation>no hay ningún elemento xbel</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>unfold::DisclosureEntry</name>
    <message>
        <source>a 4 2 optional note  (who, topic number, layer)</source>
        <translation>a 4 2 nota opcional  (quién, número de tema, capa)</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Entrada rápida</translation>
    </message>
    <message>
        <source>Type a or b for who shared, the topic&apos;s number, the layer&apos;s number and an optional note, then press Enter.</source>
        <translation>Escribe a o b según quién compartió, el número del tema, el número de la capa y una nota opcional, y pulsa Intro.</translation>
    </message>
    <message>
        <source>Who shared</source>
        <translation>Quién compartió</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Short private note (optional)</source>
        <translation>Nota privada breve (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>An&amp;otar</translation>
    </message>
    <message>
        <source>Log disclosure</source>
        <translation>Anotar confidencia</translation>
    </message>
    <message>
        <source>Adds the disclosure to this session (Enter)</source>
        <translation>Añade la confidencia a esta sesión (Intro)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>&amp;Capa:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
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
        <translation>No anotado: %1</translation>
    </message>
    <message>
        <source>Which of the two people opened up.</source>
        <translation>Cuál de las dos personas se abrió.</translation>
    </message>
    <message>
        <source>What the disclosure was about.</source>
        <translation>De qué trataba la confidencia.</translation>
    </message>
    <message>
        <source>How deep it went, from the outer, peripheral layer to the core.</source>
        <translation>Hasta qué profundidad llegó, desde la capa exterior, periférica, hasta el núcleo.</translation>
    </message>
    <message>
        <source>A short private note about this disclosure.</source>
        <translation>Una nota privada breve sobre esta confidencia.</translation>
    </message>
    <message>
        <source>Quic&amp;k entry:</source>
        <translation>Entrada rá&amp;pida:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Nothing logged: type an entry such as &quot;a 4 2&quot;, or choose in the boxes below and press Log.</source>
        <translation>No se ha anotado nada: escribe una entrada como «a 4 2», o elige en los campos de abajo y pulsa Anotar.</translation>
    </message>
    <message>
        <source>%1&#xa0;%2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>Topics: %1. Layers: %2.</source>
        <translation>Temas: %1. Capas: %2.</translation>
    </message>
</context>
<context>
    <name>unfold::DisclosureShorthand</name>
    <message>
        <source>Type who, topic number and layer, e.g. &quot;a 4 2&quot; or &quot;b42&quot;.</source>
        <translation>Escribe quién, el número del tema y la capa, p. ej. «a 4 2» o «b42».</translation>
    </message>
    <message>
        <source>There is no topic %1; topics are numbered 1 to %2.</source>
        <translation>No existe el tema %1; los temas van numerados del 1 al %2.</translation>
    </message>
    <message>
        <source>There is no layer %1; layers are numbered 1 to %2.</source>
        <translation>No existe la capa %1; las capas van numeradas del 1 al %2.</translation>
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
        <translation>Quién</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Acogida</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>unfold::EditHistory</name>
    <message>
        <source>No journal is open.</source>
        <translation>No hay ningún diario abierto.</translation>
    </message>
</context>
<context>
    <name>unfold::ExchangeFile</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>No se pudo iniciar la biblioteca de cifrado.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB are needed).</source>
        <translation>No hay suficiente memoria para derivar la clave (se necesitan %1 MiB).</translation>
    </message>
    <message>
        <source>This is not an Unfold exchange file.</source>
        <translation>Este no es un archivo de intercambio de Unfold.</translation>
    </message>
    <message>
        <source>The file is cut short: it was damaged after it was written.</source>
        <translation>El archivo está cortado: se dañó después de escribirse.</translation>
    </message>
    <message>
        <source>This exchange file was written by a newer version of Unfold. Update Unfold to import it.</source>
        <translation>Este archivo de intercambio lo escribió una versión más reciente de Unfold. Actualiza Unfold para importarlo.</translation>
    </message>
    <message>
        <source>The file is far larger than any exchange file.</source>
        <translation>El archivo es mucho más grande que cualquier archivo de intercambio.</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged: it was changed after it was written.</source>
        <translation>La cabecera del archivo está dañada: se modificó después de escribirse.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file. Check it with your partner.</source>
        <translation>La frase de contraseña no abre este archivo. Compruébala con tu pareja.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was written: nothing in it can be trusted.</source>
        <translation>El archivo se modificó o se dañó después de escribirse: no se puede confiar en nada de lo que contiene.</translation>
    </message>
    <message>
        <source>The file&apos;s content cannot be read.</source>
        <translation>No se puede leer el contenido del archivo.</translation>
    </message>
</context>
<context>
    <name>unfold::ExportPictureDialog</name>
    <message>
        <source>Export Picture</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in logical pixels</source>
        <translation>Anchura en píxeles lógicos</translation>
    </message>
    <message>
        <source>Height in logical pixels</source>
        <translation>Altura en píxeles lógicos</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Resolución en puntos por pulgada</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>Vector drawing; scales to any size.</source>
        <translation>Dibujo vectorial; se adapta a cualquier tamaño.</translation>
    </message>
    <message>
        <source>One vector page of this size.</source>
        <translation>Una página vectorial de este tamaño.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Elige un archivo en el que guardar.</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Abre un selector de archivos.</translation>
    </message>
    <message>
        <source>PNG is an image of pixels; SVG and PDF are drawings that scale.</source>
        <translation>PNG es una imagen de píxeles; SVG y PDF son dibujos que se adaptan a cualquier tamaño.</translation>
    </message>
    <message>
        <source>96 logical pixels make an inch.</source>
        <translation>96 píxeles lógicos son una pulgada.</translation>
    </message>
    <message>
        <source>Pixels of a PNG image per inch; 96 is the size on the screen.</source>
        <translation>Píxeles de una imagen PNG por pulgada; 96 es el tamaño en pantalla.</translation>
    </message>
    <message>
        <source>Writes the picture to the file.</source>
        <translation>Escribe la imagen en el archivo.</translation>
    </message>
    <message>
        <source>Closes without writing anything.</source>
        <translation>Cierra sin escribir nada.</translation>
    </message>
    <message>
        <source>The file to write; its ending follows the format, and an ending typed here chooses the format.</source>
        <translation>El archivo que se va a escribir; su extensión sigue al formato, y una extensión escrita aquí elige el formato.</translation>
    </message>
</context>
<context>
    <name>unfold::FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>%1: browse</source>
        <translation>%1: examinar</translation>
    </message>
    <message>
        <source>Opens a folder chooser.</source>
        <translation>Abre un selector de carpetas.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>%1: default</source>
        <translation>%1: predeterminada</translation>
    </message>
    <message>
        <source>Puts back %1.</source>
        <translation>Vuelve a poner %1.</translation>
    </message>
</context>
<context>
    <name>unfold::FoldersPage</name>
    <message>
        <source>Journal folder</source>
        <translation>Carpeta de diarios</translation>
    </message>
    <message>
        <source>Where the default journal is kept, and where New Journal starts.</source>
        <translation>Dónde se guarda el diario predeterminado y dónde empieza Nuevo diario.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Where copies of journals are kept while you edit, one subfolder per journal.</source>
        <translation>Dónde se guardan las copias de los diarios mientras editas, una subcarpeta por diario.</translation>
    </message>
    <message>
        <source>A journal that is open keeps backing up where it did; the new backup folder is used from the next journal you open. Existing backups are not moved.</source>
        <translation>Un diario abierto sigue haciendo copias donde las hacía; la nueva carpeta de copias se usa a partir del próximo diario que abras. Las copias existentes no se mueven.</translation>
    </message>
    <message>
        <source>&amp;Journals:</source>
        <translation>&amp;Diarios:</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>Copias de &amp;seguridad:</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Carpetas</translation>
    </message>
    <message>
        <source>Give the whole path of the folder, starting at %1.</source>
        <translation>Indica la ruta completa de la carpeta, empezando por %1.</translation>
    </message>
    <message>
        <source>%1 cannot be created or written to.</source>
        <translation>No se puede crear %1 ni escribir en ella.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
</context>
<context>
    <name>unfold::GuiMain</name>
    <message>
        <source>Open Journal</source>
        <translation>Abrir diario</translation>
    </message>
    <message>
        <source>Unfold needs a graphical display to show its window, and none was found.
Start it from your desktop, or without a screen with: xvfb-run -a unfold
Commands such as &apos;unfold demo&apos; and &apos;unfold check&apos; work without a display; see &apos;unfold --help&apos;.
</source>
        <translation>Unfold necesita una pantalla gráfica para mostrar su ventana y no ha encontrado ninguna.
Ínicialo desde tu escritorio o, sin pantalla, con: xvfb-run -a unfold
Órdenes como &apos;unfold demo&apos; y &apos;unfold check&apos; funcionan sin pantalla; consulta &apos;unfold --help&apos;.
</translation>
    </message>
    <message>
        <source>Demo Journal</source>
        <translation>Diario de demostración</translation>
    </message>
</context>
<context>
    <name>unfold::GuidedRoundPage</name>
    <message>
        <source>Time left in this round</source>
        <translation>Tiempo que queda en esta ronda</translation>
    </message>
    <message>
        <source>Log an answer</source>
        <translation>Anotar una respuesta</translation>
    </message>
    <message>
        <source>How deep the speaker went (1 to the number of layers), or shorthand such as b42, then Enter.</source>
        <translation>Hasta dónde llegó quien habla (de 1 al número de capas), o una abreviatura como b42, y luego Intro.</translation>
    </message>
    <message>
        <source>Answers logged in this round</source>
        <translation>Respuestas anotadas en esta ronda</translation>
    </message>
    <message>
        <source>What was logged in this round, newest last.</source>
        <translation>Lo que se anotó en esta ronda, lo más reciente al final.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume the round</source>
        <translation>Pausar o reanudar la ronda</translation>
    </message>
    <message>
        <source>Stops or restarts the round&apos;s clock.</source>
        <translation>Detiene o reanuda el reloj de la ronda.</translation>
    </message>
    <message>
        <source>Next prompt</source>
        <translation>Siguiente propuesta</translation>
    </message>
    <message>
        <source>Shows the next question of this round.</source>
        <translation>Muestra la siguiente pregunta de esta ronda.</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Siguiente ronda</translation>
    </message>
    <message>
        <source>Ends this round and starts the next one.</source>
        <translation>Termina esta ronda y empieza la siguiente.</translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation>Parar aquí</translation>
    </message>
    <message>
        <source>Stop the rounds here and go on to the check-in</source>
        <translation>Terminar aquí las rondas y pasar al check-in</translation>
    </message>
    <message>
        <source>What was logged so far is kept.</source>
        <translation>Lo que se ha anotado hasta ahora se conserva.</translation>
    </message>
    <message>
        <source>Depth 1 to %1 for the speaker now, or shorthand such as b42 and Enter</source>
        <translation>Profundidad de 1 a %1 para quien habla ahora, o una abreviatura como b42 e Intro</translation>
    </message>
    <message>
        <source>Round %1 of %2: %3</source>
        <translation>Ronda %1 de %2: %3</translation>
    </message>
    <message>
        <source>Finish rounds</source>
        <translation>Terminar las rondas</translation>
    </message>
    <message>
        <source>Prompt %1 of %2 · %3 answers first, then %4</source>
        <translation>Propuesta %1 de %2 · responde primero %3, luego %4</translation>
    </message>
    <message>
        <source>Now answering: %1</source>
        <translation>Responde ahora: %1</translation>
    </message>
    <message>
        <source>Paused · %1 left</source>
        <translation>En pausa · quedan %1</translation>
    </message>
    <message>
        <source>Time is up: finish this answer, then go on</source>
        <translation>Se acabó el tiempo: termina esta respuesta y sigue</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Not logged: depth must be from 1 to %1</source>
        <translation>No anotado: la profundidad debe ir de 1 a %1</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>No anotado: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · depth %3</source>
        <translation>%1 · %2 · profundidad %3</translation>
    </message>
    <message>
        <source>Both have answered every prompt of this round. Go on with Next round.</source>
        <translation>Los dos han respondido a todas las propuestas de esta ronda. Sigue con Siguiente ronda.</translation>
    </message>
    <message>
        <source>Both have answered every prompt. Finish the rounds when you are ready.</source>
        <translation>Los dos han respondido a todas las propuestas. Las rondas pueden terminarse cuando estén listos.</translation>
    </message>
    <message>
        <source>Sharing in this round is uneven. It may help to pause, or to stop here.</source>
        <translation>En esta ronda se comparte de forma desigual. Puede ayudar hacer una pausa o parar aquí.</translation>
    </message>
</context>
<context>
    <name>unfold::GuidedSessionSummary</name>
    <message>
        <source>The onion before this session</source>
        <translation>La cebolla antes de esta sesión</translation>
    </message>
    <message>
        <source>The onion after this session</source>
        <translation>La cebolla después de esta sesión</translation>
    </message>
    <message>
        <source>Scores of both partners side by side</source>
        <translation>Las puntuaciones de ambos miembros de la pareja, una al lado de la otra</translation>
    </message>
    <message>
        <source>The check-in scores of this session, one row per measure.</source>
        <translation>Las puntuaciones del check-in de esta sesión, una fila por medida.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After (new is outlined)</source>
        <translation>Después (lo nuevo, con contorno)</translation>
    </message>
    <message>
        <source>Logged reciprocity: %1 this session, %2 the session before (0–100; %3 answers by %4, %5 by %6).
Felt balance of sharing (check-in, 0–100): %7 %8, %9 %10.</source>
        <translation>Reciprocidad anotada: %1 en esta sesión, %2 en la anterior (0–100; %3 respuestas de %4, %5 de %6).
Equilibrio sentido al compartir (check-in, 0–100): %7 %8, %9 %10.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>%1 since first</source>
        <translation>%1 desde la primera</translation>
    </message>
    <message>
        <source>%1 since previous</source>
        <translation>%1 desde la anterior</translation>
    </message>
    <message>
        <source>%1 ⚑ apart</source>
        <translation>%1 ⚑ de diferencia</translation>
    </message>
    <message>
        <source>Logged reciprocity: shown when the rounds end.</source>
        <translation>Reciprocidad anotada: aparece cuando terminan las rondas.</translation>
    </message>
    <message>
        <source>Reciprocity of this session: how evenly the two opened up, in words.</source>
        <translation>Reciprocidad de esta sesión: qué tan parejo se abrieron los dos, en palabras.</translation>
    </message>
</context>
<context>
    <name>unfold::GuidedSessionWizard</name>
    <message>
        <source>Guided Session</source>
        <translation>Sesión guiada</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>The plan of rounds and prompts the session follows.</source>
        <translation>El plan de rondas y propuestas que sigue la sesión.</translation>
    </message>
    <message>
        <source>Protocol problems</source>
        <translation>Problemas del protocolo</translation>
    </message>
    <message>
        <source>What is wrong with a protocol that cannot be used, if anything.</source>
        <translation>Qué falla en un protocolo que no se puede usar, si es el caso.</translation>
    </message>
    <message>
        <source>&amp;Import Protocol…</source>
        <translation>&amp;Importar protocolo…</translation>
    </message>
    <message>
        <source>Import a protocol file</source>
        <translation>Importar un archivo de protocolo</translation>
    </message>
    <message>
        <source>Adds a protocol from a JSON file in Unfold&apos;s protocol format.</source>
        <translation>Añade un protocolo desde un archivo JSON en el formato de protocolos de Unfold.</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Begin the guided session</source>
        <translation>Empezar la sesión guiada</translation>
    </message>
    <message>
        <source>Starts a new session with the chosen protocol&apos;s first round.</source>
        <translation>Empieza una sesión nueva con la primera ronda del protocolo elegido.</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocolo:</translation>
    </message>
    <message>
        <source>A guided session with %1 and %2.</source>
        <translation>Una sesión guiada con %1 y %2.</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Notas del terapeuta</translation>
    </message>
    <message>
        <source>Private notes on the session; reports leave them out unless asked.</source>
        <translation>Notas privadas sobre la sesión; los informes las dejan fuera salvo que se pida lo contrario.</translation>
    </message>
    <message>
        <source>&amp;Therapist notes. They stay private: no report or export shows them unless you tick &quot;include notes&quot; for it.</source>
        <translation>&amp;Notas del terapeuta. Son privadas: ningún informe ni exportación las muestra a menos que marques &quot;incluir notas&quot; para ello.</translation>
    </message>
    <message>
        <source>Show &amp;summary</source>
        <translation>Mostrar el &amp;resumen</translation>
    </message>
    <message>
        <source>Save the notes and show the summary</source>
        <translation>Guardar las notas y mostrar el resumen</translation>
    </message>
    <message>
        <source>Keeps the notes with the session and shows what changed.</source>
        <translation>Guarda las notas con la sesión y muestra lo que ha cambiado.</translation>
    </message>
    <message>
        <source>&amp;Include therapist notes in the report</source>
        <translation>&amp;Incluir las notas del terapeuta en el informe</translation>
    </message>
    <message>
        <source>Include therapist notes in the report</source>
        <translation>Incluir las notas del terapeuta en el informe</translation>
    </message>
    <message>
        <source>Off, the report leaves the private notes out.</source>
        <translation>Si está desactivada, el informe deja fuera las notas privadas.</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Export the report as a PDF file</source>
        <translation>Exportar el informe como archivo PDF</translation>
    </message>
    <message>
        <source>Asks where to save the session report as PDF.</source>
        <translation>Pregunta dónde guardar en PDF el informe de la sesión.</translation>
    </message>
    <message>
        <source>P&amp;rint Report…</source>
        <translation>Imp&amp;rimir informe…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Opens the print dialog for the session report.</source>
        <translation>Abre el diálogo de impresión para el informe de la sesión.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the guided session</source>
        <translation>Cerrar la sesión guiada</translation>
    </message>
    <message>
        <source>Everything logged is already saved in the journal.</source>
        <translation>Todo lo anotado ya está guardado en el diario.</translation>
    </message>
    <message>
        <source>Not offered, because of problems:
%1</source>
        <translation>No se ofrece, porque tiene problemas:
%1</translation>
    </message>
    <message>
        <source>The protocol was not imported:
%1</source>
        <translation>No se importó el protocolo:
%1</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; importado.</translation>
    </message>
    <message>
        <source>Import Protocol</source>
        <translation>Importar protocolo</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>Archivos de protocolo (*.json)</translation>
    </message>
    <message>
        <source>No protocol could be read.</source>
        <translation>No se pudo leer ningún protocolo.</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Sesión guiada</translation>
    </message>
    <message>
        <source>The session could not be started: %1</source>
        <translation>No se pudo empezar la sesión: %1</translation>
    </message>
    <message>
        <source>Guided session: %1</source>
        <translation>Sesión guiada: %1</translation>
    </message>
    <message>
        <source>The protocol could not be marked on the timeline: %1</source>
        <translation>No se pudo marcar el protocolo en la línea de tiempo: %1</translation>
    </message>
    <message>
        <source>Stopped after round %1. Nothing more has to be said today.</source>
        <translation>Se paró tras la ronda %1. Hoy no hace falta decir nada más.</translation>
    </message>
    <message>
        <source>The check-in &quot;%1&quot; is not installed; skipped.</source>
        <translation>El check-in &quot;%1&quot; no está instalado; se omite.</translation>
    </message>
    <message>
        <source>The check-in answers could not be saved: %1</source>
        <translation>No se pudieron guardar las respuestas del check-in: %1</translation>
    </message>
    <message>
        <source>The notes could not be saved: %1</source>
        <translation>No se pudieron guardar las notas: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>No se escribió el informe: %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Informe escrito en %1.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>No se pudo imprimir el informe.</translation>
    </message>
</context>
<context>
    <name>unfold::HandOverFlow</name>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>Start answering</source>
        <translation>Empezar a responder</translation>
    </message>
    <message>
        <source>Shows the questionnaire to the person named; the other&apos;s answers stay hidden.</source>
        <translation>Muestra el cuestionario a la persona nombrada; las respuestas de la otra siguen ocultas.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the hand-over</source>
        <translation>Cancelar el relevo</translation>
    </message>
    <message>
        <source>Stops without saving any answers.</source>
        <translation>Se detiene sin guardar ninguna respuesta.</translation>
    </message>
    <message>
        <source>Both answers side by side</source>
        <translation>Ambas respuestas, una al lado de la otra</translation>
    </message>
    <message>
        <source>One row per question: what each of you answered.</source>
        <translation>Una fila por pregunta: lo que respondió cada uno.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Cerrar la comparación</translation>
    </message>
    <message>
        <source>Goes back to the questionnaires; both sets of answers are saved.</source>
        <translation>Vuelve a los cuestionarios; se guardan las respuestas de los dos.</translation>
    </message>
    <message>
        <source>Please hand the device to %1.
%2, please look away until %1 has finished; you will answer next, and neither of you sees the other&apos;s answers until both are done.</source>
        <translation>Por favor, pásale el dispositivo a %1.
%2, por favor, no mires hasta que %1 haya terminado; luego te toca a ti, y ninguno de los dos verá las respuestas del otro hasta que ambos hayan terminado.</translation>
    </message>
    <message>
        <source>Thank you, %1. Your answers are hidden.
Please hand the device to %2.</source>
        <translation>Gracias, %1. Tus respuestas están ocultas.
Por favor, pásale el dispositivo a %2.</translation>
    </message>
    <message>
        <source>I am %1: start</source>
        <translation>Soy %1: empezar</translation>
    </message>
    <message>
        <source>Start answering as %1</source>
        <translation>Empezar a responder como %1</translation>
    </message>
    <message>
        <source>%1 and %2 side by side. Rows marked ◆ differ by %3 points or more.</source>
        <translation>%1 y %2, una al lado de la otra. Las filas marcadas con ◆ difieren en %3 puntos o más.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Score: %1 (0–100)</source>
        <translation>Puntuación: %1 (0–100)</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>sin comparar</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message numerus="yes">
        <source>◆ %n apart</source>
        <translation>
            <numerusform>◆ %n punto de diferencia</numerusform>
            <numerusform>◆ %n puntos de diferencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n apart</source>
        <translation>
            <numerusform>%n punto de diferencia</numerusform>
            <numerusform>%n puntos de diferencia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
</context>
<context>
    <name>unfold::HelpButton</name>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>User guide: %1 (F1)</source>
        <translation>Guía de uso: %1 (F1)</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Ayuda: %1</translation>
    </message>
    <message>
        <source>Opens the user guide at its section “%1”.</source>
        <translation>Abre la guía de uso en su sección «%1».</translation>
    </message>
</context>
<context>
    <name>unfold::Insights</name>
    <message>
        <source>Sharing has been one-sided lately</source>
        <translation>Últimamente, lo compartido ha sido desigual</translation>
    </message>
    <message>
        <source>Core-layer sharing came very early</source>
        <translation>Se compartió desde el núcleo muy pronto</translation>
    </message>
    <message>
        <source>Fewer topics in recent sessions</source>
        <translation>Menos temas en las últimas sesiones</translation>
    </message>
    <message>
        <source>Reciprocity index, recent mean</source>
        <translation>Índice de reciprocidad, media reciente</translation>
    </message>
    <message>
        <source>Over the last %1 sessions, %2 did most of the sharing: %3 % of it, counting how deep each disclosure went. It may be a cue to slow down and leave room for the other person.</source>
        <translation>En las últimas %1 sesiones, %2 hizo la mayor parte de lo compartido: el %3 %, contando la profundidad de cada revelación. Puede ser una señal para ir más despacio y dejar espacio a la otra persona.</translation>
    </message>
    <message>
        <source>%1 shared nothing</source>
        <translation>%1 no compartió nada</translation>
    </message>
    <message>
        <source>%1 shared %2 at mean depth %3</source>
        <translation>%1 compartió %2 con profundidad media %3</translation>
    </message>
    <message>
        <source>Session %1 (%2)</source>
        <translation>Sesión %1 (%2)</translation>
    </message>
    <message>
        <source>%1; %2; %3 % of it by %4</source>
        <translation>%1; %2; el %3 % de ello por %4</translation>
    </message>
    <message>
        <source>Share of the sharing by %1, together</source>
        <translation>Parte de lo compartido por %1, en conjunto</translation>
    </message>
    <message>
        <source>Disclosures at the core layer were logged in session %1, within the first %2 days of this relationship. Closeness usually grows layer by layer; going gently may help both of you.</source>
        <translation>En la sesión %1 se registraron revelaciones de la capa central, en los primeros %2 días de esta relación. La cercanía suele crecer capa a capa; ir con calma puede ayudaros a ambos.</translation>
    </message>
    <message>
        <source>Relationship began</source>
        <translation>Inicio de la relación</translation>
    </message>
    <message>
        <source>core-layer disclosures: %1; days since the start: %2</source>
        <translation>revelaciones de la capa central: %1; días desde el inicio: %2</translation>
    </message>
    <message>
        <source>Sessions %1 to %2</source>
        <translation>Sesiones %1 a %2</translation>
    </message>
    <message>
        <source>The last %1 sessions touched %2 topics between them, the %1 before them %3. When sharing narrows it can mean the relationship is pulling back a little; it can also just be a busy time.</source>
        <translation>Las últimas %1 sesiones tocaron %2 temas entre todas, las %1 anteriores %3. Cuando lo compartido se estrecha puede significar que la relación se retrae un poco; también puede ser solo una época ajetreada.</translation>
    </message>
    <message>
        <source>topics: %1</source>
        <translation>temas: %1</translation>
    </message>
    <message>
        <source>%1 (0–100) from session %2 to session %3, %4 days apart; a fall of %5 points, where up to %6 is noise</source>
        <translation>%1 (0–100) de la sesión %2 a la sesión %3, con %4 días de distancia; una caída de %5 puntos, donde hasta %6 es ruido</translation>
    </message>
    <message>
        <source>%1 feels less met, while sharing stays balanced</source>
        <translation>%1 se siente menos atendido/a, aunque lo compartido sigue equilibrado</translation>
    </message>
    <message>
        <source>%1&apos;s answers about %2 have fallen by more than their usual ups and downs, while the logged sharing still looks balanced. It may be worth asking how sharing feels, not only how much there is.</source>
        <translation>Las respuestas de %1 sobre %2 han bajado más que sus altibajos habituales, aunque lo compartido registrado aún parece equilibrado. Puede valer la pena preguntar cómo se siente compartir, no solo cuánto se comparte.</translation>
    </message>
    <message>
        <source>%1&apos;s answers have fallen</source>
        <translation>Las respuestas de %1 han bajado</translation>
    </message>
    <message>
        <source>%1&apos;s answers about %2 have fallen by more than their usual ups and downs. It may be worth asking gently how your conversations have felt lately.</source>
        <translation>Las respuestas de %1 sobre %2 han bajado más que sus altibajos habituales. Puede valer la pena preguntar con suavidad cómo se han sentido vuestras conversaciones últimamente.</translation>
    </message>
</context>
<context>
    <name>unfold::InsightsPanel</name>
    <message>
        <source>Insights</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Observations from your log, not judgements. Each shows what it rests on.</source>
        <translation>Observaciones a partir de tus anotaciones, no juicios. Cada una muestra en qué se basa.</translation>
    </message>
    <message>
        <source>&lt;small&gt;Based on:&lt;br/&gt;%1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Se basa en:&lt;br/&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Open Latest Session</source>
        <translation>Abrir la última sesión</translation>
    </message>
    <message>
        <source>Open the latest session of: %1</source>
        <translation>Abrir la última sesión de: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Descartar: %1</translation>
    </message>
    <message>
        <source>Nothing to point out for now.</source>
        <translation>Por ahora no hay nada que señalar.</translation>
    </message>
    <message>
        <source>Observations from your log, each with what it rests on.</source>
        <translation>Observaciones a partir de tus anotaciones, cada una con aquello en lo que se basa.</translation>
    </message>
    <message>
        <source>Opens the most recent session this observation rests on.</source>
        <translation>Abre la sesión más reciente en la que se basa esta observación.</translation>
    </message>
    <message>
        <source>Hides this observation for this journal.</source>
        <translation>Oculta esta observación en este diario.</translation>
    </message>
    <message>
        <source>Up to session %1 of %2, the last one the chart shows.</source>
        <translation>Hasta la sesión %1 de %2, la última que muestra el gráfico.</translation>
    </message>
</context>
<context>
    <name>unfold::InstrumentLibrary</name>
    <message>
        <source>&quot;%1&quot; is the id of an instrument that comes with Unfold; give yours its own id</source>
        <translation>«%1» es el id de un cuestionario que viene con Unfold; dale al tuyo un id propio</translation>
    </message>
    <message>
        <source>is neither a file nor the id of a known instrument (known: %1)</source>
        <translation>no es ni un archivo ni el id de un cuestionario conocido (conocidos: %1)</translation>
    </message>
</context>
<context>
    <name>unfold::InstrumentValidator</name>
    <message>
        <source>is too large to be an instrument</source>
        <translation>es demasiado grande para ser un cuestionario</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>is not a field of an instrument</source>
        <translation>no es un campo de un cuestionario</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be greater than scale.min</source>
        <translation>debe ser mayor que scale.min</translation>
    </message>
    <message>
        <source>gives more than %1 points</source>
        <translation>abarca más de %1 puntos</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>labels the value %1 a second time</source>
        <translation>etiqueta el valor %1 por segunda vez</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier subscale</source>
        <translation>&quot;%1&quot; ya lo usa una subescala anterior</translation>
    </message>
    <message>
        <source>must be &quot;mean&quot; or &quot;sum&quot;</source>
        <translation>debe ser &quot;mean&quot; o &quot;sum&quot;</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>debe ser un número mayor que 0</translation>
    </message>
    <message>
        <source>must be a number between 0 and 1</source>
        <translation>debe ser un número entre 0 y 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the answers file</source>
        <translation>&quot;%1&quot; está reservado para el archivo de respuestas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier item</source>
        <translation>&quot;%1&quot; ya lo usa una pregunta anterior</translation>
    </message>
    <message>
        <source>names no subscale of this instrument (&quot;%1&quot;)</source>
        <translation>no nombra ninguna subescala de este cuestionario (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be &quot;rating&quot; or &quot;circles&quot;</source>
        <translation>debe ser &quot;rating&quot; o &quot;circles&quot;</translation>
    </message>
    <message>
        <source>has no items</source>
        <translation>no tiene preguntas</translation>
    </message>
    <message>
        <source>mixes items answered on different ranges</source>
        <translation>mezcla preguntas con rangos de respuesta distintos</translation>
    </message>
</context>
<context>
    <name>unfold::Journal</name>
    <message>
        <source>%1 is in use by %2. You can open it read-only.</source>
        <translation>%1 lo está usando %2. Puedes abrirlo en modo de solo lectura.</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 &amp; %2</translation>
    </message>
    <message>
        <source>The journal is open read-only.</source>
        <translation>El diario está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for editing: its lock file %2 cannot be written.</source>
        <translation>%1 no se puede abrir para editar: no se puede escribir su archivo de bloqueo %2.</translation>
    </message>
</context>
<context>
    <name>unfold::JournalBackups</name>
    <message>
        <source>the journal could not be read</source>
        <translation>no se pudo leer el diario</translation>
    </message>
</context>
<context>
    <name>unfold::JournalEncryption</name>
    <message>
        <source>%1 was left as it was: %2</source>
        <translation>%1 no se ha modificado: %2</translation>
    </message>
    <message>
        <source>the passphrase does not open it</source>
        <translation>la frase de contraseña no lo abre</translation>
    </message>
    <message>
        <source>the new file could not be read back</source>
        <translation>no se pudo volver a leer el archivo nuevo</translation>
    </message>
    <message>
        <source>the new file did not pass the integrity check</source>
        <translation>el archivo nuevo no ha superado la comprobación de integridad</translation>
    </message>
</context>
<context>
    <name>unfold::JournalKey</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>No se pudo iniciar la biblioteca de cifrado.</translation>
    </message>
    <message>
        <source>This journal&apos;s key is derived in a way this version of Unfold does not know.</source>
        <translation>La clave de este diario se deriva de una forma que esta versión de Unfold no conoce.</translation>
    </message>
    <message>
        <source>Not enough protected memory to hold the key.</source>
        <translation>No hay suficiente memoria protegida para guardar la clave.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB are needed).</source>
        <translation>No hay suficiente memoria para derivar la clave (se necesitan %1 MiB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted in a way this version of Unfold does not know. Update Unfold to open it.</source>
        <translation>%1 está cifrado de una forma que esta versión de Unfold no conoce. Actualiza Unfold para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Unfold journal.</source>
        <translation>%1 no es un diario cifrado de Unfold.</translation>
    </message>
</context>
<context>
    <name>unfold::JournalLock</name>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (proceso %2 en %3)</translation>
    </message>
</context>
<context>
    <name>unfold::JournalOpening</name>
    <message>
        <source>Nothing was changed on disk.</source>
        <translation>No se ha cambiado nada en el disco.</translation>
    </message>
    <message>
        <source>Journal Upgraded</source>
        <translation>Diario actualizado</translation>
    </message>
    <message>
        <source>This journal was upgraded to the current format. A copy of the old file was kept at %1.</source>
        <translation>Este diario se ha actualizado al formato actual. Se ha guardado una copia del archivo antiguo en %1.</translation>
    </message>
    <message>
        <source>Journal in Use</source>
        <translation>Diario en uso</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>¿Abrirlo en modo de solo lectura?</translation>
    </message>
    <message>
        <source>Cannot Open Journal</source>
        <translation>No se puede abrir el diario</translation>
    </message>
    <message>
        <source>Cannot Create Journal</source>
        <translation>No se puede crear el diario</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>Esa frase de contraseña no abre este diario. Comprueba el Bloq Mayús y la distribución del teclado, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Unlocking %1…</source>
        <translation>Desbloqueando %1…</translation>
    </message>
</context>
<context>
    <name>unfold::JournalSchema</name>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>disparador</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation>no se puede leer su lista de tablas</translation>
    </message>
    <message>
        <source>an added %1 “%2”</source>
        <translation>se añadió %1 «%2»</translation>
    </message>
    <message>
        <source>an added %1 “%2” on %3</source>
        <translation>se añadió %1 «%2» en %3</translation>
    </message>
    <message>
        <source>a changed %1 “%2”</source>
        <translation>se cambió %1 «%2»</translation>
    </message>
    <message>
        <source>a missing %1 “%2”</source>
        <translation>falta %1 «%2»</translation>
    </message>
    <message>
        <source>the record %1 in %2 cannot be read</source>
        <translation>no se puede leer el registro %1 de %2</translation>
    </message>
    <message>
        <source>the records in %1 cannot be read</source>
        <translation>no se pueden leer los registros de %1</translation>
    </message>
    <message>
        <source>Questionnaires answered more than once by the same person for the same session now keep only the latest answers; earlier answer sets removed: %1.</source>
        <translation>Los cuestionarios que la misma persona respondió más de una vez para la misma sesión conservan ahora solo las últimas respuestas; conjuntos de respuestas anteriores eliminados: %1.</translation>
    </message>
</context>
<context>
    <name>unfold::JournalStore</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Unfold journal.</source>
        <translation>%1 no es un diario de Unfold.</translation>
    </message>
    <message>
        <source>%1 is a database, but not an Unfold journal.</source>
        <translation>%1 es una base de datos, pero no un diario de Unfold.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than it says it is. A backup copy may still be complete.</source>
        <translation>%1 está dañado: el archivo es más corto de lo que indica. Puede que una copia de seguridad siga completa.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Unfold (format %2; this version reads up to format %3). Update Unfold to open it.</source>
        <translation>%1 lo escribió una versión más reciente de Unfold (formato %2; esta versión lee hasta el formato %3). Actualiza Unfold para abrirlo.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>a record in %1 points to a missing record in %2</source>
        <translation>un registro de %1 remite a un registro inexistente de %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). A backup copy may still be whole.</source>
        <translation>%1 está dañado (%2). Puede que una copia de seguridad siga intacta.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 uses an older format that must be upgraded before it can be shown; open it for editing once.</source>
        <translation>%1 usa un formato antiguo que hay que actualizar antes de poder mostrarlo; ábrelo una vez para editarlo.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but a copy of the old file could not be kept: %2</source>
        <translation>%1 necesita actualizarse, pero no se pudo guardar una copia del archivo antiguo: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to the current format: %2. The file is unchanged.</source>
        <translation>No se pudo actualizar %1 al formato actual: %2. El archivo no ha cambiado.</translation>
    </message>
    <message>
        <source>This journal is open read-only.</source>
        <translation>Este diario está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>A journal has between %1 and %2 layers.</source>
        <translation>Un diario tiene entre %1 y %2 capas.</translation>
    </message>
    <message>
        <source>Disclosures at depth %1 exist; remove or change them before removing that layer.</source>
        <translation>Hay confidencias en la profundidad %1; quítalas o cámbialas antes de quitar esa capa.</translation>
    </message>
    <message>
        <source>%1 is encrypted in a way this version of Unfold does not know. Update Unfold to open it.</source>
        <translation>%1 está cifrado de una forma que esta versión de Unfold no conoce. Actualiza Unfold para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is encrypted: its passphrase is needed to open it.</source>
        <translation>%1 está cifrado: se necesita su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Nothing was changed.</source>
        <translation>La frase de contraseña no abre %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is encrypted, but not an Unfold journal.</source>
        <translation>%1 está cifrado, pero no es un diario de Unfold.</translation>
    </message>
    <message>
        <source>%1 was cut off while it was being saved (a crash or power cut). Opening it in Unfold for editing finishes the recovery; nothing was changed here.</source>
        <translation>El guardado de %1 se interrumpió (un fallo o un corte de luz). Abrirlo en Unfold para editarlo completa la recuperación; aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 says it is in format %2, which no version of Unfold writes. It may be damaged; a backup copy may still be whole.</source>
        <translation>%1 dice estar en el formato %2, que ninguna versión de Unfold escribe. Puede estar dañado; una copia de seguridad puede seguir completa.</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; y %n más</numerusform>
            <numerusform>; y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder, not a journal file.</source>
        <translation>%1 es una carpeta, no un archivo de diario.</translation>
    </message>
    <message>
        <source>%1 holds changes another program has not yet written into it (in %2). Opening it in Unfold for editing writes them in; nothing was changed here.</source>
        <translation>%1 tiene cambios que otro programa aún no ha escrito en él (en %2). Abrirlo en Unfold para editar los escribe; aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 holds changes Unfold did not make: %2. Unfold does not open it, because such changes can alter or erase entries. A backup copy may be as Unfold left it.</source>
        <translation>%1 tiene cambios que Unfold no hizo: %2. Unfold no lo abre, porque esos cambios pueden alterar o borrar entradas. Una copia de seguridad puede estar como Unfold la dejó.</translation>
    </message>
</context>
<context>
    <name>unfold::Layer</name>
    <message>
        <source>Peripheral</source>
        <translation>Periférica</translation>
    </message>
    <message>
        <source>Facts and tastes</source>
        <translation>Hechos y gustos</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedia</translation>
    </message>
    <message>
        <source>Opinions, attitudes and hopes</source>
        <translation>Opiniones, actitudes y esperanzas</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Núcleo</translation>
    </message>
    <message>
        <source>Values, fears and self-concept</source>
        <translation>Valores, miedos e imagen de uno mismo</translation>
    </message>
</context>
<context>
    <name>unfold::LibraryText</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; is already imported with different content; raise the version number</source>
        <translation>la versión %1 de «%2» ya se importó con otro contenido; aumenta el número de versión</translation>
    </message>
    <message>
        <source>could not be copied into %1: %2</source>
        <translation>no se pudo copiar en %1: %2</translation>
    </message>
</context>
<context>
    <name>unfold::MainWindow</name>
    <message>
        <source>Unfold journals (*.unfold);;All files (*)</source>
        <translation>Diarios de Unfold (*.unfold);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Onion</source>
        <translation>Ce&amp;bolla</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>C&amp;uestionarios</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Journal…</source>
        <translation>&amp;Nuevo diario…</translation>
    </message>
    <message>
        <source>&amp;Open Journal…</source>
        <translation>&amp;Abrir diario…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Export Picture…</source>
        <translation>&amp;Exportar imagen…</translation>
    </message>
    <message>
        <source>Cop&amp;y Picture</source>
        <translation>Copiar ima&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Print Picture…</source>
        <translation>Im&amp;primir imagen…</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>Exportar &amp;todos los gráficos…</translation>
    </message>
    <message>
        <source>&amp;Import Instrument…</source>
        <translation>&amp;Importar cuestionario…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relación</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Topics and Layers…</source>
        <translation>&amp;Temas y capas…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;About Unfold</source>
        <translation>&amp;Acerca de Unfold</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>A backup could not be made: %1</source>
        <translation>No se pudo hacer una copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>Unfold</translation>
    </message>
    <message>
        <source>No journal open</source>
        <translation>Ningún diario abierto</translation>
    </message>
    <message>
        <source>%1 (read-only) — Unfold</source>
        <translation>%1 (solo lectura) — Unfold</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Cada cambio se guarda en el momento</translation>
    </message>
    <message>
        <source>New Journal</source>
        <translation>Nuevo diario</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open Journal.</source>
        <translation>%1 ya existe. Elige otro nombre o ábrelo con Archivo › Abrir diario.</translation>
    </message>
    <message>
        <source>Open Journal</source>
        <translation>Abrir diario</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent journals</source>
        <translation>No hay diarios recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Choose another file than the open journal.</source>
        <translation>Elige un archivo distinto del diario abierto.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1
The journal itself is unchanged.</source>
        <translation>No se pudo guardar la copia: %1
El diario en sí no ha cambiado.</translation>
    </message>
    <message>
        <source>About Unfold</source>
        <translation>Acerca de Unfold</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Unfold %1&lt;/h3&gt;&lt;p&gt;Reflect on how you and the people close to you open up, after Social Penetration Theory.&lt;/p&gt;&lt;p&gt;Your journals stay on this computer. Unfold has no network code.&lt;/p&gt;&lt;p&gt;Copyright © Unfold contributors. Unfold is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Using Qt %2 and SQLite %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Unfold %1&lt;/h3&gt;&lt;p&gt;Reflexiona sobre cómo te abres a las personas cercanas, y ellas a ti, según la teoría de la penetración social (Social Penetration Theory).&lt;/p&gt;&lt;p&gt;Tus diarios se quedan en este ordenador. Unfold no tiene código de red.&lt;/p&gt;&lt;p&gt;Copyright © colaboradores de Unfold. Unfold es software libre: puedes redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a tu elección) cualquier versión posterior (GPL-3.0-or-later). Se distribuye SIN NINGUNA GARANTÍA.&lt;/p&gt;&lt;p&gt;Usa Qt %2 y SQLite %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <source>The change could not be saved: %1
The journal on disk is as it was before.</source>
        <translation>No se pudo guardar el cambio: %1
El diario en el disco sigue como estaba.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>&amp;Guided Session…</source>
        <translation>Sesión &amp;guiada…</translation>
    </message>
    <message>
        <source>Guided Session</source>
        <translation>Sesión guiada</translation>
    </message>
    <message>
        <source>Open a journal you can edit and choose a relationship first.</source>
        <translation>Abre primero un diario que puedas editar y elige una relación.</translation>
    </message>
    <message>
        <source>Client &amp;History…</source>
        <translation>&amp;Historial del cliente…</translation>
    </message>
    <message>
        <source>Client History</source>
        <translation>Historial del cliente</translation>
    </message>
    <message>
        <source>Open a journal and choose a relationship first.</source>
        <translation>Abre primero un diario y elige una relación.</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>Ses&amp;ión</translation>
    </message>
    <message>
        <source>Char&amp;ts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>%1 (locked) — Unfold</source>
        <translation>%1 (bloqueado) — Unfold</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Encrypted · every change is saved as you make it</source>
        <translation>Cifrado · cada cambio se guarda en el momento</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Cifrar…</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and the keyboard layout.</source>
        <translation>Esa frase de contraseña no abre este diario. Comprueba el Bloq Mayús y la distribución del teclado.</translation>
    </message>
    <message>
        <source>Encrypt Journal</source>
        <translation>Cifrar diario</translation>
    </message>
    <message>
        <source>The journal could not be encrypted: %1
It is unchanged.</source>
        <translation>No se pudo cifrar el diario: %1
Sigue como estaba.</translation>
    </message>
    <message>
        <source>The journal is now encrypted.</source>
        <translation>Ahora el diario está cifrado.</translation>
    </message>
    <message>
        <source>Remove Plain Copies?</source>
        <translation>¿Eliminar las copias sin cifrar?</translation>
    </message>
    <message numerus="yes">
        <source>Unfold made %n unencrypted copy(ies) of this journal before it was encrypted (backups, and copies kept before format upgrades). Anyone who can read your files can read them.</source>
        <translation>
            <numerusform>Unfold hizo %n copia sin cifrar de este diario antes de cifrarlo (copias de seguridad y copias guardadas antes de actualizaciones). Cualquiera que pueda leer tus archivos puede leerla.</numerusform>
            <numerusform>Unfold hizo %n copias sin cifrar de este diario antes de cifrarlo (copias de seguridad y copias guardadas antes de actualizaciones). Cualquiera que pueda leer tus archivos puede leerlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing them is best. Be aware that a removed file may still be recoverable from the disk with special tools until its space is reused, and copies elsewhere (a backup drive, a sync folder) are not touched.</source>
        <translation>Lo mejor es eliminarlas. Ten en cuenta que un archivo eliminado aún podría recuperarse del disco con herramientas especiales hasta que se reutilice su espacio, y que las copias que haya en otros lugares (una unidad de copias de seguridad, una carpeta sincronizada) no se tocan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Remove Plain Copies</source>
        <translation>Eliminar las copias sin cifrar</translation>
    </message>
    <message>
        <source>These could not be removed:
%1</source>
        <translation>Estos archivos no se pudieron eliminar:
%1</translation>
    </message>
    <message>
        <source>That is not the journal&apos;s current passphrase.</source>
        <translation>Esa no es la frase de contraseña actual del diario.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1
The old passphrase still opens the journal.</source>
        <translation>No se pudo cambiar la frase de contraseña: %1
La frase de contraseña anterior sigue abriendo el diario.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se ha cambiado la frase de contraseña.</translation>
    </message>
    <message>
        <source>The journal was encrypted, but could not be opened again: %1</source>
        <translation>El diario se cifró, pero no se pudo volver a abrir: %1</translation>
    </message>
    <message>
        <source>The journal could not be opened again after changing its passphrase: %1
Try the new passphrase first, then the old one.</source>
        <translation>El diario no se pudo volver a abrir tras cambiar su frase de contraseña: %1
Prueba primero la frase nueva y después la anterior.</translation>
    </message>
    <message>
        <source>The chosen session, onion, charts, questionnaires and both partners&apos; accounts; Alt with the underlined letter opens each.</source>
        <translation>La sesión elegida, la cebolla, los gráficos, los cuestionarios y los relatos de ambos miembros de la pareja; Alt con la letra subrayada abre cada uno.</translation>
    </message>
    <message>
        <source>Unfold exchange files (*.unfoldx);;All files (*)</source>
        <translation>Archivos de intercambio de Unfold (*.unfoldx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>S&amp;hare with Partner…</source>
        <translation>&amp;Compartir con tu pareja…</translation>
    </message>
    <message>
        <source>Write this relationship to an encrypted file for your partner&apos;s Unfold.</source>
        <translation>Escribir esta relación en un archivo cifrado para el Unfold de tu pareja.</translation>
    </message>
    <message>
        <source>&amp;Import Partner&apos;s Account…</source>
        <translation>&amp;Importar el relato de tu pareja…</translation>
    </message>
    <message>
        <source>Keep the account your partner shared beside your own, to compare the two.</source>
        <translation>Guardar el relato que compartió tu pareja junto al tuyo, para comparar ambos.</translation>
    </message>
    <message>
        <source>Remove Partner&apos;s Accou&amp;nt</source>
        <translation>Quitar el &amp;relato de tu pareja</translation>
    </message>
    <message>
        <source>Remove Partner&apos;s Account</source>
        <translation>Quitar el relato de tu pareja</translation>
    </message>
    <message>
        <source>Share with Partner</source>
        <translation>Compartir con tu pareja</translation>
    </message>
    <message>
        <source>Choose a relationship first.</source>
        <translation>Elige primero una relación.</translation>
    </message>
    <message>
        <source>%1 - shared by %2.unfoldx</source>
        <translation>%1 - compartido por %2.unfoldx</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Your account of %1 is in %2.

Give your partner the file, and tell them the passphrase another way (not in the same message).</source>
        <translation>Tu relato de %1 está en %2.

Dale el archivo a tu pareja y dile la frase de contraseña por otra vía (no en el mismo mensaje).</translation>
    </message>
    <message>
        <source>Import Partner&apos;s Account</source>
        <translation>Importar el relato de tu pareja</translation>
    </message>
    <message>
        <source>Open a journal you can edit and choose the relationship first.</source>
        <translation>Abre primero un diario que puedas editar y elige la relación.</translation>
    </message>
    <message>
        <source>The passphrase you and your partner agreed on:</source>
        <translation>La frase de contraseña que acordaste con tu pareja:</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>No se importó nada. %1</translation>
    </message>
    <message>
        <source>The file calls the two people %1 and %2. Which person of %3 sent it?</source>
        <translation>El archivo llama a las dos personas %1 y %2. ¿Qué persona de %3 lo envió?</translation>
    </message>
    <message>
        <source>Replace Partner&apos;s Account</source>
        <translation>Reemplazar el relato de tu pareja</translation>
    </message>
    <message>
        <source>The partner&apos;s account of %1 was replaced with the newer one.</source>
        <translation>El relato de tu pareja sobre %1 se reemplazó por el más reciente.</translation>
    </message>
    <message>
        <source>The partner&apos;s account of %1 was imported.</source>
        <translation>Se importó el relato de tu pareja sobre %1.</translation>
    </message>
    <message>
        <source>Both Sides</source>
        <translation>Ambas partes</translation>
    </message>
    <message>
        <source>Unlocking the partner&apos;s file…</source>
        <translation>Desbloqueando el archivo de tu pareja…</translation>
    </message>
    <message>
        <source>Default Names</source>
        <translation>Nombres predeterminados</translation>
    </message>
    <message>
        <source>This journal&apos;s default topics and layers are named in the language it was started in. Name them in %1 too?</source>
        <translation>Los temas y capas predeterminados de este diario tienen los nombres del idioma en que se empezó. ¿Nombrarlos también en %1?</translation>
    </message>
    <message>
        <source>Topics and layers you named yourself keep their names. Edit › Undo brings the old names back.</source>
        <translation>Los temas y capas que nombraste tú conservan sus nombres. Editar › Deshacer devuelve los nombres anteriores.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Name Defaults in %1</source>
        <translation>Nombres predeterminados en %1</translation>
    </message>
    <message>
        <source>Edit Topic</source>
        <translation>Editar tema</translation>
    </message>
    <message>
        <source>Encrypting the journal…</source>
        <translation>Cifrando el diario…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Guardando una copia…</translation>
    </message>
    <message>
        <source>Backup Not Made</source>
        <translation>Copia de seguridad no hecha</translation>
    </message>
    <message>
        <source>The journal&apos;s latest backup could not be made: %1
Every edit is saved in the journal itself.</source>
        <translation>No se pudo hacer la última copia de seguridad del diario: %1
Cada cambio está guardado en el propio diario.</translation>
    </message>
</context>
<context>
    <name>unfold::OnionDescription</name>
    <message>
        <source>%1: passed through on the way deeper, no disclosures here</source>
        <translation>%1: atravesada camino de capas más profundas, sin confidencias aquí</translation>
    </message>
    <message>
        <source>%1: not reached</source>
        <translation>%1: no alcanzada</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n disclosure(s), latest %2</source>
        <translation>
            <numerusform>%1: %n confidencia, la última el %2</numerusform>
            <numerusform>%1: %n confidencias, la última el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 layer</source>
        <translation>%1, capa %2</translation>
    </message>
    <message>
        <source>Onion of %1, %2.</source>
        <translation>Cebolla de %1, %2.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 reached %2 of %3 topics (penetration %4 %)%5</source>
        <translation>%1 alcanzó %2 de %3 temas (penetración %4 %)%5</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>%1: disclosures</source>
        <translation>%1: confidencias</translation>
    </message>
    <message>
        <source>%1: latest</source>
        <translation>%1: la última</translation>
    </message>
    <message>
        <source>Of the cells where anything was shared, %1 lean to %2, %3 are about even and %4 lean to %5.</source>
        <translation>De las celdas donde se compartió algo, %1 se inclinan hacia %2, %3 están más o menos parejas y %4 se inclinan hacia %5.</translation>
    </message>
    <message>
        <source>%1 (%2 before, %3 now)</source>
        <translation>%1 (antes %2, ahora %3)</translation>
    </message>
    <message>
        <source>%1 (%2 before, not now)</source>
        <translation>%1 (antes %2, ahora no)</translation>
    </message>
    <message>
        <source>%1 went less deep than before on %2.</source>
        <translation>%1 llegó menos hondo que antes en %2.</translation>
    </message>
</context>
<context>
    <name>unfold::OnionSubject</name>
    <message>
        <source>Layer %1</source>
        <translation>Capa %1</translation>
    </message>
    <message>
        <source>No sessions logged yet</source>
        <translation>Todavía no hay sesiones anotadas</translation>
    </message>
    <message numerus="yes">
        <source>Before the first of %n session(s)</source>
        <translation>
            <numerusform>Antes de la primera sesión (de %n)</numerusform>
            <numerusform>Antes de la primera de %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>After session %1 of %2 · %3</source>
        <translation>Tras la sesión %1 de %2 · %3</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>tu pareja</translation>
    </message>
    <message>
        <source>%1, as %2 logged it</source>
        <translation>%1, según lo registró %2</translation>
    </message>
    <message>
        <source>Sessions %1 to %2 of %3 · %4</source>
        <translation>Sesiones %1 a %2 de %3 · %4</translation>
    </message>
</context>
<context>
    <name>unfold::OnionText</name>
    <message>
        <source>%1: %2 of %3 topics, penetration %4 %</source>
        <translation>%1: %2 de %3 temas, penetración %4 %</translation>
    </message>
    <message>
        <source>Mostly %1</source>
        <translation>Sobre todo %1</translation>
    </message>
    <message>
        <source>About even</source>
        <translation>Más o menos parejo</translation>
    </message>
    <message>
        <source>Numbers: %1 : %2 disclosures in that layer of the topic</source>
        <translation>Números: confidencias de %1 : %2 en esa capa del tema</translation>
    </message>
    <message>
        <source>outlined: new in this session</source>
        <translation>con contorno: nuevo en esta sesión</translation>
    </message>
    <message>
        <source>Clockwise in each topic: %1&apos;s half, then %2&apos;s; numbers count disclosures in that layer</source>
        <translation>En el sentido de las agujas del reloj en cada tema: primero la mitad de %1, luego la de %2; los números cuentan las confidencias de esa capa</translation>
    </message>
    <message numerus="yes">
        <source>faint: reached before, not in the last %n session(s)</source>
        <translation>
            <numerusform>tenue: alcanzado antes, no en la última %n sesión</numerusform>
            <numerusform>tenue: alcanzado antes, no en las últimas %n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::OnionView</name>
    <message>
        <source>Onion</source>
        <translation>Cebolla</translation>
    </message>
    <message>
        <source>Onion as a table</source>
        <translation>La cebolla como tabla</translation>
    </message>
    <message>
        <source>Who reached each layer</source>
        <translation>Quién alcanzó cada capa</translation>
    </message>
    <message>
        <source>Balance in each cell</source>
        <translation>Equilibrio en cada casilla</translation>
    </message>
    <message>
        <source>What the onion shows</source>
        <translation>Qué muestra la cebolla</translation>
    </message>
    <message>
        <source>Show the onion as a table</source>
        <translation>Mostrar la cebolla como tabla</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play the sessions one after another</source>
        <translation>Reproducir las sesiones una tras otra</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
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
        <translation>Las teclas de flecha pasan de una casilla a otra; Intro muestra las confidencias de una casilla.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Disclosures in this cell</source>
        <translation>Confidencias en esta casilla</translation>
    </message>
    <message>
        <source>No disclosures here yet</source>
        <translation>Todavía no hay confidencias aquí</translation>
    </message>
    <message>
        <source>Open the session of %1 (%2)</source>
        <translation>Abrir la sesión del %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier</source>
        <translation>
            <numerusform>… y %n anterior</numerusform>
            <numerusform>… y %n anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>onion</source>
        <translation>cebolla</translation>
    </message>
    <message>
        <source>Onion of %1</source>
        <translation>Cebolla de %1</translation>
    </message>
    <message>
        <source>The onion&apos;s cells as rows: topic, layer and who reached it.</source>
        <translation>Las casillas de la cebolla como filas: tema, capa y quién la alcanzó.</translation>
    </message>
    <message>
        <source>Who reached each layer of each topic, or how evenly both shared there.</source>
        <translation>Quién alcanzó cada capa de cada tema, o con qué equilibrio compartieron allí los dos.</translation>
    </message>
    <message>
        <source>Switches between the picture and a table of the same content.</source>
        <translation>Cambia entre la imagen y una tabla con el mismo contenido.</translation>
    </message>
    <message>
        <source>The onion in words: how broad and how deep each person went.</source>
        <translation>La cebolla en palabras: cuánta amplitud y cuánta profundidad alcanzó cada persona.</translation>
    </message>
    <message>
        <source>Reading the onion</source>
        <translation>Leer la cebolla</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>As t&amp;able</source>
        <translation>Como &amp;tabla</translation>
    </message>
    <message>
        <source>As I logged it</source>
        <translation>Según lo registré yo</translation>
    </message>
    <message>
        <source>Whose account the onion shows</source>
        <translation>De quién es el relato que muestra la cebolla</translation>
    </message>
    <message>
        <source>The onion of your own log, or of the account your partner shared with you.</source>
        <translation>La cebolla de tu propio registro, o del relato que tu pareja compartió contigo.</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>Re&amp;lato:</translation>
    </message>
    <message>
        <source>As %1 logged it</source>
        <translation>Según lo registró %1</translation>
    </message>
    <message>
        <source>%1 (%2): no session of yours is matched to it</source>
        <translation>%1 (%2): ninguna de tus sesiones está emparejada con ella</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message numerus="yes">
        <source>Last %n session(s)</source>
        <translation>
            <numerusform>Última %n sesión</numerusform>
            <numerusform>Últimas %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Which sessions the onion counts</source>
        <translation>Qué sesiones cuenta la cebolla</translation>
    </message>
    <message>
        <source>All sessions so far, or only the latest few: what was reached before and not since shows faintly.</source>
        <translation>Todas las sesiones hasta ahora, o solo las últimas: lo que se alcanzó antes y no desde entonces aparece tenue.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
</context>
<context>
    <name>unfold::PartnerAccount</name>
    <message>
        <source>a session in the file is incomplete</source>
        <translation>una sesión del archivo está incompleta</translation>
    </message>
    <message>
        <source>a session&apos;s mood is out of range</source>
        <translation>el estado de ánimo de una sesión está fuera de rango</translation>
    </message>
    <message>
        <source>a disclosure of the session of %1 is incomplete or out of range</source>
        <translation>una confidencia de la sesión del %1 está incompleta o fuera de rango</translation>
    </message>
    <message>
        <source>a questionnaire answered in the session of %1 is incomplete</source>
        <translation>un cuestionario respondido en la sesión del %1 está incompleto</translation>
    </message>
    <message>
        <source>The partner&apos;s account cannot be read: %1.</source>
        <translation>No se puede leer el relato de tu pareja: %1.</translation>
    </message>
    <message>
        <source>it is not an account</source>
        <translation>no es un relato</translation>
    </message>
    <message>
        <source>it has no format</source>
        <translation>no indica ningún formato</translation>
    </message>
    <message>
        <source>This account was written by a newer version of Unfold. Update Unfold to import it.</source>
        <translation>Este relato lo escribió una versión más reciente de Unfold. Actualiza Unfold para importarlo.</translation>
    </message>
    <message>
        <source>the two people are not named</source>
        <translation>las dos personas no tienen nombre</translation>
    </message>
    <message>
        <source>it does not say which of the two people wrote it</source>
        <translation>no indica cuál de las dos personas lo escribió</translation>
    </message>
    <message>
        <source>its number of layers is out of range</source>
        <translation>su número de capas está fuera de rango</translation>
    </message>
    <message>
        <source>a topic is not named</source>
        <translation>un tema no tiene nombre</translation>
    </message>
    <message>
        <source>it has no time of writing</source>
        <translation>no indica cuándo se escribió</translation>
    </message>
    <message>
        <source>it has no sessions</source>
        <translation>no tiene sesiones</translation>
    </message>
    <message>
        <source>two sessions have the same id</source>
        <translation>dos sesiones tienen el mismo id</translation>
    </message>
</context>
<context>
    <name>unfold::PartnerExchange</name>
    <message>
        <source>The relationship is not in this journal.</source>
        <translation>La relación no está en este diario.</translation>
    </message>
    <message>
        <source>%1 is not one of the two people of %2.</source>
        <translation>%1 no es ninguna de las dos personas de %2.</translation>
    </message>
    <message>
        <source>Say which of %1 and %2 you are: your partner&apos;s journal maps the two sides by it.</source>
        <translation>Indica si eres %1 o %2: el diario de tu pareja asigna los dos lados según eso.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>This journal has no relationship yet: add the relationship first.</source>
        <translation>Este diario aún no tiene ninguna relación: añade primero la relación.</translation>
    </message>
    <message>
        <source>The file is the account of %1 &amp; %2: say which relationship of this journal it belongs to.</source>
        <translation>El archivo es el relato de %1 &amp; %2: indica a qué relación de este diario pertenece.</translation>
    </message>
    <message>
        <source>This file was written on %1, before the account already imported (written on %2). Ask your partner for a newer file.</source>
        <translation>Este archivo se escribió el %1, antes que el relato ya importado (escrito el %2). Pide a tu pareja un archivo más reciente.</translation>
    </message>
</context>
<context>
    <name>unfold::PartnerSides</name>
    <message>
        <source>Your journal uses %1 layers and your partner&apos;s uses %2: their depths cannot be compared. Use the same number of layers in both journals.</source>
        <translation>Tu diario usa %1 capas y el de tu pareja, %2: sus profundidades no se pueden comparar. Usa el mismo número de capas en ambos diarios.</translation>
    </message>
    <message>
        <source>The file does not say which of the two people wrote it.</source>
        <translation>El archivo no indica cuál de las dos personas lo escribió.</translation>
    </message>
    <message>
        <source>The relationship&apos;s people are missing.</source>
        <translation>Faltan las personas de la relación.</translation>
    </message>
    <message>
        <source>%1 is not one of the two people of %2.</source>
        <translation>%1 no es ninguna de las dos personas de %2.</translation>
    </message>
    <message>
        <source>%1 is you in this journal: the file must come from the other person.</source>
        <translation>%1 eres tú en este diario: el archivo tiene que venir de la otra persona.</translation>
    </message>
    <message>
        <source>This file is the account of %1 &amp; %2, another relationship of this journal, not of %3.</source>
        <translation>Este archivo es el relato de %1 &amp; %2, otra relación de este diario, no de %3.</translation>
    </message>
    <message>
        <source>This file was written by %1, who is you in this journal: import the file your partner shared.</source>
        <translation>Este archivo lo escribió %1, que eres tú en este diario: importa el archivo que compartió tu pareja.</translation>
    </message>
    <message>
        <source>Which of the two people sent this file?</source>
        <translation>¿Cuál de las dos personas envió este archivo?</translation>
    </message>
</context>
<context>
    <name>unfold::PassphraseDialog</name>
    <message>
        <source>Open Encrypted Journal</source>
        <translation>Abrir diario cifrado</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 está cifrado. Escribe su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Afterwards only the new passphrase opens %1. Backups made before keep the passphrase they were made with.</source>
        <translation>Después, solo la nueva frase de contraseña abrirá %1. Las copias de seguridad hechas antes conservan la frase de contraseña con la que se hicieron.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Encrypt Journal</source>
        <translation>Cifrar diario</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1. From then on the journal, and every backup and copy Unfold makes of it, is encrypted: without the passphrase nobody can read them, and nobody can recover the passphrase for you if you forget it.</source>
        <translation>Elige una frase de contraseña para %1. A partir de entonces, el diario y cada copia de seguridad y copia que Unfold haga de él quedan cifrados: sin la frase nadie puede leerlos, y nadie puede recuperarla por ti si la olvidas.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repetir la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Cifrar</translation>
    </message>
    <message>
        <source>Don&apos;t Encrypt</source>
        <translation>No cifrar</translation>
    </message>
    <message>
        <source>Create the journal as a plain file that anyone who can read your files can read.</source>
        <translation>Crea el diario como un archivo sin cifrar, que podrá leer cualquiera que pueda leer tus archivos.</translation>
    </message>
    <message>
        <source>Strength: too short. Use at least %1 characters; several words are easiest to remember.</source>
        <translation>Seguridad: demasiado corta. Usa al menos %1 caracteres; varias palabras son lo más fácil de recordar.</translation>
    </message>
    <message>
        <source>Strength: weak. Someone with a copy of the file could guess it; add words.</source>
        <translation>Seguridad: baja. Alguien con una copia del archivo podría adivinarla; añade palabras.</translation>
    </message>
    <message>
        <source>Strength: fair. Another word or two would make it strong.</source>
        <translation>Seguridad: media. Con una o dos palabras más sería alta.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Seguridad: alta.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>unfold::PerceptionSummary</name>
    <message>
        <source>The partner</source>
        <translation>tu pareja</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1&apos;s account, written %2 and imported %3: %4 sessions.</source>
        <translation>Relato de %1, escrito el %2 e importado el %3: %4 sesiones.</translation>
    </message>
    <message>
        <source>Matched: %1 · only in your account: %2 · only in %3&apos;s: %4.</source>
        <translation>Emparejadas: %1 · solo en tu relato: %2 · solo en el de %3: %4.</translation>
    </message>
    <message>
        <source>%1: no session both accounts logged sharing in.</source>
        <translation>%1: ninguna sesión en la que ambos relatos anotaran que compartió.</translation>
    </message>
    <message>
        <source>%1: %2 layers on average (%3)</source>
        <translation>%1: %2 capas de media (%3)</translation>
    </message>
    <message>
        <source>the partner&apos;s account has them sharing deeper than yours</source>
        <translation>según el relato de tu pareja compartió con más profundidad que según el tuyo</translation>
    </message>
    <message>
        <source>the partner&apos;s account has them sharing less deep than yours</source>
        <translation>según el relato de tu pareja compartió con menos profundidad que según el tuyo</translation>
    </message>
    <message>
        <source>both accounts agree</source>
        <translation>ambos relatos coinciden</translation>
    </message>
    <message>
        <source>Perception bias — %1; %2.</source>
        <translation>Sesgo de percepción — %1; %2.</translation>
    </message>
    <message>
        <source>Mean agreement of the two accounts: %1 of 100. A description, never a verdict.</source>
        <translation>Acuerdo medio de los dos relatos: %1 de 100. Una descripción, nunca un veredicto.</translation>
    </message>
    <message>
        <source>Topics only %1&apos;s journal has: %2.</source>
        <translation>Temas que solo tiene el diario de %1: %2.</translation>
    </message>
</context>
<context>
    <name>unfold::PerceptionView</name>
    <message>
        <source>Matched sessions</source>
        <translation>Sesiones emparejadas</translation>
    </message>
    <message>
        <source>&amp;Confirm Match</source>
        <translation>&amp;Confirmar emparejamiento</translation>
    </message>
    <message>
        <source>Keep this pair whatever the times say.</source>
        <translation>Mantener este par digan lo que digan las horas.</translation>
    </message>
    <message>
        <source>&amp;Pair With…</source>
        <translation>Emparejar c&amp;on…</translation>
    </message>
    <message>
        <source>Pair this session with another session of the other account.</source>
        <translation>Emparejar esta sesión con otra sesión del otro relato.</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>Se&amp;parar</translation>
    </message>
    <message>
        <source>These are not the same conversation: never pair them.</source>
        <translation>No son la misma conversación: no emparejarlas nunca.</translation>
    </message>
    <message>
        <source>Open Sessio&amp;n</source>
        <translation>Abrir la sesió&amp;n</translation>
    </message>
    <message>
        <source>Your account of the session</source>
        <translation>Tu relato de la sesión</translation>
    </message>
    <message>
        <source>The partner&apos;s account of the session</source>
        <translation>El relato de tu pareja sobre la sesión</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Check-ins of the session, from both accounts</source>
        <translation>Check-ins de la sesión, según ambos relatos</translation>
    </message>
    <message>
        <source>Choose a relationship to compare your account of it with your partner&apos;s.</source>
        <translation>Elige una relación para comparar tu relato de ella con el de tu pareja.</translation>
    </message>
    <message>
        <source>Two accounts of the same conversations show where you agree and where you see things differently.

Ask your partner to choose Relationship › Share with Partner… in their Unfold and send you the file, then choose Relationship › Import Partner&apos;s Account… to bring it in. You can share your own account the same way. The file is encrypted with a passphrase the two of you agree on, and nothing is sent anywhere by Unfold.</source>
        <translation>Dos relatos de las mismas conversaciones muestran dónde hay acuerdo y dónde se ven las cosas de otra manera.

Pide a tu pareja que elija Relación › Compartir con tu pareja… en su Unfold y te envíe el archivo; luego elige Relación › Importar el relato de tu pareja… para traerlo. Puedes compartir tu propio relato de la misma manera. El archivo se cifra con una frase de contraseña acordada entre los dos, y Unfold no envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>Tu sesión</translation>
    </message>
    <message>
        <source>%1&apos;s session</source>
        <translation>Sesión de %1</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Emparejada</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>%1: depth gap</source>
        <translation>%1: diferencia de profundidad</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>por ti</translation>
    </message>
    <message>
        <source>by time</source>
        <translation>por la hora</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Your account · %1</source>
        <translation>&amp;Tu relato · %1</translation>
    </message>
    <message>
        <source>&amp;Your account · not logged</source>
        <translation>&amp;Tu relato · sin anotar</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;account · %2</source>
        <translation>Re&amp;lato de %1 · %2</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;account · not logged</source>
        <translation>Re&amp;lato de %1 · sin anotar</translation>
    </message>
    <message>
        <source>Felt balance</source>
        <translation>Equilibrio sentido</translation>
    </message>
    <message>
        <source>Felt responsiveness</source>
        <translation>Receptividad sentida</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Comodidad</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Cercanía</translation>
    </message>
    <message>
        <source>Check-in (0–100)</source>
        <translation>Check-in (0–100)</translation>
    </message>
    <message>
        <source>%1, in your account</source>
        <translation>%1, en tu relato</translation>
    </message>
    <message>
        <source>%1, in %2&apos;s</source>
        <translation>%1, en el relato de %2</translation>
    </message>
    <message>
        <source>Confirm Match</source>
        <translation>Confirmar emparejamiento</translation>
    </message>
    <message>
        <source>Unpair Sessions</source>
        <translation>Separar sesiones</translation>
    </message>
    <message>
        <source>%1 (paired now)</source>
        <translation>%1 (emparejada ahora)</translation>
    </message>
    <message>
        <source>Pair With</source>
        <translation>Emparejar con</translation>
    </message>
    <message>
        <source>The session of %1&apos;s account that is the same conversation:</source>
        <translation>La sesión del relato de %1 que es la misma conversación:</translation>
    </message>
    <message>
        <source>The session of your account that is the same conversation:</source>
        <translation>La sesión de tu relato que es la misma conversación:</translation>
    </message>
    <message>
        <source>Pair Sessions</source>
        <translation>Emparejar sesiones</translation>
    </message>
    <message>
        <source>How to compare your account with your partner&apos;s.</source>
        <translation>Cómo comparar tu relato con el de tu pareja.</translation>
    </message>
    <message>
        <source>No partner&apos;s account yet.</source>
        <translation>Todavía no hay relato de tu pareja.</translation>
    </message>
    <message>
        <source>The two accounts in numbers: matched sessions, perception bias, agreement.</source>
        <translation>Los dos relatos en cifras: sesiones emparejadas, sesgo de percepción, acuerdo.</translation>
    </message>
    <message>
        <source>Your sessions and your partner&apos;s, paired by time or by you, with how far the two accounts agree. Enter opens your session.</source>
        <translation>Tus sesiones y las de tu pareja, emparejadas por la hora o por ti, con el grado de acuerdo de los dos relatos. Intro abre tu sesión.</translation>
    </message>
    <message>
        <source>Show your session of this pair in the Session tab.</source>
        <translation>Mostrar tu sesión de este par en la pestaña Sesión.</translation>
    </message>
    <message>
        <source>Who shared which topic, how deep, as you logged it.</source>
        <translation>Quién compartió qué tema y con qué profundidad, tal como lo anotaste tú.</translation>
    </message>
    <message>
        <source>Who shared which topic, how deep, as your partner logged it.</source>
        <translation>Quién compartió qué tema y con qué profundidad, tal como lo anotó tu pareja.</translation>
    </message>
    <message>
        <source>Each person&apos;s check-in scores from 0 to 100, from either account.</source>
        <translation>Las puntuaciones del check-in de cada persona, de 0 a 100, según cada relato.</translation>
    </message>
</context>
<context>
    <name>unfold::PictureExport</name>
    <message>
        <source>The resolution must be between %1 and %2 DPI.</source>
        <translation>La resolución debe estar entre %1 y %2 ppp.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>No se puede escribir %1: la carpeta no existe.</translation>
    </message>
    <message>
        <source>The picture is too large to draw in memory.</source>
        <translation>La imagen es demasiado grande para dibujarla en memoria.</translation>
    </message>
    <message>
        <source>Drawn by Unfold</source>
        <translation>Dibujado con Unfold</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot draw %1.</source>
        <translation>No se puede dibujar %1.</translation>
    </message>
</context>
<context>
    <name>unfold::PicturesPage</name>
    <message>
        <source>Picture format</source>
        <translation>Formato de imagen</translation>
    </message>
    <message>
        <source>The format that exported pictures get unless you choose another.</source>
        <translation>El formato que reciben las imágenes exportadas si no eliges otro.</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Picture width in logical pixels</source>
        <translation>Anchura de la imagen en píxeles lógicos</translation>
    </message>
    <message>
        <source>Charts are exported five wide by three high, the onion square.</source>
        <translation>Los gráficos se exportan con cinco de ancho por tres de alto; la cebolla, cuadrada.</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Resolución en puntos por pulgada</translation>
    </message>
    <message>
        <source>Pixels of PNG images per inch; 96 is the size on the screen, 192 twice as sharp.</source>
        <translation>Píxeles de las imágenes PNG por pulgada; 96 es el tamaño en pantalla, 192 el doble de nítido.</translation>
    </message>
    <message>
        <source>File › Export Picture starts from these, and Export All Charts writes every chart with them.</source>
        <translation>Archivo › Exportar imagen parte de estos valores, y Exportar todos los gráficos escribe cada gráfico con ellos.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>A&amp;nchura:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>&amp;Pictures</source>
        <translation>&amp;Imágenes</translation>
    </message>
</context>
<context>
    <name>unfold::PrivacyPage</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras minutos sin uso</translation>
    </message>
    <message>
        <source>An encrypted journal&apos;s window locks after this many minutes without a key press or mouse click; 0 never locks it.</source>
        <translation>La ventana de un diario cifrado se bloquea tras estos minutos sin pulsar ninguna tecla ni hacer clic con el ratón; con 0 no se bloquea nunca.</translation>
    </message>
    <message>
        <source>A locked window shows nothing of the journal until its passphrase is typed again. Journal › Lock (Ctrl+Shift+L) locks at once. Plain journals are not locked: their file can be read without a passphrase anyway.</source>
        <translation>Una ventana bloqueada no muestra nada del diario hasta que se vuelve a escribir su frase de contraseña. Diario › Bloquear (Ctrl+Mayús+L) la bloquea al instante. Los diarios sin cifrar no se bloquean: su archivo se puede leer sin frase de contraseña de todos modos.</translation>
    </message>
    <message>
        <source>&amp;Lock encrypted journals after:</source>
        <translation>&amp;Bloquear los diarios cifrados tras:</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>Pri&amp;vacidad</translation>
    </message>
    <message>
        <source>List opened journals in the desktop&apos;s &amp;recent files</source>
        <translation>Mostrar los diarios abiertos en los archivos &amp;recientes del escritorio</translation>
    </message>
    <message>
        <source>File managers and file choosers show that list to anyone at this account. Encrypted journals are never listed there.</source>
        <translation>Los gestores de archivos y los selectores de archivos muestran esa lista a cualquiera que use esta cuenta. Los diarios cifrados nunca aparecen en ella.</translation>
    </message>
    <message>
        <source>Recent Files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <source>Unfold&apos;s journals could not be taken out of the desktop&apos;s recent files.
%1</source>
        <translation>No se pudieron quitar los diarios de Unfold de los archivos recientes del escritorio.
%1</translation>
    </message>
</context>
<context>
    <name>unfold::PrivateFiles</name>
    <message>
        <source>cannot create folder %1: %2</source>
        <translation>no se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The earlier %1 is kept as %2.</source>
        <translation>El %1 anterior se conserva como %2.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
</context>
<context>
    <name>unfold::ProtocolLibrary</name>
    <message>
        <source>&quot;%1&quot; is the id of a protocol that comes with Unfold; give yours its own id</source>
        <translation>«%1» es el id de un protocolo que viene con Unfold; dale al tuyo un id propio</translation>
    </message>
</context>
<context>
    <name>unfold::ProtocolValidator</name>
    <message>
        <source>is too large to be a protocol</source>
        <translation>es demasiado grande para ser un protocolo</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>is empty and no &quot;checkin&quot; is given: the protocol has nothing to do</source>
        <translation>está vacío y no hay &quot;checkin&quot;: el protocolo no tiene nada que hacer</translation>
    </message>
    <message>
        <source>is not a field of a protocol</source>
        <translation>no es un campo de un protocolo</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier round</source>
        <translation>&quot;%1&quot; ya lo usa una ronda anterior</translation>
    </message>
    <message>
        <source>must be &quot;peripheral&quot;, &quot;intermediate&quot; or &quot;core&quot;</source>
        <translation>debe ser &quot;peripheral&quot;, &quot;intermediate&quot; o &quot;core&quot;</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>debe ser un número entero de 1 a %1</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier prompt of this round</source>
        <translation>&quot;%1&quot; ya lo usa una propuesta anterior de esta ronda</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de estos valores: %1</translation>
    </message>
</context>
<context>
    <name>unfold::QuestionnaireForm</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>%v de %m respondidas</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Enviar las respuestas</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Return)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel answering</source>
        <translation>Dejar de responder</translation>
    </message>
    <message>
        <source>Leaves the questionnaire without saving the answers.</source>
        <translation>Sale del cuestionario sin guardar las respuestas.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Pregunta %1: %2</translation>
    </message>
    <message>
        <source>%1 answers: %2</source>
        <translation>Responde %1: %2</translation>
    </message>
    <message>
        <source>Too many items are still open to score this questionnaire. Still needed: %1.</source>
        <translation>Aún quedan demasiadas preguntas sin responder para puntuar este cuestionario. Faltan: %1.</translation>
    </message>
</context>
<context>
    <name>unfold::QuestionnairesView</name>
    <message>
        <source>Instr&amp;uments</source>
        <translation>Cues&amp;tionarios</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>The questionnaires you can answer; Enter starts the chosen one.</source>
        <translation>Los cuestionarios que puedes responder; Intro empieza el elegido.</translation>
    </message>
    <message>
        <source>Answer as a &amp;couple (hand-over)</source>
        <translation>Responder en &amp;pareja (por turnos)</translation>
    </message>
    <message>
        <source>Answer as a couple, one after the other</source>
        <translation>Responder en pareja, uno después del otro</translation>
    </message>
    <message>
        <source>Each answers in turn on this device without seeing the other&apos;s answers, then both are compared.</source>
        <translation>Cada persona responde por turnos en este dispositivo sin ver las respuestas de la otra, y luego se comparan ambas.</translation>
    </message>
    <message>
        <source>Opens the chosen questionnaire for this person, about this session.</source>
        <translation>Abre el cuestionario elegido para esta persona, sobre esta sesión.</translation>
    </message>
    <message>
        <source>I&amp;mport instrument…</source>
        <translation>I&amp;mportar cuestionario…</translation>
    </message>
    <message>
        <source>Import an instrument file</source>
        <translation>Importar un archivo de cuestionario</translation>
    </message>
    <message>
        <source>Adds a questionnaire from a JSON file in Unfold&apos;s instrument format.</source>
        <translation>Añade un cuestionario desde un archivo JSON en el formato de cuestionarios de Unfold.</translation>
    </message>
    <message>
        <source>How questionnaires are scored</source>
        <translation>Cómo se puntúan los cuestionarios</translation>
    </message>
    <message>
        <source>Scores of this session</source>
        <translation>Puntuaciones de esta sesión</translation>
    </message>
    <message>
        <source>Subscale</source>
        <translation>Subescala</translation>
    </message>
    <message>
        <source>Score history of this relationship</source>
        <translation>Historial de puntuaciones de esta relación</translation>
    </message>
    <message>
        <source>Scores of this sessio&amp;n</source>
        <translation>Puntuaciones de esta sesió&amp;n</translation>
    </message>
    <message>
        <source>Score histor&amp;y</source>
        <translation>&amp;Historial de puntuaciones</translation>
    </message>
    <message>
        <source>The answers could not be saved: %1</source>
        <translation>No se pudieron guardar las respuestas: %1</translation>
    </message>
    <message>
        <source>Saved %1&apos;s answers.</source>
        <translation>Respuestas de %1 guardadas.</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>Persona A</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>Persona B</translation>
    </message>
    <message>
        <source>%1 answer &quot;%2&quot;</source>
        <translation>%1 responden «%2»</translation>
    </message>
    <message>
        <source>Answer Again?</source>
        <translation>¿Responder de nuevo?</translation>
    </message>
    <message>
        <source>%1 already answered &quot;%2&quot; for this session (%3).</source>
        <translation>%1 ya respondió «%2» para esta sesión (%3).</translation>
    </message>
    <message>
        <source>A session keeps one set of answers per person, so every chart and report shows one number. Answering again replaces the earlier answers; Edit › Undo brings them back.</source>
        <translation>Una sesión guarda un conjunto de respuestas por persona, para que cada gráfico e informe muestre un solo número. Responder de nuevo sustituye las respuestas anteriores; Editar › Deshacer las recupera.</translation>
    </message>
    <message>
        <source>Answer Again</source>
        <translation>Responder de nuevo</translation>
    </message>
    <message>
        <source>Saved the answers of %1 and %2.</source>
        <translation>Respuestas de %1 y %2 guardadas.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Answer for %1</source>
        <translation>Responder por %1</translation>
    </message>
    <message>
        <source>Choose a session to answer questionnaires about it.</source>
        <translation>Elige una sesión para responder cuestionarios sobre ella.</translation>
    </message>
    <message>
        <source>Instrument not imported</source>
        <translation>Cuestionario no importado</translation>
    </message>
    <message>
        <source>The instrument was not imported; nothing of it was used.</source>
        <translation>El cuestionario no se importó; no se ha usado nada de él.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>«%1» importado.</translation>
    </message>
    <message>
        <source>Import Instrument</source>
        <translation>Importar cuestionario</translation>
    </message>
    <message>
        <source>Instrument files (*.json);;All files (*)</source>
        <translation>Archivos de cuestionario (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>The scores of the questionnaires answered in the chosen session, from 0 to 100: one row per subscale, one column per person.</source>
        <translation>Las puntuaciones de los cuestionarios respondidos en la sesión elegida, de 0 a 100: una fila por subescala, una columna por persona.</translation>
    </message>
    <message>
        <source>Each subscale with each person&apos;s latest score; open it for every session&apos;s score and the change since the person&apos;s previous one.</source>
        <translation>Cada subescala con la puntuación más reciente de cada persona; ábrela para ver la de cada sesión y el cambio desde la anterior de esa persona.</translation>
    </message>
    <message>
        <source>Scores are from 0 to 100. In brackets: the change since that person&apos;s previous score. ↑ and ↓ mark a reliable change, where the instrument gives norms.</source>
        <translation>Las puntuaciones van de 0 a 100. Entre paréntesis: el cambio desde la puntuación anterior de esa persona. ↑ y ↓ marcan un cambio fiable, donde el instrumento da normas.</translation>
    </message>
    <message>
        <source>%1 of 100; %2 on the subscale&apos;s own scale, %3 of %4 items answered</source>
        <translation>%1 de 100; %2 en la escala propia de la subescala, %3 de %4 ítems respondidos</translation>
    </message>
    <message>
        <source>Subscale and session</source>
        <translation>Subescala y sesión</translation>
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
        <translation>Desde la puntuación anterior: %1. Desde la primera: %2.</translation>
    </message>
    <message>
        <source>no reliable-change norms</source>
        <translation>sin normas de cambio fiable</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 %5</source>
        <translation>%1: %2 %3, %4 %5</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 items</source>
        <translation>%1 · %2 de %3 ítems</translation>
    </message>
    <message>
        <source>%1, change %2</source>
        <translation>%1, cambio %2</translation>
    </message>
    <message>
        <source>%1, a reliable rise</source>
        <translation>%1, una subida fiable</translation>
    </message>
    <message>
        <source>%1, a reliable fall</source>
        <translation>%1, una bajada fiable</translation>
    </message>
    <message>
        <source>Latest score, of %1.</source>
        <translation>Puntuación más reciente, del %1.</translation>
    </message>
    <message>
        <source>Latest score, of %1; the first was of %2.</source>
        <translation>Puntuación más reciente, del %1; la primera fue del %2.</translation>
    </message>
    <message>
        <source>No questionnaire was answered about this session yet.</source>
        <translation>Todavía no se respondió ningún cuestionario sobre esta sesión.</translation>
    </message>
    <message>
        <source>No questionnaire was answered in this relationship yet.</source>
        <translation>Todavía no se respondió ningún cuestionario en esta relación.</translation>
    </message>
</context>
<context>
    <name>unfold::RecordCommands</name>
    <message>
        <source>Remove Relationship</source>
        <translation>Quitar relación</translation>
    </message>
    <message>
        <source>Remove Session</source>
        <translation>Quitar sesión</translation>
    </message>
    <message>
        <source>Remove Disclosure</source>
        <translation>Quitar confidencia</translation>
    </message>
    <message>
        <source>Move Disclosure</source>
        <translation>Mover confidencia</translation>
    </message>
    <message>
        <source>Change Layers</source>
        <translation>Cambiar capas</translation>
    </message>
    <message>
        <source>Reorder Topics</source>
        <translation>Reordenar temas</translation>
    </message>
    <message>
        <source>Mark Event</source>
        <translation>Marcar un acontecimiento</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>Quitar un acontecimiento</translation>
    </message>
    <message>
        <source>Answer Questionnaire</source>
        <translation>Responder cuestionario</translation>
    </message>
    <message>
        <source>Remove Answers</source>
        <translation>Eliminar respuestas</translation>
    </message>
</context>
<context>
    <name>unfold::RecordLabels</name>
    <message>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amistad</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <source>Client couple</source>
        <translation>Pareja en terapia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Exploratory affective exchange</source>
        <translation>Intercambio afectivo exploratorio</translation>
    </message>
    <message>
        <source>Affective exchange</source>
        <translation>Intercambio afectivo</translation>
    </message>
    <message>
        <source>Stable exchange</source>
        <translation>Intercambio estable</translation>
    </message>
    <message>
        <source>Depenetration (withdrawing)</source>
        <translation>Despenetración (retirada)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text or chat</source>
        <translation>Texto o chat</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Responsive</source>
        <translation>Receptiva</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Dismissive</source>
        <translation>Desdeñosa</translation>
    </message>
    <message>
        <source>1 · Low</source>
        <translation>1 · Bajo</translation>
    </message>
    <message>
        <source>2 · Somewhat low</source>
        <translation>2 · Algo bajo</translation>
    </message>
    <message>
        <source>3 · Neutral</source>
        <translation>3 · Neutral</translation>
    </message>
    <message>
        <source>4 · Good</source>
        <translation>4 · Bueno</translation>
    </message>
    <message>
        <source>5 · Very good</source>
        <translation>5 · Muy bueno</translation>
    </message>
    <message>
        <source>Leave it unchosen when you are not sure; nothing depends on it.</source>
        <translation>Déjala sin elegir si no estás seguro; nada depende de ello.</translation>
    </message>
    <message>
        <source>Small talk and safe, public facts; both follow what is expected of strangers.</source>
        <translation>Charla trivial y datos públicos y seguros; ambos siguen lo que se espera entre desconocidos.</translation>
    </message>
    <message>
        <source>Opinions and some feelings start to show on a few topics, as between casual friends.</source>
        <translation>Opiniones y algunos sentimientos empiezan a asomar en unos pocos temas, como entre amigos ocasionales.</translation>
    </message>
    <message>
        <source>Open, personal sharing on many topics, private words and criticism too, as between close friends or partners.</source>
        <translation>Se comparte de forma abierta y personal sobre muchos temas, también palabras privadas y críticas, como entre amigos íntimos o en pareja.</translation>
    </message>
    <message>
        <source>Almost everything is shared and the two can read each other; few relationships get here.</source>
        <translation>Se comparte casi todo y los dos se leen mutuamente; pocas relaciones llegan aquí.</translation>
    </message>
    <message>
        <source>The relationship pulls back: what is shared grows narrower and shallower again.</source>
        <translation>La relación se repliega: lo que se comparte vuelve a ser más estrecho y superficial.</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipDialog</name>
    <message>
        <source>Name or alias</source>
        <translation>Nombre o alias</translation>
    </message>
    <message>
        <source>Edit Relationship</source>
        <translation>Editar relación</translation>
    </message>
    <message>
        <source>Add Relationship</source>
        <translation>Añadir relación</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>Persona A</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>Persona B</translation>
    </message>
    <message>
        <source>Person A is the first person: in your own journal, usually you.</source>
        <translation>La persona A es la primera persona: en tu propio diario, normalmente tú.</translation>
    </message>
    <message>
        <source>Kind of relationship</source>
        <translation>Tipo de relación</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Fecha de inicio conocida</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>How you see the relationship now, after Altman and Taylor&apos;s stages.</source>
        <translation>Cómo ves la relación ahora, según las etapas de Altman y Taylor.</translation>
    </message>
    <message>
        <source>Person &amp;A:</source>
        <translation>Persona &amp;A:</translation>
    </message>
    <message>
        <source>Person &amp;B:</source>
        <translation>Persona &amp;B:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>The other person: choose someone from the journal or type a new name or alias.</source>
        <translation>La otra persona: elige a alguien del diario o escribe un nombre o alias nuevo.</translation>
    </message>
    <message>
        <source>Partner, friend, family, colleague, client couple or another kind.</source>
        <translation>Pareja, amistad, familia, colegas, pareja en terapia u otro tipo.</translation>
    </message>
    <message>
        <source>Clear it when you do not know when the relationship began.</source>
        <translation>Desmárcalo si no sabes cuándo empezó la relación.</translation>
    </message>
    <message>
        <source>The day the relationship began, as far as you know.</source>
        <translation>El día en que empezó la relación, hasta donde sabes.</translation>
    </message>
    <message>
        <source>Saves the relationship; needs two different names.</source>
        <translation>Guarda la relación; necesita dos nombres distintos.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>Cierra sin cambiar nada.</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Fecha conocida</translation>
    </message>
    <message>
        <source>Person A is you in a journal of your own relationships, or one client of a couple; person B is the other person. Choose either from the people in this journal or type a new name or alias.</source>
        <translation>La persona A eres tú en un diario de tus propias relaciones, o un miembro de una pareja de clientes; la persona B es la otra persona. Elige cualquiera de las personas de este diario o escribe un nombre o alias nuevo.</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipListModel</name>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · desde %2</translation>
    </message>
    <message>
        <source>%1, %2, stage: %3</source>
        <translation>%1, %2, etapa: %3</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipSidebar</name>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Search relationships</source>
        <translation>Buscar relaciones</translation>
    </message>
    <message>
        <source>&amp;Add Relationship…</source>
        <translation>&amp;Añadir relación…</translation>
    </message>
    <message>
        <source>&amp;Edit Relationship…</source>
        <translation>&amp;Editar relación…</translation>
    </message>
    <message>
        <source>&amp;Remove Relationship</source>
        <translation>&amp;Quitar relación</translation>
    </message>
    <message>
        <source>&amp;Find Relationship</source>
        <translation>&amp;Buscar relación</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Add Relationship</source>
        <translation>Añadir relación</translation>
    </message>
    <message>
        <source>Edit Relationship</source>
        <translation>Editar relación</translation>
    </message>
    <message>
        <source>Remove Relationship</source>
        <translation>Quitar relación</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and its %n session(s)? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>¿Quitar %1 y su %n sesión? Puedes deshacerlo con Editar › Deshacer.</numerusform>
            <numerusform>¿Quitar %1 y sus %n sesiones? Puedes deshacerlo con Editar › Deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only the relationships whose names contain what you type.</source>
        <translation>Muestra solo las relaciones cuyos nombres contienen lo que escribes.</translation>
    </message>
    <message>
        <source>Your relationships; the chosen one&apos;s sessions, onion and charts are shown beside.</source>
        <translation>Tus relaciones; al lado se muestran las sesiones, la cebolla y los gráficos de la elegida.</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipSummary</name>
    <message>
        <source>Breadth (topics reached)</source>
        <translation>Amplitud (temas alcanzados)</translation>
    </message>
    <message>
        <source>Penetration (0–1)</source>
        <translation>Penetración (0–1)</translation>
    </message>
    <message>
        <source>Deepest layer</source>
        <translation>Capa más profunda</translation>
    </message>
    <message>
        <source>Depth trend per 30 days</source>
        <translation>Tendencia de la profundidad por 30 días</translation>
    </message>
    <message>
        <source>Depth correlation (descriptive)</source>
        <translation>Correlación de la profundidad (descriptiva)</translation>
    </message>
    <message>
        <source>Lag-1 depth correlation (descriptive)</source>
        <translation>Correlación de la profundidad con desfase de 1 (descriptiva)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 después de %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>These figures describe this relationship only; they are not norms and not a diagnosis. Correlations are descriptive and given only from %1 sessions on; &quot;no data&quot; means a figure cannot be computed yet.</source>
        <translation>Estas cifras describen solo esta relación; no son normas ni un diagnóstico. Las correlaciones son descriptivas y se dan solo a partir de %1 sesiones; «sin datos» significa que una cifra aún no se puede calcular.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Periodo</translation>
    </message>
</context>
<context>
    <name>unfold::ReportPainter</name>
    <message>
        <source>Scores (0–100)</source>
        <translation>Puntuaciones (0–100)</translation>
    </message>
    <message>
        <source>No questionnaire answered yet.</source>
        <translation>Todavía no se ha respondido ningún cuestionario.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Change is since the previous session; &quot;no data&quot; means the questionnaire was not answered then. These numbers describe this relationship only; they are not norms.</source>
        <translation>El cambio es respecto a la sesión anterior; &quot;sin datos&quot; significa que el cuestionario no se respondió entonces. Estos números describen solo esta relación; no son normas.</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Informe de la sesión</translation>
    </message>
    <message>
        <source>Disclosures logged in this session: %1 by %2, %3 by %4</source>
        <translation>Confidencias anotadas en esta sesión: %1 de %2, %3 de %4</translation>
    </message>
    <message>
        <source>Logged reciprocity: %1 (previous session: %2)</source>
        <translation>Reciprocidad anotada: %1 (sesión anterior: %2)</translation>
    </message>
    <message>
        <source>Before and after session %1: what is new is outlined</source>
        <translation>Antes y después de la sesión %1: lo nuevo aparece con contorno</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Nothing stands out in the data so far.</source>
        <translation>Por ahora no hay nada que destaque en los datos.</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Notas del terapeuta</translation>
    </message>
    <message>
        <source>No notes for this session.</source>
        <translation>No hay notas de esta sesión.</translation>
    </message>
    <message>
        <source>Session report: %1, session %2</source>
        <translation>Informe de la sesión: %1, sesión %2</translation>
    </message>
    <message>
        <source>could not draw %1</source>
        <translation>no se pudo dibujar %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Basado en:</translation>
    </message>
    <message>
        <source>Reliable change (Jacobson–Truax)</source>
        <translation>Cambio fiable (Jacobson–Truax)</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Desde la anterior</translation>
    </message>
    <message>
        <source>Since baseline</source>
        <translation>Desde la línea base</translation>
    </message>
    <message>
        <source>Across sessions 1 to %1 (descriptive)</source>
        <translation>En las sesiones 1 a %1 (descriptivo)</translation>
    </message>
    <message>
        <source>%1&apos;s sessions 1 to %2 of %3</source>
        <translation>Sesiones 1 a %2 de %3 según %1</translation>
    </message>
</context>
<context>
    <name>unfold::ReportPerception</name>
    <message>
        <source>%1&apos;s account has no session matched to this one.</source>
        <translation>El relato de %1 no tiene ninguna sesión emparejada con esta.</translation>
    </message>
    <message>
        <source>This session beside %1&apos;s of %2: agreement %3 of 100; depth gap %4 %5, %6 %7.</source>
        <translation>Esta sesión junto a la de %1 del %2: acuerdo %3 de 100; diferencia de profundidad %4 %5, %6 %7.</translation>
    </message>
    <message>
        <source>Both sides: %1&apos;s account beside yours</source>
        <translation>Ambos lados: el relato de %1 junto al tuyo</translation>
    </message>
</context>
<context>
    <name>unfold::ScoreHistory</name>
    <message>
        <source>within noise (RCI %1)</source>
        <translation>dentro del ruido (RCI %1)</translation>
    </message>
    <message>
        <source>↑ reliable rise (RCI %1)</source>
        <translation>↑ subida fiable (RCI %1)</translation>
    </message>
    <message>
        <source>↓ reliable fall (RCI %1)</source>
        <translation>↓ bajada fiable (RCI %1)</translation>
    </message>
    <message>
        <source>Reliable change (Jacobson–Truax, |RCI| &gt; 1.96) is given only for instruments whose file cites norms: a published standard deviation and reliability. The shipped instruments have their own wording and no published norms, so for them it stays empty.</source>
        <translation>El cambio fiable (Jacobson–Truax, |RCI| &gt; 1,96) solo se da para instrumentos cuyo archivo cita normas: una desviación típica y una fiabilidad publicadas. Los instrumentos incluidos tienen su propia redacción y no tienen normas publicadas, así que para ellos queda vacío.</translation>
    </message>
</context>
<context>
    <name>unfold::SessionEditor</name>
    <message>
        <source>Choose a session in the timeline, or start a new one with Session › New Session (Ctrl+T).</source>
        <translation>Elige una sesión en la línea de tiempo o empieza una nueva con Sesión › Nueva sesión (Ctrl+T).</translation>
    </message>
    <message>
        <source>Session start</source>
        <translation>Inicio de la sesión</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de la sesión</translation>
    </message>
    <message>
        <source>Private notes about this session</source>
        <translation>Notas privadas sobre esta sesión</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>Conte&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>Estado de áni&amp;mo:</translation>
    </message>
    <message>
        <source>Disclosures of this session</source>
        <translation>Confidencias de esta sesión</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Delete Disclosure</source>
        <translation>&amp;Borrar confidencia</translation>
    </message>
    <message>
        <source>&amp;Log Disclosure</source>
        <translation>&amp;Anotar confidencia</translation>
    </message>
    <message>
        <source>Session with %1 and %2</source>
        <translation>Sesión con %1 y %2</translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>Log Disclosure</source>
        <translation>Anotar confidencia</translation>
    </message>
    <message>
        <source>Edit Disclosure</source>
        <translation>Editar confidencia</translation>
    </message>
    <message>
        <source>The day and time the conversation began.</source>
        <translation>El día y la hora en que empezó la conversación.</translation>
    </message>
    <message>
        <source>How you talked: in person, by video, by phone, or in text or chat.</source>
        <translation>Cómo hablaron: en persona, por videollamada, por teléfono o por texto o chat.</translation>
    </message>
    <message>
        <source>Your mood in the conversation, from 1 (low) to 5 (very good), if you note it.</source>
        <translation>Tu estado de ánimo en la conversación, de 1 (bajo) a 5 (muy bueno), si lo anotas.</translation>
    </message>
    <message>
        <source>Private notes about this session, kept only in the journal.</source>
        <translation>Notas privadas sobre esta sesión, guardadas solo en el diario.</translation>
    </message>
    <message>
        <source>One row per disclosure: who shared, topic, layer and note. F2 edits a cell; Ctrl+Up and Ctrl+Down reorder; Delete removes.</source>
        <translation>Una fila por confidencia: quién compartió, tema, capa y nota. F2 edita una casilla; Ctrl+Arriba y Ctrl+Abajo cambian el orden; Supr la quita.</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <source>Pri&amp;vate notes:</source>
        <translation>Notas pri&amp;vadas:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show private notes</source>
        <translation>Mostrar las notas privadas</translation>
    </message>
    <message>
        <source>Shows the private notes of this session until another session is chosen.</source>
        <translation>Muestra las notas privadas de esta sesión hasta que se elija otra sesión.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ocultas</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide private notes</source>
        <translation>Ocultar las notas privadas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>No journal is open. File › New Journal (Ctrl+N) starts one; File › Open Journal (Ctrl+O) opens one.</source>
        <translation>No hay ningún diario abierto. Archivo › Nuevo diario (Ctrl+N) empieza uno; Archivo › Abrir diario (Ctrl+O) abre uno.</translation>
    </message>
    <message>
        <source>This journal holds no relationships yet.</source>
        <translation>Este diario aún no tiene relaciones.</translation>
    </message>
    <message>
        <source>Start with the relationship you want to reflect on: Relationship › Add Relationship (Ctrl+Shift+R). Then log your first conversation with Session › New Session (Ctrl+T).</source>
        <translation>Empieza por la relación sobre la que quieres reflexionar: Relación › Añadir relación (Ctrl+Mayús+R). Después registra tu primera conversación con Sesión › Nueva sesión (Ctrl+T).</translation>
    </message>
    <message>
        <source>Choose a session in the timeline.</source>
        <translation>Elige una sesión en la línea de tiempo.</translation>
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
            <numerusform>Sesión del %1, %2; %3 compartió %n cosa</numerusform>
            <numerusform>Sesión del %1, %2; %3 compartió %n cosas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 shared %n thing(s)</source>
        <translation>
            <numerusform>, %1 compartió %n cosa</numerusform>
            <numerusform>, %1 compartió %n cosas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::SessionReport</name>
    <message>
        <source>there is no relationship with id %1</source>
        <translation>no hay ninguna relación con el id %1</translation>
    </message>
    <message>
        <source>%1 has no sessions yet</source>
        <translation>%1 todavía no tiene sesiones</translation>
    </message>
    <message>
        <source>session %1 is not a session of %2</source>
        <translation>la sesión %1 no es una sesión de %2</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Clientes: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Sesión %1 de %2</translation>
    </message>
    <message>
        <source>Protocol: none recorded</source>
        <translation>Protocolo: ninguno registrado</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protocolo: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Informe de la sesión</translation>
    </message>
    <message>
        <source>Disclosures logged: %1 by %2, %3 by %4</source>
        <translation>Confidencias anotadas: %1 de %2, %3 de %4</translation>
    </message>
    <message>
        <source>Logged reciprocity: %1 (previous session: %2)</source>
        <translation>Reciprocidad anotada: %1 (sesión anterior: %2)</translation>
    </message>
    <message>
        <source>Scores (0–100): baseline, previous, current, change since previous</source>
        <translation>Puntuaciones (0–100): línea base, anterior, actual, cambio respecto a la anterior</translation>
    </message>
    <message>
        <source>No questionnaire answered yet.</source>
        <translation>Todavía no se ha respondido ningún cuestionario.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Nothing stands out in the data so far.</source>
        <translation>Por ahora no hay nada que destaque en los datos.</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Notas del terapeuta</translation>
    </message>
    <message>
        <source>No notes for this session.</source>
        <translation>No hay notas de esta sesión.</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Basado en:</translation>
    </message>
    <message>
        <source>Reliable change (Jacobson–Truax): since previous, since baseline</source>
        <translation>Cambio fiable (Jacobson–Truax): desde la anterior, desde la línea base</translation>
    </message>
    <message>
        <source>Across sessions 1 to %1 (descriptive)</source>
        <translation>En las sesiones 1 a %1 (descriptivo)</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>sin sesiones</translation>
    </message>
    <message>
        <source>sessions: %1, %2</source>
        <translation>sesiones: %1, %2</translation>
    </message>
</context>
<context>
    <name>unfold::SessionTime</name>
    <message>
        <source>%1, %2</source>
        <comment>a long date, then the time</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>unfold::SessionTimeline</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>&amp;Remove Session</source>
        <translation>&amp;Quitar sesión</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Remove Session</source>
        <translation>Quitar sesión</translation>
    </message>
    <message numerus="yes">
        <source>Remove this session and the %n disclosure(s) logged in it? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>¿Quitar esta sesión y la %n confidencia anotada en ella? Puedes deshacerlo con Editar › Deshacer.</numerusform>
            <numerusform>¿Quitar esta sesión y las %n confidencias anotadas en ella? Puedes deshacerlo con Editar › Deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions of the chosen relationship, newest first; the chosen one opens in the session editor.</source>
        <translation>Las sesiones de la relación elegida, de la más reciente a la más antigua; la elegida se abre en el editor de sesiones.</translation>
    </message>
</context>
<context>
    <name>unfold::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de preferencias</translation>
    </message>
    <message>
        <source>Keeps the settings and closes.</source>
        <translation>Guarda las preferencias y cierra.</translation>
    </message>
    <message>
        <source>Closes; settings not yet applied are left as they were.</source>
        <translation>Cierra; las preferencias que aún no se han aplicado quedan como estaban.</translation>
    </message>
    <message>
        <source>Keeps the settings and leaves this open.</source>
        <translation>Guarda las preferencias y deja esto abierto.</translation>
    </message>
    <message>
        <source>Appearance, pictures, folders and privacy; Ctrl+Tab moves between them.</source>
        <translation>Apariencia, imágenes, carpetas y privacidad; Ctrl+Tab pasa de una a otra.</translation>
    </message>
</context>
<context>
    <name>unfold::ShareWithPartnerDialog</name>
    <message>
        <source>Share with Partner</source>
        <translation>Compartir con tu pareja</translation>
    </message>
    <message>
        <source>Writes your account of %1 (its sessions, what each of you shared and your check-ins) to a file for your partner, encrypted with a passphrase the two of you agree on. Give them the file however you like and tell them the passphrase another way. Unfold sends nothing anywhere.</source>
        <translation>Escribe tu relato de %1 (sus sesiones, lo que compartió cada uno y tus check-ins) en un archivo para tu pareja, cifrado con una frase de contraseña acordada entre los dos. Dale el archivo como quieras y dile la frase de contraseña por otra vía. Unfold no envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>Include &amp;notes</source>
        <translation>Incluir &amp;notas</translation>
    </message>
    <message>
        <source>Session and disclosure notes stay out unless you tick this.</source>
        <translation>Las notas de las sesiones y de las confidencias quedan fuera a menos que marques esta casilla.</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Yo soy:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Compartir…</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>unfold::Topic</name>
    <message>
        <source>Interests &amp; hobbies</source>
        <translation>Intereses y aficiones</translation>
    </message>
    <message>
        <source>Work &amp; studies</source>
        <translation>Trabajo y estudios</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <source>Opinions &amp; beliefs</source>
        <translation>Opiniones y creencias</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Money &amp; status</source>
        <translation>Dinero y posición</translation>
    </message>
    <message>
        <source>Body &amp; health</source>
        <translation>Cuerpo y salud</translation>
    </message>
    <message>
        <source>Love &amp; relationships</source>
        <translation>Amor y relaciones</translation>
    </message>
    <message>
        <source>Feelings &amp; fears</source>
        <translation>Sentimientos y miedos</translation>
    </message>
    <message>
        <source>Values &amp; self-image</source>
        <translation>Valores e imagen de uno mismo</translation>
    </message>
</context>
<context>
    <name>unfold::TopicsLayersDialog</name>
    <message>
        <source>Topics and Layers</source>
        <translation>Temas y capas</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Checked topics are shown; press F2 to rename.</source>
        <translation>Se muestran los temas marcados; pulsa F2 para cambiar el nombre.</translation>
    </message>
    <message>
        <source>&amp;Add Topic</source>
        <translation>&amp;Añadir tema</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Topics (breadth), least intimate first; uncheck to hide</source>
        <translation>Temas (amplitud), del menos íntimo al más íntimo; desmarca para ocultar</translation>
    </message>
    <message>
        <source>Number of layers</source>
        <translation>Número de capas</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>&amp;Capas:</translation>
    </message>
    <message>
        <source>Layers (depth), from the periphery to the core</source>
        <translation>Capas (profundidad), de la periferia al núcleo</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Tema nuevo</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Capa %1</translation>
    </message>
    <message>
        <source>Every topic needs a name.</source>
        <translation>Cada tema necesita un nombre.</translation>
    </message>
    <message>
        <source>Every layer needs a name.</source>
        <translation>Cada capa necesita un nombre.</translation>
    </message>
    <message>
        <source>Edit Topics and Layers</source>
        <translation>Editar temas y capas</translation>
    </message>
    <message>
        <source>Edit Topic</source>
        <translation>Editar tema</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Añadir tema</translation>
    </message>
    <message>
        <source>Adds a topic at the end of the list and lets you name it.</source>
        <translation>Añade un tema al final de la lista y te deja ponerle nombre.</translation>
    </message>
    <message>
        <source>Moves the chosen topic one place towards the least intimate.</source>
        <translation>Mueve el tema elegido un puesto hacia los menos íntimos.</translation>
    </message>
    <message>
        <source>Moves the chosen topic one place towards the most intimate.</source>
        <translation>Mueve el tema elegido un puesto hacia los más íntimos.</translation>
    </message>
    <message>
        <source>How many layers of depth the onion has.</source>
        <translation>Cuántas capas de profundidad tiene la cebolla.</translation>
    </message>
    <message>
        <source>Each layer&apos;s name and description, from the periphery to the core; F2 edits a cell.</source>
        <translation>El nombre y la descripción de cada capa, de la periferia al núcleo; F2 edita una casilla.</translation>
    </message>
    <message>
        <source>Saves the topics and layers; Edit › Undo takes the change back.</source>
        <translation>Guarda los temas y las capas; Editar › Deshacer revierte el cambio.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>Cierra sin cambiar nada.</translation>
    </message>
    <message>
        <source>&amp;Name Defaults in %1</source>
        <translation>&amp;Nombres predeterminados en %1</translation>
    </message>
    <message>
        <source>Gives the default topics and layers nobody renamed their names in the language Unfold speaks now; names you chose stay.</source>
        <translation>Da a los temas y capas predeterminados que nadie renombró sus nombres en el idioma que Unfold habla ahora; los nombres que elegiste se quedan.</translation>
    </message>
</context>
<context>
    <name>unfold::UnlockScreen</name>
    <message>
        <source>This encrypted journal was locked. Type its passphrase to go on.</source>
        <translation>Este diario cifrado se ha bloqueado. Escribe su frase de contraseña para continuar.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase of the locked journal; Enter unlocks.</source>
        <translation>La frase de contraseña del diario bloqueado; Intro lo desbloquea.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>Checks the passphrase and shows the journal again.</source>
        <translation>Comprueba la frase de contraseña y vuelve a mostrar el diario.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <source>%1 is locked</source>
        <translation>%1 está bloqueado</translation>
    </message>
</context>
<context>
    <name>unfold::UserGuideDialog</name>
    <message>
        <source>Unfold User Guide</source>
        <translation>Guía de uso de Unfold</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>Use Tab to move between links and Enter to follow one.</source>
        <translation>Usa Tab para pasar de un enlace a otro e Intro para seguir uno.</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Í&amp;ndice</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Close the user guide</source>
        <translation>Cerrar la guía de uso</translation>
    </message>
    <message>
        <source>The guide opens again with F1.</source>
        <translation>La guía se vuelve a abrir con F1.</translation>
    </message>
</context>
<context>
    <name>unfold::WelcomeBar</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to Unfold. This demo journal holds four made-up relationships to explore: what each person shared, topic by topic and layer by layer, the onion of how far each has opened up, and the charts over time. Your own journal starts empty and stays on this computer.</source>
        <translation>Bienvenido a Unfold. Este diario de demostración tiene cuatro relaciones inventadas para explorar: lo que compartió cada persona, tema a tema y capa a capa, la cebolla de cuánto se ha abierto cada una y los gráficos a lo largo del tiempo. Tu propio diario empieza vacío y se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Start My Own Journal…</source>
        <translation>Empezar mi propio diario…</translation>
    </message>
    <message>
        <source>Makes a new, empty journal of your own; the demo stays as it is.</source>
        <translation>Crea un diario nuevo y vacío propio; la demostración queda como está.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Cerrar la bienvenida</translation>
    </message>
</context>
<context>
    <name>unfold::XmlDocument</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>el archivo no contiene ningún elemento XML</translation>
    </message>
</context>
<context>
    <name>unfold::cli</name>
    <message>
        <source>The journal to check.</source>
        <translation>El diario que se va a comprobar.</translation>
    </message>
    <message>
        <source>Checks a journal&apos;s integrity and format without changing it.</source>
        <translation>Comprueba la integridad y el formato de un diario sin modificarlo.</translation>
    </message>
    <message>
        <source>%1: an Unfold journal, format %2 (this version writes format %3).</source>
        <translation>%1: un diario de Unfold, formato %2 (esta versión escribe el formato %3).</translation>
    </message>
    <message>
        <source>It will be upgraded when opened for editing; a copy of the old file is kept.</source>
        <translation>Se actualizará al abrirlo para editarlo; se conserva una copia del archivo antiguo.</translation>
    </message>
    <message>
        <source>Integrity check: passed.</source>
        <translation>Comprobación de integridad: superada.</translation>
    </message>
    <message>
        <source>%1 people, %2 relationships, %3 sessions, %4 disclosures, %5 topics, %6 layers.</source>
        <translation>%1 personas, %2 relaciones, %3 sesiones, %4 confidencias, %5 temas, %6 capas.</translation>
    </message>
    <message>
        <source>Commands (each runs without a display; add --help for its options):</source>
        <translation>Órdenes (todas funcionan sin pantalla; añade --help para ver sus opciones):</translation>
    </message>
    <message>
        <source>Unfold: reflect on how you and the people close to you open up.</source>
        <translation>Unfold: reflexiona sobre cómo te abres a las personas cercanas, y ellas a ti.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Open the journal FILE.</source>
        <translation>Abrir el diario FILE.</translation>
    </message>
    <message>
        <source>Try &apos;unfold --help&apos;.</source>
        <translation>Prueba &apos;unfold --help&apos;.</translation>
    </message>
    <message>
        <source>Write the journal to FILE.</source>
        <translation>Escribir el diario en FILE.</translation>
    </message>
    <message>
        <source>Seed for the content (default 1).</source>
        <translation>Semilla para el contenido (por defecto 1).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Reemplazar FILE si existe.</translation>
    </message>
    <message>
        <source>Writes a deterministic demo journal.</source>
        <translation>Escribe un diario de demostración reproducible.</translation>
    </message>
    <message>
        <source>--seed wants a whole number, not &apos;%1&apos;</source>
        <translation>--seed espera un número entero, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Escrito %1</translation>
    </message>
    <message>
        <source>The journal to read.</source>
        <translation>El diario que se va a leer.</translation>
    </message>
    <message>
        <source>The relationship: its title (&quot;A &amp; B&quot;) or its id.</source>
        <translation>La relación: su título (&quot;A &amp; B&quot;) o su id.</translation>
    </message>
    <message>
        <source>Which picture: trust, reciprocity, depth, breadth, layers, topics, perception or onion.</source>
        <translation>Qué imagen: trust, reciprocity, depth, breadth, layers, topics, perception u onion.</translation>
    </message>
    <message>
        <source>png, svg or pdf (default: from --out).</source>
        <translation>png, svg o pdf (por defecto: según --out).</translation>
    </message>
    <message>
        <source>Resolution of a PNG, 72 to 600 (default 96).</source>
        <translation>Resolución de un PNG, de 72 a 600 (por defecto 96).</translation>
    </message>
    <message>
        <source>Size in logical pixels (default 800x800 for the onion, 1000x600 for the others).</source>
        <translation>Tamaño en píxeles lógicos (por defecto 800x800 para la cebolla, 1000x600 para los demás).</translation>
    </message>
    <message>
        <source>Show the onion as it stood after session N (default: the latest).</source>
        <translation>Mostrar la cebolla tal como estaba tras la sesión N (por defecto: la última).</translation>
    </message>
    <message>
        <source>Write the picture to FILE.</source>
        <translation>Escribir la imagen en FILE.</translation>
    </message>
    <message>
        <source>Exports a chart of one relationship as a picture.</source>
        <translation>Exporta un gráfico de una relación como imagen.</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos; (choose trust, reciprocity, depth, breadth, layers, topics, perception or onion)</source>
        <translation>gráfico desconocido &apos;%1&apos; (elige trust, reciprocity, depth, breadth, layers, topics, perception u onion)</translation>
    </message>
    <message>
        <source>--at-session is for the onion only</source>
        <translation>--at-session solo sirve para la cebolla</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (choose png, svg or pdf)</source>
        <translation>formato desconocido &apos;%1&apos; (elige png, svg o pdf)</translation>
    </message>
    <message>
        <source>--dpi wants a whole number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--dpi espera un número entero de %1 a %2, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT in pixels, each 16 to 20000, not &apos;%1&apos;</source>
        <translation>--size espera WIDTHxHEIGHT (ancho x alto) en píxeles, cada uno de 16 a 20000, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--at-session wants a session number, not &apos;%1&apos;</source>
        <translation>--at-session espera un número de sesión, no &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>--at-session %1: %2 has %n session(s)</source>
        <translation>
            <numerusform>--at-session %1: %2 tiene %n sesión</numerusform>
            <numerusform>--at-session %1: %2 tiene %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: unfold export chart|data [options]</source>
        <translation>Uso: unfold export chart|data [opciones]</translation>
    </message>
    <message>
        <source>  chart  Export a chart of one relationship as PNG, SVG or PDF.</source>
        <translation>  chart  Exportar un gráfico de una relación como PNG, SVG o PDF.</translation>
    </message>
    <message>
        <source>  data   Export a journal&apos;s data as CSV tables or one JSON document.</source>
        <translation>  data   Exportar los datos de un diario como tablas CSV o un documento JSON.</translation>
    </message>
    <message>
        <source>Add --help after the word for its options.</source>
        <translation>Añade --help después de la palabra para ver sus opciones.</translation>
    </message>
    <message>
        <source>say what to export: chart or data (try &apos;unfold export --help&apos;)</source>
        <translation>indica qué exportar: chart o data (prueba &apos;unfold export --help&apos;)</translation>
    </message>
    <message>
        <source>cannot export &apos;%1&apos;; try &apos;unfold export chart&apos; or &apos;unfold export data&apos;</source>
        <translation>no se puede exportar &apos;%1&apos;; prueba &apos;unfold export chart&apos; o &apos;unfold export data&apos;</translation>
    </message>
    <message>
        <source>The folder (csv) or file (json) to write.</source>
        <translation>La carpeta (csv) o el archivo (json) que se va a escribir.</translation>
    </message>
    <message>
        <source>Exports a journal&apos;s data for a spreadsheet or R.</source>
        <translation>Exporta los datos de un diario para una hoja de cálculo o R.</translation>
    </message>
    <message>
        <source>%1 is a folder; json wants a file name</source>
        <translation>%1 es una carpeta; json espera un nombre de archivo</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>... y %n problema más</numerusform>
            <numerusform>... y %n problemas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was scored.</source>
        <translation>No se puntuó nada.</translation>
    </message>
    <message>
        <source>csv or json (default csv).</source>
        <translation>csv o json (por defecto csv).</translation>
    </message>
    <message>
        <source>Prints the logged reciprocity of each session of a relationship; empty (csv) or null (json) where a measure is undefined.</source>
        <translation>Muestra la reciprocidad anotada de cada sesión de una relación; vacío (csv) o null (json) donde una medida no está definida.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no relationship &apos;%1&apos; in this journal; there are: %2</source>
        <translation>no hay ninguna relación &apos;%1&apos; en este diario; hay: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one relationship; give its id instead (one of %2)</source>
        <translation>&apos;%1&apos; corresponde a más de una relación; indica su id (uno de %2)</translation>
    </message>
    <message>
        <source>The instrument: an id such as trust-inventory, or a JSON file.</source>
        <translation>El cuestionario: un id como trust-inventory o un archivo JSON.</translation>
    </message>
    <message>
        <source>Answers CSV: respondent, optional date, one column per item.</source>
        <translation>CSV de respuestas: respondent, date opcional, una columna por pregunta.</translation>
    </message>
    <message>
        <source>Prints Cronbach&apos;s alpha per subscale across administrations (complete cases).</source>
        <translation>Muestra el alfa de Cronbach por subescala a lo largo de las aplicaciones (casos completos).</translation>
    </message>
    <message>
        <source>Write the scores CSV to FILE.</source>
        <translation>Escribir el CSV de puntuaciones en FILE.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n administration(s) into %1</source>
        <translation>
            <numerusform>%n aplicación puntuada en %1</numerusform>
            <numerusform>%n aplicaciones puntuadas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a demo journal.</source>
        <translation>Escribir un diario de demostración.</translation>
    </message>
    <message>
        <source>Check a journal&apos;s integrity and format.</source>
        <translation>Comprobar la integridad y el formato de un diario.</translation>
    </message>
    <message>
        <source>Export a chart as a picture, or a journal&apos;s data.</source>
        <translation>Exportar un gráfico como imagen, o los datos de un diario.</translation>
    </message>
    <message>
        <source>Print the reciprocity measures of each session.</source>
        <translation>Mostrar las medidas de reciprocidad de cada sesión.</translation>
    </message>
    <message>
        <source>Score questionnaire answers from a CSV file.</source>
        <translation>Puntuar respuestas a cuestionarios desde un archivo CSV.</translation>
    </message>
    <message>
        <source>Print Cronbach&apos;s alpha of questionnaire answers.</source>
        <translation>Mostrar el alfa de Cronbach de las respuestas a cuestionarios.</translation>
    </message>
    <message>
        <source>The session&apos;s id (default: the latest).</source>
        <translation>El id de la sesión (por defecto: la última).</translation>
    </message>
    <message>
        <source>Include the therapist&apos;s private session notes (left out by default).</source>
        <translation>Incluir las notas privadas de la sesión del terapeuta (se omiten por defecto).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se va a escribir.</translation>
    </message>
    <message>
        <source>Writes a session report as a PDF: header, onion, charts, scores, insights, and the therapist&apos;s notes only with --include-notes.</source>
        <translation>Escribe un informe de la sesión en PDF: encabezado, cebolla, gráficos, puntuaciones, observaciones y, solo con --include-notes, las notas del terapeuta.</translation>
    </message>
    <message>
        <source>--session needs a session id, a whole number (got &apos;%1&apos;)</source>
        <translation>--session necesita un id de sesión, un número entero (se recibió &apos;%1&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Escrito %1 (%n página).</numerusform>
            <numerusform>Escrito %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a session report as a PDF.</source>
        <translation>Escribir un informe de la sesión en PDF.</translation>
    </message>
    <message>
        <source>Include session and disclosure notes (private; left out by default).</source>
        <translation>Incluir las notas de las sesiones y de las confidencias (privadas; se omiten por defecto).</translation>
    </message>
    <message>
        <source>%1: an encrypted Unfold journal, format %2 (this version writes format %3).</source>
        <translation>%1: un diario cifrado de Unfold, formato %2 (esta versión escribe el formato %3).</translation>
    </message>
    <message>
        <source>Encrypt the journal with the passphrase from --passphrase-file.</source>
        <translation>Cifrar el diario con la frase de contraseña de --passphrase-file.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (&apos;-&apos;: standard input).</source>
        <translation>Leer la frase de contraseña de la primera línea de FILE (&apos;-&apos;: entrada estándar).</translation>
    </message>
    <message>
        <source>--encrypt needs --passphrase-file FILE</source>
        <translation>--encrypt necesita --passphrase-file FILE</translation>
    </message>
    <message>
        <source>%1 is in use by %2; close it there first</source>
        <translation>%1 lo está usando %2; ciérralo allí primero</translation>
    </message>
    <message>
        <source>The plain journal to encrypt.</source>
        <translation>El diario sin cifrar que se va a cifrar.</translation>
    </message>
    <message>
        <source>Encrypts a plain journal in place with the passphrase from --passphrase-file. Plain backups made before stay as they are.</source>
        <translation>Cifra en el mismo archivo un diario sin cifrar con la frase de contraseña de --passphrase-file. Las copias de seguridad sin cifrar hechas antes quedan como están.</translation>
    </message>
    <message>
        <source>%1 is already encrypted; &apos;unfold passphrase&apos; changes its passphrase</source>
        <translation>%1 ya está cifrado; &apos;unfold passphrase&apos; cambia su frase de contraseña</translation>
    </message>
    <message>
        <source>Encrypted %1</source>
        <translation>Cifrado %1</translation>
    </message>
    <message>
        <source>The encrypted journal.</source>
        <translation>El diario cifrado.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation>Leer la nueva frase de contraseña de la primera línea de FILE.</translation>
    </message>
    <message>
        <source>Changes an encrypted journal&apos;s passphrase: afterwards only the new one opens it.</source>
        <translation>Cambia la frase de contraseña de un diario cifrado: después, solo la nueva lo abre.</translation>
    </message>
    <message>
        <source>%1 is not encrypted; &apos;unfold encrypt&apos; encrypts it</source>
        <translation>%1 no está cifrado; &apos;unfold encrypt&apos; lo cifra</translation>
    </message>
    <message>
        <source>Changed the passphrase of %1</source>
        <translation>Frase de contraseña de %1 cambiada</translation>
    </message>
    <message>
        <source>cannot read the passphrase from %1: %2</source>
        <translation>no se puede leer la frase de contraseña de %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no passphrase (its first line is empty)</source>
        <translation>%1 no contiene ninguna frase de contraseña (su primera línea está vacía)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>la entrada estándar</translation>
    </message>
    <message>
        <source>Encrypt a plain journal with a passphrase.</source>
        <translation>Cifrar un diario sin cifrar con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Change an encrypted journal&apos;s passphrase.</source>
        <translation>Cambiar la frase de contraseña de un diario cifrado.</translation>
    </message>
    <message>
        <source>the passphrase in %1 is longer than %2 bytes</source>
        <translation>la frase de contraseña de %1 tiene más de %2 bytes</translation>
    </message>
    <message>
        <source>a new passphrase needs at least %1 characters; a few words are easy to remember and hard to guess</source>
        <translation>una frase de contraseña nueva necesita al menos %1 caracteres; unas pocas palabras son fáciles de recordar y difíciles de adivinar</translation>
    </message>
    <message>
        <source>the new session could not be saved: %1</source>
        <translation>no se pudo guardar la sesión nueva: %1</translation>
    </message>
    <message>
        <source>this relationship has no session yet; start one with --new-session</source>
        <translation>esta relación aún no tiene sesiones; empieza una con --new-session</translation>
    </message>
    <message>
        <source>there is no session %1 in this relationship</source>
        <translation>no hay ninguna sesión %1 en esta relación</translation>
    </message>
    <message>
        <source>The journal to log in.</source>
        <translation>El diario en el que registrar.</translation>
    </message>
    <message>
        <source>Log in the session with this id (default: the latest).</source>
        <translation>Registrar en la sesión con este id (por defecto: la más reciente).</translation>
    </message>
    <message>
        <source>Start a new session and log in it.</source>
        <translation>Empezar una sesión nueva y registrar en ella.</translation>
    </message>
    <message>
        <source>When the new session began, as ISO 8601 (default: now).</source>
        <translation>Cuándo empezó la sesión nueva, en ISO 8601 (por defecto: ahora).</translation>
    </message>
    <message>
        <source>How the new session took place: in-person (default), video, phone or text.</source>
        <translation>Cómo fue la sesión nueva: in-person (por defecto), video, phone o text.</translation>
    </message>
    <message>
        <source>A disclosure in the quick-entry shorthand: who (a or b), the topic&apos;s number, the depth, then an optional note, e.g. &quot;a42 talked about work&quot;. &apos;-&apos; reads one entry per line from standard input.</source>
        <translation>Una revelación en la notación de entrada rápida: quién (a o b), el número del tema, la profundidad y una nota opcional, p. ej. &quot;a42 habló del trabajo&quot;. &apos;-&apos; lee una entrada por línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Logs disclosures in a session, each saved on its own. Prints the session&apos;s id, then the id of each disclosure once it is saved.</source>
        <translation>Registra revelaciones en una sesión, cada una guardada por separado. Muestra el id de la sesión y luego el de cada revelación en cuanto se guarda.</translation>
    </message>
    <message>
        <source>give at least one ENTRY to log, such as &quot;a42&quot;</source>
        <translation>indica al menos una ENTRY para registrar, como &quot;a42&quot;</translation>
    </message>
    <message>
        <source>&apos;-&apos; reads every entry from standard input; give no other ENTRY</source>
        <translation>&apos;-&apos; lee todas las entradas de la entrada estándar; no indiques otra ENTRY</translation>
    </message>
    <message>
        <source>give either --session or --new-session, not both</source>
        <translation>indica --session o --new-session, no ambos</translation>
    </message>
    <message>
        <source>--start and --context describe a new session: add --new-session</source>
        <translation>--start y --context describen una sesión nueva: añade --new-session</translation>
    </message>
    <message>
        <source>--start needs a date and time in ISO 8601, such as 2026-03-14T18:30 (got &apos;%1&apos;)</source>
        <translation>--start necesita una fecha y hora en ISO 8601, como 2026-03-14T18:30 (se recibió &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>unknown context &apos;%1&apos; (choose in-person, video, phone or text)</source>
        <translation>contexto desconocido &apos;%1&apos; (elige in-person, video, phone o text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry: %2</source>
        <translation>&quot;%1&quot; no es una entrada: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not logged (the entries before it are saved): %2</source>
        <translation>&quot;%1&quot; no se registró (las entradas anteriores están guardadas): %2</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>no se puede leer la entrada estándar: %1</translation>
    </message>
    <message>
        <source>line %1 of standard input is longer than %2 bytes; nothing from it was logged</source>
        <translation>la línea %1 de la entrada estándar tiene más de %2 bytes; no se registró nada de ella</translation>
    </message>
    <message>
        <source>line %1 of standard input, &quot;%2&quot;, was not logged (the lines before it are saved): %3</source>
        <translation>la línea %1 de la entrada estándar, &quot;%2&quot;, no se registró (las líneas anteriores están guardadas): %3</translation>
    </message>
    <message>
        <source>Log disclosures in a session from the command line.</source>
        <translation>Registrar revelaciones en una sesión desde la línea de órdenes.</translation>
    </message>
    <message>
        <source>the entries are saved, but the backup that was due failed: %1</source>
        <translation>las entradas están guardadas, pero falló la copia de seguridad pendiente: %1</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
    <message>
        <source>%1 %2 is required</source>
        <translation>%1 %2 es obligatorio</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>The session in view (default: the latest); later sessions are not looked at.</source>
        <translation>La sesión en vista (por omisión, la última); no se miran las posteriores.</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text o json (por omisión text).</translation>
    </message>
    <message>
        <source>Prints the insights about a relationship as of one session, each with its rule id and the sessions and values it rests on.</source>
        <translation>Muestra las observaciones sobre una relación a fecha de una sesión, cada una con el id de su regla y las sesiones y valores en que se basa.</translation>
    </message>
    <message>
        <source>%1 has no sessions yet</source>
        <translation>%1 todavía no tiene sesiones</translation>
    </message>
    <message>
        <source>session %1 is not a session of %2</source>
        <translation>la sesión %1 no es una sesión de %2</translation>
    </message>
    <message>
        <source>%1, up to session %2 of %3 (id %4, %5)</source>
        <translation>%1, hasta la sesión %2 de %3 (id %4, %5)</translation>
    </message>
    <message>
        <source>No insights: nothing stands out in the sessions so far.</source>
        <translation>Sin observaciones: nada destaca en las sesiones hasta ahora.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Sesiones: %1</translation>
    </message>
    <message>
        <source>Print the insights about a relationship, with what they rest on.</source>
        <translation>Muestra las observaciones sobre una relación, con aquello en que se basan.</translation>
    </message>
    <message>
        <source>A command to run without the window (see below), or a journal FILE to open in the window (./FILE for one named like a command).</source>
        <translation>Un comando que se ejecuta sin la ventana (ver abajo), o un archivo de diario FILE que se abre en la ventana (./FILE para uno que se llame como un comando).</translation>
    </message>
    <message>
        <source>one journal at a time: give either FILE or --journal FILE</source>
        <translation>un diario cada vez: indica FILE o --journal FILE</translation>
    </message>
    <message>
        <source>csv (a folder with one file per table, codebook.csv among them) or json (one file).</source>
        <translation>csv (una carpeta con un archivo por tabla, entre ellos codebook.csv) o json (un archivo).</translation>
    </message>
    <message>
        <source>The journal was upgraded to the current format; a copy of the old file was kept at %1.</source>
        <translation>El diario se ha actualizado al formato actual; se ha guardado una copia del archivo antiguo en %1.</translation>
    </message>
    <message>
        <source>Print the measures across the sessions instead (breadth, penetration, deepest layer per topic, depth trend and correlations), each with the sessions and time span it rests on.</source>
        <translation>Imprimir en su lugar las medidas de todas las sesiones (amplitud, penetración, capa más profunda por tema, tendencia de la profundidad y correlaciones), cada una con las sesiones y el periodo en que se basa.</translation>
    </message>
    <message>
        <source>With --summary: only the sessions up to this one (default: all).</source>
        <translation>Con --summary: solo las sesiones hasta esta (por omisión: todas).</translation>
    </message>
    <message>
        <source>--session goes with --summary</source>
        <translation>--session va con --summary</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;, and there is no file of that name</source>
        <translation>comando desconocido «%1», y no hay ningún archivo con ese nombre</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>No hay ningún diario en %1.</translation>
    </message>
    <message>
        <source>--%1 does not go with --journal</source>
        <translation>--%1 no va con --journal</translation>
    </message>
    <message>
        <source>The instrument: an id such as trust-inventory, or a JSON file. With --journal: only the scores of the instrument with this id.</source>
        <translation>El instrumento: un identificador como trust-inventory, o un archivo JSON. Con --journal: solo las puntuaciones del instrumento con ese identificador.</translation>
    </message>
    <message>
        <source>Instead of --in and --out: print the score history of a relationship in this journal, with change and reliable change since the previous score and the baseline.</source>
        <translation>En lugar de --in y --out: imprimir el historial de puntuaciones de una relación de este diario, con el cambio y el cambio fiable desde la puntuación anterior y desde la línea base.</translation>
    </message>
    <message>
        <source>With --journal: the relationship, its title (&quot;A &amp; B&quot;) or its id.</source>
        <translation>Con --journal: la relación, su título («A &amp; B») o su identificador.</translation>
    </message>
    <message>
        <source>With --journal: only answer sets up to this session (default: all).</source>
        <translation>Con --journal: solo los conjuntos de respuestas hasta esta sesión (por omisión: todos).</translation>
    </message>
    <message>
        <source>With --journal: csv or json (default csv).</source>
        <translation>Con --journal: csv o json (por omisión csv).</translation>
    </message>
    <message>
        <source>Scores questionnaire answers, one row per administration; with --journal, prints a relationship&apos;s scores with their reliable change.</source>
        <translation>Puntúa respuestas de cuestionarios, una fila por administración; con --journal, imprime las puntuaciones de una relación con su cambio fiable.</translation>
    </message>
    <message>
        <source>--%1 goes with --journal</source>
        <translation>--%1 va con --journal</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (choose %2 or %3)</source>
        <translation>formato desconocido «%1» (elige %2 o %3)</translation>
    </message>
    <message>
        <source>Write instead the partner&apos;s own journal of the partner relationship in journal FILE, logged as they would have logged it, to try sharing and comparing the two accounts.</source>
        <translation>Escribir en su lugar el diario propio de tu pareja sobre la relación de pareja del diario FILE, anotado como lo habría anotado ella, para probar a compartir y comparar los dos relatos.</translation>
    </message>
    <message>
        <source>--partner-of goes with neither --profile nor --encrypt</source>
        <translation>--partner-of no va ni con --profile ni con --encrypt</translation>
    </message>
    <message>
        <source>Wrote the account of %1 (sessions: %2) to %3%4.</source>
        <translation>Escrito el relato de %1 (sesiones: %2) en %3%4.</translation>
    </message>
    <message>
        <source>, notes included</source>
        <translation>, con las notas</translation>
    </message>
    <message>
        <source>Name it with --relationship.</source>
        <translation>Indícala con --relationship.</translation>
    </message>
    <message>
        <source>Name the sender with --partner NAME.</source>
        <translation>Indica quién lo envió con --partner NAME.</translation>
    </message>
    <message>
        <source>the account could not be saved: %1</source>
        <translation>no se pudo guardar el relato: %1</translation>
    </message>
    <message>
        <source>Replaced the partner&apos;s account of %1 with %2&apos;s newer one: sessions: %3, disclosures: %4.</source>
        <translation>Reemplazado el relato de tu pareja sobre %1 por el más reciente de %2: sesiones: %3, confidencias: %4.</translation>
    </message>
    <message>
        <source>Imported %2&apos;s account of %1: sessions: %3, disclosures: %4.</source>
        <translation>Importado el relato de %2 sobre %1: sesiones: %3, confidencias: %4.</translation>
    </message>
    <message>
        <source>Matched sessions: %1; yours without a match: %2; theirs without a match: %3.</source>
        <translation>Sesiones emparejadas: %1; tuyas sin emparejar: %2; suyas sin emparejar: %3.</translation>
    </message>
    <message>
        <source>Topics only the partner&apos;s journal has (compared as topics of their own): %1.</source>
        <translation>Temas que solo tiene el diario de tu pareja (comparados como temas propios): %1.</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export o import</translation>
    </message>
    <message>
        <source>Your journal.</source>
        <translation>Tu diario.</translation>
    </message>
    <message>
        <source>Read the passphrase you and your partner agreed on from the first line of FILE (&apos;-&apos;: standard input).</source>
        <translation>Leer la frase de contraseña acordada con tu pareja de la primera línea de FILE (&apos;-&apos;: entrada estándar).</translation>
    </message>
    <message>
        <source>export: the exchange file to write.</source>
        <translation>export: el archivo de intercambio que se va a escribir.</translation>
    </message>
    <message>
        <source>import: the exchange file your partner sent.</source>
        <translation>import: el archivo de intercambio que envió tu pareja.</translation>
    </message>
    <message>
        <source>export: include session and disclosure notes (left out by default).</source>
        <translation>export: incluir las notas de las sesiones y de las confidencias (se omiten por defecto).</translation>
    </message>
    <message>
        <source>export: which of the two people you are, when the journal does not mark &quot;me&quot;.</source>
        <translation>export: cuál de las dos personas eres, si el diario no marca quién es «yo».</translation>
    </message>
    <message>
        <source>import: which of the two people sent the file, when neither journal marks &quot;me&quot;.</source>
        <translation>import: cuál de las dos personas envió el archivo, si ninguno de los dos diarios marca quién es «yo».</translation>
    </message>
    <message>
        <source>Shares one relationship with your partner as an encrypted exchange file, or imports the file your partner sent as their account, beside your own.</source>
        <translation>Comparte una relación con tu pareja como archivo de intercambio cifrado, o importa el archivo que te envió tu pareja como su relato, junto al tuyo.</translation>
    </message>
    <message>
        <source>say export or import</source>
        <translation>indica export o import</translation>
    </message>
    <message>
        <source>--%1 does not go with %2</source>
        <translation>--%1 no va con %2</translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase with --%2 FILE</source>
        <translation>%1 está cifrado: indica su frase de contraseña con --%2 FILE</translation>
    </message>
    <message>
        <source>%1 has no partner&apos;s account yet; import one with: unfold exchange import</source>
        <translation>%1 aún no tiene el relato de tu pareja; impórtalo con: unfold exchange import</translation>
    </message>
    <message>
        <source>Print instead, per session matched with the partner&apos;s account, how the two accounts differ: count, depth and topic gaps of each side and the agreement index.</source>
        <translation>Imprimir en su lugar, por cada sesión emparejada con el relato de tu pareja, en qué difieren los dos relatos: las diferencias de número, profundidad y temas de cada lado y el índice de acuerdo.</translation>
    </message>
    <message>
        <source>--perception and --summary print different tables: give one</source>
        <translation>--perception y --summary imprimen tablas distintas: indica solo una</translation>
    </message>
    <message>
        <source>Share a relationship with your partner, or import the account they shared.</source>
        <translation>Compartir una relación con tu pareja, o importar el relato que compartió.</translation>
    </message>
    <message>
        <source>Whose account the onion shows: mine (default) or partner, the partner&apos;s imported account.</source>
        <translation>De quién es el relato que muestra la cebolla: mine (predeterminado) o partner, el relato importado de tu pareja.</translation>
    </message>
    <message>
        <source>unknown account &apos;%1&apos; (choose mine or partner)</source>
        <translation>relato desconocido «%1» (elige mine o partner)</translation>
    </message>
    <message>
        <source>--account is for the onion only</source>
        <translation>--account es solo para la cebolla</translation>
    </message>
    <message>
        <source>%1 has no partner&apos;s account: import one with &apos;unfold exchange import&apos;</source>
        <translation>%1 no tiene relato de tu pareja: importa uno con «unfold exchange import»</translation>
    </message>
    <message>
        <source>Count only the latest N sessions up to the one shown; what was reached before and not since shows faintly.</source>
        <translation>Contar solo las últimas N sesiones hasta la mostrada; lo que se alcanzó antes y no desde entonces aparece tenue.</translation>
    </message>
    <message>
        <source>--last is for the onion only</source>
        <translation>--last es solo para la cebolla</translation>
    </message>
    <message>
        <source>--last wants a number of sessions, 1 or more, not &apos;%1&apos;</source>
        <translation>--last espera un número de sesiones, 1 o más, no «%1»</translation>
    </message>
    <message>
        <source>personal (default), heavy, caseload or decade.</source>
        <translation>personal (predeterminado), heavy, caseload o decade.</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (choose personal, heavy, caseload or decade)</source>
        <translation>perfil desconocido &apos;%1&apos; (elija personal, heavy, caseload o decade)</translation>
    </message>
</context>
<context>
    <name>unfold::cli::AnswerTable</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row</source>
        <translation>%1: el archivo está vacío; necesita una fila de encabezado</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; is not an item of %4</source>
        <translation>%1:%2: la columna &apos;%3&apos; no es una pregunta de %4</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; appears twice</source>
        <translation>%1:%2: la columna &apos;%3&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>%1:%2: there is no &apos;respondent&apos; column</source>
        <translation>%1:%2: no hay ninguna columna &apos;respondent&apos;</translation>
    </message>
    <message>
        <source>%1:%2: </source>
        <translation>%1:%2: </translation>
    </message>
    <message>
        <source>the header has %1 columns, this row %2</source>
        <translation>el encabezado tiene %1 columnas y esta fila %2</translation>
    </message>
    <message>
        <source>the respondent is empty</source>
        <translation>respondent está vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2024-05-31</source>
        <translation>&apos;%1&apos; no es una fecha como 2024-05-31</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: &apos;%2&apos; is not a whole number</source>
        <translation>pregunta &apos;%1&apos;: &apos;%2&apos; no es un número entero</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: %2 is outside %3..%4</source>
        <translation>pregunta &apos;%1&apos;: %2 está fuera de %3..%4</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB; an answers file is far smaller</source>
        <translation>%1: el archivo supera %2 MiB; un archivo de respuestas es mucho más pequeño</translation>
    </message>
    <message>
        <source>%1:%2: these items have no column, so their answers count as missing: %3</source>
        <translation>%1:%2: estos ítems no tienen columna, así que sus respuestas cuentan como ausentes: %3</translation>
    </message>
    <message>
        <source>the respondent holds a control character (a line break, a tab or a NUL byte, say)</source>
        <translation>el encuestado contiene un carácter de control (un salto de línea, un tabulador o un byte NUL, por ejemplo)</translation>
    </message>
    <message>
        <source>%1: reading stopped after %2 problems; the first are listed</source>
        <translation>%1: la lectura se detuvo tras %2 problemas; se muestran los primeros</translation>
    </message>
</context>
<context>
    <name>unfold::cli::JournalArgument</name>
    <message>
        <source>Read an encrypted journal&apos;s passphrase from the first line of FILE (&apos;-&apos;: standard input).</source>
        <translation>Leer la frase de contraseña de un diario cifrado de la primera línea de FILE (&apos;-&apos;: entrada estándar).</translation>
    </message>
</context>
</TS>
