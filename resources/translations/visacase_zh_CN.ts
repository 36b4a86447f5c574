<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="+42"/>
        <source>About VisaCase</source>
        <translation>关于 VisaCase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;VisaCase {0}&lt;/h2&gt;&lt;p&gt;One local file per refused US visa case, its status timeline and a labelled resubmission packet.&lt;/p&gt;&lt;p&gt;VisaCase is free software: you can share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;VisaCase {0}&lt;/h2&gt;&lt;p&gt;每个被拒的美国签证案件一个本地文件，包含状态时间线和一份带标签的补交材料包。&lt;/p&gt;&lt;p&gt;VisaCase 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本分享和修改它。本软件不提供任何担保。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licence (GPL-3.0)</source>
        <translation>许可证（GPL-3.0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party notices</source>
        <translation>第三方声明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/applicant_dialog.py" line="+50"/>
        <source>Add applicant</source>
        <translation>添加申请人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as on the passport</source>
        <translation>与护照一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Dependent (spouse, child…)</source>
        <translation>随行家属（配偶、子女…）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal applicant</source>
        <translation>主申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Passport number</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>6 to 12 letters or digits, as printed.</source>
        <translation>6 到 12 位字母或数字，与印刷一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Visa class</source>
        <translation>签证类别</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Application ID or case number</source>
        <translation>申请 ID 或案件编号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit applicant</source>
        <translation>编辑申请人</translation>
    </message>
</context>
<context>
    <name>CaseEdits</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_edits.py" line="+76"/>
        <source>Undone: {0}</source>
        <translation>已撤销：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {0}</source>
        <translation>已完成：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redone: {0}</source>
        <translation>已重做：{0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accept {0}</source>
        <translation>接受{0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject {0}</source>
        <translation>拒绝{0}</translation>
    </message>
</context>
<context>
    <name>CaseIdField</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/case_id_field.py" line="+19"/>
        <source>Application ID or case number</source>
        <translation>申请 ID 或案件编号</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/changes_model.py" line="+61"/>
        <source>⚠ No evidence yet: link a document that proves it.</source>
        <translation>⚠ 尚无证明：请关联一份能证明此项的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document {0}</source>
        <translation>文件 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Evidence: {0}</source>
        <translation>✓ 证明：{0}</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/checklist_panel.py" line="+15"/>
        <source>drop off at the visa application center</source>
        <translation>递交到签证申请中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send by courier</source>
        <translation>通过快递寄送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send by email</source>
        <translation>通过电子邮件发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bring in person</source>
        <translation>亲自递交</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>221(g) checklist</source>
        <translation>221(g) 清单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a document from the list on the left onto an item to say it answers it, or drop files from your computer straight onto the item.</source>
        <translation>把左侧列表中的文件拖到某一项上，表示它回应了该项；也可以把电脑上的文件直接拖放到该项上。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No 221(g) slip recorded yet. Add the slip as a document, then accept </source>
        <translation>尚未记录 221(g) 通知单。请把通知单添加为文件，然后接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its suggestions (or use visacase notice) to list what was asked for.</source>
        <translation>它的建议（或使用 visacase notice），列出所要求的材料。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;221(g) slip&lt;/b&gt; of {0}</source>
        <translation>{0} 的&lt;b&gt;221(g) 通知单&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;221(g) slip&lt;/b&gt; (date not recorded)</source>
        <translation>&lt;b&gt;221(g) 通知单&lt;/b&gt;（未记录日期）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} slip</source>
        <translation>{0}通知单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>administrative processing only: nothing to send</source>
        <translation>仅行政审查：无需寄送任何材料</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_app/gui/app/crash.py" line="+45"/>
        <source>Check your case file before going on: {0}</source>
        <translation>继续之前请检查您的案件文件：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your case file was checked and is safe: every change is saved as it happens.</source>
        <translation>您的案件文件已检查，安全无虞：每次更改都会即时保存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong inside VisaCase.</source>
        <translation>VisaCase 内部出错了。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A log for a bug report is in {0}; please send it with the details.</source>
        <translation>错误报告所需的日志位于 {0}；请将其与详细信息一起发送。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/details.py" line="+54"/>
        <source>Document title</source>
        <translation>文件标题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of document</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of the document</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Applicant the document belongs to</source>
        <translation>文件所属的申请人</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No text was read from this document yet.</source>
        <translation>尚未从此文件中读取文字。</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Text read from the document</source>
        <translation>从文件中读取的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions to confirm</source>
        <translation>待确认的建议</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Whole case</source>
        <translation>整个案件</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— page %1 —</source>
        <translation>— 第 %1 页 —</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show full identifiers (Ctrl+Shift+I) to edit this title.</source>
        <translation>显示完整标识号（Ctrl+Shift+I）后才能编辑此标题。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept suggestion</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject suggestion</source>
        <translation>拒绝建议</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>probably</source>
        <translation>可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}{1} (read as {2})</source>
        <translation>{0}{1}（识别为 {2}）</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/documents_model.py" line="+31"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
