<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>OfflineEngine</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La demande a été annulée.</translation>
    </message>
    <message>
        <source>The document has no text to work on.</source>
        <translation>Le document ne contient aucun texte à traiter.</translation>
    </message>
</context>
<context>
    <name>OfflineProvider</name>
    <message>
        <source>Offline (basic)</source>
        <translation>Hors ligne (basique)</translation>
    </message>
    <message>
        <source>Built-in basic engine</source>
        <translation>Moteur basique intégré</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Promptdesk could not start: %1</source>
        <translation>Promptdesk n’a pas pu démarrer : %1</translation>
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
        <translation>À propos de Promptdesk</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Promptdesk summarises, rewrites and pulls facts out of your documents and notes, using only the services your company has approved. Personal data such as names, e-mail addresses and phone numbers is replaced with placeholders on this computer before anything leaves it, and put back only in the result you see.</source>
        <translation>Promptdesk résume, reformule et extrait les faits de vos documents et notes, en utilisant uniquement les services approuvés par votre entreprise. Les données personnelles comme les noms, adresses e-mail et numéros de téléphone sont remplacées par des marqueurs sur cet ordinateur avant que quoi que ce soit ne le quitte, et remises en place uniquement dans le résultat affiché.</translation>
    </message>
    <message>
        <source>Company policy in force: %1</source>
        <translation>Politique de l’entreprise en vigueur : %1</translation>
    </message>
    <message>
        <source>Promptdesk is free software. It uses the Qt toolkit under the GNU LGPL version 3.</source>
        <translation>Promptdesk est un logiciel libre. Il utilise la boîte à outils Qt sous licence GNU LGPL version 3.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>promptdesk::DropZone</name>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Drop a document here, choose a file, or type or paste your notes. Press Ctrl+V here to paste.</source>
        <translation>Déposez un document ici, choisissez un fichier, ou saisissez ou collez vos notes. Appuyez sur Ctrl+V ici pour coller.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Opens a file chooser to pick a document.</source>
        <translation>Ouvre un sélecteur de fichiers pour choisir un document.</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>&amp;Retirer le fichier</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Stops using the chosen file; your notes are used instead.</source>
        <translation>N’utilise plus le fichier choisi ; vos notes sont utilisées à la place.</translation>
    </message>
    <message>
        <source>…or type or paste your notes here.</source>
        <translation>…ou saisissez ou collez vos notes ici.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Text to work on when no file is chosen.</source>
        <translation>Texte à traiter lorsqu’aucun fichier n’est choisi.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Input message</source>
        <translation>Message sur l’entrée</translation>
    </message>
    <message>
        <source>That file could not be found.</source>
        <translation>Ce fichier est introuvable.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Please choose a single document.</source>
        <translation>« %1 » est un dossier. Veuillez choisir un seul document.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: you may not have permission to read it.</source>
        <translation>« %1 » ne peut pas être ouvert : vous n’avez peut-être pas le droit de le lire.</translation>
    </message>
    <message>
        <source>Only files on this computer can be used. Save the document first, then drop the saved file.</source>
        <translation>Seuls les fichiers présents sur cet ordinateur peuvent être utilisés. Enregistrez d’abord le document, puis déposez le fichier enregistré.</translation>
    </message>
    <message>
        <source>Only one document at a time: using “%1”.</source>
        <translation>Un seul document à la fois : « %1 » est utilisé.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing Promptdesk can use. Copy some text or a file first.</source>
        <translation>Le presse-papiers ne contient rien que Promptdesk puisse utiliser. Copiez d’abord du texte ou un fichier.</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Choisir un document</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.html *.htm *.pdf *.docx *.odt *.eml *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Documents (*.txt *.md *.html *.htm *.pdf *.docx *.odt *.eml *.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document : %1</translation>
    </message>
    <message>
        <source>Drop a document here, or paste your notes</source>
        <translation>Déposez un document ici, ou collez vos notes</translation>
    </message>
    <message>
        <source>Chosen document: %1</source>
        <translation>Document choisi : %1</translation>
    </message>
</context>
<context>
    <name>promptdesk::Job</name>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation>Arrêté avant tout envoi.</translation>
    </message>
    <message>
        <source>There is no template called "%1".</source>
        <translation>Il n’existe aucun modèle nommé « %1 ».</translation>
    </message>
    <message>
        <source>There is no provider called "%1".</source>
        <translation>Il n’existe aucun fournisseur nommé « %1 ».</translation>
    </message>
    <message>
        <source>The audit log could not be written, so nothing was sent.</source>
        <translation>Le journal d’audit n’a pas pu être écrit : rien n’a donc été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>The result mentions %n placeholder(s) that were not in your text.</source>
        <translation><numerusform>Le résultat mentionne %n marqueur qui ne figurait pas dans votre texte.</numerusform><numerusform>Le résultat mentionne %n marqueurs qui ne figuraient pas dans votre texte.</numerusform></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Lecture du document…</translation>
    </message>
    <message>
        <source>Hiding personal data…</source>
        <translation>Masquage des données personnelles…</translation>
    </message>
    <message>
        <source>Preparing the request…</source>
        <translation>Préparation de la demande…</translation>
    </message>
    <message>
        <source>Checking company policy…</source>
        <translation>Vérification de la politique de l’entreprise…</translation>
    </message>
    <message>
        <source>Waiting for the result…</source>
        <translation>En attente du résultat…</translation>
    </message>
    <message>
        <source>Writing the result…</source>
        <translation>Écriture du résultat…</translation>
    </message>
    <message>
        <source>Saving to history…</source>
        <translation>Enregistrement dans l’historique…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
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
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Paste as input</source>
        <translation>&amp;Coller comme entrée</translation>
    </message>
    <message>
        <source>&amp;Save result as…</source>
        <translation>&amp;Enregistrer le résultat sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy result</source>
        <translation>&amp;Copier le résultat</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Promptdesk</source>
        <translation>À &amp;propos de Promptdesk</translation>
    </message>
    <message>
        <source>Run the chosen task on your document or notes.</source>
        <translation>Exécute la tâche choisie sur votre document ou vos notes.</translation>
    </message>
    <message>
        <source>Stop the task; what was produced so far is kept.</source>
        <translation>Arrête la tâche ; ce qui a déjà été produit est conservé.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Provider: %1 · %2</source>
        <translation>Fournisseur : %1 · %2</translation>
    </message>
    <message>
        <source>Provider: none available</source>
        <translation>Fournisseur : aucun disponible</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Personal details hidden before sending: %1</source>
        <translation>Données personnelles masquées avant l’envoi : %1</translation>
    </message>
    <message>
        <source>Result copied.</source>
        <translation>Résultat copié.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>Promptdesk result</source>
        <translation>Résultat Promptdesk</translation>
    </message>
    <message>
        <source>Save result as</source>
        <translation>Enregistrer le résultat sous</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Enregistré sous « %1 ».</translation>
    </message>
</context>
<context>
    <name>promptdesk::OfflineStream</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La demande a été annulée.</translation>
    </message>
</context>
<context>
    <name>promptdesk::OutputFile</name>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>« %1 » n’a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. The disk may be full or the folder read-only.</source>
        <translation>« %1 » n’a pas pu être enregistré : %2. Le disque est peut-être plein ou le dossier en lecture seule.</translation>
    </message>
</context>
<context>
    <name>promptdesk::OutputView</name>
    <message>
        <source>Made by the built-in basic engine (no AI): sentences are picked from your text.</source>
        <translation>Produit par le moteur basique intégré (sans IA) : les phrases sont tirées de votre texte.</translation>
    </message>
    <message>
        <source>The result will appear here.</source>
        <translation>Le résultat apparaîtra ici.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The result of the task, as formatted text.</source>
        <translation>Le résultat de la tâche, en texte mis en forme.</translation>
    </message>
    <message>
        <source>(stopped — nothing was produced)</source>
        <translation>(arrêté — rien n’a été produit)</translation>
    </message>
    <message>
        <source>(stopped — partial result)</source>
        <translation>(arrêté — résultat partiel)</translation>
    </message>
    <message>
        <source>(partial result below)</source>
        <translation>(résultat partiel ci-dessous)</translation>
    </message>
    <message>
        <source>The result was cut short: it reached the length limit.</source>
        <translation>Le résultat a été tronqué : il a atteint la limite de longueur.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>promptdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>promptdesk::TemplatePicker</name>
    <message>
        <source>What should Promptdesk do?</source>
        <translation>Que doit faire Promptdesk ?</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
</context>
</TS>
