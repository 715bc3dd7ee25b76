<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Catalogue</name>
    <message>
        <source>chosen by task</source>
        <translation>nach Aufgabe gewählt</translation>
    </message>
    <message>
        <source>Built in: nothing leaves this computer. Results are basic.</source>
        <translation>Eingebaut: nichts verlässt diesen Computer. Die Ergebnisse sind einfach.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Data-processing terms: %1</source>
        <translation>Auftragsverarbeitungsvertrag: %1</translation>
    </message>
    <message>
        <source>Zero retention: the service keeps nothing it is sent.</source>
        <translation>Keine Speicherung: Der Dienst behält nichts von dem, was er erhält.</translation>
    </message>
    <message>
        <source>The service may keep what it is sent for a while (no zero retention).</source>
        <translation>Der Dienst darf Gesendetes eine Zeit lang aufbewahren (keine Null-Speicherung).</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
</context>
<context>
    <name>CompareVoteStore</name>
    <message>
        <source>A vote needs a winner among at least two compared models.</source>
        <translation>Eine Stimme braucht einen Gewinner unter mindestens zwei verglichenen Modellen.</translation>
    </message>
    <message>
        <source>The vote could not be saved.</source>
        <translation>Die Stimme konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The comparison votes file is too large to read.</source>
        <translation>Die Datei mit den Vergleichsstimmen ist zu groß zum Lesen.</translation>
    </message>
    <message>
        <source>The comparison votes could not be read.</source>
        <translation>Die Vergleichsstimmen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ExtractionTable</name>
    <message>
        <source>The file could not be written: %1.</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be created.</source>
        <translation>Die Tabellendatei konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>Die Antwort ist kein gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>HistoryBrowser</name>
    <message>
        <source>History is turned off.</source>
        <translation>Der Verlauf ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>HistorySettings</name>
    <message>
        <source>Your company&apos;s policy keeps a history of your jobs.</source>
        <translation>Die Richtlinie Ihres Unternehmens führt einen Verlauf Ihrer Aufträge.</translation>
    </message>
    <message>
        <source>Your company&apos;s policy keeps no history on this computer.</source>
        <translation>Die Richtlinie Ihres Unternehmens speichert auf diesem Computer keinen Verlauf.</translation>
    </message>
    <message numerus="yes">
        <source>Your company&apos;s policy deletes history entries after %n day(s).</source>
        <translation>
            <numerusform>Die Richtlinie Ihres Unternehmens löscht Verlaufseinträge nach %n Tag.</numerusform>
            <numerusform>Die Richtlinie Ihres Unternehmens löscht Verlaufseinträge nach %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your company&apos;s policy keeps history entries until you delete them.</source>
        <translation>Die Richtlinie Ihres Unternehmens behält Verlaufseinträge, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>History is turned off: no jobs are kept.</source>
        <translation>Der Verlauf ist ausgeschaltet: Es werden keine Aufträge gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Entries are kept for %n day(s), then deleted.</source>
        <translation>
            <numerusform>Einträge werden %n Tag aufbewahrt und dann gelöscht.</numerusform>
            <numerusform>Einträge werden %n Tage aufbewahrt und dann gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries are kept until you delete them.</source>
        <translation>Einträge werden aufbewahrt, bis Sie sie löschen.</translation>
    </message>
</context>
<context>
    <name>InputList</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>English + German</source>
        <translation>Englisch + Deutsch</translation>
    </message>
    <message>
        <source>English + French</source>
        <translation>Englisch + Französisch</translation>
    </message>
    <message>
        <source>English + Spanish</source>
        <translation>Englisch + Spanisch</translation>
    </message>
</context>
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
    <name>ProviderErrors</name>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic refused the request because of the account&apos;s billing.</source>
        <translation>Anthropic hat die Anfrage wegen der Abrechnung des Kontos abgelehnt.</translation>
    </message>
    <message>
        <source>Anthropic refused the request: the account&apos;s spending limit is reached.</source>
        <translation>Anthropic hat die Anfrage abgelehnt: Das Ausgabenlimit des Kontos ist erreicht.</translation>
    </message>
    <message>
        <source>Amazon Bedrock</source>
        <translation>Amazon Bedrock</translation>
    </message>
    <message>
        <source>Amazon Bedrock refused the request as invalid; check the model id (newer models need an inference profile such as &quot;eu.&quot; or &quot;us.&quot;).</source>
        <translation>Amazon Bedrock hat die Anfrage als ungültig abgelehnt; prüfen Sie die Modell-ID (neuere Modelle brauchen ein Inferenzprofil wie „eu.“ oder „us.“).</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>%1 refused the request: the account has no quota left.</source>
        <translation>%1 hat die Anfrage abgelehnt: Das Kontingent des Kontos ist aufgebraucht.</translation>
    </message>
    <message>
        <source>%1 refused the text because of its content filter.</source>
        <translation>%1 hat den Text wegen seines Inhaltsfilters abgelehnt.</translation>
    </message>
    <message>
        <source>The proxy server asked for a user name and password that were not accepted.</source>
        <translation>Der Proxyserver verlangte einen Benutzernamen und ein Passwort, die nicht akzeptiert wurden.</translation>
    </message>
    <message>
        <source>%1 took too long to answer.</source>
        <translation>%1 hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <source>The text is too long for %1.</source>
        <translation>Der Text ist für %1 zu lang.</translation>
    </message>
    <message>
        <source>%1 is busy: too many requests right now.</source>
        <translation>%1 ist ausgelastet: gerade zu viele Anfragen.</translation>
    </message>
    <message>
        <source>%1 is overloaded right now.</source>
        <translation>%1 ist gerade überlastet.</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable.</source>
        <translation>%1 ist vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 had an internal error.</source>
        <translation>Bei %1 ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>The answer from %1 was damaged or not in the expected format.</source>
        <translation>Die Antwort von %1 war beschädigt oder nicht im erwarteten Format.</translation>
    </message>
    <message>
        <source>No key is stored for %1 on this computer; ask your IT administrator to set up this connection.</source>
        <translation>Für %1 ist auf diesem Computer kein Schlüssel gespeichert; bitten Sie Ihre IT-Abteilung, diese Verbindung einzurichten.</translation>
    </message>
    <message>
        <source>No Bedrock API key is stored for %1 on this computer; ask your IT administrator to set up this connection.</source>
        <translation>Für %1 ist auf diesem Computer kein Bedrock-API-Schlüssel gespeichert; bitten Sie Ihre IT-Abteilung, diese Verbindung einzurichten.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials; ask your IT administrator to check this connection.</source>
        <translation>%1 hat die Anmeldedaten nicht akzeptiert; bitten Sie Ihre IT-Abteilung, diese Verbindung zu prüfen.</translation>
    </message>
    <message>
        <source>%1 does not know this model or address; ask your IT administrator to check this connection.</source>
        <translation>%1 kennt dieses Modell oder diese Adresse nicht; bitten Sie Ihre IT-Abteilung, diese Verbindung zu prüfen.</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s credential_process did not finish within 30 s.</source>
        <translation>Der credential_process des AWS-Profils wurde nicht innerhalb von 30 s fertig.</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s credential_process could not be started.</source>
        <translation>Der credential_process des AWS-Profils konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s credential_process wrote too much output.</source>
        <translation>Der credential_process des AWS-Profils hat zu viel ausgegeben.</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s credential_process failed.</source>
        <translation>Der credential_process des AWS-Profils ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>the model server</source>
        <translation>der Modellserver</translation>
    </message>
