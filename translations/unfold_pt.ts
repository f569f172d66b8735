<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>unfold::AnswerInput</name>
    <message>
        <source>Not answered. Type %1 to %2, or use the arrow keys.</source>
        <translation>Sem resposta. Digite de %1 a %2 ou use as teclas de seta.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Resposta: %1</translation>
    </message>
    <message>
        <source>Answer: %1, %2</source>
        <translation>Resposta: %1, %2</translation>
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
        <translation>Como o sistema (%1)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema visual</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
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
        <translation>&amp;Aparência</translation>
    </message>
    <message>
        <source>Light, dark or high-contrast windows, or as the desktop has them; changes as soon as it is applied.</source>
        <translation>Janelas claras, escuras ou de alto contraste, ou como a área de trabalho as tem; muda assim que for aplicado.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>White text on black, yellow selection and focus, every control edged</source>
        <translation>Texto branco sobre preto, seleção e foco em amarelo, cada controle com borda</translation>
    </message>
    <message>
        <source>The language of Unfold&apos;s windows; the window changes to it when the change is applied.</source>
        <translation>O idioma das janelas do Unfold; a janela muda para ele quando a alteração é aplicada.</translation>
    </message>
    <message>
        <source>The window changes to a new language when you apply it (what Undo could undo until then is left behind). Pictures that are exported or printed are always light.</source>
        <translation>A janela muda para o novo idioma quando você o aplica (o que Desfazer podia desfazer até então fica para trás). Imagens exportadas ou impressas são sempre claras.</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>No data in this range. %1</source>
        <translation>Não há dados neste período. %1</translation>
    </message>
    <message>
        <source>%1
%2 disclosures</source>
        <translation>%1
%2 confidências</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Session (number · date)</source>
        <translation>Sessão (número · data)</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Confidências</translation>
    </message>
    <message>
        <source>No sessions in this range.</source>
        <translation>Não há sessões neste período.</translation>
    </message>
    <message>
        <source>Both people&apos;s disclosures per session, by layer; peripheral at the bottom.</source>
        <translation>As confidências das duas pessoas em cada sessão, por camada; a camada periférica embaixo.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>From the centre out: the deepest layer reached. Nothing logged yet.</source>
        <translation>Do centro para fora: a camada mais profunda alcançada. Nada registrado ainda.</translation>
    </message>
    <message>
        <source>From the centre out: the deepest layer reached, 0 = not yet touched. As it stood after session %1 (%2).</source>
        <translation>Do centro para fora: a camada mais profunda alcançada, 0 = ainda não tocada. Como estava após a sessão %1 (%2).</translation>
    </message>
</context>
<context>
    <name>unfold::ChartKinds</name>
    <message>
        <source>Trust and closeness over time</source>
        <translation>Confiança e proximidade ao longo do tempo</translation>
    </message>
    <message>
        <source>Felt and logged reciprocity over time</source>
        <translation>Reciprocidade sentida e registrada ao longo do tempo</translation>
    </message>
    <message>
        <source>Depth of sharing per person</source>
        <translation>Profundidade do que cada pessoa compartilha</translation>
    </message>
    <message>
        <source>Topics reached per person (cumulative)</source>
        <translation>Temas alcançados por pessoa (acumulado)</translation>
    </message>
    <message>
        <source>Layer mix per session</source>
        <translation>Distribuição das camadas por sessão</translation>
    </message>
    <message>
        <source>Deepest layer per topic</source>
        <translation>Camada mais profunda por tema</translation>
    </message>
    <message>
        <source>Two accounts: how deep each went</source>
        <translation>Dois relatos: até que profundidade cada pessoa chegou</translation>
    </message>
</context>
<context>
    <name>unfold::ChartSeriesSet</name>
    <message>
        <source>Score (0–100)</source>
        <translation>Pontuação (0–100)</translation>
    </message>
    <message>
        <source>%1: trust</source>
        <translation>%1: confiança</translation>
    </message>
    <message>
        <source>%1: closeness</source>
        <translation>%1: proximidade</translation>
    </message>
    <message>
        <source>From the trust questionnaire and the session check-in.</source>
        <translation>Do questionário de confiança e do check-in da sessão.</translation>
    </message>
    <message>
        <source>Reciprocity (0–100)</source>
        <translation>Reciprocidade (0–100)</translation>
    </message>
    <message>
        <source>Logged reciprocity index</source>
        <translation>Índice de reciprocidade (registrado)</translation>
    </message>
    <message>
        <source>%1: felt balance</source>
        <translation>%1: equilíbrio sentido</translation>
    </message>
    <message>
        <source>Logged from the disclosures; felt from the session check-in.</source>
        <translation>Registrado: a partir das confidências; sentido: a partir do check-in da sessão.</translation>
    </message>
    <message>
        <source>Mean depth (1 = %1, %2 = %3)</source>
        <translation>Profundidade média (1 = %1, %2 = %3)</translation>
    </message>
    <message>
        <source>Topics reached</source>
        <translation>Temas alcançados</translation>
    </message>
    <message>
        <source>%1: depth gap</source>
        <translation>%1: diferença de profundidade</translation>
    </message>
    <message numerus="yes">
        <source>%1, mean of %n session(s)</source>
        <translation>
            <numerusform>%1, média de %n sessão</numerusform>
            <numerusform>%1, média de %n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>Depth gap (layers)</source>
        <translation>Diferença de profundidade (camadas)</translation>
    </message>
    <message>
        <source>Depth in the partner&apos;s account minus in mine, per matched session.</source>
        <translation>Profundidade no relato da outra pessoa menos no meu, por sessão pareada.</translation>
    </message>
    <message>
        <source>Relationship › Import Partner&apos;s Account brings it in.</source>
        <translation>Relação › Importar relato da outra pessoa o traz.</translation>
    </message>
</context>
<context>
    <name>unfold::ChartSubject</name>
    <message>
        <source>Layer %1</source>
        <translation>Camada %1</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Sessão %1 · %2</translation>
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
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>Across sessions 1 to %1 (descriptive) — %2</source>
        <translation>Nas sessões 1 a %1 (descritivo) — %2</translation>
    </message>
</context>
<context>
    <name>unfold::ChartText</name>
    <message>
        <source>Events: %1</source>
        <translation>Acontecimentos: %1</translation>
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
        <translation>Tudo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Range from</source>
        <translation>Período de</translation>
    </message>
    <message>
        <source>Range to</source>
        <translation>Período até</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Mostrar os números do gráfico como tabela</translation>
    </message>
    <message>
        <source>&amp;Mark Event…</source>
        <translation>&amp;Marcar um acontecimento…</translation>
    </message>
    <message>
        <source>Mark an event on the timeline</source>
        <translation>Marcar um acontecimento na linha do tempo</translation>
    </message>
    <message>
        <source>Remove E&amp;vent…</source>
        <translation>Remo&amp;ver um acontecimento…</translation>
    </message>
    <message>
        <source>Remove a marked event</source>
        <translation>Remover um acontecimento marcado</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Dados do gráfico</translation>
    </message>
    <message>
        <source>Mark Event</source>
        <translation>Marcar um acontecimento</translation>
    </message>
    <message>
        <source>What happened (for example &quot;moved in&quot;, &quot;argument&quot;, &quot;started therapy&quot;)?</source>
        <translation>O que aconteceu? (por exemplo “fomos morar juntos”, “discussão”, “começamos terapia”)</translation>
    </message>
    <message>
        <source>On which day?</source>
        <translation>Em que dia?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; try %2.</source>
        <translation>“%1” não é uma data; experimente, por exemplo, %2.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>Remover um acontecimento</translation>
    </message>
    <message>
        <source>Which event?</source>
        <translation>Qual acontecimento?</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>Exportar todos os gráficos</translation>
    </message>
    <message>
        <source>Choose a relationship first.</source>
        <translation>Escolha primeiro uma relação.</translation>
    </message>
    <message>
        <source>Export All Charts Into</source>
        <translation>Exportar todos os gráficos para</translation>
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
        <translation>Qual medida o gráfico mostra ao longo das sessões.</translation>
    </message>
    <message>
        <source>Which stretch of time the chart covers; Custom lets you give the days.</source>
        <translation>Qual período o gráfico abrange; Personalizado permite indicar os dias.</translation>
    </message>
    <message>
        <source>The first day the chart covers.</source>
        <translation>O primeiro dia que o gráfico abrange.</translation>
    </message>
    <message>
        <source>The last day the chart covers.</source>
        <translation>O último dia que o gráfico abrange.</translation>
    </message>
    <message>
        <source>A table of the same numbers, one row per point; Enter on a row opens its session.</source>
        <translation>Uma tabela com os mesmos números, uma linha por ponto; Enter numa linha abre a sessão dela.</translation>
    </message>
    <message>
        <source>Asks what happened and when, and shows it as a line on the charts.</source>
        <translation>Pergunta o que aconteceu e quando, e mostra isso como uma linha nos gráficos.</translation>
    </message>
    <message>
        <source>Asks which marked event to take off the charts.</source>
        <translation>Pergunta qual acontecimento marcado remover dos gráficos.</translation>
    </message>
    <message>
        <source>Reading the charts</source>
        <translation>Ler os gráficos</translation>
    </message>
    <message>
        <source>Show as t&amp;able</source>
        <translation>Como &amp;tabela</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>Ran&amp;ge:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Remove the event &quot;%1&quot; of %2 from the timeline?
Edit › Undo brings it back.</source>
        <translation>Remover o evento «%1» de %2 da cronologia?
Editar › Desfazer recupera-o.</translation>
    </message>
    <message>
        <source>Summary across sessions</source>
        <translation>Resumo das sessões</translation>
    </message>
    <message>
        <source>Summary across sessions 1 to %1 (descriptive)</source>
        <translation>Resumo das sessões 1 a %1 (descritivo)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message numerus="yes">
        <source>Mean of %n session(s)</source>
        <translation>
            <numerusform>Média de %n sessão</numerusform>
            <numerusform>Média de %n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling mean</source>
        <translation>Média móvel</translation>
    </message>
    <message>
        <source>Draws each line as the mean of the last few sessions, over the session-by-session points.</source>
        <translation>Desenha cada linha como a média das últimas sessões, sobre os pontos de cada sessão.</translation>
    </message>
    <message>
        <source>Smoothi&amp;ng:</source>
        <translation>Suavi&amp;zação:</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Sem dados neste período</translation>
    </message>
</context>
<context>
    <name>unfold::ClientHistoryDialog</name>
    <message>
        <source>Client History: %1</source>
        <translation>Histórico do cliente: %1</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Sessões de %1</translation>
    </message>
    <message>
        <source>One row per session; choose one to export its report.</source>
        <translation>Uma linha por sessão; escolha uma para exportar o relatório dela.</translation>
    </message>
    <message>
        <source>&amp;Show therapist notes</source>
        <translation>&amp;Mostrar as notas do terapeuta</translation>
    </message>
    <message>
        <source>Show therapist notes</source>
        <translation>Mostrar as notas do terapeuta</translation>
    </message>
    <message>
        <source>Shows the private notes in the table.</source>
        <translation>Mostra as notas privadas na tabela.</translation>
    </message>
    <message>
        <source>&amp;Include notes in the report</source>
        <translation>&amp;Incluir as notas no relatório</translation>
    </message>
    <message>
        <source>Include therapist notes in the report</source>
        <translation>Incluir as notas do terapeuta no relatório</translation>
    </message>
    <message>
        <source>Off, the report leaves the private notes out.</source>
        <translation>Se estiver desmarcada, o relatório deixa as notas privadas de fora.</translation>
    </message>
    <message>
        <source>Close the client history</source>
        <translation>Fechar o histórico do cliente</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Fecha esta janela.</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <source>Export the report of the selected session</source>
        <translation>Exportar o relatório da sessão selecionada</translation>
    </message>
    <message>
        <source>Asks where to save the chosen session&apos;s report as PDF.</source>
        <translation>Pergunta onde salvar em PDF o relatório da sessão escolhida.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Notas do terapeuta</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>O relatório não foi gravado: %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Relatório gravado em %1.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>The session&apos;s number, oldest first</source>
        <translation>O número da sessão, a mais antiga primeiro</translation>
    </message>
    <message>
        <source>When the session began</source>
        <translation>Quando a sessão começou</translation>
    </message>
    <message>
        <source>The guided-session protocol used that day</source>
        <translation>O protocolo de sessão guiada usado naquele dia</translation>
    </message>
    <message>
        <source>Disclosures
%1 · %2</source>
        <translation>Confidências
%1 · %2</translation>
    </message>
    <message>
        <source>How many disclosures each logged</source>
        <translation>Quantas confidências cada pessoa registrou</translation>
    </message>
    <message>
        <source>Logged
reciprocity</source>
        <translation>Reciprocidade
registrada</translation>
    </message>
    <message>
        <source>How evenly both shared in what was logged, 0–100 (100: as much, as deep and as broad)</source>
        <translation>Quão por igual os dois compartilharam segundo o registrado, 0–100 (100: tanto, tão fundo e tão amplo)</translation>
    </message>
    <message>
        <source>Felt balance
%1</source>
        <translation>Equilíbrio
sentido %1</translation>
    </message>
    <message>
        <source>How balanced %1 felt the sharing was, 0–100</source>
        <translation>Quão equilibrado %1 sentiu o compartilhar, 0–100</translation>
    </message>
    <message>
        <source>Your private notes of the session</source>
        <translation>Suas notas privadas da sessão</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged reciprocity and felt balance run from 0 to 100, where 100 is even; – where there is nothing to measure (nothing logged, or no check-in answered). Hover over a column&apos;s heading for what it shows.</source>
        <translation>A reciprocidade registrada e o equilíbrio sentido vão de 0 a 100; 100 é equilibrado; – onde não há nada a medir (nada registrado ou nenhum check-in respondido). Passe o ponteiro sobre o cabeçalho de uma coluna para ver o que ela mostra.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
</context>
<context>
    <name>unfold::Csv</name>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>o arquivo não é texto UTF-8</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>aspas dentro de um campo sem aspas (coloque o campo inteiro entre aspas e duplique as aspas)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>texto depois das aspas de fechamento de um campo</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>um campo entre aspas nunca é fechado</translation>
    </message>
    <message>
        <source>a row has more than %1 fields</source>
        <translation>uma linha tem mais de %1 campos</translation>
    </message>
    <message>
        <source>the file has more than %1 rows</source>
        <translation>o ficheiro tem mais de %1 linhas</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation>um campo tem mais de %1 caracteres</translation>
    </message>
</context>
<context>
    <name>unfold::DataExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>não é possível criar a pasta %1</translation>
    </message>
