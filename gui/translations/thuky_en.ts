<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="52"/>
        <source>Không mở được dữ liệu</source>
        <extracomment>Diagnostic switch: &quot;1&quot; closes the window, as the clerk would, once the store is open and the last session shown, so whoever installs Thư ký can check the window works on a machine (exit status 0); the built application&apos;s test uses it too. README: &quot;Installing without Python&quot;.</extracomment>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../app.py" line="132"/>
        <source>Thư ký: cửa sổ đã mở và đọc được kho dữ liệu; đóng lại (%1).</source>
        <translation>Thư ký: the window opened and read the data store; closing it (%1).</translation>
    </message>
    <message>
        <location filename="../app.py" line="140"/>
        <source>Lần trước Thư ký đã không đóng bình thường (máy tắt đột ngột hoặc chương trình bị dừng). Phiên làm việc được tự động lưu đã được mở lại; mọi thay đổi trước lúc đó đều còn nguyên.</source>
        <translation>Thư ký did not close normally last time (the computer was switched off or the program was stopped). The autosaved session has been reopened; every change made before then is there.</translation>
    </message>
    <message>
        <location filename="../app.py" line="188"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../app.py" line="194"/>
        <source>Đã khôi phục bản sao lưu ngày %1.</source>
        <translation>Restored the backup of %1.</translation>
    </message>
    <message>
        <location filename="../app.py" line="250"/>
        <source>Thư ký đang mở với thư mục dữ liệu %1: đã đưa cửa sổ đó lên trước.</source>
        <translation>Thư ký is already open on the data folder %1: brought its window to the front.</translation>
    </message>
    <message>
        <location filename="../app.py" line="259"/>
        <location filename="../app.py" line="288"/>
        <source>Thư ký đang mở</source>
        <translation>Thư ký is already open</translation>
    </message>
    <message>
        <location filename="../app.py" line="260"/>
        <source>Thư ký đang mở với thư mục dữ liệu %1 (tiến trình số %2 trên máy %3) nhưng không trả lời. Hãy chuyển sang cửa sổ Thư ký đang mở; nếu không thấy, hãy đợi một lát rồi mở lại. Dữ liệu không bị thay đổi.

Chỉ chọn “Vẫn mở” khi chắc chắn không còn cửa sổ Thư ký nào dùng thư mục này, trên máy này hay máy khác (chẳng hạn sau khi mất điện): hai cửa sổ cùng ghi sẽ ghi đè lên nhau.</source>
        <translation>Thư ký is open on the data folder %1 (process %2 on computer %3) but does not answer. Switch to the open Thư ký window; if you cannot find it, wait a moment and start again. Your data has not been changed.

Choose “Open anyway” only when you are sure no Thư ký window uses this folder, on this computer or another (after a power cut, for example): two windows saving at once would overwrite each other.</translation>
    </message>
    <message>
        <location filename="../app.py" line="272"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../app.py" line="275"/>
        <source>Vẫn mở</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../app.py" line="289"/>
        <source>Cửa sổ Thư ký kia vẫn đang giữ thư mục dữ liệu %1, nên không thể mở thêm. Hãy đóng nó (hoặc khởi động lại máy) rồi mở lại. Dữ liệu không bị thay đổi.</source>
        <translation>The other Thư ký window still holds the data folder %1, so another cannot open. Close it (or restart the computer) and start again. Your data has not been changed.</translation>
    </message>
</context>
<context>
    <name>AttendeesSection</name>
    <message>
        <location filename="../editor/attendees.py" line="27"/>
        <source>&amp;Thành phần tham dự</source>
        <translation>&amp;Attendees</translation>
    </message>
    <message>
        <location filename="../editor/attendees.py" line="47"/>
        <source>Thành phần</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../editor/attendees.py" line="69"/>
        <source>Thành phần: chọn người trong danh bạ</source>
        <translation>Attendees: person from the directory</translation>
    </message>
</context>
<context>
    <name>ClassChart</name>
    <message>
        <location filename="../register/chart.py" line="128"/>
        <source>Không có nhiệm vụ có thời hạn trong danh sách đang lọc</source>
        <translation>No task with a deadline in the filtered list</translation>
    </message>
