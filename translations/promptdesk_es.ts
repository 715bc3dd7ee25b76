<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Catalogue</name>
    <message>
        <source>chosen by task</source>
        <translation>elegido según la tarea</translation>
    </message>
    <message>
        <source>Built in: nothing leaves this computer. Results are basic.</source>
        <translation>Integrado: nada sale de este ordenador. Los resultados son básicos.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Servicio: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Región: %1</translation>
    </message>
    <message>
        <source>Data-processing terms: %1</source>
        <translation>Condiciones de tratamiento de datos: %1</translation>
    </message>
    <message>
        <source>Zero retention: the service keeps nothing it is sent.</source>
        <translation>Sin retención: el servicio no guarda nada de lo que recibe.</translation>
    </message>
    <message>
        <source>The service may keep what it is sent for a while (no zero retention).</source>
        <translation>El servicio puede guardar durante un tiempo lo que recibe (sin retención cero).</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>No permitido: %1</translation>
    </message>
</context>
<context>
    <name>CompareVoteStore</name>
    <message>
        <source>A vote needs a winner among at least two compared models.</source>
        <translation>Un voto necesita un ganador entre al menos dos modelos comparados.</translation>
    </message>
    <message>
        <source>The vote could not be saved.</source>
        <translation>No se pudo guardar el voto.</translation>
    </message>
    <message>
        <source>The comparison votes file is too large to read.</source>
        <translation>El archivo de votos de comparación es demasiado grande para leerlo.</translation>
    </message>
    <message>
        <source>The comparison votes could not be read.</source>
        <translation>No se pudieron leer los votos de comparación.</translation>
    </message>
</context>
<context>
    <name>ExtractionTable</name>
    <message>
        <source>The file could not be written: %1.</source>
        <translation>No se pudo escribir el archivo: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be created.</source>
        <translation>No se pudo crear la hoja de cálculo.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>La respuesta no es JSON válido.</translation>
    </message>
</context>
<context>
    <name>HistoryBrowser</name>
    <message>
        <source>History is turned off.</source>
        <translation>El historial está desactivado.</translation>
    </message>
</context>
<context>
    <name>HistorySettings</name>
    <message>
        <source>Your company&apos;s policy keeps a history of your jobs.</source>
        <translation>La política de su empresa guarda un historial de sus trabajos.</translation>
    </message>
    <message>
        <source>Your company&apos;s policy keeps no history on this computer.</source>
        <translation>La política de su empresa no guarda ningún historial en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>Your company&apos;s policy deletes history entries after %n day(s).</source>
        <translation>
            <numerusform>La política de su empresa elimina las entradas del historial después de %n día.</numerusform>
            <numerusform>La política de su empresa elimina las entradas del historial después de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your company&apos;s policy keeps history entries until you delete them.</source>
        <translation>La política de su empresa conserva las entradas del historial hasta que usted las elimine.</translation>
    </message>
    <message>
        <source>History is turned off: no jobs are kept.</source>
        <translation>El historial está desactivado: no se guarda ningún trabajo.</translation>
    </message>
    <message numerus="yes">
        <source>Entries are kept for %n day(s), then deleted.</source>
        <translation>
            <numerusform>Las entradas se conservan %n día y después se eliminan.</numerusform>
            <numerusform>Las entradas se conservan %n días y después se eliminan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries are kept until you delete them.</source>
        <translation>Las entradas se conservan hasta que usted las elimine.</translation>
    </message>
</context>
<context>
    <name>InputList</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English + German</source>
        <translation>Inglés + alemán</translation>
    </message>
    <message>
        <source>English + French</source>
        <translation>Inglés + francés</translation>
    </message>
    <message>
        <source>English + Spanish</source>
        <translation>Inglés + español</translation>
    </message>
</context>
<context>
    <name>OfflineEngine</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>The document has no text to work on.</source>
        <translation>El documento no contiene texto con el que trabajar.</translation>
    </message>
</context>
<context>
    <name>OfflineProvider</name>
    <message>
        <source>Offline (basic)</source>
        <translation>Sin conexión (básico)</translation>
    </message>
    <message>
        <source>Built-in basic engine</source>
        <translation>Motor básico integrado</translation>
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
        <translation>Anthropic rechazó la solicitud por la facturación de la cuenta.</translation>
    </message>
    <message>
        <source>Anthropic refused the request: the account&apos;s spending limit is reached.</source>
        <translation>Anthropic rechazó la solicitud: se ha alcanzado el límite de gasto de la cuenta.</translation>
    </message>
    <message>
        <source>Amazon Bedrock</source>
        <translation>Amazon Bedrock</translation>
    </message>
    <message>
        <source>Amazon Bedrock refused the request as invalid; check the model id (newer models need an inference profile such as &quot;eu.&quot; or &quot;us.&quot;).</source>
        <translation>Amazon Bedrock rechazó la solicitud por no válida; compruebe el id del modelo (los modelos recientes necesitan un perfil de inferencia como «eu.» o «us.»).</translation>
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
        <translation>%1 rechazó la solicitud: la cuenta no tiene cuota disponible.</translation>
    </message>
    <message>
        <source>%1 refused the text because of its content filter.</source>
        <translation>%1 rechazó el texto por su filtro de contenido.</translation>
    </message>
    <message>
        <source>The proxy server asked for a user name and password that were not accepted.</source>
        <translation>El servidor proxy pidió un nombre de usuario y una contraseña que no se aceptaron.</translation>
    </message>
    <message>
        <source>%1 took too long to answer.</source>
        <translation>%1 tardó demasiado en responder.</translation>
    </message>
    <message>
        <source>The text is too long for %1.</source>
        <translation>El texto es demasiado largo para %1.</translation>
    </message>
    <message>
        <source>%1 is busy: too many requests right now.</source>
        <translation>%1 está ocupado: demasiadas solicitudes en este momento.</translation>
    </message>
    <message>
        <source>%1 is overloaded right now.</source>
        <translation>%1 está sobrecargado en este momento.</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable.</source>
        <translation>%1 no está disponible temporalmente.</translation>
    </message>
    <message>
        <source>%1 had an internal error.</source>
        <translation>%1 tuvo un error interno.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 rechazó la solicitud (HTTP %2).</translation>
    </message>
    <message>
        <source>The answer from %1 was damaged or not in the expected format.</source>
        <translation>La respuesta de %1 estaba dañada o no tenía el formato esperado.</translation>
    </message>
    <message>
        <source>No key is stored for %1 on this computer; ask your IT administrator to set up this connection.</source>
        <translation>No hay ninguna clave guardada para %1 en este ordenador; pida a su departamento de TI que configure esta conexión.</translation>
    </message>
    <message>
        <source>No Bedrock API key is stored for %1 on this computer; ask your IT administrator to set up this connection.</source>
        <translation>No hay ninguna clave de API de Bedrock guardada para %1 en este ordenador; pida a su departamento de TI que configure esta conexión.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials; ask your IT administrator to check this connection.</source>
        <translation>%1 no aceptó las credenciales; pida a su departamento de TI que revise esta conexión.</translation>
    </message>
    <message>
        <source>%1 does not know this model or address; ask your IT administrator to check this connection.</source>
        <translation>%1 no conoce este modelo o esta dirección; pida a su departamento de TI que revise esta conexión.</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s credential_process did not finish within 30 s.</source>
        <translation>El credential_process del perfil de AWS no terminó en 30 s.</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s credential_process could not be started.</source>
        <translation>No se pudo iniciar el credential_process del perfil de AWS.</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s credential_process wrote too much output.</source>
        <translation>El credential_process del perfil de AWS produjo demasiada salida.</translation>
    </message>
    <message>
        <source>The AWS profile&apos;s credential_process failed.</source>
        <translation>El credential_process del perfil de AWS falló.</translation>
    </message>
    <message>
        <source>the model server</source>
        <translation>el servidor de modelos</translation>
    </message>