</context>
<context>
    <name>DocumentsTable</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/documents_table.py" line="+36"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/event_dialog.py" line="+31"/>
        <source>Passport update</source>
        <translation>护照进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the courier or visa application center says, e.g. “ready for pickup”.</source>
        <translation>快递公司或签证申请中心的说法，例如“可以领取”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email sent</source>
        <translation>已发送邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To whom, and what you asked or sent.</source>
        <translation>发给谁，以及您询问或发送了什么。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email received</source>
        <translation>已收到邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who wrote, and what they said.</source>
        <translation>谁写的，说了什么。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything worth remembering, e.g. what the officer said.</source>
        <translation>任何值得记住的事，例如签证官说的话。</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+13"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Whole case</source>
        <translation>整个案件</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to timeline</source>
        <translation>添加到时间线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is added to the timeline and saved in the case file at once.</source>
        <translation>它会立即添加到时间线并保存到案件文件中。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/followup_dialog.py" line="+41"/>
        <source>Follow-up email</source>
        <translation>跟进邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consulate&apos;s inquiry address, if you have it</source>
        <translation>领事馆的查询邮箱（如果有）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy subject</source>
        <translation>复制主题</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Message</source>
        <translation>正文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VisaCase sends nothing. Check the text, then copy it or open it in your own mail app.</source>
        <translation>VisaCase 不会发送任何内容。请检查文字，然后复制它或在您自己的邮件应用中打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Copy message</source>
        <translation>复制正文</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Open in mail app</source>
        <translation>在邮件应用中打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add “Email sent” to the timeline, dated today</source>
        <translation>把“已发送邮件”添加到时间线，日期为今天</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied. Paste it into your email.</source>
        <translation>已复制。请粘贴到您的邮件中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened in your mail app. Nothing was sent yet.</source>
        <translation>已在您的邮件应用中打开。尚未发送任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mail app answered. Copy the message and paste it into your email.</source>
        <translation>没有邮件应用响应。请复制正文并粘贴到您的邮件中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added “Email sent” to the timeline.</source>
        <translation>已把“已发送邮件”添加到时间线。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="+42"/>
        <source>VisaCase guide</source>
        <translation>VisaCase 使用指南</translation>
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
        <translation>（只读）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no applicants yet</source>
        <translation>尚无申请人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/main_window.py" line="+127"/>
        <source>Preferences saved.</source>
        <translation>首选项已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/contents.py" line="+35"/>
        <source>Edit “{0}”</source>
        <translation>编辑“{0}”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link to “{0}”</source>
        <translation>关联到“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/main_window.py" line="+68"/>
        <source>This case is open read-only.</source>
        <translation>此案件以只读方式打开。</translation>
    </message>
