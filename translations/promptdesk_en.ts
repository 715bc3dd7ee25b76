<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Job</name>
    <message numerus="yes">
        <source>The result mentions %n placeholder(s) that were not in your text.</source>
        <translation>
            <numerusform>The result mentions %n placeholder that was not in your text.</numerusform>
            <numerusform>The result mentions %n placeholders that were not in your text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The result contains %n piece(s) of personal data that were not in your text. Check them before you use the result.</source>
        <translation>
            <numerusform>The result contains %n piece of personal data that was not in your text. Check it before you use the result.</numerusform>
            <numerusform>The result contains %n pieces of personal data that were not in your text. Check them before you use the result.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message numerus="yes">
        <source>Your company&apos;s policy deletes history entries after %n day(s).</source>
        <translation>
            <numerusform>Your company&apos;s policy deletes history entries after %n day.</numerusform>
            <numerusform>Your company&apos;s policy deletes history entries after %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries are kept for %n day(s), then deleted.</source>
        <translation>
            <numerusform>Entries are kept for %n day, then deleted.</numerusform>
            <numerusform>Entries are kept for %n days, then deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promptdesk::CompareDialog</name>
    <message numerus="yes">
        <source>Running on %n model(s)…</source>
        <translation>
            <numerusform>Running on %n model…</numerusform>
            <numerusform>Running on %n models…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promptdesk::DropZone</name>
    <message numerus="yes">
        <source>%n item(s) added to the list below.</source>
        <translation>
            <numerusform>%n item added to the list below.</numerusform>
            <numerusform>%n items added to the list below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promptdesk::HistoryDialog</name>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation>
            <numerusform>%n entry chosen.</numerusform>
            <numerusform>%n entries chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries from your history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n entry from your history? This cannot be undone.</numerusform>
            <numerusform>Delete %n entries from your history? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promptdesk::InputList</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promptdesk::MainWindow</name>
    <message numerus="yes">
        <source>%n history entries reached the end of their retention and were deleted.</source>
        <translation>
            <numerusform>%n history entry reached the end of its retention and was deleted.</numerusform>
            <numerusform>%n history entries reached the end of their retention and were deleted.</numerusform>
        </translation>
    </message>
</context>
</TS>