</context>
<context>
    <name>SendStep</name>
    <message>
        <source>There is no provider called &quot;%1&quot;.</source>
        <translation>No hay ningún proveedor llamado «%1».</translation>
    </message>
    <message>
        <source>The disk that holds your Promptdesk data has only %1 free; %2 is needed to record this job, so nothing was sent. Free some space and try again.</source>
        <translation>El disco que guarda sus datos de Promptdesk solo tiene %1 libres; se necesitan %2 para registrar este trabajo, así que no se envió nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The audit log could not be written (%1), so nothing was sent.</source>
        <translation>No se pudo escribir el registro de auditoría (%1), así que no se envió nada.</translation>
    </message>
    <message>
        <source>The answer could not be recorded in the audit log (%1), so this run failed.</source>
        <translation>No se pudo registrar la respuesta en el registro de auditoría (%1), así que esta ejecución falló.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>&quot;%1&quot; cannot be &quot;%2&quot; (choices: %3).</source>
        <translation>«%1» no puede ser «%2» (opciones: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>«%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>«%1» debe ser un número entero de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>TemplateJson</name>
    <message>
        <source>Template &quot;%1&quot; has an option of unknown type &quot;%2&quot;.</source>
        <translation>La plantilla «%1» tiene una opción de tipo desconocido «%2».</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; has an option without key or choices.</source>
        <translation>La plantilla «%1» tiene una opción sin clave ni opciones.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is incomplete (needs id, name, category and a user prompt with {{document}}).</source>
        <translation>La plantilla «%1» está incompleta (necesita id, nombre, categoría y una instrucción de usuario con {{document}}).</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; asks for an impossible output length.</source>
        <translation>La plantilla «%1» pide una longitud de salida imposible.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; uses an unknown shared option &quot;%2&quot;.</source>
        <translation>La plantilla «%1» usa una opción compartida desconocida «%2».</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; declares the option &quot;%2&quot; twice.</source>
        <translation>La plantilla «%1» declara la opción «%2» dos veces.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; asks for JSON but gives no schema.</source>
        <translation>La plantilla «%1» pide JSON pero no da ningún esquema.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; has an unknown output format.</source>
        <translation>La plantilla «%1» tiene un formato de salida desconocido.</translation>
    </message>
    <message>
        <source>The id must be 1 to 64 lower-case letters, digits, dots or dashes.</source>
        <translation>El id debe tener de 1 a 64 letras minúsculas, dígitos, puntos o guiones.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>La plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>The prompt must contain {{document}}, where the document goes.</source>
        <translation>La instrucción debe contener {{document}}, donde va el documento.</translation>
    </message>
    <message>
        <source>The prompt uses {{%1}}, which is not one of the template&apos;s variables.</source>
        <translation>La instrucción usa {{%1}}, que no es una variable de la plantilla.</translation>
    </message>
    <message>
        <source>The document may only go into the prompt, not the instructions.</source>
        <translation>El documento solo puede ir en la instrucción, no en las indicaciones del sistema.</translation>
    </message>
    <message>
        <source>The default of &quot;%1&quot; is not one of its allowed values.</source>
        <translation>El valor predeterminado de «%1» no es uno de sus valores permitidos.</translation>
    </message>
    <message>
        <source>The output length must be between 1 and 200000 tokens.</source>
        <translation>La longitud de salida debe estar entre 1 y 200000 tokens.</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>The template file is not valid JSON: %1.</source>
        <translation>El archivo de plantillas no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is defined twice.</source>
        <translation>La plantilla «%1» está definida dos veces.</translation>
    </message>
    <message>
        <source>The template file lists no templates.</source>
        <translation>El archivo de plantillas no contiene ninguna plantilla.</translation>
    </message>
    <message>
        <source>The built-in templates are missing.</source>
        <translation>Faltan las plantillas integradas.</translation>
    </message>
</context>
<context>
    <name>UserTemplateStore</name>
    <message>
        <source>The template file could not be opened.</source>
        <translation>No se pudo abrir el archivo de plantilla.</translation>
    </message>
    <message>
        <source>The template file is larger than 1 MB.</source>
        <translation>El archivo de plantilla ocupa más de 1 MB.</translation>
    </message>
    <message>
        <source>A template file must hold exactly one template.</source>
        <translation>Un archivo de plantilla debe contener exactamente una plantilla.</translation>
    </message>
    <message>
        <source>The template could not be saved: %1.</source>
        <translation>No se pudo guardar la plantilla: %1.</translation>
    </message>
    <message>
        <source>A saved template could not be read: %1</source>
        <translation>No se pudo leer una plantilla guardada: %1</translation>
    </message>
    <message>
        <source>Only your own templates can be saved; duplicate this one first.</source>
        <translation>Solo se pueden guardar sus propias plantillas; duplique esta primero.</translation>
    </message>
    <message>
        <source>The templates folder could not be created.</source>
        <translation>No se pudo crear la carpeta de plantillas.</translation>
    </message>
    <message>
        <source>There is no saved template called &quot;%1&quot;.</source>
        <translation>No existe ninguna plantilla guardada llamada «%1».</translation>
    </message>
    <message>
        <source>The template could not be deleted.</source>
        <translation>No se pudo eliminar la plantilla.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copia)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Promptdesk could not start: %1</source>
        <translation>Promptdesk no pudo iniciarse: %1</translation>
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
        <translation>Acerca de Promptdesk</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Promptdesk summarises, rewrites and pulls facts out of your documents and notes, using only the services your company has approved. Personal data such as names, e-mail addresses and phone numbers is replaced with placeholders on this computer before anything leaves it, and put back only in the result you see.</source>
        <translation>Promptdesk resume, reescribe y extrae datos de sus documentos y notas, usando solo los servicios que su empresa ha aprobado. Los datos personales como nombres, direcciones de correo y números de teléfono se sustituyen por marcadores en este equipo antes de que nada salga de él, y solo se restauran en el resultado que usted ve.</translation>
    </message>
    <message>
        <source>Company policy in force: %1</source>
        <translation>Política de la empresa vigente: %1</translation>
    </message>
    <message>
        <source>Promptdesk is free software. It uses the Qt toolkit under the GNU LGPL version 3.</source>
        <translation>Promptdesk es software libre. Usa el kit de herramientas Qt bajo la GNU LGPL versión 3.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Company policy in force: the built-in default (%1): the offline engine only. It does not expire.</source>
        <translation>Política de empresa en vigor: la predeterminada integrada (%1): solo el motor sin conexión. No caduca.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>This policy is not signed; it is accepted only because development mode is on.</source>
        <translation>Esta política no está firmada; solo se acepta porque el modo de desarrollo está activado.</translation>
    </message>
    <message>
        <source>Expired on %1; still in force for a short grace period. Ask your IT team for the new policy.</source>
        <translation>Caducó el %1; sigue en vigor durante un breve período de gracia. Pida la nueva política a su equipo de TI.</translation>
    </message>
    <message>
        <source>Expires on %1, soon.</source>
        <translation>Caduca pronto, el %1.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Caduca el %1.</translation>
    </message>
