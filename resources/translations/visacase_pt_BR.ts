<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="+42"/>
        <source>About VisaCase</source>
        <translation>Sobre o VisaCase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;VisaCase {0}&lt;/h2&gt;&lt;p&gt;One local file per refused US visa case, its status timeline and a labelled resubmission packet.&lt;/p&gt;&lt;p&gt;VisaCase is free software: you can share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;VisaCase {0}&lt;/h2&gt;&lt;p&gt;Um arquivo local para cada caso de visto americano recusado, com a linha do tempo dos status e um pacote de reenvio etiquetado.&lt;/p&gt;&lt;p&gt;O VisaCase é software livre: você pode compartilhá-lo e modificá-lo sob a Licença Pública Geral GNU, versão 3 ou (a seu critério) qualquer versão posterior. Ele vem sem nenhuma garantia.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licence (GPL-3.0)</source>
        <translation>Licença (GPL-3.0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party notices</source>
        <translation>Avisos de terceiros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/applicant_dialog.py" line="+50"/>
        <source>Add applicant</source>
        <translation>Adicionar requerente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as on the passport</source>
        <translation>como no passaporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Dependent (spouse, child…)</source>
        <translation>Dependente (cônjuge, filho…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal applicant</source>
        <translation>Requerente principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Passport number</source>
        <translation>Número do passaporte</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>6 to 12 letters or digits, as printed.</source>
        <translation>De 6 a 12 letras ou dígitos, como impresso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>not given</source>
        <translation>não informada</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Visa class</source>
        <translation>Categoria do visto</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Application ID or case number</source>
        <translation>ID da solicitação ou número do caso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit applicant</source>
        <translation>Editar requerente</translation>
    </message>
</context>
<context>
    <name>CaseEdits</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_edits.py" line="+76"/>
        <source>Undone: {0}</source>
        <translation>Desfeito: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {0}</source>
        <translation>Feito: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redone: {0}</source>
        <translation>Refeito: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accept {0}</source>
        <translation>Aceitar {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject {0}</source>
        <translation>Rejeitar {0}</translation>
    </message>
</context>
<context>
    <name>CaseIdField</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/case_id_field.py" line="+19"/>
        <source>Application ID or case number</source>
        <translation>ID da solicitação ou número do caso</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/changes_model.py" line="+61"/>
        <source>⚠ No evidence yet: link a document that proves it.</source>
        <translation>⚠ Ainda sem comprovante: vincule um documento que o comprove.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document {0}</source>
        <translation>documento {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Evidence: {0}</source>
        <translation>✓ Comprovante: {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/checklist_panel.py" line="+15"/>
        <source>drop off at the visa application center</source>
        <translation>entregar no centro de atendimento ao solicitante de visto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send by courier</source>
        <translation>enviar por courier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send by email</source>
        <translation>enviar por e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bring in person</source>
        <translation>levar pessoalmente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>221(g) checklist</source>
        <translation>Lista 221(g)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a document from the list on the left onto an item to say it answers it, or drop files from your computer straight onto the item.</source>
        <translation>Arraste um documento da lista à esquerda para um item para dizer que ele o responde, ou solte arquivos do seu computador direto no item.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No 221(g) slip recorded yet. Add the slip as a document, then accept </source>
        <translation>Nenhuma folha 221(g) registrada ainda. Adicione a folha como documento e depois aceite </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its suggestions (or use visacase notice) to list what was asked for.</source>
        <translation>as sugestões dela (ou use visacase notice) para listar o que foi pedido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;221(g) slip&lt;/b&gt; of {0}</source>
        <translation>&lt;b&gt;Folha 221(g)&lt;/b&gt; de {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;221(g) slip&lt;/b&gt; (date not recorded)</source>
        <translation>&lt;b&gt;Folha 221(g)&lt;/b&gt; (data não registrada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} slip</source>
        <translation>Folha {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>administrative processing only: nothing to send</source>
        <translation>apenas processamento administrativo: nada a enviar</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_app/gui/app/crash.py" line="+45"/>
        <source>Check your case file before going on: {0}</source>
        <translation>Verifique o arquivo do caso antes de continuar: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your case file was checked and is safe: every change is saved as it happens.</source>
        <translation>O arquivo do caso foi verificado e está seguro: cada alteração é salva na hora.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong inside VisaCase.</source>
        <translation>Algo deu errado dentro do VisaCase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A log for a bug report is in {0}; please send it with the details.</source>
        <translation>Há um log para o relatório de erro em {0}; envie-o junto com os detalhes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/details.py" line="+54"/>
        <source>Document title</source>
        <translation>Título do documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of the document</source>
        <translation>Data do documento</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Applicant the document belongs to</source>
        <translation>Requerente a quem o documento pertence</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant</source>
        <translation>Requerente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No text was read from this document yet.</source>
        <translation>Nenhum texto foi lido deste documento ainda.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Text read from the document</source>
        <translation>Texto lido do documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions to confirm</source>
        <translation>Sugestões a confirmar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Whole case</source>
        <translation>Caso inteiro</translation>
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
        <translation>Mostre os identificadores completos (Ctrl+Shift+I) para editar este título.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept suggestion</source>
        <translation>Aceitar sugestão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject suggestion</source>
        <translation>Rejeitar sugestão</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>probably</source>
        <translation>provavelmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}{1} (read as {2})</source>
        <translation>{0}{1} (lido como {2})</translation>
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
        <translation>Data</translation>
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
        <translation>Atualização do passaporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the courier or visa application center says, e.g. “ready for pickup”.</source>
        <translation>O que o courier ou o centro de atendimento diz, por exemplo, “pronto para retirada”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email sent</source>
        <translation>E-mail enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To whom, and what you asked or sent.</source>
        <translation>Para quem, e o que você pediu ou enviou.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email received</source>
        <translation>E-mail recebido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who wrote, and what they said.</source>
        <translation>Quem escreveu e o que disse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything worth remembering, e.g. what the officer said.</source>
        <translation>Qualquer coisa que valha lembrar, por exemplo, o que o oficial disse.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+13"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Whole case</source>
        <translation>Caso inteiro</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Applicant</source>
        <translation>Requerente</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to timeline</source>
        <translation>Adicionar à linha do tempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is added to the timeline and saved in the case file at once.</source>
        <translation>É adicionado à linha do tempo e salvo no arquivo do caso na hora.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/followup_dialog.py" line="+41"/>
        <source>Follow-up email</source>
        <translation>E-mail de acompanhamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consulate&apos;s inquiry address, if you have it</source>
        <translation>O endereço de consultas do consulado, se você tiver</translation>
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
        <translation>Assunto</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy subject</source>
        <translation>Copiar assunto</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VisaCase sends nothing. Check the text, then copy it or open it in your own mail app.</source>
        <translation>O VisaCase não envia nada. Confira o texto e depois copie-o ou abra-o no seu próprio aplicativo de e-mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Copy message</source>
        <translation>Copiar mensagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Open in mail app</source>
        <translation>Abrir no aplicativo de e-mail</translation>
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
        <translation>Adicionar “E-mail enviado” à linha do tempo, com a data de hoje</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied. Paste it into your email.</source>
        <translation>Copiado. Cole no seu e-mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened in your mail app. Nothing was sent yet.</source>
        <translation>Aberto no seu aplicativo de e-mail. Nada foi enviado ainda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mail app answered. Copy the message and paste it into your email.</source>
        <translation>Nenhum aplicativo de e-mail respondeu. Copie a mensagem e cole no seu e-mail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added “Email sent” to the timeline.</source>
        <translation>“E-mail enviado” foi adicionado à linha do tempo.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="+42"/>
        <source>VisaCase guide</source>
        <translation>Guia do VisaCase</translation>
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
        <translation> (somente leitura)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no applicants yet</source>
        <translation>nenhum requerente ainda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/main_window.py" line="+127"/>
        <source>Preferences saved.</source>
        <translation>Preferências salvas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/contents.py" line="+35"/>
        <source>Edit “{0}”</source>
        <translation>Editar “{0}”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link to “{0}”</source>
        <translation>Vincular a “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/main_window.py" line="+68"/>
        <source>This case is open read-only.</source>
        <translation>Este caso está aberto somente para leitura.</translation>
    </message>
</context>
<context>
    <name>MissedBand</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_deadlines.py" line="+27"/>
        <source>Missed deadline</source>
        <translation>Prazo perdido</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_case_dialog.py" line="+26"/>
        <source>221(g) — documents requested or administrative processing</source>
        <translation>221(g): documentos solicitados ou processamento administrativo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>214(b) — refused</source>
        <translation>214(b): recusado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ground</source>
        <translation>Outro motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure yet</source>
        <translation>Ainda não sei</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as on the passport</source>
        <translation>como no passaporte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. U.S. Embassy Manila</source>
        <translation>ex.: Embaixada dos EUA em Manila</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applicant</source>
        <translation>Requerente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application ID or case number</source>
        <translation>ID da solicitação ou número do caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy or consulate</source>
        <translation>Embaixada ou consulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa class</source>
        <translation>Categoria do visto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal</source>
        <translation>Recusa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect this case with a passphrase</source>
        <translation>Proteger este caso com uma frase-senha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole file is encrypted. A forgotten passphrase cannot be recovered.</source>
        <translation>O arquivo inteiro é criptografado. Uma frase-senha esquecida não pode ser recuperada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>at least {0} characters</source>
        <translation>pelo menos {0} caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase again</source>
        <translation>Frase-senha de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>again, to be sure</source>
        <translation>de novo, para ter certeza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Again</source>
        <translation>De novo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose at least {0} characters.</source>
        <translation>Escolha pelo menos {0} caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>As duas frases-senha são diferentes.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/options_panel.py" line="+30"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplex: every section starts on a right-hand page</source>
        <translation>&amp;Frente e verso: cada seção começa numa página à direita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hrink pages so the stamp never covers them</source>
        <translation>&amp;Reduzir as páginas para que o carimbo nunca as cubra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Limit each file to</source>
        <translation>&amp;Limitar cada arquivo a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For posts that take documents by email; images are reduced only as needed.</source>
        <translation>Para postos que recebem documentos por e-mail; as imagens só são reduzidas o necessário.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size budget in megabytes</source>
        <translation>Limite de tamanho em megabytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;ver sheet</source>
        <translation>F&amp;olha de rosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Index</source>
        <translation>Í&amp;ndice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tab page before each section</source>
        <translation>Página &amp;divisória antes de cada seção</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also save a &amp;collation checklist to tick off</source>
        <translation>Salvar também uma lista de &amp;conferência para marcar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One page listing the pile in order, saved beside the packet as NAME-checklist.pdf.</source>
        <translation>Uma página listando a pilha em ordem, salva ao lado do pacote como NAME-checklist.pdf.</translation>
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
        <translation>Seções e documentos na ordem do pacote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cover sheet, the 221(g) letter and the index come first. Drag sections and documents to reorder them; double-click or press F2 to rename one, untick one to leave it out.</source>
        <translation>A folha de rosto, a carta 221(g) e o índice vêm primeiro. Arraste seções e documentos para reordená-los; clique duas vezes ou pressione F2 para renomear um, desmarque um para deixá-lo de fora.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Order&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ordem&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../../desktop_app/gui/packet/packet_dialog.py" line="+83"/>
        <source>Resubmission packet</source>
        <translation>Pacote de reenvio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warnings before sending</source>
        <translation>Avisos antes de enviar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Before you send&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antes de enviar&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mark as submitted…</source>
        <translation>&amp;Marcar como entregue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvar como PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting for changes to settle…</source>
        <translation>Aguardando as alterações se assentarem…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Building the preview…</source>
        <translation>Gerando a pré-visualização…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0:,.0f} KB</source>
        <translation>{0:,.0f} KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in {0} files; showing the first</source>
        <translation> em {0} arquivos; mostrando o primeiro</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No warnings.</source>
        <translation>Nenhum aviso.</translation>
    </message>
</context>
<context>
    <name>PacketOrderModel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/order_model.py" line="+128"/>
        <source>Show full identifiers (Ctrl+Shift+I) to rename it.</source>
        <translation>Mostre os identificadores completos (Ctrl+Shift+I) para renomeá-lo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab page title: F2 to rename it, drag to move the section.</source>
        <translation>Título da página divisória: F2 para renomeá-la, arraste para mover a seção.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label in the index and on its pages: F2 to rename, drag to move, untick to leave it out of the packet.</source>
        <translation>Rótulo no índice e nas suas páginas: F2 para renomear, arraste para mover, desmarque para deixá-lo fora do pacote.</translation>
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
        <translation>Imprimindo a página {0} de {1}…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+14"/>
        <source>Mark as submitted</source>
        <translation>Marcar como entregue</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save the packet as PDF first, so the case keeps what you hand in.</source>
        <translation>Salve primeiro o pacote como PDF, para que o caso guarde o que você entrega.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record that {0} ({1} pages, saved {2}) was submitted today?</source>
        <translation>Registrar que {0} ({1} páginas, salvo em {2}) foi entregue hoje?</translation>
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
        <translation>Selecione um documento para vê-lo aqui.

Solte digitalizações, fotos ou PDFs na janela para adicioná-los.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document preview</source>
        <translation>Pré-visualização do documento</translation>
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
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit to width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>of {0}</source>
        <translation>de {0}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No preview for {0} ({1}).</source>
        <translation>Sem pré-visualização para {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/gui/packet/preview_pane.py" line="+32"/>
        <source>Packet preview</source>
        <translation>Pré-visualização do pacote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to page</source>
        <translation>Ir para a página</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building the preview…</source>
        <translation>Gerando a pré-visualização…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview status</source>
        <translation>Status da pré-visualização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifiers are masked in the preview, as in the window; the packet you save or print has them in full.</source>
        <translation>A prévia oculta os identificadores, como a janela; o pacote que você salvar ou imprimir os traz completos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The preview could not be opened.</source>
        <translation>Não foi possível abrir a pré-visualização.</translation>
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
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building packet: step {0} of {1}…</source>
        <translation>Montando o pacote: etapa {0} de {1}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to {0} ({1} pages).</source>
        <translation>Exportado para {0} ({1} páginas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packet ready</source>
        <translation>Pacote pronto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0}: {1} pages, {2:,.0f} KB. Every page carries its label and page number.</source>
        <translation>{0} salvo: {1} páginas, {2:,.0f} KB. Cada página leva seu rótulo e seu número.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_watch.py" line="+85"/>
        <source>{0}

Changes can no longer be saved into it. Save a copy of what this window still has open?</source>
        <translation>{0}

As alterações não podem mais ser salvas nele. Salvar uma cópia do que esta janela ainda tem aberto?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case file missing</source>
        <translation>Arquivo do caso sumiu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy…</source>
        <translation>Salvar uma cópia…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Save a copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved a copy as {0}. Open it with Case ▸ Open case… to go on.</source>
        <translation>Uma cópia foi salva como {0}. Abra-a com Caso ▸ Abrir caso… para continuar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/clipboard.py" line="+25"/>
        <location line="+15"/>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This case is open read-only.</source>
        <translation>Este caso está aberto somente para leitura.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The picture could not be read.</source>
        <translation>Não foi possível ler a imagem.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/asking.py" line="+58"/>
        <source>Protected case</source>
        <translation>Caso protegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is protected. Passphrase:</source>
        <translation>{0} está protegido. Frase-senha:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app/file_actions.py" line="+56"/>
        <source>Save the new case as</source>
        <translation>Salvar o novo caso como</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New case</source>
        <translation>Novo caso</translation>
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

Abrir somente para leitura, para olhar sem mudar nada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case in use</source>
        <translation>Caso em uso</translation>
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
        <translation>{0} adicionados, {1} já estavam no caso, {2} recusados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some files were not added</source>
        <translation>Alguns arquivos não foram adicionados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import {0} document(s)</source>
        <translation>Importar {0} documento(s)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading text</source>
        <translation>Lendo o texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading text {0} of {1}…</source>
        <translation>Lendo o texto {0} de {1}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text recognition</source>
        <translation>Reconhecimento de texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+23"/>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New case…</source>
        <translation>&amp;Novo caso…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Abrir caso…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/menus.py" line="+40"/>
        <source>Add &amp;applicant…</source>
        <translation>Adicionar &amp;requerente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export packet…</source>
        <translation>&amp;Exportar pacote…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste CEAC &amp;status…</source>
        <translation>Colar &amp;status do CEAC…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in documents</source>
        <translation>&amp;Localizar nos documentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+5"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/menus.py" line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit a&amp;pplicant</source>
        <translation>Editar re&amp;querente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve applicant</source>
        <translation>Remo&amp;ver requerente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste picture, files or CEAC text</source>
        <translation>&amp;Colar imagem, arquivos ou texto do CEAC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferências…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show full &amp;identifiers</source>
        <translation>Mostrar &amp;identificadores completos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application IDs and case numbers are partly hidden unless you show them.</source>
        <translation>Os IDs de solicitação e números de caso ficam parcialmente ocultos, a menos que você os mostre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Linha do tempo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+6"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VisaCase &amp;guide</source>
        <translation>&amp;Guia do VisaCase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;log folder</source>
        <translation>Mostrar pasta de &amp;logs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About VisaCase</source>
        <translation>&amp;Sobre o VisaCase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packet/packet_dialog.py" line="+53"/>
        <source>Packet</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/status_paste.py" line="+24"/>
        <source>Paste CEAC status</source>
        <translation>Colar status do CEAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the text of the CEAC status page first, then paste it here.</source>
        <translation>Copie primeiro o texto da página de status do CEAC e depois cole aqui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status: {0}{1}
Last updated: {2}

{3}

Record this observation?</source>
        <translation>Status: {0}{1}
Última atualização: {2}

{3}

Registrar esta observação?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CEAC status</source>
        <translation>Status do CEAC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record status {0}</source>
        <translation>Registrar o status {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status recorded: {0}{1}, last updated {2}.</source>
        <translation>Status registrado: {0}{1}; última atualização: {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_deadlines.py" line="+15"/>
        <source>Save deadlines to calendar</source>
        <translation>Salvar prazos no calendário</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n open deadline(s) saved to {0}. Open the file with your calendar; saving it again later updates the same entries.</source>
        <translation>
            <numerusform>%n prazo em aberto salvo em {0}. Abra o arquivo com seu calendário; salvá-lo de novo depois atualiza as mesmas entradas.</numerusform>
            <numerusform>%n prazos em aberto salvos em {0}. Abra o arquivo com seu calendário; salvá-lo de novo depois atualiza as mesmas entradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/applicant_actions.py" line="+27"/>
        <source>Add {0}</source>
        <translation>Adicionar {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit {0}</source>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove {0}</source>
        <translation>Remover {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {0} with their events and notices. Edit ▸ Undo brings them back.</source>
        <translation>{0} e seus eventos e avisos foram removidos. Editar ▸ Desfazer os traz de volta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No applicants yet</source>
        <translation>Nenhum requerente ainda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/checklist_actions.py" line="+24"/>
        <source>Unlink all documents</source>
        <translation>Desvincular todos os documentos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unlink from “{0}”</source>
        <translation>Desvincular de “{0}”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unlink “{0}”</source>
        <translation>Desvincular “{0}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No documents linked yet</source>
        <translation>Nenhum documento vinculado ainda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/document_actions.py" line="+26"/>
        <location line="+10"/>
        <source>&amp;Remove document</source>
        <translation>Re&amp;mover documento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read &amp;text again</source>
        <translation>Ler o te&amp;xto novamente</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Read the text of “{0}” again.</source>
        <translation>O texto de “{0}” foi lido novamente.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“{0}” has its text and searchable words already.</source>
        <translation>“{0}” já tem seu texto e suas palavras pesquisáveis.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Remove {0} documents</source>
        <translation>Re&amp;mover {0} documentos</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Text recognition (Tesseract OCR) is not installed: “{0}” was not read.</source>
        <translation>O reconhecimento de texto (Tesseract OCR) não está instalado: “{0}” não foi lido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {0} documents have their text and searchable words already.</source>
        <translation>Os {0} documentos já têm seu texto e palavras pesquisáveis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text recognition (Tesseract OCR) is not installed: nothing was read.</source>
        <translation>O reconhecimento de texto (Tesseract OCR) não está instalado: nada foi lido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the text of {0} document(s) again.</source>
        <translation>O texto de {0} documento(s) foi lido novamente.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Removed “{0}” and its {1} attachment(s).</source>
        <translation>“{0}” e seus {1} anexo(s) foram removidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed “{0}”.</source>
        <translation>“{0}” foi removido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove {0} documents</source>
        <translation>Remover {0} documentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {0} documents and their {1} attachment(s).</source>
        <translation>{0} documentos e seus {1} anexo(s) foram removidos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed {0} documents.</source>
        <translation>{0} documentos foram removidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Editar ▸ Desfazer os traz de volta.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Remove “{0}”</source>
        <translation>Remover “{0}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Editar ▸ Desfazer o traz de volta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/feedback.py" line="+28"/>
        <source>Printed {0} page(s) of the packet.</source>
        <translation>Foram impressas {0} página(s) do pacote.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The packet is recorded as submitted today.</source>
        <translation>O pacote foi registrado como entregue hoje.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/workers/print_worker.py" line="+166"/>
        <source>Printed all {0} pages on {2}.</source>
        <translation>Todas as {0} páginas foram impressas em {2}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed pages {1} of {0} on {2}.</source>
        <translation>Páginas {1} de {0} impressas em {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} copies of each.</source>
        <translation>{0} cópias de cada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="+68"/>
        <source>Log folder</source>
        <translation>Pasta de logs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The log files are in {0}</source>
        <translation>Os arquivos de log estão em {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/panes.py" line="+51"/>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221(g) checklist</source>
        <translation>Lista 221(g)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) workbook</source>
        <translation>Caderno 214(b)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Drop scans, photos and PDFs anywhere on this window to add them.</source>
        <translation>Solte digitalizações, fotos e PDFs em qualquer lugar desta janela para adicioná-los.</translation>
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
        <translation>Abrindo {0}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening the sample case…</source>
        <translation>Abrindo o caso de exemplo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/selection_fields.py" line="+26"/>
        <source>Set &amp;kind</source>
        <translation>Definir &amp;tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set &amp;applicant</source>
        <translation>Definir &amp;requerente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set kind “{1}” on {0} document(s)</source>
        <translation>Definir o tipo “{1}” em {0} documento(s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set applicant “{1}” on {0} document(s)</source>
        <translation>Definir o requerente “{1}” em {0} documento(s)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Whole case</source>
        <translation>Caso inteiro</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/requests_model.py" line="+50"/>
        <source>Drop a document here to say it answers this item.</source>
        <translation>Solte aqui um documento para dizer que ele responde a este item.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted {0}</source>
        <translation>Entregue em {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing — drop the document that answers it here</source>
        <translation>Faltando: solte aqui o documento que o responde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send</source>
        <translation>Pronto para enviar</translation>
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
        <translation>Pesquisar o texto de todos os documentos (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search documents</source>
        <translation>Pesquisar documentos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No page mentions “{0}”.</source>
        <translation>Nenhuma página menciona “{0}”.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matching page(s)</source>
        <translation>
            <numerusform>%n página encontrada</numerusform>
            <numerusform>%n páginas encontradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="+45"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default paper size</source>
        <translation>Tamanho de papel padrão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPITALS (easiest to read)</source>
        <translation>MAIÚSCULAS (mais fácil de ler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As typed</source>
        <translation>Como digitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label style</source>
        <translation>Estilo dos rótulos</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source> day(s)</source>
        <translation>
            <numerusform> dia</numerusform>
            <numerusform> dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Follow-up reminder interval</source>
        <translation>Intervalo do lembrete de acompanhamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
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
        <translation>Ler também as digitalizações em</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Scans are always read in the languages of the case&apos;s post.</source>
        <translation>As digitalizações são sempre lidas nos idiomas da embaixada ou consulado do caso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language takes effect at the next start.</source>
        <translation>Um novo idioma passa a valer na próxima inicialização.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New cases remind you to follow up at this interval.</source>
        <translation>Novos casos lembram você de acompanhar neste intervalo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet labels</source>
        <translation>Rótulos do pacote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up every</source>
        <translation>Acompanhar a cada</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="-53"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Ação</translation>
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
        <translation>Progresso</translation>
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
        <translation>Recusa 221(g)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) refusal</source>
        <translation>Recusa 214(b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents requested</source>
        <translation>Documentos solicitados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents submitted</source>
        <translation>Documentos entregues</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>CEAC status</source>
        <translation>Status do CEAC</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Passport</source>
        <translation>Passaporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email received</source>
        <translation>E-mail recebido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email sent</source>
        <translation>E-mail enviado</translation>
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
        <translation>Carta de recusa 214(b)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 221(g) slip is dated this day; the one-year clock starts from it</source>
        <translation>A folha 221(g) tem a data deste dia; o prazo de um ano começa a contar a partir dela</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 214(b) refusal letter is dated this day</source>
        <translation>A carta de recusa 214(b) tem a data deste dia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Administrative processing — not final</source>
        <translation>Processamento administrativo: não é definitivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused — the letter from the interview decides</source>
        <translation>Recusado: a carta da entrevista decide</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n days so far</source>
        <translation>
            <numerusform>%n dia até agora</numerusform>
            <numerusform>%n dias até agora</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same day</source>
        <translation>mesmo dia</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>221(g) notice: administrative processing only, nothing to submit</source>
        <translation>Aviso 221(g): apenas processamento administrativo, nada a entregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} slip</source>
        <translation>Folha {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole case</source>
        <translation>Caso inteiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · phase: {1}</source>
        <translation>{0} · fase: {1}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} due {1} ({2}; {3})</source>
        <translation>{0} vence em {1} ({2}; {3})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MISSED</source>
        <translation>PERDIDO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} MISSED</source>
        <translation>{0} PERDIDO</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Met</source>
        <translation>Cumprido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} met</source>
        <translation>{0} cumprido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer applies</source>
        <translation>Não se aplica mais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: no longer applies</source>
        <translation>{0}: não se aplica mais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} from this day</source>
        <translation>{0} a partir deste dia</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>for %n days</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} due</source>
        <translation>{0} vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days left</source>
        <translation>
            <numerusform>falta %n dia</numerusform>
            <numerusform>faltam %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today is {0}</source>
        <translation>Hoje é {0}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_view.py" line="+91"/>
        <source>Nothing on the timeline yet. Paste the text of the CEAC status page, or add a passport update, an email or a note with the buttons above.</source>
        <translation>Nada na linha do tempo ainda. Cole o texto da página de status do CEAC, ou adicione uma atualização do passaporte, um e-mail ou uma nota com os botões acima.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show events of</source>
        <translation>Mostrar eventos de</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events in the order they happened, today, then the deadlines ahead</source>
        <translation>Eventos na ordem em que aconteceram, hoje e depois os prazos à frente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add to the timeline</source>
        <translation>Adicionar à linha do tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste CEAC status…</source>
        <translation>Colar status CEAC…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the CEAC status page text from the clipboard and record it</source>
        <translation>Ler da área de transferência o texto da página de status do CEAC e registrá-lo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passport update…</source>
        <translation>Passaporte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email sent…</source>
        <translation>E-mail enviado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email received…</source>
        <translation>E-mail recebido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up email…</source>
        <translation>Acompanhar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a status inquiry to the consulate</source>
        <translation>Redigir uma consulta de status ao consulado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save deadlines to calendar…</source>
        <translation>Exportar prazos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the open deadlines, each with a reminder, to a file your calendar opens</source>
        <translation>Gravar os prazos em aberto, cada um com um lembrete, num arquivo que seu calendário abre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add:</source>
        <translation>Adicionar:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CEAC</source>
        <translation>CEAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>Passaporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-mails</translation>
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
        <translation>Mostrar ou ocultar eventos de {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no events yet</source>
        <translation>nenhum evento ainda</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All applicants</source>
        <translation>Todos os requerentes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add {0} of {1}</source>
        <translation>Adicionar {0} de {1}</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Remove event</source>
        <translation>Remover evento</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Remove “{0}” of {1}</source>
        <translation>Remover “{0}” de {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record email sent</source>
        <translation>Registrar e-mail enviado</translation>
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
        <translation>Guarde tudo sobre um pedido de visto recusado em um único arquivo neste computador: a folha 221(g) ou a carta de recusa, os documentos que você reenvia, cada status do CEAC e cada e-mail — e imprima um pacote etiquetado para o consulado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New case…</source>
        <translation>&amp;Novo caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Abrir caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;sample case</source>
        <translation>Abrir o caso de &amp;exemplo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent cases</source>
        <translation>Casos recentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases you open will be listed here.</source>
        <translation>Os casos que você abrir aparecerão aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Recent cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Casos recentes&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your cases stay on this computer. VisaCase never connects to the internet.</source>
        <translation>Seus casos ficam neste computador. O VisaCase nunca se conecta à internet.</translation>
    </message>
</context>
<context>
    <name>WorkbookChanges</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/workbook_changes.py" line="+45"/>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop documents from the list on the left on a change to link them</source>
        <translation>Solte documentos da lista à esquerda sobre uma mudança para vinculá-los</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Promoted to operations manager in May</source>
        <translation>ex.: Promovido a gerente de operações em maio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New change</source>
        <translation>Nova mudança</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence document</source>
        <translation>Documento comprobatório</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What really changed since the refusal</source>
        <translation>O que realmente mudou desde a recusa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add change</source>
        <translation>Adicionar mudança</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remove change</source>
        <translation>Remover mudança</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link as evidence</source>
        <translation>Vincular como comprovante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink evidence</source>
        <translation>Desvincular comprovante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the selected change:</source>
        <translation>Para a mudança selecionada:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add change “{0}”</source>
        <translation>Adicionar a mudança “{0}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove change “{0}”</source>
        <translation>Remover a mudança “{0}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>214(b) workbook</source>
        <translation>Caderno 214(b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a change in the list and a document to link to it.</source>
        <translation>Selecione uma mudança na lista e um documento para vincular a ela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Link evidence to “{0}”</source>
        <translation>Vincular comprovante a “{0}”</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Unlink evidence from “{0}”</source>
        <translation>Desvincular comprovante de “{0}”</translation>
    </message>
</context>
<context>
    <name>WorkbookPanel</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/workbook_view.py" line="+69"/>
        <location line="+121"/>
        <source>214(b) workbook</source>
        <translation>Caderno 214(b)</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Readiness</source>
        <translation>Preparação</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>One-sentence answer</source>
        <translation>Resposta em uma frase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Since May I manage our Manila office, and we bought our home there.</source>
        <translation>ex.: Desde maio dirijo nosso escritório em Manila, e compramos nossa casa lá.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Where you stand</source>
        <translation>Onde você está</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Six points to work through</source>
        <translation>Seis pontos para trabalhar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your answer to “What changed since last time?”</source>
        <translation>Sua resposta a “O que mudou desde a última vez?”</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0} words. Short enough to say at the window without notes.</source>
        <translation>{0} palavras. Curta o bastante para dizer no guichê sem anotações.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tick “{0}”</source>
        <translation>Marcar “{0}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untick “{0}”</source>
        <translation>Desmarcar “{0}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the answer</source>
        <translation>Editar a resposta</translation>
    </message>
</context>
</TS>
