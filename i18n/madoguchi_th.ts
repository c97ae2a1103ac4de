<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+29" />
            <source>Accompaniment</source>
            <translation>การพาไปติดต่อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>การพาไปติดต่อ #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+10" />
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you left the office</source>
            <translation>เวลาที่ออกจากสำนักงาน</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time out</source>
            <translation>เวลาออก</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you were back at the office</source>
            <translation>เวลาที่กลับถึงสำนักงาน</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time back</source>
            <translation>เวลากลับ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Resident</source>
            <translation>ผู้พำนัก</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Destination</source>
            <translation>สถานที่ไป</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Organisation</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Facility or counter</source>
            <translation>สถานที่หรือเคาน์เตอร์</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Facility</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>e.g. 内科, 住民課</source>
            <translation>เช่น 内科, 住民課</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Department</source>
            <translation>แผนก</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Who went with the resident</source>
            <translation>ผู้ที่ไปกับผู้พำนัก</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Accompanied by</source>
            <translation>ผู้ไปด้วย</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Interpreter</source>
            <translation>ล่าม</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Purpose</source>
            <translation>วัตถุประสงค์</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Outcome</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+4" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>ข้อมูลส่วนบุคคลที่ต้องใช้ความระมัดระวังเป็นพิเศษ (要配慮個人情報): การวินิจฉัย อาการ และการรักษา บันทึกเฉพาะสิ่งที่จำเป็นต่อการติดตามผล และเฉพาะเมื่อได้รับความยินยอมจากผู้พำนักแล้วเท่านั้น</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Health details (sensitive)</source>
            <translation>ข้อมูลสุขภาพ (ละเอียดอ่อน)</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+9" />
            <source> km</source>
            <translation> กม.</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Distance (round trip)</source>
            <translation>ระยะทาง (ไป-กลับ)</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+5" />
            <source> yen</source>
            <translation> เยน</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Transport cost</source>
            <translation>ค่าเดินทาง</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Follow-up date</source>
            <translation>วันติดตามผล</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+39" />
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>ออก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>กลับ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>ผู้พำนัก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>ชื่อ (อักษรละติน)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>สถานที่ไป</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>แผนก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport (yen)</source>
            <translation>ค่าเดินทาง (เยน)</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="../ui/pages/audit.py" line="+29" />
            <source>Created</source>
            <translation>สร้าง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>แก้ไข</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viewed</source>
            <translation>เปิดดู</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exported</source>
            <translation>ส่งออก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported</source>
            <translation>นำเข้า</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report made</source>
            <translation>จัดทำรายงาน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed</source>
            <translation>พิมพ์</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>สำรองข้อมูล</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>กู้คืน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged in</source>
            <translation>เข้าสู่ระบบ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged out</source>
            <translation>ออกจากระบบ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed login</source>
            <translation>เข้าสู่ระบบไม่สำเร็จ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>ถูกล็อก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocked</source>
            <translation>ปลดล็อก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymised</source>
            <translation>ทำให้ไม่ระบุตัวตน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values removed</source>
            <translation>ลบค่าข้อมูลแล้ว</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location line="+2" />
            <source>User account</source>
            <translation>บัญชีผู้ใช้</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+24" />
            <source>User</source>
            <translation>ผู้ใช้</translation>
        </message>
        <message>
            <location line="-21" />
            <source>From</source>
            <translation>ตั้งแต่</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>ถึง</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record ID (uuid; in a record's tooltip)</source>
            <translation>รหัสบันทึก (uuid; ดูในคำแนะนำของบันทึก)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>แสดง</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Time</source>
            <translation>เวลา</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>การดำเนินการ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>ระเบียน</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changes</source>
            <translation>การเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Verify chain</source>
            <translation>ตรวจสอบห่วงโซ่</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check that no audit row was altered or removed since it was written</source>
            <translation>ตรวจสอบว่าไม่มีแถวบันทึกการตรวจสอบใดถูกแก้ไขหรือลบออกหลังจากที่บันทึกไว้</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Any user</source>
            <translation>ผู้ใช้ทุกคน</translation>
        </message>
        <message>
            <location line="+35" />
            <source>(values removed when the record was purged)</source>
            <translation>(ค่าข้อมูลถูกลบเมื่อล้างระเบียนถาวร)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The newest %1 rows; narrow the filter to see older ones.</source>
            <translation>แสดง %1 แถวล่าสุด จำกัดตัวกรองให้แคบลงเพื่อดูแถวที่เก่ากว่า</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln แถว</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>The audit trail is intact (%1 rows).</source>
            <translation>บันทึกการตรวจสอบครบถ้วนสมบูรณ์ (%1 แถว)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit row %1 was altered or removed.</source>
            <translation>แถวบันทึกการตรวจสอบที่ %1 ถูกแก้ไขหรือถูกลบ</translation>
        </message>
        <message>
            <location filename="../ui/audit_text.py" line="+44" />
            <source>(deleted) %1</source>
            <translation>(ลบแล้ว) %1</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+29" />
            <source>Backups</source>
            <translation>การสำรองข้อมูล</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change folder…</source>
            <translation>เปลี่ยนโฟลเดอร์…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>สำรองข้อมูลตอนนี้</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore from a backup…</source>
            <translation>กู้คืนจากข้อมูลสำรอง…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder</source>
            <translation>โฟลเดอร์</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A verified, encrypted backup is made at the first start of each day and before every import, restore and purge; 7 daily, 4 weekly and 12 monthly are kept.</source>
            <translation>ระบบจะสร้างข้อมูลสำรองที่เข้ารหัสและผ่านการตรวจสอบแล้ว เมื่อเริ่มใช้งานครั้งแรกของแต่ละวัน และก่อนการนำเข้า การกู้คืน และการล้างข้อมูลทุกครั้ง โดยเก็บรายวัน 7 ชุด รายสัปดาห์ 4 ชุด และรายเดือน 12 ชุด</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Folder for backups</source>
            <translation>โฟลเดอร์สำหรับข้อมูลสำรอง</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved.</source>
            <translation>บันทึกแล้ว</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore from a backup</source>
            <translation>กู้คืนจากข้อมูลสำรอง</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>กู้คืน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore %1? The current database is kept aside, never deleted, and the window opens again on the restored records.</source>
            <translation>กู้คืน %1 หรือไม่? ฐานข้อมูลปัจจุบันจะถูกเก็บแยกไว้ ไม่ถูกลบ และหน้าต่างจะเปิดขึ้นใหม่พร้อมระเบียนที่กู้คืนแล้ว</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Backed up to %1</source>
            <translation>สำรองข้อมูลไปยัง %1 แล้ว</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="+79" />
            <source>Bridge person</source>
            <translation>ผู้เชื่อมประสาน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person #%1</source>
            <translation>ผู้เชื่อมประสาน #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+78" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+7" />
            <source>SNS contacts</source>
            <translation>ช่องทางติดต่อ SNS</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Where they can help, e.g. a district</source>
            <translation>พื้นที่ที่ช่วยได้ เช่น เขตหนึ่งๆ</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Area</source>
            <translation>พื้นที่</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+3" />
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>ID or phone number</source>
            <translation>ID หรือหมายเลขโทรศัพท์</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-33" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>พื้นที่</translation>
        </message>
    </context>
    <context>
        <name>CardTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+59" />
            <source>Period of stay ends</source>
            <translation>วันสิ้นสุดการพำนัก</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In</source>
            <translation>อีก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>ผู้พำนัก</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Residence status</source>
            <translation>สถานภาพการพำนัก</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln วัน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>ended %Ln day(s) ago</source>
            <translation>
                <numerusform>สิ้นสุดแล้ว %Ln วันก่อน</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <location filename="../ui/pages/categories_dialog.py" line="+32" />
            <source>Other bodies' categories</source>
            <translation>หมวดหมู่ของหน่วยงานอื่น</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Topics counted in this category</source>
            <translation>หัวข้อที่นับในหมวดหมู่นี้</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Back to the shipped example</source>
            <translation>กลับไปใช้ตัวอย่างที่มากับโปรแกรม</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Topics in no category (counted as unmapped): %1</source>
            <translation>หัวข้อที่ไม่อยู่ในหมวดใด (นับเป็นยังไม่จัดหมวด): %1</translation>
        </message>
    </context>
    <context>
        <name>CodeItemDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+54" />
            <location line="+13" />
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Offered in forms</source>
            <translation>แสดงในแบบฟอร์ม</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Japanese label</source>
            <translation>ป้ายชื่อภาษาญี่ปุ่น</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English label</source>
            <translation>ป้ายชื่อภาษาอังกฤษ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>ลำดับ</translation>
        </message>
    </context>
    <context>
        <name>CodeList</name>
        <message>
            <location filename="../ui/labels.py" line="+73" />
            <source>Consultation topics</source>
            <translation>หัวข้อการปรึกษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channels</source>
            <translation>ช่องทาง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS apps</source>
            <translation>แอป SNS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>สถานที่ไปของการพาไปติดต่อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>ประเภทกิจกรรม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>หัวข้อกิจกรรม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence statuses</source>
            <translation>สถานภาพการพำนัก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationalities</source>
            <translation>สัญชาติ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation kinds</source>
            <translation>ประเภทหน่วยงาน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent methods</source>
            <translation>วิธีให้ความยินยอม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household relations</source>
            <translation>ความสัมพันธ์ในครัวเรือน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreters</source>
            <translation>ล่าม</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+170" />
            <source>Header row and columns</source>
            <translation>แถวหัวตารางและคอลัมน์</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each column's field is guessed from its header name; change it where the guess is wrong. Columns Madoguchi does not know are kept in the notes.</source>
            <translation>ระบบเดาฟิลด์ของแต่ละคอลัมน์จากชื่อหัวคอลัมน์ หากเดาผิดกรุณาเปลี่ยน คอลัมน์ที่ Madoguchi ไม่รู้จักจะเก็บไว้ในหมายเหตุ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheet</source>
            <translation>ชีต</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Header row</source>
            <translation>แถวหัวตาราง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Column</source>
            <translation>คอลัมน์</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Example</source>
            <translation>ตัวอย่าง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>ฟิลด์</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <location filename="../ui/pages/conflicts.py" line="+55" />
            <source>Record</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Found</source>
            <translation>พบเมื่อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>สิ่งที่ต่างกัน</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Field</source>
            <translation>ช่อง</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This device</source>
            <translation>อุปกรณ์นี้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other device</source>
            <translation>อุปกรณ์อื่น</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep</source>
            <translation>เก็บไว้</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All mine</source>
            <translation>ของฉันทั้งหมด</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All theirs</source>
            <translation>ของอีกฝ่ายทั้งหมด</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+120" />
            <source>Resolve</source>
            <translation>แก้ไขข้อขัดแย้ง</translation>
        </message>
        <message>
            <location line="-102" />
            <source>%1 open conflicts. A record changed on two devices since they last synced is kept as it is on each until you choose, field by field, which value to keep.</source>
            <translation>ข้อขัดแย้งที่ยังเปิดอยู่ %1 รายการ บันทึกที่ถูกแก้ไขบนสองอุปกรณ์นับตั้งแต่ซิงค์ครั้งก่อนจะคงไว้ตามเดิมบนแต่ละเครื่อง จนกว่าคุณจะเลือกค่าที่จะเก็บทีละช่อง</translation>
        </message>
        <message>
            <location line="+6" />
            <source>deleted on this device</source>
            <translation>ถูกลบบนอุปกรณ์นี้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deleted on the other device</source>
            <translation>ถูกลบบนอุปกรณ์อื่น</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Resident</source>
            <translation>ผู้พำนัก</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consultation</source>
            <translation>การปรึกษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>การไปเป็นเพื่อน</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>การอบรม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>ผู้ประสานงานชุมชน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>รายการความรู้</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No conflict chosen.</source>
            <translation>ยังไม่ได้เลือกข้อขัดแย้ง</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted on one device and changed on the other. Keep the record, or its deletion?</source>
            <translation>ถูกลบบนอุปกรณ์หนึ่งและถูกแก้ไขบนอีกเครื่อง จะเก็บบันทึกไว้ หรือยืนยันการลบ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the value to keep for each field.</source>
            <translation>เลือกค่าที่จะเก็บสำหรับแต่ละช่อง</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The record</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>deleted</source>
            <translation>ถูกลบ</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>kept</source>
            <translation>ยังอยู่</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Mine</source>
            <translation>ของฉัน</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>ของอีกฝ่าย</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>แก้ไข</translation>
        </message>
    </context>
    <context>
        <name>ConsultationForm</name>
        <message>
            <location filename="../ui/forms/consultation.py" line="+32" />
            <source>Consultation</source>
            <translation>การปรึกษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation #%1</source>
            <translation>การปรึกษา #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-91" />
            <location filename="../ui/forms/consultation.py" line="+15" />
            <source>Date and time</source>
            <translation>วันที่และเวลา</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source> min</source>
            <translation> นาที</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+1" />
            <source>Time spent</source>
            <translation>เวลาที่ใช้</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+6" />
            <source>Anonymous</source>
            <translation>ไม่ระบุตัวตน</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Resident</source>
            <translation>ผู้พำนัก</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>สัญชาติ (ไม่ระบุตัวตน)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Language used</source>
            <translation>ภาษาที่ใช้</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Channel</source>
            <translation>ช่องทาง</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>SNS app</source>
            <translation>แอป SNS</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Interpreter</source>
            <translation>ล่าม</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Topics</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>What was asked</source>
            <translation>เรื่องที่สอบถาม</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>What was done</source>
            <translation>สิ่งที่ดำเนินการ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Referred to</source>
            <translation>ส่งต่อไปยัง</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Follow-up date</source>
            <translation>วันติดตามผล</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+14" />
            <source>Suggested answers</source>
            <translation>คำตอบที่แนะนำ</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+11" />
            <source>Date and time</source>
            <translation>วันที่และเวลา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>ผู้พำนัก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>ชื่อ (อักษรละติน)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>เรื่องที่สอบถาม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>สัญชาติ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>ช่องทาง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>ติดตามผล</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>นาที</translation>
        </message>
    </context>
    <context>
        <name>Curtain</name>
        <message>
            <location filename="../ui/session.py" line="+87" />
            <source>Locked</source>
            <translation>ล็อกอยู่</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Madoguchi (locked)</source>
            <translation>Madoguchi (ล็อกอยู่)</translation>
        </message>
    </context>
    <context>
        <name>DataTransferBox</name>
        <message>
            <location filename="../ui/pages/data_transfer.py" line="+27" />
            <source>All records as a file</source>
            <translation>ระเบียนทั้งหมดเป็นไฟล์</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export all records…</source>
            <translation>ส่งออกระเบียนทั้งหมด…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import records…</source>
            <translation>นำเข้าระเบียน…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export all records</source>
            <translation>ส่งออกระเบียนทั้งหมด</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import records</source>
            <translation>นำเข้าระเบียน</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exporting…</source>
            <translation>กำลังส่งออก…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported to %1: %2</source>
            <translation>ส่งออกไปยัง %1 แล้ว: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Importing…</source>
            <translation>กำลังนำเข้า…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported from %1: %2</source>
            <translation>นำเข้าจาก %1 แล้ว: %2</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../ui/widgets.py" line="+172" />
            <source>Pick a date</source>
            <translation>เลือกวันที่</translation>
        </message>
        <message>
            <location line="+44" />
            <source>not a date</source>
            <translation>ไม่ใช่วันที่</translation>
        </message>
    </context>
    <context>
        <name>DevicesBox</name>
        <message>
            <location filename="../ui/pages/devices.py" line="+63" />
            <source>Sync between devices</source>
            <translation>ซิงค์ระหว่างอุปกรณ์</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose folder…</source>
            <translation>เลือกโฟลเดอร์…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync now</source>
            <translation>ซิงค์ตอนนี้</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+60" />
            <source>Sync folder</source>
            <translation>โฟลเดอร์ซิงค์</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Each device writes an encrypted packet of its changes to this folder (a shared folder or a USB stick) and reads the others' packets. It also happens at login and logout when the folder can be reached.</source>
            <translation>แต่ละอุปกรณ์จะเขียนแพ็กเก็ตที่เข้ารหัสของการเปลี่ยนแปลงลงในโฟลเดอร์นี้ (โฟลเดอร์ที่ใช้ร่วมกันหรือ USB) และอ่านแพ็กเก็ตของเครื่องอื่น ซึ่งจะเกิดขึ้นตอนเข้าสู่ระบบและออกจากระบบด้วยเมื่อเข้าถึงโฟลเดอร์ได้</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Devices of this town</source>
            <translation>อุปกรณ์ของเทศบาลนี้</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device</source>
            <translation>อุปกรณ์</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last heard from</source>
            <translation>ได้รับล่าสุด</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes not yet confirmed</source>
            <translation>การเปลี่ยนแปลงที่ยังไม่ได้รับการยืนยัน</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add device…</source>
            <translation>เพิ่มอุปกรณ์…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+86" />
            <location line="+20" />
            <location line="+9" />
            <source>Revoke device</source>
            <translation>เพิกถอนอุปกรณ์</translation>
        </message>
        <message>
            <location line="-100" />
            <source>(none chosen)</source>
            <translation>(ยังไม่ได้เลือก)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this device</source>
            <translation>อุปกรณ์นี้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>revoked</source>
            <translation>ถูกเพิกถอน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>never</source>
            <translation>ไม่เคย</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open conflicts: %1</source>
            <translation>ข้อขัดแย้งที่ยังเปิดอยู่: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sync</source>
            <translation>ซิงค์</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Syncing…</source>
            <translation>กำลังซิงค์…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Copy of this town for another device</source>
            <translation>สำเนาของเทศบาลนี้สำหรับอุปกรณ์อื่น</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi database (*.db)</source>
            <translation>ฐานข้อมูล Madoguchi (*.db)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add device</source>
            <translation>เพิ่มอุปกรณ์</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device %1 added. Copy both files (%2 and its .keys file) to the other device's data folder.</source>
            <translation>เพิ่มอุปกรณ์ %1 แล้ว คัดลอกทั้งสองไฟล์ (%2 และไฟล์ .keys ของมัน) ไปยังโฟลเดอร์ข้อมูลของอุปกรณ์อื่น</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refuse every packet of device %1 from now on, on every device, and give this database a new key? Do this for a lost or retired device.</source>
            <translation>ปฏิเสธทุกแพ็กเก็ตของอุปกรณ์ %1 ตั้งแต่นี้ไปบนทุกอุปกรณ์ และตั้งกุญแจใหม่ให้ฐานข้อมูลนี้หรือไม่ ทำเช่นนี้กับอุปกรณ์ที่หายหรือเลิกใช้แล้ว</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Revoking device…</source>
            <translation>กำลังเพิกถอนอุปกรณ์…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Device %1 is revoked, but this database was not re-keyed: the accounts %2 were made by an older Madoguchi and change at their next login; revoke the device again after that.</source>
            <translation>เพิกถอนอุปกรณ์ %1 แล้ว แต่ฐานข้อมูลนี้ยังไม่ได้เปลี่ยนกุญแจ: บัญชี %2 สร้างโดย Madoguchi รุ่นเก่าและจะเปลี่ยนเมื่อเข้าสู่ระบบครั้งถัดไป หลังจากนั้นให้เพิกถอนอุปกรณ์อีกครั้ง</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Device %1 is revoked and this database has a new key: backups made from now on cannot be opened with the lost device's key.</source>
            <translation>เพิกถอนอุปกรณ์ %1 แล้ว และฐานข้อมูลนี้มีกุญแจใหม่: ข้อมูลสำรองที่ทำต่อจากนี้ไม่สามารถเปิดด้วยกุญแจของอุปกรณ์ที่หายได้</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No other device was left, so the town has a new sync key: devices added from now on get it; the lost device's packets are refused.</source>
            <translation>ไม่มีอุปกรณ์อื่นเหลืออยู่ เทศบาลจึงมีกุญแจซิงค์ใหม่: อุปกรณ์ที่เพิ่มต่อจากนี้จะได้กุญแจนี้ แพ็กเก็ตของอุปกรณ์ที่หายจะถูกปฏิเสธ</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+76" />
            <source>Organisations</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge persons</source>
            <translation>ผู้เชื่อมประสาน</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+256" />
            <source>Imported</source>
            <translation>นำเข้าเสร็จแล้ว</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The records are in Madoguchi; each keeps the file, sheet and row it came from.</source>
            <translation>ระเบียนอยู่ใน Madoguchi แล้ว แต่ละระเบียนเก็บข้อมูลไฟล์ ชีต และแถวที่มา</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the import report (CSV)…</source>
            <translation>บันทึกรายงานการนำเข้า (CSV)…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 residents were added and %2 updated; %3 not on the roster are listed in the report to check. A backup was made first.</source>
            <translation>เพิ่มผู้พำนัก %1 คน และอัปเดต %2 คน ผู้พำนัก %3 คนที่ไม่อยู่ในทะเบียนแสดงไว้ในรายงานเพื่อให้ตรวจสอบ ได้สำรองข้อมูลไว้ก่อนแล้ว</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 consultations were imported; %2 residents were added and %3 already known ones were linked. A backup was made first.</source>
            <translation>นำเข้าการปรึกษา %1 รายการ เพิ่มผู้พำนัก %2 คน และเชื่อมโยงกับผู้พำนักที่มีอยู่แล้ว %3 คน ได้สำรองข้อมูลไว้ก่อนแล้ว</translation>
        </message>
    </context>
    <context>
        <name>DueTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="-41" />
            <source>Follow-up</source>
            <translation>ติดตามผล</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consulted</source>
            <translation>วันที่ปรึกษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>ผู้พำนัก</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>เรื่องที่สอบถาม</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ui/errors.py" line="+26" />
            <source>Something unexpected went wrong (%1). Your saved records are safe; what happened was written to %2 for your IT staff.</source>
            <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด (%1) ระเบียนที่บันทึกไว้แล้วยังปลอดภัย รายละเอียดของสิ่งที่เกิดขึ้นถูกเขียนไว้ใน %2 สำหรับเจ้าหน้าที่ไอที</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-411" />
            <source>Choose the file and its sheets</source>
            <translation>เลือกไฟล์และชีต</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An Excel workbook (.xlsx, .xls) or a CSV file: an old log of consultations, or the resident roster. Nothing is written until the last step.</source>
            <translation>เวิร์กบุ๊ก Excel (.xlsx, .xls) หรือไฟล์ CSV: บันทึกการปรึกษาเก่า หรือทะเบียนผู้พำนัก จะยังไม่มีการบันทึกข้อมูลใดๆ จนถึงขั้นตอนสุดท้าย</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A log of consultations</source>
            <translation>บันทึกการปรึกษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident roster (住民基本台帳 extract)</source>
            <translation>ทะเบียนผู้พำนัก (ข้อมูลที่ดึงจาก 住民基本台帳)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file holds:</source>
            <translation>ไฟล์นี้มี:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose file…</source>
            <translation>เลือกไฟล์…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+54" />
            <source>Mapping profile: none (guessed from the file)</source>
            <translation>โปรไฟล์การจับคู่: ไม่มี (เดาจากไฟล์)</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Load mapping profile…</source>
            <translation>โหลดโปรไฟล์การจับคู่…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheets to import:</source>
            <translation>ชีตที่จะนำเข้า:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reading the file…</source>
            <translation>กำลังอ่านไฟล์…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 (%2 rows)</source>
            <translation>%1 (%2 แถว)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Mapping profile: %1</source>
            <translation>โปรไฟล์การจับคู่: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../ui/first_run.py" line="+86" />
            <source>Madoguchi — first start</source>
            <translation>Madoguchi — เริ่มใช้งานครั้งแรก</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Welcome to Madoguchi</source>
            <translation>ยินดีต้อนรับสู่ Madoguchi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no database here yet. Madoguchi will make a new encrypted database in:</source>
            <translation>ยังไม่มีฐานข้อมูลที่นี่ Madoguchi จะสร้างฐานข้อมูลใหม่ที่เข้ารหัสไว้ใน:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>First, the town's name and the administrator: the clerk who looks after Madoguchi, adds the other users and keeps the recovery code.</source>
            <translation>ขั้นแรก ให้ระบุชื่อเมืองและผู้ดูแลระบบ: เจ้าหน้าที่ที่ดูแล Madoguchi เพิ่มผู้ใช้คนอื่น และเก็บรักษารหัสกู้คืน</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>อย่างน้อย %1 ตัวอักษร</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (Japanese)</source>
            <translation>ชื่อเมือง (ภาษาญี่ปุ่น)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator's user name</source>
            <translation>ชื่อผู้ใช้ของผู้ดูแลระบบ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>รหัสผ่าน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password again</source>
            <translation>รหัสผ่านอีกครั้ง</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the database</source>
            <translation>สร้างฐานข้อมูล</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Please enter the town's name.</source>
            <translation>กรุณากรอกชื่อเมือง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please enter a user name for the administrator.</source>
            <translation>กรุณากรอกชื่อผู้ใช้สำหรับผู้ดูแลระบบ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use at least %1 characters for the password.</source>
            <translation>รหัสผ่านต้องมีอย่างน้อย %1 ตัวอักษร</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two passwords are not the same.</source>
            <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder %1 does not exist.</source>
            <translation>ไม่มีโฟลเดอร์ %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The recovery code</source>
            <translation>รหัสกู้คืน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If every administrator password is lost, only this code opens the database. It is shown now and never again, and Madoguchi does not keep it.</source>
            <translation>หากรหัสผ่านของผู้ดูแลระบบทุกคนสูญหาย จะมีเพียงรหัสนี้เท่านั้นที่เปิดฐานข้อมูลได้ รหัสนี้จะแสดงเพียงครั้งนี้ครั้งเดียว และ Madoguchi จะไม่เก็บรหัสนี้ไว้</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print it, or write it down by hand, and keep the paper in the office safe. Do not keep it on this computer or in email.</source>
            <translation>พิมพ์ออกมาหรือจดด้วยมือ แล้วเก็บกระดาษไว้ในตู้นิรภัยของสำนักงาน อย่าเก็บไว้ในคอมพิวเตอร์เครื่องนี้หรือในอีเมล</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printing is not available here. Write the code down by hand now and keep the paper in the office safe. Save it as a text file only to print it elsewhere, then delete the file.</source>
            <translation>ไม่สามารถพิมพ์จากที่นี่ได้ กรุณาจดรหัสด้วยมือตอนนี้ แล้วเก็บกระดาษไว้ในตู้นิรภัยของสำนักงาน บันทึกเป็นไฟล์ข้อความเฉพาะเพื่อนำไปพิมพ์ที่อื่นเท่านั้น แล้วลบไฟล์ทิ้ง</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation>พิมพ์…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as text file…</source>
            <translation>บันทึกเป็นไฟล์ข้อความ…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I have written down or printed the recovery code</source>
            <translation>ฉันได้จดหรือพิมพ์รหัสกู้คืนแล้ว</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finish and open Madoguchi</source>
            <translation>เสร็จสิ้นและเปิด Madoguchi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Madoguchi recovery code</source>
            <translation>รหัสกู้คืน Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep this paper in the office safe. Anyone who has it and the database file can read every record.</source>
            <translation>เก็บกระดาษนี้ไว้ในตู้นิรภัยของสำนักงาน ผู้ที่มีกระดาษนี้และไฟล์ฐานข้อมูลจะอ่านระเบียนได้ทั้งหมด</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Sent to the printer.</source>
            <translation>ส่งไปยังเครื่องพิมพ์แล้ว</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save the recovery code</source>
            <translation>บันทึกรหัสกู้คืน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt)</source>
            <translation>ข้อความ (*.txt)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not save: %1</source>
            <translation>บันทึกไม่ได้: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved. Print it, then delete the file.</source>
            <translation>บันทึกแล้ว กรุณาพิมพ์ แล้วลบไฟล์ทิ้ง</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../ui/pages/today.py" line="+52" />
            <source>First steps</source>
            <translation>ขั้นตอนแรก</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This town has no records yet. A new town usually starts so:</source>
            <translation>ท้องถิ่นนี้ยังไม่มีบันทึก โดยทั่วไปเริ่มต้นดังนี้:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1. The town's name and the report settings</source>
            <translation>1. ชื่อท้องถิ่นและการตั้งค่ารายงาน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2. Accounts for the staff (the CIR, a colleague)</source>
            <translation>2. บัญชีของเจ้าหน้าที่ (CIR, เพื่อนร่วมงาน)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3. Old records from Excel or CSV, and the roster</source>
            <translation>3. บันทึกเก่าจาก Excel หรือ CSV และทะเบียนผู้พำนัก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4. A knowledge pack from another town</source>
            <translation>4. ชุดถาม-ตอบจากท้องถิ่นอื่น</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+125" />
            <source>Unexpected error (%1).</source>
            <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด (%1)</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>KbStatus</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+33" />
            <source>Draft</source>
            <translation>ฉบับร่าง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>เผยแพร่แล้ว</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <location filename="../ui/labels.py" line="-66" />
            <source>Resident</source>
            <translation>ผู้พำนัก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation</source>
            <translation>การปรึกษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>การพาไปติดต่อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>ผู้เชื่อมประสาน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>รายการความรู้</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeForm</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+44" />
            <source>Knowledge entry</source>
            <translation>รายการความรู้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry #%1</source>
            <translation>รายการความรู้ #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+54" />
            <location filename="../ui/forms/knowledge.py" line="+6" />
            <source>Topic</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+7" />
            <source>Add language…</source>
            <translation>เพิ่มภาษา…</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+9" />
            <source>Question and answer</source>
            <translation>คำถามและคำตอบ</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>ตัวอย่าง: 在留カード, マイナンバーカード</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+1" />
            <source>Documents to bring</source>
            <translation>เอกสารที่ต้องนำมา</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+12" />
            <source>Organisations that help</source>
            <translation>หน่วยงานที่ให้ความช่วยเหลือ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Last reviewed</source>
            <translation>ทบทวนล่าสุด</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePack</name>
        <message>
            <location filename="../ui/kb_pack.py" line="+22" />
            <source>Knowledge pack from %1: %2 new, %3 changed, %4 already here; %5 organisations to add. Import it?</source>
            <translation>ชุดถาม-ตอบจาก %1: ใหม่ %2 เปลี่ยนแปลง %3 มีอยู่แล้ว %4 หน่วยงานที่จะเพิ่ม %5 นำเข้าหรือไม่</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import a knowledge pack</source>
            <translation>นำเข้าชุดถาม-ตอบ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export a knowledge pack</source>
            <translation>ส่งออกชุดถาม-ตอบ</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 published entries were written to %2.</source>
            <translation>เขียนรายการที่เผยแพร่ %1 รายการไปยัง %2 แล้ว</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+57" />
            <source>Search questions and answers, in any language</source>
            <translation>ค้นหาคำถามและคำตอบ ได้ทุกภาษา</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Any topic</source>
            <translation>ทุกหัวข้อ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show drafts</source>
            <translation>แสดงฉบับร่าง</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New entry…</source>
            <translation>รายการใหม่…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New knowledge entry (Ctrl+N)</source>
            <translation>รายการความรู้ใหม่ (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Knowledge packs</source>
            <translation>ชุดถาม-ตอบ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share the published entries with another town, or take theirs in</source>
            <translation>แบ่งปันรายการที่เผยแพร่กับท้องถิ่นอื่น หรือรับของท้องถิ่นอื่นเข้ามา</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a knowledge pack…</source>
            <translation>นำเข้าชุดถาม-ตอบ…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export a knowledge pack…</source>
            <translation>ส่งออกชุดถาม-ตอบ…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Topic</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>คำถาม</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Languages</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last reviewed</source>
            <translation>ทบทวนล่าสุด</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Used</source>
            <translation>ใช้แล้ว</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Review</source>
            <translation>ทบทวน</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Copy for SNS</source>
            <translation>คัดลอกสำหรับ SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the question and answer in the chosen language, as plain text for Messenger, Zalo or LINE</source>
            <translation>คัดลอกคำถามและคำตอบในภาษาที่เลือก เป็นข้อความธรรมดาสำหรับ Messenger, Zalo หรือ LINE</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit…</source>
            <translation>แก้ไข…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark reviewed</source>
            <translation>ทำเครื่องหมายว่าทบทวนแล้ว</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer is still right: record today as its review date</source>
            <translation>คำตอบยังถูกต้องอยู่: บันทึกวันนี้เป็นวันที่ทบทวน</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Due</source>
            <translation>ถึงกำหนด</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>ไม่ได้ทบทวนมาหนึ่งปีแล้ว: ตรวจสอบว่าคำตอบยังถูกต้องอยู่</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entry chosen</source>
            <translation>ไม่ได้เลือกรายการ</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Documents to bring:</source>
            <translation>เอกสารที่ต้องนำมา:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisations that help:</source>
            <translation>หน่วยงานที่ช่วยเหลือได้:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Never reviewed</source>
            <translation>ยังไม่เคยทบทวน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last reviewed %1 by %2</source>
            <translation>ทบทวนล่าสุด %1 โดย %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last reviewed %1</source>
            <translation>ทบทวนล่าสุด %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From %1</source>
            <translation>จาก %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copied</source>
            <translation>คัดลอกแล้ว</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Marked as reviewed today</source>
            <translation>ทำเครื่องหมายว่าทบทวนแล้ววันนี้</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <location filename="../ui/login.py" line="+94" />
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="-67" />
            <source>Question</source>
            <translation>คำถาม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>คำตอบ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this language</source>
            <translation>นำภาษานี้ออก</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../ui/pages/list_page.py" line="+50" />
            <source>From</source>
            <translation>ตั้งแต่</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>ถึง</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Any status</source>
            <translation>ทุกสถานะ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any topic</source>
            <translation>ทุกหัวข้อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any language</source>
            <translation>ทุกภาษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any nationality</source>
            <translation>ทุกสัญชาติ</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New…</source>
            <translation>ใหม่…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New record (Ctrl+N)</source>
            <translation>ระเบียนใหม่ (Ctrl+N)</translation>
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>%Ln ระเบียน</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/login.py" line="+96" />
            <source>Madoguchi — log in</source>
            <translation>Madoguchi — เข้าสู่ระบบ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked. Log in to continue, or log in as another user.</source>
            <translation>ล็อกอยู่ เข้าสู่ระบบเพื่อทำงานต่อ หรือเข้าสู่ระบบในฐานะผู้ใช้อื่น</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log in to Madoguchi</source>
            <translation>เข้าสู่ระบบ Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: %1</source>
            <translation>ฐานข้อมูล: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>เมืองตัวอย่าง: ผู้ใช้ %1 หรือ %2 รหัสผ่าน %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User name</source>
            <translation>ชื่อผู้ใช้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>รหัสผ่าน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the recovery code…</source>
            <translation>ใช้รหัสกู้คืน…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log in</source>
            <translation>เข้าสู่ระบบ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit Madoguchi</source>
            <translation>ออกจาก Madoguchi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Enter your user name and password.</source>
            <translation>กรุณากรอกชื่อผู้ใช้และรหัสผ่าน</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The backup was restored. Log in again.</source>
            <translation>กู้คืนข้อมูลสำรองแล้ว กรุณาเข้าสู่ระบบอีกครั้ง</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Opening the database… The first login after an update prepares the file once; on a large town this can take a minute.</source>
            <translation>กำลังเปิดฐานข้อมูล… การเข้าสู่ระบบครั้งแรกหลังการอัปเดตจะเตรียมไฟล์เพียงครั้งเดียว สำหรับเมืองขนาดใหญ่อาจใช้เวลาประมาณหนึ่งนาที</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+30" />
            <source>Today</source>
            <translation>วันนี้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residents</source>
            <translation>ผู้พำนัก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations</source>
            <translation>การปรึกษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniments</source>
            <translation>การพาไปติดต่อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Directory</source>
            <translation>สมุดรายชื่อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge</source>
            <translation>ฐานความรู้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>รายงาน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover</source>
            <translation>ส่งมอบงาน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>การตั้งค่า</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Users</source>
            <translation>ผู้ใช้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit</source>
            <translation>บันทึกตรวจสอบ</translation>
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
            <translation>ค้นหา</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Search residents and consultations (Ctrl+F): any script, any name form</source>
            <translation>ค้นหาผู้พำนักและการปรึกษา (Ctrl+F): ได้ทุกตัวอักษร ทุกรูปแบบชื่อ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find</source>
            <translation>ค้นหา</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New record</source>
            <translation>ระเบียนใหม่</translation>
        </message>
        <message>
            <location line="+143" />
            <source>administrator</source>
            <translation>ผู้ดูแลระบบ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>staff</source>
            <translation>เจ้าหน้าที่</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock / switch user</source>
            <translation>ล็อก / สลับผู้ใช้</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock the window, or let another user log in (Ctrl+L)</source>
            <translation>ล็อกหน้าต่าง หรือให้ผู้ใช้อื่นเข้าสู่ระบบ (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>MeasuresDialog</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+51" />
            <source>Special allocation tax measures</source>
            <translation>มาตรการภาษีจัดสรรพิเศษ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consultation topics</source>
            <translation>หัวข้อการปรึกษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations with interpreter</source>
            <translation>การปรึกษาที่ใช้ล่าม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>ประเภทกิจกรรม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>หัวข้อกิจกรรม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>สถานที่ไปของการพาไปติดต่อ</translation>
        </message>
    </context>
    <context>
        <name>OldRecordsBox</name>
        <message>
            <location filename="../ui/table_import.py" line="+171" />
            <source>Old records from Excel or CSV</source>
            <translation>ระเบียนเก่าจาก Excel หรือ CSV</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import from Excel/CSV…</source>
            <translation>นำเข้าจาก Excel/CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A consultation log kept in Excel or CSV, or the resident roster: preview every row first, then import all or nothing.</source>
            <translation>บันทึกการปรึกษาที่เก็บไว้ใน Excel หรือ CSV หรือทะเบียนผู้พำนัก: ดูตัวอย่างทุกแถวก่อน แล้วจึงนำเข้าทั้งหมดหรือไม่นำเข้าเลย</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="-88" />
            <source>Organisation</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation #%1</source>
            <translation>หน่วยงาน #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-64" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Address</source>
            <translation>ที่อยู่</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages spoken</source>
            <translation>ภาษาที่ใช้ได้</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>An interpreter can be arranged</source>
            <translation>สามารถจัดหาล่ามได้</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Interpreter</source>
            <translation>ล่าม</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+4" />
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-30" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>ล่าม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>ที่อยู่</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+39" />
            <source>SMTP password</source>
            <translation>รหัสผ่าน SMTP</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password for %1 at %2</source>
            <translation>รหัสผ่านสำหรับ %1 ที่ %2</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../ui/pages/users.py" line="+73" />
            <source>Password</source>
            <translation>รหัสผ่าน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember it in this computer's keyring</source>
            <translation>จำไว้ในพวงกุญแจ (keyring) ของคอมพิวเตอร์เครื่องนี้</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No secure keyring is available, so Madoguchi asks every time.</source>
            <translation>ไม่มีพวงกุญแจ (keyring) ที่ปลอดภัย Madoguchi จึงจะถามทุกครั้ง</translation>
        </message>
        <message>
            <location filename="../ui/pages/users.py" line="-19" />
            <source>Add user</source>
            <translation>เพิ่มผู้ใช้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set password for %1</source>
            <translation>ตั้งรหัสผ่านสำหรับ %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>อย่างน้อย %1 ตัวอักษร</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>ชื่อผู้ใช้</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>บทบาท</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password again</source>
            <translation>รหัสผ่านอีกครั้ง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff can keep records and make the aggregated reports. Only administrators manage users and settings, export personal data and delete data for good.</source>
            <translation>เจ้าหน้าที่สามารถบันทึกระเบียนและจัดทำรายงานสรุปได้ เฉพาะผู้ดูแลระบบเท่านั้นที่จัดการผู้ใช้และการตั้งค่า ส่งออกข้อมูลส่วนบุคคล และลบข้อมูลอย่างถาวร</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The two passwords are not the same.</source>
            <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../ui/labels.py" line="+72" />
            <source>Anonymous (%1)</source>
            <translation>ไม่ระบุชื่อ (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nationality unknown</source>
            <translation>ไม่ทราบสัญชาติ</translation>
        </message>
    </context>
    <context>
        <name>PrefecturePage</name>
        <message>
            <location filename="../ui/pages/prefecture.py" line="+42" />
            <source>Madoguchi — prefecture roll-up</source>
            <translation>Madoguchi — สรุปรวมระดับจังหวัด</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the annual data files (.json) the towns sent, check them, then make the prefecture's report (PDF, Excel and CSV). No town database is needed.</source>
            <translation>เพิ่มไฟล์ข้อมูลประจำปี (.json) ที่เทศบาลส่งมา ตรวจสอบ แล้วจัดทำรายงานของจังหวัด (PDF, Excel และ CSV) ไม่ต้องใช้ฐานข้อมูลของเทศบาล</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add files…</source>
            <translation>เพิ่มไฟล์…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>นำออก</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove all</source>
            <translation>นำออกทั้งหมด</translation>
        </message>
        <message>
            <location line="+8" />
            <source>File</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Town</source>
            <translation>เทศบาล</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Municipality code</source>
            <translation>รหัสองค์กรปกครองท้องถิ่น</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts</source>
            <translation>จำนวน</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Version</source>
            <translation>เวอร์ชัน</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Accept provisional files (the roll-up is then provisional)</source>
            <translation>รับไฟล์ชั่วคราวด้วย (ผลสรุปรวมจะเป็นแบบชั่วคราว)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counts from 1 to one less than this are hidden as x in the prefecture's report.</source>
            <translation>จำนวนตั้งแต่ 1 ถึงน้อยกว่าค่านี้หนึ่ง จะถูกซ่อนเป็น x ในรายงานของจังหวัด</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide counts below</source>
            <translation>ซ่อนจำนวนที่ต่ำกว่า</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the files</source>
            <translation>ตรวจสอบไฟล์</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the prefecture's report…</source>
            <translation>จัดทำรายงานของจังหวัด…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Annual data files</source>
            <translation>ไฟล์ข้อมูลประจำปี</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual data files (*.json)</source>
            <translation>ไฟล์ข้อมูลประจำปี (*.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the prefecture's report in</source>
            <translation>บันทึกรายงานของจังหวัดไว้ที่</translation>
        </message>
        <message>
            <location line="+39" />
            <source>exact</source>
            <translation>ตามจริง</translation>
        </message>
        <message>
            <location line="+0" />
            <source>suppressed</source>
            <translation>ซ่อนแล้ว</translation>
        </message>
        <message>
            <location line="+1" />
            <source>provisional to %1</source>
            <translation>ชั่วคราวถึง %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>final</source>
            <translation>ฉบับสมบูรณ์</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 files of %2 are ready to roll up.</source>
            <translation>%1 จาก %2 ไฟล์พร้อมสรุปรวม</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Making the prefecture's report…</source>
            <translation>กำลังจัดทำรายงานของจังหวัด…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>บันทึกแล้ว:</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+183" />
            <source>Preview</source>
            <translation>ดูตัวอย่าง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every row of the file and what will become of it. The import adds all of it, or nothing.</source>
            <translation>ทุกแถวของไฟล์และสิ่งที่จะเกิดขึ้นกับแต่ละแถว การนำเข้าจะเพิ่มข้อมูลทั้งหมด หรือไม่เพิ่มเลย</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import</source>
            <translation>นำเข้า</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import the other rows, and list rows with problems as skipped</source>
            <translation>นำเข้าแถวอื่น และระบุแถวที่มีปัญหาว่าข้ามไป</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile…</source>
            <translation>บันทึกโปรไฟล์การจับคู่…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save preview as CSV…</source>
            <translation>บันทึกตัวอย่างเป็น CSV…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 rows: %2 new residents, %3 to update, %4 unchanged, %5 skipped, %6 with problems; %7 residents in Madoguchi are not on the roster (listed to check; they are not changed).</source>
            <translation>%1 แถว: ผู้พำนักใหม่ %2 คน ต้องอัปเดต %3 แถว ไม่เปลี่ยนแปลง %4 แถว ข้าม %5 แถว มีปัญหา %6 แถว ผู้พำนักใน Madoguchi %7 คนไม่อยู่ในทะเบียน (แสดงไว้เพื่อตรวจสอบ จะไม่มีการเปลี่ยนแปลง)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 rows: %2 to import, %3 skipped, %4 with problems. Residents: %5 new, %6 already in Madoguchi.</source>
            <translation>%1 แถว: จะนำเข้า %2 แถว ข้าม %3 แถว มีปัญหา %4 แถว ผู้พำนัก: ใหม่ %5 คน มีอยู่ใน Madoguchi แล้ว %6 คน</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rows with problems stop the import: correct the file or the mapping (Back), or tick the box above.</source>
            <translation>แถวที่มีปัญหาจะทำให้นำเข้าไม่ได้ กรุณาแก้ไขไฟล์หรือการจับคู่ (ย้อนกลับ) หรือเลือกช่องด้านบน</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile</source>
            <translation>บันทึกโปรไฟล์การจับคู่</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mapping profile saved: %1</source>
            <translation>บันทึกโปรไฟล์การจับคู่แล้ว: %1</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../ui/qt_strings.py" line="+10" />
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>ใช่(&amp;Y)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>ไม่(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>ไม่บันทึก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>นำไปใช้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>รีเซ็ต</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>วิธีใช้</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../ui/forms/base.py" line="+62" />
            <source>Delete…</source>
            <translation>ลบ…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print…</source>
            <translation>พิมพ์…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This record was also changed on another device: it has an open conflict (Settings › Conflicts).</source>
            <translation>บันทึกนี้ถูกแก้ไขบนอุปกรณ์อื่นด้วย: มีข้อขัดแย้งที่ยังเปิดอยู่ (การตั้งค่า › ข้อขัดแย้ง)</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Please correct the fields marked in red.</source>
            <translation>กรุณาแก้ไขช่องที่ทำเครื่องหมายสีแดง</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this record? This cannot be undone.</source>
            <translation>ลบระเบียนนี้หรือไม่? การดำเนินการนี้ไม่สามารถย้อนกลับได้</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unsaved changes</source>
            <translation>การเปลี่ยนแปลงที่ยังไม่บันทึก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record has changes that are not saved. Save them?</source>
            <translation>ระเบียนนี้มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก ต้องการบันทึกหรือไม่?</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../ui/login.py" line="+56" />
            <source>Use the recovery code</source>
            <translation>ใช้รหัสกู้คืน</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the recovery code from the paper kept in the office safe. Then choose a new password for the administrator.</source>
            <translation>พิมพ์รหัสกู้คืนจากกระดาษที่เก็บไว้ในตู้นิรภัยของสำนักงาน แล้วตั้งรหัสผ่านใหม่สำหรับผู้ดูแลระบบ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check the code</source>
            <translation>ตรวจสอบรหัส</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>รหัสกู้คืน</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Administrator</source>
            <translation>ผู้ดูแลระบบ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password</source>
            <translation>รหัสผ่านใหม่</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password again</source>
            <translation>รหัสผ่านใหม่อีกครั้ง</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set password and log in</source>
            <translation>ตั้งรหัสผ่านและเข้าสู่ระบบ</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This database has no active administrator.</source>
            <translation>ฐานข้อมูลนี้ไม่มีผู้ดูแลระบบที่ใช้งานอยู่</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The two passwords are not the same.</source>
            <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
        </message>
    </context>
    <context>
        <name>ReportSettingsBox</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+36" />
            <source>Reports</source>
            <translation>รายงาน</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counts from 1 to one less than this are hidden as x in the annual report.</source>
            <translation>จำนวนตั้งแต่ 1 ถึงน้อยกว่าค่านี้หนึ่ง จะแสดงเป็น x ในรายงานประจำปี</translation>
        </message>
        <message>
            <location line="+10" />
            <source>same as above</source>
            <translation>เหมือนด้านบน</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A hidden count is protected when a reader of every table published this year cannot narrow it to a range narrower than this.</source>
            <translation>ตัวเลขที่ซ่อนได้รับการปกป้องเมื่อผู้อ่านตารางทั้งหมดที่เผยแพร่ในปีนี้ไม่สามารถจำกัดให้แคบกว่าค่านี้ได้</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from the town's name</source>
            <translation>ตามชื่อท้องถิ่น</translation>
        </message>
        <message>
            <location line="+10" />
            <source>全国地方公共団体コード: six digits, the last one a check digit.</source>
            <translation>全国地方公共団体コード (รหัสองค์กรปกครองท้องถิ่น): หกหลัก หลักสุดท้ายเป็นเลขตรวจสอบ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>suppressed counts, as in the report</source>
            <translation>จำนวนที่ซ่อนแล้ว เหมือนในรายงาน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exact counts, for the prefecture to suppress</source>
            <translation>จำนวนตามจริง ให้จังหวัดเป็นผู้ซ่อน</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special allocation tax measures…</source>
            <translation>มาตรการภาษีจัดสรรพิเศษ…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other bodies' categories…</source>
            <translation>หมวดหมู่ของหน่วยงานอื่น…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide counts below</source>
            <translation>ซ่อนจำนวนที่ต่ำกว่า</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protection width</source>
            <translation>ความกว้างการปกป้อง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality</source>
            <translation>ประเภทท้องถิ่น</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality code</source>
            <translation>รหัสองค์กรปกครองท้องถิ่น</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The annual data file carries</source>
            <translation>ไฟล์ข้อมูลประจำปีมี</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town population</source>
            <translation>จำนวนประชากรของเมือง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foreign residents</source>
            <translation>ผู้พำนักชาวต่างชาติ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>แผนก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact (mail signature)</source>
            <translation>ติดต่อ (ลายเซ็นอีเมล)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending to the prefecture</source>
            <translation>การส่งไปยังจังหวัด</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use STARTTLS</source>
            <translation>ใช้ STARTTLS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Forget the saved password</source>
            <translation>ลบรหัสผ่านที่บันทึกไว้</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prefecture's address</source>
            <translation>ที่อยู่อีเมลของจังหวัด</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From address</source>
            <translation>ที่อยู่ผู้ส่ง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>หัวเรื่อง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>ข้อความ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail server (SMTP)</source>
            <translation>เซิร์ฟเวอร์อีเมล (SMTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>ผู้ใช้</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save report settings</source>
            <translation>บันทึกการตั้งค่ารายงาน</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password is kept only in this computer's keyring, never in a file.</source>
            <translation>รหัสผ่านจะเก็บไว้ในพวงกุญแจ (keyring) ของคอมพิวเตอร์เครื่องนี้เท่านั้น ไม่เก็บในไฟล์</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure keyring here: Madoguchi asks for the password every time.</source>
            <translation>ไม่มีพวงกุญแจ (keyring)ที่ปลอดภัยในเครื่องนี้: Madoguchi จะถามรหัสผ่านทุกครั้ง</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Saved.</source>
            <translation>บันทึกแล้ว</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+49" />
            <source>Monthly report</source>
            <translation>รายงานประจำเดือน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual report for the prefecture</source>
            <translation>รายงานประจำปีสำหรับจังหวัด</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Preview</source>
            <translation>ดูตัวอย่าง</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Export PDF…</source>
            <translation>ส่งออก PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export Excel…</source>
            <translation>ส่งออก Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>ส่งออก CSV…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print…</source>
            <translation>พิมพ์…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the file made</source>
            <translation>เปิดไฟล์ที่สร้าง</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email draft for the prefecture…</source>
            <translation>ร่างอีเมลสำหรับจังหวัด…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>ส่งไปยังจังหวัด…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attach the annual data file (for the prefecture's roll-up)</source>
            <translation>แนบไฟล์ข้อมูลประจำปี (สำหรับการสรุปรวมของจังหวัด)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save the report in</source>
            <translation>บันทึกรายงานไว้ใน</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Records with open sync conflicts: %1. The report counts them as they stand on this device (Settings › Conflicts).</source>
            <translation>บันทึกที่มีข้อขัดแย้งการซิงค์ที่ยังเปิดอยู่: %1 รายงานนับตามสถานะบนอุปกรณ์นี้ (การตั้งค่า › ข้อขัดแย้ง)</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Making the report…</source>
            <translation>กำลังจัดทำรายงาน…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>บันทึกแล้ว:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Making the email draft…</source>
            <translation>กำลังจัดทำร่างอีเมล…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>บันทึกแล้ว เปิดไฟล์ .eml เพื่อตรวจสอบและส่งจากโปรแกรมอีเมลของคุณ:</translation>
        </message>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+37" />
            <source>Send the %1 report (PDF, Excel and the annual data file) to %2?</source>
            <translation>ส่งรายงาน %1 (PDF, Excel และไฟล์ข้อมูลประจำปี) ไปยัง %2 หรือไม่</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>ส่งรายงานประจำปี %1 (PDF และ Excel) ไปยัง %2 หรือไม่?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture</source>
            <translation>ส่งไปยังจังหวัด</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sent to %1.</source>
            <translation>ส่งไปยัง %1 แล้ว</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending…</source>
            <translation>กำลังส่ง…</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../ui/forms/resident.py" line="+39" />
            <source>Resident</source>
            <translation>ผู้พำนัก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>ผู้พำนัก #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+48" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>Family name (native script)</source>
            <translation>นามสกุล (อักษรของภาษาแม่)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Given name (native script)</source>
            <translation>ชื่อ (อักษรของภาษาแม่)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>นามสกุล (อักษรละติน)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>ชื่อ (อักษรละติน)</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Hiragana becomes katakana</source>
            <translation>ฮิรางานะจะเปลี่ยนเป็นคาตาคานะ</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Reading (katakana)</source>
            <translation>คำอ่าน (คาตาคานะ)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Date of birth</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Nationality</source>
            <translation>สัญชาติ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Languages</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Residence status</source>
            <translation>สถานภาพการพำนัก</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Period of stay ends (在留期間満了日)</source>
            <translation>วันสิ้นสุดการพำนัก (在留期間満了日)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Residence card number</source>
            <translation>เลขบัตรผู้พำนัก</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Employer or host organisation</source>
            <translation>นายจ้างหรือหน่วยงานที่รับ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>District</source>
            <translation>เขต</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>ID or phone number</source>
            <translation>ID หรือหมายเลขโทรศัพท์</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>SNS contacts</source>
            <translation>ช่องทางติดต่อ SNS</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Arrival date</source>
            <translation>วันที่เดินทางมาถึง</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>ความยินยอมให้เก็บระเบียน: วันที่</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Consent: how</source>
            <translation>ความยินยอม: วิธีการ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>Link</source>
            <translation>เชื่อมโยง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink</source>
            <translation>ยกเลิกการเชื่อมโยง</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+8" />
            <source>Household</source>
            <translation>ครัวเรือน</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <location filename="../ui/resident_picker.py" line="+50" />
            <source>Type a name in any script…</source>
            <translation>พิมพ์ชื่อด้วยตัวอักษรใดก็ได้…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>New resident “%1”…</source>
            <translation>ผู้พำนักใหม่ “%1”…</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <location filename="../ui/resident_view.py" line="+53" />
            <location line="+97" />
            <source>Timeline</source>
            <translation>ลำดับเหตุการณ์</translation>
        </message>
        <message>
            <location line="-94" />
            <source>When</source>
            <translation>เมื่อ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>รายละเอียด</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Summary</source>
            <translation>สรุป</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit resident…</source>
            <translation>แก้ไขผู้พำนัก…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New consultation…</source>
            <translation>การปรึกษาใหม่…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New accompaniment…</source>
            <translation>การพาไปติดต่อใหม่…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print…</source>
            <translation>พิมพ์…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nationality</source>
            <translation>สัญชาติ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>สถานภาพการพำนัก</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Employer or host</source>
            <translation>นายจ้างหรือหน่วยงานที่รับ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>เขต</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS</source>
            <translation>SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrived</source>
            <translation>มาถึง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>ความยินยอม</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>ครัวเรือน</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+5" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>ชื่อ (อักษรละติน)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading</source>
            <translation>คำอ่าน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>สัญชาติ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>สถานภาพการพำนัก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stay ends</source>
            <translation>สิ้นสุดการพำนัก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>เลขบัตร</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>เขต</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host</source>
            <translation>นายจ้างหรือหน่วยงานที่รับ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>มาถึง</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <location filename="../ui/pages/retention_box.py" line="+26" />
            <source>Retention</source>
            <translation>การเก็บรักษาข้อมูล</translation>
        </message>
        <message>
            <location line="+7" />
            <source> years</source>
            <translation> ปี</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>ดูตัวอย่าง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anonymise…</source>
            <translation>ทำให้ไม่ระบุตัวตน…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No activity for</source>
            <translation>ไม่มีความเคลื่อนไหวเป็นเวลา</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Anonymising blanks names, contacts, notes and free text, after a backup. Nationality, languages and residence status stay, so past reports keep their numbers.</source>
            <translation>การทำให้ไม่ระบุตัวตนจะลบชื่อ ช่องทางติดต่อ หมายเหตุ และข้อความอิสระออก หลังจากสำรองข้อมูลแล้ว สัญชาติ ภาษา และสถานภาพการพำนักยังคงอยู่ เพื่อให้ตัวเลขในรายงานที่ผ่านมาไม่เปลี่ยนแปลง</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Anonymise</source>
            <translation>ทำให้ไม่ระบุตัวตน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymise %1 residents? This cannot be undone (a backup is made first).</source>
            <translation>ทำให้ผู้พำนัก %1 คนไม่ระบุตัวตนหรือไม่? การดำเนินการนี้ไม่สามารถย้อนกลับได้ (จะสำรองข้อมูลก่อน)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 residents have had no activity for %2 years or more.</source>
            <translation>ผู้พำนัก %1 คนไม่มีความเคลื่อนไหวมาเป็นเวลา %2 ปีขึ้นไป</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 residents anonymised.</source>
            <translation>ทำให้ผู้พำนัก %1 คนไม่ระบุตัวตนแล้ว</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../ui/pages/users.py" line="-64" />
            <source>Administrator</source>
            <translation>ผู้ดูแลระบบ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation>เจ้าหน้าที่</translation>
        </message>
    </context>
    <context>
        <name>RowsModel</name>
        <message>
            <location filename="../ui/table_import_rows.py" line="+67" />
            <source>Sheet</source>
            <translation>ชีต</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Row</source>
            <translation>แถว</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>เหตุผล</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message>
            <location filename="../ui/pages/search_results.py" line="+26" />
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>เมื่อ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>รายละเอียด</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 result(s) for “%2”</source>
            <translation>ผลลัพธ์ %1 รายการสำหรับ “%2”</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../ui/session.py" line="+96" />
            <source>Checking the database in the background…</source>
            <translation>กำลังตรวจสอบฐานข้อมูลในเบื้องหลัง…</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/forms/session.py" line="+38" />
            <source>Session</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>กิจกรรม #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+5" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Start time</source>
            <translation>เวลาเริ่ม</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Copy the last session of this kind</source>
            <translation>คัดลอกครั้งล่าสุดของประเภทนี้</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title, topics, languages, venue, facilitator and registered attendees of the most recent session of this kind (for weekly classes)</source>
            <translation>ชื่อ หัวข้อ ภาษา สถานที่ ผู้ดำเนินการ และผู้เข้าร่วมที่ลงทะเบียนของครั้งล่าสุดประเภทนี้ (สำหรับชั้นเรียนรายสัปดาห์)</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Title</source>
            <translation>ชื่อกิจกรรม</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Topics</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Languages</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Venue</source>
            <translation>สถานที่จัด</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Held online</source>
            <translation>จัดแบบออนไลน์</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Online</source>
            <translation>ออนไลน์</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Facilitator</source>
            <translation>ผู้ดำเนินกิจกรรม</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+10" />
            <source>Add</source>
            <translation>เพิ่ม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>นำออก</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+11" />
            <source>Registered attendees</source>
            <translation>ผู้เข้าร่วมที่มีระเบียน</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Attendance sheet…</source>
            <translation>ใบลงชื่อผู้เข้าร่วม…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print a sheet for attendees to sign (出席簿)</source>
            <translation>พิมพ์ใบให้ผู้เข้าร่วมลงชื่อ (出席簿)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+111" />
            <source>Nationality</source>
            <translation>สัญชาติ</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Count</source>
            <translation>จำนวน</translation>
        </message>
        <message>
            <location line="+8" />
            <source>People who came but have no resident record</source>
            <translation>ผู้ที่มาร่วมแต่ไม่มีระเบียนผู้พำนัก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add row</source>
            <translation>เพิ่มแถว</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove row</source>
            <translation>นำแถวออก</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reading</source>
            <translation>คำอ่าน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature</source>
            <translation>ลายมือชื่อ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attendance sheet</source>
            <translation>ใบลงชื่อผู้เข้าร่วม</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="-97" />
            <source>Unregistered attendees</source>
            <translation>ผู้เข้าร่วมที่ไม่มีระเบียน</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+4" />
            <source>Total attendance</source>
            <translation>จำนวนผู้เข้าร่วมทั้งหมด</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 (%2 registered, %3 unregistered)</source>
            <translation>%1 (มีระเบียน %2 คน ไม่มีระเบียน %3 คน)</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+21" />
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>ชื่อกิจกรรม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation>สถานที่จัด</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>ออนไลน์</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>ผู้เข้าร่วม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>ผู้ดำเนินกิจกรรม</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+41" />
            <source>Town and data</source>
            <translation>เมืองและข้อมูล</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports</source>
            <translation>รายงาน</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Town</source>
            <translation>เมือง</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+135" />
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Town name (Japanese)</source>
            <translation>ชื่อเมือง (ภาษาญี่ปุ่น)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (English)</source>
            <translation>ชื่อเมือง (ภาษาอังกฤษ)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Database</source>
            <translation>ฐานข้อมูล</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schema version</source>
            <translation>เวอร์ชันสคีมา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite</source>
            <translation>SQLite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded as user</source>
            <translation>บันทึกในนามผู้ใช้</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code lists</source>
            <translation>รายการรหัส</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Devices</source>
            <translation>อุปกรณ์</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>ข้อขัดแย้ง</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add code…</source>
            <translation>เพิ่มรหัส…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Japanese</source>
            <translation>ภาษาญี่ปุ่น</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>ภาษาอังกฤษ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In this window</source>
            <translation>ภาษาไทย</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offered</source>
            <translation>แสดง</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your preferences</source>
            <translation>การตั้งค่าของคุณ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show dates in the Japanese era (令和) in the Japanese window</source>
            <translation>แสดงวันที่แบบศักราชญี่ปุ่น (令和) ในหน้าจอภาษาญี่ปุ่น</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+78" />
            <source>Saved.</source>
            <translation>บันทึกแล้ว</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Security</source>
            <translation>ความปลอดภัย</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> นาที</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never</source>
            <translation>ไม่ล็อก</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After this many minutes without use the window locks and shows the login screen. 0 = never.</source>
            <translation>เมื่อไม่มีการใช้งานครบจำนวนนาทีนี้ หน้าต่างจะล็อกและแสดงหน้าจอเข้าสู่ระบบ 0 = ไม่ล็อก</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Auto-lock after</source>
            <translation>ล็อกอัตโนมัติหลังจาก</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these settings, the report settings and the code lists, or export and import all records.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนการตั้งค่าเหล่านี้ การตั้งค่ารายงาน และรายการรหัส หรือส่งออกและนำเข้าระเบียนทั้งหมดได้</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนค่าเหล่านี้ได้</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only an administrator can change the code lists.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนรายการรหัสได้</translation>
        </message>
    </context>
    <context>
        <name>SnsCopy</name>
        <message>
            <location filename="../ui/sns_copy.py" line="+20" />
            <source>Documents to bring:</source>
            <translation>เอกสารที่ต้องนำมา:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisations that help:</source>
            <translation>หน่วยงานที่ช่วยเหลือได้:</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Copy for SNS</source>
            <translation>คัดลอกสำหรับ SNS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer has no text in %1 yet. Copy it in another language?</source>
            <translation>คำตอบนี้ยังไม่มีข้อความภาษา%1 คัดลอกเป็นภาษาอื่นหรือไม่</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+41" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>ฐานข้อมูลเสียหายและถูกย้ายไปเก็บไว้ที่ %1 แล้ว ไม่พบข้อมูลสำรองที่ผ่านการตรวจสอบ กรุณาติดต่อเจ้าหน้าที่ไอที</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>ฐานข้อมูลเสียหายและถูกย้ายไปเก็บไว้ที่ %1 แล้ว ต้องการกู้คืนข้อมูลสำรองล่าสุดที่ผ่านการตรวจสอบ %2 หรือไม่?</translation>
        </message>
        <message>
            <location line="+216" />
            <source>The check found damage in the database file. Stop entering records and quit Madoguchi: at the next start the damaged file is moved aside and the newest verified backup is offered.</source>
            <translation>การตรวจสอบพบความเสียหายในไฟล์ฐานข้อมูล กรุณาหยุดป้อนระเบียนและปิด Madoguchi เมื่อเปิดครั้งถัดไป ไฟล์ที่เสียหายจะถูกย้ายไปเก็บไว้ต่างหาก และระบบจะเสนอข้อมูลสำรองล่าสุดที่ผ่านการตรวจสอบ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Database checked; today's backup was taken (%1).</source>
            <translation>ตรวจสอบฐานข้อมูลแล้ว และสำรองข้อมูลของวันนี้แล้ว (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database checked.</source>
            <translation>ตรวจสอบฐานข้อมูลแล้ว</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-85" />
            <source>Open</source>
            <translation>เปิดอยู่</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>ส่งต่อแล้ว</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>รอดำเนินการ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>ปิดแล้ว</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../ui/forms/suggestions.py" line="+43" />
            <source>Tick the entries you answered with</source>
            <translation>ทำเครื่องหมายรายการที่คุณใช้ตอบ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy for SNS</source>
            <translation>คัดลอกสำหรับ SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the chosen answer in the consultation's language, for Messenger, Zalo or LINE</source>
            <translation>คัดลอกคำตอบที่เลือกในภาษาของการปรึกษา สำหรับ Messenger, Zalo หรือ LINE</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Tick the answers you used.</source>
            <translation>ทำเครื่องหมายคำตอบที่คุณใช้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a topic or write what was asked to see suggested answers.</source>
            <translation>เลือกหัวข้อหรือเขียนเรื่องที่สอบถาม เพื่อดูคำตอบที่แนะนำ</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Copied</source>
            <translation>คัดลอกแล้ว</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../ui/sync_jobs.py" line="+36" />
            <source>Syncing with the other devices…</source>
            <translation>กำลังซิงค์กับอุปกรณ์อื่น…</translation>
        </message>
        <message>
            <location filename="../ui/pages/devices.py" line="-185" />
            <source>Synced: %1 added, %2 updated, %3 deleted, %4 new conflicts.</source>
            <translation>ซิงค์แล้ว: เพิ่ม %1 อัปเดต %2 ลบ %3 ข้อขัดแย้งใหม่ %4</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packets refused: %1.</source>
            <translation>แพ็กเก็ตที่ถูกปฏิเสธ: %1</translation>
        </message>
    </context>
    <context>
        <name>TableImport</name>
        <message>
            <location filename="../app/tableimport/messages.py" line="+41" />
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>เวลา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>คำอ่าน (คาตาคานะ)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>สัญชาติ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>ช่องทาง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>เรื่องที่สอบถาม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was done</source>
            <translation>สิ่งที่ดำเนินการ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (kept with what was done)</source>
            <translation>หมายเหตุ (เก็บไว้กับสิ่งที่ดำเนินการ)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>นาที</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>ล่าม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled mark</source>
            <translation>เครื่องหมายยกเลิก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <location line="+2" />
            <source>End of the period of stay</source>
            <translation>วันสิ้นสุดการพำนัก</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Residence status</source>
            <translation>สถานภาพการพำนัก</translation>
        </message>
        <message>
            <location line="+2" />
            <source>District</source>
            <translation>เขต</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topic</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(leave out)</source>
            <translation>(ไม่นำเข้า)</translation>
        </message>
        <message>
            <location filename="../ui/table_import_rows.py" line="-43" />
            <source>Import</source>
            <translation>นำเข้า</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>ข้าม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>มีปัญหา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>ต้องตรวจสอบ</translation>
        </message>
        <message>
            <location line="+67" />
            <source>new %1: %2</source>
            <translation>ใหม่ %1: %2</translation>
        </message>
    </context>
    <context>
        <name>TableImportWizard</name>
        <message>
            <location filename="../ui/table_import.py" line="-124" />
            <location line="+19" />
            <source>Import from Excel/CSV</source>
            <translation>นำเข้าจาก Excel/CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
            <translation>สเปรดชีต (*.xlsx *.xls *.csv *.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load mapping profile</source>
            <translation>โหลดโปรไฟล์การจับคู่</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Making the preview…</source>
            <translation>กำลังสร้างตัวอย่าง…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Importing…</source>
            <translation>กำลังนำเข้า…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Updating residents…</source>
            <translation>กำลังอัปเดตผู้พำนัก…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the import report</source>
            <translation>บันทึกรายงานการนำเข้า</translation>
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
            <translation>วันนี้ %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Residence cards: period of stay ends within %1 days (%2)</source>
            <translation>บัตรผู้พำนัก: การพำนักสิ้นสุดภายใน %1 วัน (%2)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Follow-ups overdue (%1)</source>
            <translation>เลยกำหนดติดตามผล (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-ups due today (%1)</source>
            <translation>ครบกำหนดติดตามผลวันนี้ (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open consultations (%1)</source>
            <translation>การปรึกษาที่ยังเปิดอยู่ (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— the newest %1 shown</source>
            <translation>— แสดง %1 รายการล่าสุด</translation>
        </message>
    </context>
    <context>
        <name>TownNotesPage</name>
        <message>
            <location filename="../ui/pages/town_notes.py" line="+36" />
            <source>Town notes</source>
            <translation>บันทึกของเมือง</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the next person at this desk should know: who to call, how things are done in this town, what to watch out for. The notes go into the handover pack.</source>
            <translation>สิ่งที่ผู้รับผิดชอบช่องบริการนี้คนต่อไปควรรู้: ควรติดต่อใคร เมืองนี้ทำงานอย่างไร และสิ่งที่ต้องระวัง บันทึกเหล่านี้จะรวมอยู่ในชุดเอกสารส่งมอบงาน</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For example: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</source>
            <translation>ตัวอย่าง: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save notes</source>
            <translation>บันทึกข้อความ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Handover pack</source>
            <translation>ชุดเอกสารส่งมอบงาน</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A folder for whoever takes over this desk: a handover document with these notes, the open consultations, the regular duties, the directory and the published knowledge base, plus the directory as spreadsheets. Residents appear by case number and initials only, unless personal data is included.</source>
            <translation>โฟลเดอร์สำหรับผู้ที่มารับช่วงช่องบริการนี้: เอกสารส่งมอบงานที่มีบันทึกเหล่านี้ การปรึกษาที่ยังเปิดอยู่ งานประจำ สมุดรายชื่อ และฐานความรู้ที่เผยแพร่แล้ว พร้อมสมุดรายชื่อในรูปแบบสเปรดชีต ผู้พำนักจะแสดงเฉพาะหมายเลขเรื่องและอักษรย่อชื่อเท่านั้น เว้นแต่จะรวมข้อมูลส่วนบุคคล</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Include personal data (residents' full names)</source>
            <translation>รวมข้อมูลส่วนบุคคล (ชื่อเต็มของผู้พำนัก)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Without it, open cases show initials and the case number.</source>
            <translation>หากไม่รวม เรื่องที่ยังเปิดอยู่จะแสดงอักษรย่อชื่อและหมายเลขเรื่อง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can include personal data.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่รวมข้อมูลส่วนบุคคลได้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make handover pack…</source>
            <translation>จัดทำชุดเอกสารส่งมอบงาน…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Make the handover pack in</source>
            <translation>จัดทำชุดเอกสารส่งมอบงานไว้ใน</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved.</source>
            <translation>บันทึกแล้ว</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Making the handover pack…</source>
            <translation>กำลังจัดทำชุดเอกสารส่งมอบงาน…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved:</source>
            <translation>บันทึกแล้ว:</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+89" />
            <source>Each person logs in with their own name. Disabling a user removes their key: they can no longer open the database, and their past records keep their name.</source>
            <translation>แต่ละคนเข้าสู่ระบบด้วยชื่อของตนเอง การปิดใช้งานผู้ใช้จะลบกุญแจของผู้ใช้นั้น: ผู้ใช้จะเปิดฐานข้อมูลไม่ได้อีก และระเบียนที่ผ่านมายังคงแสดงชื่อของผู้ใช้นั้น</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add user…</source>
            <translation>เพิ่มผู้ใช้…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disable…</source>
            <translation>ปิดใช้งาน…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unlock</source>
            <translation>ปลดล็อก</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set password…</source>
            <translation>ตั้งรหัสผ่าน…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name</source>
            <translation>ชื่อผู้ใช้</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>บทบาท</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Disabled</source>
            <translation>ปิดใช้งานแล้ว</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked (too many failed logins)</source>
            <translation>ถูกล็อก (เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>ใช้งานอยู่</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Disable user</source>
            <translation>ปิดใช้งานผู้ใช้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disable %1? They will no longer be able to log in. This cannot be undone; add them again under a new name if needed.</source>
            <translation>ปิดใช้งาน %1 หรือไม่? ผู้ใช้นี้จะเข้าสู่ระบบไม่ได้อีก การดำเนินการนี้ไม่สามารถย้อนกลับได้ หากจำเป็นให้เพิ่มผู้ใช้ใหม่ด้วยชื่ออื่น</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Added %1.</source>
            <translation>เพิ่ม %1 แล้ว</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The password of %1 is changed.</source>
            <translation>เปลี่ยนรหัสผ่านของ %1 แล้ว</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is disabled.</source>
            <translation>ปิดใช้งาน %1 แล้ว</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 can log in again.</source>
            <translation>%1 เข้าสู่ระบบได้อีกครั้งแล้ว</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-173" />
            <source>Codes for the file's words</source>
            <translation>รหัสสำหรับคำในไฟล์</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a code for each word that is not a code's own name, and the values for what the file has no column for. A word left without a code stops its rows.</source>
            <translation>เลือกรหัสสำหรับแต่ละคำที่ไม่ใช่ชื่อของรหัสนั้นเอง และเลือกค่าสำหรับข้อมูลที่ไฟล์ไม่มีคอลัมน์ คำที่ไม่มีรหัสจะทำให้แถวของคำนั้นนำเข้าไม่ได้</translation>
        </message>
        <message>
            <location line="+11" />
            <source>List</source>
            <translation>รายการ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text in the file</source>
            <translation>ข้อความในไฟล์</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>จำนวนแถว</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 where the file has none:</source>
            <translation>%1 เมื่อไฟล์ไม่มีข้อมูลนี้:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(no code: the row stops)</source>
            <translation>(ไม่มีรหัส: แถวนี้นำเข้าไม่ได้)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Every word of the file has a code.</source>
            <translation>ทุกคำในไฟล์มีรหัสแล้ว</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../app/accounts.py" line="+45" />
            <location filename="../app/keyslots.py" line="+45" />
            <source>The user name or password is not right.</source>
            <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 already exists; a new database is only made in a new place.</source>
            <translation>%1 มีอยู่แล้ว ฐานข้อมูลใหม่จะสร้างได้เฉพาะในตำแหน่งใหม่เท่านั้น</translation>
        </message>
        <message>
            <location line="+63" />
            <source>This account is locked after too many failed logins; an administrator can unlock it.</source>
            <translation>บัญชีนี้ถูกล็อกเนื่องจากเข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป ผู้ดูแลระบบสามารถปลดล็อกได้</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Too many failed logins: try again in %1 seconds.</source>
            <translation>เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป: กรุณาลองใหม่ในอีก %1 วินาที</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This login is refused: the list of users was changed outside Madoguchi, so your role cannot be trusted. An administrator can see it in the audit trail.</source>
            <translation>การเข้าสู่ระบบนี้ถูกปฏิเสธ เนื่องจากรายชื่อผู้ใช้ถูกเปลี่ยนแปลงจากภายนอก Madoguchi จึงเชื่อถือบทบาทของคุณไม่ได้ ผู้ดูแลระบบสามารถดูเรื่องนี้ได้ในบันทึกการตรวจสอบ</translation>
        </message>
        <message>
            <location line="+143" />
            <source>That recovery code does not open this database.</source>
            <translation>รหัสกู้คืนนี้เปิดฐานข้อมูลนี้ไม่ได้</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This database is not encrypted, so it has no accounts.</source>
            <translation>ฐานข้อมูลนี้ไม่ได้เข้ารหัส จึงไม่มีบัญชีผู้ใช้</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only an administrator can manage users.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่จัดการผู้ใช้ได้</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Log out and log in again as an administrator first: this session cannot sign a change of the users list.</source>
            <translation>กรุณาออกจากระบบแล้วเข้าสู่ระบบใหม่ในฐานะผู้ดูแลระบบก่อน เซสชันนี้ลงนามการเปลี่ยนแปลงรายชื่อผู้ใช้ไม่ได้</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That user cannot log in.</source>
            <translation>ผู้ใช้นี้เข้าสู่ระบบไม่ได้</translation>
        </message>
        <message>
            <location line="+20" />
            <source>You cannot disable your own account.</source>
            <translation>คุณไม่สามารถปิดใช้งานบัญชีของตนเองได้</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>There is no such user.</source>
            <translation>ไม่มีผู้ใช้นี้</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The last administrator cannot be disabled.</source>
            <translation>ไม่สามารถปิดใช้งานผู้ดูแลระบบคนสุดท้ายได้</translation>
        </message>
        <message>
            <location filename="../app/audit.py" line="+100" />
            <source>An audit row is written only inside a write transaction.</source>
            <translation>แถวบันทึกการตรวจสอบจะเขียนได้เฉพาะภายในทรานแซกชันการเขียนเท่านั้น</translation>
        </message>
        <message>
            <location line="+199" />
            <source>Only an administrator can read the audit trail.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่อ่านบันทึกการตรวจสอบได้</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../app/reports/build.py" line="+54" />
            <source>%1 is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1 ไม่ใช่วันที่ กรุณาเขียนในรูปแบบ YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../app/backup.py" line="+40" />
            <location filename="../app/cli.py" line="+236" />
            <location filename="../app/db.py" line="+97" />
            <source>There is no database at %1.</source>
            <translation>ไม่มีฐานข้อมูลที่ %1</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The backup folder %1 is not there (is the drive plugged in?).</source>
            <translation>ไม่พบโฟลเดอร์ข้อมูลสำรอง %1 (เสียบไดรฟ์ไว้แล้วหรือยัง?)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot write to the backup folder %1.</source>
            <translation>Madoguchi เขียนลงในโฟลเดอร์ข้อมูลสำรอง %1 ไม่ได้</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the backup folder as a full path, not %1.</source>
            <translation>กรุณาระบุโฟลเดอร์ข้อมูลสำรองเป็นพาธแบบเต็ม ไม่ใช่ %1</translation>
        </message>
        <message>
            <location line="+61" />
            <source>This database has no file, so it cannot be backed up.</source>
            <translation>ฐานข้อมูลนี้ไม่มีไฟล์ จึงสำรองข้อมูลไม่ได้</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../app/integrity.py" line="+246" />
            <source>The backup could not be made in %1 (%2).</source>
            <translation>สร้างข้อมูลสำรองใน %1 ไม่ได้ (%2)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no backup file at %1.</source>
            <translation>ไม่มีไฟล์ข้อมูลสำรองที่ %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not encrypted, so it is not a Madoguchi backup.</source>
            <translation>%1 ไม่ได้เข้ารหัส จึงไม่ใช่ข้อมูลสำรองของ Madoguchi</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 does not open with this database's key: it is damaged, or it belongs to another database.</source>
            <translation>ข้อมูลสำรอง %1 เปิดด้วยกุญแจของฐานข้อมูลนี้ไม่ได้: ไฟล์เสียหาย หรือเป็นของฐานข้อมูลอื่น</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The backup %1 is damaged (%2).</source>
            <translation>ข้อมูลสำรอง %1 เสียหาย (%2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 is damaged (integrity_check: %2).</source>
            <translation>ข้อมูลสำรอง %1 เสียหาย (integrity_check: %2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Madoguchi backup.</source>
            <translation>%1 ไม่ใช่ข้อมูลสำรองของ Madoguchi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup %1 was made by a newer Madoguchi.</source>
            <translation>ข้อมูลสำรอง %1 สร้างโดย Madoguchi เวอร์ชันที่ใหม่กว่า</translation>
        </message>
        <message>
            <location line="+198" />
            <source>A database cannot be restored from itself.</source>
            <translation>ไม่สามารถกู้คืนฐานข้อมูลจากตัวมันเองได้</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup could not be restored (%1); the current file was not replaced.</source>
            <translation>กู้คืนข้อมูลสำรองไม่ได้ (%1) ไฟล์ปัจจุบันไม่ถูกแทนที่</translation>
        </message>
        <message>
            <location line="+71" />
            <source>The damaged database could not be moved aside (%1); it was not deleted.</source>
            <translation>ย้ายฐานข้อมูลที่เสียหายไปเก็บแยกไว้ไม่ได้ (%1) ฐานข้อมูลนั้นไม่ถูกลบ</translation>
        </message>
        <message>
            <location filename="../app/backup_cli.py" line="+42" />
            <source>Only an administrator can change the backup folder.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนโฟลเดอร์ข้อมูลสำรองได้</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only an administrator can restore a backup.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่กู้คืนข้อมูลสำรองได้</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/services.py" line="+128" />
            <source>This database has no file.</source>
            <translation>ฐานข้อมูลนี้ไม่มีไฟล์</translation>
        </message>
        <message>
            <location filename="../app/check.py" line="+56" />
            <source>%1 is damaged or is not a Madoguchi database (%2).</source>
            <translation>%1 เสียหายหรือไม่ใช่ฐานข้อมูลของ Madoguchi (%2)</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-207" />
            <source>The window is not part of this installation.</source>
            <translation>การติดตั้งนี้ไม่มีส่วนหน้าต่างโปรแกรม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is empty (0 bytes) and was kept as it is; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 ว่างเปล่า (0 ไบต์) และถูกเก็บไว้ตามเดิม ข้อมูลสำรองล่าสุดที่เปิดได้คือ %2 (madoguchi restore --from %2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is empty (0 bytes) and was kept as it is; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 ว่างเปล่า (0 ไบต์) และถูกเก็บไว้ตามเดิม ไม่พบข้อมูลสำรองที่เปิดได้ กรุณาติดต่อเจ้าหน้าที่ไอที</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 เสียหายและไม่ได้ถูกเปลี่ยนแปลง ข้อมูลสำรองล่าสุดที่เปิดได้คือ %2 (madoguchi restore --from %2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is open in a Madoguchi window, and this command changes records: close the window (or quit Madoguchi) first, then run the command again. Nothing was changed.</source>
            <translation>%1 เปิดอยู่ในหน้าต่าง Madoguchi และคำสั่งนี้แก้ไขบันทึก: ปิดหน้าต่าง (หรือออกจาก Madoguchi) ก่อน แล้วเรียกคำสั่งอีกครั้ง ไม่มีสิ่งใดถูกเปลี่ยน</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 เสียหายและไม่ได้ถูกเปลี่ยนแปลง ไม่พบข้อมูลสำรองที่เปิดได้ กรุณาติดต่อเจ้าหน้าที่ไอที</translation>
        </message>
        <message>
            <location line="+146" />
            <source>No password: set %1, or run the command in a terminal to be asked for it.</source>
            <translation>ไม่มีรหัสผ่าน: กรุณาตั้งค่า %1 หรือเรียกใช้คำสั่งในเทอร์มินัลเพื่อให้ระบบถามรหัสผ่าน</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The two passwords are not the same; nothing was made.</source>
            <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน จึงไม่ได้สร้างสิ่งใด</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 ไม่ได้เข้ารหัส Madoguchi เก็บระเบียนไว้ในฐานข้อมูลที่เข้ารหัสเท่านั้น ไฟล์นี้ไม่ถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>ไม่พบไฟล์กุญแจ %1 ข้างฐานข้อมูล จึงเปิดฐานข้อมูลไม่ได้</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This database is encrypted: give --user NAME (the password comes from %1 or a prompt).</source>
            <translation>ฐานข้อมูลนี้เข้ารหัสไว้: กรุณาระบุ --user NAME (รหัสผ่านจะได้จาก %1 หรือจากการถามที่หน้าจอ)</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A demo town has 1 to 100,000 residents and 1 to 50 years.</source>
            <translation>เมืองตัวอย่างมีผู้พำนักได้ 1 ถึง 100,000 คน และมีข้อมูลได้ 1 ถึง 50 ปี</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="+25" />
            <source>That consultation no longer exists.</source>
            <translation>การปรึกษานี้ไม่มีอยู่อีกต่อไป</translation>
        </message>
        <message>
            <location line="+66" />
            <source>That accompaniment no longer exists.</source>
            <translation>การพาไปติดต่อนี้ไม่มีอยู่อีกต่อไป</translation>
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
            <translation>ไม่มีโฟลเดอร์ %1</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-92" />
            <location filename="../app/db.py" line="+3" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล</translation>
        </message>
        <message>
            <location filename="../app/db.py" line="+3" />
            <source>%1 is not encrypted, so it cannot be opened as an encrypted database; it was not changed.</source>
            <translation>%1 ไม่ได้เข้ารหัส จึงเปิดเป็นฐานข้อมูลที่เข้ารหัสไม่ได้ ไฟล์นี้ไม่ถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The database %1 cannot be opened (%2).</source>
            <translation>เปิดฐานข้อมูล %1 ไม่ได้ (%2)</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+41" />
            <source>The database key has the wrong length.</source>
            <translation>กุญแจฐานข้อมูลมีความยาวไม่ถูกต้อง</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The database %1 cannot use write-ahead logging.</source>
            <translation>ฐานข้อมูล %1 ใช้ write-ahead logging (WAL) ไม่ได้</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is encrypted or is not a Madoguchi database: log in to open it. It was not changed.</source>
            <translation>%1 เข้ารหัสไว้หรือไม่ใช่ฐานข้อมูลของ Madoguchi: กรุณาเข้าสู่ระบบเพื่อเปิด ไฟล์นี้ไม่ถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 could not be decrypted: the file is damaged, or its key file belongs to another database. It was not changed.</source>
            <translation>ถอดรหัส %1 ไม่ได้: ไฟล์เสียหาย หรือไฟล์กุญแจเป็นของฐานข้อมูลอื่น ไฟล์นี้ไม่ถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged or is not a Madoguchi database; it was not changed.</source>
            <translation>%1 เสียหายหรือไม่ใช่ฐานข้อมูลของ Madoguchi ไฟล์นี้ไม่ถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location line="+57" />
            <source>The backup %1 did not verify (%2).</source>
            <translation>ข้อมูลสำรอง %1 ไม่ผ่านการตรวจสอบ (%2)</translation>
        </message>
        <message>
            <location filename="../app/demo.py" line="-10" />
            <source>A demo town needs at least one resident and one year.</source>
            <translation>เมืองตัวอย่างต้องมีผู้พำนักอย่างน้อยหนึ่งคนและข้อมูลอย่างน้อยหนึ่งปี</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <location line="+29" />
            <source>%1 already exists; the demo is only written to a new file.</source>
            <translation>%1 มีอยู่แล้ว ข้อมูลตัวอย่างจะเขียนลงในไฟล์ใหม่เท่านั้น</translation>
        </message>
        <message>
            <location filename="../app/directory.py" line="+36" />
            <source>That organisation no longer exists.</source>
            <translation>หน่วยงานนี้ไม่มีอยู่อีกต่อไป</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That bridge person no longer exists.</source>
            <translation>ผู้เชื่อมประสานคนนี้ไม่มีอยู่อีกต่อไป</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+60" />
            <source>%1, field '%2': has the wrong type. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ชนิดข้อมูลไม่ถูกต้อง ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': %3 Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': %3 ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The file is not a Madoguchi export (field 'format'). Nothing was imported.</source>
            <translation>ไฟล์นี้ไม่ใช่ไฟล์ส่งออกของ Madoguchi (ฟิลด์ 'format') ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>ไฟล์นี้เป็นรูปแบบเวอร์ชัน %1 แต่ Madoguchi เวอร์ชันนี้อ่านได้เฉพาะเวอร์ชัน %2 ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Field 'code_items' must be a list. Nothing was imported.</source>
            <translation>ฟิลด์ 'code_items' ต้องเป็นรายการ (list) ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, field '%2': needs list, code, label_ja, label_en. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ต้องมี list, code, label_ja, label_en ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': sort_order must be a whole number and active true or false. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': sort_order ต้องเป็นจำนวนเต็ม และ active ต้องเป็น true หรือ false ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+22" />
            <location filename="../app/kbpack.py" line="+78" />
            <source>Field '%1' must be a list. Nothing was imported.</source>
            <translation>ฟิลด์ '%1' ต้องเป็นรายการ (list) ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1, field '%2': refers to a resident that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': อ้างถึงผู้พำนักที่ไม่มีทั้งในไฟล์และในฐานข้อมูล ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': a deleted record that is also in the file or in the database. Nothing was imported.</source>
            <translation>%1 ช่อง '%2': บันทึกที่ถูกลบแล้วยังมีอยู่ในไฟล์หรือในฐานข้อมูล ไม่ได้นำเข้าสิ่งใด</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../app/kbpack.py" line="-48" />
            <source>%1, field '%2': is not an object. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ไม่ใช่ออบเจ็กต์ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, field '%2': missing or not a text. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ไม่มีฟิลด์นี้หรือไม่ใช่ข้อความ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': not a UUID. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ไม่ใช่ UUID ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': appears twice in the file. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ปรากฏซ้ำในไฟล์ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': this record is already in the database. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ระเบียนนี้มีอยู่ในฐานข้อมูลแล้ว ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': unknown field. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ไม่รู้จักฟิลด์นี้ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': missing. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ไม่มีฟิลด์นี้ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': not a date and time. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ไม่ใช่วันที่และเวลา ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': longer than a user name can be. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ยาวเกินกว่าที่ชื่อผู้ใช้จะยาวได้ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': refers to a record that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': อ้างถึงระเบียนที่ไม่มีทั้งในไฟล์และในฐานข้อมูล ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': each link needs 'related' and 'relation'. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': การเชื่อมโยงแต่ละรายการต้องมี 'related' และ 'relation' ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': a resident cannot be linked to themselves. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ไม่สามารถเชื่อมโยงผู้พำนักกับตนเองได้ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, field '%2': refers to a resident that is not there. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': อ้างถึงผู้พำนักที่ไม่มีอยู่ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="-263" />
            <source>Some of these records were added to the database while the file was being imported (the same file imported twice at once?). Nothing was imported.</source>
            <translation>ระเบียนบางส่วนเหล่านี้ถูกเพิ่มลงในฐานข้อมูลระหว่างที่กำลังนำเข้าไฟล์ (มีการนำเข้าไฟล์เดียวกันสองครั้งพร้อมกันหรือไม่) ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location filename="../app/files.py" line="-86" />
            <source>The disk is full, so %1 was not written; nothing was left half-written. Free some space and try again.</source>
            <translation>ดิสก์เต็ม จึงไม่ได้เขียน %1 และไม่มีข้อมูลใดถูกเขียนค้างไว้ครึ่งทาง กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be written (%2); nothing was left half-written.</source>
            <translation>เขียน %1 ไม่ได้ (%2) ไม่มีข้อมูลใดถูกเขียนค้างไว้ครึ่งทาง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder: give the name of a file to write.</source>
            <translation>%1 เป็นโฟลเดอร์ กรุณาระบุชื่อไฟล์ที่จะเขียน</translation>
        </message>
        <message>
            <location line="+121" />
            <source>%1 is a folder, not a Madoguchi export.</source>
            <translation>%1 เป็นโฟลเดอร์ ไม่ใช่ไฟล์ส่งออกของ Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi export.</source>
            <translation>%1 ไม่ใช่ไฟล์ส่งออกของ Madoguchi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder, not a Madoguchi knowledge pack.</source>
            <translation>%1 เป็นโฟลเดอร์ ไม่ใช่ชุดความรู้ของ Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi knowledge pack.</source>
            <translation>%1 ไม่ใช่ชุดความรู้ของ Madoguchi</translation>
        </message>
        <message>
            <location line="+57" />
            <source>%1 names the same field twice in one record, so it is not clear which value counts; nothing was read from it.</source>
            <translation>%1 ระบุฟิลด์เดียวกันสองครั้งในระเบียนเดียว จึงไม่ชัดเจนว่าค่าใดใช้ได้ ไม่ได้อ่านข้อมูลใดๆ จากไฟล์นี้</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is nested too deeply to be a Madoguchi file (at %2).</source>
            <translation>%1 ซ้อนกันลึกเกินกว่าจะเป็นไฟล์ของ Madoguchi (ที่ %2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a number too large for any field (at %2).</source>
            <translation>%1 มีตัวเลขที่ใหญ่เกินกว่าฟิลด์ใดๆ จะรับได้ (ที่ %2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a control or text-direction character that no record may contain (at %2).</source>
            <translation>%1 มีอักขระควบคุมหรืออักขระกำหนดทิศทางข้อความ ซึ่งไม่อนุญาตให้มีในระเบียนใดๆ (ที่ %2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than 512 MB, too large to be a Madoguchi file.</source>
            <translation>%1 มีขนาดเกิน 512 MB ใหญ่เกินกว่าจะเป็นไฟล์ของ Madoguchi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not an ordinary file.</source>
            <translation>%1 ไม่ใช่ไฟล์ปกติ</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is a folder, not %2.</source>
            <translation>%1 เป็นโฟลเดอร์ ไม่ใช่ %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not %2.</source>
            <translation>%1 ไม่ใช่ %2</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../app/sync_cli.py" line="+22" />
            <source>There is no file %1.</source>
            <translation>ไม่มีไฟล์ %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be read as UTF-8 text (%2).</source>
            <translation>อ่าน %1 เป็นข้อความ UTF-8 ไม่ได้ (%2)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not valid JSON (line %2: %3).</source>
            <translation>%1 ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด %2: %3)</translation>
        </message>
        <message>
            <location filename="../app/instance.py" line="+19" />
            <source>This database is already open in another Madoguchi window (perhaps of another user of this computer); close it there first.</source>
            <translation>ฐานข้อมูลนี้เปิดอยู่แล้วในหน้าต่าง Madoguchi อื่น (อาจเป็นของผู้ใช้อื่นในคอมพิวเตอร์เครื่องนี้) กรุณาปิดที่หน้าต่างนั้นก่อน</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Madoguchi cannot create the lock file %1 beside the database (%2).</source>
            <translation>Madoguchi สร้างไฟล์ล็อก %1 ข้างฐานข้อมูลไม่ได้ (%2)</translation>
        </message>
        <message>
            <location filename="../app/kbpack.py" line="-117" />
            <source>%1, field '%2': appears twice in the pack. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ปรากฏซ้ำในชุดความรู้ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Set the town's name (Settings) before exporting a knowledge pack: every entry carries the town it came from.</source>
            <translation>กรุณาตั้งชื่อเมือง (การตั้งค่า) ก่อนส่งออกชุดความรู้: ทุกรายการจะระบุเมืองต้นทางไว้</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 is not a Madoguchi knowledge pack (field 'format').</source>
            <translation>%1 ไม่ใช่ชุดความรู้ของ Madoguchi (ฟิลด์ 'format')</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1, field '%2': is too short to be a UUID. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': สั้นเกินกว่าจะเป็น UUID ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This is not a Madoguchi knowledge pack (field 'format'). Nothing was imported.</source>
            <translation>ไฟล์นี้ไม่ใช่ชุดความรู้ของ Madoguchi (ฟิลด์ 'format') ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The pack has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>ชุดความรู้นี้เป็นรูปแบบเวอร์ชัน %1 แต่ Madoguchi เวอร์ชันนี้อ่านได้เฉพาะเวอร์ชัน %2 ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The pack does not say which town it came from (field 'town'). Nothing was imported.</source>
            <translation>ชุดความรู้นี้ไม่ได้ระบุว่ามาจากเมืองใด (ฟิลด์ 'town') ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': must be a list of codes. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ต้องเป็นรายการ (list) ของรหัส ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1, field '%2': each text needs exactly 'language', 'question' and 'answer', as text. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ข้อความแต่ละชุดต้องมีเฉพาะ 'language', 'question' และ 'answer' และต้องเป็นข้อความ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': must be a list of document names. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ต้องเป็นรายการ (list) ของชื่อเอกสาร ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, field '%2': must be a list of organisation UUIDs. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': ต้องเป็นรายการ (list) ของ UUID ของหน่วยงาน ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': refers to an organisation that is neither in the pack nor in the directory. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': อ้างถึงหน่วยงานที่ไม่มีทั้งในชุดความรู้และในสมุดรายชื่อ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': another entry of the pack has the same topic and Japanese question. Nothing was imported.</source>
            <translation>%1 ฟิลด์ '%2': มีรายการอื่นในชุดความรู้ที่มีหัวข้อและคำถามภาษาญี่ปุ่นเหมือนกัน ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location filename="../app/keyslots.py" line="-1" />
            <source>The key file %1 is damaged.</source>
            <translation>ไฟล์กุญแจ %1 เสียหาย</translation>
        </message>
        <message>
            <location line="+172" />
            <source>The key file %1 is missing beside the database, so the database cannot be opened.</source>
            <translation>ไม่พบไฟล์กุญแจ %1 ข้างฐานข้อมูล จึงเปิดฐานข้อมูลไม่ได้</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="+95" />
            <source>That knowledge entry no longer exists.</source>
            <translation>รายการความรู้นี้ไม่มีอยู่อีกต่อไป</translation>
        </message>
        <message>
            <location line="+165" />
            <source>This answer has no text in that language yet; it has %1.</source>
            <translation>คำตอบนี้ยังไม่มีข้อความในภาษานั้น มีเฉพาะ: %1</translation>
        </message>
        <message>
            <location filename="../app/languages.py" line="+31" />
            <source>Unknown language %1; use one of: %2.</source>
            <translation>ไม่รู้จักภาษา %1 กรุณาใช้ภาษาใดภาษาหนึ่งต่อไปนี้: %2</translation>
        </message>
        <message>
            <location filename="../app/migrations.py" line="+48" />
            <source>Unexpected file in the migrations folder: %1.</source>
            <translation>พบไฟล์ที่ไม่คาดคิดในโฟลเดอร์ migrations: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Migration %1 is missing.</source>
            <translation>ไม่พบ migration %1</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../app/store.py" line="+279" />
            <source>This database was made by a newer Madoguchi (schema %1; this version knows up to %2). It was not changed: please update Madoguchi.</source>
            <translation>ฐานข้อมูลนี้สร้างโดย Madoguchi เวอร์ชันที่ใหม่กว่า (สคีมา %1 แต่เวอร์ชันนี้รองรับได้ถึง %2) ฐานข้อมูลไม่ถูกเปลี่ยนแปลง กรุณาอัปเดต Madoguchi</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Updating the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
            <translation>การอัปเดตฐานข้อมูลเป็นสคีมา %1 (%2) ล้มเหลว: %3 ฐานข้อมูลยังคงอยู่ที่สคีมา %4 โดยไม่มีการเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../app/progress.py" line="+16" />
            <source>Cancelled; nothing was changed.</source>
            <translation>ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงใดๆ</translation>
        </message>
        <message>
            <location filename="../app/reports/build.py" line="-45" />
            <source>Unknown format %1; choose from %2.</source>
            <translation>ไม่รู้จักรูปแบบ %1 กรุณาเลือกจาก %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a month; write it as YYYY-MM.</source>
            <translation>%1 ไม่ใช่เดือน กรุณาเขียนในรูปแบบ YYYY-MM</translation>
        </message>
        <message>
            <location line="+79" />
            <source>The annual report was not written: the disclosure audit found %1 hidden figure(s) that could be narrowed down to less than %2 (first: %3).</source>
            <translation>ไม่ได้เขียนรายงานประจำปี: การตรวจสอบการเปิดเผยพบตัวเลขที่ซ่อน %1 รายการ ที่อาจถูกอนุมานให้แคบกว่า %2 (รายการแรก: %3)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a fiscal year Madoguchi can report on.</source>
            <translation>%1 ไม่ใช่ปีงบประมาณที่ Madoguchi จัดทำรายงานได้</translation>
        </message>
        <message>
            <location filename="../app/reports/fonts.py" line="+94" />
            <source>The font file %1 is missing from %2; reinstall Madoguchi.</source>
            <translation>ไม่พบไฟล์ฟอนต์ %1 ใน %2 กรุณาติดตั้ง Madoguchi ใหม่</translation>
        </message>
        <message>
            <location filename="../app/reports/mail.py" line="+35" />
            <source>The mail subject uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>หัวเรื่องอีเมลใช้ตัวยึดตำแหน่งที่ไม่รู้จัก {%1} ตัวยึดตำแหน่งที่ใช้ได้ ได้แก่: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail body uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>เนื้อหาอีเมลใช้ตัวยึดตำแหน่งที่ไม่รู้จัก {%1} ตัวยึดตำแหน่งที่ใช้ได้ ได้แก่: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail template uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>แม่แบบอีเมลใช้ตัวยึดตำแหน่งที่ไม่รู้จัก {%1} ตัวยึดตำแหน่งที่ใช้ได้ ได้แก่: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail subject has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>หัวเรื่องอีเมลมีตัวยึดตำแหน่งที่ไม่ถูกต้อง: เขียนตัวยึดตำแหน่งในรูปแบบ {town} และเขียนวงเล็บปีกกาตามตัวอักษรเป็น {{ หรือ }}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail body has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>เนื้อหาอีเมลมีตัวยึดตำแหน่งที่ไม่ถูกต้อง: เขียนตัวยึดตำแหน่งในรูปแบบ {town} และเขียนวงเล็บปีกกาตามตัวอักษรเป็น {{ หรือ }}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail template has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>แม่แบบอีเมลมีตัวยึดตำแหน่งที่ไม่ถูกต้อง: เขียนตัวยึดตำแหน่งในรูปแบบ {town} และเขียนวงเล็บปีกกาตามตัวอักษรเป็น {{ หรือ }}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sender address is empty.</source>
            <translation>ไม่ได้กรอกที่อยู่ผู้ส่ง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address is empty.</source>
            <translation>ไม่ได้กรอกที่อยู่ผู้รับ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sender address %1 is not valid.</source>
            <translation>ที่อยู่ผู้ส่ง %1 ไม่ถูกต้อง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address %1 is not valid.</source>
            <translation>ที่อยู่ผู้รับ %1 ไม่ถูกต้อง</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1 is a monthly report, for use inside the town hall only; it is never attached to the mail to the prefecture.</source>
            <translation>%1 เป็นรายงานประจำเดือน ใช้ภายในสำนักงานเทศบาลเท่านั้น จะไม่แนบไปกับอีเมลถึงจังหวัด</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: files are attached as they are, never zipped.</source>
            <translation>%1: ไฟล์จะแนบตามต้นฉบับเสมอ ไม่บีบอัดเป็น zip</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The attachment %1 could not be read.</source>
            <translation>อ่านไฟล์แนบ %1 ไม่ได้</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The password could not be read from the system keyring.</source>
            <translation>อ่านรหัสผ่านจากพวงกุญแจ (keyring)ของระบบไม่ได้</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the SMTP user name before saving a password.</source>
            <translation>กรุณากรอกชื่อผู้ใช้ SMTP ก่อนบันทึกรหัสผ่าน</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No secure keyring is available on this computer, so the password cannot be saved; it will be asked for each time.</source>
            <translation>คอมพิวเตอร์เครื่องนี้ไม่มีพวงกุญแจ (keyring)ที่ปลอดภัย จึงบันทึกรหัสผ่านไม่ได้ ระบบจะถามรหัสผ่านทุกครั้ง</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The password could not be saved in the system keyring.</source>
            <translation>บันทึกรหัสผ่านลงในพวงกุญแจ (keyring)ของระบบไม่ได้</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password could not be removed from the system keyring.</source>
            <translation>ลบรหัสผ่านออกจากพวงกุญแจ (keyring)ของระบบไม่ได้</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No password was given and no secure keyring is available on this computer; enter the SMTP password to send.</source>
            <translation>ไม่ได้ระบุรหัสผ่าน และคอมพิวเตอร์เครื่องนี้ไม่มีพวงกุญแจ (keyring)ที่ปลอดภัย กรุณากรอกรหัสผ่าน SMTP เพื่อส่ง</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No password was given and none is saved in the keyring for %1; enter the SMTP password to send.</source>
            <translation>ไม่ได้ระบุรหัสผ่าน และไม่มีรหัสผ่านของ %1 บันทึกไว้ในพวงกุญแจ (keyring) กรุณากรอกรหัสผ่าน SMTP เพื่อส่ง</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server (SMTP host) is set.</source>
            <translation>ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์อีเมล (โฮสต์ SMTP)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password would travel unencrypted; turn on STARTTLS.</source>
            <translation>รหัสผ่านจะถูกส่งไปโดยไม่เข้ารหัส กรุณาเปิดใช้ STARTTLS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SMTP login cannot send a user name or password with non-ASCII characters (e.g. full-width letters); check what was typed.</source>
            <translation>การเข้าสู่ระบบ SMTP ส่งชื่อผู้ใช้หรือรหัสผ่านที่มีอักขระที่ไม่ใช่ ASCII ไม่ได้ (เช่น ตัวอักษรแบบเต็มความกว้าง) กรุณาตรวจสอบสิ่งที่พิมพ์</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The mail server %1 did not accept the user name or password.</source>
            <translation>เซิร์ฟเวอร์อีเมล %1 ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not offer STARTTLS encryption; nothing was sent.</source>
            <translation>เซิร์ฟเวอร์อีเมล %1 ไม่รองรับการเข้ารหัส STARTTLS ยังไม่ได้ส่งอีเมลออกไป</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not accept a login (SMTP AUTH).</source>
            <translation>เซิร์ฟเวอร์อีเมล %1 ไม่รองรับการเข้าสู่ระบบ (SMTP AUTH)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 cannot take this message.</source>
            <translation>เซิร์ฟเวอร์อีเมล %1 รับข้อความนี้ไม่ได้</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 refused the recipient address %2.</source>
            <translation>เซิร์ฟเวอร์อีเมล %1 ปฏิเสธที่อยู่ผู้รับ %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the sender address %2.</source>
            <translation>เซิร์ฟเวอร์อีเมล %1 ปฏิเสธที่อยู่ผู้ส่ง %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate of %1 could not be verified; nothing was sent.</source>
            <translation>ยืนยันใบรับรองของ %1 ไม่ได้ ยังไม่ได้ส่งอีเมลออกไป</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The encrypted connection (TLS) to %1 failed; nothing was sent.</source>
            <translation>การเชื่อมต่อแบบเข้ารหัส (TLS) ไปยัง %1 ล้มเหลว ยังไม่ได้ส่งอีเมลออกไป</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 closed the connection unexpectedly.</source>
            <translation>เซิร์ฟเวอร์อีเมล %1 ปิดการเชื่อมต่อโดยไม่คาดคิด</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 offers no login method Madoguchi can use.</source>
            <translation>เซิร์ฟเวอร์อีเมล %1 ไม่มีวิธีเข้าสู่ระบบที่ Madoguchi ใช้ได้</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 answered with error %2; nothing was sent.</source>
            <translation>เซิร์ฟเวอร์อีเมล %1 ตอบกลับด้วยข้อผิดพลาด %2 ยังไม่ได้ส่งอีเมลออกไป</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the connection; check the server name and port.</source>
            <translation>เซิร์ฟเวอร์อีเมล %1 ปฏิเสธการเชื่อมต่อ กรุณาตรวจสอบชื่อเซิร์ฟเวอร์และพอร์ต</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server name %1 could not be found.</source>
            <translation>ไม่พบชื่อเซิร์ฟเวอร์อีเมล %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 did not answer within %2 seconds.</source>
            <translation>เซิร์ฟเวอร์อีเมล %1 ไม่ตอบสนองภายใน %2 วินาที</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sending through the mail server %1 failed.</source>
            <translation>การส่งผ่านเซิร์ฟเวอร์อีเมล %1 ล้มเหลว</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not connect to the mail server %1.</source>
            <translation>เชื่อมต่อกับเซิร์ฟเวอร์อีเมล %1 ไม่ได้</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="+56" />
            <source>That resident no longer exists.</source>
            <translation>ผู้พำนักคนนี้ไม่มีอยู่อีกต่อไป</translation>
        </message>
        <message>
            <location line="+50" />
            <source>This resident has %1 linked records; delete or reassign them first.</source>
            <translation>ผู้พำนักคนนี้มีระเบียนที่เชื่อมโยงอยู่ %1 รายการ กรุณาลบระเบียนเหล่านั้นหรือย้ายไปเชื่อมโยงกับผู้พำนักคนอื่นก่อน</translation>
        </message>
        <message>
            <location filename="../app/retention.py" line="+94" />
            <source>The retention period must be at least one year.</source>
            <translation>ระยะเวลาการเก็บรักษาข้อมูลต้องไม่น้อยกว่าหนึ่งปี</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The retention period can be at most %1 years.</source>
            <translation>ระยะเวลาการเก็บรักษาข้อมูลต้องไม่เกิน %1 ปี</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Only an administrator can purge residents' records.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่ล้างระเบียนของผู้พำนักอย่างถาวรได้</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some of those residents no longer exist; nothing was changed.</source>
            <translation>ผู้พำนักบางคนในรายการนี้ไม่มีอยู่อีกต่อไป ไม่มีการเปลี่ยนแปลงใดๆ</translation>
        </message>
        <message>
            <location filename="../app/rows.py" line="+26" />
            <source>The resident no longer exists; it may have been deleted.</source>
            <translation>ผู้พำนักคนนี้ไม่มีอยู่อีกต่อไป อาจถูกลบไปแล้ว</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The consultation no longer exists; it may have been deleted.</source>
            <translation>การปรึกษานี้ไม่มีอยู่อีกต่อไป อาจถูกลบไปแล้ว</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The accompaniment no longer exists; it may have been deleted.</source>
            <translation>การพาไปติดต่อนี้ไม่มีอยู่อีกต่อไป อาจถูกลบไปแล้ว</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The session no longer exists; it may have been deleted.</source>
            <translation>กิจกรรมนี้ไม่มีอยู่อีกต่อไป อาจถูกลบไปแล้ว</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The organisation no longer exists; it may have been deleted.</source>
            <translation>หน่วยงานนี้ไม่มีอยู่อีกต่อไป อาจถูกลบไปแล้ว</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bridge person no longer exists; it may have been deleted.</source>
            <translation>ผู้เชื่อมประสานคนนี้ไม่มีอยู่อีกต่อไป อาจถูกลบไปแล้ว</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The knowledge entry no longer exists; it may have been deleted.</source>
            <translation>รายการความรู้นี้ไม่มีอยู่อีกต่อไป อาจถูกลบไปแล้ว</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The %1 no longer exists; it may have been deleted.</source>
            <translation>ระเบียนนี้ (%1) ไม่มีอยู่อีกต่อไป อาจถูกลบไปแล้ว</translation>
        </message>
        <message>
            <location filename="../app/sessions.py" line="+24" />
            <source>That session no longer exists.</source>
            <translation>กิจกรรมนี้ไม่มีอยู่อีกต่อไป</translation>
        </message>
        <message>
            <location filename="../app/storage.py" line="+27" />
            <source>The database is on a network drive, where SQLite is not safe and the file can be damaged, so please keep it on this computer's own disk.</source>
            <translation>ฐานข้อมูลอยู่บนไดรฟ์เครือข่าย ซึ่ง SQLite ทำงานได้ไม่ปลอดภัยและไฟล์อาจเสียหายได้ กรุณาเก็บฐานข้อมูลไว้ในดิสก์ของคอมพิวเตอร์เครื่องนี้</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by %1, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>ฐานข้อมูลอยู่ในโฟลเดอร์ที่ซิงค์โดย %1 ซึ่ง SQLite ทำงานได้ไม่ปลอดภัยและไฟล์อาจเสียหายได้ กรุณาย้ายไปยังโฟลเดอร์ที่ไม่ได้ซิงค์</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by a cloud storage service, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>ฐานข้อมูลอยู่ในโฟลเดอร์ที่ซิงค์โดยบริการพื้นที่เก็บข้อมูลบนคลาวด์ ซึ่ง SQLite ทำงานได้ไม่ปลอดภัยและไฟล์อาจเสียหายได้ กรุณาย้ายไปยังโฟลเดอร์ที่ไม่ได้ซิงค์</translation>
        </message>
        <message>
            <location filename="../app/store.py" line="-256" />
            <source>The disk is full: this record was not saved. Free some space and save again.</source>
            <translation>ดิสก์เต็ม: ระเบียนนี้ยังไม่ได้บันทึก กรุณาเพิ่มพื้นที่ว่างแล้วบันทึกอีกครั้ง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disk could not be written: this record was not saved. Check the drive and save again.</source>
            <translation>เขียนข้อมูลลงดิสก์ไม่ได้: ระเบียนนี้ยังไม่ได้บันทึก กรุณาตรวจสอบไดรฟ์แล้วบันทึกอีกครั้ง</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the settings.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนการตั้งค่าได้</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the code lists.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนรายการรหัสได้</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the report settings.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนการตั้งค่ารายงานได้</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can export every record.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่ส่งออกระเบียนทั้งหมดได้</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import records.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่นำเข้าระเบียนได้</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import a knowledge pack.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่นำเข้าชุดความรู้ได้</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can put residents' names in a handover pack.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่ใส่ชื่อผู้พำนักในชุดเอกสารส่งมอบงานได้</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The database is busy: another Madoguchi (perhaps a command-line import) is writing to it. Nothing was saved yet; try again in a moment.</source>
            <translation>ฐานข้อมูลไม่ว่าง Madoguchi อีกตัวหนึ่ง (อาจเป็นการนำเข้าผ่านบรรทัดคำสั่ง) กำลังเขียนข้อมูลอยู่ ยังไม่ได้บันทึกข้อมูลใดๆ กรุณาลองอีกครั้งในอีกสักครู่</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This database was closed (after a change of user or a restore).</source>
            <translation>ฐานข้อมูลนี้ถูกปิดแล้ว (หลังจากเปลี่ยนผู้ใช้หรือกู้คืนข้อมูล)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only an administrator can %1.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่ทำรายการนี้ได้: %1</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is on read-only media (or in a folder that cannot be written): it can be read and reported on, but nothing can be changed in it.</source>
            <translation>%1 อยู่บนสื่อที่อ่านได้อย่างเดียว (หรืออยู่ในโฟลเดอร์ที่เขียนไม่ได้) สามารถอ่านและจัดทำรายงานได้ แต่เปลี่ยนแปลงสิ่งใดในไฟล์ไม่ได้</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is on read-only media and was made by an older Madoguchi, so it cannot be updated to be read; copy it to this computer's disk first.</source>
            <translation>%1 อยู่บนสื่อที่อ่านได้อย่างเดียวและสร้างโดย Madoguchi รุ่นเก่า จึงอัปเดตเพื่อให้อ่านได้ไม่ได้ กรุณาคัดลอกไปยังดิสก์ของคอมพิวเตอร์เครื่องนี้ก่อน</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is empty (0 bytes), so it holds no records; it was kept as it is. Restore the newest backup instead.</source>
            <translation>%1 ว่างเปล่า (0 ไบต์) จึงไม่มีระเบียนใดๆ และถูกเก็บไว้ตามเดิม กรุณากู้คืนข้อมูลสำรองล่าสุดแทน</translation>
        </message>
        <message>
            <location filename="../app/tableimport/cells.py" line="+21" />
            <source>'%1' is not a date.</source>
            <translation>'%1' ไม่ใช่วันที่</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is a date that does not exist.</source>
            <translation>'%1' เป็นวันที่ที่ไม่มีอยู่จริง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date is empty.</source>
            <translation>ไม่มีวันที่</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' has no year, and the sheet's title names no 年度: set the fiscal year in the mapping.</source>
            <translation>'%1' ไม่มีปี และชื่อชีตไม่ได้ระบุปีงบประมาณ (年度) กรุณากำหนดปีงบประมาณในการจับคู่</translation>
        </message>
        <message>
            <location filename="../app/tableimport/command.py" line="+64" />
            <source>Give --user NAME: the new town's first administrator.</source>
            <translation>กรุณาระบุ --user NAME: ผู้ดูแลระบบคนแรกของเมืองใหม่</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 is a mapping for a resident roster; add --roster.</source>
            <translation>%1 เป็นการจับคู่สำหรับทะเบียนผู้พำนัก กรุณาเพิ่ม --roster</translation>
        </message>
        <message>
            <location filename="../app/tableimport/errors.py" line="+18" />
            <source>%1 is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.</source>
            <translation>%1 ไม่ใช่เวิร์กบุ๊ก Excel (.xlsx, .xls) หรือไฟล์ CSV ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is protected with a password: open it in Excel, remove the password, save it and try again. Nothing was imported.</source>
            <translation>%1 ป้องกันด้วยรหัสผ่าน กรุณาเปิดใน Excel ลบรหัสผ่าน บันทึก แล้วลองอีกครั้ง ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than %2 MB, the most a table import reads. Nothing was imported.</source>
            <translation>%1 มีขนาดเกิน %2 MB ซึ่งเป็นขนาดสูงสุดที่การนำเข้าตารางอ่านได้ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 unpacks to more than %2 MB, more than a table import reads. Nothing was imported.</source>
            <translation>%1 เมื่อแตกไฟล์แล้วมีขนาดเกิน %2 MB ซึ่งเกินกว่าที่การนำเข้าตารางอ่านได้ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 rows, the most a table import reads. Nothing was imported.</source>
            <translation>ชีต '%1' มีมากกว่า %2 แถว ซึ่งเป็นจำนวนสูงสุดที่การนำเข้าตารางอ่านได้ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 columns, the most a table import reads. Nothing was imported.</source>
            <translation>ชีต '%1' มีมากกว่า %2 คอลัมน์ ซึ่งเป็นจำนวนสูงสุดที่การนำเข้าตารางอ่านได้ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1', row %2 has a cell of %3 characters or more, as long as Excel itself allows. Nothing was imported.</source>
            <translation>ชีต '%1' แถว %2 มีเซลล์ที่ยาว %3 อักขระขึ้นไป ซึ่งเท่ากับความยาวสูงสุดที่ Excel อนุญาต ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be read as a spreadsheet; it may be damaged. Nothing was imported.</source>
            <translation>อ่าน %1 เป็นสเปรดชีตไม่ได้ ไฟล์อาจเสียหาย ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file at %1.</source>
            <translation>ไม่มีไฟล์ที่ %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file has no sheet named '%1'. Nothing was imported.</source>
            <translation>ไฟล์ไม่มีชีตชื่อ '%1' ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file was already imported on %1 by %2; importing it again would add its records twice. Nothing was imported.</source>
            <translation>ไฟล์นี้ถูกนำเข้าแล้วเมื่อ %1 โดย %2 การนำเข้าอีกครั้งจะทำให้ระเบียนซ้ำกัน ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 rows have problems (see the preview or the report); correct the file or the mapping, or choose to skip those rows. Nothing was imported.</source>
            <translation>มี %1 แถวที่มีปัญหา (ดูตัวอย่างหรือรายงาน) กรุณาแก้ไขไฟล์หรือการจับคู่ หรือเลือกข้ามแถวเหล่านั้น ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No row of the file can be imported. Nothing was imported.</source>
            <translation>ไม่มีแถวใดในไฟล์ที่นำเข้าได้ ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a Madoguchi mapping profile (%2). Nothing was imported.</source>
            <translation>%1 ไม่ใช่โปรไฟล์การจับคู่ของ Madoguchi (%2) ไม่ได้นำเข้าข้อมูลใดๆ</translation>
        </message>
        <message>
            <location filename="../app/tableimport/messages.py" line="-53" />
            <source>Blank row.</source>
            <translation>แถวว่าง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Above the header row (a title or a note).</source>
            <translation>อยู่เหนือแถวหัวตาราง (ชื่อเรื่องหรือหมายเหตุ)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The header row.</source>
            <translation>แถวหัวตาราง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A total row (合計).</source>
            <translation>แถวผลรวม (合計)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Struck through: a cancelled entry.</source>
            <translation>มีขีดฆ่า: รายการที่ยกเลิกแล้ว</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked as cancelled (取消).</source>
            <translation>มีเครื่องหมายยกเลิก (取消)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A summary sheet with formulas.</source>
            <translation>ชีตสรุปที่มีสูตร</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No header row with known column names.</source>
            <translation>ไม่มีแถวหัวตารางที่มีชื่อคอลัมน์ที่รู้จัก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A hidden sheet (choose it to import it).</source>
            <translation>ชีตที่ซ่อนอยู่ (เลือกชีตนี้หากต้องการนำเข้า)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sheet was not chosen.</source>
            <translation>ไม่ได้เลือกชีตนี้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped for its problems, as the mapping asks: %1</source>
            <translation>ข้ามเนื่องจากมีปัญหา ตามที่กำหนดในการจับคู่: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 '%2' has no code: choose one in the mapping.</source>
            <translation>%1 '%2' ไม่มีรหัส กรุณาเลือกรหัสในการจับคู่</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No value for “%1”: map a column to it or set a default in the mapping.</source>
            <translation>ไม่มีค่าสำหรับ “%1”: จับคู่คอลัมน์ให้ หรือกำหนดค่าเริ่มต้นในการจับคู่</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No topic.</source>
            <translation>ไม่มีหัวข้อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a time of day.</source>
            <translation>'%1' ไม่ใช่เวลา</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a number of minutes.</source>
            <translation>'%1' ไม่ใช่จำนวนนาที</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name matches %1 residents; tell them apart in Madoguchi first.</source>
            <translation>ชื่อนี้ตรงกับผู้พำนัก %1 คน กรุณาแยกแยะบุคคลเหล่านี้ใน Madoguchi ก่อน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field '%1': %2</source>
            <translation>ฟิลด์ '%1': %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New resident.</source>
            <translation>ผู้พำนักใหม่</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched an existing resident.</source>
            <translation>ตรงกับผู้พำนักที่มีอยู่แล้ว</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous.</source>
            <translation>ไม่ระบุตัวตน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not on the roster any more (moved out?): not changed, check by hand.</source>
            <translation>ไม่อยู่ในทะเบียนแล้ว (ย้ายออก?) ไม่มีการเปลี่ยนแปลง กรุณาตรวจสอบด้วยตนเอง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: %1 updated.</source>
            <translation>ตรงกัน: อัปเดต %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same name is already on the roster (sheet '%1', row %2).</source>
            <translation>มีชื่อเดียวกันอยู่ในทะเบียนแล้ว (ชีต '%1' แถว %2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: nothing to change.</source>
            <translation>ตรงกัน: ไม่มีการเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../app/tableimport/roster.py" line="+54" />
            <source>%1 is a mapping for a consultation log, not for a roster.</source>
            <translation>%1 เป็นการจับคู่สำหรับบันทึกการปรึกษา ไม่ใช่สำหรับทะเบียนผู้พำนัก</translation>
        </message>
        <message>
            <location filename="../app/roles.py" line="+41" />
            <source>Madoguchi found changes made outside it: %1. The audit trail records them.</source>
            <translation>Madoguchi พบการเปลี่ยนแปลงที่ทำจากภายนอกโปรแกรม: %1 บันทึกการตรวจสอบได้บันทึกการเปลี่ยนแปลงเหล่านี้ไว้แล้ว</translation>
        </message>
        <message>
            <location filename="../app/reports/annual.py" line="+33" />
            <source>The annual report was not made: the hidden figure %1 cannot be protected together with the reports of this year issued before. Nothing was written.</source>
            <translation>ไม่ได้สร้างรายงานประจำปี: ตัวเลขที่ซ่อน %1 ไม่สามารถปกป้องได้เมื่อรวมกับรายงานของปีนี้ที่ออกไปแล้ว ไม่มีการเขียนสิ่งใด</translation>
        </message>
        <message>
            <location filename="../app/kind_records.py" line="+52" />
            <source>That record no longer exists.</source>
            <translation>บันทึกนั้นไม่มีอยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="+74" />
            <source>%1 is not a category mapping (a JSON object with id, name and categories).</source>
            <translation>%1 ไม่ใช่การจับคู่หมวดหมู่ (ออบเจ็กต์ JSON ที่มี id, name และ categories)</translation>
        </message>
        <message>
            <location filename="../app/reports/categories_cli.py" line="+23" />
            <source>%1 is not a category of %2; the categories are: %3.</source>
            <translation>%1 ไม่ใช่หมวดหมู่ของ %2 หมวดหมู่ที่มีคือ: %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 could not be read as JSON.</source>
            <translation>อ่าน %1 เป็น JSON ไม่ได้</translation>
        </message>
        <message>
            <location filename="../app/reports/datafile.py" line="+50" />
            <source>The annual data file needs the town's municipality code (全国地方公共団体コード): enter it in Settings → Reports.</source>
            <translation>ไฟล์ข้อมูลประจำปีต้องมีรหัสองค์กรปกครองท้องถิ่นของเทศบาล (全国地方公共団体コード): กรอกที่ การตั้งค่า → รายงาน</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The annual data file needs the town's name: enter it in Settings.</source>
            <translation>ไฟล์ข้อมูลประจำปีต้องมีชื่อเทศบาล: กรอกที่ การตั้งค่า</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is too large to be an annual data file.</source>
            <translation>%1 ใหญ่เกินกว่าจะเป็นไฟล์ข้อมูลประจำปี</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read.</source>
            <translation>อ่าน %1 ไม่ได้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi annual data file.</source>
            <translation>%1 ไม่ใช่ไฟล์ข้อมูลประจำปีของ Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was made by a newer Madoguchi (data format %2; this version reads up to %3): please update Madoguchi to read it.</source>
            <translation>%1 สร้างโดย Madoguchi รุ่นใหม่กว่า (รูปแบบข้อมูล %2 รุ่นนี้อ่านได้ถึง %3): โปรดอัปเดต Madoguchi เพื่ออ่าน</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, newer than this Madoguchi knows (%3): please update Madoguchi to read it.</source>
            <translation>%1 ใช้รายการรหัสรุ่น %2 ซึ่งใหม่กว่าที่ Madoguchi นี้รู้จัก (%3): โปรดอัปเดต Madoguchi เพื่ออ่าน</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 does not follow the annual data format at %2 (%3); was it edited by hand?</source>
            <translation>%1 ไม่เป็นไปตามรูปแบบข้อมูลประจำปีที่ %2 (%3) มีการแก้ไขด้วยมือหรือไม่</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 does not add up: %2; was it edited by hand?</source>
            <translation>%1 ยอดรวมไม่ตรงกัน: %2 มีการแก้ไขด้วยมือหรือไม่</translation>
        </message>
        <message>
            <location line="+138" />
            <source>the municipality code's check digit</source>
            <translation>ตัวเลขตรวจสอบของรหัสเทศบาล</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the cut-off date</source>
            <translation>วันที่ตัดยอด</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cut-off date lies outside the fiscal year</source>
            <translation>วันที่ตัดยอดอยู่นอกปีงบประมาณ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>provisional, by the cut-off date</source>
            <translation>เป็นข้อมูลเบื้องต้นหรือไม่ ตามวันที่ตัดยอด</translation>
        </message>
        <message>
            <location line="+3" />
            <source>exact or suppressed counts</source>
            <translation>จำนวนที่แน่นอนหรือจำนวนที่ปิดบังแล้ว</translation>
        </message>
        <message>
            <location line="+3" />
            <source>an x among exact counts</source>
            <translation>มี x อยู่ในจำนวนที่แน่นอน</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 and the total of %2</source>
            <translation>%1 กับยอดรวมของ %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the months of %1</source>
            <translation>ตัวเลขรายเดือนของ %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a month of %1 outside the fiscal year</source>
            <translation>มีเดือนของ %1 อยู่นอกปีงบประมาณ</translation>
        </message>
        <message>
            <location filename="../app/reports/send.py" line="+23" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>ตั้งค่าที่อยู่อีเมลของจังหวัดและเซิร์ฟเวอร์อีเมลในการตั้งค่าก่อน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file to attach at %1.</source>
            <translation>ไม่มีไฟล์ที่จะแนบที่ %1</translation>
        </message>
        <message>
            <location filename="../app/rollup/inputs.py" line="+19" />
            <source>Give at least one annual data file to roll up.</source>
            <translation>ระบุไฟล์ข้อมูลประจำปีอย่างน้อยหนึ่งไฟล์เพื่อสรุปรวม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is for %2, not %3 like %4; a roll-up covers one fiscal year. Nothing was written.</source>
            <translation>%1 เป็นของ %2 ไม่ใช่ %3 เหมือน %4 การสรุปรวมครอบคลุมปีงบประมาณเดียว ไม่ได้เขียนสิ่งใด</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 and %2 are both from %3 (municipality code %4); give one file per town. Nothing was written.</source>
            <translation>%1 และ %2 มาจาก %3 ทั้งคู่ (รหัสองค์กรปกครองท้องถิ่น %4) ให้หนึ่งไฟล์ต่อหนึ่งเทศบาล ไม่ได้เขียนสิ่งใด</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is provisional (records up to %2); roll up final files only, or ask for a provisional roll-up. Nothing was written.</source>
            <translation>%1 เป็นฉบับชั่วคราว (บันทึกถึง %2) สรุปรวมเฉพาะไฟล์ฉบับสมบูรณ์ หรือเลือกการสรุปรวมแบบชั่วคราว ไม่ได้เขียนสิ่งใด</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, which this Madoguchi cannot map to its own; nothing was written.</source>
            <translation>%1 ใช้รายการรหัสรุ่น %2 ซึ่ง Madoguchi นี้จับคู่กับของตนไม่ได้ ไม่ได้เขียนสิ่งใด</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is given twice. Nothing was written.</source>
            <translation>%1 ถูกระบุสองครั้ง ไม่ได้เขียนสิ่งใด</translation>
        </message>
        <message>
            <location filename="../app/rollup/report.py" line="-6" />
            <source>The roll-up was not written: the hidden figure %1 cannot be protected; nothing was written.</source>
            <translation>ไม่ได้เขียนผลสรุปรวม: ไม่สามารถปกป้องตัวเลขที่ซ่อน %1 ได้ ไม่ได้เขียนสิ่งใด</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The threshold is a whole number from 1 to 100 and the protection width one from 0 to 1000.</source>
            <translation>เกณฑ์เป็นจำนวนเต็ม 1 ถึง 100 และความกว้างการปกป้องเป็นจำนวนเต็ม 0 ถึง 1000</translation>
        </message>
        <message>
            <location filename="../app/rollup/tables.py" line="+24" />
            <source>%1 does not add up (a table and its total differ); was it edited by hand? Nothing was written.</source>
            <translation>%1 ยอดรวมไม่ตรงกัน (ตารางกับยอดรวมต่างกัน) มีการแก้ไขด้วยมือหรือไม่ ไม่ได้เขียนสิ่งใด</translation>
        </message>
        <message>
            <location filename="../app/devices.py" line="-2" />
            <source>%1 already exists; choose a new file name for the other device's copy.</source>
            <translation>%1 มีอยู่แล้ว เลือกชื่อไฟล์ใหม่สำหรับสำเนาของอุปกรณ์อื่น</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No device %1 is known to this town.</source>
            <translation>เทศบาลนี้ไม่รู้จักอุปกรณ์ %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device cannot revoke itself.</source>
            <translation>อุปกรณ์นี้เพิกถอนตัวเองไม่ได้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can add a device.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เพิ่มอุปกรณ์ได้</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can revoke a device.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เพิกถอนอุปกรณ์ได้</translation>
        </message>
        <message>
            <location filename="../app/exchange.py" line="+48" />
            <source>Some of these records were deleted from the database while the file was being imported. Nothing was imported.</source>
            <translation>บันทึกบางรายการถูกลบออกจากฐานข้อมูลระหว่างนำเข้าไฟล์ ไม่ได้นำเข้าสิ่งใด</translation>
        </message>
        <message>
            <location filename="../app/exchange_apply.py" line="+32" />
            <source>A record refers to another record that is not here; nothing was changed.</source>
            <translation>บันทึกหนึ่งอ้างถึงบันทึกอื่นที่ไม่มีอยู่ที่นี่ ไม่มีสิ่งใดถูกเปลี่ยน</translation>
        </message>
        <message>
            <location filename="../app/sync/conflicts.py" line="+29" />
            <source>That conflict was already resolved.</source>
            <translation>ข้อขัดแย้งนั้นแก้ไขแล้ว</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose mine, theirs or a new value for field %1.</source>
            <translation>เลือกของฉัน ของอีกฝ่าย หรือค่าใหม่สำหรับช่อง %1</translation>
        </message>
        <message>
            <location filename="../app/sync/engine.py" line="+40" />
            <source>Only an encrypted town can be synced between devices.</source>
            <translation>ซิงค์ระหว่างอุปกรณ์ได้เฉพาะข้อมูลเทศบาลที่เข้ารหัสแล้วเท่านั้น</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was written by this device; there is nothing to apply.</source>
            <translation>%1 เขียนโดยอุปกรณ์นี้ ไม่มีอะไรต้องนำไปใช้</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 comes from a device that was revoked; nothing was changed.</source>
            <translation>%1 มาจากอุปกรณ์ที่ถูกเพิกถอนแล้ว ไม่มีสิ่งใดถูกเปลี่ยน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made by a newer Madoguchi (schema %2; this device has %3): update Madoguchi on this device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 สร้างโดย Madoguchi รุ่นใหม่กว่า (สคีมา %2 อุปกรณ์นี้มี %3): อัปเดต Madoguchi บนอุปกรณ์นี้ก่อน ไม่มีสิ่งใดถูกเปลี่ยนและไม่มีสิ่งใดสูญหาย</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 was made by an older Madoguchi (schema %2; this device has %3): update Madoguchi on the other device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 สร้างโดย Madoguchi รุ่นเก่ากว่า (สคีมา %2 อุปกรณ์นี้มี %3): อัปเดต Madoguchi บนอุปกรณ์อื่นก่อน ไม่มีสิ่งใดถูกเปลี่ยนและไม่มีสิ่งใดสูญหาย</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 holds a record this device cannot take (%2); nothing was changed.</source>
            <translation>%1 มีบันทึกที่อุปกรณ์นี้รับไม่ได้ (%2) ไม่มีสิ่งใดถูกเปลี่ยน</translation>
        </message>
        <message>
            <location filename="../app/sync/folder.py" line="+27" />
            <source>The sync folder %1 cannot be reached; nothing was exchanged.</source>
            <translation>เข้าถึงโฟลเดอร์ซิงค์ %1 ไม่ได้ ไม่มีการแลกเปลี่ยนใดๆ</translation>
        </message>
        <message>
            <location filename="../app/sync/packet.py" line="+28" />
            <source>%1 is not a Madoguchi sync packet.</source>
            <translation>%1 ไม่ใช่แพ็กเก็ตซิงค์ของ Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is a sync packet of another town; nothing was changed.</source>
            <translation>%1 เป็นแพ็กเก็ตซิงค์ของเทศบาลอื่น ไม่มีสิ่งใดถูกเปลี่ยน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made with another key, or was changed after it was written; nothing was changed.</source>
            <translation>%1 สร้างด้วยกุญแจอื่น หรือถูกแก้ไขหลังจากเขียน ไม่มีสิ่งใดถูกเปลี่ยน</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is too large for a sync packet; nothing was changed.</source>
            <translation>%1 ใหญ่เกินไปสำหรับแพ็กเก็ตซิงค์ ไม่มีสิ่งใดถูกเปลี่ยน</translation>
        </message>
        <message>
            <location filename="../app/reports/schema_check.py" line="+96" />
            <source>matches none of the allowed forms</source>
            <translation>ไม่ตรงกับรูปแบบที่อนุญาตใดเลย</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not of the expected kind (%1)</source>
            <translation>ไม่ใช่ชนิดค่าที่คาดไว้ (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be %1</source>
            <translation>ควรเป็น %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be one of %1</source>
            <translation>ควรเป็นค่าหนึ่งใน %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>should be at least %1</source>
            <translation>ควรมีค่าอย่างน้อย %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be at most %1</source>
            <translation>ควรมีค่าไม่เกิน %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>has more than %1 items</source>
            <translation>มีรายการมากกว่า %1 รายการ</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is too short</source>
            <translation>สั้นเกินไป</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is too long</source>
            <translation>ยาวเกินไป</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is not in the expected form</source>
            <translation>ไม่อยู่ในรูปแบบที่คาดไว้</translation>
        </message>
        <message>
            <location line="+6" />
            <source>lacks %1</source>
            <translation>ไม่มี %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>has more than %1 entries</source>
            <translation>มีมากกว่า %1 รายการ</translation>
        </message>
        <message>
            <location line="+11" />
            <source>is not expected here</source>
            <translation>ไม่ควรอยู่ตรงนี้</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+53" />
            <source>The database %1 is missing, but its key file is there. Restore the database from a backup; no new database was made.</source>
            <translation>ไม่พบฐานข้อมูล %1 แต่มีไฟล์กุญแจอยู่ กรุณากู้คืนฐานข้อมูลจากข้อมูลสำรอง ระบบไม่ได้สร้างฐานข้อมูลใหม่</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a database file.</source>
            <translation>%1 ไม่ใช่ไฟล์ฐานข้อมูล</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 ไม่ได้เข้ารหัส Madoguchi เก็บระเบียนไว้ในฐานข้อมูลที่เข้ารหัสเท่านั้น ไฟล์นี้ไม่ถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>ไม่พบไฟล์กุญแจ %1 ข้างฐานข้อมูล จึงเปิดฐานข้อมูลไม่ได้</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The folder %1 does not exist; no database was made.</source>
            <translation>ไม่มีโฟลเดอร์ %1 จึงไม่ได้สร้างฐานข้อมูล</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot make its data folder %1 (%2).</source>
            <translation>Madoguchi สร้างโฟลเดอร์ข้อมูล %1 ไม่ได้ (%2)</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/kinds.py" line="+273" />
            <source>Unknown code list.</source>
            <translation>ไม่รู้จักรายการรหัสนี้</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Use letters, digits and underscores only.</source>
            <translation>ใช้ได้เฉพาะตัวอักษรภาษาอังกฤษ ตัวเลข และขีดล่าง (_)</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="-17" />
            <location line="+3" />
            <location line="+5" />
            <location filename="../app/validation.py" line="+19" />
            <source>Required.</source>
            <translation>จำเป็นต้องกรอก</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Already in the list.</source>
            <translation>มีอยู่ในรายการแล้ว</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="-184" />
            <source>Write the Japanese version first.</source>
            <translation>กรุณาเขียนฉบับภาษาญี่ปุ่นก่อน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One text per language.</source>
            <translation>ภาษาละหนึ่งข้อความเท่านั้น</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+301" />
            <location filename="../app/knowledge.py" line="+4" />
            <source>Each language needs a question and an answer.</source>
            <translation>แต่ละภาษาต้องมีทั้งคำถามและคำตอบ</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>วันที่ไม่ถูกต้อง (ใช้รูปแบบ YYYY-MM-DD)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real time (use HH:MM).</source>
            <translation>เวลาไม่ถูกต้อง (ใช้รูปแบบ HH:MM)</translation>
        </message>
        <message>
            <location filename="../app/accounts.py" line="-422" />
            <source>Use at least 8 characters.</source>
            <translation>ใช้อย่างน้อย 8 ตัวอักษร</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Not a usable user name.</source>
            <translation>ใช้ชื่อผู้ใช้นี้ไม่ได้</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too like the name of another user; choose another.</source>
            <translation>คล้ายกับชื่อของผู้ใช้อื่นมากเกินไป กรุณาเลือกชื่ออื่น</translation>
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
            <translation>ไม่อยู่ในรายการรหัส</translation>
        </message>
        <message>
            <location line="-97" />
            <source>This user already exists.</source>
            <translation>มีผู้ใช้นี้อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="-3" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM; in a file, YYYY-MM-DDTHH:MM).</source>
            <translation>วันและเวลาไม่ถูกต้อง (ใช้ YYYY-MM-DD HH:MM; ในไฟล์ใช้ YYYY-MM-DDTHH:MM)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lies in the future.</source>
            <translation>เป็นวันในอนาคต</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back is before time out.</source>
            <translation>เวลากลับอยู่ก่อนเวลาออก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date is before the event.</source>
            <translation>วันติดตามผลอยู่ก่อนวันที่เกิดเหตุการณ์</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a name in native script or in Latin letters.</source>
            <translation>กรอกชื่อด้วยอักษรของภาษาแม่หรืออักษรละติน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use katakana only.</source>
            <translation>ใช้ตัวคาตาคานะเท่านั้น</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A residence card number is 2 letters, 8 digits and 2 letters (AB12345678CD).</source>
            <translation>เลขบัตรผู้พำนักประกอบด้วยตัวอักษร 2 ตัว ตัวเลข 8 หลัก และตัวอักษร 2 ตัว (AB12345678CD)</translation>
        </message>
        <message>
            <location filename="../app/kinds.py" line="-225" />
            <source>Choose at least one topic.</source>
            <translation>เลือกอย่างน้อยหนึ่งหัวข้อ</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+4" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>เลือกผู้พำนัก หรือเลือกสัญชาติสำหรับระเบียนแบบไม่ระบุตัวตน</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Choose the nationality of each row of unregistered attendees.</source>
            <translation>โปรดเลือกสัญชาติในแต่ละแถวของผู้เข้าร่วมที่ไม่ได้ลงทะเบียน</translation>
        </message>
        <message>
            <location filename="../app/reports/config.py" line="-22" />
            <location line="+2" />
            <location line="+4" />
            <location filename="../app/validation.py" line="-167" />
            <source>Out of range.</source>
            <translation>อยู่นอกช่วงที่กำหนด</translation>
        </message>
        <message>
            <location line="+3" />
            <source>More foreign residents than residents.</source>
            <translation>จำนวนผู้พำนักชาวต่างชาติมากกว่าจำนวนประชากร</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not an email address.</source>
            <translation>ไม่ใช่ที่อยู่อีเมล</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="-55" />
            <source>That resident no longer exists.</source>
            <translation>ผู้พำนักคนนี้ไม่มีอยู่อีกต่อไป</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="-20" />
            <source>must be a list of codes.</source>
            <translation>ต้องเป็นรายการ (list) ของรหัส</translation>
        </message>
        <message>
            <location line="+36" />
            <source>counts must be whole numbers.</source>
            <translation>จำนวนต้องเป็นจำนวนเต็ม</translation>
        </message>
        <message>
            <location line="+3" />
            <source>each contact needs exactly 'app' and 'handle'.</source>
            <translation>ช่องทางติดต่อแต่ละรายการต้องมีเฉพาะ 'app' และ 'handle'</translation>
        </message>
        <message>
            <location filename="../app/handover.py" line="-453" />
            <source>At most 20,000 characters.</source>
            <translation>ไม่เกิน 20,000 ตัวอักษร</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="-33" />
            <source>A resident cannot be linked to themselves.</source>
            <translation>ไม่สามารถเชื่อมโยงผู้พำนักกับตนเองได้</translation>
        </message>
        <message>
            <location filename="../app/reports/municipality.py" line="+10" />
            <source>A municipality code has six digits.</source>
            <translation>รหัสองค์กรปกครองท้องถิ่นมีหกหลัก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last digit of this municipality code does not match the others.</source>
            <translation>หลักสุดท้ายของรหัสนี้ไม่ตรงกับหลักอื่น</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A municipality code starts with a prefecture number from 01 to 47.</source>
            <translation>รหัสองค์กรปกครองท้องถิ่นขึ้นต้นด้วยหมายเลขจังหวัด 01 ถึง 47</translation>
        </message>
    </context>
</TS>