</context>
<context>
    <name>promptdesk::CompareDialog</name>
    <message>
        <source>Compare Models</source>
        <translation>Comparar modelos</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Tarea: %1</translation>
    </message>
    <message>
        <source>&amp;Models to compare (two or three):</source>
        <translation>&amp;Modelos que comparar (dos o tres):</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Modelos que comparar</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The company policy approves fewer than two models, so there is nothing to compare.</source>
        <translation>La política de la empresa aprueba menos de dos modelos, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <source>Pick at most three models.</source>
        <translation>Elija como máximo tres modelos.</translation>
    </message>
    <message numerus="yes">
        <source>Running on %n model(s)…</source>
        <translation>
            <numerusform>Ejecutando en %n modelo…</numerusform>
            <numerusform>Ejecutando en %n modelos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Mark the better answer to add it to the team&apos;s model ranking.</source>
        <translation>Hecho. Marque la mejor respuesta para añadirla a la clasificación de modelos de su equipo.</translation>
    </message>
    <message>
        <source>Your vote was recorded.</source>
        <translation>Se ha registrado su voto.</translation>
    </message>
    <message>
        <source>Your vote could not be recorded: %1</source>
        <translation>No se pudo registrar su voto: %1</translation>
    </message>
</context>
<context>
    <name>promptdesk::CompareView</name>
    <message>
        <source>Answer from %1</source>
        <translation>Respuesta de %1</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Esperando la respuesta…</translation>
    </message>
    <message>
        <source>This answer is better</source>
        <translation>Esta respuesta es mejor</translation>
    </message>
    <message>
        <source>Mark the answer from %1 as better</source>
        <translation>Marcar la respuesta de %1 como mejor</translation>
    </message>
    <message>
        <source>%1 in · %2 out tokens</source>
        <translation>%1 tokens de entrada · %2 de salida</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>primer token a los %1 s</translation>
    </message>
    <message>
        <source>no first token</source>
        <translation>sin primer token</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>★ Better answer</source>
        <translation>★ Mejor respuesta</translation>
    </message>
