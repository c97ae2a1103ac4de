<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+29" />
            <source>Accompaniment</source>
            <translation>လိုက်ပါကူညီမှု</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>လိုက်ပါကူညီမှု #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+10" />
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you left the office</source>
            <translation>ရုံးမှ ထွက်ခွာသည့်အချိန်</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time out</source>
            <translation>ထွက်ချိန်</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you were back at the office</source>
            <translation>ရုံးသို့ ပြန်ရောက်သည့်အချိန်</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time back</source>
            <translation>ပြန်ရောက်ချိန်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Resident</source>
            <translation>နေထိုင်သူ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Destination</source>
            <translation>သွားရောက်ရာနေရာ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Organisation</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Facility or counter</source>
            <translation>အဆောက်အအုံ သို့မဟုတ် ကောင်တာ</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Facility</source>
            <translation>အဆောက်အအုံ</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>e.g. 内科, 住民課</source>
            <translation>ဥပမာ 内科, 住民課</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Department</source>
            <translation>ဌာန</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Who went with the resident</source>
            <translation>နေထိုင်သူနှင့် လိုက်ပါသွားသူ</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Accompanied by</source>
            <translation>လိုက်ပါသူ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Interpreter</source>
            <translation>စကားပြန်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Purpose</source>
            <translation>ရည်ရွယ်ချက်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Outcome</source>
            <translation>ရလဒ်</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+4" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>အထူးဂရုပြုရမည့် ကိုယ်ရေးအချက်အလက် (要配慮個人情報)- ရောဂါအမည်၊ ရောဂါလက္ခဏာနှင့် ကုသမှု။ နောက်ဆက်တွဲအတွက် လိုအပ်သည်များကိုသာ နေထိုင်သူ၏ သဘောတူညီချက်ဖြင့်သာ ရေးပါ။</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Health details (sensitive)</source>
            <translation>ကျန်းမာရေး အသေးစိတ် (အထူးဂရုပြုရန်)</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+9" />
            <source> km</source>
            <translation> ကီလိုမီတာ</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Distance (round trip)</source>
            <translation>အကွာအဝေး (အသွားအပြန်)</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+5" />
            <source> yen</source>
            <translation> ယန်း</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Transport cost</source>
            <translation>သွားလာစရိတ်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Follow-up date</source>
            <translation>နောက်ဆက်တွဲ ရက်စွဲ</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+39" />
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>ထွက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>ပြန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>နေထိုင်သူ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>အမည် (လက်တင်)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>သွားရောက်ရာနေရာ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>အဆောက်အအုံ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>ဌာန</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport (yen)</source>
            <translation>သွားလာစရိတ် (ယန်း)</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="../ui/pages/audit.py" line="+29" />
            <source>Created</source>
            <translation>ဖန်တီးခဲ့သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>ပြောင်းလဲခဲ့သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>ဖျက်ခဲ့သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viewed</source>
            <translation>ကြည့်ရှုခဲ့သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exported</source>
            <translation>ထုတ်ယူခဲ့သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported</source>
            <translation>တင်သွင်းခဲ့သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report made</source>
            <translation>အစီရင်ခံစာ ပြုလုပ်ခဲ့သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed</source>
            <translation>ပုံနှိပ်ခဲ့သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>အရန်ကူးယူခြင်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>ပြန်လည်ရယူခြင်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged in</source>
            <translation>ဝင်ရောက်ခဲ့သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged out</source>
            <translation>ထွက်ခဲ့သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed login</source>
            <translation>ဝင်ရောက်မှု မအောင်မြင်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>သော့ခတ်ခံရသည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocked</source>
            <translation>သော့ဖွင့်ခဲ့သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymised</source>
            <translation>အမည်မဖော်အဖြစ် ပြောင်းခဲ့သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values removed</source>
            <translation>တန်ဖိုးများ ဖယ်ရှားခဲ့သည်</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location line="+2" />
            <source>User account</source>
            <translation>အသုံးပြုသူ အကောင့်</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+24" />
            <source>User</source>
            <translation>အသုံးပြုသူ</translation>
        </message>
        <message>
            <location line="-21" />
            <source>From</source>
            <translation>စတင်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>အဆုံး</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record ID (uuid; in a record's tooltip)</source>
            <translation>မှတ်တမ်း ID (uuid; မှတ်တမ်း၏ tooltip တွင်)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>ပြမည်</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Time</source>
            <translation>အချိန်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>လုပ်ဆောင်ချက်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>မှတ်တမ်း</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changes</source>
            <translation>ပြောင်းလဲမှုများ</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Verify chain</source>
            <translation>ကွင်းဆက် စစ်ဆေးမည်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check that no audit row was altered or removed since it was written</source>
            <translation>စစ်ဆေးမှတ်တမ်း အတန်းတစ်ခုမျှ ရေးသွင်းပြီးနောက် ပြင်ဆင်ခြင်း သို့မဟုတ် ဖယ်ရှားခြင်း မရှိကြောင်း စစ်ဆေးမည်</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Any user</source>
            <translation>အသုံးပြုသူ အားလုံး</translation>
        </message>
        <message>
            <location line="+35" />
            <source>(values removed when the record was purged)</source>
            <translation>(မှတ်တမ်းကို အပြီးဖျက်သည့်အခါ တန်ဖိုးများ ဖယ်ရှားခဲ့သည်)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The newest %1 rows; narrow the filter to see older ones.</source>
            <translation>နောက်ဆုံး အတန်း %1 ခု။ ယခင်အတန်းများကို ကြည့်ရန် စစ်ထုတ်မှုကို ကျဉ်းပါ။</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>အတန်း %Ln ခု</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>The audit trail is intact (%1 rows).</source>
            <translation>စစ်ဆေးမှတ်တမ်း ပြည့်စုံမှန်ကန်ပါသည် (အတန်း %1 ခု)။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit row %1 was altered or removed.</source>
            <translation>စစ်ဆေးမှတ်တမ်း အတန်း %1 ကို ပြင်ဆင်ခြင်း သို့မဟုတ် ဖယ်ရှားခြင်း ခံရပါသည်။</translation>
        </message>
        <message>
            <location filename="../ui/audit_text.py" line="+44" />
            <source>(deleted) %1</source>
            <translation>(ဖျက်ပြီး) %1</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+29" />
            <source>Backups</source>
            <translation>အရန်မိတ္တူများ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change folder…</source>
            <translation>ဖိုင်တွဲ ပြောင်းမည်…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>ယခု အရန်ကူးမည်</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore from a backup…</source>
            <translation>အရန်မိတ္တူမှ ပြန်လည်ရယူမည်…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder</source>
            <translation>ဖိုင်တွဲ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A verified, encrypted backup is made at the first start of each day and before every import, restore and purge; 7 daily, 4 weekly and 12 monthly are kept.</source>
            <translation>စစ်ဆေးအတည်ပြုပြီး စာဝှက်ထားသော အရန်မိတ္တူကို နေ့စဉ် ပထမဆုံး စဖွင့်ချိန်တွင်လည်းကောင်း၊ တင်သွင်းခြင်း၊ ပြန်လည်ရယူခြင်းနှင့် အပြီးဖျက်ခြင်း မပြုမီတိုင်းတွင်လည်းကောင်း ပြုလုပ်ပါသည်။ နေ့စဉ် 7 ခု၊ အပတ်စဉ် 4 ခုနှင့် လစဉ် 12 ခု သိမ်းထားပါသည်။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Folder for backups</source>
            <translation>အရန်မိတ္တူ ဖိုင်တွဲ</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved.</source>
            <translation>သိမ်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore from a backup</source>
            <translation>အရန်မိတ္တူမှ ပြန်လည်ရယူခြင်း</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>ပြန်လည်ရယူမည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore %1? The current database is kept aside, never deleted, and the window opens again on the restored records.</source>
            <translation>%1 ကို ပြန်လည်ရယူမလား။ လက်ရှိ ဒေတာဘေ့စ်ကို မဖျက်ဘဲ သီးခြား သိမ်းထားမည်ဖြစ်ပြီး ပြန်လည်ရယူထားသော မှတ်တမ်းများဖြင့် ဝင်းဒိုး ပြန်ပွင့်လာပါမည်။</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Backed up to %1</source>
            <translation>%1 သို့ အရန်ကူးပြီးပါပြီ</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="+79" />
            <source>Bridge person</source>
            <translation>ချိတ်ဆက်ပေးသူ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person #%1</source>
            <translation>ချိတ်ဆက်ပေးသူ #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+78" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>အီးမေးလ်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+7" />
            <source>SNS contacts</source>
            <translation>SNS ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Where they can help, e.g. a district</source>
            <translation>ကူညီပေးနိုင်သည့် နေရာ၊ ဥပမာ ရပ်ကွက်</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Area</source>
            <translation>နယ်မြေ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+3" />
            <source>Notes</source>
            <translation>မှတ်စုများ</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>ID or phone number</source>
            <translation>ID သို့မဟုတ် ဖုန်းနံပါတ်</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-33" />
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>နယ်မြေ</translation>
        </message>
    </context>
    <context>
        <name>CardTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+59" />
            <source>Period of stay ends</source>
            <translation>နေထိုင်ခွင့် ကုန်ဆုံးရက်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In</source>
            <translation>ကျန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>နေထိုင်သူ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Residence status</source>
            <translation>နေထိုင်ခွင့် အမျိုးအစား</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln ရက်</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>ended %Ln day(s) ago</source>
            <translation>
                <numerusform>ပြီးဆုံးခဲ့သည်မှာ %Ln ရက်</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <location filename="../ui/pages/categories_dialog.py" line="+32" />
            <source>Other bodies' categories</source>
            <translation>အခြားအဖွဲ့အစည်းများ၏ အမျိုးအစားများ</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Topics counted in this category</source>
            <translation>ဤအမျိုးအစားတွင် ရေတွက်သော ခေါင်းစဉ်များ</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Back to the shipped example</source>
            <translation>ပါလာသော နမူနာသို့ ပြန်သွားရန်</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Topics in no category (counted as unmapped): %1</source>
            <translation>မည်သည့်အမျိုးအစားတွင်မှ မပါသော ခေါင်းစဉ်များ (အမျိုးအစားမခွဲရသေးဟု ရေတွက်သည်): %1</translation>
        </message>
    </context>
    <context>
        <name>CodeItemDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+54" />
            <location line="+13" />
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Offered in forms</source>
            <translation>ဖောင်များတွင် ပြသမည်</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Japanese label</source>
            <translation>ဂျပန် အမည်ပြ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English label</source>
            <translation>အင်္ဂလိပ် အမည်ပြ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>အစဉ်</translation>
        </message>
    </context>
    <context>
        <name>CodeList</name>
        <message>
            <location filename="../ui/labels.py" line="+73" />
            <source>Consultation topics</source>
            <translation>တိုင်ပင်ဆွေးနွေးမှု ခေါင်းစဉ်များ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channels</source>
            <translation>ဆက်သွယ်မှုလမ်းကြောင်းများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS apps</source>
            <translation>SNS အက်ပ်များ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>လိုက်ပါကူညီမှု သွားရောက်ရာနေရာများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>အစီအစဉ် အမျိုးအစားများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>အစီအစဉ် ခေါင်းစဉ်များ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence statuses</source>
            <translation>နေထိုင်ခွင့် အဆင့်အတန်းများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationalities</source>
            <translation>နိုင်ငံသားများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation kinds</source>
            <translation>အဖွဲ့အစည်း အမျိုးအစားများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent methods</source>
            <translation>သဘောတူညီချက် ရယူပုံများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household relations</source>
            <translation>အိမ်ထောင်စု တော်စပ်ပုံများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreters</source>
            <translation>စကားပြန်များ</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+170" />
            <source>Header row and columns</source>
            <translation>ခေါင်းစီးအတန်းနှင့် ကော်လံများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each column's field is guessed from its header name; change it where the guess is wrong. Columns Madoguchi does not know are kept in the notes.</source>
            <translation>ကော်လံတစ်ခုစီ၏ အကွက်ကို ခေါင်းစီးအမည်မှ ခန့်မှန်းထားပါသည်။ ခန့်မှန်းချက် မှားပါက ပြောင်းပါ။ Madoguchi မသိသော ကော်လံများကို မှတ်စုများတွင် ထားရှိပါမည်။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheet</source>
            <translation>ရှိတ်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Header row</source>
            <translation>ခေါင်းစီးအတန်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Column</source>
            <translation>ကော်လံ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Example</source>
            <translation>ဥပမာ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>အကွက်</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <location filename="../ui/pages/conflicts.py" line="+55" />
            <source>Record</source>
            <translation>မှတ်တမ်း</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Found</source>
            <translation>တွေ့ရှိချိန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>ကွဲပြားသည့်အရာ</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Field</source>
            <translation>အကွက်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This device</source>
            <translation>ဤစက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other device</source>
            <translation>အခြားစက်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep</source>
            <translation>ထားရှိရန်</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All mine</source>
            <translation>ကျွန်ုပ်၏ အားလုံး</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All theirs</source>
            <translation>တစ်ဖက်၏ အားလုံး</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+120" />
            <source>Resolve</source>
            <translation>ဖြေရှင်းရန်</translation>
        </message>
        <message>
            <location line="-102" />
            <source>%1 open conflicts. A record changed on two devices since they last synced is kept as it is on each until you choose, field by field, which value to keep.</source>
            <translation>မဖြေရှင်းရသေးသော ပဋိပက္ခ %1 ခု။ နောက်ဆုံး ထပ်တူပြုပြီးနောက် စက်နှစ်လုံးတွင် ပြောင်းလဲခဲ့သော မှတ်တမ်းကို မည်သည့်တန်ဖိုး ထားမည်ကို အကွက်တစ်ခုချင်း သင်ရွေးသည်အထိ စက်တစ်လုံးစီတွင် ယခုအတိုင်း ထားရှိမည်။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>deleted on this device</source>
            <translation>ဤစက်တွင် ဖျက်ထားသည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deleted on the other device</source>
            <translation>အခြားစက်တွင် ဖျက်ထားသည်</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Resident</source>
            <translation>နေထိုင်သူ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consultation</source>
            <translation>တိုင်ပင်ဆွေးနွေးမှု</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>လိုက်ပါကူညီမှု</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>သင်တန်း/ရှင်းလင်းပွဲ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>ဆက်သွယ်ပေးသူ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>အသိပညာ အချက်</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No conflict chosen.</source>
            <translation>ပဋိပက္ခ မရွေးရသေးပါ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted on one device and changed on the other. Keep the record, or its deletion?</source>
            <translation>စက်တစ်လုံးတွင် ဖျက်ပြီး အခြားတစ်လုံးတွင် ပြောင်းထားသည်။ မှတ်တမ်းကို ထားမလား၊ ဖျက်ခြင်းကို ထားမလား။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the value to keep for each field.</source>
            <translation>အကွက်တစ်ခုစီအတွက် ထားမည့်တန်ဖိုးကို ရွေးပါ။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The record</source>
            <translation>မှတ်တမ်း</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>deleted</source>
            <translation>ဖျက်ပြီး</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>kept</source>
            <translation>ထားရှိ</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Mine</source>
            <translation>ကျွန်ုပ်၏</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>တစ်ဖက်၏</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>ပြင်ဆင်ရန်</translation>
        </message>
    </context>
    <context>
        <name>ConsultationForm</name>
        <message>
            <location filename="../ui/forms/consultation.py" line="+32" />
            <source>Consultation</source>
            <translation>တိုင်ပင်ဆွေးနွေးမှု</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation #%1</source>
            <translation>တိုင်ပင်ဆွေးနွေးမှု #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-91" />
            <location filename="../ui/forms/consultation.py" line="+15" />
            <source>Date and time</source>
            <translation>ရက်စွဲနှင့် အချိန်</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source> min</source>
            <translation> မိနစ်</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+1" />
            <source>Time spent</source>
            <translation>ကြာချိန်</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+6" />
            <source>Anonymous</source>
            <translation>အမည်မဖော်</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Resident</source>
            <translation>နေထိုင်သူ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>နိုင်ငံသား (အမည်မဖော်)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Language used</source>
            <translation>အသုံးပြုသည့် ဘာသာစကား</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Channel</source>
            <translation>ဆက်သွယ်မှုလမ်းကြောင်း</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>SNS app</source>
            <translation>SNS အက်ပ်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Interpreter</source>
            <translation>စကားပြန်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Topics</source>
            <translation>ခေါင်းစဉ်များ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>What was asked</source>
            <translation>မေးမြန်းခဲ့သည့်အရာ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>What was done</source>
            <translation>ဆောင်ရွက်ခဲ့သည့်အရာ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Referred to</source>
            <translation>ညွှန်းပို့သည့်နေရာ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Follow-up date</source>
            <translation>နောက်ဆက်တွဲ ရက်စွဲ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+14" />
            <source>Suggested answers</source>
            <translation>အကြံပြု အဖြေများ</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+11" />
            <source>Date and time</source>
            <translation>ရက်စွဲနှင့် အချိန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>နေထိုင်သူ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>အမည် (လက်တင်)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>မေးမြန်းခဲ့သည့်အရာ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>နိုင်ငံသား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>ဆက်သွယ်မှုလမ်းကြောင်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>ခေါင်းစဉ်များ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>နောက်ဆက်တွဲ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>မိနစ်</translation>
        </message>
    </context>
    <context>
        <name>Curtain</name>
        <message>
            <location filename="../ui/session.py" line="+87" />
            <source>Locked</source>
            <translation>သော့ခတ်ထားသည်</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Madoguchi (locked)</source>
            <translation>Madoguchi (သော့ခတ်ထားသည်)</translation>
        </message>
    </context>
    <context>
        <name>DataTransferBox</name>
        <message>
            <location filename="../ui/pages/data_transfer.py" line="+27" />
            <source>All records as a file</source>
            <translation>မှတ်တမ်းအားလုံးကို ဖိုင်တစ်ခုအဖြစ်</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export all records…</source>
            <translation>မှတ်တမ်းအားလုံး ထုတ်ယူမည်…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import records…</source>
            <translation>မှတ်တမ်းများ တင်သွင်းမည်…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export all records</source>
            <translation>မှတ်တမ်းအားလုံး ထုတ်ယူခြင်း</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import records</source>
            <translation>မှတ်တမ်းများ တင်သွင်းခြင်း</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exporting…</source>
            <translation>ထုတ်ယူနေသည်…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported to %1: %2</source>
            <translation>%1 သို့ ထုတ်ယူပြီးပါပြီ- %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Importing…</source>
            <translation>တင်သွင်းနေသည်…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported from %1: %2</source>
            <translation>%1 မှ တင်သွင်းပြီးပါပြီ- %2</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../ui/widgets.py" line="+172" />
            <source>Pick a date</source>
            <translation>ရက်စွဲ ရွေးပါ</translation>
        </message>
        <message>
            <location line="+44" />
            <source>not a date</source>
            <translation>ရက်စွဲ မဟုတ်ပါ</translation>
        </message>
    </context>
    <context>
        <name>DevicesBox</name>
        <message>
            <location filename="../ui/pages/devices.py" line="+63" />
            <source>Sync between devices</source>
            <translation>စက်များအကြား ထပ်တူပြုခြင်း</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose folder…</source>
            <translation>ဖိုင်တွဲ ရွေးရန်…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync now</source>
            <translation>ယခု ထပ်တူပြုရန်</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+60" />
            <source>Sync folder</source>
            <translation>ထပ်တူပြု ဖိုင်တွဲ</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Each device writes an encrypted packet of its changes to this folder (a shared folder or a USB stick) and reads the others' packets. It also happens at login and logout when the folder can be reached.</source>
            <translation>စက်တစ်လုံးစီသည် ၎င်း၏ ပြောင်းလဲမှုများကို ကုဒ်ဝှက်ထားသော ပက်ကတ်အဖြစ် ဤဖိုင်တွဲ (မျှဝေဖိုင်တွဲ သို့မဟုတ် USB) ထဲသို့ ရေးပြီး အခြားစက်များ၏ ပက်ကတ်များကို ဖတ်သည်။ ဖိုင်တွဲကို ရောက်နိုင်သည့်အခါ ဝင်ရောက်ချိန်နှင့် ထွက်ချိန်တွင်လည်း ပြုလုပ်သည်။</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Devices of this town</source>
            <translation>ဤမြို့၏ စက်များ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device</source>
            <translation>စက်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last heard from</source>
            <translation>နောက်ဆုံး ကြားသိချိန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes not yet confirmed</source>
            <translation>အတည်မပြုရသေးသော ပြောင်းလဲမှုများ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add device…</source>
            <translation>စက် ထည့်ရန်…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+86" />
            <location line="+20" />
            <location line="+9" />
            <source>Revoke device</source>
            <translation>စက်ကို ရုပ်သိမ်းရန်</translation>
        </message>
        <message>
            <location line="-100" />
            <source>(none chosen)</source>
            <translation>(မရွေးရသေး)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this device</source>
            <translation>ဤစက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>revoked</source>
            <translation>ရုပ်သိမ်းပြီး</translation>
        </message>
        <message>
            <location line="+1" />
            <source>never</source>
            <translation>မရှိသေး</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open conflicts: %1</source>
            <translation>မဖြေရှင်းရသေးသော ပဋိပက္ခ- %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sync</source>
            <translation>ထပ်တူပြုရန်</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Syncing…</source>
            <translation>ထပ်တူပြုနေသည်…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Copy of this town for another device</source>
            <translation>အခြားစက်အတွက် ဤမြို့၏ မိတ္တူ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi database (*.db)</source>
            <translation>Madoguchi ဒေတာဘေ့စ် (*.db)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add device</source>
            <translation>စက် ထည့်ရန်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device %1 added. Copy both files (%2 and its .keys file) to the other device's data folder.</source>
            <translation>စက် %1 ကို ထည့်ပြီးပါပြီ။ ဖိုင်နှစ်ခုလုံး (%2 နှင့် ၎င်း၏ .keys ဖိုင်) ကို အခြားစက်၏ ဒေတာဖိုင်တွဲသို့ ကူးပါ။</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refuse every packet of device %1 from now on, on every device, and give this database a new key? Do this for a lost or retired device.</source>
            <translation>ယခုမှစ၍ စက်အားလုံးတွင် စက် %1 ၏ ပက်ကတ်တိုင်းကို ငြင်းပယ်ပြီး ဤဒေတာဘေ့စ်ကို သော့အသစ် ပေးမလား။ ပျောက်ဆုံးသွားသော သို့မဟုတ် အသုံးမပြုတော့သော စက်အတွက် ပြုလုပ်ပါ။</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Revoking device…</source>
            <translation>စက်ကို ရုပ်သိမ်းနေသည်…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Device %1 is revoked, but this database was not re-keyed: the accounts %2 were made by an older Madoguchi and change at their next login; revoke the device again after that.</source>
            <translation>စက် %1 ကို ရုပ်သိမ်းပြီးပါပြီ၊ သို့သော် ဤဒေတာဘေ့စ်၏ သော့ကို မပြောင်းရသေးပါ- အကောင့် %2 ကို ပိုဟောင်းသော Madoguchi ဖြင့် ပြုလုပ်ထားပြီး နောက်တစ်ကြိမ် ဝင်ရောက်ချိန်တွင် ပြောင်းမည်- ထို့နောက် စက်ကို ထပ်မံ ရုပ်သိမ်းပါ။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Device %1 is revoked and this database has a new key: backups made from now on cannot be opened with the lost device's key.</source>
            <translation>စက် %1 ကို ရုပ်သိမ်းပြီး ဤဒေတာဘေ့စ်တွင် သော့အသစ် ရှိပြီ- ယခုမှစ၍ ပြုလုပ်သော အရန်ကူးယူမှုများကို ပျောက်သွားသော စက်၏ သော့ဖြင့် ဖွင့်၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No other device was left, so the town has a new sync key: devices added from now on get it; the lost device's packets are refused.</source>
            <translation>အခြားစက် မကျန်တော့သဖြင့် မြို့တွင် ထပ်တူပြု သော့အသစ် ရှိပြီ- ယခုမှစ၍ ထည့်သော စက်များက ၎င်းကို ရမည်- ပျောက်သွားသော စက်၏ ပက်ကတ်များကို ငြင်းပယ်မည်။</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+76" />
            <source>Organisations</source>
            <translation>အဖွဲ့အစည်းများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge persons</source>
            <translation>ချိတ်ဆက်ပေးသူများ</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+256" />
            <source>Imported</source>
            <translation>တင်သွင်းပြီးပါပြီ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The records are in Madoguchi; each keeps the file, sheet and row it came from.</source>
            <translation>မှတ်တမ်းများသည် Madoguchi ထဲတွင် ရှိနေပါပြီ။ မှတ်တမ်းတစ်ခုစီတွင် ၎င်းလာရာ ဖိုင်၊ ရှိတ်နှင့် အတန်းကို မှတ်ထားပါသည်။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the import report (CSV)…</source>
            <translation>တင်သွင်းမှု အစီရင်ခံစာကို သိမ်းမည် (CSV)…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 residents were added and %2 updated; %3 not on the roster are listed in the report to check. A backup was made first.</source>
            <translation>နေထိုင်သူ %1 ဦး ထည့်ပြီး %2 ဦးကို အပ်ဒိတ်လုပ်ပြီးပါပြီ။ စာရင်းတွင် မပါသူ %3 ဦးကို စစ်ဆေးရန် အစီရင်ခံစာတွင် ဖော်ပြထားပါသည်။ ဦးစွာ အရန်မိတ္တူ ပြုလုပ်ထားပါသည်။</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 consultations were imported; %2 residents were added and %3 already known ones were linked. A backup was made first.</source>
            <translation>တိုင်ပင်ဆွေးနွေးမှု %1 ခုကို တင်သွင်းပြီးပါပြီ။ နေထိုင်သူ %2 ဦး ထည့်ပြီး ရှိပြီးသား %3 ဦးနှင့် ချိတ်ဆက်ပြီးပါပြီ။ ဦးစွာ အရန်မိတ္တူ ပြုလုပ်ထားပါသည်။</translation>
        </message>
    </context>
    <context>
        <name>DueTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="-41" />
            <source>Follow-up</source>
            <translation>နောက်ဆက်တွဲ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consulted</source>
            <translation>တိုင်ပင်သည့်ရက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>နေထိုင်သူ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>မေးမြန်းခဲ့သည့်အရာ</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ui/errors.py" line="+26" />
            <source>Something unexpected went wrong (%1). Your saved records are safe; what happened was written to %2 for your IT staff.</source>
            <translation>မမျှော်လင့်ထားသော အမှားတစ်ခု ဖြစ်ပွားခဲ့ပါသည် (%1)။ သိမ်းပြီးသော မှတ်တမ်းများ ဘေးကင်းပါသည်။ ဖြစ်ပျက်ခဲ့သည့်အကြောင်းကို IT ဝန်ထမ်းအတွက် %2 တွင် ရေးမှတ်ထားပါသည်။</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-411" />
            <source>Choose the file and its sheets</source>
            <translation>ဖိုင်နှင့် ၎င်း၏ ရှိတ်များကို ရွေးပါ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An Excel workbook (.xlsx, .xls) or a CSV file: an old log of consultations, or the resident roster. Nothing is written until the last step.</source>
            <translation>Excel workbook (.xlsx, .xls) သို့မဟုတ် CSV ဖိုင်- ယခင် တိုင်ပင်ဆွေးနွေးမှု မှတ်တမ်း သို့မဟုတ် နေထိုင်သူစာရင်း။ နောက်ဆုံးအဆင့် မရောက်မချင်း မည်သည့်အရာမျှ မရေးသွင်းပါ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A log of consultations</source>
            <translation>တိုင်ပင်ဆွေးနွေးမှု မှတ်တမ်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident roster (住民基本台帳 extract)</source>
            <translation>နေထိုင်သူစာရင်း (住民基本台帳 မှ ထုတ်ယူချက်)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file holds:</source>
            <translation>ဖိုင်တွင် ပါဝင်သည်မှာ-</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose file…</source>
            <translation>ဖိုင် ရွေးမည်…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+54" />
            <source>Mapping profile: none (guessed from the file)</source>
            <translation>တွဲဖက်သတ်မှတ်ချက် ပရိုဖိုင်- မရှိ (ဖိုင်မှ ခန့်မှန်းထားသည်)</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Load mapping profile…</source>
            <translation>တွဲဖက်သတ်မှတ်ချက် ပရိုဖိုင် ဖွင့်မည်…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheets to import:</source>
            <translation>တင်သွင်းမည့် ရှိတ်များ-</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reading the file…</source>
            <translation>ဖိုင်ကို ဖတ်နေသည်…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 (%2 rows)</source>
            <translation>%1 (အတန်း %2 ခု)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Mapping profile: %1</source>
            <translation>တွဲဖက်သတ်မှတ်ချက် ပရိုဖိုင်- %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../ui/first_run.py" line="+86" />
            <source>Madoguchi — first start</source>
            <translation>Madoguchi — ပထမဆုံး စတင်ခြင်း</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Welcome to Madoguchi</source>
            <translation>Madoguchi မှ ကြိုဆိုပါသည်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no database here yet. Madoguchi will make a new encrypted database in:</source>
            <translation>ဤနေရာတွင် ဒေတာဘေ့စ် မရှိသေးပါ။ Madoguchi သည် စာဝှက်ထားသော ဒေတာဘေ့စ်အသစ်ကို အောက်ပါနေရာတွင် ပြုလုပ်ပါမည်-</translation>
        </message>
        <message>
            <location line="+7" />
            <source>First, the town's name and the administrator: the clerk who looks after Madoguchi, adds the other users and keeps the recovery code.</source>
            <translation>ပထမဦးစွာ မြို့အမည်နှင့် စီမံခန့်ခွဲသူ- Madoguchi ကို တာဝန်ယူထိန်းသိမ်းပြီး အခြားအသုံးပြုသူများကို ထည့်သွင်းကာ ပြန်လည်ရယူရေးကုဒ်ကို သိမ်းဆည်းထားမည့် ဝန်ထမ်း။</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>အနည်းဆုံး စာလုံး %1 လုံး</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (Japanese)</source>
            <translation>မြို့အမည် (ဂျပန်)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator's user name</source>
            <translation>စီမံခန့်ခွဲသူ၏ အသုံးပြုသူအမည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>စကားဝှက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password again</source>
            <translation>စကားဝှက် ထပ်မံ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the database</source>
            <translation>ဒေတာဘေ့စ် ဖန်တီးမည်</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Please enter the town's name.</source>
            <translation>မြို့အမည် ထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please enter a user name for the administrator.</source>
            <translation>စီမံခန့်ခွဲသူအတွက် အသုံးပြုသူအမည် ထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use at least %1 characters for the password.</source>
            <translation>စကားဝှက်အတွက် အနည်းဆုံး စာလုံး %1 လုံး သုံးပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two passwords are not the same.</source>
            <translation>စကားဝှက် နှစ်ခု မတူညီပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder %1 does not exist.</source>
            <translation>ဖိုင်တွဲ %1 မရှိပါ။</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The recovery code</source>
            <translation>ပြန်လည်ရယူရေးကုဒ်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If every administrator password is lost, only this code opens the database. It is shown now and never again, and Madoguchi does not keep it.</source>
            <translation>စီမံခန့်ခွဲသူ စကားဝှက်အားလုံး ပျောက်ဆုံးသွားပါက ဤကုဒ်ဖြင့်သာ ဒေတာဘေ့စ်ကို ဖွင့်နိုင်ပါသည်။ ၎င်းကို ယခုတစ်ကြိမ်သာ ပြသမည်ဖြစ်ပြီး နောက်ထပ် ပြသမည်မဟုတ်ပါ။ Madoguchi လည်း ၎င်းကို သိမ်းဆည်းထားခြင်း မရှိပါ။</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print it, or write it down by hand, and keep the paper in the office safe. Do not keep it on this computer or in email.</source>
            <translation>၎င်းကို ပုံနှိပ်ပါ သို့မဟုတ် လက်ဖြင့် ချရေးပြီး စာရွက်ကို ရုံး၏ မီးခံသေတ္တာထဲတွင် သိမ်းထားပါ။ ဤကွန်ပျူတာ သို့မဟုတ် အီးမေးလ်တွင် မသိမ်းပါနှင့်။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printing is not available here. Write the code down by hand now and keep the paper in the office safe. Save it as a text file only to print it elsewhere, then delete the file.</source>
            <translation>ဤနေရာတွင် ပုံနှိပ်၍ မရပါ။ ကုဒ်ကို ယခု လက်ဖြင့် ချရေးပြီး စာရွက်ကို ရုံး၏ မီးခံသေတ္တာထဲတွင် သိမ်းထားပါ။ အခြားနေရာတွင် ပုံနှိပ်ရန်အတွက်သာ စာသားဖိုင်အဖြစ် သိမ်းပြီး ထို့နောက် ဖိုင်ကို ဖျက်ပါ။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation>ပုံနှိပ်မည်…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as text file…</source>
            <translation>စာသားဖိုင်အဖြစ် သိမ်းမည်…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I have written down or printed the recovery code</source>
            <translation>ပြန်လည်ရယူရေးကုဒ်ကို ချရေးပြီး (သို့မဟုတ်) ပုံနှိပ်ပြီးပါပြီ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finish and open Madoguchi</source>
            <translation>ပြီးဆုံးပြီး Madoguchi ကို ဖွင့်မည်</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Madoguchi recovery code</source>
            <translation>Madoguchi ပြန်လည်ရယူရေးကုဒ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep this paper in the office safe. Anyone who has it and the database file can read every record.</source>
            <translation>ဤစာရွက်ကို ရုံး၏ မီးခံသေတ္တာထဲတွင် သိမ်းထားပါ။ ၎င်းနှင့် ဒေတာဘေ့စ်ဖိုင်ကို ရရှိထားသူ မည်သူမဆို မှတ်တမ်းအားလုံးကို ဖတ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Sent to the printer.</source>
            <translation>ပရင်တာသို့ ပို့ပြီးပါပြီ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save the recovery code</source>
            <translation>ပြန်လည်ရယူရေးကုဒ်ကို သိမ်းရန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt)</source>
            <translation>စာသား (*.txt)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not save: %1</source>
            <translation>သိမ်း၍ မရပါ- %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved. Print it, then delete the file.</source>
            <translation>သိမ်းပြီးပါပြီ။ ပုံနှိပ်ပြီးနောက် ဖိုင်ကို ဖျက်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../ui/pages/today.py" line="+52" />
            <source>First steps</source>
            <translation>ပထမ အဆင့်များ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This town has no records yet. A new town usually starts so:</source>
            <translation>ဤမြို့နယ်တွင် မှတ်တမ်း မရှိသေးပါ။ ပုံမှန်အားဖြင့် ဤသို့ စတင်သည်-</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1. The town's name and the report settings</source>
            <translation>1. မြို့နယ်အမည်နှင့် အစီရင်ခံစာ ဆက်တင်များ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2. Accounts for the staff (the CIR, a colleague)</source>
            <translation>2. ဝန်ထမ်းများအတွက် အကောင့်များ (CIR၊ လုပ်ဖော်ကိုင်ဖက်)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3. Old records from Excel or CSV, and the roster</source>
            <translation>3. Excel သို့မဟုတ် CSV မှ မှတ်တမ်းဟောင်းများနှင့် နေထိုင်သူစာရင်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4. A knowledge pack from another town</source>
            <translation>4. အခြားမြို့နယ်မှ မေးဖြေ အစုံ</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+125" />
            <source>Unexpected error (%1).</source>
            <translation>မမျှော်လင့်ထားသော အမှား (%1)။</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
    </context>
    <context>
        <name>KbStatus</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+33" />
            <source>Draft</source>
            <translation>မူကြမ်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>ထုတ်ပြန်ပြီး</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <location filename="../ui/labels.py" line="-66" />
            <source>Resident</source>
            <translation>နေထိုင်သူ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation</source>
            <translation>တိုင်ပင်ဆွေးနွေးမှု</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>လိုက်ပါကူညီမှု</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>ချိတ်ဆက်ပေးသူ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>ဗဟုသုတ ထည့်သွင်းချက်</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeForm</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+44" />
            <source>Knowledge entry</source>
            <translation>ဗဟုသုတ ထည့်သွင်းချက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry #%1</source>
            <translation>ဗဟုသုတ ထည့်သွင်းချက် #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+54" />
            <location filename="../ui/forms/knowledge.py" line="+6" />
            <source>Topic</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+7" />
            <source>Add language…</source>
            <translation>ဘာသာစကား ထည့်မည်…</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+9" />
            <source>Question and answer</source>
            <translation>မေးခွန်းနှင့် အဖြေ</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>ဥပမာ- 在留カード, マイナンバーカード</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+1" />
            <source>Documents to bring</source>
            <translation>ယူဆောင်လာရမည့် စာရွက်စာတမ်းများ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+12" />
            <source>Organisations that help</source>
            <translation>ကူညီပေးသည့် အဖွဲ့အစည်းများ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Last reviewed</source>
            <translation>နောက်ဆုံး ပြန်လည်စစ်ဆေးသည့်ရက်</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePack</name>
        <message>
            <location filename="../ui/kb_pack.py" line="+22" />
            <source>Knowledge pack from %1: %2 new, %3 changed, %4 already here; %5 organisations to add. Import it?</source>
            <translation>%1 မှ မေးဖြေ အစုံ- အသစ် %2၊ ပြောင်းလဲ %3၊ ရှိပြီး %4၊ ထည့်မည့် အဖွဲ့အစည်း %5။ ထည့်သွင်းမလား။</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import a knowledge pack</source>
            <translation>မေးဖြေ အစုံ ထည့်သွင်းရန်</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export a knowledge pack</source>
            <translation>မေးဖြေ အစုံ ထုတ်ယူရန်</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 published entries were written to %2.</source>
            <translation>ထုတ်ပြန်ထားသော အချက် %1 ခုကို %2 သို့ ရေးပြီးပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+57" />
            <source>Search questions and answers, in any language</source>
            <translation>မေးခွန်းနှင့် အဖြေများကို မည်သည့်ဘာသာစကားဖြင့်မဆို ရှာဖွေပါ</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Any topic</source>
            <translation>ခေါင်းစဉ် အားလုံး</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show drafts</source>
            <translation>မူကြမ်းများ ပြမည်</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New entry…</source>
            <translation>ထည့်သွင်းချက် အသစ်…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New knowledge entry (Ctrl+N)</source>
            <translation>ဗဟုသုတ ထည့်သွင်းချက် အသစ် (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Knowledge packs</source>
            <translation>မေးဖြေ အစုံများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share the published entries with another town, or take theirs in</source>
            <translation>ထုတ်ပြန်ထားသော အချက်များကို အခြားမြို့နယ်နှင့် မျှဝေရန် သို့မဟုတ် ၎င်းတို့၏ အချက်များကို ယူရန်</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a knowledge pack…</source>
            <translation>မေးဖြေ အစုံ ထည့်သွင်းရန်…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export a knowledge pack…</source>
            <translation>မေးဖြေ အစုံ ထုတ်ယူရန်…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Topic</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>မေးခွန်း</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last reviewed</source>
            <translation>နောက်ဆုံး ပြန်လည်စစ်ဆေးသည့်ရက်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Used</source>
            <translation>အသုံးပြုမှု</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Review</source>
            <translation>ပြန်လည်စစ်ဆေးရန်</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Copy for SNS</source>
            <translation>SNS အတွက် ကူးမည်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the question and answer in the chosen language, as plain text for Messenger, Zalo or LINE</source>
            <translation>ရွေးထားသော ဘာသာစကားဖြင့် မေးခွန်းနှင့် အဖြေကို Messenger, Zalo သို့မဟုတ် LINE အတွက် ရိုးရိုးစာသားအဖြစ် ကူးယူမည်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit…</source>
            <translation>ပြင်ဆင်မည်…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark reviewed</source>
            <translation>စစ်ဆေးပြီးဟု မှတ်မည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer is still right: record today as its review date</source>
            <translation>အဖြေ မှန်ကန်ဆဲဖြစ်သည်- ယနေ့ကို ပြန်လည်စစ်ဆေးသည့်ရက်အဖြစ် မှတ်တမ်းတင်မည်</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Due</source>
            <translation>စစ်ဆေးရန်ကျ</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>တစ်နှစ်ကြာ ပြန်လည်မစစ်ဆေးရသေးပါ- အဖြေ မှန်ကန်ဆဲဖြစ်ကြောင်း စစ်ဆေးပါ</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>ထည့်သွင်းချက် %Ln ခု</numerusform>
            </translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entry chosen</source>
            <translation>ထည့်သွင်းချက် ရွေးမထားပါ</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Documents to bring:</source>
            <translation>ယူလာရမည့် စာရွက်စာတမ်းများ -</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisations that help:</source>
            <translation>ကူညီပေးနိုင်သည့် အဖွဲ့အစည်းများ -</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Never reviewed</source>
            <translation>တစ်ကြိမ်မျှ ပြန်လည်မစစ်ဆေးရသေးပါ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last reviewed %1 by %2</source>
            <translation>%1 တွင် %2 က နောက်ဆုံး ပြန်လည်စစ်ဆေးခဲ့သည်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last reviewed %1</source>
            <translation>%1 တွင် နောက်ဆုံး ပြန်လည်စစ်ဆေးခဲ့သည်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From %1</source>
            <translation>%1 မှ</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copied</source>
            <translation>ကူးယူပြီးပါပြီ</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Marked as reviewed today</source>
            <translation>ယနေ့ စစ်ဆေးပြီးဟု မှတ်ပြီးပါပြီ</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <location filename="../ui/login.py" line="+94" />
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="-67" />
            <source>Question</source>
            <translation>မေးခွန်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>အဖြေ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this language</source>
            <translation>ဤဘာသာစကားကို ဖယ်ရှားမည်</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../ui/pages/list_page.py" line="+50" />
            <source>From</source>
            <translation>စတင်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>အဆုံး</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Any status</source>
            <translation>အခြေအနေ အားလုံး</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any topic</source>
            <translation>ခေါင်းစဉ် အားလုံး</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any language</source>
            <translation>ဘာသာစကား အားလုံး</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any nationality</source>
            <translation>နိုင်ငံသား အားလုံး</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New…</source>
            <translation>အသစ်…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New record (Ctrl+N)</source>
            <translation>မှတ်တမ်း အသစ် (Ctrl+N)</translation>
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>မှတ်တမ်း %Ln ခု</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/login.py" line="+96" />
            <source>Madoguchi — log in</source>
            <translation>Madoguchi — ဝင်ရောက်ရန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked. Log in to continue, or log in as another user.</source>
            <translation>သော့ခတ်ထားပါသည်။ ဆက်လက်လုပ်ဆောင်ရန် ဝင်ရောက်ပါ၊ သို့မဟုတ် အခြားအသုံးပြုသူအဖြစ် ဝင်ရောက်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log in to Madoguchi</source>
            <translation>Madoguchi သို့ ဝင်ရောက်ရန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: %1</source>
            <translation>ဒေတာဘေ့စ်- %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>နမူနာမြို့- အသုံးပြုသူ %1 သို့မဟုတ် %2၊ စကားဝှက် %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User name</source>
            <translation>အသုံးပြုသူအမည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>စကားဝှက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the recovery code…</source>
            <translation>ပြန်လည်ရယူရေးကုဒ်ကို အသုံးပြုမည်…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log in</source>
            <translation>ဝင်ရောက်မည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit Madoguchi</source>
            <translation>Madoguchi မှ ထွက်မည်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Enter your user name and password.</source>
            <translation>အသုံးပြုသူအမည်နှင့် စကားဝှက် ထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The backup was restored. Log in again.</source>
            <translation>အရန်မိတ္တူကို ပြန်လည်ရယူပြီးပါပြီ။ ထပ်မံ ဝင်ရောက်ပါ။</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Opening the database… The first login after an update prepares the file once; on a large town this can take a minute.</source>
            <translation>ဒေတာဘေ့စ်ကို ဖွင့်နေသည်… အပ်ဒိတ်လုပ်ပြီးနောက် ပထမဆုံးဝင်ရောက်ချိန်တွင် ဖိုင်ကို တစ်ကြိမ်သာ ပြင်ဆင်ပါသည်။ မြို့ကြီးများတွင် တစ်မိနစ်ခန့် ကြာနိုင်ပါသည်။</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+30" />
            <source>Today</source>
            <translation>ယနေ့</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residents</source>
            <translation>နေထိုင်သူများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations</source>
            <translation>တိုင်ပင်ဆွေးနွေးမှုများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniments</source>
            <translation>လိုက်ပါကူညီမှုများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>အစီအစဉ်များ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Directory</source>
            <translation>လမ်းညွှန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge</source>
            <translation>ဗဟုသုတ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>အစီရင်ခံစာများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover</source>
            <translation>တာဝန်လွှဲပြောင်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>ဆက်တင်များ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Users</source>
            <translation>အသုံးပြုသူများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit</source>
            <translation>စစ်ဆေးမှတ်တမ်း</translation>
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
            <translation>ရှာဖွေရန်</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Search residents and consultations (Ctrl+F): any script, any name form</source>
            <translation>နေထိုင်သူများနှင့် တိုင်ပင်ဆွေးနွေးမှုများကို ရှာဖွေရန် (Ctrl+F)- မည်သည့်စာလုံး၊ မည်သည့်အမည်ပုံစံဖြင့်မဆို</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find</source>
            <translation>ရှာမည်</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New record</source>
            <translation>မှတ်တမ်း အသစ်</translation>
        </message>
        <message>
            <location line="+143" />
            <source>administrator</source>
            <translation>စီမံခန့်ခွဲသူ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>staff</source>
            <translation>ဝန်ထမ်း</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock / switch user</source>
            <translation>သော့ခတ် / အသုံးပြုသူ ပြောင်းမည်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock the window, or let another user log in (Ctrl+L)</source>
            <translation>ဝင်းဒိုးကို သော့ခတ်မည်၊ သို့မဟုတ် အခြားအသုံးပြုသူကို ဝင်ရောက်ခွင့်ပေးမည် (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>MeasuresDialog</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+51" />
            <source>Special allocation tax measures</source>
            <translation>အထူးခွဲဝေထောက်ပံ့ငွေ (特別交付税) အစီအမံများ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consultation topics</source>
            <translation>တိုင်ပင်ဆွေးနွေးမှု ခေါင်းစဉ်များ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations with interpreter</source>
            <translation>စကားပြန်ပါဝင်သည့် တိုင်ပင်ဆွေးနွေးမှုများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>အစီအစဉ် အမျိုးအစားများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>အစီအစဉ် ခေါင်းစဉ်များ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>လိုက်ပါကူညီမှု သွားရောက်ရာနေရာများ</translation>
        </message>
    </context>
    <context>
        <name>OldRecordsBox</name>
        <message>
            <location filename="../ui/table_import.py" line="+171" />
            <source>Old records from Excel or CSV</source>
            <translation>Excel သို့မဟုတ် CSV မှ မှတ်တမ်းဟောင်းများ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import from Excel/CSV…</source>
            <translation>Excel/CSV မှ တင်သွင်းမည်…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A consultation log kept in Excel or CSV, or the resident roster: preview every row first, then import all or nothing.</source>
            <translation>Excel သို့မဟုတ် CSV ဖြင့် သိမ်းထားသော တိုင်ပင်ဆွေးနွေးမှု မှတ်တမ်း သို့မဟုတ် နေထိုင်သူစာရင်း- အတန်းတိုင်းကို ဦးစွာ အစမ်းကြည့်ပြီးမှ အားလုံးကို တင်သွင်းမည် သို့မဟုတ် လုံးဝ မတင်သွင်းပါ။</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="-88" />
            <source>Organisation</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation #%1</source>
            <translation>အဖွဲ့အစည်း #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-64" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>အီးမေးလ်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Address</source>
            <translation>လိပ်စာ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages spoken</source>
            <translation>ပြောဆိုနိုင်သည့် ဘာသာစကားများ</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>An interpreter can be arranged</source>
            <translation>စကားပြန် စီစဉ်ပေးနိုင်သည်</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Interpreter</source>
            <translation>စကားပြန်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+4" />
            <source>Notes</source>
            <translation>မှတ်စုများ</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-30" />
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>စကားပြန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>လိပ်စာ</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+39" />
            <source>SMTP password</source>
            <translation>SMTP စကားဝှက်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password for %1 at %2</source>
            <translation>%2 ရှိ %1 အတွက် စကားဝှက်</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../ui/pages/users.py" line="+73" />
            <source>Password</source>
            <translation>စကားဝှက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember it in this computer's keyring</source>
            <translation>ဤကွန်ပျူတာ၏ သော့တွဲ (keyring) တွင် မှတ်ထားမည်</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No secure keyring is available, so Madoguchi asks every time.</source>
            <translation>လုံခြုံသော သော့တွဲ (keyring) မရှိသဖြင့် Madoguchi က အကြိမ်တိုင်း မေးပါမည်။</translation>
        </message>
        <message>
            <location filename="../ui/pages/users.py" line="-19" />
            <source>Add user</source>
            <translation>အသုံးပြုသူ ထည့်ရန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set password for %1</source>
            <translation>%1 အတွက် စကားဝှက် သတ်မှတ်ရန်</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>အနည်းဆုံး စာလုံး %1 လုံး</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>အသုံးပြုသူအမည်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>အခန်းကဏ္ဍ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password again</source>
            <translation>စကားဝှက် ထပ်မံ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff can keep records and make the aggregated reports. Only administrators manage users and settings, export personal data and delete data for good.</source>
            <translation>ဝန်ထမ်းများသည် မှတ်တမ်းများကို ထိန်းသိမ်းနိုင်ပြီး စုစည်းထားသော အစီရင်ခံစာများကို ပြုလုပ်နိုင်ပါသည်။ စီမံခန့်ခွဲသူများသာ အသုံးပြုသူများနှင့် ဆက်တင်များကို စီမံခြင်း၊ ကိုယ်ရေးအချက်အလက်များကို ထုတ်ယူခြင်းနှင့် ဒေတာများကို အပြီးတိုင် ဖျက်ခြင်းတို့ကို ပြုလုပ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The two passwords are not the same.</source>
            <translation>စကားဝှက် နှစ်ခု မတူညီပါ။</translation>
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../ui/labels.py" line="+72" />
            <source>Anonymous (%1)</source>
            <translation>အမည်မဖော်သူ (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nationality unknown</source>
            <translation>နိုင်ငံသား မသိ</translation>
        </message>
    </context>
    <context>
        <name>PrefecturePage</name>
        <message>
            <location filename="../ui/pages/prefecture.py" line="+42" />
            <source>Madoguchi — prefecture roll-up</source>
            <translation>Madoguchi — ခရိုင်အဆင့် စုစည်းချက်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the annual data files (.json) the towns sent, check them, then make the prefecture's report (PDF, Excel and CSV). No town database is needed.</source>
            <translation>မြို့များ ပို့ထားသော နှစ်ပတ်လည် ဒေတာဖိုင်များ (.json) ကို ထည့်ပြီး စစ်ဆေးကာ ခရိုင်၏ အစီရင်ခံစာ (PDF၊ Excel နှင့် CSV) ကို ပြုလုပ်ပါ။ မြို့၏ ဒေတာဘေ့စ် မလိုပါ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add files…</source>
            <translation>ဖိုင်များ ထည့်ရန်…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove all</source>
            <translation>အားလုံး ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <location line="+8" />
            <source>File</source>
            <translation>ဖိုင်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Town</source>
            <translation>မြို့</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Municipality code</source>
            <translation>ဒေသန္တရ အုပ်ချုပ်ရေး ကုဒ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts</source>
            <translation>အရေအတွက်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Version</source>
            <translation>ဗားရှင်း</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Accept provisional files (the roll-up is then provisional)</source>
            <translation>ယာယီဖိုင်များကိုလည်း လက်ခံရန် (စုစည်းချက်လည်း ယာယီ ဖြစ်မည်)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counts from 1 to one less than this are hidden as x in the prefecture's report.</source>
            <translation>၁ မှ ဤနံပါတ်ထက် တစ်လျော့သည်အထိ အရေအတွက်များကို ခရိုင်၏ အစီရင်ခံစာတွင် x အဖြစ် ဖုံးထားမည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide counts below</source>
            <translation>ဤအောက် အရေအတွက်များကို ဖုံးရန်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the files</source>
            <translation>ဖိုင်များကို စစ်ဆေးရန်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the prefecture's report…</source>
            <translation>ခရိုင်၏ အစီရင်ခံစာ ပြုလုပ်ရန်…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Annual data files</source>
            <translation>နှစ်ပတ်လည် ဒေတာဖိုင်များ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual data files (*.json)</source>
            <translation>နှစ်ပတ်လည် ဒေတာဖိုင်များ (*.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the prefecture's report in</source>
            <translation>ခရိုင်၏ အစီရင်ခံစာကို သိမ်းမည့်နေရာ</translation>
        </message>
        <message>
            <location line="+39" />
            <source>exact</source>
            <translation>အတိအကျ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>suppressed</source>
            <translation>ဖုံးထားပြီး</translation>
        </message>
        <message>
            <location line="+1" />
            <source>provisional to %1</source>
            <translation>%1 အထိ ယာယီ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>final</source>
            <translation>အတည်ပြုပြီး</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 files of %2 are ready to roll up.</source>
            <translation>ဖိုင် %2 ခုအနက် %1 ခု စုစည်းရန် အသင့်ဖြစ်ပြီ။</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Making the prefecture's report…</source>
            <translation>ခရိုင်၏ အစီရင်ခံစာ ပြုလုပ်နေသည်…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>သိမ်းပြီး:</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+183" />
            <source>Preview</source>
            <translation>အစမ်းကြည့်ရန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every row of the file and what will become of it. The import adds all of it, or nothing.</source>
            <translation>ဖိုင်၏ အတန်းတိုင်းနှင့် ၎င်းတို့ကို မည်သို့ ဆောင်ရွက်မည်ကို ပြထားပါသည်။ တင်သွင်းမှုသည် အားလုံးကို ထည့်မည် သို့မဟုတ် မည်သည့်အရာမျှ မထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import</source>
            <translation>တင်သွင်းရန်</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import the other rows, and list rows with problems as skipped</source>
            <translation>အခြားအတန်းများကို တင်သွင်းပြီး ပြဿနာရှိသော အတန်းများကို ကျော်ခဲ့သည်ဟု စာရင်းပြုစုမည်</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile…</source>
            <translation>တွဲဖက်သတ်မှတ်ချက် ပရိုဖိုင် သိမ်းမည်…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save preview as CSV…</source>
            <translation>အစမ်းကြည့်ချက်ကို CSV အဖြစ် သိမ်းမည်…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 rows: %2 new residents, %3 to update, %4 unchanged, %5 skipped, %6 with problems; %7 residents in Madoguchi are not on the roster (listed to check; they are not changed).</source>
            <translation>အတန်း %1 ခု- နေထိုင်သူအသစ် %2၊ အပ်ဒိတ်လုပ်ရန် %3၊ မပြောင်းလဲ %4၊ ကျော်ထား %5၊ ပြဿနာရှိ %6။ Madoguchi ရှိ နေထိုင်သူ %7 ဦးသည် စာရင်းတွင် မပါပါ (စစ်ဆေးရန် ဖော်ပြထားသည်။ ၎င်းတို့ကို မပြောင်းလဲပါ)။</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 rows: %2 to import, %3 skipped, %4 with problems. Residents: %5 new, %6 already in Madoguchi.</source>
            <translation>အတန်း %1 ခု- တင်သွင်းမည် %2၊ ကျော်ထား %3၊ ပြဿနာရှိ %4။ နေထိုင်သူ- အသစ် %5၊ Madoguchi တွင် ရှိပြီးသား %6။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rows with problems stop the import: correct the file or the mapping (Back), or tick the box above.</source>
            <translation>ပြဿနာရှိသော အတန်းများကြောင့် တင်သွင်း၍ မရပါ- ဖိုင် သို့မဟုတ် တွဲဖက်သတ်မှတ်ချက်ကို ပြင်ပါ (နောက်သို့)၊ သို့မဟုတ် အထက်ပါ အကွက်ကို အမှန်ခြစ်ပါ။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile</source>
            <translation>တွဲဖက်သတ်မှတ်ချက် ပရိုဖိုင် သိမ်းရန်</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mapping profile saved: %1</source>
            <translation>တွဲဖက်သတ်မှတ်ချက် ပရိုဖိုင် သိမ်းပြီးပါပြီ- %1</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../ui/qt_strings.py" line="+10" />
            <source>OK</source>
            <translation>အိုကေ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>သိမ်းမည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>ဖွင့်မည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>ဟုတ်ကဲ့(&amp;Y)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>မဟုတ်ပါ(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>ပိတ်မည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>စွန့်ပစ်မည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>အသုံးချမည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>ပြန်လည်သတ်မှတ်မည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>အကူအညီ</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../ui/forms/base.py" line="+62" />
            <source>Delete…</source>
            <translation>ဖျက်မည်…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print…</source>
            <translation>ပုံနှိပ်ရန်…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This record was also changed on another device: it has an open conflict (Settings › Conflicts).</source>
            <translation>ဤမှတ်တမ်းကို အခြားစက်တွင်လည်း ပြောင်းထားသည်- မဖြေရှင်းရသေးသော ပဋိပက္ခ ရှိသည် (ဆက်တင်များ › ပဋိပက္ခများ)။</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Please correct the fields marked in red.</source>
            <translation>အနီရောင်ဖြင့် အမှတ်အသားပြထားသော အကွက်များကို ပြင်ပါ။</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Delete</source>
            <translation>ဖျက်မည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this record? This cannot be undone.</source>
            <translation>ဤမှတ်တမ်းကို ဖျက်မလား။ နောက်ပြန်ပြင်၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unsaved changes</source>
            <translation>မသိမ်းရသေးသော ပြောင်းလဲမှုများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record has changes that are not saved. Save them?</source>
            <translation>ဤမှတ်တမ်းတွင် မသိမ်းရသေးသော ပြောင်းလဲမှုများ ရှိပါသည်။ သိမ်းမလား။</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../ui/login.py" line="+56" />
            <source>Use the recovery code</source>
            <translation>ပြန်လည်ရယူရေးကုဒ်ကို အသုံးပြုရန်</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the recovery code from the paper kept in the office safe. Then choose a new password for the administrator.</source>
            <translation>ရုံး၏ မီးခံသေတ္တာထဲတွင် သိမ်းထားသော စာရွက်ပေါ်မှ ပြန်လည်ရယူရေးကုဒ်ကို ရိုက်ထည့်ပါ။ ထို့နောက် စီမံခန့်ခွဲသူအတွက် စကားဝှက်အသစ် ရွေးပါ။</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check the code</source>
            <translation>ကုဒ် စစ်ဆေးမည်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>ပြန်လည်ရယူရေးကုဒ်</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Administrator</source>
            <translation>စီမံခန့်ခွဲသူ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password</source>
            <translation>စကားဝှက်အသစ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password again</source>
            <translation>စကားဝှက်အသစ် ထပ်မံ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set password and log in</source>
            <translation>စကားဝှက် သတ်မှတ်ပြီး ဝင်ရောက်မည်</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This database has no active administrator.</source>
            <translation>ဤဒေတာဘေ့စ်တွင် အသုံးပြုနေသော စီမံခန့်ခွဲသူ မရှိပါ။</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The two passwords are not the same.</source>
            <translation>စကားဝှက် နှစ်ခု မတူညီပါ။</translation>
        </message>
    </context>
    <context>
        <name>ReportSettingsBox</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+36" />
            <source>Reports</source>
            <translation>အစီရင်ခံစာများ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counts from 1 to one less than this are hidden as x in the annual report.</source>
            <translation>နှစ်စဉ် အစီရင်ခံစာတွင် 1 မှ ဤတန်ဖိုးထက် တစ်လျော့သည်အထိ အရေအတွက်များကို x ဖြင့် ဖုံးကွယ်ထားပါမည်။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>same as above</source>
            <translation>အထက်ပါအတိုင်း</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A hidden count is protected when a reader of every table published this year cannot narrow it to a range narrower than this.</source>
            <translation>ယခုနှစ် ထုတ်ပြန်သော ဇယားအားလုံးကို ဖတ်သူသည် ဤထက် ကျဉ်းသော အကွာအဝေးအထိ မခန့်မှန်းနိုင်လျှင် ဝှက်ထားသော ကိန်းဂဏန်းကို ကာကွယ်ထားသည်။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from the town's name</source>
            <translation>မြို့နယ်အမည်မှ</translation>
        </message>
        <message>
            <location line="+10" />
            <source>全国地方公共団体コード: six digits, the last one a check digit.</source>
            <translation>全国地方公共団体コード (ဒေသန္တရ အုပ်ချုပ်ရေး ကုဒ်): ဂဏန်း ခြောက်လုံး၊ နောက်ဆုံးတစ်လုံးသည် စစ်ဆေးဂဏန်း ဖြစ်သည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>suppressed counts, as in the report</source>
            <translation>အစီရင်ခံစာကဲ့သို့ ဖုံးထားသော အရေအတွက်များ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exact counts, for the prefecture to suppress</source>
            <translation>ခရိုင်က ဖုံးရန် အတိအကျ အရေအတွက်များ</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special allocation tax measures…</source>
            <translation>အထူးခွဲဝေထောက်ပံ့ငွေ (特別交付税) အစီအမံများ…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other bodies' categories…</source>
            <translation>အခြားအဖွဲ့အစည်းများ၏ အမျိုးအစားများ…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide counts below</source>
            <translation>ဤထက်နည်းသော အရေအတွက် ဖုံးကွယ်ရန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protection width</source>
            <translation>ကာကွယ်မှု အကျယ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality</source>
            <translation>ဒေသအုပ်ချုပ်ရေး အမျိုးအစား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality code</source>
            <translation>ဒေသန္တရ အုပ်ချုပ်ရေး ကုဒ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The annual data file carries</source>
            <translation>နှစ်ပတ်လည် ဒေတာဖိုင်တွင် ပါဝင်သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town population</source>
            <translation>မြို့ လူဦးရေ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foreign residents</source>
            <translation>နိုင်ငံခြားသား နေထိုင်သူများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>ဌာန</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact (mail signature)</source>
            <translation>ဆက်သွယ်ရန် (မေးလ် လက်မှတ်)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending to the prefecture</source>
            <translation>ခရိုင်သို့ ပေးပို့ခြင်း</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use STARTTLS</source>
            <translation>STARTTLS အသုံးပြုမည်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Forget the saved password</source>
            <translation>သိမ်းထားသော စကားဝှက်ကို ဖျက်မည်</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prefecture's address</source>
            <translation>ခရိုင်၏ လိပ်စာ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From address</source>
            <translation>ပေးပို့သူ လိပ်စာ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>အကြောင်းအရာ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>စာသား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail server (SMTP)</source>
            <translation>မေးလ်ဆာဗာ (SMTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>အသုံးပြုသူ</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save report settings</source>
            <translation>အစီရင်ခံစာ ဆက်တင်များ သိမ်းမည်</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password is kept only in this computer's keyring, never in a file.</source>
            <translation>စကားဝှက်ကို ဤကွန်ပျူတာ၏ သော့တွဲ (keyring) တွင်သာ သိမ်းထားပြီး ဖိုင်ထဲတွင် ဘယ်တော့မှ မသိမ်းပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure keyring here: Madoguchi asks for the password every time.</source>
            <translation>ဤနေရာတွင် လုံခြုံသော သော့တွဲ (keyring) မရှိပါ- Madoguchi က စကားဝှက်ကို အကြိမ်တိုင်း မေးပါမည်။</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Saved.</source>
            <translation>သိမ်းပြီးပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+49" />
            <source>Monthly report</source>
            <translation>လစဉ် အစီရင်ခံစာ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual report for the prefecture</source>
            <translation>ခရိုင်အတွက် နှစ်စဉ် အစီရင်ခံစာ</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Preview</source>
            <translation>အစမ်းကြည့်ရန်</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Export PDF…</source>
            <translation>PDF ထုတ်မည်…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export Excel…</source>
            <translation>Excel ထုတ်မည်…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>CSV ထုတ်မည်…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print…</source>
            <translation>ပုံနှိပ်ရန်…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the file made</source>
            <translation>ပြုလုပ်ထားသော ဖိုင်ကို ဖွင့်ရန်</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email draft for the prefecture…</source>
            <translation>ခရိုင်အတွက် အီးမေးလ် မူကြမ်း…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>ခရိုင်သို့ ပို့မည်…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attach the annual data file (for the prefecture's roll-up)</source>
            <translation>နှစ်ပတ်လည် ဒေတာဖိုင်ကို ပူးတွဲရန် (ခရိုင်၏ စုစည်းချက်အတွက်)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save the report in</source>
            <translation>အစီရင်ခံစာကို သိမ်းမည့်နေရာ</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Records with open sync conflicts: %1. The report counts them as they stand on this device (Settings › Conflicts).</source>
            <translation>မဖြေရှင်းရသေးသော ထပ်တူပြု ပဋိပက္ခ ရှိသည့် မှတ်တမ်းများ- %1။ အစီရင်ခံစာသည် ၎င်းတို့ကို ဤစက်ပေါ်ရှိ အခြေအနေအတိုင်း ရေတွက်သည် (ဆက်တင်များ › ပဋိပက္ခများ)။</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Making the report…</source>
            <translation>အစီရင်ခံစာ ပြုလုပ်နေသည်…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>သိမ်းပြီးပါပြီ-</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Making the email draft…</source>
            <translation>အီးမေးလ် မူကြမ်း ပြုလုပ်နေသည်…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>သိမ်းပြီးပါပြီ။ .eml ဖိုင်ကို ဖွင့်၍ စစ်ဆေးပြီး သင့်မေးလ်ပရိုဂရမ်မှ ပို့ပါ-</translation>
        </message>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+37" />
            <source>Send the %1 report (PDF, Excel and the annual data file) to %2?</source>
            <translation>%1 အစီရင်ခံစာ (PDF၊ Excel နှင့် နှစ်ပတ်လည် ဒေတာဖိုင်) ကို %2 သို့ ပို့မလား။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>%1 အစီရင်ခံစာ (PDF နှင့် Excel) ကို %2 သို့ ပို့မလား။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture</source>
            <translation>ခရိုင်သို့ ပို့ရန်</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sent to %1.</source>
            <translation>%1 သို့ ပို့ပြီးပါပြီ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending…</source>
            <translation>ပို့နေသည်…</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../ui/forms/resident.py" line="+39" />
            <source>Resident</source>
            <translation>နေထိုင်သူ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>နေထိုင်သူ #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+48" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>Family name (native script)</source>
            <translation>မျိုးရိုးအမည် (မူရင်းစာလုံး)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Given name (native script)</source>
            <translation>ပေးထားသောအမည် (မူရင်းစာလုံး)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>မျိုးရိုးအမည် (လက်တင်စာလုံး)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>ပေးထားသောအမည် (လက်တင်စာလုံး)</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Hiragana becomes katakana</source>
            <translation>ဟီရာဂါနကို ခါတခါနအဖြစ် ပြောင်းပေးသည်</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Reading (katakana)</source>
            <translation>အသံထွက် (katakana)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Date of birth</source>
            <translation>မွေးသက္ကရာဇ်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Nationality</source>
            <translation>နိုင်ငံသား</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Residence status</source>
            <translation>နေထိုင်ခွင့် အဆင့်အတန်း</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Period of stay ends (在留期間満了日)</source>
            <translation>နေထိုင်ခွင့် ကုန်ဆုံးရက် (在留期間満了日)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Residence card number</source>
            <translation>နေထိုင်ခွင့်ကတ် နံပါတ်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Employer or host organisation</source>
            <translation>အလုပ်ရှင် သို့မဟုတ် လက်ခံအဖွဲ့အစည်း</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>District</source>
            <translation>ရပ်ကွက်</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>ID or phone number</source>
            <translation>ID သို့မဟုတ် ဖုန်းနံပါတ်</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>SNS contacts</source>
            <translation>SNS ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Arrival date</source>
            <translation>ရောက်ရှိသည့်ရက်</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>မှတ်တမ်းထားရန် သဘောတူညီချက်- ရက်စွဲ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Consent: how</source>
            <translation>သဘောတူညီချက်- ရယူပုံ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Notes</source>
            <translation>မှတ်စုများ</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>Link</source>
            <translation>ချိတ်ဆက်မည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink</source>
            <translation>ချိတ်ဆက်မှု ဖြုတ်မည်</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+8" />
            <source>Household</source>
            <translation>အိမ်ထောင်စု</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <location filename="../ui/resident_picker.py" line="+50" />
            <source>Type a name in any script…</source>
            <translation>မည်သည့်စာလုံးဖြင့်မဆို အမည် ရိုက်ထည့်ပါ…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>New resident “%1”…</source>
            <translation>နေထိုင်သူအသစ် “%1”…</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <location filename="../ui/resident_view.py" line="+53" />
            <location line="+97" />
            <source>Timeline</source>
            <translation>အချိန်အလိုက် မှတ်တမ်း</translation>
        </message>
        <message>
            <location line="-94" />
            <source>When</source>
            <translation>အချိန်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>အကြောင်းအရာ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Summary</source>
            <translation>အကျဉ်းချုပ်</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit resident…</source>
            <translation>နေထိုင်သူ ပြင်ဆင်မည်…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New consultation…</source>
            <translation>တိုင်ပင်ဆွေးနွေးမှု အသစ်…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New accompaniment…</source>
            <translation>လိုက်ပါကူညီမှု အသစ်…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print…</source>
            <translation>ပုံနှိပ်ရန်…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nationality</source>
            <translation>နိုင်ငံသား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>နေထိုင်ခွင့် အဆင့်အတန်း</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Employer or host</source>
            <translation>အလုပ်ရှင် / လက်ခံအဖွဲ့</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>ရပ်ကွက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS</source>
            <translation>SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrived</source>
            <translation>ရောက်ရှိသည့်ရက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>သဘောတူညီချက်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>အိမ်ထောင်စု</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+5" />
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>အမည် (လက်တင်)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading</source>
            <translation>အသံထွက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>နိုင်ငံသား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>နေထိုင်ခွင့် အဆင့်အတန်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stay ends</source>
            <translation>နေထိုင်ခွင့်ကုန်ရက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>ကတ်နံပါတ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>ရပ်ကွက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host</source>
            <translation>အလုပ်ရှင် / လက်ခံအဖွဲ့</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>ရောက်ရှိသည့်ရက်</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <location filename="../ui/pages/retention_box.py" line="+26" />
            <source>Retention</source>
            <translation>သိမ်းဆည်းထားမှု</translation>
        </message>
        <message>
            <location line="+7" />
            <source> years</source>
            <translation> နှစ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>အစမ်းကြည့်ရန်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anonymise…</source>
            <translation>အမည်မဖော်အဖြစ် ပြောင်းမည်…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No activity for</source>
            <translation>လှုပ်ရှားမှု မရှိသည့်ကာလ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Anonymising blanks names, contacts, notes and free text, after a backup. Nationality, languages and residence status stay, so past reports keep their numbers.</source>
            <translation>အမည်မဖော်အဖြစ် ပြောင်းခြင်းသည် အရန်ကူးပြီးနောက် အမည်များ၊ ဆက်သွယ်ရန်အချက်များ၊ မှတ်စုများနှင့် လွတ်လပ်စွာ ရေးသားထားသော စာသားများကို ဖျက်ပစ်ပါသည်။ နိုင်ငံသား၊ ဘာသာစကားများနှင့် နေထိုင်ခွင့် အဆင့်အတန်းတို့ ကျန်ရှိနေမည်ဖြစ်၍ ယခင် အစီရင်ခံစာများ၏ ကိန်းဂဏန်းများ မပြောင်းလဲပါ။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Anonymise</source>
            <translation>အမည်မဖော်အဖြစ် ပြောင်းမည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymise %1 residents? This cannot be undone (a backup is made first).</source>
            <translation>နေထိုင်သူ %1 ဦးကို အမည်မဖော်အဖြစ် ပြောင်းမလား။ နောက်ပြန်ပြင်၍ မရပါ (ဦးစွာ အရန်ကူးပါမည်)။</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 residents have had no activity for %2 years or more.</source>
            <translation>နေထိုင်သူ %1 ဦးတွင် %2 နှစ် သို့မဟုတ် ထို့ထက်ပို၍ လှုပ်ရှားမှု မရှိပါ။</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 residents anonymised.</source>
            <translation>နေထိုင်သူ %1 ဦးကို အမည်မဖော်အဖြစ် ပြောင်းပြီးပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../ui/pages/users.py" line="-64" />
            <source>Administrator</source>
            <translation>စီမံခန့်ခွဲသူ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation>ဝန်ထမ်း</translation>
        </message>
    </context>
    <context>
        <name>RowsModel</name>
        <message>
            <location filename="../ui/table_import_rows.py" line="+67" />
            <source>Sheet</source>
            <translation>ရှိတ်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Row</source>
            <translation>အတန်း</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>ရလဒ်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>ပုဂ္ဂိုလ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>အကြောင်းရင်း</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message>
            <location filename="../ui/pages/search_results.py" line="+26" />
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>အချိန်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>အသေးစိတ်</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 result(s) for “%2”</source>
            <translation>“%2” အတွက် ရလဒ် %1 ခု</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../ui/session.py" line="+96" />
            <source>Checking the database in the background…</source>
            <translation>နောက်ခံတွင် ဒေတာဘေ့စ်ကို စစ်ဆေးနေသည်…</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/forms/session.py" line="+38" />
            <source>Session</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>အစီအစဉ် #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+5" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Start time</source>
            <translation>စတင်ချိန်</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Copy the last session of this kind</source>
            <translation>ဤအမျိုးအစား နောက်ဆုံးအစည်းအဝေးကို ကူးယူရန်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title, topics, languages, venue, facilitator and registered attendees of the most recent session of this kind (for weekly classes)</source>
            <translation>ဤအမျိုးအစား နောက်ဆုံးအစည်းအဝေး၏ ခေါင်းစဉ်၊ အကြောင်းအရာ၊ ဘာသာစကား၊ နေရာ၊ ဦးဆောင်သူနှင့် မှတ်ပုံတင်ထားသော တက်ရောက်သူများ (အပတ်စဉ် အတန်းများအတွက်)</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Title</source>
            <translation>ခေါင်းစီး</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Topics</source>
            <translation>ခေါင်းစဉ်များ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Venue</source>
            <translation>ကျင်းပသည့်နေရာ</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Held online</source>
            <translation>အွန်လိုင်းဖြင့် ကျင်းပသည်</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Online</source>
            <translation>အွန်လိုင်း</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Facilitator</source>
            <translation>ဦးဆောင်သူ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Notes</source>
            <translation>မှတ်စုများ</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+10" />
            <source>Add</source>
            <translation>ထည့်မည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>ဖယ်ရှားမည်</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+11" />
            <source>Registered attendees</source>
            <translation>စာရင်းရှိ တက်ရောက်သူများ</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Attendance sheet…</source>
            <translation>တက်ရောက်သူ စာရင်း…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print a sheet for attendees to sign (出席簿)</source>
            <translation>တက်ရောက်သူများ လက်မှတ်ထိုးရန် စာရွက် ပုံနှိပ်ရန် (出席簿)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+111" />
            <source>Nationality</source>
            <translation>နိုင်ငံသား</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Count</source>
            <translation>အရေအတွက်</translation>
        </message>
        <message>
            <location line="+8" />
            <source>People who came but have no resident record</source>
            <translation>တက်ရောက်ခဲ့သော်လည်း နေထိုင်သူမှတ်တမ်း မရှိသူများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add row</source>
            <translation>အတန်း ထည့်မည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove row</source>
            <translation>အတန်း ဖယ်ရှားမည်</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reading</source>
            <translation>အသံထွက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature</source>
            <translation>လက်မှတ်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attendance sheet</source>
            <translation>တက်ရောက်သူ စာရင်း</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="-97" />
            <source>Unregistered attendees</source>
            <translation>စာရင်းမရှိ တက်ရောက်သူများ</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+4" />
            <source>Total attendance</source>
            <translation>စုစုပေါင်း တက်ရောက်မှု</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 (%2 registered, %3 unregistered)</source>
            <translation>%1 (စာရင်းရှိ %2၊ စာရင်းမရှိ %3)</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+21" />
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>ခေါင်းစီး</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation>ကျင်းပသည့်နေရာ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>အွန်လိုင်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>တက်ရောက်မှု</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>ဦးဆောင်သူ</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+41" />
            <source>Town and data</source>
            <translation>မြို့နှင့် ဒေတာ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports</source>
            <translation>အစီရင်ခံစာများ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Town</source>
            <translation>မြို့</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+135" />
            <source>Save</source>
            <translation>သိမ်းမည်</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Town name (Japanese)</source>
            <translation>မြို့အမည် (ဂျပန်)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (English)</source>
            <translation>မြို့အမည် (အင်္ဂလိပ်)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Database</source>
            <translation>ဒေတာဘေ့စ်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>ဖိုင်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schema version</source>
            <translation>Schema ဗားရှင်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite</source>
            <translation>SQLite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded as user</source>
            <translation>မှတ်တမ်းတင်သည့် အသုံးပြုသူ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code lists</source>
            <translation>ကုဒ်စာရင်းများ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Devices</source>
            <translation>စက်များ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>ပဋိပက္ခများ</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add code…</source>
            <translation>ကုဒ် ထည့်မည်…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List</source>
            <translation>စာရင်း</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Japanese</source>
            <translation>ဂျပန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>အင်္ဂလိပ်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In this window</source>
            <translation>ဤဝင်းဒိုးတွင်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offered</source>
            <translation>ပြသ</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your preferences</source>
            <translation>သင့်ရွေးချယ်မှုများ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show dates in the Japanese era (令和) in the Japanese window</source>
            <translation>ဂျပန်ဘာသာ မျက်နှာပြင်တွင် ရက်စွဲများကို ဂျပန်ခေတ် (令和) ဖြင့် ပြရန်</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+78" />
            <source>Saved.</source>
            <translation>သိမ်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Security</source>
            <translation>လုံခြုံရေး</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> မိနစ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never</source>
            <translation>မသော့ခတ်ပါ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After this many minutes without use the window locks and shows the login screen. 0 = never.</source>
            <translation>ဤမိနစ်အရေအတွက်အတိုင်း အသုံးမပြုဘဲ ကြာပါက ဝင်းဒိုးကို သော့ခတ်ပြီး ဝင်ရောက်ရန် မျက်နှာပြင်ကို ပြပါမည်။ 0 = မသော့ခတ်ပါ။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Auto-lock after</source>
            <translation>အလိုအလျောက် သော့ခတ်ချိန်</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these settings, the report settings and the code lists, or export and import all records.</source>
            <translation>ဤဆက်တင်များ၊ အစီရင်ခံစာ ဆက်တင်များနှင့် ကုဒ်စာရင်းများကို ပြောင်းလဲခြင်း၊ မှတ်တမ်းအားလုံးကို ထုတ်ယူခြင်းနှင့် တင်သွင်းခြင်းတို့ကို စီမံခန့်ခွဲသူသာ ပြုလုပ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these.</source>
            <translation>ဤအရာများကို စီမံခန့်ခွဲသူသာ ပြောင်းလဲနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only an administrator can change the code lists.</source>
            <translation>ကုဒ်စာရင်းများကို စီမံခန့်ခွဲသူသာ ပြောင်းလဲနိုင်ပါသည်။</translation>
        </message>
    </context>
    <context>
        <name>SnsCopy</name>
        <message>
            <location filename="../ui/sns_copy.py" line="+20" />
            <source>Documents to bring:</source>
            <translation>ယူလာရမည့် စာရွက်စာတမ်းများ -</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisations that help:</source>
            <translation>ကူညီပေးနိုင်သည့် အဖွဲ့အစည်းများ -</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Copy for SNS</source>
            <translation>SNS အတွက် ကူးယူရန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer has no text in %1 yet. Copy it in another language?</source>
            <translation>ဤအဖြေတွင် %1 စာသား မရှိသေးပါ။ အခြားဘာသာစကားဖြင့် ကူးယူမလား။</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+41" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>ဒေတာဘေ့စ် ပျက်စီးနေသဖြင့် %1 သို့ ဘေးဖယ်ရွှေ့ထားပါသည်။ စစ်ဆေးအတည်ပြုပြီး အရန်မိတ္တူ မတွေ့ပါ။ IT ဝန်ထမ်းကို ဆက်သွယ်ပါ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>ဒေတာဘေ့စ် ပျက်စီးနေသဖြင့် %1 သို့ ဘေးဖယ်ရွှေ့ထားပါသည်။ နောက်ဆုံး စစ်ဆေးအတည်ပြုပြီး အရန်မိတ္တူ %2 ကို ပြန်လည်ရယူမလား။</translation>
        </message>
        <message>
            <location line="+216" />
            <source>The check found damage in the database file. Stop entering records and quit Madoguchi: at the next start the damaged file is moved aside and the newest verified backup is offered.</source>
            <translation>စစ်ဆေးမှုတွင် ဒေတာဘေ့စ်ဖိုင်၌ ပျက်စီးမှုကို တွေ့ရှိခဲ့ပါသည်။ မှတ်တမ်းများ ထည့်သွင်းခြင်းကို ရပ်ပြီး Madoguchi ကို ပိတ်ပါ။ နောက်တစ်ကြိမ် စတင်ဖွင့်သည့်အခါ ပျက်စီးနေသောဖိုင်ကို ဘေးဖယ်ရွှေ့ထားပြီး နောက်ဆုံး စစ်ဆေးအတည်ပြုပြီး အရန်မိတ္တူကို ပြပေးပါမည်။</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Database checked; today's backup was taken (%1).</source>
            <translation>ဒေတာဘေ့စ်ကို စစ်ဆေးပြီးပါပြီ။ ယနေ့၏ အရန်မိတ္တူကို ပြုလုပ်ပြီးပါပြီ (%1)။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database checked.</source>
            <translation>ဒေတာဘေ့စ်ကို စစ်ဆေးပြီးပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-85" />
            <source>Open</source>
            <translation>ဆောင်ရွက်ဆဲ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>ညွှန်းပို့ပြီး</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>စောင့်ဆိုင်းဆဲ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>ပြီးဆုံး</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../ui/forms/suggestions.py" line="+43" />
            <source>Tick the entries you answered with</source>
            <translation>ဖြေကြားရာတွင် အသုံးပြုခဲ့သော ထည့်သွင်းချက်များကို အမှန်ခြစ်ပါ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy for SNS</source>
            <translation>SNS အတွက် ကူးမည်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the chosen answer in the consultation's language, for Messenger, Zalo or LINE</source>
            <translation>ရွေးထားသော အဖြေကို တိုင်ပင်ဆွေးနွေးမှု၏ ဘာသာစကားဖြင့် Messenger, Zalo သို့မဟုတ် LINE အတွက် ကူးယူမည်</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Tick the answers you used.</source>
            <translation>အသုံးပြုခဲ့သော အဖြေများကို အမှန်ခြစ်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a topic or write what was asked to see suggested answers.</source>
            <translation>အကြံပြု အဖြေများကို ကြည့်ရန် ခေါင်းစဉ်တစ်ခု ရွေးပါ သို့မဟုတ် မေးမြန်းခဲ့သည့်အရာကို ရေးပါ။</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Copied</source>
            <translation>ကူးယူပြီးပါပြီ</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../ui/sync_jobs.py" line="+36" />
            <source>Syncing with the other devices…</source>
            <translation>အခြားစက်များနှင့် ထပ်တူပြုနေသည်…</translation>
        </message>
        <message>
            <location filename="../ui/pages/devices.py" line="-185" />
            <source>Synced: %1 added, %2 updated, %3 deleted, %4 new conflicts.</source>
            <translation>ထပ်တူပြုပြီး- ထည့် %1၊ ပြင် %2၊ ဖျက် %3၊ ပဋိပက္ခအသစ် %4။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packets refused: %1.</source>
            <translation>ငြင်းပယ်ခဲ့သော ပက်ကတ်များ- %1။</translation>
        </message>
    </context>
    <context>
        <name>TableImport</name>
        <message>
            <location filename="../app/tableimport/messages.py" line="+41" />
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>အချိန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>အသံထွက် (katakana)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>နိုင်ငံသား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>ဆက်သွယ်မှုလမ်းကြောင်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>ခေါင်းစဉ်များ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>မေးမြန်းခဲ့သည့်အရာ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was done</source>
            <translation>ဆောင်ရွက်ခဲ့သည့်အရာ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (kept with what was done)</source>
            <translation>မှတ်စုများ (ဆောင်ရွက်ခဲ့သည့်အရာနှင့်အတူ သိမ်းသည်)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>မိနစ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>စကားပြန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled mark</source>
            <translation>ပယ်ဖျက်ကြောင်း အမှတ်အသား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>မွေးသက္ကရာဇ်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>End of the period of stay</source>
            <translation>နေထိုင်ခွင့် ကုန်ဆုံးရက်</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Residence status</source>
            <translation>နေထိုင်ခွင့် အမျိုးအစား</translation>
        </message>
        <message>
            <location line="+2" />
            <source>District</source>
            <translation>ရပ်ကွက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topic</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(leave out)</source>
            <translation>(ချန်ထားမည်)</translation>
        </message>
        <message>
            <location filename="../ui/table_import_rows.py" line="-43" />
            <source>Import</source>
            <translation>တင်သွင်းရန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>ကျော်မည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>ပြဿနာရှိ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>စစ်ဆေးရန်</translation>
        </message>
        <message>
            <location line="+67" />
            <source>new %1: %2</source>
            <translation>အသစ် %1- %2</translation>
        </message>
    </context>
    <context>
        <name>TableImportWizard</name>
        <message>
            <location filename="../ui/table_import.py" line="-124" />
            <location line="+19" />
            <source>Import from Excel/CSV</source>
            <translation>Excel/CSV မှ တင်သွင်းခြင်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
            <translation>Spreadsheet ဖိုင်များ (*.xlsx *.xls *.csv *.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load mapping profile</source>
            <translation>တွဲဖက်သတ်မှတ်ချက် ပရိုဖိုင် ဖွင့်ရန်</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Making the preview…</source>
            <translation>အစမ်းကြည့်ချက် ပြုလုပ်နေသည်…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Importing…</source>
            <translation>တင်သွင်းနေသည်…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Updating residents…</source>
            <translation>နေထိုင်သူများကို အပ်ဒိတ်လုပ်နေသည်…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the import report</source>
            <translation>တင်သွင်းမှု အစီရင်ခံစာကို သိမ်းရန်</translation>
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
            <translation>ယနေ့၊ %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Residence cards: period of stay ends within %1 days (%2)</source>
            <translation>နေထိုင်ခွင့်ကတ်- %1 ရက်အတွင်း သက်တမ်းကုန်မည် (%2)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Follow-ups overdue (%1)</source>
            <translation>ရက်လွန်နေသော နောက်ဆက်တွဲများ (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-ups due today (%1)</source>
            <translation>ယနေ့ ဆောင်ရွက်ရမည့် နောက်ဆက်တွဲများ (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open consultations (%1)</source>
            <translation>ဆောင်ရွက်ဆဲ တိုင်ပင်ဆွေးနွေးမှုများ (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— the newest %1 shown</source>
            <translation>— နောက်ဆုံး %1 ခုကို ပြထားသည်</translation>
        </message>
    </context>
    <context>
        <name>TownNotesPage</name>
        <message>
            <location filename="../ui/pages/town_notes.py" line="+36" />
            <source>Town notes</source>
            <translation>မြို့ဆိုင်ရာ မှတ်စုများ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the next person at this desk should know: who to call, how things are done in this town, what to watch out for. The notes go into the handover pack.</source>
            <translation>ဤကောင်တာတွင် နောက်တာဝန်ယူမည့်သူ သိထားသင့်သည်များ- မည်သူ့ကို ဆက်သွယ်ရမည်၊ ဤမြို့တွင် ကိစ္စများကို မည်သို့ ဆောင်ရွက်သည်၊ မည်သည့်အချက်များကို သတိထားရမည်။ ဤမှတ်စုများသည် တာဝန်လွှဲပြောင်း စာတွဲထဲတွင် ပါဝင်ပါမည်။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For example: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</source>
            <translation>ဥပမာ- 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save notes</source>
            <translation>မှတ်စုများ သိမ်းမည်</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Handover pack</source>
            <translation>တာဝန်လွှဲပြောင်း စာတွဲ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A folder for whoever takes over this desk: a handover document with these notes, the open consultations, the regular duties, the directory and the published knowledge base, plus the directory as spreadsheets. Residents appear by case number and initials only, unless personal data is included.</source>
            <translation>ဤကောင်တာကို တာဝန်လွှဲယူမည့်သူအတွက် ဖိုင်တွဲတစ်ခု- ဤမှတ်စုများ၊ ဆောင်ရွက်ဆဲ တိုင်ပင်ဆွေးနွေးမှုများ၊ ပုံမှန်တာဝန်များ၊ လမ်းညွှန်နှင့် ထုတ်ပြန်ပြီး ဗဟုသုတ အချက်အလက်စု ပါဝင်သော တာဝန်လွှဲပြောင်း စာတမ်း၊ ထို့အပြင် လမ်းညွှန်ကို spreadsheet ဖိုင်များအဖြစ်။ ကိုယ်ရေးအချက်အလက် မထည့်သွင်းပါက နေထိုင်သူများကို ကိစ္စနံပါတ်နှင့် အမည်၏ ရှေ့စာလုံးများဖြင့်သာ ဖော်ပြပါမည်။</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Include personal data (residents' full names)</source>
            <translation>ကိုယ်ရေးအချက်အလက် ထည့်သွင်းမည် (နေထိုင်သူများ၏ အမည်အပြည့်အစုံ)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Without it, open cases show initials and the case number.</source>
            <translation>မထည့်သွင်းပါက ဆောင်ရွက်ဆဲ ကိစ္စများတွင် အမည်၏ ရှေ့စာလုံးများနှင့် ကိစ္စနံပါတ်ကိုသာ ပြပါမည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can include personal data.</source>
            <translation>ကိုယ်ရေးအချက်အလက်ကို စီမံခန့်ခွဲသူသာ ထည့်သွင်းနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make handover pack…</source>
            <translation>တာဝန်လွှဲပြောင်း စာတွဲ ပြုလုပ်မည်…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Make the handover pack in</source>
            <translation>တာဝန်လွှဲပြောင်း စာတွဲကို ပြုလုပ်မည့်နေရာ</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved.</source>
            <translation>သိမ်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Making the handover pack…</source>
            <translation>တာဝန်လွှဲပြောင်း စာတွဲ ပြုလုပ်နေသည်…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved:</source>
            <translation>သိမ်းပြီးပါပြီ-</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+89" />
            <source>Each person logs in with their own name. Disabling a user removes their key: they can no longer open the database, and their past records keep their name.</source>
            <translation>လူတစ်ဦးစီသည် မိမိ၏ ကိုယ်ပိုင်အမည်ဖြင့် ဝင်ရောက်ပါသည်။ အသုံးပြုသူကို ပိတ်လိုက်ပါက ၎င်း၏ သော့ကို ဖယ်ရှားမည်ဖြစ်၍ ဒေတာဘေ့စ်ကို ထပ်မံ ဖွင့်နိုင်တော့မည် မဟုတ်ပါ။ ၎င်း၏ ယခင်မှတ်တမ်းများတွင် ၎င်း၏ အမည် ဆက်ရှိနေပါမည်။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add user…</source>
            <translation>အသုံးပြုသူ ထည့်မည်…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disable…</source>
            <translation>အသုံးပြုခွင့် ပိတ်မည်…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unlock</source>
            <translation>သော့ဖွင့်မည်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set password…</source>
            <translation>စကားဝှက် သတ်မှတ်မည်…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name</source>
            <translation>အသုံးပြုသူအမည်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>အခန်းကဏ္ဍ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Disabled</source>
            <translation>ပိတ်ထားသည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked (too many failed logins)</source>
            <translation>သော့ခတ်ထားသည် (ဝင်ရောက်မှု မအောင်မြင်သည်မှာ အကြိမ်များလွန်း)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>အသုံးပြုနေသည်</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Disable user</source>
            <translation>အသုံးပြုသူကို ပိတ်ရန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disable %1? They will no longer be able to log in. This cannot be undone; add them again under a new name if needed.</source>
            <translation>%1 ကို ပိတ်မလား။ ၎င်းသည် နောက်ထပ် ဝင်ရောက်နိုင်တော့မည် မဟုတ်ပါ။ နောက်ပြန်ပြင်၍ မရပါ။ လိုအပ်ပါက အမည်အသစ်ဖြင့် ထပ်မံ ထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Added %1.</source>
            <translation>%1 ကို ထည့်ပြီးပါပြီ။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The password of %1 is changed.</source>
            <translation>%1 ၏ စကားဝှက်ကို ပြောင်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is disabled.</source>
            <translation>%1 ကို ပိတ်ပြီးပါပြီ။</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 can log in again.</source>
            <translation>%1 သည် ထပ်မံ ဝင်ရောက်နိုင်ပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-173" />
            <source>Codes for the file's words</source>
            <translation>ဖိုင်ပါ စကားလုံးများအတွက် ကုဒ်များ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a code for each word that is not a code's own name, and the values for what the file has no column for. A word left without a code stops its rows.</source>
            <translation>ကုဒ်၏ ကိုယ်ပိုင်အမည် မဟုတ်သော စကားလုံးတစ်ခုစီအတွက် ကုဒ်ကို ရွေးပြီး ဖိုင်တွင် ကော်လံ မရှိသည့်အရာများအတွက် တန်ဖိုးများကို ရွေးပါ။ ကုဒ် မသတ်မှတ်ရသေးသော စကားလုံးပါသည့် အတန်းများကို တင်သွင်း၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+11" />
            <source>List</source>
            <translation>စာရင်း</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text in the file</source>
            <translation>ဖိုင်ထဲရှိ စာသား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>အတန်းအရေအတွက်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 where the file has none:</source>
            <translation>ဖိုင်တွင် %1 မရှိပါက-</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(no code: the row stops)</source>
            <translation>(ကုဒ်မရှိ- အတန်းကို တင်သွင်း၍ မရပါ)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Every word of the file has a code.</source>
            <translation>ဖိုင်ရှိ စကားလုံးတိုင်းတွင် ကုဒ် ရှိပါသည်။</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../app/accounts.py" line="+45" />
            <location filename="../app/keyslots.py" line="+45" />
            <source>The user name or password is not right.</source>
            <translation>အသုံးပြုသူအမည် သို့မဟုတ် စကားဝှက် မှားနေပါသည်။</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 already exists; a new database is only made in a new place.</source>
            <translation>%1 ရှိပြီးသား ဖြစ်ပါသည်။ ဒေတာဘေ့စ်အသစ်ကို နေရာအသစ်တွင်သာ ပြုလုပ်ပါသည်။</translation>
        </message>
        <message>
            <location line="+63" />
            <source>This account is locked after too many failed logins; an administrator can unlock it.</source>
            <translation>ဝင်ရောက်မှု မအောင်မြင်သည်မှာ အကြိမ်များလွန်းသဖြင့် ဤအကောင့်ကို သော့ခတ်ထားပါသည်။ စီမံခန့်ခွဲသူက သော့ဖွင့်ပေးနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Too many failed logins: try again in %1 seconds.</source>
            <translation>ဝင်ရောက်မှု မအောင်မြင်သည်မှာ အကြိမ်များလွန်းပါသည်- %1 စက္ကန့်အကြာတွင် ထပ်မံ ကြိုးစားပါ။</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This login is refused: the list of users was changed outside Madoguchi, so your role cannot be trusted. An administrator can see it in the audit trail.</source>
            <translation>ဤဝင်ရောက်မှုကို ငြင်းပယ်ပါသည်။ အသုံးပြုသူစာရင်းကို Madoguchi ပြင်ပတွင် ပြောင်းလဲထားသဖြင့် သင်၏ အခန်းကဏ္ဍကို ယုံကြည်၍ မရပါ။ စီမံခန့်ခွဲသူသည် ၎င်းကို စစ်ဆေးမှတ်တမ်းတွင် ကြည့်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+143" />
            <source>That recovery code does not open this database.</source>
            <translation>ထိုပြန်လည်ရယူရေးကုဒ်ဖြင့် ဤဒေတာဘေ့စ်ကို ဖွင့်၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This database is not encrypted, so it has no accounts.</source>
            <translation>ဤဒေတာဘေ့စ်ကို စာဝှက်ထားခြင်း မရှိသဖြင့် အကောင့်များ မရှိပါ။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only an administrator can manage users.</source>
            <translation>အသုံးပြုသူများကို စီမံခန့်ခွဲသူသာ စီမံနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Log out and log in again as an administrator first: this session cannot sign a change of the users list.</source>
            <translation>ဦးစွာ ထွက်ပြီး စီမံခန့်ခွဲသူအဖြစ် ပြန်ဝင်ပါ။ ဤဆက်ရှင်သည် အသုံးပြုသူစာရင်း ပြောင်းလဲမှုကို လက်မှတ်ထိုး၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That user cannot log in.</source>
            <translation>ထိုအသုံးပြုသူ ဝင်ရောက်၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+20" />
            <source>You cannot disable your own account.</source>
            <translation>မိမိ၏ ကိုယ်ပိုင်အကောင့်ကို ပိတ်၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>There is no such user.</source>
            <translation>ထိုအသုံးပြုသူ မရှိပါ။</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The last administrator cannot be disabled.</source>
            <translation>နောက်ဆုံးကျန်ရှိသော စီမံခန့်ခွဲသူကို ပိတ်၍ မရပါ။</translation>
        </message>
        <message>
            <location filename="../app/audit.py" line="+100" />
            <source>An audit row is written only inside a write transaction.</source>
            <translation>စစ်ဆေးမှတ်တမ်း အတန်းကို ရေးသွင်းမှု transaction အတွင်း၌သာ ရေးသွင်းပါသည်။</translation>
        </message>
        <message>
            <location line="+199" />
            <source>Only an administrator can read the audit trail.</source>
            <translation>စစ်ဆေးမှတ်တမ်းကို စီမံခန့်ခွဲသူသာ ဖတ်ရှုနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../app/reports/build.py" line="+54" />
            <source>%1 is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1 သည် ရက်စွဲ မဟုတ်ပါ။ YYYY-MM-DD ပုံစံဖြင့် ရေးပါ။</translation>
        </message>
        <message>
            <location filename="../app/backup.py" line="+40" />
            <location filename="../app/cli.py" line="+236" />
            <location filename="../app/db.py" line="+97" />
            <source>There is no database at %1.</source>
            <translation>%1 တွင် ဒေတာဘေ့စ် မရှိပါ။</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The backup folder %1 is not there (is the drive plugged in?).</source>
            <translation>အရန်မိတ္တူ ဖိုင်တွဲ %1 မရှိပါ (ဒရိုက်ကို ချိတ်ဆက်ထားပါသလား)။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot write to the backup folder %1.</source>
            <translation>Madoguchi သည် အရန်မိတ္တူ ဖိုင်တွဲ %1 သို့ ရေးသွင်း၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the backup folder as a full path, not %1.</source>
            <translation>အရန်မိတ္တူ ဖိုင်တွဲကို %1 ဖြင့် မဟုတ်ဘဲ လမ်းကြောင်း (path) အပြည့်အစုံဖြင့် ထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+61" />
            <source>This database has no file, so it cannot be backed up.</source>
            <translation>ဤဒေတာဘေ့စ်တွင် ဖိုင် မရှိသဖြင့် အရန်ကူး၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../app/integrity.py" line="+246" />
            <source>The backup could not be made in %1 (%2).</source>
            <translation>%1 တွင် အရန်မိတ္တူ ပြုလုပ်၍ မရပါ (%2)။</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no backup file at %1.</source>
            <translation>%1 တွင် အရန်မိတ္တူဖိုင် မရှိပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not encrypted, so it is not a Madoguchi backup.</source>
            <translation>%1 ကို စာဝှက်ထားခြင်း မရှိသဖြင့် Madoguchi အရန်မိတ္တူ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 does not open with this database's key: it is damaged, or it belongs to another database.</source>
            <translation>အရန်မိတ္တူ %1 ကို ဤဒေတာဘေ့စ်၏ သော့ဖြင့် ဖွင့်၍ မရပါ- ၎င်းသည် ပျက်စီးနေခြင်း သို့မဟုတ် အခြားဒေတာဘေ့စ်နှင့် သက်ဆိုင်ခြင်း ဖြစ်ပါသည်။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The backup %1 is damaged (%2).</source>
            <translation>အရန်မိတ္တူ %1 ပျက်စီးနေပါသည် (%2)။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 is damaged (integrity_check: %2).</source>
            <translation>အရန်မိတ္တူ %1 ပျက်စီးနေပါသည် (integrity_check: %2)။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Madoguchi backup.</source>
            <translation>%1 သည် Madoguchi အရန်မိတ္တူ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup %1 was made by a newer Madoguchi.</source>
            <translation>အရန်မိတ္တူ %1 ကို Madoguchi ဗားရှင်းအသစ်ဖြင့် ပြုလုပ်ထားပါသည်။</translation>
        </message>
        <message>
            <location line="+198" />
            <source>A database cannot be restored from itself.</source>
            <translation>ဒေတာဘေ့စ်ကို ၎င်းကိုယ်တိုင်မှ ပြန်လည်ရယူ၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup could not be restored (%1); the current file was not replaced.</source>
            <translation>အရန်မိတ္တူကို ပြန်လည်ရယူ၍ မရပါ (%1)။ လက်ရှိဖိုင်ကို အစားမထိုးခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+71" />
            <source>The damaged database could not be moved aside (%1); it was not deleted.</source>
            <translation>ပျက်စီးနေသော ဒေတာဘေ့စ်ကို ဘေးဖယ်ရွှေ့၍ မရပါ (%1)။ ၎င်းကို မဖျက်ခဲ့ပါ။</translation>
        </message>
        <message>
            <location filename="../app/backup_cli.py" line="+42" />
            <source>Only an administrator can change the backup folder.</source>
            <translation>အရန်မိတ္တူ ဖိုင်တွဲကို စီမံခန့်ခွဲသူသာ ပြောင်းလဲနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only an administrator can restore a backup.</source>
            <translation>အရန်မိတ္တူကို စီမံခန့်ခွဲသူသာ ပြန်လည်ရယူနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/services.py" line="+128" />
            <source>This database has no file.</source>
            <translation>ဤဒေတာဘေ့စ်တွင် ဖိုင် မရှိပါ။</translation>
        </message>
        <message>
            <location filename="../app/check.py" line="+56" />
            <source>%1 is damaged or is not a Madoguchi database (%2).</source>
            <translation>%1 သည် ပျက်စီးနေသည် သို့မဟုတ် Madoguchi ဒေတာဘေ့စ် မဟုတ်ပါ (%2)။</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-207" />
            <source>The window is not part of this installation.</source>
            <translation>ဤထည့်သွင်းတပ်ဆင်မှုတွင် ဝင်းဒိုး ပါဝင်ခြင်း မရှိပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is empty (0 bytes) and was kept as it is; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 သည် ဗလာဖြစ်နေသဖြင့် (0 ဘိုက်) မူလအတိုင်း ထားခဲ့ပါသည်။ ဖွင့်၍ရသော နောက်ဆုံး အရန်မိတ္တူမှာ %2 ဖြစ်ပါသည် (madoguchi restore --from %2)။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is empty (0 bytes) and was kept as it is; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 သည် ဗလာဖြစ်နေသဖြင့် (0 ဘိုက်) မူလအတိုင်း ထားခဲ့ပါသည်။ ဖွင့်၍ရသော အရန်မိတ္တူ မတွေ့ပါ။ IT ဝန်ထမ်းကို ဆက်သွယ်ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 ပျက်စီးနေပြီး မပြောင်းလဲထားပါ။ ဖွင့်၍ရသော နောက်ဆုံး အရန်မိတ္တူမှာ %2 ဖြစ်ပါသည် (madoguchi restore --from %2)။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is open in a Madoguchi window, and this command changes records: close the window (or quit Madoguchi) first, then run the command again. Nothing was changed.</source>
            <translation>%1 ကို Madoguchi ဝင်းဒိုးတွင် ဖွင့်ထားပြီး ဤအမိန့်သည် မှတ်တမ်းများကို ပြောင်းလဲသည်- ဝင်းဒိုးကို (သို့မဟုတ် Madoguchi ကို) အရင်ပိတ်ပြီး အမိန့်ကို ထပ်မံ လုပ်ဆောင်ပါ။ ဘာမျှ မပြောင်းလဲရပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 ပျက်စီးနေပြီး မပြောင်းလဲထားပါ။ ဖွင့်၍ရသော အရန်မိတ္တူ မတွေ့ပါ။ IT ဝန်ထမ်းကို ဆက်သွယ်ပါ။</translation>
        </message>
        <message>
            <location line="+146" />
            <source>No password: set %1, or run the command in a terminal to be asked for it.</source>
            <translation>စကားဝှက် မရှိပါ- %1 ကို သတ်မှတ်ပါ၊ သို့မဟုတ် စကားဝှက်ကို မေးမြန်းစေရန် terminal တွင် ညွှန်ကြားချက် (command) ကို လုပ်ဆောင်ပါ။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The two passwords are not the same; nothing was made.</source>
            <translation>စကားဝှက် နှစ်ခု မတူညီပါ။ မည်သည့်အရာမျှ မပြုလုပ်ခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 ကို စာဝှက်ထားခြင်း မရှိပါ။ Madoguchi သည် စာဝှက်ထားသော ဒေတာဘေ့စ်များတွင်သာ မှတ်တမ်းများ သိမ်းပါသည်။ ၎င်းကို မပြောင်းလဲခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>ဒေတာဘေ့စ်၏ ဘေးတွင် သော့ဖိုင် %1 မရှိသဖြင့် ဖွင့်၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This database is encrypted: give --user NAME (the password comes from %1 or a prompt).</source>
            <translation>ဤဒေတာဘေ့စ်ကို စာဝှက်ထားပါသည်- --user NAME ကို ထည့်ပါ (စကားဝှက်ကို %1 မှ သို့မဟုတ် မေးမြန်းချက်မှ ရယူပါမည်)။</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A demo town has 1 to 100,000 residents and 1 to 50 years.</source>
            <translation>နမူနာမြို့တွင် နေထိုင်သူ 1 မှ 100,000 ဦးအထိနှင့် 1 မှ 50 နှစ်အထိ ရှိနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="+25" />
            <source>That consultation no longer exists.</source>
            <translation>ထိုတိုင်ပင်ဆွေးနွေးမှု မရှိတော့ပါ။</translation>
        </message>
        <message>
            <location line="+66" />
            <source>That accompaniment no longer exists.</source>
            <translation>ထိုလိုက်ပါကူညီမှု မရှိတော့ပါ။</translation>
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
            <translation>ဖိုင်တွဲ %1 မရှိပါ။</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-92" />
            <location filename="../app/db.py" line="+3" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 သည် ဖိုင်တွဲ ဖြစ်ပြီး ဒေတာဘေ့စ်ဖိုင် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location filename="../app/db.py" line="+3" />
            <source>%1 is not encrypted, so it cannot be opened as an encrypted database; it was not changed.</source>
            <translation>%1 ကို စာဝှက်ထားခြင်း မရှိသဖြင့် စာဝှက်ထားသော ဒေတာဘေ့စ်အဖြစ် ဖွင့်၍ မရပါ။ ၎င်းကို မပြောင်းလဲခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The database %1 cannot be opened (%2).</source>
            <translation>ဒေတာဘေ့စ် %1 ကို ဖွင့်၍ မရပါ (%2)။</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+41" />
            <source>The database key has the wrong length.</source>
            <translation>ဒေတာဘေ့စ် သော့၏ အရှည် မှားနေပါသည်။</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The database %1 cannot use write-ahead logging.</source>
            <translation>ဒေတာဘေ့စ် %1 သည် write-ahead logging (WAL) ကို အသုံးပြု၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is encrypted or is not a Madoguchi database: log in to open it. It was not changed.</source>
            <translation>%1 ကို စာဝှက်ထားသည် သို့မဟုတ် Madoguchi ဒေတာဘေ့စ် မဟုတ်ပါ- ဖွင့်ရန် ဝင်ရောက်ပါ။ ၎င်းကို မပြောင်းလဲခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 could not be decrypted: the file is damaged, or its key file belongs to another database. It was not changed.</source>
            <translation>%1 ကို စာဝှက်ဖြေ၍ မရပါ- ဖိုင် ပျက်စီးနေသည် သို့မဟုတ် ၎င်း၏ သော့ဖိုင်သည် အခြားဒေတာဘေ့စ်နှင့် သက်ဆိုင်ပါသည်။ ၎င်းကို မပြောင်းလဲခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged or is not a Madoguchi database; it was not changed.</source>
            <translation>%1 သည် ပျက်စီးနေသည် သို့မဟုတ် Madoguchi ဒေတာဘေ့စ် မဟုတ်ပါ။ ၎င်းကို မပြောင်းလဲခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+57" />
            <source>The backup %1 did not verify (%2).</source>
            <translation>အရန်မိတ္တူ %1 ကို စစ်ဆေးအတည်ပြု၍ မရပါ (%2)။</translation>
        </message>
        <message>
            <location filename="../app/demo.py" line="-10" />
            <source>A demo town needs at least one resident and one year.</source>
            <translation>နမူနာမြို့တွင် နေထိုင်သူ အနည်းဆုံး တစ်ဦးနှင့် အနည်းဆုံး တစ်နှစ် လိုအပ်ပါသည်။</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <location line="+29" />
            <source>%1 already exists; the demo is only written to a new file.</source>
            <translation>%1 ရှိပြီးသား ဖြစ်ပါသည်။ နမူနာကို ဖိုင်အသစ်တွင်သာ ရေးသွင်းပါသည်။</translation>
        </message>
        <message>
            <location filename="../app/directory.py" line="+36" />
            <source>That organisation no longer exists.</source>
            <translation>ထိုအဖွဲ့အစည်း မရှိတော့ပါ။</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That bridge person no longer exists.</source>
            <translation>ထိုချိတ်ဆက်ပေးသူ မရှိတော့ပါ။</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+60" />
            <source>%1, field '%2': has the wrong type. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- အမျိုးအစား (type) မှားနေပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': %3 Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- %3 မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The file is not a Madoguchi export (field 'format'). Nothing was imported.</source>
            <translation>ဤဖိုင်သည် Madoguchi မှ ထုတ်ယူထားသော ဖိုင် မဟုတ်ပါ (အကွက် 'format')။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>ဖိုင်၏ ပုံစံ ဗားရှင်းမှာ %1 ဖြစ်ပြီး ဤ Madoguchi သည် ဗားရှင်း %2 ကို ဖတ်ပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Field 'code_items' must be a list. Nothing was imported.</source>
            <translation>အကွက် 'code_items' သည် စာရင်း (list) ဖြစ်ရပါမည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, field '%2': needs list, code, label_ja, label_en. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- list, code, label_ja, label_en တို့ လိုအပ်ပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': sort_order must be a whole number and active true or false. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- sort_order သည် ကိန်းပြည့် ဖြစ်ရမည်ဖြစ်ပြီး active သည် true သို့မဟုတ် false ဖြစ်ရပါမည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+22" />
            <location filename="../app/kbpack.py" line="+78" />
            <source>Field '%1' must be a list. Nothing was imported.</source>
            <translation>အကွက် '%1' သည် စာရင်း (list) ဖြစ်ရပါမည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1, field '%2': refers to a resident that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- ဖိုင်တွင်လည်း ဒေတာဘေ့စ်တွင်လည်း မရှိသော နေထိုင်သူကို ရည်ညွှန်းထားပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': a deleted record that is also in the file or in the database. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- ဖျက်ထားသော မှတ်တမ်းသည် ဖိုင် သို့မဟုတ် ဒေတာဘေ့စ်တွင်လည်း ရှိနေသည်။ ဘာမျှ မသွင်းရသေးပါ။</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../app/kbpack.py" line="-48" />
            <source>%1, field '%2': is not an object. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- object မဟုတ်ပါ။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, field '%2': missing or not a text. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- မရှိပါ သို့မဟုတ် စာသား မဟုတ်ပါ။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': not a UUID. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- UUID မဟုတ်ပါ။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': appears twice in the file. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- ဖိုင်တွင် နှစ်ကြိမ် ပါဝင်နေပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': this record is already in the database. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- ဤမှတ်တမ်းသည် ဒေတာဘေ့စ်တွင် ရှိပြီးသား ဖြစ်ပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': unknown field. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- မသိသော အကွက် ဖြစ်ပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': missing. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- မရှိပါ။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': not a date and time. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- ရက်စွဲနှင့် အချိန် မဟုတ်ပါ။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': longer than a user name can be. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- အသုံးပြုသူအမည် ဖြစ်နိုင်သည်ထက် ရှည်နေပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': refers to a record that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- ဖိုင်တွင်လည်း ဒေတာဘေ့စ်တွင်လည်း မရှိသော မှတ်တမ်းကို ရည်ညွှန်းထားပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': each link needs 'related' and 'relation'. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- ချိတ်ဆက်မှု တစ်ခုစီတွင် 'related' နှင့် 'relation' လိုအပ်ပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': a resident cannot be linked to themselves. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- နေထိုင်သူကို ၎င်းကိုယ်တိုင်နှင့် ချိတ်ဆက်၍ မရပါ။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, field '%2': refers to a resident that is not there. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- မရှိသော နေထိုင်သူကို ရည်ညွှန်းထားပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="-263" />
            <source>Some of these records were added to the database while the file was being imported (the same file imported twice at once?). Nothing was imported.</source>
            <translation>ဖိုင်ကို တင်သွင်းနေစဉ် ဤမှတ်တမ်းများအနက် အချို့ကို ဒေတာဘေ့စ်ထဲသို့ ထည့်ခဲ့ပါသည် (ဖိုင်တစ်ခုတည်းကို တစ်ပြိုင်နက် နှစ်ကြိမ် တင်သွင်းခဲ့ပါသလား)။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location filename="../app/files.py" line="-86" />
            <source>The disk is full, so %1 was not written; nothing was left half-written. Free some space and try again.</source>
            <translation>ဒစ်ခ် ပြည့်နေသဖြင့် %1 ကို မရေးသွင်းခဲ့ပါ။ တစ်ဝက်တစ်ပျက် ရေးသွင်းထားသည့်အရာ မကျန်ပါ။ နေရာလွတ် အချို့ ပြုလုပ်ပြီး ထပ်မံ ကြိုးစားပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be written (%2); nothing was left half-written.</source>
            <translation>%1 ကို ရေးသွင်း၍ မရပါ (%2)။ တစ်ဝက်တစ်ပျက် ရေးသွင်းထားသည့်အရာ မကျန်ပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder: give the name of a file to write.</source>
            <translation>%1 သည် ဖိုင်တွဲ ဖြစ်ပါသည်- ရေးသွင်းမည့် ဖိုင်၏ အမည်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+121" />
            <source>%1 is a folder, not a Madoguchi export.</source>
            <translation>%1 သည် ဖိုင်တွဲ ဖြစ်ပြီး Madoguchi မှ ထုတ်ယူထားသော ဖိုင် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi export.</source>
            <translation>%1 သည် Madoguchi မှ ထုတ်ယူထားသော ဖိုင် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder, not a Madoguchi knowledge pack.</source>
            <translation>%1 သည် ဖိုင်တွဲ ဖြစ်ပြီး Madoguchi ဗဟုသုတ စာတွဲ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi knowledge pack.</source>
            <translation>%1 သည် Madoguchi ဗဟုသုတ စာတွဲ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+57" />
            <source>%1 names the same field twice in one record, so it is not clear which value counts; nothing was read from it.</source>
            <translation>%1 တွင် မှတ်တမ်းတစ်ခုအတွင်း အကွက်တစ်ခုတည်းကို နှစ်ကြိမ် ဖော်ပြထားသဖြင့် မည်သည့်တန်ဖိုးကို အတည်ယူရမည်ကို မရှင်းလင်းပါ။ ၎င်းမှ မည်သည့်အရာမျှ မဖတ်ခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is nested too deeply to be a Madoguchi file (at %2).</source>
            <translation>%1 သည် အဆင့်ဆင့် အထပ်ထပ် ထည့်သွင်းထားမှု များလွန်းသဖြင့် Madoguchi ဖိုင် ဖြစ်နိုင်ခြင်း မရှိပါ (%2 တွင်)။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a number too large for any field (at %2).</source>
            <translation>%1 တွင် မည်သည့်အကွက်အတွက်မဆို ကြီးလွန်းသော ဂဏန်းတစ်ခု ပါဝင်နေပါသည် (%2 တွင်)။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a control or text-direction character that no record may contain (at %2).</source>
            <translation>%1 တွင် မည်သည့်မှတ်တမ်းတွင်မျှ မပါဝင်ရသော ထိန်းချုပ်စာလုံး သို့မဟုတ် စာသားဦးတည်ရာ စာလုံး ပါဝင်နေပါသည် (%2 တွင်)။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than 512 MB, too large to be a Madoguchi file.</source>
            <translation>%1 သည် 512 MB ထက် ကြီးနေသဖြင့် Madoguchi ဖိုင်အဖြစ် ကြီးလွန်းပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not an ordinary file.</source>
            <translation>%1 သည် သာမန်ဖိုင် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is a folder, not %2.</source>
            <translation>%1 သည် ဖိုင်တွဲ ဖြစ်ပြီး %2 မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not %2.</source>
            <translation>%1 သည် %2 မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../app/sync_cli.py" line="+22" />
            <source>There is no file %1.</source>
            <translation>ဖိုင် %1 မရှိပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be read as UTF-8 text (%2).</source>
            <translation>%1 ကို UTF-8 စာသားအဖြစ် ဖတ်၍ မရပါ (%2)။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not valid JSON (line %2: %3).</source>
            <translation>%1 သည် မှန်ကန်သော JSON မဟုတ်ပါ (စာကြောင်း %2- %3)။</translation>
        </message>
        <message>
            <location filename="../app/instance.py" line="+19" />
            <source>This database is already open in another Madoguchi window (perhaps of another user of this computer); close it there first.</source>
            <translation>ဤဒေတာဘေ့စ်ကို အခြား Madoguchi ဝင်းဒိုးတွင် ဖွင့်ထားပြီး ဖြစ်ပါသည် (ဤကွန်ပျူတာ၏ အခြားအသုံးပြုသူ၏ ဝင်းဒိုး ဖြစ်နိုင်ပါသည်)။ ထိုဝင်းဒိုးတွင် ဦးစွာ ပိတ်ပါ။</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Madoguchi cannot create the lock file %1 beside the database (%2).</source>
            <translation>Madoguchi သည် ဒေတာဘေ့စ်၏ ဘေးတွင် lock ဖိုင် %1 ကို ဖန်တီး၍ မရပါ (%2)။</translation>
        </message>
        <message>
            <location filename="../app/kbpack.py" line="-117" />
            <source>%1, field '%2': appears twice in the pack. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- စာတွဲတွင် နှစ်ကြိမ် ပါဝင်နေပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Set the town's name (Settings) before exporting a knowledge pack: every entry carries the town it came from.</source>
            <translation>ဗဟုသုတ စာတွဲ မထုတ်ယူမီ မြို့အမည်ကို (ဆက်တင်များတွင်) သတ်မှတ်ပါ- ထည့်သွင်းချက်တိုင်းတွင် ၎င်း၏ မူလမြို့ ပါဝင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 is not a Madoguchi knowledge pack (field 'format').</source>
            <translation>%1 သည် Madoguchi ဗဟုသုတ စာတွဲ မဟုတ်ပါ (အကွက် 'format')။</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1, field '%2': is too short to be a UUID. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- UUID ဖြစ်ရန် တိုလွန်းပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This is not a Madoguchi knowledge pack (field 'format'). Nothing was imported.</source>
            <translation>ဤဖိုင်သည် Madoguchi ဗဟုသုတ စာတွဲ မဟုတ်ပါ (အကွက် 'format')။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The pack has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>စာတွဲ၏ ပုံစံ ဗားရှင်းမှာ %1 ဖြစ်ပြီး ဤ Madoguchi သည် ဗားရှင်း %2 ကို ဖတ်ပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The pack does not say which town it came from (field 'town'). Nothing was imported.</source>
            <translation>စာတွဲတွင် မည်သည့်မြို့မှ ဖြစ်ကြောင်း ဖော်ပြမထားပါ (အကွက် 'town')။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': must be a list of codes. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- ကုဒ်များ၏ စာရင်း ဖြစ်ရပါမည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1, field '%2': each text needs exactly 'language', 'question' and 'answer', as text. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- စာသား တစ်ခုစီတွင် 'language'၊ 'question' နှင့် 'answer' တို့ကိုသာ စာသားအဖြစ် အတိအကျ ပါရပါမည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': must be a list of document names. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- စာရွက်စာတမ်း အမည်များ၏ စာရင်း ဖြစ်ရပါမည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, field '%2': must be a list of organisation UUIDs. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- အဖွဲ့အစည်း UUID များ၏ စာရင်း ဖြစ်ရပါမည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': refers to an organisation that is neither in the pack nor in the directory. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- စာတွဲတွင်လည်း လမ်းညွှန်တွင်လည်း မရှိသော အဖွဲ့အစည်းကို ရည်ညွှန်းထားပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': another entry of the pack has the same topic and Japanese question. Nothing was imported.</source>
            <translation>%1၊ အကွက် '%2'- စာတွဲရှိ အခြားထည့်သွင်းချက် တစ်ခုတွင် ခေါင်းစဉ်နှင့် ဂျပန် မေးခွန်း တူညီနေပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location filename="../app/keyslots.py" line="-1" />
            <source>The key file %1 is damaged.</source>
            <translation>သော့ဖိုင် %1 ပျက်စီးနေပါသည်။</translation>
        </message>
        <message>
            <location line="+172" />
            <source>The key file %1 is missing beside the database, so the database cannot be opened.</source>
            <translation>ဒေတာဘေ့စ်၏ ဘေးတွင် သော့ဖိုင် %1 မရှိသဖြင့် ဒေတာဘေ့စ်ကို ဖွင့်၍ မရပါ။</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="+95" />
            <source>That knowledge entry no longer exists.</source>
            <translation>ထိုဗဟုသုတ ထည့်သွင်းချက် မရှိတော့ပါ။</translation>
        </message>
        <message>
            <location line="+165" />
            <source>This answer has no text in that language yet; it has %1.</source>
            <translation>ဤအဖြေတွင် ထိုဘာသာစကားဖြင့် စာသား မရှိသေးပါ။ ရှိသည်မှာ %1 ဖြစ်သည်။</translation>
        </message>
        <message>
            <location filename="../app/languages.py" line="+31" />
            <source>Unknown language %1; use one of: %2.</source>
            <translation>မသိသော ဘာသာစကား %1 ဖြစ်ပါသည်။ အောက်ပါတို့အနက် တစ်ခုကို သုံးပါ- %2။</translation>
        </message>
        <message>
            <location filename="../app/migrations.py" line="+48" />
            <source>Unexpected file in the migrations folder: %1.</source>
            <translation>migrations ဖိုင်တွဲတွင် မမျှော်လင့်ထားသော ဖိုင် ရှိနေပါသည်- %1။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Migration %1 is missing.</source>
            <translation>ဒေတာဘေ့စ် အဆင့်မြှင့်ဖိုင် (migration) %1 မရှိပါ။</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../app/store.py" line="+279" />
            <source>This database was made by a newer Madoguchi (schema %1; this version knows up to %2). It was not changed: please update Madoguchi.</source>
            <translation>ဤဒေတာဘေ့စ်ကို Madoguchi ဗားရှင်းအသစ်ဖြင့် ပြုလုပ်ထားပါသည် (schema %1၊ ဤဗားရှင်းသည် %2 အထိသာ သိပါသည်)။ ၎င်းကို မပြောင်းလဲခဲ့ပါ- Madoguchi ကို အဆင့်မြှင့်ပါ။</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Updating the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
            <translation>ဒေတာဘေ့စ်ကို schema %1 (%2) သို့ အဆင့်မြှင့်ခြင်း မအောင်မြင်ပါ- %3။ ဒေတာဘေ့စ်သည် schema %4 တွင် မပြောင်းလဲဘဲ ရှိနေပါသည်။</translation>
        </message>
        <message>
            <location filename="../app/progress.py" line="+16" />
            <source>Cancelled; nothing was changed.</source>
            <translation>ပယ်ဖျက်လိုက်ပါပြီ။ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
        </message>
        <message>
            <location filename="../app/reports/build.py" line="-45" />
            <source>Unknown format %1; choose from %2.</source>
            <translation>မသိသော ပုံစံ %1 ဖြစ်ပါသည်။ %2 မှ ရွေးပါ။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a month; write it as YYYY-MM.</source>
            <translation>%1 သည် လ မဟုတ်ပါ။ YYYY-MM ပုံစံဖြင့် ရေးပါ။</translation>
        </message>
        <message>
            <location line="+79" />
            <source>The annual report was not written: the disclosure audit found %1 hidden figure(s) that could be narrowed down to less than %2 (first: %3).</source>
            <translation>နှစ်ပတ်လည်အစီရင်ခံစာ မရေးခဲ့ပါ- ထုတ်ဖော်မှုစစ်ဆေးချက်အရ %2 ထက်နည်းသော အကွာအဝေးအထိ ခန့်မှန်းနိုင်သည့် ဝှက်ထားသော ကိန်းဂဏန်း %1 ခု တွေ့ရသည် (ပထမ- %3)။</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a fiscal year Madoguchi can report on.</source>
            <translation>%1 သည် Madoguchi က အစီရင်ခံစာ ပြုလုပ်နိုင်သော ဘဏ္ဍာရေးနှစ် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location filename="../app/reports/fonts.py" line="+94" />
            <source>The font file %1 is missing from %2; reinstall Madoguchi.</source>
            <translation>%2 တွင် ဖောင့်ဖိုင် %1 မရှိပါ။ Madoguchi ကို ပြန်လည် ထည့်သွင်းပါ။</translation>
        </message>
        <message>
            <location filename="../app/reports/mail.py" line="+35" />
            <source>The mail subject uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>မေးလ် အကြောင်းအရာတွင် မသိသော အစားထိုး အမှတ်အသား {%1} ကို အသုံးပြုထားပါသည်။ သိရှိထားသည်များမှာ- %2။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail body uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>မေးလ် စာသားတွင် မသိသော အစားထိုး အမှတ်အသား {%1} ကို အသုံးပြုထားပါသည်။ သိရှိထားသည်များမှာ- %2။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail template uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>မေးလ် ပုံစံတွင် မသိသော အစားထိုး အမှတ်အသား {%1} ကို အသုံးပြုထားပါသည်။ သိရှိထားသည်များမှာ- %2။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail subject has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>မေးလ် အကြောင်းအရာတွင် ရေးပုံမှားနေသော အစားထိုး အမှတ်အသား ရှိပါသည်။ အစားထိုး အမှတ်အသားကို {town} ဟု ရေးပြီး တွန့်ကွင်းကို စာလုံးအဖြစ် ရေးလိုပါက {{ သို့မဟုတ် }} ဟု ရေးပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail body has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>မေးလ် စာသားတွင် ရေးပုံမှားနေသော အစားထိုး အမှတ်အသား ရှိပါသည်။ အစားထိုး အမှတ်အသားကို {town} ဟု ရေးပြီး တွန့်ကွင်းကို စာလုံးအဖြစ် ရေးလိုပါက {{ သို့မဟုတ် }} ဟု ရေးပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail template has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>မေးလ် ပုံစံတွင် ရေးပုံမှားနေသော အစားထိုး အမှတ်အသား ရှိပါသည်။ အစားထိုး အမှတ်အသားကို {town} ဟု ရေးပြီး တွန့်ကွင်းကို စာလုံးအဖြစ် ရေးလိုပါက {{ သို့မဟုတ် }} ဟု ရေးပါ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sender address is empty.</source>
            <translation>ပေးပို့သူ လိပ်စာ မထည့်ရသေးပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address is empty.</source>
            <translation>လက်ခံသူ လိပ်စာ မထည့်ရသေးပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sender address %1 is not valid.</source>
            <translation>ပေးပို့သူ လိပ်စာ %1 မမှန်ကန်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address %1 is not valid.</source>
            <translation>လက်ခံသူ လိပ်စာ %1 မမှန်ကန်ပါ။</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1 is a monthly report, for use inside the town hall only; it is never attached to the mail to the prefecture.</source>
            <translation>%1 သည် လစဉ်အစီရင်ခံစာဖြစ်ပြီး မြို့နယ်ရုံးအတွင်း၌သာ အသုံးပြုသည်။ ခရိုင်သို့ ပို့သော မေးလ်တွင် ဘယ်တော့မှ မပူးတွဲပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: files are attached as they are, never zipped.</source>
            <translation>%1- ဖိုင်များကို မူရင်းအတိုင်းသာ ပူးတွဲပါသည်၊ zip ဖိုင်အဖြစ် ဘယ်တော့မှ မပူးတွဲပါ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The attachment %1 could not be read.</source>
            <translation>ပူးတွဲဖိုင် %1 ကို ဖတ်၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The password could not be read from the system keyring.</source>
            <translation>စနစ်၏ သော့တွဲ (keyring) မှ စကားဝှက်ကို ဖတ်၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the SMTP user name before saving a password.</source>
            <translation>စကားဝှက် မသိမ်းမီ SMTP အသုံးပြုသူအမည်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No secure keyring is available on this computer, so the password cannot be saved; it will be asked for each time.</source>
            <translation>ဤကွန်ပျူတာတွင် လုံခြုံသော သော့တွဲ (keyring) မရှိသဖြင့် စကားဝှက်ကို သိမ်း၍ မရပါ။ အကြိမ်တိုင်း မေးပါမည်။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The password could not be saved in the system keyring.</source>
            <translation>စနစ်၏ သော့တွဲ (keyring) တွင် စကားဝှက်ကို သိမ်း၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password could not be removed from the system keyring.</source>
            <translation>စနစ်၏ သော့တွဲ (keyring) မှ စကားဝှက်ကို ဖယ်ရှား၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No password was given and no secure keyring is available on this computer; enter the SMTP password to send.</source>
            <translation>စကားဝှက် မထည့်ထားသည့်အပြင် ဤကွန်ပျူတာတွင် လုံခြုံသော သော့တွဲ (keyring) လည်း မရှိပါ။ ပို့ရန် SMTP စကားဝှက်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No password was given and none is saved in the keyring for %1; enter the SMTP password to send.</source>
            <translation>စကားဝှက် မထည့်ထားသည့်အပြင် %1 အတွက် သော့တွဲ (keyring) တွင်လည်း သိမ်းထားခြင်း မရှိပါ။ ပို့ရန် SMTP စကားဝှက်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server (SMTP host) is set.</source>
            <translation>မေးလ်ဆာဗာ (SMTP host) ကို သတ်မှတ်မထားပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password would travel unencrypted; turn on STARTTLS.</source>
            <translation>စကားဝှက်ကို စာဝှက်မထားဘဲ ပို့မိမည် ဖြစ်ပါသည်။ STARTTLS ကို ဖွင့်ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SMTP login cannot send a user name or password with non-ASCII characters (e.g. full-width letters); check what was typed.</source>
            <translation>SMTP ဝင်ရောက်မှုသည် ASCII မဟုတ်သော စာလုံးများ (ဥပမာ full-width စာလုံးများ) ပါသည့် အသုံးပြုသူအမည် သို့မဟုတ် စကားဝှက်ကို ပို့၍ မရပါ။ ရိုက်ထည့်ထားသည်ကို စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The mail server %1 did not accept the user name or password.</source>
            <translation>မေးလ်ဆာဗာ %1 သည် အသုံးပြုသူအမည် သို့မဟုတ် စကားဝှက်ကို လက်မခံပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not offer STARTTLS encryption; nothing was sent.</source>
            <translation>မေးလ်ဆာဗာ %1 တွင် STARTTLS စာဝှက်စနစ် မရှိပါ။ မည်သည့်အရာမျှ မပို့ခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not accept a login (SMTP AUTH).</source>
            <translation>မေးလ်ဆာဗာ %1 သည် ဝင်ရောက်မှု (SMTP AUTH) ကို လက်မခံပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 cannot take this message.</source>
            <translation>မေးလ်ဆာဗာ %1 သည် ဤစာကို လက်ခံ၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 refused the recipient address %2.</source>
            <translation>မေးလ်ဆာဗာ %1 သည် လက်ခံသူ လိပ်စာ %2 ကို ငြင်းပယ်ခဲ့ပါသည်။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the sender address %2.</source>
            <translation>မေးလ်ဆာဗာ %1 သည် ပေးပို့သူ လိပ်စာ %2 ကို ငြင်းပယ်ခဲ့ပါသည်။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate of %1 could not be verified; nothing was sent.</source>
            <translation>%1 ၏ အသိအမှတ်ပြုလက်မှတ် (certificate) ကို စစ်ဆေးအတည်ပြု၍ မရပါ။ မည်သည့်အရာမျှ မပို့ခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The encrypted connection (TLS) to %1 failed; nothing was sent.</source>
            <translation>%1 သို့ စာဝှက်ထားသော ချိတ်ဆက်မှု (TLS) မအောင်မြင်ပါ။ မည်သည့်အရာမျှ မပို့ခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 closed the connection unexpectedly.</source>
            <translation>မေးလ်ဆာဗာ %1 သည် ချိတ်ဆက်မှုကို မမျှော်လင့်ဘဲ ပိတ်လိုက်ပါသည်။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 offers no login method Madoguchi can use.</source>
            <translation>မေးလ်ဆာဗာ %1 တွင် Madoguchi အသုံးပြုနိုင်သော ဝင်ရောက်နည်းလမ်း မရှိပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 answered with error %2; nothing was sent.</source>
            <translation>မေးလ်ဆာဗာ %1 က အမှား %2 ဖြင့် ပြန်ဖြေပါသည်။ မည်သည့်အရာမျှ မပို့ခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the connection; check the server name and port.</source>
            <translation>မေးလ်ဆာဗာ %1 သည် ချိတ်ဆက်မှုကို ငြင်းပယ်ခဲ့ပါသည်။ ဆာဗာအမည်နှင့် port ကို စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server name %1 could not be found.</source>
            <translation>မေးလ်ဆာဗာ အမည် %1 ကို ရှာမတွေ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 did not answer within %2 seconds.</source>
            <translation>မေးလ်ဆာဗာ %1 သည် %2 စက္ကန့်အတွင်း တုံ့ပြန်ခြင်း မရှိပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sending through the mail server %1 failed.</source>
            <translation>မေးလ်ဆာဗာ %1 မှတစ်ဆင့် ပို့ခြင်း မအောင်မြင်ပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not connect to the mail server %1.</source>
            <translation>မေးလ်ဆာဗာ %1 သို့ ချိတ်ဆက်၍ မရပါ။</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="+56" />
            <source>That resident no longer exists.</source>
            <translation>ထိုနေထိုင်သူ မရှိတော့ပါ။</translation>
        </message>
        <message>
            <location line="+50" />
            <source>This resident has %1 linked records; delete or reassign them first.</source>
            <translation>ဤနေထိုင်သူတွင် ချိတ်ဆက်ထားသော မှတ်တမ်း %1 ခု ရှိပါသည်။ ၎င်းတို့ကို ဦးစွာ ဖျက်ပါ သို့မဟုတ် အခြားနေထိုင်သူထံ ပြောင်းသတ်မှတ်ပါ။</translation>
        </message>
        <message>
            <location filename="../app/retention.py" line="+94" />
            <source>The retention period must be at least one year.</source>
            <translation>သိမ်းဆည်းထားမှု ကာလသည် အနည်းဆုံး တစ်နှစ် ဖြစ်ရပါမည်။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The retention period can be at most %1 years.</source>
            <translation>သိမ်းဆည်းထားမှု ကာလသည် အများဆုံး %1 နှစ် ဖြစ်ရပါမည်။</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Only an administrator can purge residents' records.</source>
            <translation>နေထိုင်သူများ၏ မှတ်တမ်းများကို စီမံခန့်ခွဲသူသာ အပြီးဖျက်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some of those residents no longer exist; nothing was changed.</source>
            <translation>ထိုနေထိုင်သူများအနက် အချို့ မရှိတော့ပါ။ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
        </message>
        <message>
            <location filename="../app/rows.py" line="+26" />
            <source>The resident no longer exists; it may have been deleted.</source>
            <translation>နေထိုင်သူ မရှိတော့ပါ။ ဖျက်ထားခြင်း ဖြစ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The consultation no longer exists; it may have been deleted.</source>
            <translation>တိုင်ပင်ဆွေးနွေးမှု မရှိတော့ပါ။ ဖျက်ထားခြင်း ဖြစ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The accompaniment no longer exists; it may have been deleted.</source>
            <translation>လိုက်ပါကူညီမှု မရှိတော့ပါ။ ဖျက်ထားခြင်း ဖြစ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The session no longer exists; it may have been deleted.</source>
            <translation>အစီအစဉ် မရှိတော့ပါ။ ဖျက်ထားခြင်း ဖြစ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The organisation no longer exists; it may have been deleted.</source>
            <translation>အဖွဲ့အစည်း မရှိတော့ပါ။ ဖျက်ထားခြင်း ဖြစ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bridge person no longer exists; it may have been deleted.</source>
            <translation>ချိတ်ဆက်ပေးသူ မရှိတော့ပါ။ ဖျက်ထားခြင်း ဖြစ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The knowledge entry no longer exists; it may have been deleted.</source>
            <translation>ဗဟုသုတ ထည့်သွင်းချက် မရှိတော့ပါ။ ဖျက်ထားခြင်း ဖြစ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The %1 no longer exists; it may have been deleted.</source>
            <translation>%1 မရှိတော့ပါ။ ဖျက်ထားခြင်း ဖြစ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location filename="../app/sessions.py" line="+24" />
            <source>That session no longer exists.</source>
            <translation>ထိုအစီအစဉ် မရှိတော့ပါ။</translation>
        </message>
        <message>
            <location filename="../app/storage.py" line="+27" />
            <source>The database is on a network drive, where SQLite is not safe and the file can be damaged, so please keep it on this computer's own disk.</source>
            <translation>ဒေတာဘေ့စ်သည် ကွန်ရက် ဒရိုက်ပေါ်တွင် ရှိနေပါသည်။ ထိုနေရာတွင် SQLite သည် လုံခြုံမှု မရှိဘဲ ဖိုင် ပျက်စီးနိုင်သဖြင့် ဤကွန်ပျူတာ၏ ကိုယ်ပိုင် ဒစ်ခ်ပေါ်တွင် ထားပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by %1, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>ဒေတာဘေ့စ်သည် %1 ဖြင့် ထပ်တူပြု (sync) ထားသော ဖိုင်တွဲထဲတွင် ရှိနေပါသည်။ ထိုနေရာတွင် SQLite သည် လုံခြုံမှု မရှိဘဲ ဖိုင် ပျက်စီးနိုင်သဖြင့် ထပ်တူပြုမထားသော ဖိုင်တွဲသို့ ရွှေ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by a cloud storage service, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>ဒေတာဘေ့စ်သည် cloud သိုလှောင်မှု ဝန်ဆောင်မှုဖြင့် ထပ်တူပြု (sync) ထားသော ဖိုင်တွဲထဲတွင် ရှိနေပါသည်။ ထိုနေရာတွင် SQLite သည် လုံခြုံမှု မရှိဘဲ ဖိုင် ပျက်စီးနိုင်သဖြင့် ထပ်တူပြုမထားသော ဖိုင်တွဲသို့ ရွှေ့ပါ။</translation>
        </message>
        <message>
            <location filename="../app/store.py" line="-256" />
            <source>The disk is full: this record was not saved. Free some space and save again.</source>
            <translation>ဒစ်ခ် ပြည့်နေပါသည်- ဤမှတ်တမ်းကို မသိမ်းနိုင်ခဲ့ပါ။ နေရာလွတ် အချို့ ပြုလုပ်ပြီး ထပ်မံ သိမ်းပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disk could not be written: this record was not saved. Check the drive and save again.</source>
            <translation>ဒစ်ခ်သို့ ရေးသွင်း၍ မရပါ- ဤမှတ်တမ်းကို မသိမ်းနိုင်ခဲ့ပါ။ ဒရိုက်ကို စစ်ဆေးပြီး ထပ်မံ သိမ်းပါ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the settings.</source>
            <translation>ဆက်တင်များကို စီမံခန့်ခွဲသူသာ ပြောင်းလဲနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the code lists.</source>
            <translation>ကုဒ်စာရင်းများကို စီမံခန့်ခွဲသူသာ ပြောင်းလဲနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the report settings.</source>
            <translation>အစီရင်ခံစာ ဆက်တင်များကို စီမံခန့်ခွဲသူသာ ပြောင်းလဲနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can export every record.</source>
            <translation>မှတ်တမ်းအားလုံးကို စီမံခန့်ခွဲသူသာ ထုတ်ယူနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import records.</source>
            <translation>မှတ်တမ်းများကို စီမံခန့်ခွဲသူသာ တင်သွင်းနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import a knowledge pack.</source>
            <translation>ဗဟုသုတ စာတွဲကို စီမံခန့်ခွဲသူသာ တင်သွင်းနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can put residents' names in a handover pack.</source>
            <translation>တာဝန်လွှဲပြောင်း စာတွဲထဲသို့ နေထိုင်သူများ၏ အမည်များကို စီမံခန့်ခွဲသူသာ ထည့်သွင်းနိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The database is busy: another Madoguchi (perhaps a command-line import) is writing to it. Nothing was saved yet; try again in a moment.</source>
            <translation>ဒေတာဘေ့စ် အလုပ်များနေပါသည်- အခြား Madoguchi တစ်ခု (command-line မှ တင်သွင်းမှု ဖြစ်နိုင်သည်) က ၎င်းထဲသို့ ရေးသွင်းနေပါသည်။ မည်သည့်အရာမျှ မသိမ်းရသေးပါ။ ခဏနေမှ ထပ်မံ ကြိုးစားပါ။</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This database was closed (after a change of user or a restore).</source>
            <translation>ဤဒေတာဘေ့စ်ကို ပိတ်လိုက်ပါပြီ (အသုံးပြုသူ ပြောင်းခြင်း သို့မဟုတ် ပြန်လည်ရယူခြင်း ပြုလုပ်ပြီးနောက်)။</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only an administrator can %1.</source>
            <translation>%1 ကို စီမံခန့်ခွဲသူသာ ပြုလုပ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is on read-only media (or in a folder that cannot be written): it can be read and reported on, but nothing can be changed in it.</source>
            <translation>%1 သည် ဖတ်ရန်သာရသော မီဒီယာပေါ်တွင် (သို့မဟုတ် ရေးသွင်း၍မရသော ဖိုင်တွဲထဲတွင်) ရှိနေပါသည်။ ဖတ်ရှုခြင်းနှင့် အစီရင်ခံစာ ပြုလုပ်ခြင်းကို လုပ်နိုင်သော်လည်း ၎င်းထဲတွင် မည်သည့်အရာကိုမျှ ပြောင်းလဲ၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is on read-only media and was made by an older Madoguchi, so it cannot be updated to be read; copy it to this computer's disk first.</source>
            <translation>%1 သည် ဖတ်ရန်သာရသော မီဒီယာပေါ်တွင် ရှိပြီး Madoguchi ဗားရှင်းအဟောင်းဖြင့် ပြုလုပ်ထားသဖြင့် ဖတ်နိုင်ရန် အပ်ဒိတ်လုပ်၍ မရပါ။ ဦးစွာ ဤကွန်ပျူတာ၏ ဒစ်ခ်သို့ ကူးယူပါ။</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is empty (0 bytes), so it holds no records; it was kept as it is. Restore the newest backup instead.</source>
            <translation>%1 သည် ဗလာဖြစ်နေသဖြင့် (0 ဘိုက်) မှတ်တမ်း မပါဝင်ပါ။ မူလအတိုင်း ထားခဲ့ပါသည်။ ၎င်းအစား နောက်ဆုံး အရန်မိတ္တူကို ပြန်လည်ရယူပါ။</translation>
        </message>
        <message>
            <location filename="../app/tableimport/cells.py" line="+21" />
            <source>'%1' is not a date.</source>
            <translation>'%1' သည် ရက်စွဲ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is a date that does not exist.</source>
            <translation>'%1' သည် မရှိသော ရက်စွဲ ဖြစ်ပါသည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date is empty.</source>
            <translation>ရက်စွဲ မပါပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' has no year, and the sheet's title names no 年度: set the fiscal year in the mapping.</source>
            <translation>'%1' တွင် ခုနှစ် မပါဘဲ ရှိတ်၏ ခေါင်းစဉ်တွင်လည်း ဘဏ္ဍာနှစ် (年度) မပါပါ- တွဲဖက်သတ်မှတ်ချက်တွင် ဘဏ္ဍာနှစ်ကို သတ်မှတ်ပါ။</translation>
        </message>
        <message>
            <location filename="../app/tableimport/command.py" line="+64" />
            <source>Give --user NAME: the new town's first administrator.</source>
            <translation>--user NAME ကို ထည့်ပါ- မြို့အသစ်၏ ပထမဆုံး စီမံခန့်ခွဲသူ။</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 is a mapping for a resident roster; add --roster.</source>
            <translation>%1 သည် နေထိုင်သူစာရင်းအတွက် တွဲဖက်သတ်မှတ်ချက် ဖြစ်ပါသည်။ --roster ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <location filename="../app/tableimport/errors.py" line="+18" />
            <source>%1 is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.</source>
            <translation>%1 သည် Excel workbook (.xlsx, .xls) သို့မဟုတ် CSV ဖိုင် မဟုတ်ပါ။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is protected with a password: open it in Excel, remove the password, save it and try again. Nothing was imported.</source>
            <translation>%1 ကို စကားဝှက်ဖြင့် ကာကွယ်ထားပါသည်- Excel တွင် ဖွင့်ပြီး စကားဝှက်ကို ဖယ်ရှားကာ သိမ်းပြီးနောက် ထပ်စမ်းကြည့်ပါ။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than %2 MB, the most a table import reads. Nothing was imported.</source>
            <translation>%1 သည် ဇယား တင်သွင်းမှုက ဖတ်နိုင်သည့် အများဆုံး %2 MB ထက် ကြီးနေပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 unpacks to more than %2 MB, more than a table import reads. Nothing was imported.</source>
            <translation>%1 ကို ဖြည်လိုက်သောအခါ %2 MB ထက် ကျော်ပြီး ဇယား တင်သွင်းမှုက ဖတ်နိုင်သည်ထက် ပိုများပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 rows, the most a table import reads. Nothing was imported.</source>
            <translation>ရှိတ် '%1' တွင် ဇယား တင်သွင်းမှုက ဖတ်နိုင်သည့် အများဆုံး အတန်း %2 ခုထက် ပိုရှိပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 columns, the most a table import reads. Nothing was imported.</source>
            <translation>ရှိတ် '%1' တွင် ဇယား တင်သွင်းမှုက ဖတ်နိုင်သည့် အများဆုံး ကော်လံ %2 ခုထက် ပိုရှိပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1', row %2 has a cell of %3 characters or more, as long as Excel itself allows. Nothing was imported.</source>
            <translation>ရှိတ် '%1'၊ အတန်း %2 တွင် Excel ကိုယ်တိုင် ခွင့်ပြုသည့် အရှည်အထိ စာလုံး %3 လုံး သို့မဟုတ် ထို့ထက်ပိုသော ဆဲလ် ပါဝင်ပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be read as a spreadsheet; it may be damaged. Nothing was imported.</source>
            <translation>%1 ကို spreadsheet အဖြစ် ဖတ်၍ မရပါ။ ပျက်စီးနေနိုင်ပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file at %1.</source>
            <translation>%1 တွင် ဖိုင် မရှိပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file has no sheet named '%1'. Nothing was imported.</source>
            <translation>ဖိုင်တွင် '%1' အမည်ရှိ ရှိတ် မရှိပါ။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file was already imported on %1 by %2; importing it again would add its records twice. Nothing was imported.</source>
            <translation>ဤဖိုင်ကို %1 တွင် %2 က တင်သွင်းပြီး ဖြစ်ပါသည်။ ထပ်မံ တင်သွင်းပါက ၎င်း၏ မှတ်တမ်းများ နှစ်ကြိမ် ထပ်နေပါမည်။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 rows have problems (see the preview or the report); correct the file or the mapping, or choose to skip those rows. Nothing was imported.</source>
            <translation>အတန်း %1 ခုတွင် ပြဿနာရှိပါသည် (အစမ်းကြည့်ချက် သို့မဟုတ် အစီရင်ခံစာကို ကြည့်ပါ)။ ဖိုင် သို့မဟုတ် တွဲဖက်သတ်မှတ်ချက်ကို ပြင်ပါ၊ သို့မဟုတ် ထိုအတန်းများကို ကျော်ရန် ရွေးပါ။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No row of the file can be imported. Nothing was imported.</source>
            <translation>ဖိုင်ရှိ မည်သည့်အတန်းကိုမျှ တင်သွင်း၍ မရပါ။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a Madoguchi mapping profile (%2). Nothing was imported.</source>
            <translation>%1 သည် Madoguchi တွဲဖက်သတ်မှတ်ချက် ပရိုဖိုင် မဟုတ်ပါ (%2)။ မည်သည့်အရာမျှ မတင်သွင်းခဲ့ပါ။</translation>
        </message>
        <message>
            <location filename="../app/tableimport/messages.py" line="-53" />
            <source>Blank row.</source>
            <translation>အလွတ်အတန်း ဖြစ်ပါသည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Above the header row (a title or a note).</source>
            <translation>ခေါင်းစီးအတန်း၏ အပေါ်တွင် ရှိသည် (ခေါင်းစဉ် သို့မဟုတ် မှတ်ချက်)။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The header row.</source>
            <translation>ခေါင်းစီးအတန်း ဖြစ်ပါသည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A total row (合計).</source>
            <translation>စုစုပေါင်း အတန်း (合計)။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Struck through: a cancelled entry.</source>
            <translation>မျဉ်းဖြတ်ထားသည်- ပယ်ဖျက်ထားသော ထည့်သွင်းချက်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked as cancelled (取消).</source>
            <translation>ပယ်ဖျက်ကြောင်း အမှတ်အသား ပါသည် (取消)။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A summary sheet with formulas.</source>
            <translation>ဖော်မြူလာများ ပါသော အနှစ်ချုပ် ရှိတ်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No header row with known column names.</source>
            <translation>သိထားသော ကော်လံအမည်များ ပါသည့် ခေါင်းစီးအတန်း မရှိပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A hidden sheet (choose it to import it).</source>
            <translation>ဖျောက်ထားသော ရှိတ် (တင်သွင်းလိုပါက ရွေးပါ)။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sheet was not chosen.</source>
            <translation>ဤရှိတ်ကို မရွေးထားပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped for its problems, as the mapping asks: %1</source>
            <translation>တွဲဖက်သတ်မှတ်ချက်အရ ပြဿနာရှိသဖြင့် ကျော်ခဲ့သည်- %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 '%2' has no code: choose one in the mapping.</source>
            <translation>%1 '%2' တွင် ကုဒ် မရှိပါ- တွဲဖက်သတ်မှတ်ချက်တွင် တစ်ခု ရွေးပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No value for “%1”: map a column to it or set a default in the mapping.</source>
            <translation>“%1” အတွက် တန်ဖိုး မရှိပါ- ကော်လံတစ်ခု ချိတ်ဆက်ပါ သို့မဟုတ် ချိတ်ဆက်မှုတွင် မူလတန်ဖိုး သတ်မှတ်ပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No topic.</source>
            <translation>ခေါင်းစဉ် မရှိပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a time of day.</source>
            <translation>'%1' သည် အချိန် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a number of minutes.</source>
            <translation>'%1' သည် မိနစ်အရေအတွက် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name matches %1 residents; tell them apart in Madoguchi first.</source>
            <translation>ဤအမည်သည် နေထိုင်သူ %1 ဦးနှင့် ကိုက်ညီနေပါသည်။ Madoguchi တွင် ၎င်းတို့ကို ဦးစွာ ခွဲခြားပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field '%1': %2</source>
            <translation>အကွက် '%1'- %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New resident.</source>
            <translation>နေထိုင်သူအသစ် ဖြစ်ပါသည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched an existing resident.</source>
            <translation>ရှိပြီးသား နေထိုင်သူနှင့် ကိုက်ညီပါသည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous.</source>
            <translation>အမည်မဖော်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not on the roster any more (moved out?): not changed, check by hand.</source>
            <translation>စာရင်းတွင် မရှိတော့ပါ (ပြောင်းရွှေ့သွားပြီလား)- မပြောင်းလဲထားပါ၊ ကိုယ်တိုင် စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: %1 updated.</source>
            <translation>ကိုက်ညီသည်- %1 ကို အပ်ဒိတ်လုပ်သည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same name is already on the roster (sheet '%1', row %2).</source>
            <translation>တူညီသော အမည်သည် စာရင်းတွင် ရှိပြီးသား ဖြစ်ပါသည် (ရှိတ် '%1'၊ အတန်း %2)။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: nothing to change.</source>
            <translation>ကိုက်ညီသည်- ပြောင်းစရာ မရှိပါ။</translation>
        </message>
        <message>
            <location filename="../app/tableimport/roster.py" line="+54" />
            <source>%1 is a mapping for a consultation log, not for a roster.</source>
            <translation>%1 သည် တိုင်ပင်ဆွေးနွေးမှု မှတ်တမ်းအတွက် တွဲဖက်သတ်မှတ်ချက် ဖြစ်ပြီး နေထိုင်သူစာရင်းအတွက် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location filename="../app/roles.py" line="+41" />
            <source>Madoguchi found changes made outside it: %1. The audit trail records them.</source>
            <translation>Madoguchi ပြင်ပတွင် ပြုလုပ်ထားသော ပြောင်းလဲမှုများကို တွေ့ရှိခဲ့ပါသည်- %1။ ၎င်းတို့ကို စစ်ဆေးမှတ်တမ်းတွင် မှတ်တမ်းတင်ထားပါသည်။</translation>
        </message>
        <message>
            <location filename="../app/reports/annual.py" line="+33" />
            <source>The annual report was not made: the hidden figure %1 cannot be protected together with the reports of this year issued before. Nothing was written.</source>
            <translation>နှစ်ပတ်လည်အစီရင်ခံစာ မပြုလုပ်ခဲ့ပါ- ယခုနှစ်တွင် ယခင်ထုတ်ပြီးသော အစီရင်ခံစာများနှင့်အတူ ဝှက်ထားသော ကိန်းဂဏန်း %1 ကို ကာကွယ်၍ မရပါ။ ဘာမျှ မရေးခဲ့ပါ။</translation>
        </message>
        <message>
            <location filename="../app/kind_records.py" line="+52" />
            <source>That record no longer exists.</source>
            <translation>ထိုမှတ်တမ်း မရှိတော့ပါ။</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="+74" />
            <source>%1 is not a category mapping (a JSON object with id, name and categories).</source>
            <translation>%1 သည် အမျိုးအစား ချိတ်ဆက်မှု မဟုတ်ပါ (id၊ name နှင့် categories ပါသော JSON object)။</translation>
        </message>
        <message>
            <location filename="../app/reports/categories_cli.py" line="+23" />
            <source>%1 is not a category of %2; the categories are: %3.</source>
            <translation>%1 သည် %2 ၏ အမျိုးအစား မဟုတ်ပါ၊ အမျိုးအစားများမှာ- %3။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 could not be read as JSON.</source>
            <translation>%1 ကို JSON အဖြစ် မဖတ်နိုင်ပါ။</translation>
        </message>
        <message>
            <location filename="../app/reports/datafile.py" line="+50" />
            <source>The annual data file needs the town's municipality code (全国地方公共団体コード): enter it in Settings → Reports.</source>
            <translation>နှစ်ပတ်လည် ဒေတာဖိုင်အတွက် မြို့၏ ဒေသန္တရ အုပ်ချုပ်ရေး ကုဒ် (全国地方公共団体コード) လိုအပ်သည်- ဆက်တင်များ → အစီရင်ခံစာများ တွင် ထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The annual data file needs the town's name: enter it in Settings.</source>
            <translation>နှစ်ပတ်လည် ဒေတာဖိုင်အတွက် မြို့အမည် လိုအပ်သည်- ဆက်တင်များတွင် ထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is too large to be an annual data file.</source>
            <translation>%1 သည် နှစ်ပတ်လည် ဒေတာဖိုင် ဖြစ်ရန် အလွန်ကြီးသည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read.</source>
            <translation>%1 ကို မဖတ်နိုင်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi annual data file.</source>
            <translation>%1 သည် Madoguchi ၏ နှစ်ပတ်လည် ဒေတာဖိုင် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was made by a newer Madoguchi (data format %2; this version reads up to %3): please update Madoguchi to read it.</source>
            <translation>%1 ကို ပိုသစ်သော Madoguchi ဖြင့် ပြုလုပ်ထားသည် (ဒေတာပုံစံ %2၊ ဤဗားရှင်းသည် %3 အထိ ဖတ်နိုင်သည်)- ဖတ်ရန် Madoguchi ကို အပ်ဒိတ်လုပ်ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, newer than this Madoguchi knows (%3): please update Madoguchi to read it.</source>
            <translation>%1 သည် ကုဒ်စာရင်း ဗားရှင်း %2 ကို သုံးထားပြီး ဤ Madoguchi သိသည်ထက် (%3) ပိုသစ်သည်- ဖတ်ရန် Madoguchi ကို အပ်ဒိတ်လုပ်ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 does not follow the annual data format at %2 (%3); was it edited by hand?</source>
            <translation>%1 သည် %2 တွင် နှစ်ပတ်လည် ဒေတာပုံစံနှင့် မကိုက်ညီပါ (%3)- လက်ဖြင့် ပြင်ထားသလား။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 does not add up: %2; was it edited by hand?</source>
            <translation>%1 ၏ စုစုပေါင်း မကိုက်ညီပါ- %2- လက်ဖြင့် ပြင်ထားသလား။</translation>
        </message>
        <message>
            <location line="+138" />
            <source>the municipality code's check digit</source>
            <translation>မြို့နယ်ကုဒ်၏ စစ်ဆေးဂဏန်း</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the cut-off date</source>
            <translation>စာရင်းပိတ်ရက်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cut-off date lies outside the fiscal year</source>
            <translation>စာရင်းပိတ်ရက်သည် ဘဏ္ဍာနှစ်ပြင်ပတွင် ရှိသည်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>provisional, by the cut-off date</source>
            <translation>စာရင်းပိတ်ရက်အရ ယာယီဖြစ်မဖြစ်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>exact or suppressed counts</source>
            <translation>အတိအကျ အရေအတွက် သို့မဟုတ် ဖုံးကွယ်ထားသော အရေအတွက်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>an x among exact counts</source>
            <translation>အတိအကျ အရေအတွက်များထဲတွင် x ပါနေသည်</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 and the total of %2</source>
            <translation>%1 နှင့် %2 ၏ စုစုပေါင်း</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the months of %1</source>
            <translation>%1 ၏ လအလိုက် အရေအတွက်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a month of %1 outside the fiscal year</source>
            <translation>%1 ၏ လတစ်လသည် ဘဏ္ဍာနှစ်ပြင်ပတွင် ရှိသည်</translation>
        </message>
        <message>
            <location filename="../app/reports/send.py" line="+23" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>ခရိုင်၏ လိပ်စာနှင့် မေးလ်ဆာဗာကို ဆက်တင်များတွင် အရင် သတ်မှတ်ပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file to attach at %1.</source>
            <translation>%1 တွင် ပူးတွဲရန် ဖိုင် မရှိပါ။</translation>
        </message>
        <message>
            <location filename="../app/rollup/inputs.py" line="+19" />
            <source>Give at least one annual data file to roll up.</source>
            <translation>စုစည်းရန် နှစ်ပတ်လည် ဒေတာဖိုင် အနည်းဆုံး တစ်ခု ပေးပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is for %2, not %3 like %4; a roll-up covers one fiscal year. Nothing was written.</source>
            <translation>%1 သည် %2 အတွက် ဖြစ်ပြီး %4 ကဲ့သို့ %3 မဟုတ်ပါ- စုစည်းချက်တစ်ခုသည် ဘဏ္ဍာနှစ် တစ်နှစ်သာ ပါဝင်သည်။ ဘာမျှ မရေးရသေးပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 and %2 are both from %3 (municipality code %4); give one file per town. Nothing was written.</source>
            <translation>%1 နှင့် %2 နှစ်ခုလုံး %3 (ဒေသန္တရ အုပ်ချုပ်ရေး ကုဒ် %4) မှ ဖြစ်သည်- မြို့တစ်မြို့လျှင် ဖိုင်တစ်ခု ပေးပါ။ ဘာမျှ မရေးရသေးပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is provisional (records up to %2); roll up final files only, or ask for a provisional roll-up. Nothing was written.</source>
            <translation>%1 သည် ယာယီ ဖြစ်သည် (%2 အထိ မှတ်တမ်းများ)- အတည်ပြုပြီး ဖိုင်များကိုသာ စုစည်းပါ သို့မဟုတ် ယာယီ စုစည်းချက် တောင်းပါ။ ဘာမျှ မရေးရသေးပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, which this Madoguchi cannot map to its own; nothing was written.</source>
            <translation>%1 သည် ကုဒ်စာရင်း ဗားရှင်း %2 ကို သုံးထားပြီး ဤ Madoguchi က မိမိ၏ ကုဒ်များနှင့် မချိတ်ဆက်နိုင်ပါ- ဘာမျှ မရေးရသေးပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is given twice. Nothing was written.</source>
            <translation>%1 ကို နှစ်ကြိမ် ပေးထားသည်။ ဘာမျှ မရေးရသေးပါ။</translation>
        </message>
        <message>
            <location filename="../app/rollup/report.py" line="-6" />
            <source>The roll-up was not written: the hidden figure %1 cannot be protected; nothing was written.</source>
            <translation>စုစည်းချက်ကို မရေးရသေးပါ- ဖုံးထားသော ကိန်းဂဏန်း %1 ကို မကာကွယ်နိုင်ပါ- ဘာမျှ မရေးရသေးပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The threshold is a whole number from 1 to 100 and the protection width one from 0 to 1000.</source>
            <translation>သတ်မှတ်ချက်သည် ၁ မှ ၁၀၀ အထိ ကိန်းပြည့်ဖြစ်ပြီး ကာကွယ်မှု အကျယ်သည် ၀ မှ ၁၀၀၀ အထိ ကိန်းပြည့် ဖြစ်သည်။</translation>
        </message>
        <message>
            <location filename="../app/rollup/tables.py" line="+24" />
            <source>%1 does not add up (a table and its total differ); was it edited by hand? Nothing was written.</source>
            <translation>%1 ၏ စုစုပေါင်း မကိုက်ညီပါ (ဇယားတစ်ခုနှင့် ၎င်း၏ စုစုပေါင်း ကွဲလွဲသည်)- လက်ဖြင့် ပြင်ထားသလား။ ဘာမျှ မရေးရသေးပါ။</translation>
        </message>
        <message>
            <location filename="../app/devices.py" line="-2" />
            <source>%1 already exists; choose a new file name for the other device's copy.</source>
            <translation>%1 ရှိပြီးသား ဖြစ်သည်- အခြားစက်၏ မိတ္တူအတွက် ဖိုင်အမည်အသစ် ရွေးပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No device %1 is known to this town.</source>
            <translation>ဤမြို့တွင် စက် %1 မရှိပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device cannot revoke itself.</source>
            <translation>ဤစက်သည် မိမိကိုယ်ကို ရုပ်သိမ်း၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can add a device.</source>
            <translation>စီမံခန့်ခွဲသူသာ စက် ထည့်နိုင်သည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can revoke a device.</source>
            <translation>စီမံခန့်ခွဲသူသာ စက်ကို ရုပ်သိမ်းနိုင်သည်။</translation>
        </message>
        <message>
            <location filename="../app/exchange.py" line="+48" />
            <source>Some of these records were deleted from the database while the file was being imported. Nothing was imported.</source>
            <translation>ဖိုင်ကို သွင်းနေစဉ် ဤမှတ်တမ်းအချို့ကို ဒေတာဘေ့စ်မှ ဖျက်လိုက်သည်။ ဘာမျှ မသွင်းရသေးပါ။</translation>
        </message>
        <message>
            <location filename="../app/exchange_apply.py" line="+32" />
            <source>A record refers to another record that is not here; nothing was changed.</source>
            <translation>မှတ်တမ်းတစ်ခုသည် ဤနေရာတွင် မရှိသော အခြားမှတ်တမ်းကို ရည်ညွှန်းသည်- ဘာမျှ မပြောင်းလဲရပါ။</translation>
        </message>
        <message>
            <location filename="../app/sync/conflicts.py" line="+29" />
            <source>That conflict was already resolved.</source>
            <translation>ထိုပဋိပက္ခကို ဖြေရှင်းပြီး ဖြစ်သည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose mine, theirs or a new value for field %1.</source>
            <translation>အကွက် %1 အတွက် ကျွန်ုပ်၏၊ တစ်ဖက်၏ သို့မဟုတ် တန်ဖိုးအသစ်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../app/sync/engine.py" line="+40" />
            <source>Only an encrypted town can be synced between devices.</source>
            <translation>ကုဒ်ဝှက်ထားသော မြို့ဒေတာကိုသာ စက်များအကြား ထပ်တူပြုနိုင်သည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was written by this device; there is nothing to apply.</source>
            <translation>%1 ကို ဤစက်က ရေးထားခြင်း ဖြစ်သည်- အသုံးချရန် ဘာမျှ မရှိပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 comes from a device that was revoked; nothing was changed.</source>
            <translation>%1 သည် ရုပ်သိမ်းထားသော စက်မှ ဖြစ်သည်- ဘာမျှ မပြောင်းလဲရပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made by a newer Madoguchi (schema %2; this device has %3): update Madoguchi on this device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 ကို ပိုသစ်သော Madoguchi ဖြင့် ပြုလုပ်ထားသည် (schema %2၊ ဤစက်တွင် %3)- ဤစက်ပေါ်ရှိ Madoguchi ကို အရင် အပ်ဒိတ်လုပ်ပါ။ ဘာမျှ မပြောင်းလဲရ၊ ဘာမျှ မပျောက်ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 was made by an older Madoguchi (schema %2; this device has %3): update Madoguchi on the other device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 ကို ပိုဟောင်းသော Madoguchi ဖြင့် ပြုလုပ်ထားသည် (schema %2၊ ဤစက်တွင် %3)- အခြားစက်ပေါ်ရှိ Madoguchi ကို အရင် အပ်ဒိတ်လုပ်ပါ။ ဘာမျှ မပြောင်းလဲရ၊ ဘာမျှ မပျောက်ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 holds a record this device cannot take (%2); nothing was changed.</source>
            <translation>%1 တွင် ဤစက်က လက်မခံနိုင်သော မှတ်တမ်း ပါသည် (%2)- ဘာမျှ မပြောင်းလဲရပါ။</translation>
        </message>
        <message>
            <location filename="../app/sync/folder.py" line="+27" />
            <source>The sync folder %1 cannot be reached; nothing was exchanged.</source>
            <translation>ထပ်တူပြု ဖိုင်တွဲ %1 ကို မရောက်နိုင်ပါ- ဘာမျှ မဖလှယ်ရသေးပါ။</translation>
        </message>
        <message>
            <location filename="../app/sync/packet.py" line="+28" />
            <source>%1 is not a Madoguchi sync packet.</source>
            <translation>%1 သည် Madoguchi ၏ ထပ်တူပြု ပက်ကတ် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is a sync packet of another town; nothing was changed.</source>
            <translation>%1 သည် အခြားမြို့၏ ထပ်တူပြု ပက်ကတ် ဖြစ်သည်- ဘာမျှ မပြောင်းလဲရပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made with another key, or was changed after it was written; nothing was changed.</source>
            <translation>%1 ကို အခြားသော့ဖြင့် ပြုလုပ်ထားသည် သို့မဟုတ် ရေးပြီးနောက် ပြောင်းထားသည်- ဘာမျှ မပြောင်းလဲရပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is too large for a sync packet; nothing was changed.</source>
            <translation>%1 သည် ထပ်တူပြု ပက်ကတ်အတွက် အလွန်ကြီးသည်- ဘာမျှ မပြောင်းလဲရပါ။</translation>
        </message>
        <message>
            <location filename="../app/reports/schema_check.py" line="+96" />
            <source>matches none of the allowed forms</source>
            <translation>ခွင့်ပြုထားသော ပုံစံတစ်ခုနှင့်မျှ မကိုက်ညီပါ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not of the expected kind (%1)</source>
            <translation>မျှော်လင့်ထားသော အမျိုးအစား မဟုတ်ပါ (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be %1</source>
            <translation>%1 ဖြစ်ရမည်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be one of %1</source>
            <translation>%1 ထဲမှ တစ်ခု ဖြစ်ရမည်</translation>
        </message>
        <message>
            <location line="+6" />
            <source>should be at least %1</source>
            <translation>အနည်းဆုံး %1 ဖြစ်ရမည်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be at most %1</source>
            <translation>အများဆုံး %1 ဖြစ်ရမည်</translation>
        </message>
        <message>
            <location line="+6" />
            <source>has more than %1 items</source>
            <translation>အရာ %1 ခုထက် ပိုနေသည်</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is too short</source>
            <translation>တိုလွန်းသည်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is too long</source>
            <translation>ရှည်လွန်းသည်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is not in the expected form</source>
            <translation>မျှော်လင့်ထားသော ပုံစံ မဟုတ်ပါ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>lacks %1</source>
            <translation>%1 မပါပါ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>has more than %1 entries</source>
            <translation>ထည့်သွင်းချက် %1 ခုထက် ပိုနေသည်</translation>
        </message>
        <message>
            <location line="+11" />
            <source>is not expected here</source>
            <translation>ဤနေရာတွင် မရှိသင့်ပါ</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+53" />
            <source>The database %1 is missing, but its key file is there. Restore the database from a backup; no new database was made.</source>
            <translation>ဒေတာဘေ့စ် %1 မရှိသော်လည်း ၎င်း၏ သော့ဖိုင် ရှိနေပါသည်။ အရန်မိတ္တူမှ ဒေတာဘေ့စ်ကို ပြန်လည်ရယူပါ။ ဒေတာဘေ့စ်အသစ် မပြုလုပ်ခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a database file.</source>
            <translation>%1 သည် ဒေတာဘေ့စ်ဖိုင် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 ကို စာဝှက်ထားခြင်း မရှိပါ။ Madoguchi သည် စာဝှက်ထားသော ဒေတာဘေ့စ်များတွင်သာ မှတ်တမ်းများ သိမ်းပါသည်။ ၎င်းကို မပြောင်းလဲခဲ့ပါ။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>ဒေတာဘေ့စ်၏ ဘေးတွင် သော့ဖိုင် %1 မရှိသဖြင့် ဖွင့်၍ မရပါ။</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The folder %1 does not exist; no database was made.</source>
            <translation>ဖိုင်တွဲ %1 မရှိပါ။ ဒေတာဘေ့စ် မပြုလုပ်ရသေးပါ။</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot make its data folder %1 (%2).</source>
            <translation>Madoguchi သည် ဒေတာဖိုင်တွဲ %1 ကို မပြုလုပ်နိုင်ပါ (%2)။</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/kinds.py" line="+273" />
            <source>Unknown code list.</source>
            <translation>မသိသော ကုဒ်စာရင်း ဖြစ်ပါသည်။</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Use letters, digits and underscores only.</source>
            <translation>စာလုံး၊ ဂဏန်းနှင့် underscore (_) တို့ကိုသာ သုံးပါ။</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="-17" />
            <location line="+3" />
            <location line="+5" />
            <location filename="../app/validation.py" line="+19" />
            <source>Required.</source>
            <translation>လိုအပ်ပါသည်။</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Already in the list.</source>
            <translation>စာရင်းတွင် ရှိပြီးသား ဖြစ်သည်။</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="-184" />
            <source>Write the Japanese version first.</source>
            <translation>ဂျပန်ဘာသာ မူကို ဦးစွာ ရေးပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One text per language.</source>
            <translation>ဘာသာစကား တစ်ခုလျှင် စာသား တစ်ခုသာ။</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+301" />
            <location filename="../app/knowledge.py" line="+4" />
            <source>Each language needs a question and an answer.</source>
            <translation>ဘာသာစကားတိုင်းတွင် မေးခွန်းနှင့် အဖြေ လိုအပ်ပါသည်။</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>မှန်ကန်သော ရက်စွဲ မဟုတ်ပါ (YYYY-MM-DD ကို သုံးပါ)။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real time (use HH:MM).</source>
            <translation>မှန်ကန်သော အချိန် မဟုတ်ပါ (HH:MM ကို သုံးပါ)။</translation>
        </message>
        <message>
            <location filename="../app/accounts.py" line="-422" />
            <source>Use at least 8 characters.</source>
            <translation>အနည်းဆုံး စာလုံး 8 လုံး သုံးပါ။</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Not a usable user name.</source>
            <translation>အသုံးပြု၍ မရသော အသုံးပြုသူအမည် ဖြစ်ပါသည်။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too like the name of another user; choose another.</source>
            <translation>အခြားအသုံးပြုသူတစ်ဦး၏ အမည်နှင့် ဆင်တူလွန်းပါသည်။ အခြားအမည်တစ်ခုကို ရွေးပါ။</translation>
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
            <translation>ကုဒ်စာရင်းတွင် မပါဝင်ပါ။</translation>
        </message>
        <message>
            <location line="-97" />
            <source>This user already exists.</source>
            <translation>ဤအသုံးပြုသူ ရှိပြီးသား ဖြစ်ပါသည်။</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="-3" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM; in a file, YYYY-MM-DDTHH:MM).</source>
            <translation>ရက်စွဲနှင့် အချိန် မမှန်ပါ (YYYY-MM-DD HH:MM ကို သုံးပါ၊ ဖိုင်တွင် YYYY-MM-DDTHH:MM)။</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lies in the future.</source>
            <translation>အနာဂတ်ကာလ ဖြစ်နေသည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back is before time out.</source>
            <translation>ပြန်ရောက်ချိန်သည် ထွက်ချိန်မတိုင်မီ ဖြစ်နေသည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date is before the event.</source>
            <translation>နောက်ဆက်တွဲ ရက်စွဲသည် ဖြစ်ရပ်မတိုင်မီ ဖြစ်နေသည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a name in native script or in Latin letters.</source>
            <translation>အမည်ကို မူရင်းစာလုံး သို့မဟုတ် လက်တင်စာလုံးဖြင့် ထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use katakana only.</source>
            <translation>katakana ကိုသာ သုံးပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A residence card number is 2 letters, 8 digits and 2 letters (AB12345678CD).</source>
            <translation>နေထိုင်ခွင့်ကတ်နံပါတ်သည် စာလုံး ၂ လုံး၊ ဂဏန်း ၈ လုံးနှင့် စာလုံး ၂ လုံး ဖြစ်သည် (AB12345678CD)။</translation>
        </message>
        <message>
            <location filename="../app/kinds.py" line="-225" />
            <source>Choose at least one topic.</source>
            <translation>ခေါင်းစဉ် အနည်းဆုံး တစ်ခု ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+4" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>နေထိုင်သူကို ရွေးပါ၊ သို့မဟုတ် အမည်မဖော် မှတ်တမ်းအတွက် နိုင်ငံသားကို ရွေးပါ။</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Choose the nationality of each row of unregistered attendees.</source>
            <translation>မှတ်ပုံမတင်ရသေးသော တက်ရောက်သူ အတန်းတိုင်းအတွက် နိုင်ငံသားကို ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../app/reports/config.py" line="-22" />
            <location line="+2" />
            <location line="+4" />
            <location filename="../app/validation.py" line="-167" />
            <source>Out of range.</source>
            <translation>ခွင့်ပြုထားသော အပိုင်းအခြား ပြင်ပ ဖြစ်နေသည်။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>More foreign residents than residents.</source>
            <translation>နိုင်ငံခြားသား နေထိုင်သူ ဦးရေသည် မြို့ လူဦးရေထက် များနေပါသည်။</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not an email address.</source>
            <translation>အီးမေးလ်လိပ်စာ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="-55" />
            <source>That resident no longer exists.</source>
            <translation>ထိုနေထိုင်သူ မရှိတော့ပါ။</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="-20" />
            <source>must be a list of codes.</source>
            <translation>ကုဒ်များ၏ စာရင်း ဖြစ်ရပါမည်။</translation>
        </message>
        <message>
            <location line="+36" />
            <source>counts must be whole numbers.</source>
            <translation>အရေအတွက်များသည် ကိန်းပြည့် ဖြစ်ရပါမည်။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>each contact needs exactly 'app' and 'handle'.</source>
            <translation>ဆက်သွယ်ရန်အချက် တစ်ခုစီတွင် 'app' နှင့် 'handle' တို့သာ အတိအကျ ပါရပါမည်။</translation>
        </message>
        <message>
            <location filename="../app/handover.py" line="-453" />
            <source>At most 20,000 characters.</source>
            <translation>အများဆုံး စာလုံး 20,000 လုံး။</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="-33" />
            <source>A resident cannot be linked to themselves.</source>
            <translation>နေထိုင်သူကို ၎င်းကိုယ်တိုင်နှင့် ချိတ်ဆက်၍ မရပါ။</translation>
        </message>
        <message>
            <location filename="../app/reports/municipality.py" line="+10" />
            <source>A municipality code has six digits.</source>
            <translation>ဒေသန္တရ အုပ်ချုပ်ရေး ကုဒ်တွင် ဂဏန်း ခြောက်လုံး ရှိသည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last digit of this municipality code does not match the others.</source>
            <translation>ဤကုဒ်၏ နောက်ဆုံးဂဏန်းသည် အခြားဂဏန်းများနှင့် မကိုက်ညီပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A municipality code starts with a prefecture number from 01 to 47.</source>
            <translation>ဒေသန္တရ အုပ်ချုပ်ရေး ကုဒ်သည် ခရိုင်နံပါတ် ၀၁ မှ ၄၇ ဖြင့် စသည်။</translation>
        </message>
    </context>
</TS>