</context>
<context>
    <name>unfold::DataFileChecker</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <source>is not valid JSON at character %1: %2</source>
        <translation>não é JSON válido (no caractere %1): %2</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>deve conter um único objeto JSON</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está faltando</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>deve ser texto</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>deve ter de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, começando por uma letra ou um dígito</translation>
    </message>
    <message>
        <source>is not a language code such as &quot;en&quot; or &quot;de&quot;</source>
        <translation>não é um código de idioma como &quot;en&quot; ou &quot;de&quot;</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>deve ser um texto não vazio</translation>
    </message>
    <message>
        <source>must be text or an object of translations</source>
        <translation>deve ser texto ou um objeto com traduções</translation>
    </message>
    <message>
        <source>needs an English (&quot;en&quot;) text</source>
        <translation>precisa de um texto em inglês (&quot;en&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number from 1 on</source>
        <translation>deve ser um número inteiro a partir de 1</translation>
    </message>
</context>
<context>
    <name>unfold::DefaultNamesBar</name>
    <message>
        <source>Default names</source>
        <translation>Nomes padrão</translation>
    </message>
    <message>
        <source>This journal&apos;s default topics and layers are named in another language. Name them in %1? Names you chose yourself stay as they are.</source>
        <translation>Os temas e camadas padrão deste diário têm nomes em outro idioma. Nomeá-los em %1? Os nomes que você escolheu ficam como estão.</translation>
    </message>
    <message>
        <source>Name Them in %1</source>
        <translation>Nomear em %1</translation>
    </message>
    <message>
        <source>Renames the untouched default topics and layers; Edit › Undo brings the old names back.</source>
        <translation>Renomeia os temas e camadas padrão não alterados; Editar › Desfazer traz os nomes antigos de volta.</translation>
    </message>
    <message>
        <source>Keep as They Are</source>
        <translation>Deixar assim</translation>
    </message>
    <message>
        <source>Leaves the names and does not ask again for this journal.</source>
        <translation>Mantém os nomes e não pergunta de novo para este diário.</translation>
    </message>
</context>
<context>
    <name>unfold::DemoJournal</name>
    <message>
        <source>%1 already exists; give --force to replace it.</source>
        <translation>%1 já existe; use --force para substituí-lo.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 é uma pasta.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>unfold::DemoPartner</name>
    <message>
        <source>%1 has no relationship to retell.</source>
        <translation>%1 não tem nenhuma relação para recontar.</translation>
    </message>
</context>
<context>
    <name>unfold::DesktopRecentFiles</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of recent files (%2); it was left as it is.</source>
        <translation>%1 não é uma lista de arquivos recentes (%2); foi deixada como estava.</translation>
    </message>
    <message>
        <source>no xbel element</source>
        <translation>nenhum elemento xbel</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível escrever %1: %2</translation>
    </message>
</context>
<context>
    <name>unfold::DisclosureEntry</name>
    <message>
        <source>a 4 2 optional note  (who, topic number, layer)</source>
        <translation>a 4 2 nota opcional  (quem, número do tema, camada)</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Entrada rápida</translation>
    </message>
    <message>
        <source>Type a or b for who shared, the topic&apos;s number, the layer&apos;s number and an optional note, then press Enter.</source>
        <translation>Digite a ou b para quem compartilhou, o número do tema, o número da camada e uma nota opcional, e pressione Enter.</translation>
    </message>
    <message>
        <source>Who shared</source>
        <translation>Quem compartilhou</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>Short private note (optional)</source>
        <translation>Nota privada curta (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Re&amp;gistrar</translation>
    </message>
    <message>
        <source>Log disclosure</source>
        <translation>Registrar confidência</translation>
    </message>
    <message>
        <source>Adds the disclosure to this session (Enter)</source>
        <translation>Adiciona a confidência a esta sessão (Enter)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>Q&amp;uem:</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>Ca&amp;mada:</translation>
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
        <translation>Não registrado: %1</translation>
    </message>
    <message>
        <source>Which of the two people opened up.</source>
        <translation>Qual das duas pessoas se abriu.</translation>
    </message>
    <message>
        <source>What the disclosure was about.</source>
        <translation>Sobre o que era a confidência.</translation>
    </message>
    <message>
        <source>How deep it went, from the outer, peripheral layer to the core.</source>
        <translation>Até que profundidade chegou, da camada externa, periférica, até o núcleo.</translation>
    </message>
    <message>
        <source>A short private note about this disclosure.</source>
        <translation>Uma nota privada curta sobre esta confidência.</translation>
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
        <translation>Nada foi registrado: digite uma entrada como «a 4 2», ou escolha nos campos abaixo e clique em Registrar.</translation>
    </message>
    <message>
        <source>%1&#xa0;%2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>Topics: %1. Layers: %2.</source>
        <translation>Temas: %1. Camadas: %2.</translation>
    </message>
</context>
<context>
    <name>unfold::DisclosureShorthand</name>
    <message>
        <source>Type who, topic number and layer, e.g. &quot;a 4 2&quot; or &quot;b42&quot;.</source>
        <translation>Digite quem, o número do tema e a camada, por ex. “a 4 2” ou “b42”.</translation>
    </message>
    <message>
        <source>There is no topic %1; topics are numbered 1 to %2.</source>
        <translation>Não existe o tema %1; os temas são numerados de 1 a %2.</translation>
    </message>
    <message>
        <source>There is no layer %1; layers are numbered 1 to %2.</source>
        <translation>Não existe a camada %1; as camadas são numeradas de 1 a %2.</translation>
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
        <translation>Quem</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Acolhida</translation>
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
        <translation>Nenhum diário está aberto.</translation>
    </message>
</context>
<context>
    <name>unfold::ExchangeFile</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Não foi possível iniciar a biblioteca de criptografia.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB are needed).</source>
        <translation>Não há memória suficiente para derivar a chave (são necessários %1 MiB).</translation>
    </message>
    <message>
        <source>This is not an Unfold exchange file.</source>
        <translation>Este não é um arquivo de troca do Unfold.</translation>
    </message>
    <message>
        <source>The file is cut short: it was damaged after it was written.</source>
        <translation>O arquivo está truncado: foi danificado depois de gravado.</translation>
    </message>
    <message>
        <source>This exchange file was written by a newer version of Unfold. Update Unfold to import it.</source>
        <translation>Este arquivo de troca foi gravado por uma versão mais recente do Unfold. Atualize o Unfold para importá-lo.</translation>
    </message>
    <message>
        <source>The file is far larger than any exchange file.</source>
        <translation>O arquivo é muito maior do que qualquer arquivo de troca.</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged: it was changed after it was written.</source>
        <translation>O cabeçalho do arquivo está danificado: foi alterado depois de gravado.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file. Check it with your partner.</source>
        <translation>A frase secreta não abre este arquivo. Confira-a com a outra pessoa.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was written: nothing in it can be trusted.</source>
        <translation>O arquivo foi alterado ou danificado depois de gravado: nada nele é confiável.</translation>
    </message>
    <message>
        <source>The file&apos;s content cannot be read.</source>
        <translation>Não é possível ler o conteúdo do arquivo.</translation>
    </message>
</context>
<context>
    <name>unfold::ExportPictureDialog</name>
    <message>
        <source>Export Picture</source>
        <translation>Exportar imagem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Escolher o arquivo</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagem PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Desenho SVG</translation>
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
        <translation>Largura em pixels lógicos</translation>
    </message>
    <message>
        <source>Height in logical pixels</source>
        <translation>Altura em pixels lógicos</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamanho:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Resolução em pontos por polegada</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolução:</translation>
    </message>
    <message>
        <source>Vector drawing; scales to any size.</source>
        <translation>Desenho vetorial; adapta-se a qualquer tamanho.</translation>
    </message>
    <message>
        <source>One vector page of this size.</source>
        <translation>Uma página vetorial deste tamanho.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Desenhos SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Escolha um arquivo para salvar.</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Abre um seletor de arquivos.</translation>
    </message>
    <message>
        <source>PNG is an image of pixels; SVG and PDF are drawings that scale.</source>
        <translation>PNG é uma imagem de pixels; SVG e PDF são desenhos que se adaptam a qualquer tamanho.</translation>
    </message>
    <message>
        <source>96 logical pixels make an inch.</source>
        <translation>96 pixels lógicos equivalem a uma polegada.</translation>
    </message>
    <message>
        <source>Pixels of a PNG image per inch; 96 is the size on the screen.</source>
        <translation>Pixels de uma imagem PNG por polegada; 96 é o tamanho na tela.</translation>
    </message>
    <message>
        <source>Writes the picture to the file.</source>
        <translation>Grava a imagem no arquivo.</translation>
    </message>
    <message>
        <source>Closes without writing anything.</source>
        <translation>Fecha sem gravar nada.</translation>
    </message>
    <message>
        <source>The file to write; its ending follows the format, and an ending typed here chooses the format.</source>
        <translation>O arquivo a gravar; a extensão acompanha o formato, e uma extensão digitada aqui escolhe o formato.</translation>
    </message>
</context>
<context>
    <name>unfold::FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>%1: browse</source>
        <translation>%1: procurar</translation>
    </message>
    <message>
        <source>Opens a folder chooser.</source>
        <translation>Abre um seletor de pastas.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>%1: default</source>
        <translation>%1: padrão</translation>
    </message>
    <message>
        <source>Puts back %1.</source>
        <translation>Volta a usar %1.</translation>
    </message>
</context>
<context>
    <name>unfold::FoldersPage</name>
    <message>
        <source>Journal folder</source>
        <translation>Pasta dos diários</translation>
    </message>
    <message>
        <source>Where the default journal is kept, and where New Journal starts.</source>
        <translation>Onde fica o diário padrão e onde Novo diário começa.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Pasta de cópias de segurança</translation>
    </message>
    <message>
        <source>Where copies of journals are kept while you edit, one subfolder per journal.</source>
        <translation>Onde ficam as cópias dos diários enquanto você edita, uma subpasta por diário.</translation>
    </message>
    <message>
        <source>A journal that is open keeps backing up where it did; the new backup folder is used from the next journal you open. Existing backups are not moved.</source>
        <translation>Um diário aberto continua fazendo cópias onde fazia; a nova pasta de cópias passa a ser usada a partir do próximo diário que você abrir. As cópias existentes não são movidas.</translation>
    </message>
    <message>
        <source>&amp;Journals:</source>
        <translation>&amp;Diários:</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Cópias de segurança:</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Pastas</translation>
    </message>
    <message>
        <source>Give the whole path of the folder, starting at %1.</source>
        <translation>Informe o caminho completo da pasta, começando por %1.</translation>
    </message>
    <message>
        <source>%1 cannot be created or written to.</source>
        <translation>Não é possível criar %1 nem gravar nela.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Preferências</translation>
    </message>
</context>
<context>
    <name>unfold::GuiMain</name>
    <message>
        <source>Open Journal</source>
        <translation>Abrir diário</translation>
    </message>
    <message>
        <source>Unfold needs a graphical display to show its window, and none was found.
Start it from your desktop, or without a screen with: xvfb-run -a unfold
Commands such as &apos;unfold demo&apos; and &apos;unfold check&apos; work without a display; see &apos;unfold --help&apos;.
</source>
        <translation>O Unfold precisa de uma tela gráfica para mostrar a janela e não encontrou nenhuma.
Inicie-o a partir da sua área de trabalho ou, sem tela, com: xvfb-run -a unfold
Comandos como &apos;unfold demo&apos; e &apos;unfold check&apos; funcionam sem tela; veja &apos;unfold --help&apos;.
</translation>
    </message>
    <message>
        <source>Demo Journal</source>
        <translation>Diário de demonstração</translation>
    </message>
</context>
<context>
    <name>unfold::GuidedRoundPage</name>
    <message>
        <source>Time left in this round</source>
        <translation>Tempo restante nesta rodada</translation>
    </message>
    <message>
        <source>Log an answer</source>
        <translation>Registrar uma resposta</translation>
    </message>
    <message>
        <source>How deep the speaker went (1 to the number of layers), or shorthand such as b42, then Enter.</source>
        <translation>Até onde chegou quem fala (de 1 ao número de camadas), ou uma abreviação como b42, e depois Enter.</translation>
    </message>
    <message>
        <source>Answers logged in this round</source>
        <translation>Respostas registradas nesta rodada</translation>
    </message>
    <message>
        <source>What was logged in this round, newest last.</source>
        <translation>O que foi registrado nesta rodada, o mais recente por último.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or resume the round</source>
        <translation>Pausar ou retomar a rodada</translation>
    </message>
    <message>
        <source>Stops or restarts the round&apos;s clock.</source>
        <translation>Para ou retoma o relógio da rodada.</translation>
    </message>
    <message>
        <source>Next prompt</source>
        <translation>Próxima proposta</translation>
    </message>
    <message>
        <source>Shows the next question of this round.</source>
        <translation>Mostra a próxima pergunta desta rodada.</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Próxima rodada</translation>
    </message>
    <message>
        <source>Ends this round and starts the next one.</source>
        <translation>Encerra esta rodada e começa a próxima.</translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation>Parar aqui</translation>
    </message>
    <message>
        <source>Stop the rounds here and go on to the check-in</source>
        <translation>Encerrar as rodadas aqui e passar ao check-in</translation>
    </message>
    <message>
        <source>What was logged so far is kept.</source>
        <translation>O que foi registrado até agora é mantido.</translation>
    </message>
    <message>
        <source>Depth 1 to %1 for the speaker now, or shorthand such as b42 and Enter</source>
        <translation>Profundidade de 1 a %1 para quem fala agora, ou uma abreviação como b42 e Enter</translation>
    </message>
    <message>
        <source>Round %1 of %2: %3</source>
        <translation>Rodada %1 de %2: %3</translation>
    </message>
    <message>
        <source>Finish rounds</source>
        <translation>Concluir as rodadas</translation>
    </message>
    <message>
        <source>Prompt %1 of %2 · %3 answers first, then %4</source>
        <translation>Proposta %1 de %2 · %3 responde primeiro, depois %4</translation>
    </message>
    <message>
        <source>Now answering: %1</source>
        <translation>Respondendo agora: %1</translation>
    </message>
    <message>
        <source>Paused · %1 left</source>
        <translation>Em pausa · faltam %1</translation>
    </message>
    <message>
        <source>Time is up: finish this answer, then go on</source>
        <translation>O tempo acabou: termine esta resposta e siga em frente</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Faltam %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Not logged: depth must be from 1 to %1</source>
        <translation>Não registrado: a profundidade deve ir de 1 a %1</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>Não registrado: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · depth %3</source>
        <translation>%1 · %2 · profundidade %3</translation>
    </message>
    <message>
        <source>Both have answered every prompt of this round. Go on with Next round.</source>
        <translation>Os dois responderam a todas as propostas desta rodada. Siga com Próxima rodada.</translation>
    </message>
    <message>
        <source>Both have answered every prompt. Finish the rounds when you are ready.</source>
        <translation>Os dois responderam a todas as propostas. Concluam as rodadas quando estiverem prontos.</translation>
    </message>
    <message>
        <source>Sharing in this round is uneven. It may help to pause, or to stop here.</source>
        <translation>Nesta rodada, o compartilhar está desigual. Pode ajudar fazer uma pausa ou parar aqui.</translation>
    </message>
</context>
<context>
    <name>unfold::GuidedSessionSummary</name>
    <message>
        <source>The onion before this session</source>
        <translation>A cebola antes desta sessão</translation>
    </message>
    <message>
        <source>The onion after this session</source>
        <translation>A cebola depois desta sessão</translation>
    </message>
    <message>
        <source>Scores of both partners side by side</source>
        <translation>As pontuações dos dois parceiros lado a lado</translation>
    </message>
    <message>
        <source>The check-in scores of this session, one row per measure.</source>
        <translation>As pontuações do check-in desta sessão, uma linha por medida.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After (new is outlined)</source>
        <translation>Depois (o novo aparece com contorno)</translation>
    </message>
    <message>
        <source>Logged reciprocity: %1 this session, %2 the session before (0–100; %3 answers by %4, %5 by %6).
Felt balance of sharing (check-in, 0–100): %7 %8, %9 %10.</source>
        <translation>Reciprocidade registrada: %1 nesta sessão, %2 na anterior (0–100; %3 respostas de %4, %5 de %6).
Equilíbrio sentido ao compartilhar (check-in, 0–100): %7 %8, %9 %10.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>%1 since first</source>
        <translation>%1 desde a primeira</translation>
    </message>
    <message>
        <source>%1 since previous</source>
        <translation>%1 desde a anterior</translation>
    </message>
    <message>
        <source>%1 ⚑ apart</source>
        <translation>%1 ⚑ de diferença</translation>
    </message>
    <message>
        <source>Logged reciprocity: shown when the rounds end.</source>
        <translation>Reciprocidade registrada: aparece quando as rodadas terminam.</translation>
    </message>
    <message>
        <source>Reciprocity of this session: how evenly the two opened up, in words.</source>
        <translation>Reciprocidade desta sessão: quão por igual os dois se abriram, em palavras.</translation>
    </message>
</context>
<context>
    <name>unfold::GuidedSessionWizard</name>
    <message>
        <source>Guided Session</source>
        <translation>Sessão guiada</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>The plan of rounds and prompts the session follows.</source>
        <translation>O plano de rodadas e propostas que a sessão segue.</translation>
    </message>
    <message>
        <source>Protocol problems</source>
        <translation>Problemas do protocolo</translation>
    </message>
    <message>
        <source>What is wrong with a protocol that cannot be used, if anything.</source>
        <translation>O que há de errado com um protocolo que não pode ser usado, se for o caso.</translation>
    </message>
    <message>
        <source>&amp;Import Protocol…</source>
        <translation>&amp;Importar protocolo…</translation>
    </message>
    <message>
        <source>Import a protocol file</source>
        <translation>Importar um arquivo de protocolo</translation>
    </message>
    <message>
        <source>Adds a protocol from a JSON file in Unfold&apos;s protocol format.</source>
        <translation>Adiciona um protocolo a partir de um arquivo JSON no formato de protocolos do Unfold.</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Começar</translation>
    </message>
    <message>
        <source>Begin the guided session</source>
        <translation>Começar a sessão guiada</translation>
    </message>
    <message>
        <source>Starts a new session with the chosen protocol&apos;s first round.</source>
        <translation>Começa uma nova sessão com a primeira rodada do protocolo escolhido.</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocolo:</translation>
    </message>
    <message>
        <source>A guided session with %1 and %2.</source>
        <translation>Uma sessão guiada com %1 e %2.</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Notas do terapeuta</translation>
    </message>
    <message>
        <source>Private notes on the session; reports leave them out unless asked.</source>
        <translation>Notas privadas sobre a sessão; os relatórios as deixam de fora, a menos que se peça o contrário.</translation>
    </message>
    <message>
        <source>&amp;Therapist notes. They stay private: no report or export shows them unless you tick &quot;include notes&quot; for it.</source>
        <translation>&amp;Notas do terapeuta. Elas ficam privadas: nenhum relatório ou exportação as mostra, a menos que você marque &quot;incluir notas&quot; para isso.</translation>
    </message>
    <message>
        <source>Show &amp;summary</source>
        <translation>Mostrar o &amp;resumo</translation>
    </message>
    <message>
        <source>Save the notes and show the summary</source>
        <translation>Salvar as notas e mostrar o resumo</translation>
    </message>
    <message>
        <source>Keeps the notes with the session and shows what changed.</source>
        <translation>Guarda as notas com a sessão e mostra o que mudou.</translation>
    </message>
    <message>
        <source>&amp;Include therapist notes in the report</source>
        <translation>&amp;Incluir as notas do terapeuta no relatório</translation>
    </message>
    <message>
        <source>Include therapist notes in the report</source>
        <translation>Incluir as notas do terapeuta no relatório</translation>
    </message>
    <message>
        <source>Off, the report leaves the private notes out.</source>
        <translation>Se estiver desmarcada, o relatório deixa as notas privadas de fora.</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <source>Export the report as a PDF file</source>
        <translation>Exportar o relatório como arquivo PDF</translation>
    </message>
    <message>
        <source>Asks where to save the session report as PDF.</source>
        <translation>Pergunta onde salvar em PDF o relatório da sessão.</translation>
    </message>
    <message>
        <source>P&amp;rint Report…</source>
        <translation>Imp&amp;rimir relatório…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir o relatório</translation>
    </message>
    <message>
        <source>Opens the print dialog for the session report.</source>
        <translation>Abre a caixa de diálogo de impressão para o relatório da sessão.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close the guided session</source>
        <translation>Fechar a sessão guiada</translation>
    </message>
    <message>
        <source>Everything logged is already saved in the journal.</source>
        <translation>Tudo o que foi registrado já está salvo no diário.</translation>
    </message>
    <message>
        <source>Not offered, because of problems:
%1</source>
        <translation>Não oferecido, por causa de problemas:
%1</translation>
    </message>
    <message>
        <source>The protocol was not imported:
%1</source>
        <translation>O protocolo não foi importado:
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
        <translation>Arquivos de protocolo (*.json)</translation>
    </message>
    <message>
        <source>No protocol could be read.</source>
        <translation>Não foi possível ler nenhum protocolo.</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Sessão guiada</translation>
    </message>
    <message>
        <source>The session could not be started: %1</source>
        <translation>Não foi possível começar a sessão: %1</translation>
    </message>
    <message>
        <source>Guided session: %1</source>
        <translation>Sessão guiada: %1</translation>
    </message>
    <message>
        <source>The protocol could not be marked on the timeline: %1</source>
        <translation>Não foi possível marcar o protocolo na linha do tempo: %1</translation>
    </message>
    <message>
        <source>Stopped after round %1. Nothing more has to be said today.</source>
        <translation>Parou depois da rodada %1. Hoje não é preciso dizer mais nada.</translation>
    </message>
    <message>
        <source>The check-in &quot;%1&quot; is not installed; skipped.</source>
        <translation>O check-in &quot;%1&quot; não está instalado; foi pulado.</translation>
    </message>
    <message>
        <source>The check-in answers could not be saved: %1</source>
        <translation>Não foi possível salvar as respostas do check-in: %1</translation>
    </message>
    <message>
        <source>The notes could not be saved: %1</source>
        <translation>Não foi possível salvar as notas: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>O relatório não foi gravado: %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Relatório gravado em %1.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Não foi possível imprimir o relatório.</translation>
    </message>
</context>
<context>
    <name>unfold::HandOverFlow</name>
    <message>
        <source>no score</source>
        <translation>sem pontuação</translation>
    </message>
    <message>
        <source>Start answering</source>
        <translation>Começar a responder</translation>
    </message>
    <message>
        <source>Shows the questionnaire to the person named; the other&apos;s answers stay hidden.</source>
        <translation>Mostra o questionário à pessoa indicada; as respostas da outra continuam ocultas.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the hand-over</source>
        <translation>Cancelar a troca</translation>
    </message>
    <message>
        <source>Stops without saving any answers.</source>
        <translation>Para sem salvar nenhuma resposta.</translation>
    </message>
    <message>
        <source>Both answers side by side</source>
        <translation>As duas respostas lado a lado</translation>
    </message>
    <message>
        <source>One row per question: what each of you answered.</source>
        <translation>Uma linha por pergunta: o que cada um respondeu.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Co&amp;ncluído</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Fechar a comparação</translation>
    </message>
    <message>
        <source>Goes back to the questionnaires; both sets of answers are saved.</source>
        <translation>Volta aos questionários; as respostas dos dois são salvas.</translation>
    </message>
    <message>
        <source>Please hand the device to %1.
%2, please look away until %1 has finished; you will answer next, and neither of you sees the other&apos;s answers until both are done.</source>
        <translation>Por favor, passe o aparelho para %1.
%2, por favor, não olhe até %1 terminar; depois é a sua vez, e nenhum de vocês vê as respostas do outro antes de os dois terminarem.</translation>
    </message>
    <message>
        <source>Thank you, %1. Your answers are hidden.
Please hand the device to %2.</source>
        <translation>Obrigado, %1. Suas respostas estão ocultas.
Por favor, passe o aparelho para %2.</translation>
    </message>
    <message>
        <source>I am %1: start</source>
        <translation>Sou %1: começar</translation>
    </message>
    <message>
        <source>Start answering as %1</source>
        <translation>Começar a responder como %1</translation>
    </message>
    <message>
        <source>%1 and %2 side by side. Rows marked ◆ differ by %3 points or more.</source>
        <translation>%1 e %2 lado a lado. As linhas marcadas com ◆ diferem em %3 pontos ou mais.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>Score: %1 (0–100)</source>
        <translation>Pontuação: %1 (0–100)</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>não comparado</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message numerus="yes">
        <source>◆ %n apart</source>
        <translation>
            <numerusform>◆ %n ponto de diferença</numerusform>
            <numerusform>◆ %n pontos de diferença</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n apart</source>
        <translation>
            <numerusform>%n ponto de diferença</numerusform>
            <numerusform>%n pontos de diferença</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 pontos</translation>
    </message>
</context>
<context>
    <name>unfold::HelpButton</name>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>User guide: %1 (F1)</source>
        <translation>Guia do usuário: %1 (F1)</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Ajuda: %1</translation>
    </message>
    <message>
        <source>Opens the user guide at its section “%1”.</source>
        <translation>Abre o guia do usuário na seção “%1”.</translation>
    </message>
</context>
<context>
    <name>unfold::Insights</name>
    <message>
        <source>Sharing has been one-sided lately</source>
        <translation>Ultimamente, o compartilhar tem sido desigual</translation>
    </message>
    <message>
        <source>Core-layer sharing came very early</source>
        <translation>Houve confidências do núcleo muito cedo</translation>
    </message>
    <message>
        <source>Fewer topics in recent sessions</source>
        <translation>Menos temas nas últimas sessões</translation>
    </message>
    <message>
        <source>Reciprocity index, recent mean</source>
        <translation>Índice de reciprocidade, média recente</translation>
    </message>
    <message>
        <source>Over the last %1 sessions, %2 did most of the sharing: %3 % of it, counting how deep each disclosure went. It may be a cue to slow down and leave room for the other person.</source>
        <translation>Nas últimas %1 sessões, %2 fez a maior parte da partilha: %3 %, contando a profundidade de cada revelação. Pode ser um sinal para abrandar e deixar espaço à outra pessoa.</translation>
    </message>
    <message>
        <source>%1 shared nothing</source>
        <translation>%1 não partilhou nada</translation>
    </message>
    <message>
        <source>%1 shared %2 at mean depth %3</source>
        <translation>%1 partilhou %2 com profundidade média %3</translation>
    </message>
    <message>
        <source>Session %1 (%2)</source>
        <translation>Sessão %1 (%2)</translation>
    </message>
    <message>
        <source>%1; %2; %3 % of it by %4</source>
        <translation>%1; %2; %3 % disso por %4</translation>
    </message>
    <message>
        <source>Share of the sharing by %1, together</source>
        <translation>Parte da partilha feita por %1, no conjunto</translation>
    </message>
    <message>
        <source>Disclosures at the core layer were logged in session %1, within the first %2 days of this relationship. Closeness usually grows layer by layer; going gently may help both of you.</source>
        <translation>Na sessão %1 foram registadas revelações da camada central, nos primeiros %2 dias desta relação. A proximidade costuma crescer camada a camada; ir com calma pode ajudar ambos.</translation>
    </message>
    <message>
        <source>Relationship began</source>
        <translation>Início da relação</translation>
    </message>
    <message>
        <source>core-layer disclosures: %1; days since the start: %2</source>
        <translation>revelações da camada central: %1; dias desde o início: %2</translation>
    </message>
    <message>
        <source>Sessions %1 to %2</source>
        <translation>Sessões %1 a %2</translation>
    </message>
    <message>
        <source>The last %1 sessions touched %2 topics between them, the %1 before them %3. When sharing narrows it can mean the relationship is pulling back a little; it can also just be a busy time.</source>
        <translation>As últimas %1 sessões tocaram %2 temas no total, as %1 anteriores %3. Quando a partilha se estreita pode querer dizer que a relação se retrai um pouco; também pode ser só uma fase atarefada.</translation>
    </message>
    <message>
        <source>topics: %1</source>
        <translation>temas: %1</translation>
    </message>
    <message>
        <source>%1 (0–100) from session %2 to session %3, %4 days apart; a fall of %5 points, where up to %6 is noise</source>
        <translation>%1 (0–100) da sessão %2 à sessão %3, com %4 dias de distância; uma descida de %5 pontos, quando até %6 é ruído</translation>
    </message>
    <message>
        <source>%1 feels less met, while sharing stays balanced</source>
        <translation>%1 sente-se menos acolhido/a, embora a partilha continue equilibrada</translation>
    </message>
    <message>
        <source>%1&apos;s answers about %2 have fallen by more than their usual ups and downs, while the logged sharing still looks balanced. It may be worth asking how sharing feels, not only how much there is.</source>
        <translation>As respostas de %1 sobre %2 desceram mais do que os seus altos e baixos habituais, embora a partilha registada ainda pareça equilibrada. Pode valer a pena perguntar como se sente a partilha, e não só quanta há.</translation>
    </message>
    <message>
        <source>%1&apos;s answers have fallen</source>
        <translation>As respostas de %1 desceram</translation>
    </message>
    <message>
        <source>%1&apos;s answers about %2 have fallen by more than their usual ups and downs. It may be worth asking gently how your conversations have felt lately.</source>
        <translation>As respostas de %1 sobre %2 desceram mais do que os seus altos e baixos habituais. Pode valer a pena perguntar com delicadeza como têm sido sentidas as vossas conversas ultimamente.</translation>
    </message>
</context>
<context>
    <name>unfold::InsightsPanel</name>
    <message>
        <source>Insights</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Observations from your log, not judgements. Each shows what it rests on.</source>
        <translation>Observações a partir dos seus registros, não julgamentos. Cada uma mostra em que se baseia.</translation>
    </message>
    <message>
        <source>&lt;small&gt;Based on:&lt;br/&gt;%1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Baseia-se em:&lt;br/&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Open Latest Session</source>
        <translation>Abrir a última sessão</translation>
    </message>
    <message>
        <source>Open the latest session of: %1</source>
        <translation>Abrir a última sessão de: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Dispensar: %1</translation>
    </message>
    <message>
        <source>Nothing to point out for now.</source>
        <translation>Por enquanto, nada a destacar.</translation>
    </message>
    <message>
        <source>Observations from your log, each with what it rests on.</source>
        <translation>Observações a partir dos seus registros, cada uma com aquilo em que se baseia.</translation>
    </message>
    <message>
        <source>Opens the most recent session this observation rests on.</source>
        <translation>Abre a sessão mais recente em que esta observação se baseia.</translation>
    </message>
    <message>
        <source>Hides this observation for this journal.</source>
        <translation>Oculta esta observação neste diário.</translation>
    </message>
    <message>
        <source>Up to session %1 of %2, the last one the chart shows.</source>
        <translation>Até à sessão %1 de %2, a última que o gráfico mostra.</translation>
    </message>
</context>
<context>
    <name>unfold::InstrumentLibrary</name>
    <message>
        <source>&quot;%1&quot; is the id of an instrument that comes with Unfold; give yours its own id</source>
        <translation>“%1” é o id de um questionário que vem com o Unfold; dê ao seu um id próprio</translation>
    </message>
    <message>
        <source>is neither a file nor the id of a known instrument (known: %1)</source>
        <translation>não é nem um arquivo nem o id de um questionário conhecido (conhecidos: %1)</translation>
    </message>
</context>
<context>
    <name>unfold::InstrumentValidator</name>
    <message>
        <source>is too large to be an instrument</source>
        <translation>é grande demais para ser um questionário</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>deve ser texto</translation>
    </message>
    <message>
        <source>is not a field of an instrument</source>
        <translation>não é um campo de questionário</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está faltando</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <source>must be greater than scale.min</source>
        <translation>deve ser maior que scale.min</translation>
    </message>
    <message>
        <source>gives more than %1 points</source>
        <translation>abrange mais de %1 pontos</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>deve ser uma lista</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve ser um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>labels the value %1 a second time</source>
        <translation>rotula o valor %1 pela segunda vez</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>deve ser uma lista não vazia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier subscale</source>
        <translation>&quot;%1&quot; já é usado por uma subescala anterior</translation>
    </message>
    <message>
        <source>must be &quot;mean&quot; or &quot;sum&quot;</source>
        <translation>deve ser &quot;mean&quot; ou &quot;sum&quot;</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>deve ser um número maior que 0</translation>
    </message>
    <message>
        <source>must be a number between 0 and 1</source>
        <translation>deve ser um número entre 0 e 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the answers file</source>
        <translation>&quot;%1&quot; está reservado para o arquivo de respostas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier item</source>
        <translation>&quot;%1&quot; já é usado por uma pergunta anterior</translation>
    </message>
    <message>
        <source>names no subscale of this instrument (&quot;%1&quot;)</source>
        <translation>não indica nenhuma subescala deste questionário (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>must be &quot;rating&quot; or &quot;circles&quot;</source>
        <translation>deve ser &quot;rating&quot; ou &quot;circles&quot;</translation>
    </message>
    <message>
        <source>has no items</source>
        <translation>não tem perguntas</translation>
    </message>
    <message>
        <source>mixes items answered on different ranges</source>
        <translation>mistura perguntas com faixas de resposta diferentes</translation>
    </message>
</context>
<context>
    <name>unfold::Journal</name>
    <message>
        <source>%1 is in use by %2. You can open it read-only.</source>
        <translation>%1 está sendo usado por %2. Você pode abri-lo somente para leitura.</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 &amp; %2</translation>
    </message>
    <message>
        <source>The journal is open read-only.</source>
        <translation>O diário está aberto somente para leitura.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for editing: its lock file %2 cannot be written.</source>
        <translation>%1 não pode ser aberto para edição: o seu ficheiro de bloqueio %2 não pode ser escrito.</translation>
    </message>
</context>
<context>
    <name>unfold::JournalBackups</name>
    <message>
        <source>the journal could not be read</source>
        <translation>não foi possível ler o diário</translation>
    </message>
</context>
<context>
    <name>unfold::JournalEncryption</name>
    <message>
        <source>%1 was left as it was: %2</source>
        <translation>%1 não foi alterado: %2</translation>
    </message>
    <message>
        <source>the passphrase does not open it</source>
        <translation>a frase secreta não o abre</translation>
    </message>
    <message>
        <source>the new file could not be read back</source>
        <translation>não foi possível reler o novo arquivo</translation>
    </message>
    <message>
        <source>the new file did not pass the integrity check</source>
        <translation>o novo arquivo não foi aprovado na verificação de integridade</translation>
    </message>
</context>
<context>
    <name>unfold::JournalKey</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Não foi possível iniciar a biblioteca de criptografia.</translation>
    </message>
    <message>
        <source>This journal&apos;s key is derived in a way this version of Unfold does not know.</source>
        <translation>A chave deste diário é derivada de um modo que esta versão do Unfold não conhece.</translation>
    </message>
    <message>
        <source>Not enough protected memory to hold the key.</source>
        <translation>Não há memória protegida suficiente para guardar a chave.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB are needed).</source>
        <translation>Não há memória suficiente para derivar a chave (são necessários %1 MiB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted in a way this version of Unfold does not know. Update Unfold to open it.</source>
        <translation>%1 está criptografado de um modo que esta versão do Unfold não conhece. Atualize o Unfold para abri-lo.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Unfold journal.</source>
        <translation>%1 não é um diário criptografado do Unfold.</translation>
    </message>
</context>
<context>
    <name>unfold::JournalLock</name>
    <message>
        <source>another program</source>
        <translation>outro programa</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (processo %2 em %3)</translation>
    </message>
</context>
<context>
    <name>unfold::JournalOpening</name>
    <message>
        <source>Nothing was changed on disk.</source>
        <translation>Nada foi alterado no disco.</translation>
    </message>
    <message>
        <source>Journal Upgraded</source>
        <translation>Diário atualizado</translation>
    </message>
    <message>
        <source>This journal was upgraded to the current format. A copy of the old file was kept at %1.</source>
        <translation>Este diário foi atualizado para o formato atual. Uma cópia do arquivo antigo foi guardada em %1.</translation>
    </message>
    <message>
        <source>Journal in Use</source>
        <translation>Diário em uso</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Abri-lo somente para leitura?</translation>
    </message>
    <message>
        <source>Cannot Open Journal</source>
        <translation>Não é possível abrir o diário</translation>
    </message>
    <message>
        <source>Cannot Create Journal</source>
        <translation>Não é possível criar o diário</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>Essa frase secreta não abre este diário. Verifique o Caps Lock e o layout do teclado e tente de novo.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>A abrir %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Unlocking %1…</source>
        <translation>A desbloquear %1…</translation>
    </message>
</context>
<context>
    <name>unfold::JournalSchema</name>
    <message>
        <source>table</source>
        <translation>tabela</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>gatilho</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation>a sua lista de tabelas não pode ser lida</translation>
    </message>
    <message>
        <source>an added %1 “%2”</source>
        <translation>foi acrescentado: %1 “%2”</translation>
    </message>
    <message>
        <source>an added %1 “%2” on %3</source>
        <translation>foi acrescentado: %1 “%2” em %3</translation>
    </message>
    <message>
        <source>a changed %1 “%2”</source>
        <translation>foi alterado: %1 “%2”</translation>
    </message>
    <message>
        <source>a missing %1 “%2”</source>
        <translation>falta: %1 “%2”</translation>
    </message>
    <message>
        <source>the record %1 in %2 cannot be read</source>
        <translation>o registo %1 em %2 não pode ser lido</translation>
    </message>
    <message>
        <source>the records in %1 cannot be read</source>
        <translation>os registos em %1 não podem ser lidos</translation>
    </message>
    <message>
        <source>Questionnaires answered more than once by the same person for the same session now keep only the latest answers; earlier answer sets removed: %1.</source>
        <translation>Os questionários respondidos mais de uma vez pela mesma pessoa na mesma sessão guardam agora apenas as últimas respostas; conjuntos de respostas anteriores removidos: %1.</translation>
    </message>
</context>
<context>
    <name>unfold::JournalStore</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Não há nenhum arquivo em %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Unfold journal.</source>
        <translation>%1 não é um diário do Unfold.</translation>
    </message>
    <message>
        <source>%1 is a database, but not an Unfold journal.</source>
        <translation>%1 é um banco de dados, mas não um diário do Unfold.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than it says it is. A backup copy may still be complete.</source>
        <translation>%1 está danificado: o arquivo é mais curto do que ele mesmo indica. Uma cópia de segurança talvez ainda esteja completa.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Unfold (format %2; this version reads up to format %3). Update Unfold to open it.</source>
        <translation>%1 foi gravado por uma versão mais recente do Unfold (formato %2; esta versão lê até o formato %3). Atualize o Unfold para abri-lo.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>a record in %1 points to a missing record in %2</source>
        <translation>um registro em %1 aponta para um registro inexistente em %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). A backup copy may still be whole.</source>
        <translation>%1 está danificado (%2). Uma cópia de segurança talvez ainda esteja intacta.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 já existe.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>%1 uses an older format that must be upgraded before it can be shown; open it for editing once.</source>
        <translation>%1 usa um formato antigo que precisa ser atualizado antes de poder ser exibido; abra-o uma vez para edição.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but a copy of the old file could not be kept: %2</source>
        <translation>%1 precisa ser atualizado, mas não foi possível guardar uma cópia do arquivo antigo: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to the current format: %2. The file is unchanged.</source>
        <translation>Não foi possível atualizar %1 para o formato atual: %2. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>This journal is open read-only.</source>
        <translation>Este diário está aberto somente para leitura.</translation>
    </message>
    <message>
        <source>A journal has between %1 and %2 layers.</source>
        <translation>Um diário tem entre %1 e %2 camadas.</translation>
    </message>
    <message>
        <source>Disclosures at depth %1 exist; remove or change them before removing that layer.</source>
        <translation>Há confidências na profundidade %1; remova-as ou altere-as antes de remover essa camada.</translation>
    </message>
    <message>
        <source>%1 is encrypted in a way this version of Unfold does not know. Update Unfold to open it.</source>
        <translation>%1 está criptografado de um modo que esta versão do Unfold não conhece. Atualize o Unfold para abri-lo.</translation>
    </message>
    <message>
        <source>%1 is encrypted: its passphrase is needed to open it.</source>
        <translation>%1 está criptografado: é preciso a frase secreta para abri-lo.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Nothing was changed.</source>
        <translation>A frase secreta não abre %1. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 is encrypted, but not an Unfold journal.</source>
        <translation>%1 está criptografado, mas não é um diário do Unfold.</translation>
    </message>
    <message>
        <source>%1 was cut off while it was being saved (a crash or power cut). Opening it in Unfold for editing finishes the recovery; nothing was changed here.</source>
        <translation>A gravação de %1 foi interrompida (uma falha ou queda de energia). Abri-lo no Unfold para edição conclui a recuperação; nada foi alterado aqui.</translation>
    </message>
    <message>
        <source>%1 says it is in format %2, which no version of Unfold writes. It may be damaged; a backup copy may still be whole.</source>
        <translation>%1 diz estar no formato %2, que nenhuma versão do Unfold escreve. Pode estar danificado; uma cópia de segurança pode ainda estar completa.</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; e mais %n</numerusform>
            <numerusform>; e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder, not a journal file.</source>
        <translation>%1 é uma pasta, não um ficheiro de diário.</translation>
    </message>
    <message>
        <source>%1 holds changes another program has not yet written into it (in %2). Opening it in Unfold for editing writes them in; nothing was changed here.</source>
        <translation>%1 tem alterações que outro programa ainda não escreveu nele (em %2). Abri-lo no Unfold para edição escreve-as; nada foi alterado aqui.</translation>
    </message>
    <message>
        <source>%1 holds changes Unfold did not make: %2. Unfold does not open it, because such changes can alter or erase entries. A backup copy may be as Unfold left it.</source>
        <translation>%1 tem alterações que o Unfold não fez: %2. O Unfold não o abre, porque tais alterações podem modificar ou apagar entradas. Uma cópia de segurança pode estar como o Unfold a deixou.</translation>
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
        <translation>Fatos e gostos</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermediária</translation>
    </message>
    <message>
        <source>Opinions, attitudes and hopes</source>
        <translation>Opiniões, atitudes e esperanças</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Núcleo</translation>
    </message>
    <message>
        <source>Values, fears and self-concept</source>
        <translation>Valores, medos e autoimagem</translation>
    </message>
</context>
<context>
    <name>unfold::LibraryText</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; is already imported with different content; raise the version number</source>
        <translation>a versão %1 de “%2” já foi importada com outro conteúdo; aumente o número da versão</translation>
    </message>
    <message>
        <source>could not be copied into %1: %2</source>
        <translation>não foi possível copiar para %1: %2</translation>
    </message>
</context>
<context>
    <name>unfold::MainWindow</name>
    <message>
        <source>Unfold journals (*.unfold);;All files (*)</source>
        <translation>Diários do Unfold (*.unfold);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <source>&amp;Onion</source>
        <translation>&amp;Cebola</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>&amp;Questionários</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New Journal…</source>
        <translation>&amp;Novo diário…</translation>
    </message>
    <message>
        <source>&amp;Open Journal…</source>
        <translation>&amp;Abrir diário…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Salvar uma &amp;cópia…</translation>
    </message>
    <message>
        <source>&amp;Export Picture…</source>
        <translation>&amp;Exportar imagem…</translation>
    </message>
    <message>
        <source>Cop&amp;y Picture</source>
        <translation>Copiar ima&amp;gem</translation>
    </message>
    <message>
        <source>&amp;Print Picture…</source>
        <translation>Im&amp;primir imagem…</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>Exportar &amp;todos os gráficos…</translation>
    </message>
    <message>
        <source>&amp;Import Instrument…</source>
        <translation>&amp;Importar questionário…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pre&amp;ferências…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relação</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diário</translation>
    </message>
    <message>
        <source>&amp;Topics and Layers…</source>
        <translation>&amp;Temas e camadas…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>&amp;About Unfold</source>
        <translation>&amp;Sobre o Unfold</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>A backup could not be made: %1</source>
        <translation>Não foi possível fazer uma cópia de segurança: %1</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>Unfold</translation>
    </message>
    <message>
        <source>No journal open</source>
        <translation>Nenhum diário aberto</translation>
    </message>
    <message>
        <source>%1 (read-only) — Unfold</source>
        <translation>%1 (somente leitura) — Unfold</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Cada alteração é salva na hora</translation>
    </message>
    <message>
        <source>New Journal</source>
        <translation>Novo diário</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open Journal.</source>
        <translation>%1 já existe. Escolha outro nome ou abra-o com Arquivo › Abrir diário.</translation>
    </message>
    <message>
        <source>Open Journal</source>
        <translation>Abrir diário</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent journals</source>
        <translation>Nenhum diário recente</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Limpar a lista</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <source>Choose another file than the open journal.</source>
        <translation>Escolha um arquivo diferente do diário aberto.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Cópia salva em %1</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1
The journal itself is unchanged.</source>
        <translation>Não foi possível salvar a cópia: %1
O diário em si não foi alterado.</translation>
    </message>
    <message>
        <source>About Unfold</source>
        <translation>Sobre o Unfold</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Unfold %1&lt;/h3&gt;&lt;p&gt;Reflect on how you and the people close to you open up, after Social Penetration Theory.&lt;/p&gt;&lt;p&gt;Your journals stay on this computer. Unfold has no network code.&lt;/p&gt;&lt;p&gt;Copyright © Unfold contributors. Unfold is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Using Qt %2 and SQLite %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Unfold %1&lt;/h3&gt;&lt;p&gt;Reflita sobre como você se abre às pessoas próximas, e elas a você, segundo a teoria da penetração social (Social Penetration Theory).&lt;/p&gt;&lt;p&gt;Seus diários ficam neste computador. O Unfold não tem código de rede.&lt;/p&gt;&lt;p&gt;Copyright © colaboradores do Unfold. O Unfold é software livre: você pode redistribuí-lo e/ou modificá-lo nos termos da Licença Pública Geral GNU, versão 3 ou (a seu critério) qualquer versão posterior (GPL-3.0-or-later). Ele é fornecido SEM NENHUMA GARANTIA.&lt;/p&gt;&lt;p&gt;Usa Qt %2 e SQLite %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Alteração não salva</translation>
    </message>
    <message>
        <source>The change could not be saved: %1
The journal on disk is as it was before.</source>
        <translation>Não foi possível salvar a alteração: %1
O diário no disco continua como estava.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>&amp;Guided Session…</source>
        <translation>Sessão &amp;guiada…</translation>
    </message>
    <message>
        <source>Guided Session</source>
        <translation>Sessão guiada</translation>
    </message>
    <message>
        <source>Open a journal you can edit and choose a relationship first.</source>
        <translation>Abra primeiro um diário que você possa editar e escolha uma relação.</translation>
    </message>
    <message>
        <source>Client &amp;History…</source>
        <translation>&amp;Histórico do cliente…</translation>
    </message>
    <message>
        <source>Client History</source>
        <translation>Histórico do cliente</translation>
    </message>
    <message>
        <source>Open a journal and choose a relationship first.</source>
        <translation>Abra primeiro um diário e escolha uma relação.</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>Sessã&amp;o</translation>
    </message>
    <message>
        <source>Char&amp;ts</source>
        <translation>Grá&amp;ficos</translation>
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
        <translation>Criptografado · cada alteração é salva na hora</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Criptografar…</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Alterar a &amp;frase secreta…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and the keyboard layout.</source>
        <translation>Essa frase secreta não abre este diário. Verifique o Caps Lock e o layout do teclado.</translation>
    </message>
    <message>
        <source>Encrypt Journal</source>
        <translation>Criptografar diário</translation>
    </message>
    <message>
        <source>The journal could not be encrypted: %1
It is unchanged.</source>
        <translation>Não foi possível criptografar o diário: %1
Ele não foi alterado.</translation>
    </message>
    <message>
        <source>The journal is now encrypted.</source>
        <translation>O diário agora está criptografado.</translation>
    </message>
    <message>
        <source>Remove Plain Copies?</source>
        <translation>Excluir as cópias não criptografadas?</translation>
    </message>
    <message numerus="yes">
        <source>Unfold made %n unencrypted copy(ies) of this journal before it was encrypted (backups, and copies kept before format upgrades). Anyone who can read your files can read them.</source>
        <translation>
            <numerusform>O Unfold fez %n cópia não criptografada deste diário antes de ele ser criptografado (cópias de segurança e cópias guardadas antes de atualizações). Qualquer pessoa que possa ler seus arquivos pode lê-la.</numerusform>
            <numerusform>O Unfold fez %n cópias não criptografadas deste diário antes de ele ser criptografado (cópias de segurança e cópias guardadas antes de atualizações). Qualquer pessoa que possa ler seus arquivos pode lê-las.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing them is best. Be aware that a removed file may still be recoverable from the disk with special tools until its space is reused, and copies elsewhere (a backup drive, a sync folder) are not touched.</source>
        <translation>O melhor é excluí-las. Saiba que um arquivo excluído ainda pode ser recuperado do disco com ferramentas especiais até que o espaço dele seja reutilizado, e que cópias em outros lugares (um disco de cópias de segurança, uma pasta sincronizada) não são afetadas.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Remove Plain Copies</source>
        <translation>Excluir as cópias não criptografadas</translation>
    </message>
    <message>
        <source>These could not be removed:
%1</source>
        <translation>Não foi possível excluir estes arquivos:
%1</translation>
    </message>
    <message>
        <source>That is not the journal&apos;s current passphrase.</source>
        <translation>Essa não é a frase secreta atual do diário.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Alterar a frase secreta</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1
The old passphrase still opens the journal.</source>
        <translation>Não foi possível alterar a frase secreta: %1
A frase secreta antiga continua abrindo o diário.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>A frase secreta foi alterada.</translation>
    </message>
    <message>
        <source>The journal was encrypted, but could not be opened again: %1</source>
        <translation>O diário foi criptografado, mas não pôde ser aberto novamente: %1</translation>
    </message>
    <message>
        <source>The journal could not be opened again after changing its passphrase: %1
Try the new passphrase first, then the old one.</source>
        <translation>O diário não pôde ser aberto novamente após a troca da frase secreta: %1
Tente primeiro a frase nova, depois a antiga.</translation>
    </message>
    <message>
        <source>The chosen session, onion, charts, questionnaires and both partners&apos; accounts; Alt with the underlined letter opens each.</source>
        <translation>A sessão escolhida, a cebola, os gráficos, os questionários e os relatos dos dois parceiros; Alt com a letra sublinhada abre cada um.</translation>
    </message>
    <message>
        <source>Unfold exchange files (*.unfoldx);;All files (*)</source>
        <translation>Arquivos de troca do Unfold (*.unfoldx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>S&amp;hare with Partner…</source>
        <translation>&amp;Compartilhar com a outra pessoa…</translation>
    </message>
    <message>
        <source>Write this relationship to an encrypted file for your partner&apos;s Unfold.</source>
        <translation>Gravar esta relação em um arquivo criptografado para o Unfold da outra pessoa.</translation>
    </message>
    <message>
        <source>&amp;Import Partner&apos;s Account…</source>
        <translation>&amp;Importar relato da outra pessoa…</translation>
    </message>
    <message>
        <source>Keep the account your partner shared beside your own, to compare the two.</source>
        <translation>Guardar o relato que a outra pessoa compartilhou ao lado do seu, para comparar os dois.</translation>
    </message>
    <message>
        <source>Remove Partner&apos;s Accou&amp;nt</source>
        <translation>Remover re&amp;lato da outra pessoa</translation>
    </message>
    <message>
        <source>Remove Partner&apos;s Account</source>
        <translation>Remover relato da outra pessoa</translation>
    </message>
    <message>
        <source>Share with Partner</source>
        <translation>Compartilhar com a outra pessoa</translation>
    </message>
    <message>
        <source>Choose a relationship first.</source>
        <translation>Escolha primeiro uma relação.</translation>
    </message>
    <message>
        <source>%1 - shared by %2.unfoldx</source>
        <translation>%1 - compartilhado por %2.unfoldx</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Não foi possível gravar o arquivo: %1</translation>
    </message>
    <message>
        <source>Your account of %1 is in %2.

Give your partner the file, and tell them the passphrase another way (not in the same message).</source>
        <translation>Seu relato de %1 está em %2.

Entregue o arquivo à outra pessoa e diga a ela a frase secreta por outro meio (não na mesma mensagem).</translation>
    </message>
    <message>
        <source>Import Partner&apos;s Account</source>
        <translation>Importar relato da outra pessoa</translation>
    </message>
    <message>
        <source>Open a journal you can edit and choose the relationship first.</source>
        <translation>Abra primeiro um diário que você possa editar e escolha a relação.</translation>
    </message>
    <message>
        <source>The passphrase you and your partner agreed on:</source>
        <translation>A frase secreta que você e a outra pessoa combinaram:</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nada foi importado. %1</translation>
    </message>
    <message>
        <source>The file calls the two people %1 and %2. Which person of %3 sent it?</source>
        <translation>O arquivo chama as duas pessoas de %1 e %2. Qual pessoa de %3 o enviou?</translation>
    </message>
    <message>
        <source>Replace Partner&apos;s Account</source>
        <translation>Substituir relato da outra pessoa</translation>
    </message>
    <message>
        <source>The partner&apos;s account of %1 was replaced with the newer one.</source>
        <translation>O relato da outra pessoa sobre %1 foi substituído pelo mais recente.</translation>
    </message>
    <message>
        <source>The partner&apos;s account of %1 was imported.</source>
        <translation>O relato da outra pessoa sobre %1 foi importado.</translation>
    </message>
    <message>
        <source>Both Sides</source>
        <translation>Os dois lados</translation>
    </message>
    <message>
        <source>Unlocking the partner&apos;s file…</source>
        <translation>Desbloqueando o arquivo da outra pessoa…</translation>
    </message>
    <message>
        <source>Default Names</source>
        <translation>Nomes padrão</translation>
    </message>
    <message>
        <source>This journal&apos;s default topics and layers are named in the language it was started in. Name them in %1 too?</source>
        <translation>Os temas e camadas padrão deste diário têm os nomes do idioma em que ele foi iniciado. Nomeá-los também em %1?</translation>
    </message>
    <message>
        <source>Topics and layers you named yourself keep their names. Edit › Undo brings the old names back.</source>
        <translation>Temas e camadas que você mesmo nomeou mantêm seus nomes. Editar › Desfazer traz os nomes antigos de volta.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>Name Defaults in %1</source>
        <translation>Nomes padrão em %1</translation>
    </message>
    <message>
        <source>Edit Topic</source>
        <translation>Editar tema</translation>
    </message>
    <message>
        <source>Encrypting the journal…</source>
        <translation>Criptografando o diário…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Alterando a frase secreta…</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Salvando uma cópia…</translation>
    </message>
    <message>
        <source>Backup Not Made</source>
        <translation>Cópia de segurança não feita</translation>
    </message>
    <message>
        <source>The journal&apos;s latest backup could not be made: %1
Every edit is saved in the journal itself.</source>
        <translation>Não foi possível fazer a última cópia de segurança do diário: %1
Cada alteração está salva no próprio diário.</translation>
    </message>
</context>
<context>
    <name>unfold::OnionDescription</name>
    <message>
        <source>%1: passed through on the way deeper, no disclosures here</source>
        <translation>%1: atravessada a caminho de camadas mais profundas, sem confidências aqui</translation>
    </message>
    <message>
        <source>%1: not reached</source>
        <translation>%1: não alcançada</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n disclosure(s), latest %2</source>
        <translation>
            <numerusform>%1: %n confidência, a última em %2</numerusform>
            <numerusform>%1: %n confidências, a última em %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 layer</source>
        <translation>%1, camada %2</translation>
    </message>
    <message>
        <source>Onion of %1, %2.</source>
        <translation>Cebola de %1, %2.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 reached %2 of %3 topics (penetration %4 %)%5</source>
        <translation>%1 alcançou %2 de %3 temas (penetração %4 %)%5</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>%1: disclosures</source>
        <translation>%1: confidências</translation>
    </message>
    <message>
        <source>%1: latest</source>
        <translation>%1: a última</translation>
    </message>
    <message>
        <source>Of the cells where anything was shared, %1 lean to %2, %3 are about even and %4 lean to %5.</source>
        <translation>Das células onde algo foi compartilhado, %1 pendem para %2, %3 estão mais ou menos equilibradas e %4 pendem para %5.</translation>
    </message>
    <message>
        <source>%1 (%2 before, %3 now)</source>
        <translation>%1 (antes %2, agora %3)</translation>
    </message>
    <message>
        <source>%1 (%2 before, not now)</source>
        <translation>%1 (antes %2, agora não)</translation>
    </message>
    <message>
        <source>%1 went less deep than before on %2.</source>
        <translation>%1 foi menos fundo do que antes em %2.</translation>
    </message>
</context>
<context>
    <name>unfold::OnionSubject</name>
    <message>
        <source>Layer %1</source>
        <translation>Camada %1</translation>
    </message>
    <message>
        <source>No sessions logged yet</source>
        <translation>Ainda não há sessões registradas</translation>
    </message>
    <message numerus="yes">
        <source>Before the first of %n session(s)</source>
        <translation>
            <numerusform>Antes da primeira sessão (de %n)</numerusform>
            <numerusform>Antes da primeira de %n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>After session %1 of %2 · %3</source>
        <translation>Depois da sessão %1 de %2 · %3</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>a outra pessoa</translation>
    </message>
    <message>
        <source>%1, as %2 logged it</source>
        <translation>%1, como %2 registrou</translation>
    </message>
    <message>
        <source>Sessions %1 to %2 of %3 · %4</source>
        <translation>Sessões %1 a %2 de %3 · %4</translation>
    </message>
</context>
<context>
    <name>unfold::OnionText</name>
    <message>
        <source>%1: %2 of %3 topics, penetration %4 %</source>
        <translation>%1: %2 de %3 temas, penetração %4 %</translation>
    </message>
    <message>
        <source>Mostly %1</source>
        <translation>Principalmente %1</translation>
    </message>
    <message>
        <source>About even</source>
        <translation>Mais ou menos equilibrado</translation>
    </message>
    <message>
        <source>Numbers: %1 : %2 disclosures in that layer of the topic</source>
        <translation>Números: confidências de %1 : %2 nessa camada do tema</translation>
    </message>
    <message>
        <source>outlined: new in this session</source>
        <translation>com contorno: novo nesta sessão</translation>
    </message>
    <message>
        <source>Clockwise in each topic: %1&apos;s half, then %2&apos;s; numbers count disclosures in that layer</source>
        <translation>No sentido horário em cada tema: primeiro a metade de %1, depois a de %2; os números contam as confidências nessa camada</translation>
    </message>
    <message numerus="yes">
        <source>faint: reached before, not in the last %n session(s)</source>
        <translation>
            <numerusform>esmaecido: alcançado antes, não na última %n sessão</numerusform>
            <numerusform>esmaecido: alcançado antes, não nas últimas %n sessões</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::OnionView</name>
    <message>
        <source>Onion</source>
        <translation>Cebola</translation>
    </message>
    <message>
        <source>Onion as a table</source>
        <translation>A cebola como tabela</translation>
    </message>
    <message>
        <source>Who reached each layer</source>
        <translation>Quem alcançou cada camada</translation>
    </message>
    <message>
        <source>Balance in each cell</source>
        <translation>Equilíbrio em cada célula</translation>
    </message>
    <message>
        <source>What the onion shows</source>
        <translation>O que a cebola mostra</translation>
    </message>
    <message>
        <source>Show the onion as a table</source>
        <translation>Mostrar a cebola como tabela</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Play the sessions one after another</source>
        <translation>Reproduzir as sessões uma após a outra</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
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
        <translation>As teclas de seta passam de uma célula a outra; Enter mostra as confidências de uma célula.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Disclosures in this cell</source>
        <translation>Confidências nesta célula</translation>
    </message>
    <message>
        <source>No disclosures here yet</source>
        <translation>Ainda não há confidências aqui</translation>
    </message>
    <message>
        <source>Open the session of %1 (%2)</source>
        <translation>Abrir a sessão de %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier</source>
        <translation>
            <numerusform>… e %n anterior</numerusform>
            <numerusform>… e %n anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>onion</source>
        <translation>cebola</translation>
    </message>
    <message>
        <source>Onion of %1</source>
        <translation>Cebola de %1</translation>
    </message>
    <message>
        <source>The onion&apos;s cells as rows: topic, layer and who reached it.</source>
        <translation>As células da cebola como linhas: tema, camada e quem a alcançou.</translation>
    </message>
    <message>
        <source>Who reached each layer of each topic, or how evenly both shared there.</source>
        <translation>Quem alcançou cada camada de cada tema, ou quão equilibrado foi o compartilhar ali.</translation>
    </message>
    <message>
        <source>Switches between the picture and a table of the same content.</source>
        <translation>Alterna entre a imagem e uma tabela com o mesmo conteúdo.</translation>
    </message>
    <message>
        <source>The onion in words: how broad and how deep each person went.</source>
        <translation>A cebola em palavras: quanta amplitude e quanta profundidade cada pessoa alcançou.</translation>
    </message>
    <message>
        <source>Reading the onion</source>
        <translation>Ler a cebola</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>As t&amp;able</source>
        <translation>Como &amp;tabela</translation>
    </message>
    <message>
        <source>As I logged it</source>
        <translation>Como eu registrei</translation>
    </message>
    <message>
        <source>Whose account the onion shows</source>
        <translation>De quem é o relato que a cebola mostra</translation>
    </message>
    <message>
        <source>The onion of your own log, or of the account your partner shared with you.</source>
        <translation>A cebola do seu próprio registro, ou do relato que a outra pessoa compartilhou com você.</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>&amp;Relato:</translation>
    </message>
    <message>
        <source>As %1 logged it</source>
        <translation>Como %1 registrou</translation>
    </message>
    <message>
        <source>%1 (%2): no session of yours is matched to it</source>
        <translation>%1 (%2): nenhuma sessão sua está pareada com ela</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas as sessões</translation>
    </message>
    <message numerus="yes">
        <source>Last %n session(s)</source>
        <translation>
            <numerusform>Última %n sessão</numerusform>
            <numerusform>Últimas %n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>Which sessions the onion counts</source>
        <translation>Quais sessões a cebola conta</translation>
    </message>
    <message>
        <source>All sessions so far, or only the latest few: what was reached before and not since shows faintly.</source>
        <translation>Todas as sessões até agora, ou só as últimas: o que foi alcançado antes e não desde então aparece esmaecido.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
</context>
<context>
    <name>unfold::PartnerAccount</name>
    <message>
        <source>a session in the file is incomplete</source>
        <translation>uma sessão do arquivo está incompleta</translation>
    </message>
    <message>
        <source>a session&apos;s mood is out of range</source>
        <translation>o humor de uma sessão está fora do intervalo permitido</translation>
    </message>
    <message>
        <source>a disclosure of the session of %1 is incomplete or out of range</source>
        <translation>uma confidência da sessão de %1 está incompleta ou fora do intervalo permitido</translation>
    </message>
    <message>
        <source>a questionnaire answered in the session of %1 is incomplete</source>
        <translation>um questionário respondido na sessão de %1 está incompleto</translation>
    </message>
    <message>
        <source>The partner&apos;s account cannot be read: %1.</source>
        <translation>Não é possível ler o relato da outra pessoa: %1.</translation>
    </message>
    <message>
        <source>it is not an account</source>
        <translation>não é um relato</translation>
    </message>
    <message>
        <source>it has no format</source>
        <translation>não indica o formato</translation>
    </message>
    <message>
        <source>This account was written by a newer version of Unfold. Update Unfold to import it.</source>
        <translation>Este relato foi gravado por uma versão mais recente do Unfold. Atualize o Unfold para importá-lo.</translation>
    </message>
    <message>
        <source>the two people are not named</source>
        <translation>as duas pessoas não têm nome</translation>
    </message>
    <message>
        <source>it does not say which of the two people wrote it</source>
        <translation>não indica qual das duas pessoas o escreveu</translation>
    </message>
    <message>
        <source>its number of layers is out of range</source>
        <translation>o número de camadas está fora do intervalo permitido</translation>
    </message>
    <message>
        <source>a topic is not named</source>
        <translation>um tema não tem nome</translation>
    </message>
    <message>
        <source>it has no time of writing</source>
        <translation>não indica quando foi escrito</translation>
    </message>
    <message>
        <source>it has no sessions</source>
        <translation>não tem sessões</translation>
    </message>
    <message>
        <source>two sessions have the same id</source>
        <translation>duas sessões têm o mesmo id</translation>
    </message>
</context>
<context>
    <name>unfold::PartnerExchange</name>
    <message>
        <source>The relationship is not in this journal.</source>
        <translation>A relação não está neste diário.</translation>
    </message>
    <message>
        <source>%1 is not one of the two people of %2.</source>
        <translation>%1 não é nenhuma das duas pessoas de %2.</translation>
    </message>
    <message>
        <source>Say which of %1 and %2 you are: your partner&apos;s journal maps the two sides by it.</source>
        <translation>Indique se você é %1 ou %2: o diário da outra pessoa associa os dois lados com base nisso.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>This journal has no relationship yet: add the relationship first.</source>
        <translation>Este diário ainda não tem nenhuma relação: adicione primeiro a relação.</translation>
    </message>
    <message>
        <source>The file is the account of %1 &amp; %2: say which relationship of this journal it belongs to.</source>
        <translation>O arquivo é o relato de %1 &amp; %2: indique a qual relação deste diário ele pertence.</translation>
    </message>
    <message>
        <source>This file was written on %1, before the account already imported (written on %2). Ask your partner for a newer file.</source>
        <translation>Este arquivo foi gravado em %1, antes do relato já importado (gravado em %2). Peça à outra pessoa um arquivo mais recente.</translation>
    </message>
</context>
<context>
    <name>unfold::PartnerSides</name>
    <message>
        <source>Your journal uses %1 layers and your partner&apos;s uses %2: their depths cannot be compared. Use the same number of layers in both journals.</source>
        <translation>Seu diário usa %1 camadas e o da outra pessoa usa %2: as profundidades não podem ser comparadas. Use o mesmo número de camadas nos dois diários.</translation>
    </message>
    <message>
        <source>The file does not say which of the two people wrote it.</source>
        <translation>O arquivo não indica qual das duas pessoas o escreveu.</translation>
    </message>
    <message>
        <source>The relationship&apos;s people are missing.</source>
        <translation>Faltam as pessoas da relação.</translation>
    </message>
    <message>
        <source>%1 is not one of the two people of %2.</source>
        <translation>%1 não é nenhuma das duas pessoas de %2.</translation>
    </message>
    <message>
        <source>%1 is you in this journal: the file must come from the other person.</source>
        <translation>%1 é você neste diário: o arquivo precisa vir da outra pessoa.</translation>
    </message>
    <message>
        <source>This file is the account of %1 &amp; %2, another relationship of this journal, not of %3.</source>
        <translation>Este arquivo é o relato de %1 &amp; %2, outra relação deste diário, não de %3.</translation>
    </message>
    <message>
        <source>This file was written by %1, who is you in this journal: import the file your partner shared.</source>
        <translation>Este arquivo foi escrito por %1, que é você neste diário: importe o arquivo que a outra pessoa compartilhou.</translation>
    </message>
    <message>
        <source>Which of the two people sent this file?</source>
        <translation>Qual das duas pessoas enviou este arquivo?</translation>
    </message>
</context>
<context>
    <name>unfold::PassphraseDialog</name>
    <message>
        <source>Open Encrypted Journal</source>
        <translation>Abrir diário criptografado</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 está criptografado. Digite a frase secreta para abri-lo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Alterar a frase secreta</translation>
    </message>
    <message>
        <source>Afterwards only the new passphrase opens %1. Backups made before keep the passphrase they were made with.</source>
        <translation>Depois disso, só a nova frase secreta abrirá %1. As cópias de segurança feitas antes mantêm a frase secreta com que foram feitas.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase secreta atual</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase secreta &amp;atual:</translation>
    </message>
    <message>
        <source>Encrypt Journal</source>
        <translation>Criptografar diário</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1. From then on the journal, and every backup and copy Unfold makes of it, is encrypted: without the passphrase nobody can read them, and nobody can recover the passphrase for you if you forget it.</source>
        <translation>Escolha uma frase secreta para %1. A partir daí, o diário e cada cópia de segurança e cópia que o Unfold fizer dele ficam criptografados: sem a frase secreta ninguém pode lê-los, e ninguém pode recuperá-la para você se a esquecer.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repetir a nova frase secreta</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nova frase secreta:</translation>
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
        <translation>Criptografar</translation>
    </message>
    <message>
        <source>Don&apos;t Encrypt</source>
        <translation>Não criptografar</translation>
    </message>
    <message>
        <source>Create the journal as a plain file that anyone who can read your files can read.</source>
        <translation>Cria o diário como um arquivo não criptografado, que qualquer pessoa que possa ler seus arquivos poderá ler.</translation>
    </message>
    <message>
        <source>Strength: too short. Use at least %1 characters; several words are easiest to remember.</source>
        <translation>Força: curta demais. Use pelo menos %1 caracteres; várias palavras são mais fáceis de lembrar.</translation>
    </message>
    <message>
        <source>Strength: weak. Someone with a copy of the file could guess it; add words.</source>
        <translation>Força: fraca. Alguém com uma cópia do arquivo poderia adivinhá-la; acrescente palavras.</translation>
    </message>
    <message>
        <source>Strength: fair. Another word or two would make it strong.</source>
        <translation>Força: razoável. Mais uma ou duas palavras a tornariam forte.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Força: forte.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>As duas frases secretas não coincidem.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Verificando a frase secreta…</translation>
    </message>
</context>
<context>
    <name>unfold::PerceptionSummary</name>
    <message>
        <source>The partner</source>
        <translation>a outra pessoa</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>%1&apos;s account, written %2 and imported %3: %4 sessions.</source>
        <translation>Relato de %1, gravado em %2 e importado em %3: %4 sessões.</translation>
    </message>
    <message>
        <source>Matched: %1 · only in your account: %2 · only in %3&apos;s: %4.</source>
        <translation>Pareadas: %1 · só no seu relato: %2 · só no de %3: %4.</translation>
    </message>
    <message>
        <source>%1: no session both accounts logged sharing in.</source>
        <translation>%1: nenhuma sessão em que os dois relatos registraram compartilhamento.</translation>
    </message>
    <message>
        <source>%1: %2 layers on average (%3)</source>
        <translation>%1: %2 camadas em média (%3)</translation>
    </message>
    <message>
        <source>the partner&apos;s account has them sharing deeper than yours</source>
        <translation>o relato da outra pessoa mostra um compartilhamento mais profundo do que o seu</translation>
    </message>
    <message>
        <source>the partner&apos;s account has them sharing less deep than yours</source>
        <translation>o relato da outra pessoa mostra um compartilhamento menos profundo do que o seu</translation>
    </message>
    <message>
        <source>both accounts agree</source>
        <translation>os dois relatos coincidem</translation>
    </message>
    <message>
        <source>Perception bias — %1; %2.</source>
        <translation>Viés de percepção — %1; %2.</translation>
    </message>
    <message>
        <source>Mean agreement of the two accounts: %1 of 100. A description, never a verdict.</source>
        <translation>Concordância média dos dois relatos: %1 de 100. Uma descrição, nunca um veredito.</translation>
    </message>
    <message>
        <source>Topics only %1&apos;s journal has: %2.</source>
        <translation>Temas que só o diário de %1 tem: %2.</translation>
    </message>
</context>
<context>
    <name>unfold::PerceptionView</name>
    <message>
        <source>Matched sessions</source>
        <translation>Sessões pareadas</translation>
    </message>
    <message>
        <source>&amp;Confirm Match</source>
        <translation>Confirmar &amp;pareamento</translation>
    </message>
    <message>
        <source>Keep this pair whatever the times say.</source>
        <translation>Manter este par, independentemente dos horários.</translation>
    </message>
    <message>
        <source>&amp;Pair With…</source>
        <translation>Parear co&amp;m…</translation>
    </message>
    <message>
        <source>Pair this session with another session of the other account.</source>
        <translation>Parear esta sessão com outra sessão do outro relato.</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>Desfa&amp;zer pareamento</translation>
    </message>
    <message>
        <source>These are not the same conversation: never pair them.</source>
        <translation>Não são a mesma conversa: nunca pareá-las.</translation>
    </message>
    <message>
        <source>Open Sessio&amp;n</source>
        <translation>A&amp;brir sessão</translation>
    </message>
    <message>
        <source>Your account of the session</source>
        <translation>Seu relato da sessão</translation>
    </message>
    <message>
        <source>The partner&apos;s account of the session</source>
        <translation>O relato da sessão pela outra pessoa</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>Check-ins of the session, from both accounts</source>
        <translation>Check-ins da sessão, segundo os dois relatos</translation>
    </message>
    <message>
        <source>Choose a relationship to compare your account of it with your partner&apos;s.</source>
        <translation>Escolha uma relação para comparar o seu relato dela com o da outra pessoa.</translation>
    </message>
    <message>
        <source>Two accounts of the same conversations show where you agree and where you see things differently.

Ask your partner to choose Relationship › Share with Partner… in their Unfold and send you the file, then choose Relationship › Import Partner&apos;s Account… to bring it in. You can share your own account the same way. The file is encrypted with a passphrase the two of you agree on, and nothing is sent anywhere by Unfold.</source>
        <translation>Dois relatos das mesmas conversas mostram onde vocês concordam e onde veem as coisas de forma diferente.

Peça à outra pessoa que escolha Relação › Compartilhar com a outra pessoa… no Unfold dela e lhe envie o arquivo; depois escolha Relação › Importar relato da outra pessoa… para trazê-lo. Você pode compartilhar o seu próprio relato da mesma forma. O arquivo é criptografado com uma frase secreta combinada entre vocês dois, e o Unfold não envia nada para lugar nenhum.</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>Sua sessão</translation>
    </message>
    <message>
        <source>%1&apos;s session</source>
        <translation>Sessão de %1</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Pareada</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordância</translation>
    </message>
    <message>
        <source>%1: depth gap</source>
        <translation>%1: diferença de profundidade</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>não registrada</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>por você</translation>
    </message>
    <message>
        <source>by time</source>
        <translation>pelo horário</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Your account · %1</source>
        <translation>Se&amp;u relato · %1</translation>
    </message>
    <message>
        <source>&amp;Your account · not logged</source>
        <translation>Se&amp;u relato · não registrada</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;account · %2</source>
        <translation>Rela&amp;to de %1 · %2</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;account · not logged</source>
        <translation>Rela&amp;to de %1 · não registrada</translation>
    </message>
    <message>
        <source>Felt balance</source>
        <translation>Equilíbrio sentido</translation>
    </message>
    <message>
        <source>Felt responsiveness</source>
        <translation>Receptividade sentida</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Conforto</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximidade</translation>
    </message>
    <message>
        <source>Check-in (0–100)</source>
        <translation>Check-in (0–100)</translation>
    </message>
    <message>
        <source>%1, in your account</source>
        <translation>%1, no seu relato</translation>
    </message>
    <message>
        <source>%1, in %2&apos;s</source>
        <translation>%1, no relato de %2</translation>
    </message>
    <message>
        <source>Confirm Match</source>
        <translation>Confirmar pareamento</translation>
    </message>
    <message>
        <source>Unpair Sessions</source>
        <translation>Desfazer pareamento das sessões</translation>
    </message>
    <message>
        <source>%1 (paired now)</source>
        <translation>%1 (pareada agora)</translation>
    </message>
    <message>
        <source>Pair With</source>
        <translation>Parear com</translation>
    </message>
    <message>
        <source>The session of %1&apos;s account that is the same conversation:</source>
        <translation>A sessão do relato de %1 que é a mesma conversa:</translation>
    </message>
    <message>
        <source>The session of your account that is the same conversation:</source>
        <translation>A sessão do seu relato que é a mesma conversa:</translation>
    </message>
    <message>
        <source>Pair Sessions</source>
        <translation>Parear sessões</translation>
    </message>
    <message>
        <source>How to compare your account with your partner&apos;s.</source>
        <translation>Como comparar o seu relato com o da outra pessoa.</translation>
    </message>
    <message>
        <source>No partner&apos;s account yet.</source>
        <translation>Ainda não há relato da outra pessoa.</translation>
    </message>
    <message>
        <source>The two accounts in numbers: matched sessions, perception bias, agreement.</source>
        <translation>Os dois relatos em números: sessões pareadas, viés de percepção, concordância.</translation>
    </message>
    <message>
        <source>Your sessions and your partner&apos;s, paired by time or by you, with how far the two accounts agree. Enter opens your session.</source>
        <translation>As suas sessões e as da outra pessoa, pareadas pelo horário ou por você, com o grau de concordância dos dois relatos. Enter abre a sua sessão.</translation>
    </message>
    <message>
        <source>Show your session of this pair in the Session tab.</source>
        <translation>Mostrar a sua sessão deste par na aba Sessão.</translation>
    </message>
    <message>
        <source>Who shared which topic, how deep, as you logged it.</source>
        <translation>Quem compartilhou qual tema e com que profundidade, como você registrou.</translation>
    </message>
    <message>
        <source>Who shared which topic, how deep, as your partner logged it.</source>
        <translation>Quem compartilhou qual tema e com que profundidade, como a outra pessoa registrou.</translation>
    </message>
    <message>
        <source>Each person&apos;s check-in scores from 0 to 100, from either account.</source>
        <translation>As pontuações do check-in de cada pessoa, de 0 a 100, segundo cada relato.</translation>
    </message>
</context>
<context>
    <name>unfold::PictureExport</name>
    <message>
        <source>The resolution must be between %1 and %2 DPI.</source>
        <translation>A resolução deve ficar entre %1 e %2 ppp.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Não é possível gravar %1: a pasta não existe.</translation>
    </message>
    <message>
        <source>The picture is too large to draw in memory.</source>
        <translation>A imagem é grande demais para ser desenhada na memória.</translation>
    </message>
    <message>
        <source>Drawn by Unfold</source>
        <translation>Desenhado com o Unfold</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot draw %1.</source>
        <translation>Não é possível desenhar %1.</translation>
    </message>
</context>
<context>
    <name>unfold::PicturesPage</name>
    <message>
        <source>Picture format</source>
        <translation>Formato de imagem</translation>
    </message>
    <message>
        <source>The format that exported pictures get unless you choose another.</source>
        <translation>O formato das imagens exportadas, a menos que você escolha outro.</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagem PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Desenho SVG</translation>
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
        <translation>Largura da imagem em pixels lógicos</translation>
    </message>
    <message>
        <source>Charts are exported five wide by three high, the onion square.</source>
        <translation>Os gráficos são exportados com cinco de largura por três de altura; a cebola, quadrada.</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Resolução em pontos por polegada</translation>
    </message>
    <message>
        <source>Pixels of PNG images per inch; 96 is the size on the screen, 192 twice as sharp.</source>
        <translation>Pixels das imagens PNG por polegada; 96 é o tamanho na tela, 192 é duas vezes mais nítido.</translation>
    </message>
    <message>
        <source>File › Export Picture starts from these, and Export All Charts writes every chart with them.</source>
        <translation>Arquivo › Exportar imagem parte destes valores, e Exportar todos os gráficos grava cada gráfico com eles.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largura:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolução:</translation>
    </message>
    <message>
        <source>&amp;Pictures</source>
        <translation>&amp;Imagens</translation>
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
        <translation>Bloquear após minutos sem uso</translation>
    </message>
    <message>
        <source>An encrypted journal&apos;s window locks after this many minutes without a key press or mouse click; 0 never locks it.</source>
        <translation>A janela de um diário criptografado é bloqueada após esse número de minutos sem nenhuma tecla pressionada nem clique do mouse; com 0, ela nunca é bloqueada.</translation>
    </message>
    <message>
        <source>A locked window shows nothing of the journal until its passphrase is typed again. Journal › Lock (Ctrl+Shift+L) locks at once. Plain journals are not locked: their file can be read without a passphrase anyway.</source>
        <translation>Uma janela bloqueada não mostra nada do diário até que a frase secreta seja digitada de novo. Diário › Bloquear (Ctrl+Shift+L) bloqueia na hora. Diários não criptografados não são bloqueados: o arquivo deles pode ser lido sem frase secreta de qualquer forma.</translation>
    </message>
    <message>
        <source>&amp;Lock encrypted journals after:</source>
        <translation>&amp;Bloquear diários criptografados após:</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>Pri&amp;vacidade</translation>
    </message>
    <message>
        <source>List opened journals in the desktop&apos;s &amp;recent files</source>
        <translation>Mostrar os diários abertos nos arquivos &amp;recentes do área de trabalho</translation>
    </message>
    <message>
        <source>File managers and file choosers show that list to anyone at this account. Encrypted journals are never listed there.</source>
        <translation>Os gestores e seletores de arquivos mostram essa lista a quem usar esta conta. Os diários cifrados nunca aparecem nela.</translation>
    </message>
    <message>
        <source>Recent Files</source>
        <translation>Ficheiros recentes</translation>
    </message>
    <message>
        <source>Unfold&apos;s journals could not be taken out of the desktop&apos;s recent files.
%1</source>
        <translation>Não foi possível retirar os diários do Unfold dos arquivos recentes do área de trabalho.
%1</translation>
    </message>
</context>
<context>
    <name>unfold::PrivateFiles</name>
    <message>
        <source>cannot create folder %1: %2</source>
        <translation>não é possível criar a pasta %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>The earlier %1 is kept as %2.</source>
        <translation>O %1 anterior foi mantido como %2.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>a pasta %1 não existe</translation>
    </message>
</context>
<context>
    <name>unfold::ProtocolLibrary</name>
    <message>
        <source>&quot;%1&quot; is the id of a protocol that comes with Unfold; give yours its own id</source>
        <translation>“%1” é o id de um protocolo que vem com o Unfold; dê ao seu um id próprio</translation>
    </message>
</context>
<context>
    <name>unfold::ProtocolValidator</name>
    <message>
        <source>is too large to be a protocol</source>
        <translation>é grande demais para ser um protocolo</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está faltando</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>deve ser uma lista</translation>
    </message>
    <message>
        <source>is empty and no &quot;checkin&quot; is given: the protocol has nothing to do</source>
        <translation>está vazio e não há &quot;checkin&quot;: o protocolo não tem nada a fazer</translation>
    </message>
    <message>
        <source>is not a field of a protocol</source>
        <translation>não é um campo de protocolo</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier round</source>
        <translation>&quot;%1&quot; já é usado por uma rodada anterior</translation>
    </message>
    <message>
        <source>must be &quot;peripheral&quot;, &quot;intermediate&quot; or &quot;core&quot;</source>
        <translation>deve ser &quot;peripheral&quot;, &quot;intermediate&quot; ou &quot;core&quot;</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>deve ser um número inteiro de 1 a %1</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>deve ser uma lista não vazia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier prompt of this round</source>
        <translation>&quot;%1&quot; já é usado por uma proposta anterior desta rodada</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>deve ser um destes valores: %1</translation>
    </message>
</context>
<context>
    <name>unfold::QuestionnaireForm</name>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
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
        <translation>Enviar as respostas</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Return)</source>
        <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel answering</source>
        <translation>Parar de responder</translation>
    </message>
    <message>
        <source>Leaves the questionnaire without saving the answers.</source>
        <translation>Sai do questionário sem salvar as respostas.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Pergunta %1: %2</translation>
    </message>
    <message>
        <source>%1 answers: %2</source>
        <translation>Resposta de %1: %2</translation>
    </message>
    <message>
        <source>Too many items are still open to score this questionnaire. Still needed: %1.</source>
        <translation>Ainda há perguntas demais sem resposta para pontuar este questionário. Ainda faltam: %1.</translation>
    </message>
</context>
<context>
    <name>unfold::QuestionnairesView</name>
    <message>
        <source>Instr&amp;uments</source>
        <translation>Q&amp;uestionários</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Questionários</translation>
    </message>
    <message>
        <source>The questionnaires you can answer; Enter starts the chosen one.</source>
        <translation>Os questionários que você pode responder; Enter inicia o escolhido.</translation>
    </message>
    <message>
        <source>Answer as a &amp;couple (hand-over)</source>
        <translation>Respo&amp;nder como casal (revezando)</translation>
    </message>
    <message>
        <source>Answer as a couple, one after the other</source>
        <translation>Responder como casal, um depois do outro</translation>
    </message>
    <message>
        <source>Each answers in turn on this device without seeing the other&apos;s answers, then both are compared.</source>
        <translation>Cada um responde na sua vez neste aparelho sem ver as respostas do outro, e depois as duas são comparadas.</translation>
    </message>
    <message>
        <source>Opens the chosen questionnaire for this person, about this session.</source>
        <translation>Abre o questionário escolhido para esta pessoa, sobre esta sessão.</translation>
    </message>
    <message>
        <source>I&amp;mport instrument…</source>
        <translation>I&amp;mportar questionário…</translation>
    </message>
    <message>
        <source>Import an instrument file</source>
        <translation>Importar um arquivo de questionário</translation>
    </message>
    <message>
        <source>Adds a questionnaire from a JSON file in Unfold&apos;s instrument format.</source>
        <translation>Adiciona um questionário a partir de um arquivo JSON no formato de questionários do Unfold.</translation>
    </message>
    <message>
        <source>How questionnaires are scored</source>
        <translation>Como os questionários são pontuados</translation>
    </message>
    <message>
        <source>Scores of this session</source>
        <translation>Pontuações desta sessão</translation>
    </message>
    <message>
        <source>Subscale</source>
        <translation>Subescala</translation>
    </message>
    <message>
        <source>Score history of this relationship</source>
        <translation>Histórico de pontuações desta relação</translation>
    </message>
    <message>
        <source>Scores of this sessio&amp;n</source>
        <translation>&amp;Pontuações desta sessão</translation>
    </message>
    <message>
        <source>Score histor&amp;y</source>
        <translation>&amp;Histórico de pontuações</translation>
    </message>
    <message>
        <source>The answers could not be saved: %1</source>
        <translation>Não foi possível salvar as respostas: %1</translation>
    </message>
    <message>
        <source>Saved %1&apos;s answers.</source>
        <translation>Respostas de %1 salvas.</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>Pessoa A</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>Pessoa B</translation>
    </message>
    <message>
        <source>%1 answer &quot;%2&quot;</source>
        <translation>%1 respondem &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Answer Again?</source>
        <translation>Responder de novo?</translation>
    </message>
    <message>
        <source>%1 already answered &quot;%2&quot; for this session (%3).</source>
        <translation>%1 já respondeu &quot;%2&quot; nesta sessão (%3).</translation>
    </message>
    <message>
        <source>A session keeps one set of answers per person, so every chart and report shows one number. Answering again replaces the earlier answers; Edit › Undo brings them back.</source>
        <translation>Uma sessão guarda um conjunto de respostas por pessoa, para que cada gráfico e relatório mostre um só número. Responder de novo substitui as respostas anteriores; Editar › Desfazer as traz de volta.</translation>
    </message>
    <message>
        <source>Answer Again</source>
        <translation>Responder de novo</translation>
    </message>
    <message>
        <source>Saved the answers of %1 and %2.</source>
        <translation>Respostas de %1 e %2 salvas.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versão %2)</translation>
    </message>
    <message>
        <source>Answer for %1</source>
        <translation>Responder por %1</translation>
    </message>
    <message>
        <source>Choose a session to answer questionnaires about it.</source>
        <translation>Escolha uma sessão para responder a questionários sobre ela.</translation>
    </message>
    <message>
        <source>Instrument not imported</source>
        <translation>Questionário não importado</translation>
    </message>
    <message>
        <source>The instrument was not imported; nothing of it was used.</source>
        <translation>O questionário não foi importado; nada dele foi usado.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>“%1” importado.</translation>
    </message>
    <message>
        <source>Import Instrument</source>
        <translation>Importar questionário</translation>
    </message>
    <message>
        <source>Instrument files (*.json);;All files (*)</source>
        <translation>Arquivos de questionário (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>The scores of the questionnaires answered in the chosen session, from 0 to 100: one row per subscale, one column per person.</source>
        <translation>As pontuações dos questionários respondidos na sessão escolhida, de 0 a 100: uma linha por subescala, uma coluna por pessoa.</translation>
    </message>
    <message>
        <source>Each subscale with each person&apos;s latest score; open it for every session&apos;s score and the change since the person&apos;s previous one.</source>
        <translation>Cada subescala com a pontuação mais recente de cada pessoa; abra-a para ver a de cada sessão e a mudança desde a anterior dessa pessoa.</translation>
    </message>
    <message>
        <source>Scores are from 0 to 100. In brackets: the change since that person&apos;s previous score. ↑ and ↓ mark a reliable change, where the instrument gives norms.</source>
        <translation>As pontuações vão de 0 a 100. Entre parênteses: a mudança desde a pontuação anterior dessa pessoa. ↑ e ↓ marcam uma mudança confiável, onde o instrumento dá normas.</translation>
    </message>
    <message>
        <source>%1 of 100; %2 on the subscale&apos;s own scale, %3 of %4 items answered</source>
        <translation>%1 de 100; %2 na escala própria da subescala, %3 de %4 itens respondidos</translation>
    </message>
    <message>
        <source>Subscale and session</source>
        <translation>Subescala e sessão</translation>
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
        <translation>Desde a pontuação anterior: %1. Desde a primeira: %2.</translation>
    </message>
    <message>
        <source>no reliable-change norms</source>
        <translation>sem normas de mudança confiável</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Não respondido</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 %5</source>
        <translation>%1: %2 %3, %4 %5</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>não respondido</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 items</source>
        <translation>%1 · %2 de %3 itens</translation>
    </message>
    <message>
        <source>%1, change %2</source>
        <translation>%1, mudança %2</translation>
    </message>
    <message>
        <source>%1, a reliable rise</source>
        <translation>%1, uma subida confiável</translation>
    </message>
    <message>
        <source>%1, a reliable fall</source>
        <translation>%1, uma queda confiável</translation>
    </message>
    <message>
        <source>Latest score, of %1.</source>
        <translation>Pontuação mais recente, de %1.</translation>
    </message>
    <message>
        <source>Latest score, of %1; the first was of %2.</source>
        <translation>Pontuação mais recente, de %1; a primeira foi de %2.</translation>
    </message>
    <message>
        <source>No questionnaire was answered about this session yet.</source>
        <translation>Nenhum questionário foi respondido sobre esta sessão ainda.</translation>
    </message>
    <message>
        <source>No questionnaire was answered in this relationship yet.</source>
        <translation>Nenhum questionário foi respondido nesta relação ainda.</translation>
    </message>
</context>
<context>
    <name>unfold::RecordCommands</name>
    <message>
        <source>Remove Relationship</source>
        <translation>Remover relação</translation>
    </message>
    <message>
        <source>Remove Session</source>
        <translation>Remover sessão</translation>
    </message>
    <message>
        <source>Remove Disclosure</source>
        <translation>Remover confidência</translation>
    </message>
    <message>
        <source>Move Disclosure</source>
        <translation>Mover confidência</translation>
    </message>
    <message>
        <source>Change Layers</source>
        <translation>Alterar camadas</translation>
    </message>
    <message>
        <source>Reorder Topics</source>
        <translation>Reordenar temas</translation>
    </message>
    <message>
        <source>Mark Event</source>
        <translation>Marcar um acontecimento</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>Remover um acontecimento</translation>
    </message>
    <message>
        <source>Answer Questionnaire</source>
        <translation>Responder ao questionário</translation>
    </message>
    <message>
        <source>Remove Answers</source>
        <translation>Remover respostas</translation>
    </message>
</context>
<context>
    <name>unfold::RecordLabels</name>
    <message>
        <source>Partner</source>
        <translation>Casal</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amizade</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <source>Client couple</source>
        <translation>Casal em terapia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outra</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Não escolhida</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientação</translation>
    </message>
    <message>
        <source>Exploratory affective exchange</source>
        <translation>Troca afetiva exploratória</translation>
    </message>
    <message>
        <source>Affective exchange</source>
        <translation>Troca afetiva</translation>
    </message>
    <message>
        <source>Stable exchange</source>
        <translation>Troca estável</translation>
    </message>
    <message>
        <source>Depenetration (withdrawing)</source>
        <translation>Despenetração (afastamento)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Pessoalmente</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Text or chat</source>
        <translation>Texto ou chat</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Não indicado</translation>
    </message>
    <message>
        <source>Responsive</source>
        <translation>Receptiva</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutra</translation>
    </message>
    <message>
        <source>Dismissive</source>
        <translation>Desdenhosa</translation>
    </message>
    <message>
        <source>1 · Low</source>
        <translation>1 · Para baixo</translation>
    </message>
    <message>
        <source>2 · Somewhat low</source>
        <translation>2 · Um pouco para baixo</translation>
    </message>
    <message>
        <source>3 · Neutral</source>
        <translation>3 · Neutro</translation>
    </message>
    <message>
        <source>4 · Good</source>
        <translation>4 · Bom</translation>
    </message>
    <message>
        <source>5 · Very good</source>
        <translation>5 · Muito bom</translation>
    </message>
    <message>
        <source>Leave it unchosen when you are not sure; nothing depends on it.</source>
        <translation>Deixe sem escolher se não tiver certeza; nada depende disso.</translation>
    </message>
    <message>
        <source>Small talk and safe, public facts; both follow what is expected of strangers.</source>
        <translation>Conversa leve e fatos públicos e seguros; ambos seguem o que se espera entre desconhecidos.</translation>
    </message>
    <message>
        <source>Opinions and some feelings start to show on a few topics, as between casual friends.</source>
        <translation>Opiniões e alguns sentimentos começam a aparecer em alguns temas, como entre amigos casuais.</translation>
    </message>
    <message>
        <source>Open, personal sharing on many topics, private words and criticism too, as between close friends or partners.</source>
        <translation>Partilha aberta e pessoal sobre muitos temas, também palavras privadas e críticas, como entre amigos próximos ou parceiros.</translation>
    </message>
    <message>
        <source>Almost everything is shared and the two can read each other; few relationships get here.</source>
        <translation>Quase tudo é compartilhado e os dois se leem mutuamente; poucas relações chegam aqui.</translation>
    </message>
    <message>
        <source>The relationship pulls back: what is shared grows narrower and shallower again.</source>
        <translation>A relação recua: o que é compartilhado volta a ficar mais estreito e mais raso.</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipDialog</name>
    <message>
        <source>Name or alias</source>
        <translation>Nome ou apelido</translation>
    </message>
    <message>
        <source>Edit Relationship</source>
        <translation>Editar relação</translation>
    </message>
    <message>
        <source>Add Relationship</source>
        <translation>Adicionar relação</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>Pessoa A</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>Pessoa B</translation>
    </message>
    <message>
        <source>Person A is the first person: in your own journal, usually you.</source>
        <translation>A pessoa A é a primeira pessoa: no seu próprio diário, normalmente você.</translation>
    </message>
    <message>
        <source>Kind of relationship</source>
        <translation>Tipo de relação</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Data de início conhecida</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>How you see the relationship now, after Altman and Taylor&apos;s stages.</source>
        <translation>Como você vê a relação agora, segundo as etapas de Altman e Taylor.</translation>
    </message>
    <message>
        <source>Person &amp;A:</source>
        <translation>Pessoa &amp;A:</translation>
    </message>
    <message>
        <source>Person &amp;B:</source>
        <translation>Pessoa &amp;B:</translation>
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
        <translation>A outra pessoa: escolha alguém do diário ou digite um novo nome ou apelido.</translation>
    </message>
    <message>
        <source>Partner, friend, family, colleague, client couple or another kind.</source>
        <translation>Casal, amizade, família, colegas, casal em terapia ou outro tipo.</translation>
    </message>
    <message>
        <source>Clear it when you do not know when the relationship began.</source>
        <translation>Desmarque se você não sabe quando a relação começou.</translation>
    </message>
    <message>
        <source>The day the relationship began, as far as you know.</source>
        <translation>O dia em que a relação começou, até onde você sabe.</translation>
    </message>
    <message>
        <source>Saves the relationship; needs two different names.</source>
        <translation>Salva a relação; precisa de dois nomes diferentes.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>Fecha sem alterar nada.</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Data conhecida</translation>
    </message>
    <message>
        <source>Person A is you in a journal of your own relationships, or one client of a couple; person B is the other person. Choose either from the people in this journal or type a new name or alias.</source>
        <translation>A pessoa A é você num diário das suas próprias relações, ou um dos clientes de um casal; a pessoa B é a outra pessoa. Escolha qualquer uma entre as pessoas deste diário ou digite um novo nome ou apelido.</translation>
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
        <translation>Relações</translation>
    </message>
    <message>
        <source>Search relationships</source>
        <translation>Pesquisar relações</translation>
    </message>
    <message>
        <source>&amp;Add Relationship…</source>
        <translation>&amp;Adicionar relação…</translation>
    </message>
    <message>
        <source>&amp;Edit Relationship…</source>
        <translation>&amp;Editar relação…</translation>
    </message>
    <message>
        <source>&amp;Remove Relationship</source>
        <translation>&amp;Remover relação</translation>
    </message>
    <message>
        <source>&amp;Find Relationship</source>
        <translation>&amp;Pesquisar relação</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Adicionar pessoa</translation>
    </message>
    <message>
        <source>Add Relationship</source>
        <translation>Adicionar relação</translation>
    </message>
    <message>
        <source>Edit Relationship</source>
        <translation>Editar relação</translation>
    </message>
    <message>
        <source>Remove Relationship</source>
        <translation>Remover relação</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and its %n session(s)? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Remover %1 e a sua %n sessão? Você pode desfazer isso com Editar › Desfazer.</numerusform>
            <numerusform>Remover %1 e as suas %n sessões? Você pode desfazer isso com Editar › Desfazer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only the relationships whose names contain what you type.</source>
        <translation>Mostra só as relações cujos nomes contêm o que você digita.</translation>
    </message>
    <message>
        <source>Your relationships; the chosen one&apos;s sessions, onion and charts are shown beside.</source>
        <translation>Suas relações; ao lado aparecem as sessões, a cebola e os gráficos da relação escolhida.</translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipSummary</name>
    <message>
        <source>Breadth (topics reached)</source>
        <translation>Amplitude (temas alcançados)</translation>
    </message>
    <message>
        <source>Penetration (0–1)</source>
        <translation>Penetração (0–1)</translation>
    </message>
    <message>
        <source>Deepest layer</source>
        <translation>Camada mais profunda</translation>
    </message>
    <message>
        <source>Depth trend per 30 days</source>
        <translation>Tendência da profundidade por 30 dias</translation>
    </message>
    <message>
        <source>Depth correlation (descriptive)</source>
        <translation>Correlação da profundidade (descritiva)</translation>
    </message>
    <message>
        <source>Lag-1 depth correlation (descriptive)</source>
        <translation>Correlação da profundidade com defasagem de 1 (descritiva)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 depois de %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
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
        <translation>Estes valores descrevem apenas esta relação; não são normas nem um diagnóstico. As correlações são descritivas e só aparecem a partir de %1 sessões; «sem dados» significa que um valor ainda não pode ser calculado.</translation>
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
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Período</translation>
    </message>
</context>
<context>
    <name>unfold::ReportPainter</name>
    <message>
        <source>Scores (0–100)</source>
        <translation>Pontuações (0–100)</translation>
    </message>
    <message>
        <source>No questionnaire answered yet.</source>
        <translation>Nenhum questionário foi respondido ainda.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Atual</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <source>Change is since the previous session; &quot;no data&quot; means the questionnaire was not answered then. These numbers describe this relationship only; they are not norms.</source>
        <translation>A mudança é em relação à sessão anterior; &quot;sem dados&quot; significa que o questionário não foi respondido naquela vez. Estes números descrevem apenas esta relação; não são normas.</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Relatório da sessão</translation>
    </message>
    <message>
        <source>Disclosures logged in this session: %1 by %2, %3 by %4</source>
        <translation>Confidências registradas nesta sessão: %1 de %2, %3 de %4</translation>
    </message>
    <message>
        <source>Logged reciprocity: %1 (previous session: %2)</source>
        <translation>Reciprocidade registrada: %1 (sessão anterior: %2)</translation>
    </message>
    <message>
        <source>Before and after session %1: what is new is outlined</source>
        <translation>Antes e depois da sessão %1: o que é novo aparece com contorno</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Nothing stands out in the data so far.</source>
        <translation>Por enquanto, nada se destaca nos dados.</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Notas do terapeuta</translation>
    </message>
    <message>
        <source>No notes for this session.</source>
        <translation>Não há notas desta sessão.</translation>
    </message>
    <message>
        <source>Session report: %1, session %2</source>
        <translation>Relatório da sessão: %1, sessão %2</translation>
    </message>
    <message>
        <source>could not draw %1</source>
        <translation>não foi possível desenhar %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Com base em:</translation>
    </message>
    <message>
        <source>Reliable change (Jacobson–Truax)</source>
        <translation>Mudança confiável (Jacobson–Truax)</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Desde a anterior</translation>
    </message>
    <message>
        <source>Since baseline</source>
        <translation>Desde a linha de base</translation>
    </message>
    <message>
        <source>Across sessions 1 to %1 (descriptive)</source>
        <translation>Nas sessões 1 a %1 (descritivo)</translation>
    </message>
    <message>
        <source>%1&apos;s sessions 1 to %2 of %3</source>
        <translation>Sessões 1 a %2 de %3 segundo %1</translation>
    </message>
</context>
<context>
    <name>unfold::ReportPerception</name>
    <message>
        <source>%1&apos;s account has no session matched to this one.</source>
        <translation>O relato de %1 não tem nenhuma sessão pareada com esta.</translation>
    </message>
    <message>
        <source>This session beside %1&apos;s of %2: agreement %3 of 100; depth gap %4 %5, %6 %7.</source>
        <translation>Esta sessão ao lado da de %1 de %2: concordância %3 de 100; diferença de profundidade %4 %5, %6 %7.</translation>
    </message>
    <message>
        <source>Both sides: %1&apos;s account beside yours</source>
        <translation>Os dois lados: o relato de %1 ao lado do seu</translation>
    </message>
</context>
<context>
    <name>unfold::ScoreHistory</name>
    <message>
        <source>within noise (RCI %1)</source>
        <translation>dentro do ruído (RCI %1)</translation>
    </message>
    <message>
        <source>↑ reliable rise (RCI %1)</source>
        <translation>↑ subida confiável (RCI %1)</translation>
    </message>
    <message>
        <source>↓ reliable fall (RCI %1)</source>
        <translation>↓ descida confiável (RCI %1)</translation>
    </message>
    <message>
        <source>Reliable change (Jacobson–Truax, |RCI| &gt; 1.96) is given only for instruments whose file cites norms: a published standard deviation and reliability. The shipped instruments have their own wording and no published norms, so for them it stays empty.</source>
        <translation>A mudança confiável (Jacobson–Truax, |RCI| &gt; 1,96) só é indicada para instrumentos cujo arquivo cita normas: um desvio-padrão e uma fiabilidade publicados. Os instrumentos incluídos têm redação própria e não têm normas publicadas, por isso fica vazia para eles.</translation>
    </message>
</context>
<context>
    <name>unfold::SessionEditor</name>
    <message>
        <source>Choose a session in the timeline, or start a new one with Session › New Session (Ctrl+T).</source>
        <translation>Escolha uma sessão na linha do tempo ou comece uma nova com Sessão › Nova sessão (Ctrl+T).</translation>
    </message>
    <message>
        <source>Session start</source>
        <translation>Início da sessão</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humor</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas da sessão</translation>
    </message>
    <message>
        <source>Private notes about this session</source>
        <translation>Notas privadas sobre esta sessão</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>Conte&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>&amp;Humor:</translation>
    </message>
    <message>
        <source>Disclosures of this session</source>
        <translation>Confidências desta sessão</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>&amp;Delete Disclosure</source>
        <translation>&amp;Excluir confidência</translation>
    </message>
    <message>
        <source>&amp;Log Disclosure</source>
        <translation>&amp;Registrar confidência</translation>
    </message>
    <message>
        <source>Session with %1 and %2</source>
        <translation>Sessão com %1 e %2</translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation>Editar sessão</translation>
    </message>
    <message>
        <source>Log Disclosure</source>
        <translation>Registrar confidência</translation>
    </message>
    <message>
        <source>Edit Disclosure</source>
        <translation>Editar confidência</translation>
    </message>
    <message>
        <source>The day and time the conversation began.</source>
        <translation>O dia e a hora em que a conversa começou.</translation>
    </message>
    <message>
        <source>How you talked: in person, by video, by phone, or in text or chat.</source>
        <translation>Como vocês conversaram: pessoalmente, por vídeo, por telefone ou por texto ou chat.</translation>
    </message>
    <message>
        <source>Your mood in the conversation, from 1 (low) to 5 (very good), if you note it.</source>
        <translation>Seu humor na conversa, de 1 (para baixo) a 5 (muito bom), se você o registrar.</translation>
    </message>
    <message>
        <source>Private notes about this session, kept only in the journal.</source>
        <translation>Notas privadas sobre esta sessão, guardadas só no diário.</translation>
    </message>
    <message>
        <source>One row per disclosure: who shared, topic, layer and note. F2 edits a cell; Ctrl+Up and Ctrl+Down reorder; Delete removes.</source>
        <translation>Uma linha por confidência: quem compartilhou, tema, camada e nota. F2 edita uma célula; Ctrl+Cima e Ctrl+Baixo reordenam; Delete a remove.</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Início:</translation>
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
        <translation>Mostrar as notas privadas</translation>
    </message>
    <message>
        <source>Shows the private notes of this session until another session is chosen.</source>
        <translation>Mostra as notas privadas desta sessão até ser escolhida outra sessão.</translation>
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
        <translation>Ocultar as notas privadas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>No journal is open. File › New Journal (Ctrl+N) starts one; File › Open Journal (Ctrl+O) opens one.</source>
        <translation>Nenhum diário está aberto. Arquivo › Novo diário (Ctrl+N) começa um; Arquivo › Abrir diário (Ctrl+O) abre um.</translation>
    </message>
    <message>
        <source>This journal holds no relationships yet.</source>
        <translation>Este diário ainda não tem relações.</translation>
    </message>
    <message>
        <source>Start with the relationship you want to reflect on: Relationship › Add Relationship (Ctrl+Shift+R). Then log your first conversation with Session › New Session (Ctrl+T).</source>
        <translation>Comece pela relação sobre a qual quer refletir: Relação › Adicionar relação (Ctrl+Shift+R). Depois registre a sua primeira conversa com Sessão › Nova sessão (Ctrl+T).</translation>
    </message>
    <message>
        <source>Choose a session in the timeline.</source>
        <translation>Escolha uma sessão na linha do tempo.</translation>
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
            <numerusform>Sessão de %1, %2; %3 compartilhou %n coisa</numerusform>
            <numerusform>Sessão de %1, %2; %3 compartilhou %n coisas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 shared %n thing(s)</source>
        <translation>
            <numerusform>, %1 compartilhou %n coisa</numerusform>
            <numerusform>, %1 compartilhou %n coisas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::SessionReport</name>
    <message>
        <source>there is no relationship with id %1</source>
        <translation>não há nenhuma relação com o id %1</translation>
    </message>
    <message>
        <source>%1 has no sessions yet</source>
        <translation>%1 ainda não tem sessões</translation>
    </message>
    <message>
        <source>session %1 is not a session of %2</source>
        <translation>a sessão %1 não é uma sessão de %2</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Clientes: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Sessão %1 de %2</translation>
    </message>
    <message>
        <source>Protocol: none recorded</source>
        <translation>Protocolo: nenhum registrado</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protocolo: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Relatório da sessão</translation>
    </message>
    <message>
        <source>Disclosures logged: %1 by %2, %3 by %4</source>
        <translation>Confidências registradas: %1 de %2, %3 de %4</translation>
    </message>
    <message>
        <source>Logged reciprocity: %1 (previous session: %2)</source>
        <translation>Reciprocidade registrada: %1 (sessão anterior: %2)</translation>
    </message>
    <message>
        <source>Scores (0–100): baseline, previous, current, change since previous</source>
        <translation>Pontuações (0–100): linha de base, anterior, atual, mudança em relação à anterior</translation>
    </message>
    <message>
        <source>No questionnaire answered yet.</source>
        <translation>Nenhum questionário foi respondido ainda.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Nothing stands out in the data so far.</source>
        <translation>Por enquanto, nada se destaca nos dados.</translation>
    </message>
    <message>
        <source>Therapist notes</source>
        <translation>Notas do terapeuta</translation>
    </message>
    <message>
        <source>No notes for this session.</source>
        <translation>Não há notas desta sessão.</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Com base em:</translation>
    </message>
    <message>
        <source>Reliable change (Jacobson–Truax): since previous, since baseline</source>
        <translation>Mudança confiável (Jacobson–Truax): desde a anterior, desde a linha de base</translation>
    </message>
    <message>
        <source>Across sessions 1 to %1 (descriptive)</source>
        <translation>Nas sessões 1 a %1 (descritivo)</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>sem sessões</translation>
    </message>
    <message>
        <source>sessions: %1, %2</source>
        <translation>sessões: %1, %2</translation>
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
        <translation>Sessões</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Nova sessão</translation>
    </message>
    <message>
        <source>&amp;Remove Session</source>
        <translation>&amp;Remover sessão</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <source>Remove Session</source>
        <translation>Remover sessão</translation>
    </message>
    <message numerus="yes">
        <source>Remove this session and the %n disclosure(s) logged in it? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Remover esta sessão e a %n confidência registrada nela? Você pode desfazer isso com Editar › Desfazer.</numerusform>
            <numerusform>Remover esta sessão e as %n confidências registradas nela? Você pode desfazer isso com Editar › Desfazer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions of the chosen relationship, newest first; the chosen one opens in the session editor.</source>
        <translation>As sessões da relação escolhida, da mais recente para a mais antiga; a escolhida abre no editor de sessões.</translation>
    </message>
</context>
<context>
    <name>unfold::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de preferências</translation>
    </message>
    <message>
        <source>Keeps the settings and closes.</source>
        <translation>Guarda as preferências e fecha.</translation>
    </message>
    <message>
        <source>Closes; settings not yet applied are left as they were.</source>
        <translation>Fecha; as preferências ainda não aplicadas ficam como estavam.</translation>
    </message>
    <message>
        <source>Keeps the settings and leaves this open.</source>
        <translation>Guarda as preferências e deixa esta janela aberta.</translation>
    </message>
    <message>
        <source>Appearance, pictures, folders and privacy; Ctrl+Tab moves between them.</source>
        <translation>Aparência, imagens, pastas e privacidade; Ctrl+Tab passa de uma para outra.</translation>
    </message>
</context>
<context>
    <name>unfold::ShareWithPartnerDialog</name>
    <message>
        <source>Share with Partner</source>
        <translation>Compartilhar com a outra pessoa</translation>
    </message>
    <message>
        <source>Writes your account of %1 (its sessions, what each of you shared and your check-ins) to a file for your partner, encrypted with a passphrase the two of you agree on. Give them the file however you like and tell them the passphrase another way. Unfold sends nothing anywhere.</source>
        <translation>Grava o seu relato de %1 (as sessões, o que cada um de vocês compartilhou e os seus check-ins) em um arquivo para a outra pessoa, criptografado com uma frase secreta combinada entre vocês dois. Entregue o arquivo como preferir e diga a ela a frase secreta por outro meio. O Unfold não envia nada para lugar nenhum.</translation>
    </message>
    <message>
        <source>Include &amp;notes</source>
        <translation>Incluir &amp;notas</translation>
    </message>
    <message>
        <source>Session and disclosure notes stay out unless you tick this.</source>
        <translation>As notas das sessões e das confidências ficam de fora, a menos que você marque esta opção.</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Eu sou:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Compartilhar…</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>A frase secreta precisa ter pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>As duas frases secretas não coincidem.</translation>
    </message>
</context>
<context>
    <name>unfold::Topic</name>
    <message>
        <source>Interests &amp; hobbies</source>
        <translation>Interesses e passatempos</translation>
    </message>
    <message>
        <source>Work &amp; studies</source>
        <translation>Trabalho e estudos</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Origens</translation>
    </message>
    <message>
        <source>Opinions &amp; beliefs</source>
        <translation>Opiniões e crenças</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Money &amp; status</source>
        <translation>Dinheiro e status</translation>
    </message>
    <message>
        <source>Body &amp; health</source>
        <translation>Corpo e saúde</translation>
    </message>
    <message>
        <source>Love &amp; relationships</source>
        <translation>Amor e relacionamentos</translation>
    </message>
    <message>
        <source>Feelings &amp; fears</source>
        <translation>Sentimentos e medos</translation>
    </message>
    <message>
        <source>Values &amp; self-image</source>
        <translation>Valores e autoimagem</translation>
    </message>
</context>
<context>
    <name>unfold::TopicsLayersDialog</name>
    <message>
        <source>Topics and Layers</source>
        <translation>Temas e camadas</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Checked topics are shown; press F2 to rename.</source>
        <translation>Os temas marcados são exibidos; pressione F2 para renomear.</translation>
    </message>
    <message>
        <source>&amp;Add Topic</source>
        <translation>&amp;Adicionar tema</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Topics (breadth), least intimate first; uncheck to hide</source>
        <translation>Temas (amplitude), do menos íntimo ao mais íntimo; desmarque para ocultar</translation>
    </message>
    <message>
        <source>Number of layers</source>
        <translation>Número de camadas</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>Ca&amp;madas:</translation>
    </message>
    <message>
        <source>Layers (depth), from the periphery to the core</source>
        <translation>Camadas (profundidade), da periferia ao núcleo</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Novo tema</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Camada %1</translation>
    </message>
    <message>
        <source>Every topic needs a name.</source>
        <translation>Cada tema precisa de um nome.</translation>
    </message>
    <message>
        <source>Every layer needs a name.</source>
        <translation>Cada camada precisa de um nome.</translation>
    </message>
    <message>
        <source>Edit Topics and Layers</source>
        <translation>Editar temas e camadas</translation>
    </message>
    <message>
        <source>Edit Topic</source>
        <translation>Editar tema</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Adicionar tema</translation>
    </message>
    <message>
        <source>Adds a topic at the end of the list and lets you name it.</source>
        <translation>Adiciona um tema no fim da lista e permite dar um nome a ele.</translation>
    </message>
    <message>
        <source>Moves the chosen topic one place towards the least intimate.</source>
        <translation>Move o tema escolhido uma posição em direção aos menos íntimos.</translation>
    </message>
    <message>
        <source>Moves the chosen topic one place towards the most intimate.</source>
        <translation>Move o tema escolhido uma posição em direção aos mais íntimos.</translation>
    </message>
    <message>
        <source>How many layers of depth the onion has.</source>
        <translation>Quantas camadas de profundidade a cebola tem.</translation>
    </message>
    <message>
        <source>Each layer&apos;s name and description, from the periphery to the core; F2 edits a cell.</source>
        <translation>O nome e a descrição de cada camada, da periferia ao núcleo; F2 edita uma célula.</translation>
    </message>
    <message>
        <source>Saves the topics and layers; Edit › Undo takes the change back.</source>
        <translation>Salva os temas e as camadas; Editar › Desfazer reverte a alteração.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>Fecha sem alterar nada.</translation>
    </message>
    <message>
        <source>&amp;Name Defaults in %1</source>
        <translation>&amp;Nomes padrão em %1</translation>
    </message>
    <message>
        <source>Gives the default topics and layers nobody renamed their names in the language Unfold speaks now; names you chose stay.</source>
        <translation>Dá aos temas e camadas padrão que ninguém renomeou seus nomes no idioma que o Unfold fala agora; os nomes que você escolheu ficam.</translation>
    </message>
</context>
<context>
    <name>unfold::UnlockScreen</name>
    <message>
        <source>This encrypted journal was locked. Type its passphrase to go on.</source>
        <translation>Este diário criptografado foi bloqueado. Digite a frase secreta para continuar.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>The passphrase of the locked journal; Enter unlocks.</source>
        <translation>A frase secreta do diário bloqueado; Enter o desbloqueia.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>Checks the passphrase and shows the journal again.</source>
        <translation>Verifica a frase secreta e mostra o diário de novo.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Verificando a frase secreta…</translation>
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
        <translation>Guia do usuário do Unfold</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
    <message>
        <source>Use Tab to move between links and Enter to follow one.</source>
        <translation>Use Tab para passar de um link a outro e Enter para seguir um deles.</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sumário</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Close the user guide</source>
        <translation>Fechar o guia do usuário</translation>
    </message>
    <message>
        <source>The guide opens again with F1.</source>
        <translation>O guia abre de novo com F1.</translation>
    </message>
</context>
<context>
    <name>unfold::WelcomeBar</name>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Welcome to Unfold. This demo journal holds four made-up relationships to explore: what each person shared, topic by topic and layer by layer, the onion of how far each has opened up, and the charts over time. Your own journal starts empty and stays on this computer.</source>
        <translation>Bem-vindo ao Unfold. Este diário de demonstração tem quatro relações inventadas para explorar: o que cada pessoa compartilhou, tema a tema e camada a camada, a cebola de quanto cada uma se abriu e os gráficos ao longo do tempo. O seu próprio diário começa vazio e fica neste computador.</translation>
    </message>
    <message>
        <source>Start My Own Journal…</source>
        <translation>Começar meu próprio diário…</translation>
    </message>
    <message>
        <source>Makes a new, empty journal of your own; the demo stays as it is.</source>
        <translation>Cria um diário novo e vazio seu; a demonstração fica como está.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Fechar as boas-vindas</translation>
    </message>
</context>
<context>
    <name>unfold::XmlDocument</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>o arquivo não contém nenhum elemento XML</translation>
    </message>
</context>
<context>
    <name>unfold::cli</name>
    <message>
        <source>The journal to check.</source>
        <translation>O diário a verificar.</translation>
    </message>
    <message>
        <source>Checks a journal&apos;s integrity and format without changing it.</source>
        <translation>Verifica a integridade e o formato de um diário sem alterá-lo.</translation>
    </message>
    <message>
        <source>%1: an Unfold journal, format %2 (this version writes format %3).</source>
        <translation>%1: um diário do Unfold, formato %2 (esta versão grava o formato %3).</translation>
    </message>
    <message>
        <source>It will be upgraded when opened for editing; a copy of the old file is kept.</source>
        <translation>Ele será atualizado ao ser aberto para edição; uma cópia do arquivo antigo é guardada.</translation>
    </message>
    <message>
        <source>Integrity check: passed.</source>
        <translation>Verificação de integridade: aprovada.</translation>
    </message>
    <message>
        <source>%1 people, %2 relationships, %3 sessions, %4 disclosures, %5 topics, %6 layers.</source>
        <translation>%1 pessoas, %2 relações, %3 sessões, %4 confidências, %5 temas, %6 camadas.</translation>
    </message>
    <message>
        <source>Commands (each runs without a display; add --help for its options):</source>
        <translation>Comandos (todos funcionam sem tela; adicione --help para ver as opções):</translation>
    </message>
    <message>
        <source>Unfold: reflect on how you and the people close to you open up.</source>
        <translation>Unfold: reflita sobre como você se abre às pessoas próximas, e elas a você.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>Open the journal FILE.</source>
        <translation>Abrir o diário FILE.</translation>
    </message>
    <message>
        <source>Try &apos;unfold --help&apos;.</source>
        <translation>Experimente &apos;unfold --help&apos;.</translation>
    </message>
    <message>
        <source>Write the journal to FILE.</source>
        <translation>Gravar o diário em FILE.</translation>
    </message>
    <message>
        <source>Seed for the content (default 1).</source>
        <translation>Semente para o conteúdo (padrão 1).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Substituir FILE se existir.</translation>
    </message>
    <message>
        <source>Writes a deterministic demo journal.</source>
        <translation>Grava um diário de demonstração reproduzível.</translation>
    </message>
    <message>
        <source>--seed wants a whole number, not &apos;%1&apos;</source>
        <translation>--seed espera um número inteiro, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 gravado</translation>
    </message>
    <message>
        <source>The journal to read.</source>
        <translation>O diário a ler.</translation>
    </message>
    <message>
        <source>The relationship: its title (&quot;A &amp; B&quot;) or its id.</source>
        <translation>A relação: o título (&quot;A &amp; B&quot;) ou o id.</translation>
    </message>
    <message>
        <source>Which picture: trust, reciprocity, depth, breadth, layers, topics, perception or onion.</source>
        <translation>Qual imagem: trust, reciprocity, depth, breadth, layers, topics, perception ou onion.</translation>
    </message>
    <message>
        <source>png, svg or pdf (default: from --out).</source>
        <translation>png, svg ou pdf (padrão: conforme --out).</translation>
    </message>
    <message>
        <source>Resolution of a PNG, 72 to 600 (default 96).</source>
        <translation>Resolução de um PNG, de 72 a 600 (padrão 96).</translation>
    </message>
    <message>
        <source>Size in logical pixels (default 800x800 for the onion, 1000x600 for the others).</source>
        <translation>Tamanho em pixels lógicos (padrão 800x800 para a cebola, 1000x600 para os demais).</translation>
    </message>
    <message>
        <source>Show the onion as it stood after session N (default: the latest).</source>
        <translation>Mostrar a cebola como estava depois da sessão N (padrão: a última).</translation>
    </message>
    <message>
        <source>Write the picture to FILE.</source>
        <translation>Gravar a imagem em FILE.</translation>
    </message>
    <message>
        <source>Exports a chart of one relationship as a picture.</source>
        <translation>Exporta um gráfico de uma relação como imagem.</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos; (choose trust, reciprocity, depth, breadth, layers, topics, perception or onion)</source>
        <translation>gráfico desconhecido &apos;%1&apos; (escolha trust, reciprocity, depth, breadth, layers, topics, perception ou onion)</translation>
    </message>
    <message>
        <source>--at-session is for the onion only</source>
        <translation>--at-session serve apenas para a cebola</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (choose png, svg or pdf)</source>
        <translation>formato desconhecido &apos;%1&apos; (escolha png, svg ou pdf)</translation>
    </message>
    <message>
        <source>--dpi wants a whole number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--dpi espera um número inteiro de %1 a %2, não &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT in pixels, each 16 to 20000, not &apos;%1&apos;</source>
        <translation>--size espera WIDTHxHEIGHT (largura x altura) em pixels, cada um de 16 a 20000, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--at-session wants a session number, not &apos;%1&apos;</source>
        <translation>--at-session espera um número de sessão, não &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>--at-session %1: %2 has %n session(s)</source>
        <translation>
            <numerusform>--at-session %1: %2 tem %n sessão</numerusform>
            <numerusform>--at-session %1: %2 tem %n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: unfold export chart|data [options]</source>
        <translation>Uso: unfold export chart|data [opções]</translation>
    </message>
    <message>
        <source>  chart  Export a chart of one relationship as PNG, SVG or PDF.</source>
        <translation>  chart  Exportar um gráfico de uma relação como PNG, SVG ou PDF.</translation>
    </message>
    <message>
        <source>  data   Export a journal&apos;s data as CSV tables or one JSON document.</source>
        <translation>  data   Exportar os dados de um diário como tabelas CSV ou um documento JSON.</translation>
    </message>
    <message>
        <source>Add --help after the word for its options.</source>
        <translation>Adicione --help depois da palavra para ver as opções.</translation>
    </message>
    <message>
        <source>say what to export: chart or data (try &apos;unfold export --help&apos;)</source>
        <translation>indique o que exportar: chart ou data (experimente &apos;unfold export --help&apos;)</translation>
    </message>
    <message>
        <source>cannot export &apos;%1&apos;; try &apos;unfold export chart&apos; or &apos;unfold export data&apos;</source>
        <translation>não é possível exportar &apos;%1&apos;; experimente &apos;unfold export chart&apos; ou &apos;unfold export data&apos;</translation>
    </message>
    <message>
        <source>The folder (csv) or file (json) to write.</source>
        <translation>A pasta (csv) ou o arquivo (json) a gravar.</translation>
    </message>
    <message>
        <source>Exports a journal&apos;s data for a spreadsheet or R.</source>
        <translation>Exporta os dados de um diário para uma planilha ou R.</translation>
    </message>
    <message>
        <source>%1 is a folder; json wants a file name</source>
        <translation>%1 é uma pasta; json espera um nome de arquivo</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>... e mais %n problema</numerusform>
            <numerusform>... e mais %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was scored.</source>
        <translation>Nada foi pontuado.</translation>
    </message>
    <message>
        <source>csv or json (default csv).</source>
        <translation>csv ou json (padrão csv).</translation>
    </message>
    <message>
        <source>Prints the logged reciprocity of each session of a relationship; empty (csv) or null (json) where a measure is undefined.</source>
        <translation>Mostra a reciprocidade registrada de cada sessão de uma relação; vazio (csv) ou null (json) onde uma medida não está definida.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no relationship &apos;%1&apos; in this journal; there are: %2</source>
        <translation>não há nenhuma relação &apos;%1&apos; neste diário; existem: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one relationship; give its id instead (one of %2)</source>
        <translation>&apos;%1&apos; corresponde a mais de uma relação; informe o id (um de %2)</translation>
    </message>
    <message>
        <source>The instrument: an id such as trust-inventory, or a JSON file.</source>
        <translation>O questionário: um id como trust-inventory ou um arquivo JSON.</translation>
    </message>
    <message>
        <source>Answers CSV: respondent, optional date, one column per item.</source>
        <translation>CSV de respostas: respondent, date opcional, uma coluna por pergunta.</translation>
    </message>
    <message>
        <source>Prints Cronbach&apos;s alpha per subscale across administrations (complete cases).</source>
        <translation>Mostra o alfa de Cronbach por subescala ao longo das aplicações (casos completos).</translation>
    </message>
    <message>
        <source>Write the scores CSV to FILE.</source>
        <translation>Gravar o CSV de pontuações em FILE.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n administration(s) into %1</source>
        <translation>
            <numerusform>%n aplicação pontuada em %1</numerusform>
            <numerusform>%n aplicações pontuadas em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a demo journal.</source>
        <translation>Gravar um diário de demonstração.</translation>
    </message>
    <message>
        <source>Check a journal&apos;s integrity and format.</source>
        <translation>Verificar a integridade e o formato de um diário.</translation>
    </message>
    <message>
        <source>Export a chart as a picture, or a journal&apos;s data.</source>
        <translation>Exportar um gráfico como imagem, ou os dados de um diário.</translation>
    </message>
    <message>
        <source>Print the reciprocity measures of each session.</source>
        <translation>Mostrar as medidas de reciprocidade de cada sessão.</translation>
    </message>
    <message>
        <source>Score questionnaire answers from a CSV file.</source>
        <translation>Pontuar respostas a questionários a partir de um arquivo CSV.</translation>
    </message>
    <message>
        <source>Print Cronbach&apos;s alpha of questionnaire answers.</source>
        <translation>Mostrar o alfa de Cronbach das respostas a questionários.</translation>
    </message>
    <message>
        <source>The session&apos;s id (default: the latest).</source>
        <translation>O id da sessão (padrão: a última).</translation>
    </message>
    <message>
        <source>Include the therapist&apos;s private session notes (left out by default).</source>
        <translation>Incluir as notas privadas da sessão do terapeuta (omitidas por padrão).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>O arquivo PDF a gravar.</translation>
    </message>
    <message>
        <source>Writes a session report as a PDF: header, onion, charts, scores, insights, and the therapist&apos;s notes only with --include-notes.</source>
        <translation>Grava um relatório da sessão em PDF: cabeçalho, cebola, gráficos, pontuações, observações e, só com --include-notes, as notas do terapeuta.</translation>
    </message>
    <message>
        <source>--session needs a session id, a whole number (got &apos;%1&apos;)</source>
        <translation>--session precisa de um id de sessão, um número inteiro (recebido: &apos;%1&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 gravado (%n página).</numerusform>
            <numerusform>%1 gravado (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a session report as a PDF.</source>
        <translation>Gravar um relatório da sessão em PDF.</translation>
    </message>
    <message>
        <source>Include session and disclosure notes (private; left out by default).</source>
        <translation>Incluir as notas das sessões e das confidências (privadas; omitidas por padrão).</translation>
    </message>
    <message>
        <source>%1: an encrypted Unfold journal, format %2 (this version writes format %3).</source>
        <translation>%1: um diário criptografado do Unfold, formato %2 (esta versão grava o formato %3).</translation>
    </message>
    <message>
        <source>Encrypt the journal with the passphrase from --passphrase-file.</source>
        <translation>Criptografar o diário com a frase secreta de --passphrase-file.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (&apos;-&apos;: standard input).</source>
        <translation>Ler a frase secreta da primeira linha de FILE (&apos;-&apos;: entrada padrão).</translation>
    </message>
    <message>
        <source>--encrypt needs --passphrase-file FILE</source>
        <translation>--encrypt precisa de --passphrase-file FILE</translation>
    </message>
    <message>
        <source>%1 is in use by %2; close it there first</source>
        <translation>%1 está sendo usado por %2; feche-o lá primeiro</translation>
    </message>
    <message>
        <source>The plain journal to encrypt.</source>
        <translation>O diário não criptografado a criptografar.</translation>
    </message>
    <message>
        <source>Encrypts a plain journal in place with the passphrase from --passphrase-file. Plain backups made before stay as they are.</source>
        <translation>Criptografa no próprio arquivo um diário não criptografado com a frase secreta de --passphrase-file. As cópias de segurança não criptografadas feitas antes ficam como estão.</translation>
    </message>
    <message>
        <source>%1 is already encrypted; &apos;unfold passphrase&apos; changes its passphrase</source>
        <translation>%1 já está criptografado; &apos;unfold passphrase&apos; altera a frase secreta dele</translation>
    </message>
    <message>
        <source>Encrypted %1</source>
        <translation>%1 criptografado</translation>
    </message>
    <message>
        <source>The encrypted journal.</source>
        <translation>O diário criptografado.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation>Ler a nova frase secreta da primeira linha de FILE.</translation>
    </message>
    <message>
        <source>Changes an encrypted journal&apos;s passphrase: afterwards only the new one opens it.</source>
        <translation>Altera a frase secreta de um diário criptografado: depois, só a nova o abre.</translation>
    </message>
    <message>
        <source>%1 is not encrypted; &apos;unfold encrypt&apos; encrypts it</source>
        <translation>%1 não está criptografado; &apos;unfold encrypt&apos; o criptografa</translation>
    </message>
    <message>
        <source>Changed the passphrase of %1</source>
        <translation>Frase secreta de %1 alterada</translation>
    </message>
    <message>
        <source>cannot read the passphrase from %1: %2</source>
        <translation>não é possível ler a frase secreta de %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no passphrase (its first line is empty)</source>
        <translation>%1 não contém nenhuma frase secreta (a primeira linha está vazia)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>a entrada padrão</translation>
    </message>
    <message>
        <source>Encrypt a plain journal with a passphrase.</source>
        <translation>Criptografar um diário não criptografado com uma frase secreta.</translation>
    </message>
    <message>
        <source>Change an encrypted journal&apos;s passphrase.</source>
        <translation>Alterar a frase secreta de um diário criptografado.</translation>
    </message>
    <message>
        <source>the passphrase in %1 is longer than %2 bytes</source>
        <translation>a frase secreta em %1 tem mais de %2 bytes</translation>
    </message>
    <message>
        <source>a new passphrase needs at least %1 characters; a few words are easy to remember and hard to guess</source>
        <translation>uma frase secreta nova precisa de pelo menos %1 caracteres; algumas palavras são fáceis de lembrar e difíceis de adivinhar</translation>
    </message>
    <message>
        <source>the new session could not be saved: %1</source>
        <translation>a nova sessão não pôde ser guardada: %1</translation>
    </message>
    <message>
        <source>this relationship has no session yet; start one with --new-session</source>
        <translation>esta relação ainda não tem sessões; comece uma com --new-session</translation>
    </message>
    <message>
        <source>there is no session %1 in this relationship</source>
        <translation>não há nenhuma sessão %1 nesta relação</translation>
    </message>
    <message>
        <source>The journal to log in.</source>
        <translation>O diário onde registar.</translation>
    </message>
    <message>
        <source>Log in the session with this id (default: the latest).</source>
        <translation>Registar na sessão com este id (por omissão: a mais recente).</translation>
    </message>
    <message>
        <source>Start a new session and log in it.</source>
        <translation>Começar uma nova sessão e registar nela.</translation>
    </message>
    <message>
        <source>When the new session began, as ISO 8601 (default: now).</source>
        <translation>Quando a nova sessão começou, em ISO 8601 (por omissão: agora).</translation>
    </message>
    <message>
        <source>How the new session took place: in-person (default), video, phone or text.</source>
        <translation>Como decorreu a nova sessão: in-person (por omissão), video, phone ou text.</translation>
    </message>
    <message>
        <source>A disclosure in the quick-entry shorthand: who (a or b), the topic&apos;s number, the depth, then an optional note, e.g. &quot;a42 talked about work&quot;. &apos;-&apos; reads one entry per line from standard input.</source>
        <translation>Uma revelação na notação de entrada rápida: quem (a ou b), o número do tema, a profundidade e uma nota opcional, p. ex. &quot;a42 falou do trabalho&quot;. &apos;-&apos; lê uma entrada por linha da entrada padrão.</translation>
    </message>
    <message>
        <source>Logs disclosures in a session, each saved on its own. Prints the session&apos;s id, then the id of each disclosure once it is saved.</source>
        <translation>Regista revelações numa sessão, cada uma guardada à parte. Mostra o id da sessão e depois o de cada revelação assim que é guardada.</translation>
    </message>
    <message>
        <source>give at least one ENTRY to log, such as &quot;a42&quot;</source>
        <translation>indique pelo menos uma ENTRY a registar, como &quot;a42&quot;</translation>
    </message>
    <message>
        <source>&apos;-&apos; reads every entry from standard input; give no other ENTRY</source>
        <translation>&apos;-&apos; lê todas as entradas da entrada padrão; não indique outra ENTRY</translation>
    </message>
    <message>
        <source>give either --session or --new-session, not both</source>
        <translation>indique --session ou --new-session, não ambos</translation>
    </message>
    <message>
        <source>--start and --context describe a new session: add --new-session</source>
        <translation>--start e --context descrevem uma nova sessão: acrescente --new-session</translation>
    </message>
    <message>
        <source>--start needs a date and time in ISO 8601, such as 2026-03-14T18:30 (got &apos;%1&apos;)</source>
        <translation>--start precisa de data e hora em ISO 8601, como 2026-03-14T18:30 (recebido: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>unknown context &apos;%1&apos; (choose in-person, video, phone or text)</source>
        <translation>contexto desconhecido &apos;%1&apos; (escolha in-person, video, phone ou text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry: %2</source>
        <translation>&quot;%1&quot; não é uma entrada: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not logged (the entries before it are saved): %2</source>
        <translation>&quot;%1&quot; não foi registado (as entradas anteriores estão guardadas): %2</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>não é possível ler a entrada padrão: %1</translation>
    </message>
    <message>
        <source>line %1 of standard input is longer than %2 bytes; nothing from it was logged</source>
        <translation>a linha %1 da entrada padrão tem mais de %2 bytes; nada dela foi registado</translation>
    </message>
    <message>
        <source>line %1 of standard input, &quot;%2&quot;, was not logged (the lines before it are saved): %3</source>
        <translation>a linha %1 da entrada padrão, &quot;%2&quot;, não foi registada (as linhas anteriores estão guardadas): %3</translation>
    </message>
    <message>
        <source>Log disclosures in a session from the command line.</source>
        <translation>Registar revelações numa sessão a partir da linha de comandos.</translation>
    </message>
    <message>
        <source>the entries are saved, but the backup that was due failed: %1</source>
        <translation>as entradas estão guardadas, mas a cópia de segurança prevista falhou: %1</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 é obrigatório</translation>
    </message>
    <message>
        <source>%1 %2 is required</source>
        <translation>%1 %2 é obrigatório</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>The session in view (default: the latest); later sessions are not looked at.</source>
        <translation>A sessão em vista (por omissão, a mais recente); as posteriores não são consideradas.</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text ou json (por omissão text).</translation>
    </message>
    <message>
        <source>Prints the insights about a relationship as of one session, each with its rule id and the sessions and values it rests on.</source>
        <translation>Mostra as observações sobre uma relação à data de uma sessão, cada uma com o id da sua regra e as sessões e valores em que se baseia.</translation>
    </message>
    <message>
        <source>%1 has no sessions yet</source>
        <translation>%1 ainda não tem sessões</translation>
    </message>
    <message>
        <source>session %1 is not a session of %2</source>
        <translation>a sessão %1 não é uma sessão de %2</translation>
    </message>
    <message>
        <source>%1, up to session %2 of %3 (id %4, %5)</source>
        <translation>%1, até à sessão %2 de %3 (id %4, %5)</translation>
    </message>
    <message>
        <source>No insights: nothing stands out in the sessions so far.</source>
        <translation>Sem observações: nada se destaca nas sessões até agora.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Sessões: %1</translation>
    </message>
    <message>
        <source>Print the insights about a relationship, with what they rest on.</source>
        <translation>Mostra as observações sobre uma relação, com aquilo em que se baseiam.</translation>
    </message>
    <message>
        <source>A command to run without the window (see below), or a journal FILE to open in the window (./FILE for one named like a command).</source>
        <translation>Um comando para executar sem a janela (veja abaixo), ou um arquivo de diário FILE para abrir na janela (./FILE para um com nome de comando).</translation>
    </message>
    <message>
        <source>one journal at a time: give either FILE or --journal FILE</source>
        <translation>um diário de cada vez: informe FILE ou --journal FILE</translation>
    </message>
    <message>
        <source>csv (a folder with one file per table, codebook.csv among them) or json (one file).</source>
        <translation>csv (uma pasta com um arquivo por tabela, entre eles codebook.csv) ou json (um arquivo).</translation>
    </message>
    <message>
        <source>The journal was upgraded to the current format; a copy of the old file was kept at %1.</source>
        <translation>O diário foi atualizado para o formato atual; uma cópia do arquivo antigo foi guardada em %1.</translation>
    </message>
    <message>
        <source>Print the measures across the sessions instead (breadth, penetration, deepest layer per topic, depth trend and correlations), each with the sessions and time span it rests on.</source>
        <translation>Imprimir em vez disso as medidas de todas as sessões (amplitude, penetração, camada mais profunda por tema, tendência da profundidade e correlações), cada uma com as sessões e o período em que se baseia.</translation>
    </message>
    <message>
        <source>With --summary: only the sessions up to this one (default: all).</source>
        <translation>Com --summary: só as sessões até esta (padrão: todas).</translation>
    </message>
    <message>
        <source>--session goes with --summary</source>
        <translation>--session vai com --summary</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;, and there is no file of that name</source>
        <translation>comando desconhecido &apos;%1&apos;, e não existe arquivo com esse nome</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>Não há diário em %1.</translation>
    </message>
    <message>
        <source>--%1 does not go with --journal</source>
        <translation>--%1 não vai com --journal</translation>
    </message>
    <message>
        <source>The instrument: an id such as trust-inventory, or a JSON file. With --journal: only the scores of the instrument with this id.</source>
        <translation>O instrumento: um identificador como trust-inventory, ou um arquivo JSON. Com --journal: só as pontuações do instrumento com esse identificador.</translation>
    </message>
    <message>
        <source>Instead of --in and --out: print the score history of a relationship in this journal, with change and reliable change since the previous score and the baseline.</source>
        <translation>Em vez de --in e --out: imprimir o histórico de pontuações de uma relação deste diário, com a mudança e a mudança conconfiável desde a pontuação anterior e desde a linha de base.</translation>
    </message>
    <message>
        <source>With --journal: the relationship, its title (&quot;A &amp; B&quot;) or its id.</source>
        <translation>Com --journal: a relação, seu título (&quot;A &amp; B&quot;) ou seu identificador.</translation>
    </message>
    <message>
        <source>With --journal: only answer sets up to this session (default: all).</source>
        <translation>Com --journal: só os conjuntos de respostas até esta sessão (padrão: todos).</translation>
    </message>
    <message>
        <source>With --journal: csv or json (default csv).</source>
        <translation>Com --journal: csv ou json (padrão csv).</translation>
    </message>
    <message>
        <source>Scores questionnaire answers, one row per administration; with --journal, prints a relationship&apos;s scores with their reliable change.</source>
        <translation>Pontua respostas de questionários, uma linha por aplicação; com --journal, imprime as pontuações de uma relação com sua mudança conconfiável.</translation>
    </message>
    <message>
        <source>--%1 goes with --journal</source>
        <translation>--%1 vai com --journal</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (choose %2 or %3)</source>
        <translation>formato desconhecido &apos;%1&apos; (escolha %2 ou %3)</translation>
    </message>
    <message>
        <source>Write instead the partner&apos;s own journal of the partner relationship in journal FILE, logged as they would have logged it, to try sharing and comparing the two accounts.</source>
        <translation>Em vez disso, gravar o próprio diário da outra pessoa sobre a relação de casal do diário FILE, registrado como ela o teria registrado, para experimentar o compartilhamento e a comparação dos dois relatos.</translation>
    </message>
    <message>
        <source>--partner-of goes with neither --profile nor --encrypt</source>
        <translation>--partner-of não combina com --profile nem com --encrypt</translation>
    </message>
    <message>
        <source>Wrote the account of %1 (sessions: %2) to %3%4.</source>
        <translation>Relato de %1 (sessões: %2) gravado em %3%4.</translation>
    </message>
    <message>
        <source>, notes included</source>
        <translation>, com as notas</translation>
    </message>
    <message>
        <source>Name it with --relationship.</source>
        <translation>Indique-a com --relationship.</translation>
    </message>
    <message>
        <source>Name the sender with --partner NAME.</source>
        <translation>Indique quem enviou com --partner NAME.</translation>
    </message>
    <message>
        <source>the account could not be saved: %1</source>
        <translation>não foi possível salvar o relato: %1</translation>
    </message>
    <message>
        <source>Replaced the partner&apos;s account of %1 with %2&apos;s newer one: sessions: %3, disclosures: %4.</source>
        <translation>Relato da outra pessoa sobre %1 substituído pelo mais recente de %2: sessões: %3, confidências: %4.</translation>
    </message>
    <message>
        <source>Imported %2&apos;s account of %1: sessions: %3, disclosures: %4.</source>
        <translation>Relato de %2 sobre %1 importado: sessões: %3, confidências: %4.</translation>
    </message>
    <message>
        <source>Matched sessions: %1; yours without a match: %2; theirs without a match: %3.</source>
        <translation>Sessões pareadas: %1; suas sem par: %2; da outra pessoa sem par: %3.</translation>
    </message>
    <message>
        <source>Topics only the partner&apos;s journal has (compared as topics of their own): %1.</source>
        <translation>Temas que só o diário da outra pessoa tem (comparados como temas próprios): %1.</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export ou import</translation>
    </message>
    <message>
        <source>Your journal.</source>
        <translation>Seu diário.</translation>
    </message>
    <message>
        <source>Read the passphrase you and your partner agreed on from the first line of FILE (&apos;-&apos;: standard input).</source>
        <translation>Ler a frase secreta combinada com a outra pessoa da primeira linha de FILE (&apos;-&apos;: entrada padrão).</translation>
    </message>
    <message>
        <source>export: the exchange file to write.</source>
        <translation>export: o arquivo de troca a gravar.</translation>
    </message>
    <message>
        <source>import: the exchange file your partner sent.</source>
        <translation>import: o arquivo de troca que a outra pessoa enviou.</translation>
    </message>
    <message>
        <source>export: include session and disclosure notes (left out by default).</source>
        <translation>export: incluir as notas das sessões e das confidências (omitidas por padrão).</translation>
    </message>
    <message>
        <source>export: which of the two people you are, when the journal does not mark &quot;me&quot;.</source>
        <translation>export: qual das duas pessoas você é, quando o diário não indica quem é “eu”.</translation>
    </message>
    <message>
        <source>import: which of the two people sent the file, when neither journal marks &quot;me&quot;.</source>
        <translation>import: qual das duas pessoas enviou o arquivo, quando nenhum dos dois diários indica quem é “eu”.</translation>
    </message>
    <message>
        <source>Shares one relationship with your partner as an encrypted exchange file, or imports the file your partner sent as their account, beside your own.</source>
        <translation>Compartilha uma relação com a outra pessoa como arquivo de troca criptografado, ou importa o arquivo que a outra pessoa enviou como o relato dela, ao lado do seu.</translation>
    </message>
    <message>
        <source>say export or import</source>
        <translation>indique export ou import</translation>
    </message>
    <message>
        <source>--%1 does not go with %2</source>
        <translation>--%1 não combina com %2</translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase with --%2 FILE</source>
        <translation>%1 está criptografado: informe a frase secreta com --%2 FILE</translation>
    </message>
    <message>
        <source>%1 has no partner&apos;s account yet; import one with: unfold exchange import</source>
        <translation>%1 ainda não tem relato da outra pessoa; importe um com: unfold exchange import</translation>
    </message>
    <message>
        <source>Print instead, per session matched with the partner&apos;s account, how the two accounts differ: count, depth and topic gaps of each side and the agreement index.</source>
        <translation>Imprimir em vez disso, para cada sessão pareada com o relato da outra pessoa, como os dois relatos diferem: as diferenças de contagem, profundidade e temas de cada lado e o índice de concordância.</translation>
    </message>
    <message>
        <source>--perception and --summary print different tables: give one</source>
        <translation>--perception e --summary imprimem tabelas diferentes: indique só uma</translation>
    </message>
    <message>
        <source>Share a relationship with your partner, or import the account they shared.</source>
        <translation>Compartilhar uma relação com a outra pessoa, ou importar o relato que ela compartilhou.</translation>
    </message>
    <message>
        <source>Whose account the onion shows: mine (default) or partner, the partner&apos;s imported account.</source>
        <translation>De quem é o relato que a cebola mostra: mine (padrão) ou partner, o relato importado da outra pessoa.</translation>
    </message>
    <message>
        <source>unknown account &apos;%1&apos; (choose mine or partner)</source>
        <translation>relato desconhecido “%1” (escolha mine ou partner)</translation>
    </message>
    <message>
        <source>--account is for the onion only</source>
        <translation>--account é só para a cebola</translation>
    </message>
    <message>
        <source>%1 has no partner&apos;s account: import one with &apos;unfold exchange import&apos;</source>
        <translation>%1 não tem relato da outra pessoa: importe um com “unfold exchange import”</translation>
    </message>
    <message>
        <source>Count only the latest N sessions up to the one shown; what was reached before and not since shows faintly.</source>
        <translation>Contar só as últimas N sessões até a mostrada; o que foi alcançado antes e não desde então aparece esmaecido.</translation>
    </message>
    <message>
        <source>--last is for the onion only</source>
        <translation>--last é só para a cebola</translation>
    </message>
    <message>
        <source>--last wants a number of sessions, 1 or more, not &apos;%1&apos;</source>
        <translation>--last espera um número de sessões, 1 ou mais, não “%1”</translation>
    </message>
    <message>
        <source>personal (default), heavy, caseload or decade.</source>
        <translation>personal (padrão), heavy, caseload ou decade.</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (choose personal, heavy, caseload or decade)</source>
        <translation>perfil desconhecido &apos;%1&apos; (escolha personal, heavy, caseload ou decade)</translation>
    </message>
</context>
<context>
    <name>unfold::cli::AnswerTable</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: não pode ser lido: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row</source>
        <translation>%1: o arquivo está vazio; ele precisa de uma linha de cabeçalho</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; is not an item of %4</source>
        <translation>%1:%2: a coluna &apos;%3&apos; não é uma pergunta de %4</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos; appears twice</source>
        <translation>%1:%2: a coluna &apos;%3&apos; aparece duas vezes</translation>
    </message>
    <message>
        <source>%1:%2: there is no &apos;respondent&apos; column</source>
        <translation>%1:%2: não há nenhuma coluna &apos;respondent&apos;</translation>
    </message>
    <message>
        <source>%1:%2: </source>
        <translation>%1:%2: </translation>
    </message>
    <message>
        <source>the header has %1 columns, this row %2</source>
        <translation>o cabeçalho tem %1 colunas, esta linha %2</translation>
    </message>
    <message>
        <source>the respondent is empty</source>
        <translation>respondent está vazio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2024-05-31</source>
        <translation>&apos;%1&apos; não é uma data como 2024-05-31</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: &apos;%2&apos; is not a whole number</source>
        <translation>pergunta &apos;%1&apos;: &apos;%2&apos; não é um número inteiro</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;: %2 is outside %3..%4</source>
        <translation>pergunta &apos;%1&apos;: %2 está fora de %3..%4</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB; an answers file is far smaller</source>
        <translation>%1: o ficheiro tem mais de %2 MiB; um ficheiro de respostas é muito mais pequeno</translation>
    </message>
    <message>
        <source>%1:%2: these items have no column, so their answers count as missing: %3</source>
        <translation>%1:%2: estes itens não têm coluna, por isso as suas respostas contam como em falta: %3</translation>
    </message>
    <message>
        <source>the respondent holds a control character (a line break, a tab or a NUL byte, say)</source>
        <translation>o respondente contém um carácter de controlo (uma quebra de linha, uma tabulação ou um byte NUL, por exemplo)</translation>
    </message>
    <message>
        <source>%1: reading stopped after %2 problems; the first are listed</source>
        <translation>%1: a leitura parou após %2 problemas; os primeiros são listados</translation>
    </message>
</context>
<context>
    <name>unfold::cli::JournalArgument</name>
    <message>
        <source>Read an encrypted journal&apos;s passphrase from the first line of FILE (&apos;-&apos;: standard input).</source>
        <translation>Ler a frase secreta de um diário criptografado da primeira linha de FILE (&apos;-&apos;: entrada padrão).</translation>
    </message>
</context>
</TS>