</context>
<context>
    <name>promptdesk::DropZone</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Drop a document here, choose a file, or type or paste your notes. Press Ctrl+V here to paste.</source>
        <translation>Suelte un documento aquí, elija un archivo, o escriba o pegue sus notas. Pulse Ctrl+V aquí para pegar.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <source>Opens a file chooser to pick a document.</source>
        <translation>Abre un selector de archivos para elegir un documento.</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>&amp;Quitar archivo</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <source>Stops using the chosen file; your notes are used instead.</source>
        <translation>Deja de usar el archivo elegido; se usan sus notas en su lugar.</translation>
    </message>
    <message>
        <source>…or type or paste your notes here.</source>
        <translation>…o escriba o pegue sus notas aquí.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Text to work on when no file is chosen.</source>
        <translation>Texto con el que trabajar cuando no se elige ningún archivo.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Input message</source>
        <translation>Mensaje sobre la entrada</translation>
    </message>
    <message>
        <source>That file could not be found.</source>
        <translation>No se encontró ese archivo.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Please choose a single document.</source>
        <translation>«%1» es una carpeta. Elija un único documento.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: you may not have permission to read it.</source>
        <translation>«%1» no se puede abrir: puede que no tenga permiso para leerlo.</translation>
    </message>
    <message>
        <source>Only files on this computer can be used. Save the document first, then drop the saved file.</source>
        <translation>Solo se pueden usar archivos de este equipo. Guarde primero el documento y luego suelte el archivo guardado.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing Promptdesk can use. Copy some text or a file first.</source>
        <translation>El portapapeles no contiene nada que Promptdesk pueda usar. Copie primero texto o un archivo.</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Elegir un documento</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.csv *.html *.htm *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.rtf *.eml *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Documentos (*.txt *.md *.csv *.html *.htm *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.rtf *.eml *.png *.jpg *.jpeg *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <source>Drop a document here, or paste your notes</source>
        <translation>Suelte un documento aquí o pegue sus notas</translation>
    </message>
    <message>
        <source>Chosen document: %1</source>
        <translation>Documento elegido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to the list below.</source>
        <translation>
            <numerusform>%n elemento añadido a la lista de abajo.</numerusform>
            <numerusform>%n elementos añadidos a la lista de abajo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promptdesk::ExtractionTableView</name>
    <message>
        <source>Extracted data</source>
        <translation>Datos extraídos</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Exportar Excel…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Copy as Markdown table</source>
        <translation>Copiar como tabla Markdown</translation>
    </message>
    <message>
        <source>The answer did not fully match the table: %1</source>
        <translation>La respuesta no coincidió del todo con la tabla: %1</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exportar la tabla</translation>
    </message>
    <message>
        <source>extraction</source>
        <translation>extracción</translation>
    </message>
</context>
<context>
    <name>promptdesk::FirstRunDialog</name>
    <message>
        <source>Welcome to Promptdesk</source>
        <translation>Le damos la bienvenida a Promptdesk</translation>
    </message>
    <message>
        <source>• %1: stays on this computer; nothing is sent over the network.</source>
        <translation>• %1: se queda en este equipo; no se envía nada por la red.</translation>
    </message>
    <message>
        <source>• %1: sent to %2.</source>
        <translation>• %1: se envía a %2.</translation>
    </message>
    <message>
        <source>• %1: sent to %2, region %3.</source>
        <translation>• %1: se envía a %2, región %3.</translation>
    </message>
    <message>
        <source>• No service is available: your company&apos;s policy allows none.</source>
        <translation>• No hay ningún servicio disponible: la política de su empresa no permite ninguno.</translation>
    </message>
    <message>
        <source>Promptdesk summarises, rewrites and pulls facts out of your documents and notes. Here is what happens to your text.</source>
        <translation>Promptdesk resume, reescribe y extrae datos de sus documentos y notas. Esto es lo que ocurre con su texto.</translation>
    </message>
    <message>
        <source>What is sent where</source>
        <translation>Qué se envía y adónde</translation>
    </message>
    <message>
        <source>Under the policy in force (%1), the task you run uses one of:</source>
        <translation>Según la política en vigor (%1), la tarea que ejecute usa uno de estos servicios:</translation>
    </message>
    <message>
        <source>How redaction works</source>
        <translation>Cómo funciona la ocultación de datos</translation>
    </message>
    <message>
        <source>Before anything is sent, personal details such as e-mail addresses, phone numbers and card numbers are replaced on this computer with placeholders such as [EMAIL_1]. The service only ever sees the placeholders. The originals stay here and are put back only in the result you see.</source>
        <translation>Antes de enviar nada, los datos personales como direcciones de correo, números de teléfono y de tarjeta se sustituyen en este equipo por marcadores como [EMAIL_1]. El servicio solo ve los marcadores. Los originales se quedan aquí y solo se restituyen en el resultado que usted ve.</translation>
    </message>
    <message>
        <source>Your company&apos;s policy makes this step mandatory.</source>
        <translation>La política de su empresa hace obligatorio este paso.</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Qué se guarda</translation>
    </message>
    <message>
        <source>Your history is kept in your own data folder, with personal details replaced. An audit log records when a task ran, where it was sent and how many details were hidden, but never the text itself.</source>
        <translation>Su historial se guarda en su propia carpeta de datos, con los datos personales sustituidos. Un registro de auditoría anota cuándo se ejecutó una tarea, adónde se envió y cuántos datos se ocultaron, pero nunca el texto.</translation>
    </message>
    <message>
        <source>You can read this again from Help &gt; How Promptdesk protects your data.</source>
        <translation>Puede volver a leer esto en Ayuda &gt; Cómo protege Promptdesk sus datos.</translation>
    </message>
    <message>
        <source>&amp;Get started</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>promptdesk::HelpGuideDialog</name>
    <message>
        <source>Summarise</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>Turns a long document, e-mail thread or report into a short summary with the key points first. Use it to decide quickly what a document is about or to brief a colleague.</source>
        <translation>Convierte un documento largo, un hilo de correos o un informe en un resumen breve con los puntos clave primero. Sirve para saber rápido de qué trata un documento o para informar a un compañero.</translation>
    </message>
    <message>
        <source>Choose the length: short for a few sentences, long for a page.</source>
        <translation>Elija la longitud: corta para unas frases, larga para una página.</translation>
    </message>
    <message>
        <source>Long documents are summarised part by part; page numbers in the result show where a point comes from.</source>
        <translation>Los documentos largos se resumen por partes; los números de página del resultado indican de dónde sale cada punto.</translation>
    </message>
    <message>
        <source>Check names and numbers against the document before you pass the summary on.</source>
        <translation>Compruebe nombres y cifras con el documento antes de pasar el resumen.</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Reescribir</translation>
    </message>
    <message>
        <source>Tidies rough notes into clean text: a formal message, a bullet list or plain prose. The meaning stays; the wording changes.</source>
        <translation>Convierte notas sueltas en texto limpio: un mensaje formal, una lista de viñetas o prosa. El sentido se mantiene; cambia la redacción.</translation>
    </message>
    <message>
        <source>Paste your notes with Ctrl+Shift+V, or type them into the notes box.</source>
        <translation>Pegue sus notas con Ctrl+Mayús+V o escríbalas en el cuadro de notas.</translation>
    </message>
    <message>
        <source>Pick the style in the options below the task.</source>
        <translation>Elija el estilo en las opciones bajo la tarea.</translation>
    </message>
    <message>
        <source>Read the result before you send it: you stay responsible for what it says.</source>
        <translation>Lea el resultado antes de enviarlo: usted sigue siendo responsable de lo que dice.</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extraer</translation>
    </message>
    <message>
        <source>Pulls facts out of a document into a table: dates, amounts, contacts and labelled fields, such as the details of an invoice or a form.</source>
        <translation>Saca datos de un documento a una tabla: fechas, importes, contactos y campos con etiqueta, como los datos de una factura o un formulario.</translation>
    </message>
    <message>
        <source>Choose which fields you want; a custom list of column names works too.</source>
        <translation>Elija los campos que quiere; también sirve una lista propia de nombres de columna.</translation>
    </message>
    <message>
        <source>Personal details in the table are put back on this computer only; the service saw placeholders.</source>
        <translation>Los datos personales de la tabla solo se restituyen en este equipo; el servicio vio marcadores.</translation>
    </message>
    <message>
        <source>Copy the table, or save the result as a file.</source>
        <translation>Copie la tabla o guarde el resultado como archivo.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Templates of this kind</source>
        <translation>Plantillas de este tipo</translation>
    </message>
    <message>
        <source>None is available at the moment.</source>
        <translation>No hay ninguna disponible por ahora.</translation>
    </message>
    <message>
        <source>Task guide</source>
        <translation>Guía de tareas</translation>
    </message>
    <message>
        <source>Kinds of task</source>
        <translation>Tipos de tarea</translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <translation>Guía: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>promptdesk::HistoryDialog</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the personal data in new entries is not kept: they show placeholders such as [PERSON_1] instead of the originals, and searching by a person&apos;s name finds nothing for them.</source>
        <translation>El llavero del sistema no está disponible, así que los datos personales de las entradas nuevas no se guardan: muestran marcadores como [PERSON_1] en lugar de los originales, y buscar por el nombre de una persona no las encuentra.</translation>
    </message>
    <message>
        <source>Search by words, or by a person&apos;s name, e-mail or number</source>
        <translation>Buscar por palabras, o por el nombre, correo o número de una persona</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Provider and model</source>
        <translation>Proveedor y modelo</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>History entries, newest first</source>
        <translation>Entradas del historial, las más recientes primero</translation>
    </message>
    <message>
        <source>Entry preview</source>
        <translation>Vista previa de la entrada</translation>
    </message>
    <message>
        <source>Show exactly what was &amp;sent (personal data as placeholders)</source>
        <translation>Mostrar exactamente lo &amp;enviado (datos personales como marcadores)</translation>
    </message>
    <message>
        <source>&amp;Copy result</source>
        <translation>&amp;Copiar resultado</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Put this entry&apos;s input and task back into the main window.</source>
        <translation>Devolver la entrada y la tarea de este elemento a la ventana principal.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Erase all…</source>
        <translation>&amp;Borrar todo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>History is turned off: no past jobs are kept.</source>
        <translation>El historial está desactivado: no se guardan trabajos anteriores.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Todavía no hay historial.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <source>Choose an entry to see it here.</source>
        <translation>Elija una entrada para verla aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation>
            <numerusform>%n entrada elegida.</numerusform>
            <numerusform>%n entradas elegidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>This entry could not be read: %1</source>
        <translation>No se pudo leer esta entrada: %1</translation>
    </message>
    <message>
        <source>Sent to the provider:</source>
        <translation>Enviado al proveedor:</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries from your history? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n entrada del historial? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n entradas del historial? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entries could not be deleted: %1</source>
        <translation>No se pudieron eliminar las entradas: %1</translation>
    </message>
    <message>
        <source>Erase your whole history? Every entry and its originals are removed from this computer; this cannot be undone.</source>
        <translation>¿Borrar todo el historial? Todas las entradas y sus originales se eliminan de este equipo; no se puede deshacer.</translation>
    </message>
    <message>
        <source>The history could not be erased: %1</source>
        <translation>No se pudo borrar el historial: %1</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the chosen entries as JSON or Markdown.</source>
        <translation>Guardar las entradas elegidas como JSON o Markdown.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Put the original personal data back into the export? Choose No to export the text with placeholders, as it was sent.</source>
        <translation>¿Volver a poner los datos personales originales en la exportación? Elija No para exportar el texto con marcadores, tal como se envió.</translation>
    </message>
    <message>
        <source>The entries could not be exported: %1</source>
        <translation>No se pudieron exportar las entradas: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Mostrar entradas de</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Show entries of the task</source>
        <translation>Mostrar entradas de la tarea</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>T&amp;area:</translation>
    </message>
    <message>
        <source>Show entries sent to the provider</source>
        <translation>Mostrar entradas enviadas al proveedor</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Clase de datos</translation>
    </message>
    <message>
        <source>Run a&amp;gain</source>
        <translation>Ejecutar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Run the same input again with the current provider, model and task, and compare the answers side by side.</source>
        <translation>Ejecutar de nuevo la misma entrada con el proveedor, el modelo y la tarea actuales, y comparar las respuestas lado a lado.</translation>
    </message>
    <message>
        <source>Sa&amp;ve result as…</source>
        <translation>Guardar el resultado &amp;como…</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Guardar el resultado</translation>
    </message>
    <message>
        <source>Text (*.txt);;Markdown (*.md);;All files (*)</source>
        <translation>Texto (*.txt);;Markdown (*.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
</context>
<context>
    <name>promptdesk::InputList</name>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Read scans and images with &amp;OCR</source>
        <translation>Leer documentos escaneados e imágenes con &amp;OCR</translation>
    </message>
    <message>
        <source>Recognise text in scanned pages and pictures. This is slower.</source>
        <translation>Reconoce el texto de páginas escaneadas e imágenes. Es más lento.</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>Idioma del OCR</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Detener la lectura</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation>Leyendo… %1 %</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Ready, %1 pages</source>
        <translation>Listo, %1 páginas</translation>
    </message>
    <message>
        <source>No text found. It may be a scan: tick OCR to read it.</source>
        <translation>No se encontró texto. Puede que sea un documento escaneado: marque OCR para leerlo.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add several files or a folder, or paste text, HTML or a picture.</source>
        <translation>Añada varios archivos o una carpeta, o pegue texto, HTML o una imagen.</translation>
    </message>
    <message>
        <source>%1 of %2 inputs ready.</source>
        <translation>%1 de %2 entradas listas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>promptdesk::Job</name>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation>Detenido antes de enviar nada.</translation>
    </message>
    <message>
        <source>There is no template called &quot;%1&quot;.</source>
        <translation>No existe ninguna plantilla llamada «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The result mentions %n placeholder(s) that were not in your text.</source>
        <translation>
            <numerusform>El resultado menciona %n marcador que no estaba en su texto.</numerusform>
            <numerusform>El resultado menciona %n marcadores que no estaban en su texto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Leyendo el documento…</translation>
    </message>
    <message>
        <source>Hiding personal data…</source>
        <translation>Ocultando datos personales…</translation>
    </message>
    <message>
        <source>Preparing the request…</source>
        <translation>Preparando la solicitud…</translation>
    </message>
    <message>
        <source>Checking company policy…</source>
        <translation>Comprobando la política de la empresa…</translation>
    </message>
    <message>
        <source>Waiting for the result…</source>
        <translation>Esperando el resultado…</translation>
    </message>
    <message>
        <source>Writing the result…</source>
        <translation>Escribiendo el resultado…</translation>
    </message>
    <message>
        <source>Saving to history…</source>
        <translation>Guardando en el historial…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message numerus="yes">
        <source>The result contains %n piece(s) of personal data that were not in your text. Check them before you use the result.</source>
        <translation>
            <numerusform>El resultado contiene %n dato personal que no estaba en su texto. Revíselo antes de usar el resultado.</numerusform>
            <numerusform>El resultado contiene %n datos personales que no estaban en su texto. Revíselos antes de usar el resultado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only text answers can be continued.</source>
        <translation>Solo se pueden continuar las respuestas de texto.</translation>
    </message>
    <message>
        <source>Stopped; the parts done so far are kept.</source>
        <translation>Detenido; se conservan las partes ya terminadas.</translation>
    </message>
    <message>
        <source>The basic engine fills a Field/Value table; the template&apos;s own columns need an approved model.</source>
        <translation>El motor básico rellena una tabla Campo/Valor; las columnas propias de la plantilla necesitan un modelo aprobado.</translation>
    </message>
    <message>
        <source>The answer did not fully match the template&apos;s table, even after one retry.</source>
        <translation>La respuesta no coincidió del todo con la tabla de la plantilla, ni siquiera tras un reintento.</translation>
    </message>
    <message>
        <source>The answer stopped at the length limit; Continue may complete it.</source>
        <translation>La respuesta se detuvo en el límite de longitud; «Continuar» puede completarla.</translation>
    </message>
    <message>
        <source>The model declined part of the task.</source>
        <translation>El modelo rechazó parte de la tarea.</translation>
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
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Paste as input</source>
        <translation>&amp;Pegar como entrada</translation>
    </message>
    <message>
        <source>&amp;Save result as…</source>
        <translation>&amp;Guardar resultado como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy result</source>
        <translation>&amp;Copiar resultado</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Promptdesk</source>
        <translation>A&amp;cerca de Promptdesk</translation>
    </message>
    <message>
        <source>Run the chosen task on your document or notes.</source>
        <translation>Ejecuta la tarea elegida sobre su documento o notas.</translation>
    </message>
    <message>
        <source>Stop the task; what was produced so far is kept.</source>
        <translation>Detiene la tarea; lo producido hasta ahora se conserva.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Personal details hidden before sending: %1</source>
        <translation>Datos personales ocultos antes del envío: %1</translation>
    </message>
    <message>
        <source>Result copied.</source>
        <translation>Resultado copiado.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>Promptdesk result</source>
        <translation>Resultado de Promptdesk</translation>
    </message>
    <message>
        <source>Save result as</source>
        <translation>Guardar resultado como</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Guardado como «%1».</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Task guide</source>
        <translation>&amp;Guía de tareas</translation>
    </message>
    <message>
        <source>How Promptdesk &amp;protects your data</source>
        <translation>Cómo protege Promptdesk sus &amp;datos</translation>
    </message>
    <message>
        <source>&amp;Review Personal Data Before Sending</source>
        <translation>&amp;Revisar los datos personales antes de enviar</translation>
    </message>
    <message>
        <source>Reading documents…</source>
        <translation>Leyendo los documentos…</translation>
    </message>
    <message>
        <source>Pasted web content</source>
        <translation>Contenido web pegado</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <source>Compare &amp;Models…</source>
        <translation>Comparar &amp;modelos…</translation>
    </message>
    <message>
        <source>Run the chosen task on two or three approved models side by side.</source>
        <translation>Ejecuta la tarea elegida en dos o tres modelos aprobados, uno al lado del otro.</translation>
    </message>
    <message>
        <source>Model &amp;Usage</source>
        <translation>&amp;Uso de modelos</translation>
    </message>
    <message>
        <source>&amp;Manage Templates…</source>
        <translation>&amp;Gestionar plantillas…</translation>
    </message>
    <message>
        <source>%1 may not receive %2 data; Run uses %3.</source>
        <translation>%1 no puede recibir datos %2; Ejecutar usa %3.</translation>
    </message>
    <message>
        <source>Your company&apos;s policy allows no service for %1 data.</source>
        <translation>La política de su empresa no permite ningún servicio para datos %1.</translation>
    </message>
    <message>
        <source>Run uses: %1 (%2 data)</source>
        <translation>Ejecutar usa: %1 (datos %2)</translation>
    </message>
    <message>
        <source>Run uses: nothing; your company&apos;s policy allows no service for %1 data.</source>
        <translation>Ejecutar usa: nada; la política de su empresa no permite ningún servicio para datos %1.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>No encontrado: %1</translation>
    </message>
    <message>
        <source>Not sent: the text contains personal data that makes it %1, and your company&apos;s policy allows no service for that.</source>
        <translation>No enviado: el texto contiene datos personales que lo hacen %1, y la política de su empresa no permite ningún servicio para ello.</translation>
    </message>
    <message>
        <source>The text contains personal data that makes it %1.</source>
        <translation>El texto contiene datos personales que lo hacen %1.</translation>
    </message>
    <message>
        <source>The text contains personal data that makes it %1; %2 may not receive it, so Run uses %3.</source>
        <translation>El texto contiene datos personales que lo hacen %1; %2 no puede recibirlo, así que Ejecutar usa %3.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Find, reopen and delete your past jobs.</source>
        <translation>Buscar, reabrir y eliminar sus trabajos anteriores.</translation>
    </message>
    <message>
        <source>Reopened from your history.</source>
        <translation>Reabierto desde su historial.</translation>
    </message>
    <message numerus="yes">
        <source>%n history entries reached the end of their retention and were deleted.</source>
        <translation>
            <numerusform>%n entrada del historial llegó al final de su plazo de conservación y se eliminó.</numerusform>
            <numerusform>%n entradas del historial llegaron al final de su plazo de conservación y se eliminaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is not available: your history keeps only the text with personal data replaced by placeholders, not the originals, so reopened entries show [PERSON_1] and the like. Results in this window are not affected.</source>
        <translation>El llavero del sistema no está disponible: su historial solo guarda el texto con los datos personales sustituidos por marcadores, no los originales, así que las entradas reabiertas muestran [PERSON_1] y similares. Los resultados de esta ventana no se ven afectados.</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Aviso del llavero</translation>
    </message>
    <message>
        <source>Wait for the current job to finish, then run it again.</source>
        <translation>Espere a que termine el trabajo actual y vuelva a ejecutarlo.</translation>
    </message>
</context>
<context>
    <name>promptdesk::OfflineStream</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
</context>
<context>
    <name>promptdesk::OutputFile</name>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>No se pudo crear «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2. The disk may be full or the folder read-only.</source>
        <translation>No se pudo guardar «%1»: %2. Puede que el disco esté lleno o la carpeta sea de solo lectura.</translation>
    </message>
</context>
<context>
    <name>promptdesk::OutputView</name>
    <message>
        <source>Made by the built-in basic engine (no AI): sentences are picked from your text.</source>
        <translation>Hecho por el motor básico integrado (sin IA): las frases se toman de su texto.</translation>
    </message>
    <message>
        <source>The result will appear here.</source>
        <translation>El resultado aparecerá aquí.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The result of the task, as formatted text.</source>
        <translation>El resultado de la tarea, como texto con formato.</translation>
    </message>
    <message>
        <source>(stopped — nothing was produced)</source>
        <translation>(detenido — no se produjo nada)</translation>
    </message>
    <message>
        <source>(stopped — partial result)</source>
        <translation>(detenido — resultado parcial)</translation>
    </message>
    <message>
        <source>(partial result below)</source>
        <translation>(resultado parcial abajo)</translation>
    </message>
    <message>
        <source>The result was cut short: it reached the length limit.</source>
        <translation>El resultado se cortó: alcanzó el límite de longitud.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>promptdesk::PageSourceDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Page %1 (%2)</source>
        <translation>Página %1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Texto de %1</translation>
    </message>
</context>
<context>
    <name>promptdesk::PolicyBanner</name>
    <message>
        <source>Company policy</source>
        <translation>Política de empresa</translation>
    </message>
    <message>
        <source>Development mode: the unsigned policy &quot;%1&quot; is in force. Unsigned policies are accepted only because PROMPTDESK_POLICY_DEVELOPMENT is set; never use this for real work.</source>
        <translation>Modo de desarrollo: está en vigor la política sin firmar «%1». Las políticas sin firmar solo se aceptan porque PROMPTDESK_POLICY_DEVELOPMENT está definido; no lo use nunca para trabajo real.</translation>
    </message>
    <message>
        <source>No company policy is installed: only the offline engine (basic results, nothing leaves this computer) is available.</source>
        <translation>No hay ninguna política de empresa instalada: solo está disponible el motor sin conexión (resultados básicos, nada sale de este equipo).</translation>
    </message>
    <message>
        <source>Only the offline engine is available. %1</source>
        <translation>Solo está disponible el motor sin conexión. %1</translation>
    </message>
    <message>
        <source>The company policy &quot;%1&quot; expired on %2 and is kept only for a short grace period. Ask IT for the renewed policy.</source>
        <translation>La política de empresa «%1» caducó el %2 y solo se mantiene durante un breve período de gracia. Pida la política renovada a TI.</translation>
    </message>
    <message>
        <source>The company policy &quot;%1&quot; expires on %2. After that only the offline engine will be available until IT deploys the renewed policy.</source>
        <translation>La política de empresa «%1» caduca el %2. Después solo estará disponible el motor sin conexión hasta que TI despliegue la política renovada.</translation>
    </message>
    <message>
        <source>Development mode: the policy &quot;%1&quot; is signed by a key that this computer does not trust (it came with the policy&apos;s own folder), so it is not your company&apos;s policy. Never use this for real work.</source>
        <translation>Modo de desarrollo: la política «%1» está firmada con una clave en la que este ordenador no confía (venía en la propia carpeta de la política), así que no es la política de su empresa. No la use nunca para trabajo real.</translation>
    </message>
</context>
<context>
    <name>promptdesk::RerunDialog</name>
    <message>
        <source>Run again</source>
        <translation>Ejecutar de nuevo</translation>
    </message>
    <message>
        <source>Before: %1, %2</source>
        <translation>Antes: %1, %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>The earlier answer</source>
        <translation>La respuesta anterior</translation>
    </message>
    <message>
        <source>The new answer</source>
        <translation>La respuesta nueva</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Done · %1</source>
        <translation>Listo · %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>promptdesk::ResultPanel</name>
    <message>
        <source>Exported “%1”.</source>
        <translation>Se exportó «%1».</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Continuar la respuesta</translation>
    </message>
    <message>
        <source>The answer stopped at the length limit: ask the model to go on.</source>
        <translation>La respuesta se detuvo en el límite de longitud: pida al modelo que continúe.</translation>
    </message>
</context>
<context>
    <name>promptdesk::ReviewDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Social security no.</source>
        <translation>N.º de la seguridad social</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>Permiso de conducir</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>NI number</source>
        <translation>Número NI (Reino Unido)</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <source>Custom term</source>
        <translation>Término personalizado</translation>
    </message>
    <message>
        <source>Check what will be sent</source>
        <translation>Revisar lo que se enviará</translation>
    </message>
    <message>
        <source>Personal data found in your text is marked below and will be replaced before sending. Untick anything that is not personal, or select text and press &quot;Redact selection&quot; to hide more.</source>
        <translation>Los datos personales encontrados en su texto aparecen marcados abajo y se sustituirán antes del envío. Desmarque lo que no sea personal, o seleccione texto y pulse «Ocultar selección» para ocultar más.</translation>
    </message>
    <message>
        <source>Your text with personal data marked</source>
        <translation>Su texto con los datos personales marcados</translation>
    </message>
    <message>
        <source>Kinds of personal data, tick to redact all of a kind</source>
        <translation>Tipos de datos personales: marque uno para ocultar todos los datos de ese tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Ocultos</translation>
    </message>
    <message>
        <source>Each item found, tick to redact it</source>
        <translation>Cada elemento encontrado: márquelo para ocultarlo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind for the selected text</source>
        <translation>Tipo para el texto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Redact selection</source>
        <translation>&amp;Ocultar selección</translation>
    </message>
    <message>
        <source>Hide the text selected above (Ctrl+R)</source>
        <translation>Ocultar el texto seleccionado arriba (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>What the provider will see</source>
        <translation>Lo que verá el proveedor</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Your &amp;text</source>
        <translation>Su &amp;texto</translation>
    </message>
    <message>
        <source>&amp;Kinds found</source>
        <translation>T&amp;ipos encontrados</translation>
    </message>
    <message>
        <source>&amp;Items found</source>
        <translation>E&amp;lementos encontrados</translation>
    </message>
    <message>
        <source>What the &amp;provider will see</source>
        <translation>Lo que verá el &amp;proveedor</translation>
    </message>
    <message>
        <source>Your organisation requires these to stay hidden: %1.</source>
        <translation>Su organización exige que estos datos permanezcan ocultos: %1.</translation>
    </message>
    <message>
        <source>%1, not hidden</source>
        <translation>%1, sin ocultar</translation>
    </message>
    <message>
        <source>Hidden (required)</source>
        <translation>Oculto (obligatorio)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Sent as written</source>
        <translation>Se envía tal cual</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatorio)</translation>
    </message>
    <message>
        <source>%1 of %2 items will be hidden.</source>
        <translation>Se ocultarán %1 de %2 elementos.</translation>
    </message>
    <message>
        <source>Select the text to hide first (Shift and the arrow keys).</source>
        <translation>Seleccione primero el texto que desea ocultar (Mayús y las teclas de flecha).</translation>
    </message>
    <message>
        <source>That text cannot be marked: it cuts into something that must stay hidden.</source>
        <translation>Ese texto no se puede ocultar: se solapa con algo que debe permanecer oculto.</translation>
    </message>
</context>
<context>
    <name>promptdesk::RunTargetChooser</name>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <source>Provider and model</source>
        <translation>Proveedor y modelo</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Clase de datos</translation>
    </message>
    <message>
        <source>How sensitive the input is. Your company&apos;s policy decides which services may receive each class; it is raised automatically when the text contains certain personal data.</source>
        <translation>Lo sensible que es la entrada. La política de su empresa decide qué servicios pueden recibir cada clase; se eleva automáticamente cuando el texto contiene ciertos datos personales.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>Sen&amp;d to:</source>
        <translation>Envia&amp;r a:</translation>
    </message>
    <message>
        <source>Dat&amp;a:</source>
        <translation>Dat&amp;os:</translation>
    </message>
</context>
<context>
    <name>promptdesk::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages, and how dates and numbers are written.</source>
        <translation>El idioma de menús, botones y mensajes, y cómo se escriben las fechas y los números.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Preferences are saved in %1.</source>
        <translation>Las preferencias se guardan en %1.</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Guardar preferencias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your administrator has set the language for this computer.</source>
        <translation>Su administrador ha fijado el idioma de este equipo.</translation>
    </message>
    <message>
        <source>The new language is used the next time Promptdesk starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie Promptdesk.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Keep a history of my jobs</source>
        <translation>&amp;Guardar un historial de mis trabajos</translation>
    </message>
    <message>
        <source>Never (keep until I delete them)</source>
        <translation>Nunca (conservar hasta que las elimine)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Delete history entries after this many days</source>
        <translation>Eliminar las entradas del historial después de estos días</translation>
    </message>
    <message>
        <source>&amp;Delete entries after:</source>
        <translation>&amp;Eliminar entradas después de:</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Bloqueado: %1</translation>
    </message>
    <message>
        <source>When you press OK, new jobs are no longer kept and the entries kept so far are erased from this computer.</source>
        <translation>Al pulsar Aceptar, los trabajos nuevos dejan de guardarse y las entradas guardadas hasta ahora se borran de este equipo.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so entries keep the text with placeholders only, not the personal data.</source>
        <translation>El llavero del sistema no está disponible, así que las entradas solo guardan el texto con marcadores, no los datos personales.</translation>
    </message>
    <message>
        <source>History is off, but the entries kept so far could not be erased: %1</source>
        <translation>El historial está desactivado, pero las entradas guardadas hasta ahora no se pudieron borrar: %1</translation>
    </message>
</context>
<context>
    <name>promptdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>promptdesk::TemplateEditor</name>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Reescribir</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extraer</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Texto (Markdown)</translation>
    </message>
    <message>
        <source>Table (JSON schema)</source>
        <translation>Tabla (esquema JSON)</translation>
    </message>
    <message>
        <source>Paste a short sample text here to preview the prompt.</source>
        <translation>Pegue aquí un texto de ejemplo breve para ver la instrucción.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Salida:</translation>
    </message>
    <message>
        <source>&amp;Longest answer (tokens):</source>
        <translation>Respuesta más &amp;larga (tokens):</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Indicaciones:</translation>
    </message>
    <message>
        <source>&amp;Prompt ({{document}} marks the text):</source>
        <translation>Instr&amp;ucción ({{document}} marca el texto):</translation>
    </message>
    <message>
        <source>&amp;Variables (JSON):</source>
        <translation>&amp;Variables (JSON):</translation>
    </message>
    <message>
        <source>Table &amp;schema (JSON):</source>
        <translation>Es&amp;quema de la tabla (JSON):</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>Share (e&amp;xport)…</source>
        <translation>Compartir (e&amp;xportar)…</translation>
    </message>
    <message>
        <source>Template (locked by your organisation)</source>
        <translation>Plantilla (bloqueada por su organización)</translation>
    </message>
    <message>
        <source>Template (built in — duplicate it to make changes)</source>
        <translation>Plantilla (integrada: duplíquela para hacer cambios)</translation>
    </message>
    <message>
        <source>Your template</source>
        <translation>Su plantilla</translation>
    </message>
    <message>
        <source>The variables are not valid JSON: %1.</source>
        <translation>Las variables no son JSON válido: %1.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already used by another template.</source>
        <translation>El id «%1» ya lo usa otra plantilla.</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Indicaciones:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Instrucción:</translation>
    </message>
    <message>
        <source>The template is valid.</source>
        <translation>La plantilla es válida.</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>Por corregir: %1</translation>
    </message>
    <message>
        <source>Sa&amp;mple text:</source>
        <translation>Texto de eje&amp;mplo:</translation>
    </message>
    <message>
        <source>P&amp;review of what is sent:</source>
        <translation>Vista p&amp;revia de lo que se envía:</translation>
    </message>
    <message>
        <source>Sample text</source>
        <translation>Texto de ejemplo</translation>
    </message>
    <message>
        <source>Preview of what is sent</source>
        <translation>Vista previa de lo que se envía</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>promptdesk::TemplateManagerDialog</name>
    <message>
        <source>built in, locked by your company</source>
        <translation>integrada, bloqueada por su empresa</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integrada</translation>
    </message>
    <message>
        <source>from your company, locked</source>
        <translation>de su empresa, bloqueada</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>suya</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Reescribir</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extraer</translation>
    </message>
    <message>
        <source>Manage Templates</source>
        <translation>Gestionar plantillas</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Plantillas:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open template</source>
        <translation>Abrir la plantilla</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>Duplicar la plantilla</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar la plantilla</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation>Importar un archivo de plantilla</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the template to a file</source>
        <translation>Exportar la plantilla a un archivo</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importar una plantilla</translation>
    </message>
    <message>
        <source>Template files (%1)</source>
        <translation>Archivos de plantilla (%1)</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Se importó «%1».</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Exportar la plantilla</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Se exportó a «%1».</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Mi plantilla</translation>
    </message>
    <message>
        <source>Only your own templates can be deleted.</source>
        <translation>Solo se pueden eliminar sus propias plantillas.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminada.</translation>
    </message>
    <message>
        <source>The id “%1” belongs to a built-in or company template.</source>
        <translation>El id «%1» pertenece a una plantilla integrada o de la empresa.</translation>
    </message>
    <message>
        <source>Choose a template first.</source>
        <translation>Elija primero una plantilla.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
</context>
<context>
    <name>promptdesk::TemplatePicker</name>
    <message>
        <source>What should Promptdesk do?</source>
        <translation>¿Qué debe hacer Promptdesk?</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>promptdesk::TemplateRunController</name>
    <message>
        <source>chunk %1 of %2</source>
        <translation>parte %1 de %2</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>This document is long: it will be sent in %1 parts (about %2 tokens).</source>
        <translation>Este documento es largo: se enviará en %1 partes (unos %2 tokens).</translation>
    </message>
    <message>
        <source>Estimated cost: at most %1.</source>
        <translation>Coste estimado: como máximo %1.</translation>
    </message>
    <message>
        <source>The cost cannot be estimated: the model has no price in the policy.</source>
        <translation>No se puede estimar el coste: la política no indica ningún precio para el modelo.</translation>
    </message>
    <message>
        <source>Waiting for your go-ahead…</source>
        <translation>Esperando su confirmación…</translation>
    </message>
    <message>
        <source>Long document</source>
        <translation>Documento largo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Parts go to %1, the answer comes from %2.</source>
        <translation>Las partes van a %1, la respuesta viene de %2.</translation>
    </message>
    <message>
        <source>Running on %1: nothing leaves this computer.</source>
        <translation>Se ejecuta con %1: nada sale de este ordenador.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Sending to %1 · %2 as %3 data · about %4 tokens</source>
        <translation>Enviando a %1 · %2 como datos %3 · unos %4 tokens</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>this month %1 of %2</source>
        <translation>este mes %1 de %2</translation>
    </message>
</context>
<context>
    <name>promptdesk::UsageDashboard</name>
    <message>
        <source>No comparisons yet. Compare two models and mark the better answer to build your team&apos;s own ranking.</source>
        <translation>Aún no hay comparaciones. Compare dos modelos y marque la mejor respuesta para crear la clasificación de su equipo.</translation>
    </message>
    <message>
        <source>Win rates per model</source>
        <translation>Porcentaje de victorias por modelo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparado</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Porcentaje de victorias</translation>
    </message>
</context>
<context>
    <name>promptdesk::UsageDialog</name>
    <message>
        <source>Model Usage</source>
        <translation>Uso de modelos</translation>
    </message>
    <message>
        <source>How often each model&apos;s answer was marked better when you compared models.</source>
        <translation>Cuántas veces se marcó como mejor la respuesta de cada modelo al comparar modelos.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The comparisons could not be read: %1</source>
        <translation>No se pudieron leer las comparaciones: %1</translation>
    </message>
</context>
</TS>