</context>
<context>
    <name>MissedBand</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_deadlines.py" line="+27"/>
        <source>Missed deadline</source>
        <translation>已错过的期限</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_case_dialog.py" line="+26"/>
        <source>221(g) — documents requested or administrative processing</source>
        <translation>221(g)：要求补交材料或行政审查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>214(b) — refused</source>
        <translation>214(b)：拒签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ground</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure yet</source>
        <translation>尚不确定</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as on the passport</source>
        <translation>与护照一致</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. U.S. Embassy Manila</source>
        <translation>例如：美国驻马尼拉大使馆</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application ID or case number</source>
        <translation>申请 ID 或案件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy or consulate</source>
        <translation>大使馆或领事馆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa class</source>
        <translation>签证类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal</source>
        <translation>拒签类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect this case with a passphrase</source>
        <translation>用口令保护此案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole file is encrypted. A forgotten passphrase cannot be recovered.</source>
        <translation>整个文件都会加密。忘记的口令无法找回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>at least {0} characters</source>
        <translation>至少 {0} 个字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>again, to be sure</source>
        <translation>再输入一次，以确保无误</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose at least {0} characters.</source>
        <translation>请至少使用 {0} 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/options_panel.py" line="+30"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplex: every section starts on a right-hand page</source>
        <translation>双面打印(&amp;D)：每一节都从右侧页开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hrink pages so the stamp never covers them</source>
        <translation>缩小页面(&amp;H)，使印章不会遮住内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Limit each file to</source>
        <translation>每个文件限制为(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For posts that take documents by email; images are reduced only as needed.</source>
        <translation>适用于通过电子邮件接收文件的使领馆；图片只在必要时缩小。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size budget in megabytes</source>
        <translation>大小上限（MB）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;ver sheet</source>
        <translation>封面页(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Index</source>
        <translation>目录(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tab page before each section</source>
        <translation>每节前加分隔页(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also save a &amp;collation checklist to tick off</source>
        <translation>另存一份可勾选的核对清单(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One page listing the pile in order, saved beside the packet as NAME-checklist.pdf.</source>
        <translation>一页按顺序列出整叠材料，与材料包一起保存为 NAME-checklist.pdf。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pape&amp;r:</source>
        <translation>纸张(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include:</source>
        <translation>包含：</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/order_panel.py" line="+33"/>
        <source>Sections and documents in packet order</source>
        <translation>按材料包顺序排列的章节和文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cover sheet, the 221(g) letter and the index come first. Drag sections and documents to reorder them; double-click or press F2 to rename one, untick one to leave it out.</source>
        <translation>封面页、221(g) 信函和目录排在最前面。拖动章节和文件可调整顺序；双击或按 F2 可重命名，取消勾选可将其排除。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Order&lt;/b&gt;</source>
        <translation>&lt;b&gt;顺序&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../../desktop_app/gui/packet/packet_dialog.py" line="+83"/>
        <source>Resubmission packet</source>
        <translation>补交材料包</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warnings before sending</source>
        <translation>发送前的警告</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Before you send&lt;/b&gt;</source>
        <translation>&lt;b&gt;发送之前&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mark as submitted…</source>
        <translation>标记为已递交(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting for changes to settle…</source>
        <translation>正在等待更改完成…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Building the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0:,.0f} KB</source>
        <translation>{0:,.0f} KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in {0} files; showing the first</source>
        <translation>，共 {0} 个文件；显示第一个</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
</context>
<context>
    <name>PacketOrderModel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/order_model.py" line="+128"/>
        <source>Show full identifiers (Ctrl+Shift+I) to rename it.</source>
        <translation>显示完整标识号（Ctrl+Shift+I）后才能重命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab page title: F2 to rename it, drag to move the section.</source>
        <translation>分隔页标题：按 F2 重命名，拖动可移动该节。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label in the index and on its pages: F2 to rename, drag to move, untick to leave it out of the packet.</source>
        <translation>目录和各页上显示的标签：按 F2 重命名，拖动可移动，取消勾选可将其排除在材料包之外。</translation>
    </message>
</context>
<context>
    <name>PacketSending</name>
    <message>
        <location filename="../../desktop_app/gui/packet/sending.py" line="+88"/>
        <location line="+30"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Printing page {0} of {1}…</source>
        <translation>正在打印第 {0} 页，共 {1} 页…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+14"/>
        <source>Mark as submitted</source>
        <translation>标记为已递交</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save the packet as PDF first, so the case keeps what you hand in.</source>
        <translation>请先把材料包另存为 PDF，以便案件保留您递交的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record that {0} ({1} pages, saved {2}) was submitted today?</source>
        <translation>记录 {0}（{1} 页，保存于 {2}）已于今天递交？</translation>
    </message>
</context>
<context>
    <name>PageThumbnails</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/page_thumbnails.py" line="+30"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/preview.py" line="+59"/>
        <source>Select a document to see it here.

Drop scans, photos or PDFs on the window to add them.</source>
        <translation>选择一个文件即可在此查看。

把扫描件、照片或 PDF 拖放到窗口上即可添加。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document preview</source>
        <translation>文件预览</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit to width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>of {0}</source>
        <translation>共 {0} 页</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No preview for {0} ({1}).</source>
        <translation>无法预览 {0}（{1}）。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/gui/packet/preview_pane.py" line="+32"/>
        <source>Packet preview</source>
        <translation>材料包预览</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to page</source>
        <translation>转到页</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview status</source>
        <translation>预览状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifiers are masked in the preview, as in the window; the packet you save or print has them in full.</source>
        <translation>预览中的标识号已遮盖，与窗口一致；保存或打印的材料包中标识号完整显示。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The preview could not be opened.</source>
        <translation>无法打开预览。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>of {0}</source>
        <translation>共 {0} 页</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_actions.py" line="+34"/>
        <source>Export packet</source>
        <translation>导出材料包</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building packet: step {0} of {1}…</source>
        <translation>正在生成材料包：第 {0} 步，共 {1} 步…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to {0} ({1} pages).</source>
        <translation>已导出到 {0}（{1} 页）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packet ready</source>
        <translation>材料包已就绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0}: {1} pages, {2:,.0f} KB. Every page carries its label and page number.</source>
        <translation>已保存 {0}：{1} 页，{2:,.0f} KB。每页都带有标签和页码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_watch.py" line="+85"/>
        <source>{0}

Changes can no longer be saved into it. Save a copy of what this window still has open?</source>
        <translation>{0}

更改已无法再保存到其中。要把此窗口中仍打开的内容另存一份吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case file missing</source>
        <translation>案件文件丢失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy…</source>
        <translation>另存一份…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Save a copy</source>
        <translation>另存一份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved a copy as {0}. Open it with Case ▸ Open case… to go on.</source>
        <translation>已另存为 {0}。请通过“案件 ▸ 打开案件…”打开它继续。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/clipboard.py" line="+25"/>
        <location line="+15"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This case is open read-only.</source>
        <translation>此案件以只读方式打开。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The picture could not be read.</source>
        <translation>无法读取图片。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/asking.py" line="+58"/>
        <source>Protected case</source>
        <translation>受保护的案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is protected. Passphrase:</source>
        <translation>{0} 受口令保护。口令：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app/file_actions.py" line="+56"/>
        <source>Save the new case as</source>
        <translation>将新案件保存为</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+58"/>
        <location line="+31"/>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{0}

Open it read-only, to look without changing anything?</source>
        <translation>{0}

以只读方式打开，只查看不更改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case in use</source>
        <translation>案件正在使用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/import_flow.py" line="+42"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {0} of {1}…</source>
        <translation>正在导入第 {0} 个，共 {1} 个…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} added, {1} already in the case, {2} refused</source>
        <translation>已添加 {0} 个，{1} 个已在案件中，{2} 个被拒绝</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some files were not added</source>
        <translation>部分文件未添加</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import {0} document(s)</source>
        <translation>导入 {0} 个文件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading text</source>
        <translation>正在读取文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading text {0} of {1}…</source>
        <translation>正在读取文字：第 {0} 个，共 {1} 个…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text recognition</source>
        <translation>文字识别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+23"/>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open case…</source>
        <translation>打开案件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/menus.py" line="+40"/>
        <source>Add &amp;applicant…</source>
        <translation>添加申请人(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export packet…</source>
        <translation>导出材料包(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste CEAC &amp;status…</source>
        <translation>粘贴 CEAC 状态(&amp;S)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in documents</source>
        <translation>在文件中查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+5"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/menus.py" line="+5"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit a&amp;pplicant</source>
        <translation>编辑申请人(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve applicant</source>
        <translation>删除申请人(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste picture, files or CEAC text</source>
        <translation>粘贴图片、文件或 CEAC 文字(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show full &amp;identifiers</source>
        <translation>显示完整标识号(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application IDs and case numbers are partly hidden unless you show them.</source>
        <translation>除非您选择显示，申请 ID 和案件编号会部分隐藏。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VisaCase &amp;guide</source>
        <translation>VisaCase 使用指南(&amp;G)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;log folder</source>
        <translation>显示日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About VisaCase</source>
        <translation>关于 VisaCase(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packet/packet_dialog.py" line="+53"/>
        <source>Packet</source>
        <translation>材料包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/status_paste.py" line="+24"/>
        <source>Paste CEAC status</source>
        <translation>粘贴 CEAC 状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the text of the CEAC status page first, then paste it here.</source>
        <translation>请先复制 CEAC 状态页面的文字，然后粘贴到这里。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status: {0}{1}
Last updated: {2}

{3}

Record this observation?</source>
        <translation>状态：{0}{1}
最后更新：{2}

{3}

记录这次查询结果？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CEAC status</source>
        <translation>CEAC 状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record status {0}</source>
        <translation>记录状态 {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status recorded: {0}{1}, last updated {2}.</source>
        <translation>已记录状态：{0}{1}，最后更新：{2}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_deadlines.py" line="+15"/>
        <source>Save deadlines to calendar</source>
        <translation>将期限保存到日历</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n open deadline(s) saved to {0}. Open the file with your calendar; saving it again later updates the same entries.</source>
        <translation>
            <numerusform>已将 %n 个未到期的期限保存到 {0}。请用您的日历打开该文件；以后再次保存会更新相同的条目。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/applicant_actions.py" line="+27"/>
        <source>Add {0}</source>
        <translation>添加 {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit {0}</source>
        <translation>编辑 {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove {0}</source>
        <translation>删除 {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {0} with their events and notices. Edit ▸ Undo brings them back.</source>
        <translation>已删除 {0} 及其事件和通知。“编辑 ▸ 撤销”可将其恢复。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No applicants yet</source>
        <translation>尚无申请人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/checklist_actions.py" line="+24"/>
        <source>Unlink all documents</source>
        <translation>取消关联所有文件</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unlink from “{0}”</source>
        <translation>取消与“{0}”的关联</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unlink “{0}”</source>
        <translation>取消关联“{0}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No documents linked yet</source>
        <translation>尚未关联任何文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/document_actions.py" line="+26"/>
        <location line="+10"/>
        <source>&amp;Remove document</source>
        <translation>删除文件(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read &amp;text again</source>
        <translation>重新读取文字(&amp;T)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Read the text of “{0}” again.</source>
        <translation>已重新读取“{0}”的文字。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“{0}” has its text and searchable words already.</source>
        <translation>“{0}”已有文字和可搜索的字词。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Remove {0} documents</source>
        <translation>删除 {0} 个文件(&amp;D)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Text recognition (Tesseract OCR) is not installed: “{0}” was not read.</source>
        <translation>未安装文字识别（Tesseract OCR）：未读取“{0}”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {0} documents have their text and searchable words already.</source>
        <translation>这 {0} 个文件已有文字和可搜索的词。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text recognition (Tesseract OCR) is not installed: nothing was read.</source>
        <translation>未安装文字识别（Tesseract OCR）：未读取任何内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the text of {0} document(s) again.</source>
        <translation>已重新读取 {0} 个文件的文字。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Removed “{0}” and its {1} attachment(s).</source>
        <translation>已删除“{0}”及其 {1} 个附件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed “{0}”.</source>
        <translation>已删除“{0}”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove {0} documents</source>
        <translation>删除 {0} 个文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {0} documents and their {1} attachment(s).</source>
        <translation>已删除 {0} 个文件及其 {1} 个附件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed {0} documents.</source>
        <translation>已删除 {0} 个文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>“编辑 ▸ 撤销”可将其恢复。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Remove “{0}”</source>
        <translation>删除“{0}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>“编辑 ▸ 撤销”可将其恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/feedback.py" line="+28"/>
        <source>Printed {0} page(s) of the packet.</source>
        <translation>已打印材料包的 {0} 页。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The packet is recorded as submitted today.</source>
        <translation>已记录材料包于今天递交。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/workers/print_worker.py" line="+166"/>
        <source>Printed all {0} pages on {2}.</source>
        <translation>已在 {2} 上打印全部 {0} 页。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed pages {1} of {0} on {2}.</source>
        <translation>已在 {2} 上打印第 {1} 页（共 {0} 页）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} copies of each.</source>
        <translation>每页 {0} 份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="+68"/>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The log files are in {0}</source>
        <translation>日志文件位于 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/panes.py" line="+51"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221(g) checklist</source>
        <translation>221(g) 清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) workbook</source>
        <translation>214(b) 准备手册</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Drop scans, photos and PDFs anywhere on this window to add them.</source>
        <translation>把扫描件、照片和 PDF 拖放到此窗口任意位置即可添加。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/status_bar.py" line="+26"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/opening.py" line="+25"/>
        <source>VisaCase — {0}</source>
        <translation>VisaCase — {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening the sample case…</source>
        <translation>正在打开示例案件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/selection_fields.py" line="+26"/>
        <source>Set &amp;kind</source>
        <translation>设置类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set &amp;applicant</source>
        <translation>设置申请人(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set kind “{1}” on {0} document(s)</source>
        <translation>将 {0} 个文件的类型设为“{1}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set applicant “{1}” on {0} document(s)</source>
        <translation>将 {0} 个文件的申请人设为“{1}”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Whole case</source>
        <translation>整个案件</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/requests_model.py" line="+50"/>
        <source>Drop a document here to say it answers this item.</source>
        <translation>把文件拖放到这里，表示它回应了此项。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted {0}</source>
        <translation>已于 {0} 递交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing — drop the document that answers it here</source>
        <translation>缺少——把回应此项的文件拖放到这里</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send</source>
        <translation>可以发送</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/search_model.py" line="+39"/>
        <source>{0} — page {1}</source>
        <translation>{0} — 第 {1} 页</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/search_panel.py" line="+27"/>
        <source>Search the text of every document (Ctrl+F)</source>
        <translation>搜索所有文件的文字（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search documents</source>
        <translation>搜索文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No page mentions “{0}”.</source>
        <translation>没有页面提到“{0}”。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matching page(s)</source>
        <translation>
            <numerusform>%n 个匹配的页面</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="+45"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default paper size</source>
        <translation>默认纸张大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPITALS (easiest to read)</source>
        <translation>大写字母（最易阅读）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As typed</source>
        <translation>按输入原样</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label style</source>
        <translation>标签样式</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Follow-up reminder interval</source>
        <translation>跟进提醒间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Also read scans in</source>
        <translation>扫描件还用以下语言识别</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Scans are always read in the languages of the case&apos;s post.</source>
        <translation>扫描件始终按本案大使馆或领事馆所在国的语言识别。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language takes effect at the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New cases remind you to follow up at this interval.</source>
        <translation>新案件会按此间隔提醒您跟进。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet labels</source>
        <translation>材料包标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up every</source>
        <translation>跟进间隔</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="-53"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../desktop_app/gui/packet/task_progress.py" line="+23"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_app/gui/models/timeline_rows.py" line="+66"/>
        <source>Interview</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropbox</source>
        <translation>免面谈递交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221(g) refusal</source>
        <translation>221(g) 拒签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) refusal</source>
        <translation>214(b) 拒签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents requested</source>
        <translation>要求补交材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents submitted</source>
        <translation>已递交材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>CEAC status</source>
        <translation>CEAC 状态</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email received</source>
        <translation>已收到邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email sent</source>
        <translation>已发送邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221(g) notice</source>
        <translation>221(g) 通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) refusal letter</source>
        <translation>214(b) 拒签信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 221(g) slip is dated this day; the one-year clock starts from it</source>
        <translation>221(g) 通知单的日期是这一天；一年期限从这天起算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 214(b) refusal letter is dated this day</source>
        <translation>214(b) 拒签信的日期是这一天</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Administrative processing — not final</source>
        <translation>行政审查——并非最终结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused — the letter from the interview decides</source>
        <translation>拒签——以面谈时的信函为准</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n days so far</source>
        <translation>
            <numerusform>至今 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same day</source>
        <translation>同一天</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>221(g) notice: administrative processing only, nothing to submit</source>
        <translation>221(g) 通知：仅行政审查，无需递交任何材料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} slip</source>
        <translation>{0}通知单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole case</source>
        <translation>整个案件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · phase: {1}</source>
        <translation>{0} · 阶段：{1}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} due {1} ({2}; {3})</source>
        <translation>{0}截止于 {1}（{2}；{3}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MISSED</source>
        <translation>已错过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} MISSED</source>
        <translation>{0}已错过</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} met</source>
        <translation>{0}已完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer applies</source>
        <translation>不再适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: no longer applies</source>
        <translation>{0}：不再适用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} from this day</source>
        <translation>自这天起{0}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>for %n days</source>
        <translation>
            <numerusform>已 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} due</source>
        <translation>{0}截止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today is {0}</source>
        <translation>今天是 {0}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_view.py" line="+91"/>
        <source>Nothing on the timeline yet. Paste the text of the CEAC status page, or add a passport update, an email or a note with the buttons above.</source>
        <translation>时间线上还没有内容。粘贴 CEAC 状态页面的文字，或用上方的按钮添加护照进度、邮件或备注。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show events of</source>
        <translation>显示以下人员的事件</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events in the order they happened, today, then the deadlines ahead</source>
        <translation>按发生顺序排列的事件、今天，然后是即将到来的期限</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add to the timeline</source>
        <translation>添加到时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste CEAC status…</source>
        <translation>粘贴 CEAC 状态…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the CEAC status page text from the clipboard and record it</source>
        <translation>从剪贴板读取 CEAC 状态页面的文字并记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passport update…</source>
        <translation>护照进度…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email sent…</source>
        <translation>已发送邮件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email received…</source>
        <translation>已收到邮件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up email…</source>
        <translation>跟进邮件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a status inquiry to the consulate</source>
        <translation>起草一封向领事馆查询状态的邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save deadlines to calendar…</source>
        <translation>将期限保存到日历…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the open deadlines, each with a reminder, to a file your calendar opens</source>
        <translation>把未到期的期限（每个都带提醒）写入一个日历可以打开的文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add:</source>
        <translation>添加：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CEAC</source>
        <translation>CEAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show {0}</source>
        <translation>显示{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide {0} events</source>
        <translation>显示或隐藏{0}事件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no events yet</source>
        <translation>尚无事件</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All applicants</source>
        <translation>所有申请人</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add {0} of {1}</source>
        <translation>添加 {1} 的“{0}”</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Remove event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Remove “{0}” of {1}</source>
        <translation>删除 {1} 的“{0}”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record email sent</source>
        <translation>记录已发送邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: {0}</source>
        <translation>已发送：{0}</translation>
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
        <translation>把被拒签证申请的一切都保存在这台电脑上的一个文件里：221(g) 通知单或拒签信、您补交的文件、每一次 CEAC 状态和邮件——并为领事馆打印一份带标签的材料包。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open case…</source>
        <translation>打开案件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;sample case</source>
        <translation>打开示例案件(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent cases</source>
        <translation>最近的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases you open will be listed here.</source>
        <translation>您打开的案件会列在这里。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Recent cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的案件&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your cases stay on this computer. VisaCase never connects to the internet.</source>
        <translation>您的案件只保存在这台电脑上。VisaCase 从不连接互联网。</translation>
    </message>
</context>
<context>
    <name>WorkbookChanges</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/workbook_changes.py" line="+45"/>
        <source>What changed</source>
        <translation>有何变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop documents from the list on the left on a change to link them</source>
        <translation>把左侧列表中的文件拖放到某项变化上即可关联</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Promoted to operations manager in May</source>
        <translation>例如：五月升任运营经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New change</source>
        <translation>新变化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence document</source>
        <translation>证明文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What really changed since the refusal</source>
        <translation>自拒签以来真正发生的变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add change</source>
        <translation>添加变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remove change</source>
        <translation>删除变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link as evidence</source>
        <translation>关联为证明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink evidence</source>
        <translation>取消关联证明</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the selected change:</source>
        <translation>针对所选变化：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add change “{0}”</source>
        <translation>添加变化“{0}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove change “{0}”</source>
        <translation>删除变化“{0}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>214(b) workbook</source>
        <translation>214(b) 准备手册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a change in the list and a document to link to it.</source>
        <translation>在列表中选择一项变化和一份要关联的文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Link evidence to “{0}”</source>
        <translation>将证明关联到“{0}”</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Unlink evidence from “{0}”</source>
        <translation>取消“{0}”的证明关联</translation>
    </message>
</context>
<context>
    <name>WorkbookPanel</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/workbook_view.py" line="+69"/>
        <location line="+121"/>
        <source>214(b) workbook</source>
        <translation>214(b) 准备手册</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Readiness</source>
        <translation>准备情况</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>One-sentence answer</source>
        <translation>一句话回答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Since May I manage our Manila office, and we bought our home there.</source>
        <translation>例如：从五月起我负责我们的马尼拉办事处，我们也在那里买了房子。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Where you stand</source>
        <translation>您的现状</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Six points to work through</source>
        <translation>需要完成的六个要点</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your answer to “What changed since last time?”</source>
        <translation>您对“自上次以来有何变化？”的回答</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0} words. Short enough to say at the window without notes.</source>
        <translation>{0} 个词。足够简短，可以在窗口前不看笔记说出来。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tick “{0}”</source>
        <translation>勾选“{0}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untick “{0}”</source>
        <translation>取消勾选“{0}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the answer</source>
        <translation>编辑回答</translation>
    </message>
</context>
</TS>