</context>
<context>
    <name>ConclusionSection</name>
    <message>
        <location filename="../editor/conclusion.py" line="22"/>
        <source>Mỗi dòng một đoạn: Ghi nhận …, Biểu dương …</source>
        <translation>One paragraph per line: Ghi nhận …, Biểu dương …</translation>
    </message>
    <message>
        <location filename="../editor/conclusion.py" line="24"/>
        <source>Đán&amp;h giá (mỗi dòng một đoạn):</source>
        <translation>&amp;Assessment (one paragraph per line):</translation>
    </message>
    <message>
        <location filename="../editor/conclusion.py" line="27"/>
        <source>&amp;Chỉ đạo (đơn vị cách nhau bởi dấu ;)</source>
        <translation>&amp;Directives (separate units with ;)</translation>
    </message>
    <message>
        <location filename="../editor/conclusion.py" line="39"/>
        <source>Đề &amp;xuất, kiến nghị và ý kiến trả lời</source>
        <translation>&amp;Proposals and the answers given</translation>
    </message>
    <message>
        <location filename="../editor/conclusion.py" line="50"/>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../editor/conclusion.py" line="61"/>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../fields.py" line="80"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../fields.py" line="83"/>
        <source>Chọn ngày trên lịch (Alt+↓)</source>
        <translation>Pick a date on the calendar (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <location filename="../delegates.py" line="125"/>
        <source>Không có “%1” trong danh sách; vẫn giữ “%2”. F4 mở danh sách.</source>
        <translation>“%1” is not in the list; “%2” is kept. F4 opens the list.</translation>
    </message>
</context>
<context>
    <name>DocumentSection</name>
    <message>
        <location filename="../editor/document_info.py" line="17"/>
        <source>để trống: văn thư ghi số khi ban hành</source>
        <translation>leave blank: the records office numbers it at issue</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="26"/>
        <source>Mỗi dòng một nơi nhận</source>
        <translation>One recipient per line</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="30"/>
        <source>&amp;Số:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="31"/>
        <source>Ngày &amp;ban hành:</source>
        <translation>&amp;Issue date:</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="32"/>
        <source>&amp;Thẩm quyền ký:</source>
        <translation>Signing &amp;authority:</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="33"/>
        <source>&amp;Chức vụ người ký:</source>
        <translation>Signer&apos;s &amp;position:</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="34"/>
        <source>&amp;Họ tên người ký:</source>
        <translation>Signer&apos;s na&amp;me:</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="35"/>
        <source>&amp;Nơi nhận:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="36"/>
        <source>&amp;Lưu:</source>
        <translation>Ar&amp;chive:</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="40"/>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="41"/>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="42"/>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="43"/>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="44"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="45"/>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="47"/>
        <source>Lưu</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../editor/document_info.py" line="60"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="54"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="80"/>
        <source>Xuất văn bản</source>
        <translation>Export documents</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="86"/>
        <source>Chọn văn bản cần xuất:</source>
        <translation>Choose the documents to export:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="93"/>
        <source>Kèm bản &amp;PDF (PDF/A, để ký và lưu trữ)</source>
        <translation>Also save as &amp;PDF (PDF/A, for signing and archiving)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="101"/>
        <source>Chưa xuất được PDF vì máy chưa cài LibreOffice; hãy cài LibreOffice miễn phí từ libreoffice.org rồi mở lại hộp này (tệp .docx vẫn xuất bình thường).</source>
        <translation>PDF export needs LibreOffice, which is not installed; install it free from libreoffice.org and open this dialog again (.docx export works as usual).</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="110"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="111"/>
        <source>&amp;Thư mục:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="122"/>
        <source>Đang tạo PDF bằng LibreOffice…</source>
        <translation>Making the PDF with LibreOffice…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="135"/>
        <source>&amp;Xuất</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="173"/>
        <source>Hãy sửa các lỗi trong danh sách trước khi xuất</source>
        <extracomment>Seconds LibreOffice may take before the conversion counts as hung.</extracomment>
        <translation>Fix the errors in the list before exporting</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="176"/>
        <source>Chọn thư mục lưu văn bản</source>
        <translation>Choose the folder for the documents</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="199"/>
        <source>Tệp đã có</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="201"/>
        <source>Trong thư mục đã có:</source>
        <translation>The folder already has:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="202"/>
        <source>Các tệp này có thể đã được sửa trong Word. Thay thế chúng?</source>
        <translation>These files may have been edited in Word. Replace them?</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="204"/>
        <source>&amp;Thay thế</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="205"/>
        <source>&amp;Giữ cả hai</source>
        <translation>&amp;Keep both</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="206"/>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="230"/>
        <source>Không xuất được văn bản</source>
        <translation>Could not export the documents</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="264"/>
        <source>Không tạo được PDF</source>
        <translation>Could not make the PDF</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="265"/>
        <source>Các tệp .docx đã được ghi:</source>
        <translation>The .docx files were written:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../register/filters.py" line="36"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="37"/>
        <source>Cần đôn đốc (quá hạn, sắp đến hạn)</source>
        <translation>To chase (overdue, due soon)</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="38"/>
        <source>Chưa hoàn thành</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="43"/>
        <source>vd. so xay dung</source>
        <translation>e.g. so xay dung</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="48"/>
        <source>Tìm trong nội dung, phiên, đơn vị…</source>
        <translation>Search tasks, sessions, units…</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="57"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="58"/>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="68"/>
        <source>&amp;Tìm:</source>
        <translation>Fi&amp;nd:</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="69"/>
        <source>P&amp;hân loại:</source>
        <translation>Cla&amp;ss:</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="70"/>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="71"/>
        <source>&amp;Người chủ trì:</source>
        <translation>Chai&amp;r:</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="72"/>
        <source>Họp từ ngày:</source>
        <translation>Meetings from:</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="73"/>
        <source>đến ngày:</source>
        <translation>to:</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="74"/>
        <source>Thời hạn từ:</source>
        <translation>Deadline from:</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="75"/>
        <source>đến:</source>
        <translation>to:</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="76"/>
        <source>Đến hạn trong:</source>
        <translation>Due within:</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="98"/>
        <source>Họp từ ngày</source>
        <translation>Meetings from</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="99"/>
        <source>Họp đến ngày</source>
        <translation>Meetings to</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="100"/>
        <source>Thời hạn từ</source>
        <translation>Deadline from</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="101"/>
        <source>Thời hạn đến</source>
        <translation>Deadline to</translation>
    </message>
    <message>
        <location filename="../register/filters.py" line="106"/>
        <source>%1: ngày chưa đúng (ngày/tháng/năm)</source>
        <translation>%1: not a date (day/month/year)</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../editor/general.py" line="43"/>
        <source>triển khai các nhiệm vụ …</source>
        <translation>triển khai các nhiệm vụ …</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="47"/>
        <source>Bây giờ</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="52"/>
        <source>&amp;Loại:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="53"/>
        <source>&amp;Nội dung (trích yếu):</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="56"/>
        <source>&amp;Bắt đầu:</source>
        <translation>S&amp;tarts:</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="57"/>
        <source>&amp;Kết thúc:</source>
        <translation>E&amp;nds:</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="60"/>
        <location filename="../editor/general.py" line="117"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="62"/>
        <source>Chọn một hồ sơ cơ quan đã lưu để điền nhanh</source>
        <translation>Pick a saved issuer profile to fill these fields</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="63"/>
        <source>Lưu hồ sơ</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="64"/>
        <source>Xóa hồ sơ</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="54"/>
        <source>Làm việc &amp;với:</source>
        <translation>&amp;Counterpart:</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="55"/>
        <source>Ngà&amp;y:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="58"/>
        <source>Địa điể&amp;m:</source>
        <translation>L&amp;ocation:</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="77"/>
        <source>Tên cơ quan trong câu văn, viết hoa chữ đầu: “Văn phòng Ủy ban nhân dân tỉnh thông báo …”. Để trống: dùng tên tự suy ra (chữ mờ).</source>
        <translation>The issuing body as sentences name it, capitalised as in a sentence: “Văn phòng Ủy ban nhân dân tỉnh thông báo …”. Leave empty to use the derived name (greyed).</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="81"/>
        <source>Ký hiệu của cơ quan, ví dụ VPUBND; gõ TB-VPUBND cũng được: văn bản tự thêm TB, BB hoặc BC.</source>
        <translation>The issuing body&apos;s symbol, e.g. VPUBND; TB-VPUBND is accepted too: each document adds TB, BB or BC itself.</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="92"/>
        <source>Hồ &amp;sơ:</source>
        <translation>P&amp;rofile:</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="95"/>
        <source>&amp;Cơ quan chủ quản:</source>
        <translation>Parent &amp;body:</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="96"/>
        <source>Cơ quan ban &amp;hành:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="97"/>
        <source>Ký hiệ&amp;u:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="98"/>
        <source>Địa &amp;danh:</source>
        <translation>Place na&amp;me:</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="99"/>
        <source>&amp;Tên trong câu văn:</source>
        <translation>Name in te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="107"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="108"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="109"/>
        <source>Làm việc với</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="110"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="111"/>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="112"/>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="113"/>
        <source>Địa điểm</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="115"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="118"/>
        <source>Ký hiệu</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="119"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="121"/>
        <source>Tên trong câu văn</source>
        <translation>Name in sentences</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="161"/>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="175"/>
        <source>(chọn hồ sơ cơ quan)</source>
        <translation>(choose an issuer profile)</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="176"/>
        <source>Không đọc được hồ sơ cơ quan</source>
        <translation>Could not read the issuer profiles</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="186"/>
        <source>Chọn cơ quan</source>
        <translation>Choose issuer</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="193"/>
        <source>Không lưu được hồ sơ cơ quan</source>
        <translation>Could not save the issuer profile</translation>
    </message>
    <message>
        <location filename="../editor/general.py" line="200"/>
        <source>Không xóa được hồ sơ cơ quan</source>
        <translation>Could not delete the issuer profile</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="16"/>
        <source>Buổi làm việc</source>
        <translation>Working session</translation>
    </message>
    <message>
        <location filename="../labels.py" line="17"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../labels.py" line="18"/>
        <source>Hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Đồng chủ trì</source>
        <translation>Co-chair</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>Chưa thực hiện</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>Đã hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <source>Biên bản</source>
        <translation>Minutes (Biên bản)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Thông báo kết luận</source>
        <translation>Notice of conclusions (Thông báo kết luận)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Báo cáo tóm tắt</source>
        <translation>Summary report (Báo cáo tóm tắt)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>Chào mừng đến với Thư ký. Gõ ngay vào các ô bên dưới để ghi phiên làm việc đầu tiên (mọi thay đổi được tự động lưu), nhấn Ctrl+N để tạo phiên mới, hoặc kéo một tệp .json vào cửa sổ để nhập. Nhấn F1 để xem phím tắt.</source>
        <translation>Welcome to Thư ký. Type into the fields below to record your first session (every change is saved automatically), press Ctrl+N for a new session, or drop a .json session file on the window to import it. Press F1 for the keyboard shortcuts.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191"/>
        <source>Phiên làm việc &amp;mới</source>
        <translation>&amp;New session</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>&amp;Nhân bản thành phiên mới</source>
        <translation>&amp;Duplicate as new session</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195"/>
        <source>N&amp;hập tệp phiên làm việc…</source>
        <translation>&amp;Import session file…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196"/>
        <source>Tệp &amp;gần đây</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="198"/>
        <source>&amp;Xuất tệp phiên làm việc…</source>
        <translation>E&amp;xport session file…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200"/>
        <source>Xuất &amp;văn bản…</source>
        <translation>Export &amp;documents…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>Các &amp;bản lưu trước…</source>
        <translation>Earlier re&amp;visions…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="211"/>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216"/>
        <source>Thêm &amp;dòng vào bảng</source>
        <translation>Add &amp;row to table</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="217"/>
        <source>&amp;Ghi chép mới</source>
        <translation>New &amp;note</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="218"/>
        <source>Chèn &amp;mẫu câu…</source>
        <translation>Insert &amp;phrase…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="219"/>
        <location filename="../main_window.py" line="477"/>
        <source>Sửa danh sách mẫu câu…</source>
        <translation>Edit phrases…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="220"/>
        <source>&amp;Tìm phiên làm việc</source>
        <translation>&amp;Find session</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>Đ&amp;i đến</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305"/>
        <source>Không mở được phiên làm việc</source>
        <translation>Could not open the session</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="365"/>
        <source>Xóa phiên làm việc</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="366"/>
        <source>Xóa hẳn phiên làm việc này và các bản lưu của nó? Không thể hoàn tác.</source>
        <translation>Delete this session and all its revisions for good? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="373"/>
        <source>Không xóa được phiên làm việc</source>
        <translation>Could not delete the session</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="388"/>
        <source>Đã lưu lúc %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190"/>
        <source>Tệ&amp;p</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203"/>
        <source>Xó&amp;a phiên đang chọn…</source>
        <translation>De&amp;lete selected session…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207"/>
        <source>Sử&amp;a</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229"/>
        <source>Ngôn n&amp;gữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>T&amp;rợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="278"/>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="280"/>
        <source>Những thay đổi mới nhất của phiên làm việc này chưa lưu được:
%1</source>
        <translation>The latest changes to this session could not be saved:
%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>&amp;Thử lưu lại</source>
        <translation>&amp;Try saving again</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="284"/>
        <source>&amp;Bỏ các thay đổi chưa lưu</source>
        <translation>&amp;Discard the unsaved changes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="286"/>
        <source>Ở &amp;lại</source>
        <translation>&amp;Stay</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="408"/>
        <source>Chưa lưu được — thử lại lúc %1</source>
        <translation>Not saved — retried at %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="415"/>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="487"/>
        <source>Không lưu được mẫu câu</source>
        <translation>Could not save the phrases</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="513"/>
        <source>Đã xuất văn bản</source>
        <translation>Documents exported</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="514"/>
        <source>Đã ghi:</source>
        <translation>Written:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="515"/>
        <source>Mở &amp;tệp</source>
        <translation>Open &amp;file</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="516"/>
        <source>Mở thư &amp;mục</source>
        <translation>Open f&amp;older</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="517"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="531"/>
        <source>Nhập tệp phiên làm việc</source>
        <translation>Import session file</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="531"/>
        <location filename="../main_window.py" line="557"/>
        <source>Tệp phiên làm việc (*.json)</source>
        <translation>Session files (*.json)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="538"/>
        <source>Không nhập được tệp %1</source>
        <translation>Could not import %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="549"/>
        <source>Đã nhập, có %n lưu ý</source>
        <translation>
            <numerusform>Imported with %n warning</numerusform>
            <numerusform>Imported with %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="557"/>
        <source>Xuất tệp phiên làm việc</source>
        <translation>Export session file</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="561"/>
        <source>Không ghi được tệp</source>
        <translation>Could not write the file</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="593"/>
        <source>Không mở được tệp gần đây</source>
        <translation>Could not open the recent file</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="594"/>
        <source>Không còn tệp %1 (đã bị xóa hoặc chuyển đi nơi khác). Đã bỏ tệp này khỏi danh sách tệp gần đây.</source>
        <translation>The file %1 is no longer there (deleted or moved). It has been removed from the recent files.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="619"/>
        <source>Các bản lưu trước</source>
        <translation>Earlier revisions</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="621"/>
        <source>Không đọc được các bản lưu</source>
        <translation>Could not read the revisions</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="629"/>
        <source>bản cũ nhất còn giữ</source>
        <translation>the oldest state kept</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="635"/>
        <source>&amp;Khôi phục bản này</source>
        <translation>&amp;Restore this revision</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="638"/>
        <source>Chọn một bản lưu để khôi phục (mới nhất ở trên):</source>
        <translation>Choose a revision to restore (newest first):</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="648"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="680"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="683"/>
        <source>Phím</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="683"/>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="705"/>
        <source>Bản phát triển (chạy từ mã nguồn)</source>
        <translation>Development version (running from the source code)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="707"/>
        <source>Bản dựng ngày %1</source>
        <translation>Built on %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="712"/>
        <source>Giới thiệu Thư ký</source>
        <translation>About Thư ký</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="716"/>
        <source>Phiên bản %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="719"/>
        <source>Ghi buổi làm việc, cuộc họp, hội nghị và soạn biên bản, thông báo kết luận, báo cáo tóm tắt theo Nghị định 30/2020/NĐ-CP. Chạy hoàn toàn trên máy này, không dùng mạng.</source>
        <translation>Records working sessions, meetings and conferences and writes their minutes, notices of conclusions and summary briefs as Decree 30/2020/NĐ-CP prescribes. Runs entirely on this computer, with no network.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../editor/notes.py" line="17"/>
        <source>Ghi &amp;chép trong buổi (Ctrl+T: ghi chép mới)</source>
        <translation>Live &amp;notes (Ctrl+T: new note)</translation>
    </message>
    <message>
        <location filename="../editor/notes.py" line="25"/>
        <source>Ghi chép</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OpinionsSection</name>
    <message>
        <location filename="../editor/opinions.py" line="38"/>
        <source>Ý &amp;kiến phát biểu</source>
        <translation>&amp;Opinions</translation>
    </message>
    <message>
        <location filename="../editor/opinions.py" line="43"/>
        <source>Ý kiến: thêm người phát biểu</source>
        <translation>Opinions: add a speaker</translation>
    </message>
    <message>
        <location filename="../editor/opinions.py" line="51"/>
        <source>Nội dung ý kiến; các đoạn cách nhau bởi một dòng trống</source>
        <translation>What was said; separate paragraphs with an empty line</translation>
    </message>
    <message>
        <location filename="../editor/opinions.py" line="53"/>
        <source>Nội &amp;dung ý kiến đang chọn:</source>
        <translation>&amp;Content of the selected opinion:</translation>
    </message>
    <message>
        <location filename="../editor/opinions.py" line="69"/>
        <source>Nội dung ý kiến</source>
        <translation>Opinion content</translation>
    </message>
    <message>
        <location filename="../editor/opinions.py" line="83"/>
        <source>Ý kiến</source>
        <translation>Opinions</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../editor/people_combo.py" line="82"/>
        <source>Thêm người vào thành phần</source>
        <translation>Add a person to the attendees</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../preview.py" line="131"/>
        <source>X&amp;em trước:</source>
        <translation>Pre&amp;view:</translation>
    </message>
    <message>
        <location filename="../preview.py" line="195"/>
        <source>Chưa xem trước được:</source>
        <translation>No preview yet:</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../problems.py" line="37"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../problems.py" line="37"/>
        <source>Lưu ý</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>RecoveryBox</name>
    <message>
        <location filename="../recovery_dialog.py" line="30"/>
        <source>Tệp dữ liệu bị hỏng</source>
        <translation>Data file damaged</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="33"/>
        <source>Tệp dữ liệu của Thư ký bị hỏng nên chương trình đã bắt đầu một kho dữ liệu mới, trống. Tệp cũ được giữ nguyên, không bị xóa, tại:</source>
        <translation>Thư ký&apos;s data file is damaged, so a new, empty store has been started. The old file has been kept, not deleted, at:</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="39"/>
        <source>Có thể khôi phục bản sao lưu tự động gần nhất (ngày %1); những gì ghi sau lúc sao lưu sẽ không có trong đó.</source>
        <translation>You can restore the latest automatic backup (of %1); what was recorded after that backup will not be in it.</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="43"/>
        <source>Chưa có bản sao lưu tự động nào để khôi phục.</source>
        <translation>There is no automatic backup to restore yet.</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="44"/>
        <source>Lý do: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="52"/>
        <source>&amp;Khôi phục bản sao lưu ngày %1</source>
        <translation>&amp;Restore the backup of %1</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="58"/>
        <source>&amp;Dùng kho dữ liệu mới</source>
        <translation>&amp;Use the new store</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../register/model.py" line="41"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="43"/>
        <source>Đã hoàn thành đúng hạn</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="45"/>
        <source>Đã hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="46"/>
        <source>Đang thực hiện trong hạn</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="48"/>
        <source>Chưa hoàn thành, quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="49"/>
        <source>Đã hoàn thành (không thời hạn)</source>
        <translation>Done (no deadline)</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="51"/>
        <source>Thường xuyên / chưa có thời hạn</source>
        <translation>Standing / no deadline yet</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="59"/>
        <source>Thường xuyên</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="61"/>
        <source>%1 (gốc %2)</source>
        <translation>%1 (originally %2)</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="67"/>
        <source>Thời hạn ban đầu: %1</source>
        <translation>Original deadline: %1</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="71"/>
        <source>Gia hạn đến %1 (ngày %2, %3)</source>
        <translation>Extended to %1 (on %2, %3)</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="96"/>
        <source>Ngày họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="98"/>
        <source>Phiên làm việc</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="100"/>
        <source>Số văn bản</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="102"/>
        <source>Nội dung chỉ đạo</source>
        <translation>Directive</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="104"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="106"/>
        <source>Phối hợp</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="108"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="111"/>
        <source>Phân loại</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../register/model.py" line="112"/>
        <source>Tiến độ mới nhất</source>
        <translation>Latest progress</translation>
    </message>
    <message>
        <location filename="../register/summary.py" line="26"/>
        <source>&lt;b&gt;%1&lt;/b&gt; nhiệm vụ có thời hạn:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; tasks with a deadline:</translation>
    </message>
    <message>
        <location filename="../register/summary.py" line="34"/>
        <source>(tỷ lệ trên tổng số nhiệm vụ có thời hạn; tỷ lệ hoàn thành %1). Không thời hạn: %2 thường xuyên, %3 đã hoàn thành.</source>
        <translation>(shares of all tasks with a deadline; completion rate %1). Without deadline: %2 standing, %3 done.</translation>
    </message>
</context>
<context>
    <name>RegisterPane</name>
    <message>
        <location filename="../register/pane.py" line="143"/>
        <source>Đã &amp;hoàn thành…</source>
        <extracomment>Records an update in the directive&apos;s session; set by gui.register.wiring. Writes the progress report; set by gui.register.wiring (the window&apos;s renderer).</extracomment>
        <translation>&amp;Done…</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="144"/>
        <source>Thêm &amp;tiến độ…</source>
        <translation>Add &amp;progress…</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="145"/>
        <source>&amp;Gia hạn…</source>
        <translation>E&amp;xtend…</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="146"/>
        <source>Mở &amp;phiên</source>
        <translation>&amp;Open session</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="147"/>
        <source>&amp;Biểu đồ</source>
        <translation>C&amp;hart</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="148"/>
        <source>Xuất &amp;Excel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="149"/>
        <source>Báo cáo tiến &amp;độ…</source>
        <translation>Progress re&amp;port…</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="150"/>
        <source>Tải &amp;lại</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="224"/>
        <source>Đang tải sổ theo dõi…</source>
        <translation>Loading the register…</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="256"/>
        <source>Đã ghi %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="268"/>
        <source>Không xuất được</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="271"/>
        <source>Không đọc được sổ theo dõi: %1</source>
        <translation>Could not read the register: %1</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="322"/>
        <source>%1 / %2 nhiệm vụ</source>
        <translation>%1 / %2 tasks</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="367"/>
        <source>Xuất sổ theo dõi ra Excel</source>
        <translation>Export the register to Excel</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="368"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="383"/>
        <source>Không lập được báo cáo</source>
        <translation>Could not make the report</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="385"/>
        <source>Báo cáo tình hình thực hiện nhiệm vụ</source>
        <translation>Progress report on assigned tasks</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="386"/>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../register/pane.py" line="393"/>
        <source>Đang xuất…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>RegisterWiring</name>
    <message>
        <location filename="../register/wiring.py" line="52"/>
        <source>Phiên làm việc</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="53"/>
        <source>Sổ theo dõi nhiệm vụ</source>
        <translation>Directive register</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="75"/>
        <source>Sổ the&amp;o dõi</source>
        <translation>Follo&amp;w-up</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="79"/>
        <source>&amp;Sổ theo dõi nhiệm vụ</source>
        <translation>Directive &amp;register</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="80"/>
        <source>Nhiệm vụ &amp;quá hạn và sắp đến hạn</source>
        <translation>&amp;Overdue and due-soon tasks</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="88"/>
        <source>&amp;Danh bạ đơn vị…</source>
        <translation>&amp;Units directory…</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="121"/>
        <source>Danh bạ đơn vị… (%1)</source>
        <translation>Units directory… (%1)</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="178"/>
        <source>%1 nhiệm vụ quá hạn</source>
        <translation>%1 tasks overdue</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="180"/>
        <source>%1 nhiệm vụ đến hạn trong 7 ngày</source>
        <translation>%1 tasks due within 7 days</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="183"/>
        <source>Mở sổ theo dõi với các nhiệm vụ này (%1)</source>
        <translation>Open the register with these tasks (%1)</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="202"/>
        <source>Không mở được phiên làm việc của chỉ đạo này.</source>
        <translation>Could not open this directive&apos;s session.</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="207"/>
        <source>Chỉ đạo này không còn trong phiên làm việc.</source>
        <translation>This directive is no longer in its session.</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="213"/>
        <source>Sổ theo dõi: đã hoàn thành</source>
        <translation>Register: done</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="215"/>
        <source>Sổ theo dõi: gia hạn</source>
        <translation>Register: extension</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="216"/>
        <source>Sổ theo dõi: tiến độ</source>
        <translation>Register: progress</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="228"/>
        <source>Sổ theo dõi</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../register/wiring.py" line="229"/>
        <source>chỉ đạo này không còn trong phiên làm việc.</source>
        <translation>this directive is no longer in its session.</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../editor/reports.py" line="37"/>
        <source>&amp;Danh sách báo cáo</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../editor/reports.py" line="42"/>
        <source>Các đoạn cách nhau bởi một dòng trống</source>
        <translation>Separate paragraphs with an empty line</translation>
    </message>
    <message>
        <location filename="../editor/reports.py" line="44"/>
        <source>&amp;Số liệu</source>
        <translation>F&amp;igures</translation>
    </message>
    <message>
        <location filename="../editor/reports.py" line="52"/>
        <source>&amp;Người báo cáo:</source>
        <translation>&amp;Presenter:</translation>
    </message>
    <message>
        <location filename="../editor/reports.py" line="53"/>
        <source>&amp;Tên báo cáo:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../editor/reports.py" line="54"/>
        <source>Nội d&amp;ung:</source>
        <translation>&amp;Content:</translation>
    </message>
    <message>
        <location filename="../editor/reports.py" line="107"/>
        <source>Báo cáo: thêm người báo cáo</source>
        <translation>Reports: add a presenter</translation>
    </message>
    <message>
        <location filename="../editor/reports.py" line="64"/>
        <location filename="../editor/reports.py" line="109"/>
        <source>Người báo cáo</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../editor/reports.py" line="65"/>
        <source>Tên báo cáo</source>
        <translation>Report title</translation>
    </message>
    <message>
        <location filename="../editor/reports.py" line="66"/>
        <source>Nội dung báo cáo</source>
        <translation>Report content</translation>
    </message>
    <message>
        <location filename="../editor/reports.py" line="84"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <location filename="../revision_text.py" line="12"/>
        <location filename="../revision_text.py" line="13"/>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="14"/>
        <source>Thành phần</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="15"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="16"/>
        <source>Ý kiến</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="17"/>
        <location filename="../revision_text.py" line="18"/>
        <location filename="../revision_text.py" line="19"/>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="20"/>
        <source>Ghi chép</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="21"/>
        <location filename="../revision_text.py" line="22"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="26"/>
        <source>dòng</source>
        <translation>row</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="27"/>
        <source>báo cáo</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="28"/>
        <source>ý kiến</source>
        <translation>opinion</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="29"/>
        <source>đoạn đánh giá</source>
        <translation>assessment paragraph</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="30"/>
        <source>nhiệm vụ</source>
        <translation>directive</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="31"/>
        <source>đề xuất</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="32"/>
        <source>ghi chép</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="33"/>
        <source>nơi nhận</source>
        <translation>recipient</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="37"/>
        <source>loại</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="38"/>
        <source>nội dung</source>
        <translation>subject</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="39"/>
        <source>làm việc với</source>
        <translation>counterpart</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="40"/>
        <source>ngày</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="41"/>
        <source>giờ bắt đầu</source>
        <translation>start time</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="42"/>
        <source>giờ kết thúc</source>
        <translation>end time</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="43"/>
        <source>địa điểm</source>
        <translation>location</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="44"/>
        <source>cơ quan chủ quản</source>
        <translation>parent body</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="45"/>
        <source>cơ quan ban hành</source>
        <translation>issuing body</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="46"/>
        <source>ký hiệu</source>
        <translation>symbol</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="47"/>
        <source>địa danh</source>
        <translation>place name</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="48"/>
        <source>số</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="49"/>
        <source>ngày ban hành</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="50"/>
        <source>thẩm quyền ký</source>
        <translation>signing authority</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="51"/>
        <source>chức vụ người ký</source>
        <translation>signer&apos;s position</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="52"/>
        <source>người ký</source>
        <translation>signer</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="53"/>
        <source>nơi lưu</source>
        <translation>archive</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="65"/>
        <source>dòng</source>
        <comment>plural</comment>
        <translation>rows</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="66"/>
        <source>báo cáo</source>
        <comment>plural</comment>
        <translation>reports</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="67"/>
        <source>ý kiến</source>
        <comment>plural</comment>
        <translation>opinions</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="68"/>
        <source>đoạn đánh giá</source>
        <comment>plural</comment>
        <translation>assessment paragraphs</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="69"/>
        <source>nhiệm vụ</source>
        <comment>plural</comment>
        <translation>directives</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="70"/>
        <source>đề xuất</source>
        <comment>plural</comment>
        <translation>proposals</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="71"/>
        <source>ghi chép</source>
        <comment>plural</comment>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="72"/>
        <source>nơi nhận</source>
        <comment>plural</comment>
        <translation>recipients</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="79"/>
        <source>%1 %2 %3</source>
        <comment>one row</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="82"/>
        <source>%1 %2 %3</source>
        <comment>several rows</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="94"/>
        <source>sửa %1</source>
        <translation>edited %1</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="97"/>
        <source>thêm</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="98"/>
        <source>xóa</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="99"/>
        <source>sửa</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../revision_text.py" line="105"/>
        <source>không đổi nội dung</source>
        <translation>no change in content</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../session_list.py" line="90"/>
        <source>Tìm: nội dung, đơn vị, ngày, người dự</source>
        <translation>Find: subject, body, date, attendee</translation>
    </message>
    <message>
        <location filename="../session_list.py" line="92"/>
        <source>Tìm theo nội dung, đơn vị làm việc, ngày hoặc tên người dự (gõ không dấu được); ↓ xuống kết quả, Enter mở phiên</source>
        <translation>Find by subject, counterpart, date or an attendee&apos;s name (diacritics optional); ↓ goes to the results, Enter opens a session</translation>
    </message>
    <message>
        <location filename="../session_list.py" line="102"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../session_list.py" line="103"/>
        <source>Nhân bản</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../session_list.py" line="105"/>
        <source>Tạo phiên mới từ phiên đang chọn (giữ thành phần, cơ quan, nơi nhận)</source>
        <translation>Start a new session from this one (keeps attendees, issuer and recipients)</translation>
    </message>
    <message>
        <location filename="../session_list.py" line="107"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../session_list.py" line="147"/>
        <source>Không đọc được danh sách phiên làm việc</source>
        <translation>Could not read the list of sessions</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../session_list.py" line="69"/>
        <source>(chưa có nội dung)</source>
        <translation>(no subject yet)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../shortcuts.py" line="30"/>
        <source>Phiên làm việc mới</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="33"/>
        <source>Nhân bản thành phiên mới (họp định kỳ)</source>
        <translation>Duplicate as a new session (recurring meetings)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="36"/>
        <source>Tìm phiên làm việc</source>
        <translation>Find a session</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="39"/>
        <source>Xuất văn bản (.docx)</source>
        <translation>Export documents (.docx)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="42"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="45"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="49"/>
        <source>Thêm dòng vào bảng đang làm việc</source>
        <translation>Add a row to the current table</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="52"/>
        <source>Xóa dòng đang chọn</source>
        <translation>Delete the current row</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="55"/>
        <source>Chuyển dòng lên / xuống</source>
        <translation>Move the row up / down</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="58"/>
        <source>Ghi chép mới, ghi sẵn giờ hiện tại</source>
        <translation>New note stamped with the current time</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="61"/>
        <source>Chèn mẫu câu</source>
        <translation>Insert a phrase</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="64"/>
        <source>Chuyển đến mục 1 … 7 của phiên</source>
        <translation>Go to section 1 … 7 of the session</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="67"/>
        <source>Mở lịch chọn ngày (trong ô ngày)</source>
        <translation>Open the calendar (in a date field)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="71"/>
        <source>Mở danh sách chọn (người phát biểu, người báo cáo, vai trò…); gõ vài chữ để lọc, không dấu cũng được</source>
        <translation>Open a choice list (speaker, presenter, role…); type a few letters to filter, diacritics optional</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="79"/>
        <source>Trong ô tìm: xuống danh sách kết quả / mở phiên đầu tiên</source>
        <translation>In the search box: go down to the results / open the first one</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="84"/>
        <source>Nhập tệp phiên làm việc (.json)</source>
        <translation>Import a session file (.json)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="87"/>
        <source>Xuất tệp phiên làm việc (.json)</source>
        <translation>Export the session file (.json)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="90"/>
        <source>Các bản lưu trước</source>
        <translation>Earlier revisions</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="93"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="96"/>
        <source>Sổ theo dõi nhiệm vụ / trở lại phiên làm việc</source>
        <translation>Directive register / back to the session</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="100"/>
        <source>Sổ theo dõi: nhiệm vụ quá hạn và sắp đến hạn</source>
        <translation>Register: overdue and due-soon tasks</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="103"/>
        <source>Sổ theo dõi: đánh dấu đã hoàn thành</source>
        <translation>Register: mark done</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="106"/>
        <source>Sổ theo dõi: thêm tiến độ thực hiện</source>
        <translation>Register: add progress</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="109"/>
        <source>Sổ theo dõi: gia hạn thời hạn</source>
        <translation>Register: extend the deadline</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="112"/>
        <source>Sổ theo dõi: mở chỉ đạo trong phiên</source>
        <translation>Register: open the directive in its session</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="115"/>
        <source>Sổ theo dõi: hiện / ẩn biểu đồ</source>
        <translation>Register: show / hide the chart</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="118"/>
        <source>Sổ theo dõi: xuất ra Excel</source>
        <translation>Register: export to Excel</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="122"/>
        <source>Sổ theo dõi: báo cáo tình hình thực hiện nhiệm vụ</source>
        <translation>Register: progress report</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="125"/>
        <source>Sổ theo dõi: tải lại</source>
        <translation>Register: reload</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="128"/>
        <source>Danh bạ đơn vị (gộp cách viết, đặt tên)</source>
        <translation>Units directory (merge spellings, choose names)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="131"/>
        <source>Danh sách phím tắt</source>
        <translation>List the keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>SnippetDialog</name>
    <message>
        <location filename="../snippets.py" line="91"/>
        <source>Mẫu câu</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <location filename="../snippets.py" line="98"/>
        <source>Mỗi dòng một mẫu câu; dấu … là chỗ cần điền:</source>
        <translation>One phrase per line; … marks a place to fill in:</translation>
    </message>
</context>
<context>
    <name>TableBox</name>
    <message>
        <location filename="../editor/tables.py" line="19"/>
        <source>Thêm (Ctrl+Enter)</source>
        <translation>Add (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../editor/tables.py" line="20"/>
        <source>Xóa dòng (Ctrl+Del)</source>
        <translation>Delete row (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../editor/tables.py" line="21"/>
        <source>Lên (Alt+↑)</source>
        <translation>Up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../editor/tables.py" line="22"/>
        <source>Xuống (Alt+↓)</source>
        <translation>Down (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../table_models/__init__.py" line="78"/>
        <source>Họ và tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="79"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="80"/>
        <source>Cơ quan, đơn vị</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="81"/>
        <source>Thuộc phía</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="82"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="83"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="84"/>
        <source>Lý do vắng</source>
        <translation>Absence reason</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="87"/>
        <source>Chức danh dùng trong văn bản</source>
        <translation>Post used in documents</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="91"/>
        <source>Thành phần</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="101"/>
        <source>Tên báo cáo</source>
        <translation>Report title</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="103"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="112"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="113"/>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="114"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="115"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="118"/>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="129"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="133"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="136"/>
        <source>Ý kiến</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="152"/>
        <source>Nội dung chỉ đạo</source>
        <translation>Directive</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="153"/>
        <source>Chủ trì thực hiện</source>
        <translation>Assignees</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="154"/>
        <source>Phối hợp</source>
        <translation>Collaborators</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="155"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="156"/>
        <location filename="../table_models/directives.py" line="54"/>
        <source>Thường xuyên</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="158"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="160"/>
        <source>Hoàn thành ngày</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="162"/>
        <source>Chỉ đạo</source>
        <translation>Directives</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="173"/>
        <source>Đề xuất, kiến nghị</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="174"/>
        <source>Ý kiến trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="176"/>
        <source>Đề xuất</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="185"/>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../table_models/__init__.py" line="186"/>
        <location filename="../table_models/__init__.py" line="189"/>
        <source>Ghi chép</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../table_models/directives.py" line="25"/>
        <source>Nhiệm vụ thường xuyên (không có thời hạn)</source>
        <translation>Standing task (no deadline)</translation>
    </message>
    <message>
        <location filename="../table_models/directives.py" line="28"/>
        <source>Thời hạn ban đầu: %1</source>
        <translation>Original deadline: %1</translation>
    </message>
    <message>
        <location filename="../table_models/directives.py" line="32"/>
        <source>Gia hạn đến %1 (ngày %2, %3)</source>
        <translation>Extended to %1 (on %2, %3)</translation>
    </message>
    <message>
        <location filename="../table_models/directives.py" line="56"/>
        <source>%1 (gia hạn)</source>
        <translation>%1 (extended)</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../fields.py" line="155"/>
        <source>giờ:phút</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../fields.py" line="158"/>
        <source>Bây giờ</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../fields.py" line="159"/>
        <source>Ghi giờ hiện tại</source>
        <translation>Write the current time</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <location filename="../register/units_dialog.py" line="45"/>
        <source>Danh bạ đơn vị</source>
        <translation>Units directory</translation>
    </message>
    <message>
        <location filename="../register/units_dialog.py" line="49"/>
        <source>Đơn vị / cách viết</source>
        <translation>Unit / spelling</translation>
    </message>
    <message>
        <location filename="../register/units_dialog.py" line="49"/>
        <source>Số lần dùng</source>
        <translation>Uses</translation>
    </message>
    <message>
        <location filename="../register/units_dialog.py" line="55"/>
        <source>&amp;Gộp</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../register/units_dialog.py" line="56"/>
        <source>&amp;Tách ra</source>
        <translation>&amp;Split off</translation>
    </message>
    <message>
        <location filename="../register/units_dialog.py" line="59"/>
        <source>Đặt tê&amp;n</source>
        <translation>Set &amp;name</translation>
    </message>
    <message>
        <location filename="../register/units_dialog.py" line="60"/>
        <source>Gộp cách viết đang chọn &amp;vào đơn vị:</source>
        <translation>Merge the chosen spelling &amp;into unit:</translation>
    </message>
    <message>
        <location filename="../register/units_dialog.py" line="62"/>
        <source>Tên &amp;hiển thị của đơn vị:</source>
        <translation>Unit&apos;s &amp;display name:</translation>
    </message>
    <message>
        <location filename="../register/units_dialog.py" line="75"/>
        <source>Các cách viết cùng một đơn vị (viết tắt UBND, TP, Sở …) được nhóm tự động; gộp tay những cách viết còn lại và chọn tên in trong thống kê.</source>
        <translation>Spellings of one unit (abbreviations UBND, TP, Sở …) are grouped automatically; merge the others by hand and choose the name statistics print.</translation>
    </message>
    <message>
        <location filename="../register/units_dialog.py" line="94"/>
        <source>Không đọc được danh bạ đơn vị</source>
        <translation>Could not read the units directory</translation>
    </message>
    <message>
        <location filename="../register/units_dialog.py" line="155"/>
        <source>Không gộp được đơn vị</source>
        <translation>Could not merge the units</translation>
    </message>
    <message>
        <location filename="../register/units_dialog.py" line="163"/>
        <source>Không tách được đơn vị</source>
        <translation>Could not split off the unit</translation>
    </message>
    <message>
        <location filename="../register/units_dialog.py" line="171"/>
        <source>Không đặt được tên đơn vị</source>
        <translation>Could not name the unit</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../register/dialogs.py" line="46"/>
        <source>Đánh dấu đã hoàn thành</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../register/dialogs.py" line="47"/>
        <source>Thêm tiến độ thực hiện</source>
        <translation>Add progress</translation>
    </message>
    <message>
        <location filename="../register/dialogs.py" line="48"/>
        <source>Gia hạn thời hạn</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <location filename="../register/dialogs.py" line="58"/>
        <source>vd. Công văn số 125/UBND-KT ngày 02/4/2024</source>
        <translation>e.g. Công văn số 125/UBND-KT ngày 02/4/2024</translation>
    </message>
    <message>
        <location filename="../register/dialogs.py" line="62"/>
        <source>&amp;Ngày hoàn thành:</source>
        <translation>&amp;Done on:</translation>
    </message>
    <message>
        <location filename="../register/dialogs.py" line="65"/>
        <source>&amp;Nội dung:</source>
        <translation>&amp;What was done:</translation>
    </message>
    <message>
        <location filename="../register/dialogs.py" line="66"/>
        <source>&amp;Văn bản:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../register/dialogs.py" line="67"/>
        <source>N&amp;gày:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location filename="../register/dialogs.py" line="70"/>
        <source>&amp;Thời hạn mới:</source>
        <translation>&amp;New deadline:</translation>
    </message>
    <message>
        <location filename="../register/dialogs.py" line="71"/>
        <source>&amp;Văn bản cho phép:</source>
        <translation>&amp;Approving document:</translation>
    </message>
    <message>
        <location filename="../register/dialogs.py" line="72"/>
        <source>N&amp;gày gia hạn:</source>
        <translation>Date &amp;granted:</translation>
    </message>
    <message>
        <location filename="../register/dialogs.py" line="74"/>
        <source>vd. Công văn số 310/UBND-TH ngày 15/4/2024</source>
        <translation>e.g. Công văn số 310/UBND-TH ngày 15/4/2024</translation>
    </message>
    <message>
        <location filename="../register/dialogs.py" line="105"/>
        <source>Ngày chưa đúng (ngày/tháng/năm).</source>
        <translation>Not a date (day/month/year).</translation>
    </message>
    <message>
        <location filename="../register/dialogs.py" line="114"/>
        <source>Thời hạn mới chưa đúng (ngày/tháng/năm).</source>
        <translation>The new deadline is not a date (day/month/year).</translation>
    </message>
</context>
</TS>