</context>
<context>
    <name>SendStep</name>
    <message>
        <source>There is no provider called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anbieter namens „%1“.</translation>
    </message>
    <message>
        <source>The disk that holds your Promptdesk data has only %1 free; %2 is needed to record this job, so nothing was sent. Free some space and try again.</source>
        <translation>Auf dem Datenträger mit Ihren Promptdesk-Daten sind nur noch %1 frei; %2 werden gebraucht, um diesen Auftrag aufzuzeichnen, daher wurde nichts gesendet. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The audit log could not be written (%1), so nothing was sent.</source>
        <translation>Das Prüfprotokoll konnte nicht geschrieben werden (%1), daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The answer could not be recorded in the audit log (%1), so this run failed.</source>
        <translation>Die Antwort konnte nicht im Prüfprotokoll aufgezeichnet werden (%1), daher ist dieser Lauf fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot; (choices: %3).</source>
        <translation>„%1“ kann nicht „%2“ sein (Auswahl: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>„%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
</context>
<context>
    <name>TemplateJson</name>
    <message>
        <source>Template &quot;%1&quot; has an option of unknown type &quot;%2&quot;.</source>
        <translation>Die Vorlage „%1“ hat eine Option unbekannten Typs „%2“.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; has an option without key or choices.</source>
        <translation>Die Vorlage „%1“ hat eine Option ohne Schlüssel oder Auswahl.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is incomplete (needs id, name, category and a user prompt with {{document}}).</source>
        <translation>Die Vorlage „%1“ ist unvollständig (benötigt ID, Name, Kategorie und einen Benutzer-Prompt mit {{document}}).</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; asks for an impossible output length.</source>
        <translation>Die Vorlage „%1“ verlangt eine unmögliche Ausgabelänge.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; uses an unknown shared option &quot;%2&quot;.</source>
        <translation>Die Vorlage „%1“ verwendet eine unbekannte gemeinsame Option „%2“.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; declares the option &quot;%2&quot; twice.</source>
        <translation>Die Vorlage „%1“ deklariert die Option „%2“ doppelt.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; asks for JSON but gives no schema.</source>
        <translation>Die Vorlage „%1“ verlangt JSON, gibt aber kein Schema an.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; has an unknown output format.</source>
        <translation>Die Vorlage „%1“ hat ein unbekanntes Ausgabeformat.</translation>
    </message>
    <message>
        <source>The id must be 1 to 64 lower-case letters, digits, dots or dashes.</source>
        <translation>Die ID muss aus 1 bis 64 Kleinbuchstaben, Ziffern, Punkten oder Bindestrichen bestehen.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Die Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>The prompt must contain {{document}}, where the document goes.</source>
        <translation>Der Prompt muss {{document}} enthalten, an der Stelle des Dokuments.</translation>
    </message>
    <message>
        <source>The prompt uses {{%1}}, which is not one of the template&apos;s variables.</source>
        <translation>Der Prompt verwendet {{%1}}, das keine Variable der Vorlage ist.</translation>
    </message>
    <message>
        <source>The document may only go into the prompt, not the instructions.</source>
        <translation>Das Dokument darf nur in den Prompt, nicht in die Anweisungen.</translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot; is not one of its allowed values.</source>
        <translation>Der Standardwert von „%1“ ist keiner der erlaubten Werte.</translation>
    </message>
    <message>
        <source>The output length must be between 1 and 200000 tokens.</source>
        <translation>Die Ausgabelänge muss zwischen 1 und 200000 Token liegen.</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>The template file is not valid JSON: %1.</source>
        <translation>Die Vorlagendatei ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is defined twice.</source>
        <translation>Die Vorlage „%1“ ist doppelt definiert.</translation>
    </message>
    <message>
        <source>The template file lists no templates.</source>
        <translation>Die Vorlagendatei enthält keine Vorlagen.</translation>
    </message>
    <message>
        <source>The built-in templates are missing.</source>
        <translation>Die eingebauten Vorlagen fehlen.</translation>
    </message>
</context>
<context>
    <name>UserTemplateStore</name>
    <message>
        <source>The template file could not be opened.</source>
        <translation>Die Vorlagendatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The template file is larger than 1 MB.</source>
        <translation>Die Vorlagendatei ist größer als 1 MB.</translation>
    </message>
    <message>
        <source>A template file must hold exactly one template.</source>
        <translation>Eine Vorlagendatei muss genau eine Vorlage enthalten.</translation>
    </message>
    <message>
        <source>The template could not be saved: %1.</source>
        <translation>Die Vorlage konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>A saved template could not be read: %1</source>
        <translation>Eine gespeicherte Vorlage konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Only your own templates can be saved; duplicate this one first.</source>
        <translation>Nur eigene Vorlagen können gespeichert werden; duplizieren Sie diese zuerst.</translation>
    </message>
    <message>
        <source>The templates folder could not be created.</source>
        <translation>Der Vorlagenordner konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>There is no saved template called &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>The template could not be deleted.</source>
        <translation>Die Vorlage konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
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
    <message>
        <source>Company policy in force: the built-in default (%1): the offline engine only. It does not expire.</source>
        <translation>Geltende Unternehmensrichtlinie: die eingebaute Vorgabe (%1): nur die Offline-Engine. Sie läuft nicht ab.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>This policy is not signed; it is accepted only because development mode is on.</source>
        <translation>Diese Richtlinie ist nicht signiert; sie wird nur akzeptiert, weil der Entwicklungsmodus aktiv ist.</translation>
    </message>
    <message>
        <source>Expired on %1; still in force for a short grace period. Ask your IT team for the new policy.</source>
        <translation>Abgelaufen am %1; gilt noch für eine kurze Übergangszeit. Fragen Sie Ihre IT nach der neuen Richtlinie.</translation>
    </message>
    <message>
        <source>Expires on %1, soon.</source>
        <translation>Läuft bald ab, am %1.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Läuft am %1 ab.</translation>
    </message>
</context>
<context>
    <name>promptdesk::CompareDialog</name>
    <message>
        <source>Compare Models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <source>&amp;Models to compare (two or three):</source>
        <translation>Zu vergleichende &amp;Modelle (zwei oder drei):</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Zu vergleichende Modelle</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The company policy approves fewer than two models, so there is nothing to compare.</source>
        <translation>Die Unternehmensrichtlinie gibt weniger als zwei Modelle frei, daher gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Pick at most three models.</source>
        <translation>Wählen Sie höchstens drei Modelle.</translation>
    </message>
    <message numerus="yes">
        <source>Running on %n model(s)…</source>
        <translation>
            <numerusform>Läuft mit %n Modell…</numerusform>
            <numerusform>Läuft mit %n Modellen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Mark the better answer to add it to the team&apos;s model ranking.</source>
        <translation>Fertig. Markieren Sie die bessere Antwort, um sie in die Modellrangliste Ihres Teams aufzunehmen.</translation>
    </message>
    <message>
        <source>Your vote was recorded.</source>
        <translation>Ihre Stimme wurde gespeichert.</translation>
    </message>
    <message>
        <source>Your vote could not be recorded: %1</source>
        <translation>Ihre Stimme konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>promptdesk::CompareView</name>
    <message>
        <source>Answer from %1</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Warten auf die Antwort…</translation>
    </message>
    <message>
        <source>This answer is better</source>
        <translation>Diese Antwort ist besser</translation>
    </message>
    <message>
        <source>Mark the answer from %1 as better</source>
        <translation>Die Antwort von %1 als besser markieren</translation>
    </message>
    <message>
        <source>%1 in · %2 out tokens</source>
        <translation>%1 Token hinein · %2 heraus</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>erstes Token nach %1 s</translation>
    </message>
    <message>
        <source>no first token</source>
        <translation>kein erstes Token</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>★ Better answer</source>
        <translation>★ Bessere Antwort</translation>
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
        <source>The clipboard holds nothing Promptdesk can use. Copy some text or a file first.</source>
        <translation>Die Zwischenablage enthält nichts, was Promptdesk verwenden kann. Kopieren Sie zuerst Text oder eine Datei.</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Dokument wählen</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.csv *.html *.htm *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.rtf *.eml *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Dokumente (*.txt *.md *.csv *.html *.htm *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.rtf *.eml *.png *.jpg *.jpeg *.tif *.tiff);;Alle Dateien (*)</translation>
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
    <message numerus="yes">
        <source>%n item(s) added to the list below.</source>
        <translation>
            <numerusform>%n Eintrag zur Liste unten hinzugefügt.</numerusform>
            <numerusform>%n Einträge zur Liste unten hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promptdesk::ExtractionTableView</name>
    <message>
        <source>Extracted data</source>
        <translation>Ausgelesene Daten</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Als Excel exportieren…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Copy as Markdown table</source>
        <translation>Als Markdown-Tabelle kopieren</translation>
    </message>
    <message>
        <source>The answer did not fully match the table: %1</source>
        <translation>Die Antwort passte nicht ganz zur Tabelle: %1</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>extraction</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>promptdesk::FirstRunDialog</name>
    <message>
        <source>Welcome to Promptdesk</source>
        <translation>Willkommen bei Promptdesk</translation>
    </message>
    <message>
        <source>• %1: stays on this computer; nothing is sent over the network.</source>
        <translation>• %1: bleibt auf diesem Computer; nichts wird über das Netzwerk gesendet.</translation>
    </message>
    <message>
        <source>• %1: sent to %2.</source>
        <translation>• %1: wird an %2 gesendet.</translation>
    </message>
    <message>
        <source>• %1: sent to %2, region %3.</source>
        <translation>• %1: wird an %2 gesendet, Region %3.</translation>
    </message>
    <message>
        <source>• No service is available: your company&apos;s policy allows none.</source>
        <translation>• Kein Dienst verfügbar: Die Richtlinie Ihres Unternehmens erlaubt keinen.</translation>
    </message>
    <message>
        <source>Promptdesk summarises, rewrites and pulls facts out of your documents and notes. Here is what happens to your text.</source>
        <translation>Promptdesk fasst Ihre Dokumente und Notizen zusammen, formuliert sie um und zieht Fakten heraus. So geht es mit Ihrem Text weiter.</translation>
    </message>
    <message>
        <source>What is sent where</source>
        <translation>Was wohin gesendet wird</translation>
    </message>
    <message>
        <source>Under the policy in force (%1), the task you run uses one of:</source>
        <translation>Nach der geltenden Richtlinie (%1) verwendet Ihre Aufgabe einen dieser Dienste:</translation>
    </message>
    <message>
        <source>How redaction works</source>
        <translation>So funktioniert das Schwärzen</translation>
    </message>
    <message>
        <source>Before anything is sent, personal details such as e-mail addresses, phone numbers and card numbers are replaced on this computer with placeholders such as [EMAIL_1]. The service only ever sees the placeholders. The originals stay here and are put back only in the result you see.</source>
        <translation>Bevor etwas gesendet wird, werden persönliche Angaben wie E-Mail-Adressen, Telefonnummern und Kartennummern auf diesem Computer durch Platzhalter wie [EMAIL_1] ersetzt. Der Dienst sieht nur die Platzhalter. Die Originale bleiben hier und werden nur in dem Ergebnis wieder eingesetzt, das Sie sehen.</translation>
    </message>
    <message>
        <source>Your company&apos;s policy makes this step mandatory.</source>
        <translation>Die Richtlinie Ihres Unternehmens schreibt diesen Schritt vor.</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Was gespeichert wird</translation>
    </message>
    <message>
        <source>Your history is kept in your own data folder, with personal details replaced. An audit log records when a task ran, where it was sent and how many details were hidden, but never the text itself.</source>
        <translation>Ihr Verlauf wird in Ihrem eigenen Datenordner gespeichert, mit ersetzten persönlichen Angaben. Ein Prüfprotokoll hält fest, wann eine Aufgabe lief, wohin sie gesendet wurde und wie viele Angaben verborgen wurden – nie aber den Text selbst.</translation>
    </message>
    <message>
        <source>You can read this again from Help &gt; How Promptdesk protects your data.</source>
        <translation>Sie können dies jederzeit unter Hilfe &gt; Wie Promptdesk Ihre Daten schützt erneut lesen.</translation>
    </message>
    <message>
        <source>&amp;Get started</source>
        <translation>&amp;Los geht’s</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Los geht’s</translation>
    </message>
</context>
<context>
    <name>promptdesk::HelpGuideDialog</name>
    <message>
        <source>Summarise</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Turns a long document, e-mail thread or report into a short summary with the key points first. Use it to decide quickly what a document is about or to brief a colleague.</source>
        <translation>Macht aus einem langen Dokument, E-Mail-Verlauf oder Bericht eine kurze Zusammenfassung mit den wichtigsten Punkten zuerst. Nützlich, um schnell zu erfassen, worum es geht, oder um Kollegen zu informieren.</translation>
    </message>
    <message>
        <source>Choose the length: short for a few sentences, long for a page.</source>
        <translation>Wählen Sie die Länge: kurz für wenige Sätze, lang für eine Seite.</translation>
    </message>
    <message>
        <source>Long documents are summarised part by part; page numbers in the result show where a point comes from.</source>
        <translation>Lange Dokumente werden abschnittsweise zusammengefasst; Seitenzahlen im Ergebnis zeigen, woher ein Punkt stammt.</translation>
    </message>
    <message>
        <source>Check names and numbers against the document before you pass the summary on.</source>
        <translation>Prüfen Sie Namen und Zahlen am Dokument, bevor Sie die Zusammenfassung weitergeben.</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Umformulieren</translation>
    </message>
    <message>
        <source>Tidies rough notes into clean text: a formal message, a bullet list or plain prose. The meaning stays; the wording changes.</source>
        <translation>Macht aus groben Notizen sauberen Text: eine förmliche Nachricht, eine Aufzählung oder Fließtext. Der Sinn bleibt, die Formulierung ändert sich.</translation>
    </message>
    <message>
        <source>Paste your notes with Ctrl+Shift+V, or type them into the notes box.</source>
        <translation>Fügen Sie Ihre Notizen mit Strg+Umschalt+V ein oder tippen Sie sie in das Notizfeld.</translation>
    </message>
    <message>
        <source>Pick the style in the options below the task.</source>
        <translation>Wählen Sie den Stil in den Optionen unter der Aufgabe.</translation>
    </message>
    <message>
        <source>Read the result before you send it: you stay responsible for what it says.</source>
        <translation>Lesen Sie das Ergebnis, bevor Sie es versenden: Sie bleiben für den Inhalt verantwortlich.</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Auslesen</translation>
    </message>
    <message>
        <source>Pulls facts out of a document into a table: dates, amounts, contacts and labelled fields, such as the details of an invoice or a form.</source>
        <translation>Zieht Fakten aus einem Dokument in eine Tabelle: Daten, Beträge, Kontakte und beschriftete Felder, etwa die Angaben einer Rechnung oder eines Formulars.</translation>
    </message>
    <message>
        <source>Choose which fields you want; a custom list of column names works too.</source>
        <translation>Wählen Sie die gewünschten Felder; eine eigene Liste von Spaltennamen geht auch.</translation>
    </message>
    <message>
        <source>Personal details in the table are put back on this computer only; the service saw placeholders.</source>
        <translation>Persönliche Angaben in der Tabelle werden nur auf diesem Computer wieder eingesetzt; der Dienst sah Platzhalter.</translation>
    </message>
    <message>
        <source>Copy the table, or save the result as a file.</source>
        <translation>Kopieren Sie die Tabelle oder speichern Sie das Ergebnis als Datei.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <source>Templates of this kind</source>
        <translation>Vorlagen dieser Art</translation>
    </message>
    <message>
        <source>None is available at the moment.</source>
        <translation>Derzeit ist keine verfügbar.</translation>
    </message>
    <message>
        <source>Task guide</source>
        <translation>Aufgabenleitfaden</translation>
    </message>
    <message>
        <source>Kinds of task</source>
        <translation>Arten von Aufgaben</translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <translation>Leitfaden: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>promptdesk::HistoryDialog</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the personal data in new entries is not kept: they show placeholders such as [PERSON_1] instead of the originals, and searching by a person&apos;s name finds nothing for them.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher werden die persönlichen Daten neuer Einträge nicht aufbewahrt: Sie zeigen Platzhalter wie [PERSON_1] statt der Originale, und die Suche nach dem Namen einer Person findet sie nicht.</translation>
    </message>
    <message>
        <source>Search by words, or by a person&apos;s name, e-mail or number</source>
        <translation>Nach Wörtern suchen oder nach Name, E-Mail oder Nummer einer Person</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Provider and model</source>
        <translation>Anbieter und Modell</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>History entries, newest first</source>
        <translation>Verlaufseinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Entry preview</source>
        <translation>Vorschau des Eintrags</translation>
    </message>
    <message>
        <source>Show exactly what was &amp;sent (personal data as placeholders)</source>
        <translation>Genau das &amp;Gesendete zeigen (persönliche Daten als Platzhalter)</translation>
    </message>
    <message>
        <source>&amp;Copy result</source>
        <translation>Ergebnis &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Put this entry&apos;s input and task back into the main window.</source>
        <translation>Eingabe und Aufgabe dieses Eintrags wieder ins Hauptfenster übernehmen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Erase all…</source>
        <translation>&amp;Alles löschen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>History is turned off: no past jobs are kept.</source>
        <translation>Der Verlauf ist ausgeschaltet: Es werden keine früheren Aufträge aufbewahrt.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Noch kein Verlauf.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>Choose an entry to see it here.</source>
        <translation>Wählen Sie einen Eintrag, um ihn hier zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation>
            <numerusform>%n Eintrag gewählt.</numerusform>
            <numerusform>%n Einträge gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This entry could not be read: %1</source>
        <translation>Dieser Eintrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sent to the provider:</source>
        <translation>An den Anbieter gesendet:</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries from your history? This cannot be undone.</source>
        <translation>
            <numerusform>%n Eintrag aus dem Verlauf löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Einträge aus dem Verlauf löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entries could not be deleted: %1</source>
        <translation>Die Einträge konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Erase your whole history? Every entry and its originals are removed from this computer; this cannot be undone.</source>
        <translation>Den gesamten Verlauf löschen? Alle Einträge und ihre Originale werden von diesem Computer entfernt; das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The history could not be erased: %1</source>
        <translation>Der Verlauf konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the chosen entries as JSON or Markdown.</source>
        <translation>Die gewählten Einträge als JSON oder Markdown speichern.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Put the original personal data back into the export? Choose No to export the text with placeholders, as it was sent.</source>
        <translation>Die ursprünglichen persönlichen Daten in den Export übernehmen? Wählen Sie Nein, um den Text mit Platzhaltern zu exportieren, so wie er gesendet wurde.</translation>
    </message>
    <message>
        <source>The entries could not be exported: %1</source>
        <translation>Die Einträge konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Einträge anzeigen aus</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Show entries of the task</source>
        <translation>Einträge der Aufgabe anzeigen</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>A&amp;ufgabe:</translation>
    </message>
    <message>
        <source>Show entries sent to the provider</source>
        <translation>Einträge anzeigen, die an den Anbieter gesendet wurden</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>Run a&amp;gain</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the same input again with the current provider, model and task, and compare the answers side by side.</source>
        <translation>Dieselbe Eingabe erneut mit dem aktuellen Anbieter, Modell und der aktuellen Aufgabe ausführen und die Antworten nebeneinander vergleichen.</translation>
    </message>
    <message>
        <source>Sa&amp;ve result as…</source>
        <translation>Ergebnis speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <source>Text (*.txt);;Markdown (*.md);;All files (*)</source>
        <translation>Text (*.txt);;Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>promptdesk::InputList</name>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Read scans and images with &amp;OCR</source>
        <translation>Scans und Bilder per &amp;OCR lesen</translation>
    </message>
    <message>
        <source>Recognise text in scanned pages and pictures. This is slower.</source>
        <translation>Erkennt Text auf gescannten Seiten und in Bildern. Das dauert länger.</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>OCR-Sprache</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Lesen anhalten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation>Wird gelesen… %1 %</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Ready, %1 pages</source>
        <translation>Bereit, %1 Seiten</translation>
    </message>
    <message>
        <source>No text found. It may be a scan: tick OCR to read it.</source>
        <translation>Kein Text gefunden. Vielleicht ist es ein Scan: Aktivieren Sie OCR, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add several files or a folder, or paste text, HTML or a picture.</source>
        <translation>Fügen Sie mehrere Dateien oder einen Ordner hinzu, oder fügen Sie Text, HTML oder ein Bild ein.</translation>
    </message>
    <message>
        <source>%1 of %2 inputs ready.</source>
        <translation>%1 von %2 Eingaben bereit.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promptdesk::Job</name>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation>Angehalten, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>There is no template called &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage namens „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The result mentions %n placeholder(s) that were not in your text.</source>
        <translation>
            <numerusform>Das Ergebnis nennt %n Platzhalter, der nicht in Ihrem Text stand.</numerusform>
            <numerusform>Das Ergebnis nennt %n Platzhalter, die nicht in Ihrem Text standen.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The result contains %n piece(s) of personal data that were not in your text. Check them before you use the result.</source>
        <translation>
            <numerusform>Das Ergebnis enthält %n personenbezogene Angabe, die nicht in Ihrem Text stand. Prüfen Sie sie, bevor Sie das Ergebnis verwenden.</numerusform>
            <numerusform>Das Ergebnis enthält %n personenbezogene Angaben, die nicht in Ihrem Text standen. Prüfen Sie sie, bevor Sie das Ergebnis verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only text answers can be continued.</source>
        <translation>Nur Textantworten können fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Stopped; the parts done so far are kept.</source>
        <translation>Angehalten; die bisher fertigen Teile bleiben erhalten.</translation>
    </message>
    <message>
        <source>The basic engine fills a Field/Value table; the template&apos;s own columns need an approved model.</source>
        <translation>Die einfache Engine füllt eine Feld/Wert-Tabelle; die eigenen Spalten der Vorlage brauchen ein freigegebenes Modell.</translation>
    </message>
    <message>
        <source>The answer did not fully match the template&apos;s table, even after one retry.</source>
        <translation>Die Antwort passte auch nach einem zweiten Versuch nicht ganz zur Tabelle der Vorlage.</translation>
    </message>
    <message>
        <source>The answer stopped at the length limit; Continue may complete it.</source>
        <translation>Die Antwort endete an der Längengrenze; „Fortsetzen“ kann sie vervollständigen.</translation>
    </message>
    <message>
        <source>The model declined part of the task.</source>
        <translation>Das Modell hat einen Teil der Aufgabe abgelehnt.</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
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
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Task guide</source>
        <translation>&amp;Aufgabenleitfaden</translation>
    </message>
    <message>
        <source>How Promptdesk &amp;protects your data</source>
        <translation>Wie Promptdesk Ihre &amp;Daten schützt</translation>
    </message>
    <message>
        <source>&amp;Review Personal Data Before Sending</source>
        <translation>&amp;Personenbezogene Daten vor dem Senden prüfen</translation>
    </message>
    <message>
        <source>Reading documents…</source>
        <translation>Dokumente werden gelesen…</translation>
    </message>
    <message>
        <source>Pasted web content</source>
        <translation>Eingefügter Webinhalt</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Compare &amp;Models…</source>
        <translation>&amp;Modelle vergleichen…</translation>
    </message>
    <message>
        <source>Run the chosen task on two or three approved models side by side.</source>
        <translation>Führt die gewählte Aufgabe mit zwei oder drei freigegebenen Modellen nebeneinander aus.</translation>
    </message>
    <message>
        <source>Model &amp;Usage</source>
        <translation>Modell&amp;nutzung</translation>
    </message>
    <message>
        <source>&amp;Manage Templates…</source>
        <translation>Vorlagen &amp;verwalten…</translation>
    </message>
    <message>
        <source>%1 may not receive %2 data; Run uses %3.</source>
        <translation>%1 darf keine Daten der Klasse %2 erhalten; Ausführen verwendet %3.</translation>
    </message>
    <message>
        <source>Your company&apos;s policy allows no service for %1 data.</source>
        <translation>Die Richtlinie Ihres Unternehmens erlaubt keinen Dienst für Daten der Klasse %1.</translation>
    </message>
    <message>
        <source>Run uses: %1 (%2 data)</source>
        <translation>Ausführen verwendet: %1 (Daten: %2)</translation>
    </message>
    <message>
        <source>Run uses: nothing; your company&apos;s policy allows no service for %1 data.</source>
        <translation>Ausführen verwendet: nichts; die Richtlinie Ihres Unternehmens erlaubt keinen Dienst für Daten der Klasse %1.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Not sent: the text contains personal data that makes it %1, and your company&apos;s policy allows no service for that.</source>
        <translation>Nicht gesendet: Der Text enthält personenbezogene Daten, die ihn zur Klasse %1 machen, und die Richtlinie Ihres Unternehmens erlaubt dafür keinen Dienst.</translation>
    </message>
    <message>
        <source>The text contains personal data that makes it %1.</source>
        <translation>Der Text enthält personenbezogene Daten, die ihn zur Klasse %1 machen.</translation>
    </message>
    <message>
        <source>The text contains personal data that makes it %1; %2 may not receive it, so Run uses %3.</source>
        <translation>Der Text enthält personenbezogene Daten, die ihn zur Klasse %1 machen; %2 darf ihn nicht erhalten, daher verwendet Ausführen %3.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Find, reopen and delete your past jobs.</source>
        <translation>Frühere Aufträge finden, wieder öffnen und löschen.</translation>
    </message>
    <message>
        <source>Reopened from your history.</source>
        <translation>Aus Ihrem Verlauf wieder geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n history entries reached the end of their retention and were deleted.</source>
        <translation>
            <numerusform>%n Verlaufseintrag hat das Ende seiner Aufbewahrungsfrist erreicht und wurde gelöscht.</numerusform>
            <numerusform>%n Verlaufseinträge haben das Ende ihrer Aufbewahrungsfrist erreicht und wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is not available: your history keeps only the text with personal data replaced by placeholders, not the originals, so reopened entries show [PERSON_1] and the like. Results in this window are not affected.</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar: Ihr Verlauf speichert nur den Text mit Platzhaltern anstelle der personenbezogenen Daten, nicht die Originale, daher zeigen wieder geöffnete Einträge [PERSON_1] und Ähnliches. Ergebnisse in diesem Fenster sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>Wait for the current job to finish, then run it again.</source>
        <translation>Warten Sie, bis der aktuelle Auftrag fertig ist, und führen Sie ihn dann erneut aus.</translation>
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
    <name>promptdesk::PageSourceDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Page %1 (%2)</source>
        <translation>Seite %1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Text von %1</translation>
    </message>
</context>
<context>
    <name>promptdesk::PolicyBanner</name>
    <message>
        <source>Company policy</source>
        <translation>Unternehmensrichtlinie</translation>
    </message>
    <message>
        <source>Development mode: the unsigned policy &quot;%1&quot; is in force. Unsigned policies are accepted only because PROMPTDESK_POLICY_DEVELOPMENT is set; never use this for real work.</source>
        <translation>Entwicklungsmodus: Die nicht signierte Richtlinie „%1“ gilt. Nicht signierte Richtlinien werden nur akzeptiert, weil PROMPTDESK_POLICY_DEVELOPMENT gesetzt ist; nie für echte Arbeit verwenden.</translation>
    </message>
    <message>
        <source>No company policy is installed: only the offline engine (basic results, nothing leaves this computer) is available.</source>
        <translation>Keine Unternehmensrichtlinie installiert: Nur die Offline-Engine ist verfügbar (einfache Ergebnisse, nichts verlässt diesen Computer).</translation>
    </message>
    <message>
        <source>Only the offline engine is available. %1</source>
        <translation>Nur die Offline-Engine ist verfügbar. %1</translation>
    </message>
    <message>
        <source>The company policy &quot;%1&quot; expired on %2 and is kept only for a short grace period. Ask IT for the renewed policy.</source>
        <translation>Die Unternehmensrichtlinie „%1“ ist am %2 abgelaufen und gilt nur noch für eine kurze Übergangszeit. Fragen Sie die IT nach der erneuerten Richtlinie.</translation>
    </message>
    <message>
        <source>The company policy &quot;%1&quot; expires on %2. After that only the offline engine will be available until IT deploys the renewed policy.</source>
        <translation>Die Unternehmensrichtlinie „%1“ läuft am %2 ab. Danach ist nur noch die Offline-Engine verfügbar, bis die IT die erneuerte Richtlinie verteilt.</translation>
    </message>
    <message>
        <source>Development mode: the policy &quot;%1&quot; is signed by a key that this computer does not trust (it came with the policy&apos;s own folder), so it is not your company&apos;s policy. Never use this for real work.</source>
        <translation>Entwicklungsmodus: Die Richtlinie „%1“ ist mit einem Schlüssel signiert, dem dieser Computer nicht vertraut (er lag im Ordner der Richtlinie), daher ist es nicht die Richtlinie Ihres Unternehmens. Nie für echte Arbeit verwenden.</translation>
    </message>
</context>
<context>
    <name>promptdesk::RerunDialog</name>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Before: %1, %2</source>
        <translation>Vorher: %1, %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>The earlier answer</source>
        <translation>Die frühere Antwort</translation>
    </message>
    <message>
        <source>The new answer</source>
        <translation>Die neue Antwort</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Done · %1</source>
        <translation>Fertig · %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>promptdesk::ResultPanel</name>
    <message>
        <source>Exported “%1”.</source>
        <translation>„%1“ exportiert.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Antwort fortsetzen</translation>
    </message>
    <message>
        <source>The answer stopped at the length limit: ask the model to go on.</source>
        <translation>Die Antwort endete an der Längengrenze: Bitten Sie das Modell, weiterzuschreiben.</translation>
    </message>
</context>
<context>
    <name>promptdesk::ReviewDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Social security no.</source>
        <translation>Sozialversicherungsnr.</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>Führerschein</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>NI number</source>
        <translation>NI-Nummer (UK)</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Ausweisnummer</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Kfz-Kennzeichen</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Custom term</source>
        <translation>Eigener Begriff</translation>
    </message>
    <message>
        <source>Check what will be sent</source>
        <translation>Prüfen, was gesendet wird</translation>
    </message>
    <message>
        <source>Personal data found in your text is marked below and will be replaced before sending. Untick anything that is not personal, or select text and press &quot;Redact selection&quot; to hide more.</source>
        <translation>Personenbezogene Daten in Ihrem Text sind unten hervorgehoben und werden vor dem Senden ersetzt. Entfernen Sie das Häkchen bei allem, was nicht personenbezogen ist, oder markieren Sie Text und klicken Sie auf „Auswahl schwärzen“, um weitere Stellen zu verbergen.</translation>
    </message>
    <message>
        <source>Your text with personal data marked</source>
        <translation>Ihr Text mit hervorgehobenen personenbezogenen Daten</translation>
    </message>
    <message>
        <source>Kinds of personal data, tick to redact all of a kind</source>
        <translation>Arten personenbezogener Daten – setzen Sie ein Häkchen, um alle Angaben einer Art zu schwärzen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Geschwärzt</translation>
    </message>
    <message>
        <source>Each item found, tick to redact it</source>
        <translation>Jede gefundene Angabe – setzen Sie ein Häkchen, um sie zu schwärzen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind for the selected text</source>
        <translation>Art für den markierten Text</translation>
    </message>
    <message>
        <source>&amp;Redact selection</source>
        <translation>Auswahl sch&amp;wärzen</translation>
    </message>
    <message>
        <source>Hide the text selected above (Ctrl+R)</source>
        <translation>Den oben markierten Text verbergen (Strg+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>What the provider will see</source>
        <translation>Was der Anbieter sieht</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Your &amp;text</source>
        <translation>Ihr &amp;Text</translation>
    </message>
    <message>
        <source>&amp;Kinds found</source>
        <translation>&amp;Gefundene Arten</translation>
    </message>
    <message>
        <source>&amp;Items found</source>
        <translation>Gefundene &amp;Einträge</translation>
    </message>
    <message>
        <source>What the &amp;provider will see</source>
        <translation>Was der An&amp;bieter sieht</translation>
    </message>
    <message>
        <source>Your organisation requires these to stay hidden: %1.</source>
        <translation>Ihre Organisation schreibt vor, dass diese Angaben verborgen bleiben: %1.</translation>
    </message>
    <message>
        <source>%1, not hidden</source>
        <translation>%1, nicht verborgen</translation>
    </message>
    <message>
        <source>Hidden (required)</source>
        <translation>Verborgen (vorgeschrieben)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Sent as written</source>
        <translation>Wird unverändert gesendet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (vorgeschrieben)</translation>
    </message>
    <message>
        <source>%1 of %2 items will be hidden.</source>
        <translation>%1 von %2 Angaben werden verborgen.</translation>
    </message>
    <message>
        <source>Select the text to hide first (Shift and the arrow keys).</source>
        <translation>Markieren Sie zuerst den Text, der verborgen werden soll (Umschalt und Pfeiltasten).</translation>
    </message>
    <message>
        <source>That text cannot be marked: it cuts into something that must stay hidden.</source>
        <translation>Dieser Text kann nicht geschwärzt werden: Er überschneidet sich mit etwas, das verborgen bleiben muss.</translation>
    </message>
</context>
<context>
    <name>promptdesk::RunTargetChooser</name>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Streng vertraulich</translation>
    </message>
    <message>
        <source>Provider and model</source>
        <translation>Anbieter und Modell</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>How sensitive the input is. Your company&apos;s policy decides which services may receive each class; it is raised automatically when the text contains certain personal data.</source>
        <translation>Wie sensibel die Eingabe ist. Die Richtlinie Ihres Unternehmens legt fest, welche Dienste jede Klasse erhalten dürfen; sie wird automatisch angehoben, wenn der Text bestimmte personenbezogene Daten enthält.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Sen&amp;d to:</source>
        <translation>Sen&amp;den an:</translation>
    </message>
    <message>
        <source>Dat&amp;a:</source>
        <translation>D&amp;aten:</translation>
    </message>
</context>
<context>
    <name>promptdesk::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages, and how dates and numbers are written.</source>
        <translation>Die Sprache von Menüs, Schaltflächen und Meldungen sowie die Schreibweise von Datum und Zahlen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Preferences are saved in %1.</source>
        <translation>Die Einstellungen werden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your administrator has set the language for this computer.</source>
        <translation>Ihre Administration hat die Sprache für diesen Computer festgelegt.</translation>
    </message>
    <message>
        <source>The new language is used the next time Promptdesk starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Promptdesk.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Keep a history of my jobs</source>
        <translation>&amp;Verlauf meiner Aufträge führen</translation>
    </message>
    <message>
        <source>Never (keep until I delete them)</source>
        <translation>Nie (aufbewahren, bis ich sie lösche)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Delete history entries after this many days</source>
        <translation>Verlaufseinträge nach so vielen Tagen löschen</translation>
    </message>
    <message>
        <source>&amp;Delete entries after:</source>
        <translation>Einträge &amp;löschen nach:</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>When you press OK, new jobs are no longer kept and the entries kept so far are erased from this computer.</source>
        <translation>Wenn Sie OK drücken, werden neue Aufträge nicht mehr gespeichert und die bisher gespeicherten Einträge von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so entries keep the text with placeholders only, not the personal data.</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar, daher speichern Einträge nur den Text mit Platzhaltern, nicht die personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>History is off, but the entries kept so far could not be erased: %1</source>
        <translation>Der Verlauf ist aus, aber die bisher gespeicherten Einträge konnten nicht gelöscht werden: %1</translation>
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
    <name>promptdesk::TemplateEditor</name>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Umformulieren</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Auslesen</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
    <message>
        <source>Table (JSON schema)</source>
        <translation>Tabelle (JSON-Schema)</translation>
    </message>
    <message>
        <source>Paste a short sample text here to preview the prompt.</source>
        <translation>Fügen Sie hier einen kurzen Beispieltext ein, um den Prompt in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>Aus&amp;gabe:</translation>
    </message>
    <message>
        <source>&amp;Longest answer (tokens):</source>
        <translation>&amp;Längste Antwort (Token):</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>Anwe&amp;isungen:</translation>
    </message>
    <message>
        <source>&amp;Prompt ({{document}} marks the text):</source>
        <translation>&amp;Prompt ({{document}} markiert den Text):</translation>
    </message>
    <message>
        <source>&amp;Variables (JSON):</source>
        <translation>&amp;Variablen (JSON):</translation>
    </message>
    <message>
        <source>Table &amp;schema (JSON):</source>
        <translation>Tabellen&amp;schema (JSON):</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Share (e&amp;xport)…</source>
        <translation>Teilen (e&amp;xportieren)…</translation>
    </message>
    <message>
        <source>Template (locked by your organisation)</source>
        <translation>Vorlage (von Ihrer Organisation gesperrt)</translation>
    </message>
    <message>
        <source>Template (built in — duplicate it to make changes)</source>
        <translation>Vorlage (eingebaut – zum Ändern duplizieren)</translation>
    </message>
    <message>
        <source>Your template</source>
        <translation>Ihre Vorlage</translation>
    </message>
    <message>
        <source>The variables are not valid JSON: %1.</source>
        <translation>Die Variablen sind kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already used by another template.</source>
        <translation>Die ID „%1“ wird schon von einer anderen Vorlage verwendet.</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Anweisungen:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>The template is valid.</source>
        <translation>Die Vorlage ist gültig.</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>Zu beheben: %1</translation>
    </message>
    <message>
        <source>Sa&amp;mple text:</source>
        <translation>Beispiel&amp;text:</translation>
    </message>
    <message>
        <source>P&amp;review of what is sent:</source>
        <translation>Vo&amp;rschau dessen, was gesendet wird:</translation>
    </message>
    <message>
        <source>Sample text</source>
        <translation>Beispieltext</translation>
    </message>
    <message>
        <source>Preview of what is sent</source>
        <translation>Vorschau dessen, was gesendet wird</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>promptdesk::TemplateManagerDialog</name>
    <message>
        <source>built in, locked by your company</source>
        <translation>eingebaut, von Ihrem Unternehmen gesperrt</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>from your company, locked</source>
        <translation>von Ihrem Unternehmen, gesperrt</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Umformulieren</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Auslesen</translation>
    </message>
    <message>
        <source>Manage Templates</source>
        <translation>Vorlagen verwalten</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Vorlagen:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open template</source>
        <translation>Vorlage öffnen</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>Vorlage duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation>Vorlagendatei importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the template to a file</source>
        <translation>Vorlage in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <source>Template files (%1)</source>
        <translation>Vorlagendateien (%1)</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Vorlage exportieren</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Exportiert nach „%1“.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Meine Vorlage</translation>
    </message>
    <message>
        <source>Only your own templates can be deleted.</source>
        <translation>Nur eigene Vorlagen können gelöscht werden.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>The id “%1” belongs to a built-in or company template.</source>
        <translation>Die ID „%1“ gehört zu einer eingebauten Vorlage oder einer Vorlage Ihres Unternehmens.</translation>
    </message>
    <message>
        <source>Choose a template first.</source>
        <translation>Wählen Sie zuerst eine Vorlage.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
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
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>promptdesk::TemplateRunController</name>
    <message>
        <source>chunk %1 of %2</source>
        <translation>Teil %1 von %2</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>This document is long: it will be sent in %1 parts (about %2 tokens).</source>
        <translation>Dieses Dokument ist lang: Es wird in %1 Teilen gesendet (etwa %2 Token).</translation>
    </message>
    <message>
        <source>Estimated cost: at most %1.</source>
        <translation>Geschätzte Kosten: höchstens %1.</translation>
    </message>
    <message>
        <source>The cost cannot be estimated: the model has no price in the policy.</source>
        <translation>Die Kosten lassen sich nicht schätzen: In der Richtlinie ist für das Modell kein Preis hinterlegt.</translation>
    </message>
    <message>
        <source>Waiting for your go-ahead…</source>
        <translation>Warten auf Ihre Bestätigung…</translation>
    </message>
    <message>
        <source>Long document</source>
        <translation>Langes Dokument</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Parts go to %1, the answer comes from %2.</source>
        <translation>Die Teile gehen an %1, die Antwort kommt von %2.</translation>
    </message>
    <message>
        <source>Running on %1: nothing leaves this computer.</source>
        <translation>Läuft mit %1: nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sending to %1 · %2 as %3 data · about %4 tokens</source>
        <translation>Wird an %1 · %2 gesendet, Daten: %3 · etwa %4 Tokens</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>this month %1 of %2</source>
        <translation>diesen Monat %1 von %2</translation>
    </message>
</context>
<context>
    <name>promptdesk::UsageDashboard</name>
    <message>
        <source>No comparisons yet. Compare two models and mark the better answer to build your team&apos;s own ranking.</source>
        <translation>Noch keine Vergleiche. Vergleichen Sie zwei Modelle und markieren Sie die bessere Antwort, um eine eigene Rangliste Ihres Teams aufzubauen.</translation>
    </message>
    <message>
        <source>Win rates per model</source>
        <translation>Gewinnquote je Modell</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
</context>
<context>
    <name>promptdesk::UsageDialog</name>
    <message>
        <source>Model Usage</source>
        <translation>Modellnutzung</translation>
    </message>
    <message>
        <source>How often each model&apos;s answer was marked better when you compared models.</source>
        <translation>Wie oft die Antwort jedes Modells beim Vergleichen als besser markiert wurde.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The comparisons could not be read: %1</source>
        <translation>Die Vergleiche konnten nicht gelesen werden: %1</translation>
    </message>
</context>
</TS>
