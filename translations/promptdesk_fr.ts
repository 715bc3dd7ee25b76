<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Catalogue</name>
    <message>
        <source>chosen by task</source>
        <translation>choisi selon la tâche</translation>
    </message>
    <message>
        <source>Built in: nothing leaves this computer. Results are basic.</source>
        <translation>Intégré : rien ne quitte cet ordinateur. Les résultats sont basiques.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Région : %1</translation>
    </message>
    <message>
        <source>Data-processing terms: %1</source>
        <translation>Conditions de traitement des données : %1</translation>
    </message>
    <message>
        <source>Zero retention: the service keeps nothing it is sent.</source>
        <translation>Aucune conservation : le service ne garde rien de ce qu’il reçoit.</translation>
    </message>
    <message>
        <source>The service may keep what it is sent for a while (no zero retention).</source>
        <translation>Le service peut conserver un temps ce qu’il reçoit (pas de conservation zéro).</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé : %1</translation>
    </message>
</context>
<context>
    <name>CompareVoteStore</name>
    <message>
        <source>A vote needs a winner among at least two compared models.</source>
        <translation>Un vote nécessite un gagnant parmi au moins deux modèles comparés.</translation>
    </message>
    <message>
        <source>The vote could not be saved.</source>
        <translation>Le vote n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The comparison votes file is too large to read.</source>
        <translation>Le fichier des votes de comparaison est trop volumineux pour être lu.</translation>
    </message>
    <message>
        <source>The comparison votes could not be read.</source>
        <translation>Les votes de comparaison n’ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>ExtractionTable</name>
    <message>
        <source>The file could not be written: %1.</source>
        <translation>Le fichier n’a pas pu être écrit : %1.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be created.</source>
        <translation>Le classeur n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>La réponse n’est pas du JSON valide.</translation>
    </message>
</context>
<context>
    <name>HistoryBrowser</name>
    <message>
        <source>History is turned off.</source>
        <translation>L’historique est désactivé.</translation>
    </message>
</context>
<context>
    <name>HistorySettings</name>
    <message>
        <source>Your company&apos;s policy keeps a history of your jobs.</source>
        <translation>La politique de votre entreprise conserve un historique de vos tâches.</translation>
    </message>
    <message>
        <source>Your company&apos;s policy keeps no history on this computer.</source>
        <translation>La politique de votre entreprise ne conserve aucun historique sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Your company&apos;s policy deletes history entries after %n day(s).</source>
        <translation>
            <numerusform>La politique de votre entreprise supprime les entrées de l&apos;historique après %n jour.</numerusform>
            <numerusform>La politique de votre entreprise supprime les entrées de l&apos;historique après %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your company&apos;s policy keeps history entries until you delete them.</source>
        <translation>La politique de votre entreprise conserve les entrées de l&apos;historique jusqu&apos;à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <source>History is turned off: no jobs are kept.</source>
        <translation>L&apos;historique est désactivé : aucune tâche n&apos;est conservée.</translation>
    </message>
    <message numerus="yes">
        <source>Entries are kept for %n day(s), then deleted.</source>
        <translation>
            <numerusform>Les entrées sont conservées %n jour, puis supprimées.</numerusform>
            <numerusform>Les entrées sont conservées %n jours, puis supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries are kept until you delete them.</source>
        <translation>Les entrées sont conservées jusqu&apos;à ce que vous les supprimiez.</translation>
    </message>
</context>
<context>
    <name>InputList</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>English + German</source>
        <translation>Anglais + allemand</translation>
    </message>
    <message>
        <source>English + French</source>
        <translation>Anglais + français</translation>
    </message>
    <message>
        <source>English + Spanish</source>
        <translation>Anglais + espagnol</translation>
    </message>
</context>
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
    <name>ProviderErrors</name>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic refused the request because of the account&apos;s billing.</source>
        <translation>Anthropic a refusé la demande à cause de la facturation du compte.</translation>
    </message>
    <message>
        <source>Anthropic refused the request: the account&apos;s spending limit is reached.</source>
        <translation>Anthropic a refusé la demande : la limite de dépenses du compte est atteinte.</translation>
    </message>
    <message>
        <source>Amazon Bedrock</source>
        <translation>Amazon Bedrock</translation>
    </message>
    <message>
        <source>Amazon Bedrock refused the request as invalid; check the model id (newer models need an inference profile such as &quot;eu.&quot; or &quot;us.&quot;).</source>
        <translation>Amazon Bedrock a refusé la demande comme non valide ; vérifiez l’identifiant du modèle (les modèles récents exigent un profil d’inférence comme « eu. » ou « us. »).</translation>
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
        <translation>%1 a refusé la demande : le compte n’a plus de quota.</translation>
    </message>
    <message>
        <source>%1 refused the text because of its content filter.</source>
        <translation>%1 a refusé le texte à cause de son filtre de contenu.</translation>
    </message>
    <message>
        <source>The proxy server asked for a user name and password that were not accepted.</source>
        <translation>Le serveur proxy a demandé un nom d’utilisateur et un mot de passe qui n’ont pas été acceptés.</translation>
    </message>
    <message>
        <source>%1 took too long to answer.</source>
        <translation>%1 a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>The text is too long for %1.</source>
        <translation>Le texte est trop long pour %1.</translation>
    </message>
    <message>
        <source>%1 is busy: too many requests right now.</source>
        <translation>%1 est occupé : trop de demandes en ce moment.</translation>
    </message>
    <message>
        <source>%1 is overloaded right now.</source>
        <translation>%1 est surchargé en ce moment.</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable.</source>
        <translation>%1 est temporairement indisponible.</translation>
    </message>
    <message>
        <source>%1 had an internal error.</source>
        <translation>%1 a rencontré une erreur interne.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 a refusé la demande (HTTP %2).</translation>
    </message>
    <message>
        <source>The answer from %1 was damaged or not in the expected format.</source>
        <translation>La réponse de %1 était endommagée ou pas au format attendu.</translation>
    </message>
    <message>
        <source>No key is stored for %1 on this computer; ask your IT administrator to set up this connection.</source>
        <translation>Aucune clé n’est enregistrée pour %1 sur cet ordinateur ; demandez à votre service informatique de configurer cette connexion.</translation>
    </message>
    <message>
        <source>No Bedrock API key is stored for %1 on this computer; ask your IT administrator to set up this connection.</source>
        <translation>Aucune clé d’API Bedrock n’est enregistrée pour %1 sur cet ordinateur ; demandez à votre service informatique de configurer cette connexion.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials; ask your IT administrator to check this connection.</source>
        <translation>%1 n’a pas accepté les identifiants ; demandez à votre service informatique de vérifier cette connexion.</translation>
    </message>
    <message>
        <source>%1 does not know this model or address; ask your IT administrator to check this connection.</source>
        <translation>%1 ne connaît pas ce modèle ou cette adresse ; demandez à votre service informatique de vérifier cette connexion.</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s credential_process did not finish within 30 s.</source>
        <translation>Le credential_process du profil AWS ne s’est pas terminé en 30 s.</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s credential_process could not be started.</source>
        <translation>Le credential_process du profil AWS n’a pas pu être lancé.</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s credential_process wrote too much output.</source>
        <translation>Le credential_process du profil AWS a produit trop de sortie.</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s credential_process failed.</source>
        <translation>Le credential_process du profil AWS a échoué.</translation>
    </message>
    <message>
        <source>the model server</source>
        <translation>le serveur de modèles</translation>
    </message>
