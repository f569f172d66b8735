<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>unfold::ChartSeriesSet</name>
    <message numerus="yes">
        <source>%1, mean of %n session(s)</source>
        <translation>
            <numerusform>%1, mean of %n session</numerusform>
            <numerusform>%1, mean of %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::ChartsView</name>
    <message numerus="yes">
        <source>Mean of %n session(s)</source>
        <translation>
            <numerusform>Mean of %n session</numerusform>
            <numerusform>Mean of %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::HandOverFlow</name>
    <message numerus="yes">
        <source>◆ %n apart</source>
        <translation>
            <numerusform>◆ %n apart</numerusform>
            <numerusform>◆ %n apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n apart</source>
        <translation>
            <numerusform>%n apart</numerusform>
            <numerusform>%n apart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::JournalStore</name>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::MainWindow</name>
    <message numerus="yes">
        <source>Unfold made %n unencrypted copy(ies) of this journal before it was encrypted (backups, and copies kept before format upgrades). Anyone who can read your files can read them.</source>
        <translation>
            <numerusform>Unfold made %n unencrypted copy of this journal before it was encrypted (backups, and copies kept before format upgrades). Anyone who can read your files can read them.</numerusform>
            <numerusform>Unfold made %n unencrypted copies of this journal before it was encrypted (backups, and copies kept before format upgrades). Anyone who can read your files can read them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::OnionDescription</name>
    <message numerus="yes">
        <source>%1: %n disclosure(s), latest %2</source>
        <translation>
            <numerusform>%1: %n disclosure, latest %2</numerusform>
            <numerusform>%1: %n disclosures, latest %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::OnionSubject</name>
    <message numerus="yes">
        <source>Before the first of %n session(s)</source>
        <translation>
            <numerusform>Before the first of %n session</numerusform>
            <numerusform>Before the first of %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::OnionText</name>
    <message numerus="yes">
        <source>faint: reached before, not in the last %n session(s)</source>
        <translation>
            <numerusform>faint: reached before, not in the last %n session</numerusform>
            <numerusform>faint: reached before, not in the last %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::OnionView</name>
    <message numerus="yes">
        <source>Last %n session(s)</source>
        <translation>
            <numerusform>Last %n session</numerusform>
            <numerusform>Last %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier</source>
        <translation>
            <numerusform>… and %n earlier</numerusform>
            <numerusform>… and %n earlier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::RelationshipSidebar</name>
    <message numerus="yes">
        <source>Remove %1 and its %n session(s)? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Remove %1 and its %n session? You can undo this with Edit › Undo.</numerusform>
            <numerusform>Remove %1 and its %n sessions? You can undo this with Edit › Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::SessionListModel</name>
    <message numerus="yes">
        <source>Session of %1, %2; %3 shared %n thing(s)</source>
        <translation>
            <numerusform>Session of %1, %2; %3 shared %n thing</numerusform>
            <numerusform>Session of %1, %2; %3 shared %n things</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 shared %n thing(s)</source>
        <translation>
            <numerusform>, %1 shared %n thing</numerusform>
            <numerusform>, %1 shared %n things</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::SessionTimeline</name>
    <message numerus="yes">
        <source>Remove this session and the %n disclosure(s) logged in it? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Remove this session and the %n disclosure logged in it? You can undo this with Edit › Undo.</numerusform>
            <numerusform>Remove this session and the %n disclosures logged in it? You can undo this with Edit › Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unfold::cli</name>
    <message numerus="yes">
        <source>--at-session %1: %2 has %n session(s)</source>
        <translation>
            <numerusform>--at-session %1: %2 has %n session</numerusform>
            <numerusform>--at-session %1: %2 has %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>... and %n more problem</numerusform>
            <numerusform>... and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored %n administration(s) into %1</source>
        <translation>
            <numerusform>Scored %n administration into %1</numerusform>
            <numerusform>Scored %n administrations into %1</numerusform>
        </translation>
    </message>
</context>
</TS>
