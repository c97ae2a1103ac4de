<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+30" />
            <source>Accompaniment</source>
            <translation>Đi cùng hỗ trợ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>Đi cùng hỗ trợ #%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When you left the office</source>
            <translation>Thời điểm rời văn phòng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time out</source>
            <translation>Giờ đi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When you were back at the office</source>
            <translation>Thời điểm về lại văn phòng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back</source>
            <translation>Giờ về</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resident</source>
            <translation>Người cư trú</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Destination</source>
            <translation>Nơi đến</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Organisation</source>
            <translation>Tổ chức</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facility, counter or department</source>
            <translation>Cơ sở, quầy hoặc phòng ban</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>Cơ sở</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Purpose</source>
            <translation>Mục đích</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Outcome</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>Thông tin cá nhân cần được bảo vệ đặc biệt (要配慮個人情報): chẩn đoán, triệu chứng và điều trị. Chỉ ghi những gì cần cho việc theo dõi, và chỉ khi người cư trú đồng ý.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Health details (sensitive)</source>
            <translation>Thông tin sức khỏe (nhạy cảm)</translation>
        </message>
        <message>
            <location line="+9" />
            <source> km</source>
            <translation> km</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance (round trip)</source>
            <translation>Quãng đường (khứ hồi)</translation>
        </message>
        <message>
            <location line="+5" />
            <source> yen</source>
            <translation> yên</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport cost</source>
            <translation>Chi phí đi lại</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-up date</source>
            <translation>Ngày theo dõi</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+56" />
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
            <source>Record ID (uuid)</source>
            <translation>Mã bản ghi (uuid)</translation>
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
            <location line="+17" />
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
            <location line="+30" />
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
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n dòng</numerusform>
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
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+28" />
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
            <location line="+8" />
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
            <location line="+5" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+7" />
            <source>SNS contacts</source>
            <translation>Liên hệ SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where they can help, e.g. a district</source>
            <translation>Nơi người này có thể hỗ trợ, ví dụ một khu vực</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Địa bàn</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ID or phone number</source>
            <translation>ID hoặc số điện thoại</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+41" />
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
        <name>CodeItemDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+51" />
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
            <location filename="../ui/labels.py" line="+44" />
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
            <location line="+14" />
            <source>Date and time</source>
            <translation>Ngày giờ</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time spent</source>
            <translation>Thời lượng</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Anonymous</source>
            <translation>Ẩn danh</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Resident</source>
            <translation>Người cư trú</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>Quốc tịch (ẩn danh)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language used</source>
            <translation>Ngôn ngữ sử dụng</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Channel</source>
            <translation>Kênh</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SNS app</source>
            <translation>Ứng dụng SNS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Interpreter</source>
            <translation>Phiên dịch</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Topics</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What was asked</source>
            <translation>Nội dung hỏi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What was done</source>
            <translation>Việc đã làm</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Referred to</source>
            <translation>Chuyển tiếp đến</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-up date</source>
            <translation>Ngày theo dõi</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Suggested answers</source>
            <translation>Câu trả lời gợi ý</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="-70" />
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
            <location filename="../ui/session.py" line="+79" />
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
            <location filename="../ui/pages/data_transfer.py" line="+28" />
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
            <location line="+15" />
            <source>Exporting…</source>
            <translation>Đang xuất…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported to %1: %2</source>
            <translation>Đã xuất ra %1: %2</translation>
        </message>
        <message>
            <location line="+18" />
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
            <location filename="../ui/widgets.py" line="+98" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pick a date</source>
            <translation>Chọn ngày</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+74" />
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
        <name>DueTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+26" />
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
        <name>FirstRunWizard</name>
        <message>
            <location filename="../ui/first_run.py" line="+73" />
            <source>Madoguchi — first start</source>
            <translation>Madoguchi — khởi động lần đầu</translation>
        </message>
        <message>
            <location line="+15" />
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
            <location line="+33" />
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
            <location line="+2" />
            <source>Text (*.txt)</source>
            <translation>Văn bản (*.txt)</translation>
        </message>
        <message>
            <location line="+10" />
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
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+53" />
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
            <location filename="../ui/labels.py" line="-42" />
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
            <location line="+6" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add language…</source>
            <translation>Thêm ngôn ngữ…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Question and answer</source>
            <translation>Câu hỏi và câu trả lời</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>Ví dụ: 在留カード, マイナンバーカード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents to bring</source>
            <translation>Giấy tờ cần mang theo</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Organisations that help</source>
            <translation>Tổ chức hỗ trợ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Last reviewed</source>
            <translation>Xem lại lần cuối</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+52" />
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
            <location line="+8" />
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
            <location line="+57" />
            <source>Due</source>
            <translation>Cần xem lại</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>Chưa xem lại trong một năm: hãy kiểm tra xem câu trả lời còn đúng không</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n mục</numerusform>
            </translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entry chosen</source>
            <translation>Chưa chọn mục nào</translation>
        </message>
        <message>
            <location line="+27" />
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
            <location line="+15" />
            <source>Copied</source>
            <translation>Đã sao chép</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Marked as reviewed today</source>
            <translation>Đã đánh dấu xem lại hôm nay</translation>
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
            <location filename="../ui/pages/list_page.py" line="+54" />
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
            <location line="+61" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n bản ghi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/login.py" line="+167" />
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
            <location line="+5" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>Thị trấn mẫu: người dùng %1 hoặc %2, mật khẩu %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>Tên người dùng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Mật khẩu</translation>
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
            <location line="+17" />
            <source>Enter your user name and password.</source>
            <translation>Hãy nhập tên người dùng và mật khẩu.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup was restored. Log in again.</source>
            <translation>Đã khôi phục bản sao lưu. Hãy đăng nhập lại.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+36" />
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
            <location line="+11" />
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
            <location line="+97" />
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
            <location filename="../ui/pages/report_settings.py" line="+50" />
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
            <location line="+5" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages spoken</source>
            <translation>Ngôn ngữ hỗ trợ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An interpreter can be arranged</source>
            <translation>Có thể sắp xếp phiên dịch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>Phiên dịch</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/pages/lists.py" line="-32" />
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
            <location filename="../ui/pages/send_dialog.py" line="+34" />
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
            <location filename="../ui/pages/users.py" line="+78" />
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
            <location filename="../ui/forms/base.py" line="+58" />
            <source>Delete…</source>
            <translation>Xóa…</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Please correct the fields marked in red.</source>
            <translation>Vui lòng sửa các trường được đánh dấu màu đỏ.</translation>
        </message>
        <message>
            <location line="+27" />
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
            <location filename="../ui/login.py" line="+49" />
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
            <location line="+36" />
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
            <location line="+9" />
            <source>Special allocation tax measures…</source>
            <translation>Biện pháp thuế phân bổ đặc biệt…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hide counts below</source>
            <translation>Ẩn số đếm dưới</translation>
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
            <location line="+4" />
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
            <location line="+37" />
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+48" />
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
            <source>Email draft for the prefecture…</source>
            <translation>Bản nháp email gửi tỉnh…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>Gửi cho tỉnh…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Save the report in</source>
            <translation>Lưu báo cáo vào</translation>
        </message>
        <message>
            <location line="+93" />
            <source>Making the report…</source>
            <translation>Đang lập báo cáo…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>Đã lưu:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Making the email draft…</source>
            <translation>Đang tạo bản nháp email…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>Đã lưu. Hãy mở tệp .eml để kiểm tra và gửi từ chương trình email của bạn:</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../ui/forms/resident.py" line="+32" />
            <source>Resident</source>
            <translation>Người cư trú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>Người cư trú #%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Family name (native script)</source>
            <translation>Họ (chữ bản ngữ)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given name (native script)</source>
            <translation>Tên (chữ bản ngữ)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>Họ (chữ Latinh)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>Tên (chữ Latinh)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>Cách đọc (katakana)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Residence status</source>
            <translation>Tư cách lưu trú</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host organisation</source>
            <translation>Nơi làm việc hoặc cơ quan tiếp nhận</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ID or phone number</source>
            <translation>ID hoặc số điện thoại</translation>
        </message>
        <message>
            <location line="+4" />
            <source>SNS contacts</source>
            <translation>Liên hệ SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrival date</source>
            <translation>Ngày đến</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>Đồng ý lưu hồ sơ: ngày</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consent: how</source>
            <translation>Đồng ý: cách thức</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Link</source>
            <translation>Liên kết</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink</source>
            <translation>Bỏ liên kết</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Household</source>
            <translation>Hộ gia đình</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <location filename="../ui/resident_picker.py" line="+23" />
            <source>Type a name in any script…</source>
            <translation>Nhập tên bằng bất kỳ loại chữ nào…</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <location filename="../ui/resident_view.py" line="+46" />
            <source>Timeline</source>
            <translation>Dòng thời gian</translation>
        </message>
        <message>
            <location line="+3" />
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
            <location line="+21" />
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
            <location line="+2" />
            <source>Household</source>
            <translation>Hộ gia đình</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="-74" />
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
            <location filename="../ui/pages/retention_box.py" line="+25" />
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
            <location line="+17" />
            <source>%1 residents anonymised.</source>
            <translation>Đã ẩn danh hóa %1 người cư trú.</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../ui/pages/users.py" line="-70" />
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
        <name>SearchResultsPage</name>
        <message>
            <location filename="../ui/pages/search_results.py" line="+31" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Detail</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 result(s) for “%2”</source>
            <translation>%1 kết quả cho “%2”</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/forms/session.py" line="+37" />
            <source>Session</source>
            <translation>Buổi hoạt động</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>Buổi hoạt động #%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start time</source>
            <translation>Giờ bắt đầu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Topics</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Venue</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held online</source>
            <translation>Tổ chức trực tuyến</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>Trực tuyến</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facilitator</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Registered attendees</source>
            <translation>Người tham dự có hồ sơ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <location line="+0" />
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
            <location line="+8" />
            <source>Unregistered attendees</source>
            <translation>Người tham dự chưa có hồ sơ</translation>
        </message>
        <message>
            <location line="+4" />
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
            <location filename="../ui/pages/lists.py" line="+47" />
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
            <location line="+121" />
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <location line="-114" />
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
            <location line="+7" />
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
            <source>Offered</source>
            <translation>Hiển thị</translation>
        </message>
        <message>
            <location line="+14" />
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
            <location line="+77" />
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
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+29" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>Cơ sở dữ liệu bị hỏng và đã được chuyển sang %1. Không tìm thấy bản sao lưu nào đã được kiểm tra; vui lòng liên hệ bộ phận IT.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>Cơ sở dữ liệu bị hỏng và đã được chuyển sang %1. Khôi phục bản sao lưu đã kiểm tra mới nhất, %2?</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-11" />
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
            <location line="+6" />
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
            <location line="+19" />
            <source>Copied</source>
            <translation>Đã sao chép</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <location filename="../ui/widgets.py" line="+40" />
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../ui/pages/today.py" line="+43" />
            <source>Today, %1</source>
            <translation>Hôm nay, %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Follow-ups overdue (%1)</source>
            <translation>Theo dõi quá hạn (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-ups due today (%1)</source>
            <translation>Theo dõi đến hạn hôm nay (%1)</translation>
        </message>
        <message>
            <location line="+2" />
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
            <location filename="../ui/pages/town_notes.py" line="+37" />
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
            <location line="+29" />
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Making the handover pack…</source>
            <translation>Đang tạo bộ hồ sơ bàn giao…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>Đã lưu:</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+95" />
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
        <name>page</name>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+31" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>Trước tiên, hãy đặt địa chỉ email của tỉnh và máy chủ thư trong Cài đặt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send to the prefecture</source>
            <translation>Gửi cho tỉnh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>Gửi báo cáo %1 (PDF và Excel) đến %2?</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Sending…</source>
            <translation>Đang gửi…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sent to %1.</source>
            <translation>Đã gửi đến %1.</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+43" />
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
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/validation.py" line="+18" />
            <source>Required.</source>
            <translation>Bắt buộc.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>Ngày không hợp lệ (dùng YYYY-MM-DD).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real time (use HH:MM).</source>
            <translation>Giờ không hợp lệ (dùng HH:MM).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM).</source>
            <translation>Ngày giờ không hợp lệ (dùng YYYY-MM-DD HH:MM).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not in the code list.</source>
            <translation>Không có trong danh mục mã.</translation>
        </message>
        <message>
            <location line="+1" />
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
            <source>Choose at least one topic.</source>
            <translation>Hãy chọn ít nhất một chủ đề.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>Hãy chọn một người cư trú, hoặc chọn quốc tịch nếu là bản ghi ẩn danh.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Out of range.</source>
            <translation>Ngoài phạm vi cho phép.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not an email address.</source>
            <translation>Không phải địa chỉ email hợp lệ.</translation>
        </message>
    </context>
</TS>
