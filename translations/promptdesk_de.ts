<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>OfflineEngine</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The document has no text to work on.</source>
        <translation>Das Dokument enthält keinen Text, mit dem gearbeitet werden kann.</translation>
    </message>
</context>
<context>
    <name>OfflineProvider</name>
    <message>
        <source>Offline (basic)</source>
        <translation>Offline (einfach)</translation>
    </message>
    <message>
        <source>Built-in basic engine</source>
        <translation>Eingebaute einfache Engine</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Promptdesk could not start: %1</source>
        <translation>Promptdesk konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Promptdesk</source>
        <translation>Promptdesk</translation>
    </message>
</context>
<context>
    <name>promptdesk::AboutDialog</name>
    <message>
        <source>About Promptdesk</source>
        <translation>Über Promptdesk</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Promptdesk summarises, rewrites and pulls facts out of your documents and notes, using only the services your company has approved. Personal data such as names, e-mail addresses and phone numbers is replaced with placeholders on this computer before anything leaves it, and put back only in the result you see.</source>
        <translation>Promptdesk fasst Ihre Dokumente und Notizen zusammen, formuliert sie um und zieht Fakten heraus – nur mit den Diensten, die Ihr Unternehmen freigegeben hat. Personenbezogene Daten wie Namen, E-Mail-Adressen und Telefonnummern werden auf diesem Computer durch Platzhalter ersetzt, bevor etwas ihn verlässt, und erst im angezeigten Ergebnis wieder eingesetzt.</translation>
    </message>
    <message>
        <source>Company policy in force: %1</source>
        <translation>Geltende Unternehmensrichtlinie: %1</translation>
    </message>
    <message>
        <source>Promptdesk is free software. It uses the Qt toolkit under the GNU LGPL version 3.</source>
        <translation>Promptdesk ist freie Software. Es verwendet das Qt-Toolkit unter der GNU LGPL Version 3.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>promptdesk::DropZone</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Drop a document here, choose a file, or type or paste your notes. Press Ctrl+V here to paste.</source>
        <translation>Legen Sie hier ein Dokument ab, wählen Sie eine Datei oder tippen bzw. fügen Sie Ihre Notizen ein. Mit Strg+V fügen Sie hier ein.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Opens a file chooser to pick a document.</source>
        <translation>Öffnet einen Dateidialog zur Auswahl eines Dokuments.</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>Datei ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Stops using the chosen file; your notes are used instead.</source>
        <translation>Verwendet die gewählte Datei nicht mehr; stattdessen werden Ihre Notizen verwendet.</translation>
    </message>
    <message>
        <source>…or type or paste your notes here.</source>
        <translation>…oder tippen bzw. fügen Sie Ihre Notizen hier ein.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Text to work on when no file is chosen.</source>
        <translation>Text, mit dem gearbeitet wird, wenn keine Datei gewählt ist.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Input message</source>
        <translation>Hinweis zur Eingabe</translation>
    </message>
    <message>
        <source>That file could not be found.</source>
        <translation>Diese Datei wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Please choose a single document.</source>
        <translation>„%1“ ist ein Ordner. Bitte wählen Sie ein einzelnes Dokument.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: you may not have permission to read it.</source>
        <translation>„%1“ kann nicht geöffnet werden: Sie haben möglicherweise keine Leseberechtigung.</translation>
    </message>
    <message>
        <source>Only files on this computer can be used. Save the document first, then drop the saved file.</source>
        <translation>Nur Dateien auf diesem Computer können verwendet werden. Speichern Sie das Dokument zuerst und legen Sie dann die gespeicherte Datei ab.</translation>
    </message>
    <message>
        <source>Only one document at a time: using “%1”.</source>
        <translation>Nur ein Dokument auf einmal: „%1“ wird verwendet.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing Promptdesk can use. Copy some text or a file first.</source>
        <translation>Die Zwischenablage enthält nichts, was Promptdesk verwenden kann. Kopieren Sie zuerst Text oder eine Datei.</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Dokument wählen</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.html *.htm *.pdf *.docx *.odt *.eml *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Dokumente (*.txt *.md *.html *.htm *.pdf *.docx *.odt *.eml *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <source>Drop a document here, or paste your notes</source>
        <translation>Legen Sie hier ein Dokument ab oder fügen Sie Ihre Notizen ein</translation>
    </message>
    <message>
        <source>Chosen document: %1</source>
        <translation>Gewähltes Dokument: %1</translation>
    </message>
</context>
<context>
    <name>promptdesk::Job</name>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation>Angehalten, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>There is no template called "%1".</source>
        <translation>Es gibt keine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>There is no provider called "%1".</source>
        <translation>Es gibt keinen Anbieter namens „%1“.</translation>
    </message>
    <message>
        <source>The audit log could not be written, so nothing was sent.</source>
        <translation>Das Prüfprotokoll konnte nicht geschrieben werden, daher wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The result mentions %n placeholder(s) that were not in your text.</source>
        <translation><numerusform>Das Ergebnis nennt %n Platzhalter, der nicht in Ihrem Text stand.</numerusform><numerusform>Das Ergebnis nennt %n Platzhalter, die nicht in Ihrem Text standen.</numerusform></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Dokument wird gelesen…</translation>
    </message>
    <message>
        <source>Hiding personal data…</source>
        <translation>Personenbezogene Daten werden verborgen…</translation>
    </message>
    <message>
        <source>Preparing the request…</source>
        <translation>Anfrage wird vorbereitet…</translation>
    </message>
    <message>
        <source>Checking company policy…</source>
        <translation>Unternehmensrichtlinie wird geprüft…</translation>
    </message>
    <message>
        <source>Waiting for the result…</source>
        <translation>Warten auf das Ergebnis…</translation>
    </message>
    <message>
        <source>Writing the result…</source>
        <translation>Ergebnis wird geschrieben…</translation>
    </message>
    <message>
        <source>Saving to history…</source>
        <translation>Wird im Verlauf gespeichert…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>promptdesk::MainWindow</name>
    <message>
        <source>Promptdesk</source>
        <translation>Promptdesk</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste as input</source>
        <translation>Als Eingabe ein&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Save result as…</source>
        <translation>Ergebnis &amp;speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy result</source>
        <translation>Ergebnis &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Promptdesk</source>
        <translation>Ü&amp;ber Promptdesk</translation>
    </message>
    <message>
        <source>Run the chosen task on your document or notes.</source>
        <translation>Führt die gewählte Aufgabe mit Ihrem Dokument oder Ihren Notizen aus.</translation>
    </message>
    <message>
        <source>Stop the task; what was produced so far is kept.</source>
        <translation>Hält die Aufgabe an; was bisher erzeugt wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Provider: %1 · %2</source>
        <translation>Anbieter: %1 · %2</translation>
    </message>
    <message>
        <source>Provider: none available</source>
        <translation>Anbieter: keiner verfügbar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Personal details hidden before sending: %1</source>
        <translation>Vor dem Senden verborgene persönliche Angaben: %1</translation>
    </message>
    <message>
        <source>Result copied.</source>
        <translation>Ergebnis kopiert.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Nur Text (*.txt)</translation>
    </message>
    <message>
        <source>Promptdesk result</source>
        <translation>Promptdesk-Ergebnis</translation>
    </message>
    <message>
        <source>Save result as</source>
        <translation>Ergebnis speichern unter</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Gespeichert als „%1“.</translation>
    </message>
</context>
<context>
    <name>promptdesk::OfflineStream</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>promptdesk::OutputFile</name>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>„%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. The disk may be full or the folder read-only.</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2. Möglicherweise ist die Festplatte voll oder der Ordner schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>promptdesk::OutputView</name>
    <message>
        <source>Made by the built-in basic engine (no AI): sentences are picked from your text.</source>
        <translation>Erstellt von der eingebauten einfachen Engine (keine KI): Die Sätze stammen aus Ihrem Text.</translation>
    </message>
    <message>
        <source>The result will appear here.</source>
        <translation>Das Ergebnis erscheint hier.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The result of the task, as formatted text.</source>
        <translation>Das Ergebnis der Aufgabe als formatierter Text.</translation>
    </message>
    <message>
        <source>(stopped — nothing was produced)</source>
        <translation>(angehalten – nichts wurde erzeugt)</translation>
    </message>
    <message>
        <source>(stopped — partial result)</source>
        <translation>(angehalten – Teilergebnis)</translation>
    </message>
    <message>
        <source>(partial result below)</source>
        <translation>(Teilergebnis unten)</translation>
    </message>
    <message>
        <source>The result was cut short: it reached the length limit.</source>
        <translation>Das Ergebnis wurde gekürzt: Es hat die Längengrenze erreicht.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>promptdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>promptdesk::TemplatePicker</name>
    <message>
        <source>What should Promptdesk do?</source>
        <translation>Was soll Promptdesk tun?</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
</context>
</TS>
