<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>Only one document at a time: using “%1”.</source>
        <translation>Solo un documento a la vez: se usa «%1».</translation>
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
        <source>Documents (*.txt *.md *.html *.htm *.pdf *.docx *.odt *.eml *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Documentos (*.txt *.md *.html *.htm *.pdf *.docx *.odt *.eml *.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
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
</context>
<context>
    <name>promptdesk::Job</name>
    <message>
        <source>Stopped before anything was sent.</source>
        <translation>Detenido antes de enviar nada.</translation>
    </message>
    <message>
        <source>There is no template called "%1".</source>
        <translation>No existe ninguna plantilla llamada «%1».</translation>
    </message>
    <message>
        <source>There is no provider called "%1".</source>
        <translation>No existe ningún proveedor llamado «%1».</translation>
    </message>
    <message>
        <source>The audit log could not be written, so nothing was sent.</source>
        <translation>No se pudo escribir el registro de auditoría, así que no se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>The result mentions %n placeholder(s) that were not in your text.</source>
        <translation><numerusform>El resultado menciona %n marcador que no estaba en su texto.</numerusform><numerusform>El resultado menciona %n marcadores que no estaban en su texto.</numerusform></translation>
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
        <source>Result</source>
        <translation>Resultado</translation>
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
        <source>Provider: %1 · %2</source>
        <translation>Proveedor: %1 · %2</translation>
    </message>
    <message>
        <source>Provider: none available</source>
        <translation>Proveedor: ninguno disponible</translation>
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
    <name>promptdesk::TemplatePicker</name>
    <message>
        <source>What should Promptdesk do?</source>
        <translation>¿Qué debe hacer Promptdesk?</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
</context>
</TS>