</context>
<context>
    <name>SendStep</name>
    <message>
        <source>There is no provider called &quot;%1&quot;.</source>
        <translation>Il n’existe aucun fournisseur nommé « %1 ».</translation>
    </message>
    <message>
        <source>The disk that holds your Promptdesk data has only %1 free; %2 is needed to record this job, so nothing was sent. Free some space and try again.</source>
        <translation>Le disque qui contient vos données Promptdesk n’a plus que %1 de libre ; il faut %2 pour enregistrer cette tâche, donc rien n’a été envoyé. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The audit log could not be written (%1), so nothing was sent.</source>
        <translation>Le journal d’audit n’a pas pu être écrit (%1), donc rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The answer could not be recorded in the audit log (%1), so this run failed.</source>
        <translation>La réponse n’a pas pu être enregistrée dans le journal d’audit (%1), donc cette exécution a échoué.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot; (choices: %3).</source>
        <translation>« %1 » ne peut pas valoir « %2 » (choix : %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>« %1 » dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>« %1 » doit être un nombre entier de %2 à %3.</translation>
    </message>
</context>
<context>
    <name>TemplateJson</name>
    <message>
        <source>Template &quot;%1&quot; has an option of unknown type &quot;%2&quot;.</source>
        <translation>Le modèle « %1 » a une option de type inconnu « %2 ».</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; has an option without key or choices.</source>
        <translation>Le modèle « %1 » a une option sans clé ni choix.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is incomplete (needs id, name, category and a user prompt with {{document}}).</source>
        <translation>Le modèle « %1 » est incomplet (il faut un identifiant, un nom, une catégorie et une invite utilisateur avec {{document}}).</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; asks for an impossible output length.</source>
        <translation>Le modèle « %1 » demande une longueur de sortie impossible.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; uses an unknown shared option &quot;%2&quot;.</source>
        <translation>Le modèle « %1 » utilise une option partagée inconnue « %2 ».</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; declares the option &quot;%2&quot; twice.</source>
        <translation>Le modèle « %1 » déclare l’option « %2 » deux fois.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; asks for JSON but gives no schema.</source>
        <translation>Le modèle « %1 » demande du JSON mais ne donne aucun schéma.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; has an unknown output format.</source>
        <translation>Le modèle « %1 » a un format de sortie inconnu.</translation>
    </message>
    <message>
        <source>The id must be 1 to 64 lower-case letters, digits, dots or dashes.</source>
        <translation>L’identifiant doit compter de 1 à 64 lettres minuscules, chiffres, points ou tirets.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Le modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The prompt must contain {{document}}, where the document goes.</source>
        <translation>L’invite doit contenir {{document}}, à l’endroit du document.</translation>
    </message>
    <message>
        <source>The prompt uses {{%1}}, which is not one of the template&apos;s variables.</source>
        <translation>L’invite utilise {{%1}}, qui n’est pas une variable du modèle.</translation>
    </message>
    <message>
        <source>The document may only go into the prompt, not the instructions.</source>
        <translation>Le document ne peut aller que dans l’invite, pas dans les instructions.</translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot; is not one of its allowed values.</source>
        <translation>La valeur par défaut de « %1 » ne fait pas partie des valeurs permises.</translation>
    </message>
    <message>
        <source>The output length must be between 1 and 200000 tokens.</source>
        <translation>La longueur de sortie doit être comprise entre 1 et 200000 jetons.</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>The template file is not valid JSON: %1.</source>
        <translation>Le fichier de modèles n’est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is defined twice.</source>
        <translation>Le modèle « %1 » est défini deux fois.</translation>
    </message>
    <message>
        <source>The template file lists no templates.</source>
        <translation>Le fichier de modèles ne contient aucun modèle.</translation>
    </message>
    <message>
        <source>The built-in templates are missing.</source>
        <translation>Les modèles intégrés sont absents.</translation>
    </message>
</context>
<context>
    <name>UserTemplateStore</name>
    <message>
        <source>The template file could not be opened.</source>
        <translation>Le fichier de modèle n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The template file is larger than 1 MB.</source>
        <translation>Le fichier de modèle dépasse 1 Mo.</translation>
    </message>
    <message>
        <source>A template file must hold exactly one template.</source>
        <translation>Un fichier de modèle doit contenir exactement un modèle.</translation>
    </message>
    <message>
        <source>The template could not be saved: %1.</source>
        <translation>Le modèle n’a pas pu être enregistré : %1.</translation>
    </message>
    <message>
        <source>A saved template could not be read: %1</source>
        <translation>Un modèle enregistré n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Only your own templates can be saved; duplicate this one first.</source>
        <translation>Seuls vos propres modèles peuvent être enregistrés ; dupliquez d’abord celui-ci.</translation>
    </message>
    <message>
        <source>The templates folder could not be created.</source>
        <translation>Le dossier des modèles n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>There is no saved template called &quot;%1&quot;.</source>
        <translation>Il n’existe aucun modèle enregistré nommé « %1 ».</translation>
    </message>
    <message>
        <source>The template could not be deleted.</source>
        <translation>Le modèle n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
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
    <message>
        <source>Company policy in force: the built-in default (%1): the offline engine only. It does not expire.</source>
        <translation>Politique d’entreprise en vigueur : la politique intégrée par défaut (%1) : le moteur hors ligne uniquement. Elle n’expire pas.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>This policy is not signed; it is accepted only because development mode is on.</source>
        <translation>Cette politique n’est pas signée ; elle n’est acceptée que parce que le mode développement est activé.</translation>
    </message>
    <message>
        <source>Expired on %1; still in force for a short grace period. Ask your IT team for the new policy.</source>
        <translation>Expirée le %1 ; encore en vigueur pendant un court délai de grâce. Demandez la nouvelle politique à votre service informatique.</translation>
    </message>
    <message>
        <source>Expires on %1, soon.</source>
        <translation>Expire bientôt, le %1.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Expire le %1.</translation>
    </message>
</context>
<context>
    <name>promptdesk::CompareDialog</name>
    <message>
        <source>Compare Models</source>
        <translation>Comparer des modèles d’IA</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Tâche : %1</translation>
    </message>
    <message>
        <source>&amp;Models to compare (two or three):</source>
        <translation>&amp;Modèles à comparer (deux ou trois) :</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Modèles à comparer</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The company policy approves fewer than two models, so there is nothing to compare.</source>
        <translation>La politique de l’entreprise approuve moins de deux modèles : il n’y a donc rien à comparer.</translation>
    </message>
    <message>
        <source>Pick at most three models.</source>
        <translation>Choisissez trois modèles au maximum.</translation>
    </message>
    <message numerus="yes">
        <source>Running on %n model(s)…</source>
        <translation>
            <numerusform>Exécution sur %n modèle…</numerusform>
            <numerusform>Exécution sur %n modèles…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Mark the better answer to add it to the team&apos;s model ranking.</source>
        <translation>Terminé. Marquez la meilleure réponse pour l’ajouter au classement des modèles de votre équipe.</translation>
    </message>
    <message>
        <source>Your vote was recorded.</source>
        <translation>Votre vote a été enregistré.</translation>
    </message>
    <message>
        <source>Your vote could not be recorded: %1</source>
        <translation>Votre vote n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>promptdesk::CompareView</name>
    <message>
        <source>Answer from %1</source>
        <translation>Réponse de %1</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>En attente de la réponse…</translation>
    </message>
    <message>
        <source>This answer is better</source>
        <translation>Cette réponse est meilleure</translation>
    </message>
    <message>
        <source>Mark the answer from %1 as better</source>
        <translation>Marquer la réponse de %1 comme meilleure</translation>
    </message>
    <message>
        <source>%1 in · %2 out tokens</source>
        <translation>%1 jetons en entrée · %2 en sortie</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>premier jeton après %1 s</translation>
    </message>
    <message>
        <source>no first token</source>
        <translation>aucun premier jeton</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>★ Better answer</source>
        <translation>★ Meilleure réponse</translation>
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
        <source>The clipboard holds nothing Promptdesk can use. Copy some text or a file first.</source>
        <translation>Le presse-papiers ne contient rien que Promptdesk puisse utiliser. Copiez d’abord du texte ou un fichier.</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Choisir un document</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.csv *.html *.htm *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.rtf *.eml *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Documents (*.txt *.md *.csv *.html *.htm *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.rtf *.eml *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
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
    <message numerus="yes">
        <source>%n item(s) added to the list below.</source>
        <translation>
            <numerusform>%n élément ajouté à la liste ci-dessous.</numerusform>
            <numerusform>%n éléments ajoutés à la liste ci-dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promptdesk::ExtractionTableView</name>
    <message>
        <source>Extracted data</source>
        <translation>Données extraites</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Exporter en Excel…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Copy as Markdown table</source>
        <translation>Copier en tableau Markdown</translation>
    </message>
    <message>
        <source>The answer did not fully match the table: %1</source>
        <translation>La réponse ne correspondait pas entièrement au tableau : %1</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>extraction</source>
        <translation>extraction</translation>
    </message>
</context>
<context>
    <name>promptdesk::FirstRunDialog</name>
    <message>
        <source>Welcome to Promptdesk</source>
        <translation>Bienvenue dans Promptdesk</translation>
    </message>
    <message>
        <source>• %1: stays on this computer; nothing is sent over the network.</source>
        <translation>• %1 : reste sur cet ordinateur ; rien n’est envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>• %1: sent to %2.</source>
        <translation>• %1 : envoyé à %2.</translation>
    </message>
    <message>
        <source>• %1: sent to %2, region %3.</source>
        <translation>• %1 : envoyé à %2, région %3.</translation>
    </message>
    <message>
        <source>• No service is available: your company&apos;s policy allows none.</source>
        <translation>• Aucun service n’est disponible : la politique de votre entreprise n’en autorise aucun.</translation>
    </message>
    <message>
        <source>Promptdesk summarises, rewrites and pulls facts out of your documents and notes. Here is what happens to your text.</source>
        <translation>Promptdesk résume, réécrit et extrait les faits de vos documents et notes. Voici ce qu’il advient de votre texte.</translation>
    </message>
    <message>
        <source>What is sent where</source>
        <translation>Ce qui est envoyé, et où</translation>
    </message>
    <message>
        <source>Under the policy in force (%1), the task you run uses one of:</source>
        <translation>Selon la politique en vigueur (%1), la tâche que vous lancez utilise l’un de ces services :</translation>
    </message>
    <message>
        <source>How redaction works</source>
        <translation>Comment fonctionne le masquage</translation>
    </message>
    <message>
        <source>Before anything is sent, personal details such as e-mail addresses, phone numbers and card numbers are replaced on this computer with placeholders such as [EMAIL_1]. The service only ever sees the placeholders. The originals stay here and are put back only in the result you see.</source>
        <translation>Avant tout envoi, les données personnelles comme les adresses e-mail, les numéros de téléphone et de carte sont remplacées sur cet ordinateur par des espaces réservés comme [EMAIL_1]. Le service ne voit que ces espaces réservés. Les originaux restent ici et ne sont remis que dans le résultat que vous voyez.</translation>
    </message>
    <message>
        <source>Your company&apos;s policy makes this step mandatory.</source>
        <translation>La politique de votre entreprise rend cette étape obligatoire.</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Ce qui est conservé</translation>
    </message>
    <message>
        <source>Your history is kept in your own data folder, with personal details replaced. An audit log records when a task ran, where it was sent and how many details were hidden, but never the text itself.</source>
        <translation>Votre historique est conservé dans votre propre dossier de données, avec les données personnelles remplacées. Un journal d’audit enregistre quand une tâche a été lancée, où elle a été envoyée et combien de données ont été masquées, mais jamais le texte lui-même.</translation>
    </message>
    <message>
        <source>You can read this again from Help &gt; How Promptdesk protects your data.</source>
        <translation>Vous pouvez relire ceci depuis Aide &gt; Comment Promptdesk protège vos données.</translation>
    </message>
    <message>
        <source>&amp;Get started</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Commencer</translation>
    </message>
</context>
<context>
    <name>promptdesk::HelpGuideDialog</name>
    <message>
        <source>Summarise</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <source>Turns a long document, e-mail thread or report into a short summary with the key points first. Use it to decide quickly what a document is about or to brief a colleague.</source>
        <translation>Transforme un long document, un fil d’e-mails ou un rapport en un résumé court, les points clés d’abord. Utile pour savoir vite de quoi parle un document ou pour informer un collègue.</translation>
    </message>
    <message>
        <source>Choose the length: short for a few sentences, long for a page.</source>
        <translation>Choisissez la longueur : courte pour quelques phrases, longue pour une page.</translation>
    </message>
    <message>
        <source>Long documents are summarised part by part; page numbers in the result show where a point comes from.</source>
        <translation>Les longs documents sont résumés partie par partie ; les numéros de page du résultat indiquent d’où vient chaque point.</translation>
    </message>
    <message>
        <source>Check names and numbers against the document before you pass the summary on.</source>
        <translation>Vérifiez les noms et les chiffres dans le document avant de transmettre le résumé.</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Réécrire</translation>
    </message>
    <message>
        <source>Tidies rough notes into clean text: a formal message, a bullet list or plain prose. The meaning stays; the wording changes.</source>
        <translation>Met au propre des notes brutes : un message formel, une liste à puces ou un texte suivi. Le sens reste, la formulation change.</translation>
    </message>
    <message>
        <source>Paste your notes with Ctrl+Shift+V, or type them into the notes box.</source>
        <translation>Collez vos notes avec Ctrl+Maj+V ou tapez-les dans la zone de notes.</translation>
    </message>
    <message>
        <source>Pick the style in the options below the task.</source>
        <translation>Choisissez le style dans les options sous la tâche.</translation>
    </message>
    <message>
        <source>Read the result before you send it: you stay responsible for what it says.</source>
        <translation>Relisez le résultat avant de l’envoyer : vous restez responsable de ce qu’il dit.</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extraire</translation>
    </message>
    <message>
        <source>Pulls facts out of a document into a table: dates, amounts, contacts and labelled fields, such as the details of an invoice or a form.</source>
        <translation>Extrait les faits d’un document dans un tableau : dates, montants, contacts et champs étiquetés, comme les détails d’une facture ou d’un formulaire.</translation>
    </message>
    <message>
        <source>Choose which fields you want; a custom list of column names works too.</source>
        <translation>Choisissez les champs voulus ; une liste personnalisée de noms de colonnes fonctionne aussi.</translation>
    </message>
    <message>
        <source>Personal details in the table are put back on this computer only; the service saw placeholders.</source>
        <translation>Les données personnelles du tableau ne sont remises que sur cet ordinateur ; le service n’a vu que des espaces réservés.</translation>
    </message>
    <message>
        <source>Copy the table, or save the result as a file.</source>
        <translation>Copiez le tableau ou enregistrez le résultat dans un fichier.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Templates of this kind</source>
        <translation>Modèles de ce type</translation>
    </message>
    <message>
        <source>None is available at the moment.</source>
        <translation>Aucun n’est disponible pour le moment.</translation>
    </message>
    <message>
        <source>Task guide</source>
        <translation>Guide des tâches</translation>
    </message>
    <message>
        <source>Kinds of task</source>
        <translation>Types de tâches</translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <translation>Guide : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>promptdesk::HistoryDialog</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the personal data in new entries is not kept: they show placeholders such as [PERSON_1] instead of the originals, and searching by a person&apos;s name finds nothing for them.</source>
        <translation>Le trousseau du système n’est pas disponible : les données personnelles des nouvelles entrées ne sont donc pas conservées. Elles affichent des marqueurs comme [PERSON_1] au lieu des originaux, et la recherche par nom de personne ne les trouve pas.</translation>
    </message>
    <message>
        <source>Search by words, or by a person&apos;s name, e-mail or number</source>
        <translation>Rechercher par mots, ou par le nom, l’e-mail ou le numéro d’une personne</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Provider and model</source>
        <translation>Fournisseur et modèle</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>History entries, newest first</source>
        <translation>Entrées de l’historique, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Entry preview</source>
        <translation>Aperçu de l’entrée</translation>
    </message>
    <message>
        <source>Show exactly what was &amp;sent (personal data as placeholders)</source>
        <translation>Afficher exactement ce qui a été &amp;envoyé (données personnelles en marqueurs)</translation>
    </message>
    <message>
        <source>&amp;Copy result</source>
        <translation>&amp;Copier le résultat</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Put this entry&apos;s input and task back into the main window.</source>
        <translation>Remettre l’entrée et la tâche de cet élément dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Erase all…</source>
        <translation>&amp;Tout effacer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>History is turned off: no past jobs are kept.</source>
        <translation>L’historique est désactivé : aucune tâche passée n’est conservée.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L’historique n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Pas encore d’historique.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Rien ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Choose an entry to see it here.</source>
        <translation>Choisissez une entrée pour l’afficher ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation>
            <numerusform>%n entrée choisie.</numerusform>
            <numerusform>%n entrées choisies.</numerusform>
        </translation>
    </message>
    <message>
        <source>This entry could not be read: %1</source>
        <translation>Cette entrée n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Sent to the provider:</source>
        <translation>Envoyé au fournisseur :</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Entrée :</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries from your history? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n entrée de l’historique ? C’est irréversible.</numerusform>
            <numerusform>Supprimer %n entrées de l’historique ? C’est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entries could not be deleted: %1</source>
        <translation>Les entrées n’ont pas pu être supprimées : %1</translation>
    </message>
    <message>
        <source>Erase your whole history? Every entry and its originals are removed from this computer; this cannot be undone.</source>
        <translation>Effacer tout l’historique ? Chaque entrée et ses originaux sont supprimés de cet ordinateur ; c’est irréversible.</translation>
    </message>
    <message>
        <source>The history could not be erased: %1</source>
        <translation>L’historique n’a pas pu être effacé : %1</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the chosen entries as JSON or Markdown.</source>
        <translation>Enregistrer les entrées choisies en JSON ou Markdown.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Put the original personal data back into the export? Choose No to export the text with placeholders, as it was sent.</source>
        <translation>Remettre les données personnelles d’origine dans l’export ? Choisissez Non pour exporter le texte avec les marqueurs, tel qu’il a été envoyé.</translation>
    </message>
    <message>
        <source>The entries could not be exported: %1</source>
        <translation>Les entrées n’ont pas pu être exportées : %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Afficher les entrées de</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>Show entries of the task</source>
        <translation>Afficher les entrées de la tâche</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>T&amp;âche :</translation>
    </message>
    <message>
        <source>Show entries sent to the provider</source>
        <translation>Afficher les entrées envoyées au fournisseur</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Classe de données</translation>
    </message>
    <message>
        <source>Run a&amp;gain</source>
        <translation>Rel&amp;ancer</translation>
    </message>
    <message>
        <source>Run the same input again with the current provider, model and task, and compare the answers side by side.</source>
        <translation>Relancer la même entrée avec le fournisseur, le modèle et la tâche actuels, et comparer les réponses côte à côte.</translation>
    </message>
    <message>
        <source>Sa&amp;ve result as…</source>
        <translation>Enregistrer le résultat &amp;sous…</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <source>Text (*.txt);;Markdown (*.md);;All files (*)</source>
        <translation>Texte (*.txt);;Markdown (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>promptdesk::InputList</name>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Read scans and images with &amp;OCR</source>
        <translation>Lire les documents numérisés et les images par &amp;OCR</translation>
    </message>
    <message>
        <source>Recognise text in scanned pages and pictures. This is slower.</source>
        <translation>Reconnaît le texte des pages numérisées et des images. C’est plus lent.</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>Langue de l’OCR</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation>Lecture… %1 %</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Ready, %1 pages</source>
        <translation>Prêt, %1 pages</translation>
    </message>
    <message>
        <source>No text found. It may be a scan: tick OCR to read it.</source>
        <translation>Aucun texte trouvé. Il s’agit peut-être d’un document numérisé : cochez OCR pour le lire.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add several files or a folder, or paste text, HTML or a picture.</source>
        <translation>Ajoutez plusieurs fichiers ou un dossier, ou collez du texte, du HTML ou une image.</translation>
    </message>
    <message>
        <source>%1 of %2 inputs ready.</source>
        <translation>%1 entrées sur %2 prêtes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promptdesk::Job</name>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation>Arrêté avant tout envoi.</translation>
    </message>
    <message>
        <source>There is no template called &quot;%1&quot;.</source>
        <translation>Il n’existe aucun modèle nommé « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>The result mentions %n placeholder(s) that were not in your text.</source>
        <translation>
            <numerusform>Le résultat mentionne %n marqueur qui ne figurait pas dans votre texte.</numerusform>
            <numerusform>Le résultat mentionne %n marqueurs qui ne figuraient pas dans votre texte.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The result contains %n piece(s) of personal data that were not in your text. Check them before you use the result.</source>
        <translation>
            <numerusform>Le résultat contient %n donnée personnelle qui ne figurait pas dans votre texte. Vérifiez-la avant d’utiliser le résultat.</numerusform>
            <numerusform>Le résultat contient %n données personnelles qui ne figuraient pas dans votre texte. Vérifiez-les avant d’utiliser le résultat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only text answers can be continued.</source>
        <translation>Seules les réponses textuelles peuvent être poursuivies.</translation>
    </message>
    <message>
        <source>Stopped; the parts done so far are kept.</source>
        <translation>Arrêté ; les parties déjà terminées sont conservées.</translation>
    </message>
    <message>
        <source>The basic engine fills a Field/Value table; the template&apos;s own columns need an approved model.</source>
        <translation>Le moteur de base remplit un tableau Champ/Valeur ; les colonnes propres au modèle exigent un modèle d’IA approuvé.</translation>
    </message>
    <message>
        <source>The answer did not fully match the template&apos;s table, even after one retry.</source>
        <translation>La réponse ne correspondait pas entièrement au tableau du modèle, même après un nouvel essai.</translation>
    </message>
    <message>
        <source>The answer stopped at the length limit; Continue may complete it.</source>
        <translation>La réponse s’est arrêtée à la limite de longueur ; « Continuer » peut la compléter.</translation>
    </message>
    <message>
        <source>The model declined part of the task.</source>
        <translation>Le modèle a refusé une partie de la tâche.</translation>
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
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
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
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Task guide</source>
        <translation>&amp;Guide des tâches</translation>
    </message>
    <message>
        <source>How Promptdesk &amp;protects your data</source>
        <translation>Comment Promptdesk protège vos &amp;données</translation>
    </message>
    <message>
        <source>&amp;Review Personal Data Before Sending</source>
        <translation>&amp;Vérifier les données personnelles avant l’envoi</translation>
    </message>
    <message>
        <source>Reading documents…</source>
        <translation>Lecture des documents…</translation>
    </message>
    <message>
        <source>Pasted web content</source>
        <translation>Contenu web collé</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Compare &amp;Models…</source>
        <translation>Comparer des &amp;modèles d’IA…</translation>
    </message>
    <message>
        <source>Run the chosen task on two or three approved models side by side.</source>
        <translation>Exécute la tâche choisie sur deux ou trois modèles d’IA approuvés, côte à côte.</translation>
    </message>
    <message>
        <source>Model &amp;Usage</source>
        <translation>&amp;Utilisation des modèles d’IA</translation>
    </message>
    <message>
        <source>&amp;Manage Templates…</source>
        <translation>&amp;Gérer les modèles…</translation>
    </message>
    <message>
        <source>%1 may not receive %2 data; Run uses %3.</source>
        <translation>%1 ne peut pas recevoir de données %2 ; Exécuter utilise %3.</translation>
    </message>
    <message>
        <source>Your company&apos;s policy allows no service for %1 data.</source>
        <translation>La politique de votre entreprise n’autorise aucun service pour les données %1.</translation>
    </message>
    <message>
        <source>Run uses: %1 (%2 data)</source>
        <translation>Exécuter utilise : %1 (données %2)</translation>
    </message>
    <message>
        <source>Run uses: nothing; your company&apos;s policy allows no service for %1 data.</source>
        <translation>Exécuter utilise : rien ; la politique de votre entreprise n’autorise aucun service pour les données %1.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
    <message>
        <source>Not sent: the text contains personal data that makes it %1, and your company&apos;s policy allows no service for that.</source>
        <translation>Non envoyé : le texte contient des données personnelles qui le classent %1, et la politique de votre entreprise n’autorise aucun service pour cela.</translation>
    </message>
    <message>
        <source>The text contains personal data that makes it %1.</source>
        <translation>Le texte contient des données personnelles qui le classent %1.</translation>
    </message>
    <message>
        <source>The text contains personal data that makes it %1; %2 may not receive it, so Run uses %3.</source>
        <translation>Le texte contient des données personnelles qui le classent %1 ; %2 ne peut pas le recevoir, Exécuter utilise donc %3.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Find, reopen and delete your past jobs.</source>
        <translation>Retrouver, rouvrir et supprimer vos tâches passées.</translation>
    </message>
    <message>
        <source>Reopened from your history.</source>
        <translation>Rouvert depuis votre historique.</translation>
    </message>
    <message numerus="yes">
        <source>%n history entries reached the end of their retention and were deleted.</source>
        <translation>
            <numerusform>%n entrée de l&apos;historique a atteint la fin de sa durée de conservation et a été supprimée.</numerusform>
            <numerusform>%n entrées de l&apos;historique ont atteint la fin de leur durée de conservation et ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is not available: your history keeps only the text with personal data replaced by placeholders, not the originals, so reopened entries show [PERSON_1] and the like. Results in this window are not affected.</source>
        <translation>Le trousseau du système n&apos;est pas disponible : votre historique ne conserve que le texte dont les données personnelles sont remplacées par des espaces réservés, pas les originaux ; les entrées rouvertes affichent donc [PERSON_1] et autres. Les résultats de cette fenêtre ne sont pas concernés.</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Avis sur le trousseau</translation>
    </message>
    <message>
        <source>Wait for the current job to finish, then run it again.</source>
        <translation>Attendez la fin de la tâche en cours, puis relancez-la.</translation>
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
    <name>promptdesk::PageSourceDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Page %1 (%2)</source>
        <translation>Page %1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Texte de %1</translation>
    </message>
</context>
<context>
    <name>promptdesk::PolicyBanner</name>
    <message>
        <source>Company policy</source>
        <translation>Politique d’entreprise</translation>
    </message>
    <message>
        <source>Development mode: the unsigned policy &quot;%1&quot; is in force. Unsigned policies are accepted only because PROMPTDESK_POLICY_DEVELOPMENT is set; never use this for real work.</source>
        <translation>Mode développement : la politique non signée « %1 » est en vigueur. Les politiques non signées ne sont acceptées que parce que PROMPTDESK_POLICY_DEVELOPMENT est défini ; ne l’utilisez jamais pour un vrai travail.</translation>
    </message>
    <message>
        <source>No company policy is installed: only the offline engine (basic results, nothing leaves this computer) is available.</source>
        <translation>Aucune politique d’entreprise n’est installée : seul le moteur hors ligne est disponible (résultats basiques, rien ne quitte cet ordinateur).</translation>
    </message>
    <message>
        <source>Only the offline engine is available. %1</source>
        <translation>Seul le moteur hors ligne est disponible. %1</translation>
    </message>
    <message>
        <source>The company policy &quot;%1&quot; expired on %2 and is kept only for a short grace period. Ask IT for the renewed policy.</source>
        <translation>La politique d’entreprise « %1 » a expiré le %2 et n’est conservée que pendant un court délai de grâce. Demandez la politique renouvelée au service informatique.</translation>
    </message>
    <message>
        <source>The company policy &quot;%1&quot; expires on %2. After that only the offline engine will be available until IT deploys the renewed policy.</source>
        <translation>La politique d’entreprise « %1 » expire le %2. Ensuite, seul le moteur hors ligne sera disponible jusqu’à ce que le service informatique déploie la politique renouvelée.</translation>
    </message>
    <message>
        <source>Development mode: the policy &quot;%1&quot; is signed by a key that this computer does not trust (it came with the policy&apos;s own folder), so it is not your company&apos;s policy. Never use this for real work.</source>
        <translation>Mode développement : la politique « %1 » est signée par une clé à laquelle cet ordinateur ne fait pas confiance (elle accompagnait le dossier de la politique) ; ce n’est donc pas la politique de votre entreprise. Ne l’utilisez jamais pour un vrai travail.</translation>
    </message>
</context>
<context>
    <name>promptdesk::RerunDialog</name>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Before: %1, %2</source>
        <translation>Avant : %1, %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant : %1</translation>
    </message>
    <message>
        <source>The earlier answer</source>
        <translation>La réponse précédente</translation>
    </message>
    <message>
        <source>The new answer</source>
        <translation>La nouvelle réponse</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Done · %1</source>
        <translation>Terminé · %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
</context>
<context>
    <name>promptdesk::ResultPanel</name>
    <message>
        <source>Exported “%1”.</source>
        <translation>« %1 » exporté.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Continuer la réponse</translation>
    </message>
    <message>
        <source>The answer stopped at the length limit: ask the model to go on.</source>
        <translation>La réponse s’est arrêtée à la limite de longueur : demandez au modèle de poursuivre.</translation>
    </message>
</context>
<context>
    <name>promptdesk::ReviewDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Social security no.</source>
        <translation>N° de sécurité sociale</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>NI number</source>
        <translation>Numéro NI (Royaume-Uni)</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Numéro d’identité</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Plaque d’immatriculation</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Numéro d’employé</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Numéro de client</translation>
    </message>
    <message>
        <source>Custom term</source>
        <translation>Terme personnalisé</translation>
    </message>
    <message>
        <source>Check what will be sent</source>
        <translation>Vérifier ce qui sera envoyé</translation>
    </message>
    <message>
        <source>Personal data found in your text is marked below and will be replaced before sending. Untick anything that is not personal, or select text and press &quot;Redact selection&quot; to hide more.</source>
        <translation>Les données personnelles trouvées dans votre texte sont signalées ci-dessous et seront remplacées avant l’envoi. Décochez ce qui n’est pas personnel, ou sélectionnez du texte et cliquez sur « Masquer la sélection » pour masquer d’autres passages.</translation>
    </message>
    <message>
        <source>Your text with personal data marked</source>
        <translation>Votre texte avec les données personnelles signalées</translation>
    </message>
    <message>
        <source>Kinds of personal data, tick to redact all of a kind</source>
        <translation>Types de données personnelles : cochez pour masquer toutes les données d’un type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Masqués</translation>
    </message>
    <message>
        <source>Each item found, tick to redact it</source>
        <translation>Chaque élément trouvé : cochez-le pour le masquer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Kind for the selected text</source>
        <translation>Type du texte sélectionné</translation>
    </message>
    <message>
        <source>&amp;Redact selection</source>
        <translation>&amp;Masquer la sélection</translation>
    </message>
    <message>
        <source>Hide the text selected above (Ctrl+R)</source>
        <translation>Masquer le texte sélectionné ci-dessus (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>What the provider will see</source>
        <translation>Ce que verra le fournisseur</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Your &amp;text</source>
        <translation>Votre &amp;texte</translation>
    </message>
    <message>
        <source>&amp;Kinds found</source>
        <translation>T&amp;ypes trouvés</translation>
    </message>
    <message>
        <source>&amp;Items found</source>
        <translation>É&amp;léments trouvés</translation>
    </message>
    <message>
        <source>What the &amp;provider will see</source>
        <translation>Ce que verra le &amp;fournisseur</translation>
    </message>
    <message>
        <source>Your organisation requires these to stay hidden: %1.</source>
        <translation>Votre organisation exige que ces données restent masquées : %1.</translation>
    </message>
    <message>
        <source>%1, not hidden</source>
        <translation>%1, non masqué</translation>
    </message>
    <message>
        <source>Hidden (required)</source>
        <translation>Masqué (obligatoire)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Sent as written</source>
        <translation>Envoyé tel quel</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatoire)</translation>
    </message>
    <message>
        <source>%1 of %2 items will be hidden.</source>
        <translation>%1 éléments sur %2 seront masqués.</translation>
    </message>
    <message>
        <source>Select the text to hide first (Shift and the arrow keys).</source>
        <translation>Sélectionnez d’abord le texte à masquer (Maj et les touches fléchées).</translation>
    </message>
    <message>
        <source>That text cannot be marked: it cuts into something that must stay hidden.</source>
        <translation>Ce texte ne peut pas être masqué : il empiète sur un élément qui doit rester masqué.</translation>
    </message>
</context>
<context>
    <name>promptdesk::RunTargetChooser</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Provider and model</source>
        <translation>Fournisseur et modèle</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Classe de données</translation>
    </message>
    <message>
        <source>How sensitive the input is. Your company&apos;s policy decides which services may receive each class; it is raised automatically when the text contains certain personal data.</source>
        <translation>Le degré de sensibilité de l’entrée. La politique de votre entreprise décide quels services peuvent recevoir chaque classe ; elle est relevée automatiquement quand le texte contient certaines données personnelles.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Sen&amp;d to:</source>
        <translation>Envoyer &amp;à :</translation>
    </message>
    <message>
        <source>Dat&amp;a:</source>
        <translation>Donnée&amp;s :</translation>
    </message>
</context>
<context>
    <name>promptdesk::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Valeur du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages, and how dates and numbers are written.</source>
        <translation>La langue des menus, boutons et messages, et la façon d’écrire les dates et les nombres.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Preferences are saved in %1.</source>
        <translation>Les préférences sont enregistrées dans %1.</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Enregistrer les préférences</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your administrator has set the language for this computer.</source>
        <translation>Votre administrateur a fixé la langue de cet ordinateur.</translation>
    </message>
    <message>
        <source>The new language is used the next time Promptdesk starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Promptdesk.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Keep a history of my jobs</source>
        <translation>&amp;Conserver un historique de mes tâches</translation>
    </message>
    <message>
        <source>Never (keep until I delete them)</source>
        <translation>Jamais (conserver jusqu&apos;à ce que je les supprime)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Delete history entries after this many days</source>
        <translation>Supprimer les entrées de l&apos;historique après ce nombre de jours</translation>
    </message>
    <message>
        <source>&amp;Delete entries after:</source>
        <translation>&amp;Supprimer les entrées après :</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Verrouillé : %1</translation>
    </message>
    <message>
        <source>When you press OK, new jobs are no longer kept and the entries kept so far are erased from this computer.</source>
        <translation>Lorsque vous appuyez sur OK, les nouvelles tâches ne sont plus conservées et les entrées conservées jusqu&apos;ici sont effacées de cet ordinateur.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so entries keep the text with placeholders only, not the personal data.</source>
        <translation>Le trousseau du système n&apos;est pas disponible : les entrées ne conservent que le texte avec des espaces réservés, pas les données personnelles.</translation>
    </message>
    <message>
        <source>History is off, but the entries kept so far could not be erased: %1</source>
        <translation>L&apos;historique est désactivé, mais les entrées conservées jusqu&apos;ici n&apos;ont pas pu être effacées : %1</translation>
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
    <name>promptdesk::TemplateEditor</name>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Réécrire</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extraire</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Texte (Markdown)</translation>
    </message>
    <message>
        <source>Table (JSON schema)</source>
        <translation>Tableau (schéma JSON)</translation>
    </message>
    <message>
        <source>Paste a short sample text here to preview the prompt.</source>
        <translation>Collez ici un court texte d’exemple pour prévisualiser l’invite.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Sortie :</translation>
    </message>
    <message>
        <source>&amp;Longest answer (tokens):</source>
        <translation>Réponse la plus &amp;longue (jetons) :</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instructions :</translation>
    </message>
    <message>
        <source>&amp;Prompt ({{document}} marks the text):</source>
        <translation>In&amp;vite ({{document}} marque le texte) :</translation>
    </message>
    <message>
        <source>&amp;Variables (JSON):</source>
        <translation>&amp;Variables (JSON) :</translation>
    </message>
    <message>
        <source>Table &amp;schema (JSON):</source>
        <translation>Sc&amp;héma du tableau (JSON) :</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Share (e&amp;xport)…</source>
        <translation>Partager (e&amp;xporter)…</translation>
    </message>
    <message>
        <source>Template (locked by your organisation)</source>
        <translation>Modèle (verrouillé par votre organisation)</translation>
    </message>
    <message>
        <source>Template (built in — duplicate it to make changes)</source>
        <translation>Modèle (intégré — dupliquez-le pour le modifier)</translation>
    </message>
    <message>
        <source>Your template</source>
        <translation>Votre modèle</translation>
    </message>
    <message>
        <source>The variables are not valid JSON: %1.</source>
        <translation>Les variables ne sont pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already used by another template.</source>
        <translation>L’identifiant « %1 » est déjà utilisé par un autre modèle.</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instructions :</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Invite :</translation>
    </message>
    <message>
        <source>The template is valid.</source>
        <translation>Le modèle est valide.</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>À corriger : %1</translation>
    </message>
    <message>
        <source>Sa&amp;mple text:</source>
        <translation>Texte d’exe&amp;mple :</translation>
    </message>
    <message>
        <source>P&amp;review of what is sent:</source>
        <translation>&amp;Aperçu de ce qui est envoyé :</translation>
    </message>
    <message>
        <source>Sample text</source>
        <translation>Texte d’exemple</translation>
    </message>
    <message>
        <source>Preview of what is sent</source>
        <translation>Aperçu de ce qui est envoyé</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>promptdesk::TemplateManagerDialog</name>
    <message>
        <source>built in, locked by your company</source>
        <translation>intégré, verrouillé par votre entreprise</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>from your company, locked</source>
        <translation>de votre entreprise, verrouillé</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>le vôtre</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Réécrire</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extraire</translation>
    </message>
    <message>
        <source>Manage Templates</source>
        <translation>Gérer les modèles</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Modèles :</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open template</source>
        <translation>Ouvrir le modèle</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Dupliquer…</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>Dupliquer le modèle</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation>Importer un fichier de modèle</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the template to a file</source>
        <translation>Exporter le modèle dans un fichier</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Template files (%1)</source>
        <translation>Fichiers de modèle (%1)</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>« %1 » importé.</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Exporté dans « %1 ».</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Mon modèle</translation>
    </message>
    <message>
        <source>Only your own templates can be deleted.</source>
        <translation>Seuls vos propres modèles peuvent être supprimés.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>The id “%1” belongs to a built-in or company template.</source>
        <translation>L’identifiant « %1 » appartient à un modèle intégré ou à un modèle de l’entreprise.</translation>
    </message>
    <message>
        <source>Choose a template first.</source>
        <translation>Choisissez d’abord un modèle.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
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
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>promptdesk::TemplateRunController</name>
    <message>
        <source>chunk %1 of %2</source>
        <translation>partie %1 sur %2</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu’ici</translation>
    </message>
    <message>
        <source>This document is long: it will be sent in %1 parts (about %2 tokens).</source>
        <translation>Ce document est long : il sera envoyé en %1 parties (environ %2 jetons).</translation>
    </message>
    <message>
        <source>Estimated cost: at most %1.</source>
        <translation>Coût estimé : %1 au maximum.</translation>
    </message>
    <message>
        <source>The cost cannot be estimated: the model has no price in the policy.</source>
        <translation>Le coût ne peut pas être estimé : la politique n’indique aucun prix pour ce modèle.</translation>
    </message>
    <message>
        <source>Waiting for your go-ahead…</source>
        <translation>En attente de votre accord…</translation>
    </message>
    <message>
        <source>Long document</source>
        <translation>Document long</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Parts go to %1, the answer comes from %2.</source>
        <translation>Les parties vont à %1, la réponse vient de %2.</translation>
    </message>
    <message>
        <source>Running on %1: nothing leaves this computer.</source>
        <translation>Exécution avec %1 : rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Sending to %1 · %2 as %3 data · about %4 tokens</source>
        <translation>Envoi à %1 · %2 en données %3 · environ %4 jetons</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>this month %1 of %2</source>
        <translation>ce mois-ci %1 sur %2</translation>
    </message>
</context>
<context>
    <name>promptdesk::UsageDashboard</name>
    <message>
        <source>No comparisons yet. Compare two models and mark the better answer to build your team&apos;s own ranking.</source>
        <translation>Aucune comparaison pour l’instant. Comparez deux modèles et marquez la meilleure réponse pour établir le classement de votre équipe.</translation>
    </message>
    <message>
        <source>Win rates per model</source>
        <translation>Taux de victoire par modèle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparé</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Meilleur</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
</context>
<context>
    <name>promptdesk::UsageDialog</name>
    <message>
        <source>Model Usage</source>
        <translation>Utilisation des modèles d’IA</translation>
    </message>
    <message>
        <source>How often each model&apos;s answer was marked better when you compared models.</source>
        <translation>Combien de fois la réponse de chaque modèle a été marquée comme meilleure lors de vos comparaisons.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The comparisons could not be read: %1</source>
        <translation>Les comparaisons n’ont pas pu être lues : %1</translation>
    </message>
</context>
</TS>
