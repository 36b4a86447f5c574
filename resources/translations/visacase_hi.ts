<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="+42"/>
        <source>About VisaCase</source>
        <translation>VisaCase के बारे में</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;VisaCase {0}&lt;/h2&gt;&lt;p&gt;One local file per refused US visa case, its status timeline and a labelled resubmission packet.&lt;/p&gt;&lt;p&gt;VisaCase is free software: you can share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;VisaCase {0}&lt;/h2&gt;&lt;p&gt;अस्वीकृत हर अमेरिकी वीज़ा मामले के लिए एक स्थानीय फ़ाइल, उसकी स्थिति की समयरेखा और दोबारा जमा करने के लिए लेबल लगा पैकेट।&lt;/p&gt;&lt;p&gt;VisaCase मुक्त सॉफ़्टवेयर है: आप इसे GNU जनरल पब्लिक लाइसेंस, संस्करण 3 या (आपकी पसंद से) किसी बाद के संस्करण के तहत साझा और बदल सकते हैं। इसके साथ कोई वारंटी नहीं है।&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licence (GPL-3.0)</source>
        <translation>लाइसेंस (GPL-3.0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party notices</source>
        <translation>तृतीय-पक्ष सूचनाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt के बारे में</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/applicant_dialog.py" line="+50"/>
        <source>Add applicant</source>
        <translation>आवेदक जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as on the passport</source>
        <translation>जैसा पासपोर्ट पर है</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Dependent (spouse, child…)</source>
        <translation>आश्रित (पति/पत्नी, बच्चा…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal applicant</source>
        <translation>मुख्य आवेदक</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Passport number</source>
        <translation>पासपोर्ट नंबर</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>6 to 12 letters or digits, as printed.</source>
        <translation>6 से 12 अक्षर या अंक, जैसे छपे हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>not given</source>
        <translation>नहीं दिया गया</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Visa class</source>
        <translation>वीज़ा श्रेणी</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Application ID or case number</source>
        <translation>आवेदन ID या केस नंबर</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit applicant</source>
        <translation>आवेदक संपादित करें</translation>
    </message>
</context>
<context>
    <name>CaseEdits</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_edits.py" line="+76"/>
        <source>Undone: {0}</source>
        <translation>पूर्ववत किया गया: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {0}</source>
        <translation>किया गया: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redone: {0}</source>
        <translation>फिर से किया गया: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accept {0}</source>
        <translation>{0} स्वीकार करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject {0}</source>
        <translation>{0} अस्वीकार करें</translation>
    </message>
</context>
<context>
    <name>CaseIdField</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/case_id_field.py" line="+19"/>
        <source>Application ID or case number</source>
        <translation>आवेदन ID या केस नंबर</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/changes_model.py" line="+61"/>
        <source>⚠ No evidence yet: link a document that proves it.</source>
        <translation>⚠ अभी कोई प्रमाण नहीं: इसे साबित करने वाला दस्तावेज़ जोड़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document {0}</source>
        <translation>दस्तावेज़ {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Evidence: {0}</source>
        <translation>✓ प्रमाण: {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/checklist_panel.py" line="+15"/>
        <source>drop off at the visa application center</source>
        <translation>वीज़ा आवेदन केंद्र पर जमा करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send by courier</source>
        <translation>कूरियर से भेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send by email</source>
        <translation>ईमेल से भेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bring in person</source>
        <translation>स्वयं जाकर दें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>221(g) checklist</source>
        <translation>221(g) सूची</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a document from the list on the left onto an item to say it answers it, or drop files from your computer straight onto the item.</source>
        <translation>बाईं सूची से किसी दस्तावेज़ को किसी मद पर खींचें ताकि पता चले कि वह उसका उत्तर है, या अपने कंप्यूटर से फ़ाइलें सीधे उस मद पर छोड़ें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No 221(g) slip recorded yet. Add the slip as a document, then accept </source>
        <translation>अभी तक कोई 221(g) पर्ची दर्ज नहीं है। पर्ची को दस्तावेज़ के रूप में जोड़ें, फिर </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its suggestions (or use visacase notice) to list what was asked for.</source>
        <translation>उसके सुझाव स्वीकार करें (या visacase notice चलाएँ) ताकि माँगी गई चीज़ों की सूची बने।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;221(g) slip&lt;/b&gt; of {0}</source>
        <translation>{0} की &lt;b&gt;221(g) पर्ची&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;221(g) slip&lt;/b&gt; (date not recorded)</source>
        <translation>&lt;b&gt;221(g) पर्ची&lt;/b&gt; (तारीख दर्ज नहीं)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} slip</source>
        <translation>{0} पर्ची</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>administrative processing only: nothing to send</source>
        <translation>केवल प्रशासनिक प्रक्रिया: कुछ भेजना नहीं है</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_app/gui/app/crash.py" line="+45"/>
        <source>Check your case file before going on: {0}</source>
        <translation>आगे बढ़ने से पहले अपनी केस फ़ाइल जाँचें: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your case file was checked and is safe: every change is saved as it happens.</source>
        <translation>आपकी केस फ़ाइल जाँची गई और सुरक्षित है: हर बदलाव उसी समय सहेजा जाता है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong inside VisaCase.</source>
        <translation>VisaCase के अंदर कुछ गड़बड़ हो गई।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A log for a bug report is in {0}; please send it with the details.</source>
        <translation>बग रिपोर्ट के लिए लॉग {0} में है; कृपया इसे विवरण के साथ भेजें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy details</source>
        <translation>विवरण कॉपी करें</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/details.py" line="+54"/>
        <source>Document title</source>
        <translation>दस्तावेज़ का शीर्षक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of document</source>
        <translation>दस्तावेज़ का प्रकार</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of the document</source>
        <translation>दस्तावेज़ की तारीख</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>no date</source>
        <translation>कोई तारीख नहीं</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Applicant the document belongs to</source>
        <translation>यह दस्तावेज़ किस आवेदक का है</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No text was read from this document yet.</source>
        <translation>इस दस्तावेज़ से अभी तक कोई पाठ नहीं पढ़ा गया।</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Text read from the document</source>
        <translation>दस्तावेज़ से पढ़ा गया पाठ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions to confirm</source>
        <translation>पुष्टि के लिए सुझाव</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Whole case</source>
        <translation>पूरा केस</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n पृष्ठ</numerusform>
            <numerusform>%n पृष्ठ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— page %1 —</source>
        <translation>— पृष्ठ %1 —</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show full identifiers (Ctrl+Shift+I) to edit this title.</source>
        <translation>यह शीर्षक बदलने के लिए पूरे पहचान नंबर दिखाएँ (Ctrl+Shift+I)।</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Accept</source>
        <translation>स्वीकार करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept suggestion</source>
        <translation>सुझाव स्वीकार करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject suggestion</source>
        <translation>सुझाव अस्वीकार करें</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>probably</source>
        <translation>शायद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}{1} (read as {2})</source>
        <translation>{0}{1} ({2} के रूप में पढ़ा गया)</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/documents_model.py" line="+31"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
</context>
<context>
    <name>DocumentsTable</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/documents_table.py" line="+36"/>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/event_dialog.py" line="+31"/>
        <source>Passport update</source>
        <translation>पासपोर्ट की जानकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the courier or visa application center says, e.g. “ready for pickup”.</source>
        <translation>कूरियर या वीज़ा आवेदन केंद्र क्या कहता है, जैसे “लेने के लिए तैयार”।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email sent</source>
        <translation>भेजा गया ईमेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To whom, and what you asked or sent.</source>
        <translation>किसे, और आपने क्या पूछा या भेजा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email received</source>
        <translation>प्राप्त ईमेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who wrote, and what they said.</source>
        <translation>किसने लिखा, और क्या कहा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything worth remembering, e.g. what the officer said.</source>
        <translation>याद रखने लायक कुछ भी, जैसे अधिकारी ने क्या कहा।</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+13"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Whole case</source>
        <translation>पूरा केस</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to timeline</source>
        <translation>समयरेखा में जोड़ें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is added to the timeline and saved in the case file at once.</source>
        <translation>यह तुरंत समयरेखा में जुड़ता है और केस फ़ाइल में सहेजा जाता है।</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/followup_dialog.py" line="+41"/>
        <source>Follow-up email</source>
        <translation>फ़ॉलो-अप ईमेल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consulate&apos;s inquiry address, if you have it</source>
        <translation>वाणिज्य दूतावास का पूछताछ पता, अगर आपके पास है</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>To</source>
        <translation>प्रति</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy subject</source>
        <translation>विषय कॉपी करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VisaCase sends nothing. Check the text, then copy it or open it in your own mail app.</source>
        <translation>VisaCase कुछ नहीं भेजता। पाठ जाँचें, फिर उसे कॉपी करें या अपने मेल ऐप में खोलें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Copy message</source>
        <translation>संदेश कॉपी करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Open in mail app</source>
        <translation>मेल ऐप में खोलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Mark as sent</source>
        <translation>भेजा गया चिह्नित करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add “Email sent” to the timeline, dated today</source>
        <translation>समयरेखा में आज की तारीख के साथ “भेजा गया ईमेल” जोड़ें</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied. Paste it into your email.</source>
        <translation>कॉपी हो गया। इसे अपने ईमेल में चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened in your mail app. Nothing was sent yet.</source>
        <translation>आपके मेल ऐप में खुल गया। अभी कुछ नहीं भेजा गया है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mail app answered. Copy the message and paste it into your email.</source>
        <translation>किसी मेल ऐप ने जवाब नहीं दिया। संदेश कॉपी करें और अपने ईमेल में चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added “Email sent” to the timeline.</source>
        <translation>समयरेखा में “भेजा गया ईमेल” जोड़ा गया।</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="+42"/>
        <source>VisaCase guide</source>
        <translation>VisaCase मार्गदर्शिका</translation>
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
        <translation> (केवल पढ़ने के लिए)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no applicants yet</source>
        <translation>अभी कोई आवेदक नहीं</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/main_window.py" line="+127"/>
        <source>Preferences saved.</source>
        <translation>प्राथमिकताएँ सहेजी गईं।</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/contents.py" line="+35"/>
        <source>Edit “{0}”</source>
        <translation>“{0}” संपादित करें</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link to “{0}”</source>
        <translation>“{0}” से जोड़ें</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/main_window.py" line="+68"/>
        <source>This case is open read-only.</source>
        <translation>यह केस केवल पढ़ने के लिए खुला है।</translation>
    </message>
</context>
<context>
    <name>MissedBand</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_deadlines.py" line="+27"/>
        <source>Missed deadline</source>
        <translation>चूकी हुई समय-सीमा</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_case_dialog.py" line="+26"/>
        <source>221(g) — documents requested or administrative processing</source>
        <translation>221(g) — दस्तावेज़ माँगे गए या प्रशासनिक प्रक्रिया</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>214(b) — refused</source>
        <translation>214(b) — अस्वीकृत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ground</source>
        <translation>कोई और कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure yet</source>
        <translation>अभी पक्का नहीं</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New case</source>
        <translation>नया केस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as on the passport</source>
        <translation>जैसा पासपोर्ट पर है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. U.S. Embassy Manila</source>
        <translation>जैसे U.S. दूतावास, मनीला</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application ID or case number</source>
        <translation>आवेदन ID या केस नंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy or consulate</source>
        <translation>दूतावास या वाणिज्य दूतावास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa class</source>
        <translation>वीज़ा श्रेणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal</source>
        <translation>अस्वीकृति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect this case with a passphrase</source>
        <translation>इस केस को पासफ़्रेज़ से सुरक्षित करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole file is encrypted. A forgotten passphrase cannot be recovered.</source>
        <translation>पूरी फ़ाइल एन्क्रिप्ट होती है। भूला हुआ पासफ़्रेज़ वापस नहीं मिल सकता।</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>at least {0} characters</source>
        <translation>कम से कम {0} अक्षर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase again</source>
        <translation>पासफ़्रेज़ दोबारा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>again, to be sure</source>
        <translation>दोबारा, पक्का करने के लिए</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Again</source>
        <translation>दोबारा</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose at least {0} characters.</source>
        <translation>कम से कम {0} अक्षर चुनें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>दोनों पासफ़्रेज़ अलग हैं।</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/options_panel.py" line="+30"/>
        <source>Layout</source>
        <translation>लेआउट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>US लेटर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation>काग़ज़ का आकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplex: every section starts on a right-hand page</source>
        <translation>दोनों ओर छपाई (&amp;D): हर खंड दाईं ओर के पृष्ठ से शुरू होता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hrink pages so the stamp never covers them</source>
        <translation>पृष्ठ छोटे करें (&amp;H) ताकि मुहर उन्हें कभी न ढके</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Limit each file to</source>
        <translation>हर फ़ाइल की सीमा (&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For posts that take documents by email; images are reduced only as needed.</source>
        <translation>उन दूतावासों के लिए जो ईमेल से दस्तावेज़ लेते हैं; चित्र केवल ज़रूरत भर छोटे किए जाते हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size budget in megabytes</source>
        <translation>मेगाबाइट में आकार सीमा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;ver sheet</source>
        <translation>कवर पृष्ठ (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Index</source>
        <translation>अनुक्रमणिका (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tab page before each section</source>
        <translation>हर खंड से पहले टैब पृष्ठ (&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also save a &amp;collation checklist to tick off</source>
        <translation>टिक करने के लिए मिलान सूची (&amp;C) भी सहेजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One page listing the pile in order, saved beside the packet as NAME-checklist.pdf.</source>
        <translation>एक पृष्ठ जो ढेर को क्रम से सूचीबद्ध करता है, पैकेट के साथ NAME-checklist.pdf के रूप में सहेजा जाता है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pape&amp;r:</source>
        <translation>काग़ज़ (&amp;R):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include:</source>
        <translation>शामिल करें:</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/order_panel.py" line="+33"/>
        <source>Sections and documents in packet order</source>
        <translation>पैकेट के क्रम में खंड और दस्तावेज़</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>ऊपर ले जाएँ (&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>नीचे ले जाएँ (&amp;W)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cover sheet, the 221(g) letter and the index come first. Drag sections and documents to reorder them; double-click or press F2 to rename one, untick one to leave it out.</source>
        <translation>कवर पृष्ठ, 221(g) पत्र और अनुक्रमणिका सबसे पहले आते हैं। क्रम बदलने के लिए खंडों और दस्तावेज़ों को खींचें; नाम बदलने के लिए डबल-क्लिक करें या F2 दबाएँ, किसी को बाहर रखने के लिए उसका टिक हटाएँ।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Order&lt;/b&gt;</source>
        <translation>&lt;b&gt;क्रम&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../../desktop_app/gui/packet/packet_dialog.py" line="+83"/>
        <source>Resubmission packet</source>
        <translation>दोबारा जमा करने का पैकेट</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warnings before sending</source>
        <translation>भेजने से पहले चेतावनियाँ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Before you send&lt;/b&gt;</source>
        <translation>&lt;b&gt;भेजने से पहले&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mark as submitted…</source>
        <translation>जमा किया गया चिह्नित करें (&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF के रूप में सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting for changes to settle…</source>
        <translation>बदलाव पूरे होने की प्रतीक्षा…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Building the preview…</source>
        <translation>पूर्वावलोकन बन रहा है…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0:,.0f} KB</source>
        <translation>{0:,.0f} KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in {0} files; showing the first</source>
        <translation> {0} फ़ाइलों में; पहली दिखाई जा रही है</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No warnings.</source>
        <translation>कोई चेतावनी नहीं।</translation>
    </message>
</context>
<context>
    <name>PacketOrderModel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/order_model.py" line="+128"/>
        <source>Show full identifiers (Ctrl+Shift+I) to rename it.</source>
        <translation>इसका नाम बदलने के लिए पूरे पहचान नंबर दिखाएँ (Ctrl+Shift+I)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab page title: F2 to rename it, drag to move the section.</source>
        <translation>टैब पृष्ठ का शीर्षक: नाम बदलने के लिए F2, खंड हटाने-बढ़ाने के लिए खींचें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label in the index and on its pages: F2 to rename, drag to move, untick to leave it out of the packet.</source>
        <translation>अनुक्रमणिका में और इसके पृष्ठों पर लेबल: नाम बदलने के लिए F2, जगह बदलने के लिए खींचें, पैकेट से बाहर रखने के लिए टिक हटाएँ।</translation>
    </message>
</context>
<context>
    <name>PacketSending</name>
    <message>
        <location filename="../../desktop_app/gui/packet/sending.py" line="+88"/>
        <location line="+30"/>
        <source>Print</source>
        <translation>प्रिंट करें</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Printing page {0} of {1}…</source>
        <translation>पृष्ठ {0} / {1} प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+14"/>
        <source>Mark as submitted</source>
        <translation>जमा किया गया चिह्नित करें</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save the packet as PDF first, so the case keeps what you hand in.</source>
        <translation>पहले पैकेट को PDF के रूप में सहेजें, ताकि केस में वही रहे जो आप जमा करते हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record that {0} ({1} pages, saved {2}) was submitted today?</source>
        <translation>दर्ज करें कि {0} ({1} पृष्ठ, {2} को सहेजा गया) आज जमा किया गया?</translation>
    </message>
</context>
<context>
    <name>PageThumbnails</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/page_thumbnails.py" line="+30"/>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/preview.py" line="+59"/>
        <source>Select a document to see it here.

Drop scans, photos or PDFs on the window to add them.</source>
        <translation>यहाँ देखने के लिए कोई दस्तावेज़ चुनें।

जोड़ने के लिए स्कैन, फ़ोटो या PDF विंडो पर छोड़ें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document preview</source>
        <translation>दस्तावेज़ पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Page</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out</source>
        <translation>छोटा करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>चौड़ाई में फ़िट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit to width</source>
        <translation>चौड़ाई में फ़िट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>बड़ा करें</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>of {0}</source>
        <translation>{0} में से</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No preview for {0} ({1}).</source>
        <translation>{0} ({1}) का पूर्वावलोकन नहीं है।</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/gui/packet/preview_pane.py" line="+32"/>
        <source>Packet preview</source>
        <translation>पैकेट पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to page</source>
        <translation>पृष्ठ पर जाएँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building the preview…</source>
        <translation>पूर्वावलोकन बन रहा है…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview status</source>
        <translation>पूर्वावलोकन की स्थिति</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifiers are masked in the preview, as in the window; the packet you save or print has them in full.</source>
        <translation>पूर्वावलोकन में पहचान नंबर विंडो की तरह छिपे हैं; आप जो पैकेट सहेजते या छापते हैं, उसमें वे पूरे होते हैं।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The preview could not be opened.</source>
        <translation>पूर्वावलोकन नहीं खुल सका।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>of {0}</source>
        <translation>{0} में से</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_actions.py" line="+34"/>
        <source>Export packet</source>
        <translation>पैकेट निर्यात करें</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>निर्यात करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building packet: step {0} of {1}…</source>
        <translation>पैकेट बन रहा है: चरण {0} / {1}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to {0} ({1} pages).</source>
        <translation>{0} में निर्यात किया गया ({1} पृष्ठ)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packet ready</source>
        <translation>पैकेट तैयार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0}: {1} pages, {2:,.0f} KB. Every page carries its label and page number.</source>
        <translation>{0} सहेजा गया: {1} पृष्ठ, {2:,.0f} KB। हर पृष्ठ पर उसका लेबल और पृष्ठ संख्या है।</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_watch.py" line="+85"/>
        <source>{0}

Changes can no longer be saved into it. Save a copy of what this window still has open?</source>
        <translation>{0}

अब इसमें बदलाव सहेजे नहीं जा सकते। इस विंडो में जो अभी खुला है उसकी एक प्रति सहेजें?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case file missing</source>
        <translation>केस फ़ाइल ग़ायब है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy…</source>
        <translation>एक प्रति सहेजें…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Save a copy</source>
        <translation>एक प्रति सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved a copy as {0}. Open it with Case ▸ Open case… to go on.</source>
        <translation>प्रति {0} के रूप में सहेजी गई। आगे बढ़ने के लिए इसे केस ▸ केस खोलें… से खोलें।</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/clipboard.py" line="+25"/>
        <location line="+15"/>
        <source>Paste</source>
        <translation>चिपकाएँ</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This case is open read-only.</source>
        <translation>यह केस केवल पढ़ने के लिए खुला है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The picture could not be read.</source>
        <translation>चित्र पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/asking.py" line="+58"/>
        <source>Protected case</source>
        <translation>सुरक्षित केस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is protected. Passphrase:</source>
        <translation>{0} सुरक्षित है। पासफ़्रेज़:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app/file_actions.py" line="+56"/>
        <source>Save the new case as</source>
        <translation>नया केस इस नाम से सहेजें</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New case</source>
        <translation>नया केस</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+58"/>
        <location line="+31"/>
        <source>Open case</source>
        <translation>केस खोलें</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{0}

Open it read-only, to look without changing anything?</source>
        <translation>{0}

इसे केवल पढ़ने के लिए खोलें, ताकि बिना कुछ बदले देख सकें?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case in use</source>
        <translation>केस उपयोग में है</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/import_flow.py" line="+42"/>
        <source>Import</source>
        <translation>आयात करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {0} of {1}…</source>
        <translation>{0} / {1} आयात हो रहा है…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} added, {1} already in the case, {2} refused</source>
        <translation>{0} जोड़े गए, {1} पहले से केस में, {2} अस्वीकृत</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some files were not added</source>
        <translation>कुछ फ़ाइलें नहीं जोड़ी गईं</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import {0} document(s)</source>
        <translation>{0} दस्तावेज़ आयात करें</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading text</source>
        <translation>पाठ पढ़ा जा रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading text {0} of {1}…</source>
        <translation>पाठ पढ़ा जा रहा है {0} / {1}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text recognition</source>
        <translation>पाठ पहचान</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+23"/>
        <source>&amp;Case</source>
        <translation>केस (&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New case…</source>
        <translation>नया केस (&amp;N)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open case…</source>
        <translation>केस खोलें (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/menus.py" line="+40"/>
        <source>Add &amp;applicant…</source>
        <translation>आवेदक जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export packet…</source>
        <translation>पैकेट निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste CEAC &amp;status…</source>
        <translation>CEAC स्थिति चिपकाएँ (&amp;S)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in documents</source>
        <translation>दस्तावेज़ों में खोजें (&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+5"/>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/menus.py" line="+5"/>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit a&amp;pplicant</source>
        <translation>आवेदक संपादित करें (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve applicant</source>
        <translation>आवेदक हटाएँ (&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste picture, files or CEAC text</source>
        <translation>चित्र, फ़ाइलें या CEAC पाठ चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pr&amp;eferences…</source>
        <translation>प्राथमिकताएँ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show full &amp;identifiers</source>
        <translation>पूरे पहचान नंबर दिखाएँ (&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application IDs and case numbers are partly hidden unless you show them.</source>
        <translation>आवेदन ID और केस नंबर आंशिक रूप से छिपे रहते हैं जब तक आप उन्हें न दिखाएँ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Timeline</source>
        <translation>समयरेखा (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+6"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VisaCase &amp;guide</source>
        <translation>VisaCase मार्गदर्शिका (&amp;G)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;log folder</source>
        <translation>लॉग फ़ोल्डर दिखाएँ (&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About VisaCase</source>
        <translation>VisaCase के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt के बारे में</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packet/packet_dialog.py" line="+53"/>
        <source>Packet</source>
        <translation>पैकेट</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/status_paste.py" line="+24"/>
        <source>Paste CEAC status</source>
        <translation>CEAC स्थिति चिपकाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the text of the CEAC status page first, then paste it here.</source>
        <translation>पहले CEAC स्थिति पृष्ठ का पाठ कॉपी करें, फिर उसे यहाँ चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status: {0}{1}
Last updated: {2}

{3}

Record this observation?</source>
        <translation>स्थिति: {0}{1}
अंतिम अपडेट: {2}

{3}

यह अवलोकन दर्ज करें?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CEAC status</source>
        <translation>CEAC स्थिति</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record status {0}</source>
        <translation>स्थिति {0} दर्ज करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status recorded: {0}{1}, last updated {2}.</source>
        <translation>स्थिति दर्ज की गई: {0}{1}, अंतिम अपडेट: {2}।</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_deadlines.py" line="+15"/>
        <source>Save deadlines to calendar</source>
        <translation>समय-सीमाएँ कैलेंडर में सहेजें</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n open deadline(s) saved to {0}. Open the file with your calendar; saving it again later updates the same entries.</source>
        <translation>
            <numerusform>%n खुली समय-सीमा {0} में सहेजी गई। फ़ाइल को अपने कैलेंडर से खोलें; बाद में फिर सहेजने पर वही प्रविष्टियाँ अपडेट होती हैं।</numerusform>
            <numerusform>%n खुली समय-सीमाएँ {0} में सहेजी गईं। फ़ाइल को अपने कैलेंडर से खोलें; बाद में फिर सहेजने पर वही प्रविष्टियाँ अपडेट होती हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/applicant_actions.py" line="+27"/>
        <source>Add {0}</source>
        <translation>{0} को जोड़ें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit {0}</source>
        <translation>{0} संपादित करें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove {0}</source>
        <translation>{0} को हटाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {0} with their events and notices. Edit ▸ Undo brings them back.</source>
        <translation>{0} को उनकी घटनाओं और सूचनाओं के साथ हटाया गया। संपादन ▸ पूर्ववत करें से वे वापस आ जाते हैं।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No applicants yet</source>
        <translation>अभी कोई आवेदक नहीं</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/checklist_actions.py" line="+24"/>
        <source>Unlink all documents</source>
        <translation>सभी दस्तावेज़ अलग करें</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unlink from “{0}”</source>
        <translation>“{0}” से अलग करें</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unlink “{0}”</source>
        <translation>“{0}” अलग करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No documents linked yet</source>
        <translation>अभी कोई दस्तावेज़ जुड़ा नहीं है</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/document_actions.py" line="+26"/>
        <location line="+10"/>
        <source>&amp;Remove document</source>
        <translation>दस्तावेज़ हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read &amp;text again</source>
        <translation>पाठ फिर से पढ़ें (&amp;T)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Read the text of “{0}” again.</source>
        <translation>“{0}” का पाठ फिर से पढ़ा गया।</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“{0}” has its text and searchable words already.</source>
        <translation>“{0}” में उसका पाठ और खोजने योग्य शब्द पहले से हैं।</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Remove {0} documents</source>
        <translation>{0} दस्तावेज़ हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Text recognition (Tesseract OCR) is not installed: “{0}” was not read.</source>
        <translation>पाठ पहचान (Tesseract OCR) इंस्टॉल नहीं है: “{0}” नहीं पढ़ा गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {0} documents have their text and searchable words already.</source>
        <translation>इन {0} दस्तावेज़ों में पाठ और खोजे जा सकने वाले शब्द पहले से हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text recognition (Tesseract OCR) is not installed: nothing was read.</source>
        <translation>पाठ पहचान (Tesseract OCR) इंस्टॉल नहीं है: कुछ नहीं पढ़ा गया।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the text of {0} document(s) again.</source>
        <translation>{0} दस्तावेज़ों का पाठ फिर से पढ़ा गया।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Removed “{0}” and its {1} attachment(s).</source>
        <translation>“{0}” और उसके {1} संलग्नक हटाए गए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed “{0}”.</source>
        <translation>“{0}” हटाया गया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove {0} documents</source>
        <translation>{0} दस्तावेज़ हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {0} documents and their {1} attachment(s).</source>
        <translation>{0} दस्तावेज़ और उनके {1} संलग्नक हटाए गए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed {0} documents.</source>
        <translation>{0} दस्तावेज़ हटाए गए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>संपादन ▸ पूर्ववत करें से ये वापस आ जाते हैं।</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Remove “{0}”</source>
        <translation>“{0}” हटाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>संपादन ▸ पूर्ववत करें से यह वापस आ जाता है।</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/feedback.py" line="+28"/>
        <source>Printed {0} page(s) of the packet.</source>
        <translation>पैकेट के {0} पृष्ठ प्रिंट किए गए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The packet is recorded as submitted today.</source>
        <translation>पैकेट आज जमा किए जाने के रूप में दर्ज हो गया है।</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/workers/print_worker.py" line="+166"/>
        <source>Printed all {0} pages on {2}.</source>
        <translation>सभी {0} पृष्ठ {2} पर प्रिंट किए गए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed pages {1} of {0} on {2}.</source>
        <translation>{0} में से पृष्ठ {1} {2} पर प्रिंट किए गए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} copies of each.</source>
        <translation>हर एक की {0} प्रतियाँ।</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="+68"/>
        <source>Log folder</source>
        <translation>लॉग फ़ोल्डर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The log files are in {0}</source>
        <translation>लॉग फ़ाइलें {0} में हैं</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/panes.py" line="+51"/>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>समयरेखा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221(g) checklist</source>
        <translation>221(g) सूची</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) workbook</source>
        <translation>214(b) कार्यपुस्तिका</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Drop scans, photos and PDFs anywhere on this window to add them.</source>
        <translation>जोड़ने के लिए स्कैन, फ़ोटो और PDF इस विंडो पर कहीं भी छोड़ें।</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/status_bar.py" line="+26"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/opening.py" line="+25"/>
        <source>VisaCase — {0}</source>
        <translation>VisaCase — {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening {0}…</source>
        <translation>{0} खोला जा रहा है…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening the sample case…</source>
        <translation>नमूना केस खोला जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/selection_fields.py" line="+26"/>
        <source>Set &amp;kind</source>
        <translation>प्रकार चुनें (&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set &amp;applicant</source>
        <translation>आवेदक चुनें (&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set kind “{1}” on {0} document(s)</source>
        <translation>{0} दस्तावेज़ों का प्रकार “{1}” करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set applicant “{1}” on {0} document(s)</source>
        <translation>{0} दस्तावेज़ों का आवेदक “{1}” करें</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Whole case</source>
        <translation>पूरा केस</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/requests_model.py" line="+50"/>
        <source>Drop a document here to say it answers this item.</source>
        <translation>यह बताने के लिए कि कोई दस्तावेज़ इस मद का उत्तर है, उसे यहाँ छोड़ें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted {0}</source>
        <translation>{0} को जमा किया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing — drop the document that answers it here</source>
        <translation>ग़ायब — इसका उत्तर देने वाला दस्तावेज़ यहाँ छोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send</source>
        <translation>भेजने के लिए तैयार</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/search_model.py" line="+39"/>
        <source>{0} — page {1}</source>
        <translation>{0} — पृष्ठ {1}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/search_panel.py" line="+27"/>
        <source>Search the text of every document (Ctrl+F)</source>
        <translation>हर दस्तावेज़ के पाठ में खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search documents</source>
        <translation>दस्तावेज़ खोजें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>खोज परिणाम</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No page mentions “{0}”.</source>
        <translation>किसी पृष्ठ पर “{0}” नहीं है।</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matching page(s)</source>
        <translation>
            <numerusform>%n पृष्ठ मेल खाता है</numerusform>
            <numerusform>%n पृष्ठ मेल खाते हैं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="+45"/>
        <source>Preferences</source>
        <translation>प्राथमिकताएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>US लेटर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default paper size</source>
        <translation>डिफ़ॉल्ट काग़ज़ का आकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPITALS (easiest to read)</source>
        <translation>बड़े अक्षर (पढ़ने में सबसे आसान)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As typed</source>
        <translation>जैसा टाइप किया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label style</source>
        <translation>लेबल शैली</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source> day(s)</source>
        <translation>
            <numerusform> दिन</numerusform>
            <numerusform> दिन</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Follow-up reminder interval</source>
        <translation>फ़ॉलो-अप याद दिलाने का अंतराल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Also read scans in</source>
        <translation>स्कैन इन भाषाओं में भी पढ़ें</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Scans are always read in the languages of the case&apos;s post.</source>
        <translation>स्कैन हमेशा मामले के दूतावास या वाणिज्य दूतावास की भाषाओं में पढ़े जाते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language takes effect at the next start.</source>
        <translation>नई भाषा अगली बार शुरू करने पर लागू होगी।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New cases remind you to follow up at this interval.</source>
        <translation>नए केस आपको इस अंतराल पर फ़ॉलो-अप की याद दिलाते हैं।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paper size</source>
        <translation>काग़ज़ का आकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet labels</source>
        <translation>पैकेट के लेबल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up every</source>
        <translation>हर इतने समय पर फ़ॉलो-अप करें</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="-53"/>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menu</source>
        <translation>मेनू</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../desktop_app/gui/packet/task_progress.py" line="+23"/>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_app/gui/models/timeline_rows.py" line="+66"/>
        <source>Interview</source>
        <translation>साक्षात्कार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropbox</source>
        <translation>ड्रॉपबॉक्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221(g) refusal</source>
        <translation>221(g) अस्वीकृति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) refusal</source>
        <translation>214(b) अस्वीकृति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents requested</source>
        <translation>दस्तावेज़ माँगे गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents submitted</source>
        <translation>दस्तावेज़ जमा किए गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>CEAC status</source>
        <translation>CEAC स्थिति</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Passport</source>
        <translation>पासपोर्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email received</source>
        <translation>प्राप्त ईमेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email sent</source>
        <translation>भेजा गया ईमेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221(g) notice</source>
        <translation>221(g) सूचना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) refusal letter</source>
        <translation>214(b) अस्वीकृति पत्र</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 221(g) slip is dated this day; the one-year clock starts from it</source>
        <translation>221(g) पर्ची पर इसी दिन की तारीख है; एक साल की अवधि इसी से शुरू होती है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 214(b) refusal letter is dated this day</source>
        <translation>214(b) अस्वीकृति पत्र पर इसी दिन की तारीख है</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Administrative processing — not final</source>
        <translation>प्रशासनिक प्रक्रिया — अंतिम नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused — the letter from the interview decides</source>
        <translation>अस्वीकृत — साक्षात्कार में मिला पत्र तय करता है</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n days so far</source>
        <translation>
            <numerusform>अब तक %n दिन</numerusform>
            <numerusform>अब तक %n दिन</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same day</source>
        <translation>उसी दिन</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>221(g) notice: administrative processing only, nothing to submit</source>
        <translation>221(g) सूचना: केवल प्रशासनिक प्रक्रिया, कुछ जमा नहीं करना</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} slip</source>
        <translation>{0} पर्ची</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole case</source>
        <translation>पूरा केस</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · phase: {1}</source>
        <translation>{0} · चरण: {1}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} due {1} ({2}; {3})</source>
        <translation>{0} की अंतिम तिथि {1} ({2}; {3})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MISSED</source>
        <translation>चूक गए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} MISSED</source>
        <translation>{0} चूक गए</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n दिन पहले</numerusform>
            <numerusform>%n दिन पहले</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Met</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} met</source>
        <translation>{0} पूरा हुआ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer applies</source>
        <translation>अब लागू नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: no longer applies</source>
        <translation>{0}: अब लागू नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} from this day</source>
        <translation>इस दिन से {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>for %n days</source>
        <translation>
            <numerusform>%n दिन से</numerusform>
            <numerusform>%n दिनों से</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>समय-सीमा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} due</source>
        <translation>{0} की अंतिम तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days left</source>
        <translation>
            <numerusform>%n दिन बाकी</numerusform>
            <numerusform>%n दिन बाकी</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today is {0}</source>
        <translation>आज {0} है</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_view.py" line="+91"/>
        <source>Nothing on the timeline yet. Paste the text of the CEAC status page, or add a passport update, an email or a note with the buttons above.</source>
        <translation>समयरेखा पर अभी कुछ नहीं है। CEAC स्थिति पृष्ठ का पाठ चिपकाएँ, या ऊपर के बटनों से पासपोर्ट की जानकारी, ईमेल या नोट जोड़ें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show events of</source>
        <translation>इनकी घटनाएँ दिखाएँ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Timeline</source>
        <translation>समयरेखा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events in the order they happened, today, then the deadlines ahead</source>
        <translation>घटनाएँ जिस क्रम में हुईं, फिर आज, फिर आगे की समय-सीमाएँ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add to the timeline</source>
        <translation>समयरेखा में जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste CEAC status…</source>
        <translation>CEAC स्थिति चिपकाएँ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the CEAC status page text from the clipboard and record it</source>
        <translation>क्लिपबोर्ड से CEAC स्थिति पृष्ठ का पाठ पढ़ें और दर्ज करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passport update…</source>
        <translation>पासपोर्ट…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email sent…</source>
        <translation>भेजा गया ईमेल…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email received…</source>
        <translation>प्राप्त ईमेल…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note…</source>
        <translation>नोट…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up email…</source>
        <translation>फ़ॉलो-अप ईमेल…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a status inquiry to the consulate</source>
        <translation>वाणिज्य दूतावास को स्थिति पूछने का ईमेल लिखें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save deadlines to calendar…</source>
        <translation>कैलेंडर में सहेजें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the open deadlines, each with a reminder, to a file your calendar opens</source>
        <translation>खुली समय-सीमाएँ, हर एक याद दिलाने के साथ, ऐसी फ़ाइल में लिखें जिसे आपका कैलेंडर खोलता है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add:</source>
        <translation>जोड़ें:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CEAC</source>
        <translation>CEAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>पासपोर्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show {0}</source>
        <translation>{0} दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide {0} events</source>
        <translation>{0} घटनाएँ दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show:</source>
        <translation>दिखाएँ:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no events yet</source>
        <translation>अभी कोई घटना नहीं</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All applicants</source>
        <translation>सभी आवेदक</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add {0} of {1}</source>
        <translation>{1} का {0} जोड़ें</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Remove event</source>
        <translation>घटना हटाएँ</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Remove “{0}” of {1}</source>
        <translation>{1} का “{0}” हटाएँ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record email sent</source>
        <translation>भेजा गया ईमेल दर्ज करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: {0}</source>
        <translation>भेजा गया: {0}</translation>
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
        <translation>अस्वीकृत वीज़ा आवेदन से जुड़ी हर चीज़ इस कंप्यूटर पर एक फ़ाइल में रखें: 221(g) पर्ची या अस्वीकृति पत्र, आप जो दस्तावेज़ वापस भेजते हैं, हर CEAC स्थिति और ईमेल — और वाणिज्य दूतावास के लिए लेबल लगा पैकेट छापें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New case…</source>
        <translation>नया केस (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open case…</source>
        <translation>केस खोलें (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;sample case</source>
        <translation>नमूना केस खोलें (&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent cases</source>
        <translation>हाल के केस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases you open will be listed here.</source>
        <translation>आप जो केस खोलेंगे वे यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Recent cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;हाल के केस&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your cases stay on this computer. VisaCase never connects to the internet.</source>
        <translation>आपके केस इसी कंप्यूटर पर रहते हैं। VisaCase कभी इंटरनेट से नहीं जुड़ता।</translation>
    </message>
</context>
<context>
    <name>WorkbookChanges</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/workbook_changes.py" line="+45"/>
        <source>What changed</source>
        <translation>क्या बदला</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop documents from the list on the left on a change to link them</source>
        <translation>जोड़ने के लिए बाईं सूची से दस्तावेज़ किसी बदलाव पर छोड़ें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Promoted to operations manager in May</source>
        <translation>जैसे मई में ऑपरेशंस मैनेजर के पद पर पदोन्नति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New change</source>
        <translation>नया बदलाव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence document</source>
        <translation>प्रमाण दस्तावेज़</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What really changed since the refusal</source>
        <translation>अस्वीकृति के बाद सच में क्या बदला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add change</source>
        <translation>बदलाव जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remove change</source>
        <translation>बदलाव हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link as evidence</source>
        <translation>प्रमाण के रूप में जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink</source>
        <translation>अलग करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink evidence</source>
        <translation>प्रमाण अलग करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the selected change:</source>
        <translation>चुने गए बदलाव के लिए:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add change “{0}”</source>
        <translation>बदलाव “{0}” जोड़ें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove change “{0}”</source>
        <translation>बदलाव “{0}” हटाएँ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>214(b) workbook</source>
        <translation>214(b) कार्यपुस्तिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a change in the list and a document to link to it.</source>
        <translation>सूची में एक बदलाव और उससे जोड़ने के लिए एक दस्तावेज़ चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Link evidence to “{0}”</source>
        <translation>“{0}” से प्रमाण जोड़ें</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Unlink evidence from “{0}”</source>
        <translation>“{0}” से प्रमाण अलग करें</translation>
    </message>
</context>
<context>
    <name>WorkbookPanel</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/workbook_view.py" line="+69"/>
        <location line="+121"/>
        <source>214(b) workbook</source>
        <translation>214(b) कार्यपुस्तिका</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Readiness</source>
        <translation>तैयारी</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>One-sentence answer</source>
        <translation>एक वाक्य का उत्तर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Since May I manage our Manila office, and we bought our home there.</source>
        <translation>जैसे मई से मैं हमारा मनीला दफ़्तर संभालता हूँ, और हमने वहीं अपना घर ख़रीदा है।</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Where you stand</source>
        <translation>आप कहाँ खड़े हैं</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Six points to work through</source>
        <translation>काम करने के लिए छह बिंदु</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your answer to “What changed since last time?”</source>
        <translation>“पिछली बार से क्या बदला?” का आपका उत्तर</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0} words. Short enough to say at the window without notes.</source>
        <translation>{0} शब्द। इतना छोटा कि खिड़की पर बिना नोट के कहा जा सके।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tick “{0}”</source>
        <translation>“{0}” पर टिक करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untick “{0}”</source>
        <translation>“{0}” से टिक हटाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the answer</source>
        <translation>उत्तर संपादित करें</translation>
    </message>
</context>
</TS>
