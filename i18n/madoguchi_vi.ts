<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+29" />
            <source>Accompaniment</source>
            <translation>Đi cùng hỗ trợ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>Đi cùng hỗ trợ #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+10" />
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you left the office</source>
            <translation>Thời điểm rời văn phòng</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time out</source>
            <translation>Giờ đi</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you were back at the office</source>
            <translation>Thời điểm về lại văn phòng</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time back</source>
            <translation>Giờ về</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Resident</source>
            <translation>Người cư trú</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Destination</source>
            <translation>Nơi đến</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Organisation</source>
            <translation>Tổ chức</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Facility or counter</source>
            <translation>Cơ sở hoặc quầy</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Facility</source>
            <translation>Cơ sở</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>e.g. 内科, 住民課</source>
            <translation>vd: 内科 (nội khoa), 住民課</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Department</source>
            <translation>Khoa / phòng ban</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Who went with the resident</source>
            <translation>Người đi cùng người cư trú</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Accompanied by</source>
            <translation>Người đi cùng</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Interpreter</source>
            <translation>Phiên dịch</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Purpose</source>
            <translation>Mục đích</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Outcome</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+4" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>Thông tin cá nhân cần được bảo vệ đặc biệt (要配慮個人情報): chẩn đoán, triệu chứng và điều trị. Chỉ ghi những gì cần cho việc theo dõi, và chỉ khi người cư trú đồng ý.</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Health details (sensitive)</source>
            <translation>Thông tin sức khỏe (nhạy cảm)</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+9" />
            <source> km</source>
            <translation> km</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Distance (round trip)</source>
            <translation>Quãng đường (khứ hồi)</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+5" />
            <source> yen</source>
            <translation> yên</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Transport cost</source>
            <translation>Chi phí đi lại</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Follow-up date</source>
            <translation>Ngày theo dõi</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+39" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>Đi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>Về</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Người cư trú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Tên (Latinh)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>Nơi đến</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>Cơ sở</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Khoa / phòng ban</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport (yen)</source>
            <translation>Đi lại (yên)</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="../ui/pages/audit.py" line="+29" />
            <source>Created</source>
            <translation>Đã tạo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>Đã sửa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>Đã xóa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viewed</source>
            <translation>Đã xem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exported</source>
            <translation>Đã xuất</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported</source>
            <translation>Đã nhập</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report made</source>
            <translation>Đã lập báo cáo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed</source>
            <translation>Đã in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed login</source>
            <translation>Đăng nhập thất bại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>Bị khóa tài khoản</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocked</source>
            <translation>Đã mở khóa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymised</source>
            <translation>Đã ẩn danh hóa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values removed</source>
            <translation>Đã xóa giá trị</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location line="+2" />
            <source>User account</source>
            <translation>Tài khoản người dùng</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+24" />
            <source>User</source>
            <translation>Người dùng</translation>
        </message>
        <message>
            <location line="-21" />
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record ID (uuid; in a record's tooltip)</source>
            <translation>Mã bản ghi (uuid; xem chú thích của bản ghi)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>Hiển thị</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Time</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Thao tác</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Bản ghi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changes</source>
            <translation>Thay đổi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Verify chain</source>
            <translation>Kiểm tra chuỗi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check that no audit row was altered or removed since it was written</source>
            <translation>Kiểm tra xem có dòng nhật ký nào bị sửa hoặc xóa kể từ khi được ghi hay không</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Any user</source>
            <translation>Mọi người dùng</translation>
        </message>
        <message>
            <location line="+35" />
            <source>(values removed when the record was purged)</source>
            <translation>(giá trị đã bị xóa khi bản ghi bị xóa vĩnh viễn)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The newest %1 rows; narrow the filter to see older ones.</source>
            <translation>%1 dòng mới nhất; hãy thu hẹp bộ lọc để xem các dòng cũ hơn.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln dòng</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>The audit trail is intact (%1 rows).</source>
            <translation>Nhật ký kiểm tra còn nguyên vẹn (%1 dòng).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit row %1 was altered or removed.</source>
            <translation>Dòng nhật ký %1 đã bị sửa hoặc xóa.</translation>
        </message>
        <message>
            <location filename="../ui/audit_text.py" line="+44" />
            <source>(deleted) %1</source>
            <translation>(đã xóa) %1</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+29" />
            <source>Backups</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change folder…</source>
            <translation>Đổi thư mục…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>Sao lưu ngay</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore from a backup…</source>
            <translation>Khôi phục từ bản sao lưu…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder</source>
            <translation>Thư mục</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A verified, encrypted backup is made at the first start of each day and before every import, restore and purge; 7 daily, 4 weekly and 12 monthly are kept.</source>
            <translation>Một bản sao lưu đã mã hóa và được kiểm tra sẽ được tạo vào lần khởi động đầu tiên mỗi ngày và trước mỗi lần nhập, khôi phục và xóa vĩnh viễn; giữ lại 7 bản hằng ngày, 4 bản hằng tuần và 12 bản hằng tháng.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Folder for backups</source>
            <translation>Thư mục sao lưu</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore from a backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore %1? The current database is kept aside, never deleted, and the window opens again on the restored records.</source>
            <translation>Khôi phục %1? Cơ sở dữ liệu hiện tại sẽ được cất riêng, không bao giờ bị xóa, và cửa sổ sẽ mở lại với các bản ghi đã khôi phục.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Backed up to %1</source>
            <translation>Đã sao lưu vào %1</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="+79" />
            <source>Bridge person</source>
            <translation>Người kết nối</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person #%1</source>
            <translation>Người kết nối #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+78" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+7" />
            <source>SNS contacts</source>
            <translation>Liên hệ SNS</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Where they can help, e.g. a district</source>
            <translation>Nơi người này có thể hỗ trợ, ví dụ một khu vực</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Area</source>
            <translation>Địa bàn</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+3" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>ID or phone number</source>
            <translation>ID hoặc số điện thoại</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-33" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Địa bàn</translation>
        </message>
    </context>
    <context>
        <name>CardTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+59" />
            <source>Period of stay ends</source>
            <translation>Hết hạn lưu trú</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In</source>
            <translation>Còn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Người cư trú</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Residence status</source>
            <translation>Tư cách lưu trú</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln ngày</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>ended %Ln day(s) ago</source>
            <translation>
                <numerusform>đã hết hạn %Ln ngày trước</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <location filename="../ui/pages/categories_dialog.py" line="+32" />
            <source>Other bodies' categories</source>
            <translation>Phân loại của cơ quan khác</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Topics counted in this category</source>
            <translation>Các lĩnh vực tính vào loại này</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Back to the shipped example</source>
            <translation>Trở về ví dụ có sẵn</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Topics in no category (counted as unmapped): %1</source>
            <translation>Các lĩnh vực không thuộc loại nào (tính là chưa phân loại): %1</translation>
        </message>
    </context>
    <context>
        <name>CodeItemDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+54" />
            <location line="+13" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Offered in forms</source>
            <translation>Hiển thị trong biểu mẫu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Japanese label</source>
            <translation>Nhãn tiếng Nhật</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English label</source>
            <translation>Nhãn tiếng Anh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>Thứ tự</translation>
        </message>
    </context>
    <context>
        <name>CodeList</name>
        <message>
            <location filename="../ui/labels.py" line="+73" />
            <source>Consultation topics</source>
            <translation>Chủ đề tư vấn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channels</source>
            <translation>Kênh liên hệ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS apps</source>
            <translation>Ứng dụng SNS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>Nơi đến (đi cùng hỗ trợ)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>Loại buổi hoạt động</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>Chủ đề buổi hoạt động</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence statuses</source>
            <translation>Tư cách lưu trú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationalities</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation kinds</source>
            <translation>Loại tổ chức</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent methods</source>
            <translation>Cách thức đồng ý</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household relations</source>
            <translation>Quan hệ trong hộ gia đình</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreters</source>
            <translation>Phiên dịch</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+170" />
            <source>Header row and columns</source>
            <translation>Hàng tiêu đề và các cột</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each column's field is guessed from its header name; change it where the guess is wrong. Columns Madoguchi does not know are kept in the notes.</source>
            <translation>Trường của mỗi cột được đoán từ tên tiêu đề; hãy sửa lại nếu đoán sai. Các cột mà Madoguchi không nhận ra sẽ được giữ lại trong phần ghi chú.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheet</source>
            <translation>Trang tính</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Header row</source>
            <translation>Hàng tiêu đề</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Example</source>
            <translation>Ví dụ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Trường</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <location filename="../ui/pages/conflicts.py" line="+55" />
            <source>Record</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Found</source>
            <translation>Phát hiện lúc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>Điểm khác nhau</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This device</source>
            <translation>Thiết bị này</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other device</source>
            <translation>Thiết bị kia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep</source>
            <translation>Giữ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All mine</source>
            <translation>Tất cả của tôi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All theirs</source>
            <translation>Tất cả của bên kia</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+120" />
            <source>Resolve</source>
            <translation>Giải quyết</translation>
        </message>
        <message>
            <location line="-102" />
            <source>%1 open conflicts. A record changed on two devices since they last synced is kept as it is on each until you choose, field by field, which value to keep.</source>
            <translation>%1 xung đột chưa giải quyết. Một hồ sơ bị thay đổi trên hai thiết bị kể từ lần đồng bộ trước được giữ nguyên trên mỗi thiết bị cho đến khi bạn chọn, từng trường một, giá trị cần giữ.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>deleted on this device</source>
            <translation>đã xóa trên thiết bị này</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deleted on the other device</source>
            <translation>đã xóa trên thiết bị kia</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Resident</source>
            <translation>Người cư trú</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consultation</source>
            <translation>Tư vấn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>Đi cùng hỗ trợ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Buổi học/hướng dẫn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Tổ chức</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>Người kết nối</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>Mục kiến thức</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No conflict chosen.</source>
            <translation>Chưa chọn xung đột nào.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted on one device and changed on the other. Keep the record, or its deletion?</source>
            <translation>Đã xóa trên một thiết bị và thay đổi trên thiết bị kia. Giữ hồ sơ hay giữ việc xóa?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the value to keep for each field.</source>
            <translation>Chọn giá trị cần giữ cho từng trường.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The record</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>deleted</source>
            <translation>đã xóa</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>kept</source>
            <translation>còn giữ</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Mine</source>
            <translation>Của tôi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>Của bên kia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>Sửa</translation>
        </message>
    </context>
    <context>
        <name>ConsultationForm</name>
        <message>
            <location filename="../ui/forms/consultation.py" line="+32" />
            <source>Consultation</source>
            <translation>Tư vấn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation #%1</source>
            <translation>Tư vấn #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-91" />
            <location filename="../ui/forms/consultation.py" line="+15" />
            <source>Date and time</source>
            <translation>Ngày giờ</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+1" />
            <source>Time spent</source>
            <translation>Thời lượng</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+6" />
            <source>Anonymous</source>
            <translation>Ẩn danh</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Resident</source>
            <translation>Người cư trú</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>Quốc tịch (ẩn danh)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Language used</source>
            <translation>Ngôn ngữ sử dụng</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Channel</source>
            <translation>Kênh</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>SNS app</source>
            <translation>Ứng dụng SNS</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Interpreter</source>
            <translation>Phiên dịch</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Topics</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>What was asked</source>
            <translation>Nội dung hỏi</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>What was done</source>
            <translation>Việc đã làm</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Referred to</source>
            <translation>Chuyển tiếp đến</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Follow-up date</source>
            <translation>Ngày theo dõi</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+14" />
            <source>Suggested answers</source>
            <translation>Câu trả lời gợi ý</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+11" />
            <source>Date and time</source>
            <translation>Ngày giờ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Người cư trú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Tên (Latinh)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>Nội dung hỏi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>Kênh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>Theo dõi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Phút</translation>
        </message>
    </context>
    <context>
        <name>Curtain</name>
        <message>
            <location filename="../ui/session.py" line="+87" />
            <source>Locked</source>
            <translation>Đã khóa</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Madoguchi (locked)</source>
            <translation>Madoguchi (đã khóa)</translation>
        </message>
    </context>
    <context>
        <name>DataTransferBox</name>
        <message>
            <location filename="../ui/pages/data_transfer.py" line="+27" />
            <source>All records as a file</source>
            <translation>Toàn bộ bản ghi dưới dạng tệp</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export all records…</source>
            <translation>Xuất toàn bộ bản ghi…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import records…</source>
            <translation>Nhập bản ghi…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export all records</source>
            <translation>Xuất toàn bộ bản ghi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import records</source>
            <translation>Nhập bản ghi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exporting…</source>
            <translation>Đang xuất…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported to %1: %2</source>
            <translation>Đã xuất ra %1: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Importing…</source>
            <translation>Đang nhập…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported from %1: %2</source>
            <translation>Đã nhập từ %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../ui/widgets.py" line="+172" />
            <source>Pick a date</source>
            <translation>Chọn ngày</translation>
        </message>
        <message>
            <location line="+44" />
            <source>not a date</source>
            <translation>không phải ngày</translation>
        </message>
    </context>
    <context>
        <name>DevicesBox</name>
        <message>
            <location filename="../ui/pages/devices.py" line="+63" />
            <source>Sync between devices</source>
            <translation>Đồng bộ giữa các thiết bị</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose folder…</source>
            <translation>Chọn thư mục…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync now</source>
            <translation>Đồng bộ ngay</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+60" />
            <source>Sync folder</source>
            <translation>Thư mục đồng bộ</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Each device writes an encrypted packet of its changes to this folder (a shared folder or a USB stick) and reads the others' packets. It also happens at login and logout when the folder can be reached.</source>
            <translation>Mỗi thiết bị ghi một gói mã hóa các thay đổi của mình vào thư mục này (thư mục dùng chung hoặc USB) và đọc gói của các thiết bị khác. Việc này cũng diễn ra khi đăng nhập và đăng xuất nếu truy cập được thư mục.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Devices of this town</source>
            <translation>Các thiết bị của thị trấn này</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device</source>
            <translation>Thiết bị</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last heard from</source>
            <translation>Lần cuối nhận tin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes not yet confirmed</source>
            <translation>Thay đổi chưa được xác nhận</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add device…</source>
            <translation>Thêm thiết bị…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+86" />
            <location line="+20" />
            <location line="+9" />
            <source>Revoke device</source>
            <translation>Thu hồi thiết bị</translation>
        </message>
        <message>
            <location line="-100" />
            <source>(none chosen)</source>
            <translation>(chưa chọn)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this device</source>
            <translation>thiết bị này</translation>
        </message>
        <message>
            <location line="+1" />
            <source>revoked</source>
            <translation>đã thu hồi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>never</source>
            <translation>chưa bao giờ</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open conflicts: %1</source>
            <translation>Xung đột chưa giải quyết: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sync</source>
            <translation>Đồng bộ</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Syncing…</source>
            <translation>Đang đồng bộ…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Copy of this town for another device</source>
            <translation>Bản sao thị trấn này cho thiết bị khác</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi database (*.db)</source>
            <translation>Cơ sở dữ liệu Madoguchi (*.db)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add device</source>
            <translation>Thêm thiết bị</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device %1 added. Copy both files (%2 and its .keys file) to the other device's data folder.</source>
            <translation>Đã thêm thiết bị %1. Hãy chép cả hai tệp (%2 và tệp .keys của nó) vào thư mục dữ liệu của thiết bị kia.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refuse every packet of device %1 from now on, on every device, and give this database a new key? Do this for a lost or retired device.</source>
            <translation>Từ chối mọi gói của thiết bị %1 từ nay, trên mọi thiết bị, và đặt khóa mới cho cơ sở dữ liệu này? Hãy làm điều này với thiết bị bị mất hoặc ngừng dùng.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Revoking device…</source>
            <translation>Đang thu hồi thiết bị…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Device %1 is revoked, but this database was not re-keyed: the accounts %2 were made by an older Madoguchi and change at their next login; revoke the device again after that.</source>
            <translation>Thiết bị %1 đã bị thu hồi, nhưng cơ sở dữ liệu này chưa được đổi khóa: các tài khoản %2 được tạo bởi Madoguchi cũ hơn và sẽ thay đổi ở lần đăng nhập tới; sau đó hãy thu hồi thiết bị lại lần nữa.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Device %1 is revoked and this database has a new key: backups made from now on cannot be opened with the lost device's key.</source>
            <translation>Thiết bị %1 đã bị thu hồi và cơ sở dữ liệu này có khóa mới: các bản sao lưu từ nay không thể mở bằng khóa của thiết bị bị mất.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No other device was left, so the town has a new sync key: devices added from now on get it; the lost device's packets are refused.</source>
            <translation>Không còn thiết bị nào khác, nên thị trấn có khóa đồng bộ mới: các thiết bị thêm từ nay sẽ nhận khóa này; gói của thiết bị bị mất sẽ bị từ chối.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+76" />
            <source>Organisations</source>
            <translation>Tổ chức</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge persons</source>
            <translation>Người kết nối</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+256" />
            <source>Imported</source>
            <translation>Đã nhập xong</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The records are in Madoguchi; each keeps the file, sheet and row it came from.</source>
            <translation>Các bản ghi đã có trong Madoguchi; mỗi bản ghi đều giữ thông tin tệp, trang tính và dòng gốc.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the import report (CSV)…</source>
            <translation>Lưu báo cáo nhập (CSV)…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 residents were added and %2 updated; %3 not on the roster are listed in the report to check. A backup was made first.</source>
            <translation>Đã thêm %1 người cư trú và cập nhật %2 người; %3 người không có trong danh sách người cư trú được liệt kê trong báo cáo để kiểm tra. Đã tạo bản sao lưu trước.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 consultations were imported; %2 residents were added and %3 already known ones were linked. A backup was made first.</source>
            <translation>Đã nhập %1 lượt tư vấn; đã thêm %2 người cư trú và liên kết %3 người đã có. Đã tạo bản sao lưu trước.</translation>
        </message>
    </context>
    <context>
        <name>DueTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="-41" />
            <source>Follow-up</source>
            <translation>Theo dõi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consulted</source>
            <translation>Ngày tư vấn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Người cư trú</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>Nội dung hỏi</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ui/errors.py" line="+26" />
            <source>Something unexpected went wrong (%1). Your saved records are safe; what happened was written to %2 for your IT staff.</source>
            <translation>Đã xảy ra lỗi không mong muốn (%1). Các bản ghi đã lưu vẫn an toàn; chi tiết sự cố đã được ghi vào %2 để bộ phận IT xem.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-411" />
            <source>Choose the file and its sheets</source>
            <translation>Chọn tệp và các trang tính</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An Excel workbook (.xlsx, .xls) or a CSV file: an old log of consultations, or the resident roster. Nothing is written until the last step.</source>
            <translation>Sổ làm việc Excel (.xlsx, .xls) hoặc tệp CSV: sổ ghi tư vấn cũ, hoặc danh sách người cư trú. Không có gì được ghi cho đến bước cuối cùng.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A log of consultations</source>
            <translation>Sổ ghi tư vấn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident roster (住民基本台帳 extract)</source>
            <translation>Danh sách người cư trú (trích xuất 住民基本台帳)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file holds:</source>
            <translation>Tệp chứa:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose file…</source>
            <translation>Chọn tệp…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+54" />
            <source>Mapping profile: none (guessed from the file)</source>
            <translation>Hồ sơ ánh xạ: không có (đoán từ tệp)</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Load mapping profile…</source>
            <translation>Tải hồ sơ ánh xạ…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheets to import:</source>
            <translation>Các trang tính cần nhập:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reading the file…</source>
            <translation>Đang đọc tệp…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 (%2 rows)</source>
            <translation>%1 (%2 dòng)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Mapping profile: %1</source>
            <translation>Hồ sơ ánh xạ: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../ui/first_run.py" line="+86" />
            <source>Madoguchi — first start</source>
            <translation>Madoguchi — khởi động lần đầu</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Welcome to Madoguchi</source>
            <translation>Chào mừng đến với Madoguchi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no database here yet. Madoguchi will make a new encrypted database in:</source>
            <translation>Chưa có cơ sở dữ liệu ở đây. Madoguchi sẽ tạo một cơ sở dữ liệu mới được mã hóa tại:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>First, the town's name and the administrator: the clerk who looks after Madoguchi, adds the other users and keeps the recovery code.</source>
            <translation>Trước tiên, hãy nhập tên thị trấn và quản trị viên: nhân viên phụ trách Madoguchi, người thêm các người dùng khác và giữ mã khôi phục.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>Ít nhất %1 ký tự</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (Japanese)</source>
            <translation>Tên thị trấn (tiếng Nhật)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator's user name</source>
            <translation>Tên người dùng của quản trị viên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password again</source>
            <translation>Nhập lại mật khẩu</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the database</source>
            <translation>Tạo cơ sở dữ liệu</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Please enter the town's name.</source>
            <translation>Vui lòng nhập tên thị trấn.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please enter a user name for the administrator.</source>
            <translation>Vui lòng nhập tên người dùng cho quản trị viên.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use at least %1 characters for the password.</source>
            <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two passwords are not the same.</source>
            <translation>Hai mật khẩu không giống nhau.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder %1 does not exist.</source>
            <translation>Thư mục %1 không tồn tại.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The recovery code</source>
            <translation>Mã khôi phục</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If every administrator password is lost, only this code opens the database. It is shown now and never again, and Madoguchi does not keep it.</source>
            <translation>Nếu mất tất cả mật khẩu quản trị viên, chỉ mã này mới mở được cơ sở dữ liệu. Mã chỉ hiển thị lần này và sẽ không hiển thị lại, và Madoguchi không lưu giữ mã.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print it, or write it down by hand, and keep the paper in the office safe. Do not keep it on this computer or in email.</source>
            <translation>Hãy in mã ra hoặc chép tay, rồi cất tờ giấy trong két sắt của văn phòng. Không lưu mã trên máy tính này hoặc trong email.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printing is not available here. Write the code down by hand now and keep the paper in the office safe. Save it as a text file only to print it elsewhere, then delete the file.</source>
            <translation>Không thể in ở đây. Hãy chép tay mã ngay bây giờ và cất tờ giấy trong két sắt của văn phòng. Chỉ lưu mã thành tệp văn bản để in ở nơi khác, sau đó xóa tệp.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as text file…</source>
            <translation>Lưu thành tệp văn bản…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I have written down or printed the recovery code</source>
            <translation>Tôi đã chép lại hoặc in mã khôi phục</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finish and open Madoguchi</source>
            <translation>Hoàn tất và mở Madoguchi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Madoguchi recovery code</source>
            <translation>Mã khôi phục Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep this paper in the office safe. Anyone who has it and the database file can read every record.</source>
            <translation>Hãy cất tờ giấy này trong két sắt của văn phòng. Bất kỳ ai có tờ giấy này và tệp cơ sở dữ liệu đều có thể đọc mọi bản ghi.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Sent to the printer.</source>
            <translation>Đã gửi đến máy in.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save the recovery code</source>
            <translation>Lưu mã khôi phục</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt)</source>
            <translation>Văn bản (*.txt)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not save: %1</source>
            <translation>Không thể lưu: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved. Print it, then delete the file.</source>
            <translation>Đã lưu. Hãy in ra, rồi xóa tệp.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../ui/pages/today.py" line="+52" />
            <source>First steps</source>
            <translation>Các bước đầu tiên</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This town has no records yet. A new town usually starts so:</source>
            <translation>Đơn vị này chưa có hồ sơ nào. Thường bắt đầu như sau:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1. The town's name and the report settings</source>
            <translation>1. Tên đơn vị và cài đặt báo cáo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2. Accounts for the staff (the CIR, a colleague)</source>
            <translation>2. Tài khoản cho nhân viên (CIR, đồng nghiệp)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3. Old records from Excel or CSV, and the roster</source>
            <translation>3. Hồ sơ cũ từ Excel hoặc CSV, và danh sách người cư trú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4. A knowledge pack from another town</source>
            <translation>4. Gói hỏi đáp từ đơn vị khác</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+125" />
            <source>Unexpected error (%1).</source>
            <translation>Lỗi không mong muốn (%1).</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>KbStatus</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+33" />
            <source>Draft</source>
            <translation>Bản nháp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>Đã công bố</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <location filename="../ui/labels.py" line="-66" />
            <source>Resident</source>
            <translation>Người cư trú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation</source>
            <translation>Tư vấn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>Đi cùng hỗ trợ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>Buổi hoạt động</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Tổ chức</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>Người kết nối</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>Mục kiến thức</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeForm</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+44" />
            <source>Knowledge entry</source>
            <translation>Mục kiến thức</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry #%1</source>
            <translation>Mục kiến thức #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+54" />
            <location filename="../ui/forms/knowledge.py" line="+6" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+7" />
            <source>Add language…</source>
            <translation>Thêm ngôn ngữ…</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+9" />
            <source>Question and answer</source>
            <translation>Câu hỏi và câu trả lời</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>Ví dụ: 在留カード, マイナンバーカード</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+1" />
            <source>Documents to bring</source>
            <translation>Giấy tờ cần mang theo</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+12" />
            <source>Organisations that help</source>
            <translation>Tổ chức hỗ trợ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Last reviewed</source>
            <translation>Xem lại lần cuối</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePack</name>
        <message>
            <location filename="../ui/kb_pack.py" line="+22" />
            <source>Knowledge pack from %1: %2 new, %3 changed, %4 already here; %5 organisations to add. Import it?</source>
            <translation>Gói hỏi đáp từ %1: %2 mới, %3 thay đổi, %4 đã có; %5 cơ quan sẽ được thêm. Nhập không?</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import a knowledge pack</source>
            <translation>Nhập gói hỏi đáp</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export a knowledge pack</source>
            <translation>Xuất gói hỏi đáp</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 published entries were written to %2.</source>
            <translation>Đã ghi %1 mục đã công bố vào %2.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+57" />
            <source>Search questions and answers, in any language</source>
            <translation>Tìm câu hỏi và câu trả lời, bằng bất kỳ ngôn ngữ nào</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Any topic</source>
            <translation>Mọi chủ đề</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show drafts</source>
            <translation>Hiện bản nháp</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New entry…</source>
            <translation>Mục mới…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New knowledge entry (Ctrl+N)</source>
            <translation>Mục kiến thức mới (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Knowledge packs</source>
            <translation>Gói hỏi đáp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share the published entries with another town, or take theirs in</source>
            <translation>Chia sẻ các mục đã công bố với đơn vị khác, hoặc nhận mục của họ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a knowledge pack…</source>
            <translation>Nhập gói hỏi đáp…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export a knowledge pack…</source>
            <translation>Xuất gói hỏi đáp…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>Câu hỏi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Languages</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last reviewed</source>
            <translation>Xem lại lần cuối</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Used</source>
            <translation>Số lần dùng</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Review</source>
            <translation>Xem lại</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Copy for SNS</source>
            <translation>Sao chép cho SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the question and answer in the chosen language, as plain text for Messenger, Zalo or LINE</source>
            <translation>Sao chép câu hỏi và câu trả lời bằng ngôn ngữ đã chọn, dưới dạng văn bản thuần cho Messenger, Zalo hoặc LINE</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark reviewed</source>
            <translation>Đánh dấu đã xem lại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer is still right: record today as its review date</source>
            <translation>Câu trả lời vẫn đúng: ghi hôm nay là ngày xem lại</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Due</source>
            <translation>Cần xem lại</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>Chưa xem lại trong một năm: hãy kiểm tra xem câu trả lời còn đúng không</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln mục</numerusform>
            </translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entry chosen</source>
            <translation>Chưa chọn mục nào</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Documents to bring:</source>
            <translation>Giấy tờ cần mang:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisations that help:</source>
            <translation>Nơi có thể hỗ trợ:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Never reviewed</source>
            <translation>Chưa từng xem lại</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last reviewed %1 by %2</source>
            <translation>Xem lại lần cuối %1 bởi %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last reviewed %1</source>
            <translation>Xem lại lần cuối %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From %1</source>
            <translation>Từ %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copied</source>
            <translation>Đã sao chép</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Marked as reviewed today</source>
            <translation>Đã đánh dấu xem lại hôm nay</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <location filename="../ui/login.py" line="+94" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="-67" />
            <source>Question</source>
            <translation>Câu hỏi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Câu trả lời</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this language</source>
            <translation>Xóa ngôn ngữ này</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../ui/pages/list_page.py" line="+50" />
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Any status</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any topic</source>
            <translation>Mọi chủ đề</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any language</source>
            <translation>Mọi ngôn ngữ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any nationality</source>
            <translation>Mọi quốc tịch</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New…</source>
            <translation>Mới…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New record (Ctrl+N)</source>
            <translation>Bản ghi mới (Ctrl+N)</translation>
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>%Ln bản ghi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/login.py" line="+96" />
            <source>Madoguchi — log in</source>
            <translation>Madoguchi — đăng nhập</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked. Log in to continue, or log in as another user.</source>
            <translation>Đã khóa. Hãy đăng nhập để tiếp tục, hoặc đăng nhập bằng người dùng khác.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log in to Madoguchi</source>
            <translation>Đăng nhập Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: %1</source>
            <translation>Cơ sở dữ liệu: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>Thị trấn mẫu: người dùng %1 hoặc %2, mật khẩu %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User name</source>
            <translation>Tên người dùng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the recovery code…</source>
            <translation>Dùng mã khôi phục…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit Madoguchi</source>
            <translation>Thoát Madoguchi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Enter your user name and password.</source>
            <translation>Hãy nhập tên người dùng và mật khẩu.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The backup was restored. Log in again.</source>
            <translation>Đã khôi phục bản sao lưu. Hãy đăng nhập lại.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Opening the database… The first login after an update prepares the file once; on a large town this can take a minute.</source>
            <translation>Đang mở cơ sở dữ liệu… Lần đăng nhập đầu tiên sau khi cập nhật sẽ chuẩn bị tệp một lần; với thị trấn lớn, việc này có thể mất khoảng một phút.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+30" />
            <source>Today</source>
            <translation>Hôm nay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residents</source>
            <translation>Người cư trú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations</source>
            <translation>Tư vấn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniments</source>
            <translation>Đi cùng hỗ trợ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>Buổi hoạt động</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Directory</source>
            <translation>Danh bạ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge</source>
            <translation>Kiến thức</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover</source>
            <translation>Bàn giao</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Users</source>
            <translation>Người dùng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit</source>
            <translation>Nhật ký kiểm tra</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Madoguchi</source>
            <translation>Madoguchi</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+9" />
            <source>Search</source>
            <translation>Tìm kiếm</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Search residents and consultations (Ctrl+F): any script, any name form</source>
            <translation>Tìm người cư trú và tư vấn (Ctrl+F): mọi loại chữ, mọi dạng tên</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find</source>
            <translation>Tìm</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New record</source>
            <translation>Bản ghi mới</translation>
        </message>
        <message>
            <location line="+143" />
            <source>administrator</source>
            <translation>quản trị viên</translation>
        </message>
        <message>
            <location line="+0" />
            <source>staff</source>
            <translation>nhân viên</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock / switch user</source>
            <translation>Khóa / đổi người dùng</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock the window, or let another user log in (Ctrl+L)</source>
            <translation>Khóa cửa sổ, hoặc để người dùng khác đăng nhập (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>MeasuresDialog</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+51" />
            <source>Special allocation tax measures</source>
            <translation>Biện pháp thuế phân bổ đặc biệt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consultation topics</source>
            <translation>Chủ đề tư vấn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations with interpreter</source>
            <translation>Tư vấn có phiên dịch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>Loại buổi hoạt động</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>Chủ đề buổi hoạt động</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>Nơi đến (đi cùng hỗ trợ)</translation>
        </message>
    </context>
    <context>
        <name>OldRecordsBox</name>
        <message>
            <location filename="../ui/table_import.py" line="+171" />
            <source>Old records from Excel or CSV</source>
            <translation>Bản ghi cũ từ Excel hoặc CSV</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import from Excel/CSV…</source>
            <translation>Nhập từ Excel/CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A consultation log kept in Excel or CSV, or the resident roster: preview every row first, then import all or nothing.</source>
            <translation>Sổ ghi tư vấn lưu bằng Excel hoặc CSV, hoặc danh sách người cư trú: xem trước mọi dòng, sau đó nhập toàn bộ hoặc không nhập gì.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="-88" />
            <source>Organisation</source>
            <translation>Tổ chức</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation #%1</source>
            <translation>Tổ chức #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-64" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages spoken</source>
            <translation>Ngôn ngữ hỗ trợ</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>An interpreter can be arranged</source>
            <translation>Có thể sắp xếp phiên dịch</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Interpreter</source>
            <translation>Phiên dịch</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+4" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-30" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>Phiên dịch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+39" />
            <source>SMTP password</source>
            <translation>Mật khẩu SMTP</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password for %1 at %2</source>
            <translation>Mật khẩu của %1 tại %2</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../ui/pages/users.py" line="+73" />
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember it in this computer's keyring</source>
            <translation>Ghi nhớ trong kho khóa của máy tính này</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No secure keyring is available, so Madoguchi asks every time.</source>
            <translation>Không có kho khóa bảo mật, vì vậy Madoguchi sẽ hỏi mỗi lần.</translation>
        </message>
        <message>
            <location filename="../ui/pages/users.py" line="-19" />
            <source>Add user</source>
            <translation>Thêm người dùng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set password for %1</source>
            <translation>Đặt mật khẩu cho %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>Ít nhất %1 ký tự</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>Tên người dùng</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password again</source>
            <translation>Nhập lại mật khẩu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff can keep records and make the aggregated reports. Only administrators manage users and settings, export personal data and delete data for good.</source>
            <translation>Nhân viên có thể ghi chép hồ sơ và lập các báo cáo tổng hợp. Chỉ quản trị viên mới quản lý người dùng và cài đặt, xuất dữ liệu cá nhân và xóa vĩnh viễn dữ liệu.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The two passwords are not the same.</source>
            <translation>Hai mật khẩu không giống nhau.</translation>
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../ui/labels.py" line="+72" />
            <source>Anonymous (%1)</source>
            <translation>Ẩn danh (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nationality unknown</source>
            <translation>không rõ quốc tịch</translation>
        </message>
    </context>
    <context>
        <name>PrefecturePage</name>
        <message>
            <location filename="../ui/pages/prefecture.py" line="+42" />
            <source>Madoguchi — prefecture roll-up</source>
            <translation>Madoguchi — tổng hợp cấp tỉnh</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the annual data files (.json) the towns sent, check them, then make the prefecture's report (PDF, Excel and CSV). No town database is needed.</source>
            <translation>Thêm các tệp dữ liệu năm (.json) do các thị trấn gửi, kiểm tra, rồi lập báo cáo của tỉnh (PDF, Excel và CSV). Không cần cơ sở dữ liệu của thị trấn.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add files…</source>
            <translation>Thêm tệp…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Gỡ bỏ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove all</source>
            <translation>Gỡ bỏ tất cả</translation>
        </message>
        <message>
            <location line="+8" />
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Town</source>
            <translation>Thị trấn</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Municipality code</source>
            <translation>Mã đơn vị hành chính</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts</source>
            <translation>Số liệu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Version</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Accept provisional files (the roll-up is then provisional)</source>
            <translation>Chấp nhận tệp tạm thời (khi đó bản tổng hợp cũng là tạm thời)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counts from 1 to one less than this are hidden as x in the prefecture's report.</source>
            <translation>Các số từ 1 đến nhỏ hơn số này một đơn vị sẽ được ẩn thành x trong báo cáo của tỉnh.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide counts below</source>
            <translation>Ẩn các số nhỏ hơn</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the files</source>
            <translation>Kiểm tra các tệp</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the prefecture's report…</source>
            <translation>Lập báo cáo của tỉnh…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Annual data files</source>
            <translation>Tệp dữ liệu năm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual data files (*.json)</source>
            <translation>Tệp dữ liệu năm (*.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the prefecture's report in</source>
            <translation>Lưu báo cáo của tỉnh vào</translation>
        </message>
        <message>
            <location line="+39" />
            <source>exact</source>
            <translation>chính xác</translation>
        </message>
        <message>
            <location line="+0" />
            <source>suppressed</source>
            <translation>đã ẩn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>provisional to %1</source>
            <translation>tạm thời đến %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>final</source>
            <translation>chính thức</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 files of %2 are ready to roll up.</source>
            <translation>%1 trên %2 tệp đã sẵn sàng để tổng hợp.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Making the prefecture's report…</source>
            <translation>Đang lập báo cáo của tỉnh…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>Đã lưu:</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+183" />
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every row of the file and what will become of it. The import adds all of it, or nothing.</source>
            <translation>Mọi dòng của tệp và cách mỗi dòng sẽ được xử lý. Việc nhập sẽ thêm toàn bộ, hoặc không thêm gì.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import the other rows, and list rows with problems as skipped</source>
            <translation>Nhập các dòng còn lại và liệt kê các dòng có vấn đề là bị bỏ qua</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile…</source>
            <translation>Lưu hồ sơ ánh xạ…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save preview as CSV…</source>
            <translation>Lưu bản xem trước dưới dạng CSV…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 rows: %2 new residents, %3 to update, %4 unchanged, %5 skipped, %6 with problems; %7 residents in Madoguchi are not on the roster (listed to check; they are not changed).</source>
            <translation>%1 dòng: %2 người cư trú mới, %3 cần cập nhật, %4 không đổi, %5 bỏ qua, %6 có vấn đề; %7 người cư trú trong Madoguchi không có trong danh sách người cư trú (được liệt kê để kiểm tra; không bị thay đổi).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 rows: %2 to import, %3 skipped, %4 with problems. Residents: %5 new, %6 already in Madoguchi.</source>
            <translation>%1 dòng: %2 sẽ nhập, %3 bỏ qua, %4 có vấn đề. Người cư trú: %5 mới, %6 đã có trong Madoguchi.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rows with problems stop the import: correct the file or the mapping (Back), or tick the box above.</source>
            <translation>Các dòng có vấn đề sẽ chặn việc nhập: hãy sửa tệp hoặc thiết lập ánh xạ (Quay lại), hoặc đánh dấu ô phía trên.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile</source>
            <translation>Lưu hồ sơ ánh xạ</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mapping profile saved: %1</source>
            <translation>Đã lưu hồ sơ ánh xạ: %1</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../ui/qt_strings.py" line="+10" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>&amp;Có</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>&amp;Không</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Loại bỏ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>Đặt lại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../ui/forms/base.py" line="+62" />
            <source>Delete…</source>
            <translation>Xóa…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This record was also changed on another device: it has an open conflict (Settings › Conflicts).</source>
            <translation>Hồ sơ này cũng đã bị thay đổi trên thiết bị khác: có một xung đột chưa giải quyết (Cài đặt › Xung đột).</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Please correct the fields marked in red.</source>
            <translation>Vui lòng sửa các trường được đánh dấu màu đỏ.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this record? This cannot be undone.</source>
            <translation>Xóa bản ghi này? Không thể hoàn tác thao tác này.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unsaved changes</source>
            <translation>Thay đổi chưa lưu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record has changes that are not saved. Save them?</source>
            <translation>Bản ghi này có thay đổi chưa được lưu. Lưu các thay đổi?</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../ui/login.py" line="+56" />
            <source>Use the recovery code</source>
            <translation>Dùng mã khôi phục</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the recovery code from the paper kept in the office safe. Then choose a new password for the administrator.</source>
            <translation>Nhập mã khôi phục ghi trên tờ giấy cất trong két sắt của văn phòng. Sau đó chọn mật khẩu mới cho quản trị viên.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check the code</source>
            <translation>Kiểm tra mã</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>Mã khôi phục</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Administrator</source>
            <translation>Quản trị viên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password</source>
            <translation>Mật khẩu mới</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password again</source>
            <translation>Nhập lại mật khẩu mới</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set password and log in</source>
            <translation>Đặt mật khẩu và đăng nhập</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This database has no active administrator.</source>
            <translation>Cơ sở dữ liệu này không có quản trị viên nào đang hoạt động.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The two passwords are not the same.</source>
            <translation>Hai mật khẩu không giống nhau.</translation>
        </message>
    </context>
    <context>
        <name>ReportSettingsBox</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+36" />
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counts from 1 to one less than this are hidden as x in the annual report.</source>
            <translation>Các số đếm từ 1 đến nhỏ hơn giá trị này một đơn vị sẽ được ẩn thành x trong báo cáo năm.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>same as above</source>
            <translation>giống như trên</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A hidden count is protected when a reader of every table published this year cannot narrow it to a range narrower than this.</source>
            <translation>Một số liệu ẩn được bảo vệ khi người đọc mọi bảng công bố trong năm không thể thu hẹp nó vào khoảng hẹp hơn giá trị này.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from the town's name</source>
            <translation>theo tên đơn vị hành chính</translation>
        </message>
        <message>
            <location line="+10" />
            <source>全国地方公共団体コード: six digits, the last one a check digit.</source>
            <translation>全国地方公共団体コード (mã đơn vị hành chính): sáu chữ số, chữ số cuối là số kiểm tra.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>suppressed counts, as in the report</source>
            <translation>số liệu đã ẩn, như trong báo cáo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exact counts, for the prefecture to suppress</source>
            <translation>số liệu chính xác, để tỉnh tự ẩn</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special allocation tax measures…</source>
            <translation>Biện pháp thuế phân bổ đặc biệt…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other bodies' categories…</source>
            <translation>Phân loại của cơ quan khác…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide counts below</source>
            <translation>Ẩn số đếm dưới</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protection width</source>
            <translation>Độ rộng bảo vệ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality</source>
            <translation>Loại đơn vị hành chính</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality code</source>
            <translation>Mã đơn vị hành chính</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The annual data file carries</source>
            <translation>Tệp dữ liệu năm chứa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town population</source>
            <translation>Dân số thị trấn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foreign residents</source>
            <translation>Số người cư trú nước ngoài</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Phòng ban</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact (mail signature)</source>
            <translation>Liên hệ (chữ ký thư)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending to the prefecture</source>
            <translation>Gửi cho tỉnh</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use STARTTLS</source>
            <translation>Dùng STARTTLS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Forget the saved password</source>
            <translation>Xóa mật khẩu đã lưu</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prefecture's address</source>
            <translation>Địa chỉ email của tỉnh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From address</source>
            <translation>Địa chỉ người gửi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Nội dung thư</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail server (SMTP)</source>
            <translation>Máy chủ thư (SMTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>Người dùng</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save report settings</source>
            <translation>Lưu cài đặt báo cáo</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password is kept only in this computer's keyring, never in a file.</source>
            <translation>Mật khẩu chỉ được giữ trong kho khóa của máy tính này, không bao giờ lưu trong tệp.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure keyring here: Madoguchi asks for the password every time.</source>
            <translation>Không có kho khóa bảo mật trên máy này: Madoguchi sẽ hỏi mật khẩu mỗi lần.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+49" />
            <source>Monthly report</source>
            <translation>Báo cáo tháng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual report for the prefecture</source>
            <translation>Báo cáo năm gửi tỉnh</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Export PDF…</source>
            <translation>Xuất PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export Excel…</source>
            <translation>Xuất Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>Xuất CSV…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the file made</source>
            <translation>Mở tệp vừa tạo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email draft for the prefecture…</source>
            <translation>Bản nháp email gửi tỉnh…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>Gửi cho tỉnh…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attach the annual data file (for the prefecture's roll-up)</source>
            <translation>Đính kèm tệp dữ liệu năm (để tỉnh tổng hợp)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save the report in</source>
            <translation>Lưu báo cáo vào</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Records with open sync conflicts: %1. The report counts them as they stand on this device (Settings › Conflicts).</source>
            <translation>Hồ sơ có xung đột đồng bộ chưa giải quyết: %1. Báo cáo tính chúng theo trạng thái trên thiết bị này (Cài đặt › Xung đột).</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Making the report…</source>
            <translation>Đang lập báo cáo…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>Đã lưu:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Making the email draft…</source>
            <translation>Đang tạo bản nháp email…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>Đã lưu. Hãy mở tệp .eml để kiểm tra và gửi từ chương trình email của bạn:</translation>
        </message>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+37" />
            <source>Send the %1 report (PDF, Excel and the annual data file) to %2?</source>
            <translation>Gửi báo cáo %1 (PDF, Excel và tệp dữ liệu năm) đến %2?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>Gửi báo cáo %1 (PDF và Excel) đến %2?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture</source>
            <translation>Gửi cho tỉnh</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sent to %1.</source>
            <translation>Đã gửi đến %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending…</source>
            <translation>Đang gửi…</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../ui/forms/resident.py" line="+39" />
            <source>Resident</source>
            <translation>Người cư trú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>Người cư trú #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+48" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>Family name (native script)</source>
            <translation>Họ (chữ bản ngữ)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Given name (native script)</source>
            <translation>Tên (chữ bản ngữ)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>Họ (chữ Latinh)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>Tên (chữ Latinh)</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Hiragana becomes katakana</source>
            <translation>Hiragana sẽ chuyển thành katakana</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Reading (katakana)</source>
            <translation>Cách đọc (katakana)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Languages</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Residence status</source>
            <translation>Tư cách lưu trú</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Period of stay ends (在留期間満了日)</source>
            <translation>Ngày hết hạn lưu trú (在留期間満了日)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Residence card number</source>
            <translation>Số thẻ cư trú</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Employer or host organisation</source>
            <translation>Nơi làm việc hoặc cơ quan tiếp nhận</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>District</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>ID or phone number</source>
            <translation>ID hoặc số điện thoại</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>SNS contacts</source>
            <translation>Liên hệ SNS</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Arrival date</source>
            <translation>Ngày đến</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>Đồng ý lưu hồ sơ: ngày</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Consent: how</source>
            <translation>Đồng ý: cách thức</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>Link</source>
            <translation>Liên kết</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink</source>
            <translation>Bỏ liên kết</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+8" />
            <source>Household</source>
            <translation>Hộ gia đình</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <location filename="../ui/resident_picker.py" line="+50" />
            <source>Type a name in any script…</source>
            <translation>Nhập tên bằng bất kỳ loại chữ nào…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>New resident “%1”…</source>
            <translation>Người cư trú mới “%1”…</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <location filename="../ui/resident_view.py" line="+53" />
            <location line="+97" />
            <source>Timeline</source>
            <translation>Dòng thời gian</translation>
        </message>
        <message>
            <location line="-94" />
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Summary</source>
            <translation>Tóm tắt</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit resident…</source>
            <translation>Sửa người cư trú…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New consultation…</source>
            <translation>Tư vấn mới…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New accompaniment…</source>
            <translation>Đi cùng hỗ trợ mới…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Tư cách lưu trú</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Employer or host</source>
            <translation>Nơi làm việc/tiếp nhận</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS</source>
            <translation>SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrived</source>
            <translation>Ngày đến</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>Hộ gia đình</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+5" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Tên (Latinh)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading</source>
            <translation>Cách đọc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Tư cách lưu trú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stay ends</source>
            <translation>Hết hạn lưu trú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>Số thẻ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host</source>
            <translation>Nơi làm việc/tiếp nhận</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>Ngày đến</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <location filename="../ui/pages/retention_box.py" line="+26" />
            <source>Retention</source>
            <translation>Lưu giữ dữ liệu</translation>
        </message>
        <message>
            <location line="+7" />
            <source> years</source>
            <translation> năm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anonymise…</source>
            <translation>Ẩn danh hóa…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No activity for</source>
            <translation>Không hoạt động trong</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Anonymising blanks names, contacts, notes and free text, after a backup. Nationality, languages and residence status stay, so past reports keep their numbers.</source>
            <translation>Ẩn danh hóa sẽ xóa trắng tên, thông tin liên hệ, ghi chú và văn bản tự do, sau khi tạo bản sao lưu. Quốc tịch, ngôn ngữ và tư cách lưu trú được giữ lại để các báo cáo trước đây vẫn giữ nguyên số liệu.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Anonymise</source>
            <translation>Ẩn danh hóa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymise %1 residents? This cannot be undone (a backup is made first).</source>
            <translation>Ẩn danh hóa %1 người cư trú? Không thể hoàn tác thao tác này (sẽ tạo bản sao lưu trước).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 residents have had no activity for %2 years or more.</source>
            <translation>%1 người cư trú không có hoạt động nào trong %2 năm trở lên.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 residents anonymised.</source>
            <translation>Đã ẩn danh hóa %1 người cư trú.</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../ui/pages/users.py" line="-64" />
            <source>Administrator</source>
            <translation>Quản trị viên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation>Nhân viên</translation>
        </message>
    </context>
    <context>
        <name>RowsModel</name>
        <message>
            <location filename="../ui/table_import_rows.py" line="+67" />
            <source>Sheet</source>
            <translation>Trang tính</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>Người</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message>
            <location filename="../ui/pages/search_results.py" line="+26" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 result(s) for “%2”</source>
            <translation>%1 kết quả cho “%2”</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../ui/session.py" line="+96" />
            <source>Checking the database in the background…</source>
            <translation>Đang kiểm tra cơ sở dữ liệu trong nền…</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/forms/session.py" line="+38" />
            <source>Session</source>
            <translation>Buổi hoạt động</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>Buổi hoạt động #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+5" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Start time</source>
            <translation>Giờ bắt đầu</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Copy the last session of this kind</source>
            <translation>Sao chép buổi gần nhất cùng loại</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title, topics, languages, venue, facilitator and registered attendees of the most recent session of this kind (for weekly classes)</source>
            <translation>Tên, chủ đề, ngôn ngữ, địa điểm, người hướng dẫn và người tham gia đã đăng ký của buổi gần nhất cùng loại (cho lớp học hằng tuần)</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Topics</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Languages</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Venue</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Held online</source>
            <translation>Tổ chức trực tuyến</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Online</source>
            <translation>Trực tuyến</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Facilitator</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+10" />
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+11" />
            <source>Registered attendees</source>
            <translation>Người tham dự có hồ sơ</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Attendance sheet…</source>
            <translation>Danh sách điểm danh…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print a sheet for attendees to sign (出席簿)</source>
            <translation>In danh sách để người tham gia ký tên (出席簿)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+111" />
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Count</source>
            <translation>Số người</translation>
        </message>
        <message>
            <location line="+8" />
            <source>People who came but have no resident record</source>
            <translation>Những người đã đến nhưng chưa có hồ sơ người cư trú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add row</source>
            <translation>Thêm dòng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove row</source>
            <translation>Xóa dòng</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Name</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reading</source>
            <translation>Cách đọc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature</source>
            <translation>Chữ ký</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attendance sheet</source>
            <translation>Danh sách điểm danh</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="-97" />
            <source>Unregistered attendees</source>
            <translation>Người tham dự chưa có hồ sơ</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+4" />
            <source>Total attendance</source>
            <translation>Tổng số người tham dự</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 (%2 registered, %3 unregistered)</source>
            <translation>%1 (%2 có hồ sơ, %3 chưa có hồ sơ)</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+21" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>Trực tuyến</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>Số người tham dự</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>Người phụ trách</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+41" />
            <source>Town and data</source>
            <translation>Thị trấn và dữ liệu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Town</source>
            <translation>Thị trấn</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+135" />
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Town name (Japanese)</source>
            <translation>Tên thị trấn (tiếng Nhật)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (English)</source>
            <translation>Tên thị trấn (tiếng Anh)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Database</source>
            <translation>Cơ sở dữ liệu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schema version</source>
            <translation>Phiên bản lược đồ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite</source>
            <translation>SQLite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded as user</source>
            <translation>Ghi nhận dưới tên người dùng</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code lists</source>
            <translation>Danh mục mã</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Devices</source>
            <translation>Thiết bị</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>Xung đột</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add code…</source>
            <translation>Thêm mã…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List</source>
            <translation>Danh mục</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Japanese</source>
            <translation>Tiếng Nhật</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>Tiếng Anh</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In this window</source>
            <translation>Tiếng Việt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offered</source>
            <translation>Hiển thị</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your preferences</source>
            <translation>Tùy chọn của bạn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show dates in the Japanese era (令和) in the Japanese window</source>
            <translation>Hiển thị ngày theo niên hiệu Nhật Bản (令和) trong giao diện tiếng Nhật</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+78" />
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Security</source>
            <translation>Bảo mật</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never</source>
            <translation>Không bao giờ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After this many minutes without use the window locks and shows the login screen. 0 = never.</source>
            <translation>Sau số phút không sử dụng này, cửa sổ sẽ khóa và hiện màn hình đăng nhập. 0 = không bao giờ.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Auto-lock after</source>
            <translation>Tự động khóa sau</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these settings, the report settings and the code lists, or export and import all records.</source>
            <translation>Chỉ quản trị viên mới có thể thay đổi các cài đặt này, cài đặt báo cáo và danh mục mã, hoặc xuất và nhập toàn bộ bản ghi.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these.</source>
            <translation>Chỉ quản trị viên mới có thể thay đổi các mục này.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only an administrator can change the code lists.</source>
            <translation>Chỉ quản trị viên mới có thể thay đổi danh mục mã.</translation>
        </message>
    </context>
    <context>
        <name>SnsCopy</name>
        <message>
            <location filename="../ui/sns_copy.py" line="+20" />
            <source>Documents to bring:</source>
            <translation>Giấy tờ cần mang:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisations that help:</source>
            <translation>Nơi có thể hỗ trợ:</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Copy for SNS</source>
            <translation>Sao chép cho SNS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer has no text in %1 yet. Copy it in another language?</source>
            <translation>Câu trả lời này chưa có bản %1. Sao chép bằng ngôn ngữ khác?</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+41" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>Cơ sở dữ liệu bị hỏng và đã được chuyển sang %1. Không tìm thấy bản sao lưu nào đã được kiểm tra; vui lòng liên hệ bộ phận IT.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>Cơ sở dữ liệu bị hỏng và đã được chuyển sang %1. Khôi phục bản sao lưu đã kiểm tra mới nhất, %2?</translation>
        </message>
        <message>
            <location line="+216" />
            <source>The check found damage in the database file. Stop entering records and quit Madoguchi: at the next start the damaged file is moved aside and the newest verified backup is offered.</source>
            <translation>Quá trình kiểm tra phát hiện tệp cơ sở dữ liệu bị hỏng. Hãy ngừng nhập bản ghi và thoát Madoguchi: ở lần khởi động tiếp theo, tệp bị hỏng sẽ được chuyển sang chỗ khác và bản sao lưu đã kiểm tra mới nhất sẽ được đề xuất.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Database checked; today's backup was taken (%1).</source>
            <translation>Đã kiểm tra cơ sở dữ liệu; đã tạo bản sao lưu hôm nay (%1).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database checked.</source>
            <translation>Đã kiểm tra cơ sở dữ liệu.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-85" />
            <source>Open</source>
            <translation>Đang mở</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>Đã chuyển tiếp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>Đang chờ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>Đã đóng</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../ui/forms/suggestions.py" line="+43" />
            <source>Tick the entries you answered with</source>
            <translation>Đánh dấu các mục bạn đã dùng để trả lời</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy for SNS</source>
            <translation>Sao chép cho SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the chosen answer in the consultation's language, for Messenger, Zalo or LINE</source>
            <translation>Sao chép câu trả lời đã chọn bằng ngôn ngữ của buổi tư vấn, cho Messenger, Zalo hoặc LINE</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Tick the answers you used.</source>
            <translation>Đánh dấu các câu trả lời bạn đã dùng.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a topic or write what was asked to see suggested answers.</source>
            <translation>Chọn chủ đề hoặc ghi nội dung hỏi để xem câu trả lời gợi ý.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Copied</source>
            <translation>Đã sao chép</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../ui/sync_jobs.py" line="+36" />
            <source>Syncing with the other devices…</source>
            <translation>Đang đồng bộ với các thiết bị khác…</translation>
        </message>
        <message>
            <location filename="../ui/pages/devices.py" line="-185" />
            <source>Synced: %1 added, %2 updated, %3 deleted, %4 new conflicts.</source>
            <translation>Đã đồng bộ: thêm %1, cập nhật %2, xóa %3, xung đột mới %4.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packets refused: %1.</source>
            <translation>Gói bị từ chối: %1.</translation>
        </message>
    </context>
    <context>
        <name>TableImport</name>
        <message>
            <location filename="../app/tableimport/messages.py" line="+41" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Giờ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>Cách đọc (katakana)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>Kênh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>Nội dung hỏi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was done</source>
            <translation>Việc đã làm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (kept with what was done)</source>
            <translation>Ghi chú (lưu cùng việc đã làm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Phút</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>Phiên dịch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled mark</source>
            <translation>Dấu hủy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <location line="+2" />
            <source>End of the period of stay</source>
            <translation>Ngày hết hạn lưu trú</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Residence status</source>
            <translation>Tư cách lưu trú</translation>
        </message>
        <message>
            <location line="+2" />
            <source>District</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topic</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(leave out)</source>
            <translation>(không dùng)</translation>
        </message>
        <message>
            <location filename="../ui/table_import_rows.py" line="-43" />
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>Có vấn đề</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>Cần kiểm tra</translation>
        </message>
        <message>
            <location line="+67" />
            <source>new %1: %2</source>
            <translation>mới %1: %2</translation>
        </message>
    </context>
    <context>
        <name>TableImportWizard</name>
        <message>
            <location filename="../ui/table_import.py" line="-124" />
            <location line="+19" />
            <source>Import from Excel/CSV</source>
            <translation>Nhập từ Excel/CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
            <translation>Bảng tính (*.xlsx *.xls *.csv *.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load mapping profile</source>
            <translation>Tải hồ sơ ánh xạ</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Making the preview…</source>
            <translation>Đang tạo bản xem trước…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Importing…</source>
            <translation>Đang nhập…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Updating residents…</source>
            <translation>Đang cập nhật người cư trú…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the import report</source>
            <translation>Lưu báo cáo nhập</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <location filename="../ui/widgets.py" line="+27" />
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../ui/pages/today.py" line="+48" />
            <source>Today, %1</source>
            <translation>Hôm nay, %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Residence cards: period of stay ends within %1 days (%2)</source>
            <translation>Thẻ cư trú: hết hạn lưu trú trong vòng %1 ngày (%2)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Follow-ups overdue (%1)</source>
            <translation>Theo dõi quá hạn (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-ups due today (%1)</source>
            <translation>Theo dõi đến hạn hôm nay (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open consultations (%1)</source>
            <translation>Tư vấn đang mở (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— the newest %1 shown</source>
            <translation>— hiển thị %1 mục mới nhất</translation>
        </message>
    </context>
    <context>
        <name>TownNotesPage</name>
        <message>
            <location filename="../ui/pages/town_notes.py" line="+36" />
            <source>Town notes</source>
            <translation>Ghi chú về thị trấn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the next person at this desk should know: who to call, how things are done in this town, what to watch out for. The notes go into the handover pack.</source>
            <translation>Những điều người tiếp theo phụ trách quầy này cần biết: liên hệ ai, cách làm việc ở thị trấn này, những điều cần lưu ý. Các ghi chú sẽ được đưa vào bộ hồ sơ bàn giao.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For example: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</source>
            <translation>Ví dụ: Quầy Phòng Thuế ở tầng 2. Lịch phân loại rác bản đa ngôn ngữ được gửi đến vào tháng 3 hằng năm.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save notes</source>
            <translation>Lưu ghi chú</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Handover pack</source>
            <translation>Bộ hồ sơ bàn giao</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A folder for whoever takes over this desk: a handover document with these notes, the open consultations, the regular duties, the directory and the published knowledge base, plus the directory as spreadsheets. Residents appear by case number and initials only, unless personal data is included.</source>
            <translation>Một thư mục dành cho người tiếp quản quầy này: tài liệu bàn giao gồm các ghi chú này, các tư vấn đang mở, các công việc định kỳ, danh bạ và cơ sở kiến thức đã công bố, kèm theo danh bạ dưới dạng bảng tính. Người cư trú chỉ hiện bằng số hồ sơ và chữ cái đầu của tên, trừ khi có kèm dữ liệu cá nhân.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Include personal data (residents' full names)</source>
            <translation>Kèm dữ liệu cá nhân (họ tên đầy đủ của người cư trú)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Without it, open cases show initials and the case number.</source>
            <translation>Nếu không kèm, các hồ sơ đang mở chỉ hiện chữ cái đầu của tên và số hồ sơ.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can include personal data.</source>
            <translation>Chỉ quản trị viên mới có thể kèm dữ liệu cá nhân.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make handover pack…</source>
            <translation>Tạo bộ hồ sơ bàn giao…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Make the handover pack in</source>
            <translation>Tạo bộ hồ sơ bàn giao trong</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Making the handover pack…</source>
            <translation>Đang tạo bộ hồ sơ bàn giao…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved:</source>
            <translation>Đã lưu:</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+89" />
            <source>Each person logs in with their own name. Disabling a user removes their key: they can no longer open the database, and their past records keep their name.</source>
            <translation>Mỗi người đăng nhập bằng tên của chính mình. Vô hiệu hóa một người dùng sẽ xóa khóa của người đó: họ không thể mở cơ sở dữ liệu nữa, và các bản ghi trước đây của họ vẫn giữ tên họ.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add user…</source>
            <translation>Thêm người dùng…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disable…</source>
            <translation>Vô hiệu hóa…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unlock</source>
            <translation>Mở khóa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set password…</source>
            <translation>Đặt mật khẩu…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name</source>
            <translation>Tên người dùng</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Disabled</source>
            <translation>Đã vô hiệu hóa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked (too many failed logins)</source>
            <translation>Bị khóa (đăng nhập sai quá nhiều lần)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>Đang hoạt động</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Disable user</source>
            <translation>Vô hiệu hóa người dùng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disable %1? They will no longer be able to log in. This cannot be undone; add them again under a new name if needed.</source>
            <translation>Vô hiệu hóa %1? Người này sẽ không thể đăng nhập nữa. Không thể hoàn tác thao tác này; nếu cần, hãy thêm lại người này với tên mới.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Added %1.</source>
            <translation>Đã thêm %1.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The password of %1 is changed.</source>
            <translation>Đã đổi mật khẩu của %1.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is disabled.</source>
            <translation>Đã vô hiệu hóa %1.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 can log in again.</source>
            <translation>%1 có thể đăng nhập lại.</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-173" />
            <source>Codes for the file's words</source>
            <translation>Mã cho các từ trong tệp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a code for each word that is not a code's own name, and the values for what the file has no column for. A word left without a code stops its rows.</source>
            <translation>Hãy chọn mã cho mỗi từ không trùng với tên của mã, và chọn giá trị cho những mục mà tệp không có cột. Từ nào chưa có mã sẽ chặn các dòng chứa nó.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>List</source>
            <translation>Danh mục</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text in the file</source>
            <translation>Văn bản trong tệp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>Số dòng</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 where the file has none:</source>
            <translation>%1 khi tệp không có:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(no code: the row stops)</source>
            <translation>(không có mã: dòng bị chặn)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Every word of the file has a code.</source>
            <translation>Mọi từ trong tệp đều đã có mã.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../app/accounts.py" line="+45" />
            <location filename="../app/keyslots.py" line="+45" />
            <source>The user name or password is not right.</source>
            <translation>Tên người dùng hoặc mật khẩu không đúng.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 already exists; a new database is only made in a new place.</source>
            <translation>%1 đã tồn tại; cơ sở dữ liệu mới chỉ được tạo ở vị trí mới.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>This account is locked after too many failed logins; an administrator can unlock it.</source>
            <translation>Tài khoản này đã bị khóa do đăng nhập sai quá nhiều lần; quản trị viên có thể mở khóa.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Too many failed logins: try again in %1 seconds.</source>
            <translation>Đăng nhập sai quá nhiều lần: vui lòng thử lại sau %1 giây.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This login is refused: the list of users was changed outside Madoguchi, so your role cannot be trusted. An administrator can see it in the audit trail.</source>
            <translation>Đăng nhập này bị từ chối: danh sách người dùng đã bị thay đổi bên ngoài Madoguchi nên không thể tin cậy vai trò của bạn. Quản trị viên có thể xem việc này trong nhật ký kiểm tra.</translation>
        </message>
        <message>
            <location line="+143" />
            <source>That recovery code does not open this database.</source>
            <translation>Mã khôi phục này không mở được cơ sở dữ liệu này.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This database is not encrypted, so it has no accounts.</source>
            <translation>Cơ sở dữ liệu này không được mã hóa nên không có tài khoản nào.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only an administrator can manage users.</source>
            <translation>Chỉ quản trị viên mới có thể quản lý người dùng.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Log out and log in again as an administrator first: this session cannot sign a change of the users list.</source>
            <translation>Trước tiên, hãy đăng xuất rồi đăng nhập lại với tư cách quản trị viên: phiên này không thể ký thay đổi danh sách người dùng.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That user cannot log in.</source>
            <translation>Người dùng này không thể đăng nhập.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>You cannot disable your own account.</source>
            <translation>Bạn không thể vô hiệu hóa tài khoản của chính mình.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>There is no such user.</source>
            <translation>Không có người dùng này.</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The last administrator cannot be disabled.</source>
            <translation>Không thể vô hiệu hóa quản trị viên cuối cùng.</translation>
        </message>
        <message>
            <location filename="../app/audit.py" line="+100" />
            <source>An audit row is written only inside a write transaction.</source>
            <translation>Dòng nhật ký kiểm tra chỉ được ghi bên trong một giao dịch ghi.</translation>
        </message>
        <message>
            <location line="+199" />
            <source>Only an administrator can read the audit trail.</source>
            <translation>Chỉ quản trị viên mới có thể xem nhật ký kiểm tra.</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../app/reports/build.py" line="+54" />
            <source>%1 is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1 không phải là ngày; hãy ghi theo dạng YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../app/backup.py" line="+40" />
            <location filename="../app/cli.py" line="+236" />
            <location filename="../app/db.py" line="+97" />
            <source>There is no database at %1.</source>
            <translation>Không có cơ sở dữ liệu tại %1.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The backup folder %1 is not there (is the drive plugged in?).</source>
            <translation>Không tìm thấy thư mục sao lưu %1 (ổ đĩa đã được cắm vào chưa?).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot write to the backup folder %1.</source>
            <translation>Madoguchi không thể ghi vào thư mục sao lưu %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the backup folder as a full path, not %1.</source>
            <translation>Hãy nhập thư mục sao lưu dưới dạng đường dẫn đầy đủ, không phải %1.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>This database has no file, so it cannot be backed up.</source>
            <translation>Cơ sở dữ liệu này không có tệp nên không thể sao lưu.</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../app/integrity.py" line="+246" />
            <source>The backup could not be made in %1 (%2).</source>
            <translation>Không thể tạo bản sao lưu trong %1 (%2).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no backup file at %1.</source>
            <translation>Không có tệp sao lưu tại %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not encrypted, so it is not a Madoguchi backup.</source>
            <translation>%1 không được mã hóa nên không phải là bản sao lưu Madoguchi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 does not open with this database's key: it is damaged, or it belongs to another database.</source>
            <translation>Không thể mở bản sao lưu %1 bằng khóa của cơ sở dữ liệu này: bản sao lưu bị hỏng hoặc thuộc về một cơ sở dữ liệu khác.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The backup %1 is damaged (%2).</source>
            <translation>Bản sao lưu %1 bị hỏng (%2).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 is damaged (integrity_check: %2).</source>
            <translation>Bản sao lưu %1 bị hỏng (integrity_check: %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Madoguchi backup.</source>
            <translation>%1 không phải là bản sao lưu Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup %1 was made by a newer Madoguchi.</source>
            <translation>Bản sao lưu %1 được tạo bởi phiên bản Madoguchi mới hơn.</translation>
        </message>
        <message>
            <location line="+198" />
            <source>A database cannot be restored from itself.</source>
            <translation>Không thể khôi phục một cơ sở dữ liệu từ chính nó.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup could not be restored (%1); the current file was not replaced.</source>
            <translation>Không thể khôi phục bản sao lưu (%1); tệp hiện tại không bị thay thế.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>The damaged database could not be moved aside (%1); it was not deleted.</source>
            <translation>Không thể chuyển cơ sở dữ liệu bị hỏng sang chỗ khác (%1); cơ sở dữ liệu không bị xóa.</translation>
        </message>
        <message>
            <location filename="../app/backup_cli.py" line="+42" />
            <source>Only an administrator can change the backup folder.</source>
            <translation>Chỉ quản trị viên mới có thể đổi thư mục sao lưu.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only an administrator can restore a backup.</source>
            <translation>Chỉ quản trị viên mới có thể khôi phục bản sao lưu.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/services.py" line="+128" />
            <source>This database has no file.</source>
            <translation>Cơ sở dữ liệu này không có tệp.</translation>
        </message>
        <message>
            <location filename="../app/check.py" line="+56" />
            <source>%1 is damaged or is not a Madoguchi database (%2).</source>
            <translation>%1 bị hỏng hoặc không phải là cơ sở dữ liệu Madoguchi (%2).</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-207" />
            <source>The window is not part of this installation.</source>
            <translation>Bản cài đặt này không bao gồm giao diện cửa sổ.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is empty (0 bytes) and was kept as it is; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 trống (0 byte) và được giữ nguyên; bản sao lưu mới nhất mở được là %2 (madoguchi restore --from %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is empty (0 bytes) and was kept as it is; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 trống (0 byte) và được giữ nguyên; không tìm thấy bản sao lưu nào mở được, vui lòng liên hệ bộ phận IT.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 bị hỏng và không bị thay đổi; bản sao lưu mới nhất mở được là %2 (madoguchi restore --from %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is open in a Madoguchi window, and this command changes records: close the window (or quit Madoguchi) first, then run the command again. Nothing was changed.</source>
            <translation>%1 đang mở trong một cửa sổ Madoguchi, và lệnh này thay đổi hồ sơ: hãy đóng cửa sổ (hoặc thoát Madoguchi) trước, rồi chạy lại lệnh. Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 bị hỏng và không bị thay đổi; không tìm thấy bản sao lưu nào mở được, vui lòng liên hệ bộ phận IT.</translation>
        </message>
        <message>
            <location line="+146" />
            <source>No password: set %1, or run the command in a terminal to be asked for it.</source>
            <translation>Không có mật khẩu: hãy đặt %1, hoặc chạy lệnh trong terminal để được hỏi mật khẩu.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The two passwords are not the same; nothing was made.</source>
            <translation>Hai mật khẩu không giống nhau; chưa tạo gì cả.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 không được mã hóa; Madoguchi chỉ lưu bản ghi trong cơ sở dữ liệu đã mã hóa. Tệp này không bị thay đổi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>Thiếu tệp khóa %1 bên cạnh cơ sở dữ liệu, nên không thể mở cơ sở dữ liệu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This database is encrypted: give --user NAME (the password comes from %1 or a prompt).</source>
            <translation>Cơ sở dữ liệu này được mã hóa: hãy chỉ định --user NAME (mật khẩu lấy từ %1 hoặc được hỏi khi chạy).</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A demo town has 1 to 100,000 residents and 1 to 50 years.</source>
            <translation>Thị trấn mẫu có từ 1 đến 100.000 người cư trú và từ 1 đến 50 năm.</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="+25" />
            <source>That consultation no longer exists.</source>
            <translation>Tư vấn này không còn tồn tại.</translation>
        </message>
        <message>
            <location line="+66" />
            <source>That accompaniment no longer exists.</source>
            <translation>Đi cùng hỗ trợ này không còn tồn tại.</translation>
        </message>
        <message>
            <location filename="../app/db.py" line="+3" />
            <location filename="../app/demo.py" line="+100" />
            <location filename="../app/devices.py" line="+21" />
            <location filename="../app/exchange.py" line="+84" />
            <location filename="../app/files.py" line="+115" />
            <location filename="../app/handover.py" line="+497" />
            <location filename="../app/kbpack.py" line="+131" />
            <location filename="../app/reports/build.py" line="+24" />
            <location filename="../app/rollup/report.py" line="+36" />
            <source>The folder %1 does not exist.</source>
            <translation>Thư mục %1 không tồn tại.</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-92" />
            <location filename="../app/db.py" line="+3" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 là thư mục, không phải tệp cơ sở dữ liệu.</translation>
        </message>
        <message>
            <location filename="../app/db.py" line="+3" />
            <source>%1 is not encrypted, so it cannot be opened as an encrypted database; it was not changed.</source>
            <translation>%1 không được mã hóa nên không thể mở như một cơ sở dữ liệu đã mã hóa; tệp này không bị thay đổi.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The database %1 cannot be opened (%2).</source>
            <translation>Không thể mở cơ sở dữ liệu %1 (%2).</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+41" />
            <source>The database key has the wrong length.</source>
            <translation>Khóa cơ sở dữ liệu có độ dài không đúng.</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The database %1 cannot use write-ahead logging.</source>
            <translation>Cơ sở dữ liệu %1 không thể dùng chế độ ghi nhật ký trước (WAL).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is encrypted or is not a Madoguchi database: log in to open it. It was not changed.</source>
            <translation>%1 đã được mã hóa hoặc không phải là cơ sở dữ liệu Madoguchi: hãy đăng nhập để mở. Tệp này không bị thay đổi.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 could not be decrypted: the file is damaged, or its key file belongs to another database. It was not changed.</source>
            <translation>Không thể giải mã %1: tệp bị hỏng, hoặc tệp khóa của nó thuộc về một cơ sở dữ liệu khác. Tệp này không bị thay đổi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged or is not a Madoguchi database; it was not changed.</source>
            <translation>%1 bị hỏng hoặc không phải là cơ sở dữ liệu Madoguchi; tệp này không bị thay đổi.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>The backup %1 did not verify (%2).</source>
            <translation>Bản sao lưu %1 không vượt qua bước kiểm tra (%2).</translation>
        </message>
        <message>
            <location filename="../app/demo.py" line="-10" />
            <source>A demo town needs at least one resident and one year.</source>
            <translation>Thị trấn mẫu cần ít nhất một người cư trú và một năm.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <location line="+29" />
            <source>%1 already exists; the demo is only written to a new file.</source>
            <translation>%1 đã tồn tại; dữ liệu mẫu chỉ được ghi vào tệp mới.</translation>
        </message>
        <message>
            <location filename="../app/directory.py" line="+36" />
            <source>That organisation no longer exists.</source>
            <translation>Tổ chức này không còn tồn tại.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That bridge person no longer exists.</source>
            <translation>Người kết nối này không còn tồn tại.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+60" />
            <source>%1, field '%2': has the wrong type. Nothing was imported.</source>
            <translation>%1, trường '%2': sai kiểu dữ liệu. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': %3 Nothing was imported.</source>
            <translation>%1, trường '%2': %3 Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The file is not a Madoguchi export (field 'format'). Nothing was imported.</source>
            <translation>Tệp này không phải là tệp xuất của Madoguchi (trường 'format'). Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>Tệp có phiên bản định dạng %1; phiên bản Madoguchi này đọc phiên bản %2. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Field 'code_items' must be a list. Nothing was imported.</source>
            <translation>Trường 'code_items' phải là danh sách. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, field '%2': needs list, code, label_ja, label_en. Nothing was imported.</source>
            <translation>%1, trường '%2': cần có list, code, label_ja, label_en. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': sort_order must be a whole number and active true or false. Nothing was imported.</source>
            <translation>%1, trường '%2': sort_order phải là số nguyên và active phải là true hoặc false. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+22" />
            <location filename="../app/kbpack.py" line="+78" />
            <source>Field '%1' must be a list. Nothing was imported.</source>
            <translation>Trường '%1' phải là danh sách. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1, field '%2': refers to a resident that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, trường '%2': tham chiếu đến một người cư trú không có trong tệp lẫn trong cơ sở dữ liệu. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': a deleted record that is also in the file or in the database. Nothing was imported.</source>
            <translation>%1, trường '%2': một hồ sơ đã xóa nhưng vẫn có trong tệp hoặc trong cơ sở dữ liệu. Không nhập gì cả.</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../app/kbpack.py" line="-48" />
            <source>%1, field '%2': is not an object. Nothing was imported.</source>
            <translation>%1, trường '%2': không phải là đối tượng. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, field '%2': missing or not a text. Nothing was imported.</source>
            <translation>%1, trường '%2': bị thiếu hoặc không phải là văn bản. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': not a UUID. Nothing was imported.</source>
            <translation>%1, trường '%2': không phải là UUID. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': appears twice in the file. Nothing was imported.</source>
            <translation>%1, trường '%2': xuất hiện hai lần trong tệp. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': this record is already in the database. Nothing was imported.</source>
            <translation>%1, trường '%2': bản ghi này đã có trong cơ sở dữ liệu. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': unknown field. Nothing was imported.</source>
            <translation>%1, trường '%2': trường không xác định. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': missing. Nothing was imported.</source>
            <translation>%1, trường '%2': bị thiếu. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': not a date and time. Nothing was imported.</source>
            <translation>%1, trường '%2': không phải là ngày giờ. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': longer than a user name can be. Nothing was imported.</source>
            <translation>%1, trường '%2': dài hơn độ dài tối đa của tên người dùng. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': refers to a record that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, trường '%2': tham chiếu đến một bản ghi không có trong tệp lẫn trong cơ sở dữ liệu. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': each link needs 'related' and 'relation'. Nothing was imported.</source>
            <translation>%1, trường '%2': mỗi liên kết cần có 'related' và 'relation'. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': a resident cannot be linked to themselves. Nothing was imported.</source>
            <translation>%1, trường '%2': không thể liên kết một người cư trú với chính họ. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, field '%2': refers to a resident that is not there. Nothing was imported.</source>
            <translation>%1, trường '%2': tham chiếu đến một người cư trú không tồn tại. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="-263" />
            <source>Some of these records were added to the database while the file was being imported (the same file imported twice at once?). Nothing was imported.</source>
            <translation>Một số bản ghi này đã được thêm vào cơ sở dữ liệu trong lúc tệp đang được nhập (cùng một tệp được nhập hai lần cùng lúc?). Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location filename="../app/files.py" line="-86" />
            <source>The disk is full, so %1 was not written; nothing was left half-written. Free some space and try again.</source>
            <translation>Ổ đĩa đã đầy nên %1 chưa được ghi; không có gì bị ghi dở dang. Hãy giải phóng dung lượng rồi thử lại.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be written (%2); nothing was left half-written.</source>
            <translation>Không thể ghi %1 (%2); không có gì bị ghi dở dang.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder: give the name of a file to write.</source>
            <translation>%1 là thư mục: hãy nhập tên tệp cần ghi.</translation>
        </message>
        <message>
            <location line="+121" />
            <source>%1 is a folder, not a Madoguchi export.</source>
            <translation>%1 là thư mục, không phải tệp xuất của Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi export.</source>
            <translation>%1 không phải là tệp xuất của Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder, not a Madoguchi knowledge pack.</source>
            <translation>%1 là thư mục, không phải gói kiến thức Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi knowledge pack.</source>
            <translation>%1 không phải là gói kiến thức Madoguchi.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>%1 names the same field twice in one record, so it is not clear which value counts; nothing was read from it.</source>
            <translation>%1 ghi cùng một trường hai lần trong một bản ghi nên không rõ giá trị nào được tính; không có gì được đọc từ tệp này.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is nested too deeply to be a Madoguchi file (at %2).</source>
            <translation>%1 lồng nhau quá sâu nên không thể là tệp Madoguchi (tại %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a number too large for any field (at %2).</source>
            <translation>%1 chứa một số quá lớn đối với mọi trường (tại %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a control or text-direction character that no record may contain (at %2).</source>
            <translation>%1 chứa ký tự điều khiển hoặc ký tự định hướng văn bản mà không bản ghi nào được phép chứa (tại %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than 512 MB, too large to be a Madoguchi file.</source>
            <translation>%1 lớn hơn 512 MB, quá lớn để là tệp Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not an ordinary file.</source>
            <translation>%1 không phải là tệp thông thường.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is a folder, not %2.</source>
            <translation>%1 là thư mục, không phải %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not %2.</source>
            <translation>%1 không phải là %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../app/sync_cli.py" line="+22" />
            <source>There is no file %1.</source>
            <translation>Không có tệp %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be read as UTF-8 text (%2).</source>
            <translation>Không thể đọc %1 dưới dạng văn bản UTF-8 (%2).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not valid JSON (line %2: %3).</source>
            <translation>%1 không phải là JSON hợp lệ (dòng %2: %3).</translation>
        </message>
        <message>
            <location filename="../app/instance.py" line="+19" />
            <source>This database is already open in another Madoguchi window (perhaps of another user of this computer); close it there first.</source>
            <translation>Cơ sở dữ liệu này đang được mở trong một cửa sổ Madoguchi khác (có thể của người dùng khác trên máy tính này); hãy đóng ở đó trước.</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Madoguchi cannot create the lock file %1 beside the database (%2).</source>
            <translation>Madoguchi không thể tạo tệp khóa truy cập %1 bên cạnh cơ sở dữ liệu (%2).</translation>
        </message>
        <message>
            <location filename="../app/kbpack.py" line="-117" />
            <source>%1, field '%2': appears twice in the pack. Nothing was imported.</source>
            <translation>%1, trường '%2': xuất hiện hai lần trong gói. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Set the town's name (Settings) before exporting a knowledge pack: every entry carries the town it came from.</source>
            <translation>Hãy đặt tên thị trấn (Cài đặt) trước khi xuất gói kiến thức: mỗi mục đều ghi rõ thị trấn nguồn.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 is not a Madoguchi knowledge pack (field 'format').</source>
            <translation>%1 không phải là gói kiến thức Madoguchi (trường 'format').</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1, field '%2': is too short to be a UUID. Nothing was imported.</source>
            <translation>%1, trường '%2': quá ngắn để là UUID. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This is not a Madoguchi knowledge pack (field 'format'). Nothing was imported.</source>
            <translation>Đây không phải là gói kiến thức Madoguchi (trường 'format'). Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The pack has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>Gói có phiên bản định dạng %1; phiên bản Madoguchi này đọc phiên bản %2. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The pack does not say which town it came from (field 'town'). Nothing was imported.</source>
            <translation>Gói không cho biết thị trấn nguồn (trường 'town'). Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': must be a list of codes. Nothing was imported.</source>
            <translation>%1, trường '%2': phải là danh sách mã. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1, field '%2': each text needs exactly 'language', 'question' and 'answer', as text. Nothing was imported.</source>
            <translation>%1, trường '%2': mỗi văn bản cần có đúng 'language', 'question' và 'answer', dưới dạng văn bản. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': must be a list of document names. Nothing was imported.</source>
            <translation>%1, trường '%2': phải là danh sách tên giấy tờ. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, field '%2': must be a list of organisation UUIDs. Nothing was imported.</source>
            <translation>%1, trường '%2': phải là danh sách UUID của tổ chức. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': refers to an organisation that is neither in the pack nor in the directory. Nothing was imported.</source>
            <translation>%1, trường '%2': tham chiếu đến một tổ chức không có trong gói lẫn trong danh bạ. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': another entry of the pack has the same topic and Japanese question. Nothing was imported.</source>
            <translation>%1, trường '%2': một mục khác trong gói có cùng chủ đề và câu hỏi tiếng Nhật. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location filename="../app/keyslots.py" line="-1" />
            <source>The key file %1 is damaged.</source>
            <translation>Tệp khóa %1 bị hỏng.</translation>
        </message>
        <message>
            <location line="+172" />
            <source>The key file %1 is missing beside the database, so the database cannot be opened.</source>
            <translation>Thiếu tệp khóa %1 bên cạnh cơ sở dữ liệu, nên không thể mở cơ sở dữ liệu.</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="+95" />
            <source>That knowledge entry no longer exists.</source>
            <translation>Mục kiến thức này không còn tồn tại.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>This answer has no text in that language yet; it has %1.</source>
            <translation>Câu trả lời này chưa có bản bằng ngôn ngữ đó; hiện có: %1.</translation>
        </message>
        <message>
            <location filename="../app/languages.py" line="+31" />
            <source>Unknown language %1; use one of: %2.</source>
            <translation>Ngôn ngữ không xác định %1; hãy dùng một trong các ngôn ngữ: %2.</translation>
        </message>
        <message>
            <location filename="../app/migrations.py" line="+48" />
            <source>Unexpected file in the migrations folder: %1.</source>
            <translation>Tệp không mong đợi trong thư mục migrations: %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Migration %1 is missing.</source>
            <translation>Thiếu tệp migration %1.</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../app/store.py" line="+279" />
            <source>This database was made by a newer Madoguchi (schema %1; this version knows up to %2). It was not changed: please update Madoguchi.</source>
            <translation>Cơ sở dữ liệu này được tạo bởi phiên bản Madoguchi mới hơn (lược đồ %1; phiên bản này chỉ hỗ trợ đến %2). Cơ sở dữ liệu không bị thay đổi: vui lòng cập nhật Madoguchi.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Updating the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
            <translation>Cập nhật cơ sở dữ liệu lên lược đồ %1 (%2) không thành công: %3. Cơ sở dữ liệu vẫn giữ nguyên ở lược đồ %4.</translation>
        </message>
        <message>
            <location filename="../app/progress.py" line="+16" />
            <source>Cancelled; nothing was changed.</source>
            <translation>Đã hủy; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../app/reports/build.py" line="-45" />
            <source>Unknown format %1; choose from %2.</source>
            <translation>Định dạng không xác định %1; hãy chọn trong số: %2.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a month; write it as YYYY-MM.</source>
            <translation>%1 không phải là tháng; hãy ghi theo dạng YYYY-MM.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>The annual report was not written: the disclosure audit found %1 hidden figure(s) that could be narrowed down to less than %2 (first: %3).</source>
            <translation>Chưa ghi báo cáo năm: kiểm tra công bố tìm thấy %1 số liệu ẩn có thể bị suy ra trong khoảng hẹp hơn %2 (đầu tiên: %3).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a fiscal year Madoguchi can report on.</source>
            <translation>%1 không phải là năm tài chính mà Madoguchi có thể lập báo cáo.</translation>
        </message>
        <message>
            <location filename="../app/reports/fonts.py" line="+94" />
            <source>The font file %1 is missing from %2; reinstall Madoguchi.</source>
            <translation>Thiếu tệp phông chữ %1 trong %2; hãy cài đặt lại Madoguchi.</translation>
        </message>
        <message>
            <location filename="../app/reports/mail.py" line="+35" />
            <source>The mail subject uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>Tiêu đề thư dùng biến thay thế không xác định {%1}; các biến đã biết là: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail body uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>Nội dung thư dùng biến thay thế không xác định {%1}; các biến đã biết là: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail template uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>Mẫu thư dùng biến thay thế không xác định {%1}; các biến đã biết là: %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail subject has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>Tiêu đề thư có biến thay thế bị lỗi; hãy viết biến thay thế dạng {town} và dấu ngoặc nhọn thông thường dạng {{ hoặc }}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail body has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>Nội dung thư có biến thay thế bị lỗi; hãy viết biến thay thế dạng {town} và dấu ngoặc nhọn thông thường dạng {{ hoặc }}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail template has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>Mẫu thư có biến thay thế bị lỗi; hãy viết biến thay thế dạng {town} và dấu ngoặc nhọn thông thường dạng {{ hoặc }}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sender address is empty.</source>
            <translation>Địa chỉ người gửi đang trống.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address is empty.</source>
            <translation>Địa chỉ người nhận đang trống.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sender address %1 is not valid.</source>
            <translation>Địa chỉ người gửi %1 không hợp lệ.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address %1 is not valid.</source>
            <translation>Địa chỉ người nhận %1 không hợp lệ.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1 is a monthly report, for use inside the town hall only; it is never attached to the mail to the prefecture.</source>
            <translation>%1 là báo cáo tháng, chỉ dùng trong tòa thị chính; không bao giờ đính kèm vào thư gửi tỉnh.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: files are attached as they are, never zipped.</source>
            <translation>%1: tệp được đính kèm nguyên dạng, không bao giờ nén zip.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The attachment %1 could not be read.</source>
            <translation>Không thể đọc tệp đính kèm %1.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The password could not be read from the system keyring.</source>
            <translation>Không thể đọc mật khẩu từ kho khóa của hệ thống.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the SMTP user name before saving a password.</source>
            <translation>Hãy nhập tên người dùng SMTP trước khi lưu mật khẩu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No secure keyring is available on this computer, so the password cannot be saved; it will be asked for each time.</source>
            <translation>Máy tính này không có kho khóa bảo mật nên không thể lưu mật khẩu; mật khẩu sẽ được hỏi mỗi lần.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The password could not be saved in the system keyring.</source>
            <translation>Không thể lưu mật khẩu vào kho khóa của hệ thống.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password could not be removed from the system keyring.</source>
            <translation>Không thể xóa mật khẩu khỏi kho khóa của hệ thống.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No password was given and no secure keyring is available on this computer; enter the SMTP password to send.</source>
            <translation>Chưa nhập mật khẩu và máy tính này không có kho khóa bảo mật; hãy nhập mật khẩu SMTP để gửi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No password was given and none is saved in the keyring for %1; enter the SMTP password to send.</source>
            <translation>Chưa nhập mật khẩu và kho khóa không lưu mật khẩu nào cho %1; hãy nhập mật khẩu SMTP để gửi.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server (SMTP host) is set.</source>
            <translation>Chưa đặt máy chủ thư (máy chủ SMTP).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password would travel unencrypted; turn on STARTTLS.</source>
            <translation>Mật khẩu sẽ được truyền đi mà không mã hóa; hãy bật STARTTLS.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SMTP login cannot send a user name or password with non-ASCII characters (e.g. full-width letters); check what was typed.</source>
            <translation>Đăng nhập SMTP không thể gửi tên người dùng hoặc mật khẩu có ký tự không phải ASCII (ví dụ chữ toàn độ rộng); hãy kiểm tra lại nội dung đã nhập.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The mail server %1 did not accept the user name or password.</source>
            <translation>Máy chủ thư %1 không chấp nhận tên người dùng hoặc mật khẩu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not offer STARTTLS encryption; nothing was sent.</source>
            <translation>Máy chủ thư %1 không hỗ trợ mã hóa STARTTLS; chưa gửi gì.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not accept a login (SMTP AUTH).</source>
            <translation>Máy chủ thư %1 không chấp nhận đăng nhập (SMTP AUTH).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 cannot take this message.</source>
            <translation>Máy chủ thư %1 không thể nhận thư này.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 refused the recipient address %2.</source>
            <translation>Máy chủ thư %1 đã từ chối địa chỉ người nhận %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the sender address %2.</source>
            <translation>Máy chủ thư %1 đã từ chối địa chỉ người gửi %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate of %1 could not be verified; nothing was sent.</source>
            <translation>Không thể xác minh chứng chỉ của %1; chưa gửi gì.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The encrypted connection (TLS) to %1 failed; nothing was sent.</source>
            <translation>Kết nối mã hóa (TLS) đến %1 không thành công; chưa gửi gì.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 closed the connection unexpectedly.</source>
            <translation>Máy chủ thư %1 đã đóng kết nối bất ngờ.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 offers no login method Madoguchi can use.</source>
            <translation>Máy chủ thư %1 không có phương thức đăng nhập nào Madoguchi có thể dùng.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 answered with error %2; nothing was sent.</source>
            <translation>Máy chủ thư %1 trả về lỗi %2; chưa gửi gì.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the connection; check the server name and port.</source>
            <translation>Máy chủ thư %1 đã từ chối kết nối; hãy kiểm tra tên máy chủ và cổng.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server name %1 could not be found.</source>
            <translation>Không tìm thấy tên máy chủ thư %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 did not answer within %2 seconds.</source>
            <translation>Máy chủ thư %1 không phản hồi trong vòng %2 giây.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sending through the mail server %1 failed.</source>
            <translation>Gửi qua máy chủ thư %1 không thành công.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not connect to the mail server %1.</source>
            <translation>Không thể kết nối đến máy chủ thư %1.</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="+56" />
            <source>That resident no longer exists.</source>
            <translation>Người cư trú này không còn tồn tại.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>This resident has %1 linked records; delete or reassign them first.</source>
            <translation>Người cư trú này có %1 bản ghi liên quan; hãy xóa hoặc chuyển chúng sang người khác trước.</translation>
        </message>
        <message>
            <location filename="../app/retention.py" line="+94" />
            <source>The retention period must be at least one year.</source>
            <translation>Thời gian lưu giữ phải ít nhất là một năm.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The retention period can be at most %1 years.</source>
            <translation>Thời gian lưu giữ tối đa là %1 năm.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Only an administrator can purge residents' records.</source>
            <translation>Chỉ quản trị viên mới có thể xóa vĩnh viễn bản ghi của người cư trú.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some of those residents no longer exist; nothing was changed.</source>
            <translation>Một số người cư trú trong đó không còn tồn tại; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../app/rows.py" line="+26" />
            <source>The resident no longer exists; it may have been deleted.</source>
            <translation>Người cư trú không còn tồn tại; có thể đã bị xóa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The consultation no longer exists; it may have been deleted.</source>
            <translation>Tư vấn không còn tồn tại; có thể đã bị xóa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The accompaniment no longer exists; it may have been deleted.</source>
            <translation>Đi cùng hỗ trợ không còn tồn tại; có thể đã bị xóa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The session no longer exists; it may have been deleted.</source>
            <translation>Buổi hoạt động không còn tồn tại; có thể đã bị xóa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The organisation no longer exists; it may have been deleted.</source>
            <translation>Tổ chức không còn tồn tại; có thể đã bị xóa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bridge person no longer exists; it may have been deleted.</source>
            <translation>Người kết nối không còn tồn tại; có thể đã bị xóa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The knowledge entry no longer exists; it may have been deleted.</source>
            <translation>Mục kiến thức không còn tồn tại; có thể đã bị xóa.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The %1 no longer exists; it may have been deleted.</source>
            <translation>Bản ghi %1 không còn tồn tại; có thể đã bị xóa.</translation>
        </message>
        <message>
            <location filename="../app/sessions.py" line="+24" />
            <source>That session no longer exists.</source>
            <translation>Buổi hoạt động này không còn tồn tại.</translation>
        </message>
        <message>
            <location filename="../app/storage.py" line="+27" />
            <source>The database is on a network drive, where SQLite is not safe and the file can be damaged, so please keep it on this computer's own disk.</source>
            <translation>Cơ sở dữ liệu đang nằm trên ổ đĩa mạng, nơi SQLite không an toàn và tệp có thể bị hỏng; vì vậy vui lòng lưu cơ sở dữ liệu trên ổ đĩa của chính máy tính này.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by %1, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>Cơ sở dữ liệu đang nằm trong thư mục được đồng bộ bởi %1, nơi SQLite không an toàn và tệp có thể bị hỏng; vì vậy vui lòng chuyển cơ sở dữ liệu sang thư mục không được đồng bộ.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by a cloud storage service, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>Cơ sở dữ liệu đang nằm trong thư mục được đồng bộ bởi một dịch vụ lưu trữ đám mây, nơi SQLite không an toàn và tệp có thể bị hỏng; vì vậy vui lòng chuyển cơ sở dữ liệu sang thư mục không được đồng bộ.</translation>
        </message>
        <message>
            <location filename="../app/store.py" line="-256" />
            <source>The disk is full: this record was not saved. Free some space and save again.</source>
            <translation>Ổ đĩa đã đầy: bản ghi này chưa được lưu. Hãy giải phóng dung lượng rồi lưu lại.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disk could not be written: this record was not saved. Check the drive and save again.</source>
            <translation>Không thể ghi vào ổ đĩa: bản ghi này chưa được lưu. Hãy kiểm tra ổ đĩa rồi lưu lại.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the settings.</source>
            <translation>Chỉ quản trị viên mới có thể thay đổi cài đặt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the code lists.</source>
            <translation>Chỉ quản trị viên mới có thể thay đổi danh mục mã.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the report settings.</source>
            <translation>Chỉ quản trị viên mới có thể thay đổi cài đặt báo cáo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can export every record.</source>
            <translation>Chỉ quản trị viên mới có thể xuất toàn bộ bản ghi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import records.</source>
            <translation>Chỉ quản trị viên mới có thể nhập bản ghi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import a knowledge pack.</source>
            <translation>Chỉ quản trị viên mới có thể nhập gói kiến thức.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can put residents' names in a handover pack.</source>
            <translation>Chỉ quản trị viên mới có thể đưa tên người cư trú vào bộ hồ sơ bàn giao.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The database is busy: another Madoguchi (perhaps a command-line import) is writing to it. Nothing was saved yet; try again in a moment.</source>
            <translation>Cơ sở dữ liệu đang bận: một Madoguchi khác (có thể là lệnh nhập từ dòng lệnh) đang ghi vào đó. Chưa có gì được lưu; hãy thử lại sau giây lát.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This database was closed (after a change of user or a restore).</source>
            <translation>Cơ sở dữ liệu này đã được đóng (sau khi đổi người dùng hoặc khôi phục).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only an administrator can %1.</source>
            <translation>Chỉ quản trị viên mới có thể thực hiện thao tác này: %1.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is on read-only media (or in a folder that cannot be written): it can be read and reported on, but nothing can be changed in it.</source>
            <translation>%1 nằm trên phương tiện chỉ đọc (hoặc trong thư mục không thể ghi): có thể đọc và lập báo cáo, nhưng không thể thay đổi gì trong đó.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is on read-only media and was made by an older Madoguchi, so it cannot be updated to be read; copy it to this computer's disk first.</source>
            <translation>%1 nằm trên phương tiện chỉ đọc và được tạo bởi phiên bản Madoguchi cũ hơn, nên không thể cập nhật để đọc được; trước tiên hãy sao chép tệp vào ổ đĩa của máy tính này.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is empty (0 bytes), so it holds no records; it was kept as it is. Restore the newest backup instead.</source>
            <translation>%1 trống (0 byte) nên không chứa bản ghi nào; tệp được giữ nguyên. Thay vào đó, hãy khôi phục bản sao lưu mới nhất.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/cells.py" line="+21" />
            <source>'%1' is not a date.</source>
            <translation>'%1' không phải là ngày.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is a date that does not exist.</source>
            <translation>'%1' là ngày không tồn tại.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date is empty.</source>
            <translation>Ngày đang trống.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' has no year, and the sheet's title names no 年度: set the fiscal year in the mapping.</source>
            <translation>'%1' không có năm, và tiêu đề trang tính không ghi năm tài chính (年度): hãy đặt năm tài chính trong thiết lập ánh xạ.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/command.py" line="+64" />
            <source>Give --user NAME: the new town's first administrator.</source>
            <translation>Hãy nhập --user NAME: quản trị viên đầu tiên của thị trấn mới.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 is a mapping for a resident roster; add --roster.</source>
            <translation>%1 là hồ sơ ánh xạ cho danh sách người cư trú; hãy thêm --roster.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/errors.py" line="+18" />
            <source>%1 is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.</source>
            <translation>%1 không phải là sổ làm việc Excel (.xlsx, .xls) hoặc tệp CSV. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is protected with a password: open it in Excel, remove the password, save it and try again. Nothing was imported.</source>
            <translation>%1 được bảo vệ bằng mật khẩu: hãy mở tệp trong Excel, gỡ mật khẩu, lưu lại rồi thử lại. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than %2 MB, the most a table import reads. Nothing was imported.</source>
            <translation>%1 lớn hơn %2 MB, mức tối đa mà chức năng nhập bảng có thể đọc. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 unpacks to more than %2 MB, more than a table import reads. Nothing was imported.</source>
            <translation>%1 khi giải nén lớn hơn %2 MB, vượt quá mức mà chức năng nhập bảng có thể đọc. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 rows, the most a table import reads. Nothing was imported.</source>
            <translation>Trang tính '%1' có hơn %2 dòng, mức tối đa mà chức năng nhập bảng có thể đọc. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 columns, the most a table import reads. Nothing was imported.</source>
            <translation>Trang tính '%1' có hơn %2 cột, mức tối đa mà chức năng nhập bảng có thể đọc. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1', row %2 has a cell of %3 characters or more, as long as Excel itself allows. Nothing was imported.</source>
            <translation>Trang tính '%1', dòng %2 có một ô dài từ %3 ký tự trở lên, bằng mức tối đa mà chính Excel cho phép. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be read as a spreadsheet; it may be damaged. Nothing was imported.</source>
            <translation>Không thể đọc %1 dưới dạng bảng tính; tệp có thể bị hỏng. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file at %1.</source>
            <translation>Không có tệp tại %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file has no sheet named '%1'. Nothing was imported.</source>
            <translation>Tệp không có trang tính nào tên '%1'. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file was already imported on %1 by %2; importing it again would add its records twice. Nothing was imported.</source>
            <translation>Tệp này đã được %2 nhập vào ngày %1; nhập lại sẽ thêm các bản ghi hai lần. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 rows have problems (see the preview or the report); correct the file or the mapping, or choose to skip those rows. Nothing was imported.</source>
            <translation>%1 dòng có vấn đề (xem bản xem trước hoặc báo cáo); hãy sửa tệp hoặc thiết lập ánh xạ, hoặc chọn bỏ qua các dòng đó. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No row of the file can be imported. Nothing was imported.</source>
            <translation>Không có dòng nào của tệp có thể nhập được. Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a Madoguchi mapping profile (%2). Nothing was imported.</source>
            <translation>%1 không phải là hồ sơ ánh xạ của Madoguchi (%2). Không có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/messages.py" line="-53" />
            <source>Blank row.</source>
            <translation>Dòng trống.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Above the header row (a title or a note).</source>
            <translation>Nằm trên hàng tiêu đề (tiêu đề hoặc ghi chú).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The header row.</source>
            <translation>Hàng tiêu đề.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A total row (合計).</source>
            <translation>Dòng tổng cộng (合計).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Struck through: a cancelled entry.</source>
            <translation>Bị gạch ngang: mục đã hủy.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked as cancelled (取消).</source>
            <translation>Được đánh dấu là đã hủy (取消).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A summary sheet with formulas.</source>
            <translation>Trang tính tổng hợp có công thức.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No header row with known column names.</source>
            <translation>Không có hàng tiêu đề với tên cột đã biết.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A hidden sheet (choose it to import it).</source>
            <translation>Trang tính ẩn (hãy chọn nếu muốn nhập).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sheet was not chosen.</source>
            <translation>Trang tính này không được chọn.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped for its problems, as the mapping asks: %1</source>
            <translation>Bỏ qua do có vấn đề, theo thiết lập ánh xạ: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 '%2' has no code: choose one in the mapping.</source>
            <translation>%1 '%2' chưa có mã: hãy chọn mã trong thiết lập ánh xạ.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No value for “%1”: map a column to it or set a default in the mapping.</source>
            <translation>Không có giá trị cho “%1”: hãy gán một cột cho nó hoặc đặt giá trị mặc định trong phần ánh xạ.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No topic.</source>
            <translation>Không có chủ đề.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a time of day.</source>
            <translation>'%1' không phải là giờ trong ngày.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a number of minutes.</source>
            <translation>'%1' không phải là số phút.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name matches %1 residents; tell them apart in Madoguchi first.</source>
            <translation>Tên này trùng với %1 người cư trú; hãy phân biệt họ trong Madoguchi trước.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field '%1': %2</source>
            <translation>Trường '%1': %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New resident.</source>
            <translation>Người cư trú mới.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched an existing resident.</source>
            <translation>Trùng khớp với một người cư trú đã có.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous.</source>
            <translation>Ẩn danh.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not on the roster any more (moved out?): not changed, check by hand.</source>
            <translation>Không còn trong danh sách người cư trú (đã chuyển đi?): không thay đổi, hãy kiểm tra thủ công.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: %1 updated.</source>
            <translation>Trùng khớp: cập nhật %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same name is already on the roster (sheet '%1', row %2).</source>
            <translation>Tên này đã có trong danh sách người cư trú (trang tính '%1', dòng %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: nothing to change.</source>
            <translation>Trùng khớp: không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/roster.py" line="+54" />
            <source>%1 is a mapping for a consultation log, not for a roster.</source>
            <translation>%1 là hồ sơ ánh xạ cho sổ ghi tư vấn, không phải cho danh sách người cư trú.</translation>
        </message>
        <message>
            <location filename="../app/roles.py" line="+41" />
            <source>Madoguchi found changes made outside it: %1. The audit trail records them.</source>
            <translation>Madoguchi phát hiện các thay đổi được thực hiện bên ngoài ứng dụng: %1. Nhật ký kiểm tra đã ghi lại các thay đổi này.</translation>
        </message>
        <message>
            <location filename="../app/reports/annual.py" line="+33" />
            <source>The annual report was not made: the hidden figure %1 cannot be protected together with the reports of this year issued before. Nothing was written.</source>
            <translation>Chưa tạo báo cáo năm: không thể bảo vệ số liệu ẩn %1 khi xét cùng các báo cáo năm nay đã phát hành trước đó. Không có gì được ghi.</translation>
        </message>
        <message>
            <location filename="../app/kind_records.py" line="+52" />
            <source>That record no longer exists.</source>
            <translation>Hồ sơ đó không còn nữa.</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="+74" />
            <source>%1 is not a category mapping (a JSON object with id, name and categories).</source>
            <translation>%1 không phải là bảng ánh xạ phân loại (một đối tượng JSON có id, name và categories).</translation>
        </message>
        <message>
            <location filename="../app/reports/categories_cli.py" line="+23" />
            <source>%1 is not a category of %2; the categories are: %3.</source>
            <translation>%1 không phải là một loại của %2; các loại là: %3.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 could not be read as JSON.</source>
            <translation>Không đọc được %1 dưới dạng JSON.</translation>
        </message>
        <message>
            <location filename="../app/reports/datafile.py" line="+50" />
            <source>The annual data file needs the town's municipality code (全国地方公共団体コード): enter it in Settings → Reports.</source>
            <translation>Tệp dữ liệu năm cần mã đơn vị hành chính của thị trấn (全国地方公共団体コード): hãy nhập trong Cài đặt → Báo cáo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The annual data file needs the town's name: enter it in Settings.</source>
            <translation>Tệp dữ liệu năm cần tên thị trấn: hãy nhập trong Cài đặt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is too large to be an annual data file.</source>
            <translation>%1 quá lớn để là một tệp dữ liệu năm.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read.</source>
            <translation>Không đọc được %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi annual data file.</source>
            <translation>%1 không phải là tệp dữ liệu năm của Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was made by a newer Madoguchi (data format %2; this version reads up to %3): please update Madoguchi to read it.</source>
            <translation>%1 được tạo bởi Madoguchi mới hơn (định dạng dữ liệu %2; phiên bản này đọc được đến %3): hãy cập nhật Madoguchi để đọc.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, newer than this Madoguchi knows (%3): please update Madoguchi to read it.</source>
            <translation>%1 dùng danh mục mã phiên bản %2, mới hơn phiên bản Madoguchi này biết (%3): hãy cập nhật Madoguchi để đọc.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 does not follow the annual data format at %2 (%3); was it edited by hand?</source>
            <translation>%1 không theo định dạng dữ liệu năm tại %2 (%3); tệp có bị sửa tay không?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 does not add up: %2; was it edited by hand?</source>
            <translation>%1 không khớp tổng: %2; tệp có bị sửa tay không?</translation>
        </message>
        <message>
            <location line="+138" />
            <source>the municipality code's check digit</source>
            <translation>chữ số kiểm tra của mã địa phương</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the cut-off date</source>
            <translation>ngày chốt số liệu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cut-off date lies outside the fiscal year</source>
            <translation>ngày chốt số liệu nằm ngoài năm tài chính</translation>
        </message>
        <message>
            <location line="+2" />
            <source>provisional, by the cut-off date</source>
            <translation>tạm thời hay không, theo ngày chốt số liệu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>exact or suppressed counts</source>
            <translation>số liệu chính xác hay đã che</translation>
        </message>
        <message>
            <location line="+3" />
            <source>an x among exact counts</source>
            <translation>có dấu x trong số liệu chính xác</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 and the total of %2</source>
            <translation>%1 và tổng của %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the months of %1</source>
            <translation>số liệu theo tháng của %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a month of %1 outside the fiscal year</source>
            <translation>một tháng của %1 nằm ngoài năm tài chính</translation>
        </message>
        <message>
            <location filename="../app/reports/send.py" line="+23" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>Hãy đặt địa chỉ của tỉnh và máy chủ thư trong Cài đặt trước.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file to attach at %1.</source>
            <translation>Không có tệp nào để đính kèm tại %1.</translation>
        </message>
        <message>
            <location filename="../app/rollup/inputs.py" line="+19" />
            <source>Give at least one annual data file to roll up.</source>
            <translation>Hãy đưa ít nhất một tệp dữ liệu năm để tổng hợp.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is for %2, not %3 like %4; a roll-up covers one fiscal year. Nothing was written.</source>
            <translation>%1 là của %2, không phải %3 như %4; một bản tổng hợp chỉ gồm một năm tài chính. Không ghi gì cả.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 and %2 are both from %3 (municipality code %4); give one file per town. Nothing was written.</source>
            <translation>%1 và %2 đều của %3 (mã đơn vị hành chính %4); hãy đưa một tệp cho mỗi thị trấn. Không ghi gì cả.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is provisional (records up to %2); roll up final files only, or ask for a provisional roll-up. Nothing was written.</source>
            <translation>%1 là bản tạm thời (hồ sơ đến %2); chỉ tổng hợp các tệp chính thức, hoặc chọn tổng hợp tạm thời. Không ghi gì cả.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, which this Madoguchi cannot map to its own; nothing was written.</source>
            <translation>%1 dùng danh mục mã phiên bản %2, mà Madoguchi này không ánh xạ được sang của mình; không ghi gì cả.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is given twice. Nothing was written.</source>
            <translation>%1 được đưa hai lần. Không ghi gì cả.</translation>
        </message>
        <message>
            <location filename="../app/rollup/report.py" line="-6" />
            <source>The roll-up was not written: the hidden figure %1 cannot be protected; nothing was written.</source>
            <translation>Bản tổng hợp chưa được ghi: không thể bảo vệ số liệu ẩn %1; không ghi gì cả.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The threshold is a whole number from 1 to 100 and the protection width one from 0 to 1000.</source>
            <translation>Ngưỡng là số nguyên từ 1 đến 100 và độ rộng bảo vệ là số nguyên từ 0 đến 1000.</translation>
        </message>
        <message>
            <location filename="../app/rollup/tables.py" line="+24" />
            <source>%1 does not add up (a table and its total differ); was it edited by hand? Nothing was written.</source>
            <translation>%1 không khớp tổng (một bảng và tổng của nó khác nhau); tệp có bị sửa tay không? Không ghi gì cả.</translation>
        </message>
        <message>
            <location filename="../app/devices.py" line="-2" />
            <source>%1 already exists; choose a new file name for the other device's copy.</source>
            <translation>%1 đã tồn tại; hãy chọn tên tệp mới cho bản sao của thiết bị kia.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No device %1 is known to this town.</source>
            <translation>Thị trấn này không có thiết bị %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device cannot revoke itself.</source>
            <translation>Thiết bị này không thể tự thu hồi chính nó.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can add a device.</source>
            <translation>Chỉ quản trị viên mới có thể thêm thiết bị.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can revoke a device.</source>
            <translation>Chỉ quản trị viên mới có thể thu hồi thiết bị.</translation>
        </message>
        <message>
            <location filename="../app/exchange.py" line="+48" />
            <source>Some of these records were deleted from the database while the file was being imported. Nothing was imported.</source>
            <translation>Một số hồ sơ này đã bị xóa khỏi cơ sở dữ liệu trong lúc nhập tệp. Không nhập gì cả.</translation>
        </message>
        <message>
            <location filename="../app/exchange_apply.py" line="+32" />
            <source>A record refers to another record that is not here; nothing was changed.</source>
            <translation>Một hồ sơ tham chiếu đến hồ sơ khác không có ở đây; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../app/sync/conflicts.py" line="+29" />
            <source>That conflict was already resolved.</source>
            <translation>Xung đột đó đã được giải quyết.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose mine, theirs or a new value for field %1.</source>
            <translation>Hãy chọn của tôi, của bên kia hoặc một giá trị mới cho trường %1.</translation>
        </message>
        <message>
            <location filename="../app/sync/engine.py" line="+40" />
            <source>Only an encrypted town can be synced between devices.</source>
            <translation>Chỉ có thể đồng bộ giữa các thiết bị với dữ liệu thị trấn đã mã hóa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was written by this device; there is nothing to apply.</source>
            <translation>%1 do chính thiết bị này ghi; không có gì để áp dụng.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 comes from a device that was revoked; nothing was changed.</source>
            <translation>%1 đến từ một thiết bị đã bị thu hồi; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made by a newer Madoguchi (schema %2; this device has %3): update Madoguchi on this device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 được tạo bởi Madoguchi mới hơn (lược đồ %2; thiết bị này có %3): hãy cập nhật Madoguchi trên thiết bị này trước. Không có gì bị thay đổi và không mất gì.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 was made by an older Madoguchi (schema %2; this device has %3): update Madoguchi on the other device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 được tạo bởi Madoguchi cũ hơn (lược đồ %2; thiết bị này có %3): hãy cập nhật Madoguchi trên thiết bị kia trước. Không có gì bị thay đổi và không mất gì.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 holds a record this device cannot take (%2); nothing was changed.</source>
            <translation>%1 chứa một hồ sơ mà thiết bị này không nhận được (%2); không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../app/sync/folder.py" line="+27" />
            <source>The sync folder %1 cannot be reached; nothing was exchanged.</source>
            <translation>Không truy cập được thư mục đồng bộ %1; không trao đổi gì cả.</translation>
        </message>
        <message>
            <location filename="../app/sync/packet.py" line="+28" />
            <source>%1 is not a Madoguchi sync packet.</source>
            <translation>%1 không phải là gói đồng bộ của Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is a sync packet of another town; nothing was changed.</source>
            <translation>%1 là gói đồng bộ của thị trấn khác; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made with another key, or was changed after it was written; nothing was changed.</source>
            <translation>%1 được tạo bằng khóa khác, hoặc đã bị thay đổi sau khi ghi; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is too large for a sync packet; nothing was changed.</source>
            <translation>%1 quá lớn để là gói đồng bộ; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../app/reports/schema_check.py" line="+96" />
            <source>matches none of the allowed forms</source>
            <translation>không khớp với dạng nào được cho phép</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not of the expected kind (%1)</source>
            <translation>không đúng loại giá trị (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be %1</source>
            <translation>phải là %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be one of %1</source>
            <translation>phải là một trong %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>should be at least %1</source>
            <translation>phải ít nhất là %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be at most %1</source>
            <translation>phải nhiều nhất là %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>has more than %1 items</source>
            <translation>có hơn %1 mục</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is too short</source>
            <translation>quá ngắn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is too long</source>
            <translation>quá dài</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is not in the expected form</source>
            <translation>không đúng định dạng mong đợi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>lacks %1</source>
            <translation>thiếu %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>has more than %1 entries</source>
            <translation>có hơn %1 mục nhập</translation>
        </message>
        <message>
            <location line="+11" />
            <source>is not expected here</source>
            <translation>không được mong đợi ở đây</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+53" />
            <source>The database %1 is missing, but its key file is there. Restore the database from a backup; no new database was made.</source>
            <translation>Không tìm thấy cơ sở dữ liệu %1, nhưng tệp khóa của nó vẫn còn. Hãy khôi phục cơ sở dữ liệu từ bản sao lưu; chưa có cơ sở dữ liệu mới nào được tạo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a database file.</source>
            <translation>%1 không phải là tệp cơ sở dữ liệu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 không được mã hóa; Madoguchi chỉ lưu bản ghi trong cơ sở dữ liệu đã mã hóa. Tệp này không bị thay đổi.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>Thiếu tệp khóa %1 bên cạnh cơ sở dữ liệu, nên không thể mở cơ sở dữ liệu.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The folder %1 does not exist; no database was made.</source>
            <translation>Thư mục %1 không tồn tại; chưa tạo cơ sở dữ liệu nào.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot make its data folder %1 (%2).</source>
            <translation>Madoguchi không tạo được thư mục dữ liệu %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/kinds.py" line="+273" />
            <source>Unknown code list.</source>
            <translation>Danh mục mã không xác định.</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Use letters, digits and underscores only.</source>
            <translation>Chỉ dùng chữ cái, chữ số và dấu gạch dưới.</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="-17" />
            <location line="+3" />
            <location line="+5" />
            <location filename="../app/validation.py" line="+19" />
            <source>Required.</source>
            <translation>Bắt buộc.</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Already in the list.</source>
            <translation>Đã có trong danh sách.</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="-184" />
            <source>Write the Japanese version first.</source>
            <translation>Hãy viết bản tiếng Nhật trước.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One text per language.</source>
            <translation>Mỗi ngôn ngữ chỉ một văn bản.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+301" />
            <location filename="../app/knowledge.py" line="+4" />
            <source>Each language needs a question and an answer.</source>
            <translation>Mỗi ngôn ngữ cần có câu hỏi và câu trả lời.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>Ngày không hợp lệ (dùng YYYY-MM-DD).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real time (use HH:MM).</source>
            <translation>Giờ không hợp lệ (dùng HH:MM).</translation>
        </message>
        <message>
            <location filename="../app/accounts.py" line="-422" />
            <source>Use at least 8 characters.</source>
            <translation>Dùng ít nhất 8 ký tự.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Not a usable user name.</source>
            <translation>Tên người dùng không hợp lệ.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too like the name of another user; choose another.</source>
            <translation>Quá giống tên của một người dùng khác; hãy chọn tên khác.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+412" />
            <location filename="../app/knowledge.py" line="-2" />
            <location filename="../app/reports/categories.py" line="+5" />
            <location filename="../app/reports/config.py" line="+104" />
            <location line="+8" />
            <location line="+2" />
            <location filename="../app/validation.py" line="+4" />
            <source>Not in the code list.</source>
            <translation>Không có trong danh mục mã.</translation>
        </message>
        <message>
            <location line="-97" />
            <source>This user already exists.</source>
            <translation>Người dùng này đã tồn tại.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="-3" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM; in a file, YYYY-MM-DDTHH:MM).</source>
            <translation>Ngày giờ không hợp lệ (dùng YYYY-MM-DD HH:MM; trong tệp là YYYY-MM-DDTHH:MM).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lies in the future.</source>
            <translation>Thời điểm này nằm trong tương lai.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back is before time out.</source>
            <translation>Giờ về sớm hơn giờ đi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date is before the event.</source>
            <translation>Ngày theo dõi sớm hơn ngày diễn ra sự việc.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a name in native script or in Latin letters.</source>
            <translation>Hãy nhập tên bằng chữ bản ngữ hoặc chữ Latinh.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use katakana only.</source>
            <translation>Chỉ dùng katakana.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A residence card number is 2 letters, 8 digits and 2 letters (AB12345678CD).</source>
            <translation>Số thẻ cư trú gồm 2 chữ cái, 8 chữ số và 2 chữ cái (AB12345678CD).</translation>
        </message>
        <message>
            <location filename="../app/kinds.py" line="-225" />
            <source>Choose at least one topic.</source>
            <translation>Hãy chọn ít nhất một chủ đề.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+4" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>Hãy chọn một người cư trú, hoặc chọn quốc tịch nếu là bản ghi ẩn danh.</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Choose the nationality of each row of unregistered attendees.</source>
            <translation>Hãy chọn quốc tịch cho từng dòng người tham gia chưa đăng ký.</translation>
        </message>
        <message>
            <location filename="../app/reports/config.py" line="-22" />
            <location line="+2" />
            <location line="+4" />
            <location filename="../app/validation.py" line="-167" />
            <source>Out of range.</source>
            <translation>Ngoài phạm vi cho phép.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>More foreign residents than residents.</source>
            <translation>Số người cư trú nước ngoài lớn hơn dân số thị trấn.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not an email address.</source>
            <translation>Không phải địa chỉ email hợp lệ.</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="-55" />
            <source>That resident no longer exists.</source>
            <translation>Người cư trú này không còn tồn tại.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="-20" />
            <source>must be a list of codes.</source>
            <translation>phải là danh sách mã.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>counts must be whole numbers.</source>
            <translation>số đếm phải là số nguyên.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>each contact needs exactly 'app' and 'handle'.</source>
            <translation>mỗi liên hệ cần có đúng 'app' và 'handle'.</translation>
        </message>
        <message>
            <location filename="../app/handover.py" line="-453" />
            <source>At most 20,000 characters.</source>
            <translation>Tối đa 20.000 ký tự.</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="-33" />
            <source>A resident cannot be linked to themselves.</source>
            <translation>Không thể liên kết một người cư trú với chính họ.</translation>
        </message>
        <message>
            <location filename="../app/reports/municipality.py" line="+10" />
            <source>A municipality code has six digits.</source>
            <translation>Mã đơn vị hành chính có sáu chữ số.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last digit of this municipality code does not match the others.</source>
            <translation>Chữ số cuối của mã đơn vị hành chính này không khớp với các chữ số khác.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A municipality code starts with a prefecture number from 01 to 47.</source>
            <translation>Mã đơn vị hành chính bắt đầu bằng số tỉnh từ 01 đến 47.</translation>
        </message>
    </context>
</TS>
