<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="+42"/>
        <source>About VisaCase</source>
        <translation>Acerca de VisaCase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;VisaCase {0}&lt;/h2&gt;&lt;p&gt;One local file per refused US visa case, its status timeline and a labelled resubmission packet.&lt;/p&gt;&lt;p&gt;VisaCase is free software: you can share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;VisaCase {0}&lt;/h2&gt;&lt;p&gt;Un archivo local por cada caso de visa estadounidense rechazada, con su cronología de estados y un paquete de reenvío etiquetado.&lt;/p&gt;&lt;p&gt;VisaCase es software libre: puede compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior. Se ofrece sin ninguna garantía.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licence (GPL-3.0)</source>
        <translation>Licencia (GPL-3.0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party notices</source>
        <translation>Avisos de terceros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/applicant_dialog.py" line="+50"/>
        <source>Add applicant</source>
        <translation>Añadir solicitante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as on the passport</source>
        <translation>como en el pasaporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Dependent (spouse, child…)</source>
        <translation>Dependiente (cónyuge, hijo…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal applicant</source>
        <translation>Solicitante principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>6 to 12 letters or digits, as printed.</source>
        <translation>De 6 a 12 letras o dígitos, tal como aparecen impresos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>not given</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Visa class</source>
        <translation>Clase de visa</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Application ID or case number</source>
        <translation>ID de solicitud o número de caso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit applicant</source>
        <translation>Editar solicitante</translation>
    </message>
</context>
<context>
    <name>CaseEdits</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_edits.py" line="+76"/>
        <source>Undone: {0}</source>
        <translation>Deshecho: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {0}</source>
        <translation>Hecho: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redone: {0}</source>
        <translation>Rehecho: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accept {0}</source>
        <translation>Aceptar {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject {0}</source>
        <translation>Rechazar {0}</translation>
    </message>
</context>
<context>
    <name>CaseIdField</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/case_id_field.py" line="+19"/>
        <source>Application ID or case number</source>
        <translation>ID de solicitud o número de caso</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/changes_model.py" line="+61"/>
        <source>⚠ No evidence yet: link a document that proves it.</source>
        <translation>⚠ Aún no hay pruebas: vincule un documento que lo demuestre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document {0}</source>
        <translation>documento {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Evidence: {0}</source>
        <translation>✓ Prueba: {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/checklist_panel.py" line="+15"/>
        <source>drop off at the visa application center</source>
        <translation>entregar en el centro de solicitud de visas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send by courier</source>
        <translation>enviar por mensajería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send by email</source>
        <translation>enviar por correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bring in person</source>
        <translation>llevar en persona</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>221(g) checklist</source>
        <translation>Lista 221(g)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a document from the list on the left onto an item to say it answers it, or drop files from your computer straight onto the item.</source>
        <translation>Arrastre un documento de la lista de la izquierda a un punto para indicar que lo responde, o suelte archivos de su computadora directamente sobre el punto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No 221(g) slip recorded yet. Add the slip as a document, then accept </source>
        <translation>Aún no se ha registrado ninguna hoja 221(g). Añada la hoja como documento y luego acepte </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its suggestions (or use visacase notice) to list what was asked for.</source>
        <translation>sus sugerencias (o use visacase notice) para listar lo que se pidió.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;221(g) slip&lt;/b&gt; of {0}</source>
        <translation>&lt;b&gt;Hoja 221(g)&lt;/b&gt; del {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;221(g) slip&lt;/b&gt; (date not recorded)</source>
        <translation>&lt;b&gt;Hoja 221(g)&lt;/b&gt; (fecha no registrada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} slip</source>
        <translation>Hoja {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>administrative processing only: nothing to send</source>
        <translation>solo procesamiento administrativo: no hay nada que enviar</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_app/gui/app/crash.py" line="+45"/>
        <source>Check your case file before going on: {0}</source>
        <translation>Revise su archivo de caso antes de continuar: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your case file was checked and is safe: every change is saved as it happens.</source>
        <translation>Su archivo de caso se revisó y está a salvo: cada cambio se guarda en el momento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong inside VisaCase.</source>
        <translation>Algo falló dentro de VisaCase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A log for a bug report is in {0}; please send it with the details.</source>
        <translation>Hay un registro para el informe de error en {0}; envíelo junto con los detalles.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/details.py" line="+54"/>
        <source>Document title</source>
        <translation>Título del documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of the document</source>
        <translation>Fecha del documento</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Applicant the document belongs to</source>
        <translation>Solicitante al que pertenece el documento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No text was read from this document yet.</source>
        <translation>Todavía no se ha leído texto de este documento.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Text read from the document</source>
        <translation>Texto leído del documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions to confirm</source>
        <translation>Sugerencias por confirmar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Whole case</source>
        <translation>Todo el caso</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— page %1 —</source>
        <translation>— página %1 —</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show full identifiers (Ctrl+Shift+I) to edit this title.</source>
        <translation>Muestre los identificadores completos (Ctrl+Shift+I) para editar este título.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept suggestion</source>
        <translation>Aceptar sugerencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject suggestion</source>
        <translation>Rechazar sugerencia</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>probably</source>
        <translation>probablemente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}{1} (read as {2})</source>
        <translation>{0}{1} (leído como {2})</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/documents_model.py" line="+31"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>DocumentsTable</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/documents_table.py" line="+36"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/event_dialog.py" line="+31"/>
        <source>Passport update</source>
        <translation>Novedad del pasaporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the courier or visa application center says, e.g. “ready for pickup”.</source>
        <translation>Lo que dice la mensajería o el centro de solicitud de visas, p. ej., «listo para recoger».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email sent</source>
        <translation>Correo enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To whom, and what you asked or sent.</source>
        <translation>A quién, y qué pidió o envió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email received</source>
        <translation>Correo recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who wrote, and what they said.</source>
        <translation>Quién escribió y qué dijo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything worth remembering, e.g. what the officer said.</source>
        <translation>Cualquier cosa que valga la pena recordar, p. ej., lo que dijo el funcionario.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+13"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Whole case</source>
        <translation>Todo el caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to timeline</source>
        <translation>Añadir a la cronología</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is added to the timeline and saved in the case file at once.</source>
        <translation>Se añade a la cronología y se guarda en el archivo del caso de inmediato.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/followup_dialog.py" line="+41"/>
        <source>Follow-up email</source>
        <translation>Correo de seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consulate&apos;s inquiry address, if you have it</source>
        <translation>La dirección de consultas del consulado, si la tiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy subject</source>
        <translation>Copiar asunto</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VisaCase sends nothing. Check the text, then copy it or open it in your own mail app.</source>
        <translation>VisaCase no envía nada. Revise el texto y luego cópielo o ábralo en su propia aplicación de correo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Open in mail app</source>
        <translation>Abrir en la aplicación de correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Mark as sent</source>
        <translation>Marcar como enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add “Email sent” to the timeline, dated today</source>
        <translation>Añadir «Correo enviado» a la cronología, con fecha de hoy</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied. Paste it into your email.</source>
        <translation>Copiado. Péguelo en su correo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened in your mail app. Nothing was sent yet.</source>
        <translation>Abierto en su aplicación de correo. Todavía no se envió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mail app answered. Copy the message and paste it into your email.</source>
        <translation>Ninguna aplicación de correo respondió. Copie el mensaje y péguelo en su correo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added “Email sent” to the timeline.</source>
        <translation>Se añadió «Correo enviado» a la cronología.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="+42"/>
        <source>VisaCase guide</source>
        <translation>Guía de VisaCase</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/contents.py" line="+64"/>
        <source>VisaCase — {0}</source>
        <translation>VisaCase — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no applicants yet</source>
        <translation>aún no hay solicitantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/main_window.py" line="+127"/>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/contents.py" line="+35"/>
        <source>Edit “{0}”</source>
        <translation>Editar «{0}»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link to “{0}”</source>
        <translation>Vincular a «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/main_window.py" line="+68"/>
        <source>This case is open read-only.</source>
        <translation>Este caso está abierto en solo lectura.</translation>
    </message>
</context>
<context>
    <name>MissedBand</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_deadlines.py" line="+27"/>
        <source>Missed deadline</source>
        <translation>Plazo vencido</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_case_dialog.py" line="+26"/>
        <source>221(g) — documents requested or administrative processing</source>
        <translation>221(g): documentos solicitados o procesamiento administrativo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>214(b) — refused</source>
        <translation>214(b): rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ground</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure yet</source>
        <translation>Aún no lo sé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as on the passport</source>
        <translation>como en el pasaporte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. U.S. Embassy Manila</source>
        <translation>p. ej., Embajada de EE. UU. en Manila</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application ID or case number</source>
        <translation>ID de solicitud o número de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy or consulate</source>
        <translation>Embajada o consulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa class</source>
        <translation>Clase de visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect this case with a passphrase</source>
        <translation>Proteger este caso con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole file is encrypted. A forgotten passphrase cannot be recovered.</source>
        <translation>Todo el archivo se cifra. Una frase de contraseña olvidada no se puede recuperar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>at least {0} characters</source>
        <translation>al menos {0} caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>again, to be sure</source>
        <translation>otra vez, para estar seguro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose at least {0} characters.</source>
        <translation>Elija al menos {0} caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/options_panel.py" line="+30"/>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplex: every section starts on a right-hand page</source>
        <translation>&amp;Doble cara: cada sección empieza en una página derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hrink pages so the stamp never covers them</source>
        <translation>&amp;Reducir las páginas para que el sello nunca las tape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Limit each file to</source>
        <translation>&amp;Limitar cada archivo a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For posts that take documents by email; images are reduced only as needed.</source>
        <translation>Para oficinas que reciben documentos por correo; las imágenes solo se reducen lo necesario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size budget in megabytes</source>
        <translation>Límite de tamaño en megabytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;ver sheet</source>
        <translation>P&amp;ortada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Index</source>
        <translation>Í&amp;ndice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tab page before each section</source>
        <translation>Página &amp;separadora antes de cada sección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also save a &amp;collation checklist to tick off</source>
        <translation>Guardar también una lista de &amp;cotejo para marcar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One page listing the pile in order, saved beside the packet as NAME-checklist.pdf.</source>
        <translation>Una página con la pila en orden, guardada junto al paquete como NAME-checklist.pdf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/order_panel.py" line="+33"/>
        <source>Sections and documents in packet order</source>
        <translation>Secciones y documentos en el orden del paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cover sheet, the 221(g) letter and the index come first. Drag sections and documents to reorder them; double-click or press F2 to rename one, untick one to leave it out.</source>
        <translation>La portada, la carta 221(g) y el índice van primero. Arrastre secciones y documentos para reordenarlos; haga doble clic o pulse F2 para renombrar uno, desmarque uno para dejarlo fuera.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Order&lt;/b&gt;</source>
        <translation>&lt;b&gt;Orden&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../../desktop_app/gui/packet/packet_dialog.py" line="+83"/>
        <source>Resubmission packet</source>
        <translation>Paquete de reenvío</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warnings before sending</source>
        <translation>Advertencias antes de enviar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Before you send&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antes de enviar&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mark as submitted…</source>
        <translation>&amp;Marcar como entregado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting for changes to settle…</source>
        <translation>Esperando a que terminen los cambios…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Building the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0:,.0f} KB</source>
        <translation>{0:,.0f} KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in {0} files; showing the first</source>
        <translation> en {0} archivos; se muestra el primero</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No warnings.</source>
        <translation>Sin advertencias.</translation>
    </message>
</context>
<context>
    <name>PacketOrderModel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/order_model.py" line="+128"/>
        <source>Show full identifiers (Ctrl+Shift+I) to rename it.</source>
        <translation>Muestre los identificadores completos (Ctrl+Shift+I) para cambiarle el nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab page title: F2 to rename it, drag to move the section.</source>
        <translation>Título de la página separadora: F2 para renombrarla, arrastre para mover la sección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label in the index and on its pages: F2 to rename, drag to move, untick to leave it out of the packet.</source>
        <translation>Etiqueta en el índice y en sus páginas: F2 para renombrar, arrastre para mover, desmarque para dejarlo fuera del paquete.</translation>
    </message>
</context>
<context>
    <name>PacketSending</name>
    <message>
        <location filename="../../desktop_app/gui/packet/sending.py" line="+88"/>
        <location line="+30"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Printing page {0} of {1}…</source>
        <translation>Imprimiendo la página {0} de {1}…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+14"/>
        <source>Mark as submitted</source>
        <translation>Marcar como entregado</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save the packet as PDF first, so the case keeps what you hand in.</source>
        <translation>Guarde primero el paquete como PDF, para que el caso conserve lo que entrega.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record that {0} ({1} pages, saved {2}) was submitted today?</source>
        <translation>¿Registrar que {0} ({1} páginas, guardado el {2}) se entregó hoy?</translation>
    </message>
</context>
<context>
    <name>PageThumbnails</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/page_thumbnails.py" line="+30"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/preview.py" line="+59"/>
        <source>Select a document to see it here.

Drop scans, photos or PDFs on the window to add them.</source>
        <translation>Seleccione un documento para verlo aquí.

Suelte escaneos, fotos o PDF en la ventana para añadirlos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>of {0}</source>
        <translation>de {0}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No preview for {0} ({1}).</source>
        <translation>No hay vista previa de {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/gui/packet/preview_pane.py" line="+32"/>
        <source>Packet preview</source>
        <translation>Vista previa del paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to page</source>
        <translation>Ir a la página</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifiers are masked in the preview, as in the window; the packet you save or print has them in full.</source>
        <translation>La vista previa oculta los identificadores, como la ventana; el paquete que guarde o imprima los lleva completos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The preview could not be opened.</source>
        <translation>No se pudo abrir la vista previa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>of {0}</source>
        <translation>de {0}</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_actions.py" line="+34"/>
        <source>Export packet</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building packet: step {0} of {1}…</source>
        <translation>Creando el paquete: paso {0} de {1}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to {0} ({1} pages).</source>
        <translation>Exportado a {0} ({1} páginas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packet ready</source>
        <translation>Paquete listo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0}: {1} pages, {2:,.0f} KB. Every page carries its label and page number.</source>
        <translation>Guardado {0}: {1} páginas, {2:,.0f} KB. Cada página lleva su etiqueta y su número.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_watch.py" line="+85"/>
        <source>{0}

Changes can no longer be saved into it. Save a copy of what this window still has open?</source>
        <translation>{0}

Ya no se pueden guardar cambios en él. ¿Guardar una copia de lo que esta ventana todavía tiene abierto?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case file missing</source>
        <translation>Falta el archivo del caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved a copy as {0}. Open it with Case ▸ Open case… to go on.</source>
        <translation>Se guardó una copia como {0}. Ábrala con Caso ▸ Abrir caso… para continuar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/clipboard.py" line="+25"/>
        <location line="+15"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This case is open read-only.</source>
        <translation>Este caso está abierto en solo lectura.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The picture could not be read.</source>
        <translation>No se pudo leer la imagen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/asking.py" line="+58"/>
        <source>Protected case</source>
        <translation>Caso protegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is protected. Passphrase:</source>
        <translation>{0} está protegido. Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app/file_actions.py" line="+56"/>
        <source>Save the new case as</source>
        <translation>Guardar el caso nuevo como</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+58"/>
        <location line="+31"/>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{0}

Open it read-only, to look without changing anything?</source>
        <translation>{0}

¿Abrirlo en solo lectura, para mirar sin cambiar nada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case in use</source>
        <translation>Caso en uso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/import_flow.py" line="+42"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {0} of {1}…</source>
        <translation>Importando {0} de {1}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} added, {1} already in the case, {2} refused</source>
        <translation>{0} añadidos, {1} ya estaban en el caso, {2} rechazados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some files were not added</source>
        <translation>Algunos archivos no se añadieron</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import {0} document(s)</source>
        <translation>Importar {0} documento(s)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading text</source>
        <translation>Leyendo el texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading text {0} of {1}…</source>
        <translation>Leyendo el texto {0} de {1}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text recognition</source>
        <translation>Reconocimiento de texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+23"/>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New case…</source>
        <translation>Caso &amp;nuevo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Abrir caso…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/menus.py" line="+40"/>
        <source>Add &amp;applicant…</source>
        <translation>Añadir &amp;solicitante…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export packet…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste CEAC &amp;status…</source>
        <translation>Pegar es&amp;tado de CEAC…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in documents</source>
        <translation>&amp;Buscar en los documentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+5"/>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/menus.py" line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit a&amp;pplicant</source>
        <translation>Editar &amp;solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve applicant</source>
        <translation>Elimi&amp;nar solicitante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste picture, files or CEAC text</source>
        <translation>&amp;Pegar imagen, archivos o texto de CEAC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show full &amp;identifiers</source>
        <translation>Mostrar &amp;identificadores completos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application IDs and case numbers are partly hidden unless you show them.</source>
        <translation>Los ID de solicitud y los números de caso se ocultan en parte, a menos que los muestre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Timeline</source>
        <translation>Crono&amp;logía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+6"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VisaCase &amp;guide</source>
        <translation>&amp;Guía de VisaCase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;log folder</source>
        <translation>Mostrar carpeta de &amp;registros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About VisaCase</source>
        <translation>&amp;Acerca de VisaCase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packet/packet_dialog.py" line="+53"/>
        <source>Packet</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/status_paste.py" line="+24"/>
        <source>Paste CEAC status</source>
        <translation>Pegar estado de CEAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the text of the CEAC status page first, then paste it here.</source>
        <translation>Copie primero el texto de la página de estado de CEAC y luego péguelo aquí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status: {0}{1}
Last updated: {2}

{3}

Record this observation?</source>
        <translation>Estado: {0}{1}
Última actualización: {2}

{3}

¿Registrar esta observación?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CEAC status</source>
        <translation>Estado de CEAC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record status {0}</source>
        <translation>Registrar el estado {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status recorded: {0}{1}, last updated {2}.</source>
        <translation>Estado registrado: {0}{1}; última actualización: {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_deadlines.py" line="+15"/>
        <source>Save deadlines to calendar</source>
        <translation>Guardar plazos en el calendario</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n open deadline(s) saved to {0}. Open the file with your calendar; saving it again later updates the same entries.</source>
        <translation>
            <numerusform>%n plazo abierto guardado en {0}. Abra el archivo con su calendario; si lo guarda de nuevo más tarde, se actualizan las mismas entradas.</numerusform>
            <numerusform>%n plazos abiertos guardados en {0}. Abra el archivo con su calendario; si lo guarda de nuevo más tarde, se actualizan las mismas entradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/applicant_actions.py" line="+27"/>
        <source>Add {0}</source>
        <translation>Añadir a {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit {0}</source>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove {0}</source>
        <translation>Eliminar a {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {0} with their events and notices. Edit ▸ Undo brings them back.</source>
        <translation>Se eliminó a {0} con sus eventos y avisos. Editar ▸ Deshacer los recupera.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No applicants yet</source>
        <translation>Aún no hay solicitantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/checklist_actions.py" line="+24"/>
        <source>Unlink all documents</source>
        <translation>Desvincular todos los documentos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unlink from “{0}”</source>
        <translation>Desvincular de «{0}»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unlink “{0}”</source>
        <translation>Desvincular «{0}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No documents linked yet</source>
        <translation>Aún no hay documentos vinculados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/document_actions.py" line="+26"/>
        <location line="+10"/>
        <source>&amp;Remove document</source>
        <translation>E&amp;liminar documento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read &amp;text again</source>
        <translation>Leer el te&amp;xto de nuevo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Read the text of “{0}” again.</source>
        <translation>Se volvió a leer el texto de «{0}».</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“{0}” has its text and searchable words already.</source>
        <translation>«{0}» ya tiene su texto y sus palabras que se pueden buscar.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Remove {0} documents</source>
        <translation>E&amp;liminar {0} documentos</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Text recognition (Tesseract OCR) is not installed: “{0}” was not read.</source>
        <translation>El reconocimiento de texto (Tesseract OCR) no está instalado: no se leyó «{0}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {0} documents have their text and searchable words already.</source>
        <translation>Los {0} documentos ya tienen su texto y sus palabras buscables.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text recognition (Tesseract OCR) is not installed: nothing was read.</source>
        <translation>El reconocimiento de texto (Tesseract OCR) no está instalado: no se leyó nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the text of {0} document(s) again.</source>
        <translation>Se volvió a leer el texto de {0} documento(s).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Removed “{0}” and its {1} attachment(s).</source>
        <translation>Se eliminaron «{0}» y sus {1} adjunto(s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed “{0}”.</source>
        <translation>Se eliminó «{0}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove {0} documents</source>
        <translation>Eliminar {0} documentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {0} documents and their {1} attachment(s).</source>
        <translation>Se eliminaron {0} documentos y sus {1} adjunto(s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed {0} documents.</source>
        <translation>Se eliminaron {0} documentos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Editar ▸ Deshacer los recupera.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Remove “{0}”</source>
        <translation>Eliminar «{0}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Editar ▸ Deshacer lo recupera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/feedback.py" line="+28"/>
        <source>Printed {0} page(s) of the packet.</source>
        <translation>Se imprimieron {0} página(s) del paquete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The packet is recorded as submitted today.</source>
        <translation>El paquete quedó registrado como entregado hoy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/workers/print_worker.py" line="+166"/>
        <source>Printed all {0} pages on {2}.</source>
        <translation>Se imprimieron las {0} páginas en {2}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed pages {1} of {0} on {2}.</source>
        <translation>Se imprimieron las páginas {1} de {0} en {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} copies of each.</source>
        <translation>{0} copias de cada una.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="+68"/>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The log files are in {0}</source>
        <translation>Los archivos de registro están en {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/panes.py" line="+51"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221(g) checklist</source>
        <translation>Lista 221(g)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) workbook</source>
        <translation>Cuaderno 214(b)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Drop scans, photos and PDFs anywhere on this window to add them.</source>
        <translation>Suelte escaneos, fotos y PDF en cualquier parte de esta ventana para añadirlos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/status_bar.py" line="+26"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/opening.py" line="+25"/>
        <source>VisaCase — {0}</source>
        <translation>VisaCase — {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening {0}…</source>
        <translation>Abriendo {0}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening the sample case…</source>
        <translation>Abriendo el caso de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/selection_fields.py" line="+26"/>
        <source>Set &amp;kind</source>
        <translation>Poner &amp;tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set &amp;applicant</source>
        <translation>Poner &amp;solicitante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set kind “{1}” on {0} document(s)</source>
        <translation>Poner el tipo «{1}» a {0} documento(s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set applicant “{1}” on {0} document(s)</source>
        <translation>Poner el solicitante «{1}» a {0} documento(s)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Whole case</source>
        <translation>Todo el caso</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/requests_model.py" line="+50"/>
        <source>Drop a document here to say it answers this item.</source>
        <translation>Suelte aquí un documento para indicar que responde a este punto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted {0}</source>
        <translation>Entregado el {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing — drop the document that answers it here</source>
        <translation>Falta: suelte aquí el documento que lo responde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send</source>
        <translation>Listo para enviar</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/search_model.py" line="+39"/>
        <source>{0} — page {1}</source>
        <translation>{0} — página {1}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/search_panel.py" line="+27"/>
        <source>Search the text of every document (Ctrl+F)</source>
        <translation>Buscar en el texto de todos los documentos (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search documents</source>
        <translation>Buscar en los documentos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No page mentions “{0}”.</source>
        <translation>Ninguna página menciona «{0}».</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matching page(s)</source>
        <translation>
            <numerusform>%n página coincide</numerusform>
            <numerusform>%n páginas coinciden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="+45"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default paper size</source>
        <translation>Tamaño de papel predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPITALS (easiest to read)</source>
        <translation>MAYÚSCULAS (más fácil de leer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As typed</source>
        <translation>Como se escribió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label style</source>
        <translation>Estilo de etiquetas</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Follow-up reminder interval</source>
        <translation>Intervalo de recordatorio de seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Also read scans in</source>
        <translation>Leer también los escaneos en</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Scans are always read in the languages of the case&apos;s post.</source>
        <translation>Los escaneos se leen siempre en los idiomas de la embajada o consulado del caso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language takes effect at the next start.</source>
        <translation>Un idioma nuevo se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New cases remind you to follow up at this interval.</source>
        <translation>Los casos nuevos le recuerdan hacer seguimiento con este intervalo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet labels</source>
        <translation>Etiquetas del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up every</source>
        <translation>Hacer seguimiento cada</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="-53"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../desktop_app/gui/packet/task_progress.py" line="+23"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_app/gui/models/timeline_rows.py" line="+66"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropbox</source>
        <translation>Dropbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221(g) refusal</source>
        <translation>Rechazo 221(g)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) refusal</source>
        <translation>Rechazo 214(b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents requested</source>
        <translation>Documentos solicitados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents submitted</source>
        <translation>Documentos entregados</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>CEAC status</source>
        <translation>Estado de CEAC</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email received</source>
        <translation>Correo recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email sent</source>
        <translation>Correo enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221(g) notice</source>
        <translation>Aviso 221(g)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) refusal letter</source>
        <translation>Carta de rechazo 214(b)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 221(g) slip is dated this day; the one-year clock starts from it</source>
        <translation>La hoja 221(g) tiene fecha de este día; el plazo de un año empieza a contar desde ella</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 214(b) refusal letter is dated this day</source>
        <translation>La carta de rechazo 214(b) tiene fecha de este día</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Administrative processing — not final</source>
        <translation>Procesamiento administrativo: no es definitivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused — the letter from the interview decides</source>
        <translation>Rechazada: decide la carta de la entrevista</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n days so far</source>
        <translation>
            <numerusform>%n día hasta ahora</numerusform>
            <numerusform>%n días hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same day</source>
        <translation>el mismo día</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>221(g) notice: administrative processing only, nothing to submit</source>
        <translation>Aviso 221(g): solo procesamiento administrativo, no hay nada que entregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} slip</source>
        <translation>Hoja {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole case</source>
        <translation>Todo el caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · phase: {1}</source>
        <translation>{0} · fase: {1}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} due {1} ({2}; {3})</source>
        <translation>{0} vence el {1} ({2}; {3})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MISSED</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} MISSED</source>
        <translation>{0} VENCIDO</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} met</source>
        <translation>{0} cumplido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer applies</source>
        <translation>Ya no aplica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: no longer applies</source>
        <translation>{0}: ya no aplica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} from this day</source>
        <translation>{0} desde este día</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>for %n days</source>
        <translation>
            <numerusform>desde hace %n día</numerusform>
            <numerusform>desde hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} due</source>
        <translation>{0} vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today is {0}</source>
        <translation>Hoy es {0}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_view.py" line="+91"/>
        <source>Nothing on the timeline yet. Paste the text of the CEAC status page, or add a passport update, an email or a note with the buttons above.</source>
        <translation>Aún no hay nada en la cronología. Pegue el texto de la página de estado de CEAC, o añada una novedad del pasaporte, un correo o una nota con los botones de arriba.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show events of</source>
        <translation>Mostrar eventos de</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events in the order they happened, today, then the deadlines ahead</source>
        <translation>Los eventos en el orden en que ocurrieron, hoy y después los plazos próximos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add to the timeline</source>
        <translation>Añadir a la cronología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste CEAC status…</source>
        <translation>Pegar estado CEAC…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the CEAC status page text from the clipboard and record it</source>
        <translation>Leer del portapapeles el texto de la página de estado de CEAC y registrarlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passport update…</source>
        <translation>Pasaporte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email sent…</source>
        <translation>Correo enviado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email received…</source>
        <translation>Correo recibido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up email…</source>
        <translation>Seguimiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a status inquiry to the consulate</source>
        <translation>Redactar una consulta de estado al consulado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save deadlines to calendar…</source>
        <translation>Exportar plazos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the open deadlines, each with a reminder, to a file your calendar opens</source>
        <translation>Escribir los plazos abiertos, cada uno con un recordatorio, en un archivo que abre su calendario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add:</source>
        <translation>Añadir:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CEAC</source>
        <translation>CEAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show {0}</source>
        <translation>Mostrar {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide {0} events</source>
        <translation>Mostrar u ocultar los eventos de {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no events yet</source>
        <translation>aún no hay eventos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All applicants</source>
        <translation>Todos los solicitantes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add {0} of {1}</source>
        <translation>Añadir {0} del {1}</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Remove event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Remove “{0}” of {1}</source>
        <translation>Eliminar «{0}» del {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record email sent</source>
        <translation>Registrar correo enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: {0}</source>
        <translation>Enviado: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../desktop_app/gui/app/welcome.py" line="+41"/>
        <source>VisaCase</source>
        <translation>VisaCase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;VisaCase&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;VisaCase&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep everything about a refused visa application in one file on this computer: the 221(g) slip or refusal letter, the documents you send back, every CEAC status and email — and print a labelled packet for the consulate.</source>
        <translation>Guarde todo lo relativo a una solicitud de visa rechazada en un solo archivo en esta computadora: la hoja 221(g) o la carta de rechazo, los documentos que devuelve, cada estado de CEAC y cada correo, e imprima un paquete etiquetado para el consulado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New case…</source>
        <translation>Caso &amp;nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Abrir caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;sample case</source>
        <translation>Abrir el caso de &amp;ejemplo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent cases</source>
        <translation>Casos recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases you open will be listed here.</source>
        <translation>Aquí aparecerán los casos que abra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Recent cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Casos recientes&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your cases stay on this computer. VisaCase never connects to the internet.</source>
        <translation>Sus casos se quedan en esta computadora. VisaCase nunca se conecta a internet.</translation>
    </message>
</context>
<context>
    <name>WorkbookChanges</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/workbook_changes.py" line="+45"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop documents from the list on the left on a change to link them</source>
        <translation>Suelte documentos de la lista de la izquierda sobre un cambio para vincularlos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Promoted to operations manager in May</source>
        <translation>p. ej., Me ascendieron a gerente de operaciones en mayo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New change</source>
        <translation>Cambio nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence document</source>
        <translation>Documento de prueba</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What really changed since the refusal</source>
        <translation>Qué cambió de verdad desde el rechazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add change</source>
        <translation>Añadir cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remove change</source>
        <translation>Eliminar cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link as evidence</source>
        <translation>Vincular como prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink evidence</source>
        <translation>Desvincular prueba</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the selected change:</source>
        <translation>Para el cambio seleccionado:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add change “{0}”</source>
        <translation>Añadir el cambio «{0}»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove change “{0}”</source>
        <translation>Eliminar el cambio «{0}»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>214(b) workbook</source>
        <translation>Cuaderno 214(b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a change in the list and a document to link to it.</source>
        <translation>Seleccione un cambio en la lista y un documento para vincularlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Link evidence to “{0}”</source>
        <translation>Vincular pruebas a «{0}»</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Unlink evidence from “{0}”</source>
        <translation>Desvincular pruebas de «{0}»</translation>
    </message>
</context>
<context>
    <name>WorkbookPanel</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/workbook_view.py" line="+69"/>
        <location line="+121"/>
        <source>214(b) workbook</source>
        <translation>Cuaderno 214(b)</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>One-sentence answer</source>
        <translation>Respuesta en una frase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Since May I manage our Manila office, and we bought our home there.</source>
        <translation>p. ej., Desde mayo dirijo nuestra oficina de Manila, y compramos nuestra casa allí.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Where you stand</source>
        <translation>Dónde está usted</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Six points to work through</source>
        <translation>Seis puntos para trabajar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your answer to “What changed since last time?”</source>
        <translation>Su respuesta a «¿Qué cambió desde la última vez?»</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0} words. Short enough to say at the window without notes.</source>
        <translation>{0} palabras. Lo bastante breve para decirlo en la ventanilla sin notas.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tick “{0}”</source>
        <translation>Marcar «{0}»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untick “{0}”</source>
        <translation>Desmarcar «{0}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the answer</source>
        <translation>Editar la respuesta</translation>
    </message>
</context>
</TS>
