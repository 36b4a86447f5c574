<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="+42"/>
        <source>About VisaCase</source>
        <translation>Giới thiệu VisaCase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;VisaCase {0}&lt;/h2&gt;&lt;p&gt;One local file per refused US visa case, its status timeline and a labelled resubmission packet.&lt;/p&gt;&lt;p&gt;VisaCase is free software: you can share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;VisaCase {0}&lt;/h2&gt;&lt;p&gt;Mỗi hồ sơ visa Mỹ bị từ chối là một tệp trên máy, kèm dòng thời gian trạng thái và một bộ hồ sơ nộp lại có dán nhãn.&lt;/p&gt;&lt;p&gt;VisaCase là phần mềm tự do: bạn có thể chia sẻ và sửa đổi theo Giấy phép Công cộng GNU, phiên bản 3 hoặc (tùy bạn chọn) bất kỳ phiên bản nào mới hơn. Phần mềm không kèm bất kỳ bảo hành nào.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licence (GPL-3.0)</source>
        <translation>Giấy phép (GPL-3.0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party notices</source>
        <translation>Thông báo của bên thứ ba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/applicant_dialog.py" line="+50"/>
        <source>Add applicant</source>
        <translation>Thêm người nộp đơn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as on the passport</source>
        <translation>như trên hộ chiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Dependent (spouse, child…)</source>
        <translation>Người phụ thuộc (vợ/chồng, con…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal applicant</source>
        <translation>Người nộp đơn chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Passport number</source>
        <translation>Số hộ chiếu</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>6 to 12 letters or digits, as printed.</source>
        <translation>Từ 6 đến 12 chữ cái hoặc chữ số, đúng như in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>not given</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Visa class</source>
        <translation>Loại visa</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Application ID or case number</source>
        <translation>Mã đơn hoặc số hồ sơ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit applicant</source>
        <translation>Sửa người nộp đơn</translation>
    </message>
</context>
<context>
    <name>CaseEdits</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_edits.py" line="+76"/>
        <source>Undone: {0}</source>
        <translation>Đã hoàn tác: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {0}</source>
        <translation>Đã thực hiện: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redone: {0}</source>
        <translation>Đã làm lại: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accept {0}</source>
        <translation>Chấp nhận {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject {0}</source>
        <translation>Từ chối {0}</translation>
    </message>
</context>
<context>
    <name>CaseIdField</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/case_id_field.py" line="+19"/>
        <source>Application ID or case number</source>
        <translation>Mã đơn hoặc số hồ sơ</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/changes_model.py" line="+61"/>
        <source>⚠ No evidence yet: link a document that proves it.</source>
        <translation>⚠ Chưa có bằng chứng: hãy liên kết một tài liệu chứng minh điều này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document {0}</source>
        <translation>tài liệu {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Evidence: {0}</source>
        <translation>✓ Bằng chứng: {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/checklist_panel.py" line="+15"/>
        <source>drop off at the visa application center</source>
        <translation>nộp tại trung tâm tiếp nhận hồ sơ visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send by courier</source>
        <translation>gửi qua chuyển phát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send by email</source>
        <translation>gửi qua email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bring in person</source>
        <translation>mang đến trực tiếp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>221(g) checklist</source>
        <translation>Danh sách 221(g)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a document from the list on the left onto an item to say it answers it, or drop files from your computer straight onto the item.</source>
        <translation>Kéo một tài liệu từ danh sách bên trái thả vào một mục để cho biết nó đáp ứng mục đó, hoặc thả tệp từ máy tính của bạn thẳng vào mục.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No 221(g) slip recorded yet. Add the slip as a document, then accept </source>
        <translation>Chưa ghi nhận phiếu 221(g) nào. Hãy thêm phiếu như một tài liệu, rồi chấp nhận </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its suggestions (or use visacase notice) to list what was asked for.</source>
        <translation>các gợi ý của nó (hoặc dùng visacase notice) để liệt kê những gì được yêu cầu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;221(g) slip&lt;/b&gt; of {0}</source>
        <translation>&lt;b&gt;Phiếu 221(g)&lt;/b&gt; ngày {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;221(g) slip&lt;/b&gt; (date not recorded)</source>
        <translation>&lt;b&gt;Phiếu 221(g)&lt;/b&gt; (chưa ghi ngày)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} slip</source>
        <translation>Phiếu {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>administrative processing only: nothing to send</source>
        <translation>chỉ xử lý hành chính: không cần gửi gì</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_app/gui/app/crash.py" line="+45"/>
        <source>Check your case file before going on: {0}</source>
        <translation>Hãy kiểm tra tệp hồ sơ trước khi tiếp tục: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your case file was checked and is safe: every change is saved as it happens.</source>
        <translation>Tệp hồ sơ của bạn đã được kiểm tra và an toàn: mọi thay đổi đều được lưu ngay.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong inside VisaCase.</source>
        <translation>Đã xảy ra lỗi bên trong VisaCase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A log for a bug report is in {0}; please send it with the details.</source>
        <translation>Nhật ký để báo lỗi nằm ở {0}; vui lòng gửi kèm phần chi tiết.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/details.py" line="+54"/>
        <source>Document title</source>
        <translation>Tiêu đề tài liệu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of document</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of the document</source>
        <translation>Ngày của tài liệu</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>no date</source>
        <translation>không có ngày</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Applicant the document belongs to</source>
        <translation>Người nộp đơn sở hữu tài liệu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant</source>
        <translation>Người nộp đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No text was read from this document yet.</source>
        <translation>Chưa đọc được chữ nào từ tài liệu này.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Text read from the document</source>
        <translation>Chữ đọc được từ tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions to confirm</source>
        <translation>Gợi ý cần xác nhận</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>Chữ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Whole case</source>
        <translation>Cả hồ sơ</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— page %1 —</source>
        <translation>— trang %1 —</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show full identifiers (Ctrl+Shift+I) to edit this title.</source>
        <translation>Hiện đầy đủ mã số (Ctrl+Shift+I) để sửa tiêu đề này.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept suggestion</source>
        <translation>Chấp nhận gợi ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject suggestion</source>
        <translation>Từ chối gợi ý</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>probably</source>
        <translation>có lẽ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}{1} (read as {2})</source>
        <translation>{0}{1} (đọc thành {2})</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/documents_model.py" line="+31"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
</context>
<context>
    <name>DocumentsTable</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/documents_table.py" line="+36"/>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/event_dialog.py" line="+31"/>
        <source>Passport update</source>
        <translation>Cập nhật hộ chiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the courier or visa application center says, e.g. “ready for pickup”.</source>
        <translation>Điều hãng chuyển phát hoặc trung tâm tiếp nhận hồ sơ visa cho biết, ví dụ “sẵn sàng để nhận”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email sent</source>
        <translation>Email đã gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To whom, and what you asked or sent.</source>
        <translation>Gửi cho ai, và bạn đã hỏi hay gửi gì.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email received</source>
        <translation>Email đã nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who wrote, and what they said.</source>
        <translation>Ai viết, và họ nói gì.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything worth remembering, e.g. what the officer said.</source>
        <translation>Bất cứ điều gì đáng nhớ, ví dụ viên chức đã nói gì.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+13"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Whole case</source>
        <translation>Cả hồ sơ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Applicant</source>
        <translation>Người nộp đơn</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to timeline</source>
        <translation>Thêm vào dòng thời gian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is added to the timeline and saved in the case file at once.</source>
        <translation>Mục này được thêm vào dòng thời gian và lưu vào tệp hồ sơ ngay lập tức.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/followup_dialog.py" line="+41"/>
        <source>Follow-up email</source>
        <translation>Email theo dõi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consulate&apos;s inquiry address, if you have it</source>
        <translation>Địa chỉ hỏi đáp của lãnh sự quán, nếu bạn có</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy subject</source>
        <translation>Sao chép tiêu đề</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Message</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VisaCase sends nothing. Check the text, then copy it or open it in your own mail app.</source>
        <translation>VisaCase không gửi gì cả. Hãy kiểm tra nội dung, rồi sao chép hoặc mở nó trong ứng dụng email của bạn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Copy message</source>
        <translation>Sao chép nội dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Open in mail app</source>
        <translation>Mở trong ứng dụng email</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Mark as sent</source>
        <translation>Đánh dấu đã gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add “Email sent” to the timeline, dated today</source>
        <translation>Thêm “Email đã gửi” vào dòng thời gian, ghi ngày hôm nay</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied. Paste it into your email.</source>
        <translation>Đã sao chép. Hãy dán vào email của bạn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened in your mail app. Nothing was sent yet.</source>
        <translation>Đã mở trong ứng dụng email của bạn. Chưa có gì được gửi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mail app answered. Copy the message and paste it into your email.</source>
        <translation>Không có ứng dụng email nào phản hồi. Hãy sao chép nội dung và dán vào email của bạn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added “Email sent” to the timeline.</source>
        <translation>Đã thêm “Email đã gửi” vào dòng thời gian.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="+42"/>
        <source>VisaCase guide</source>
        <translation>Hướng dẫn VisaCase</translation>
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
        <translation> (chỉ đọc)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no applicants yet</source>
        <translation>chưa có người nộp đơn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/main_window.py" line="+127"/>
        <source>Preferences saved.</source>
        <translation>Đã lưu tùy chọn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/contents.py" line="+35"/>
        <source>Edit “{0}”</source>
        <translation>Sửa “{0}”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link to “{0}”</source>
        <translation>Liên kết với “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/main_window.py" line="+68"/>
        <source>This case is open read-only.</source>
        <translation>Hồ sơ này đang mở ở chế độ chỉ đọc.</translation>
    </message>
</context>
<context>
    <name>MissedBand</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_deadlines.py" line="+27"/>
        <source>Missed deadline</source>
        <translation>Đã lỡ thời hạn</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_case_dialog.py" line="+26"/>
        <source>221(g) — documents requested or administrative processing</source>
        <translation>221(g) — yêu cầu bổ sung tài liệu hoặc xử lý hành chính</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>214(b) — refused</source>
        <translation>214(b) — bị từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ground</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure yet</source>
        <translation>Chưa chắc</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New case</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as on the passport</source>
        <translation>như trên hộ chiếu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. U.S. Embassy Manila</source>
        <translation>ví dụ: Đại sứ quán Hoa Kỳ tại Manila</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applicant</source>
        <translation>Người nộp đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application ID or case number</source>
        <translation>Mã đơn hoặc số hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy or consulate</source>
        <translation>Đại sứ quán hoặc lãnh sự quán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa class</source>
        <translation>Loại visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect this case with a passphrase</source>
        <translation>Bảo vệ hồ sơ này bằng cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole file is encrypted. A forgotten passphrase cannot be recovered.</source>
        <translation>Toàn bộ tệp được mã hóa. Cụm mật khẩu bị quên không thể khôi phục.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>at least {0} characters</source>
        <translation>ít nhất {0} ký tự</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>again, to be sure</source>
        <translation>nhập lại, cho chắc chắn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Again</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose at least {0} characters.</source>
        <translation>Hãy chọn ít nhất {0} ký tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/options_panel.py" line="+30"/>
        <source>Layout</source>
        <translation>Bố cục</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>Letter (Mỹ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplex: every section starts on a right-hand page</source>
        <translation>In &amp;hai mặt: mỗi phần bắt đầu ở trang bên phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hrink pages so the stamp never covers them</source>
        <translation>&amp;Thu nhỏ trang để con dấu không bao giờ che nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Limit each file to</source>
        <translation>&amp;Giới hạn mỗi tệp ở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For posts that take documents by email; images are reduced only as needed.</source>
        <translation>Dành cho cơ quan nhận tài liệu qua email; hình ảnh chỉ được thu nhỏ khi cần.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size budget in megabytes</source>
        <translation>Giới hạn dung lượng tính bằng megabyte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;ver sheet</source>
        <translation>Trang &amp;bìa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Index</source>
        <translation>&amp;Mục lục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tab page before each section</source>
        <translation>Trang &amp;phân cách trước mỗi phần</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also save a &amp;collation checklist to tick off</source>
        <translation>Lưu thêm một danh sách đối &amp;chiếu để đánh dấu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One page listing the pile in order, saved beside the packet as NAME-checklist.pdf.</source>
        <translation>Một trang liệt kê chồng hồ sơ theo thứ tự, lưu cạnh bộ hồ sơ với tên NAME-checklist.pdf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Giấy:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include:</source>
        <translation>Bao gồm:</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/order_panel.py" line="+33"/>
        <source>Sections and documents in packet order</source>
        <translation>Các phần và tài liệu theo thứ tự trong bộ hồ sơ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cover sheet, the 221(g) letter and the index come first. Drag sections and documents to reorder them; double-click or press F2 to rename one, untick one to leave it out.</source>
        <translation>Trang bìa, thư 221(g) và mục lục luôn đứng đầu. Kéo các phần và tài liệu để sắp xếp lại; nhấp đúp hoặc nhấn F2 để đổi tên, bỏ đánh dấu để loại ra.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Order&lt;/b&gt;</source>
        <translation>&lt;b&gt;Thứ tự&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../../desktop_app/gui/packet/packet_dialog.py" line="+83"/>
        <source>Resubmission packet</source>
        <translation>Bộ hồ sơ nộp lại</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warnings before sending</source>
        <translation>Cảnh báo trước khi gửi</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Before you send&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trước khi gửi&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mark as submitted…</source>
        <translation>Đánh &amp;dấu đã nộp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting for changes to settle…</source>
        <translation>Đang chờ các thay đổi hoàn tất…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Building the preview…</source>
        <translation>Đang tạo bản xem trước…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0:,.0f} KB</source>
        <translation>{0:,.0f} KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in {0} files; showing the first</source>
        <translation> trong {0} tệp; đang hiển thị tệp đầu tiên</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No warnings.</source>
        <translation>Không có cảnh báo.</translation>
    </message>
</context>
<context>
    <name>PacketOrderModel</name>
    <message>
        <location filename="../../desktop_app/gui/packet/order_model.py" line="+128"/>
        <source>Show full identifiers (Ctrl+Shift+I) to rename it.</source>
        <translation>Hiện đầy đủ mã số (Ctrl+Shift+I) để đổi tên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab page title: F2 to rename it, drag to move the section.</source>
        <translation>Tiêu đề trang phân cách: F2 để đổi tên, kéo để di chuyển phần.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label in the index and on its pages: F2 to rename, drag to move, untick to leave it out of the packet.</source>
        <translation>Nhãn trong mục lục và trên các trang của nó: F2 để đổi tên, kéo để di chuyển, bỏ đánh dấu để loại khỏi bộ hồ sơ.</translation>
    </message>
</context>
<context>
    <name>PacketSending</name>
    <message>
        <location filename="../../desktop_app/gui/packet/sending.py" line="+88"/>
        <location line="+30"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Printing page {0} of {1}…</source>
        <translation>Đang in trang {0} / {1}…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+14"/>
        <source>Mark as submitted</source>
        <translation>Đánh dấu đã nộp</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save the packet as PDF first, so the case keeps what you hand in.</source>
        <translation>Hãy lưu bộ hồ sơ thành PDF trước, để hồ sơ giữ lại đúng những gì bạn nộp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record that {0} ({1} pages, saved {2}) was submitted today?</source>
        <translation>Ghi nhận rằng {0} ({1} trang, lưu ngày {2}) đã được nộp hôm nay?</translation>
    </message>
</context>
<context>
    <name>PageThumbnails</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/page_thumbnails.py" line="+30"/>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/preview.py" line="+59"/>
        <source>Select a document to see it here.

Drop scans, photos or PDFs on the window to add them.</source>
        <translation>Chọn một tài liệu để xem ở đây.

Thả bản quét, ảnh hoặc PDF vào cửa sổ để thêm chúng.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document preview</source>
        <translation>Xem trước tài liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit to width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>of {0}</source>
        <translation>trên {0}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No preview for {0} ({1}).</source>
        <translation>Không xem trước được {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/gui/packet/preview_pane.py" line="+32"/>
        <source>Packet preview</source>
        <translation>Xem trước bộ hồ sơ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to page</source>
        <translation>Đến trang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building the preview…</source>
        <translation>Đang tạo bản xem trước…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview status</source>
        <translation>Trạng thái xem trước</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifiers are masked in the preview, as in the window; the packet you save or print has them in full.</source>
        <translation>Bản xem trước che các mã số, giống như cửa sổ; hồ sơ bạn lưu hoặc in có các mã số đầy đủ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The preview could not be opened.</source>
        <translation>Không mở được bản xem trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>of {0}</source>
        <translation>trên {0}</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_actions.py" line="+34"/>
        <source>Export packet</source>
        <translation>Xuất bộ hồ sơ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building packet: step {0} of {1}…</source>
        <translation>Đang tạo bộ hồ sơ: bước {0} / {1}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to {0} ({1} pages).</source>
        <translation>Đã xuất ra {0} ({1} trang).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packet ready</source>
        <translation>Bộ hồ sơ đã sẵn sàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0}: {1} pages, {2:,.0f} KB. Every page carries its label and page number.</source>
        <translation>Đã lưu {0}: {1} trang, {2:,.0f} KB. Mỗi trang đều có nhãn và số trang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/case_watch.py" line="+85"/>
        <source>{0}

Changes can no longer be saved into it. Save a copy of what this window still has open?</source>
        <translation>{0}

Không thể lưu thay đổi vào tệp này nữa. Lưu một bản sao những gì cửa sổ này vẫn đang mở?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case file missing</source>
        <translation>Mất tệp hồ sơ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy…</source>
        <translation>Lưu một bản sao…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Save a copy</source>
        <translation>Lưu một bản sao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved a copy as {0}. Open it with Case ▸ Open case… to go on.</source>
        <translation>Đã lưu bản sao thành {0}. Mở nó bằng Hồ sơ ▸ Mở hồ sơ… để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/clipboard.py" line="+25"/>
        <location line="+15"/>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This case is open read-only.</source>
        <translation>Hồ sơ này đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The picture could not be read.</source>
        <translation>Không đọc được hình ảnh.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/asking.py" line="+58"/>
        <source>Protected case</source>
        <translation>Hồ sơ được bảo vệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is protected. Passphrase:</source>
        <translation>{0} được bảo vệ. Cụm mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app/file_actions.py" line="+56"/>
        <source>Save the new case as</source>
        <translation>Lưu hồ sơ mới thành</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New case</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+58"/>
        <location line="+31"/>
        <source>Open case</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{0}

Open it read-only, to look without changing anything?</source>
        <translation>{0}

Mở ở chế độ chỉ đọc, để xem mà không thay đổi gì?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case in use</source>
        <translation>Hồ sơ đang được dùng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/import_flow.py" line="+42"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {0} of {1}…</source>
        <translation>Đang nhập {0} / {1}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} added, {1} already in the case, {2} refused</source>
        <translation>Đã thêm {0}, {1} đã có trong hồ sơ, {2} bị từ chối</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some files were not added</source>
        <translation>Một số tệp chưa được thêm</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import {0} document(s)</source>
        <translation>Nhập {0} tài liệu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading text</source>
        <translation>Đang đọc chữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading text {0} of {1}…</source>
        <translation>Đang đọc chữ {0} / {1}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text recognition</source>
        <translation>Nhận dạng chữ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+23"/>
        <source>&amp;Case</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New case…</source>
        <translation>Hồ sơ &amp;mới…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Mở hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/menus.py" line="+40"/>
        <source>Add &amp;applicant…</source>
        <translation>Thêm &amp;người nộp đơn…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export packet…</source>
        <translation>&amp;Xuất bộ hồ sơ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste CEAC &amp;status…</source>
        <translation>Dán &amp;trạng thái CEAC…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in documents</source>
        <translation>&amp;Tìm trong tài liệu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+5"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/menus.py" line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit a&amp;pplicant</source>
        <translation>Sửa &amp;người nộp đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve applicant</source>
        <translation>Xóa người nộ&amp;p đơn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste picture, files or CEAC text</source>
        <translation>&amp;Dán ảnh, tệp hoặc chữ CEAC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pr&amp;eferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show full &amp;identifiers</source>
        <translation>Hiện đầy đủ &amp;mã số</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application IDs and case numbers are partly hidden unless you show them.</source>
        <translation>Mã đơn và số hồ sơ được ẩn một phần, trừ khi bạn cho hiện.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/window_menus.py" line="+6"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VisaCase &amp;guide</source>
        <translation>&amp;Hướng dẫn VisaCase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About VisaCase</source>
        <translation>&amp;Giới thiệu VisaCase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packet/packet_dialog.py" line="+53"/>
        <source>Packet</source>
        <translation>Bộ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/status_paste.py" line="+24"/>
        <source>Paste CEAC status</source>
        <translation>Dán trạng thái CEAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the text of the CEAC status page first, then paste it here.</source>
        <translation>Hãy sao chép chữ của trang trạng thái CEAC trước, rồi dán vào đây.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status: {0}{1}
Last updated: {2}

{3}

Record this observation?</source>
        <translation>Trạng thái: {0}{1}
Cập nhật lần cuối: {2}

{3}

Ghi nhận lần xem này?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CEAC status</source>
        <translation>Trạng thái CEAC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record status {0}</source>
        <translation>Ghi nhận trạng thái {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status recorded: {0}{1}, last updated {2}.</source>
        <translation>Đã ghi nhận trạng thái: {0}{1}, cập nhật lần cuối: {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_deadlines.py" line="+15"/>
        <source>Save deadlines to calendar</source>
        <translation>Lưu thời hạn vào lịch</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n open deadline(s) saved to {0}. Open the file with your calendar; saving it again later updates the same entries.</source>
        <translation>
            <numerusform>Đã lưu %n thời hạn còn mở vào {0}. Hãy mở tệp bằng ứng dụng lịch; lưu lại sau này sẽ cập nhật đúng các mục đó.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/applicant_actions.py" line="+27"/>
        <source>Add {0}</source>
        <translation>Thêm {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit {0}</source>
        <translation>Sửa {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove {0}</source>
        <translation>Xóa {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {0} with their events and notices. Edit ▸ Undo brings them back.</source>
        <translation>Đã xóa {0} cùng các sự kiện và thông báo của họ. Sửa ▸ Hoàn tác sẽ khôi phục lại.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No applicants yet</source>
        <translation>Chưa có người nộp đơn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/checklist_actions.py" line="+24"/>
        <source>Unlink all documents</source>
        <translation>Bỏ liên kết tất cả tài liệu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unlink from “{0}”</source>
        <translation>Bỏ liên kết khỏi “{0}”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unlink “{0}”</source>
        <translation>Bỏ liên kết “{0}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No documents linked yet</source>
        <translation>Chưa có tài liệu nào được liên kết</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/document_actions.py" line="+26"/>
        <location line="+10"/>
        <source>&amp;Remove document</source>
        <translation>&amp;Xóa tài liệu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read &amp;text again</source>
        <translation>Đọc lại &amp;chữ</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Read the text of “{0}” again.</source>
        <translation>Đã đọc lại chữ của “{0}”.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“{0}” has its text and searchable words already.</source>
        <translation>“{0}” đã có chữ và các từ tìm kiếm được.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Remove {0} documents</source>
        <translation>&amp;Xóa {0} tài liệu</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Text recognition (Tesseract OCR) is not installed: “{0}” was not read.</source>
        <translation>Chưa cài đặt nhận dạng chữ (Tesseract OCR): chưa đọc “{0}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {0} documents have their text and searchable words already.</source>
        <translation>{0} tài liệu này đã có chữ và từ tìm kiếm được.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text recognition (Tesseract OCR) is not installed: nothing was read.</source>
        <translation>Chưa cài đặt nhận dạng chữ (Tesseract OCR): chưa đọc gì.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the text of {0} document(s) again.</source>
        <translation>Đã đọc lại chữ của {0} tài liệu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Removed “{0}” and its {1} attachment(s).</source>
        <translation>Đã xóa “{0}” và {1} tệp đính kèm của nó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed “{0}”.</source>
        <translation>Đã xóa “{0}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove {0} documents</source>
        <translation>Xóa {0} tài liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {0} documents and their {1} attachment(s).</source>
        <translation>Đã xóa {0} tài liệu và {1} tệp đính kèm của chúng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed {0} documents.</source>
        <translation>Đã xóa {0} tài liệu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Sửa ▸ Hoàn tác sẽ khôi phục chúng.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Remove “{0}”</source>
        <translation>Xóa “{0}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Sửa ▸ Hoàn tác sẽ khôi phục lại.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/feedback.py" line="+28"/>
        <source>Printed {0} page(s) of the packet.</source>
        <translation>Đã in {0} trang của bộ hồ sơ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The packet is recorded as submitted today.</source>
        <translation>Bộ hồ sơ đã được ghi nhận là nộp hôm nay.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/workers/print_worker.py" line="+166"/>
        <source>Printed all {0} pages on {2}.</source>
        <translation>Đã in cả {0} trang trên {2}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed pages {1} of {0} on {2}.</source>
        <translation>Đã in trang {1} / {0} trên {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} copies of each.</source>
        <translation>Mỗi trang {0} bản.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="+68"/>
        <source>Log folder</source>
        <translation>Thư mục nhật ký</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The log files are in {0}</source>
        <translation>Các tệp nhật ký nằm ở {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/panes.py" line="+51"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221(g) checklist</source>
        <translation>Danh sách 221(g)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) workbook</source>
        <translation>Sổ tay 214(b)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Drop scans, photos and PDFs anywhere on this window to add them.</source>
        <translation>Thả bản quét, ảnh và PDF vào bất kỳ đâu trên cửa sổ này để thêm chúng.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/status_bar.py" line="+26"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/opening.py" line="+25"/>
        <source>VisaCase — {0}</source>
        <translation>VisaCase — {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening {0}…</source>
        <translation>Đang mở {0}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening the sample case…</source>
        <translation>Đang mở hồ sơ mẫu…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/case_window/selection_fields.py" line="+26"/>
        <source>Set &amp;kind</source>
        <translation>Đặt &amp;loại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set &amp;applicant</source>
        <translation>Đặt &amp;người nộp đơn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set kind “{1}” on {0} document(s)</source>
        <translation>Đặt loại “{1}” cho {0} tài liệu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set applicant “{1}” on {0} document(s)</source>
        <translation>Đặt người nộp đơn “{1}” cho {0} tài liệu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Whole case</source>
        <translation>Cả hồ sơ</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/requests_model.py" line="+50"/>
        <source>Drop a document here to say it answers this item.</source>
        <translation>Thả một tài liệu vào đây để cho biết nó đáp ứng mục này.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted {0}</source>
        <translation>Đã nộp {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing — drop the document that answers it here</source>
        <translation>Còn thiếu — thả tài liệu đáp ứng mục này vào đây</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to send</source>
        <translation>Sẵn sàng để gửi</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../desktop_app/gui/models/search_model.py" line="+39"/>
        <source>{0} — page {1}</source>
        <translation>{0} — trang {1}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/search_panel.py" line="+27"/>
        <source>Search the text of every document (Ctrl+F)</source>
        <translation>Tìm trong chữ của mọi tài liệu (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search documents</source>
        <translation>Tìm tài liệu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No page mentions “{0}”.</source>
        <translation>Không trang nào nhắc đến “{0}”.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matching page(s)</source>
        <translation>
            <numerusform>%n trang khớp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="+45"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>Letter (Mỹ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default paper size</source>
        <translation>Khổ giấy mặc định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPITALS (easiest to read)</source>
        <translation>CHỮ IN HOA (dễ đọc nhất)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As typed</source>
        <translation>Như đã gõ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label style</source>
        <translation>Kiểu nhãn</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source> day(s)</source>
        <translation>
            <numerusform> ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Follow-up reminder interval</source>
        <translation>Khoảng nhắc theo dõi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system</source>
        <translation>Giống hệ thống</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Also read scans in</source>
        <translation>Cũng đọc bản quét bằng</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Scans are always read in the languages of the case&apos;s post.</source>
        <translation>Bản quét luôn được đọc bằng các ngôn ngữ của đại sứ quán hoặc lãnh sự quán của hồ sơ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language takes effect at the next start.</source>
        <translation>Ngôn ngữ mới có hiệu lực ở lần khởi động sau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New cases remind you to follow up at this interval.</source>
        <translation>Hồ sơ mới sẽ nhắc bạn theo dõi theo khoảng thời gian này.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paper size</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet labels</source>
        <translation>Nhãn của bộ hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up every</source>
        <translation>Theo dõi mỗi</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/help_dialogs.py" line="-53"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../desktop_app/gui/packet/task_progress.py" line="+23"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_app/gui/models/timeline_rows.py" line="+66"/>
        <source>Interview</source>
        <translation>Phỏng vấn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropbox</source>
        <translation>Nộp không phỏng vấn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221(g) refusal</source>
        <translation>Từ chối 221(g)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) refusal</source>
        <translation>Từ chối 214(b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents requested</source>
        <translation>Yêu cầu bổ sung tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents submitted</source>
        <translation>Đã nộp tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>CEAC status</source>
        <translation>Trạng thái CEAC</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email received</source>
        <translation>Email đã nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email sent</source>
        <translation>Email đã gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221(g) notice</source>
        <translation>Thông báo 221(g)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214(b) refusal letter</source>
        <translation>Thư từ chối 214(b)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 221(g) slip is dated this day; the one-year clock starts from it</source>
        <translation>Phiếu 221(g) ghi ngày này; thời hạn một năm bắt đầu tính từ đó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 214(b) refusal letter is dated this day</source>
        <translation>Thư từ chối 214(b) ghi ngày này</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Administrative processing — not final</source>
        <translation>Xử lý hành chính — chưa phải kết quả cuối cùng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused — the letter from the interview decides</source>
        <translation>Bị từ chối — thư nhận khi phỏng vấn là căn cứ</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n days so far</source>
        <translation>
            <numerusform>%n ngày đến nay</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same day</source>
        <translation>cùng ngày</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>221(g) notice: administrative processing only, nothing to submit</source>
        <translation>Thông báo 221(g): chỉ xử lý hành chính, không cần nộp gì</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} slip</source>
        <translation>Phiếu {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole case</source>
        <translation>Cả hồ sơ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · phase: {1}</source>
        <translation>{0} · giai đoạn: {1}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} due {1} ({2}; {3})</source>
        <translation>{0} hạn chót {1} ({2}; {3})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MISSED</source>
        <translation>ĐÃ LỠ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} MISSED</source>
        <translation>{0} ĐÃ LỠ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Met</source>
        <translation>Đã đáp ứng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} met</source>
        <translation>{0} đã đáp ứng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer applies</source>
        <translation>Không còn áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: no longer applies</source>
        <translation>{0}: không còn áp dụng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} from this day</source>
        <translation>{0} kể từ ngày này</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>for %n days</source>
        <translation>
            <numerusform>đã %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} due</source>
        <translation>{0} đến hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today is {0}</source>
        <translation>Hôm nay là {0}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/timeline_view.py" line="+91"/>
        <source>Nothing on the timeline yet. Paste the text of the CEAC status page, or add a passport update, an email or a note with the buttons above.</source>
        <translation>Dòng thời gian chưa có gì. Hãy dán chữ của trang trạng thái CEAC, hoặc thêm cập nhật hộ chiếu, email hay ghi chú bằng các nút phía trên.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show events of</source>
        <translation>Hiện sự kiện của</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events in the order they happened, today, then the deadlines ahead</source>
        <translation>Các sự kiện theo thứ tự xảy ra, hôm nay, rồi các thời hạn sắp tới</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add to the timeline</source>
        <translation>Thêm vào dòng thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste CEAC status…</source>
        <translation>Dán trạng thái CEAC…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the CEAC status page text from the clipboard and record it</source>
        <translation>Đọc chữ của trang trạng thái CEAC từ bộ nhớ tạm và ghi nhận</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passport update…</source>
        <translation>Hộ chiếu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email sent…</source>
        <translation>Email đã gửi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email received…</source>
        <translation>Email đã nhận…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note…</source>
        <translation>Ghi chú…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up email…</source>
        <translation>Email theo dõi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a status inquiry to the consulate</source>
        <translation>Soạn thư hỏi trạng thái gửi lãnh sự quán</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save deadlines to calendar…</source>
        <translation>Lưu vào lịch…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the open deadlines, each with a reminder, to a file your calendar opens</source>
        <translation>Ghi các thời hạn còn mở, mỗi cái kèm lời nhắc, vào một tệp mà ứng dụng lịch của bạn mở được</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add:</source>
        <translation>Thêm:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CEAC</source>
        <translation>CEAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show {0}</source>
        <translation>Hiện {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide {0} events</source>
        <translation>Hiện hoặc ẩn sự kiện {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no events yet</source>
        <translation>chưa có sự kiện</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All applicants</source>
        <translation>Tất cả người nộp đơn</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add {0} of {1}</source>
        <translation>Thêm {0} ngày {1}</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Remove event</source>
        <translation>Xóa sự kiện</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Remove “{0}” of {1}</source>
        <translation>Xóa “{0}” ngày {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record email sent</source>
        <translation>Ghi nhận email đã gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: {0}</source>
        <translation>Đã gửi: {0}</translation>
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
        <translation>Giữ mọi thứ về một đơn xin visa bị từ chối trong một tệp trên máy tính này: phiếu 221(g) hoặc thư từ chối, các tài liệu bạn gửi lại, mọi trạng thái CEAC và email — và in một bộ hồ sơ có dán nhãn cho lãnh sự quán.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New case…</source>
        <translation>Hồ sơ &amp;mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Mở hồ sơ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;sample case</source>
        <translation>Mở hồ sơ &amp;mẫu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent cases</source>
        <translation>Hồ sơ gần đây</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases you open will be listed here.</source>
        <translation>Các hồ sơ bạn mở sẽ được liệt kê ở đây.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Recent cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hồ sơ gần đây&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your cases stay on this computer. VisaCase never connects to the internet.</source>
        <translation>Hồ sơ của bạn ở lại trên máy tính này. VisaCase không bao giờ kết nối internet.</translation>
    </message>
</context>
<context>
    <name>WorkbookChanges</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/workbook_changes.py" line="+45"/>
        <source>What changed</source>
        <translation>Điều gì đã thay đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop documents from the list on the left on a change to link them</source>
        <translation>Thả tài liệu từ danh sách bên trái vào một thay đổi để liên kết chúng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Promoted to operations manager in May</source>
        <translation>ví dụ: Được thăng chức quản lý vận hành vào tháng Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New change</source>
        <translation>Thay đổi mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence document</source>
        <translation>Tài liệu chứng minh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What really changed since the refusal</source>
        <translation>Điều gì thực sự thay đổi kể từ lần bị từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add change</source>
        <translation>Thêm thay đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remove change</source>
        <translation>Xóa thay đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link as evidence</source>
        <translation>Liên kết làm bằng chứng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink</source>
        <translation>Bỏ liên kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink evidence</source>
        <translation>Bỏ liên kết bằng chứng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the selected change:</source>
        <translation>Cho thay đổi đang chọn:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add change “{0}”</source>
        <translation>Thêm thay đổi “{0}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove change “{0}”</source>
        <translation>Xóa thay đổi “{0}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>214(b) workbook</source>
        <translation>Sổ tay 214(b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a change in the list and a document to link to it.</source>
        <translation>Chọn một thay đổi trong danh sách và một tài liệu để liên kết với nó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Link evidence to “{0}”</source>
        <translation>Liên kết bằng chứng với “{0}”</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Unlink evidence from “{0}”</source>
        <translation>Bỏ liên kết bằng chứng khỏi “{0}”</translation>
    </message>
</context>
<context>
    <name>WorkbookPanel</name>
    <message>
        <location filename="../../desktop_app/gui/case_window/workbook_view.py" line="+69"/>
        <location line="+121"/>
        <source>214(b) workbook</source>
        <translation>Sổ tay 214(b)</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Readiness</source>
        <translation>Mức sẵn sàng</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>One-sentence answer</source>
        <translation>Câu trả lời một câu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Since May I manage our Manila office, and we bought our home there.</source>
        <translation>ví dụ: Từ tháng Năm tôi quản lý văn phòng Manila, và chúng tôi đã mua nhà ở đó.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Where you stand</source>
        <translation>Bạn đang ở đâu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Six points to work through</source>
        <translation>Sáu điểm cần chuẩn bị</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your answer to “What changed since last time?”</source>
        <translation>Câu trả lời của bạn cho “Điều gì đã thay đổi từ lần trước?”</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0} words. Short enough to say at the window without notes.</source>
        <translation>{0} từ. Đủ ngắn để nói tại quầy mà không cần ghi chú.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tick “{0}”</source>
        <translation>Đánh dấu “{0}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untick “{0}”</source>
        <translation>Bỏ đánh dấu “{0}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the answer</source>
        <translation>Sửa câu trả lời</translation>
    </message>
</context>
</TS>
